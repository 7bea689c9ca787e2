"""The curated timeline of the pair (kb/timeline.toml): what an index over time should move at."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from . import load_toml

# The PLOVER types an extracted event may have to join a curated entry of each category ("the export curbs"
# entry takes the SANCTION events of its day, not the talks held the same day).
CATEGORY_TYPES = {
    "agreement": {"AGREE", "COOPERATE", "CONSULT", "SUPPORT"},
    "summit": {"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "CONCEDE"},
    "apology": {"CONCEDE", "SUPPORT", "AGREE"},
    "court": {"COERCE", "ACCUSE", "REJECT", "PROTEST"},
    "trade": {"SANCTION", "RETREAT", "ACCUSE", "PROTEST", "THREATEN", "REJECT"},
    "security": {"COOPERATE", "AGREE", "SANCTION", "RETREAT", "MOBILIZE", "ACCUSE", "THREATEN"},
    "territory": {"REJECT", "ACCUSE", "PROTEST", "THREATEN", "MOBILIZE"},
    "history": {"CONCEDE", "REJECT", "ACCUSE", "PROTEST", "SUPPORT", "AGREE"},
    "protest": {"PROTEST", "ACCUSE", "SANCTION", "REJECT"},
    "politics": {"CONSULT", "SUPPORT", "ACCUSE"},
}
CATEGORIES = set(CATEGORY_TYPES)


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
