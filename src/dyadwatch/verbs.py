"""The public Python API, one function per verb; the CLI and (later) the REST API only wrap these."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .analysis.index import IndexSeries, cooperation_conflict_index, direction_filter
from .analysis.periods import check_grain, period_end, period_of, period_start
from .analysis.speakers import speaker_stats
from .analysis.timeline import merged_timeline
from .analysis.topics import topic_trends
from .analysis.turning import match_timeline
from .analysis.turning import turning_points as find_turning_points
from .annotate import Pipeline
from .config import Settings, load_settings
from .errors import InputError
from .exports import format_of, write_rows
from .kb.actors import actor_kb
from .kb.plover import TYPES
from .kb.timeline import curated_timeline
from .kb.topics import topic_labels
from .model import ProcessedRecord, annotation_record
from .report import BriefData, print_pdf, render_brief
from .run.local import IngestReport, run_ingest
from .sources import AlreadyDone, Fetcher, Payload, plan_targets, read_target
from .store import Store, file_identity

_DATE_FILTER = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
ANNOTATE_GROUP = 32  # records per nlp.pipe pass in `annotate`: big enough to batch, small enough to stream


def _settings(settings: Settings | None, db: str | None, **overrides: Any) -> Settings:
    """The caller's settings (or the loaded ones) with any explicit, non-None arguments on top."""
    settings = settings or load_settings()
    given = {key: value for key, value in {"db": db, **overrides}.items() if value is not None}
    return settings.model_copy(update=given) if given else settings


def _check_page(limit: int, offset: int = 0) -> None:
    if limit < 1 or offset < 0:
        raise InputError("limit must be ≥ 1 and offset ≥ 0")


@contextmanager
def open_store(db: str | None = None, settings: Settings | None = None) -> Iterator[Store]:
    """The store named by `db`, DYADWATCH_DB or the default ./dyadwatch.db, opened and migrated once per
    process and then reused (a server answering many requests must not reconnect and re-check the schema
    for each). A SQLite file replaced on disk since it was opened is opened again."""
    yield _shared_store(_settings(settings, db).db)


_STORES: OrderedDict[str, tuple[Any, Store]] = OrderedDict()
_STORES_KEPT = 4
_STORES_LOCK = threading.Lock()


def _shared_store(url: str) -> Store:
    identity = file_identity(url)
    with _STORES_LOCK:
        kept = _STORES.get(url)
        if kept is not None and kept[0] == identity and identity != "missing":
            _STORES.move_to_end(url)
            return kept[1]
        if kept is not None:
            kept[1].close()
            del _STORES[url]
        store = Store.open(url)
        _STORES[url] = (file_identity(url) if identity == "missing" else identity, store)
        while len(_STORES) > _STORES_KEPT:
            _, (_, oldest) = _STORES.popitem(last=False)
            oldest.close()
        return store


def _targets(targets: str | Path | Payload | Iterable[str | Path | Payload]) -> list[str | Payload]:
    if isinstance(targets, str | Path | Payload):
        targets = [targets]
    return [t if isinstance(t, Payload) else str(t) for t in targets]


def ingest(
    targets: str | Path | Payload | Iterable[str | Path | Payload],
    *,
    db: str | None = None,
    source: str | None = None,
    exclude: Iterable[str] = (),
    settings: Settings | None = None,
    progress: bool = False,
    workers: int | None = None,
    read: bool | None = None,
    dask: str | None = None,
) -> IngestReport:
    """Read files, directories, globs, URLs, feeds, WARC, JSONL or '-' and store clean articles.

    Every input record ends as stored, duplicate (pointing at its original) or rejected (with a code);
    records already in the store are counted as unchanged, so a rerun resumes instead of repeating: a run
    that was killed, restarted with the same command, finishes the rest and duplicates nothing.
    `dask` ("tcp://host:8786", or "local" for a LocalCluster of `workers` processes) runs the reading stage on
    a Dask cluster; cleaning, de-duplication and writing stay in this process.
    """
    settings = _settings(settings, db, workers=workers, read=read, dask=dask)
    with open_store(settings=settings) as store:
        return run_ingest(
            _targets(targets), store, settings, source_name=source, exclude=list(exclude), show_progress=progress
        )


def annotate(
    inputs: str | Path | Payload | Iterable[str | Path | Payload],
    *,
    settings: Settings | None = None,
    workers: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield one annotation-format object per input record, in input order; nothing is stored.

    Records are read by the NLP stage in groups (one `nlp.pipe` pass each), so output comes in bursts.
    """
    settings = _settings(settings, None, workers=workers)
    pipeline = Pipeline.from_settings(settings)
    group: list[ProcessedRecord] = []
    with Fetcher(settings) as fetcher:
        for target in plan_targets(_targets(inputs)):
            for item in read_target(target, settings, fetcher=fetcher):
                if isinstance(item, AlreadyDone):  # cannot happen without a store; kept for type narrowing
                    continue
                group.append(pipeline.process_item(item))
                if len(group) >= ANNOTATE_GROUP:
                    yield from _annotation_records(pipeline.read(group, outcome_articles=True))
                    group.clear()
    yield from _annotation_records(pipeline.read(group, outcome_articles=True))


def _annotation_records(records: Iterable[ProcessedRecord]) -> Iterator[dict[str, Any]]:
    for processed in records:
        outcome = processed.outcome
        record_id = outcome.provenance.record if outcome.provenance.kind == "jsonl" else None
        if outcome.article is not None and outcome.article.external_id:
            record_id = outcome.article.external_id
        reading = processed.readings.get(outcome.article.id) if outcome.article is not None else None
        yield annotation_record(
            outcome.article, record_id=record_id, verdict=outcome.verdict, rejection=outcome.rejection, reading=reading
        )


def annotate_file(
    inputs: str | Path | Iterable[str | Path],
    output: str | Path,
    *,
    settings: Settings | None = None,
    workers: int | None = None,
) -> dict[str, int]:
    """Write `annotate` output as JSONL to `output` ('-' for stdout); returns record and error counts."""
    counts = {"records": 0, "errors": 0}
    to_stdout = str(output) == "-"
    with nullcontext(sys.stdout) if to_stdout else Path(output).open("w", encoding="utf-8") as stream:
        for record in annotate(inputs, settings=settings, workers=workers):
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts["records"] += 1
            counts["errors"] += "error" in record
    return counts


def _check_date(value: str | None, name: str) -> str | None:
    if value is not None and not _DATE_FILTER.fullmatch(value):
        raise InputError(f"{name} must look like 2025, 2025-08 or 2025-08-24, not {value!r}")
    return value


def articles(
    q: str | None = None,
    *,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    lang: str | None = None,
    story: str | None = None,
    limit: int = 20,
    offset: int = 0,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Search stored articles (full text with FTS5 on SQLite) and filter by outlet, date and language."""
    _check_page(limit, offset)
    with open_store(db) as store:
        return store.search_articles(
            q,
            outlet=outlet,
            since=_check_date(since, "since"),
            until=_check_date(until, "until"),
            lang=lang,
            story=story,
            limit=limit,
            offset=offset,
        )


def show(article_id: str, *, db: str | None = None) -> dict[str, Any]:
    """One article: cleaned text, metadata, what was removed and why, provenance, copies, related."""
    with open_store(db) as store:
        return store.article(article_id)


def quotes(
    *,
    speaker: str | None = None,
    affiliation: str | None = None,
    actor: str | None = None,
    kind: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
    topic: str | None = None,
    limit: int = 50,
    offset: int = 0,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Stored quotes — who said what, direct or reported — filtered by speaker, affiliation, actor, date and
    the topic of the quoting article."""
    _check_page(limit, offset)
    if kind is not None and kind not in {"direct", "indirect"}:
        raise InputError(f"kind must be direct or indirect, not {kind!r}")
    _check_topic(topic)
    with open_store(db) as store:
        return store.quotes(
            speaker=speaker,
            affiliation=affiliation,
            actor=actor,
            kind=kind,
            since=_check_date(since, "since"),
            until=_check_date(until, "until"),
            q=q,
            topic=topic,
            limit=limit,
            offset=offset,
        )


def events(
    *,
    type: str | None = None,
    source: str | None = None,
    target: str | None = None,
    since: str | None = None,
    until: str | None = None,
    historical: bool | None = None,
    every_article: bool = False,
    limit: int = 50,
    offset: int = 0,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Stored PLOVER events filtered by type, source and target actor and the event's own date, each with
    the sentence that states it. `historical=False` keeps news; True keeps background mentions.

    One row per real-world event, with `articles` counting the articles that state it (the same event in
    several reports is one event); `every_article=True` lists each article's report instead."""
    _check_page(limit, offset)
    if type is not None and type.upper() not in TYPES:
        raise InputError(f"type must be one of {', '.join(TYPES)}, not {type!r}")
    with open_store(db) as store:
        return store.events(
            type=type,
            source=source,
            target=target,
            since=_check_date(since, "since"),
            until=_check_date(until, "until"),
            historical=historical,
            every_article=every_article,
            limit=limit,
            offset=offset,
        )


def actors(
    q: str | None = None,
    *,
    kind: str | None = None,
    actor: str | None = None,
    limit: int = 50,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """People, organisations and places across the stored articles, with actor codes and counts."""
    _check_page(limit)
    with open_store(db) as store:
        return store.actors(q=q, kind=kind, actor=actor, limit=limit)


def rejections(*, code: str | None = None, limit: int | None = None, db: str | None = None) -> list[dict[str, Any]]:
    """Every input record that was not stored, with its code, message and what to do."""
    with open_store(db) as store:
        return store.rejections(code=code, limit=limit)


def stats(*, db: str | None = None) -> dict[str, Any]:
    """Counts by status, rejection code, outlet, month, language and date origin."""
    with open_store(db) as store:
        return store.stats()


def index(
    *,
    grain: str = "month",
    direction: str = "both",
    exclude_historical: bool = False,
    normalise: str = "none",
    smooth: int = 1,
    since: str | None = None,
    until: str | None = None,
    topic: str | None = None,
    db: str | None = None,
) -> IndexSeries:
    """The cooperation–conflict index of the pair by day, week, month, quarter or year, each event counted
    once at its own date (see `dyadwatch.analysis.index`). `direction` is "both" or e.g. "KOR>JPN";
    `topic` counts only events tagged with it (kb/topics.toml)."""
    pair = actor_kb().pair
    try:
        check_grain(grain)
        direction_filter(direction, pair)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    _check_topic(topic)
    since, until = _check_date(since, "since"), _check_date(until, "until")
    with open_store(db) as store:
        # A dashboard asks for the same series again and again: keep it until the store's events change
        # (articles too, when they are the normaliser).
        key = (store.engine.url.render_as_string(hide_password=False), store.events_version(), grain, direction,
               exclude_historical, normalise, smooth, since, until, topic,
               store.articles_version() if normalise == "articles" else None)  # fmt: skip
        with _SERIES_LOCK:
            if key in _SERIES:
                return _SERIES[key]
        volume = _volume(store.articles_per_day(), grain) if normalise == "articles" else None
        rows: Iterable[dict[str, Any]] = (
            (e for e in store.distinct_events() if topic in (e["topics"] or ())) if topic else store.index_totals(pair)
        )
        try:
            series = cooperation_conflict_index(
                rows, pair=pair, grain=grain, direction=direction,
                include_historical=not exclude_historical, normalise=normalise, smooth=smooth, volume=volume,
                since=since, until=until,
            )  # fmt: skip
        except ValueError as exc:
            raise InputError(str(exc)) from exc
    with _SERIES_LOCK:
        _SERIES[key] = series
        while len(_SERIES) > _SERIES_KEPT:
            _SERIES.pop(next(iter(_SERIES)))
    return series


_SERIES: dict[tuple[Any, ...], IndexSeries] = {}  # callers must not change a returned series
_SERIES_KEPT = 64
_SERIES_LOCK = threading.Lock()


def index_events(
    period: str,
    *,
    grain: str = "month",
    direction: str = "both",
    exclude_historical: bool = False,
    limit: int = 20,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """The events behind one point of the index, strongest weight first, each with its evidence sentence."""
    _check_page(limit)
    pair = actor_kb().pair
    try:
        check_grain(grain)
        wanted = direction_filter(direction, pair)
        # as date prefixes, so that an event dated "2019-07" falls inside a monthly or quarterly period
        size = {"year": 4, "quarter": 7, "month": 7}.get(grain, 10)
        start, end = period_start(period, grain).isoformat()[:size], period_end(period, grain).isoformat()[:size]
    except ValueError as exc:
        raise InputError(f"{period!r} is not a {grain} period ({exc}); e.g. 2019-07, 2019-Q3, 2019-W27") from exc
    dyads = [wanted] if wanted else [(pair[0], pair[1]), (pair[1], pair[0])]
    found: list[dict[str, Any]] = []
    with open_store(db) as store:
        for source, target in dyads:
            found += store.events(
                source=source, target=target, since=start, until=end,
                historical=False if exclude_historical else None, limit=10_000,
            )  # fmt: skip
    # a date coarser than the grain ("2019" in July 2019) is not this period's event
    found = [e for e in found if e["date"] and period_of(e["date"], grain) == period]
    found.sort(key=lambda e: (-abs(e["weight"]), e["date"] or ""))
    return found[:limit]


def _volume(per_day: dict[str, int], grain: str) -> dict[str, int]:
    volume: dict[str, int] = {}
    for day, count in per_day.items():
        period = period_of(day, grain)
        if period is not None:
            volume[period] = volume.get(period, 0) + count
    return volume


EXPORTS = ("articles", "quotes", "events", "index")


def export(
    kind: str,
    path: str | Path,
    *,
    format: str | None = None,
    since: str | None = None,
    until: str | None = None,
    grain: str = "month",
    direction: str = "both",
    exclude_historical: bool = False,
    normalise: str = "none",
    smooth: int = 1,
    db: str | None = None,
) -> int:
    """Write stored articles, quotes or events, or the index, to CSV, JSON Lines, JSON or Parquet (by
    `format` or the file's extension), streamed from the store; returns the number of rows written.
    The index options (grain, direction, …) apply to `kind="index"` only."""
    if kind not in EXPORTS:
        raise InputError(f"export one of {', '.join(EXPORTS)}, not {kind!r}")
    try:
        chosen = format_of(Path(path), format)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    since, until = _check_date(since, "since"), _check_date(until, "until")
    if kind == "index":
        series = index(
            grain=grain, direction=direction, exclude_historical=exclude_historical, normalise=normalise,
            smooth=smooth, since=since, until=until, db=db,
        )  # fmt: skip
        return write_rows((asdict(point) for point in series.points), path, chosen)
    with open_store(db) as store:
        return write_rows(store.export_rows(kind, since=since, until=until), path, chosen)


def turning_points(
    *,
    grain: str = "quarter",
    direction: str = "both",
    exclude_historical: bool = False,
    normalise: str = "none",
    smooth: int = 1,
    since: str | None = None,
    until: str | None = None,
    penalty: float | None = None,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Where the index changes level (change-point detection), each with the strongest events of that
    period and the curated timeline entries (kb/timeline.toml) within one period of it."""
    series = index(
        grain=grain, direction=direction, exclude_historical=exclude_historical, normalise=normalise,
        smooth=smooth, since=since, until=until, db=db,
    )  # fmt: skip
    found = find_turning_points(series, penalty=penalty, smoothed=smooth > 1)
    matches = match_timeline(found, curated_timeline(), series)
    result = []
    for point in found:
        behind = index_events(
            point.period, grain=grain, direction=direction, exclude_historical=exclude_historical, limit=50, db=db
        )  # the events that pushed the index the way it turned: most negative first for a fall
        top = sorted(behind, key=lambda e: -e["weight"] if point.change >= 0 else e["weight"])[:3]
        curated = [{"date": m.entry.date, "title": m.entry.title} for m in matches if m.turning_point == point.period]
        result.append({**asdict(point), "events": top, "timeline": curated})
    return result


def timeline(
    *,
    since: str | None = None,
    until: str | None = None,
    min_weight: float = 4.0,
    include_historical: bool = True,
    limit: int = 200,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """The pair's timeline: curated entries (kb/timeline.toml) merged with the stored events, deduplicated:
    an extracted event on a curated entry's date (at the coarser grain of the two) between the entry's
    countries joins that entry; the rest are grouped by date, dyad and type. Extracted events below
    `min_weight` in absolute weight (talks, statements) are left out unless they join a curated entry."""
    _check_page(limit)
    since, until = _check_date(since, "since"), _check_date(until, "until")
    pair = actor_kb().pair
    with open_store(db) as store:
        entries = merged_timeline(
            store.distinct_events(since=since, until=until), curated_timeline(), pair=pair, since=since,
            until=until, min_weight=min_weight, include_historical=include_historical,
        )  # fmt: skip
        evidence = store.evidence_of([e.identity for e in entries if e.identity][: limit * 2])
    return [
        {**{k: v for k, v in asdict(e).items() if not k.startswith("_")}, "evidence": evidence.get(e.identity or "")}
        for e in entries[:limit]
    ]


def topics(
    *,
    grain: str = "year",
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Topic trends: per period and topic, the articles tagged (by publication date) and the events tagged
    (by their own date, each counted once) with their net cooperation–conflict weight. `grain="all"` gives
    one row per topic over the whole store; `topic` keeps one topic (a parent such as "history" included)."""
    if grain != "all":
        try:
            check_grain(grain)
        except ValueError as exc:
            raise InputError(f"{exc} (or all)") from exc
    labels = topic_labels()
    _check_topic(topic)
    since, until = _check_date(since, "since"), _check_date(until, "until")
    with open_store(db) as store:
        return topic_trends(
            store.topics_per_day(), store.distinct_events(since=since, until=until), labels=labels, grain=grain,
            topic=topic, since=since, until=until,
        )  # fmt: skip


def speakers(
    *,
    topic: str | None = None,
    grain: str = "year",
    since: str | None = None,
    until: str | None = None,
    limit: int = 30,
    db: str | None = None,
) -> list[dict[str, Any]]:
    """Who is quoted, how often, on what (the topics of the quoting articles) and when; `topic` keeps
    quotes from articles on that topic."""
    _check_page(limit)
    try:
        check_grain(grain)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    _check_topic(topic)
    since, until = _check_date(since, "since"), _check_date(until, "until")
    with open_store(db) as store:
        rows = speaker_stats(store.quote_rows(since=since, until=until), store.topics_by_article(), grain=grain,
                             topic=topic)  # fmt: skip
    return rows[:limit]


def save(rows: Iterable[dict[str, Any]], path: str | Path, *, format: str | None = None) -> int:
    """Write rows any verb returned (timeline, topics, speakers, …) to CSV, JSON Lines, JSON or Parquet."""
    try:
        chosen = format_of(Path(path), format)
    except ValueError as exc:
        raise InputError(str(exc)) from exc
    return write_rows(rows, path, chosen)


def serve(
    *, host: str = "127.0.0.1", port: int = 8000, db: str | None = None, token: str | None = None
) -> None:
    """Serve the REST API (and, later, the dashboard) for one store until interrupted. It binds 127.0.0.1
    unless told otherwise; with a `token` (or DYADWATCH_API_TOKEN), write routes need it as a Bearer token."""
    import uvicorn

    from .api import create_app

    settings = _settings(None, db)
    app = create_app(settings.db, token=token or settings.api_token)
    uvicorn.run(app, host=host, port=port, log_level="info")


def pair() -> tuple[str, str]:
    """The two countries watched, as ISO3 codes (`pair` in kb/countries.toml)."""
    first, second = actor_kb().pair
    return first, second


def _check_topic(topic: str | None) -> None:
    if topic is not None and topic not in topic_labels():
        raise InputError(f"unknown topic {topic!r}", hint=f"one of: {', '.join(sorted(topic_labels()))}")


def brief(
    since: str,
    until: str,
    output: str | Path,
    *,
    topic: str | None = None,
    grain: str | None = None,
    db: str | None = None,
) -> dict[str, Any]:
    """A brief for editors: one self-contained HTML page (or a PDF of it, by the file's extension) with the
    index chart, turning points, top events with evidence, the most quoted voices, topics and a method note.
    The grain defaults to month for ranges up to three years, else quarter."""
    since, until = _check_date(since, "since"), _check_date(until, "until")
    if not since or not until or until < since:
        raise InputError("a brief needs --from and --to, the second not before the first", hint="e.g. 2025-06 2025-12")
    target = Path(output)
    if target.suffix.lower() not in {".html", ".htm", ".pdf"}:
        raise InputError(f"a brief is .html or .pdf, not {target.suffix or 'no extension'!r}")
    chosen = grain or ("month" if int(until[:4]) - int(since[:4]) <= 3 else "quarter")
    series = index(grain=chosen, since=since, until=until, topic=topic, db=db)
    found = events(since=since, until=until, limit=5000, db=db)
    if topic:
        found = [e for e in found if topic in (e.get("topics") or ())]
    found.sort(key=lambda e: -abs(e["weight"]))
    data = BriefData(
        pair=pair(), since=since, until=until, topic=topic, generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        grain=chosen, points=[asdict(p) for p in series.points],
        turning_points=turning_points(grain=chosen, since=since, until=until, db=db) if not topic else [],
        curated=[e for e in timeline(since=since, until=until, limit=1000, db=db) if e["origin"] != "extracted"],
        top_events=found[:15], speakers=speakers(topic=topic, since=since, until=until, limit=10, db=db),
        topics=[t for t in topics(grain="all", since=since, until=until, db=db) if "/" in t["topic"]][:12],
        totals=stats(db=db),
    )  # fmt: skip
    page = render_brief(data, lambda day: period_of(day, chosen))
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix.lower() == ".pdf":
        try:
            print_pdf(page, target.resolve())
        except (RuntimeError, OSError, subprocess.SubprocessError) as exc:
            raise InputError(str(exc), hint="write the brief as .html, or install chromium") from exc
    else:
        target.write_text(page, encoding="utf-8")
    return {"path": str(target), "events": sum(p.events for p in series.points), "grain": chosen,
            "top_events": len(data.top_events), "speakers": len(data.speakers)}  # fmt: skip
