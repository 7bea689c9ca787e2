"""The cooperation–conflict index as a pure function over event rows, and its periods."""

from __future__ import annotations

import pytest

from dyadwatch.analysis.index import cooperation_conflict_index
from dyadwatch.analysis.periods import next_period, period_end, period_of, periods_between

PAIR = ("KOR", "JPN")


def event(date: str | None, weight: float, source: str = "JPN-GOV", target: str = "KOR", historical: bool = False):
    return {"date": date, "source": source, "target": target, "weight": weight, "historical": historical}


def test_periods_label_dates_at_each_grain_and_refuse_dates_coarser_than_the_grain() -> None:
    assert period_of("2019-07-04", "week") == "2019-W27" and period_of("2019-07-04", "quarter") == "2019-Q3"
    assert period_of("2020-12-31", "week") == "2020-W53" and next_period("2020-W53", "week") == "2021-W01"
    assert period_of("2019", "month") is None and period_of("2019-07", "day") is None
    assert period_end("2024-02", "month").isoformat() == "2024-02-29"
    assert periods_between("2019-Q3", "2020-Q2", "quarter") == ["2019-Q3", "2019-Q4", "2020-Q1", "2020-Q2"]


def test_events_count_at_their_own_date_in_one_direction_or_both_with_no_silent_gaps() -> None:
    rows = [
        event("2019-07-04", -7.0), event("2019-07-10", 3.0, "KOR-GOV", "JPN-GOV"), event("2019-09-01", -5.0),
        event("2019-08-15", 4.0, "USA", "KOR"),  # not the pair: left out
    ]
    both = cooperation_conflict_index(rows, pair=PAIR, grain="month")
    assert [(p.period, p.events, p.net) for p in both.points] == [("2019-07", 2, -4.0), ("2019-08", 0, 0.0),
                                                                  ("2019-09", 1, -5.0)]  # fmt: skip
    assert both.points[0].cooperation == 3.0 and both.points[0].conflict == -7.0
    one_way = cooperation_conflict_index(rows, pair=PAIR, grain="month", direction="JPN>KOR")
    assert [p.net for p in one_way.points] == [-7.0, 0.0, -5.0]
    with pytest.raises(ValueError):
        cooperation_conflict_index(rows, pair=PAIR, direction="USA>KOR")


def test_historical_events_stay_at_their_own_date_or_are_left_out_and_coarse_dates_are_counted_apart() -> None:
    rows = [event("2019-07-04", -7.0, historical=True), event("2025-08-23", 6.0), event("2019", -3.0)]
    kept = cooperation_conflict_index(rows, pair=PAIR, grain="year")
    assert {p.period: p.net for p in kept.points if p.events} == {"2019": -10.0, "2025": 6.0}
    monthly = cooperation_conflict_index(rows, pair=PAIR, grain="month", include_historical=False)
    assert [p.period for p in monthly.points] == ["2025-08"] and monthly.historical_left_out == 1
    assert monthly.coarse == 1


def test_normalisation_and_trailing_smoothing() -> None:
    rows = [event("2023-01-05", 4.0), event("2023-01-06", 2.0), event("2023-03-01", -6.0)]
    tone = cooperation_conflict_index(rows, pair=PAIR, normalise="events", smooth=2)
    assert [p.value for p in tone.points] == [3.0, None, -6.0]
    assert [p.smoothed for p in tone.points] == [3.0, 3.0, -6.0]
    volume = {"2023-01": 4, "2023-02": 1, "2023-03": 2}
    per_article = cooperation_conflict_index(rows, pair=PAIR, normalise="articles", volume=volume, smooth=3)
    assert [p.value for p in per_article.points] == [1.5, 0.0, -3.0] and per_article.points[-1].smoothed == -0.5
    assert cooperation_conflict_index(rows, pair=PAIR, since="2023-02").points[0].period == "2023-03"
    with pytest.raises(ValueError):
        cooperation_conflict_index(rows, pair=PAIR, normalise="articles")


def test_a_change_of_level_is_one_turning_point_and_a_flat_series_has_none() -> None:
    from dyadwatch.analysis.turning import match_timeline, turning_points
    from dyadwatch.kb.timeline import TimelineEntry

    rows = [event(f"2019-{m:02d}-01", 5.0 + (m % 2) * 0.5) for m in range(1, 13)]
    rows += [event(f"2020-{m:02d}-01", -5.0 - (m % 2) * 0.5) for m in range(1, 13)]
    series = cooperation_conflict_index(rows, pair=PAIR, grain="month")
    found = turning_points(series)
    assert [t.period for t in found] == ["2020-01"] and found[0].before > 4 and found[0].after < -4
    curated = [TimelineEntry("2019-12-20", "a turn", "trade", -1, ("JPN-GOV", "KOR-GOV")),
               TimelineEntry("2019-03", "nothing happened", "summit", 1, ("JPN-GOV", "KOR-GOV"))]  # fmt: skip
    matched = {m.entry.title: m.turning_point for m in match_timeline(found, curated, series)}
    assert matched == {"a turn": "2020-01", "nothing happened": None}
    flat = cooperation_conflict_index([event(f"2019-{m:02d}-01", 2.0) for m in range(1, 13)], pair=PAIR)
    assert turning_points(flat) == []


def test_the_timeline_joins_fitting_events_to_curated_entries_and_keeps_strong_others() -> None:
    from dyadwatch.analysis.timeline import merged_timeline
    from dyadwatch.kb.timeline import TimelineEntry

    curated = [TimelineEntry("2019-07-01", "export curbs", "trade", -1, ("JPN-GOV", "KOR-BUS"))]
    rows = [
        {**event("2019-07-01", -7.0), "type": "SANCTION", "identity": "a", "articles": 3},
        {**event("2019-07-01", 1.0), "type": "CONSULT", "identity": "b", "articles": 1},  # weak, not trade
        {**event("2019-07-04", -6.5, "KOR-GOV", "JPN-GOV"), "type": "PROTEST", "identity": "c", "articles": 1},
    ]
    items = merged_timeline(rows, curated, pair=PAIR)
    assert [(i.date, i.origin, i.types) for i in items] == [
        ("2019-07-01", "both", ["SANCTION"]), ("2019-07-04", "extracted", ["PROTEST"])
    ]  # fmt: skip
    assert items[0].articles == 3 and items[0].identity == "a"


def test_topics_need_two_mentions_or_one_in_the_lead_and_bring_their_parent() -> None:
    from dyadwatch.nlp.topics import article_topics, sentence_topics

    filler = " ".join(["The two governments met again."] * 40)
    passing = article_topics(f"{filler} One official mentioned Yasukuni.", "Leaders meet")
    assert "history/yasukuni" not in passing  # one mention deep in the text
    twice = article_topics(f"{filler} Yasukuni. Later, Yasukuni again.", "Leaders meet")
    assert twice[:2] == ("history/yasukuni", "history")
    assert article_topics("독도 문제로 한일 관계가 냉각됐다.", None)[:1] == ("territory/dokdo",)  # no word boundaries
    assert sentence_topics("They met on Tuesday.", ("trade/export-controls", "trade")) == ("trade/export-controls",
                                                                                           "trade")  # fmt: skip
    assert sentence_topics("Seoul protested over Dokdo.", ("trade",)) == ("territory/dokdo", "territory")


def test_topic_trends_count_articles_by_publication_and_events_by_their_own_date() -> None:
    from dyadwatch.analysis.topics import topic_trends

    days = [("2019-07-02", "trade", 3), ("2025-08-23", "trade", 1), (None, "trade", 1)]
    rows = [{**event("2019-07-04", -7.0), "topics": ["trade"]}, {**event("2019", -2.0), "topics": ["trade"]}]
    trends = topic_trends(days, rows, labels={"trade": "Trade"}, grain="year")
    by_period = {r["period"]: (r["articles"], r["events"], r["net"]) for r in trends}
    assert by_period == {"2019": (3, 2, -9.0), "2025": (1, 0, 0.0), None: (1, 0, 0.0)}
    monthly = {r["period"]: r["events"] for r in topic_trends(days, rows, labels={}, grain="month")}
    assert monthly["2019-07"] == 1 and monthly[None] == 1  # "2019" is too coarse for a month


def test_speakers_are_counted_per_person_with_the_topics_of_the_articles_quoting_them() -> None:
    from dyadwatch.analysis.speakers import speaker_stats

    def quote(article: str, name: str | None, kb: str | None, actor: str | None, kind: str = "direct"):
        return {"article_id": article, "published": f"20{article[1:]}-01-01", "kind": kind, "speaker_name": name,
                "speaker_kb": kb, "actor": actor}  # fmt: skip

    quotes = [
        quote("a23", "Lee Jae Myung", "person/lee", "KOR-GOV"), quote("a25", "President Lee", "person/lee", "KOR-GOV",
                                                                      "indirect"),
        quote("a25", "Lee", "person/lee", "KOR-GOV"), quote("a25", "officials", None, None, "indirect"),
        quote("a23", "Ishiba", "person/ishiba", "JPN-GOV"),
    ]  # fmt: skip
    topics = {"a23": ["trade/export-controls", "trade"], "a25": ["territory/dokdo", "territory"]}
    rows = speaker_stats(quotes, topics, grain="year")
    assert [r["kb"] for r in rows] == ["person/lee", "person/ishiba"]  # "officials" is nobody to follow
    lee = rows[0]
    assert (lee["quotes"], lee["direct"], lee["reported"], lee["articles"]) == (3, 2, 1, 2)
    assert lee["by_period"] == {"2023": 1, "2025": 2} and set(lee["topics"]) == {"trade/export-controls",
                                                                                 "territory/dokdo"}  # fmt: skip
    assert [r["kb"] for r in speaker_stats(quotes, topics, topic="territory")] == ["person/lee"]
