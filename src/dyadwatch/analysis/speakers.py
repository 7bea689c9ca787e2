"""Speakers: who is quoted, how often, on what, and when (by the publication date of the quoting article)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .periods import period_of


def speaker_stats(
    quotes: Iterable[Mapping[str, Any]],
    topics_by_article: Mapping[str, Sequence[str]],
    *,
    grain: str = "year",
    topic: str | None = None,
    top_topics: int = 3,
) -> list[dict[str, Any]]:
    """One row per speaker (their kb id, else their name and actor code), most quoted first.

    `quotes` rows need article_id, published, kind, speaker_name, speaker_kb, actor. Speakers with neither a
    kb id nor an actor code ("officials said") are left out: they are nobody to follow. `topic` keeps quotes
    from articles tagged with it. Each row: quotes (direct, reported), articles, first and last date, the
    topics of the quoting articles (subtopics, most frequent first) and quotes per period.
    """
    table: dict[str, dict[str, Any]] = {}
    for quote in quotes:
        name = quote["speaker_name"]
        if not name or not (quote["speaker_kb"] or quote["actor"]):
            continue
        tags = topics_by_article.get(quote["article_id"], ())
        if topic and topic not in tags:
            continue
        key = quote["speaker_kb"] or f"{name}|{quote['actor'] or ''}"
        row = table.setdefault(key, {
            "speaker": name, "kb": quote["speaker_kb"], "actor": quote["actor"], "quotes": 0, "direct": 0,
            "reported": 0, "_articles": set(), "first": None, "last": None, "_topics": Counter(), "_periods": Counter(),
        })  # fmt: skip
        row["quotes"] += 1
        row["direct" if quote["kind"] == "direct" else "reported"] += 1
        row["actor"] = row["actor"] or quote["actor"]
        if quote["article_id"] not in row["_articles"]:
            row["_articles"].add(quote["article_id"])
            row["_topics"].update(t for t in tags if "/" in t)
        day = quote["published"]
        if day:
            row["first"] = min(row["first"] or day, day)
            row["last"] = max(row["last"] or day, day)
            period = period_of(day, grain)
            if period:
                row["_periods"][period] += 1
    found = []
    for row in table.values():
        articles, topics, periods = row.pop("_articles"), row.pop("_topics"), row.pop("_periods")
        found.append({
            **row, "articles": len(articles), "topics": [t for t, _ in topics.most_common(top_topics)],
            "by_period": dict(sorted(periods.items())),
        })  # fmt: skip
    return sorted(found, key=lambda r: (-r["quotes"], -r["articles"], r["speaker"]))
