"""Entities and actors: who and what an article names, resolved to actor codes over time.

Mentions come from a phrase matcher over the knowledge base (exact names, aliases, Hangul and kanji) and
from spaCy's named entities; titles before a name ("President Lee", "Foreign Minister Cho") are resolved
against the office holders on the article's date, surnames and titles ("Yang said", "the professor") link to
the person last named, and roles and affiliations are read from appositions ("Yang Kee-ho, professor of
Japanese studies at Sungkonghoe University"). `ActorReader` keeps a token → entity map that the quote
stage uses to name speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from ..kb import load_toml
from ..kb.actors import ActorKB, AliasTarget, Org, Person, actor_kb, alias_key
from ..model import Entity, Mention

ENTITY_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "FAC": "FAC", "LOC": "LOC"}
# Words that head a role before or after a name; with an office title from kb/offices.toml they make a
# person's role ("professor", "senior fellow") and tell its sector when the affiliation is unknown.
SECTOR_BY_ROLE_WORD = {
    "professor": "EDU",
    "researcher": "EDU",
    "scholar": "EDU",
    "historian": "EDU",
    "fellow": "EDU",
    "analyst": "EDU",
    "economist": "EDU",
    "expert": "EDU",
    "lecturer": "EDU",
    "student": "EDU",
    "lawmaker": "LEG",
    "legislator": "LEG",
    "senator": "LEG",
    "congressman": "LEG",
    "activist": "CVL",
    "survivor": "CVL",
    "victim": "CVL",
    "plaintiff": "CVL",
    "resident": "CVL",
    "lawyer": "CVL",
    "attorney": "CVL",
    "worker": "CVL",
    "veteran": "CVL",
    "owner": "BUS",
    "official": "GOV",
    "diplomat": "GOV",
    "spokesperson": "GOV",
    "spokesman": "GOV",
    "spokeswoman": "GOV",
    "minister": "GOV",
    "ambassador": "GOV",
    "envoy": "GOV",
    "governor": "GOV",
    "mayor": "GOV",
    "judge": "JUD",
    "justice": "JUD",
    "ceo": "BUS",
    "executive": "BUS",
    "chairman": "BUS",
    "reporter": "MED",
    "editor": "MED",
    "columnist": "MED",
    "journalist": "MED",
    "commentator": "MED",
    "president": "GOV",
    "premier": "GOV",
    "chancellor": "GOV",
    "secretary": "GOV",
    "king": "GOV",
    "commander": "MIL",
    "admiral": "MIL",
}
# Sector of an organisation not in the kb, from words of its name (checked in order).
SECTOR_BY_ORG_WORD = (
    ("EDU", ("university", "college", "institute", "academy", "school", "think tank", "center for", "centre for")),
    ("JUD", ("court", "tribunal")),
    ("MIL", ("army", "navy", "air force", "self-defense", "self-defence", "forces", "military", "command")),
    ("LEG", ("assembly", "diet", "parliament", "congress", "party")),
    ("GOV", ("ministry", "agency", "office", "government", "administration", "cabinet", "embassy", "council of")),
    ("MED", ("news", "times", "herald", "daily", "shimbun", "ilbo", "broadcasting", "press")),
    ("BUS", ("corp", "co.", "inc", "ltd", "group", "electronics", "industries", "motor", "bank", "steel")),
    ("CVL", ("association", "council", "federation", "foundation", "union", "committee", "network", "society")),
)
GOVERNMENT_HEADS = {"administration", "government", "cabinet"}
PERSONAL_TITLES = {"mr", "ms", "mrs", "dr", "prof", "professor", "sir", "madam"}
MAX_TITLE_TOKENS = 4


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    verbs: frozenset[str]
    particle_verbs: dict[str, str]
    titles: frozenset[str]
    describers: frozenset[str]


@cache
def korean_name_pattern() -> re.Pattern[str]:
    """"Oh Jae-won": a Korean surname and a hyphenated given name (kb/names.toml)."""
    surnames = "|".join(sorted(load_toml("names.toml")["korean_surnames"], key=len, reverse=True))
    return re.compile(rf"\b(?:{surnames}) [A-Z][a-z]{{1,7}}-[a-z]{{1,7}}\b")


@cache
def speech_lexicon() -> SpeechLexicon:
    data = load_toml("speech.toml")
    return SpeechLexicon(
        frozenset(data["verbs"]),
        dict(data["particle_verbs"]),
        frozenset(data["titles"]),
        frozenset(data["describers"]),
    )


@dataclass
class EntityDraft:
    """An entity while the article is being read; frozen into `Entity` at the end."""

    key: str
    name: str
    kind: str
    actor: str | None = None
    kb: str | None = None
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    gender: str | None = None
    surname: str | None = None
    other_surname: str | None = None  # "Okada Haruna" / "Haruna Okada": which word is the surname is unknown

    def has_surname(self, word: str) -> bool:
        key = alias_key(word)
        return any(name is not None and alias_key(name) == key for name in (self.surname, self.other_surname))

    mentions: list[Mention] = field(default_factory=list)

    def add(self, start: int, end: int, how: str) -> None:
        if all(m.start != start for m in self.mentions):
            self.mentions.append(Mention(start, end, how))


def _name_variants(person: Person) -> set[str]:
    """Spellings of a person's name beyond the kb's list: hyphens or spaces in given names, both name orders."""
    variants = {person.name, *person.aliases}
    if person.given:
        given = person.given
        for form in {given, given.replace("-", " "), given.replace(" ", "-"), given.replace("-", "").replace(" ", "")}:
            variants.add(f"{person.surname} {form}")
            variants.add(f"{form} {person.surname}")
    return {v for v in variants if v.strip()}


@cache
def _matcher(nlp: Any) -> tuple[PhraseMatcher, dict[str, list[AliasTarget]]]:
    """A phrase matcher over every kb name, built once per process and pipeline."""
    kb = actor_kb()
    targets: dict[str, list[AliasTarget]] = {}
    for key in kb.aliases:
        targets[key] = kb.lookup(key)
    for person in kb.people.values():
        for variant in _name_variants(person):
            targets.setdefault(alias_key(variant), [AliasTarget("person", person.id)])
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    texts = sorted(targets)
    for key, doc in zip(texts, nlp.tokenizer.pipe(texts), strict=True):
        if len(doc):
            matcher.add(key, [doc])
    # Raw spellings too (hyphens tokenise apart from spaces, so "Lee Jae-myung" needs its own pattern).
    raw = sorted(
        {v for p in kb.people.values() for v in _name_variants(p)} | {a for o in kb.orgs.values() for a in o.aliases}
    )
    for text, doc in zip(raw, nlp.tokenizer.pipe(raw), strict=True):
        key = alias_key(text)
        if len(doc) and key in targets:
            matcher.add(key, [doc])
    return matcher, targets


class ActorReader:
    """Reads the entities of one parsed article and answers "who is this token?" for the quote stage."""

    def __init__(self, doc: Doc, published: str | None, nlp: Any, kb: ActorKB | None = None) -> None:
        self.doc = doc
        self.day = published
        self.kb = kb or actor_kb()
        self.nlp = nlp
        self.drafts: dict[str, EntityDraft] = {}
        self.token_entity: dict[int, tuple[EntityDraft, str]] = {}
        self.lexicon = speech_lexicon()
        self._read()

    # -- building ------------------------------------------------------------------------------------
    def _read(self) -> None:
        spans = self._candidate_spans()
        for span, target in spans:
            draft, how = self._resolve(span, target)
            if draft is None:
                continue
            draft.add(span.start_char, span.end_char, how)
            for token in span:
                self.token_entity[token.i] = (draft, how)
        self._titles_alone()

    def _candidate_spans(self) -> list[tuple[Span, AliasTarget | None]]:
        matcher, targets = _matcher(self.nlp)
        found: list[tuple[Span, AliasTarget | None, int]] = []
        for match_id, start, end in matcher(self.doc):
            span = self.doc[start:end]
            if len(span) == 1 and span[0].is_lower and span[0].text.isascii():
                continue  # "us" is not the US, "turkey" not Turkey: one-word names are written capitalised
            key = self.nlp.vocab.strings[match_id]
            found.append((span, targets[key][0], 1))
        for ent in self.doc.ents:
            if ent.label_ in ENTITY_LABELS:
                found.append((_hyphen_extended(_trim(ent)), None, 0))
        for match in korean_name_pattern().finditer(self.doc.text):
            span = self.doc.char_span(match.start(), match.end(), label="PERSON")
            if span is not None:
                found.append((span, None, 0))
        # Longest first, kb matches before model entities of the same length; no overlaps.
        found.sort(key=lambda item: (-(item[0].end - item[0].start), -item[2], item[0].start))
        taken: set[int] = set()
        kept: list[tuple[Span, AliasTarget | None]] = []
        for span, target, _ in found:
            if len(span) == 0 or any(i in taken for i in range(span.start, span.end)):
                continue
            taken.update(range(span.start, span.end))
            kept.append((span, target))
        kept.sort(key=lambda item: item[0].start)
        return kept

    def _resolve(self, span: Span, target: AliasTarget | None) -> tuple[EntityDraft | None, str]:
        if target is not None:
            return self._from_kb(span, target), "name"
        label = span.label_ or "PERSON"
        if label != "PERSON" and len(span) == 1 and self.is_known_surname(span[0].text):
            label = "PERSON"  # the small model often tags a bare Japanese surname as ORG or GPE
        if label == "PERSON":
            return self._person(span)
        if label == "ORG" and span[-1].lower_ in GOVERNMENT_HEADS:
            return self._administration(span), "name"
        if label in {"ORG", "FAC"}:
            return self._unknown_org(span), "name"
        if label in {"GPE", "LOC", "NORP"}:
            country = self.kb.country_of_word(span.text)
            key = f"{label}:{alias_key(span.text)}"
            draft = self.drafts.get(key) or self._new(key, span.text, label, actor=country, country=country)
            return draft, "name"
        return None, ""

    def is_known_surname(self, word: str) -> bool:
        key = alias_key(word)
        if any(d.kind == "PERSON" and d.has_surname(word) for d in self.drafts.values()):
            return True
        return any(any(r.holds_on(self.day) for r in p.roles) for p in self.kb.by_surname.get(key, ()))

    def _new(self, key: str, name: str, kind: str, **values: Any) -> EntityDraft:
        draft = EntityDraft(key, name, kind, **values)
        self.drafts[key] = draft
        return draft

    def _from_kb(self, span: Span, target: AliasTarget) -> EntityDraft:
        key = f"{target.kind}:{target.id}"
        if key in self.drafts:
            return self.drafts[key]
        if target.kind == "person":
            return self._kb_person(self.kb.people[target.id])
        if target.kind == "org":
            org = self.kb.orgs[target.id]
            return self._new(
                key, org.name, org.kind, actor=org.actor_on(self.day) or None, kb=f"org/{org.id}", country=org.country
            )
        country = self.kb.countries[target.id]
        if target.kind == "government" and _is_dateline(span):
            key = f"LOC:{alias_key(span.text)}"
            return self.drafts.get(key) or self._new(
                key, span.text.title(), "GPE", actor=country.code, country=country.code
            )
        if target.kind == "government":  # "Seoul" and "the presidential office" are both KOR-GOV, not one entity
            key = f"{key}:{alias_key(span.text)}"
            if key in self.drafts:
                return self.drafts[key]
            return self._new(
                key, span.text, "GPE", actor=f"{country.code}-GOV", kb=f"country/{country.code}", country=country.code
            )
        kind = "NORP" if target.kind == "demonym" else "GPE"
        return self._new(
            key, country.name, kind, actor=country.code, kb=f"country/{country.code}", country=country.code
        )

    def _kb_person(self, person: Person) -> EntityDraft:
        key = f"person:{person.id}"
        if key in self.drafts:
            return self.drafts[key]
        role = person.role_on(self.day)
        office = self.kb.offices.get(role.office) if role and role.office else None
        return self._new(
            key,
            person.name,
            "PERSON",
            actor=person.actor_on(self.day),
            kb=f"person/{person.id}",
            role=(office.role if office else role.title) if role else None,
            country=person.country,
            gender=person.gender,
            surname=person.surname,
        )

    def _person(self, span: Span) -> tuple[EntityDraft | None, str]:
        words = [t for t in span if not t.is_punct]
        if not words:
            return None, ""
        titled = self._title_before(span)
        if len(words) == 1:
            return self._surname(words[0].text, titled, span)
        key = f"person:{alias_key(span.text)}"
        if key in self.drafts:
            return self.drafts[key], "name"
        words_only = [t.text for t in words]
        other = words_only[0] if len(words_only) == 2 and "-" not in span.text else None
        draft = self._new(key, span.text, "PERSON", surname=_surname_of(span.text), other_surname=other)
        self._role_from_context(draft, span, titled)
        return draft, "name"

    def _surname(self, surname: str, titled: str | None, span: Span) -> tuple[EntityDraft | None, str]:
        """A one-word person mention: the person last named with this surname, else a kb office holder."""
        seen = [d for d in self.drafts.values() if d.kind == "PERSON" and d.has_surname(surname)]
        if titled:
            fitting = [d for d in seen if d.role and _title_fits(titled, d.role)]
            seen = fitting or seen
        if seen:
            # A figure of the past named in full ("Lee Myung-bak in 2008") does not capture later "Lee"s
            # from the person in office on the article's date.
            current = [d for d in seen if not d.kb or self._in_office(d)]
            seen = current or seen
            return max(seen, key=lambda d: d.mentions[-1].start if d.mentions else -1), "surname"
        person = self._kb_by_surname(surname, titled)
        if person is not None:
            return self._kb_person(person), "surname"
        key = f"person:{alias_key(surname)}"
        draft = self.drafts.get(key) or self._new(key, surname, "PERSON", surname=surname)
        if titled and not draft.role:
            draft.role = titled
        return draft, "surname"

    def _in_office(self, draft: EntityDraft) -> bool:
        person = self.kb.people.get(draft.kb.removeprefix("person/")) if draft.kb else None
        return person is not None and any(r.holds_on(self.day) for r in person.roles)

    def _kb_by_surname(self, surname: str, titled: str | None) -> Person | None:
        candidates = self.kb.by_surname.get(alias_key(surname), [])
        active = [p for p in candidates if any(r.holds_on(self.day) for r in p.roles)]
        if titled:
            offices = {o.key for o in self.kb.titles.get(alias_key(titled), [])}
            by_title = [p for p in active if any(r.office in offices and r.holds_on(self.day) for r in p.roles)]
            if not by_title:  # "President Lee" in 2012: a past holder, counted back from the date
                by_title = [p for p in candidates if any(r.office in offices for r in p.roles)]
                by_title = [p for p in by_title if p.role_on(self.day) is not None]
            active = by_title or active
        return active[0] if len(active) == 1 else None

    def _title_before(self, span: Span) -> str | None:
        """An office or personal title just before a name: "Foreign Minister", "Japanese Prime Minister"."""
        start = span.start
        best: str | None = None
        for size in range(1, MAX_TITLE_TOKENS + 1):
            if start - size < 0:
                break
            words = self.doc[start - size : start]
            if any(t.is_punct for t in words):
                break
            text = words.text
            key = alias_key(text)
            if key in self.kb.titles or key.rstrip(".") in PERSONAL_TITLES or key in self.lexicon.titles:
                best = text
        return best

    def _administration(self, span: Span) -> EntityDraft:
        """Example: "the Ishiba administration", "the Yoon government" → that leader's country's government."""
        key = f"ORG:{alias_key(span.text)}"
        if key in self.drafts:
            return self.drafts[key]
        head_words = [t.text for t in span[:-1] if not t.is_stop]
        country = None
        for word in head_words:
            people = self.kb.by_surname.get(alias_key(word), [])
            if people:
                country = people[0].country
                break
            country = country or self.kb.country_of_word(word)
        actor = f"{country}-GOV" if country else None
        return self._new(key, span.text, "ORG", actor=actor, country=country)

    def _unknown_org(self, span: Span) -> EntityDraft:
        key = f"ORG:{alias_key(span.text)}"
        if key in self.drafts:
            return self.drafts[key]
        org = self._generic_org(span)
        if org is not None:
            return self._from_kb(span, AliasTarget("org", org.id))
        country = _country_in(span.text, self.kb)
        sector = sector_of_org(span.text)
        actor = f"{country}-{sector}" if country and sector else country
        return self._new(key, span.text, span.label_ or "ORG", actor=actor, country=country)

    def _generic_org(self, span: Span) -> Org | None:
        """Example: "the Foreign Ministry" after "Japan's"/"Japanese": the kb organisation of that country."""
        candidates = self.kb.generic.get(alias_key(span.text), [])
        if not candidates:
            return None
        before = self.doc[max(span.start - 2, 0) : span.start]
        country = None
        for token in reversed(list(before)):
            country = self.kb.country_of_word(token.text) or self.kb.country_of_word(token.text + "'s")
            if country:
                break
        for org in candidates:
            if country and org.country == country:
                return org
        # "Japan's spy agency" must not become the one kb agency of that name from another country
        return candidates[0] if len(candidates) == 1 and country is None else None

    # -- roles and affiliations ----------------------------------------------------------------------
    def _role_from_context(self, draft: EntityDraft, span: Span, titled: str | None) -> None:
        appositive = _appositive_after(self.doc, span)
        if appositive is None:
            appositive = _description_before(self.doc, span, titled)
        if appositive is None:
            if titled:  # "Portuguese President Mario Soares": the title's nationality and sector
                draft.role = titled
                country = _nationality_in(titled, self.kb)
                sector = _sector_of_role(titled)
                if country and draft.actor is None:
                    draft.country = country
                    draft.actor = f"{country}-{sector}" if sector else country
            return
        role, organisation = appositive
        draft.role = role or titled
        if organisation is not None:
            org_draft, _ = self._resolve(organisation, self._kb_target(organisation))
            if org_draft is not None:
                draft.affiliation = org_draft.name
                draft.actor = org_draft.actor
                draft.country = org_draft.country
        if draft.actor is None:
            sector = _sector_of_role(draft.role or "")
            country = _nationality_in(draft.role or "", self.kb) or draft.country
            draft.country = country
            draft.actor = f"{country}-{sector}" if country and sector else country

    def _kb_target(self, span: Span) -> AliasTarget | None:
        found = self.kb.lookup(span.text)
        return found[0] if found else None

    def _titles_alone(self) -> None:
        """Link "the professor", "the minister" and "the president" to a person (mentions with how=title)."""
        for token in self.doc:
            if token.i in self.token_entity or token.lower_ not in self.lexicon.titles or not token.is_lower:
                continue
            if token.i == 0 or self.doc[token.i - 1].lower_ not in {"the", "this"}:
                continue
            draft = self.person_by_title(token)
            if draft is not None:
                draft.add(token.idx, token.idx + len(token.text), "title")
                self.token_entity[token.i] = (draft, "title")

    # -- questions from the quote stage --------------------------------------------------------------
    def person_by_title(self, token: Token) -> EntityDraft | None:
        title = _title_phrase(token)
        before = token.idx
        people = [d for d in self.drafts.values() if d.kind == "PERSON" and d.mentions]
        fitting = [d for d in people if d.role and _title_fits(title, d.role) and d.mentions[0].start < before]
        if fitting:
            return max(fitting, key=lambda d: max(m.start for m in d.mentions if m.start < before))
        offices = [o for o in self.kb.titles.get(alias_key(title), []) if o.bare]
        for office in offices:
            holders = self.kb.office_holders(office.key, self.day)
            if len(holders) == 1:
                return self._kb_person(holders[0])
        return None

    def person_by_surname(self, token: Token) -> EntityDraft:
        """A speaker named by one proper noun the model did not tag: linked like any surname mention."""
        draft, _ = self._surname(
            token.text, self._title_before(token.doc[token.i : token.i + 1]), token.doc[token.i : token.i + 1]
        )
        assert draft is not None
        draft.add(token.idx, token.idx + len(token.text), "surname")
        self.token_entity[token.i] = (draft, "surname")
        return draft

    def body_phrase(self, head: Token) -> EntityDraft:
        """Example: "the presidential office", "Japan's foreign ministry", "Lee's office": a body named by its role."""
        start = head.i
        subtree = {t.i for t in head.subtree}
        while start - 1 in subtree and not head.doc[start - 1].is_punct and not head.doc[start - 1].is_space:
            start -= 1  # contiguous left modifiers only: not a dateline the parser hung on the phrase
        while start < head.i and head.doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        span = head.doc[start : head.i + 1]
        found = self.kb.lookup(span.text)
        if found and found[0].kind in {"org", "government"}:
            draft = self._from_kb(span, found[0])
        else:
            org = self._generic_org(head.doc[head.i - 1 : head.i + 1]) if head.i > 0 else None
            org = org or self._generic_org(head.doc[head.i : head.i + 1])
            if org is not None and org.country == _country_in(span.text, self.kb):
                draft = self._from_kb(span, AliasTarget("org", org.id))
            else:
                draft = self._body_draft(span)
        draft.add(span.start_char, span.end_char, "name")
        for token in span:
            self.token_entity.setdefault(token.i, (draft, "name"))
        return draft

    def _body_draft(self, span: Span) -> EntityDraft:
        key = f"ORG:{alias_key(span.text)}"
        if key in self.drafts:
            return self.drafts[key]
        country = _country_in(span.text, self.kb)
        for token in span:  # "Lee's office", "the Ishiba government"
            people = [d for d in self.drafts.values() if d.kind == "PERSON" and d.has_surname(token.text)]
            if people and people[-1].country:
                country = country or people[-1].country
        sector = sector_of_org(span.text) or _sector_of_role(span.text) or "GOV"
        return self._new(key, span.text, "ORG", actor=f"{country}-{sector}" if country else None, country=country)

    def person_by_pronoun(self, token: Token) -> EntityDraft | None:
        """The person a "he"/"she" of a speech verb refers to: the last compatible person named before it."""
        gender = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}.get(token.lower_)
        best: tuple[int, EntityDraft] | None = None
        for draft in self.drafts.values():
            if draft.kind != "PERSON" or (gender and draft.gender and draft.gender != gender):
                continue
            starts = [m.start for m in draft.mentions if m.start < token.idx and m.how != "pronoun"]
            if starts and (best is None or max(starts) > best[0]):
                best = (max(starts), draft)
        return best[1] if best else None

    def entity_at(self, token: Token) -> tuple[EntityDraft, str] | None:
        return self.token_entity.get(token.i)

    def finish(self) -> tuple[list[Entity], dict[str, str]]:
        """The entities in order of first mention, numbered E1…, and each draft key's number."""
        ordered = sorted(
            (d for d in self.drafts.values() if d.mentions), key=lambda d: min(m.start for m in d.mentions)
        )
        ids = {d.key: f"E{number}" for number, d in enumerate(ordered, start=1)}
        entities = [
            Entity(
                id=ids[d.key],
                name=d.name,
                kind=d.kind,
                actor=d.actor or None,
                kb=d.kb,
                role=d.role,
                affiliation=d.affiliation,
                country=d.country,
                mentions=tuple(sorted(d.mentions, key=lambda m: m.start)),
            )
            for d in ordered
        ]
        return entities, ids


def _is_dateline(span: Span) -> bool:
    """Example: "TOKYO, Aug. 23 (Yonhap) --": the city a report was filed from is a place, not its government."""
    first = span.start == 0 or span.doc[span.start - 1].is_space
    return first and span.text.isupper() and span.end < len(span.doc) and span.doc[span.end].text == ","


def _hyphen_extended(span: Span) -> Span:
    """Example: "Choi Young-sook" when the model stopped at "Choi Young": carry a name across unspaced hyphens."""
    doc, end = span.doc, span.end
    while (
        len(span)
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and doc[end + 1].is_lower
    ):
        end += 2
    return Span(doc, span.start, end, label=span.label_) if end != span.end else span


def _trim(span: Span) -> Span:
    """Drop a leading "the" and a trailing possessive from a model entity."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    out = span.doc[start:end]
    return Span(span.doc, out.start, out.end, label=span.label_) if len(out) else out


def _surname_of(name: str) -> str:
    """A person's surname: the first word of an East Asian name written surname first, else the last."""
    words = name.replace("-", " - ").split()
    words = [w for w in words if w != "-"]
    if len(words) >= 3 or (len(words) == 2 and "-" in name):  # Korean "Yang Kee-ho", "Lee Jae Myung"
        return words[0]
    return words[-1] if words else name


# Words that make a different office of the same head noun: "the minister" is not the prime minister.
OFFICE_QUALIFIERS = {"prime", "vice", "deputy"}


def _title_fits(title: str, role: str) -> bool:
    title_words = set(alias_key(title).split()) - {"japanese", "south", "korean", "japan's", "korea's", "former"}
    role_words = set(alias_key(role).split())
    if (role_words & OFFICE_QUALIFIERS) - title_words:
        return False
    return bool(title_words) and title_words <= role_words | {w + "s" for w in role_words}


def _title_phrase(token: Token) -> str:
    """Example: "minister" with its compound modifiers: "foreign minister", "prime minister"."""
    words = [t.text for t in token.lefts if t.dep_ in {"compound", "amod"} and t.i == token.i - 1]
    return " ".join([*words, token.text])


_ROLE_PREPOSITIONS = {"at", "of", "with", "from", "for", "in"}


def _appositive_after(doc: Doc, span: Span) -> tuple[str | None, Span | None] | None:
    """Example: ", professor of Japanese studies at Sungkonghoe University," after a name → (role, organisation)."""
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    stop = span.end + 1
    while stop < len(doc) and stop < span.end + 25 and doc[stop].text not in {",", ".", ";", ")", '"', "“", "”"}:
        stop += 1
    chunk = doc[span.end + 1 : stop]
    if not len(chunk) or chunk[0].lower_ in {"who", "which", "that", "and", "but", "he", "she", "said", "says"}:
        return None
    if chunk[0].tag_ in {"VBD", "VBZ", "VBP"}:
        return None
    return _split_role(chunk)


def _description_before(doc: Doc, span: Span, titled: str | None) -> tuple[str | None, Span | None] | None:
    """Example: "Sungkonghoe University professor Yang Kee-ho" or "Professor Yang Kee-ho of Sungkonghoe University"."""
    after = doc[span.end : span.end + 8]
    if len(after) > 1 and after[0].lower_ in {"of", "at"}:
        org = _first_org(after[1:])
        if org is not None:
            return titled, org
    before = doc[max(span.start - 8, 0) : span.start]
    org = None
    for ent in doc.ents:
        if ent.label_ == "ORG" and before.start <= ent.start and ent.end <= span.start:
            org = ent
    if org is None:
        return None
    role = doc[org.end : span.start].text.strip() or titled
    return role or None, org


def _first_org(tokens: Span) -> Span | None:
    for ent in tokens.doc.ents:
        if ent.label_ in {"ORG", "FAC"} and tokens.start <= ent.start < tokens.end:
            return _trim(ent)
    return None


def _split_role(chunk: Span) -> tuple[str | None, Span | None]:
    org = _first_org(chunk)
    if org is None:
        role = chunk.text
        words = role.split()
        if words and words[0].lower() in {"a", "an", "the"}:
            role = " ".join(words[1:])
        return (role if _sector_of_role(role) or len(words) <= 6 else None), None
    role_tokens = [t for t in chunk if t.i < org.start]
    while role_tokens and (role_tokens[-1].lower_ in _ROLE_PREPOSITIONS | {"the"}):
        role_tokens.pop()
    while role_tokens and role_tokens[0].lower_ in {"a", "an", "the"}:
        role_tokens.pop(0)
    role = chunk.doc[role_tokens[0].i : role_tokens[-1].i + 1].text if role_tokens else None
    return role, org


def _sector_of_role(role: str) -> str | None:
    for word in re.findall(r"[a-z]+", role.casefold()):
        if word in SECTOR_BY_ROLE_WORD:
            return SECTOR_BY_ROLE_WORD[word]
    return None


def sector_of_org(name: str) -> str | None:
    lowered = name.casefold()
    for sector, words in SECTOR_BY_ORG_WORD:
        if any(re.search(rf"(?<!\w){re.escape(word)}", lowered) for word in words):
            return sector
    return None


def _nationality_in(role: str, kb: ActorKB) -> str | None:
    """Example: "a Japanese historian" → JPN, but not "professor of Japanese studies" (words before the role)."""
    words = re.findall(r"[\w'’-]+", role)
    for word in words:
        if word.casefold() in SECTOR_BY_ROLE_WORD:
            break
        code = kb.country_of_word(word)
        if code:
            return code
    return None


def _country_in(text: str, kb: ActorKB) -> str | None:
    """The country a name or role points to by its words: "Seoul National University", "a Japanese historian"."""
    for word in re.findall(r"[\w'’-]+", text):
        code = kb.country_of_word(word)
        if code:
            return code
    return None
