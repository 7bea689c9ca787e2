"""The topic taxonomy (kb/topics.toml), compiled once: one pattern per topic."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import load_toml


@dataclass(frozen=True, slots=True)
class Topic:
    id: str  # "history/forced-labour" or "economy"
    label: str
    pattern: re.Pattern[str]

    @property
    def parent(self) -> str:
        return self.id.split("/")[0]


def _phrase_pattern(phrase: str) -> str:
    prefix = phrase.endswith("*")
    body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+")  # re.escape writes a space as "\ "
    if not phrase.isascii():  # Korean and Japanese are written without spaces before particles: no boundaries
        return body
    ending = r"[\w-]*" if prefix else r"(?![\w-])"
    return r"(?<![\w-])" + body + ending


@cache
def topics() -> tuple[Topic, ...]:
    found = []
    for row in load_toml("topics.toml").get("topic", ()):
        alternatives = "|".join(_phrase_pattern(p.casefold()) for p in row["phrases"])
        found.append(Topic(row["id"], row["label"], re.compile(alternatives, re.IGNORECASE)))
    return tuple(found)


@cache
def topic_labels() -> dict[str, str]:
    """Every topic id, parents included, with its label (a parent's label is its id, capitalised)."""
    labels = {t.parent: t.parent.capitalize() for t in topics()}
    labels.update({t.id: t.label for t in topics()})
    return labels
