"""PLOVER event coding on hand-written sentences: direction, joint actions, modes, own dates, evidence."""

from __future__ import annotations

from dyadwatch.model import Article, Event, Provenance, PublishedDate
from dyadwatch.nlp.reader import read_articles

PROVENANCE = Provenance("test", "file", "0" * 64)


def events(text: str, published: str = "2025-08-23") -> list[Event]:
    published_date = PublishedDate(published, "day")
    article = Article(text=text, title=None, provenance=PROVENANCE, published=published_date, lang="en")
    return list(read_articles([article])[0].events)


def dyads(found: list[Event]) -> set[tuple[str, str, str, str]]:
    return {(e.source.split("-")[0], e.type, e.target.split("-")[0], e.mode) for e in found if e.source and e.target}


def test_a_planned_sanction_from_reported_speech_with_a_nested_target() -> None:
    found = events("Japan said Monday it will tighten restrictions on exports to South Korea.", "2019-07-01")
    assert ("JPN", "SANCTION", "KOR", "planned") in dyads(found)


def test_joint_actions_are_coded_in_both_directions() -> None:
    found = dyads(events("Seoul and Tokyo agreed on Saturday to resume shuttle diplomacy."))
    assert ("KOR", "AGREE", "JPN", "occurred") in found and ("JPN", "AGREE", "KOR", "occurred") in found


def test_a_background_mention_gets_its_own_date_and_the_historical_flag() -> None:
    found = events("Japan imposed export restrictions on South Korea in July 2019.", "2025-08-23")
    sanction = next(e for e in found if e.type == "SANCTION")
    assert (sanction.date, sanction.date_from, sanction.historical) == ("2019-07", "text", True)
    assert sanction.weight < 0 and sanction.quad == "material_conflict"


def test_news_of_the_day_is_dated_by_publication_and_not_historical() -> None:
    found = events("South Korea protested to Japan over the textbook.", "2025-03-26")
    protest = next(e for e in found if e.type == "PROTEST")
    assert (protest.date, protest.date_from, protest.historical) == ("2025-03-26", "published", False)


def test_a_request_carries_the_demanded_concession() -> None:
    found = dyads(events("South Korea urged Japan to apologize for wartime forced labor."))
    assert ("KOR", "REQUEST", "JPN", "occurred") in found
    assert ("JPN", "CONCEDE", "KOR", "demanded") in found


def test_negation_and_opinion() -> None:
    negated = dyads(events("Japan has not apologized to South Korea for the remarks."))
    assert ("JPN", "CONCEDE", "KOR", "negated") in negated
    assert events("Seoul should apologize to Tokyo, one commentator wrote.") == []


def test_the_evidence_sentence_and_trigger_point_into_the_text() -> None:
    text = "The talks went well. Japan lodged a strong protest with South Korea on Tuesday over Dokdo."
    protest = next(e for e in events(text) if e.type == "PROTEST")
    assert text[protest.sentence_start : protest.sentence_end].startswith("Japan lodged a strong protest")
    assert text[protest.trigger_start : protest.trigger_end] == protest.trigger


def test_one_real_event_in_two_sentences_is_one_event_with_two_mentions() -> None:
    text = (
        "Japan imposed export restrictions on South Korea in July 2019. "
        "The restrictions Japan imposed on South Korea in July 2019 hit chipmakers."
    )
    sanctions = [e for e in events(text) if e.type == "SANCTION" and e.source.startswith("JPN")]
    assert len(sanctions) == 1 and len(sanctions[0].mentions) == 1
