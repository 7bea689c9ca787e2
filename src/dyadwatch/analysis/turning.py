"""Turning points of the index: where its level changes, found by change-point detection (ruptures, PELT
with a least-squares cost), and how well they line up with the curated timeline in kb/timeline.toml.

The penalty defaults to 2·log(n)·σ², σ estimated from the median absolute first difference: a BIC-like
choice that scales with the series, so a quiet series does not sprout turning points and a loud one is not
left with none. A turning point is the first period of a new segment, with the mean index before and after.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ..kb.timeline import TimelineEntry
from .index import IndexSeries
from .periods import period_of


@dataclass(frozen=True, slots=True)
class TurningPoint:
    period: str  # the first period of the new level
    before: float  # mean index over the segment before
    after: float  # mean index over the segment from here
    change: float


@dataclass(frozen=True, slots=True)
class TimelineMatch:
    entry: TimelineEntry
    period: str  # the entry's period at the series' grain
    turning_point: str | None  # the nearest turning point within the tolerance, if any


def turning_points(
    series: IndexSeries, *, penalty: float | None = None, min_size: int = 2, smoothed: bool = False
) -> list[TurningPoint]:
    """Change points of the series' `value` (or `smoothed`); periods without a value count as 0."""
    import ruptures

    values = [(p.smoothed if smoothed else p.value) for p in series.points]
    signal = np.array([v if v is not None else 0.0 for v in values], dtype=float)
    if len(signal) < 2 * min_size:
        return []
    if penalty is None:
        spread = float(np.median(np.abs(np.diff(signal)))) / 0.6745 / math.sqrt(2)
        if spread == 0:  # mostly flat (a sparse series): use the spread of the periods that moved
            moved = np.abs(np.diff(signal))
            spread = float(np.median(moved[moved > 0])) / 0.6745 / math.sqrt(2) if (moved > 0).any() else 0.0
        if spread == 0:
            return []
        penalty = 2 * math.log(len(signal)) * spread**2
    ends = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal.reshape(-1, 1)).predict(pen=penalty)
    found: list[TurningPoint] = []
    bounds = [0, *ends]  # ruptures gives each segment's end; the last is len(signal)
    for left, middle, right in zip(bounds, bounds[1:], bounds[2:], strict=False):
        before, after = float(signal[left:middle].mean()), float(signal[middle:right].mean())
        found.append(TurningPoint(series.points[middle].period, round(before, 3), round(after, 3),
                                  round(after - before, 3)))  # fmt: skip
    return found


def match_timeline(
    points: Sequence[TurningPoint], timeline: Sequence[TimelineEntry], series: IndexSeries, *, tolerance: int = 1
) -> list[TimelineMatch]:
    """For each curated entry inside the series' span (and dated finely enough for its grain), the turning
    point within `tolerance` periods of it, if any."""
    if not series.points:
        return []
    first, last = series.points[0].period, series.points[-1].period
    where = {p.period: i for i, p in enumerate(series.points)}
    detected = [where[p.period] for p in points if p.period in where]
    matches = []
    for entry in timeline:
        period = period_of(entry.date, series.grain)
        if period is None or not first <= period <= last:
            continue
        position = where[period]
        near = [d for d in detected if abs(d - position) <= tolerance]
        nearest = min(near, key=lambda d: abs(d - position)) if near else None
        matches.append(TimelineMatch(entry, period, series.points[nearest].period if nearest is not None else None))
    return matches

