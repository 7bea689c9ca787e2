// The dyadwatch dashboard: plain JavaScript over the REST API. Every string from the API is set with
// textContent (never innerHTML), so article text, quotes and names are shown, never run.
"use strict";

const $ = (selector) => document.querySelector(selector);
const SVG = "http://www.w3.org/2000/svg";

function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

function svg(tag, attributes = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  return node;
}

async function api(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== "" && v !== null && v !== undefined));
  const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) {
    const error = body.error || {};
    throw new Error(`${error.message || response.statusText}${error.hint ? " (" + error.hint + ")" : ""}`);
  }
  return body;
}

function status(message) { $("#status").textContent = message || ""; }

function table(rows, columns, onClick) {
  const node = el("table");
  const head = el("tr");
  for (const [, label] of columns) head.appendChild(el("th", label));
  node.appendChild(head);
  for (const row of rows) {
    const line = el("tr");
    for (const [key] of columns) {
      const value = typeof key === "function" ? key(row) : row[key];
      const cell = el("td", Array.isArray(value) ? value.join(", ") : value);
      if (key === "weight" && typeof value === "number") cell.className = value < 0 ? "weight-neg" : "weight-pos";
      line.appendChild(cell);
    }
    if (onClick) { line.className = "clickable"; line.addEventListener("click", () => onClick(row)); }
    node.appendChild(line);
  }
  return node;
}

function show(view) {
  document.querySelectorAll(".view").forEach((section) => { section.hidden = section.id !== `view-${view}`; });
  document.querySelectorAll("nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === view));
  status("");
}

// -- the index ------------------------------------------------------------------------------------------
function formValues(form) {
  const values = Object.fromEntries(new FormData(form).entries());
  values.exclude_historical = form.elements.exclude_historical.checked ? "true" : "false";
  return values;
}

async function drawIndex() {
  const form = $("#index-form");
  const params = formValues(form);
  status("Loading the index…");
  try {
    const [series, turning, timeline] = await Promise.all([
      api("index", params),
      api("turning-points", params),
      api("timeline", { since: params.since, until: params.until, limit: 1000 }),
    ]);
    renderChart(series, turning, timeline.filter((entry) => entry.origin !== "extracted"), params);
    status(series.points.length ? "" : "No events in this range.");
  } catch (error) { status(error.message); }
}

function renderChart(series, turning, curated, params) {
  const chart = $("#chart");
  chart.replaceChildren();
  const points = series.points;
  if (!points.length) return;
  const width = 1000, height = 320, left = 50, right = 15, top = 15, bottom = 40;
  const values = points.map((p) => (p.value === null ? 0 : p.value));
  const high = Math.max(1, ...values), low = Math.min(-1, ...values);
  const x = (i) => left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (width - left - right);
  const y = (v) => top + ((high - v) / (high - low)) * (height - top - bottom);
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" });
  root.appendChild(svg("line", { x1: left, x2: width - right, y1: y(0), y2: y(0), class: "zero" }));
  for (const v of [high, 0, low]) {
    const label = svg("text", { x: 4, y: y(v) + 4 });
    label.textContent = v.toFixed(1);
    root.appendChild(label);
  }
  root.appendChild(svg("polyline", { class: "line", points: values.map((v, i) => `${x(i)},${y(v)}`).join(" ") }));
  const where = new Map(points.map((p, i) => [p.period, i]));
  for (const turn of turning) {
    const i = where.get(turn.period);
    if (i === undefined) continue;
    const line = svg("line", { x1: x(i), x2: x(i), y1: top, y2: height - bottom, class: "turning" });
    const title = svg("title");
    title.textContent = `turning point ${turn.period}: ${turn.before} → ${turn.after}`;
    line.appendChild(title);
    root.appendChild(line);
  }
  points.forEach((point, i) => {
    if (!point.events) return;
    const dot = svg("circle", { cx: x(i), cy: y(values[i]), r: 5, class: `point${values[i] < 0 ? " negative" : ""}`,
                                "data-period": point.period });
    const title = svg("title");
    title.textContent = `${point.period}: ${point.events} events, net ${point.net}`;
    dot.appendChild(title);
    dot.addEventListener("click", () => explain(point.period, params));
    root.appendChild(dot);
  });
  const step = Math.max(1, Math.ceil(points.length / 12));
  points.forEach((point, i) => {
    if (i % step) return;
    const label = svg("text", { x: x(i) - 18, y: height - bottom + 16 });
    label.textContent = point.period;
    root.appendChild(label);
  });
  for (const entry of curated) {
    const period = periodOf(entry.date, series.grain);
    const i = where.get(period);
    if (i === undefined) continue;
    const marker = svg("rect", { x: x(i) - 4, y: height - bottom + 22, width: 8, height: 8, class: "curated",
                                 "data-period": period });
    const title = svg("title");
    title.textContent = `${entry.date}: ${entry.title}`;
    marker.appendChild(title);
    marker.addEventListener("click", () => explain(period, params, entry));
    root.appendChild(marker);
  }
  chart.appendChild(root);
}

function periodOf(date, grain) {
  if (!date) return null;
  if (grain === "year") return date.slice(0, 4);
  if (date.length < 7) return null;
  if (grain === "month") return date.slice(0, 7);
  if (grain === "quarter") return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
  if (date.length < 10) return null;
  if (grain === "day") return date.slice(0, 10);
  const day = new Date(date.slice(0, 10) + "T00:00:00Z");  // ISO week
  const thursday = new Date(day); thursday.setUTCDate(day.getUTCDate() + 3 - ((day.getUTCDay() + 6) % 7));
  const firstThursday = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round(((thursday - firstThursday) / 86400000 - 3 + ((firstThursday.getUTCDay() + 6) % 7)) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

async function explain(period, params, entry) {
  const box = $("#explain");
  box.replaceChildren(el("h2", `Events behind ${period}`));
  if (entry) box.appendChild(el("p", `Curated: ${entry.date} — ${entry.title}`, { class: "curated-entry" }));
  try {
    const events = await api(`index/${encodeURIComponent(period)}/events`, {
      grain: params.grain, direction: params.direction, exclude_historical: params.exclude_historical, limit: 30,
    });
    if (!events.length) { box.appendChild(el("p", "No events dated in this period.")); return; }
    box.appendChild(table(events, [["date", "date"], ["source", "source"], ["type", "type"], ["target", "target"],
      ["mode", "mode"], ["weight", "weight"], ["articles", "articles"], ["evidence", "evidence"]],
      (event) => openArticle(event.article_id, { sentence: event.evidence })));
  } catch (error) { status(error.message); }
}

// -- an article, with a sentence, quote or entity highlighted --------------------------------------------
async function openArticle(id, highlight = {}) {
  show("article");
  const box = $("#article");
  box.replaceChildren(el("p", "Loading…"));
  try {
    const article = await api(`articles/${encodeURIComponent(id)}`);
    box.replaceChildren(el("h2", article.title || "(untitled)"),
      el("p", [article.outlet, article.published, article.byline].filter(Boolean).join(" · ")),
      el("p", `Topics: ${(article.topics || []).join(", ") || "—"}`));
    const spans = [];
    if (highlight.sentence) {
      const at = article.text.indexOf(highlight.sentence);
      if (at >= 0) spans.push([at, at + highlight.sentence.length, "evidence"]);
    }
    if (highlight.entity) {
      for (const [start, end] of highlight.entity.mentions || []) spans.push([start, end, "entity"]);
    }
    if (!highlight.entity) {  // quotes would hide the mentions inside them
      for (const quote of article.quotes || []) spans.push([quote.span_start, quote.span_end, "quote"]);
    }
    const text = el("div", null, { class: "text" });
    let cursor = 0;
    for (const [start, end, kind] of spans.sort((a, b) => a[0] - b[0])) {
      if (start < cursor) continue;  // overlapping spans: the first wins
      text.appendChild(document.createTextNode(article.text.slice(cursor, start)));
      text.appendChild(el("mark", article.text.slice(start, end), { class: kind }));
      cursor = end;
    }
    text.appendChild(document.createTextNode(article.text.slice(cursor)));
    box.appendChild(text);
    const people = (article.entities || []).filter((e) => e.actor);
    if (people.length) {
      box.appendChild(el("h3", "Actors (click to highlight their mentions; the code opens the actor's page)"));
      const list = table(people, [["name", "name"], ["kind", "kind"], ["actor", "actor"], ["role", "role"]],
        (entity) => openArticle(id, { entity }));
      list.querySelectorAll("tr.clickable").forEach((line, i) => {
        const cell = line.children[2];
        cell.classList.add("actor-link");
        cell.addEventListener("click", (event) => { event.stopPropagation(); openActor(people[i].actor); });
      });
      box.appendChild(list);
    }
    const marked = box.querySelector("mark.evidence, mark.entity");
    if (marked) marked.scrollIntoView({ block: "center" });
  } catch (error) { status(error.message); }
}

async function openActor(actor) {
  show("actor");
  const box = $("#actor");
  box.replaceChildren(el("h2", `Actor ${actor}`));
  try {
    const [asSource, asTarget, quotes] = await Promise.all([
      api("events", { source: actor, limit: 50 }), api("events", { target: actor, limit: 50 }),
      api("quotes", { actor, limit: 50 }),
    ]);
    const columns = [["date", "date"], ["source", "source"], ["type", "type"], ["target", "target"],
      ["weight", "weight"], ["evidence", "evidence"]];
    box.append(el("h3", "Events it started"), table(asSource, columns, (e) => openArticle(e.article_id, { sentence: e.evidence })),
      el("h3", "Events aimed at it"), table(asTarget, columns, (e) => openArticle(e.article_id, { sentence: e.evidence })),
      el("h3", "Quotes"), table(quotes, [["published", "published"], ["speaker_name", "speaker"], ["kind", "kind"],
        ["text", "quote"]], (q) => openArticle(q.article_id)));
  } catch (error) { status(error.message); }
}

// -- quotes, topics, search, rejections -------------------------------------------------------------------
async function showQuotes() {
  const values = Object.fromEntries(new FormData($("#quotes-form")).entries());
  try {
    const [speakers, quotes] = await Promise.all([
      api("speakers", { topic: values.topic, since: values.since, until: values.until, limit: 15 }),
      api("quotes", { speaker: values.speaker, affiliation: values.affiliation, topic: values.topic,
                      since: values.since, until: values.until, limit: 100 }),
    ]);
    $("#speakers").replaceChildren(el("h2", "Most quoted"), table(speakers, [["speaker", "speaker"], ["actor", "actor"],
      ["quotes", "quotes"], ["articles", "articles"], ["topics", "topics"]], (s) => s.actor && openActor(s.actor)));
    $("#quotes").replaceChildren(el("h2", `${quotes.length} quotes`), table(quotes, [["published", "published"],
      ["speaker_name", "speaker"], ["affiliation", "affiliation"], ["kind", "kind"], ["text", "quote"]],
      (q) => openArticle(q.article_id)));
  } catch (error) { status(error.message); }
}

async function showTopics() {
  try {
    const rows = await api("topics", { grain: "year" });
    $("#topics").replaceChildren(el("h2", "Topics by year"), table(rows, [["period", "year"], ["label", "topic"],
      ["articles", "articles"], ["events", "events"], ["net", "net weight"]]));
  } catch (error) { status(error.message); }
}

async function search(q) {
  try {
    const rows = await api("articles", { q, limit: 50 });
    $("#results").replaceChildren(el("h2", `${rows.length} articles`), table(rows, [["published", "published"],
      ["outlet", "outlet"], ["title", "title"], ["snippet", "snippet"]], (a) => openArticle(a.id)));
  } catch (error) { status(error.message); }
}

async function showRejections() {
  try {
    const rows = await api("rejections");
    $("#rejections").replaceChildren(el("h2", `${rows.length} inputs not stored`), table(rows, [["ref", "input"],
      ["code", "code"], ["message", "why"], ["hint", "what to do"]]));
  } catch (error) { status(error.message); }
}

// -- start ------------------------------------------------------------------------------------------------
async function start() {
  const views = { index: drawIndex, quotes: showQuotes, topics: showTopics, search: () => {}, rejections: showRejections };
  document.querySelectorAll("nav a").forEach((a) => a.addEventListener("click", (event) => {
    event.preventDefault();
    show(a.dataset.view);
    views[a.dataset.view]();
  }));
  $("#index-form").addEventListener("submit", (event) => { event.preventDefault(); drawIndex(); });
  $("#quotes-form").addEventListener("submit", (event) => { event.preventDefault(); showQuotes(); });
  $("#search-form").addEventListener("submit", (event) => { event.preventDefault(); search($("#search-q").value); });
  show("index");  // before the first await: a click on another view must not be undone when the data arrives
  drawIndex();
  try {
    const [stats, topics, pair] = await Promise.all([api("stats"), api("topics", { grain: "all" }), api("pair")]);
    $("#totals").textContent = `${stats.articles} articles · ${stats.articles_read} read · ${stats.inputs} inputs`;
    const directions = $("#direction");
    for (const value of [`${pair[0]}>${pair[1]}`, `${pair[1]}>${pair[0]}`]) directions.appendChild(el("option", value, { value }));
    const topicSelect = $("#quote-topic");
    for (const row of topics) topicSelect.appendChild(el("option", row.label, { value: row.topic }));
  } catch (error) { status(error.message); }
}

document.addEventListener("DOMContentLoaded", start);
