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
from typing import TYPE_CHECKING

from ...model import TimeRef
from .detect import _candidates, _token_at
from .grammar import Context, Expr, Normalised, Parts, _duration, _parse
from .resolve import _parts, _resolve, normalise

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Normalised", "extract_times", "normalise"]

# dateparser costs about a millisecond a call; a pathological text gets no more than this many.
MAX_FALLBACKS = 64

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
