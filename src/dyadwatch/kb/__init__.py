"""Reference knowledge as packaged data files, loaded once per process."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit


def load_toml(name: str) -> dict[str, Any]:
    """Read one packaged data file of the knowledge base."""
    return tomllib.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str = "outlet"  # outlet | aggregator
    country: str | None = None
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()

    @property
    def is_aggregator(self) -> bool:
        return self.kind == "aggregator"


@dataclass(frozen=True, slots=True)
class OutletIndex:
    """Look outlets up by URL host, by name or alias, and by wire credit."""

    outlets: tuple[Outlet, ...]
    by_name: dict[str, Outlet] = field(default_factory=dict)
    by_domain: dict[str, Outlet] = field(default_factory=dict)
    by_credit: dict[str, Outlet] = field(default_factory=dict)

    def from_url(self, url: str | None) -> Outlet | None:
        if not url:
            return None
        host = (urlsplit(url).hostname or "").lower()
        parts = host.split(".")
        for start in range(len(parts) - 1):
            found = self.by_domain.get(".".join(parts[start:]))
            if found is not None:
                return found
        return None

    def from_name(self, name: str | None) -> Outlet | None:
        if not name:
            return None
        key = _name_key(name)
        return self.by_name.get(key) or self.by_domain.get(key)

    def from_credit(self, credit: str | None) -> Outlet | None:
        return self.by_credit.get(_name_key(credit)) if credit else None

    def find_in(self, text: str) -> Outlet | None:
        """The outlet whose name or alias occurs in `text` (longest alias wins)."""
        lowered = text.casefold()
        best: tuple[int, Outlet] | None = None
        for key, outlet in self.by_name.items():
            if len(key) < 4:
                continue
            if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", lowered) and (best is None or len(key) > best[0]):
                best = (len(key), outlet)
        return best[1] if best else None


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().strip(".,:;|-–—").casefold())


@cache
def outlet_index() -> OutletIndex:
    outlets = tuple(
        Outlet(
            name=row["name"],
            kind=row.get("kind", "outlet"),
            country=row.get("country"),
            domains=tuple(row.get("domains", ())),
            aliases=tuple(row.get("aliases", ())),
            credits=tuple(row.get("credits", ())),
        )
        for row in load_toml("outlets.toml")["outlet"]
    )
    index = OutletIndex(outlets)
    for outlet in outlets:
        for name in (outlet.name, *outlet.aliases):
            index.by_name.setdefault(_name_key(name), outlet)
        for domain in outlet.domains:
            index.by_domain[domain.lower()] = outlet
        for credit in outlet.credits:
            index.by_credit[_name_key(credit)] = outlet
    return index


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Compiled cleaning rules: single lines, tail-block markers and note paragraphs, each with a kind."""

    lines: tuple[tuple[str, re.Pattern[str]], ...]
    markers: tuple[tuple[str, re.Pattern[str]], ...]
    notes: tuple[tuple[str, re.Pattern[str]], ...]

    @staticmethod
    def _match(rules: tuple[tuple[str, re.Pattern[str]], ...], line: str) -> str | None:
        for kind, pattern in rules:
            if pattern.fullmatch(line):
                return kind
        return None

    def line_kind(self, line: str) -> str | None:
        return self._match(self.lines, line)

    def marker_kind(self, line: str) -> str | None:
        return self._match(self.markers, line)

    def note_kind(self, paragraph: str) -> str | None:
        return self._match(self.notes, paragraph)


@cache
def boilerplate_rules() -> BoilerplateRules:
    data = load_toml("boilerplate.toml")

    def compile_section(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(
            (kind, re.compile(pattern, re.IGNORECASE | re.DOTALL))
            for kind, patterns in data[section].items()
            for pattern in patterns
        )

    return BoilerplateRules(compile_section("lines"), compile_section("markers"), compile_section("notes"))


@dataclass(frozen=True, slots=True)
class Anniversary:
    name: str
    aliases: tuple[str, ...]
    date: str  # YYYY-MM-DD of the original day


@cache
def anniversaries() -> tuple[Anniversary, ...]:
    return tuple(
        Anniversary(row["name"], tuple(row.get("aliases", ())), row["date"])
        for row in load_toml("anniversaries.toml")["day"]
    )
