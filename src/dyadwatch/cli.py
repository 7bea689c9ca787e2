"""Command-line interface: each command wraps one public function of `dyadwatch` and renders its result."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.columns import Columns
from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import verbs
from .errors import DyadwatchError

app = typer.Typer(
    help="dyadwatch: news intelligence for the relations between two countries.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None, typer.Option("--db", help="SQLAlchemy URL; default $DYADWATCH_DB or sqlite:///dyadwatch.db")
]
JsonOption = Annotated[bool, typer.Option("--json", help="print JSON instead of a table")]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", min=1, help="processes for the spaCy pass (default 1, or DYADWATCH_WORKERS)")
]


_NO_WRAP = frozenset({"id", "published", "article_id", "code", "status", "count", "date", "period", "weight"})


def _json(value: Any) -> None:
    out.print_json(json.dumps(value, ensure_ascii=False, default=str))


def _table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> None:
    out.print(_build_table(title, rows, columns))


def _build_table(title: str, rows: list[dict[str, Any]], columns: list[str]) -> Table:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in _NO_WRAP)
    for row in rows:  # Text(), not markup: "[Ishiba]" in a snippet is data, not a style tag
        table.add_row(*(Text("" if row.get(c) is None else str(row.get(c))) for c in columns))
    return table


def _saved(rows: list[dict[str, Any]], output: Path | None, format: str | None, as_json: bool) -> bool:
    """Print JSON or write the rows to a file when asked; True when done (no table to print)."""
    if output is not None:
        err.print(f"wrote {verbs.save(rows, output, format=format)} rows to {output}")
        return True
    if as_json:
        _json(rows)
        return True
    return False


def _version(value: bool) -> None:
    if value:
        from . import __version__

        out.print(f"dyadwatch {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="print the version and exit")
    ] = False,
) -> None:
    """dyadwatch: news intelligence for the relations between two countries."""


@app.command()
def ingest(
    targets: Annotated[
        list[str], typer.Argument(help="files, directories, globs, URLs, feed URLs, .warc.gz, .jsonl or -")
    ],
    db: DbOption = None,
    source: Annotated[str | None, typer.Option(help="a label stored with every record (e.g. the crawl name)")] = None,
    exclude: Annotated[list[str] | None, typer.Option(help="glob of paths to skip (repeatable)")] = None,
    workers: WorkersOption = None,
    read: Annotated[
        bool | None, typer.Option("--read/--no-read", help="read entities, quotes and times (default on)")
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option("--dask", help="read on a Dask cluster: scheduler address (tcp://host:8786) or 'local'"),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Ingest articles into the store: clean, date, de-duplicate, read, and record every input's fate."""
    report = verbs.ingest(
        targets,
        db=db,
        source=source,
        exclude=exclude or [],
        progress=sys.stderr.isatty(),
        workers=workers,
        read=read,
        dask=dask,
    )
    if as_json:
        _json(report.as_dict())
        return
    counts = report.as_dict()
    out.print(
        f"[bold]{counts['inputs']}[/] input records in {counts['seconds']} s: "
        f"[green]{counts['stored']} stored[/], [yellow]{counts['duplicate']} duplicates[/], "
        f"[red]{counts['rejected']} rejected[/], {counts['unchanged']} unchanged since an earlier run; "
        f"{counts['related_articles']} related articles split off."
    )
    if counts["unchanged"] and not (counts["stored"] or counts["duplicate"] or counts["rejected"]):
        out.print("Nothing new: every record was already in the store.")
    if report.rejections:
        _table("Rejected in this run", report.rejections, ["ref", "code", "message"])


@app.command()
def annotate(
    inputs: Annotated[list[str], typer.Argument(help="INPUT.jsonl, files, directories, URLs or -")],
    output: Annotated[str, typer.Option("-o", "--output", help="output JSONL path, - for stdout")] = "-",
    workers: WorkersOption = None,
) -> None:
    """Write the annotation format (dyadwatch/1), one object per input record; stores nothing."""
    counts = verbs.annotate_file(inputs, output, workers=workers)
    if output != "-":
        err.print(f"{counts['records']} records written to {output} ({counts['errors']} with an error).")


@app.command()
def articles(
    q: Annotated[str | None, typer.Option("--q", help='full-text query; words are ANDed, "quoted phrases", OR')] = None,
    outlet: Annotated[str | None, typer.Option(help="outlet or aggregator name contains this")] = None,
    since: Annotated[str | None, typer.Option(help="published on or after (2025, 2025-08, 2025-08-24)")] = None,
    until: Annotated[str | None, typer.Option(help="published on or before")] = None,
    lang: Annotated[str | None, typer.Option(help="language code, e.g. en, ko, ja")] = None,
    story: Annotated[str | None, typer.Option(help="only this story cluster")] = None,
    limit: Annotated[int, typer.Option(help="rows to show")] = 20,
    offset: Annotated[int, typer.Option(help="rows to skip")] = 0,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Search and list stored articles."""
    rows = verbs.articles(
        q, outlet=outlet, since=since, until=until, lang=lang, story=story, limit=limit, offset=offset, db=db
    )
    if as_json:
        _json(rows)
        return
    columns = ["id", "published", "outlet", "title"] + (["snippet"] if q else ["via", "lang"])
    _table(f"{len(rows)} articles", rows, columns)


@app.command()
def show(
    article_id: Annotated[str, typer.Argument(help="article id (at least 6 characters)")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one article: text, metadata, removals, provenance, copies and related articles."""
    article = verbs.show(article_id, db=db)
    if as_json:
        _json(article)
        return
    out.print(f"[bold]{article['title'] or '(no title)'}[/]")
    for key in ("id", "outlet", "via", "byline", "author_role", "url", "lang", "story_id", "origin", "source_ref"):
        if article.get(key):
            out.print(f"[dim]{key}:[/] {article[key]}")
    out.print(
        f"[dim]published:[/] {article['published'] or 'unknown'} ({article['published_grain'] or '-'}, "
        f"from {article['published_from']}{'; ' + article['published_note'] if article['published_note'] else ''})"
    )
    out.print()
    out.print(article["text"])
    out.print()
    if article["removed"]:
        _table(
            "Removed",
            [{"kind": r["kind"], "reason": r["reason"], "text": r["text"][:160]} for r in article["removed"]],
            ["kind", "reason", "text"],
        )
    if article.get("quotes"):
        _table("Quotes", article["quotes"], ["kind", "speaker_name", "how", "cue", "text"])
    if article.get("entities"):
        _table(
            "Actors",
            [e for e in article["entities"] if e["kind"] in {"PERSON", "ORG"}],
            ["eid", "name", "kind", "actor", "role", "affiliation"],
        )
    if article.get("reading_note"):
        out.print(f"[dim]reading:[/] {article['reading_note']}")
    _table("Input records", article["records"], ["status", "ref", "duplicate_kind", "similarity", "outlet"])
    if article["related"]:
        _table(
            "Related articles split off this page",
            article["related"],
            ["article_id", "relative_time", "outlet", "title"],
        )
    if article["related_from"]:
        out.print(f"[dim]appended as related to:[/] {', '.join(article['related_from'])}")


@app.command()
def quotes(
    speaker: Annotated[str | None, typer.Option(help="speaker name contains this (e.g. Lee, 'Lee Jae Myung')")] = None,
    affiliation: Annotated[str | None, typer.Option(help="speaker's affiliation contains this")] = None,
    actor: Annotated[str | None, typer.Option(help="speaker's actor code: KOR-GOV, or KOR for all")] = None,
    kind: Annotated[str | None, typer.Option(help="direct or indirect")] = None,
    since: Annotated[str | None, typer.Option(help="article published on or after (2025, 2025-08, 2025-08-24)")] = None,
    until: Annotated[str | None, typer.Option(help="article published on or before")] = None,
    q: Annotated[str | None, typer.Option("--q", help="quote text contains this")] = None,
    limit: Annotated[int, typer.Option(help="rows to show")] = 50,
    offset: Annotated[int, typer.Option(help="rows to skip")] = 0,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who said what: stored quotes, direct and reported, with speaker, role and affiliation."""
    rows = verbs.quotes(
        speaker=speaker, affiliation=affiliation, actor=actor, kind=kind, since=since, until=until, q=q,
        limit=limit, offset=offset, db=db,
    )
    if as_json:
        _json(rows)
        return
    _table(f"{len(rows)} quotes", rows, ["published", "speaker_name", "actor", "kind", "text", "article_id"])


@app.command()
def events(
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type: AGREE, CONSULT, … SANCTION, …")] = None,
    source: Annotated[str | None, typer.Option(help="source actor code, e.g. JPN-GOV, or JPN for all sectors")] = None,
    target: Annotated[str | None, typer.Option(help="target actor code")] = None,
    since: Annotated[str | None, typer.Option(help="event's own date on or after (2019, 2019-07, 2019-07-04)")] = None,
    until: Annotated[str | None, typer.Option(help="event's own date on or before")] = None,
    historical: Annotated[
        bool | None, typer.Option("--historical/--news", help="only background mentions, or only news")
    ] = None,
    every_article: Annotated[
        bool, typer.Option("--every-article", help="one row per article reporting an event, not per event")
    ] = False,
    limit: Annotated[int, typer.Option(help="rows to show")] = 50,
    offset: Annotated[int, typer.Option(help="rows to skip")] = 0,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """PLOVER events by their own date, with the sentence that states each; one row per real-world event."""
    rows = verbs.events(
        type=type, source=source, target=target, since=since, until=until, historical=historical,
        every_article=every_article, limit=limit, offset=offset, db=db,
    )  # fmt: skip
    if as_json:
        _json(rows)
        return
    _table(
        f"{len(rows)} events", rows,
        ["date", "source", "type", "target", "mode", "historical", "articles", "evidence"],
    )  # fmt: skip


@app.command()
def actors(
    q: Annotated[str | None, typer.Option("--q", help="name contains this")] = None,
    kind: Annotated[str | None, typer.Option(help="PERSON, ORG, GPE, NORP, FAC or LOC")] = None,
    actor: Annotated[str | None, typer.Option(help="actor code, e.g. JPN-GOV, or JPN for all sectors")] = None,
    limit: Annotated[int, typer.Option(help="rows to show")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """People, organisations and places across the stored articles, with actor codes and counts."""
    rows = verbs.actors(q, kind=kind, actor=actor, limit=limit, db=db)
    if as_json:
        _json(rows)
        return
    _table(f"{len(rows)} actors", rows, ["name", "kind", "actor", "role", "affiliation", "articles", "quotes"])


@app.command()
def rejections(
    code: Annotated[str | None, typer.Option(help="only this rejection code")] = None,
    limit: Annotated[int | None, typer.Option(help="rows to show")] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List every input that was not stored, with its code, reason and what to do."""
    rows = verbs.rejections(code=code, limit=limit, db=db)
    if as_json:
        _json(rows)
        return
    _table(f"{len(rows)} rejected inputs", rows, ["ref", "code", "message", "hint"])


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Totals that add up to the input count, by status, outlet, month, language and date origin."""
    numbers = verbs.stats(db=db)
    if as_json:
        _json(numbers)
        return
    by_status = numbers["by_status"]
    out.print(
        f"[bold]{numbers['inputs']}[/] input records: "
        + ", ".join(f"{v} {k}" for k, v in by_status.items())
        + f" · {numbers['articles']} articles ({numbers['articles_by_origin'].get('related', 0)} split off "
        f"as related) in {numbers['stories']} stories · {numbers['runs']} runs"
    )
    quotes = numbers["quotes_by_kind"]
    out.print(
        f"Read: {numbers['articles_read']} articles · {numbers['entities']} entities · "
        f"{quotes.get('direct', 0)} direct and {quotes.get('indirect', 0)} reported quotes · "
        f"{numbers['times']} time expressions"
    )
    tables = []
    for key, title, label in (
        ("rejections_by_code", "Rejections", "code"),
        ("duplicates_by_kind", "Duplicates", "kind"),
        ("by_outlet", "Articles by outlet", "outlet"),
        ("by_via", "Reposted via", "aggregator"),
        ("by_month", "Articles by month", "published"),
        ("by_lang", "Languages", "lang"),
        ("by_published_from", "Date from", "origin"),
        ("reading_notes", "Not read", "why"),
    ):
        if numbers[key]:
            tables.append(_build_table(title, [{label: k, "n": v} for k, v in numbers[key].items()], [label, "n"]))
    out.print(Columns(tables, padding=(0, 2)))


GrainOption = Annotated[str, typer.Option("--grain", help="day, week, month, quarter or year")]
DirectionOption = Annotated[str, typer.Option("--direction", help="both, or one way such as KOR>JPN")]
ExcludeHistoricalOption = Annotated[
    bool, typer.Option("--exclude-historical", help="leave out background mentions (else counted at their own date)")
]
NormaliseOption = Annotated[
    str, typer.Option("--normalise", help="none, events (mean weight per event) or articles (net per article)")
]
SmoothOption = Annotated[int, typer.Option("--smooth", min=1, help="trailing mean over this many periods")]
FormatOption = Annotated[
    str | None, typer.Option("--format", help="csv, jsonl, json or parquet (default: from the file's extension)")
]


@app.command()
def index(
    grain: GrainOption = "month",
    direction: DirectionOption = "both",
    exclude_historical: ExcludeHistoricalOption = False,
    normalise: NormaliseOption = "none",
    smooth: SmoothOption = 1,
    since: Annotated[str | None, typer.Option(help="from this period on (2019, 2019-07, 2019-07-04)")] = None,
    until: Annotated[str | None, typer.Option(help="up to this period")] = None,
    topic: Annotated[str | None, typer.Option("--topic", help="only events on this topic, e.g. trade")] = None,
    explain: Annotated[
        str | None, typer.Option("--explain", help="list the events behind one period, e.g. 2019-07 or 2019-Q3")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write the series to this file")] = None,
    format: FormatOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The cooperation–conflict index of the pair over time: events counted once, at their own dates."""
    if explain:
        rows = verbs.index_events(
            explain, grain=grain, direction=direction, exclude_historical=exclude_historical, db=db
        )
        if as_json:
            _json(rows)
            return
        _table(f"{len(rows)} strongest events of {explain}", rows,
               ["date", "source", "type", "target", "mode", "weight", "articles", "evidence"])  # fmt: skip
        return
    if output is not None:
        written = verbs.export(
            "index", output, format=format, since=since, until=until, grain=grain, direction=direction,
            exclude_historical=exclude_historical, normalise=normalise, smooth=smooth, db=db,
        )  # fmt: skip
        err.print(f"wrote {written} periods to {output}")
        return
    series = verbs.index(
        grain=grain, direction=direction, exclude_historical=exclude_historical, normalise=normalise,
        smooth=smooth, since=since, until=until, topic=topic, db=db,
    )  # fmt: skip
    if as_json:
        _json(asdict(series))
        return
    rows = [asdict(point) for point in series.points if point.events or smooth > 1]
    _table(
        f"Cooperation–conflict index, {series.direction}, by {series.grain} ({len(series.points)} periods, "
        f"{len(rows)} shown; value = net, normalised by {series.normalise})",
        rows, ["period", "events", "cooperation", "conflict", "net", "value", "smoothed"],
    )  # fmt: skip
    left_out = [f"{series.coarse} events dated only to a coarser grain"] if series.coarse else []
    if series.historical_left_out:
        left_out.append(f"{series.historical_left_out} historical events")
    if left_out:
        err.print(f"[dim]left out: {'; '.join(left_out)}[/]")


@app.command("turning-points")
def turning_points(
    grain: GrainOption = "quarter",
    direction: DirectionOption = "both",
    exclude_historical: ExcludeHistoricalOption = False,
    normalise: NormaliseOption = "none",
    smooth: SmoothOption = 1,
    since: Annotated[str | None, typer.Option(help="from this period on")] = None,
    until: Annotated[str | None, typer.Option(help="up to this period")] = None,
    penalty: Annotated[
        float | None, typer.Option(help="change-point penalty (default: from the series' spread)")
    ] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write the rows to this file")] = None,
    format: FormatOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Where the index changes level, each with its strongest events and the curated entries near it."""
    rows = verbs.turning_points(
        grain=grain, direction=direction, exclude_historical=exclude_historical, normalise=normalise,
        smooth=smooth, since=since, until=until, penalty=penalty, db=db,
    )  # fmt: skip
    if _saved(rows, output, format, as_json):
        return
    shown = [
        {**row, "curated": "; ".join(t["title"] for t in row["timeline"]),
         "strongest": "; ".join(f"{e['source']} {e['type']} {e['target']}: {e['trigger']}" for e in row["events"])}
        for row in rows
    ]  # fmt: skip
    _table(f"{len(rows)} turning points (by {grain})", shown,
           ["period", "before", "after", "change", "strongest", "curated"])  # fmt: skip


@app.command()
def timeline(
    since: Annotated[str | None, typer.Option(help="from this date (2019, 2019-07, 2019-07-04)")] = None,
    until: Annotated[str | None, typer.Option(help="up to this date")] = None,
    min_weight: Annotated[
        float, typer.Option(help="extracted events weaker than this (absolute weight) only join curated entries")
    ] = 4.0,
    news_only: Annotated[bool, typer.Option("--news-only", help="leave out historical (background) events")] = False,
    limit: Annotated[int, typer.Option(help="rows to show")] = 200,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write the rows to this file")] = None,
    format: FormatOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """The pair's timeline: curated entries merged with the events read from the articles."""
    rows = verbs.timeline(
        since=since, until=until, min_weight=min_weight, include_historical=not news_only, limit=limit, db=db
    )
    if _saved(rows, output, format, as_json):
        return
    shown = [{**r, "what": r["title"] or r["evidence"], "types": ", ".join(r["types"])} for r in rows]
    _table(f"Timeline ({len(rows)} entries)", shown, ["date", "origin", "countries", "types", "events", "what"])


@app.command()
def topics(
    grain: Annotated[str, typer.Option("--grain", help="day, week, month, quarter, year, or all")] = "year",
    topic: Annotated[str | None, typer.Option("--topic", help="one topic, e.g. history/forced-labour or trade")] = None,
    since: Annotated[str | None, typer.Option(help="from this date (2019, 2019-07, 2019-07-04)")] = None,
    until: Annotated[str | None, typer.Option(help="up to this date")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write the rows to this file")] = None,
    format: FormatOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Topic trends: tagged articles by publication date and tagged events by their own date."""
    rows = verbs.topics(grain=grain, topic=topic, since=since, until=until, db=db)
    if _saved(rows, output, format, as_json):
        return
    _table(f"Topics by {grain} ({len(rows)} rows)", rows, ["period", "topic", "label", "articles", "events", "net"])


@app.command()
def speakers(
    topic: Annotated[str | None, typer.Option("--topic", help="only quotes in articles on this topic")] = None,
    grain: Annotated[str, typer.Option("--grain", help="periods for the quotes-over-time column")] = "year",
    since: Annotated[str | None, typer.Option(help="articles published from (2019, 2019-07, 2019-07-04)")] = None,
    until: Annotated[str | None, typer.Option(help="… up to")] = None,
    limit: Annotated[int, typer.Option(help="speakers to show")] = 30,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="write the rows to this file")] = None,
    format: FormatOption = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Who is quoted, how often, on what and when."""
    rows = verbs.speakers(topic=topic, grain=grain, since=since, until=until, limit=limit, db=db)
    if _saved(rows, output, format, as_json):
        return
    shown = [
        {**r, "topics": ", ".join(r["topics"]), "over time": " ".join(f"{p}:{n}" for p, n in r["by_period"].items())}
        for r in rows
    ]
    _table(f"{len(rows)} speakers", shown,
           ["speaker", "actor", "quotes", "direct", "reported", "articles", "topics", "over time"])  # fmt: skip


@app.command()
def export(
    kind: Annotated[str, typer.Argument(help="articles, quotes, events or index")],
    output: Annotated[Path, typer.Option("--output", "-o", help="the file to write")],
    format: FormatOption = None,
    since: Annotated[str | None, typer.Option(help="published (articles, quotes) or dated (events) from")] = None,
    until: Annotated[str | None, typer.Option(help="… up to")] = None,
    grain: GrainOption = "month",
    direction: DirectionOption = "both",
    exclude_historical: ExcludeHistoricalOption = False,
    normalise: NormaliseOption = "none",
    smooth: SmoothOption = 1,
    db: DbOption = None,
) -> None:
    """Write stored rows or the index to CSV, JSON Lines, JSON or Parquet, streamed."""
    written = verbs.export(
        kind, output, format=format, since=since, until=until, grain=grain, direction=direction,
        exclude_historical=exclude_historical, normalise=normalise, smooth=smooth, db=db,
    )  # fmt: skip
    err.print(f"wrote {written} {kind} rows to {output}")


@app.command()
def brief(
    since: Annotated[str, typer.Option("--from", help="first month or day (2025-06)")],
    until: Annotated[str, typer.Option("--to", help="last month or day (2025-12)")],
    output: Annotated[Path, typer.Option("--output", "-o", help="brief.html, or brief.pdf (printed by Chromium)")],
    topic: Annotated[str | None, typer.Option("--topic", help="only events and quotes on this topic")] = None,
    grain: Annotated[str | None, typer.Option("--grain", help="chart periods (default: month, or quarter)")] = None,
    db: DbOption = None,
) -> None:
    """A brief for editors: the index chart, turning points, top events, voices, topics and a method note."""
    done = verbs.brief(since, until, output, topic=topic, grain=grain, db=db)
    err.print(f"wrote {done['path']}: {done['events']} events by {done['grain']}, {done['top_events']} shown")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="address to bind (127.0.0.1: this machine only)")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port")] = 8000,
    token: Annotated[
        str | None, typer.Option(help="Bearer token for the write routes (default $DYADWATCH_API_TOKEN)")
    ] = None,
    db: DbOption = None,
) -> None:
    """Serve the REST API for one store (OpenAPI docs at /docs)."""
    verbs.serve(host=host, port=port, db=db, token=token)


def main() -> None:
    try:
        app()
    except DyadwatchError as exc:
        err.print(f"[red]error:[/] {exc.message}")
        if exc.hint:
            err.print(f"[dim]hint:[/] {exc.hint}")
        raise SystemExit(exc.exit_code) from None


if __name__ == "__main__":
    main()
