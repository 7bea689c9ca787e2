"""The curated timeline of the pair (kb/timeline.toml): what an index over time should move at."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import load_toml

CATEGORIES = {"agreement", "summit", "apology", "court", "trade", "security", "territory", "history", "protest",
              "politics"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    date: str  # YYYY-MM-DD, YYYY-MM or YYYY
    title: str
    category: str
    tone: int  # +1 warmer, -1 cooler, 0 neither
    actors: tuple[str, ...]


@cache
def curated_timeline() -> tuple[TimelineEntry, ...]:
    entries = []
    for row in load_toml("timeline.toml").get("event", ()):
        if row["category"] not in CATEGORIES:
            raise ValueError(f"kb/timeline.toml: unknown category {row['category']!r} for {row['date']}")
        entries.append(
            TimelineEntry(row["date"], row["title"], row["category"], int(row.get("tone", 0)), tuple(row["actors"]))
        )
    return tuple(sorted(entries, key=lambda e: e.date))
