"""Who is who, and when: countries, offices, people with their terms, and organisations.

Loaded once per process from countries.toml, offices.toml, people.toml and organisations.toml; users add a
person, an office or a second country pair by editing those files (docs/knowledge-base.md).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from . import load_toml

# "Cheong Wa Dae" is both a metonym of the government and the presidential office: the organisation wins.
TARGET_PRIORITY = {"person": 0, "org": 1, "government": 2, "country": 3, "demonym": 4}
# The pair watched when countries.toml names none; articles naming neither side are not parsed.
DEFAULT_PAIR = ("KOR", "JPN")


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    government: tuple[str, ...] = ()  # metonyms: "Seoul", "Cheong Wa Dae" → KOR-GOV


@dataclass(frozen=True, slots=True)
class Office:
    key: str
    country: str
    actor: str
    titles: tuple[str, ...]
    role: str
    bare: bool = False  # "the president" alone means this office


@dataclass(frozen=True, slots=True)
class Role:
    office: str  # an Office key, or "" for a role that is not a tracked office
    title: str
    actor: str
    start: str
    end: str  # "" while in office

    def holds_on(self, day: str | None) -> bool:
        if day is None:
            return not self.end
        day = _as_day(day)
        return self.start <= day and (not self.end or day <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    surname: str
    given: str
    country: str
    aliases: tuple[str, ...] = ()
    gender: str | None = None
    roles: tuple[Role, ...] = ()

    def role_on(self, day: str | None) -> Role | None:
        """The role held on `day` (the latest-starting one if several), else the latest role before it."""
        holding = [r for r in self.roles if r.holds_on(day)]
        if holding:
            return max(holding, key=lambda r: r.start)
        earlier = [r for r in self.roles if day is None or r.start <= _as_day(day)]
        return max(earlier, key=lambda r: r.start) if earlier else None

    def actor_on(self, day: str | None) -> str:
        role = self.role_on(day)
        return role.actor if role else self.country


@dataclass(frozen=True, slots=True)
class Period:
    start: str
    end: str
    actor: str


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    name: str
    kind: str
    actor: str
    country: str | None
    aliases: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()

    def actor_on(self, day: str | None) -> str:
        if day is not None:
            day = _as_day(day)
            for period in self.periods:
                if period.start <= day and (not period.end or day <= period.end):
                    return period.actor
        return self.actor


@dataclass(frozen=True, slots=True)
class AliasTarget:
    """What an exact alias names: a country, its government, a person or an organisation."""

    kind: str  # country | demonym | government | person | org
    id: str


@dataclass
class ActorKB:
    countries: dict[str, Country]
    offices: dict[str, Office]
    people: dict[str, Person]
    orgs: dict[str, Org]
    pair: tuple[str, str] = DEFAULT_PAIR
    aliases: dict[str, list[AliasTarget]] = field(default_factory=lambda: defaultdict(list))
    generic: dict[str, list[Org]] = field(default_factory=lambda: defaultdict(list))
    by_surname: dict[str, list[Person]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, list[Office]] = field(default_factory=lambda: defaultdict(list))
    country_words: dict[str, str] = field(default_factory=dict)  # "japanese", "japan's", "tokyo" → JPN

    def lookup(self, text: str) -> list[AliasTarget]:
        """What a name may mean, the most specific reading first (an organisation before a metonym)."""
        return sorted(self.aliases.get(alias_key(text), []), key=lambda t: TARGET_PRIORITY.get(t.kind, 9))

    def office_holders(self, office_key: str, day: str | None) -> list[Person]:
        """Who held the office on `day`; on a handover day (one term ends as the next starts) the incoming one."""
        holding = [
            (role.start, person)
            for person in self.people.values()
            for role in person.roles
            if role.office == office_key and role.holds_on(day)
        ]
        if len(holding) > 1:
            latest = max(start for start, _ in holding)
            holding = [(start, person) for start, person in holding if start == latest]
        return [person for _, person in holding]

    def country_of_word(self, word: str) -> str | None:
        return self.country_words.get(alias_key(word))


def alias_key(text: str) -> str:
    """How names are compared: NFKC, case-folded, hyphens and dots as spaces, "the" dropped, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    text = re.sub(r"[-‐‑–—.·・]", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def _as_day(value: str) -> str:
    """A partial date ('2025', '2025-08') as its first day, so it compares with term dates as a string."""
    return (value + "-01-01")[:10] if len(value) < 10 else value[:10]


def _tuple(row: dict, key: str) -> tuple[str, ...]:
    return tuple(row.get(key) or ())


@cache
def actor_kb() -> ActorKB:
    country_data = load_toml("countries.toml")
    countries = {
        row["code"]: Country(
            row["code"], row["name"], _tuple(row, "aliases"), _tuple(row, "demonyms"), _tuple(row, "government")
        )
        for row in country_data["country"]
    }
    pair = tuple(country_data.get("pair", DEFAULT_PAIR))
    offices = {
        row["key"]: Office(
            row["key"], row["country"], row["actor"], _tuple(row, "titles"), row.get("role", ""), row.get("bare", False)
        )
        for row in load_toml("offices.toml")["office"]
    }
    people = {row["id"]: _person(row) for row in load_toml("people.toml")["person"]}
    orgs = {row["id"]: _org(row) for row in load_toml("organisations.toml")["org"]}
    kb = ActorKB(countries, offices, people, orgs, pair=(pair[0], pair[1]))
    _index(kb)
    return kb


def _person(row: dict) -> Person:
    roles = tuple(
        Role(r.get("office", ""), r.get("title", ""), r.get("actor", row["country"]), r["start"], r.get("end", ""))
        for r in row.get("roles", ())
    )
    return Person(
        row["id"],
        row["name"],
        row.get("surname", row["name"].split()[0]),
        row.get("given", ""),
        row["country"],
        _tuple(row, "aliases"),
        row.get("gender"),
        roles,
    )


def _org(row: dict) -> Org:
    periods = tuple(Period(p["start"], p.get("end", ""), p["actor"]) for p in row.get("periods", ()))
    return Org(
        row["id"],
        row["name"],
        row.get("kind", "ORG"),
        row.get("actor", ""),
        row.get("country"),
        _tuple(row, "aliases"),
        _tuple(row, "generic"),
        periods,
    )


def _index(kb: ActorKB) -> None:
    def add(name: str, target: AliasTarget) -> None:
        key = alias_key(name)
        if key and target not in kb.aliases[key]:
            kb.aliases[key].append(target)

    for country in kb.countries.values():
        for name in (country.name, *country.aliases):
            add(name, AliasTarget("country", country.code))
            kb.country_words.setdefault(alias_key(name), country.code)
            kb.country_words.setdefault(alias_key(name) + "'s", country.code)
        for name in country.demonyms:
            add(name, AliasTarget("demonym", country.code))
            kb.country_words.setdefault(alias_key(name), country.code)
        for name in country.government:
            add(name, AliasTarget("government", country.code))
            kb.country_words.setdefault(alias_key(name), country.code)
            kb.country_words.setdefault(alias_key(name) + "'s", country.code)
    for person in kb.people.values():
        for name in (person.name, *person.aliases):
            add(name, AliasTarget("person", person.id))
        kb.by_surname[alias_key(person.surname)].append(person)
    for org in kb.orgs.values():
        for name in (org.name, *org.aliases):
            add(name, AliasTarget("org", org.id))
        for name in org.generic:
            kb.generic[alias_key(name)].append(org)
    for office in kb.offices.values():
        for title in office.titles:
            kb.titles[alias_key(title)].append(office)
