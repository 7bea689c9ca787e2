"""Calendar periods of one grain (day, week, month, quarter, year) as sortable labels.

Labels: day `2019-07-04`, ISO week `2019-W27`, month `2019-07`, quarter `2019-Q3`, year `2019`. A date coarser
than the grain ("2019" in a monthly series) has no period at that grain: callers count such dates apart
rather than guess a month for them.
"""

from __future__ import annotations

from datetime import date, timedelta

GRAINS = ("day", "week", "month", "quarter", "year")


def check_grain(grain: str) -> str:
    if grain not in GRAINS:
        raise ValueError(f"grain must be one of {', '.join(GRAINS)}, not {grain!r}")
    return grain


def period_of(value: str | None, grain: str) -> str | None:
    """The period a (possibly partial) ISO date falls in, or None when the date is coarser than the grain."""
    if not value or len(value) < 4 or not value[:4].isdigit():
        return None
    if grain == "year":
        return value[:4]
    if len(value) < 7:
        return None
    if grain == "month":
        return value[:7]
    if grain == "quarter":
        return f"{value[:4]}-Q{(int(value[5:7]) - 1) // 3 + 1}"
    if len(value) < 10:
        return None
    day = date.fromisoformat(value[:10])
    if grain == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return value[:10]


def period_start(period: str, grain: str) -> date:
    if grain == "year":
        return date(int(period), 1, 1)
    if grain == "quarter":
        return date(int(period[:4]), (int(period[-1]) - 1) * 3 + 1, 1)
    if grain == "month":
        return date(int(period[:4]), int(period[5:7]), 1)
    if grain == "week":
        return date.fromisocalendar(int(period[:4]), int(period[6:]), 1)
    return date.fromisoformat(period)


def next_period(period: str, grain: str) -> str:
    start = period_start(period, grain)
    if grain == "day":
        following = start + timedelta(days=1)
    elif grain == "week":
        following = start + timedelta(days=7)
    elif grain == "year":
        following = date(start.year + 1, 1, 1)
    else:
        months = 3 if grain == "quarter" else 1
        month = start.month - 1 + months
        following = date(start.year + month // 12, month % 12 + 1, 1)
    found = period_of(following.isoformat(), grain)
    assert found is not None
    return found


def period_end(period: str, grain: str) -> date:
    return period_start(next_period(period, grain), grain) - timedelta(days=1)


def periods_between(first: str, last: str, grain: str) -> list[str]:
    """Every period from first to last inclusive, so that a series has no silent gaps."""
    found = [first]
    while found[-1] < last:
        found.append(next_period(found[-1], grain))
    return found
