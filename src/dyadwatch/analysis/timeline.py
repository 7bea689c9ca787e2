"""The pair's timeline: the curated entries of kb/timeline.toml merged with the events read from articles.

An extracted event joins a curated entry when their dates agree at the coarser grain of the two ("2019-07"
joins an entry of 2019-07-01; "2019-07-04" does not join one of 2019-07-01), its two countries are among
the entry's actors and its type fits the entry's category (kb.timeline.CATEGORY_TYPES); of several
entries it fits, the most precisely dated wins. Events that join no entry are grouped by date, the two
countries (either direction) and type, and kept when strong enough (|weight| ≥ min_weight), so that a year
of talks and statements does not bury the sanctions and summits.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..kb.timeline import CATEGORY_TYPES, TimelineEntry


@dataclass(slots=True)
class TimelineItem:
    date: str
    origin: str  # curated | extracted | both
    title: str | None = None  # the curated entry's title
    category: str | None = None
    tone: int | None = None
    countries: str = ""  # "JPN–KOR": the dyad, either direction
    types: list[str] = field(default_factory=list)
    events: int = 0
    articles: int = 0
    weight: float = 0.0
    identity: str | None = None  # the strongest joined event, for its evidence sentence
    _strongest: float = 0.0


def merged_timeline(
    events: Iterable[Mapping[str, Any]],
    curated: Sequence[TimelineEntry],
    *,
    pair: tuple[str, str],
    since: str | None = None,
    until: str | None = None,
    min_weight: float = 4.0,
    include_historical: bool = True,
) -> list[TimelineItem]:
    entries = [e for e in curated if _within(e.date, since, until)]
    items = [
        TimelineItem(e.date, "curated", e.title, e.category, e.tone, "–".join(sorted({_country(a) for a in e.actors})))
        for e in entries
    ]
    # an event joins the most precisely dated entry it fits: 2019-07-01's export curbs before July's boycott
    finest_first = sorted(zip(entries, items, strict=True), key=lambda pair: -len(pair[0].date))
    grouped: dict[tuple[str, str, str], TimelineItem] = {}
    for event in events:
        countries = {_country(event["source"]), _country(event["target"])}
        if countries != set(pair) or not event["date"] or (event["historical"] and not include_historical):
            continue
        joined = next(
            (item for entry, item in finest_first
             if _same_date(entry.date, event["date"]) and countries <= {_country(a) for a in entry.actors}
             and event["type"] in CATEGORY_TYPES[entry.category]),
            None,
        )  # fmt: skip
        if joined is not None:
            joined.origin = "both"
            _add(joined, event)
        elif abs(event["weight"]) >= min_weight:
            key = (event["date"], "–".join(sorted(countries)), event["type"])
            item = grouped.setdefault(key, TimelineItem(key[0], "extracted", countries=key[1]))
            _add(item, event)
    return sorted([*items, *grouped.values()], key=lambda i: (i.date, i.origin != "curated" and i.origin != "both"))


def _add(item: TimelineItem, event: Mapping[str, Any]) -> None:
    item.events += 1
    item.articles += int(event.get("articles") or 1)
    item.weight = round(item.weight + float(event["weight"]), 2)
    if event["type"] not in item.types:
        item.types.append(event["type"])
    if abs(float(event["weight"])) > item._strongest:
        item._strongest = abs(float(event["weight"]))
        item.identity = event.get("identity")


def _same_date(a: str, b: str) -> bool:
    size = min(len(a), len(b))
    return a[:size] == b[:size]


def _within(value: str, since: str | None, until: str | None) -> bool:
    return (not since or value >= since) and (not until or value <= until + "\uffff")


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]
