"""Time expressions: a parsed `Expr` resolved against its `Context` into TIMEX3 fields, and `normalise`."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .grammar import Context, Expr, Normalised, Parts, _parse
from .vocabulary import _REL_OFFSETS, _SEASON_START

if TYPE_CHECKING:
    from collections.abc import Callable


# -- values ----------------------------------------------------------------------------------------
_VALUE_PARTS = re.compile(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T|-(?:W|SU|SP|FA|WI|Q|H))")


def _parts(value: str | None) -> Parts | None:
    """(year, month, day) of a date value ("2019", "2019-07", "2019-07-04"); a week, season or quarter gives
    its year; None for anything else."""
    match = _VALUE_PARTS.match(value) if isinstance(value, str) else None
    if not match:
        return None
    year, month, day = (int(group) if group else None for group in match.groups())
    return year or 0, month, day


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str | None:
    if not 0 < year < 10000:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "Feb. 30": keep what is certain
        return f"{year:04d}-{month:02d}"


def _grain(value: str | None) -> str:
    return {4: "year", 7: "month"}.get(len(value or ""), "day")


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _as_date(parts: Parts | None) -> date | None:
    if parts is None or parts[1] is None or parts[2] is None:
        return None
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def _shifted(base: Parts, unit: str, count: float, keep_day: bool = False) -> tuple[str | None, str]:
    """`base` moved by `count` units, at the unit's grain and never finer than the base: (value, grain)."""
    year, month, day = base
    whole = int(count)
    if count != whole:
        return None, unit
    if unit in ("year", "decade", "century"):
        years = year + whole * {"year": 1, "decade": 10, "century": 100}[unit]
        value = _fmt(years, month, day) if keep_day else _fmt(years)
        return value, _grain(value)
    if unit in ("month", "quarter"):
        if month is None:
            return None, "month"
        y, m = _add_months(year, month, whole * (3 if unit == "quarter" else 1))
        value = _fmt(y, m, day) if keep_day else _fmt(y, m)
        return value, _grain(value)
    as_date = _as_date(base)
    if as_date is None:  # a day-sized shift from a month: the month is the best we know
        return _fmt(year, month), _grain(_fmt(year, month))
    moved = as_date + timedelta(days={"week": 7, "fortnight": 14, "day": 1}.get(unit, 0) * whole)
    return (_week(moved), "week") if unit in ("week", "fortnight") else (moved.isoformat(), "day")


# -- resolution ------------------------------------------------------------------------------------
_FINEST = {"month": 1, "quarter": 1, "week": 2, "weekend": 2, "day": 2, "fortnight": 2}  # index into Parts


def _base(ctx: Context, rel: str | None, unit: str | None = None) -> tuple[Parts | None, str]:
    """What a relative expression counts from: the date in focus for anaphora, else publication. "The same
    day" after "in July" counts from the last date in focus that has a day."""
    focus = ctx.focus
    if focus is not None and unit is not None and focus[_FINEST.get(unit, 0)] is None:
        focus = ctx.fine[_FINEST[unit] - 1]
    if focus is not None and (rel in ("focus", "following", "previous") or (rel == "either" and not ctx.future)):
        return focus, "discourse"
    return ctx.published, "published"


def _resolve_fixed(expr: Expr, ctx: Context) -> Normalised:
    return Normalised(expr.value, expr.type, expr.grain)


def _resolve_date(expr: Expr, ctx: Context) -> Normalised:
    value = _fmt(expr.year or 0, expr.month, expr.day)
    return Normalised(value, grain=_grain(value))


def _nearest_year(published: Parts, month: int, day: int | None, future: bool) -> int:
    """The year of the nearest such month (and day) not after publication, or not before it when future."""
    year, pub_month, pub_day = published
    if pub_month is None:
        return year
    here, there = (pub_month, pub_day or 0), (month, day or 0)
    if day is None or pub_day is None:
        here, there = (pub_month, 0), (month, 0)
    if future:
        return year if there >= here else year + 1
    return year if there <= here else year - 1


def _resolve_month(expr: Expr, ctx: Context) -> Normalised:
    """A month (and day) written without a year: "June 4", "last July", "that November", "May last year"."""
    month, day, grain = expr.month or 1, expr.day, expr.grain
    if expr.unit == "year":  # the phrase gives the year
        base, anchor = _base(ctx, expr.rel)
        year = base[0] + _REL_OFFSETS.get(expr.rel or "", 0) if base else None
        return Normalised(_fmt(year, month, day) if year else None, grain=grain, anchor=anchor)
    if expr.rel in ("focus", "following", "previous") and ctx.focus is not None:
        year, focus_month, _ = ctx.focus
        if focus_month and expr.rel == "following":
            year += month <= focus_month
        elif focus_month and expr.rel == "previous":
            year -= month >= focus_month
        return Normalised(_fmt(year, month, day), grain=grain, anchor="discourse")
    if expr.rel is None and ctx.local is not None:
        return Normalised(_fmt(ctx.local[0], month, day), grain=grain, anchor="discourse")
    if ctx.published is None:
        return Normalised(None, grain=grain, anchor="published")
    year, pub_month, _ = ctx.published
    if expr.rel == "last" and pub_month:
        year -= month >= pub_month
    elif expr.rel in ("next", "either") and pub_month:
        year += month <= pub_month
    elif expr.rel != "this":
        year = _nearest_year(ctx.published, month, day, ctx.future)
    return Normalised(_fmt(year, month, day), grain=grain, anchor="published")


def _resolve_dom(expr: Expr, ctx: Context) -> Normalised:
    """A day of the month alone (Japanese/Korean "30日"): in the month in focus, or of publication."""
    base, anchor = (ctx.focus, "discourse") if ctx.focus and ctx.focus[1] else (ctx.published, "published")
    if base is None or base[1] is None:
        return Normalised(None, anchor=anchor)
    return Normalised(_fmt(base[0], base[1], expr.day), anchor=anchor)


def _resolve_weekday(expr: Expr, ctx: Context) -> Normalised:
    """ "Friday": the nearest on or before publication, or on or after it when the verb is future; "last" and
    "next" skip publication day itself; "the following Monday" counts from the date in focus."""
    base, anchor = (ctx.focus, "discourse") if expr.rel == "following" and ctx.focus else (ctx.published, "published")
    today = _as_date(base)
    if today is None:
        return Normalised(None, expr.type, anchor=anchor)
    gap = (expr.day or 1) - today.isoweekday()
    strict = 7 if expr.rel else 0
    if expr.rel == "this":
        delta = gap
    elif expr.rel in ("next", "following", "either") or (expr.rel is None and ctx.future):
        delta = gap % 7 or strict
    else:
        delta = -((-gap) % 7 or strict)
    value = (today + timedelta(days=delta)).isoformat()
    return Normalised(value + (f"T{expr.part}" if expr.part else ""), expr.type, anchor=anchor)


def _resolve_rel(expr: Expr, ctx: Context) -> Normalised:
    """ "this week", "last year", "the following month", "that day", "today", "this fiscal year"."""
    base, anchor = _base(ctx, expr.rel, expr.unit)
    unit, offset = expr.unit or "day", int(expr.offset or 0)
    if base is None:
        return Normalised(None, expr.type, {"weekend": "week"}.get(unit, unit), anchor=anchor)
    year, month, _ = base
    if expr.rel == "new":  # "the new year": the coming one late in a year, else the current one
        return Normalised(str(year + ((month or 0) >= 9)), grain="year", anchor=anchor)
    if unit == "decade":
        return Normalised(str(year // 10 + offset), grain="decade", anchor=anchor)
    if unit == "century":
        return Normalised(f"{year // 100 + offset:02d}", grain="century", anchor=anchor)
    if unit == "quarter" and month is not None:
        y, m = _add_months(year, month, 3 * offset)
        return Normalised(f"{y:04d}-Q{(m - 1) // 3 + 1}", grain="quarter", anchor=anchor)
    if unit == "weekend":
        value, _ = _shifted(base, "week", offset)
        return Normalised(f"{value}-WE" if value and "W" in value else value, grain="week", anchor=anchor)
    value, grain = _shifted(base, unit, offset)
    if expr.part and value and grain == "day":
        value += f"T{expr.part}"
    return Normalised(value, expr.type, grain, anchor=anchor)


def _resolve_shift(expr: Expr, ctx: Context) -> Normalised:
    """ "two years ago" (from publication), "a day later" (from the date in focus)."""
    base, anchor = _base(ctx, expr.rel, expr.unit)
    if base is None:
        return Normalised(None, grain=expr.grain, anchor=anchor)
    if expr.unit in ("hour", "minute", "second"):  # "six hours later": still the day in focus, as best we know
        return Normalised(_fmt(*base), grain=_grain(_fmt(*base)), anchor=anchor)
    unit = expr.unit or "day"
    value, grain = _shifted(base, unit, expr.offset or 0, keep_day=expr.grain == "day" and unit != "day")
    return Normalised(value, grain=grain, anchor=anchor)


def _period_year(start: int, length: int, rel: str | None, ctx: Context) -> tuple[int | None, str]:
    """The year of a period that starts in month `start` and lasts `length` months (a season, quarter or
    half) written without one: from the date in focus or the paragraph's narrative date, else the nearest
    one to publication in the direction of the tense ("last summer", "next spring", "the third quarter")."""
    if rel in ("focus", "following", "previous") and ctx.focus is not None:
        return ctx.focus[0] + {"following": 1, "previous": -1}.get(rel, 0), "discourse"
    if rel is None and ctx.local is not None:
        return ctx.local[0], "discourse"
    if ctx.published is None:
        return None, "published"
    year, month, _ = ctx.published
    if month is None or rel == "this":
        return year, "published"
    now = year * 12 + month
    begins, ends = year * 12 + start, year * 12 + start + length - 1
    if rel == "last":
        return (year if ends < now else year - 1), "published"
    if rel in ("next", "either"):
        return (year if begins > now else year + 1), "published"
    if ctx.future:
        return (year if ends >= now else year + 1), "published"
    return (year if begins <= now else year - 1), "published"


def _resolve_season(expr: Expr, ctx: Context) -> Normalised:
    code = expr.unit or "SU"
    year, anchor = (expr.year, "absolute") if expr.year else _period_year(_SEASON_START[code], 3, expr.rel, ctx)
    return Normalised(f"{year:04d}-{code}" if year else None, grain="season", anchor=anchor)


def _resolve_quarter(expr: Expr, ctx: Context) -> Normalised:
    """ "the third quarter", "the first half of 2019", "Q2 2024", "the fourth quarter of last year"."""
    number, length = int(expr.offset or 1), 6 if expr.kind == "half" else 3
    code = f"{'H' if expr.kind == 'half' else 'Q'}{number}"
    if expr.year:
        return Normalised(f"{expr.year:04d}-{code}", grain=expr.kind)
    if expr.rel in ("this", "last", "next") and ctx.published:  # "of this/last/next year"
        year = ctx.published[0] + _REL_OFFSETS.get(expr.rel, 0)
        return Normalised(f"{year:04d}-{code}", grain=expr.kind, anchor="published")
    year, anchor = _period_year((number - 1) * length + 1, length, None, ctx)
    return Normalised(f"{year:04d}-{code}" if year else None, grain=expr.kind, anchor=anchor)


def _resolve_range(expr: Expr, ctx: Context) -> Normalised:
    """Both ends resolved; an end written without a year takes the start's ("Aug. 23 to 24")."""
    start, end = expr.items
    first = _resolve(start, ctx)
    begun = _parts(first.value)
    if end.kind == "month" and end.unit is None and begun and end.month:
        end = replace(end, kind="date", year=begun[0] + (begun[1] is not None and end.month < begun[1]))
    last = _resolve(end, ctx)
    anchors = {first.anchor, last.anchor}
    anchor = "discourse" if "discourse" in anchors else "published" if "published" in anchors else "absolute"
    return Normalised(first.value, "DATE", "range", last.value, anchor=anchor)


def _resolve_mod(expr: Expr, ctx: Context) -> Normalised:
    return _resolve(expr.items[0], ctx)._replace(mod=expr.mod)


def _resolve_fallback(expr: Expr, ctx: Context) -> Normalised:
    relative = bool(re.search(r"\b(?:ago|yesterday|tomorrow|last|next|this|later|earlier)\b", expr.text))
    if not ctx.fallback or (relative and ctx.published is None):
        return Normalised(None, anchor="published" if relative else "absolute")
    value, grain, filled = _dateparser_value(expr.text, ctx.published, ctx.future)
    anchor = "published" if relative or filled else "absolute"
    if value is None or (filled and ctx.published is None):
        return Normalised(None, anchor=anchor)
    return Normalised(value, grain=grain, anchor=anchor)


_RESOLVERS: dict[str, Callable[[Expr, Context], Normalised]] = {
    "fixed": _resolve_fixed,
    "date": _resolve_date,
    "month": _resolve_month,
    "dom": _resolve_dom,
    "weekday": _resolve_weekday,
    "rel": _resolve_rel,
    "shift": _resolve_shift,
    "season": _resolve_season,
    "quarter": _resolve_quarter,
    "half": _resolve_quarter,
    "range": _resolve_range,
    "mod": _resolve_mod,
    "fallback": _resolve_fallback,
}


def _resolve(expr: Expr, ctx: Context) -> Normalised:
    try:
        return _RESOLVERS[expr.kind](expr, ctx)
    except (ValueError, OverflowError):  # arithmetic off the calendar ("a billion days later")
        return Normalised(None, expr.type, expr.grain)


# -- the dateparser fallback -----------------------------------------------------------------------
@lru_cache(maxsize=16)
def _date_parser(base: datetime, prefer: str) -> Any:
    from dateparser.date import DateDataParser  # loaded on first need: it costs a fifth of a second

    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings | {"PREFER_DAY_OF_MONTH": "first"})


@lru_cache(maxsize=2048)
def _dateparser_value(text: str, published: Parts | None, future: bool) -> tuple[str | None, str, bool]:
    """(value, grain, whether the year was filled in from the base rather than read) for a phrasing the
    grammar does not know; (None, "day", False) when dateparser reads nothing or fails."""
    year, month, day = published or (2000, 1, 1)
    try:
        data = _date_parser(datetime(year, month or 1, day or 1), "future" if future else "past").get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input: this expression is skipped, not the text
        return None, "day", False
    if data is None or data.date_obj is None:
        return None, "day", False
    found, period = data.date_obj.date(), data.period or "day"
    parts = getattr(data, "parts", None)  # dateparser >= 1.5 says which parts the text gave
    filled = "year" not in parts if parts is not None else not re.search(r"\d{4}", text)
    if period == "year":
        return f"{found.year:04d}", "year", filled
    if period == "month":
        return f"{found.year:04d}-{found.month:02d}", "month", filled
    if period == "week":
        return _week(found), "week", filled
    return found.isoformat(), "day", filled


# -- the public normaliser -------------------------------------------------------------------------
def normalise(text: str, anchor: str | None, focus: str | None = None, future: bool = False) -> Normalised:
    """TIMEX3 fields of one expression on its own: `anchor` is the publication date ("YYYY[-MM[-DD]]" or
    None), `focus` the date last in focus (for "that November", "a day later"), `future` whether its clause
    is future. Text that is not a time expression gives value None."""
    expr = _parse(text) if isinstance(text, str) else None
    if expr is None:
        return Normalised(None)
    at = _parts(focus)
    fine = (at if at and at[1] else None, at if at and at[2] else None)
    return _resolve(expr, Context(_parts(anchor), at, fine, future=future))
