"""The data model: plain frozen dataclasses, no I/O.

A `Document` is what `sources` yields (decoded text plus provenance and caller hints); `clean` turns
it into an `Article` (with any appended related articles split off) or a `Rejection`; `dedup` decides
whether an article is new, a duplicate, and which story it belongs to; `store` records an `Outcome`
for every input record. `annotation_record` renders the public annotation format (dyadwatch/1).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any, Literal

FORMAT_VERSION = "dyadwatch/1"
PIPELINE_VERSION = "clean-0.1"
READING_VERSION = "read-0.1"  # entities, quotes and times (nlp/); stored with every reading row

DocumentFormat = Literal["html", "text"]
Status = Literal["stored", "duplicate", "rejected", "unchanged"]
Grain = Literal["day", "month", "year"]
DateOrigin = Literal["input", "meta", "url", "text", "unknown"]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where one input record came from, exactly enough to find it again."""

    source: str  # file path, URL, or "-" for standard input
    kind: str  # file | stdin | jsonl | url | feed | warc
    sha256: str  # of this record's raw bytes
    record: str | None = None  # key inside a container: JSONL id, feed item link, WARC target URI
    fetched_at: datetime | None = None
    http_status: int | None = None
    source_name: str | None = None  # the user's --source label

    @property
    def ref(self) -> str:
        """A stable key for the input record: the source, plus the record key inside it."""
        return self.source if self.record is None else f"{self.source}#{self.record}"


@dataclass(frozen=True, slots=True)
class Hints:
    """What the caller (JSONL fields, a feed entry, HTTP headers) already told us about a document."""

    external_id: str | None = None
    url: str | None = None
    published: str | None = None  # caller-supplied ISO date: trusted first in the date cascade
    published_meta: str | None = None  # a feed's pubDate: ranks with HTML metadata
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    lang: str | None = None
    captured_at: datetime | None = None  # when the page was seen: anchors "21 minutes ago"


@dataclass(frozen=True, slots=True)
class Document:
    """One input record, decoded, with provenance; produced only by `sources`."""

    text: str
    format: DocumentFormat
    provenance: Provenance
    hints: Hints = field(default_factory=Hints)
    encoding: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A piece of the input that is not article body, and why it was taken out."""

    kind: str  # caption | credits | related | comments | promo | hashtags | share | navigation | ...
    text: str
    reason: str = ""

    @property
    def chars(self) -> int:
        return len(self.text)


@dataclass(frozen=True, slots=True)
class PublishedDate:
    """An inferred publication date with the cascade step that decided it."""

    value: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    grain: Grain | None = None
    origin: DateOrigin = "unknown"
    note: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: body text, metadata, what was removed, and split-off related articles."""

    text: str
    title: str | None
    provenance: Provenance
    published: PublishedDate = field(default_factory=PublishedDate)
    byline: str | None = None
    author_role: str | None = None
    outlet: str | None = None  # the original outlet
    via: str | None = None  # the aggregator that reposted it
    url: str | None = None
    lang: str = "und"
    captions: tuple[str, ...] = ()
    removed: tuple[Removal, ...] = ()
    related: tuple[Article, ...] = ()
    external_id: str | None = None
    relative_time: str | None = None  # for related articles: the "21 minutes ago" it was shown with

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def id(self) -> str:
        return article_id(self.text)

    @property
    def word_count(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity: a half-open character span into `Article.text`, and how it names it."""

    start: int
    end: int
    how: str = "name"  # name | surname | title | pronoun | alias | metonym


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation, place or group the article talks about, resolved where we can."""

    id: str  # E1, E2, … within the article
    name: str  # the fullest name the article (or the kb) gives
    kind: str  # PERSON | ORG | GPE | NORP | FAC | LOC
    actor: str | None = None  # KOR, JPN-GOV, KOR-EDU, …
    kb: str | None = None  # person/lee-jae-myung, org/kor-mofa, country/JPN
    role: str | None = None  # at the time of the article: "President", "professor of Japanese studies"
    affiliation: str | None = None
    country: str | None = None
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """Who said what: direct (inside quotation marks) or indirect (reported speech)."""

    kind: Literal["direct", "indirect"]
    text: str
    start: int
    end: int
    speaker: str | None = None  # Entity.id
    speaker_name: str | None = None
    role: str | None = None
    affiliation: str | None = None
    actor: str | None = None
    cue: str | None = None
    how: str | None = None  # named | surname | title | pronoun | previous | description | org
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression normalised in TIMEX3 style against the publication date and the discourse."""

    text: str
    start: int
    end: int
    value: str | None  # 2019-07-04, 2019-07, 2019, 2019-W27, 2019-SU, 199, PRESENT_REF, P27Y, XXXX
    type: str = "DATE"  # DATE | DURATION | SET | TIME
    grain: str = "day"  # day | week | month | season | quarter | half | year | decade | century | ref | ...
    end_value: str | None = None  # last unit of a range ("Aug. 23 to 24" → 2025-08-24)
    mod: str | None = None  # START | MID | END for "early/mid/late 2019"
    anchor: str = "absolute"  # absolute | published | discourse: what a relative value was counted from


@dataclass(frozen=True, slots=True)
class Event:
    """A PLOVER event dated by its own time, pointing at the sentence that states it."""

    type: str  # AGREE … ASSAULT
    mode: str  # occurred | planned | hypothetical | negated | demanded
    source: str | None
    target: str | None
    date: str | None
    date_from: str  # text | published
    historical: bool
    quad: str
    weight: float
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    source_entity: str | None = None
    target_entity: str | None = None
    confidence: float = 0.5
    mentions: tuple[tuple[int, int], ...] = ()  # other sentences stating the same event
    topics: tuple[str, ...] = ()  # kb/topics.toml ids, from the evidence sentence (else the article's main topic)

    @property
    def identity(self) -> str:
        return event_identity(self.type, self.source, self.target, self.date)


def event_identity(type: str, source: str | None, target: str | None, date: str | None) -> str:
    """The key one real-world event shares across articles: type, parties and its own date.

    A country named alone stands for its government ("Japan imposed curbs" and "Tokyo imposed curbs" are one
    event), other bodies keep their sector (a KOR-CVL protest and a KOR-GOV protest on one day are two). The
    mode is left out: a summit reported as planned and as held is one summit.
    """
    return f"{type}|{_identity_party(source)}|{_identity_party(target)}|{date or ''}"


def _identity_party(code: str | None) -> str:
    country, _, sector = (code or "").partition("-")
    return country if sector in {"", "GOV"} else f"{country}-{sector}"


@dataclass(frozen=True, slots=True)
class Reading:
    """What the NLP stage read in one article; `note` says why parts were skipped or cut short."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeRef, ...] = ()
    note: str = ""
    events: tuple[Event, ...] = ()
    topics: tuple[str, ...] = ()  # the article's topics, main first (kb/topics.toml)


@dataclass(frozen=True, slots=True)
class Rejection:
    """An input record that could not become an article, with a code the user can list and filter."""

    code: str
    message: str
    provenance: Provenance
    hint: str = ""


@dataclass(frozen=True, slots=True)
class DedupVerdict:
    """What de-duplication decided for one article."""

    kind: Literal["new", "exact", "near"]
    original_id: str | None = None
    similarity: float = 1.0
    story_id: str | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """The fate of one input record: stored, duplicate, rejected, or unchanged since an earlier run."""

    ref: str
    status: Status
    provenance: Provenance
    article: Article | None = None
    verdict: DedupVerdict | None = None
    rejection: Rejection | None = None
    related_verdicts: tuple[DedupVerdict, ...] = ()

    @property
    def article_id(self) -> str | None:
        if self.verdict is not None and self.verdict.kind != "new":
            return self.verdict.original_id
        return self.article.id if self.article is not None else None


@dataclass(frozen=True, slots=True)
class NewArticle:
    """An article to store, with the signatures and story the de-duplicator gave it."""

    article: Article
    story_id: str
    body_signature: bytes
    story_signature: bytes
    origin: Literal["input", "related"] = "input"


@dataclass(frozen=True, slots=True)
class RelatedLink:
    """A page (parent) appended another article (child) under "Related Articles"."""

    parent_id: str
    article_id: str
    position: int
    relative_time: str | None


@dataclass(frozen=True, slots=True)
class ProcessedRecord:
    """Everything one input record adds to the store: its outcome, new articles and links."""

    outcome: Outcome
    new_articles: tuple[NewArticle, ...] = ()
    links: tuple[RelatedLink, ...] = ()
    readings: dict[str, Reading] = field(default_factory=dict)  # article id → what the NLP stage read


_SPACE = re.compile(r"\s+")


def normalise_for_identity(text: str) -> str:
    """Text as compared for identity: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


@lru_cache(maxsize=1024)  # an article's id and hash are asked for several times per record
def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_for_identity(text).encode("utf-8")).hexdigest()


def article_id(text: str) -> str:
    """Short, stable article id derived from the content hash (64 bits is plenty for one corpus)."""
    return content_hash(text)[:16]


def entity_json(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "actor": entity.actor,
        "role": entity.role,
        "affiliation": entity.affiliation,
        "kb": entity.kb,
        "country": entity.country,
        "mentions": [[m.start, m.end] for m in entity.mentions],
        "mention_kinds": [m.how for m in entity.mentions],
    }


def quote_json(quote: Quote) -> dict[str, Any]:
    return {
        "kind": quote.kind,
        "text": quote.text,
        "span": [quote.start, quote.end],
        "speaker": quote.speaker,
        "speaker_name": quote.speaker_name,
        "role": quote.role,
        "affiliation": quote.affiliation,
        "actor": quote.actor,
        "cue": quote.cue,
        "how": quote.how,
        "confidence": quote.confidence,
    }


def time_json(time: TimeRef) -> dict[str, Any]:
    return {
        "text": time.text,
        "span": [time.start, time.end],
        "value": time.value,
        "type": time.type,
        "grain": time.grain,
        "end": time.end_value,
        "mod": time.mod,
        "anchor": time.anchor,
    }


def event_json(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "source": event.source,
        "source_entity": event.source_entity,
        "target": event.target,
        "target_entity": event.target_entity,
        "date": event.date,
        "date_from": event.date_from,
        "historical": event.historical,
        "quad": event.quad,
        "weight": event.weight,
        "trigger": event.trigger,
        "trigger_span": [event.trigger_start, event.trigger_end],
        "sentence": [event.sentence_start, event.sentence_end],
        "mentions": [list(m) for m in event.mentions],
        "identity": event.identity,
        "topic": list(event.topics),
        "confidence": event.confidence,
    }


def reading_json(reading: Reading) -> dict[str, Any]:
    """The entities, quotes, times and events parts of the annotation format, plus the reading note."""
    return {
        "entities": [entity_json(e) for e in reading.entities],
        "quotes": [quote_json(q) for q in reading.quotes],
        "times": [time_json(t) for t in reading.times],
        "events": [event_json(e) for e in reading.events],
        "topics": list(reading.topics),
        "note": reading.note,
    }


def reading_from_json(data: dict[str, Any]) -> Reading:
    """The inverse of `reading_json` (readings cross process boundaries as JSON)."""
    entities = tuple(
        Entity(
            id=e["id"],
            name=e["name"],
            kind=e["kind"],
            actor=e["actor"],
            kb=e["kb"],
            role=e["role"],
            affiliation=e["affiliation"],
            country=e["country"],
            mentions=tuple(Mention(s, t, how) for (s, t), how in zip(e["mentions"], e["mention_kinds"], strict=True)),
        )
        for e in data.get("entities", ())
    )
    quotes = tuple(
        Quote(
            kind=q["kind"],
            text=q["text"],
            start=q["span"][0],
            end=q["span"][1],
            speaker=q["speaker"],
            speaker_name=q["speaker_name"],
            role=q["role"],
            affiliation=q["affiliation"],
            actor=q["actor"],
            cue=q["cue"],
            how=q["how"],
            confidence=q["confidence"],
        )
        for q in data.get("quotes", ())
    )
    times = tuple(
        TimeRef(
            text=t["text"],
            start=t["span"][0],
            end=t["span"][1],
            value=t["value"],
            type=t["type"],
            grain=t["grain"],
            end_value=t["end"],
            mod=t["mod"],
            anchor=t["anchor"],
        )
        for t in data.get("times", ())
    )
    events = tuple(
        Event(
            type=e["type"], mode=e["mode"], source=e["source"], target=e["target"], date=e["date"],
            date_from=e["date_from"], historical=e["historical"], quad=e["quad"], weight=e["weight"],
            trigger=e["trigger"], trigger_start=e["trigger_span"][0], trigger_end=e["trigger_span"][1],
            sentence_start=e["sentence"][0], sentence_end=e["sentence"][1], source_entity=e["source_entity"],
            target_entity=e["target_entity"], confidence=e["confidence"],
            mentions=tuple((s, t) for s, t in e["mentions"]), topics=tuple(e.get("topic", ())),
        )
        for e in data.get("events", ())
    )
    return Reading(entities, quotes, times, data.get("note", ""), events, tuple(data.get("topics", ())))


def annotation_record(
    article: Article | None,
    *,
    record_id: str | None,
    verdict: DedupVerdict | None = None,
    rejection: Rejection | None = None,
    reading: Reading | None = None,
) -> dict[str, Any]:
    """Render one output object of the annotation format (see docs/annotation-format.md)."""
    if article is None:
        assert rejection is not None
        return {
            "format": FORMAT_VERSION,
            "id": record_id,
            "error": {"code": rejection.code, "message": rejection.message, "hint": rejection.hint},
            "source": rejection.provenance.ref,
        }
    record: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "id": record_id or article.external_id or article.id,
        "article": article_json(article),
        **{key: value for key, value in reading_json(reading or Reading()).items() if key != "note"},
        "reading_note": reading.note if reading is not None and reading.note else None,
        "story": verdict.story_id if verdict else None,
    }
    if verdict is not None and verdict.kind != "new":
        record["duplicate"] = {
            "kind": verdict.kind,
            "of": verdict.original_id,
            "similarity": round(verdict.similarity, 3),
        }
    return record


def article_json(article: Article) -> dict[str, Any]:
    """The `article` part of the annotation format."""
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "via": article.via,
        "title": article.title,
        "byline": article.byline,
        "author_role": article.author_role,
        "lang": article.lang,
        "published": article.published.value,
        "published_from": article.published.origin,
        "published_grain": article.published.grain,
        "published_note": article.published.note or None,
        "text": article.text,
        "captions": list(article.captions),
        "removed": [{"kind": r.kind, "chars": r.chars, "reason": r.reason} for r in article.removed],
        "related": [
            {
                "id": rel.id,
                "title": rel.title,
                "outlet": rel.outlet,
                "published": rel.published.value,
                "relative_time": rel.relative_time,
                "text": rel.text,
            }
            for rel in article.related
        ],
        "source": article.provenance.ref,
        "sha256": article.provenance.sha256,
    }
