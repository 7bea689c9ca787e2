"""The reading stage on hand-written articles: actors over time, roles, coreference, quotes of every shape."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any

import pytest

from dyadwatch.model import Article, Provenance, PublishedDate, Quote, Reading
from dyadwatch.nlp.quotes import quoted_spans
from dyadwatch.nlp.reader import gate, read_articles

PROVENANCE = Provenance("test", "file", "0" * 64)


def article(text: str, published: str | None = "2025-08-23", lang: str = "en") -> Article:
    return Article(text=text, title=None, provenance=PROVENANCE, published=PublishedDate(published, "day"), lang=lang)


def read(text: str, published: str | None = "2025-08-23") -> Reading:
    return read_articles([article(text, published)])[0]


def speaker_of(reading: Reading, starts: str) -> Quote:
    for quote in reading.quotes:
        if quote.text.startswith(starts):
            return quote
    raise AssertionError(f"no quote starting {starts!r} in {[q.text[:30] for q in reading.quotes]}")


def entity(reading: Reading, name: str) -> Any:
    return next(e for e in reading.entities if e.name == name)


SUMMIT = """TOKYO, Aug. 23 (Yonhap) -- President Lee Jae Myung and Japanese Prime Minister Shigeru Ishiba agreed \
Saturday to deepen ties between Seoul and Tokyo.

"We agreed to look to the future together," Lee told reporters after the talks. "History must not hold us back."

Yang Kee-ho, professor of Japanese studies at Sungkonghoe University, said the statement was a modest but real step.
"It is a start, not a settlement," the professor said.

Ishiba said that Japan would uphold the spirit of the 1998 joint declaration. According to Japan's Foreign Ministry, \
the two leaders met for about 90 minutes.

Kim Seol-ah, a researcher at the Asan Institute for Policy Studies, was more cautious. "The mood is warmer than the \
substance," she said. "Both governments still have to deliver."
"""


def test_president_lee_is_resolved_by_the_article_date() -> None:
    text = "President Lee visited Tokyo to meet the Japanese prime minister and discuss ties with Japan."
    in_2025 = read(text, "2025-09-01")
    in_2010 = read(text, "2010-05-01")
    assert entity(in_2025, "Lee Jae Myung").actor == "KOR-GOV"
    assert entity(in_2010, "Lee Myung-bak").kb == "person/lee-myung-bak"


def test_metonyms_countries_and_administrations_get_actor_codes() -> None:
    reading = read("Seoul protested on Monday. The Ishiba administration said Tokyo regretted the move by South Korea.")
    actors = {e.name: e.actor for e in reading.entities}
    assert actors.get("Seoul") == "KOR-GOV"
    assert "JPN-GOV" in {e.actor for e in reading.entities if "Ishiba" in e.name}
    assert "KOR" in actors.values()


def test_roles_affiliations_and_sector_from_an_apposition() -> None:
    yang = entity(read(SUMMIT), "Yang Kee-ho")
    assert yang.role == "professor of Japanese studies"
    assert yang.affiliation is not None and "Sungkonghoe" in yang.affiliation
    assert yang.actor == "KOR-EDU"


def test_direct_quotes_by_surname_title_pronoun_and_the_second_half_of_a_split_quote() -> None:
    reading = read(SUMMIT)
    first = speaker_of(reading, "We agreed to look")
    assert (first.kind, first.speaker_name, first.how) == ("direct", "Lee Jae Myung", "surname")
    assert speaker_of(reading, "History must not").speaker_name == "Lee Jae Myung"
    assert speaker_of(reading, "It is a start").speaker_name == "Yang Kee-ho"
    assert speaker_of(reading, "It is a start").how == "title"
    warmer = speaker_of(reading, "The mood is warmer")
    assert (warmer.speaker_name, warmer.how) == ("Kim Seol-ah", "pronoun")


def test_reported_speech_and_according_to() -> None:
    reading = read(SUMMIT)
    ishiba = speaker_of(reading, "Japan would uphold")
    assert (ishiba.kind, ishiba.speaker_name, ishiba.cue) == ("indirect", "Shigeru Ishiba", "said")
    ministry = speaker_of(reading, "the two leaders met")
    assert ministry.cue == "according to" and ministry.actor == "JPN-GOV"
    yang = speaker_of(reading, "the statement was a modest")
    assert yang.speaker_name == "Yang Kee-ho" and yang.affiliation and yang.actor == "KOR-EDU"


def test_quote_speaker_points_at_an_entity_with_that_mention() -> None:
    reading = read(SUMMIT)
    quote = speaker_of(reading, "The mood is warmer")
    kim = next(e for e in reading.entities if e.id == quote.speaker)
    assert kim.name == "Kim Seol-ah"
    assert any(reading_text(m) == "she" for m in kim.mentions)


def reading_text(mention: Any) -> str:
    return SUMMIT[mention.start : mention.end]


def test_two_people_sharing_a_surname_are_kept_apart() -> None:
    text = (
        "President Lee Jae Myung met Japanese Prime Minister Sanae Takaichi in Gyeongju. Ambassador Lee Hyuk, who "
        "attended the talks, briefed reporters afterwards.\n\n"
        '"The two leaders spoke for forty minutes without notes," Lee Hyuk said.\n\n'
        '"We will keep meeting," President Lee said later.'
    )
    reading = read(text, "2025-10-30")
    assert speaker_of(reading, "The two leaders spoke").speaker_name == "Lee Hyuk"
    assert speaker_of(reading, "We will keep meeting").speaker_name == "Lee Jae Myung"


def test_single_marks_multi_paragraph_quotes_and_scare_quotes() -> None:
    text = (
        "Seoul and Tokyo marked the anniversary. Park Min-ji, a historian at Korea University, was blunt.\n\n"
        '"The first paragraph of a long answer about the past and the present\n\n'
        '"and the second paragraph that closes it at last," Park said.\n\n'
        "'This is how the Korea Herald writes its quotes,' she added. Critics called it \"America First\" "
        'politics and the "No Japan" campaign returned, while Beijing pushed "Made in China 2025" plans.'
    )
    reading = read(text, "2025-06-22")
    direct = [q for q in reading.quotes if q.kind == "direct"]
    assert [q.text.split()[0] for q in direct] == ["The", "This"]
    assert "second paragraph" in direct[0].text and direct[0].speaker_name == "Park Min-ji"
    assert direct[1].speaker_name == "Park Min-ji"


def test_quotation_scanner_ignores_apostrophes_and_bounds_unclosed_marks() -> None:
    text = "Korea's view isn't Japan's. 'A quoted clause here,' he said.\n\nAn \"unclosed quote runs to the end"
    spans = [text[s.start : s.end] for s in quoted_spans(text)]
    assert spans == ["A quoted clause here,", "unclosed quote runs to the end"]


def test_gate_skips_other_languages_and_articles_about_neither_country() -> None:
    korean = article("이재명 대통령은 일본 총리와 정상회담을 가졌다. " * 5, lang="ko")
    unrelated = article("The city council voted on Tuesday to repave the main street and add bicycle lanes.")
    assert "language" in (gate(korean) or "")
    assert "neither country" in (gate(unrelated) or "")
    readings = read_articles([korean, unrelated])
    assert all(r.quotes == () and r.note for r in readings)


def test_bad_input_is_bounded_and_never_crashes() -> None:
    unbalanced = 'Japan and Korea. "This quote never closes and ' + "goes on and on " * 200
    no_sentences = "Japan " + "- " * 3000
    huge = ("Seoul and Tokyo met again. " * 20 + '"We will talk," Lee said.\n\n') * 1500  # ~100 000 words
    started = time.perf_counter()
    readings = read_articles([article(unbalanced), article(no_sentences), article(huge)])
    assert time.perf_counter() - started < 600  # returns, rather than hanging
    assert readings[0].quotes and readings[2].note.startswith("read the first")


def test_the_same_text_reads_the_same_in_one_or_two_processes() -> None:
    texts = [article(SUMMIT), article(replace(article(SUMMIT), text=SUMMIT.replace("Yang", "Oh")).text)]
    one = read_articles(texts)
    two = read_articles(texts, workers=2)
    assert [r.quotes for r in one] == [r.quotes for r in two]


@pytest.mark.parametrize("published", [None, "2025", "2025-08"])
def test_partial_or_missing_publication_dates_still_read(published: str | None) -> None:
    reading = read(SUMMIT, published)
    assert speaker_of(reading, "We agreed to look").speaker_name == "Lee Jae Myung"


def test_lower_case_stop_words_are_not_kb_acronyms() -> None:
    reading = read('"This matters to all of us in Asia," Lee told us in Seoul.', "2025-08-23")
    assert "USA" not in {e.actor for e in reading.entities}


def test_on_a_handover_day_the_title_means_the_incoming_holder() -> None:
    text = 'Tokyo and Seoul exchanged messages. "We will build on the progress," the prime minister said.'
    assert speaker_of(read(text, "2024-10-01"), "We will build").speaker_name == "Shigeru Ishiba"
    assert speaker_of(read(text, "2024-09-15"), "We will build").speaker_name == "Fumio Kishida"

