from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dyadwatch.config import load_settings
from dyadwatch.errors import InputError
from dyadwatch.model import Document, Rejection
from dyadwatch.sources import plan_targets, read_target

from articles import EXPORT_CURBS_BODY, REPOST, html_page

WriteFile = Callable[[str, bytes | str], Path]


def _items(*targets: str) -> list[Document | Rejection]:
    settings = load_settings()
    return [item for target in plan_targets(list(targets)) for item in read_target(target, settings)]  # type: ignore[misc]


def test_directory_walk_is_recursive_sorted_and_honours_ignore_file(write_file: WriteFile) -> None:
    write_file("b/page.html", html_page("t", EXPORT_CURBS_BODY))
    write_file("a/repost.txt", REPOST)
    write_file("gold/answers.jsonl", '{"id": 1}')
    write_file(".hidden.txt", "secret")
    root = write_file(".dyadwatchignore", "gold/\n").parent
    refs = [Path(item.provenance.source).relative_to(root).as_posix() for item in _items(str(root))]
    assert refs == ["a/repost.txt", "b/page.html"]


def test_glob_and_missing_path(write_file: WriteFile) -> None:
    first = write_file("x1.txt", REPOST)
    write_file("x2.txt", REPOST)
    assert len(_items(str(first.parent / "x*.txt"))) == 2
    with pytest.raises(InputError, match="no such file"):
        plan_targets([str(first.parent / "nope.txt")])


def test_jsonl_records_keep_ids_hints_and_reject_bad_lines(write_file: WriteFile) -> None:
    lines = [
        json.dumps({"id": "a1", "text": REPOST, "published": "2025-08-24", "url": "https://alojapan.com/x"}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "empty-record", "title": "no body"}),
        json.dumps({"html": html_page("t", EXPORT_CURBS_BODY)}),
    ]
    path = write_file("in.jsonl", "\n".join(lines) + "\n")
    items = _items(str(path))
    assert [item.provenance.record for item in items] == ["a1", "line:2", "empty-record", "line:4"]
    first, broken, empty, html = items
    assert isinstance(first, Document) and first.hints.published == "2025-08-24" and first.format == "text"
    assert isinstance(broken, Rejection) and broken.code == "bad_json"
    assert isinstance(empty, Rejection) and empty.code == "bad_record"
    assert isinstance(html, Document) and html.format == "html"


def _warc(pages: list[tuple[str, bytes]], *, broken_tail: bool) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for uri, body in pages:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    data = buffer.getvalue()
    return data + (b"\x1f\x8b\x08\x00garbage that is not a gzip member" if broken_tail else b"")


def test_warc_records_then_a_broken_tail_becomes_one_rejection(write_file: WriteFile) -> None:
    page = html_page("Export curbs", EXPORT_CURBS_BODY).encode()
    path = write_file(
        "crawl.warc.gz", _warc([("https://a.example/1", page), ("https://a.example/2", page)], broken_tail=True)
    )
    items = _items(str(path))
    assert [type(item).__name__ for item in items] == ["Document", "Document", "Rejection"]
    assert items[0].provenance.record == "https://a.example/1"
    assert isinstance(items[2], Rejection) and items[2].code == "bad_warc"


def test_feed_that_is_html_is_rejected(write_file: WriteFile) -> None:
    path = write_file("feed.rss", "<html><body><nav>Home</nav><h1>404 Not Found</h1></body></html>")
    (item,) = _items(str(path))
    assert isinstance(item, Rejection) and item.code == "not_a_feed"


def test_feed_items_carry_full_text_date_and_title(write_file: WriteFile) -> None:
    body = "".join(f"<p>{p}</p>" for p in EXPORT_CURBS_BODY * 3)
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Herald</title>
<item><title>Japan tightens export curbs</title><link>https://www.koreaherald.com/view.php?ud=1</link>
<pubDate>Mon, 01 Jul 2019 15:00:00 +0900</pubDate><description>Short teaser</description>
<content:encoded><![CDATA[{body}]]></content:encoded></item></channel></rss>"""
    (item,) = _items(str(write_file("herald.rss", rss)))
    assert isinstance(item, Document)
    assert item.hints.title == "Japan tightens export curbs" and item.hints.published_meta == "2019-07-01"
    assert item.provenance.record == "https://www.koreaherald.com/view.php?ud=1"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("empty.html", b"", "empty"),
        ("blank.txt", b"   \n\n  \t\n", "empty"),
        ("junk.bin", bytes(range(256)) * 64, "binary"),
    ],
)
def test_unusable_files_are_rejected_with_codes(write_file: WriteFile, name: str, content: bytes, code: str) -> None:
    (item,) = _items(str(write_file(name, content)))
    assert isinstance(item, Rejection) and item.code == code
