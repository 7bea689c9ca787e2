"""Page metadata from an HTML tree: title, author, site name, canonical URL, publication date, captions.

Hand-written on purpose: trafilatura's own metadata pass (categories, tags, licence, …) costs more than
its text extraction, and ingest speed is measured against bare trafilatura. Here a few XPath lookups
on the already-parsed tree read OpenGraph, JSON-LD and meta tags; the date comes from htmldate in its
fast (non-extensive) mode, since the text cues of our own date cascade cover what extensive search adds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import htmldate
from lxml import etree
from lxml import html as lxml_html

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "blogposting",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "webpage",
    "report",
}
_META_DATE_XPATH = (
    "//meta[contains(translate(@property,'PUBLISHED','published'),'published')"
    " or contains(translate(@name,'PUBLISHED','published'),'published')"
    " or @name='date' or @name='pubdate' or @itemprop='datePublished' or @property='og:published_time'"
    " or @name='DC.date.issued' or @name='sailthru.date' or @name='parsely-pub-date']"
    " | //time[@datetime] | //script[@type='application/ld+json'][contains(., 'datePublished')]"
    " | //*[@itemprop='datePublished']"
)
# Candidates come from one cheap XPath filtered by a regex in Python: an XPath of many contains()
# clauses cost more than the whole text extraction (measured on the extraction benchmark).
# Class values come back as plain strings (no element proxies, which lxml.html makes slowly); only the
# few matching values are then looked up as elements.
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_TAGGED_XPATH = etree.XPath("//figcaption | //*[@rel='author' or @itemprop='author']")
_CANDIDATE_CLASS = re.compile(r"cap|hoto|byline|author|writer|report|tit-name|head-auth", re.IGNORECASE)
_CAPTION_CLASS = re.compile(r"caption|photo[-_]?(?:txt|text|desc)|img[-_]?(?:caption|desc)", re.IGNORECASE)
_PHOTO_CLASS = re.compile(r"photo", re.IGNORECASE)
_PHOTO_PART_CLASS = re.compile(r"txt|desc|cap|src|credit", re.IGNORECASE)
_BYLINE_CLASS = re.compile(r"byline|author|writer|reporter|tit-name|head-auth|(?:^|\s)report(?:\s|$)", re.IGNORECASE)
_DATE_PARAMS: dict[str, Any] = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}
# A byline or caption element with more children than this is a container, not the thing itself.
_MAX_CHILDREN = 6


@dataclass
class PageMeta:
    title: str | None = None
    author: str | None = None
    byline_markup: str | None = None  # text of a byline element: "By Nam Ji-hyun", "X, Tokyo Correspondent"
    sitename: str | None = None
    url: str | None = None
    date: str | None = None
    date_in_markup: bool = False  # metadata or markup carries the date (not only the URL)
    captions: list[str] = field(default_factory=list)
    asset_urls: list[str] = field(default_factory=list)


def _text(element: lxml_html.HtmlElement) -> str:
    return re.sub(r"\s+", " ", element.text_content()).strip()


def _first(tree: lxml_html.HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        text = re.sub(r"\s+", " ", value if isinstance(value, str) else value.text_content()).strip()
        if text:
            return text
    return None


def _json_ld(tree: lxml_html.HtmlElement) -> Iterator[dict[str, Any]]:
    """Article-like objects from JSON-LD blocks (including @graph)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack += item.get("@graph", []) if isinstance(item.get("@graph"), list) else []
            kinds = item.get("@type", [])
            kinds = [kinds] if isinstance(kinds, str) else kinds
            if any(str(kind).casefold() in _ARTICLE_TYPES for kind in kinds):
                yield item


def _names(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value]
    names = [v.get("name") if isinstance(v, dict) else v for v in values]
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def read_page_meta(tree: lxml_html.HtmlElement, url: str | None) -> PageMeta:
    meta = PageMeta()
    ld = list(_json_ld(tree))
    ld_headline = next((item["headline"] for item in ld if isinstance(item.get("headline"), str)), None)
    meta.title = (
        _first(tree, "//meta[@property='og:title']/@content | //meta[@name='twitter:title']/@content")
        or (ld_headline.strip() if ld_headline else None)
        or _first(tree, "//h1")
        or _first(tree, "//title")
    )
    ld_authors = [name for item in ld for name in _names(item.get("author"))]
    meta.author = _first(tree, "//meta[@name='author']/@content | //meta[@name='byl']/@content") or (
        ", ".join(ld_authors) if ld_authors else None
    )
    ld_publishers = [name for item in ld for name in _names(item.get("publisher"))]
    meta.sitename = _first(
        tree, "//meta[@property='og:site_name']/@content | //meta[@name='application-name']/@content"
    )
    meta.sitename = meta.sitename or (ld_publishers[0] if ld_publishers else None)
    meta.url = url or _first(tree, "//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    meta.date_in_markup = bool(tree.xpath(_META_DATE_XPATH))
    meta.date = htmldate.find_date(tree, url=meta.url, **_DATE_PARAMS)
    meta.captions, meta.byline_markup = _captions_and_byline(tree)
    meta.asset_urls = [
        s for s in tree.xpath("//img/@src | //meta[@property='og:image']/@content") if isinstance(s, str)
    ]
    return meta


def _captions_and_byline(tree: lxml_html.HtmlElement) -> tuple[list[str], str | None]:
    """Photo captions (with credits) and the first short byline element's text."""
    captions: list[str] = []
    byline: str | None = None
    matching = {value for value in _CLASS_VALUES(tree) if _CANDIDATE_CLASS.search(value) and "'" not in value}
    candidates = list(_TAGGED_XPATH(tree))
    if matching:  # one scan for all matching values
        candidates += tree.xpath("//*[" + " or ".join(f"@class='{value}'" for value in sorted(matching)) + "]")
    for element in dict.fromkeys(candidates):  # once each, figcaptions first
        cls = element.get("class", "")
        if len(element) > _MAX_CHILDREN:
            continue
        parts = [element]
        if element.tag != "figcaption" and not _CAPTION_CLASS.search(cls):
            parts = (
                [child for child in element if _PHOTO_PART_CLASS.search(child.get("class", ""))]
                if _PHOTO_CLASS.search(cls)
                else []
            )
        for part in parts:
            text = _text(part)
            if text and text not in captions and len(text.split()) <= 80:
                captions.append(text)
        if (
            byline is None
            and not parts
            and (_BYLINE_CLASS.search(cls) or element.get("rel") == "author" or element.get("itemprop") == "author")
        ):
            text = _text(element)
            byline = text if 2 <= len(text) <= 80 and len(text.split()) <= 10 else None
    return captions, byline


def search_page_date(html: str, url: str | None) -> str | None:
    """htmldate's extensive search over the whole page: slower, used only when cheaper cues fail."""
    return htmldate.find_date(html, url=url, extensive_search=True, original_date=True)
