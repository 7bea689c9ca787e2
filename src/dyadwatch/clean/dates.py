"""Publication date as a cascade, each step recorded in `published_from`:

caller's field → HTML metadata (htmldate) or feed date → a date line in a text repost → URL path →
dated asset URLs in the text → text cues (a weekday beside a dated day, a dateline with the year
given elsewhere) → unknown. A day is given only when something supports the day; otherwise month.
The latest date the text mentions is kept as a lower bound in the note, never as the date itself.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache

import dateparser

from ..kb import anniversaries
from ..model import Grain, PublishedDate

_MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTH_NAMES |= {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
_MONTH_NAMES["sept"] = 9
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

_URL_DAY = re.compile(r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?:/|[^\d]|$)")
_URL_COMPACT = re.compile(
    r"(?:/|=|-|_)[A-Za-z]{0,4}(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)(?:\d{0,12})(?:/|\.|&|$|-|_|\?)"
)
_URL_MONTH = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)(?:/|$)")
_TEXT_DAY = re.compile(
    rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?", re.IGNORECASE
)
_TEXT_DAY_FIRST = re.compile(rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}\s*,?\s+(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE)
_TEXT_MONTH_YEAR = re.compile(rf"\b{_MONTH}\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})\b", re.IGNORECASE)
_CJK_DAY = re.compile(r"(?P<year>(?:19|20)\d{2})\s*[년年]\s*(?P<month>\d{1,2})\s*[월月]\s*(?P<day>\d{1,2})\s*[일日]")
_ISO_DAY = re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
_WEEKDAY_NEAR = re.compile(rf"\b{_WEEKDAY}\b", re.IGNORECASE)
_DATELINE_DAY = re.compile(rf"^[A-Z][A-Z .'\-]{{2,30}},\s*{_MONTH}\s+(?P<day>[0-3]?\d)\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?P<n>\d+|an?|one)\s+(?P<unit>second|minute|min|hour|hr|day|week|month)s?\s+ago"
    r"|(?P<word>just now|yesterday|today)",
    re.IGNORECASE,
)
# How far apart a weekday and the date it qualifies may be, in characters.
_WEEKDAY_WINDOW = 80
# A month-day falls on a given weekday about once every six years (leap years shift it).
_WEEKDAY_YEARS_AHEAD = 7


@dataclass(frozen=True, slots=True)
class DateEvidence:
    """Everything the cascade may use, gathered by the cleaner."""

    hint: str | None = None  # caller's `published`
    meta: str | None = None  # htmldate on the HTML, or a feed's pubDate
    date_lines: tuple[str, ...] = ()  # "Published: Aug. 24, 2025" lines of a text repost
    url: str | None = None
    asset_urls: tuple[str, ...] = ()
    text: str = ""
    # A slower page-wide search (htmldate's extensive mode), asked only when cheaper cues found no day.
    page_search: Callable[[], str | None] | None = None


def _valid(year: int, month: int, day: int | None = None) -> bool:
    if not (1900 <= year <= 2100 and 1 <= month <= 12):
        return False
    return day is None or 1 <= day <= calendar.monthrange(year, month)[1]


def _from_iso(value: str, origin: str, note: str = "") -> PublishedDate | None:
    value = value.strip()
    for pattern, grain in ((r"(\d{4})-(\d{2})-(\d{2})", "day"), (r"(\d{4})-(\d{2})", "month"), (r"(\d{4})", "year")):
        match = re.match(pattern, value)
        if match:
            parts = [int(p) for p in match.groups()]
            if _valid(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else None):
                return PublishedDate(match.group(0), grain, origin, note)  # type: ignore[arg-type]
    return None


def date_from_line(line: str) -> str | None:
    """Parse a date line ("Sunday, Aug. 24, 2025 08:15 AM", "2025년 8월 24일") to YYYY-MM-DD."""
    match = _CJK_DAY.search(line) or _ISO_DAY.search(line)
    spelled = _TEXT_DAY.search(line) or _TEXT_DAY_FIRST.search(line)
    if match is None and spelled is not None and spelled["year"]:
        year, month, day = int(spelled["year"]), _month_number(spelled["month"]), int(spelled["day"])
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    if match:
        year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
        return f"{year:04d}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
    parsed = dateparser.parse(
        line, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date().isoformat() if parsed else None


def parse_moment(text: str | None) -> datetime | None:
    """A capture time such as '2025-08-24 09:30 KST' or 'Dec 10, 2025 07:45' (wall-clock time kept)."""
    if not text:
        return None
    parsed = dateparser.parse(text, languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    return parsed


def date_from_url(url: str | None, *, allow_month: bool = True) -> tuple[str, Grain] | None:
    if not url:
        return None
    for pattern in (_URL_DAY, _URL_COMPACT):
        for match in pattern.finditer(url):
            y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
            if _valid(y, m, d):
                return f"{y:04d}-{m:02d}-{d:02d}", "day"
    if allow_month:
        for match in _URL_MONTH.finditer(url):
            y, m = int(match["y"]), int(match["m"])
            if _valid(y, m):
                return f"{y:04d}-{m:02d}", "month"
    return None


def mentioned_dates(text: str) -> list[date]:
    """Fully specified dates the text mentions (month day, year / day month year / CJK / ISO)."""
    found: list[date] = []
    for match in _TEXT_DAY.finditer(text):
        if match["year"]:
            _append(found, int(match["year"]), _month_number(match["month"]), int(match["day"]))
    for match in _TEXT_DAY_FIRST.finditer(text):
        _append(found, int(match["year"]), _month_number(match["month"]), int(match["day"]))
    for pattern in (_CJK_DAY, _ISO_DAY):
        for match in pattern.finditer(text):
            _append(found, int(match["year"]), int(match["month"]), int(match["day"]))
    return found


def _month_number(name: str) -> int:
    key = name.lower().rstrip(".")
    return _MONTH_NAMES.get(key) or _MONTH_NAMES[key[:3]]


def _append(found: list[date], year: int, month: int, day: int) -> None:
    if _valid(year, month, day):
        found.append(date(year, month, day))


def _years_in(text: str) -> list[int]:
    return [int(m["year"]) for m in _YEAR.finditer(text)]


@cache
def _anniversary_pattern() -> tuple[re.Pattern[str], dict[str, date]]:
    by_name: dict[str, date] = {}
    for day in anniversaries():
        for name in (day.name, *day.aliases):
            by_name[re.sub(r"^the\s+", "", name.casefold())] = date.fromisoformat(day.date)
    names = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?P<n>\d{{1,3}})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?P<what>{names})", re.IGNORECASE
    )
    return pattern, by_name


def anniversary_dates(text: str) -> list[tuple[date, int]]:
    """'the 80th anniversary of Liberation Day' → (2025-08-15, position in the text)."""
    pattern, by_name = _anniversary_pattern()
    found = []
    for match in pattern.finditer(text):
        base = by_name[match["what"].casefold()]
        year = base.year + int(match["n"])
        if _valid(year, base.month, base.day):
            found.append((date(year, base.month, base.day), match.start()))
    return found


def weekday_of_anniversary(text: str) -> date | None:
    """A weekday beside a counted anniversary ('on Friday, the 80th anniversary of Liberation Day')."""
    best: date | None = None
    for day, position in anniversary_dates(text):
        window = text[max(0, position - _WEEKDAY_WINDOW) : position + _WEEKDAY_WINDOW]
        if any(_WEEKDAYS[m["weekday"].lower()] == day.weekday() for m in _WEEKDAY_NEAR.finditer(window)):
            best = day if best is None or day > best else best
    return best


def weekday_anchored(text: str, candidate_years: list[int]) -> tuple[date, str] | None:
    """A weekday beside a month-day ('on Friday, Aug. 15'): the year whose calendar agrees.

    First among the years the text and its asset URLs mention (latest first); failing that, the first
    agreeing year after the latest one mentioned (a text cannot predate the dates it mentions), within
    the six-year span in which a month-day falls on each weekday once.
    """
    best: tuple[date, str] | None = None
    mentioned = sorted(set(candidate_years), reverse=True)
    following = list(range(mentioned[0] + 1, mentioned[0] + _WEEKDAY_YEARS_AHEAD + 1)) if mentioned else []
    for weekday in _WEEKDAY_NEAR.finditer(text):
        window = text[max(0, weekday.start() - _WEEKDAY_WINDOW) : weekday.end() + _WEEKDAY_WINDOW]
        wanted = _WEEKDAYS[weekday["weekday"].lower()]
        for match in _TEXT_DAY.finditer(window):
            month, day = _month_number(match["month"]), int(match["day"])
            years = [int(match["year"])] if match["year"] else mentioned
            for year_list, how in (
                (years, "a year the text mentions"),
                (following, "the first year after the latest one mentioned"),
            ):
                found = next(
                    (
                        date(y, month, day)
                        for y in year_list
                        if _valid(y, month, day) and date(y, month, day).weekday() == wanted
                    ),
                    None,
                )
                if found is not None:
                    if best is None or found > best[0]:
                        best = (found, how)
                    break
    return best


def dateline_day(text: str, candidate_years: list[int]) -> date | None:
    """'SEOUL, Aug. 24 (Yonhap) --' with exactly one plausible year elsewhere (an asset URL or the text)."""
    match = _DATELINE_DAY.search(text[:200])
    if not match or not candidate_years:
        return None
    year = max(candidate_years)
    month, day = _month_number(match["month"]), int(match["day"])
    return date(year, month, day) if _valid(year, month, day) else None


def infer_published(evidence: DateEvidence) -> PublishedDate:
    """Run the cascade; the first step that yields a date decides."""
    if evidence.hint and (found := _from_iso(evidence.hint, "input")):
        return found
    if evidence.meta and (found := _from_iso(evidence.meta, "meta")):
        return found
    for line in evidence.date_lines:
        value = date_from_line(line)
        if value:
            return PublishedDate(value, "day", "text", f"date line {line!r}")
    url_date = date_from_url(evidence.url)
    if url_date:
        return PublishedDate(url_date[0], url_date[1], "url", "date in the URL path")
    return _from_text(evidence)


def _from_text(evidence: DateEvidence) -> PublishedDate:
    asset_dates = [d for u in evidence.asset_urls if (d := date_from_url(u))]
    asset_years = [int(value[:4]) for value, _ in asset_dates]
    text_years = _years_in(evidence.text)
    candidate_years = asset_years or text_years
    anniversary = weekday_of_anniversary(evidence.text)
    if anniversary and (not text_years or anniversary.year >= max(text_years)):
        return PublishedDate(anniversary.isoformat(), "day", "text", "weekday beside a counted anniversary")
    anchored = weekday_anchored(evidence.text, candidate_years)
    if anchored and text_years and anchored[0].year < max(text_years):
        anchored = None  # a weekday beside a historical date dates that event, not the article
    if anchored and (not asset_dates or any(anchored[0].isoformat().startswith(v[:7]) for v, _ in asset_dates)):
        note = f"weekday beside a dated day in the text; year: {anchored[1]}"
        return PublishedDate(anchored[0].isoformat(), "day", "text", note)
    named_weekdays = {_WEEKDAYS[m["weekday"].lower()] for m in _WEEKDAY_NEAR.finditer(evidence.text)}
    for value, grain in sorted(asset_dates, reverse=True):
        if grain == "day" and date.fromisoformat(value).weekday() in named_weekdays:
            return PublishedDate(value, "day", "text", "dated asset URL whose weekday the text names")
    searched = evidence.page_search() if evidence.page_search else None
    if searched and searched.endswith("-01") and any(v == searched[:7] for v, g in asset_dates if g == "month"):
        searched = None  # htmldate fills the day of a month-only image path with 01: that day is invented
    if searched and searched.endswith("-01-01"):
        searched = None  # a bare year found somewhere, padded to January 1st: not a publication day
    if searched and (found := _from_iso(searched, "text", "page-wide date search (htmldate extensive mode)")):
        return found
    if asset_dates:
        latest = max(value[:7] for value, _ in asset_dates)
        dateline = dateline_day(evidence.text, [int(latest[:4])])
        if dateline and dateline.isoformat().startswith(latest):
            return PublishedDate(dateline.isoformat(), "day", "text", "dateline day in the month of a dated asset URL")
        return PublishedDate(latest, "month", "text", "month of a dated asset URL in the text")
    mentioned = mentioned_dates(evidence.text) + [day for day, _ in anniversary_dates(evidence.text)]
    note = f"not before {max(mentioned).isoformat()} (latest date the text mentions)" if mentioned else ""
    return PublishedDate(None, None, "unknown", note)


def resolve_relative(expression: str, anchor: datetime | date | None) -> str | None:
    """'21 minutes ago' / '2 days ago' / 'yesterday' against the capture time → YYYY-MM-DD."""
    if anchor is None:
        return None
    match = _RELATIVE.search(expression)
    if not match:
        return None
    moment = anchor if isinstance(anchor, datetime) else datetime(anchor.year, anchor.month, anchor.day, 12)
    if match["word"]:
        delta = timedelta(days=1) if match["word"].lower() == "yesterday" else timedelta(0)
    else:
        count = 1 if match["n"].lower() in ("a", "an", "one") else int(match["n"])
        unit = match["unit"].lower()
        seconds = {
            "second": 1,
            "minute": 60,
            "min": 60,
            "hour": 3600,
            "hr": 3600,
            "day": 86400,
            "week": 7 * 86400,
            "month": 30 * 86400,
        }[unit]
        delta = timedelta(seconds=count * seconds)
    return (moment - delta).date().isoformat()
