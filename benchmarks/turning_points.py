"""Turning points: does the index move where the curated timeline (kb/timeline.toml) says relations turned?

The sample corpus is ingested into a temporary SQLite file; the pair's index is built from its events (each
counted once, at its own date: a 2019 sanction recalled in a 2025 op-ed counts in 2019), change points are
found with `dyadwatch.analysis.turning.turning_points`, and each curated entry inside the series' span is a
hit when a turning point lies within ±1 period of it.

Hit rate alone flatters a detector that fires everywhere, so the table also gives the chance rate: the
share of the series' periods that lie within ±1 period of some turning point, which is the hit rate a
detector with the same number of turning points placed at random would expect. Precision is the share of
turning points within ±1 period of a curated entry.

Run from the repository root: python benchmarks/turning_points.py [--db sqlite:///existing.db]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import dyadwatch
from dyadwatch.analysis.turning import match_timeline, turning_points
from dyadwatch.kb.timeline import curated_timeline

from scoring import SAMPLE_ROOT, command_line, md_table

SETTINGS = [  # (grain, smooth, since): the sample's events are dense enough from 2010 on
    ("quarter", 1, "2010"),
    ("month", 3, "2015"),
    ("year", 1, "1990"),
]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", help="use this store instead of ingesting the sample into a temporary one")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/turning_points.py', *argv])}`\n")
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or f"sqlite:///{Path(folder) / 'sample.db'}"
        if not args.db:
            dyadwatch.ingest(SAMPLE_ROOT, db=db)
        rows, details = [], []
        for grain, smooth, since in SETTINGS:
            series = dyadwatch.index(grain=grain, smooth=smooth, since=since, db=db)
            found = turning_points(series, smoothed=smooth > 1)
            matches = match_timeline(found, curated_timeline(), series)
            hits = [m for m in matches if m.turning_point]
            where = {p.period: i for i, p in enumerate(series.points)}
            covered = {i for t in found for i in range(where[t.period] - 1, where[t.period] + 2)}
            covered &= set(range(len(series.points)))
            near_entry = {
                t.period for t in found
                if any(abs(where[t.period] - where[m.period]) <= 1 for m in matches)
            }  # fmt: skip
            rows.append([
                f"{grain}{f', smoothed over {smooth}' if smooth > 1 else ''}, from {since}", len(series.points),
                len(found), len(matches), len(hits) / max(len(matches), 1), len(covered) / max(len(series.points), 1),
                len(near_entry) / max(len(found), 1),
            ])  # fmt: skip
            details.append((grain, smooth, since, found, matches))
    print("## Turning points against the curated timeline (sample corpus)\n")
    print(md_table(["series", "periods", "turning points", "curated entries in span", "hit rate (±1)",
                    "chance rate", "precision (±1)"], rows))  # fmt: skip
    for grain, smooth, since, found, matches in details:
        print(f"\n### {grain}{f', smoothed over {smooth}' if smooth > 1 else ''}, from {since}\n")
        print(md_table(["turning point", "before", "after", "change"],
                       [[t.period, t.before, t.after, t.change] for t in found]))  # fmt: skip
        print()
        print(md_table(["curated entry", "date", "tone", "turning point within ±1"],
                       [[m.entry.title, m.entry.date, m.entry.tone, m.turning_point or "—"] for m in matches]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
