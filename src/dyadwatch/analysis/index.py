"""The cooperation–conflict index of a pair over time, from stored events.

Each event counts once (one real-world event however many articles report it: the rows passed in are the
store's distinct events) at **its own date**, never at the publication date of the article that recalled
it. Historical (background) events are counted at their own date, or left out on request. An event is
weighted on PLOVER's −10…+10 scale by type and mode (`docs/plover.md`).

Per period: the number of events, the sum of positive weights (cooperation), the sum of negative weights
(conflict), their sum (net), and `value`, the net after the chosen normalisation:
  - `none`: the net as it is (grows with news volume);
  - `events`: the mean weight per event (−10…+10), the tone of the relationship regardless of volume;
  - `articles`: the net per stored article published in the period (volume as the press covered it).
`smoothed` is the trailing mean of `value` over the last `smooth` periods (periods without events count as
0 for `none` and `articles`, and are skipped for `events`, whose mean is undefined there).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .periods import check_grain, period_end, period_of, period_start, periods_between

NORMALISATIONS = ("none", "events", "articles")


@dataclass(frozen=True, slots=True)
class IndexPoint:
    period: str
    start: str
    end: str
    events: int
    cooperation: float
    conflict: float
    net: float
    articles: int | None  # stored articles published in the period (None when volume was not given)
    value: float | None
    smoothed: float | None


@dataclass(frozen=True, slots=True)
class IndexSeries:
    grain: str
    direction: str
    normalise: str
    include_historical: bool
    points: list[IndexPoint] = field(default_factory=list)
    coarse: int = 0  # events dated only to a coarser grain than the series ("2019" in a monthly index)
    historical_left_out: int = 0


def direction_filter(direction: str, pair: tuple[str, str]) -> tuple[str, str] | None:
    """None for "both"; (source country, target country) for "KOR>JPN"."""
    if direction == "both":
        return None
    source, _, target = direction.partition(">")
    if {source, target} != set(pair) or source == target:
        first, second = pair
        raise ValueError(f"direction must be both, {first}>{second} or {second}>{first}, not {direction!r}")
    return source, target


def cooperation_conflict_index(
    events: Iterable[Mapping[str, Any]],
    *,
    pair: tuple[str, str],
    grain: str = "month",
    direction: str = "both",
    include_historical: bool = True,
    normalise: str = "none",
    smooth: int = 1,
    volume: Mapping[str, int] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> IndexSeries:
    """The index from event rows (`date`, `source`, `target`, `weight`, `historical`), or from totals the
    store summed per date and direction (`events`, `cooperation`, `conflict` instead of `weight`); `volume`
    maps each period to the number of articles published in it (needed for `normalise="articles"`)."""
    check_grain(grain)
    if normalise not in NORMALISATIONS:
        raise ValueError(f"normalise must be one of {', '.join(NORMALISATIONS)}, not {normalise!r}")
    if normalise == "articles" and volume is None:
        raise ValueError("normalise='articles' needs the volume of articles per period")
    if smooth < 1:
        raise ValueError(f"smooth must be 1 or more periods, not {smooth}")
    wanted = direction_filter(direction, pair)
    # "--since 2019" in a monthly index starts at 2019-01; "--until 2019" ends at 2019-12
    first_wanted = period_of(since, grain) or (since[:4] if since else None)
    last_wanted = period_of(until, grain) or (until[:4] + "\uffff" if until else None)
    totals: dict[str, list[float]] = {}  # period → [events, cooperation, conflict]
    coarse = historical_left_out = 0
    for event in events:
        countries = (_country(event["source"]), _country(event["target"]))
        if set(countries) != set(pair) or (wanted is not None and countries != wanted):
            continue
        count = int(event.get("events", 1))
        if event["historical"] and not include_historical:
            historical_left_out += count
            continue
        period = period_of(event["date"], grain)
        if period is None:
            coarse += count
            continue
        if (first_wanted and period < first_wanted) or (last_wanted and period > last_wanted):
            continue
        slot = totals.setdefault(period, [0, 0.0, 0.0])
        slot[0] += count
        if "cooperation" in event:  # totals summed by the store
            slot[1] += float(event["cooperation"] or 0.0)
            slot[2] += float(event["conflict"] or 0.0)
        else:
            weight = float(event["weight"])
            slot[1 if weight > 0 else 2] += weight
    series = IndexSeries(grain, direction, normalise, include_historical, coarse=coarse,
                         historical_left_out=historical_left_out)  # fmt: skip
    if not totals:
        return series
    first, last = min(totals), max(totals)
    values: list[float | None] = []
    for period in periods_between(first, last, grain):
        count, cooperation, conflict = totals.get(period, [0, 0.0, 0.0])
        net = cooperation + conflict
        articles = volume.get(period, 0) if volume is not None else None
        value = _normalised(net, int(count), articles, normalise)
        values.append(value)
        series.points.append(IndexPoint(
            period=period, start=period_start(period, grain).isoformat(), end=period_end(period, grain).isoformat(),
            events=int(count), cooperation=round(cooperation, 2), conflict=round(conflict, 2), net=round(net, 2),
            articles=articles, value=None if value is None else round(value, 3),
            smoothed=_trailing_mean(values, smooth),
        ))  # fmt: skip
    return series


def _normalised(net: float, count: int, articles: int | None, normalise: str) -> float | None:
    if normalise == "events":
        return net / count if count else None
    if normalise == "articles":
        return net / articles if articles else (0.0 if not count else None)
    return net


def _trailing_mean(values: list[float | None], window: int) -> float | None:
    recent = [v for v in values[-window:] if v is not None]
    return round(sum(recent) / len(recent), 3) if recent else None


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]
