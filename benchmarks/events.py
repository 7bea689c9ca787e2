"""Events: PLOVER coding against the sample gold and the PLOVER gold standard records.

(a) Sample gold (data/sample/gold/events-*.jsonl, written by reading each article; the rules were written
    against it, so these are training-set figures): an event matches when source country, target country,
    type and date agree, the date at the coarser grain of the two ("2019" matches "2019-07-04"). Reported:
    directed and undirected (either direction) precision/recall/F1, mode and historical-flag accuracy on
    directed matches, and a confusion table of types (gold type → predicted type, same dyad and date).
(b) events-extra.jsonl: short written test sentences covering every type and mode (same scoring).
(c) ../shared/benchmarks/plover-gsr (322 sentences from the CAMEO manual, any countries, no dates):
    (source country, type, target country) precision/recall/F1, and type accuracy (any predicted event
    of the gold type). Skipped cleanly when the shared set is absent.

Run from the repository root: python benchmarks/events.py [--errors] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from benchlib import missing, sample_reading_articles
from dyadwatch.model import Article, Provenance, PublishedDate, event_json
from dyadwatch.nlp.reader import COMPONENT, read_articles, read_doc, reading_pipeline

from scoring import SAMPLE_ROOT, SHARED_BENCHMARKS, command_line, md_table, prf

GSR = SHARED_BENCHMARKS / "plover-gsr" / "derived_events.jsonl"
EventKey = tuple[str, str, str, str]


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list missed and spurious events")
    parser.add_argument("--limit", type=int, default=None, help="only the first N PLOVER records")
    return parser.parse_args(argv)


def country(code: str | None) -> str:
    return (code or "").split("-")[0].upper().replace("JAP", "JPN")


def same_date(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    size = min(len(a), len(b))
    return a[:size] == b[:size]


def align(predicted: Sequence[dict[str, Any]], gold: Sequence[dict[str, Any]], directed: bool) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) pairs agreeing on dyad, type and date, greedily in gold order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g, want in enumerate(gold):
        dyad = (country(want["source"]), country(want["target"]))
        for p, got in enumerate(predicted):
            if p in used or got["type"] != want["type"] or not same_date(got["date"], want["date"]):
                continue
            have = (country(got["source"]), country(got["target"]))
            if have == dyad or (not directed and have == dyad[::-1]):
                pairs.append((p, g))
                used.add(p)
                break
    return pairs


def score(items: Iterable[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]], show: bool) -> dict[str, Any]:
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    for name, gold, predicted in items:
        counts["gold"] += len(gold)
        counts["pred"] += len(predicted)
        directed = align(predicted, gold, directed=True)
        counts["directed"] += len(directed)
        counts["undirected"] += len(align(predicted, gold, directed=False))
        for p, g in directed:
            counts["mode_right"] += predicted[p]["mode"] == gold[g].get("mode", "occurred")
            counts["historical_right"] += bool(predicted[p]["historical"]) == bool(gold[g].get("historical"))
        matched_gold = {g for _, g in directed}
        matched_pred = {p for p, _ in directed}
        for g, want in enumerate(gold):
            if g in matched_gold:
                confusion[(want["type"], want["type"])] += 1
                continue
            dyad = (country(want["source"]), country(want["target"]))
            rival = next(
                (got for p, got in enumerate(predicted) if p not in matched_pred
                 and (country(got["source"]), country(got["target"])) == dyad and same_date(got["date"], want["date"])),
                None,
            )  # fmt: skip
            confusion[(want["type"], rival["type"] if rival else "(missed)")] += 1
            if show:
                print(f"MISSED {name}: {want['source']} {want['type']} {want['target']} {want['date']} | "
                      f"{want.get('evidence', '')}")  # fmt: skip
        if show:
            for p, got in enumerate(predicted):
                if p not in matched_pred:
                    print(f"EXTRA  {name}: {got['source']} {got['type']} {got['target']} {got['date']} | "
                          f"{got['trigger']}")  # fmt: skip
    return {"counts": counts, "confusion": confusion}


def report(title: str, result: dict[str, Any]) -> None:
    c = result["counts"]
    directed = prf(c["directed"], c["pred"], c["gold"])
    undirected = prf(c["undirected"], c["pred"], c["gold"])
    print(f"## {title}\n")
    print(md_table(
        ["gold", "predicted", "directed P", "directed R", "directed F1", "undirected F1", "mode accuracy",
         "historical accuracy"],
        [[c["gold"], c["pred"], *directed, undirected[2], c["mode_right"] / max(c["directed"], 1),
          c["historical_right"] / max(c["directed"], 1)]],
    ))  # fmt: skip
    print()


def confusion_table(confusion: Counter[tuple[str, str]]) -> str:
    rows = sorted(confusion.items(), key=lambda item: (-item[1], item[0]))
    return md_table(["gold type", "predicted", "count"], [[g, p, n] for (g, p), n in rows])


def gold_lines() -> list[dict[str, Any]]:
    """The sample's events gold, one record per article (data/sample/gold/events-{a,b,c}.jsonl)."""
    return [
        json.loads(line)
        for path in sorted((SAMPLE_ROOT / "gold").glob("events-[a-c].jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def sample_items() -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    records = gold_lines()
    articles = sample_reading_articles()
    keys = [(g["file"], g.get("record"), g.get("related")) for g in records]
    found = [(g, articles.get(k)) for g, k in zip(records, keys, strict=True)]
    readings = read_articles([a for _, a in found if a is not None])
    items, position = [], 0
    for gold, article in found:
        if article is None:
            items.append((gold["file"], gold["events"], []))
            continue
        items.append((f"{gold['file']}#{gold.get('related') or ''}", gold["events"], _json(readings[position])))
        position += 1
    return items


def extra_items() -> list[tuple[str, list[dict[str, Any]], list[dict[str, Any]]]]:
    path = SAMPLE_ROOT / "gold" / "events-extra.jsonl"
    if not path.is_file():
        return []
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    provenance = Provenance("events-extra", "file", "0" * 64)
    articles = [
        Article(text=g["text"], title=None, provenance=provenance, published=PublishedDate(g["published"], "day"),
                lang="en")
        for g in lines
    ]  # fmt: skip
    readings = read_articles(articles)
    return [(g["id"], g["events"], _json(r)) for g, r in zip(lines, readings, strict=True)]


def _json(reading: Any) -> list[dict[str, Any]]:
    return [event_json(e) for e in reading.events]


def gsr(limit: int | None, show: bool) -> None:
    if missing(GSR, "(c) plover-gsr"):
        return
    records = [json.loads(line) for line in GSR.read_text(encoding="utf-8").splitlines() if line.strip()][:limit]
    nlp = reading_pipeline()
    with nlp.select_pipes(disable=[COMPONENT]):
        docs = list(nlp.pipe([r["text"] for r in records], batch_size=32))
    counts: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    started = time.perf_counter()
    for record, doc in zip(records, docs, strict=True):
        events = read_doc(doc, None, nlp, any_dyad=True).events
        gold_type = record["event_current_plover"]
        gold = {
            (country(s["code"]), gold_type, country(t["code"]))
            for s in record["source"]
            for t in (record["target"] or [{"code": ""}])
        }
        predicted = {(country(e.source), e.type, country(e.target)) for e in events}
        counts["gold"] += len(gold)
        counts["pred"] += len(predicted)
        counts["tp"] += len(gold & predicted)
        counts["records"] += 1
        counts["type_right"] += any(e.type == gold_type for e in events)
        counts["any_event"] += bool(events)
        confusion[(gold_type, events[0].type if events else "(none)")] += 1
        if show and not gold & predicted:
            print(f"GSR {record['id']}: gold {sorted(gold)} got {sorted(predicted)} | {record['text'][:90]}")
    seconds = time.perf_counter() - started
    p, r, f = prf(counts["tp"], counts["pred"], counts["gold"])
    print(f"## (c) plover-gsr: {counts['records']} sentences, coded in {seconds:.1f} s\n")
    print(md_table(
        ["gold triples", "predicted", "P", "R", "F1", "type accuracy", "sentences with any event"],
        [[counts["gold"], counts["pred"], p, r, f, counts["type_right"] / counts["records"],
          counts["any_event"] / counts["records"]]],
    ))  # fmt: skip
    print("\n### first predicted type per sentence (gold → predicted)\n")
    print(confusion_table(confusion) + "\n")


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/events.py', *argv])}`\n")
    items = sample_items()
    if items:
        result = score(items, args.errors)
        report(f"(a) sample gold: {len(items)} articles", result)
        print("### types (gold → predicted, same dyad and date)\n")
        print(confusion_table(result["confusion"]) + "\n")
    else:
        print("> skipped (a): no events-*.jsonl in data/sample/gold\n")
    extra = extra_items()
    if extra:
        report(f"(b) written test sentences: {len(extra)}", score(extra, args.errors))
    gsr(args.limit, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
