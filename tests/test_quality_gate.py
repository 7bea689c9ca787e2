"""Quality floors on the sample corpus gold. A floor is raised when the cleaner improves, never lowered
quietly: the measured values are in docs/quality.md (`python benchmarks/extraction.py`)."""

from __future__ import annotations

from typing import Any

import pytest

from benchlib import SampleRecord, run_sample
from dyadwatch.model import Article

from scoring import load_sample_gold, pairwise_prf, token_prf

# Floors, set just under what the cleaner measured on 2026-11-23 (docs/quality.md).
MIN_BODY_F1 = 0.98
MIN_FIELD_ACCURACY = {"title": 0.95, "outlet": 0.95, "via": 0.95, "byline": 0.9, "lang": 1.0, "published": 0.9}
MIN_STORY_PAIRWISE_F1 = 0.8


@pytest.fixture(scope="module")
def sample() -> tuple[list[SampleRecord], dict[Any, dict[str, Any]]]:
    gold = load_sample_gold()
    if not gold:
        pytest.skip("no sample gold")
    return run_sample(), gold


def _articles(sample: tuple[list[SampleRecord], dict[Any, dict[str, Any]]]) -> list[tuple[Article, dict[str, Any]]]:
    records, gold = sample
    return [
        (r.processed.outcome.article, gold[r.key])
        for r in records
        if r.processed.outcome.article is not None and gold[r.key]["expect"] != "rejected"
    ]


def _same(value: Any, expected: Any) -> bool:
    def norm(v: Any) -> str:
        return " ".join(str(v or "").replace("\u3000", " ").split()).casefold()

    return norm(value) == norm(expected)


def test_every_input_has_gold_and_ends_as_the_gold_says(sample: tuple[list[SampleRecord], dict]) -> None:
    records, gold = sample
    assert {r.key for r in records} == set(gold), "sample inputs and gold records differ"
    for record in records:
        outcome, expected = record.processed.outcome, gold[record.key]
        assert outcome.status == expected["expect"], record.key
        if expected["expect"] == "rejected":
            assert outcome.rejection is not None and outcome.rejection.code == expected["reject_code"], record.key


def test_duplicates_point_at_the_gold_original(sample: tuple[list[SampleRecord], dict]) -> None:
    records, gold = sample
    stored_ids = {r.key: r.processed.outcome.article.id for r in records if r.processed.outcome.status == "stored"}
    for record in records:
        original = gold[record.key].get("duplicate_of")
        if original:
            wanted = stored_ids[(original["file"], original["record"])]
            assert record.processed.outcome.verdict.original_id == wanted, record.key


def test_body_text_floor_and_no_boilerplate_leaks(sample: tuple[list[SampleRecord], dict]) -> None:
    pairs = _articles(sample)
    f1 = sum(token_prf(article.text, expected["body"])[2] for article, expected in pairs) / len(pairs)
    assert f1 >= MIN_BODY_F1
    leaks = [
        (expected["file"], s)
        for article, expected in pairs
        for s in expected.get("must_remove") or []
        if s in article.text
    ]
    assert not leaks


@pytest.mark.parametrize("field", sorted(MIN_FIELD_ACCURACY))
def test_metadata_floors(sample: tuple[list[SampleRecord], dict], field: str) -> None:
    pairs = _articles(sample)

    def value(article: Article) -> Any:
        return article.published.value if field == "published" else getattr(article, field)

    right = sum(_same(value(article), expected[field]) for article, expected in pairs)
    assert right / len(pairs) >= MIN_FIELD_ACCURACY[field]


def test_related_articles_are_split_with_their_dates(sample: tuple[list[SampleRecord], dict]) -> None:
    for article, expected in _articles(sample):
        got = [(r.title, r.outlet, r.published.value) for r in article.related]
        want = [(r["title"], r["outlet"], r["published"]) for r in expected.get("related") or []]
        assert got == want, expected["file"]


def test_story_clusters_floor(sample: tuple[list[SampleRecord], dict]) -> None:
    records, gold = sample
    predicted = {r.key: r.processed.outcome.verdict.story_id for r in records if r.processed.outcome.verdict}
    expected = {key: gold[key]["story"] for key in predicted}
    assert pairwise_prf(predicted, expected)[2] >= MIN_STORY_PAIRWISE_F1


# Quote floors, set just under what the reading stage measured on 2026-12-01 (benchmarks/quotes.py).
MIN_DIRECT_ATTRIBUTION_F1 = 0.88
MIN_INDIRECT_ATTRIBUTION_F1 = 0.74


def test_quote_attribution_meets_its_floors() -> None:
    from quotes import predictions, score
    from scoring import prf

    gold, predicted, _ = predictions()
    if not gold:
        pytest.skip("no reading gold")
    counts = score(gold, predicted, show_errors=False)["counts"]
    direct = prf(counts["attributed_direct"], counts["pred_direct"], counts["gold_direct"])[2]
    indirect = prf(counts["attributed_indirect"], counts["pred_indirect"], counts["gold_indirect"])[2]
    assert direct >= MIN_DIRECT_ATTRIBUTION_F1, direct
    assert indirect >= MIN_INDIRECT_ATTRIBUTION_F1, indirect


# Time-expression floor on the sample gold (benchmarks/timex.py measured 0.966 on 2026-12-01).
MIN_TIME_VALUE_ACCURACY = 0.94
MIN_TIME_RELAXED_F1 = 0.97


def test_time_expression_values_meet_their_floor() -> None:
    from collections import Counter

    from scoring import prf
    from timex import Tally, sample_tallies

    tallies, _, _ = sample_tallies(Counter())
    if not tallies:
        pytest.skip("no reading gold")
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    assert prf(total.relaxed, total.predicted, total.gold)[2] >= MIN_TIME_RELAXED_F1
    assert total.value_right / total.relaxed >= MIN_TIME_VALUE_ACCURACY


# Event floors on the sample gold (benchmarks/events.py, second pass 2026-12-01: directed F1 0.558, historical 0.985).
MIN_EVENT_DIRECTED_F1 = 0.53
MIN_EVENT_HISTORICAL_ACCURACY = 0.95


def test_event_coding_meets_its_floors() -> None:
    from events import sample_items
    from events import score as score_events
    from scoring import prf

    items = sample_items()
    if not items:
        pytest.skip("no events gold")
    counts = score_events(items, show=False)["counts"]
    assert prf(counts["directed"], counts["pred"], counts["gold"])[2] >= MIN_EVENT_DIRECTED_F1
    assert counts["historical_right"] / counts["directed"] >= MIN_EVENT_HISTORICAL_ACCURACY
