"""Shared scoring helpers for the benchmark scripts (and the quality-gate test).

Everything here is pure: no printing, no global state. Conventions:

- tokens are NFKC-normalised, case-folded runs of letters/digits; punctuation and whitespace only separate
  them. Han ideographs and kana are one token per character (Japanese and Chinese are written without
  spaces), Hangul keeps its space-separated words;
- a score whose denominator is zero is 1.0 when both sides are empty and 0.0 otherwise, so an empty
  prediction against a non-empty gold scores zero and an empty prediction against an empty gold scores one.
"""

from __future__ import annotations

import json
import re
import shlex
import sys
import unicodedata
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_ROOT = REPO_ROOT / "data" / "sample"
SHARED_BENCHMARKS = REPO_ROOT.parent / "shared" / "benchmarks"

# Han ideographs, hiragana, katakana (incl. halfwidth), CJK compatibility ideographs: one token per character.
_CJK_CHAR = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_TOKEN = re.compile(rf"[{_CJK_CHAR}]|(?:(?![{_CJK_CHAR}])[^\W_])+")
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"'})

GoldKey = tuple[str, str | None]


# -- text ----------------------------------------------------------------------------------------------
def tokens(text: str | None) -> list[str]:
    """Word tokens of `text`, normalised for comparison (see the module docstring)."""
    if not text:
        return []
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold())


def normalise(text: str | None) -> str:
    """A string as compared for 'normalised exact' matches: NFKC, case-folded, straight quotes, single spaces."""
    if text is None:
        return ""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES)).strip().casefold()


def _ratio(numerator: float, denominator: float, other_empty: bool) -> float:
    if denominator:
        return numerator / denominator
    return 1.0 if other_empty else 0.0


def prf(tp: float, predicted: float, gold: float) -> tuple[float, float, float]:
    """Precision, recall and F1 from a true-positive count and the predicted and gold totals."""
    precision = _ratio(tp, predicted, gold == 0)
    recall = _ratio(tp, gold, predicted == 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_prf(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """Bag-of-tokens precision, recall and F1 of a predicted text against a gold text.

    Multiset overlap: true positives are the sum over tokens of min(count in pred, count in gold).
    """
    pred_counts, gold_counts = Counter(tokens(pred)), Counter(tokens(gold))
    tp = sum((pred_counts & gold_counts).values())
    return prf(tp, sum(pred_counts.values()), sum(gold_counts.values()))


def mean(values: Iterable[float]) -> float:
    """Arithmetic mean; 0.0 for no values."""
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def mean_prf(scores: Iterable[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Per-document precision, recall and F1 averaged over documents (macro average)."""
    scores = list(scores)
    return mean(s[0] for s in scores), mean(s[1] for s in scores), mean(s[2] for s in scores)


# -- clustering ---------------------------------------------------------------------------------------
def _pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def pairwise_prf(pred: Mapping[Hashable, Hashable], gold: Mapping[Hashable, Hashable]) -> tuple[float, float, float]:
    """Pairwise clustering precision, recall and F1 of `pred` (item → cluster) against `gold` (item → cluster).

    Scored over the items in `gold`; an item missing from `pred` counts as a cluster of its own. A pair of
    items is a true positive when both maps put the two items in one cluster.
    """
    items = list(gold)
    predicted = {item: pred.get(item, ("__singleton__", item)) for item in items}
    tp = _pairs(Counter((predicted[item], gold[item]) for item in items).values())
    return prf(tp, _pairs(Counter(predicted.values()).values()), _pairs(Counter(gold.values()).values()))


# -- the sample corpus gold -----------------------------------------------------------------------------
def load_sample_gold(root: Path = SAMPLE_ROOT) -> dict[GoldKey, dict[str, Any]]:
    """Every record of `root`/gold/cleaning*.jsonl, keyed by (file relative to `root`, record key or None).

    The record key is the JSONL id (or "line:N"), the RSS item link or the WARC target URI; later files
    override earlier ones for the same key. Returns {} when there is no gold directory.
    """
    gold: dict[GoldKey, dict[str, Any]] = {}
    for path in sorted((Path(root) / "gold").glob("cleaning*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                gold[(record["file"], record.get("record"))] = record
    return gold


def load_reading_gold(root: Path = SAMPLE_ROOT) -> dict[tuple[str, str | None, int | None], dict[str, Any]]:
    """Every line of `root`/gold/reading*.jsonl (quotes and times), keyed by (file, record, related)."""
    gold: dict[tuple[str, str | None, int | None], dict[str, Any]] = {}
    for path in sorted((Path(root) / "gold").glob("reading*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = {**json.loads(line), "gold_file": path.name}
                gold[(record["file"], record.get("record"), record.get("related"))] = record
    return gold


def gold_key(item: Any, root: Path = SAMPLE_ROOT) -> GoldKey:
    """The gold key of a source item (Document, Rejection or Outcome: anything with `.provenance`).

    (source path relative to `root` in POSIX form, `provenance.record`); a source outside `root` is kept as is.
    """
    provenance = item.provenance
    try:
        relative = Path(provenance.source).resolve().relative_to(Path(root).resolve()).as_posix()
    except ValueError:
        relative = provenance.source
    return relative, provenance.record


def key_text(key: GoldKey) -> str:
    """A gold key as one readable string: 'file' or 'file#record'."""
    return key[0] if key[1] is None else f"{key[0]}#{key[1]}"


# -- output -------------------------------------------------------------------------------------------
def _cell(value: Any, digits: int) -> str:
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def md_table(headers: Sequence[str], rows: Iterable[Sequence[Any]], digits: int = 3) -> str:
    """A GitHub-flavoured markdown table; floats are printed with `digits` decimals."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v, digits) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def command_line(argv: Sequence[str]) -> str:
    """The command that produced a report, for printing at its top (run from the repository root)."""
    return " ".join(shlex.quote(part) for part in [sys.executable, *argv])


# -- quotes ---------------------------------------------------------------------------------------------
QUOTE_START_WINDOW = 12  # gold `starts` must begin within this many tokens of a predicted quote's text
_UNNAMED_STOP = {"a", "an", "the", "one", "two", "three", "some", "several", "many", "other", "another", "of"}


def starts_match(predicted_text: str, starts: str) -> bool:
    """True when the gold quote's first words open (or sit near the start of) the predicted quote."""
    want = tokens(starts)[:4]
    have = tokens(predicted_text)[: QUOTE_START_WINDOW + len(want)]
    if not want:
        return False
    return any(have[i : i + len(want)] == want for i in range(min(QUOTE_START_WINDOW, len(have))))


def name_key(name: str | None) -> list[str]:
    """Name tokens compared for speakers: hyphens and order ignored ("Lee Jae-myung" = "Lee Jae Myung")."""
    return [t for t in tokens((name or "").replace("-", "")) if t not in {"the", "s"}]


def same_speaker(
    predicted: str | None,
    predicted_kb: str | None,
    gold: str,
    unnamed: bool = False,
    resolve: Any = None,
) -> bool:
    """Does a predicted speaker name the gold speaker? kb ids decide when both resolve; else names.

    Names match when one's tokens contain the other's (so "Kishida" ⊂ "Fumio Kishida", but "Lee Hyuk" and
    "Lee Jae Myung" differ). An unnamed gold speaker ("one survivor") matches a prediction sharing its head noun.
    """
    if not predicted:
        return False
    if resolve is not None and predicted_kb:
        gold_kb = resolve(gold)
        if gold_kb:
            return gold_kb == predicted_kb
    pred_tokens, gold_tokens = set(name_key(predicted)), set(name_key(gold))
    if unnamed:
        content = gold_tokens - _UNNAMED_STOP
        return bool(content & pred_tokens)
    if not pred_tokens or not gold_tokens:
        return False
    return pred_tokens <= gold_tokens or gold_tokens <= pred_tokens


def align_quotes(predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs whose text starts agree, greedily in text order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g_index, quote in enumerate(gold):
        for p_index, candidate in enumerate(predicted):
            if p_index not in used and starts_match(candidate["text"], quote["starts"]):
                pairs.append((p_index, g_index))
                used.add(p_index)
                break
    return pairs
