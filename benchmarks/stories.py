"""Same-story clustering: dyadwatch's Deduplicator against gold story clusters, pairwise P/R/F1.

(a) uci-news-aggregator-sample (6,366 headlines, 87 stories): headlines are fed in TIMESTAMP order to a
    Deduplicator as headline-only articles; the predicted cluster is the verdict's story id (for exact and
    near duplicates, the story of the original). A sweep of story_threshold values, and a trivial baseline
    that groups exactly equal normalised titles.
(b) the sample corpus gold: the full Pipeline over data/sample, our story ids against the gold story slugs,
    for the same sweep (the shipped setting is marked).

Where dyadwatch has a same-day story threshold (two reports dated the same day need less overlap), each
story_threshold is run with the shipped same-day threshold and without it. Headlines are dated by the UTC
day of their timestamp.

Run from the repository root: python benchmarks/stories.py [--thresholds 0.2,0.3] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from benchlib import (
    SHIPPED,
    UCI_CSV,
    make_deduplicator,
    missing,
    run_sample,
    shipped_same_day_threshold,
    write_json,
)
from dyadwatch.annotate import Pipeline
from dyadwatch.clean import CleanOptions
from dyadwatch.config import Settings, load_settings
from dyadwatch.model import Article, Provenance, PublishedDate

from scoring import SAMPLE_ROOT, command_line, load_sample_gold, md_table, normalise, pairwise_prf

SWEEP = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--thresholds",
        default=",".join(str(t) for t in SWEEP),
        help="comma-separated story_threshold values to sweep (default: %(default)s)",
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first N headlines (by timestamp)")
    parser.add_argument("--json", metavar="OUT", help="also write the results to this JSON file")
    return parser.parse_args(argv)


# -- (a) UCI headlines ---------------------------------------------------------------------------------
def load_headlines(limit: int | None) -> list[dict[str, str]]:
    with UCI_CSV.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    rows.sort(key=lambda row: (int(row["TIMESTAMP"]), int(row["ID"])))
    return rows[:limit]


def headline_article(row: dict[str, str]) -> Article:
    """A headline-only article dated by its UTC timestamp."""
    day = datetime.fromtimestamp(int(row["TIMESTAMP"]) / 1000, tz=UTC).date().isoformat()
    return Article(
        text=row["TITLE"],
        title=row["TITLE"],
        provenance=Provenance(source=row["ID"], kind="file", sha256="-"),
        published=PublishedDate(value=day, grain="day", origin="input"),
    )


def configurations(thresholds: list[float], settings: Settings) -> list[tuple[float, float | object | None]]:
    """(story_threshold, same-day setting): the sweep as shipped (with the shipped same-day threshold, where
    this dyadwatch has one) and, for comparison, with no same-day relaxation."""
    configs: list[tuple[float, float | object | None]] = [(t, SHIPPED) for t in thresholds]
    if shipped_same_day_threshold(settings) is not None:
        configs += [(t, None) for t in thresholds]
    return configs


def label(threshold: float, same_day: float | object | None, settings: Settings) -> tuple[str, bool]:
    """A readable name for one configuration, and whether it is the shipped one."""
    value = shipped_same_day_threshold(settings) if same_day is SHIPPED else same_day
    shipped = threshold == settings.story_threshold and same_day is SHIPPED
    text = f"story {threshold}, same-day {value if value is not None else '-'}"
    return text + (" (shipped)" if shipped else ""), shipped


def cluster_headlines(rows: list[dict[str, str]], dedup: Any) -> tuple[dict[str, str], Counter[str]]:
    predicted: dict[str, str] = {}
    kinds: Counter[str] = Counter()
    for row in rows:
        verdict = dedup.assign(headline_article(row))
        kinds[verdict.kind] += 1
        predicted[row["ID"]] = verdict.story_id or f"unassigned:{row['ID']}"
    return predicted, kinds


def run_uci(thresholds: list[float], limit: int | None) -> dict[str, Any]:
    settings = load_settings()
    rows = load_headlines(limit)
    gold = {row["ID"]: row["STORY"] for row in rows}
    results = []
    started = time.perf_counter()
    baseline = {row["ID"]: normalise(row["TITLE"]) for row in rows}
    p, r, f1 = pairwise_prf(baseline, gold)
    results.append(
        {
            "system": "baseline: exact normalised title",
            "p": p,
            "r": r,
            "f1": f1,
            "clusters": len(set(baseline.values())),
            "seconds": time.perf_counter() - started,
        }
    )
    for threshold, same_day in configurations(thresholds, settings):
        dedup = make_deduplicator(settings, threshold, same_day)
        started = time.perf_counter()
        predicted, kinds = cluster_headlines(rows, dedup)
        seconds = time.perf_counter() - started
        p, r, f1 = pairwise_prf(predicted, gold)
        results.append(
            {
                "system": "dyadwatch " + label(threshold, same_day, settings)[0],
                "p": p,
                "r": r,
                "f1": f1,
                "clusters": len(set(predicted.values())),
                "verdicts": dict(kinds),
                "seconds": seconds,
            }
        )
    return {"headlines": len(rows), "stories": len(set(gold.values())), "results": results}


def report_uci(result: dict[str, Any]) -> None:
    print(
        f"## (a) uci-news-aggregator-sample: {result['headlines']} headlines, {result['stories']} gold stories "
        "(pairwise P/R/F1)\n"
    )
    rows = [
        [
            item["system"],
            item["p"],
            item["r"],
            item["f1"],
            item["clusters"],
            ", ".join(f"{k} {v}" for k, v in sorted(item.get("verdicts", {}).items())),
            item["seconds"],
        ]
        for item in result["results"]
    ]
    print(md_table(["system", "pairwise P", "pairwise R", "pairwise F1", "clusters", "verdicts", "seconds"], rows))
    print()


# -- (b) the sample corpus -----------------------------------------------------------------------------
def run_sample_stories(thresholds: list[float]) -> dict[str, Any]:
    gold_records = load_sample_gold(SAMPLE_ROOT)
    gold = {key: record["story"] for key, record in gold_records.items() if record.get("story")}
    settings = load_settings()
    results = []
    for threshold, same_day in configurations(sorted({*thresholds, settings.story_threshold}), settings):
        dedup = make_deduplicator(settings, threshold, same_day)
        name, shipped = label(threshold, same_day, settings)
        pipeline = Pipeline(CleanOptions(min_words=settings.min_words), dedup)
        started = time.perf_counter()
        records = run_sample(SAMPLE_ROOT, settings, pipeline)
        predicted = {
            record.key: record.processed.outcome.verdict.story_id
            for record in records
            if record.processed.outcome.verdict is not None and record.processed.outcome.verdict.story_id
        }
        p, r, f1 = pairwise_prf(predicted, gold)
        results.append(
            {
                "setting": name,
                "shipped": shipped,
                "p": p,
                "r": r,
                "f1": f1,
                "clusters": len({predicted.get(key, key) for key in gold}),
                "seconds": time.perf_counter() - started,
                "split": _disagreements(predicted, gold),
            }
        )
    return {"records": len(gold), "stories": len(set(gold.values())), "results": results}


def _disagreements(predicted: dict[Any, str], gold: dict[Any, str]) -> list[str]:
    """Gold stories that our ids split, and our stories that merge several gold stories."""
    notes = []
    by_gold: dict[str, set[str]] = {}
    by_ours: dict[str, set[str]] = {}
    for key, story in gold.items():
        ours = predicted.get(key, f"none:{key}")
        by_gold.setdefault(story, set()).add(ours)
        by_ours.setdefault(ours, set()).add(story)
    notes += [f"split: {story} into {len(ids)} ids" for story, ids in sorted(by_gold.items()) if len(ids) > 1]
    notes += [f"merged: {' + '.join(sorted(stories))}" for stories in by_ours.values() if len(stories) > 1]
    return notes


def report_sample(result: dict[str, Any]) -> None:
    print(f"## (b) sample corpus: {result['records']} gold records in {result['stories']} stories (full Pipeline)\n")
    rows = [
        [
            item["setting"],
            item["p"],
            item["r"],
            item["f1"],
            item["clusters"],
            item["seconds"],
        ]
        for item in result["results"]
    ]
    print(md_table(["setting", "pairwise P", "pairwise R", "pairwise F1", "clusters", "seconds"], rows))
    shipped = next((item for item in result["results"] if item["shipped"]), None)
    if shipped and shipped["split"]:
        print("\nDisagreements at the shipped threshold:\n")
        print("\n".join(f"- {note}" for note in shipped["split"]))
    print()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    thresholds = [float(value) for value in args.thresholds.split(",") if value.strip()]
    command = command_line(["benchmarks/stories.py", *argv])
    print(f"`{command}`\n")
    payload: dict[str, Any] = {"command": command}
    started = time.perf_counter()
    if not missing(UCI_CSV, "(a) uci-news-aggregator-sample"):
        payload["uci"] = run_uci(thresholds, args.limit)
        report_uci(payload["uci"])
    if not load_sample_gold(SAMPLE_ROOT):
        print(f"> skipped (b): no gold under {SAMPLE_ROOT / 'gold'}")
    else:
        payload["sample"] = run_sample_stories(thresholds)
        report_sample(payload["sample"])
    payload["seconds"] = time.perf_counter() - started
    print(f"elapsed: {payload['seconds']:.1f} s")
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
