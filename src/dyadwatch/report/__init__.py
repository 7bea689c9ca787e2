"""Briefs: one self-contained HTML page (inline SVG chart, inline style, no network) from the verbs' results,
and a PDF of it printed by headless Chromium when one is installed.

`render_brief` is a pure function of the data handed to it; every string from the store is escaped.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


@dataclass
class BriefData:
    pair: tuple[str, str]
    since: str
    until: str
    topic: str | None
    generated: str
    grain: str
    points: list[dict[str, Any]]  # IndexPoint as dicts
    turning_points: list[dict[str, Any]]
    curated: list[dict[str, Any]]  # timeline entries of origin curated/both
    top_events: list[dict[str, Any]]
    speakers: list[dict[str, Any]]
    topics: list[dict[str, Any]]
    totals: dict[str, Any] = field(default_factory=dict)


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value))


def chart_svg(points: Sequence[dict[str, Any]], turning: Sequence[dict[str, Any]], curated: Sequence[dict[str, Any]],
              period_of_date: Any, width: int = 900, height: int = 280) -> str:  # fmt: skip
    """The index as an SVG line with its turning points (purple lines) and curated entries (orange squares)."""
    if not points:
        return "<p>No events in this range.</p>"
    left, right, top, bottom = 48, 12, 12, 46
    values = [p["value"] if p["value"] is not None else 0.0 for p in points]
    high, low = max(1.0, *values), min(-1.0, *values)

    def x(i: int) -> float:
        return left + (0.5 if len(points) == 1 else i / (len(points) - 1)) * (width - left - right)

    def y(v: float) -> float:
        return top + (high - v) / (high - low) * (height - top - bottom)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="cooperation–conflict index">',
             f'<line x1="{left}" x2="{width - right}" y1="{y(0):.1f}" y2="{y(0):.1f}" stroke="#99a3b0" '
             f'stroke-dasharray="4 3"/>']  # fmt: skip
    for v in (high, 0.0, low):
        parts.append(f'<text x="4" y="{y(v) + 4:.1f}" font-size="11" fill="#55606e">{v:.1f}</text>')
    where = {p["period"]: i for i, p in enumerate(points)}
    for turn in turning:
        if turn["period"] in where:
            i = where[turn["period"]]
            parts.append(f'<line x1="{x(i):.1f}" x2="{x(i):.1f}" y1="{top}" y2="{height - bottom}" stroke="#8e44ad" '
                         f'stroke-width="2"><title>{_e(turn["period"])}</title></line>')  # fmt: skip
    line = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
    parts.append(f'<polyline fill="none" stroke="#2b6cb0" stroke-width="2" points="{line}"/>')
    for i, (point, v) in enumerate(zip(points, values, strict=True)):
        if point["events"]:
            colour = "#c0392b" if v < 0 else "#2b6cb0"
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3.5" fill="{colour}">'
                         f'<title>{_e(point["period"])}: {point["events"]} events, net {point["net"]}</title></circle>')
    step = max(1, -(-len(points) // 10))
    for i, point in enumerate(points):
        if i % step == 0:
            parts.append(f'<text x="{x(i) - 18:.1f}" y="{height - bottom + 16}" font-size="11" '
                         f'fill="#55606e">{_e(point["period"])}</text>')  # fmt: skip
    for entry in curated:
        period = period_of_date(entry["date"])
        if period in where:
            i = where[period]
            parts.append(f'<rect x="{x(i) - 4:.1f}" y="{height - bottom + 24}" width="8" height="8" fill="#e67e22">'
                         f'<title>{_e(entry["date"])}: {_e(entry["title"])}</title></rect>')  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def render_brief(data: BriefData, period_of_date: Any) -> str:
    """The brief as one HTML document."""
    first, second = data.pair
    subject = f"{first}–{second} relations, {data.since} to {data.until}"
    subject += f", topic {data.topic}" if data.topic else ""

    def rows(items: Sequence[dict[str, Any]], cells: Sequence[Any]) -> str:
        return "".join("<tr>" + "".join(f"<td>{_e(cell(item))}</td>" for cell in cells) + "</tr>" for item in items)

    turning = rows(data.turning_points, [
        lambda t: t["period"], lambda t: f'{t["before"]} → {t["after"]}',
        lambda t: "; ".join(f'{e["source"]} {e["type"]} {e["target"]}: {e["trigger"]}' for e in t["events"]),
        lambda t: "; ".join(c["title"] for c in t["timeline"]),
    ])  # fmt: skip
    turning = turning or '<tr><td colspan="4">No change of level was detected in this range.</td></tr>'
    events = rows(data.top_events, [lambda e: e["date"], lambda e: e["source"], lambda e: e["type"],
                                    lambda e: e["target"], lambda e: e["weight"], lambda e: e["articles"],
                                    lambda e: e["evidence"]])  # fmt: skip
    voices = rows(data.speakers, [lambda s: s["speaker"], lambda s: s["actor"], lambda s: s["quotes"],
                                  lambda s: ", ".join(s["topics"])])  # fmt: skip
    topics = rows(data.topics, [lambda t: t["label"], lambda t: t["articles"], lambda t: t["events"],
                                lambda t: t["net"]])  # fmt: skip
    net = sum(p["net"] for p in data.points)
    count = sum(p["events"] for p in data.points)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(subject)}</title>
<style>
body {{ font: 14px/1.45 system-ui, sans-serif; color: #1d2430; max-width: 960px; margin: 2rem auto; padding: 0 1rem; }}
h1 {{ font-size: 1.4rem; }} h2 {{ font-size: 1.1rem; margin-top: 1.6rem; border-bottom: 1px solid #dde3ea; }}
table {{ border-collapse: collapse; width: 100%; }} th, td {{ text-align: left; padding: .25rem .4rem;
border-bottom: 1px solid #e3e8ee; vertical-align: top; }} th {{ background: #f0f3f7; }}
.note {{ color: #55606e; font-size: .9rem; }} svg {{ width: 100%; height: auto; border: 1px solid #dde3ea; }}
</style></head><body>
<h1>{_e(subject)}</h1>
<p class="note">Generated {_e(data.generated)} by dyadwatch from {_e(data.totals.get("articles", "?"))} stored
articles. {count} events in this range, net weight {net:.1f} on PLOVER's −10…+10 scale.</p>
<h2>Cooperation–conflict index, by {_e(data.grain)}</h2>
{chart_svg(data.points, data.turning_points, data.curated, period_of_date)}
<p class="note">Blue: net weight per {_e(data.grain)} (red points below zero). Purple lines: turning points.
Orange squares: entries of the curated timeline.</p>
<h2>Turning points</h2>
<table><tr><th>period</th><th>level</th><th>events that moved it</th><th>curated entries near it</th></tr>
{turning}</table>
<h2>Top events</h2>
<table><tr><th>date</th><th>source</th><th>type</th><th>target</th><th>weight</th><th>articles</th><th>evidence</th></tr>
{events}</table>
<h2>Most quoted voices</h2>
<table><tr><th>speaker</th><th>actor</th><th>quotes</th><th>on</th></tr>{voices}</table>
<h2>Topics</h2>
<table><tr><th>topic</th><th>articles</th><th>events</th><th>net weight</th></tr>{topics}</table>
<h2>Method</h2>
<p class="note">Events are PLOVER events read from the articles by rules over the dependency parse, each
pointing at the sentence that states it. Each real-world event counts once, however many articles report
it, and at its own date (the time expression of its clause, else the publication date), never at the date
of an article that recalls it; events more than 30 days before their article are background (historical)
and are counted at their own dates. Weights: PLOVER type × mode (planned ×0.5, hypothetical ×0.25, negated
×−0.25, demanded 0), see docs/plover.md. Turning points: change-point detection (PELT) on the index.
Quotes: direct and reported speech attributed to named speakers. Measured quality: docs/quality.md.</p>
</body></html>
"""


def print_pdf(html_text: str, target: Path) -> None:
    """Print the brief to PDF with headless Chromium (no network); raises RuntimeError when none is found."""
    browser = next((found for name in CHROMIUM_NAMES if (found := shutil.which(name))), None)
    if browser is None:
        raise RuntimeError("no Chromium to print the PDF with: install chromium, or write .html")
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "brief.html"
        page.write_text(html_text, encoding="utf-8")
        command = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                   "--no-pdf-header-footer", f"--print-to-pdf={target}", page.as_uri()]  # fmt: skip
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not target.exists() or target.stat().st_size == 0:
        raise RuntimeError(f"Chromium could not print the PDF: {done.stderr.strip()[-300:]}")
