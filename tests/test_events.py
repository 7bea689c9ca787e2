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


def test_an_unnamed_body_takes_its_country_from_its_phrase_or_the_body_named_before_it() -> None:
    found = events(
        "Some civic groups in South Korea criticized Japan on Friday. "
        "South Korea's Supreme Court ordered Nippon Steel to pay damages in 2018. "
        "On Thursday the court ordered Mitsubishi Heavy Industries to pay as well.",
        "2025-12-12",
    )
    codes = {(e.source, e.type, e.target.split("-")[0], e.date) for e in found}
    assert ("KOR-CVL", "ACCUSE", "JPN", "2025-12-12") in codes
    assert ("KOR-JUD", "COERCE", "JPN", "2018") in codes and ("KOR-JUD", "COERCE", "JPN", "2025-12-11") in codes


def test_a_background_event_is_coded_only_when_the_text_dates_it() -> None:
    undated = events("Many Koreans still remember those who suffered under Japan's colonial rule.")
    assert not [e for e in undated if e.type == "COERCE"]
    annexation = events("Japan's 1910 annexation of Korea is still taught in every school.")
    dated = [e for e in annexation if e.type == "COERCE"]
    assert dated and dated[0].date == "1910" and dated[0].historical


def test_a_meeting_is_mutual_and_a_conjoined_clause_shares_the_first_clauses_time() -> None:
    found = {(e.source, e.type, e.target, e.date) for e in events(
        "Lee Jae Myung met Sanae Takaichi in Gyeongju last month, and the two agreed to continue shuttle diplomacy.",
        "2025-11-21",
    )}  # fmt: skip
    for kind in ("CONSULT", "AGREE"):
        assert ("KOR-GOV", kind, "JPN-GOV", "2025-10") in found and ("JPN-GOV", kind, "KOR-GOV", "2025-10") in found


def test_a_relative_pronoun_stands_for_its_noun() -> None:
    found = dyads(events("Washington, which has urged Seoul and Tokyo to cooperate, praised the agreement."))
    assert ("USA", "REQUEST", "KOR", "occurred") in found and ("USA", "REQUEST", "JPN", "occurred") in found
    assert ("USA", "SUPPORT", "KOR", "occurred") in found  # a pact of the pair: the praise is aimed at both
