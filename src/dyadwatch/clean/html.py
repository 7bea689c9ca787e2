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
    " | //*[contains(@class, 'photo-caption') or contains(@class, 'img-caption') or contains(@class, 'photo_txt')"
    " or contains(@class, 'image-caption') or contains(@class, 'wp-caption-text') or contains(@class, 'photo-text')]"
    " | //*[contains(@class, 'photo') or contains(@class, 'Photo') or contains(@class, 'img')]"
    "/*[contains(@class, 'txt') or contains(@class, 'desc') or contains(@class, 'cap') or contains(@class, 'src')]"
)
_BYLINE_XPATH = (
    "//*[@rel='author' or @itemprop='author' or contains(@class, 'byline') or contains(@class, 'author')"
    " or contains(@class, 'writer') or contains(@class, 'reporter') or contains(@class, 'tit-name')"
    " or contains(@class, 'head-auth') or (contains(@class, 'report') and not(contains(@class, 'report-')))]"
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
    byline_markup: str | None = None  # text of a byline element, for when trafilatura finds no author
    captions: list[str] = field(default_factory=list)
    asset_urls: list[str] = field(default_factory=list)
    extractor: str = "none"


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _units(text: str | None) -> list[str]:
    """Lines of extracted text; trafilatura renders layout tables as '| cell | cell |' rows, split back into cells."""
    units: list[str] = []
    for line in (text or "").split("\n"):
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):
            cells = re.split(r"(?<!\\)\|", line.strip("|"))
            units += [cell.replace("\\|", "|").strip() for cell in cells if cell.strip(" -:")]
        elif line:
            units.append(line)
    return units


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
    result.byline_markup = _byline_markup(tree)
    _unwrap_layout_tables(tree)
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_precision=True,
        date_extraction_params=_DATE_PARAMS,
    )
    _take_metadata(result, document, url)
    if document is not None and _words(document.text) >= MIN_EXTRACTED_WORDS:
        result.units, result.extractor = _units(document.text), "trafilatura"
        return result
    recall_tree = load_html(html)
    _unwrap_layout_tables(recall_tree)
    recall = trafilatura.bare_extraction(
        recall_tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        favor_recall=True,
        date_extraction_params=_DATE_PARAMS,
    )
    _take_metadata(result, recall, url)
    if recall is not None and _words(recall.text) >= MIN_EXTRACTED_WORDS:
        result.units, result.extractor = _units(recall.text), "trafilatura-recall"
        return result
    result.units, result.extractor = _paragraph_fallback(html), "paragraphs"
    if not result.units and document is not None and document.text:
        result.units, result.extractor = _units(document.text), "trafilatura"
    return result


def _unwrap_layout_tables(tree: lxml_html.HtmlElement) -> None:
    """Old news sites lay pages out with tables; extractors then flatten a whole article into one table
    cell and lose its paragraphs. A table holding paragraphs or headings is layout: make it divs."""
    for table in tree.xpath("//table[.//p or .//h1 or .//h2 or .//div[string-length(normalize-space()) > 200]]"):
        for element in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
            element.tag = "div"


def _take_metadata(result: HtmlExtraction, document: trafilatura.settings.Document | None, url: str | None) -> None:
    """Fill metadata from an extraction pass, keeping what an earlier pass already found."""
    if document is None:
        return
    result.title = result.title or document.title
    result.author = result.author or document.author
    result.sitename = result.sitename or document.sitename
    result.url = result.url or document.url or url
    result.date = result.date or document.date


def _byline_markup(tree: lxml_html.HtmlElement) -> str | None:
    """The text of the first short byline-like element ('By Nam Ji-hyun', 'Park Sung-won, Tokyo Correspondent')."""
    for element in tree.xpath(_BYLINE_XPATH):
        text = re.sub(r"\s+", " ", element.text_content()).strip()
        if 2 <= len(text) <= 80 and len(text.split()) <= 10:
            return text
    return None


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
