"""Time expressions: found in a parsed article and normalised in TIMEX3 style.

Detection takes spaCy's DATE (and date-like TIME) entities together with patterns for what the small
model misses, trims each to its minimal span and drops ages, anniversaries, money and clock times.
Each expression is parsed on its own into an `Expr` (context-free, cached), then resolved against the
publication date, the tense of its clause and the date last in focus, walking the text in order.

The grammar is hand-rolled on purpose: TIMEX3 values (weeks, seasons, quarters, decades, durations,
PRESENT_REF, sets, ranges) and discourse anchors are outside what dateparser returns (one datetime).
dateparser stays the fallback for absolute and deictic phrasings the grammar does not know.
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
_SMALL = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
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
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
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
# Japanese and Korean deictic words: (unit, offset, counted from the date in focus).
_CJK_WORDS = {
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
_DATEISH = {"date", "month", "dom", "weekday", "rel", "season", "quarter", "half", "decade", "century", "mod"}


def _unit_of(word: str) -> str:
    """Canonical unit for a unit word ("yrs" → year, "centuries" → century, "Wednesdays" → week)."""
    if word[:3] in _WEEKDAYS and word.endswith("days"):
        return "week"
    for prefix, unit in (("yr", "year"), ("hr", "hour"), ("min", "minute"), ("centur", "century")):
        if word.startswith(prefix):
            return unit
    return word.rstrip("s") if word != "days" else "day"


def _number(word: str | None) -> float | None:
    """A count written in digits or words; None for vague amounts ("several", "a few")."""
    if word is None or word in _VAGUE:
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
    """What an expression says, before any anchoring (see `_RESOLVERS` for how each kind is read)."""

    kind: str  # date month dom weekday rel shift season quarter half fixed range mod fallback
    year: int | None = None
    month: int | None = None
    day: int | None = None
    unit: str | None = None
    offset: float | None = None  # signed count of units; None when vague ("years ago")
    rel: str | None = None  # last | next | this | focus | following | previous | either
    part: str | None = None  # MO | AF | EV | NI: part of day, makes a TIME
    value: str | None = None  # for fixed kinds: durations, refs, sets, decades, centuries
    type: str = "DATE"
    grain: str = "day"
    mod: str | None = None
    items: tuple[Expr, ...] = ()  # range: start and end; mod: the inner expression
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
    local: Parts | None = None  # a narrative date earlier in the same paragraph: gives bare months a year
    future: bool = False  # the governing verb is future or planned
    fallback: bool = True  # dateparser may still be called for this document


# -- cleaning and grammar --------------------------------------------------------------------------
_M = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_D = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_Y = r"(?P<year>1\d{3}|20\d\d)"
_W = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)\.?"
_NUM = (
    r"(?P<num>\d[\d,]*(?:\.\d+)?|a couple of|couple of|a dozen|a hundred|one hundred|hundreds of|a thousand|"
    r"thousands of|a few|"
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|dozen|hundred|thousand|a|an|several|few|many|some|numerous)"
)
_UNIT = (
    r"(?P<unit>years?|yrs?|months?|weeks?|days?|decades?|century|centuries|hours?|hrs?|minutes?|mins?|seconds?|"
    r"fortnights?|quarters?|(?:mon|tues|wednes|thurs|fri|satur|sun)days)"
)
_REL_UNITS = r"(?P<unit>year|month|week|weekend|decade|century|quarter|day|morning|afternoon|evening|night)"

_CLEAN_QUOTES = str.maketrans({"’": "'", "‘": "'", "–": "-", "—": "-", "‑": "-", "“": "", "”": "", '"': ""})
_CLEAN_EDGES = re.compile(r"^[\s,;:.(\[]+|[\s,;:!?)\]]+$|'s$|'$")
_CLEAN_SPACE = re.compile(r"\s+")
_CLEAN_MID = re.compile(r"\bmid-")
_CLEAN_LEAD = re.compile(
    r"^(?:(?:on|in|at|since|by|during|until|till|before|after|of|for|within|throughout|around|about|"
    r"approximately|roughly|nearly|almost|just|only|more than|less than|fewer than|at least|up to|as early as|"
    r"as late as|as of|over|under|a mere|mere|barely|merely|some(?= \d))\s+)+"
)


def _clean(text: str) -> str:
    """Lower-cased, typographic quotes and dashes made plain, leading prepositions and hedges dropped."""
    cleaned = _CLEAN_SPACE.sub(" ", text.translate(_CLEAN_QUOTES).lower()).strip()
    cleaned = _CLEAN_MID.sub("mid ", cleaned)
    for _ in range(3):  # an edge can uncover another ("(in 2019),")
        cleaned = _CLEAN_EDGES.sub("", cleaned)
        cleaned = _CLEAN_LEAD.sub("", cleaned) if not cleaned.startswith(("from ", "between ")) else cleaned
    return cleaned.strip()


def _month(match: re.Match[str]) -> int:
    return _MONTHS[match["mon"][:3]]


def _int(match: re.Match[str], name: str) -> int | None:
    value = match.groupdict().get(name)
    return int(value) if value else None


def _date_expr(match: re.Match[str]) -> Expr:
    """A calendar date: with a year it is absolute, without one a month (and day) to be anchored."""
    month = _month(match) if match.groupdict().get("mon") else _int(match, "mn")
    year, day = _int(match, "year"), _int(match, "day")
    if month is not None and not 1 <= month <= 12:
        return Expr("none")
    if year is None:
        return Expr("month", month=month, day=day, grain="day" if day else "month")
    return Expr("date", year=year, month=month, day=day)


_REL_WORDS = {
    "this": "this", "current": "this", "the current": "this", "the present": "this",
    "last": "last", "this past": "last", "the last": "last", "past": "last",
    "next": "next", "coming": "next", "the coming": "next", "this coming": "next", "the upcoming": "next",
    "the next": "either", "following": "following", "the following": "following",
    "previous": "previous", "the previous": "previous", "the preceding": "previous", "the prior": "previous",
    "same": "focus", "the same": "focus", "that": "focus", "the very same": "focus",
}  # fmt: skip
_REL = r"(?P<rel>" + "|".join(sorted(map(re.escape, _REL_WORDS), key=len, reverse=True)) + ")"


def _rel_expr(match: re.Match[str]) -> Expr:
    """"this week", "last month", "the following day", "that year", "this fiscal year"."""
    rel, unit = _REL_WORDS[match["rel"]], match["unit"]
    if match["rel"] in ("the past", "the last") and unit in ("day", "morning", "afternoon", "evening", "night"):
        return Expr("none")  # "the last day of talks": an ordinal, not yesterday
    if match["rel"] == "the past" or (match["rel"] in ("the next", "the coming") and unit in ("decade", "century")):
        return _duration(1, unit)
    part = _PARTS_OF_DAY.get(unit)
    if part:
        unit = "day"
    offset = {"last": -1, "previous": -1, "next": 1, "following": 1, "either": 1}.get(rel, 0)
    return Expr("rel", unit=unit, offset=offset, rel=rel, part=part, type="TIME" if part else "DATE")


def _duration(count: float | None, unit: str) -> Expr:
    prefix, letter, multiplier, vague = _DURATION_CODES[unit]
    if count is None:
        return Expr("fixed", value=vague, type="DURATION", grain="duration")
    amount = count * multiplier
    text = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return Expr("fixed", value=f"{prefix}{text}{letter}", type="DURATION", grain="duration")


def _duration_expr(match: re.Match[str]) -> Expr:
    count = _number(match["num"])
    if count is not None and match.groupdict().get("half"):
        count += 0.5
    return _duration(count, _unit_of(match["unit"]))


def _shift_expr(match: re.Match[str]) -> Expr:
    """"two years ago", "a day later", "eight years from now", "sixty years ago today"."""
    direction = match["dir"]
    backwards = direction in ("ago", "earlier", "before", "prior")
    rel = "last" if direction in ("ago", "from now", "hence") else "focus"
    count = _number(match.groupdict().get("num"))
    unit = _unit_of(match["unit"])
    if count is None:
        return Expr("fixed", value="PAST_REF" if direction == "ago" else None, grain="ref", unit=unit)
    offset = -count if backwards else count
    grain = "day" if match.groupdict().get("today") else unit
    return Expr("shift", unit=unit, offset=offset, rel=rel, grain=grain)


def _weekday_expr(match: re.Match[str]) -> Expr:
    rel = _REL_WORDS.get(match["rel"] or "", None)
    part = _PARTS_OF_DAY.get(match["part"] or "")
    return Expr("weekday", day=_WEEKDAYS[match["wd"][:3]], rel=rel, part=part, type="TIME" if part else "DATE")


def _named_month_expr(match: re.Match[str]) -> Expr:
    """"last July", "that November", "the following January", or a bare "June"."""
    rel = _REL_WORDS.get(match["rel"] or "", None)
    return Expr("month", month=_month(match), rel=rel, grain="month")


def _month_of_year_expr(match: re.Match[str]) -> Expr:
    """"October last year", "December that year", "May 5 next year": the year comes from the phrase."""
    day = _int(match, "day")
    return Expr("month", month=_month(match), day=day, rel=_REL_WORDS[match["rel"]], unit="year",
                grain="day" if day else "month")


def _season_expr(match: re.Match[str]) -> Expr:
    rel = _REL_WORDS.get(match["rel"] or "", None)
    return Expr("season", year=_int(match, "year"), unit=_SEASONS[match["season"]], rel=rel, grain="season")


def _quarter_expr(match: re.Match[str]) -> Expr:
    kind = "half" if match.groupdict().get("qh") == "half" else "quarter"
    number = _ORDINALS.get(match.groupdict().get("ord") or "") or _int(match, "q") or 1
    if kind == "half":
        number = min(number, 2)
    rel = {"this": "this", "the": "this", "last": "last", "next": "next"}.get(match.groupdict().get("yrel") or "")
    return Expr(kind, year=_int(match, "year"), offset=number, rel=rel, grain=kind)


def _decade_expr(match: re.Match[str]) -> Expr:
    if match.groupdict().get("dec"):
        value = match["dec"]
    else:
        digit = int(match["d2"])
        value = f"{19 if digit >= 3 else 20}{digit}"
    return Expr("fixed", value=value, grain="decade")


def _century_expr(match: re.Match[str]) -> Expr:
    number = _int(match, "cn") or _CENTURY_WORDS[match["cw"]]
    return Expr("fixed", value=f"{number - 1:02d}", grain="century")


def _set_expr(match: re.Match[str]) -> Expr:
    """"every year", "annually", "every Wednesday", "once a week", "every two years"."""
    what = match.groupdict().get("what") or "year"
    count = _number(match.groupdict().get("num")) if match.groupdict().get("num") not in (None, "other") else None
    if match.groupdict().get("num") == "other":
        count = 2
    if match.groupdict().get("wd"):
        return Expr("fixed", value=f"XXXX-WXX-{_WEEKDAYS[match['wd'][:3]]}", type="SET", grain="set")
    if match.groupdict().get("mon"):
        return Expr("fixed", value=f"XXXX-{_month(match):02d}", type="SET", grain="set")
    what = {"daily": "day", "weekly": "week", "monthly": "month", "weekends": "weekend"}.get(what, what)
    unit = _unit_of(what) if what not in _SEASONS else "season"
    if count is not None and count != 1 and unit in _DURATION_CODES:
        return replace(_duration(count, unit), type="SET", grain="set")
    return Expr("fixed", value=_SET_VALUES.get(unit, "XXXX"), type="SET", grain="set")


def _cjk_word_expr(match: re.Match[str]) -> Expr:
    unit, offset, anaphoric = _CJK_WORDS[match["w"].replace(" ", "")] if " " not in match["w"] else _CJK_WORDS[match["w"]]
    return Expr("rel", unit=unit, offset=offset, rel="focus" if anaphoric else "this" if offset == 0 else "last")


def _fixed(value: str, type_: str = "DATE", grain: str = "ref") -> Any:
    return lambda _match: Expr("fixed", value=value, type=type_, grain=grain)


def _day_word_expr(match: re.Match[str]) -> Expr:
    offset, part = _DAY_WORDS[match[0]]
    return Expr("rel", unit="day", offset=offset, rel="this", part=part, type="TIME" if part else "DATE")


def _short_year_expr(match: re.Match[str]) -> Expr:
    short = int(match["yy"])
    return Expr("date", year=(2000 if short <= 30 else 1900) + short)


def _rules() -> list[tuple[re.Pattern[str], Any]]:
    """The grammar, tried in order; each pattern must match the whole cleaned expression."""
    weekday_prefix = rf"(?:{_W.replace('wd', 'wd0')},? )?"
    num_unit = rf"{_NUM}(?: |-)(?:(?:more|additional|straight|consecutive|full|long) )?{_UNIT}"
    table: list[tuple[str, Any]] = [
        (rf"{weekday_prefix}(?:the )?{_M} {_D}(?:,? {_Y})?", _date_expr),
        (rf"{weekday_prefix}(?:the )?{_D} (?:of )?{_M}(?:,? {_Y})?", _date_expr),
        (rf"(?:the month of )?{_M},? (?:of )?{_Y}", _date_expr),
        (rf"{_Y}[-/.](?P<mn>\d{{1,2}})[-/.]{_D}", _date_expr),
        (rf"{_Y} ?[年년](?: ?(?P<mn>\d{{1,2}}) ?[月월](?: ?{_D} ?[日일])?)?", _date_expr),
        (rf"(?P<mn>\d{{1,2}}) ?[月월](?: ?{_D} ?[日일])?", _date_expr),
        (rf"{_D} ?[日일]", lambda m: Expr("dom", day=int(m["day"]))),
        (r"(?P<w>" + "|".join(_CJK_WORDS) + ")", _cjk_word_expr),
        (rf"(?:(?:the )?(?:(?:fiscal|calendar) )?(?:year )?(?:of )?|fy ?){_Y}", lambda m: Expr("date", year=int(m["year"]))),
        (r"'(?P<yy>\d\d)", _short_year_expr),
        (rf"(?:the month of )?{_M}(?: {_D})?,? (?:of )?{_REL} year", _month_of_year_expr),
        (rf"(?:{_REL} )?(?:the month of )?{_M}", _named_month_expr),
        (rf"(?:{_REL} )?{_W}(?: (?P<part>morning|afternoon|evening|night))?", _weekday_expr),
        (r"(?:the )?(?P<dec>1\d\d|20\d)0'?s|(?:the )?'(?P<d2>\d)0s", _decade_expr),
        (r"(?:the )?(?:(?P<cn>\d{1,2})(?:st|nd|rd|th)|(?P<cw>" + "|".join(_CENTURY_WORDS) + r"))[ -]century", _century_expr),
        ("|".join(map(re.escape, _REFS)), lambda m: Expr("fixed", value=_REFS[m[0]], grain="ref")),
        ("|".join(map(re.escape, _DAY_WORDS)), _day_word_expr),
        (rf"{_REL} (?:(?:fiscal|calendar) )?{_REL_UNITS}", _rel_expr),
        (r"the (?P<unit>day|year|weekend)", lambda m: Expr("rel", unit=m["unit"], offset=0, rel="either")),
        (r"the new year", lambda m: Expr("rel", unit="year", offset=0, rel="new")),
        (
            r"the (?P<unit>day|week|month|year) (?P<dir>before|after|earlier|later)",
            lambda m: Expr("rel", unit=m["unit"], offset=-1 if m["dir"] in ("before", "earlier") else 1, rel="focus"),
        ),
        (rf"(?:{_REL} )?(?:the )?(?P<season>spring|summer|autumn|fall|winter)(?:,? (?:of )?{_Y})?", _season_expr),
        (
            r"(?:the )?(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th) (?P<qh>quarter|half)"
            rf"(?: of (?:(?P<yrel>this|last|next|the) year|(?:fiscal )?{_Y}))?",
            _quarter_expr,
        ),
        (rf"q(?P<q>[1-4])(?: {_Y})?", _quarter_expr),
        (rf"{_Y} q(?P<q>[1-4])", _quarter_expr),
        (
            rf"{num_unit} (?P<dir>ago|later|earlier|after|before|afterwards?|from now|hence|prior)(?P<today> today)?",
            _shift_expr,
        ),
        (r"(?:many |some |several )?(?P<unit>years|months|weeks|days|decades|hours) (?P<dir>ago|later|earlier)", _shift_expr),
        (
            r"(?:(?:the|the past|the last|the next|the coming|the first|the final|the previous|the following|"
            r"the remaining|another|an additional|additional|a further|over the past|over the last|over the next|"
            rf"for the past|for the last|in the past|in the last|during the past) )?{num_unit}(?P<half> and a half)?"
            r"(?:'|-long| long)?",
            _duration_expr,
        ),
        (r"(?P<num>a|one) (?P<unit>year|month|week|day|hour|decade|century) and (?P<half>a half)", _duration_expr),
        (
            r"(?:(?:the|the past|the last|the next|the coming|recent|in recent|over the past|over the last|the past few|"
            r"the last few|the next few) )?(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)",
            lambda m: _duration(None, _unit_of(m["unit"])),
        ),
        (
            rf"(?:every|each) (?:(?P<num>other|\d+|two|three|four|five|six|ten) )?(?:{_W}|{_M}|(?P<what>years?|months?|"
            r"weeks?|days?|decades?|summer|winter|spring|autumn|fall|seasons?|mornings?|afternoons?|evenings?|nights?|weekends?))",
            _set_expr,
        ),
        (
            r"annual|annually|yearly|(?:once|twice|thrice|\d+ times|\w+ times) (?:a|an|per|every|each) "
            r"(?P<what>year|month|week|day)",
            _set_expr,
        ),
        (r"(?P<what>daily|weekly|monthly|weekends)", _set_expr),
        (rf"weekly {_W}", _set_expr),
        (rf"(?:every|each) {_M} {_D}", lambda m: Expr("fixed", value=f"XXXX-{_month(m):02d}-{int(m['day']):02d}",
                                                       type="SET", grain="set")),
    ]
    return [(re.compile(pattern), build) for pattern, build in table]


_RULES = _rules()
_MOD = re.compile(
    r"(?P<mod>the start of|the beginning of|the middle of|the end of|by the end of|the early|the mid|the late|early|mid|"
    r"late|earlier|later)(?: in)? (?P<rest>.+)"
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


@lru_cache(maxsize=8192)  # articles repeat their expressions; parsing is context-free, so it caches
def parse(text: str) -> Expr | None:
    """The context-free reading of one expression, or None when it is not a time expression we know."""
    cleaned = _clean(text)
    if not cleaned or len(cleaned) > 80:
        return None
    return _parse_range(cleaned) or _parse_point(cleaned) or _parse_fallback(cleaned)


def _parse_point(cleaned: str) -> Expr | None:
    """A single expression, possibly under a modifier ("early 2019", "late last July")."""
    match = _MOD.fullmatch(cleaned)
    if match:
        inner = _parse_simple(match["rest"]) or _bare_unit(match["rest"])
        if inner is not None and inner.kind in _DATEISH | {"fixed"} and inner.type == "DATE":
            word = match["mod"].split()[-1]
            mod = None if word in ("earlier", "later") else _MOD_CODES.get(word, "END")
            return Expr("mod", mod=mod, items=(inner,))
    return _parse_simple(cleaned)


def _bare_unit(text: str) -> Expr | None:
    """"the year" under a modifier ("the end of the year") is this year."""
    match = _MOD_BARE.fullmatch(text)
    return Expr("rel", unit=match["unit"], offset=0, rel="this") if match else None


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
    """"Aug. 23 to 24", "from 2019 to 2023", "between 1910 and 1945", "2009-2010", "1957-58"."""
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
    if first.kind in ("date", "month") and first.day and _DAY_ONLY.fullmatch(text):
        return replace(first, day=int(_DAY_ONLY.fullmatch(text)["day"]))  # type: ignore[index]
    if first.kind == "date" and first.month is None and _SHORT_YEAR.fullmatch(text):
        year = first.year // 100 * 100 + int(text)  # type: ignore[operator]
        return replace(first, year=year if year > first.year else year + 100)  # type: ignore[operator]
    last = _parse_point(text)
    return last if last is not None and last.kind in _DATEISH else None


def _share_year(first: Expr, last: Expr) -> tuple[Expr, Expr]:
    """A year written once serves both ends ("Aug. 23 to Sept. 2, 2019", "June to August 2019")."""
    if first.kind == "month" and first.rel is None and last.kind == "date" and last.month:
        year = last.year - (1 if first.month > last.month else 0)  # type: ignore[operator]
        first = replace(first, kind="date", year=year)
    if last.kind == "month" and last.rel is None and first.kind == "date" and first.month:
        year = first.year + (1 if last.month < first.month else 0)  # type: ignore[operator]
        last = replace(last, kind="date", year=year)
    return first, last


# -- values ----------------------------------------------------------------------------------------
def parts_of(value: str | None) -> Parts | None:
    """(year, month, day) of a date value ("2019", "2019-07", "2019-07-04"); weeks, seasons, quarters give
    their year; None for anything else."""
    if not value:
        return None
    match = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T|-(?:W|SU|SP|FA|WI|Q|H))", value)
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    return year, month, day  # type: ignore[return-value]


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
    if value is None:
        return "day"
    return {4: "year", 7: "month"}.get(len(value), "day")


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _as_date(parts: Parts) -> date | None:
    year, month, day = parts
    if month is None or day is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(year: int, month: int, count: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def _shifted(base: Parts, unit: str, count: float, keep_day: bool = False) -> tuple[str | None, str]:
    """`base` moved by `count` units, at the unit's grain (never finer than the base); (value, grain)."""
    year, month, day = base
    whole = int(count)
    if count != whole:
        return None, unit
    if unit in ("year", "decade", "century"):
        years = year + whole * {"year": 1, "decade": 10, "century": 100}[unit]
        if keep_day:
            return _fmt(years, month, day), _grain(_fmt(years, month, day))
        return _fmt(years), "year"
    if unit in ("month", "quarter"):
        if month is None:
            return None, "month"
        y, m = _add_months(year, month, whole * (3 if unit == "quarter" else 1))
        value = _fmt(y, m, day) if keep_day else _fmt(y, m)
        return value, _grain(value)
    as_date = _as_date(base)
    if as_date is None:  # a day-sized shift from a month: the month is the best we know
        return _fmt(year, month), _grain(_fmt(year, month))
    days = {"week": 7, "fortnight": 14, "day": 1}.get(unit, 0) * whole
    moved = as_date + timedelta(days=days)
    return (_week(moved), "week") if unit in ("week", "fortnight") else (moved.isoformat(), "day")


# -- resolution ------------------------------------------------------------------------------------
_FINEST = {"month": 1, "quarter": 1, "week": 2, "weekend": 2, "day": 2, "fortnight": 2}  # index into Parts
def _base(ctx: Context, rel: str | None, unit: str | None = None) -> tuple[Parts | None, str]:
    """What a relative expression counts from: the date in focus for anaphora, else publication. A focus
    coarser than the unit ("the same day" after "in July") cannot anchor it; publication does."""
    focus = ctx.focus
    if focus is not None and unit is not None and focus[_FINEST.get(unit, 0)] is None:
        focus = None
    if rel in ("focus", "following", "previous") and focus is not None:
        return focus, "discourse"
    if rel == "either" and focus is not None and not ctx.future:
        return focus, "discourse"
    return ctx.published, "published"


def _resolve_fixed(expr: Expr, ctx: Context) -> Normalised:
    return Normalised(expr.value, expr.type, expr.grain)


def _resolve_date(expr: Expr, ctx: Context) -> Normalised:
    value = _fmt(expr.year, expr.month, expr.day)  # type: ignore[arg-type]
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
    """A month (and day) without a year: "June 4", "last July", "that November"."""
    month, grain = expr.month, expr.grain
    if expr.unit == "year":  # "October last year": the phrase gives the year
        base, anchor = _base(ctx, expr.rel)
        if base is None:
            return Normalised(None, grain=grain, anchor=anchor)
        year = base[0] + {"last": -1, "previous": -1, "next": 1, "following": 1, "either": 1}.get(expr.rel or "", 0)
        return Normalised(_fmt(year, month, expr.day), grain=grain, anchor=anchor)
    if expr.rel in ("focus", "following", "previous") and ctx.focus is not None:
        year, focus_month, _ = ctx.focus
        if expr.rel == "following" and focus_month and month <= focus_month:  # type: ignore[operator]
            year += 1
        elif expr.rel == "previous" and focus_month and month >= focus_month:  # type: ignore[operator]
            year -= 1
        return Normalised(_fmt(year, month, expr.day), grain=grain, anchor="discourse")
    if expr.rel is None and ctx.local is not None:
        return Normalised(_fmt(ctx.local[0], month, expr.day), grain=grain, anchor="discourse")
    if ctx.published is None:
        return Normalised(None, grain=grain, anchor="published")
    year, pub_month, _ = ctx.published
    if expr.rel == "last" and pub_month:
        year = year if month < pub_month else year - 1  # type: ignore[operator]
    elif expr.rel in ("next", "either") and pub_month:
        year = year if month > pub_month else year + 1  # type: ignore[operator]
    elif expr.rel not in ("this", "last", "next"):
        year = _nearest_year(ctx.published, month, expr.day, ctx.future)  # type: ignore[arg-type]
    return Normalised(_fmt(year, month, expr.day), grain=grain, anchor="published")


def _resolve_dom(expr: Expr, ctx: Context) -> Normalised:
    """A day of the month alone (Japanese/Korean "30日"): the month of the date in focus or of publication."""
    base, anchor = (ctx.focus, "discourse") if ctx.focus and ctx.focus[1] else (ctx.published, "published")
    if base is None or base[1] is None:
        return Normalised(None, anchor=anchor)
    return Normalised(_fmt(base[0], base[1], expr.day), anchor=anchor)


def _resolve_weekday(expr: Expr, ctx: Context) -> Normalised:
    """"Friday": the nearest on or before publication, or on or after it when the verb is future."""
    base, anchor = (ctx.focus, "discourse") if expr.rel == "following" else (ctx.published, "published")
    today = _as_date(base) if base else None
    if today is None:
        return Normalised(None, expr.type, anchor=anchor)
    gap = expr.day - today.isoweekday()  # type: ignore[operator]
    if expr.rel == "this":
        delta = gap
    elif expr.rel in ("next", "following") or (expr.rel is None and ctx.future):
        delta = gap % 7 or (7 if expr.rel else 0)
    else:
        delta = -((-gap) % 7 or (7 if expr.rel else 0))
    value = (today + timedelta(days=delta)).isoformat()
    return Normalised(value + (f"T{expr.part}" if expr.part else ""), expr.type, anchor=anchor)


def _resolve_rel(expr: Expr, ctx: Context) -> Normalised:
    """"this week", "last year", "the following month", "that day", "today", "this fiscal year"."""
    base, anchor = _base(ctx, expr.rel, expr.unit)
    if base is None:
        return Normalised(None, expr.type, _rel_grain(expr.unit), anchor=anchor)
    unit, offset = expr.unit or "day", int(expr.offset or 0)
    year, month, _ = base
    if expr.rel == "new":  # "the new year": the coming one late in a year, else the current one
        return Normalised(str(year + (1 if month and month >= 9 else 0)), grain="year", anchor=anchor)
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
    value, grain = _shifted(base, "month" if unit == "quarter" else unit, offset)
    if expr.part and value and grain == "day":
        value += f"T{expr.part}"
    return Normalised(value, expr.type, grain, anchor=anchor)


def _rel_grain(unit: str | None) -> str:
    return {"weekend": "week", "morning": "day", None: "day"}.get(unit, unit or "day")


def _resolve_shift(expr: Expr, ctx: Context) -> Normalised:
    """"two years ago" (from publication), "a day later" (from the date in focus)."""
    base, anchor = _base(ctx, expr.rel, expr.unit)
    if base is None:
        return Normalised(None, grain=expr.grain, anchor=anchor)
    unit = expr.unit if expr.unit in ("year", "month", "week", "day", "decade", "century", "fortnight") else "day"
    value, grain = _shifted(base, unit, expr.offset or 0, keep_day=expr.grain == "day" and unit != "day")
    return Normalised(value, grain=grain, anchor=anchor)


def _season_year(expr: Expr, ctx: Context) -> tuple[int | None, str]:
    if expr.year is not None:
        return expr.year, "absolute"
    if expr.rel in ("focus", "following", "previous") and ctx.focus is not None:
        shift = {"following": 1, "previous": -1}.get(expr.rel, 0)
        return ctx.focus[0] + shift, "discourse"
    if expr.rel is None and ctx.local is not None:
        return ctx.local[0], "discourse"
    if ctx.published is None:
        return None, "published"
    year, month, _ = ctx.published
    start = _SEASON_START[expr.unit]  # type: ignore[index]
    if month is None or expr.rel == "this":
        return year, "published"
    ends_before = (start + 2) <= month if start != 12 else False  # winter runs into the next year
    begun = start <= month or (start == 12 and month <= 2)
    if expr.rel == "last" or (expr.rel is None and not ctx.future):
        return (year if ends_before else year - 1) if expr.rel == "last" or not begun else year, "published"
    return (year if start > month else year + 1), "published"


def _resolve_season(expr: Expr, ctx: Context) -> Normalised:
    year, anchor = _season_year(expr, ctx)
    value = f"{year:04d}-{expr.unit}" if year is not None else None
    return Normalised(value, grain="season", anchor=anchor)


def _resolve_quarter(expr: Expr, ctx: Context) -> Normalised:
    """"the third quarter", "the first half of 2019", "Q2 2024"."""
    code = "H" if expr.kind == "half" else "Q"
    if expr.year is not None:
        return Normalised(f"{expr.year:04d}-{code}{int(expr.offset or 1)}", grain=expr.kind)
    if ctx.local is not None and expr.rel is None:
        return Normalised(f"{ctx.local[0]:04d}-{code}{int(expr.offset or 1)}", grain=expr.kind, anchor="discourse")
    if ctx.published is None:
        return Normalised(None, grain=expr.kind, anchor="published")
    year = ctx.published[0] + {"last": -1, "next": 1}.get(expr.rel or "", 0)
    return Normalised(f"{year:04d}-{code}{int(expr.offset or 1)}", grain=expr.kind, anchor="published")


def _resolve_range(expr: Expr, ctx: Context) -> Normalised:
    first, last = (_resolve(item, ctx) for item in expr.items)
    anchors = {first.anchor, last.anchor}
    anchor = "discourse" if "discourse" in anchors else "published" if "published" in anchors else "absolute"
    return Normalised(first.value, "DATE", "range", last.value, anchor=anchor)


def _resolve_mod(expr: Expr, ctx: Context) -> Normalised:
    inner = _resolve(expr.items[0], ctx)
    return inner._replace(mod=expr.mod)


def _resolve_fallback(expr: Expr, ctx: Context) -> Normalised:
    relative = bool(re.search(r"\b(?:ago|yesterday|tomorrow|last|next|this|later|earlier)\b", expr.text))
    if not ctx.fallback or (relative and ctx.published is None):
        return Normalised(None, anchor="published" if relative else "absolute")
    value, grain, filled = _dateparser_value(expr.text, ctx.published, ctx.future)
    if value is None or (filled and ctx.published is None):
        return Normalised(None, anchor="published" if relative or filled else "absolute")
    return Normalised(value, grain=grain, anchor="published" if relative or filled else "absolute")


_RESOLVERS = {
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
    except (ValueError, OverflowError):  # date arithmetic off the calendar (year 9999 + 1)
        return Normalised(None, expr.type, expr.grain)


# -- dateparser fallback ---------------------------------------------------------------------------
@lru_cache(maxsize=16)
def _date_parser(base: datetime, prefer: str) -> Any:
    from dateparser.date import DateDataParser  # imported on first need: it costs a fifth of a second

    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings | {"PREFER_DAY_OF_MONTH": "first"})


@lru_cache(maxsize=2048)
def _dateparser_value(text: str, published: Parts | None, future: bool) -> tuple[str | None, str, bool]:
    """(value, grain, whether dateparser had to fill the year in from the base) for a phrasing the grammar
    does not know; (None, "day", False) when dateparser reads nothing or fails."""
    year, month, day = published or (2000, 1, 1)
    try:
        base = datetime(year, month or 1, day or 1)
        data = _date_parser(base, "future" if future else "past").get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; one expression is skipped, not the text
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
    is future. Unknown text gives value None."""
    expr = parse(text) if isinstance(text, str) else None
    if expr is None:
        return Normalised(None)
    return _resolve(expr, Context(parts_of(anchor), parts_of(focus), future=future))


# -- detection -------------------------------------------------------------------------------------
# Raw-text patterns for what en_core_web_sm misses. Month and weekday names must be capitalised
# ("may", "march" are verbs); function words match in any case.
_TM = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|"
    r"OCTOBER|NOVEMBER|DECEMBER)\b\.?"
)
_TD = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_TY = r"(?:1[6-9]\d\d|20\d\d)\b"
_TW = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_TNUM = (
    r"(?:\d[\d,]*(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]"
    r"(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+couple\s+of|a\s+dozen|a\s+hundred|"
    r"a\s+few|a|an|several|few|many|some|numerous))"
)
_TUNIT = r"(?i:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|minutes?|seconds?|fortnights?)\b"
_TDATE = (
    rf"(?:{_TW},?\s+)?(?:{_TM}\s+{_TD}(?:,?\s+{_TY})?|(?:(?i:the)\s+)?{_TD}\s+(?:(?i:of)\s+)?{_TM}(?:,?\s+{_TY})?|"
    rf"{_TM},?\s+(?:(?i:of)\s+)?{_TY})"
)
_TDEICTIC = (
    r"(?i:(?:the\s+)?(?:same|following|previous|preceding|next|coming|past|last|current)|this(?:\s+past|\s+coming)?|"
    r"that)"
)
_TUNITS = r"(?i:year|month|week|weekend|decade|century|quarter|day|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|season)\b"
_TINNER = (
    rf"(?:(?i:this|last|next)\s+(?:{_TUNITS})|(?:(?i:the)\s+)?(?i:year|month|decade|century)\b|"
    rf"(?:(?i:last|next|this)\s+)?{_TM}(?:,?\s+{_TY})?|{_TY}|(?:1[6-9]|20)\d0'?s\b|(?i:spring|summer|autumn|winter)\b(?:\s+(?i:of\s+)?{_TY})?)"
)
_PAST_FOLLOWERS = (
    r"(?=\s*(?:[,.;:!?)\"”’]|$)|\s+(?i:and|or|but|while|when|as|to|with|in|on|at|for|is|was|were|has|have|had|will|"
    r"would|can|could|may|might)\b)"
)
_TIME_PREPS = r"(?i:in|since|until|till|by|from|to|through|of|last|next|this|that|early|late|mid|before|after|during|and|or)"
_DETECT = [
    re.compile(p)
    for p in (
        # ranges
        rf"\b(?i:between)\s+(?:{_TDATE}|{_TY})\s+(?i:and)\s+(?:{_TDATE}|{_TY}|{_TD})",
        rf"\b(?:(?i:from)\s+)?{_TM}\s+{_TD}\s*(?:[-–]|\s(?i:to|through|until)\s)\s*{_TD}(?!\s*(?:{_TM}|[:%]))",
        rf"\b(?:(?i:from)\s+)?(?:{_TDATE}|{_TY})\s*(?:[-–—]|\s(?i:to|through|until|till)\s)\s*(?:{_TDATE}|{_TY})",
        rf"(?<![\w$£€¥₩#/.,:-]){_TY}\s*[-–]\s*\d\d\b(?![-/.]\d)",
        # modified, calendar and numeric dates
        rf"\b(?i:(?:the\s+)?(?:early|mid|late)|(?:the\s+)?(?:start|beginning|middle|end)\s+of(?:\s+the)?|earlier|later)"
        rf"(?:[\s-]+|\s+(?i:in)\s+)(?:{_TINNER}|(?i:the\s+new\s+year)\b)",
        r"\b(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:(?:1[6-9]|20)\d0'?s\b|'\d0s\b)",
        r"\b(?:(?i:the)\s+)?(?:(?i:early|mid|late)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)|(?i:sixteenth|seventeenth|eighteenth|"
        r"nineteenth|twentieth|twenty[\s-]first))[\s-](?i:century)\b",
        rf"\b(?:{_TM}(?:\s+{_TD})?,?\s+(?i:of\s+)?(?i:last|this|next|that|the\s+same|the\s+following|the\s+previous)"
        r"\s+(?i:year)\b)",
        rf"\b{_TDATE}",
        r"\b(?:January|February|April|June|July|August|September|October|November|December)\b",
        rf"\b{_TIME_PREPS}\s+(?P<x>March|May)\b(?!\s+(?:[a-z]|{_TW}))",
        r"\b(?:1[6-9]|20)\d\d[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b",
        r"(?:1[6-9]|20)\d\d\s*[年년](?:\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?)?|(?<!\d)\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일])?"
        r"|(?<![\d年년月월])(?:[12]\d|3[01]|0?[1-9])\s*[日일](?![本韓])",
        "|".join(sorted(_CJK_WORDS, key=len, reverse=True)),
        # weekdays and deictic phrases
        rf"\b(?:(?i:last|next|this|this\s+coming|this\s+past|coming|past|the\s+following|the\s+next|the\s+previous)\s+)?{_TW}",
        rf"\b{_TDEICTIC}\s+(?:(?i:(?:fiscal|calendar)\s+)?{_TUNITS}|{_TM}(?!\s*\d))",
        r"\b(?i:the\s+(?:day|week|month|year)\s+(?:before|after|earlier|later))\b",
        r"\b(?i:the\s+(?:day|new\s+year))\b",
        r"\b(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|"
        r"evening|night))?|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
        # durations, shifts and vague amounts
        rf"\b(?i:(?:the\s+)?(?:past|last|next|coming|first|final|previous|following|remaining)\s+|another\s+|"
        rf"(?:an\s+)?additional\s+|a\s+further\s+|the\s+)?{_TNUM}(?:\s+|-)(?:(?i:more|additional|straight|consecutive|"
        rf"full)\s+)?(?:{_TUNIT}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b)(?!-old|\s+old\b|-long)"
        rf"(?:(?i:\s+and\s+a\s+half)|-long)?(?:\s+(?i:ago(?:\s+today)?|(?:later|earlier)(?!\s+than)|afterwards?|from\s+now|hence|"
        r"(?:before|after|prior)(?=\s*(?:[,.;:)\"”]|$))))?",
        r"\b(?i:(?:many\s+|some\s+|several\s+)?(?:years|months|weeks|days|decades)\s+ago)\b",
        r"\b(?i:(?:the\s+)?(?:coming|next|past|last|recent)\s+(?:few\s+)?)(?i:years|months|weeks|days|decades)\b",
        r"\b(?i:for|within|over|in|after|during)\s+(?P<x>(?i:years|months|weeks|decades|days|hours))\b"
        r"(?!\s+(?i:ago|old|to\s+come)|-)",
        r"\b(?P<x>(?i:years|months|weeks|decades|days|hours))\s+(?i:before|after|later|earlier)\b",
        # sets
        rf"\b(?i:every|each)\s+(?:(?:\d+|(?i:other|two|three|four|five|six|ten))\s+)?(?:(?i:year|month|week|day|decade|"
        rf"summer|winter|spring|autumn|fall|season|morning|afternoon|evening|night|weekend)s?\b|{_TW}|{_TM}(?:\s+{_TD})?)",
        rf"\b(?i:annual|annually|yearly|daily|monthly)\b|\b(?i:weekly)\b(?:\s+{_TW})?|\b(?i:on|at)\s+(?P<x>(?i:weekends))\b",
        r"\b(?i:once|twice|thrice|(?:\d+|two|three|four|five|six|ten)\s+times)\s+(?i:a|an|per|every|each)\s+"
        r"(?i:year|month|week|day)\b",
        # quarters, halves, seasons
        rf"\b(?i:(?:the\s+)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(?:quarter|half))(?:\s+(?i:of)\s+"
        rf"(?:{_TY}|(?i:(?:this|last|next|the)\s+year\b)))?|\bQ[1-4](?:\s+{_TY})?\b|\b{_TY}\s+Q[1-4]\b",
        rf"\b(?:(?i:the)\s+)?(?i:spring|summer|autumn|winter)\b(?:,?\s+(?i:of\s+)?{_TY}|(?!\s+[A-Z]))",
        rf"\b(?i:fall)\s+(?i:of\s+)?{_TY}|\b(?i:the|in)\s+(?P<x>(?i:fall))\b(?!\s+(?i:of|in)\b)",
        # PRESENT_REF, PAST_REF, FUTURE_REF
        r"\b(?i:right\s+now|now|currently|nowadays|presently|at\s+present|these\s+days|recently|lately)\b(?![-'’]\w)",
        r"\b(?i:in)\s+(?P<x>(?i:the\s+(?:distant\s+|recent\s+)?past))\b(?!\s+(?:\d|(?i:few|several|two|three|four|five|"
        r"year|month|week|decade|day|centur)))",
        r"\b(?i:in|into|for)\s+(?P<x>(?i:the\s+future))\b(?![-'’]\w)|\b(?i:the\s+(?:near|distant|foreseeable|immediate)\s+future)\b",
        rf"\b(?i:about|in|for|until|to|of)\s+(?P<x>(?i:the\s+present))\b{_PAST_FOLLOWERS}",
        # years
        r"(?<![\w$£€¥₩#/.,:'’-])(?:1[6-9]\d\d|20\d\d)(?![\w/%]|[.,:]\d|-\d|\s*(?i:%|percent|per\s*cent))",
    )
]
_TRIM_LEAD = re.compile(
    r"^(?:(?i:on|in|at|since|by|during|until|till|before|after|of|for|within|throughout|around|about|approximately|"
    r"roughly|nearly|almost|just|only|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|as\s+early\s+as|"
    r"as\s+late\s+as|as\s+of|over|under|a\s+mere|mere|barely|merely|ages?|aged)\s+|\d[\d,]*(?:st|nd|rd|th)\s+)+"
)
_TRIM_CLOCK = re.compile(
    r"(?:,?\s*(?i:at\s+)?\d{1,2}(?::\d\d)+(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?(?:\s+[A-Z]{2,4})?|,?\s*(?i:at\s+)?\d{1,2}\s*"
    r"(?i:a\.m\.|p\.m\.|am\b|pm\b)(?:\s+[A-Z]{2,4})?)\s*$"
)
_TRIM_CLOCK_LEAD = re.compile(r"^\d{1,2}(?::\d\d)+(?:\s*(?i:a\.m\.|p\.m\.|am|pm))?(?:\s+[A-Z]{2,4}\b)?,?\s+")
# The gold convention: "Thursday afternoon" is the date "Thursday"; the part of day is not kept.
_TRIM_PART_OF_DAY = re.compile(r"(?<=day)\s+(?i:morning|afternoon|evening|night)$")
_COMPARATIVE = re.compile(r"\s+(?i:later|earlier)$")
_ABBREVIATION_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.$")
_CLOCK = re.compile(r"(?i:\d{1,2}(?::\d\d)+|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midnight)")
_AGE_AFTER = re.compile(r"^\s*(?:-\s*)?(?:years?[\s-]+)?old\b|^\s*-?\s*(?:year|month)s?-old\b", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged?|ages)\s*$", re.I)
_AGE_INSIDE = re.compile(r"-(?:year|month|week|day)s?-old|\byears?\s+old\b|anniversar", re.I)
_ANNIVERSARY = re.compile(r"^\s*anniversar", re.I)
_MONEY_BEFORE = re.compile(r"[$£€¥₩]\s*$|\b(?:No|Nos|Resolution|Article|Room|Flight|Route|Gate)\.?\s*$")
_MONEY_AFTER = re.compile(r"^\s*(?:%|(?:million|billion|trillion|won|yen|dollars|percent)\b)", re.I)
# "a day when", "a second time", "one day": an indefinite noun phrase or an ordinal, not an amount of time.
_NOT_AMOUNT = re.compile(r"(?i:a|an|one)\s+(?:second|day|year|week|month)")
_NOT_AMOUNT_AFTER = re.compile(r"^\s+(?:when|of|that|where|which|in\s+which|time|round|term)\b", re.I)
_BARE_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_SMALL_NUMBER = re.compile(r"\s*'?\d{1,3}\s*")
_TEMPORAL_PREPS = {"in", "since", "by", "until", "till", "from", "to", "before", "after", "during", "of", "between"}
_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "'s", "’s"}
_COUNT_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
_TIME_NOUNS = re.compile(r"(?i)(?:year|month|week|day|decade|centur|season|quarter)s?")
_FUTURE_AUX = {"will", "'ll", "’ll", "shall", "wo", "would", "could", "can", "may", "might", "should", "must", "to"}
_PLAN_WORDS = {
    "set", "scheduled", "slated", "due", "expected", "planned", "plans", "plan", "planning", "poised", "intends",
    "intend", "aims", "aim", "hopes", "upcoming", "going",
}  # fmt: skip
_NEEDS_TENSE = {"month", "weekday", "season", "quarter", "half", "rel", "fallback", "mod", "range"}
_SPAN_PREFIX = re.compile(r"(?i:over|for|during|within|throughout)\s+$")
_NOUN_MODIFIER = {"compound", "nummod", "amod", "poss", "nmod"}


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The minimal span: no leading "on"/"in"/"since"/hedges, clock times or trailing punctuation."""
    piece = text[start:end]
    for _ in range(3):
        before = piece
        lead = _TRIM_LEAD.match(piece) or _TRIM_CLOCK_LEAD.match(piece)
        if lead and not re.match(r"(?i:from|between)\s", piece):
            piece, start = piece[lead.end() :], start + lead.end()
        cut = _TRIM_CLOCK.search(piece) or _TRIM_PART_OF_DAY.search(piece)
        if cut and cut.start() > 0:
            piece, end = piece[: cut.start()], start + cut.start()
        stripped = piece.rstrip(" \t\n,;:!?)]\"”’'")
        if stripped.endswith(("'s", "’s")):
            stripped = stripped[:-2]
        if stripped.endswith(".") and not _ABBREVIATION_END.search(stripped):
            stripped = stripped[:-1]
        end -= len(piece) - len(stripped)
        piece = stripped
        leading = len(piece) - len(piece.lstrip(" \t\n,;:([\"“‘'"))
        piece, start = piece[leading:], start + leading
        if piece == before:
            break
    comparison = _COMPARATIVE.search(piece)
    if comparison and re.match(r"\s+than\b", text[end:]):  # "a month earlier than usual": an amount
        end = start + comparison.start()
    return start, end


def _regex_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in _DETECT:
        for match in pattern.finditer(text):
            start, end = match.span("x") if "x" in pattern.groupindex and match["x"] else match.span()
            spans.append((start, end))
    return spans


def _entity_spans(doc: Doc) -> list[tuple[int, int]]:
    """spaCy's DATE entities, and TIME entities that are not clock times ("tonight", "24 hours")."""
    return [
        (ent.start_char, ent.end_char)
        for ent in doc.ents
        if ent.label_ == "DATE" or (ent.label_ == "TIME" and not _CLOCK.search(ent.text))
    ]


def _span(doc: Doc, start: int, end: int) -> Span | None:
    try:
        return doc.char_span(start, end, alignment_mode="expand")
    except (ValueError, IndexError):
        return None


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The span's head word ("summer" in "the summer", where spaCy may name the determiner)."""
    span = _span(doc, start, end)
    if span is None or not len(span):
        return None
    heads = [token for token in span if token.head.i < span.start or token.head.i >= span.end or token.head is token]
    content = [token for token in heads if token.pos_ not in ("DET", "ADP", "PUNCT")]
    return (content or heads or [span.root])[-1]


def _plausible(doc: Doc, text: str, start: int, end: int) -> bool:
    """False for ages ("86-year-old"), anniversaries ("60th anniversary"), money, counts, clock times, bare
    small numbers (spaCy tags ages as DATE) and indefinite phrases ("a day when")."""
    piece, before, after = text[start:end], text[max(0, start - 12) : start], text[end : end + 16]
    if _AGE_AFTER.match(after) or _AGE_BEFORE.search(before) or _ANNIVERSARY.match(after) or _AGE_INSIDE.search(piece):
        return False
    if _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after) or _CLOCK.fullmatch(piece.strip()):
        return False
    if _SMALL_NUMBER.fullmatch(piece) or (_NOT_AMOUNT.fullmatch(piece) and _NOT_AMOUNT_AFTER.match(after)):
        return False
    if piece.lower() == "one day" or re.fullmatch(r"(?i:an?)\s+second", piece):
        return False  # "one day the leaders find…", "a second round"
    return not (_BARE_YEAR.fullmatch(piece) and _counted(doc, start, end))


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
            expr = parse(text[start:end])
            if expr is not None:
                ranked[(start, end)] = 1 if expr.kind == "fallback" else 2
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping
    for start, end in sorted(ranked, key=lambda span: (-ranked[span], span[0] - span[1], span[0])):
        index = bisect.bisect_left(taken, (start, end))
        if (index == 0 or taken[index - 1][1] <= start) and (index == len(taken) or taken[index][0] >= end):
            taken.insert(index, (start, end))
    return taken


# -- discourse -------------------------------------------------------------------------------------
def _future(doc: Doc, start: int, end: int) -> bool:
    """Whether the clause governing the span is future or planned ("will meet on Friday", "is set to visit
    next Tuesday", "planned for January", "takes effect Aug. 28"), read from the parse. A date that names a
    thing ("Tokyo's July decision") takes the tense of that thing's own verb only."""
    token = _token_at(doc, start, end)
    if token is None:
        return False
    if token.dep_ in _NOUN_MODIFIER and token.head.i > token.i:
        head = token.head.head
        return head.pos_ in ("VERB", "AUX") and _clause_future(head, direct=True)
    direct = True
    for _ in range(8):  # a bounded walk up the tree to the first verb that has a tense
        if token.pos_ in ("VERB", "AUX") or token.lower_ in _PLAN_WORDS:
            if _clause_future(token, direct):
                return True
            if token.dep_ == "conj" and _clause_future(token.head, direct):  # "to meet X and speak on Friday"
                return True
            if token.tag_ not in ("VB", "VBG") or any(child.dep_ in ("aux", "auxpass") for child in token.children):
                return False
        if token.head is token:
            return False
        token = token.head
        direct = direct and token.pos_ not in ("NOUN", "PROPN")
    return False


def _clause_future(verb: Token, direct: bool, depth: int = 0) -> bool:
    """Future, planned or modal; or present tense scheduling a date that hangs on the verb itself ("takes
    effect Aug. 28", "falls on Sunday"; not "follows rulings in October"). An infinitive is as future as
    the verb it hangs on ("plans to visit in May"; not "agreed to sell in October")."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & {"have", "'ve", "has", "had"}:
        return False
    if verb.lower_ in _PLAN_WORDS or auxiliaries & (_FUTURE_AUX - {"to"}):
        return True
    if "to" in auxiliaries:
        governor = verb.head
        if governor is verb or governor.pos_ not in ("VERB", "AUX") or depth > 3:
            return True  # "a program to run through June": a purpose, still ahead
        return _clause_future(governor, True, depth + 1)
    return direct and verb.tag_ in ("VBZ", "VBP")


def _noun_modifier(doc: Doc, text: str, start: int, end: int, parsed: bool) -> bool:
    """A date used to name something ("the 1998 declaration", "its 2023 plan")."""
    token = _token_at(doc, start, end) if parsed else None
    if token is None:
        return bool(re.match(r"\s+[a-z]", text[end : end + 3]))
    return token.dep_ in _NOUN_MODIFIER and token.head.i > token.i


class _Discourse:
    """The walk's state: the date last in focus, and the paragraph's narrative date (the last one stated
    outright, not counted from publication, not naming a thing, not opening a "since" period)."""

    def __init__(self, published: Parts | None, paragraphs: list[int]) -> None:
        self.published = published
        self.paragraphs = paragraphs
        self.focus: Parts | None = None
        self.narrative: tuple[Parts, int] | None = None
        self.fallbacks = 0

    def context(self, start: int, future: bool) -> Context:
        paragraph = bisect.bisect_right(self.paragraphs, start)
        narrative = self.narrative if not future else None
        local = narrative[0] if narrative and narrative[1] == paragraph else None
        return Context(self.published, self.focus, local, future, self.fallbacks < MAX_FALLBACKS)

    def update(self, start: int, found: Normalised, names_thing: bool, opens_period: bool) -> None:
        parts = parts_of(found.end or found.value) if found.type in ("DATE", "TIME") else None
        if parts is None or names_thing:
            return
        self.focus = parts
        if found.anchor == "published":
            self.narrative = None
        elif not opens_period and found.grain != "range":
            self.narrative = (parts, bisect.bisect_right(self.paragraphs, start))


def extract_times(doc: Doc, published: str | None) -> list[TimeRef]:
    """Every time expression of `doc` in text order, normalised against `published` ("YYYY[-MM[-DD]]" or
    None) and the discourse: anaphora ("that November", "a day later") count from the date last in focus."""
    text = doc.text  # a spaCy property that joins every token: read it once
    if not text or not text.strip():
        return []
    paragraphs = [match.start() for match in re.finditer(r"\n", text)]
    state = _Discourse(parts_of(published) if isinstance(published, str) else None, paragraphs)
    parsed = doc.has_annotation("DEP")
    times = []
    for start, end in _candidates(doc, text):
        expr = parse(text[start:end])
        if expr is None:
            continue
        found = _read(doc, text, (start, end), expr, state, parsed)
        state.fallbacks += expr.kind == "fallback"
        names_thing = expr.kind == "date" and _noun_modifier(doc, text, start, end, parsed)
        state.update(start, found, names_thing, text[max(0, start - 6) : start].lower().endswith("since "))
        times.append(_time_ref(text, start, end, found))
    return times


def _read(doc: Doc, text: str, span: tuple[int, int], expr: Expr, state: _Discourse, parsed: bool) -> Normalised:
    """One expression resolved in its place: tense, discourse, and the two readings its neighbours decide."""
    start, end = span
    future = parsed and expr.kind in _NEEDS_TENSE and _future(doc, start, end)
    found = _resolve(expr, state.context(start, future))
    span_of = expr.kind == "rel" and text[start:end].lower().startswith("the ")
    if span_of and expr.offset and _SPAN_PREFIX.search(text[max(0, start - 12) : start]):
        return _resolve(_duration(1, expr.unit or "day"), state.context(start, future))  # "over the next month"
    if expr.kind == "rel" and expr.unit == "day" and parsed and _general_today(doc, text, end):
        return Normalised("PRESENT_REF", grain="ref")  # "by today's standards"
    return found


def _general_today(doc: Doc, text: str, end: int) -> bool:
    """"today's" before a plural noun ("today's standards", "today's young people") means nowadays."""
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
