"""Who said what: direct quotes in quotation marks and reported speech, each with its speaker.

Quotation marks are paired by a scanner over characters (double, curly and single marks; a paragraph that
opens a quote without closing it continues into the next one that reopens it). The spaCy parse then finds
the speech verb of the quote's sentence and its subject, which `ActorReader` turns into an entity — by
name, surname, title or pronoun — or, when the sentence names no one, the speaker of the quote before.
Reported speech is a speech verb's clause complement ("said that …") or "according to X".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import Quote
from .actors import ActorReader, EntityDraft, speech_lexicon

MIN_DIRECT_WORDS = 4  # shorter quoted fragments are scare quotes or terms (data/sample/gold/reading-format.md)
SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "at", "by", "with", "or", "vs", "&"}
NAMING_WORDS = {
    "dubbed",
    "called",
    "titled",
    "entitled",
    "named",
    "so-called",
    "slogan",
    "campaign",
    "motto",
    "book",
    "hashtag",
    "banner",
    "theme",
    "label",
    "labelled",
    "labeled",
    "known",
}
CONFIDENCE = {
    "named": 0.9,
    "surname": 0.85,
    "org": 0.85,
    "title": 0.75,
    "pronoun": 0.7,
    "previous": 0.65,
    "description": 0.6,
    None: 0.3,
}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
DOUBLE_OPEN, DOUBLE_CLOSE = "“", "”"
# Heads of noun phrases that name a body by its role ("the presidential office", "Japan's foreign ministry").
ORG_HEADS = {
    "government",
    "office",
    "ministry",
    "embassy",
    "side",
    "administration",
    "cabinet",
    "court",
    "agency",
    "statement",
    "party",
    "council",
    "committee",
    "secretariat",
    "group",
    "groups",
    "company",
    "firm",
    "foundation",
    "institute",
    "association",
    "union",
    "federation",
    "organizers",
    "organisers",
    "command",
    "military",
    "navy",
    "force",
    "forces",
    "coalition",
    "bloc",
    "camp",
    "media",
    "spokesperson",
}
PRONOUN_REACH = 1200  # characters back from a pronoun within which the last speaker is still in focus


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    start: int  # first character inside the marks
    end: int  # the closing mark (exclusive end of the content)
    paragraph: int


def quoted_spans(text: str) -> list[QuotedSpan]:
    """Pairs of quotation marks; bounded: one pass over the text, an unclosed mark ends at its paragraph."""
    spans: list[QuotedSpan] = []
    paragraphs = list(_paragraphs(text))
    carry: int | None = None  # start of a double quote left open by the previous paragraph
    for number, (p_start, p_end) in enumerate(paragraphs):
        spans_here, open_at = _scan_paragraph(text, p_start, p_end, number)
        if carry is not None:
            first = text[p_start] if p_start < p_end else ""
            if first in '"“' and spans_here and spans_here[0].start == p_start + 1:
                spans_here[0] = QuotedSpan(carry, spans_here[0].end, number)  # "the whole run is one quote"
            elif first in '"“' and open_at == p_start + 1:
                open_at = carry
            else:
                spans.append(QuotedSpan(carry, paragraphs[number - 1][1], number - 1))
        spans.extend(spans_here)
        carry = open_at
    if carry is not None:
        spans.append(QuotedSpan(carry, paragraphs[-1][1], len(paragraphs) - 1))
    return sorted(spans, key=lambda s: s.start)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    for match in re.finditer(r"[^\n]+", text):
        if match.group().strip():
            yield match.start(), match.end()


def _scan_paragraph(text: str, start: int, end: int, number: int) -> tuple[list[QuotedSpan], int | None]:
    """Quotes closed inside one paragraph, and where a double quote was left open (if it was)."""
    spans: list[QuotedSpan] = []
    double_at: int | None = None
    single_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if ch == DOUBLE_OPEN or (ch == '"' and double_at is None):
            if double_at is None:
                double_at, single_at = i + 1, None
        elif ch == DOUBLE_CLOSE or ch == '"':
            if double_at is not None:
                spans.append(QuotedSpan(double_at, i, number))
                double_at = None
        elif ch in "'‘’" and double_at is None:
            if single_at is None and ch in "'‘" and not before.isalnum() and (after.isalnum() or after in "…$"):
                single_at = i + 1
            elif single_at is not None and ch in "'’" and not before.isspace() and not after.isalnum():
                spans.append(QuotedSpan(single_at, i, number))
                single_at = None
    return spans, double_at


class QuoteReader:
    """Finds the quotes of one parsed article, naming speakers through an `ActorReader`."""

    def __init__(self, doc: Doc, actors: ActorReader) -> None:
        self.doc = doc
        self.actors = actors
        self.lexicon = speech_lexicon()
        self.token_starts = [t.idx for t in doc]
        self.text = doc.text  # Doc.text joins every token on each access: read it once
        self.quoted = [q for q in quoted_spans(self.text) if q.end > q.start]
        self.paragraphs = list(_paragraphs(self.text))
        self.paragraph_starts = [start for start, _ in self.paragraphs]
        self.quoted_chars: list[tuple[int, int]] = [(q.start, q.end) for q in self.quoted]
        self.recent: list[tuple[int, EntityDraft | None, str]] = []  # (where, who, name) of speakers so far

    def read(self) -> list[tuple[Quote, EntityDraft | None]]:
        """Quotes in text order; each speaker found is remembered for pronouns and split quotes after it."""
        found: list[tuple[Quote, EntityDraft | None]] = []
        last_by_paragraph: dict[int, tuple[EntityDraft | None, str | None]] = {}
        work: list[tuple[int, QuotedSpan | Token]] = [(q.start, q) for q in self.quoted]
        work += [(t.idx, t) for t in self._speech_tokens()]
        for _, item in sorted(work, key=lambda pair: pair[0]):
            if isinstance(item, QuotedSpan):
                result = self._direct(item, last_by_paragraph)
                if result is not None and result[0].speaker_name:
                    last_by_paragraph[item.paragraph] = (result[1], result[0].speaker_name)
            else:
                result = self._according_to(item) if item.lower_ == "according" else self._reported(item)
            if result is not None:
                found.append(result)
                if result[0].speaker_name:
                    self.recent.append((result[0].start, result[1], result[0].speaker_name))
        return _without_partial_quotes(found)

    def _speech_tokens(self) -> Iterator[Token]:
        for token in self.doc:
            if self._inside_quote(token.idx):
                continue
            if (
                token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to"
            ) or self._is_speech_verb(token):
                yield token

    # -- direct quotes ---------------------------------------------------------------------------------
    def _direct(
        self, span: QuotedSpan, previous: dict[int, tuple[EntityDraft | None, str | None]]
    ) -> tuple[Quote, EntityDraft | None] | None:
        content = self.text[span.start : span.end]
        words = content.split()
        if len(words) < MIN_DIRECT_WORDS or _looks_like_title(words) or self._named_thing(span):
            return None
        verb = self._frame_verb(span)
        speaker: tuple[EntityDraft | None, str | None, str | None] = (None, None, None)
        if verb is not None:
            speaker = self._speaker_of_verb(verb)
        if speaker[1] is None:
            earlier = previous.get(span.paragraph) or previous.get(span.paragraph - 1)
            if earlier is not None and (verb is None or speaker[1] is None):
                speaker = (earlier[0], earlier[1], "previous")
        draft, name, how = speaker
        text = content.strip().rstrip(",")
        offset = span.start + (len(content) - len(content.lstrip()))
        return self._quote("direct", text, offset, offset + len(text), draft, name, how, verb), draft

    def _named_thing(self, span: QuotedSpan) -> bool:
        """'the "America First" slogan', 'a book titled "…"': a name in quotation marks, not speech."""
        before = self.text[max(span.start - 25, 0) : span.start - 1].casefold().split()[-2:]
        after = self.text[span.end + 1 : span.end + 20].casefold().split()[:1]
        return any(w.strip(",.") in NAMING_WORDS for w in before + after)

    def _frame_verb(self, span: QuotedSpan) -> Token | None:
        """The speech verb outside the quote in the sentences the quote touches, nearest to it."""
        best: tuple[int, Token] | None = None
        low, high = self._paragraph_bounds(span.start, span.end)
        for sentence in self._sentences(span.start, span.end):
            for token in sentence:
                if not low <= token.idx < high or self._inside_quote(token.idx) or not self._is_speech_verb(token):
                    continue
                distance = min(abs(token.idx - span.start), abs(token.idx - span.end))
                if best is None or distance < best[0]:
                    best = (distance, token)
        return best[1] if best else None

    def _paragraph_bounds(self, start: int, end: int) -> tuple[int, int]:
        """From the start of the paragraph holding `start` to the end of the one holding `end`."""
        first = max(bisect.bisect_right(self.paragraph_starts, start) - 1, 0)
        last = max(bisect.bisect_right(self.paragraph_starts, max(end - 1, start)) - 1, 0)
        return self.paragraphs[first][0], self.paragraphs[last][1]

    def _sentences(self, start: int, end: int) -> list[Span]:
        first = self._token_at(start)
        last = self._token_at(max(end - 1, start))
        if first is None or last is None:
            return []
        sentences: list[Span] = []
        sentence = first.sent
        while True:
            sentences.append(sentence)
            if sentence.end > last.i or sentence.end >= len(self.doc):
                break
            sentence = self.doc[sentence.end].sent
        # An attribution right after the closing mark may be parsed as its own sentence ("…." she said.)
        tail = self.doc[sentences[-1].end].sent if sentences[-1].end < len(self.doc) else None
        if tail is not None and len(tail) <= 8 and not any(self._inside_quote(t.idx) for t in tail):
            sentences.append(tail)
        return sentences

    # -- reported speech -------------------------------------------------------------------------------
    def _reported(self, verb: Token) -> tuple[Quote, EntityDraft | None] | None:
        tokens = self._reported_content(verb)
        if tokens is None:
            return None
        while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 3 or self._mostly_quoted(tokens):
            return None
        draft, name, how = self._speaker_of_verb(verb)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return self._quote("indirect", self.text[start:end], start, end, draft, name, how, verb), draft

    def _reported_content(self, verb: Token) -> list[Token] | None:
        """The reported clause: after the verb ("said that …"), or before it ("…, officials said.")."""
        after = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if after is not None:
            return [t for t in after.subtree if t.i > verb.i and not t.is_space]
        if (
            verb.i + 1 < len(self.doc)
            and not self.doc[verb.i + 1].is_punct
            and self.doc[verb.i + 1].lower_
            not in {"in", "on", "at", "during", "after", "before", "by", "to", "as", "\n"}
        ):
            return None  # "…, officials said" ends its clause; "said the leaders met" was handled above
        before = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
        if before is not None:
            return [t for t in before.subtree if t.i < verb.i and not t.is_space]
        if verb.dep_ in {"parataxis", "ccomp"} and verb.head.i < verb.i:
            left = min(t.i for t in verb.subtree)
            return [t for t in verb.sent if t.i < left and not t.is_space]
        return None

    def _according_to(self, according: Token) -> tuple[Quote, EntityDraft | None] | None:
        to = self.doc[according.i + 1]
        source = next((c for c in to.children if c.dep_ == "pobj"), None)
        if source is None:
            return None
        sentence = according.sent
        phrase = {t.i for t in according.subtree} | {t.i for t in to.subtree}
        tokens = [t for t in sentence if t.i not in phrase and not t.is_space]
        while tokens and tokens[0].is_punct:
            tokens.pop(0)
        while tokens and tokens[-1].is_punct:
            tokens.pop()
        if len(tokens) < 3:
            return None
        draft, name, how = self._resolve_subject(source)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        return self._quote(
            "indirect", self.text[start:end], start, end, draft, name, how, according, cue="according to"
        ), draft

    # -- speakers --------------------------------------------------------------------------------------
    def _speaker_of_verb(self, verb: Token) -> tuple[EntityDraft | None, str | None, str | None]:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and verb.dep_ in {"advcl", "xcomp", "conj", "pcomp"}:  # "…, saying"; "and added"
            subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None and verb.head.dep_ in {"advcl", "conj", "xcomp"}:
                subject = next((c for c in verb.head.head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None and verb.lower_ in {"quoted"}:
            subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subject = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if subject is None:
            return None, None, None
        return self._resolve_subject(subject)

    def _resolve_subject(self, subject: Token) -> tuple[EntityDraft | None, str | None, str | None]:
        lower = subject.lower_
        if lower in {"he", "she"}:
            return self._pronoun(subject)
        if lower in {"they", "it"}:
            return self._plural_pronoun(subject)
        found = self.actors.entity_at(subject)
        if found is not None:
            draft, how = found
            if draft.kind == "PERSON":
                return draft, draft.name, {"name": "named", "alias": "named"}.get(how, how)
            return draft, draft.name, "org"
        if lower in self.lexicon.titles and (subject.pos_ == "NOUN" or subject.is_lower):
            draft = self.actors.person_by_title(subject)
            if draft is not None and _is_definite(subject):
                return draft, draft.name, "title"
        if lower in ORG_HEADS:
            draft = self.actors.body_phrase(subject)
            return draft, draft.name, "org"
        if (
            lower in self.lexicon.describers
            or lower in self.lexicon.titles
            or subject.pos_ == "NOUN"
            or (subject.pos_ == "PROPN" and subject.is_lower)
        ):
            return None, _phrase(subject), "description"  # "56 percent of respondents", "opposition lawmakers"
        people = [f for f in (self.actors.entity_at(t) for t in subject.subtree) if f and f[0].kind == "PERSON"]
        if people:
            return people[0][0], people[0][0].name, "named"
        if subject.pos_ == "PROPN":
            draft = self.actors.person_by_surname(subject)
            return draft, draft.name, "surname"
        return None, None, None

    def _pronoun(self, token: Token) -> tuple[EntityDraft | None, str | None, str | None]:
        """He/she: the person last quoted in this paragraph, else a person named earlier in it, else the last
        speaker if recent and compatible, else the last person named before it."""
        gender = "male" if token.lower_ == "he" else "female"
        paragraph_start, _ = self._paragraph_bounds(token.idx, token.idx + 1)
        for where, draft, _name in reversed(self.recent):  # the speaker already quoted in this paragraph
            if where < paragraph_start:
                break
            if draft is not None and draft.kind == "PERSON" and draft.gender in (None, gender):
                return self._linked(draft, token)
        named = self.actors.person_by_pronoun(token)
        if named is not None and max(m.start for m in named.mentions if m.start < token.idx) >= paragraph_start:
            return self._linked(named, token)
        for where, draft, name in reversed(self.recent):
            if token.idx - where > PRONOUN_REACH:
                break
            if draft is None or (draft.kind == "PERSON" and (not draft.gender or draft.gender == gender)):
                return self._linked(draft, token) if draft is not None else (None, name, "pronoun")
        return self._linked(named, token) if named is not None else (None, None, None)

    def _linked(self, draft: EntityDraft, token: Token) -> tuple[EntityDraft, str, str]:
        draft.add(token.idx, token.idx + len(token.text), "pronoun")
        return draft, draft.name, "pronoun"

    def _plural_pronoun(self, token: Token) -> tuple[EntityDraft | None, str | None, str | None]:
        """They/it: the last speaker that was a body or a group, if recent."""
        for where, draft, name in reversed(self.recent):
            if token.idx - where > PRONOUN_REACH:
                break
            if draft is None or draft.kind != "PERSON":
                return draft, name, "pronoun"
        return None, None, None

    # -- helpers ---------------------------------------------------------------------------------------
    def _quote(
        self,
        kind: str,
        text: str,
        start: int,
        end: int,
        draft: EntityDraft | None,
        name: str | None,
        how: str | None,
        verb: Token | None,
        cue: str | None = None,
    ) -> Quote:
        cue = cue or (_cue_text(verb) if verb is not None else None)
        return Quote(
            kind=kind,  # type: ignore[arg-type]
            text=text,
            start=start,
            end=end,
            speaker=draft.key if draft is not None else None,
            speaker_name=name,
            role=draft.role if draft is not None else None,
            affiliation=draft.affiliation if draft is not None else None,
            actor=draft.actor if draft is not None else None,
            cue=cue,
            how=how,
            confidence=CONFIDENCE.get(how, 0.3) if name else CONFIDENCE[None],
        )

    def _is_speech_verb(self, token: Token) -> bool:
        lower = token.lower_
        if lower not in self.lexicon.verbs or not token.tag_.startswith("VB"):
            return False
        particle = self.lexicon.particle_verbs.get(lower)
        if particle is not None:
            return any(c.dep_ == "prt" and c.lower_ == particle for c in token.children)
        return True

    def _token_at(self, char: int) -> Token | None:
        index = bisect.bisect_right(self.token_starts, char) - 1
        return self.doc[index] if 0 <= index < len(self.doc) else None

    def _inside_quote(self, char: int) -> bool:
        index = bisect.bisect_right(self.quoted_chars, (char, float("inf"))) - 1
        return index >= 0 and self.quoted_chars[index][0] <= char < self.quoted_chars[index][1]

    def _mostly_quoted(self, tokens: list[Token]) -> bool:
        """Reported content that opens with a full quotation ('said, "We will …"') is a direct quote."""
        first = next((t for t in tokens if not t.is_punct), None)
        if first is None or not self._inside_quote(first.idx):
            return False
        index = bisect.bisect_right(self.quoted_chars, (first.idx, float("inf"))) - 1
        start, end = self.quoted_chars[index]
        return len(self.text[start:end].split()) >= MIN_DIRECT_WORDS


def _without_partial_quotes(found: list[tuple[Quote, EntityDraft | None]]) -> list[tuple[Quote, EntityDraft | None]]:
    """A quotation inside reported speech ("said Japan would 'not let the flow be interrupted'") belongs to
    that indirect quote, not a direct quote of its own."""
    reported = [(q.start, q.end) for q, _ in found if q.kind == "indirect"]
    return [
        (quote, draft)
        for quote, draft in found
        if quote.kind != "direct" or not any(s <= quote.start and quote.end <= e + 1 for s, e in reported)
    ]


def _phrase(head: Token) -> str:
    """A noun phrase without its relative clauses, at most eight words: "some Korean provincial officials"."""
    words = [t for t in head.subtree if not t.is_punct and not t.is_space and t.i <= head.i + 6]
    skip = {t.i for t in head.subtree for c in (t,) if c.dep_ in {"relcl", "acl", "appos"} for t in c.subtree}
    words = [t for t in words if t.i not in skip]
    return " ".join(t.text for t in words[:8])


def _is_definite(token: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "his", "her"} for c in token.children)


def _looks_like_title(words: list[str]) -> bool:
    """Example: "Made in China 2025", "Sites of Japan's Meiji Industrial Revolution": capitalised, no sentence."""
    content = [w.strip(",.:;!?'’\"“”()") for w in words]
    content = [w for w in content if w and w.casefold() not in SMALL_WORDS]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content) and words[-1][-1] not in ".!?"


def _cue_text(verb: Token) -> str:
    particle = next((c for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.text} {particle.text}" if particle is not None else verb.text
