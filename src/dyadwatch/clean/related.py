"""Split a "Related Articles" block into the whole articles it appends.

Aggregators append other articles as: headline, outlet, a relative time ("21 minutes ago"), body.
Each becomes its own article linked to the page it came from; headline-only lists are just removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..kb import OutletIndex
from .lines import RELATIVE_TIME, LineCleaner, LineReport, is_date_line, word_count

# An appended item shorter than this is a teaser, not an article (words).
MIN_RELATED_WORDS = 40
MAX_TITLE_WORDS = 30


@dataclass
class RelatedPiece:
    title: str | None
    outlet: str | None
    relative_time: str | None
    body: LineReport = field(default_factory=LineReport)


def split_related(block: list[str], cleaner: LineCleaner, outlets: OutletIndex) -> tuple[list[RelatedPiece], list[str]]:
    """(articles found, units that were only headlines or links)."""
    times = [i for i, unit in enumerate(block) if RELATIVE_TIME.fullmatch(unit) or _is_short_date(unit)]
    if not times:
        return [], block
    pieces: list[RelatedPiece] = []
    leftovers: list[str] = []
    starts = [_head_start(block, t, outlets) for t in times]
    leftovers += block[: starts[0]]
    for number, time_index in enumerate(times):
        start = starts[number]
        end = starts[number + 1] if number + 1 < len(times) else len(block)
        head = block[start:time_index]
        outlet = head[-1] if len(head) >= 2 and _looks_like_outlet(head[-1], outlets) else None
        title_units = head[:-1] if outlet else head
        title = " ".join(title_units).strip() or None
        body = cleaner.clean_extracted(block[time_index + 1 : end], title)
        piece = RelatedPiece(title=title, outlet=outlet, relative_time=block[time_index], body=body)
        if sum(word_count(p) for p in body.paragraphs) >= MIN_RELATED_WORDS:
            pieces.append(piece)
        else:
            leftovers += block[start:end]
    return pieces, leftovers


def _head_start(block: list[str], time_index: int, outlets: OutletIndex) -> int:
    """Index of the headline that opens the item whose relative time sits at `time_index`."""
    start = time_index - 1
    if start >= 1 and _looks_like_outlet(block[start], outlets):
        start -= 1
    return max(start, 0) if word_count(block[max(start, 0)]) <= MAX_TITLE_WORDS else time_index


def _looks_like_outlet(unit: str, outlets: OutletIndex) -> bool:
    return outlets.from_name(unit) is not None or (word_count(unit) <= 5 and not unit.rstrip().endswith((".", "?")))


def _is_short_date(unit: str) -> bool:
    return word_count(unit) <= 6 and is_date_line(unit)
