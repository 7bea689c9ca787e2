"""Main-text and metadata quality: dyadwatch's cleaner against bare trafilatura, side by side.

(a) article-extraction-benchmark (181 news pages, gold articleBody): bag-of-tokens P/R/F1 per page.
(b) the sample corpus gold (data/sample/gold): body P/R/F1 by input form against a bare baseline, then
    title/outlet/via/byline/date/language accuracy, leaked boilerplate, related-article splitting and
    stored/duplicate/rejected agreement (one shared Pipeline over all sample items, in ingest order).

Run from the repository root: python benchmarks/extraction.py [--limit N] [--json out.json]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from typing import Any

import trafilatura

from benchlib import AEB_ROOT, SampleRecord, aeb_pages, clean_html, missing, run_sample, wrap_as_html, write_json
from dyadwatch.model import Article, Document

from scoring import (
    SAMPLE_ROOT,
    command_line,
    key_text,
    load_sample_gold,
    md_table,
    mean,
    mean_prf,
    normalise,
    token_prf,
)

AEB_SYSTEMS = ("trafilatura (default)", "trafilatura (favor_precision)", "dyadwatch")
# Two pages' F1 closer than this count as a tie.
TIE = 0.001


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=None, help="score only the first N benchmark pages")
    parser.add_argument("--json", metavar="OUT", help="also write every score to this JSON file")
    return parser.parse_args(argv)


# -- (a) article-extraction-benchmark -----------------------------------------------------------------
def aeb_outputs(page: Any) -> dict[str, str]:
    cleaned = clean_html(page.html, page.id, page.url, min_words=0)
    return {
        "trafilatura (default)": trafilatura.extract(page.html) or "",
        "trafilatura (favor_precision)": trafilatura.extract(page.html, favor_precision=True) or "",
        "dyadwatch": cleaned.text if isinstance(cleaned, Article) else "",
    }


def run_aeb(limit: int | None) -> dict[str, Any]:
    pages = aeb_pages(limit)
    per_page: list[dict[str, Any]] = []
    seconds: dict[str, float] = defaultdict(float)
    for page in pages:
        started = time.perf_counter()
        outputs = aeb_outputs(page)
        seconds["all"] += time.perf_counter() - started
        scores = {name: token_prf(text, page.body) for name, text in outputs.items()}
        per_page.append(
            {
                "id": page.id,
                "url": page.url,
                "gold_tokens": len(page.body.split()),
                **{
                    name: {"p": s[0], "r": s[1], "f1": s[2], "empty": not outputs[name].strip()}
                    for name, s in scores.items()
                },
            }
        )
    return {"pages": per_page, "seconds": seconds["all"]}


def report_aeb(result: dict[str, Any]) -> None:
    pages = result["pages"]
    print(f"## (a) article-extraction-benchmark: {len(pages)} pages, bag-of-tokens vs articleBody\n")
    rows = []
    for name in AEB_SYSTEMS:
        p, r, f1 = mean_prf((page[name]["p"], page[name]["r"], page[name]["f1"]) for page in pages)
        best = sum(
            1
            for page in pages
            if all(page[name]["f1"] > page[other]["f1"] + TIE for other in AEB_SYSTEMS if other != name)
        )
        empty = sum(page[name]["empty"] for page in pages)
        rows.append([name, p, r, f1, _median([page[name]["f1"] for page in pages]), best, empty])
    ties = len(pages) - sum(row[5] for row in rows)
    print(md_table(["system", "mean P", "mean R", "mean F1", "median F1", "pages won (best of 3)", "empty"], rows))
    print(f"\n{ties} pages have no single winner (two or three systems within {TIE} F1).\n")
    rows = []
    for other in AEB_SYSTEMS[:2]:
        won = sum(page["dyadwatch"]["f1"] > page[other]["f1"] + TIE for page in pages)
        lost = sum(page["dyadwatch"]["f1"] + TIE < page[other]["f1"] for page in pages)
        rows.append([f"dyadwatch vs {other}", won, len(pages) - won - lost, lost])
    print(md_table(["head to head", "dyadwatch better", "tie", "dyadwatch worse"], rows))
    worst = sorted(pages, key=lambda page: page["dyadwatch"]["f1"] - page["trafilatura (default)"]["f1"])[:8]
    print("\nPages where dyadwatch trails bare trafilatura (default) the most:\n")
    print(
        md_table(
            ["page id", "url", "dyadwatch P/R/F1", "trafilatura P/R/F1"],
            [
                [
                    page["id"][:12],
                    page["url"][:70],
                    _triple(page["dyadwatch"]),
                    _triple(page["trafilatura (default)"]),
                ]
                for page in worst
            ],
        )
    )
    print(f"\n(all three systems: {result['seconds']:.1f} s for {len(pages)} pages)\n")


def _triple(score: dict[str, float]) -> str:
    return f"{score['p']:.2f}/{score['r']:.2f}/{score['f1']:.2f}"


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# -- (b) the sample corpus gold -----------------------------------------------------------------------
FORMS = ("html", "text", "jsonl", "feed", "warc")
BASELINES = {
    "baseline: trafilatura (HTML) / raw text (text)": "raw",
    "baseline: trafilatura (HTML) / trafilatura on <pre> (text)": "pre",
    "baseline: trafilatura (HTML) / trafilatura on <p> lines (text)": "p",
}
META_FIELDS = ("title", "outlet", "via", "byline", "author_role", "published", "lang")


def baseline_text(item: Any, how: str) -> str:
    """What a bare tool gives for this record: trafilatura for HTML, the chosen fallback for plain text."""
    if not isinstance(item, Document):
        return ""
    if item.format == "html":
        return trafilatura.extract(item.text) or ""
    if how == "raw":
        return item.text
    return trafilatura.extract(wrap_as_html(item.text, how)) or ""


def our_value(article: Article, field: str) -> str | None:
    return article.published.value if field == "published" else getattr(article, field)


def leaks(unwanted: str, body: str) -> bool:
    """Whether a must_remove string is still in the body, as whole words ('AD' does not match 'Lead')."""
    pattern = rf"(?<!\w){re.escape(normalise(unwanted))}(?!\w)"
    return re.search(pattern, normalise(body)) is not None


def score_sample(records: list[SampleRecord], gold: dict[Any, dict[str, Any]]) -> dict[str, Any]:
    ids = {r.key: r.processed.outcome.article_id for r in records if r.processed.outcome.status == "stored"}
    rows: list[dict[str, Any]] = []
    for record in records:
        expected = gold.get(record.key)
        if expected is None:
            continue
        outcome = record.processed.outcome
        row: dict[str, Any] = {
            "key": key_text(record.key),
            "form": record.form,
            "expect": expected["expect"],
            "status": outcome.status,
            "gold_code": expected.get("reject_code"),
            "code": outcome.rejection.code if outcome.rejection else None,
        }
        if expected.get("duplicate_of"):
            original = expected["duplicate_of"]
            want = ids.get((original["file"], original.get("record")))
            row["duplicate_of_ok"] = outcome.verdict is not None and want is not None and outcome.article_id == want
        rows.append(row)
        if expected["expect"] not in ("stored", "duplicate"):
            continue
        article = outcome.article
        body = article.text if article else ""
        row["scores"] = {"dyadwatch": token_prf(body, expected["body"])}
        for name, how in BASELINES.items():
            row["scores"][name] = token_prf(baseline_text(record.item, how), expected["body"])
        row["meta"] = {
            field: {
                "ours": our_value(article, field) if article else None,
                "gold": expected.get(field),
                "ok": article is not None and normalise(our_value(article, field)) == normalise(expected.get(field)),
            }
            for field in META_FIELDS
        }
        wanted = [s for s in expected.get("must_remove") or [] if s.strip()]
        row["must_remove"] = len(wanted)
        row["leaked"] = [s for s in wanted if leaks(s, body)]
        row["related"] = {"ours": len(article.related) if article else 0, "gold": len(expected.get("related") or [])}
    return {"records": rows, "unmatched_gold": sorted(key_text(k) for k in set(gold) - {r.key for r in records})}


def report_sample(result: dict[str, Any]) -> None:
    rows = result["records"]
    scored = [row for row in rows if "scores" in row]
    print(f"## (b) sample corpus gold: {len(rows)} gold records, {len(scored)} with a gold body\n")
    if result["unmatched_gold"]:
        print(f"gold records with no matching input: {', '.join(result['unmatched_gold'])}\n")
    systems = ["dyadwatch", *BASELINES]
    table = []
    for form in (*FORMS, "all"):
        group = [row for row in scored if form in ("all", row["form"])]
        if not group:
            continue
        for system in systems:
            if form == "html" and system != systems[1] and system != "dyadwatch":
                continue  # the text fallbacks do not apply to single HTML files
            p, r, f1 = mean_prf(row["scores"][system] for row in group)
            table.append([form, len(group), system, p, r, f1])
    print("### Body text: mean bag-of-tokens P/R/F1 vs gold body\n")
    print(md_table(["input form", "n", "system", "mean P", "mean R", "mean F1"], table))
    print(
        "\nThe baselines run trafilatura on HTML records (files, feed items, WARC responses, JSONL `html`) and, "
        "for plain-text records, either take the text as is or hand trafilatura the text inside <pre> or as "
        "<p> lines; 'raw text' is the fair bare baseline (trafilatura does not read plain text).\n"
    )
    print("### Metadata (normalised exact match; None == None counts as right)\n")
    meta_rows = []
    for field in META_FIELDS:
        right = sum(row["meta"][field]["ok"] for row in scored)
        meta_rows.append([field, len(scored), right, right / len(scored) if scored else 0.0])
    print(md_table(["field", "n", "right", "accuracy"], meta_rows))
    misses = [
        [row["key"], field, row["meta"][field]["ours"], row["meta"][field]["gold"]]
        for row in scored
        for field in META_FIELDS
        if not row["meta"][field]["ok"]
    ]
    if misses:
        print("\nMismatches:\n")
        print(md_table(["record", "field", "dyadwatch", "gold"], misses))
    total = sum(row["must_remove"] for row in scored)
    leaked = [[row["key"], text] for row in scored for text in row["leaked"]]
    print(f"\n### Boilerplate: {len(leaked)} of {total} must_remove strings leak into our bodies\n")
    if leaked:
        print(md_table(["record", "leaked string"], leaked) + "\n")
    ours = sum(row["related"]["ours"] for row in scored)
    gold = sum(row["related"]["gold"] for row in scored)
    same = sum(row["related"]["ours"] == row["related"]["gold"] for row in scored)
    print("### Related articles split off\n")
    print(
        md_table(
            ["records", "related (dyadwatch)", "related (gold)", "records with the gold count"],
            [[len(scored), ours, gold, same]],
        )
    )
    off = [
        [row["key"], row["related"]["ours"], row["related"]["gold"]]
        for row in scored
        if row["related"]["ours"] != row["related"]["gold"]
    ]
    if off:
        print("\n" + md_table(["record", "dyadwatch", "gold"], off))
    print("\n### Outcome (one shared Pipeline over the whole sample, in ingest order)\n")
    status_ok = sum(row["status"] == row["expect"] for row in rows)
    rejected = [row for row in rows if row["expect"] == "rejected"]
    code_ok = sum(row["status"] == "rejected" and row["code"] == row["gold_code"] for row in rejected)
    duplicates = [row for row in rows if "duplicate_of_ok" in row]
    dup_ok = sum(row["duplicate_of_ok"] for row in duplicates)
    print(
        md_table(
            ["check", "n", "agree", "share"],
            [
                ["status (stored/duplicate/rejected)", len(rows), status_ok, status_ok / len(rows) if rows else 0.0],
                ["rejection code", len(rejected), code_ok, code_ok / len(rejected) if rejected else 0.0],
                [
                    "duplicate points at gold original",
                    len(duplicates),
                    dup_ok,
                    dup_ok / len(duplicates) if duplicates else 0.0,
                ],
            ],
        )
    )
    wrong = [
        [
            row["key"],
            f"{row['expect']} {row['gold_code'] or ''}".strip(),
            f"{row['status']} {row['code'] or ''}".strip(),
        ]
        for row in rows
        if row["status"] != row["expect"] or row["code"] != row["gold_code"]
    ]
    if wrong:
        print("\n" + md_table(["record", "gold", "dyadwatch"], wrong))
    overall = mean(row["scores"]["dyadwatch"][2] for row in scored)
    print(f"\nmean dyadwatch body F1 over all {len(scored)} records: {overall:.3f}\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/extraction.py', *argv])}`\n")
    payload: dict[str, Any] = {"command": command_line(["benchmarks/extraction.py", *argv])}
    if not missing(AEB_ROOT, "(a) article-extraction-benchmark"):
        payload["aeb"] = run_aeb(args.limit)
        report_aeb(payload["aeb"])
    gold = load_sample_gold(SAMPLE_ROOT)
    if not gold:
        print(f"> skipped (b): no gold under {SAMPLE_ROOT / 'gold'}")
    else:
        payload["sample"] = score_sample(run_sample(SAMPLE_ROOT), gold)
        report_sample(payload["sample"])
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
