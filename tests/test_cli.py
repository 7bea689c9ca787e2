"""The CLI is exercised as users run it: the installed `dyadwatch` entry point in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from articles import EXPORT_CURBS_BODY, REPOST, html_page

WriteFile = Callable[[str, bytes | str], Path]
DYADWATCH = str(Path(sys.executable).with_name("dyadwatch"))


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [DYADWATCH, *args],
        capture_output=True,
        text=True,
        input=stdin,
        timeout=120,
        env={**os.environ, "COLUMNS": "200", **(env or {})},
    )


def test_ingest_stats_articles_show_rejections(write_file: WriteFile, db_url: str) -> None:
    write_file("repost.txt", REPOST)
    folder = write_file("empty.html", "").parent
    first = run("ingest", str(folder), "--db", db_url, "--source", "test")
    assert first.returncode == 0, first.stderr
    assert "2 input records" in first.stdout and "1 stored" in first.stdout and "1 rejected" in first.stdout
    again = run("ingest", str(folder), "--db", db_url)
    assert "Nothing new" in again.stdout
    stats = json.loads(run("stats", "--db", db_url, "--json").stdout)
    assert stats["inputs"] == 2 and stats["by_outlet"]["Yonhap News Agency"] == 1
    listed = json.loads(run("articles", "--q", "Ishiba", "--db", db_url, "--json").stdout)
    shown = run("show", listed[0]["id"], "--db", db_url)
    assert "TOKYO, Aug. 24 (Yonhap)" in shown.stdout and "translation_note" in shown.stdout
    rejected = run("rejections", "--db", db_url, "--json")
    assert json.loads(rejected.stdout)[0]["code"] == "empty"


def test_db_from_environment(write_file: WriteFile, db_url: str) -> None:
    write_file("page.html", html_page("Export curbs", EXPORT_CURBS_BODY))
    result = run("ingest", str(write_file("x.txt", REPOST).parent), env={"DYADWATCH_DB": db_url})
    assert result.returncode == 0, result.stderr
    assert json.loads(run("stats", "--json", env={"DYADWATCH_DB": db_url}).stdout)["inputs"] == 2


def test_annotate_writes_one_line_per_record_in_order(write_file: WriteFile, tmp_path: Path) -> None:
    lines = [json.dumps({"id": "first", "text": REPOST}), "not json", json.dumps({"id": "third", "text": REPOST})]
    source = write_file("in.jsonl", "\n".join(lines))
    output = tmp_path / "out.jsonl"
    result = run("annotate", str(source), "-o", str(output))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in output.read_text().splitlines()]
    assert [r["id"] for r in records] == ["first", "line:2", "third"]
    assert records[0]["format"] == "dyadwatch/1" and records[0]["article"]["outlet"] == "Yonhap News Agency"
    assert records[0]["article"]["published_from"] == "text" and records[0]["story"]
    assert records[1]["error"]["code"] == "bad_json"
    assert records[2]["duplicate"]["kind"] == "exact"
    first = records[0]
    lee = next(e for e in first["entities"] if e["kb"] == "person/lee-jae-myung")
    quote = next(q for q in first["quotes"] if q["speaker"] == lee["id"])
    text = first["article"]["text"]
    assert text[quote["span"][0] : quote["span"][1]] == quote["text"] and quote["kind"] == "direct"
    assert all(text[s:e] for s, e in lee["mentions"]) and first["reading_note"] is None
    assert any(t["value"] == "2025-08-23" for t in first["times"])  # "Saturday" before Sunday's publication
    assert records[2]["quotes"] == first["quotes"]  # a duplicate record is still annotated in full


def test_annotate_notes_articles_it_does_not_read(write_file: WriteFile, tmp_path: Path) -> None:
    korean = "이재명 대통령은 23일 도쿄에서 이시바 시게루 일본 총리와 정상회담을 가졌다. " * 8
    source = write_file("ko.jsonl", json.dumps({"id": "ko", "text": korean, "lang": "ko"}))
    output = tmp_path / "out.jsonl"
    assert run("annotate", str(source), "-o", str(output), "--workers", "1").returncode == 0
    record = json.loads(output.read_text())
    assert record["quotes"] == [] and "language" in record["reading_note"]


def test_annotate_reads_stdin(write_file: WriteFile) -> None:
    result = run("annotate", "-", stdin=REPOST)
    assert json.loads(result.stdout)["article"]["via"] == "AloJapan.com"


def test_errors_are_one_line_with_a_hint_and_an_exit_code(db_url: str) -> None:
    result = run("ingest", "/no/such/dir", "--db", db_url)
    assert result.returncode == 2 and "error:" in result.stderr and "hint:" in result.stderr
    assert "Traceback" not in result.stderr
    missing = run("show", "0123456789", "--db", db_url)
    assert missing.returncode == 4 and "no article" in missing.stderr
    bad_date = run("articles", "--since", "yesterday", "--db", db_url)
    assert bad_date.returncode == 2


def test_every_command_is_in_the_readme_and_has_help() -> None:
    from dyadwatch.cli import app

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    names = [command.name or command.callback.__name__ for command in app.registered_commands]
    assert set(names) == {
        "ingest", "annotate", "articles", "show", "quotes", "events", "actors", "rejections", "stats", "index",
        "turning-points", "timeline", "topics", "speakers", "export", "serve", "brief",
    }  # fmt: skip
    for name in names:
        assert f"dyadwatch {name}" in readme, name
        assert run(name, "--help").returncode == 0
    assert run("--version").stdout.startswith("dyadwatch ")


def test_ingest_reads_quotes_and_actors_that_the_cli_lists(write_file: WriteFile, db_url: str) -> None:
    folder = write_file("repost.txt", REPOST).parent
    assert run("ingest", str(folder), "--db", db_url).returncode == 0
    quotes = json.loads(run("quotes", "--speaker", "Lee", "--db", db_url, "--json").stdout)
    assert quotes and all("Lee" in q["speaker_name"] for q in quotes)
    assert {q["actor"] for q in quotes} == {"KOR-GOV"}
    table = run("quotes", "--db", db_url)
    assert table.returncode == 0 and "quotes" in table.stdout
    actors = json.loads(run("actors", "--kind", "PERSON", "--db", db_url, "--json").stdout)
    assert any(a["kb"] == "person/ishiba-shigeru" and a["actor"] == "JPN-GOV" for a in actors)
    shown = json.loads(run("show", quotes[0]["article_id"], "--db", db_url, "--json").stdout)
    assert shown["quotes"] and shown["entities"] and shown["times"]
    bad = run("quotes", "--since", "last week", "--db", db_url)
    assert bad.returncode != 0 and "since must look like" in bad.stderr


def test_no_read_stores_articles_without_a_reading(write_file: WriteFile, db_url: str) -> None:
    folder = write_file("repost.txt", REPOST).parent
    assert run("ingest", str(folder), "--db", db_url, "--no-read").returncode == 0
    assert json.loads(run("quotes", "--db", db_url, "--json").stdout) == []
    assert json.loads(run("stats", "--db", db_url, "--json").stdout)["articles_read"] == 0


def test_events_command_lists_events_with_evidence(write_file: WriteFile, db_url: str) -> None:
    folder = write_file("repost.txt", REPOST).parent
    assert run("ingest", str(folder), "--db", db_url).returncode == 0
    rows = json.loads(run("events", "--news", "--db", db_url, "--json").stdout)
    assert rows and all(not r["historical"] and r["evidence"] for r in rows)
    assert {"KOR", "JPN"} <= {r["source"].split("-")[0] for r in rows}
    table = run("events", "--type", "CONSULT", "--db", db_url)
    assert table.returncode == 0 and "events" in table.stdout
    bad = run("events", "--type", "HUG", "--db", db_url)
    assert bad.returncode != 0 and "type must be one of" in bad.stderr


def test_index_timeline_turning_points_and_export_commands(write_file: WriteFile, db_url: str, tmp_path: Path) -> None:
    folder = write_file("repost.txt", REPOST).parent
    write_file("herald.html", html_page("Japan tightens export curbs", EXPORT_CURBS_BODY, meta_date="2019-07-01"))
    assert run("ingest", str(folder), "--db", db_url).returncode == 0
    series = json.loads(run("index", "--grain", "year", "--db", db_url, "--json").stdout)
    assert series["grain"] == "year" and sum(p["events"] for p in series["points"]) > 0
    busiest = max(series["points"], key=lambda p: p["events"])["period"]
    behind = json.loads(run("index", "--grain", "year", "--explain", busiest, "--db", db_url, "--json").stdout)
    assert behind and all(e["date"].startswith(busiest) for e in behind)
    table = run("index", "--grain", "quarter", "--normalise", "events", "--smooth", "2", "--db", db_url)
    assert table.returncode == 0 and "Cooperation–conflict index" in table.stdout
    assert run("turning-points", "--db", db_url).returncode == 0
    entries = json.loads(run("timeline", "--since", "2019", "--until", "2019-12", "--db", db_url, "--json").stdout)
    assert any(e["origin"] == "both" for e in entries)  # the curated export curbs, joined by the extracted ones
    trends = json.loads(run("topics", "--grain", "all", "--db", db_url, "--json").stdout)
    assert {"trade/export-controls", "trade"} <= {r["topic"] for r in trends if r["articles"]}
    assert run("topics", "--topic", "nonsense", "--db", db_url).returncode != 0
    quoted = json.loads(run("speakers", "--db", db_url, "--json").stdout)
    assert quoted and quoted[0]["quotes"] >= quoted[-1]["quotes"] and all(q["speaker"] for q in quoted)
    speakers_file, timeline_file = tmp_path / "speakers.jsonl", tmp_path / "timeline.csv"
    assert run("speakers", "-o", str(speakers_file), "--db", db_url).returncode == 0
    assert len(speakers_file.read_text().splitlines()) == len(quoted)
    assert run("timeline", "-o", str(timeline_file), "--db", db_url).returncode == 0
    assert timeline_file.read_text().startswith("date,origin,")
    out = tmp_path / "index.csv"
    written = run("index", "--grain", "year", "-o", str(out), "--db", db_url)
    assert written.returncode == 0 and out.read_text().startswith("period,")
    events = tmp_path / "events.parquet"
    assert run("export", "events", "-o", str(events), "--db", db_url).returncode == 0 and events.stat().st_size
    bad = run("index", "--direction", "USA>KOR", "--db", db_url)
    assert bad.returncode != 0 and "direction must be" in bad.stderr
