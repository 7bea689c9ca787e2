"""The PLOVER event lexicon: root types with their quad class and weight, mode factors, verb and noun
triggers and mode cues, loaded once per process from plover.toml (docs/plover.md is the reference)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from . import load_toml

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
MODES = ("occurred", "planned", "hypothetical", "negated", "demanded")


@dataclass(frozen=True, slots=True)
class EventType:
    name: str
    quad: str
    weight: float
    definition: str = ""


@dataclass(frozen=True, slots=True)
class Trigger:
    """A verb or noun that states an event of `type`, with what it needs around it."""

    lemma: str
    type: str
    objects: frozenset[str] = frozenset()  # verb: one of these object heads is required
    particle: str = ""  # verb: the particle or preposition that must attach to it ("on" for "call on")
    modifiers: frozenset[str] = frozenset()  # noun: one of these words must stand before it
    dated_only: bool = False  # a background event ("colonial rule"): coded only when the text dates it


@dataclass
class Lexicon:
    types: dict[str, EventType]
    mode_factors: dict[str, float]
    cues: dict[str, frozenset[str]]
    verbs: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[Trigger]] = field(default_factory=lambda: defaultdict(list))

    def weight(self, type_name: str, mode: str) -> float:
        return round(self.types[type_name].weight * self.mode_factors.get(mode, 1.0), 2)


@cache
def lexicon() -> Lexicon:
    data = load_toml("plover.toml")
    types = {
        name: EventType(name, row["quad"], float(row["weight"]), row.get("definition", ""))
        for name, row in data["type"].items()
    }
    cues = {mode: frozenset(words) for mode, words in data.get("cues", {}).items()}
    found = Lexicon(types, {k: float(v) for k, v in data["mode"].items()}, cues)
    for row in data.get("verb", ()):  # entries with objects or a particle are tried before bare ones (see below)
        trigger = Trigger(
            row["lemma"], row["type"], frozenset(row.get("objects", ())), row.get("particle", "") or "",
            dated_only=bool(row.get("dated_only", False)),
        )
        for form in row.get("forms", [row["lemma"]]):
            found.verbs[form.casefold()].append(trigger)
    for row in data.get("noun", ()):
        trigger = Trigger(
            row["head"], row["type"], modifiers=frozenset(m.casefold() for m in row.get("modifiers", ())),
            dated_only=bool(row.get("dated_only", False)),
        )
        for form in row.get("forms", [row["head"]]):
            found.nouns[form.casefold()].append(trigger)
    for table in (found.verbs, found.nouns):
        for entries in table.values():
            entries.sort(key=lambda t: not (t.objects or t.particle or t.modifiers))  # constrained first
    return found
