"""RSS/Atom feeds with feedparser: each item becomes a Document, its full text from the feed when the
feed carries it, otherwise from the item's page; the feed's date and title travel along as hints."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import feedparser

from ..errors import FetchError
from ..model import Hints, Provenance
from .http import Fetcher
from .records import AlreadyDone, SourceItem, document_from_bytes, rejection, sha256, sniff_format

# A feed item whose own content has fewer words is a teaser: fetch its page instead.
_FULL_TEXT_MIN_WORDS = 120


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def _entry_content(entry: feedparser.FeedParserDict) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best or entry.get("summary", "") or ""


def feed_items(
    data: bytes,
    source: str,
    *,
    source_name: str | None,
    max_bytes: int,
    fetcher: Fetcher | None,
    is_done: Callable[[str], bool] | None = None,
) -> Iterator[SourceItem]:
    """Yield one item per feed entry; a payload that is not a feed is one not_a_feed rejection."""
    if sniff_format(data) != "feed":
        provenance = Provenance(source, "feed", sha256(data), source_name=source_name)
        what = "an HTML page" if sniff_format(data) == "html" else "not RSS or Atom"
        yield rejection(
            "not_a_feed",
            f"expected an RSS/Atom feed but got {what}",
            provenance,
            "check the feed URL; ingest a page URL directly if that was meant",
        )
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        provenance = Provenance(source, "feed", sha256(data), source_name=source_name)
        problem = f": {parsed.get('bozo_exception')}" if parsed.get("bozo") else ""
        yield rejection("not_a_feed", f"the feed has no items{problem}", provenance, "check the feed")
        return
    for entry in parsed.entries:
        yield from _entry_item(entry, source, source_name, max_bytes, fetcher, is_done)


def _entry_item(
    entry: feedparser.FeedParserDict,
    source: str,
    source_name: str | None,
    max_bytes: int,
    fetcher: Fetcher | None,
    is_done: Callable[[str], bool] | None,
) -> Iterator[SourceItem]:
    link = entry.get("link") or entry.get("id") or ""
    key = link or entry.get("title", "untitled")
    content = _entry_content(entry)
    hints = Hints(
        url=link or None, title=entry.get("title"), published_meta=_entry_date(entry), author=entry.get("author")
    )
    if len(_strip_tags(content).split()) >= _FULL_TEXT_MIN_WORDS or not (fetcher and link):
        provenance = Provenance(source, "feed", sha256(content.encode("utf-8")), record=key, source_name=source_name)
        yield document_from_bytes(content.encode("utf-8"), "html", provenance, hints, max_bytes=max_bytes)
        return
    ref = f"{source}#{key}"
    if is_done is not None and is_done(ref):
        yield AlreadyDone(ref)
        return
    try:
        page = fetcher.fetch(link)
    except FetchError as exc:
        provenance = Provenance(source, "feed", sha256(link.encode()), record=key, source_name=source_name)
        yield rejection(exc.code, exc.message, provenance, exc.hint)
        return
    provenance = Provenance(
        source,
        "feed",
        sha256(page.data),
        record=key,
        fetched_at=page.fetched_at,
        http_status=page.status,
        source_name=source_name,
    )
    hints = Hints(
        url=page.final_url,
        title=hints.title,
        published_meta=hints.published_meta,
        author=hints.author,
        captured_at=page.fetched_at,
    )
    yield document_from_bytes(page.data, "html", provenance, hints, header_charset=page.charset, max_bytes=max_bytes)


def _strip_tags(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", html)
