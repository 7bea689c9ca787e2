"""Bad input gets a clear rejection and loses nothing; the batch goes on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import dyadwatch

from articles import EXPORT_CURBS_BODY, REPOST, html_page

WriteFile = Callable[[str, bytes | str], Path]


def test_a_batch_of_bad_inputs_never_stops_and_keeps_earlier_articles(
    write_file: WriteFile, db_url: str, tmp_path: Path
) -> None:
    good = write_file("good/repost.txt", REPOST).parent
    dyadwatch.ingest(good, db=db_url)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "huge.html").write_bytes(b"<html><body>" + b"<p>" + b"word " * 10_600_000 + b"</p></body></html>")
    (bad / "deep.html").write_text("<div>" * 50_000 + "text" + "</div>" * 50_000)
    (bad / "truncated.html").write_text(html_page("Export curbs", EXPORT_CURBS_BODY)[:300])
    (bad / "nul.txt").write_bytes(b"\x00\x01\x02" * 1000)
    (bad / "lines.jsonl").write_text('{"id": 1, "text": 5}\n[1, 2]\n{"id": "ok", "text": "' + "word " * 60 + '"}\n')
    (bad / "page.html").write_text(html_page("Export curbs", EXPORT_CURBS_BODY))
    report = dyadwatch.ingest(bad, db=db_url)
    assert report.inputs == 8
    rejected = {row["ref"].rsplit("/", 1)[-1]: row["code"] for row in dyadwatch.rejections(db=db_url)}
    assert rejected["huge.html"] == "too_large"
    assert rejected["nul.txt"] == "binary"
    assert rejected["truncated.html"] == "no_text"
    assert rejected["deep.html"] in {"no_text", "bad_html"}
    assert rejected["lines.jsonl#1"] == "bad_record" and rejected["lines.jsonl#line:2"] == "bad_record"
    assert report.counts["stored"] == 2  # the JSONL "ok" record and page.html
    stats = dyadwatch.stats(db=db_url)
    assert stats["inputs"] == 9 and stats["by_status"]["stored"] == 3  # the earlier repost is still there
    for row in dyadwatch.rejections(db=db_url):
        assert row["message"] and row["hint"], row


def test_reingesting_a_changed_file_keeps_both_versions_in_the_ledger(write_file: WriteFile, db_url: str) -> None:
    path = write_file("story.txt", REPOST)
    dyadwatch.ingest(path, db=db_url)
    path.write_text(REPOST.replace("two hours", "three hours"), encoding="utf-8")
    report = dyadwatch.ingest(path, db=db_url)
    assert report.counts["duplicate"] == 1  # the edited copy is a near-duplicate of the first version
    assert dyadwatch.stats(db=db_url)["inputs"] == 2
