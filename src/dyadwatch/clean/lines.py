"""Line-level cleaning shared by plain-text reposts and text extracted from HTML.

An aggregator repost saved as text has three regions: a header (headline, source, date and byline
lines, images), the body, and a tail of blocks opened by markers ("Hashtags", "Try Our AI Features",
"Comments", "Related Articles"). Rules come from kb/boilerplate.toml; every removal is recorded with
its kind. Hand-written because no library models aggregator text reposts (trafilatura and jusText
need HTML structure); the rules are data so users can extend them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..kb import BoilerplateRules, OutletIndex, boilerplate_rules, outlet_index
from ..model import Removal

_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\)")
_URL = re.compile(r"https?://[^\s)\]>\"']+")
_BYLINE = re.compile(
    r"(?:by|written by|reporter|reported by)\s*:?\s+(?P<name>[^|,–—]+?)(?:\s*[|,–—/]\s*(?P<rest>.+))?", re.IGNORECASE
)
_NAME_THEN_OUTLET = re.compile(r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3})\s*\|\s*(?P<rest>.+)")
_SOURCE_LINE = re.compile(
    r"(?:source|sources|originally published (?:by|in|on|at)|first published (?:by|in|on|at)|published by|"
    r"via|from|this (?:article|story) (?:first |originally )?appeared (?:in|on)|republished from|credit)"
    r"\s*:?\s+(?P<outlet>.+?)\.?",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(
    r"(?:published|posted|updated|last updated|date|first published)\s*(?:on|at)?\s*:?\s*", re.IGNORECASE
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE_LINE = re.compile(
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:"
    r"\d{4}[-./]\d{1,2}[-./]\d{1,2}(?:[ T]\d{1,2}:\d{2}.*)?|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}.*|"
    r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4}.*|"
    r"\d{4}년\s*\d{1,2}월\s*\d{1,2}일.*|\d{4}年\d{1,2}月\d{1,2}日.*)",
    re.IGNORECASE,
)
RELATIVE_TIME = re.compile(
    r"(?:(?:\d+|an?|one)\s+(?:second|minute|min|hour|hr|day|week|month)s?\s+ago|just now|yesterday|today)",
    re.IGNORECASE,
)
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'\-]{2,30})(?:,\s*(?P<date>[A-Z][a-z]{2,4}\.?\s+\d{1,2}))?\s*"
    r"(?:\((?P<credit>[^)]{2,30})\))?\s*(?:--|—|–|-)\s"
)
_CREDIT_END = re.compile(
    r"(?:\[(?P<bracket>[^\]]{2,40})\]|\((?P<paren>[^)]{2,40})\)|/\s*(?P<slash>[A-Z][\w ]{1,30}))\s*$"
)
_AUTHOR_NOTE = re.compile(r"(?:the\s+)?(?:author|writer|columnist|contributor)\s+is\s+(?P<role>.+?)\.?", re.IGNORECASE)
_PERSON_NOTE = re.compile(r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3})\s+is\s+(?P<role>(?:an?|the)\s+.+?)\.?")
_AFFILIATION = re.compile(r"(?P<role>.+?)\s+(?:at|of|for|with)\s+(?:the\s+)?(?P<org>[A-Z][^,;]+?)$")
_SENTENCE_END = re.compile(r"[.!?…。다]['\"”’)]*$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")

# A caption or deck is short; a body paragraph usually is not (words; from the sample corpus).
MAX_CAPTION_WORDS = 70
MIN_PROSE_WORDS = 12
MAX_NOTE_WORDS = 45


@dataclass
class LineReport:
    """What line cleaning kept, took out and learnt about the article."""

    paragraphs: list[str] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    author_role: str | None = None
    outlet_names: list[str] = field(default_factory=list)  # explicit: source lines, author notes, bylines
    site_names: list[str] = field(default_factory=list)  # weak: title suffixes, trailing site-name lines
    date_lines: list[str] = field(default_factory=list)
    asset_urls: list[str] = field(default_factory=list)
    related_blocks: list[list[str]] = field(default_factory=list)

    def remove(self, kind: str, text: str, reason: str) -> None:
        self.removed.append(Removal(kind=kind, text=text, reason=reason))


def split_units(text: str) -> list[str]:
    """Non-empty lines, re-joining hard-wrapped paragraphs (a line ending mid-sentence + lowercase start)."""
    units: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = re.sub(r"[ \t\u00a0\u200b]+", " ", raw).strip()
        if not line:
            units.append("")
            continue
        if (
            units
            and units[-1]
            and not _SENTENCE_END.search(units[-1])
            and line[:1].islower()
            and len(units[-1].split()) >= 6
        ):
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
    return [unit for unit in units if unit]


def word_count(unit: str) -> int:
    cjk = len(_CJK.findall(unit))
    return len(unit.split()) + cjk // 2


def is_prose(unit: str) -> bool:
    words = word_count(unit)
    if DATELINE.match(unit):
        return True
    return words >= 25 or (words >= MIN_PROSE_WORDS and bool(_SENTENCE_END.search(unit)))


def is_date_line(unit: str) -> bool:
    bare = _DATE_PREFIX.sub("", unit, count=1).strip()
    return len(unit.split()) <= 10 and bool(_DATE_LINE.fullmatch(bare))


def _known_site(name: str, outlets: OutletIndex) -> bool:
    return outlets.from_name(name) is not None or bool(re.fullmatch(r"[\w-]+(\.[\w-]+)+", name.strip()))


def strip_title_suffix(title: str, report: LineReport, outlets: OutletIndex) -> str:
    """'Headline - AloJapan.com' → 'Headline' (the suffix is recorded as a site name)."""
    match = re.match(r"(?P<title>.+?)\s+[-|–—:·]\s+(?P<site>[^-|–—:·]+)$", title)
    if match and _known_site(match["site"], outlets):
        report.site_names.append(match["site"].strip())
        return match["title"].strip()
    return title


def caption_credit(unit: str, outlets: OutletIndex) -> str | None:
    """The photo credit a caption ends with ('[Yonhap]', '(Kyodo)', '[JOINT PRESS CORPS]'), if any."""
    match = _CREDIT_END.search(unit)
    if not match:
        return None
    credit = (match["bracket"] or match["paren"] or match["slash"] or "").strip()
    if outlets.from_credit(credit) or outlets.from_name(credit):
        return credit
    letters = re.sub(r"[^A-Za-z]", "", credit)
    if letters and letters.isupper() and len(letters) >= 2:
        return credit
    if re.search(r"\b(photo|image|courtesy|pool|getty|afp|ap|epa|press corps|yonhap|kyodo)\b", credit, re.I):
        return credit
    return None


class LineCleaner:
    """Classifies units of text into body, header metadata, captions, notes and tail blocks."""

    def __init__(self, rules: BoilerplateRules | None = None, outlets: OutletIndex | None = None) -> None:
        self.rules = rules or boilerplate_rules()
        self.outlets = outlets or outlet_index()

    # -- entry points ---------------------------------------------------------------------------------
    def clean_text(self, text: str) -> LineReport:
        """A plain-text article, typically an aggregator repost: header, body and tail."""
        report = LineReport()
        units = split_units(text)
        start = self._read_header(units, report)
        self._read_body(units[start:], report)
        return report

    def clean_extracted(self, units: list[str], title: str | None) -> LineReport:
        """Paragraphs an HTML extractor returned: no header to parse, but the same body and tail rules."""
        report = LineReport(title=title)
        if units and title and _same_text(units[0], title):
            report.remove("header", units[0], "repeats the headline")
            units = units[1:]
        self._read_body(units, report)
        return report

    # -- header -------------------------------------------------------------------------------------
    def _read_header(self, units: list[str], report: LineReport) -> int:
        caption_next = False
        for index, unit in enumerate(units):
            if is_prose(unit) and not self._is_note(unit) and not _IMAGE.fullmatch(unit):
                return index
            if self._header_unit(unit, report, caption_next):
                caption_next = bool(_IMAGE.fullmatch(unit))
                continue
            caption_next = False
            if self.rules.marker_kind(unit):  # a tail marker before any prose: no body at all
                return index
            if report.title is None:
                report.title = strip_title_suffix(unit, report, self.outlets)
            else:
                report.remove("header", unit, "short line before the body (deck or section label)")
        return len(units)

    def _header_unit(self, unit: str, report: LineReport, caption_next: bool) -> bool:
        """Consume one header metadata line; False when it is not metadata (title or deck)."""
        image = _IMAGE.fullmatch(unit)
        if image:
            report.asset_urls.append(image["url"])
            report.remove("image", unit, "markdown image line")
            return True
        if caption_next and word_count(unit) <= MAX_CAPTION_WORDS:
            self._take_caption(unit, report, "line under an image")
            return True
        if is_date_line(unit):
            report.date_lines.append(_DATE_PREFIX.sub("", unit, count=1).strip())
            report.remove("dateline", unit, "publication date line")
            return True
        if self._byline(unit, report) or self._source_line(unit, report):
            return True
        if self.outlets.from_name(unit):
            report.site_names.append(unit)
            report.remove("site_name", unit, "outlet or site name line")
            return True
        kind = self.rules.line_kind(unit)
        if kind:
            report.remove(kind, unit, f"{kind} line")
            return True
        return False

    def _byline(self, unit: str, report: LineReport) -> bool:
        if word_count(unit) > 14:
            return False
        match = _BYLINE.fullmatch(unit) or _NAME_THEN_OUTLET.fullmatch(unit)
        if not match:
            return False
        name = match["name"].strip()
        rest = (match["rest"] or "").strip()
        if rest:
            if self.outlets.from_name(rest):
                report.outlet_names.append(rest)
            elif is_date_line(rest):
                report.date_lines.append(rest)
        report.byline = report.byline or name
        report.remove("byline", unit, "byline")
        return True

    def _source_line(self, unit: str, report: LineReport) -> bool:
        if word_count(unit) > 12:
            return False
        match = _SOURCE_LINE.fullmatch(unit)
        if not match:
            return False
        report.outlet_names.append(match["outlet"].strip())
        report.remove("source", unit, "source line")
        return True

    # -- body and tail ------------------------------------------------------------------------------
    def _read_body(self, units: list[str], report: LineReport) -> None:
        tail_at = self._tail_start(units)
        caption_next = False
        for unit in units[:tail_at]:
            caption_next = self._body_unit(unit, report, caption_next)
        self._trim_trailing_notes(report)
        self._read_tail(units[tail_at:], report)

    def _tail_start(self, units: list[str]) -> int:
        for index, unit in enumerate(units):
            if self.rules.marker_kind(unit) and word_count(unit) <= 6:
                return index
            if RELATIVE_TIME.fullmatch(unit) and index >= 2 and self.outlets.from_name(units[index - 1]):
                return index - 2  # an appended article without a "Related" heading: title, outlet, "1 hour ago"
        return len(units)

    def _body_unit(self, unit: str, report: LineReport, caption_next: bool) -> bool:
        """Keep or remove one body unit; returns whether the next unit may be an image caption."""
        image = _IMAGE.fullmatch(unit)
        if image:
            report.asset_urls.append(image["url"])
            report.remove("image", unit, "markdown image line")
            return True
        report.asset_urls += _URL.findall(unit)
        if caption_next and word_count(unit) <= MAX_CAPTION_WORDS and not DATELINE.match(unit):
            self._take_caption(unit, report, "line under an image")
            return False
        if (
            word_count(unit) <= MAX_CAPTION_WORDS
            and not DATELINE.match(unit)
            and caption_credit(unit, self.outlets)
            and not _ends_as_quote(unit)
        ):
            self._take_caption(unit, report, "ends with a photo credit")
            return False
        kind = self.rules.line_kind(unit) if word_count(unit) <= 40 else None
        if kind:
            report.remove(kind, unit, f"{kind} line")
            return False
        if (
            re.match(r"(read more|also read|see also|related|read also|more)\s*:", unit, re.I)
            and word_count(unit) <= 30
        ):
            report.remove("related", unit, "link to another article")
            return False
        if self._is_note(unit):
            self._take_note(unit, report)
            return False
        if word_count(unit) <= 4 and _known_site(unit, self.outlets):
            report.site_names.append(unit)
            report.remove("site_name", unit, "site name line")
            return False
        report.paragraphs.append(unit)
        return False

    def _take_caption(self, unit: str, report: LineReport, reason: str) -> None:
        report.captions.append(unit)
        report.remove("caption", unit, reason)

    def _is_note(self, unit: str) -> bool:
        if word_count(unit) > MAX_NOTE_WORDS * 2:
            return False
        return bool(self.rules.note_kind(unit)) or (
            word_count(unit) <= MAX_NOTE_WORDS and bool(_AUTHOR_NOTE.fullmatch(unit))
        )

    def _take_note(self, unit: str, report: LineReport) -> None:
        kind = self.rules.note_kind(unit)
        if kind:
            report.remove(kind, unit, f"{kind.replace('_', ' ')}")
            return
        match = _AUTHOR_NOTE.fullmatch(unit)
        assert match is not None
        self._learn_author(match["role"], report)
        report.remove("author_note", unit, "note about the author")

    def _learn_author(self, role_text: str, report: LineReport) -> None:
        role_text = re.sub(r"^(an?|the)\s+", "", role_text.strip(), flags=re.I)
        report.author_role = report.author_role or role_text
        affiliation = _AFFILIATION.match(role_text)
        if affiliation and self.outlets.from_name(affiliation["org"]):
            report.outlet_names.append(affiliation["org"])

    def _trim_trailing_notes(self, report: LineReport) -> None:
        """'Yang Kee-ho is a professor of …' closing an op-ed is an author note, not body."""
        while report.paragraphs:
            last = report.paragraphs[-1]
            match = _PERSON_NOTE.fullmatch(last)
            if not match or word_count(last) > MAX_NOTE_WORDS or '"' in last or "“" in last:
                break
            report.byline = report.byline or match["name"]
            self._learn_author(match["role"], report)
            report.remove("author_note", report.paragraphs.pop(), "note about the author")
        while (
            report.paragraphs
            and word_count(report.paragraphs[-1]) <= 4
            and _known_site(report.paragraphs[-1], self.outlets)
        ):
            report.remove("site_name", report.paragraphs.pop(), "trailing site name")

    def _read_tail(self, units: list[str], report: LineReport) -> None:
        kind: str | None = "related" if units and not self.rules.marker_kind(units[0]) else None
        block: list[str] = []
        for unit in units:
            marker = self.rules.marker_kind(unit) if word_count(unit) <= 6 else None
            if marker:
                self._close_block(kind, block, report)
                kind, block = marker, []
                report.remove(marker, unit, f"{marker} block heading")
                continue
            block.append(unit)
        self._close_block(kind, block, report)

    def _close_block(self, kind: str | None, block: list[str], report: LineReport) -> None:
        if not block or kind is None:
            return
        if kind == "related":
            report.related_blocks.append(block)
            return
        for unit in block:
            if word_count(unit) <= 4 and _known_site(unit, self.outlets):
                report.site_names.append(unit)
                report.remove("site_name", unit, "site name line")
            elif self._is_note(unit):
                self._take_note(unit, report)
            else:
                report.remove(kind, unit, f"inside the {kind} block")


def _same_text(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().casefold()

    return norm(a) == norm(b)


def _ends_as_quote(unit: str) -> bool:
    """Body sentences like '… the statement said. (Yonhap)' are rare; quotes ending a paragraph are not."""
    return bool(re.search(r"(said|says|told|added|noted)[^.]{0,40}\.\s*(\(|\[)", unit))
