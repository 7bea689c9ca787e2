"""Time expressions: detection and TIMEX3 values, against TempEval-3 platinum and the sample reading gold.

(a) tempeval3-platinum (20 news documents, 138 TIMEX3): each document parsed with the English pipeline and
    read by `extract_times` with its creation time (DCT) as the publication date. Detection precision,
    recall and F1, strict (exact span) and relaxed (overlap, one-to-one); value and type accuracy on the
    relaxed matches; and `normalise` run directly on each gold span with the DCT as anchor.
(b) the sample corpus reading gold (data/sample/gold/reading-*.jsonl, any number of files): the article text
    comes from dyadwatch's own cleaning of the sample file (a related article by its position); a gold time
    is placed at the first occurrence of its text at or after the previous one, and matched by overlap.
    Detection P/R/F1, value accuracy (value alone, and value with `end`), and the most common value errors.

Run from the repository root: python benchmarks/timex.py [--limit N] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchlib import missing, sample_reading_articles
from dyadwatch.model import TimeRef
from dyadwatch.nlp.pipeline import english
from dyadwatch.nlp.timex import extract_times, normalise

from scoring import SAMPLE_ROOT, SHARED_BENCHMARKS, command_line, load_reading_gold, md_table, prf

TEMPEVAL_ROOT = SHARED_BENCHMARKS / "tempeval3-platinum"
TARGET = 0.8  # the target for exactly right values


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N TempEval documents")
    parser.add_argument("--errors", type=int, default=12, help="list this many of the most common value errors")
    return parser.parse_args(argv)


@dataclass(frozen=True)
class Gold:
    text: str
    start: int  # -1: the text was not found in the article
    end: int
    value: str | None
    type: str | None = None
    end_value: str | None = None


@dataclass
class Tally:
    """Counts for one set of documents: detection, and values on the relaxed matches."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value_right: int = 0
    type_right: int = 0
    end_right: int = 0  # value and end both right
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))


# -- matching ---------------------------------------------------------------------------------------
def overlap_pairs(predicted: Sequence[TimeRef], gold: Sequence[Gold]) -> list[tuple[TimeRef, Gold]]:
    """One-to-one pairs of overlapping spans, each gold taking the first unused prediction it overlaps."""
    pairs, used = [], set()
    for item in gold:
        for index, ref in enumerate(predicted):
            if index not in used and item.start >= 0 and ref.start < item.end and item.start < ref.end:
                used.add(index)
                pairs.append((ref, item))
                break
    return pairs


def score(predicted: Sequence[TimeRef], gold: Sequence[Gold], errors: Counter[tuple[str, ...]]) -> Tally:
    exact = {(g.start, g.end) for g in gold}
    tally = Tally(gold=len(gold), predicted=len(predicted), strict=sum((r.start, r.end) in exact for r in predicted))
    for ref, item in overlap_pairs(predicted, gold):
        tally.relaxed += 1
        tally.type_right += ref.type == item.type
        right = ref.value == item.value
        tally.value_right += right
        tally.end_right += right and ref.end_value == item.end_value
        if not (right and ref.end_value == item.end_value):
            errors[(item.text, _shown(item.value, item.end_value), _shown(ref.value, ref.end_value))] += 1
    return tally


def _shown(value: str | None, end: str | None) -> str:
    return f"{value}..{end}" if end else str(value)


def detection_row(name: str, tally: Tally) -> list[Any]:
    strict = prf(tally.strict, tally.predicted, tally.gold)
    relaxed = prf(tally.relaxed, tally.predicted, tally.gold)
    accuracy = tally.value_right / tally.relaxed if tally.relaxed else 0.0
    return [name, tally.gold, tally.predicted, *strict, *relaxed, accuracy]


DETECTION_HEADERS = [
    "documents",
    "gold",
    "predicted",
    "strict P",
    "strict R",
    "strict F1",
    "relaxed P",
    "relaxed R",
    "relaxed F1",
    "value accuracy (matched)",
]


def error_table(errors: Counter[tuple[str, ...]], limit: int) -> str:
    rows = [[text, gold, got, n] for (text, gold, got), n in errors.most_common(limit)]
    return md_table(["text", "gold value", "dyadwatch value", "times"], rows)


# -- (a) TempEval-3 platinum ------------------------------------------------------------------------
def tempeval(limit: int | None) -> tuple[Tally, Counter[tuple[str, ...]], list[tuple[Gold, str, Any]]]:
    documents = [json.loads(line) for line in _lines(TEMPEVAL_ROOT / "derived_documents.jsonl")][:limit]
    timexes: dict[str, list[Gold]] = {}
    for record in map(json.loads, _lines(TEMPEVAL_ROOT / "derived_timex.jsonl")):
        gold = Gold(record["text"], record["start"], record["end"], record["value"], record["type"])
        timexes.setdefault(record["doc_id"], []).append(gold)
    nlp, total, errors, direct = english(), Tally(), Counter(), []
    for document in documents:
        started = time.perf_counter()
        refs = extract_times(nlp(document["text"]), document["dct"])
        gold = sorted(timexes.get(document["doc_id"], []), key=lambda g: g.start)
        tally = score(refs, gold, errors)
        tally.seconds = time.perf_counter() - started
        total.add(tally)
        direct += [(g, document["dct"], normalise(g.text, document["dct"])) for g in gold]
    return total, errors, direct


def _lines(path: Path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report_tempeval(limit: int | None, show: int) -> None:
    total, errors, direct = tempeval(limit)
    print(f"## (a) tempeval3-platinum: {total.gold} gold TIMEX3, DCT as the publication date\n")
    print(
        md_table(
            [*DETECTION_HEADERS, "type accuracy (matched)", "seconds"],
            [[*detection_row("extract_times", total), _ratio(total.type_right, total.relaxed), total.seconds]],
        )
    )
    right = sum(found.value == gold.value for gold, _, found in direct)
    end_to_end = prf(total.value_right, total.predicted, total.gold)
    print(
        "\n"
        + md_table(
            ["measure", "n", "right", "accuracy"],
            [
                ["normalise(gold span, DCT): value", len(direct), right, right / max(len(direct), 1)],
                [
                    "extract_times: value right over all gold (recall of right values)",
                    total.gold,
                    total.value_right,
                    end_to_end[1],
                ],
            ],
        )
    )
    print(f"\nTarget: ≥ {TARGET} of values exactly right.\n")
    misses: Counter[tuple[str, ...]] = Counter(
        (gold.text, str(gold.value), str(found.value)) for gold, _, found in direct if found.value != gold.value
    )
    print(f"### most common value errors of normalise on gold spans ({sum(misses.values())})\n")
    print(error_table(misses, show))
    print(f"\n### most common value errors of extract_times on matched spans ({sum(errors.values())})\n")
    print(error_table(errors, show) + "\n")


# -- (b) the sample reading gold --------------------------------------------------------------------
def find(text: str, needle: str, cursor: int) -> int:
    """The first occurrence of `needle` at or after `cursor`, preferring one that is not inside a word
    ("now" not in "knows"); then anywhere, the same way; -1 when absent."""
    word = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    for start in (cursor, 0):
        whole = word.search(text, start)
        if whole:
            return whole.start()
        plain = text.find(needle, start)
        if plain >= 0:
            return plain
    return -1


def locate(text: str, times: list[dict[str, Any]]) -> list[Gold]:
    """Gold times placed in the article: the first occurrence at or after the previous one's start."""
    placed, cursor = [], 0
    for item in times:
        position = find(text, item["text"], cursor)
        if position >= 0:
            cursor = position + 1
        end = position + len(item["text"]) if position >= 0 else -1
        placed.append(Gold(item["text"], position, end, item.get("value"), item.get("type"), item.get("end")))
    return placed


def sample_tallies(errors: Counter[tuple[str, ...]]) -> tuple[dict[str, Tally], int, int]:
    """Per gold file: detection and value tallies of extract_times on the sample (and how many gold lines
    found no article, and how many gold texts were not found in theirs)."""
    gold = load_reading_gold()
    articles = sample_reading_articles()
    nlp = english()
    tallies: dict[str, Tally] = {}
    unplaced = unfound = 0
    for key, record in gold.items():
        tally = tallies.setdefault(record["gold_file"], Tally())
        article = articles.get(key)
        if article is None:
            unfound += 1
            tally.gold += len(record.get("times") or [])
            continue
        placed = locate(article.text, record.get("times") or [])
        unplaced += sum(g.start < 0 for g in placed)
        started = time.perf_counter()
        refs = extract_times(nlp(article.text), article.published.value)
        part = score(refs, placed, errors)
        part.seconds = time.perf_counter() - started
        tally.add(part)
    return tallies, unfound, unplaced


def report_sample(show: int) -> None:
    errors: Counter[tuple[str, ...]] = Counter()
    tallies, unfound, unplaced = sample_tallies(errors)
    if not tallies:
        print(f"> skipped (b): no reading-*.jsonl under {SAMPLE_ROOT / 'gold'}")
        return
    rows, total = [], Tally()
    for name, tally in sorted(tallies.items()):
        total.add(tally)
        rows.append([*detection_row(name, tally), _ratio(tally.end_right, tally.relaxed), tally.seconds])
    if len(tallies) > 1:
        rows.append([*detection_row("all", total), _ratio(total.end_right, total.relaxed), total.seconds])
    print(f"## (b) sample reading gold: {len(tallies)} file(s), {total.gold} gold times\n")
    print(md_table([*DETECTION_HEADERS, "value and end accuracy (matched)", "seconds"], rows))
    print(f"\n{unfound} gold line(s) without a cleaned article; {unplaced} gold text(s) not found in the article.")
    print(f"\n### most common value errors ({sum(errors.values())})\n")
    print(error_table(errors, show) + "\n")


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/timex.py', *argv])}`\n")
    if not missing(TEMPEVAL_ROOT, "(a) tempeval3-platinum"):
        report_tempeval(args.limit, args.errors)
    report_sample(args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
