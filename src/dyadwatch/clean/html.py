"""Main text from HTML: a cascade of trafilatura (precision), trafilatura (recall) and a paragraph
fallback, run on the same parsed tree as the page metadata (clean.pagemeta)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura
from lxml import html as lxml_html
from trafilatura.utils import load_html

from .lines import word_count
from .pagemeta import PageMeta, read_page_meta

# Below this many words an extraction step is taken to have failed and the next one runs.
MIN_EXTRACTED_WORDS = 40
_FALLBACK_DROP = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "iframe")


@dataclass
class HtmlExtraction:
    units: list[str] = field(default_factory=list)
    meta: PageMeta = field(default_factory=PageMeta)
    extractor: str = "none"


def _words(text: str | None) -> int:
    return word_count(text) if text else 0


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
    result.meta = read_page_meta(tree, url)
    _unwrap_layout_tables(tree)
    precise = trafilatura.bare_extraction(tree, url=url, include_comments=False, favor_precision=True)
    if precise is not None and _words(precise.text) >= MIN_EXTRACTED_WORDS:
        result.units, result.extractor = _units(precise.text), "trafilatura"
        return result
    recall_tree = load_html(html)
    _unwrap_layout_tables(recall_tree)
    recall = trafilatura.bare_extraction(recall_tree, url=url, include_comments=False, favor_recall=True)
    if recall is not None and _words(recall.text) >= MIN_EXTRACTED_WORDS:
        result.units, result.extractor = _units(recall.text), "trafilatura-recall"
        return result
    result.units, result.extractor = _paragraph_fallback(html), "paragraphs"
    if not result.units and precise is not None and precise.text:
        result.units, result.extractor = _units(precise.text), "trafilatura"
    return result


def _unwrap_layout_tables(tree: lxml_html.HtmlElement) -> None:
    """Old news sites lay pages out with tables; extractors then flatten a whole article into one table
    cell and lose its paragraphs. A table holding paragraphs or headings is layout: make it divs."""
    for table in tree.xpath("//table[.//p or .//h1 or .//h2 or .//div[string-length(normalize-space()) > 200]]"):
        for element in table.iter("table", "thead", "tbody", "tfoot", "tr", "td", "th"):
            element.tag = "div"


def _paragraph_fallback(html: str) -> list[str]:
    """Every <p> with a sentence in it, outside navigation and page furniture."""
    tree = load_html(html)
    if tree is None:
        return []
    for element in tree.xpath("|".join(f"//{tag}" for tag in _FALLBACK_DROP)):
        element.drop_tree()
    paragraphs = (re.sub(r"\s+", " ", p.text_content()).strip() for p in tree.xpath("//p"))
    return [p for p in paragraphs if word_count(p) >= 6]
