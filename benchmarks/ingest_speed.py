"""Ingest speed on one core, against bare trafilatura on the same documents, and peak memory.

Documents: the article-extraction-benchmark HTML pages (when ../shared is present) plus the sample corpus
HTML pages, repeated to --docs documents, in three runs:
  perturbed: every copy gets a unique sentence inside a main-text paragraph, so no two bodies are identical
    (copies of one page are still near-duplicates, which dedup recognises);
  unperturbed: byte-identical copies (exact duplicates after the first round);
  distinct: the unique sentence plus a copy-specific tag on every 4th word of long text runs, so every copy
    is a new article with its own story (the dedup index grows as it would over a corpus of new articles).

Timed, per document, on decoded text (decoding is not timed), interleaved in one pass so that load from
other processes weighs on all three alike:
  (a) trafilatura.extract(html) with default options;
  (b) dyadwatch Pipeline.process_item(document): clean + dedup (a fresh Pipeline per run);
  (c) (b) plus Store.write_batch into a fresh SQLite file every 100 documents: (c) = (b) time + store time.
Then peak RSS of a fresh subprocess (VmHWM on Linux, ru_maxrss elsewhere) for dyadwatch.ingest over a
temporary directory of --memory-docs generated files ("distinct" copies), and of a tenth as many.

Run from the repository root: python benchmarks/ingest_speed.py [--docs 2000] [--memory-docs 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trafilatura

from benchlib import AEB_ROOT, aeb_pages, html_document, machine_info, write_json
from dyadwatch.annotate import Pipeline
from dyadwatch.config import load_settings
from dyadwatch.model import Document
from dyadwatch.store import Store

from scoring import SAMPLE_ROOT, command_line, md_table

_PARAGRAPH = re.compile(r"<p[\s>].*?</p>", re.IGNORECASE | re.DOTALL)
_BODY_END = re.compile(r"</body>", re.IGNORECASE)
_SCRIPT_OR_STYLE = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>)", re.IGNORECASE | re.DOTALL)
_TEXT_RUN = re.compile(r">([^<]+)<")


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents per timed run (default: %(default)s)")
    parser.add_argument(
        "--memory-docs", type=int, default=10000, help="documents for the peak-memory ingest; 0 skips it"
    )
    parser.add_argument("--batch", type=int, default=100, help="records per store transaction (default: %(default)s)")
    parser.add_argument("--all-cores", action="store_true", help="do not pin the process to one CPU")
    parser.add_argument("--json", metavar="OUT", help="also write the results to this JSON file")
    parser.add_argument("--memory-child", metavar="DIR", help=argparse.SUPPRESS)  # internal: the measured process
    parser.add_argument("--db", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


# -- documents ----------------------------------------------------------------------------------------
MODES = {
    "sentence": "perturbed (unique sentence per copy)",
    "none": "unperturbed (identical copies)",
    "distinct": "distinct (every copy a new article)",
}


@dataclass(frozen=True)
class BasePage:
    name: str
    text: str  # decoded the way dyadwatch decodes it
    encoding: str  # to write copies back as bytes in the page's own encoding
    insert_at: int  # where the unique sentence goes: inside a paragraph of the main text


def base_pages() -> list[BasePage]:
    """Every page the runs are built from, decoded, with a body paragraph located for perturbation."""
    raw: list[tuple[str, bytes]] = []
    if AEB_ROOT.exists():
        raw += [(f"aeb-{page.id[:12]}", page.html) for page in aeb_pages()]
    else:
        print(f"> {AEB_ROOT} is absent: using the sample corpus HTML pages only\n")
    raw += [(path.stem, path.read_bytes()) for path in sorted((SAMPLE_ROOT / "html").glob("*.html"))]
    pages = []
    for name, data in raw:
        document = html_document(data, name)
        if isinstance(document, Document):
            text = document.text
            pages.append(BasePage(name, text, document.encoding or "utf-8", insertion_point(text)))
    return pages


def insertion_point(text: str) -> int:
    """Before the closing tag of the longest <p> whose opening words trafilatura keeps as main text (so the
    sentence lands in the body); failing that the longest <p>, else before </body>."""
    main = re.sub(r"\s+", " ", trafilatura.extract(text) or "")
    paragraphs = sorted(_PARAGRAPH.finditer(text), key=lambda m: m.end() - m.start(), reverse=True)
    for match in paragraphs:
        words = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", match.group(0))).strip()
        if len(words) >= 40 and words[:40] in main:
            return match.end() - len("</p>")
    if paragraphs:
        return paragraphs[0].end() - len("</p>")
    end = _BODY_END.search(text)
    return end.start() if end else len(text)


def unique_sentence(number: int) -> str:
    # Several unique words, so the copy differs in content hash and in a handful of shingles.
    return (
        f" Benchmark copy {number} was filed by desk q{number:06x}z under ticket k{number * 7919:x}v"
        f" for review by analyst w{number:05d}."
    )


def distinct_words(text: str, number: int) -> str:
    """Tag every 4th word of long text runs (outside scripts and styles) with a copy-specific suffix, so every
    word 5-shingle differs from other copies: the copy is a new article to dedup, not a near-duplicate.
    Short runs (menus, share bars, boilerplate lines the cleaner matches by phrase) are left alone."""
    tag = f"q{number:x}"

    def run(match: re.Match[str]) -> str:
        words = match.group(1).split(" ")
        if len(words) < 20:
            return match.group(0)
        return ">" + " ".join(w + tag if i % 4 == 3 and w[-1:].isalpha() else w for i, w in enumerate(words)) + "<"

    parts = _SCRIPT_OR_STYLE.split(text)
    return "".join(part if i % 2 else _TEXT_RUN.sub(run, part) for i, part in enumerate(parts))


def make_copies(pages: list[BasePage], count: int, mode: str) -> list[tuple[str, bytes]]:
    """`count` documents cycling through `pages` as bytes in each page's encoding, perturbed per `mode`."""
    copies = []
    for number in range(count):
        page = pages[number % len(pages)]
        text = page.text
        if mode in ("sentence", "distinct"):
            text = text[: page.insert_at] + unique_sentence(number) + text[page.insert_at :]
        if mode == "distinct":
            text = distinct_words(text, number)
        copies.append((f"{number:06d}-{page.name}", text.encode(page.encoding, errors="xmlcharrefreplace")))
    return copies


def decoded(copies: list[tuple[str, bytes]]) -> list[Document]:
    documents = []
    for name, data in copies:
        document = html_document(data, name)
        if isinstance(document, Document):
            documents.append(document)
    return documents


# -- timed runs ---------------------------------------------------------------------------------------
def time_run(documents: list[Document], batch_size: int, db_path: Path) -> dict[str, Any]:
    """(a), (b) and (c) interleaved per document, so background load shifts all three alike."""
    pipeline = Pipeline.from_settings(load_settings())
    store = Store.open(f"sqlite:///{db_path}")
    bare: list[float] = []
    ours: list[float] = []
    store_seconds = 0.0
    statuses: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    batch = []
    try:
        for number, document in enumerate(documents, start=1):
            started = time.perf_counter()
            trafilatura.extract(document.text)
            middle = time.perf_counter()
            processed = pipeline.process_item(document)
            ours.append(time.perf_counter() - middle)
            bare.append(middle - started)
            statuses[processed.outcome.status] += 1
            if processed.outcome.verdict is not None:
                verdicts[processed.outcome.verdict.kind] += 1
            batch.append(processed)
            if len(batch) >= batch_size or number == len(documents):
                started = time.perf_counter()
                store.write_batch(None, batch)
                store_seconds += time.perf_counter() - started
                batch = []
    finally:
        store.close()
    pipeline_summary = _summary(ours)
    pipeline_summary.update(
        store_seconds=store_seconds,
        statuses=dict(statuses),
        verdicts=dict(verdicts),
        db_bytes=db_path.stat().st_size,
    )
    return {"trafilatura": _summary(bare), "pipeline": pipeline_summary}


def _summary(latencies: list[float]) -> dict[str, Any]:
    ordered = sorted(latencies)
    return {
        "docs": len(latencies),
        "seconds": sum(latencies),
        "p50_ms": 1000 * statistics.median(ordered) if ordered else 0.0,
        "p95_ms": 1000 * ordered[int(0.95 * (len(ordered) - 1))] if ordered else 0.0,
    }


def run_speed(pages: list[BasePage], docs: int, batch: int, workdir: Path) -> list[dict[str, Any]]:
    runs = []
    for mode, label in MODES.items():
        documents = decoded(make_copies(pages, docs, mode))
        print(f"- {label}: timing {len(documents)} documents …", file=sys.stderr, flush=True)
        runs.append({"label": label, **time_run(documents, batch, workdir / f"speed-{mode}.db")})
    return runs


def report_speed(runs: list[dict[str, Any]]) -> None:
    rows = []
    for run in runs:
        a, b = run["trafilatura"], run["pipeline"]
        c_seconds = b["seconds"] + b["store_seconds"]
        a_rate, b_rate, c_rate = a["docs"] / a["seconds"], b["docs"] / b["seconds"], b["docs"] / c_seconds
        rows.append([run["label"], "(a) trafilatura.extract", a_rate, a["p50_ms"], a["p95_ms"], 1.0, ""])
        rows.append(
            [run["label"], "(b) Pipeline.process_item", b_rate, b["p50_ms"], b["p95_ms"], b_rate / a_rate, _mix(b)]
        )
        rows.append([run["label"], "(c) (b) + Store.write_batch", c_rate, None, None, c_rate / a_rate, ""])
    print("## Throughput on one core\n")
    print(md_table(["documents", "step", "docs/s", "p50 ms", "p95 ms", "speed vs (a)", "outcomes"], rows, digits=2))
    for run in runs:
        b = run["pipeline"]
        print(
            f"\n{run['label']}: store writes {b['store_seconds']:.2f} s in total "
            f"({1000 * b['store_seconds'] / b['docs']:.2f} ms/doc), SQLite file {b['db_bytes'] / 1e6:.1f} MB"
        )
    print(
        "\n'speed vs (a)' is docs/s divided by trafilatura's docs/s: (b)/(a) and (c)/(a) as throughput ratios "
        "(below 1 = slower than bare trafilatura).\n"
    )


def _mix(run: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(run["verdicts"].items())) + (
        f", rejected {run['statuses']['rejected']}" if run["statuses"].get("rejected") else ""
    )


# -- peak memory --------------------------------------------------------------------------------------
def memory_child(directory: str, db: str) -> int:
    """Runs in a fresh interpreter: ingest `directory` and print peak RSS as JSON on the last line."""
    import dyadwatch

    before = _peak_rss_bytes()
    report = dyadwatch.ingest(directory, db=db)
    counts = report.as_dict()
    counts.pop("rejections", None)
    print(json.dumps({"rss_after_import": before, "peak_rss": _peak_rss_bytes(), "report": counts}))
    return 0


def _peak_rss_bytes() -> int:
    """This process's peak resident set size.

    Linux: VmHWM from /proc/self/status, because ru_maxrss of a forked-and-exec'd child starts from the
    parent's high-water mark. Elsewhere: ru_maxrss (bytes on macOS, kilobytes on other systems).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value if sys.platform == "darwin" else value * 1024


def run_memory(pages: list[BasePage], sizes: list[int], workdir: Path) -> list[dict[str, Any]]:
    results = []
    for size in sizes:
        directory = workdir / f"memory-{size}"
        directory.mkdir()
        for name, data in make_copies(pages, size, "distinct"):
            (directory / f"{name}.html").write_bytes(data)
        db = f"sqlite:///{workdir / f'memory-{size}.db'}"
        print(f"- ingesting {size} generated files in a fresh process …", file=sys.stderr, flush=True)
        command = [sys.executable, str(Path(__file__).resolve()), "--memory-child", str(directory), "--db", db]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)  # inherits the CPU pin
        seconds = time.perf_counter() - started
        if done.returncode != 0:
            print(f"memory run for {size} documents failed:\n{done.stderr[-2000:]}")
            continue
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result.update(docs=size, wall_seconds=seconds)
        results.append(result)
        for path in directory.iterdir():
            path.unlink()
        directory.rmdir()
    return results


def report_memory(results: list[dict[str, Any]]) -> None:
    if not results:
        return
    print("## Peak memory of dyadwatch.ingest (fresh process; peak RSS = VmHWM, or ru_maxrss off Linux)\n")
    rows = []
    for result in results:
        report = result["report"]
        rows.append(
            [
                result["docs"],
                result["rss_after_import"] / 2**20,
                result["peak_rss"] / 2**20,
                (result["peak_rss"] - result["rss_after_import"]) / 2**20,
                f"stored {report['stored']}, duplicate {report['duplicate']}, rejected {report['rejected']}",
                report["seconds"],
                result["docs"] / report["seconds"] if report["seconds"] else 0.0,
            ]
        )
    print(
        md_table(
            [
                "documents",
                "RSS after import (MiB)",
                "peak RSS (MiB)",
                "growth (MiB)",
                "outcomes",
                "ingest seconds",
                "docs/s",
            ],
            rows,
            digits=1,
        )
    )
    print()


# -- main ---------------------------------------------------------------------------------------------
def _pin() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if args.memory_child:
        return memory_child(args.memory_child, args.db)
    pin = not args.all_cores and hasattr(os, "sched_setaffinity")
    if pin:
        _pin()
    command = command_line(["benchmarks/ingest_speed.py", *argv])
    print(f"`{command}`\n")
    print(f"machine: {machine_info()}; {'pinned to one CPU' if pin else 'not pinned'}")
    pages = base_pages()
    sizes = sorted({args.memory_docs // 10, args.memory_docs} - {0}) if args.memory_docs >= 1000 else []
    sizes = sizes or ([args.memory_docs] if args.memory_docs > 0 else [])
    total_bytes = sum(len(page.text) for page in pages)
    print(
        f"documents: {len(pages)} distinct HTML pages (mean {total_bytes / len(pages) / 1024:.0f} K characters), "
        f"repeated to {args.docs}; batch {args.batch}; memory run over {', '.join(map(str, sizes)) or 'none'}\n"
    )
    payload: dict[str, Any] = {"command": command, "machine": machine_info(), "pages": len(pages)}
    with tempfile.TemporaryDirectory(prefix="dyadwatch-bench-") as tmp:
        payload["speed"] = run_speed(pages, args.docs, args.batch, Path(tmp))
        report_speed(payload["speed"])
        payload["memory"] = run_memory(pages, sizes, Path(tmp))
        report_memory(payload["memory"])
    write_json(args.json, payload)
    return 0


if __name__ == "__main__":
    sys.exit(main())
