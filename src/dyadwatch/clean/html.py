"""Main text from HTML: a cascade of trafilatura (precision), trafilatura (recall) and a paragraph
fallback, with the page metadata (title, author, site name, date via htmldate) and photo captions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from lxml import html as lxml_html
from trafilatura.utils import load_html

# Below this many words an extraction step is taken to have failed and the next one runs.
MIN_EXTRACTED_WORDS = 40
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}
_META_DATE_XPATH = (
    "//meta[contains(translate(@property,'PUBLISHED','published'),'published')"
    " or contains(translate(@name,'PUBLISHED','published'),'published')"
    " or @name='date' or @name='pubdate' or @itemprop='datePublished' or @property='og:published_time'"
    " or @name='DC.date.issued' or @name='sailthru.date' or @name='parsely-pub-date']"
    " | //time[@datetime] | //script[@type='application/ld+json'][contains(., 'datePublished')]"
    " | //*[@itemprop='datePublished']"
)
_CAPTION_XPATH = (
    "//figcaption | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
    " | //*[contains(@class, 'photo-caption') or contains(@class, 'img-caption')"
    " or contains(@class, 'image-caption') or contains(@class, 'wp-caption-text')]"
)
_FALLBACK_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "iframe")


@dataclass
class HtmlExtraction:
    units: list[str] = field(default_factory=list)
    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    url: str | None = None
    date: str | None = None
    date_in_markup: bool = False  # the date came from metadata/markup, not only from the URL
    captions: list[str] = field(default_factory=list)
    asset_urls: list[str] = field(default_factory=list)
    extractor: str = "none"


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _units(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").split("\n") if line.strip()]


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Extract main text and metadata; never raises on bad markup (empty result instead)."""
    result = HtmlExtraction()
    tree = load_html(html)
    if tree is None:
        return result
    result.captions = _captions(tree)
    result.asset_urls = [
        src for src in tree.xpath("//img/@src | //meta[@property='og:image']/@content") if isinstance(src, str)
    ]
    result.date_in_markup = bool(tree.xpath(_META_DATE_XPATH))
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    if document is not None:
        result.title, result.author, result.sitename = document.title, document.author, document.sitename
        result.url, result.date = document.url or url, document.date
    if document is not None and _words(document.text) >= MIN_EXTRACTED_WORDS:
        result.units, result.extractor = _units(document.text), "trafilatura"
        return result
    recall = trafilatura.bare_extraction(html, url=url, include_comments=False, include_tables=False, favor_recall=True)
    if recall is not None and _words(recall.text) >= MIN_EXTRACTED_WORDS:
        result.units, result.extractor = _units(recall.text), "trafilatura-recall"
        return result
    result.units, result.extractor = _paragraph_fallback(html), "paragraphs"
    if not result.units and document is not None and document.text:
        result.units, result.extractor = _units(document.text), "trafilatura"
    return result


def _captions(tree: lxml_html.HtmlElement) -> list[str]:
    captions: list[str] = []
    for element in tree.xpath(_CAPTION_XPATH):
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if text and text not in captions and len(text.split()) <= 80:
            captions.append(text)
    return captions


def _paragraph_fallback(html: str) -> list[str]:
    """Every <p> with a sentence in it, outside navigation and page furniture."""
    tree = load_html(html)
    if tree is None:
        return []
    for element in tree.xpath("|".join(f"//{tag}" for tag in _FALLBACK_DROP)):
        element.drop_tree()
    paragraphs = (re.sub(r"\s+", " ", p.text_content()).strip() for p in tree.xpath("//p"))
    return [p for p in paragraphs if len(p.split()) >= 6]
