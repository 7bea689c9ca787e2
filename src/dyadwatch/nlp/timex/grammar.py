"""Time expressions: the context-free reading of one expression (`_parse`) into an `Expr`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from .vocabulary import (
    _CENTURY_WORDS,
    _CJK_WORDS,
    _DATEISH,
    _DAY_WORDS,
    _DURATION_CODES,
    _MONTHS,
    _ORDINALS,
    _PARTS_OF_DAY,
    _REFS,
    _REL_OFFSETS,
    _REL_WORDS,
    _SEASONS,
    _SET_VALUES,
    _WEEKDAYS,
    _number,
    _unit_of,
)

if TYPE_CHECKING:
    from collections.abc import Callable

Parts = tuple[int, int | None, int | None]  # year, month, day


# -- the parsed form of one expression -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Expr:
    """What an expression says, before any anchoring (`_RESOLVERS` reads each kind)."""

    kind: str  # fixed date month dom weekday rel shift season quarter half range mod fallback
    year: int | None = None
    month: int | None = None
    day: int | None = None  # day of month; for weekdays, the ISO weekday
    unit: str | None = None
    offset: float | None = None  # signed count of units (for quarters and halves: which one)
    rel: str | None = None  # how a relative expression counts: a value of `_REL_WORDS`, or "new"
    part: str | None = None  # MO | AF | EV | NI: part of day, which makes a TIME
    value: str | None = None  # for fixed kinds: durations, refs, sets, decades, centuries
    type: str = "DATE"
    grain: str = "day"
    mod: str | None = None
    items: tuple[Expr, ...] = ()  # range: start and end; mod: the modified expression
    text: str = ""  # fallback: the cleaned text for dateparser


class Normalised(NamedTuple):
    """The TimeRef fields `normalise` fills (`end` is TimeRef.end_value)."""

    value: str | None
    type: str = "DATE"
    grain: str = "day"
    end: str | None = None
    mod: str | None = None
    anchor: str = "absolute"  # absolute | published | discourse


@dataclass(frozen=True, slots=True)
class Context:
    """What a relative expression is counted from."""

    published: Parts | None
    focus: Parts | None = None  # the date last in focus in the discourse
    fine: tuple[Parts | None, Parts | None] = (None, None)  # the last dates in focus with a month, with a day
    local: Parts | None = None  # a narrative date earlier in the same paragraph: gives bare months a year
    future: bool = False  # the governing verb is future, planned, or schedules in the present tense
    fallback: bool = True  # dateparser may still be called for this document


# -- grammar ---------------------------------------------------------------------------------------
_M = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_D = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?P<year>1\d{3}|20\d\d)"
_W = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)\.?"
_NUM = (
    r"(?P<num>\d{1,3}(?:,\d{3}){1,3}|\d{1,6}(?:\.\d{1,2})?|a couple of|couple of|a dozen|a hundred|one hundred|"
    r"hundreds of|a thousand|thousands of|a few|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|dozen|hundred|"
    r"thousand|a|an|several|few|many|some|numerous)"
)
_UNIT = (
    r"(?P<unit>years?|yrs?|months?|weeks?|days?|decades?|century|centuries|hours?|hrs?|minutes?|mins?|seconds?|"
    r"fortnights?|quarters?|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
)
_REL = r"(?P<rel>" + "|".join(sorted(map(re.escape, _REL_WORDS), key=len, reverse=True)) + ")"
_REL_UNITS = r"(?P<unit>year|month|week|weekend|decade|century|quarter|day|morning|afternoon|evening|night)"
_NUM_UNIT = rf"{_NUM}(?: |-)(?:(?:more|additional|straight|consecutive|full|long) )?{_UNIT}"
_DURATION_LEAD = (
    r"(?:(?:the|the past|the last|the next|the coming|the first|the final|the previous|the following|"
    r"the remaining|another|an additional|additional|a further|over the past|over the last|over the next|"
    r"for the past|for the last|in the past|in the last|during the past) )?"
)
_VAGUE_LEAD = (
    r"(?:(?:the|the past|the last|the next|the coming|recent|in recent|over the past|over the last|the past few|"
    r"the last few|the next few) )?"
)
_SET_UNITS = (
    r"(?P<what>years?|months?|weeks?|days?|decades?|summer|winter|spring|autumn|fall|seasons?|mornings?|"
    r"afternoons?|evenings?|nights?|weekends?)"
)

_CLEAN_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "‑": "-", "“": "", "”": "", '"': ""})
_CLEAN_EDGES = re.compile(r"^[\s,;:.(\[]+|[\s,;:!?)\]]+$|(?<!\d0)'s$|'$")  # "the 1990's" keeps its 's
_CLEAN_SPACE = re.compile(r"\s+")
_CLEAN_LEAD = re.compile(
    r"^(?:(?:on|in|at|since|by|during|until|till|before|after|of|for|within|throughout|around|about|"
    r"approximately|roughly|nearly|almost|just|only|more than|less than|fewer than|at least|up to|as early as|"
    r"as late as|as of|over|under|a mere|mere|barely|merely|some(?= \d))\s+)+"
)


def _clean(text: str) -> str:
    """Lower-cased, typographic quotes and dashes made plain, leading prepositions and hedges dropped."""
    cleaned = _CLEAN_SPACE.sub(" ", text.translate(_CLEAN_QUOTES).lower()).strip().replace("mid-", "mid ")
    for _ in range(3):  # an edge can uncover another ("(in 2019),")
        cleaned = _CLEAN_EDGES.sub("", cleaned)
        if not cleaned.startswith(("from ", "between ")):
            cleaned = _CLEAN_LEAD.sub("", cleaned)
    return cleaned.strip()


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _int(match: re.Match[str], name: str) -> int | None:
    value = _group(match, name)
    return int(value) if value else None


def _month(match: re.Match[str]) -> int:
    return _MONTHS[match["mon"][:3]]


def _rel_of(match: re.Match[str]) -> str | None:
    return _REL_WORDS.get(_group(match, "rel") or "")


def _set(value: str) -> Expr:
    return Expr("fixed", value=value, type="SET", grain="set")


def _date_expr(match: re.Match[str]) -> Expr:
    """A calendar date: with a year it is absolute, without one a month (and day) still to be anchored."""
    month = _month(match) if _group(match, "mon") else _int(match, "mn")
    year, day = _int(match, "year"), _int(match, "day")
    if month is not None and not 1 <= month <= 12:
        return Expr("none")
    if year is None:
        return Expr("month", month=month, day=day, grain="day" if day else "month")
    return Expr("date", year=year, month=month, day=day)


def _month_of_year_expr(match: re.Match[str]) -> Expr:
    """ "October last year", "December that year", "May 5 next year": the phrase gives the year."""
    day = _int(match, "day")
    return Expr("month", month=_month(match), day=day, rel=_rel_of(match), unit="year", grain="day" if day else "month")


def _rel_expr(match: re.Match[str]) -> Expr:
    """ "this week", "last month", "the following day", "that year", "this fiscal year", "the past week"."""
    phrase, unit = match["rel"], match["unit"]
    if phrase in ("the past", "the last") and unit in ("day", *_PARTS_OF_DAY):
        return Expr("none")  # "the last day of talks" is an ordinal, not yesterday
    if phrase == "the past" or (phrase in ("the next", "the coming") and unit in ("decade", "century")):
        return _duration(1, unit)
    part = _PARTS_OF_DAY.get(unit)
    rel = _REL_WORDS[phrase]
    offset = _REL_OFFSETS.get(rel, 0)
    return Expr("rel", unit="day" if part else unit, offset=offset, rel=rel, part=part, type="TIME" if part else "DATE")


def _duration(count: float | None, unit: str) -> Expr:
    prefix, letter, multiplier, vague = _DURATION_CODES[unit]
    if count is None:
        return Expr("fixed", value=vague, type="DURATION", grain="duration")
    amount = count * multiplier
    text = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return Expr("fixed", value=f"{prefix}{text}{letter}", type="DURATION", grain="duration")


def _duration_expr(match: re.Match[str]) -> Expr:
    count = _number(match["num"])
    if count is not None and _group(match, "half"):
        count += 0.5
    return _duration(count, _unit_of(match["unit"]))


def _shift_expr(match: re.Match[str]) -> Expr:
    """ "two years ago", "a day later", "eight years from now", "sixty years ago today", "years ago"."""
    direction = match["dir"]
    count = _number(_group(match, "num"))
    unit = _unit_of(match["unit"])
    if count is None:
        return Expr("fixed", value="PAST_REF" if direction == "ago" else None, grain="ref")
    offset = -count if direction in ("ago", "earlier", "before", "prior") else count
    rel = "last" if direction in ("ago", "from now", "hence") else "focus"
    return Expr("shift", unit=unit, offset=offset, rel=rel, grain="day" if _group(match, "today") else unit)


def _weekday_expr(match: re.Match[str]) -> Expr:
    part = _PARTS_OF_DAY.get(_group(match, "part") or "")
    weekday = _WEEKDAYS[match["wd"][:3]]
    return Expr("weekday", day=weekday, rel=_rel_of(match), part=part, type="TIME" if part else "DATE")


def _season_expr(match: re.Match[str]) -> Expr:
    season = _SEASONS[match["season"]]
    return Expr("season", year=_int(match, "year"), unit=season, rel=_rel_of(match), grain="season")


def _quarter_expr(match: re.Match[str]) -> Expr:
    kind = "half" if _group(match, "qh") == "half" else "quarter"
    number = _ORDINALS.get(_group(match, "ord") or "") or _int(match, "q") or 1
    rel = {"this": "this", "the": "this", "last": "last", "next": "next"}.get(_group(match, "yrel") or "")
    number = min(number, 2) if kind == "half" else number
    return Expr(kind, year=_int(match, "year"), offset=number, rel=rel, grain=kind)


def _decade_expr(match: re.Match[str]) -> Expr:
    digit = _int(match, "d2")
    value = match["dec"] if digit is None else f"{19 if digit >= 3 else 20}{digit}"
    return Expr("fixed", value=value, grain="decade")


def _century_expr(match: re.Match[str]) -> Expr:
    number = _int(match, "cn") or _CENTURY_WORDS[match["cw"]]
    return Expr("fixed", value=f"{number - 1:02d}", grain="century")


def _set_expr(match: re.Match[str]) -> Expr:
    """ "every year", "annually", "every Wednesday", "once a week", "every two years", "weekly"."""
    if _group(match, "wd"):
        return _set(f"XXXX-WXX-{_WEEKDAYS[match['wd'][:3]]}")
    if _group(match, "mon"):
        day = _int(match, "day")
        return _set(f"XXXX-{_month(match):02d}" + (f"-{day:02d}" if day else ""))
    what = _group(match, "what") or "year"
    unit = "season" if what.rstrip("s") in _SEASONS else _unit_of(what)
    count = 2.0 if _group(match, "num") == "other" else _number(_group(match, "num"))
    if count is not None and count != 1 and unit in _DURATION_CODES:
        return replace(_duration(count, unit), type="SET", grain="set")
    return _set(_SET_VALUES.get(unit, "XXXX"))


def _cjk_word_expr(match: re.Match[str]) -> Expr:
    unit, offset, anaphoric = _CJK_WORDS[match["w"]]
    return Expr("rel", unit=unit, offset=offset, rel="focus" if anaphoric else "this")


def _day_word_expr(match: re.Match[str]) -> Expr:
    offset, part = _DAY_WORDS[match[0]]
    return Expr("rel", unit="day", offset=offset, rel="this", part=part, type="TIME" if part else "DATE")


def _short_year_expr(match: re.Match[str]) -> Expr:
    short = int(match["yy"])
    return Expr("date", year=(2000 if short <= 30 else 1900) + short)


def _around_focus(match: re.Match[str]) -> Expr:
    """ "the day before", "the year after": one unit from the date in focus."""
    offset = -1 if match["dir"] in ("before", "earlier") else 1
    return Expr("rel", unit=match["unit"], offset=offset, rel="focus")


_GRAMMAR: list[tuple[str, Callable[[re.Match[str]], Expr]]] = [
    # calendar dates, English, ISO and Japanese/Korean
    (rf"(?:{_W.replace('wd', 'wd0')},? )?(?:the )?{_M} {_D}(?:,? {_Y})?", _date_expr),
    (rf"(?:{_W.replace('wd', 'wd0')},? )?(?:the )?{_D} (?:of )?{_M}(?:,? {_Y})?", _date_expr),
    (rf"(?:the month of )?{_M},? (?:of )?{_Y}", _date_expr),
    (rf"{_Y}[-/.](?P<mn>\d{{1,2}})[-/.]{_D}", _date_expr),
    (rf"{_Y} ?[年년](?: ?(?P<mn>\d{{1,2}}) ?[月월](?: ?{_D} ?[日일])?)?", _date_expr),
    (rf"(?P<mn>\d{{1,2}}) ?[月월](?: ?{_D} ?[日일])?", _date_expr),
    (rf"{_D} ?[日일]", lambda m: Expr("dom", day=int(m["day"]))),
    ("(?P<w>" + "|".join(_CJK_WORDS) + ")", _cjk_word_expr),
    (rf"(?:(?:the )?(?:(?:fiscal|calendar) )?(?:year )?(?:of )?|fy ?){_Y}", lambda m: Expr("date", year=int(m[1]))),
    (r"'(?P<yy>\d\d)", _short_year_expr),
    (rf"(?:the month of )?{_M}(?: {_D})?,? (?:of )?{_REL} year", _month_of_year_expr),
    (rf"(?:{_REL} )?(?:the month of )?{_M}", lambda m: Expr("month", month=_month(m), rel=_rel_of(m), grain="month")),
    (rf"(?:{_REL} )?{_W}(?: (?P<part>morning|afternoon|evening|night))?", _weekday_expr),
    # decades, centuries, refs, deictic and anaphoric phrases
    (r"(?:the )?(?P<dec>1\d\d|20\d)0'?s|(?:the )?'(?P<d2>\d)0s", _decade_expr),
    (rf"(?:the )?(?:(?P<cn>\d{{1,2}})(?:st|nd|rd|th)|(?P<cw>{'|'.join(_CENTURY_WORDS)}))[ -]century", _century_expr),
    ("|".join(map(re.escape, _REFS)), lambda m: Expr("fixed", value=_REFS[m[0]], grain="ref")),
    ("|".join(map(re.escape, _DAY_WORDS)), _day_word_expr),
    (rf"{_REL} (?:(?:fiscal|calendar) )?{_REL_UNITS}", _rel_expr),
    (r"the (?P<unit>day|year|weekend)", lambda m: Expr("rel", unit=m["unit"], offset=0, rel="either")),
    (r"the new year", lambda m: Expr("rel", unit="year", offset=0, rel="new")),
    (r"the (?P<unit>day|week|month|year) (?P<dir>before|after|earlier|later)", _around_focus),
    # seasons, quarters, halves
    (rf"(?:{_REL} )?(?:the )?(?P<season>spring|summer|autumn|fall|winter)(?:,? (?:of )?{_Y})?", _season_expr),
    (
        r"(?:the )?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th) (?P<qh>quarter|half)"
        rf"(?: of (?:(?P<yrel>this|last|next|the) year|(?:fiscal )?{_Y}))?",
        _quarter_expr,
    ),
    (rf"q(?P<q>[1-4])(?: {_Y})?", _quarter_expr),
    (rf"{_Y} q(?P<q>[1-4])", _quarter_expr),
    # shifts and durations
    (
        rf"{_NUM_UNIT} (?P<dir>ago|later|earlier|after|before|afterwards?|from now|hence|prior)(?P<today> today)?",
        _shift_expr,
    ),
    (
        r"(?:many |some |several )?(?P<unit>years|months|weeks|days|decades|hours) (?P<dir>ago|later|earlier)",
        _shift_expr,
    ),
    (rf"{_DURATION_LEAD}{_NUM_UNIT}(?P<half> and a half)?(?:'|-long| long)?", _duration_expr),
    (r"(?P<num>a|one) (?P<unit>year|month|week|day|hour|decade|century) and (?P<half>a half)", _duration_expr),
    (
        rf"{_VAGUE_LEAD}(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)",
        lambda m: _duration(None, _unit_of(m["unit"])),
    ),
    # sets
    (
        rf"(?:every|each) (?:(?P<num>other|\d+|two|three|four|five|six|ten) )?(?:{_W}|{_M}(?: {_D})?|{_SET_UNITS})",
        _set_expr,
    ),
    (
        r"annual|annually|yearly|(?:once|twice|thrice|\w+ times) (?:a|an|per|every|each) (?P<what>year|month|week|day)",
        _set_expr,
    ),
    (r"(?P<what>daily|weekly|monthly|weekends)", _set_expr),
    (rf"weekly {_W}", _set_expr),
]
_RULES = [(re.compile(pattern), build) for pattern, build in _GRAMMAR]
_MOD = re.compile(
    r"(?P<mod>the start of|the beginning of|the middle of|the end of|by the end of|the early|the mid|the late|"
    r"early|mid|late|earlier|later)(?: in)? (?P<rest>.+)"
)
_MOD_CODES = {"start": "START", "beginning": "START", "early": "START", "middle": "MID", "mid": "MID"}
_MOD_BARE = re.compile(r"(?:the )?(?P<unit>year|month|week|decade|century)")
_RANGE_PREFIX = re.compile(r"(?P<p>from|between) ")
_RANGE_SEP = re.compile(r" ?(?:-|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b) ?")
_DAY_ONLY = re.compile(r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?")
_SHORT_YEAR = re.compile(r"\d\d")
_FALLBACK_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|"
    r"\b(?:yesterday|tomorrow|fortnight)\b"
)


@lru_cache(maxsize=8192)  # articles repeat their expressions, and parsing is context-free
def _parse(text: str) -> Expr | None:
    """The context-free reading of one expression, or None when it is not a time expression we know."""
    cleaned = _clean(text)
    if not cleaned or len(cleaned) > 80:
        return None
    return _parse_range(cleaned) or _parse_point(cleaned) or _parse_fallback(cleaned)


def _parse_point(cleaned: str) -> Expr | None:
    """One expression, possibly under a modifier ("early 2019", "late last July", "the end of the year")."""
    match = _MOD.fullmatch(cleaned)
    if match:
        bare = _MOD_BARE.fullmatch(match["rest"])
        inner = Expr("rel", unit=bare["unit"], offset=0, rel="this") if bare else _parse_simple(match["rest"])
        if inner is not None and inner.kind in _DATEISH | {"fixed"} and inner.type == "DATE":
            word = match["mod"].split()[-1]
            mod = None if word in ("earlier", "later") else _MOD_CODES.get(word, "END")
            return Expr("mod", mod=mod, items=(inner,))
    return _parse_simple(cleaned)


def _parse_simple(cleaned: str) -> Expr | None:
    for pattern, build in _RULES:
        match = pattern.fullmatch(cleaned)
        if match:
            expr = build(match)
            return None if expr.kind == "none" else expr
    return None


def _parse_fallback(cleaned: str) -> Expr | None:
    if _FALLBACK_WORDS.search(cleaned) and not re.search(r"\d{1,2}:\d\d|\b[ap]\.?m\b", cleaned):
        return Expr("fallback", text=cleaned)
    return None


def _parse_range(cleaned: str) -> Expr | None:
    """ "Aug. 23 to 24", "from 2019 to 2023", "between 1910 and 1945", "2009-2010", "1957-58"."""
    prefix = _RANGE_PREFIX.match(cleaned)
    body = cleaned[prefix.end() :] if prefix else cleaned
    for sep in _RANGE_SEP.finditer(body):
        if sep.group().strip() == "and" and not (prefix and prefix["p"] == "between"):
            continue
        first = _parse_point(body[: sep.start()].strip())
        if first is None or first.kind not in _DATEISH:
            continue
        last = _range_end(body[sep.end() :].strip(), first)
        if last is not None:
            return Expr("range", items=_share_year(first, last), grain="range")
    return None


def _range_end(text: str, first: Expr) -> Expr | None:
    """The end of a range, completed from its start ("Aug. 23 to 24" → Aug. 24; "1957-58" → 1958)."""
    day = _DAY_ONLY.fullmatch(text)
    if first.kind in ("date", "month") and first.day and day:
        return replace(first, day=int(day["day"]))
    if first.kind == "date" and first.year and first.month is None and _SHORT_YEAR.fullmatch(text):
        year = first.year // 100 * 100 + int(text)
        return replace(first, year=year if year > first.year else year + 100)
    last = _parse_point(text)
    return last if last is not None and last.kind in _DATEISH else None


def _share_year(first: Expr, last: Expr) -> tuple[Expr, Expr]:
    """A year written once serves both ends ("Aug. 23 to Sept. 2, 2019", "June to August 2019")."""
    if first.kind == "month" and first.rel is None and last.kind == "date" and last.year and last.month:
        first = replace(first, kind="date", year=last.year - ((first.month or 0) > last.month))
    if last.kind == "month" and last.rel is None and first.kind == "date" and first.year and first.month:
        last = replace(last, kind="date", year=first.year + ((last.month or 0) < first.month))
    return first, last
