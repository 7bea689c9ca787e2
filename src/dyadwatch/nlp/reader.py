"""The reading stage as one spaCy component, and the batch entry point over articles.

`dyadwatch_reader` runs after the model's own components: actors, then quotes (which name speakers
through the actors), then time expressions, then events (which date themselves from the times), and
leaves a `Reading` (as plain JSON, so that documents can travel between `nlp.pipe` worker processes) in
`doc._.dw_reading`. `read_articles` gates articles by language and relevance to the pair, bounds their
length, and parses the rest in one `nlp.pipe` pass.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..kb.actors import actor_kb
from ..model import Article, Reading, reading_from_json, reading_json
from .actors import ActorReader
from .events import EventReader
from .pipeline import MAX_CHARS, english
from .quotes import QuoteReader
from .timex import extract_times
from .topics import article_topics, sentence_topics

COMPONENT = "dyadwatch_reader"
READ_LANGUAGES = {"en"}

if not Doc.has_extension("dw_published"):
    Doc.set_extension("dw_published", default=None)
    Doc.set_extension("dw_reading", default=None)


@Language.factory(COMPONENT, requires=["token.dep", "token.tag", "doc.ents", "doc.sents"], assigns=["doc._.dw_reading"])
def make_reader(nlp: Language, name: str) -> ReaderComponent:
    return ReaderComponent(nlp)


class ReaderComponent:
    """Pure over the Doc: its result depends only on the text, the parse and `doc._.dw_published`."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        try:
            reading = read_doc(doc, doc._.dw_published, self.nlp)
        except Exception as exc:  # one article that trips a stage must not cost the batch its readings
            reading = Reading(note=f"not read: {type(exc).__name__}: {exc}")
        doc._.dw_reading = reading_json(reading)
        return doc


def read_doc(doc: Doc, published: str | None, nlp: Any, *, any_dyad: bool = False) -> Reading:
    """Entities, quotes, times and events of one parsed article.

    Events are kept when one side is a country of the pair; `any_dyad` keeps every international dyad
    (for benchmarks on general news such as the PLOVER gold records).
    """
    actors = ActorReader(doc, published, nlp)
    quotes = QuoteReader(doc, actors).read()  # before finish(): pronoun attribution adds mentions
    times = extract_times(doc, published)
    events = EventReader(doc, actors, times, quotes, published, any_dyad=any_dyad).read()
    entities, ids = actors.finish()
    numbered = tuple(replace(q, speaker=ids.get(q.speaker) if q.speaker else None) for q, _ in quotes)
    events = [
        replace(e, source_entity=ids.get(e.source_entity or ""), target_entity=ids.get(e.target_entity or ""))
        for e in events
    ]
    return Reading(tuple(entities), numbered, tuple(times), events=tuple(events))


@cache
def reading_pipeline() -> Language:
    """The English model with our component added once per process."""
    nlp = english()
    if COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(COMPONENT, last=True)
    return nlp


@cache
def _relevance_pattern() -> re.Pattern[str]:
    """Names of the pair (countries, capitals, demonyms, leaders): an article naming none is not parsed."""
    kb = actor_kb()
    names: set[str] = set()
    for code in kb.pair:
        country = kb.countries.get(code)
        if country is not None:
            names.update((country.name, *country.aliases, *country.demonyms, *country.government))
    for person in kb.people.values():
        if person.country in kb.pair:
            names.add(person.name)
    names = {n for n in names if len(n) >= 3}
    alternatives = "|".join(sorted((re.escape(n) for n in names), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def gate(article: Article) -> str | None:
    """Why an article is not read (a note for the record), or None when it is."""
    if article.lang not in READ_LANGUAGES:
        return f"not read: language {article.lang!r} (the reading stage covers English)"
    if not _relevance_pattern().search(article.text):
        return "not read: names neither country of the pair"
    return None


def read_articles(articles: Sequence[Article], *, workers: int = 1, batch_size: int = 16) -> list[Reading]:
    """One Reading per article, in order; one `nlp.pipe` pass over those that pass the gate."""
    readings: list[Reading | None] = [None] * len(articles)
    docs: list[Doc] = []
    positions: list[int] = []
    notes: dict[int, str] = {}
    nlp = None
    for position, article in enumerate(articles):
        why_not = gate(article)
        if why_not is not None:
            readings[position] = Reading(note=why_not)
            continue
        nlp = nlp or reading_pipeline()
        text = article.text
        if len(text) > MAX_CHARS:
            notes[position] = f"read the first {MAX_CHARS:,} of {len(text):,} characters"
            text = text[:MAX_CHARS]
        doc = nlp.make_doc(text)
        doc._.dw_published = article.published.value
        docs.append(doc)
        positions.append(position)
    if docs and nlp is not None:
        for position, doc in zip(positions, nlp.pipe(docs, batch_size=batch_size, n_process=workers), strict=True):
            reading = reading_from_json(doc._.dw_reading)
            if position in notes:
                reading = replace(reading, note=notes[position])
            readings[position] = reading
    return [
        _with_topics(article, reading if reading is not None else Reading())
        for article, reading in zip(articles, readings, strict=True)
    ]


def _with_topics(article: Article, reading: Reading) -> Reading:
    """Topics for every article, read or not (the taxonomy has Korean and Japanese phrases too), and for
    each event from its sentence."""
    found = article_topics(article.text, article.title)
    events = tuple(
        replace(e, topics=sentence_topics(article.text[e.sentence_start : e.sentence_end], found))
        for e in reading.events
    )
    return replace(reading, topics=found, events=events)
