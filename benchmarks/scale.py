"""Scale: ingest throughput by workers (local processes and a Dask LocalCluster), how ingest time grows with
the corpus, memory and store size; and how fast the index and event queries answer on large stores.

(a) Ingest. A synthetic corpus is made from the English sample articles by perturbation: each synthetic
    article joins the paragraphs of two different sample articles (so that it is neither an exact nor a
    near duplicate of any other), with a title and a date of its own, as JSONL. Timed: `dyadwatch.ingest`
    with reading, into a fresh SQLite file, for --sizes documents with one worker, then the largest size with
    two local workers and with a Dask LocalCluster of two worker processes. Reported: articles/s, seconds
    per 100 documents at each size (flat = linear growth), peak memory of the driver and of its worker
    processes, and store size per article.
(a') The same without reading, at --plain-sizes documents (three-article mixes): how cleaning,
    de-duplication and storing grow with the corpus (should be linear: s per 1,000 documents flat).
(b) Queries. The sample is ingested once; its articles and events are then copied with new ids and shifted
    dates into stores of --store-sizes articles (text cut to its first 400 characters: these stores time
    queries, not reading). Timed, median of 3 runs: the monthly index, a one-way quarterly index normalised
    by events, the events behind one month, an event query with filters, and a topic trend.

Run from the repository root: python benchmarks/scale.py [--sizes 100 200 400] [--plain-sizes 2500 5000 10000]
    [--store-sizes 10000 100000] [--parts a a2 b]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import dyadwatch
from benchlib import machine_info, run_sample, sample_reading_articles
from dyadwatch.model import event_identity
from dyadwatch.store import Store
from dyadwatch.store.schema import article_topics, articles, events

from scoring import SAMPLE_ROOT, command_line, md_table


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400], help="documents per ingest run")
    parser.add_argument("--store-sizes", type=int, nargs="+", default=[10_000, 100_000], help="articles per store")
    parser.add_argument("--plain-sizes", type=int, nargs="*", default=[2500, 5000, 10_000],
                        help="documents per ingest run without reading (part a')")
    parser.add_argument("--parts", nargs="+", choices=["a", "a2", "b"], default=["a", "a2", "b"],
                        help="which parts to run: a (ingest with reading), a2 (without), b (queries)")
    return parser.parse_args(argv)


# -- (a) ingest -----------------------------------------------------------------------------------------
_SOURCES: list[Any] = []


def synthetic_corpus(count: int, path: Path, seed: int = 7, parts: int = 2) -> Path:
    if not _SOURCES:
        found = sample_reading_articles(run_sample()).values()
        _SOURCES.extend(a for a in found if a.lang == "en" and a.published.value)
    generator = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            chosen = generator.sample(_SOURCES, parts)
            first = chosen[0]
            paragraphs = [p for article in chosen for p in article.text.split("\n\n")[: 12 // parts]]
            generator.shuffle(paragraphs)
            day = date(2015, 1, 1) + timedelta(days=generator.randrange(4000))
            record = {"id": f"synthetic-{n}", "text": "\n\n".join(paragraphs), "published": day.isoformat(),
                      "title": f"{(first.title or 'Report')[:60]} ({n})", "outlet": "Synthetic Wire"}  # fmt: skip
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def peak_mib(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def ingest_runs(sizes: list[int]) -> None:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        largest = max(sizes)
        configs: list[tuple[str, int, dict[str, Any]]] = [("1 worker", n, {"workers": 1}) for n in sorted(sizes)]
        configs += [("2 workers", largest, {"workers": 2})]
        for label, count, options in configs:
            corpus = synthetic_corpus(count, base / f"corpus-{count}.jsonl")
            db = base / f"{label.replace(' ', '-')}-{count}.db"
            started = time.perf_counter()
            report = dyadwatch.ingest(corpus, db=f"sqlite:///{db}", **options)
            seconds = time.perf_counter() - started
            rows.append([label, count, report.counts["stored"], count / seconds, seconds / count * 100,
                         db.stat().st_size / max(report.counts["stored"], 1) / 1024, peak_mib(resource.RUSAGE_SELF),
                         peak_mib(resource.RUSAGE_CHILDREN)])  # fmt: skip
        rows.append(dask_run(largest, base))
    print("## (a) Ingest with reading, synthetic corpus, fresh SQLite store\n")
    print(md_table(["runner", "documents", "stored", "documents/s", "s per 100 documents", "store KiB per article",
                    "driver peak MiB", "worker peak MiB"], rows, digits=2))  # fmt: skip
    print("\n(peak memory is the process's maximum so far: the rows after the first include earlier runs; "
          "worker peak is the largest child process, or the largest Dask worker.)\n")  # fmt: skip


def dask_run(count: int, base: Path) -> list[Any]:
    from dask.distributed import Client, LocalCluster

    corpus = synthetic_corpus(count, base / f"corpus-{count}.jsonl")
    db = base / f"dask-{count}.db"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        started = time.perf_counter()
        report = dyadwatch.ingest(corpus, db=f"sqlite:///{db}", dask=cluster.scheduler_address)
        seconds = time.perf_counter() - started
        with Client(cluster) as client:
            worker_peak = max(client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024).values())
    return ["Dask LocalCluster, 2 workers", count, report.counts["stored"], count / seconds, seconds / count * 100,
            db.stat().st_size / max(report.counts["stored"], 1) / 1024, peak_mib(resource.RUSAGE_SELF), worker_peak]


def plain_ingest_runs(sizes: list[int]) -> None:
    """Clean, de-duplicate and store without reading: how that part grows with the corpus."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for count in sorted(sizes):
            corpus = synthetic_corpus(count, Path(folder) / f"plain-{count}.jsonl", seed=count, parts=3)
            db = Path(folder) / f"plain-{count}.db"
            started = time.perf_counter()
            report = dyadwatch.ingest(corpus, db=f"sqlite:///{db}", read=False)
            seconds = time.perf_counter() - started
            per_article = db.stat().st_size / max(report.counts["stored"], 1) / 1024
            rows.append([count, report.counts["stored"], report.counts["duplicate"], count / seconds,
                         seconds / count * 1000, per_article])  # fmt: skip
    print("## (a') Ingest without reading (clean, de-duplicate, store), synthetic corpus of three-article mixes\n")
    print(md_table(["documents", "stored", "duplicates", "documents/s", "s per 1,000 documents",
                    "store KiB per article"], rows, digits=2))  # fmt: skip
    print()


# -- (b) queries ------------------------------------------------------------------------------------------
def synthetic_store(source_db: str, size: int, path: Path) -> str:
    """A store of `size` articles: the sample's articles and events copied with new ids and shifted dates."""
    url = f"sqlite:///{path}"
    source, target = Store.open(source_db), Store.open(url)
    with source.engine.connect() as connection:
        article_rows = [dict(r._mapping) for r in connection.execute(articles.select())]
        event_rows = [dict(r._mapping) for r in connection.execute(events.select())]
        topic_rows = [dict(r._mapping) for r in connection.execute(article_topics.select())]
    events_of: dict[str, list[dict[str, Any]]] = {}
    for row in event_rows:
        events_of.setdefault(row["article_id"], []).append(row)
    topics_of: dict[str, list[dict[str, Any]]] = {}
    for row in topic_rows:
        topics_of.setdefault(row["article_id"], []).append(row)
    generator = random.Random(11)
    copies = -(-size // len(article_rows))
    written = 0
    with target.engine.begin() as connection:
        for copy in range(copies):
            shift = generator.randrange(-3650, 365)  # days: spread the copies over ten years
            new_articles, new_events, new_topics = [], [], []
            for row in article_rows:
                if written >= size:
                    break
                written += 1
                new_id = f"{copy:05d}{row['id'][5:]}"[:16]
                new_articles.append({**{k: v for k, v in row.items() if k != "pk"}, "id": new_id,
                                     "content_hash": f"{copy:06d}{row['content_hash'][6:]}",
                                     "story_id": f"s{copy:05d}{row['story_id'][6:]}"[:20],
                                     "published": _shift(row["published"], shift),
                                     "text": row["text"][:400]})  # fmt: skip
                for event in events_of.get(row["id"], ()):
                    when = _shift(event["date"], shift)
                    new_events.append({**{k: v for k, v in event.items() if k != "pk"}, "article_id": new_id,
                                       "date": when, "identity": event_identity(event["type"], event["source"],
                                                                                event["target"], when)})  # fmt: skip
                new_topics += [{**{k: v for k, v in t.items() if k != "pk"}, "article_id": new_id}
                               for t in topics_of.get(row["id"], ())]  # fmt: skip
            if new_articles:
                connection.execute(articles.insert(), new_articles)
            if new_events:
                connection.execute(events.insert(), new_events)
            if new_topics:
                connection.execute(article_topics.insert(), new_topics)
    target.rebuild_event_identities()
    source.close()
    target.close()
    return url


def _shift(value: str | None, days: int) -> str | None:
    if not value or len(value) < 10:
        return value  # a year or month stays as it is: it only gets coarser copies
    return (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()


def median_seconds(run: Callable[[], object], rounds: int = 3) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _queries(db: str) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("index, monthly", lambda: dyadwatch.index(grain="month", db=db)),
        ("index, KOR>JPN quarterly, per event",
         lambda: dyadwatch.index(grain="quarter", direction="KOR>JPN", normalise="events", db=db)),
        ("events behind 2019-07", lambda: dyadwatch.index_events("2019-07", db=db)),
        ("events: SANCTION by JPN since 2019",
         lambda: dyadwatch.events(type="SANCTION", source="JPN", since="2019", db=db)),
        ("topic trend: history by year", lambda: dyadwatch.topics(grain="year", topic="history", db=db)),
        ("timeline, 2019", lambda: dyadwatch.timeline(since="2019", until="2019-12", db=db)),
    ]  # fmt: skip


def query_runs(store_sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        sample_db = f"sqlite:///{Path(folder) / 'sample.db'}"
        dyadwatch.ingest(SAMPLE_ROOT, db=sample_db)
        rows = []
        for size in store_sizes:
            db = synthetic_store(sample_db, size, Path(folder) / f"store-{size}.db")
            count = dyadwatch.stats(db=db)
            queries = _queries(db)
            for name, run in queries:
                rows.append([size, count["articles"], sum(count["events_by_type"].values()), name, median_seconds(run)])
    print("## (b) Queries on synthetic stores (SQLite)\n")
    print(md_table(["store size", "articles", "event rows", "query", "seconds (median of 3)"], rows, digits=3))


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    print(f"`{command_line(['benchmarks/scale.py', *argv])}`\n")
    print(f"Machine: {machine_info()}\n")
    if "a" in args.parts:
        ingest_runs(args.sizes)
    if "a2" in args.parts and args.plain_sizes:
        plain_ingest_runs(args.plain_sizes)
    if "b" in args.parts:
        query_runs(args.store_sizes)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
