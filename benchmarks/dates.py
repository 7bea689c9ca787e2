"""Publication dates: dyadwatch's date cascade against bare htmldate, side by side.

(a) htmldate-mediacloud-2020 (200 news pages; 5 have no determinable date): day accuracy over all pages
    (a page without a date is right when the system returns nothing), accuracy on the dated pages, false
    positives on the undated ones, and for dyadwatch a breakdown by the cascade step that decided.
(b) the same metrics on the sample corpus gold (records whose gold date has day grain, or no date).

dyadwatch's answer is `article.published.value` when its grain is "day"; a month or year counts as no date.

Run from the repository root: python benchmarks/dates.py [--limit N] [--json out.json]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import Any

from htmldate import find_date

from benchlib import HTMLDATE_ROOT, clean_html, htmldate_pages, missing, run_sample, wrap_as_html, write_json
from dyadwatch.model import Article, Document, PublishedDate

from scoring import SAMPLE_ROOT, command_line, key_text, load_sample_gold, md_table

HTMLDATE_DEFAULT = "htmldate (defaults)"
HTMLDATE_FAST = "htmldate (extensive_search=False, original_date=True)"
DYADWATCH = "dyadwatch"
SYSTEMS = (HTMLDATE_DEFAULT, HTMLDATE_FAST, DYADWATCH)
# dateutil warns about unknown time-zone names ("GST") on some pages; it changes no answer here.
warnings.filterwarnings("ignore", message="tzname .* identified but not understood")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N benchmark pages")
    parser.add_argument("--json", metavar="OUT", help="also write every prediction to this JSON file")
    return parser.parse_args(argv)


def day_of(published: PublishedDate) -> str | None:
    """dyadwatch's day-grain answer, or None (month/year grain and unknown count as no date)."""
    return published.value if published.grain == "day" else None


def htmldate_runners() -> dict[str, Callable[[Any, str | None], str | None]]:
    return {
        HTMLDATE_DEFAULT: lambda page, url: find_date(page, url=url),
        HTMLDATE_FAST: lambda page, url: find_date(page, url=url, extensive_search=False, original_date=True),
    }


# -- metrics ------------------------------------------------------------------------------------------
def metrics(rows: list[dict[str, Any]], system: str) -> list[Any]:
    """[n, day accuracy over all, dated n, accuracy on dated, wrong day, no answer, undated n, false positives]."""
    dated = [row for row in rows if row["gold"]]
    undated = [row for row in rows if not row["gold"]]
    right = sum(row[system] == row["gold"] for row in rows)
    dated_right = sum(row[system] == row["gold"] for row in dated)
    wrong = sum(row[system] is not None and row[system] != row["gold"] for row in dated)
    silent = sum(row[system] is None for row in dated)
    false_positives = sum(row[system] is not None for row in undated)
    return [
        len(rows),
        right / len(rows) if rows else 0.0,
        len(dated),
        dated_right / len(dated) if dated else 0.0,
        wrong,
        silent,
        len(undated),
        false_positives,
    ]


METRIC_HEADERS = [
    "pages",
    "day accuracy (all)",
    "dated",
    "accuracy (dated)",
    "wrong day",
    "no answer",
    "undated",
    "false positives",
]


def origin_table(rows: list[dict[str, Any]]) -> str:
    by_origin: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_origin[row["origin"]].append(row)
    table = []
    for origin, group in sorted(by_origin.items(), key=lambda item: -len(item[1])):
        grains = Counter(row["grain"] or "none" for row in group)
        right = sum(row[DYADWATCH] == row["gold"] for row in group)
        table.append(
            [
                origin,
                len(group),
                ", ".join(f"{grain} {n}" for grain, n in grains.most_common()),
                right,
                right / len(group),
                sum(bool(row["gold"]) and row[DYADWATCH] not in (None, row["gold"]) for row in group),
                sum(not row["gold"] and row[DYADWATCH] is not None for row in group),
            ]
        )
    return md_table(["published.origin", "pages", "grain", "right", "accuracy", "wrong day", "false positive"], table)


# -- (a) htmldate MediaCloud 2020 ---------------------------------------------------------------------
def run_mediacloud(limit: int | None) -> dict[str, Any]:
    rows = []
    seconds: Counter[str] = Counter()
    runners = htmldate_runners()
    for page in htmldate_pages(limit):
        row: dict[str, Any] = {"url": page.url, "file": page.file, "gold": page.date}
        for name, runner in runners.items():
            started = time.perf_counter()
            row[name] = runner(page.html, page.url)
            seconds[name] += time.perf_counter() - started
        started = time.perf_counter()
        cleaned = clean_html(page.html, page.file, page.url, min_words=0)
        seconds[DYADWATCH] += time.perf_counter() - started
        published = cleaned.published if isinstance(cleaned, Article) else PublishedDate(note="rejected")
        row[DYADWATCH] = day_of(published)
        row.update(origin=published.origin, grain=published.grain, value=published.value, note=published.note)
        rows.append(row)
    return {"pages": rows, "seconds": dict(seconds)}


def report_mediacloud(result: dict[str, Any]) -> None:
    rows = result["pages"]
    print(f"## (a) htmldate-mediacloud-2020: {len(rows)} pages, exact day match\n")
    table = [[name, *metrics(rows, name), result["seconds"][name]] for name in SYSTEMS]
    print(md_table(["system", *METRIC_HEADERS, "seconds (incl. extraction for dyadwatch)"], table, digits=3))
    print("\n### dyadwatch by the cascade step that decided\n")
    print(origin_table(rows))
    wrong = [row for row in rows if row[DYADWATCH] != row["gold"]]
    print(f"\n### dyadwatch misses ({len(wrong)})\n")
    if wrong:
        print(
            md_table(
                ["file", "url", "gold", "dyadwatch (value, grain, origin)", "htmldate default", "note"],
                [
                    [
                        row["file"],
                        row["url"][:60],
                        row["gold"],
                        f"{row['value']} {row['grain'] or ''} {row['origin']}",
                        row[HTMLDATE_DEFAULT],
                        row["note"][:60],
                    ]
                    for row in wrong
                ],
            )
        )
    print()


# -- (b) the sample corpus gold -----------------------------------------------------------------------
def run_sample_dates() -> list[dict[str, Any]]:
    gold = load_sample_gold(SAMPLE_ROOT)
    runners = htmldate_runners()
    rows = []
    for record in run_sample(SAMPLE_ROOT):
        expected = gold.get(record.key)
        if expected is None or expected["expect"] not in ("stored", "duplicate"):
            continue
        if expected.get("published") and expected.get("published_grain") != "day":
            continue  # month-grain gold dates are not scored here
        item = record.item
        article = record.processed.outcome.article
        published = article.published if article else PublishedDate(note="rejected")
        row: dict[str, Any] = {
            "key": key_text(record.key),
            "form": "html" if isinstance(item, Document) and item.format == "html" else "text",
            "gold": expected.get("published"),
            DYADWATCH: day_of(published),
            "origin": published.origin,
            "grain": published.grain,
            "value": published.value,
        }
        for name, runner in runners.items():
            if not isinstance(item, Document):
                row[name] = None
                continue
            page = item.text if item.format == "html" else wrap_as_html(item.text, "pre")
            row[name] = runner(page, item.hints.url)
        rows.append(row)
    return rows


def report_sample(rows: list[dict[str, Any]]) -> None:
    print(f"## (b) sample corpus gold: {len(rows)} records with a day-grain gold date or none\n")
    table = []
    for form in ("html", "text", "all"):
        group = [row for row in rows if form in ("all", row["form"])]
        table += [[form, name, *metrics(group, name)] for name in SYSTEMS if group]
    print(md_table(["records", "system", *METRIC_HEADERS], table))
    print(
        "\nhtmldate gets the record's HTML (text records wrapped in <pre>) and URL; dyadwatch runs as ingest does, "
        "so it also sees JSONL `published` fields and feed pubDates.\n"
    )
    print("### dyadwatch by the cascade step that decided\n")
    print(origin_table(rows))
    wrong = [row for row in rows if row[DYADWATCH] != row["gold"]]
    if wrong:
        print(
            "\n"
            + md_table(
                ["record", "gold", "dyadwatch", "origin"],
                [[r["key"], r["gold"], r["value"], r["origin"]] for r in wrong],
            )
        )
    print()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    command = command_line(["benchmarks/dates.py", *argv])
    print(f"`{command}`\n")
    payload: dict[str, Any] = {"command": command}
    if not missing(HTMLDATE_ROOT, "(a) htmldate-mediacloud-2020"):
        payload["mediacloud"] = run_mediacloud(args.limit)
        report_mediacloud(payload["mediacloud"])
    if not load_sample_gold(SAMPLE_ROOT):
        print(f"> skipped (b): no gold under {SAMPLE_ROOT / 'gold'}")
    else:
        payload["sample"] = run_sample_dates()
        report_sample(payload["sample"])
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
