"""Quotes: detection and speaker attribution on the sample corpus gold (data/sample/gold/reading-*.jsonl).

Every English stored sample article (and each related article split off one) is read by dyadwatch's
reading stage; predicted quotes are aligned one-to-one with gold quotes by their first words. Reported:

- detection P/R/F1 per kind (a predicted quote of either kind that opens with the gold words; kind must
  match for the per-kind rows),
- attribution P/R/F1: a true positive is a detected quote of the right kind whose speaker is the gold
  speaker (kb ids when both resolve, else names: "Kishida" matches "Fumio Kishida", "Lee Hyuk" does not
  match "Lee Jae Myung"),
- attribution recall by how the gold sentence names its speaker (named, surname, title, pronoun, previous…),
- and, with --errors, every miss and wrong speaker.

No properly licensed public quote-attribution set exists, so this is the only quote benchmark; the rules
were developed on this sample, so these are training-set numbers.

Run from the repository root: python benchmarks/quotes.py [--errors] [--json out.json]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from typing import Any

from benchlib import sample_reading_articles, write_json
from dyadwatch.kb.actors import actor_kb, alias_key
from dyadwatch.model import quote_json
from dyadwatch.nlp.reader import read_articles

from scoring import align_quotes, command_line, load_reading_gold, md_table, prf, same_speaker

KINDS = ("direct", "indirect")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list every missed, spurious and misattributed quote")
    parser.add_argument("--json", metavar="OUT", help="also write predictions and alignments to this JSON file")
    return parser.parse_args(argv)


def kb_resolver() -> Any:
    """Gold speaker name → 'person/…' or 'org/…' when the knowledge base knows the name exactly."""
    kb = actor_kb()

    def resolve(name: str) -> str | None:
        found = [t for t in kb.lookup(name) if t.kind in {"person", "org"}] if alias_key(name) else []
        return f"{found[0].kind}/{found[0].id}" if found else None

    return resolve


def predictions() -> tuple[dict[Any, dict[str, Any]], dict[Any, list[dict[str, Any]]], float]:
    gold = load_reading_gold()
    articles = sample_reading_articles()
    keys = [key for key in gold if key in articles]
    started = time.perf_counter()
    readings = read_articles([articles[key] for key in keys])
    seconds = time.perf_counter() - started
    predicted: dict[Any, list[dict[str, Any]]] = {}
    for key, reading in zip(keys, readings, strict=True):
        kb_of = {entity.id: entity.kb for entity in reading.entities}
        predicted[key] = [{**quote_json(q), "speaker_kb": kb_of.get(q.speaker)} for q in reading.quotes]
    missing = [key for key in gold if key not in articles]
    if missing:
        print(f"> {len(missing)} gold articles not found in the sample run: {missing[:3]}")
    return {key: gold[key] for key in keys}, predicted, seconds


def score(gold: dict[Any, dict[str, Any]], predicted: dict[Any, list[dict[str, Any]]], show_errors: bool) -> dict:
    resolve = kb_resolver()
    counts: Counter[str] = Counter()
    by_how: Counter[tuple[str, str]] = Counter()
    errors: list[str] = []
    for key, line in gold.items():
        gold_quotes, pred_quotes = line["quotes"], predicted.get(key, [])
        pairs = align_quotes(pred_quotes, gold_quotes)
        matched_gold = {g for _, g in pairs}
        matched_pred = {p for p, _ in pairs}
        for kind in KINDS:
            counts[f"gold_{kind}"] += sum(1 for q in gold_quotes if q["kind"] == kind)
            counts[f"pred_{kind}"] += sum(1 for q in pred_quotes if q["kind"] == kind)
        counts["gold"] += len(gold_quotes)
        counts["pred"] += len(pred_quotes)
        counts["detected"] += len(pairs)
        for p_index, g_index in pairs:
            pred, want = pred_quotes[p_index], gold_quotes[g_index]
            same_kind = pred["kind"] == want["kind"]
            counts[f"detected_{want['kind']}"] += same_kind
            right = same_kind and same_speaker(
                pred["speaker_name"], pred["speaker_kb"], want["speaker"], want.get("unnamed", False), resolve
            )
            counts[f"attributed_{want['kind']}"] += right
            by_how[(want.get("how", "?"), "right" if right else "wrong")] += 1
            if not right:
                errors.append(
                    f"WRONG  {key[0]}#{key[2] if key[2] is not None else ''} [{want['kind']}→{pred['kind']}] "
                    f"gold {want['speaker']!r} ({want.get('how')}) got {pred['speaker_name']!r} ({pred['how']}): "
                    f"{want['starts']}"
                )
        for g_index, want in enumerate(gold_quotes):
            if g_index not in matched_gold:
                by_how[(want.get("how", "?"), "missed")] += 1
                errors.append(
                    f"MISSED {key[0]} [{want['kind']}] {want['speaker']!r} ({want.get('how')}): {want['starts']}"
                )
        for p_index, pred in enumerate(pred_quotes):
            if p_index not in matched_pred:
                errors.append(f"EXTRA  {key[0]} [{pred['kind']}] {pred['speaker_name']!r}: {pred['text'][:70]}")
    if show_errors:
        print("\n".join(errors) + "\n")
    return {"counts": counts, "by_how": by_how}


def report(result: dict, articles: int, seconds: float) -> None:
    counts, by_how = result["counts"], result["by_how"]
    rows = []
    for kind in KINDS:
        detection = prf(counts[f"detected_{kind}"], counts[f"pred_{kind}"], counts[f"gold_{kind}"])
        attribution = prf(counts[f"attributed_{kind}"], counts[f"pred_{kind}"], counts[f"gold_{kind}"])
        rows.append([kind, counts[f"gold_{kind}"], counts[f"pred_{kind}"], *detection, *attribution])
    total_attr = counts["attributed_direct"] + counts["attributed_indirect"]
    total_det = counts["detected_direct"] + counts["detected_indirect"]
    rows.append(
        [
            "all",
            counts["gold"],
            counts["pred"],
            *prf(total_det, counts["pred"], counts["gold"]),
            *prf(total_attr, counts["pred"], counts["gold"]),
        ]
    )
    print(f"## Quotes on the sample gold ({articles} articles, read in {seconds:.1f} s)\n")
    print(
        md_table(
            ["kind", "gold", "predicted", "detect P", "detect R", "detect F1", "attrib P", "attrib R", "attrib F1"],
            rows,
        )
    )
    hows = sorted({how for how, _ in by_how})
    print("\n### Attribution by how the gold sentence names the speaker\n")
    print(
        md_table(
            ["how", "gold", "right", "wrong speaker", "missed", "recall"],
            [
                [
                    how,
                    sum(by_how[(how, o)] for o in ("right", "wrong", "missed")),
                    by_how[(how, "right")],
                    by_how[(how, "wrong")],
                    by_how[(how, "missed")],
                    by_how[(how, "right")] / max(1, sum(by_how[(how, o)] for o in ("right", "wrong", "missed"))),
                ]
                for how in hows
            ],
        )
    )


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/quotes.py', *argv])}`\n")
    gold, predicted, seconds = predictions()
    if not gold:
        print("> no reading gold in data/sample/gold (reading-*.jsonl)")
        return 0
    result = score(gold, predicted, args.errors)
    report(result, len(gold), seconds)
    write_json(args.json, {"predicted": {"|".join(map(str, k)): v for k, v in predicted.items()}})
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
