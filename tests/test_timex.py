"""Time expressions: detection and TIMEX3 values against the publication date and the discourse, on the real
English pipeline (reading-format.md, "Time expressions")."""

from __future__ import annotations

from typing import Any

import pytest

from dyadwatch.model import TimeRef
from dyadwatch.nlp.pipeline import english
from dyadwatch.nlp.timex import extract_times, normalise

PUBLISHED = "2025-08-23"  # a Saturday


@pytest.fixture(scope="module")
def nlp() -> Any:
    return english()


def read(nlp: Any, text: str, published: str | None = PUBLISHED) -> list[TimeRef]:
    return extract_times(nlp(text), published)


def only(nlp: Any, text: str, published: str | None = PUBLISHED) -> TimeRef:
    times = read(nlp, text, published)
    assert len(times) == 1, [t.text for t in times]
    return times[0]


def found(nlp: Any, text: str, published: str | None = PUBLISHED) -> dict[str, TimeRef]:
    return {t.text: t for t in read(nlp, text, published)}


# -- the spec's example forms ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "span", "value", "type_", "grain"),
    [
        ("Lee and Ishiba met on Friday.", "Friday", "2025-08-22", "DATE", "day"),
        ("Lee agreed Saturday to expand cooperation.", "Saturday", "2025-08-23", "DATE", "day"),
        ("He took office in July.", "July", "2025-07", "DATE", "month"),
        ("The talks will resume next year.", "next year", "2026", "DATE", "year"),
        ("Officials met last week.", "last week", "2025-W33", "DATE", "week"),
        ("The ministers meet again this month.", "this month", "2025-08", "DATE", "month"),
        ("The ruling came two years ago.", "two years ago", "2023", "DATE", "year"),
        ("Trade fell sharply in early 2019.", "early 2019", "2019", "DATE", "year"),
        ("Ties were warm in the 1990s.", "the 1990s", "199", "DATE", "decade"),
        ("Japan ruled Korea in the early 20th century.", "the early 20th century", "19", "DATE", "century"),
        ("Kim signed the 1998 declaration with Obuchi.", "1998", "1998", "DATE", "year"),
        ("The 1965 agreement settled claims.", "1965", "1965", "DATE", "year"),
        ("The pact was signed on Dec. 28, 2015.", "Dec. 28, 2015", "2015-12-28", "DATE", "day"),
        ("The pact was signed in May 2010.", "May 2010", "2010-05", "DATE", "month"),
        ("Exports slowed in the third quarter of 2019.", "the third quarter of 2019", "2019-Q3", "DATE", "quarter"),
        ("Sales rose in the first half of 2019.", "the first half of 2019", "2019-H1", "DATE", "half"),
        ("The two sides met last summer.", "last summer", "2024-SU", "DATE", "season"),
        ("Relations are now at their best.", "now", "PRESENT_REF", "DATE", "ref"),
        ("Seoul recently eased the rules.", "recently", "PAST_REF", "DATE", "ref"),
        ("Such disputes were settled in the past.", "the past", "PAST_REF", "DATE", "ref"),
        ("Both hope to meet again in the future.", "the future", "FUTURE_REF", "DATE", "ref"),
        ("Talks stalled for three months.", "three months", "P3M", "DURATION", "duration"),
        ("The visit lasted two weeks.", "two weeks", "P2W", "DURATION", "duration"),
        ("The strike went on for five days.", "five days", "P5D", "DURATION", "duration"),
        ("The meeting ran six hours.", "six hours", "PT6H", "DURATION", "duration"),
        ("The dispute has festered for years.", "years", "PXY", "DURATION", "duration"),
        ("Victims have waited for three decades.", "three decades", "P3DE", "DURATION", "duration"),
        ("The ceremony is held every year.", "every year", "XXXX", "SET", "set"),
        ("The report is published annually.", "annually", "XXXX", "SET", "set"),
        ("Survivors rally every Wednesday.", "every Wednesday", "XXXX-WXX-3", "SET", "set"),
        ("Japan holds an annual Takeshima Day event.", "annual", "XXXX", "SET", "set"),
    ],
)
def test_the_spec_example_forms(nlp: Any, sentence: str, span: str, value: str, type_: str, grain: str) -> None:
    time = found(nlp, sentence)[span]
    assert (time.value, time.type, time.grain) == (value, type_, grain)


def test_offsets_are_half_open_character_spans_in_text_order(nlp: Any) -> None:
    text = "TOKYO, Aug. 23 (Yonhap) -- Lee met Ishiba on Saturday, 27 years after the 1998 declaration."
    times = read(nlp, text)
    assert [t.text for t in times] == ["Aug. 23", "Saturday", "27 years", "1998"]
    assert all(text[t.start : t.end] == t.text for t in times)
    assert times[0].value == "2025-08-23" and times[0].anchor == "published"  # the dateline date


def test_spans_are_trimmed_to_the_minimal_expression(nlp: Any) -> None:
    times = found(nlp, "Prices have risen since 2019. The ban ended on June 4, and in 2020, trade recovered.")
    assert {"2019", "June 4", "2020"} <= set(times)
    assert not any(text.startswith(("since", "on ", "in ")) or text.endswith((",", ".")) for text in times)


def test_early_mid_late_keep_their_value_and_carry_a_mod(nlp: Any) -> None:
    times = found(nlp, "Exports fell in early 2019, recovered by mid-2020 and peaked in late 2021.")
    assert [(times[t].value, times[t].mod) for t in ("early 2019", "mid-2020", "late 2021")] == [
        ("2019", "START"),
        ("2020", "MID"),
        ("2021", "END"),
    ]


def test_month_or_year_phrases_give_the_year(nlp: Any) -> None:
    times = found(nlp, "The court ruled in October last year, and the statue went up in December that year.")
    assert times["October last year"].value == "2024-10"
    assert times["December that year"].value == "2024-12"


# -- ranges -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "span", "start", "last"),
    [
        ("The summit is held Aug. 23 to 24 in Tokyo.", "Aug. 23 to 24", "2025-08-23", "2025-08-24"),
        ("He served from 2019 to 2023 as envoy.", "from 2019 to 2023", "2019", "2023"),
        ("Japan ruled Korea between 1910 and 1945.", "between 1910 and 1945", "1910", "1945"),
        ("Japan's 1910-45 colonial rule still divides them.", "1910-45", "1910", "1945"),
    ],
)
def test_ranges_have_the_start_as_value_and_the_last_unit_as_end(
    nlp: Any, sentence: str, span: str, start: str, last: str
) -> None:
    time = found(nlp, sentence)[span]
    assert (time.value, time.end_value, time.grain, time.type) == (start, last, "range", "DATE")


def test_the_27_years_since_1998_are_two_expressions(nlp: Any) -> None:
    times = read(nlp, "Relations have improved over the 27 years since 1998.")
    assert [(t.text, t.value, t.type) for t in times] == [
        ("the 27 years", "P27Y", "DURATION"),
        ("1998", "1998", "DATE"),
    ]


# -- the discourse ------------------------------------------------------------------------------------
def test_anaphora_counts_from_the_date_in_focus_not_from_publication(nlp: Any) -> None:
    text = (
        "In 2019, Tokyo tightened exports. That July, Seoul protested, and that November it reversed itself. "
        "The following month, talks resumed. Two years later, a court ruled."
    )
    times = found(nlp, text, "2025-06-22")
    assert times["That July"].value == "2019-07"
    assert times["that November"].value == "2019-11"
    assert times["The following month"].value == "2019-12"
    assert times["Two years later"].value == "2021"
    assert {times[t].anchor for t in ("That July", "that November", "The following month")} == {"discourse"}


def test_the_same_day_and_a_day_later_follow_the_last_dated_event(nlp: Any) -> None:
    text = "Seoul unveiled the plan on March 6, 2023. Tokyo welcomed it the same day, and a day later Yoon spoke."
    times = found(nlp, text)
    assert times["the same day"].value == "2023-03-06"
    assert times["a day later"].value == "2023-03-07"
    assert times["a day later"].anchor == "discourse"


def test_relative_dates_count_from_publication_even_after_a_focus(nlp: Any) -> None:
    times = found(nlp, "The treaty was signed in 1965. Last year, trade hit a record.")
    assert times["Last year"].value == "2024"
    assert times["Last year"].anchor == "published"


def test_a_bare_month_takes_the_year_of_the_paragraph_it_narrates(nlp: Any) -> None:
    times = read(nlp, "In 2019 there was no channel. On Aug. 2, Tokyo dropped Seoul from its white list.", "2025-06-22")
    assert [t.value for t in times] == ["2019", "2019-08-02"]


def test_a_year_that_names_a_thing_does_not_set_the_paragraph_year(nlp: Any) -> None:
    times = found(nlp, "Lee kept the 2023 plan and took office in June.", "2025-12-11")
    assert times["June"].value == "2025-06"


# -- weekday and month direction ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The two leaders met on Friday.", "Friday", "2025-08-22"),
        ("The two leaders will meet on Friday.", "Friday", "2025-08-29"),
        ("Lee is scheduled to meet lawmakers on Sunday.", "Sunday", "2025-08-24"),
        ("The summit is set to open next Tuesday.", "next Tuesday", "2025-08-26"),
        ("Lee flew to Seoul last Tuesday.", "last Tuesday", "2025-08-19"),
        ("The talks were planned for January.", "January", "2026-01"),
        ("The talks were held in January.", "January", "2025-01"),
        ("Japan's export curbs take effect Aug. 28.", "Aug. 28", "2025-08-28"),
        ("The curbs took effect on Aug. 28.", "Aug. 28", "2024-08-28"),
    ],
)
def test_tense_decides_the_direction_of_weekdays_and_months(nlp: Any, sentence: str, span: str, value: str) -> None:
    assert found(nlp, sentence)[span].value == value


# -- not time expressions -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "The 86-year-old survivor spoke to reporters.",
        "She is 86 years old and still campaigns.",
        "They marked the 60th anniversary of the treaty.",
        "The ceremony began at 3 p.m. and ended at 10:30.",
        "Seoul paid $300 million to 1500 workers.",
        "About 2000 people marched in front of the embassy.",
        "Some 55 percent of Koreans approve.",
    ],
)
def test_ages_anniversaries_clock_times_money_and_counts_are_not_time_expressions(nlp: Any, sentence: str) -> None:
    assert read(nlp, sentence) == []


def test_a_clock_time_is_cut_from_a_date(nlp: Any) -> None:
    times = read(nlp, "Aug 23, 2025 10:52 PM")
    assert [(t.text, t.value) for t in times] == [("Aug 23, 2025", "2025-08-23")]


# -- without a publication date -------------------------------------------------------------------------
def test_without_a_publication_date_relative_expressions_are_found_with_no_value(nlp: Any) -> None:
    times = found(nlp, "The assembly met on Wednesday and will vote next year; the law dates from 2005.", None)
    assert times["Wednesday"].value is None and times["next year"].value is None
    assert times["2005"].value == "2005"
    assert times["next year"].anchor == "published"


def test_a_month_grain_publication_date_still_anchors_years_and_months(nlp: Any) -> None:
    times = found(nlp, "Trade fell last year and again this month, officials said on Tuesday.", "2026-01")
    assert times["last year"].value == "2025"
    assert times["this month"].value == "2026-01"
    assert times["Tuesday"].value is None


# -- bounded work and odd input ---------------------------------------------------------------------
def test_a_100000_word_text_without_a_parse_returns(nlp: Any) -> None:
    sentence = "Lee met Ishiba on Aug. 23, 2025, two years after the 2023 plan, and they will meet next year. "
    text = sentence * (100_000 // len(sentence.split()) + 1)
    doc = nlp.tokenizer(text)  # no sentences, no entities: the patterns alone
    times = extract_times(doc, PUBLISHED)
    assert len(times) >= 4 * (100_000 // len(sentence.split()))
    assert times[0].value == "2025-08-23"


def test_empty_and_blank_texts_have_no_times(nlp: Any) -> None:
    assert extract_times(nlp(""), PUBLISHED) == []
    assert extract_times(nlp(" \n\n "), None) == []


@pytest.mark.parametrize(
    "text",
    [
        "1," * 5000,
        "Dec. 31, 9999",
        "It ended 999999 years later.",
        "Feb. 30, 2019 and Sunday, 31 February 2020",
        "between 2019 and",
        "日日日 30日 今年 지난해",
        "next " * 500 + "year",
        "\x00\x01\ufeff",
    ],
)
def test_odd_input_never_raises(nlp: Any, text: str) -> None:
    for published in (PUBLISHED, "2025", None, "not a date"):
        for time in extract_times(nlp(text), published):
            assert text[time.start : time.end] == time.text


# -- the normaliser on its own ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "anchor", "focus", "future", "value"),
    [
        ("Friday", "2013-03-22", None, False, "2013-03-22"),
        ("the last week", "2013-03-22", None, False, "2013-W11"),
        ("this week", "2013-03-22", None, False, "2013-W12"),
        ("late last July", "2013-03-22", None, False, "2012-07"),
        ("May", "2013-03-22", None, True, "2013-05"),
        ("May", "2013-03-22", None, False, "2012-05"),
        ("four years ago", "2013-03-21", None, False, "2009"),
        ("that November", "2025-06-22", "2019-07", False, "2019-11"),
        ("a day later", "2025-06-22", "2023-03-06", False, "2023-03-07"),
        ("2009-2010", "2013-03-22", None, False, "2009"),
        ("the past several months", "2013-03-22", None, False, "PXM"),
        ("almost seven years", "2013-03-22", None, False, "P7Y"),
        ("Sixty years ago today", "2025-06-22", None, False, "1965-06-22"),
        ("October", None, None, False, None),
        ("tenure", "2013-03-22", None, False, None),
    ],
)
def test_normalise_alone(text: str, anchor: str | None, focus: str | None, future: bool, value: str | None) -> None:
    assert normalise(text, anchor, focus, future).value == value


def test_normalise_fills_the_timeref_fields() -> None:
    result = normalise("Aug. 23 to 24", "2025-08-25")
    assert (result.value, result.type, result.grain, result.end, result.mod) == (
        "2025-08-23",
        "DATE",
        "range",
        "2025-08-24",
        None,
    )
