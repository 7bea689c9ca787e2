"""Time expressions: found in a parsed article and normalised in TIMEX3 style.

Detection takes spaCy's DATE (and date-like TIME) entities together with patterns for what the small
model misses, trims each to its minimal span and drops ages, anniversaries, money and clock times.
Each expression is parsed on its own into an `Expr` (context-free, cached), then resolved against the
publication date, the tense of its clause and the date last in focus, walking the text in order.

The grammar is written here on purpose: TIMEX3 values (weeks, seasons, quarters, decades, durations,
PRESENT_REF, sets, ranges) and discourse anchors are outside what dateparser returns (one datetime).
dateparser stays the fallback for month and weekday phrasings the grammar does not know.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from ..model import TimeRef

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

Parts = tuple[int, int | None, int | None]  # year, month, day

# dateparser costs about a millisecond a call; a pathological text gets no more than this many.
MAX_FALLBACKS = 64

# -- vocabulary ------------------------------------------------------------------------------------
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_WEEKDAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}
_SMALL = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER_WORDS = {word: n for n, word in enumerate(_SMALL)} | _TENS | {
    "a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a hundred": 100, "hundred": 100, "one hundred": 100, "a thousand": 1000, "thousand": 1000,
}  # fmt: skip
_VAGUE = {"several", "a few", "few", "many", "some", "numerous", "hundreds of", "thousands of"}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}
_CENTURY_WORDS = {
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "the present": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the distant past": "PAST_REF", "the recent past": "PAST_REF", "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
}  # fmt: skip
_DAY_WORDS = {  # word: (days from publication, part of day)
    "today": (0, None), "yesterday": (-1, None), "tomorrow": (1, None), "tonight": (0, "NI"),
    "this morning": (0, "MO"), "this afternoon": (0, "AF"), "this evening": (0, "EV"), "last night": (-1, "NI"),
    "yesterday morning": (-1, "MO"), "yesterday afternoon": (-1, "AF"), "yesterday evening": (-1, "EV"),
    "tomorrow morning": (1, "MO"), "tomorrow afternoon": (1, "AF"), "tomorrow evening": (1, "EV"),
    "tomorrow night": (1, "NI"), "the day before yesterday": (-2, None), "the day after tomorrow": (2, None),
}  # fmt: skip
_CJK_WORDS = {  # Japanese and Korean deictic words: (unit, offset, counted from the date in focus)
    "今日": ("day", 0, False), "本日": ("day", 0, False), "昨日": ("day", -1, False), "明日": ("day", 1, False),
    "今年": ("year", 0, False), "昨年": ("year", -1, False), "去年": ("year", -1, False),
    "来年": ("year", 1, False), "今月": ("month", 0, False), "先月": ("month", -1, False),
    "来月": ("month", 1, False), "今週": ("week", 0, False), "先週": ("week", -1, False),
    "来週": ("week", 1, False), "同日": ("day", 0, True), "同年": ("year", 0, True), "同月": ("month", 0, True),
    "오늘": ("day", 0, False), "어제": ("day", -1, False), "내일": ("day", 1, False),
    "올해": ("year", 0, False), "지난해": ("year", -1, False), "작년": ("year", -1, False),
    "내년": ("year", 1, False), "이달": ("month", 0, False), "지난달": ("month", -1, False),
    "다음 달": ("month", 1, False), "이번 주": ("week", 0, False), "지난주": ("week", -1, False),
    "다음 주": ("week", 1, False), "이날": ("day", 0, True),
}  # fmt: skip
_DURATION_CODES = {  # unit: (prefix, letter, multiplier, vague value)
    "year": ("P", "Y", 1, "PXY"), "month": ("P", "M", 1, "PXM"), "week": ("P", "W", 1, "PXW"),
    "day": ("P", "D", 1, "PXD"), "decade": ("P", "DE", 1, "PXDE"), "century": ("P", "CE", 1, "PXCE"),
    "fortnight": ("P", "W", 2, "PXW"), "quarter": ("P", "M", 3, "PXM"), "hour": ("PT", "H", 1, "PTXH"),
    "minute": ("PT", "M", 1, "PTXM"), "second": ("PT", "S", 1, "PTXS"),
}  # fmt: skip
_SET_VALUES = {
    "year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX", "day": "XXXX-XX-XX", "weekend": "XXXX-WXX-WE",
    "decade": "XXX", "century": "XX", "morning": "XXXX-XX-XXTMO", "afternoon": "XXXX-XX-XXTAF",
    "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI", "season": "XXXX",
}  # fmt: skip
_SET_ADJECTIVES = {"daily": "day", "weekly": "week", "monthly": "month", "weekends": "weekend"}
_REL_WORDS = {  # the phrase: how it counts (see `_base`)
    "this": "this", "current": "this", "the current": "this", "the present": "this",
    "last": "last", "this past": "last", "the last": "last", "past": "last",
    "next": "next", "coming": "next", "the coming": "next", "this coming": "next", "the upcoming": "next",
    "the next": "either", "following": "following", "the following": "following",
    "previous": "previous", "the previous": "previous", "the preceding": "previous", "the prior": "previous",
    "same": "focus", "the same": "focus", "that": "focus", "the very same": "focus",
}  # fmt: skip
_REL_OFFSETS = {"last": -1, "previous": -1, "next": 1, "following": 1, "either": 1}
_DATEISH = {"date", "month", "dom", "weekday", "rel", "season", "quarter", "half", "decade", "century", "mod"}


def _unit_of(word: str) -> str:
    """Canonical unit for a unit word ("yrs" → year, "centuries" → century, "Wednesdays" → week)."""
    if word[:3] in _WEEKDAYS and word.endswith("days"):
        return "week"
    for prefix, unit in (("yr", "year"), ("hr", "hour"), ("min", "minute"), ("centur", "century")):
        if word.startswith(prefix):
            return unit
    word = _SET_ADJECTIVES.get(word, word)
    return word[:-1] if word.endswith("s") else word


def _number(word: str | None) -> float | None:
    """A count written in digits or words; None for vague amounts ("several", "a few")."""
    if not word or word in _VAGUE:
        return None
    word = word.replace(",", "")
    if word[0].isdigit():
        return float(word)
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word])
    tens, _, ones = word.replace("-", " ").partition(" ")
    if tens in _TENS and ones in _NUMBER_WORDS:
        return float(_TENS[tens] + _NUMBER_WORDS[ones])
    return None


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


# -- detection -------------------------------------------------------------------------------------
# Patterns over the raw text for what en_core_web_sm misses. Month and weekday names must be capitalised
# ("may" and "march" are verbs); function words match in any case.
_TM = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
    r"OCTOBER|NOVEMBER|DECEMBER)\b\.?"
)
_TD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_TY = r"(?:1[6-9]\d\d|20\d\d)\b"
_TW = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TNUM = (  # bounded repetition: a run of digits and commas must not make the scan quadratic
    r"(?:\d{1,3}(?:,\d{3}){1,3}|\d{1,6}(?:\.\d{1,2})?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|"
    r"a\s+dozen|a\s+hundred|a\s+thousand|a\s+few|a|an|several|few|many|some|numerous))"
)
_TUNIT = r"(?i:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|fortnights?)\b"
_TDATE = (
    rf"(?:{_TW},?\s+)?(?:{_TM}\s+{_TD}(?:,?\s+{_TY})?|(?:(?i:the)\s+)?{_TD}\s+(?:(?i:of)\s+)?{_TM}"
    rf"(?:,?\s+{_TY})?|{_TM},?\s+(?:(?i:of)\s+)?{_TY})"
)
_TDEICTIC = (
    r"(?i:(?:the\s+)?(?:same|following|previous|preceding|next|coming|past|last|current)|this(?:\s+past|\s+coming)?"
    r"|that)"
)
_TUNITS = (
    r"(?i:year|month|week|weekend|decade|century|quarter|day|morning|afternoon|evening|night|spring|summer|"
    r"autumn|fall|winter|season)\b"
)
_TINNER = (
    rf"(?:(?i:this|last|next)\s+(?:{_TUNITS})|(?:(?i:the)\s+)?(?i:year|month|decade|century)\b|"
    rf"(?:(?i:last|next|this)\s+)?{_TM}(?:,?\s+{_TY})?|{_TY}|(?:1[6-9]|20)\d0'?s\b|"
    rf"(?i:spring|summer|autumn|winter)\b(?:\s+(?i:of\s+)?{_TY})?|(?i:the\s+new\s+year)\b)"
)
_TIME_PREPS = (
    r"(?i:in|since|until|till|by|from|to|through|of|last|next|this|that|early|late|before|after|during|and|or)"
)
_CLAUSE_END = (
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?i:and|or|but|while|when|as|to|with|in|on|at|for|is|was|were|has|have|had|"
    r"will|would|can|could|may|might)\b)"
)
_DETECT = [
    re.compile(pattern)
    for pattern in (
        # ranges
        rf"\b(?i:between)\s+(?:{_TDATE}|{_TY})\s+(?i:and)\s+(?:{_TDATE}|{_TY}|{_TD})",
        rf"\b(?:(?i:from)\s+)?{_TM}\s+{_TD}\s*(?:[-–]|\s(?i:to|through|until)\s)\s*{_TD}(?!\s*(?:{_TM}|[:%]))",
        rf"\b(?:(?i:from)\s+)?(?:{_TDATE}|{_TY})\s*(?:[-–—]|\s(?i:to|through|until|till)\s)\s*(?:{_TDATE}|{_TY})",
        rf"(?<![\w$£€¥₩#/.,:-]){_TY}\s*[-–]\s*\d\d\b(?![-/.]\d)",
        # modified, calendar and numeric dates
        rf"\b(?i:(?:the\s+)?(?:early|mid|late)|(?:the\s+)?(?:start|beginning|middle|end)\s+of(?:\s+the)?|earlier|"
        rf"later)(?:[\s-]+|\s+(?i:in)\s+){_TINNER}",
        r"\b(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:(?:1[6-9]|20)\d0'?s\b|'\d0s\b)",
        r"\b(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)|(?i:sixteenth|seventeenth|"
        r"eighteenth|nineteenth|twentieth|twenty[\s-]first))[\s-](?i:century)\b",
        rf"\b{_TM}(?:\s+{_TD})?,?\s+(?i:of\s+)?(?i:last|this|next|that|the\s+same|the\s+following|the\s+previous)"
        r"\s+(?i:year)\b",
        rf"\b{_TDATE}",
        r"\b(?:January|February|April|June|July|August|September|October|November|December)\b",
        rf"\b{_TIME_PREPS}\s+(?P<x>March|May)\b(?!\s+(?:[a-z]|{_TW}))",
        r"\b(?:1[6-9]|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b",
        r"(?:1[6-9]|20)\d\d\s*[年년](?:\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?)?|(?<!\d)\d{1,2}\s*[月월]"
        r"(?:\s*\d{1,2}\s*[日일])?|(?<![\d年년月월])(?:[12]\d|3[01]|0?[1-9])\s*[日일](?![本韓])",
        "|".join(sorted(_CJK_WORDS, key=len, reverse=True)),
        # weekdays, deictic and anaphoric phrases
        rf"\b(?:(?i:last|next|this|this\s+coming|this\s+past|coming|past|the\s+following|the\s+next|the\s+previous)"
        rf"\s+)?{_TW}",
        rf"\b{_TDEICTIC}\s+(?:(?i:(?:fiscal|calendar)\s+)?{_TUNITS}|{_TM}(?!\s*\d))",
        r"\b(?i:the\s+(?:day|week|month|year)\s+(?:before|after|earlier|later))\b",
        r"\b(?i:the\s+(?:day|new\s+year))\b",
        r"\b(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow)(?:\s+(?:morning|"
        r"afternoon|evening|night))?|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
        # durations, shifts and vague amounts
        rf"\b(?i:(?:the\s+)?(?:past|last|next|coming|first|final|previous|following|remaining)\s+|another\s+|"
        rf"(?:an\s+)?additional\s+|a\s+further\s+|the\s+)?{_TNUM}(?:\s+|-)(?:(?i:more|additional|straight|"
        rf"consecutive|full)\s+)?(?:{_TUNIT}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)(?!-old|\s+old\b|-long)"
        r"(?:(?i:\s+and\s+a\s+half)|-long)?(?:\s+(?i:ago(?:\s+today)?|(?:later|earlier)(?!\s+than)|afterwards?|"
        r"from\s+now|hence|(?:before|after|prior)(?=\s*(?:[,.;:)\"”]|$))))?",
        r"\b(?i:(?:many\s+|some\s+|several\s+)?(?:years|months|weeks|days|decades)\s+ago)\b",
        r"\b(?i:(?:the\s+)?(?:coming|next|past|last|recent)\s+(?:few\s+)?)(?i:years|months|weeks|days|decades)\b",
        r"\b(?i:for|within|over|in|after|during)\s+(?P<x>(?i:years|months|weeks|decades|days|hours))\b"
        r"(?!\s+(?i:ago|old|to\s+come)|-)",
        r"\b(?P<x>(?i:years|months|weeks|decades|days|hours))\s+(?i:before|after|later|earlier)\b",
        # sets
        rf"\b(?i:every|each)\s+(?:(?:\d+|(?i:other|two|three|four|five|six|ten))\s+)?(?:(?i:year|month|week|day|"
        rf"decade|summer|winter|spring|autumn|fall|season|morning|afternoon|evening|night|weekend)s?\b|{_TW}|"
        rf"{_TM}(?:\s+{_TD})?)",
        rf"\b(?i:annual|annually|yearly|daily|monthly)\b|\b(?i:weekly)\b(?:\s+{_TW})?|\b(?i:on|at)\s+(?P<x>"
        r"(?i:weekends))\b",
        r"\b(?i:once|twice|thrice|(?:\d+|two|three|four|five|six|ten)\s+times)\s+(?i:a|an|per|every|each)\s+"
        r"(?i:year|month|week|day)\b",
        # quarters, halves, seasons
        rf"\b(?i:(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:quarter|half))(?:\s+(?i:of)"
        rf"\s+(?:{_TY}|(?i:(?:this|last|next|the)\s+year\b)))?|\bQ[1-4](?:\s+{_TY})?\b|\b{_TY}\s+Q[1-4]\b",
        rf"\b(?:(?i:the)\s+)?(?i:spring|summer|autumn|winter)\b(?:,?\s+(?i:of\s+)?{_TY}|(?!\s+[A-Z]))",
        rf"\b(?i:fall)\s+(?i:of\s+)?{_TY}|\b(?i:the|in)\s+(?P<x>(?i:fall))\b(?!\s+(?i:of|in)\b)",
        # PRESENT_REF, PAST_REF, FUTURE_REF
        r"\b(?i:right\s+now|now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately)\b(?![-'’]\w)",
        r"\b(?i:in|of|about|from|to)\s+(?P<x>(?i:the\s+(?:distant\s+|recent\s+)?past))\b(?!\s+(?:\d|(?i:few|several|two|three|four|"
        r"five|year|month|week|decade|day|centur)))",
        r"\b(?i:in|into|for|of|about|to|toward|towards)\s+(?P<x>(?i:the\s+future))\b(?![-'’]\w)|\b(?i:the\s+(?:near|distant|foreseeable|"
        r"immediate)\s+future)\b",
        rf"\b(?i:about|in|for|until|to|of)\s+(?P<x>(?i:the\s+present))\b{_CLAUSE_END}",
        # years
        r"(?<![\w$£€¥₩#/.,:'’-])(?:1[6-9]\d\d|20\d\d)(?![\w/%]|[.,:]\d|-\d|\s*(?i:%|percent|per\s*cent))",
    )
]

_TRIM_LEAD = re.compile(
    r"^(?:(?i:on|in|at|since|by|during|until|till|before|after|of|for|within|throughout|around|about|"
    r"approximately|roughly|nearly|almost|just|only|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|"
    r"as\s+early\s+as|as\s+late\s+as|as\s+of|over|under|a\s+mere|mere|barely|merely|ages?|aged)\s+|"
    r"\d[\d,]*(?:st|nd|rd|th)\s+)+"
)
_TRIM_CLOCK = re.compile(
    r"(?:,?\s*(?i:at\s+)?\d{1,2}(?::\d\d)+(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?(?:\s+[A-Z]{2,4})?|,?\s*(?i:at\s+)?"
    r"\d{1,2}\s*(?i:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+[A-Z]{2,4})?)\s*$"
)
_TRIM_CLOCK_LEAD = re.compile(r"^\d{1,2}(?::\d\d)+(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?(?:\s+[A-Z]{2,4}\b)?,?\s+")
_TRIM_PART_OF_DAY = re.compile(r"(?<=day)\s+(?i:morning|afternoon|evening|night)$")  # the gold keeps "Thursday"
_COMPARATIVE = re.compile(r"\s+(?i:later|earlier)$")
_ABBREVIATION_END = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$"
)
_CLOCK = re.compile(r"(?i:\d{1,2}(?::\d\d)+|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight)")
_AGE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:years?[\s-]+)?old\b|^\s*-?\s*(?:year|month)s?-old\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$", re.I)
_AGE_INSIDE = re.compile(r"-(?:year|month|week|day)s?-old|\byears?\s+old\b|anniversar", re.I)
_ANNIVERSARY_AFTER = re.compile(r"^\s*anniversar", re.I)
_MONEY_BEFORE = re.compile(r"[$£€¥₩]\s*$|\b(?:No|Nos|Resolution|Article|Room|Flight|Route|Gate)\.?\s*$")
_MONEY_AFTER = re.compile(r"^\s*(?:%|(?:million|billion|trillion|won|yen|dollars|percent)\b)", re.I)
_NOT_AMOUNT = re.compile(r"(?i:a|an|one)\s+(?:second|day|year|week|month)")  # "a day when", "a second time"
_NOT_AMOUNT_AFTER = re.compile(r"^\s+(?:when|of|that|where|which|in\s+which|time|round|term)\b", re.I)
_BARE_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_SMALL_NUMBER = re.compile(r"\s*'?\d{1,3}\s*")  # spaCy tags ages ("48") as DATE
_TEMPORAL_PREPS = {"in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "of", "between"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s", "’s"}
_COUNT_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_TIME_NOUNS = re.compile(r"(?i)(?:year|month|week|day|decade|centur(?:y|ie)|season|quarter)s?")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The minimal span: no leading "on"/"in"/"since"/hedges/ordinals, clock times, parts of day after a
    weekday, or trailing punctuation (an abbreviation keeps its point: "Aug.")."""
    piece = text[start:end]
    for _ in range(3):  # each cut can uncover another
        before = piece
        lead = _TRIM_LEAD.match(piece) or _TRIM_CLOCK_LEAD.match(piece)
        if lead and not re.match(r"(?i:from|between)\s", piece):
            piece, start = piece[lead.end() :], start + lead.end()
        cut = _TRIM_CLOCK.search(piece) or _TRIM_PART_OF_DAY.search(piece)
        if cut and cut.start() > 0:
            piece, end = piece[: cut.start()], start + cut.start()
        stripped = piece.rstrip(" \t\n,;:!?)]\"”’'")
        stripped = stripped[:-2] if stripped.endswith(("'s", "’s")) else stripped
        if stripped.endswith(".") and not _ABBREVIATION_END.search(stripped):
            stripped = stripped[:-1]
        end -= len(piece) - len(stripped)
        leading = len(stripped) - len(stripped.lstrip(" \t\n,;:([\"“‘'"))
        piece, start = stripped[leading:], start + leading
        if piece == before:
            break
    comparison = _COMPARATIVE.search(piece)
    if comparison and re.match(r"\s+than\b", text[end:]):  # "a month earlier than usual" is an amount
        end = start + comparison.start()
    return start, end


def _regex_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in _DETECT:
        for match in pattern.finditer(text):
            spans.append(match.span("x") if "x" in pattern.groupindex and match["x"] else match.span())
    return spans


def _entity_spans(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's DATE entities, and TIME entities that are not clock times ("tonight", "24 hours")."""
    return [
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and not _CLOCK.search(ent.text))
    ]


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head word of a span ("summer" in "the summer", where spaCy's root may be the determiner)."""
    try:
        span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    except (ValueError, IndexError):
        return None
    if span is None or not len(span):
        return None
    heads = [token for token in span if not span.start <= token.head.i < span.end or token.head is token]
    content = [token for token in heads if token.pos_ not in ("DET", "ADP", "PUNCT")]
    return (content or heads or [span.root])[-1]


def _plausible(doc: Doc, text: str, start: int, end: int) -> bool:
    """False for ages ("86-year-old"), anniversaries ("60th anniversary"), money, counts, clock times, bare
    small numbers and indefinite phrases ("a day when", "one day", "a second round")."""
    piece, before, after = text[start:end], text[max(0, start - 12) : start], text[end : end + 16]
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before) or _AGE_INSIDE.search(piece):
        return False
    if _ANNIVERSARY_AFTER.match(after) or _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
        return False
    if _CLOCK.fullmatch(piece.strip()) or _SMALL_NUMBER.fullmatch(piece):
        return False
    if (_NOT_AMOUNT.fullmatch(piece) and _NOT_AMOUNT_AFTER.match(after)) or piece.lower() == "one day":
        return False
    if re.fullmatch(r"(?i:an?)\s+second", piece) or (piece.lower() == "the day" and _heads_clause(doc, start, end)):
        return False
    return not (_BARE_YEAR.fullmatch(piece) and _counted(doc, start, end))


def _heads_clause(doc: Doc, start: int, end: int) -> bool:
    """ "until the day Japan apologizes": a day the clause describes, not the day in focus."""
    token = _token_at(doc, start, end)
    return token is not None and any(child.dep_ in ("relcl", "acl") for child in token.children)


def _counted(doc: Doc, start: int, end: int) -> bool:
    """A four-digit number that counts something ("2000 people", "1500 workers") rather than a year."""
    token = _token_at(doc, start, end)
    if token is None:
        return False
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if previous in _TEMPORAL_PREPS or previous in _DETERMINERS:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    plural = following is not None and following.tag_ == "NNS" and not _TIME_NOUNS.fullmatch(following.text)
    return token.ent_type_ in _COUNT_LABELS or plural


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Every expression span, trimmed and filtered, the best of each overlapping group kept, in text order:
    what the grammar reads beats what only dateparser might, then the longer span wins."""
    ranked: dict[tuple[int, int], int] = {}
    for raw_start, raw_end in _entity_spans(doc) + _regex_spans(text):
        start, end = _trim(text, raw_start, raw_end)
        if end > start and (start, end) not in ranked and _plausible(doc, text, start, end):
            expr = _parse(text[start:end])
            if expr is not None:
                ranked[(start, end)] = 1 if expr.kind == "fallback" else 2
    taken: list[tuple[int, int]] = []  # sorted and non-overlapping
    for start, end in sorted(ranked, key=lambda span: (-ranked[span], span[0] - span[1], span[0])):
        index = bisect.bisect_left(taken, (start, end))
        if (index == 0 or taken[index - 1][1] <= start) and (index == len(taken) or taken[index][0] >= end):
            taken.insert(index, (start, end))
    return taken


# -- tense -----------------------------------------------------------------------------------------
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "could", "can", "may", "might", "should", "must"}
_PERFECT_AUX = {"have", "'ve", "has", "had"}
_PLAN_WORDS = {
    "set", "scheduled", "slated", "due", "expected", "planned", "plans", "plan", "planning", "poised", "intends",
    "intend", "aims", "aim", "hopes", "upcoming", "going",
}  # fmt: skip
_NEEDS_TENSE = {"month", "weekday", "season", "quarter", "half", "rel", "fallback", "mod", "range"}
_NOUN_MODIFIER = {"compound", "nummod", "amod", "poss", "nmod"}


def _future(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause governing the span is future or planned ("will meet on Friday", "is set to visit
    next Tuesday", "planned for January", "takes effect Aug. 28"), read from the parse. A date that names a
    thing ("Tokyo's July decision") takes only the tense of the verb that thing hangs on."""
    token = _token_at(doc, start, end)
    if token is None:
        return False
    if token.dep_ in _NOUN_MODIFIER and token.head.i > token.i:
        head = token.head.head
        return head.pos_ in ("VERB", "AUX") and _clause_future(head, direct=True)
    direct = True
    for _ in range(8):  # a bounded walk up the tree, to the first verb that has a tense of its own
        if token.pos_ in ("VERB", "AUX") or token.lower_ in _PLAN_WORDS:
            if _clause_future(token, direct) or (token.dep_ == "conj" and _clause_future(token.head, direct)):
                return True  # the second clause of "to meet X and speak on Friday" shares the first's tense
            if token.tag_ not in ("VB", "VBG") or any(child.dep_ in ("aux", "auxpass") for child in token.children):
                return False
        if token.head is token:
            return False
        token = token.head
        direct = direct and token.pos_ not in ("NOUN", "PROPN")
    return False


def _clause_future(verb: Token, direct: bool, depth: int = 0) -> bool:
    """Future, planned or modal; or the present tense scheduling a date that hangs on the verb itself
    ("falls on Sunday"; not "follows rulings in October"). An infinitive is as future as the verb it hangs on
    ("plans to visit in May"; not "agreed to sell in October")."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & _PERFECT_AUX:
        return False
    if verb.lower_ in _PLAN_WORDS or auxiliaries & _FUTURE_AUX:
        return True
    if "to" in auxiliaries:
        governor = verb.head
        if governor is verb or governor.pos_ not in ("VERB", "AUX") or depth > 3:
            return True  # "a program to run through June": a purpose, still ahead
        return _clause_future(governor, True, depth + 1)
    return direct and verb.tag_ in ("VBZ", "VBP")


# -- discourse -------------------------------------------------------------------------------------
_SPAN_OF = re.compile(r"(?i:over|for|during|within|throughout)\s+(?i:the)\s$")


class _Discourse:
    """The walk's state: the date last in focus, and the paragraph's narrative date (the last one stated
    outright, not counted from publication, not naming a thing, not opening a "since" period)."""

    def __init__(self, published: Parts | None, paragraphs: list[int]) -> None:
        self.published = published
        self.paragraphs = paragraphs  # offsets of line breaks: a line is a paragraph
        self.focus: Parts | None = None
        self.fine: tuple[Parts | None, Parts | None] = (None, None)
        self.narrative: tuple[Parts, int] | None = None
        self.fallbacks = 0

    def context(self, start: int, future: bool) -> Context:
        paragraph = bisect.bisect_right(self.paragraphs, start)
        local = self.narrative[0] if self.narrative and self.narrative[1] == paragraph and not future else None
        return Context(self.published, self.focus, self.fine, local, future, self.fallbacks < MAX_FALLBACKS)

    def update(self, start: int, found: Normalised, names_thing: bool, opens_period: bool) -> None:
        parts = _parts(found.end or found.value) if found.type in ("DATE", "TIME") else None
        if parts is None or names_thing:  # "the 2018 rulings" names the rulings; "a day later" is not from 2018
            return
        self.focus = parts
        self.fine = (parts if parts[1] else self.fine[0], parts if parts[2] else self.fine[1])
        if found.anchor == "published":
            self.narrative = None
        elif not opens_period and found.grain != "range":
            self.narrative = (parts, bisect.bisect_right(self.paragraphs, start))


def extract_times(doc: Doc, published: str | None) -> list[TimeRef]:
    """Every time expression of `doc` in text order, normalised against `published` ("YYYY[-MM[-DD]]" or
    None: relative expressions then get value None) and the discourse: anaphora ("that November", "a day
    later") count from the date last in focus."""
    text = doc.text  # a spaCy property that joins every token: read once
    if not text.strip():
        return []
    state = _Discourse(_parts(published), [match.start() for match in re.finditer(r"\n", text)])
    parsed = doc.has_annotation("DEP")
    times = []
    for start, end in _candidates(doc, text):
        expr = _parse(text[start:end])
        if expr is None:
            continue
        found = _read(doc, text, (start, end), expr, state, parsed)
        state.fallbacks += expr.kind == "fallback"
        names_thing = expr.kind == "date" and _names_thing(doc, text, start, end, parsed)
        state.update(start, found, names_thing, text[max(0, start - 6) : start].lower().endswith("since "))
        times.append(_time_ref(text, start, end, found))
    return times


def _read(doc: Doc, text: str, span: tuple[int, int], expr: Expr, state: _Discourse, parsed: bool) -> Normalised:
    """One expression resolved in its place, with the two readings its neighbours decide."""
    start, end = span
    future = parsed and expr.kind in _NEEDS_TENSE and _future(doc, start, end)
    ctx = state.context(start, future)
    if expr.kind == "rel" and expr.offset and _SPAN_OF.search(text[max(0, start - 12) : start + 4]):
        return _resolve(_duration(1, expr.unit or "day"), ctx)  # "over the next month": an amount of time
    if expr.kind == "rel" and expr.unit == "day" and parsed and _general_today(doc, text, end):
        return Normalised("PRESENT_REF", grain="ref")  # "by today's standards"
    return _resolve(expr, ctx)


def _names_thing(doc: Doc, text: str, start: int, end: int, parsed: bool) -> bool:
    """A date used to name something ("the 1998 declaration", "its 2023 plan")."""
    token = _token_at(doc, start, end) if parsed else None
    if token is None:
        return bool(re.match(r"\s+[a-z]", text[end : end + 3]))
    return token.dep_ in _NOUN_MODIFIER and token.head.i > token.i


def _general_today(doc: Doc, text: str, end: int) -> bool:
    """ "today's" before a plural noun ("today's standards", "today's young people") means nowadays."""
    if not re.match(r"['’]s\s", text[end : end + 3]) or text[end - 5 : end].lower() != "today":
        return False
    token = _token_at(doc, end + 3, min(len(text), end + 40))
    return token is not None and token.tag_ == "NNS"


def _time_ref(text: str, start: int, end: int, found: Normalised) -> TimeRef:
    return TimeRef(
        text=text[start:end],
        start=start,
        end=end,
        value=found.value,
        type=found.type,
        grain=found.grain,
        end_value=found.end,
        mod=found.mod,
        anchor=found.anchor,
    )
