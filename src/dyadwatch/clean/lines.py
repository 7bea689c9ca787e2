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
    r"(?:published|posted|updated|last updated|date|first published|송고시간|입력|기사입력|수정|配信|更新|公開)"
    r"\s*(?:on|at)?\s*:?\s*",
    re.IGNORECASE,
)
_CAPTURE = re.compile(
    r"(?:captured|saved|retrieved|accessed|archived|fetched|crawled|clipped)(?:\s+(?:on|at))?\s*:?\s*(?P<when>.+)",
    re.IGNORECASE,
)
_SITE_PARTS = re.compile(r"(?P<site>[^|—–·/]+?)\s+[|—–·/]\s+(?P<rest>.+)")
_SITE_LABEL = re.compile(
    r"(?P<site>.+?)\s+(?:archive|archives|opinion|news|world|politics|business|commentary|analysis|editorial|home)",
    re.IGNORECASE,
)
_VIA_LINE = re.compile(r"(?P<outlet>.+?)\s+via\s+(?P<site>.+)", re.IGNORECASE)
_NAME_COMMA = re.compile(r"(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,3}),\s*(?P<rest>.+)")
_STAFF_ROLE = re.compile(
    r"(?:staff |senior |political |diplomatic |tokyo |seoul )?(?:reporter|writer|correspondent|"
    r"editor|columnist)",
    re.IGNORECASE,
)
_ROLE_OUTLET = re.compile(
    r"(?:staff |senior |political |diplomatic )?(?:reporter|writer|correspondent|editor|columnist)"
    r"(?:\s+(?:at|for|of))?,?\s+(?P<outlet>.+)",
    re.IGNORECASE,
)
_KO_BYLINE = re.compile(r"(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)(?:\s*[\w.+-]+@[\w.-]+)?")
_EMAIL_DOMAIN = re.compile(r"@(?P<domain>[\w-]+(?:\.[\w-]+)+)")
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
_KO_DATELINE = re.compile(
    r"^\((?P<place>[^=()]{1,12})=(?P<credit>[^()]{2,12})\)\s*(?:(?P<reporter>[가-힣]{2,4})\s*(?:기자|특파원))?"
)
_JA_DATELINE = re.compile(r"^【(?P<place>[^】]{1,12}?)(?P<credit>共同|時事|ＡＦＰ時事|AFP時事)】")
_CREDIT_END = re.compile(
    r"(?:\[(?P<bracket>[^\]]{2,40})\]|\((?P<paren>[^)]{2,40})\)|（(?P<wide>[^）]{1,20})）"
    r"|/\s*(?P<slash>[A-Z][\w ]{1,30})|(?<=[.!?\"”])\s+(?P<bare>[A-Z][\w-]*(?: [A-Z][\w-]*){0,3} (?:photo|file)))"
    r"\s*$"
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
    captured: str | None = None  # "Captured 2025-08-24 09:30 KST": anchors relative times
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
            and not _is_metadata(line)
        ):
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
    return [unit for unit in units if unit]


def _is_metadata(line: str) -> bool:
    return bool(_SOURCE_LINE.fullmatch(line) or _BYLINE.fullmatch(line) or _VIA_LINE.fullmatch(line)) and (
        len(line.split()) <= 8
    )


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


def dateline_credit(paragraph: str) -> str | None:
    """The wire credit of a dateline: 'SEOUL, Aug. 24 (Yonhap) --', '(경주=연합뉴스)', '【ソウル共同】'."""
    for pattern in (DATELINE, _KO_DATELINE, _JA_DATELINE):
        match = pattern.match(paragraph)
        if match and match["credit"]:
            return match["credit"]
    return None


def dateline_reporter(body: str) -> str | None:
    """The reporter a Korean wire dateline names: '(경주=연합뉴스) 권해솔 기자 = …'."""
    match = _KO_DATELINE.match(body)
    return match["reporter"] if match and match["reporter"] else None


def caption_credit(unit: str, outlets: OutletIndex) -> str | None:
    """The photo credit a caption ends with ('[Yonhap]', '(Kyodo)', '[JOINT PRESS CORPS]'), if any."""
    match = _CREDIT_END.search(unit)
    if not match:
        return None
    credit = (match["bracket"] or match["paren"] or match["wide"] or match["slash"] or match["bare"] or "").strip()
    if re.search(r"제공|提供|写真|사진|撮影", credit):
        return credit
    if outlets.from_credit(credit) or outlets.from_name(credit):
        return credit
    letters = re.sub(r"[^A-Za-z]", "", credit)
    if letters and letters.isupper() and len(letters) >= 2:
        return credit
    if re.search(r"\b(photo|file|image|courtesy|pool|getty|afp|ap|epa|press corps|yonhap|kyodo)\b", credit, re.I):
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
        """Paragraphs an extractor returned (or an appended article's lines): the title is known, but
        section labels, bylines and share bars before the first paragraph still need reading."""
        units = split_units("\n".join(units))
        report = LineReport(title=title)
        start = self._read_header(units, report)
        if start == len(units):  # nothing reads as prose (short lines, lists): keep all but the metadata
            report = LineReport(title=title)
            start = 0
        self._read_body(units[start:], report)
        return report

    # -- header -------------------------------------------------------------------------------------
    def _read_header(self, units: list[str], report: LineReport) -> int:
        caption_next = False
        for index, unit in enumerate(units):
            under_image = caption_next and word_count(unit) <= MAX_CAPTION_WORDS and not DATELINE.match(unit)
            if is_prose(unit) and not under_image and not self._is_note(unit) and not _IMAGE.fullmatch(unit):
                return index
            if self._header_unit(unit, report, caption_next):
                caption_next = bool(_IMAGE.fullmatch(unit))
                continue
            caption_next = False
            if self.rules.marker_kind(unit):  # a tail marker before any prose: no body at all
                return index
            if report.title is None:
                report.title = strip_title_suffix(unit, report, self.outlets)
            elif _same_text(unit, report.title):
                report.remove("header", unit, "repeats the headline")
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
        if self._capture_line(unit, report):
            return True
        if is_date_line(unit):
            report.date_lines.append(_DATE_PREFIX.sub("", unit, count=1).strip())
            named = re.search(r"\(([^)]+)\)", unit)  # "Aug 24, 2023 (Mainichi Japan)"
            known = self.outlets.find_in(named[1]) if named else None
            if known is not None:
                report.outlet_names.append(known.name)
            report.remove("dateline", unit, "publication date line")
            return True
        if self._site_line(unit, report) or self._byline(unit, report) or self._source_line(unit, report):
            return True
        if self.outlets.from_name(unit):
            report.site_names.append(unit)
            report.remove("site_name", unit, "outlet or site name line")
            return True
        kind = self.rules.line_kind(unit)
        if kind:
            self._remove_rule_line(kind, unit, report)
            return True
        return False

    def _capture_line(self, unit: str, report: LineReport) -> bool:
        match = _CAPTURE.fullmatch(unit)
        if not match or len(unit.split()) > 10 or not is_date_line(match["when"]):
            return False
        report.captured = report.captured or match["when"]
        report.remove("capture", unit, "when the page was captured")
        return True

    def _site_line(self, unit: str, report: LineReport) -> bool:
        """'KoreaNow Hub | World', 'Kyodo News | 2025-08-23', 'The Korea Herald via Pacific Pulse'."""
        if word_count(unit) > 10:
            return False
        via = _VIA_LINE.fullmatch(unit)
        if via and self.outlets.from_name(via["outlet"]) and _known_site(via["site"], self.outlets):
            report.outlet_names.append(via["outlet"])
            report.site_names.append(via["site"])
            report.remove("source", unit, "outlet and the aggregator it came through")
            return True
        labelled = _SITE_LABEL.fullmatch(unit)
        if labelled and self.outlets.from_name(labelled["site"]):
            report.site_names.append(labelled["site"])
            report.remove("site_name", unit, "site name with a section label")
            return True
        role = _ROLE_OUTLET.fullmatch(unit)
        if role and self.outlets.from_name(role["outlet"]):
            report.outlet_names.append(role["outlet"])
            report.remove("byline", unit, "reporter's role and outlet")
            return True
        parts = _SITE_PARTS.fullmatch(unit)
        outlet = self.outlets.from_name(parts["site"]) if parts else None
        if parts is None or outlet is None:
            return False
        rest = parts["rest"].strip()
        if is_date_line(rest):
            report.date_lines.append(_DATE_PREFIX.sub("", rest, count=1).strip())
            report.outlet_names.append(parts["site"])
        else:
            report.site_names.append(parts["site"])
        report.remove("site_name", unit, "site or outlet line")
        return True

    def _byline(self, unit: str, report: LineReport) -> bool:
        if word_count(unit) > 14:
            return False
        korean = _KO_BYLINE.fullmatch(unit)
        if korean:
            report.byline = report.byline or korean["name"]
            self._outlet_from_email(unit, report)
            report.remove("byline", unit, "byline")
            return True
        match = _BYLINE.fullmatch(unit) or _NAME_THEN_OUTLET.fullmatch(unit) or _NAME_COMMA.fullmatch(unit)
        if not match or self.outlets.from_name(match["name"]):
            return False
        name = match["name"].strip()
        rest = (match["rest"] or "").strip()
        if match.re is _NAME_COMMA and not (self.outlets.from_name(rest) or _STAFF_ROLE.fullmatch(rest)):
            return False
        if rest:
            if self.outlets.from_name(rest):
                report.outlet_names.append(rest)
            elif is_date_line(rest):
                report.date_lines.append(rest)
        report.byline = report.byline or name
        report.remove("byline", unit, "byline")
        return True

    def _remove_rule_line(self, kind: str, unit: str, report: LineReport) -> None:
        """Remove a boilerplate line; copyright, permission and e-mail lines still name the outlet."""
        if kind in ("navigation", "credits") and re.search(
            r"copyright|©|ⓒ|permission|@|無断|무단", unit, re.IGNORECASE
        ):
            known = self.outlets.find_in(unit)
            if known is not None:
                report.outlet_names.append(known.name)
            self._outlet_from_email(unit, report)
        report.remove(kind, unit, f"{kind} line")

    def _outlet_from_email(self, unit: str, report: LineReport) -> None:
        for match in _EMAIL_DOMAIN.finditer(unit):
            known = self.outlets.from_url(f"http://{match['domain']}/")
            if known is not None:
                report.outlet_names.append(known.name)

    def _source_line(self, unit: str, report: LineReport) -> bool:
        if word_count(unit) > 12:
            return False
        match = _SOURCE_LINE.fullmatch(unit)
        if not match:
            return False
        outlet, _, rest = match["outlet"].partition(" | ")
        report.outlet_names.append(outlet.strip())
        if rest and is_date_line(rest.strip()):
            report.date_lines.append(rest.strip())
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
        if word_count(unit) <= 8 and self._byline(unit, report):
            return False
        kind = self.rules.line_kind(unit) if word_count(unit) <= 40 else None
        if kind:
            self._remove_rule_line(kind, unit, report)
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
        if word_count(unit) <= 10 and self._site_line(unit, report):
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
        role_text = re.split(r"(?<=[a-z])\.\s+(?=[A-Z])", role_text.strip())[0].rstrip(".")
        role_text = re.sub(r"^(an?|the)\s+", "", role_text, flags=re.I)
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
            if word_count(unit) <= 10 and self._site_line(unit, report):
                continue
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
