from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.runtime.migration import MigrationContext

import dyadwatch
from dyadwatch.errors import InputError, NotFoundError, StoreError
from dyadwatch.store import Store, fts5_query

from articles import EXPORT_CURBS_BODY, REPOST, html_page

WriteFile = Callable[[str, bytes | str], Path]


@pytest.fixture
def corpus(write_file: WriteFile) -> Path:
    write_file("repost.txt", REPOST)
    write_file(
        "herald.html",
        html_page("Japan tightens export curbs", EXPORT_CURBS_BODY, meta_date="2019-07-01T10:00:00+09:00"),
    )
    write_file("copy.html", html_page("Tokyo tightens export curbs", EXPORT_CURBS_BODY))  # same body: exact dup
    write_file("empty.txt", "")
    return write_file("bad.jsonl", '{"id": "x", "text": "cut off\n').parent


def test_every_input_ends_stored_duplicate_or_rejected_and_stats_add_up(corpus: Path, store_url: str) -> None:
    report = dyadwatch.ingest(corpus, db=store_url)
    assert (report.counts["stored"], report.counts["duplicate"], report.counts["rejected"]) == (2, 1, 2)
    stats = dyadwatch.stats(db=store_url)
    assert stats["inputs"] == 5 == sum(stats["by_status"].values())
    assert stats["rejections_by_code"] == {"empty": 1, "bad_json": 1}
    assert stats["articles"] == 3  # two inputs and the related article split off the repost
    codes = {row["code"] for row in dyadwatch.rejections(db=store_url)}
    assert codes == {"empty", "bad_json"}


def test_second_run_adds_nothing_and_says_so(corpus: Path, store_url: str) -> None:
    dyadwatch.ingest(corpus, db=store_url)
    again = dyadwatch.ingest(corpus, db=store_url)
    assert again.counts["unchanged"] == 5 and again.inputs == 5
    assert not (again.counts["stored"] or again.counts["duplicate"] or again.counts["rejected"])
    assert dyadwatch.stats(db=store_url)["inputs"] == 5


def test_a_killed_run_resumes_without_duplicating(corpus: Path, store_url: str, write_file: WriteFile) -> None:
    dyadwatch.ingest(corpus / "repost.txt", db=store_url)  # as if the first run died after one file
    report = dyadwatch.ingest(corpus, db=store_url)
    assert report.counts["unchanged"] == 1 and report.counts["stored"] == 1
    assert dyadwatch.stats(db=store_url)["inputs"] == 5


def test_duplicate_points_at_its_original_and_show_lists_it(corpus: Path, store_url: str) -> None:
    dyadwatch.ingest(corpus, db=store_url)
    (herald,) = dyadwatch.articles("export curbs", db=store_url)
    shown = dyadwatch.show(herald["id"][:8], db=store_url)
    statuses = sorted(record["status"] for record in shown["records"])
    assert statuses == ["duplicate", "stored"]
    assert any(r["kind"] == "caption" for r in shown["removed"])


def test_full_text_search_filters_and_odd_queries(corpus: Path, store_url: str) -> None:
    dyadwatch.ingest(corpus, db=store_url)
    hits = dyadwatch.articles("Ishiba", db=store_url)
    assert [h["via"] for h in hits] == ["AloJapan.com"] and "[Ishiba]" in hits[0]["snippet"]
    assert dyadwatch.articles('"free trade"', db=store_url)
    assert len(dyadwatch.articles("Ishiba OR photoresist", db=store_url)) == 2
    for odd in ['"unbalanced', "AND OR NOT", "x' OR 1=1 --", "-minus", "NEAR(", "*"]:
        dyadwatch.articles(odd, db=store_url)  # never an FTS syntax error
    assert dyadwatch.articles(outlet="herald", db=store_url)[0]["outlet"] == "The Korea Herald"
    assert [a["published"] for a in dyadwatch.articles(since="2025", db=store_url)] == ["2025-08-24", "2025-08-24"]
    assert dyadwatch.articles(until="2019-07", db=store_url)[0]["published"] == "2019-07-01"
    with pytest.raises(InputError):
        dyadwatch.articles(since="last week", db=store_url)


def test_fts5_query_quotes_everything() -> None:
    assert fts5_query('Lee Jae-myung "joint statement" OR summit') == '"Lee" "Jae myung" "joint statement" OR "summit"'
    assert fts5_query("   ") == '""'


def test_schema_is_migrated_to_head_with_wal_and_fts(db_url: str) -> None:
    store = Store.open(db_url)
    with store.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0006"
    store.close()
    raw = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'articles_fts'").fetchone()


def test_unknown_article_and_bad_url_give_clear_errors(db_url: str) -> None:
    with pytest.raises(NotFoundError):
        dyadwatch.show("abcdef12", db=db_url)
    with pytest.raises(StoreError, match="database URL"):
        Store.open("not a url")


def test_readings_are_stored_once_and_queried_by_speaker_affiliation_actor_and_date(
    corpus: Path, store_url: str
) -> None:
    dyadwatch.ingest(corpus, db=store_url)
    dyadwatch.ingest(corpus, db=store_url)  # a rerun must not add reading rows either
    stats = dyadwatch.stats(db=store_url)
    assert stats["articles_read"] == 3 and stats["times"] > 0
    lee = dyadwatch.quotes(speaker="Lee Jae Myung", db=store_url)
    assert lee and {q["speaker_kb"] for q in lee} == {"person/lee-jae-myung"}
    assert all(q["published"] >= "2025" for q in dyadwatch.quotes(since="2025", db=store_url))
    assert dyadwatch.quotes(until="2019-07", db=store_url) == [
        q for q in dyadwatch.quotes(db=store_url) if q["published"] and q["published"] <= "2019-07-31"
    ]
    assert {q["actor"] for q in dyadwatch.quotes(actor="JPN", db=store_url)} <= {"JPN", "JPN-GOV", "JPN-BUS"}
    assert dyadwatch.quotes(q="100%_not there", db=store_url) == []  # LIKE wildcards are escaped
    people = {a["kb"]: a for a in dyadwatch.actors(kind="PERSON", db=store_url)}
    assert people["person/ishiba-shigeru"]["actor"] == "JPN-GOV" and people["person/ishiba-shigeru"]["articles"] >= 1
    shown = dyadwatch.show(lee[0]["article_id"], db=store_url)
    quote = next(q for q in shown["quotes"] if q["speaker_kb"] == "person/lee-jae-myung")
    assert shown["text"][quote["span_start"] : quote["span_end"]] == quote["text"]
    with pytest.raises(InputError):
        dyadwatch.quotes(kind="hearsay", db=store_url)


def test_events_are_stored_with_evidence_and_filtered_by_their_own_date(corpus: Path, store_url: str) -> None:
    dyadwatch.ingest(corpus, db=store_url)
    dyadwatch.ingest(corpus, db=store_url)  # idempotent
    found = dyadwatch.events(db=store_url, limit=500)
    assert found and all(e["evidence"] and e["source"] != e["target"] for e in found)
    assert len({(e["article_id"], e["source"], e["target"], e["type"], e["date"]) for e in found}) == len(found)
    curbs = dyadwatch.events(source="JPN", type="SANCTION", db=store_url)
    assert curbs and all(e["source"].startswith("JPN") for e in curbs)
    news = dyadwatch.events(historical=False, db=store_url, limit=500)
    background = dyadwatch.events(historical=True, db=store_url, limit=500)
    assert len(news) + len(background) == len(found)
    assert all(e["date"] >= "2019-07" for e in dyadwatch.events(since="2019-07", db=store_url, limit=500))
    with pytest.raises(InputError):
        dyadwatch.events(type="HUG", db=store_url)
    assert dyadwatch.stats(db=store_url)["events_by_type"]


SUMMIT_REPORTS = {
    "yonhap-summit.html": [
        "TOKYO, Aug. 23 (Yonhap) -- President Lee Jae Myung and Prime Minister Shigeru Ishiba held talks in Tokyo "
        "on Saturday and agreed to expand exchanges between young people of the two countries.",
        "It was Lee's first trip to Japan since he took office in June.",
    ],
    "kyodo-summit.html": [
        "Japanese Prime Minister Shigeru Ishiba and South Korean President Lee Jae Myung held talks on Saturday "
        "at the prime minister's office, where the leaders discussed trade and North Korea over lunch.",
        "Officials in Tokyo described the mood of the meeting as warm and businesslike.",
    ],
}


def test_one_event_reported_by_two_articles_is_one_event_with_two_articles(
    write_file: WriteFile, store_url: str
) -> None:
    for name, body in SUMMIT_REPORTS.items():
        folder = write_file(name, html_page("Lee and Ishiba hold summit", body, meta_date="2025-08-23T18:00:00+09:00"))
    assert dyadwatch.ingest(folder.parent, db=store_url).counts["stored"] == 2
    talks = dyadwatch.events(type="CONSULT", source="KOR", target="JPN", db=store_url)
    reports = dyadwatch.events(type="CONSULT", source="KOR", target="JPN", every_article=True, db=store_url)
    summit = [e for e in talks if e["date"] == "2025-08-23"]
    assert len(summit) == 1 and summit[0]["articles"] == 2
    assert summit[0]["identity"] == "CONSULT|KOR|JPN|2025-08-23"
    assert len([e for e in reports if e["date"] == "2025-08-23"]) == 2


def test_migration_0004_gives_events_stored_before_it_their_identity(corpus: Path, store_url: str) -> None:
    from alembic import command

    from dyadwatch.store import Store, _migrations_config

    dyadwatch.ingest(corpus, db=store_url)
    store = Store.open(store_url)
    with store.engine.begin() as connection:
        command.downgrade(_migrations_config(connection), "0003")
    store.migrate()  # back to head: the new column is filled from the stored rows
    rows = dyadwatch.events(every_article=True, db=store_url, limit=500)
    assert rows and all(r["identity"] == f"{r['type']}|{r['source'].removesuffix('-GOV')}|"
                        f"{r['target'].removesuffix('-GOV')}|{r['date'] or ''}" for r in rows)  # fmt: skip


def test_two_concurrent_ingests_of_one_corpus_neither_duplicate_nor_lose_rows(
    sample_dir: Path, store_url: str, tmp_path: Path
) -> None:
    import subprocess
    import sys

    once = f"sqlite:///{tmp_path / 'once.db'}"
    dyadwatch.ingest(sample_dir, db=once, read=False)
    dyadwatch.stats(db=store_url)  # migrate first: two processes must not both create the schema
    script = "import sys, dyadwatch; dyadwatch.ingest(sys.argv[1], db=sys.argv[2], read=False)"
    runs = [
        subprocess.Popen([sys.executable, "-c", script, str(sample_dir), store_url], stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for run in runs:
        _, errors = run.communicate(timeout=300)
        assert run.returncode == 0, errors
    alone, together = dyadwatch.stats(db=once), dyadwatch.stats(db=store_url)
    assert together["inputs"] == alone["inputs"] and together["articles"] == alone["articles"]
    assert together["by_status"] == alone["by_status"]


def test_the_index_counts_an_event_reported_twice_once_and_exports_stream_to_every_format(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    import csv

    import pyarrow.parquet as pq

    for name, body in SUMMIT_REPORTS.items():
        folder = write_file(name, html_page("Lee and Ishiba hold summit", body, meta_date="2025-08-23T18:00:00+09:00"))
    dyadwatch.ingest(folder.parent, db=store_url)
    consults = [e for e in dyadwatch.events(type="CONSULT", db=store_url) if e["date"] == "2025-08-23"]
    series = dyadwatch.index(grain="day", db=store_url)
    day = next(p for p in series.points if p.period == "2025-08-23")
    distinct = [e for e in dyadwatch.events(db=store_url, limit=500) if e["date"] == "2025-08-23"]
    assert day.events == len(distinct) and len(consults) == 2  # two directions, each once for two articles
    behind = dyadwatch.index_events("2025-08-23", grain="day", db=store_url)
    assert behind and all(e["evidence"] for e in behind)
    assert abs(behind[0]["weight"]) == max(abs(e["weight"]) for e in behind)
    with pytest.raises(InputError):
        dyadwatch.index(direction="USA>KOR", db=store_url)
    reports = dyadwatch.events(every_article=True, db=store_url, limit=500)
    assert dyadwatch.export("events", tmp_path / "events.csv", db=store_url) == len(reports)
    with (tmp_path / "events.csv").open(encoding="utf-8") as handle:
        assert {r["identity"] for r in csv.DictReader(handle)} == {r["identity"] for r in reports}
    assert dyadwatch.export("articles", tmp_path / "articles.parquet", db=store_url) == 2
    assert pq.read_table(tmp_path / "articles.parquet").num_rows == 2
    written = dyadwatch.export("index", tmp_path / "index.jsonl", grain="day", db=store_url)
    assert written == len(series.points) == len((tmp_path / "index.jsonl").read_text().splitlines())
    with pytest.raises(InputError):
        dyadwatch.export("events", tmp_path / "events.xlsx", db=store_url)


def test_the_index_answers_from_memory_until_the_store_changes(write_file: WriteFile, store_url: str) -> None:
    first = write_file("repost.txt", REPOST)
    dyadwatch.ingest(first, db=store_url)
    before = sum(p.events for p in dyadwatch.index(grain="year", db=store_url).points)
    assert sum(p.events for p in dyadwatch.index(grain="year", db=store_url).points) == before
    second = write_file("herald.html", html_page("Japan tightens export curbs", EXPORT_CURBS_BODY,
                                                 meta_date="2019-07-01T10:00:00+09:00"))  # fmt: skip
    dyadwatch.ingest(second, db=store_url)
    after = dyadwatch.index(grain="year", db=store_url).points
    assert sum(p.events for p in after) > before and any(p.period == "2019" and p.events for p in after)
