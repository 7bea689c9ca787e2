"""Document → Article or Rejection, pure: no I/O beyond the packaged knowledge base.

HTML goes through the extraction cascade (clean.html), plain text through the aggregator-repost
reader (clean.lines); both then share the body/tail rules, related-article splitting, outlet and
date inference and language identification.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from ..kb import OutletIndex, outlet_index
from ..model import Article, Document, Hints, PublishedDate, Rejection, Removal
from .dates import DateEvidence, date_from_url, infer_published, parse_moment, resolve_relative
from .html import extract_html
from .language import identify_language
from .lines import LineCleaner, LineReport, dateline_credit, dateline_reporter, strip_title_suffix, word_count
from .pagemeta import search_page_date
from .related import RelatedPiece, split_related

__all__ = ["CleanOptions", "clean_document"]

# A caption printed with its credit ("… ordinance. Dong-A Ilbo photo") is at most this much longer.
_CREDIT_SLACK = 40
# Shorter captions ("Amazon", a credit) only match a line exactly: as substrings they hit body lines.
_MIN_CONTAINED_CAPTION = 30


@dataclass(frozen=True, slots=True)
class CleanOptions:
    min_words: int = 40


def clean_document(document: Document, options: CleanOptions | None = None) -> Article | Rejection:
    """Clean one document. Never raises for bad content: returns a Rejection with a code instead."""
    options = options or CleanOptions()
    try:
        return _clean(document, options)
    except RecursionError as exc:  # pathological nesting in HTML
        return _reject(document, "bad_html", f"the HTML is too deeply nested to parse: {exc}")


def _clean(document: Document, options: CleanOptions) -> Article | Rejection:
    cleaner = LineCleaner()
    outlets = outlet_index()
    hints = document.hints
    meta_date: str | None = hints.published_meta
    url = hints.url
    sitename = None
    authors: list[str | None] = []
    if document.format == "html":
        extraction = extract_html(document.text, url)
        page = extraction.meta
        url = url or page.url
        units = _drop_captions(extraction.units, page.captions)
        title = strip_title_suffix(page.title, LineReport(), outlets) if page.title else None
        report = cleaner.clean_extracted(units, title)
        report.captions[:0] = page.captions
        report.removed[:0] = [Removal("caption", c, "HTML figure caption") for c in page.captions]
        report.asset_urls += page.asset_urls
        sitename = page.sitename
        authors = [page.author, page.byline_markup]
        if page.date and (page.date_in_markup or not _same_day(page.date, url)):
            meta_date = meta_date or page.date
    else:
        report = cleaner.clean_text(document.text)
    body = "\n\n".join(report.paragraphs)
    words = word_count(body)
    if words < options.min_words:
        what = "no main text" if not words else f"only {words} words of main text"
        return _reject(
            document,
            "no_text",
            f"{what} (minimum {options.min_words})",
            "a navigation, error or paywall page? lower DYADWATCH_MIN_WORDS to keep short items",
        )
    pieces = _split_related_blocks(report, cleaner, outlets)
    outlet, via = resolve_outlet(hints, report, sitename, url, outlets)
    page_search = partial(search_page_date, document.text, url) if document.format == "html" else None
    published = infer_published(
        DateEvidence(
            page_search=page_search,
            hint=hints.published,
            meta=meta_date,
            date_lines=tuple(report.date_lines),
            url=url,
            asset_urls=tuple(report.asset_urls),
            text=body,
        )
    )
    related = _related_articles(pieces, report, document, published, hints, outlets)
    byline, byline_role = _byline([report.byline, dateline_reporter(body), hints.author, *authors], outlets)
    return Article(
        text=body,
        title=strip_title_suffix(hints.title, LineReport(), outlets) if hints.title else report.title,
        provenance=document.provenance,
        published=published,
        byline=byline,
        author_role=report.author_role or byline_role,
        outlet=outlet,
        via=via,
        url=url,
        lang=hints.lang or identify_language(body),
        captions=tuple(report.captions),
        removed=tuple(report.removed),
        related=related,
        external_id=hints.external_id,
    )


def _reject(document: Document, code: str, message: str, hint: str = "") -> Rejection:
    return Rejection(code=code, message=message, provenance=document.provenance, hint=hint)


def _same_day(value: str, url: str | None) -> bool:
    from_url = date_from_url(url)
    return bool(from_url) and from_url[0] == value[:10]


def _drop_captions(units: list[str], captions: list[str]) -> list[str]:
    """Drop extracted lines that are a caption, or a caption run together with its credit."""
    if not captions:
        return units
    wanted = [re.sub(r"\s+", " ", c).strip() for c in captions]

    def is_caption(unit: str) -> bool:
        return any(
            unit == c or (len(c) >= _MIN_CONTAINED_CAPTION and c in unit and len(unit) <= len(c) + _CREDIT_SLACK)
            for c in wanted
        )

    return [u for u in units if not is_caption(u)]


_ROLE_WORDS = re.compile(r"reporter|writer|correspondent|bureau|editor|columnist|staff|chief|contributor", re.I)


def _byline(candidates: list[str | None], outlets: OutletIndex) -> tuple[str | None, str | None]:
    """(name, role) from the first usable byline: 'By X', 'X; Staff writer', 'X, Tokyo Correspondent', '【X】';
    a role printed beside the name elsewhere ('By Mari Kobayashi Staff writer') is picked up too."""
    for candidate in candidates:
        if not candidate:
            continue
        text = re.sub(r"^(by|written by|reporter)\s*:?\s+", "", candidate.strip(" 【】[]()"), flags=re.I)
        parts = re.split(r"\s*[;,|/]\s*", text, maxsplit=1)
        name, rest = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else None)
        if not name or outlets.from_name(name) or re.search(r"\d|@", name) or len(name.split()) > 5:
            continue
        role = rest if rest and _ROLE_WORDS.search(rest) and len(rest.split()) <= 6 else None
        for other in candidates:
            if role is None and other and name.casefold() in other.casefold():
                remainder = re.sub(re.escape(name), "", other, flags=re.I)
                remainder = re.sub(r"^\W*(by\b)?\W*", "", remainder, flags=re.I).strip(" ,;|")
                role = remainder if _ROLE_WORDS.search(remainder) and len(remainder.split()) <= 6 else None
        if name.isupper():  # "JEONG YUN-HA" → "Jeong Yun-ha" (Korean given names keep the hyphen lowercase)
            name = " ".join(part.capitalize() for part in name.split())
        return name, role
    return None, None


def resolve_outlet(
    hints: Hints, report: LineReport, sitename: str | None, url: str | None, outlets: OutletIndex
) -> tuple[str | None, str | None]:
    """(original outlet, aggregator it came through), strongest evidence first."""
    first_paragraph = report.paragraphs[0] if report.paragraphs else ""
    credit_text = dateline_credit(first_paragraph)
    credit = (outlets.from_credit(credit_text) or outlets.from_name(credit_text)) if credit_text else None
    url_outlet = outlets.from_url(url)
    candidates: list[tuple[str, bool]] = [(name, True) for name in (hints.outlet, *report.outlet_names) if name]
    candidates += [(credit.name, True)] if credit else []
    candidates += [(url_outlet.name, True)] if url_outlet else []
    candidates += [(sitename, True)] if sitename else []
    candidates += [(name, False) for name in reversed(report.site_names)]
    outlet: str | None = None
    via: str | None = None
    publisher: str | None = None  # whose page this is, when it is a known outlet (URL, then site name)
    for name, strong in candidates:
        known = outlets.from_name(name) or outlets.find_in(name)
        if known is not None and known.is_aggregator:
            via = via or known.name
        elif known is not None:
            outlet = outlet or known.name
        elif strong and outlet is None and not re.fullmatch(r"[\w-]+(\.[\w-]+)+", name):
            outlet = name.strip()
    for name in (url_outlet.name if url_outlet else None, sitename):
        known = outlets.from_name(name) if name else None
        publisher = publisher or (known.name if known and not known.is_aggregator else None)
    if via is None and publisher and outlet and publisher != outlet:
        via = publisher  # an outlet republishing another's copy (a wire story on a newspaper's site)
    return outlet, via


def _split_related_blocks(report: LineReport, cleaner: LineCleaner, outlets: OutletIndex) -> list[RelatedPiece]:
    pieces: list[RelatedPiece] = []
    for block in report.related_blocks:
        found, leftovers = split_related(block, cleaner, outlets)
        for piece in found:  # trailing page furniture read inside an appended article belongs to the page
            report.site_names += piece.body.site_names
        for unit in leftovers:
            report.removed.append(Removal("related", unit, "related-articles list"))
        pieces += found
    return pieces


def _related_articles(
    pieces: list[RelatedPiece],
    report: LineReport,
    document: Document,
    parent_date: PublishedDate,
    hints: Hints,
    outlets: OutletIndex,
) -> tuple[Article, ...]:
    anchor: datetime | date | None = hints.captured_at or parse_moment(report.captured)
    if anchor is None and parent_date.grain == "day" and parent_date.value:
        anchor = date.fromisoformat(parent_date.value)
    anchor_is_capture = isinstance(anchor, datetime)
    articles: list[Article] = []
    for piece in pieces:
        text = "\n\n".join(piece.body.paragraphs)
        known = outlets.from_name(piece.outlet) if piece.outlet else None
        value = resolve_relative(piece.relative_time or "", anchor)
        note = f"{piece.relative_time!r} before " + ("the capture time" if anchor_is_capture else "the page's date")
        published = PublishedDate(value, "day", "text", note) if value else PublishedDate()
        articles.append(
            Article(
                text=text,
                title=piece.title,
                provenance=document.provenance,
                published=published,
                outlet=known.name if known else piece.outlet,
                lang=identify_language(text),
                captions=tuple(piece.body.captions),
                removed=tuple(piece.body.removed),
                relative_time=piece.relative_time,
            )
        )
        report.removed.append(Removal("related", f"{piece.title}\n{text}", "appended related article"))
    return tuple(articles)
