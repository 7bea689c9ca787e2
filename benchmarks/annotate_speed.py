"""Reading speed: dyadwatch's reading stage against the bare spaCy model on the same texts, one core.

Texts are the English sample articles (main and related), repeated to --docs documents. Three runs are
timed, interleaved over --rounds rounds (these machines are noisy; the median round counts):

- `spaCy stock`: the model package as shipped (all components, lemmatizer included), `nlp.pipe`;
- `spaCy bare`: the model as dyadwatch loads it (lemmatizer excluded), our component disabled;
- `dyadwatch read`: `read_articles` — relevance gate, the model and the `dyadwatch_reader` component
  (actors, quotes, time expressions, events), results rebuilt as `Reading` objects.

Then, on the same texts parsed once, our stages with and without the event coder: the difference is what
events add, given as a share of the whole `dyadwatch read` time.

The ratio bare/read is the share of time that is the model's own: ≥ 0.8 means our stages add under 25 %.
Also reported: the whole `annotate` verb from raw sample files (cleaning included) for scale.

Run from the repository root: python benchmarks/annotate_speed.py [--docs 300] [--rounds 3]
"""

from __future__ import annotations

import argparse
import importlib
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from benchlib import machine_info, run_sample, sample_reading_articles
from dyadwatch.model import Article
from dyadwatch.nlp.actors import ActorReader
from dyadwatch.nlp.pipeline import DISABLED_COMPONENTS, MODEL_PACKAGES, english
from dyadwatch.nlp.quotes import QuoteReader
from dyadwatch.nlp.reader import COMPONENT, read_articles, read_doc, reading_pipeline
from dyadwatch.nlp.timex import extract_times
from dyadwatch.verbs import annotate

from scoring import SAMPLE_ROOT, command_line, md_table


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=300, help="documents per timed run (sample texts repeated)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds; the median is reported")
    return parser.parse_args(argv)


def english_articles(count: int) -> list[Article]:
    articles = [a for a in sample_reading_articles(run_sample()).values() if a.lang == "en"]
    return [articles[i % len(articles)] for i in range(count)]


def stock_model() -> Any:
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name).load()
        except ImportError:
            continue
    raise SystemExit("no English model installed")


def timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if hasattr(os, "sched_setaffinity"):  # one core, as the brief asks (and as ingest_speed.py does)
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"`{command_line(['benchmarks/annotate_speed.py', *argv])}`\n")
    print(f"Machine: {machine_info()}\n")
    articles = english_articles(args.docs)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    stock = stock_model()
    reading_pipeline()
    bare = english()
    runs: dict[str, Callable[[], object]] = {
        "spaCy stock (all components)": lambda: list(stock.pipe(texts, batch_size=16)),
        f"spaCy bare (without {', '.join(DISABLED_COMPONENTS)})": lambda: _bare(bare, texts),
        "dyadwatch read": lambda: read_articles(articles),
    }
    for run in runs.values():  # warm-up: matcher, kb and caches are built once per process
        run()
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(args.rounds):
        for name, run in runs.items():
            seconds[name].append(timed(run))
    median = {name: statistics.median(values) for name, values in seconds.items()}
    bare_name, read_name = list(runs)[1], list(runs)[2]
    rows = [[name, len(texts) / t, words / t, t] for name, t in median.items()]
    print(f"## Reading speed, {len(texts)} documents, {words:,} words, median of {args.rounds} rounds\n")
    print(md_table(["pipeline", "articles/s", "words/s", "seconds"], rows, digits=1))
    print(f"\nratio bare spaCy / dyadwatch read = **{median[bare_name] / median[read_name]:.3f}** (aim ≥ 0.8)")
    print(f"ratio stock spaCy / dyadwatch read = {median[next(iter(runs))] / median[read_name]:.3f}")
    _events_share(bare, articles, median[read_name], args.rounds)
    started = time.perf_counter()
    records = sum(1 for _ in annotate(str(SAMPLE_ROOT)))
    whole = time.perf_counter() - started
    print(f"\nWhole `annotate` over data/sample (clean + dedup + read, {records} records): {whole:.1f} s")
    return 0


def _events_share(nlp: Any, articles: list[Article], read_seconds: float, rounds: int) -> None:
    """Our stages on parsed documents with and without the event coder: what events add to `annotate`."""
    with nlp.select_pipes(disable=[COMPONENT]):
        docs = list(nlp.pipe([a.text for a in articles], batch_size=16))
    published = [a.published.value for a in articles]

    def without_events() -> None:
        for doc, day in zip(docs, published, strict=True):
            actors = ActorReader(doc, day, nlp)
            QuoteReader(doc, actors).read()
            extract_times(doc, day)
            actors.finish()

    def with_events() -> None:
        for doc, day in zip(docs, published, strict=True):
            read_doc(doc, day, nlp)

    without_events(), with_events()  # warm-up
    seconds: dict[str, list[float]] = {"without": [], "with": []}
    for _ in range(rounds):
        seconds["without"].append(timed(without_events))
        seconds["with"].append(timed(with_events))
    without, with_ = statistics.median(seconds["without"]), statistics.median(seconds["with"])
    per_article = (with_ - without) / len(docs) * 1000
    print(
        f"\nEvents: our stages take {without / len(docs) * 1000:.1f} ms per article without the event coder and "
        f"{with_ / len(docs) * 1000:.1f} ms with it; the coder's {per_article:.1f} ms is "
        f"**{(with_ - without) / read_seconds:.1%}** of the whole `dyadwatch read` time (aim: under 10 %)"
    )


def _bare(nlp: Any, texts: list[str]) -> None:
    with nlp.select_pipes(disable=[COMPONENT]):
        for _ in nlp.pipe(texts, batch_size=16):
            pass


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
