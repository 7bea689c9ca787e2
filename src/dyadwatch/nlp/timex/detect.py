"""Time expressions: candidate spans in a parsed article, trimmed to their minimal form and filtered."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .grammar import _parse
from .vocabulary import _CJK_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
