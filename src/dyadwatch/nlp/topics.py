"""Topic tags from the taxonomy in kb/topics.toml, for articles and for events.

An article gets a topic when its phrases occur at least twice, or once in the title and lead (the first
LEAD_CHARS characters): one passing mention deep in a long piece is not what it is about. A subtopic brings
its parent ("history/forced-labour" → "history"). An event gets the topics named in its own sentence, else
the article's main subtopic. Plain text matching, so articles in Korean or Japanese are tagged as well.
"""

from __future__ import annotations

from collections import Counter

from ..kb.topics import topics

LEAD_CHARS = 600
MIN_HITS = 2


def topic_hits(text: str) -> Counter[str]:
    """Phrase hits per topic id (subtopics only; see with_parents)."""
    hits: Counter[str] = Counter()
    for topic in topics():
        count = sum(1 for _ in topic.pattern.finditer(text))
        if count:
            hits[topic.id] = count
    return hits


def article_topics(text: str, title: str | None = None) -> tuple[str, ...]:
    """The article's topics, most mentioned first, parents after their children."""
    hits = topic_hits(text)
    lead = topic_hits(f"{title or ''}\n{text[:LEAD_CHARS]}")
    kept = [t for t, n in hits.most_common() if n >= MIN_HITS or lead[t]]
    return with_parents(kept)


def sentence_topics(sentence: str, fallback: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Topics named in one sentence, else the first (main) subtopic of `fallback` and its parent."""
    named = [t for t, _ in topic_hits(sentence).most_common()]
    if named:
        return with_parents(named)
    main = next((t for t in fallback if "/" in t), fallback[0] if fallback else None)
    return with_parents([main]) if main else ()


def with_parents(ids: list[str]) -> tuple[str, ...]:
    ordered: list[str] = []
    for topic in ids:
        for name in (topic, topic.split("/")[0]):
            if name not in ordered:
                ordered.append(name)
    return tuple(ordered)
