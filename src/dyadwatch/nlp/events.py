"""PLOVER events: who did what to whom, when (the event's own date), in which mode, from which sentence.

Rules over the dependency parse with the lexicon in kb/plover.toml: a verb trigger takes its source from
the subject (the agent in the passive) and its target from the object or a "with/against/on/to" phrase; a
noun trigger ("Japan's export curbs", "the 1998 declaration") takes them from possessives, nationality
modifiers and prepositions. Joint actions ("Seoul and Tokyo agreed", "talks with Japan") are coded in both
directions. The date is the time expression inside the trigger's clause or noun phrase, else the
publication date; `historical` marks events more than 30 days before publication. One real-world event
stated in several sentences is one event with several mentions.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..kb.plover import Lexicon, Trigger, lexicon
from ..model import Event, Quote, TimeRef
from .actors import ActorReader, EntityDraft, sector_of_org

CALENDAR_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
HISTORICAL_DAYS = 30  # data/sample/gold/events-format.md: "more than 30 days before the publication date"
JOINT_TYPES = {"AGREE", "CONSULT", "COOPERATE"}
MUTUAL_LEMMAS = {"meet", "talk", "discuss", "negotiate", "speak", "confer", "consult", "summit", "meeting", "talks",
                 "negotiation", "consultation", "hold"}
PAIR_NOUNS = {"leaders", "sides", "countries", "governments", "nations", "neighbors", "neighbours", "ministers",
              "capitals", "allies"}
SOURCE_DEPS = {"nsubj", "agent"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
RELATIVE_PRONOUNS = {"that", "which", "who", "whom"}
BODY_PRONOUNS = {"it", "they", "its", "their", "them"}  # "he", "she" are people: ActorReader.person_by_pronoun
TARGET_PREPOSITIONS = {"with", "against", "on", "to", "toward", "towards", "from", "over", "for", "at", "into"}
# "discussed cooperation on North Korea", "agreed on the issue": for a joint act these name the topic, not a party
TOPIC_PREPOSITIONS = {"on", "over", "for", "at", "into", "from"}
NOUN_SOURCE_PREPOSITIONS = {"by", "from"}
# Unnamed bodies that act or are acted on ("the government", "civic groups", "the court"): their sector here,
# their country from the phrase ("civic groups in South Korea") or from the nearest body of that sector named
# before them ("South Korea's Supreme Court … the court ruled").
BODY_SECTORS = {
    "government": "GOV", "administration": "GOV", "cabinet": "GOV", "ministry": "GOV", "officials": "GOV",
    "official": "GOV", "negotiators": "GOV", "diplomats": "GOV", "spokesman": "GOV", "spokeswoman": "GOV",
    "court": "JUD", "courts": "JUD", "judges": "JUD", "bench": "JUD",
    "lawmakers": "LEG", "legislators": "LEG", "parliament": "LEG", "assembly": "LEG",
    "groups": "CVL", "group": "CVL", "activists": "CVL", "protesters": "CVL", "demonstrators": "CVL",
    "victims": "CVL", "survivors": "CVL", "families": "CVL", "plaintiffs": "CVL", "laborers": "CVL",
    "labourers": "CVL", "citizens": "CVL", "residents": "CVL",
    "companies": "BUS", "company": "BUS", "firms": "BUS", "firm": "BUS", "businesses": "BUS",
    "military": "MIL", "troops": "MIL", "forces": "MIL", "navy": "MIL",
}  # fmt: skip
DECISION_NOUNS = {"decision", "move", "step", "plan", "measure", "measures", "policy", "remarks", "comments"}
CONTEXT_TOKENS = 150  # how far back a body looks for a named body of its sector
OPINION_MODALS = {"should", "must", "ought"}  # "Seoul should apologise": a commentator's view, not an event
# Verbs whose object noun says what the event is ("conducted joint drills", "held talks", "imposed curbs")
LIGHT_VERBS = {"conduct", "hold", "stage", "carry", "launch", "start", "begin", "resume", "take", "make", "announce",
               "impose", "sign", "issue", "adopt", "unveil"}
# What is agreed, pledged or decided lies ahead: "agreed to expand exchanges" is a planned COOPERATE.
AGREED_TO = {"agreed", "agree", "agrees", "pledged", "promised", "vowed", "decided", "resolved"}
DEFAULT_CUES = {
    "planned": {"will", "'ll", "shall", "plan", "plans", "planned", "planning", "set", "scheduled", "expected",
                "intends", "intend", "aims", "due", "upcoming", "next", "going"},
    "hypothetical": {"if", "unless", "could", "might", "may", "would", "whether"},
    "negated": {"not", "n't", "never", "no"},
    "demanded": {"urge", "urged", "urges", "urging", "demand", "demanded", "demands", "call", "called", "calls",
                 "ask", "asked", "asks", "press", "pressed", "pressing"},
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Party:
    code: str
    entity: str | None  # draft key, mapped to an E-number by the reader

    @property
    def country(self) -> str:
        return self.code.split("-")[0]


class EventReader:
    """Codes the events of one parsed article; needs its actors, quotes and times already read."""

    def __init__(
        self,
        doc: Doc,
        actors: ActorReader,
        times: Sequence[TimeRef],
        quotes: Sequence[tuple[Quote, EntityDraft | None]],
        published: str | None,
        *,
        any_dyad: bool = False,
    ) -> None:
        self.doc, self.actors, self.published = doc, actors, published
        self.any_dyad = any_dyad
        self.lexicon: Lexicon = lexicon()
        self.cues = {mode: set(self.lexicon.cues.get(mode, ())) | words for mode, words in DEFAULT_CUES.items()}
        # Calendar dates only: a year or finer ("the 1990s" is 199, "the 21st century" 20: too coarse to date by)
        self.times = [t for t in times if t.type == "DATE" and t.value and len(t.value) >= 4 and t.value[:4].isdigit()]
        self.quotes = [(q, d) for q, d in quotes if q.kind == "direct"]
        self.pair = set(actors.kb.pair)
        self.joint = False  # whether the trigger being coded is a joint type (AGREE, CONSULT, COOPERATE)

    def read(self) -> list[Event]:
        events: list[Event] = []
        for token in self.doc:
            if self._inside_name(token) or self._object_of_trigger(token):
                continue
            for trigger in self._triggers(token):
                events.extend(self._code(token, self._noun_decides(token, trigger)))
        return _merged(events)

    def _inside_name(self, token: Token) -> bool:
        """"Foundation for Victims of Forced Mobilization": words of an organisation's name are not triggers."""
        hit = self.actors.entity_at(token)
        return hit is not None and hit[0].kind in {"ORG", "FAC"} and token.pos_ != "VERB"

    def _object_of_trigger(self, token: Token) -> bool:
        """"held talks", "lifted the curbs": the noun is what the verb trigger acts on, coded once by the verb."""
        if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ not in self.lexicon.nouns:
            return False
        head = token.head.head if token.dep_ == "pobj" else token.head
        if token.dep_ not in {"dobj", "pobj", "nsubjpass", "attr"} or head.lower_ in self.cues["demanded"]:
            return False
        if self._dated_noun(token):
            return False  # "violate the 1965 agreement": a dated noun is a background event of its own
        return head.pos_ in {"VERB", "AUX"} and bool(self._triggers(head))

    def _dated_noun(self, token: Token) -> bool:
        start = token.left_edge.idx
        return any(start <= t.start and t.end <= token.idx for t in self.times)

    def _noun_decides(self, token: Token, trigger: Trigger) -> Trigger:
        """"conducted joint drills": after a light verb, a noun entry whose modifiers match says what the event
        is ("condemned North Korea's missile launch" stays an accusation)."""
        if token.pos_ not in {"VERB", "AUX"} or trigger.lemma not in LIGHT_VERBS:
            return trigger
        for child in token.children:
            if child.dep_ == "dobj" and child.lower_ in self.lexicon.nouns:
                for noun in self.lexicon.nouns[child.lower_]:
                    if noun.modifiers and self._noun_fits(child, noun):
                        return replace(trigger, type=noun.type)
        return trigger

    # -- triggers ------------------------------------------------------------------------------------
    def _triggers(self, token: Token) -> list[Trigger]:
        lower = token.lower_
        if token.pos_ in {"VERB", "AUX"} and lower in self.lexicon.verbs:
            return [t for t in self.lexicon.verbs[lower] if self._verb_fits(token, t)][:1]
        if token.pos_ in {"NOUN", "PROPN"} and lower in self.lexicon.nouns:
            return [t for t in self.lexicon.nouns[lower] if self._noun_fits(token, t)][:1]
        return []

    def _verb_fits(self, token: Token, trigger: Trigger) -> bool:
        if trigger.particle:
            word = trigger.particle.split()[-1]
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if not any(c.lower_ == word for c in token.children) and (following is None or following.lower_ != word):
                return False
        if trigger.objects:
            words = [c for c in token.children if c.dep_ in {"dobj", "attr", "nsubjpass", "oprd", "advmod"}]
            words += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            heads = {w.lower_ for w in words} | {self._name_head(w) for w in words}
            return bool(heads & trigger.objects)
        return True

    def _name_head(self, token: Token) -> str:
        """"end the General Security of Military Information Agreement": a named object counts by its last word."""
        hit = self.actors.entity_at(token)
        return hit[0].name.split()[-1].casefold() if hit is not None and hit[0].kind != "PERSON" else ""

    def _noun_fits(self, token: Token, trigger: Trigger) -> bool:
        if not trigger.modifiers:
            return True
        # the noun's own left modifiers ("a joint missile-defense drill"), or the three words before it
        start = min(token.left_edge.i, max(token.i - 3, 0))
        before = {t.lower_ for t in token.doc[start : token.i]}
        return bool(before & trigger.modifiers)

    # -- coding ----------------------------------------------------------------------------------------
    def _code(self, token: Token, trigger: Trigger) -> Iterator[Event]:
        if any(c.lower_ in OPINION_MODALS for c in token.children if c.dep_ == "aux"):
            return
        if token.dep_ == "xcomp" and token.head.lower_ in self.cues["demanded"]:
            return  # "urged Japan to apologise": coded as demanded by the request (see _demanded)
        verb = token.pos_ in {"VERB", "AUX"}
        self.joint = trigger.type in JOINT_TYPES
        sources, targets = self._verb_parties(token) if verb else self._noun_parties(token)
        if verb and trigger.type == "REQUEST" and not targets:  # "China demanded that Japan retract the remarks"
            targets = [p for c in token.children if c.dep_ == "ccomp"
                       for s in c.children if s.dep_ == "nsubj" for p in self._parties(s)]  # fmt: skip
        if self.joint and len({s.country for s in sources}) >= 2 and {t.country for t in targets} <= {
            s.country for s in sources
        }:
            targets = []  # "Lee and Takaichi are scheduled to visit Horyuji temple": a joint act at a place
        mode = self._mode(token, verb)
        if trigger.type in JOINT_TYPES and not targets and len(sources) >= 2:
            pairs = [(a, b) for a in sources for b in sources if a.country != b.country]
        elif trigger.type in JOINT_TYPES and sources and targets and self._mutual(token, trigger, targets):
            everyone = [*sources, *(t for t in targets if all(t.code != s.code for s in sources))]
            pairs = [(a, b) for a in everyone for b in everyone if a.country != b.country]
        else:
            pairs = [(a, b) for a in sources for b in targets]
        if not pairs and sources and not targets and not self.any_dyad:
            pairs = [(a, other) for a in sources for other in self._implied_targets(a)]
        pact = not verb or any(c.dep_ == "nsubjpass" and c.lower_ in self.lexicon.nouns for c in token.children)
        if not pairs and not sources and not targets and pact and trigger.type in JOINT_TYPES and not self.any_dyad:
            # "their second summit", "the talks", "the pact was signed in 2016": the pair, both directions
            pairs = self._pair_both_ways()
        when, date_from = self._date(token)
        if trigger.dated_only and date_from == "published":
            return  # "under colonial rule": a reference to history, not news of the publication day
        for source, target in pairs:
            international = source.country != target.country
            if not international or not (self.any_dyad or {source.country, target.country} & self.pair):
                continue
            yield self._event(token, trigger, source, target, mode, when, date_from, bool(targets))
        yield from self._demanded(token, trigger, sources, targets, when, date_from)

    def _event(
        self, token: Token, trigger: Trigger, source: Party, target: Party, mode: str, when: str | None,
        date_from: str, explicit: bool,
    ) -> Event:  # fmt: skip
        kind = self.lexicon.types[trigger.type]
        sentence = token.sent
        phrase = _trigger_phrase(token)
        return Event(
            type=trigger.type, mode=mode, source=source.code, target=target.code, date=when, date_from=date_from,
            historical=_historical(when, self.published), quad=kind.quad,
            weight=self.lexicon.weight(trigger.type, mode),
            trigger=phrase[0], trigger_start=phrase[1], trigger_end=phrase[2],
            sentence_start=sentence.start_char, sentence_end=sentence.end_char,
            source_entity=source.entity, target_entity=target.entity, confidence=0.7 if explicit else 0.4,
        )  # fmt: skip

    def _demanded(
        self, token: Token, trigger: Trigger, sources: list[Party], targets: list[Party], when: str | None,
        date_from: str,
    ) -> Iterator[Event]:  # fmt: skip
        """Besides the REQUEST in "Seoul urged Tokyo to apologise", a CONCEDE by Tokyo in mode demanded."""
        if trigger.type != "REQUEST":
            return
        for clause in (c for c in token.children if c.dep_ in {"xcomp", "ccomp", "dobj"}):
            for wanted in self._triggers(clause):
                if wanted.type == "REQUEST":
                    continue
                for asked in targets:
                    for asker in sources:
                        if asked.country != asker.country and {asked.country, asker.country} & self.pair:
                            yield self._event(clause, wanted, asked, asker, "demanded", when, date_from, True)

    # -- parties ----------------------------------------------------------------------------------------
    def _verb_parties(self, token: Token) -> tuple[list[Party], list[Party]]:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in token.children)
        sources: list[Party] = []
        targets: list[Party] = []
        for child in token.children:
            if child.dep_ == "nsubj" or (child.dep_ == "agent" and passive):
                heads = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "agent" else [child]
                for head in heads:
                    sources += self._parties(head)
            elif child.dep_ == "nsubjpass" or child.dep_ in {"dobj", "dative", "iobj"}:
                targets += self._parties(child)
            elif child.dep_ == "prep" and self._target_preposition(child):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    targets += self._parties(pobj)
        if not sources and token.dep_ in {"xcomp", "conj", "advcl"}:  # "agreed to hold", "met and agreed"
            head_sources, head_targets = self._verb_parties(token.head)
            sources = head_sources or [
                p for c in token.head.children if c.dep_ == "nsubjpass" for p in self._parties(c)
            ]  # "Lee and Takaichi are expected to meet"
            if token.dep_ == "conj" and not targets:  # "spoke by telephone with Park and conveyed the apology"
                targets = head_targets
        if not sources:  # "The two leaders spent 40 minutes together, agreed …": the parser hung the subject lower
            sources = [
                p for c in token.children if c.dep_ in {"ccomp", "advcl"} and c.i < token.i
                for s in c.children if s.dep_ == "nsubj" for p in self._parties(s)
            ]  # fmt: skip
        if not sources and token.dep_ == "ccomp" and _subject_is_pronoun(token):  # "Japan said it will …"
            sources = [p for c in token.head.children if c.dep_ == "nsubj" for p in self._parties(c)]
        if not sources:
            sources = self._speaker_as_source(token)
        if not targets:  # "tighten restrictions on exports to South Korea"
            targets = self._nested_targets(token)
        if not targets:  # "Kerry welcomed the agreement", "Seoul protested Japan's decision"
            targets = self._targets_through_object(token, sources)
        return sources, targets

    def _targets_through_object(self, token: Token, sources: list[Party]) -> list[Party]:
        """A reaction to an event or decision is aimed at those who made it; a pact of the pair, at both."""
        countries = {p.country for p in sources}
        for noun in (c for c in token.children if c.dep_ == "dobj"):
            if noun.lower_ not in self.lexicon.nouns and noun.lower_ not in DECISION_NOUNS:
                continue
            noun_sources, noun_targets = self._noun_parties(noun)
            found = [p for p in (*noun_sources, *noun_targets) if p.country not in countries]
            if found:
                return found
            joint = any(t.type in JOINT_TYPES for t in self.lexicon.nouns.get(noun.lower_, ()))
            if joint and not self.any_dyad and sources and not countries & self.pair:
                return [Party(f"{code}-GOV", None) for code in self.actors.kb.pair]
        return []

    def _nested_targets(self, token: Token) -> list[Party]:
        """Targets inside the object phrase, through at most three prepositions."""
        found: list[Party] = []
        frontier = [c for c in token.children if c.dep_ in {"dobj", "prep"}]
        for _ in range(3):
            following: list[Token] = []
            for node in frontier:
                for child in node.children:
                    if child.dep_ == "prep" and self._target_preposition(child):
                        following += [g for g in child.children if g.dep_ == "pobj"]
                    elif node.dep_ == "prep" and child.dep_ == "pobj":
                        following.append(child)
            for node in following:
                found += [p for p in self._parties(node) if all(p.code != f.code for f in found)]
            if found:
                return found
            frontier = following
        return found

    def _noun_modifier_parties(self, token: Token) -> tuple[list[Party], list[Party]]:
        """Parties a noun's own modifiers name: "Japan's export curbs", "rulings by the court", "talks with Seoul"."""
        sources: list[Party] = []
        targets: list[Party] = []
        for child in token.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                sources += self._parties(child)
            elif (child.dep_ == "prep" and child.lower_ in NOUN_SOURCE_PREPOSITIONS) or (
                child.dep_ == "prep" and child.lower_ == "between"
            ):
                sources += [p for g in child.children if g.dep_ == "pobj" for p in self._parties(g)]
            elif child.dep_ == "prep" and self._target_preposition(child):
                targets += [p for g in child.children if g.dep_ == "pobj" for p in self._parties(g)]
        return sources, targets

    def _noun_parties(self, token: Token) -> tuple[list[Party], list[Party]]:
        sources, targets = self._noun_modifier_parties(token)
        for clause in (c for c in token.children if c.dep_ in {"relcl", "acl"}):  # "the curbs Japan imposed on Korea"
            clause_sources, clause_targets = self._verb_parties(clause)
            sources = sources or clause_sources
            targets = targets or clause_targets
        if not sources and token.dep_ in {"dobj", "attr"} and token.head.pos_ == "VERB":  # "Japan imposed curbs"
            sources = [p for c in token.head.children if c.dep_ == "nsubj" for p in self._parties(c)]
        return sources, targets

    def _parties(self, head: Token) -> list[Party]:
        """The actors a noun phrase names: itself, its conjuncts ("Seoul and Tokyo"), or a possessor."""
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ == "relcl":  # "Washington, which has pushed …"
            antecedent = head.head.head
            return self._parties(antecedent) or self._noun_modifier_parties(antecedent)[0]
        if head.lower_ in BODY_PRONOUNS and not self._in_quote(head):
            return self._antecedent(head)
        found: list[Party] = self._pair_phrase(head)
        place = self.actors.entity_at(head)
        named = [c for c in head.children if c.dep_ == "appos" and _has_actor(self.actors.entity_at(c))]
        if named and place is not None and place[0].kind in {"GPE", "LOC", "FAC"}:
            head = named[0]  # "CAMP DAVID, Maryland -- President Yoon, …, Biden and Kishida agreed": a dateline
        for token in [head, *_conjuncts(head)]:
            for party in self._nationalities(token) or [self._party(token)]:
                if party is not None and all(p.code != party.code for p in found):
                    found.append(party)
        return found

    def _antecedent(self, pronoun: Token) -> list[Party]:
        """What a possessive "its" or "their" stands for: its clause's subject ("The court followed its 2018
        ruling"). A subject "it" or "they" is left to the rules above ("Japan said it will …"): resolving it to
        the nearest earlier subject found no more gold events on the sample and added wrong ones."""
        if pronoun.dep_ != "poss":
            return []
        verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
        if subject is None or subject.lower_ in BODY_PRONOUNS or pronoun.i in {t.i for t in subject.subtree}:
            return []
        return self._parties(subject)

    def _nationalities(self, token: Token) -> list[Party]:
        """"Japanese and South Korean business groups": one body per nationality."""
        sector = BODY_SECTORS.get(token.lower_)
        modifier = next((c for c in token.children if c.dep_ == "amod" and c.conjuncts), None)
        if sector is None or modifier is None:
            return []
        hits = [self.actors.entity_at(m) for m in (modifier, *modifier.conjuncts)]
        countries = list(dict.fromkeys(h[0].country for h in hits if h is not None and h[0].country))
        return [Party(f"{country}-{sector}", None) for country in countries] if len(countries) >= 2 else []

    def _pair_phrase(self, token: Token) -> list[Party]:
        """"the two leaders", "both governments", "the neighbours": both countries of the pair."""
        if self.any_dyad:
            return []
        if token.lower_ in {"two", "both"} and token.dep_ in {"nsubj", "nsubjpass"}:  # "the two agreed"
            return [Party(f"{code}-GOV", None) for code in self.actors.kb.pair]
        if token.lower_ not in PAIR_NOUNS:
            return []
        counted = any(c.lower_ in {"two", "both"} for c in token.children)
        if not counted and token.lower_ not in {"neighbors", "neighbours"}:
            return []
        return [Party(f"{code}-GOV", None) for code in self.actors.kb.pair]

    def _party(self, token: Token) -> Party | None:
        hit = self.actors.entity_at(token)
        if hit is None and token.lower_ in {"he", "she", "his", "her"} and not self._in_quote(token):
            draft = self.actors.person_by_pronoun(token)
            hit = (draft, "pronoun") if draft is not None else None
        if (  # "Lee met Takaichi": a surname the model did not tag
            hit is None and token.pos_ == "PROPN" and token.dep_ != "compound"
            and self.actors.is_known_surname(token.text)
        ):  # fmt: skip
            hit = (self.actors.person_by_surname(token), "surname")
        if hit is None or not hit[0].actor:  # "his Japanese counterpart, Toshimitsu Motegi", "Japan's government"
            owners = sorted(
                (c for c in token.children if c.dep_ in {"appos", "poss", "compound", "amod", "nmod"}),
                key=lambda c: c.dep_ != "appos",
            )
            owned = next((self.actors.entity_at(c) for c in owners if _has_actor(self.actors.entity_at(c))), None)
            if owned is not None and (hit is None or token.lower_ not in BODY_SECTORS):
                hit = owned
        if hit is not None and hit[0].actor and (token.lower_ not in BODY_SECTORS or hit[1] == "name"):
            return Party(hit[0].actor, hit[0].key)
        return self._body(token, hit[0] if hit is not None else None)

    def _body(self, token: Token, draft: EntityDraft | None) -> Party | None:
        """"civic groups in South Korea", "Japanese officials", "the court" (after "South Korea's Supreme Court")."""
        sector = BODY_SECTORS.get(token.lower_) or (sector_of_org(draft.name) if draft is not None else None)
        if sector is None:
            return None
        key = draft.key if draft is not None else None
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "of", "from"}):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                inner = self._party(pobj)
                if inner is not None:  # "a group of Japanese lawmakers" is the lawmakers
                    return inner if prep.lower_ == "of" and "-" in inner.code else Party(
                        f"{inner.country}-{sector}", key)
        nationality = next(
            (hit[0].country for c in token.children if c.dep_ in {"amod", "compound", "poss", "nmod"}
             for hit in [self.actors.entity_at(c)] if hit is not None and hit[0].country),
            None,
        )  # fmt: skip
        country = nationality or (draft.country if draft is not None else None) or self._context_country(token, sector)
        return Party(f"{country}-{sector}", key) if country else None

    def _context_country(self, token: Token, sector: str) -> str | None:
        """The country of the nearest body of this sector named before the token (a bare country counts as GOV)."""
        for i in range(token.i - 1, max(token.i - CONTEXT_TOKENS, 0) - 1, -1):
            hit = self.actors.entity_at(self.doc[i])
            actor = hit[0].actor if hit is not None else None
            if actor and (actor.endswith(f"-{sector}") or (sector == "GOV" and "-" not in actor)):
                return actor.split("-")[0]
        return None

    def _in_quote(self, token: Token) -> bool:
        """A "he" inside quotation marks is someone the speaker talks about, not the last person named."""
        return any(quote.start <= token.idx < quote.end for quote, _ in self.quotes)

    def _speaker_as_source(self, token: Token) -> list[Party]:
        """The speaker's body for a quoted "we": "We protest this decision," the minister said."""
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in {"we", "i"}:
            return []
        for quote, draft in self.quotes:
            if quote.start <= token.idx < quote.end and draft is not None and draft.actor:
                return [Party(draft.actor, draft.key)]
        return []

    def _target_preposition(self, preposition: Token) -> bool:
        word = preposition.lower_
        return word in TARGET_PREPOSITIONS and not (self.joint and word in TOPIC_PREPOSITIONS)

    def _implied_targets(self, source: Party) -> list[Party]:
        """The other country of the pair for "Tokyo protested." with no target named (low confidence)."""
        if source.country not in self.pair:
            return []
        return [Party(code, None) for code in self.pair if code != source.country]

    def _pair_both_ways(self) -> list[tuple[Party, Party]]:
        first, second = self.actors.kb.pair
        return [(Party(first, None), Party(second, None)), (Party(second, None), Party(first, None))]

    def _mutual(self, token: Token, trigger: Trigger, targets: list[Party]) -> bool:
        """"agreed with Tokyo", "Lee met Takaichi", "Kishida and Yoon met Biden": every party acts with every
        other. A visit, an invitation or a briefing goes one way, and so does a leader meeting lawmakers."""
        if trigger.type == "AGREE" or any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
            return True
        return trigger.lemma in MUTUAL_LEMMAS and all(t.code.endswith("-GOV") or "-" not in t.code for t in targets)

    # -- mode and date --------------------------------------------------------------------------------
    def _mode(self, token: Token, verb: bool) -> str:
        words = {c.lower_ for c in token.children if c.dep_ in {"aux", "neg", "det", "mark", "amod", "advmod"}}
        governor = token.head if (token.dep_ == "xcomp" or not verb) and token.head is not token else None
        if governor is not None:  # "expected to travel", "agreed to expand exchanges", "is set to visit"
            words.add(governor.lower_)
            words |= {c.lower_ for c in governor.children if c.dep_ in {"aux", "neg", "auxpass"}}
            if governor.dep_ == "xcomp":
                words.add(governor.head.lower_)
        if words & self.cues["negated"]:
            return "negated"
        conditional = any(c.lower_ in {"if", "unless"} for c in (*token.children, *token.head.children))
        if conditional or (words & self.cues["hypothetical"]) - {"would"}:
            return "hypothetical"
        if "would" in words and token.dep_ != "ccomp":
            return "hypothetical"  # "would" reports a future in indirect speech ("said they would meet")
        if words & (self.cues["planned"] | AGREED_TO | {"would"}):
            return "planned"
        if not verb and any(a.lower_ in {"planned", "proposed", "upcoming", "scheduled"} for a in token.children):
            return "planned"
        return "occurred"

    def _date(self, token: Token) -> tuple[str | None, str]:
        """The time expression inside the trigger's clause (or noun phrase), else the publication date."""
        inside = self._times_within(token)
        node = token
        for _ in range(3):  # up the clauses: "met Takaichi last month, and the two agreed to continue …"
            governor = _governing_verb(node)
            if inside or governor is None:
                break
            # "put their signatures to the Treaty … sixty years ago today": a time on the governing verb
            inside = [t for t in self.times if self._attached_to(t, governor)]
            if not inside and node.dep_ == "conj":  # a conjoined clause shares its first clause's time
                inside = self._times_within(governor)
            node = governor
        if inside:
            nearest = min(inside, key=lambda t: abs(t.start - token.idx))
            calendar_part = CALENDAR_DATE.match(nearest.value or "")  # "2019-SU" dates the event to 2019
            if calendar_part:
                return calendar_part.group(), "text"
        return self.published, "published"

    def _times_within(self, token: Token) -> list[TimeRef]:
        subtree = list(token.subtree)
        low, high = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
        return [t for t in self.times if low <= t.start and t.end <= high and not self._dates_other(t, token)]

    def _time_root(self, time: TimeRef) -> Token | None:
        span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
        return span.root if span is not None and len(span) else None

    def _dates_other(self, time: TimeRef, token: Token) -> bool:
        """"end the 1965 fisheries agreement": 1965 dates the agreement, not the ending."""
        root = self._time_root(time)
        node = root.head if root is not None else None
        while node is not None and node.i != token.i and node.head.i != node.i:
            if node.pos_ in {"NOUN", "PROPN"} and node.lower_ in self.lexicon.nouns:
                return True
            node = node.head
        return False

    def _attached_to(self, time: TimeRef, verb: Token) -> bool:
        """A time modifying the verb itself ("on Thursday", "late last month", "in December that year")."""
        root = self._time_root(time)
        if root is None or root.i == verb.i:
            return False
        head = root.head
        return head.i == verb.i or (head.pos_ == "ADP" and head.head.i == verb.i)


def _governing_verb(token: Token) -> Token | None:
    """The verb a noun trigger is an argument of, or that a verb trigger is the complement of."""
    if token.pos_ in {"NOUN", "PROPN"}:
        node = token.head.head if token.dep_ == "pobj" else token.head
        return node if node.pos_ in {"VERB", "AUX"} and node.i != token.i else None
    if token.dep_ in {"xcomp", "ccomp", "conj"} and token.head.pos_ in {"VERB", "AUX"}:
        return token.head
    return None


def _has_actor(hit: tuple[EntityDraft, str] | None) -> bool:
    return hit is not None and bool(hit[0].actor)


def _subject_is_pronoun(token: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in {"it", "they", "we"} for c in token.children)


def _conjuncts(head: Token) -> list[Token]:
    return [t for t in head.subtree if t.dep_ == "conj" and t.head.i in {head.i, *(c.i for c in head.conjuncts)}]


def _trigger_phrase(token: Token) -> tuple[str, int, int]:
    """The trigger with its particle and object head: "lodged a protest", "tighten restrictions"."""
    parts = [token, *[c for c in token.children if c.dep_ in {"prt", "dobj"} and c.i > token.i][:1]]
    phrase = token.doc[parts[0].i : parts[-1].i + 1]  # a Span's text, not Doc.text (which joins every token)
    return phrase.text, phrase.start_char, phrase.end_char


def _period_end(value: str) -> date | None:
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            return date(year, month, calendar.monthrange(year, month)[1])
        if len(value) == 4:
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def _historical(when: str | None, published: str | None) -> bool:
    """More than HISTORICAL_DAYS before publication, counting a month or year to its last day."""
    if not when or not published:
        return False
    end, day = _period_end(when), _period_end(published)
    return end is not None and day is not None and end < day - timedelta(days=HISTORICAL_DAYS)


def _merged(events: list[Event]) -> list[Event]:
    """One event per (source, target, type, date); later sentences become its mentions.

    A party named only by its country ("South Korea") is the same party as a body of that country named in
    another mention ("Seoul", KOR-GOV), and the body's code is kept; two bodies (KOR-GOV, KOR-CVL) stay apart.
    """
    kept: list[Event] = []
    for event in events:
        position = next((i for i, first in enumerate(kept) if _same_event(first, event)), None)
        if position is None:
            kept.append(event)
            continue
        first = kept[position]
        if "-" not in (first.source or "") and "-" in (event.source or ""):
            first = replace(first, source=event.source, source_entity=event.source_entity)
        if "-" not in (first.target or "") and "-" in (event.target or ""):
            first = replace(first, target=event.target, target_entity=event.target_entity)
        sentence = (event.sentence_start, event.sentence_end)
        if event.sentence_start != first.sentence_start and sentence not in first.mentions:
            first = replace(first, mentions=(*first.mentions, sentence))
        kept[position] = first
    return kept


def _same_event(a: Event, b: Event) -> bool:
    return a.type == b.type and a.date == b.date and _same_party(a.source, b.source) and _same_party(a.target, b.target)


def _same_party(a: str | None, b: str | None) -> bool:
    if a == b:
        return True
    if not a or not b or _country(a) != _country(b):
        return False
    return "-" not in a or "-" not in b


def _country(code: str | None) -> str:
    return (code or "").split("-")[0]
