from __future__ import annotations

import pytest

from dyadwatch.config import load_settings
from dyadwatch.model import Document, Rejection
from dyadwatch.sources import Fetcher, plan_targets, read_target

from articles import EXPORT_CURBS_BODY, html_page
from conftest import LocalServer

pytestmark = pytest.mark.network


def _items(url: str, **settings: object) -> list[Document | Rejection]:
    options = load_settings(http_backoff=0.01, http_timeout=5, **settings)
    with Fetcher(options) as fetcher:
        return [item for t in plan_targets([url]) for item in read_target(t, options, fetcher=fetcher)]  # type: ignore[misc]


def test_page_is_fetched_with_our_user_agent_and_provenance(http_server: LocalServer) -> None:
    url = http_server.add("/2019/07/01/curbs.html", html_page("Export curbs", EXPORT_CURBS_BODY))
    (item,) = _items(url)
    assert isinstance(item, Document) and item.format == "html"
    assert item.provenance.http_status == 200 and item.provenance.fetched_at is not None
    assert item.hints.url == url
    assert http_server.requests[0][1]["User-Agent"].startswith("dyadwatch/")


def test_redirect_is_followed_and_final_url_kept(http_server: LocalServer) -> None:
    final = http_server.add("/final", html_page("Export curbs", EXPORT_CURBS_BODY))
    start = http_server.add("/start", b"", status=301, headers={"Location": "/final"})
    (item,) = _items(start)
    assert isinstance(item, Document) and item.hints.url == final


def test_server_errors_are_retried_with_backoff(http_server: LocalServer) -> None:
    url = http_server.add("/flaky", html_page("Export curbs", EXPORT_CURBS_BODY), fail_first=2)
    (item,) = _items(url, http_retries=3)
    assert isinstance(item, Document)
    assert len(http_server.requests) == 3


def test_missing_page_and_unreachable_host_become_rejections(http_server: LocalServer) -> None:
    (missing,) = _items(http_server.url("/nope"))
    assert isinstance(missing, Rejection) and missing.code == "fetch_failed" and "404" in missing.message
    (unreachable,) = _items("http://127.0.0.1:9/closed", http_retries=1)
    assert isinstance(unreachable, Rejection) and unreachable.code == "fetch_failed"


def test_oversized_page_is_refused(http_server: LocalServer) -> None:
    url = http_server.add("/huge", b"<p>" + b"x" * 5000 + b"</p>")
    (item,) = _items(url, max_bytes=1000)
    assert isinstance(item, Rejection) and item.code == "too_large"


def test_feed_url_fetches_each_item_page_and_keeps_feed_date(http_server: LocalServer) -> None:
    page = http_server.add("/article/1", html_page("Export curbs", EXPORT_CURBS_BODY))
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Japan tightens export curbs</title><link>{page}</link>
<pubDate>Mon, 01 Jul 2019 15:00:00 +0900</pubDate><description>Japan said Monday...</description></item>
<item><title>Gone</title><link>{http_server.url("/article/404")}</link></item>
</channel></rss>"""
    feed = http_server.add("/feed.xml", rss, content_type="application/rss+xml")
    fetched, gone = _items(feed)
    assert isinstance(fetched, Document) and fetched.hints.published_meta == "2019-07-01"
    assert fetched.hints.title == "Japan tightens export curbs" and fetched.provenance.record == page
    assert isinstance(gone, Rejection) and gone.code == "fetch_failed"


def test_feed_url_serving_html_is_not_a_feed(http_server: LocalServer) -> None:
    url = http_server.add("/feed.rss", "<html><body><h1>Moved</h1></body></html>")
    (item,) = _items(url)
    assert isinstance(item, Rejection) and item.code == "not_a_feed"
