"""I/O helpers shared by the benchmark scripts: reading the shared benchmark sets and the sample corpus,
running dyadwatch the way ingest does, and writing results. Pure scoring lives in scoring.py."""

from __future__ import annotations

import gzip
import html
import inspect
import json
import math
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dyadwatch.annotate import Pipeline
from dyadwatch.clean import CleanOptions, clean_document
from dyadwatch.config import Settings, load_settings
from dyadwatch.dedup import Deduplicator
from dyadwatch.errors import InputError
from dyadwatch.model import Article, Document, Hints, ProcessedRecord, Provenance, Rejection
from dyadwatch.sources import plan_targets, read_target
from dyadwatch.sources.encoding import decode

from scoring import SAMPLE_ROOT, SHARED_BENCHMARKS, GoldKey, gold_key

AEB_ROOT = SHARED_BENCHMARKS / "article-extraction-benchmark"
HTMLDATE_ROOT = SHARED_BENCHMARKS / "htmldate-mediacloud-2020"
UCI_CSV = SHARED_BENCHMARKS / "uci-news-aggregator-sample" / "news_headlines_stories.csv"
# What data/sample/.dyadwatchignore excludes, for checkouts where that file is missing.
SAMPLE_EXCLUDE = ["gold", "tools", "*.md", "*.py"]


def missing(path: Path, what: str) -> bool:
    """True (after saying so) when a shared benchmark set is absent; callers then skip that part."""
    if path.exists():
        return False
    print(f"> skipped {what}: {path} is absent (shared benchmark data not available)\n")
    return True


# -- the shared benchmark sets ------------------------------------------------------------------------
@dataclass(frozen=True)
class AebPage:
    id: str
    html: bytes
    body: str
    url: str


def aeb_pages(limit: int | None = None) -> list[AebPage]:
    """The article-extraction-benchmark pages in ground-truth order (raw bytes; encodings vary)."""
    gold = json.loads((AEB_ROOT / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, record in list(gold.items())[:limit]:
        data = gzip.decompress((AEB_ROOT / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append(AebPage(page_id, data, record["articleBody"], record["url"]))
    return pages


@dataclass(frozen=True)
class DatedPage:
    url: str
    file: str
    html: bytes
    date: str | None  # None: the page has no determinable date


def htmldate_pages(limit: int | None = None) -> list[DatedPage]:
    """The htmldate MediaCloud 2020 evaluation pages; a NaN gold date becomes None."""
    gold = json.loads((HTMLDATE_ROOT / "eval_mediacloud_2020.json").read_text(encoding="utf-8"))
    pages = []
    for url, record in list(gold.items())[:limit]:
        value = record.get("date")
        date = None if value is None or (isinstance(value, float) and math.isnan(value)) else str(value)[:10]
        data = gzip.decompress((HTMLDATE_ROOT / "html" / f"{record['file']}.gz").read_bytes())
        pages.append(DatedPage(url, record["file"], data, date))
    return pages


# -- dyadwatch as a library ---------------------------------------------------------------------------
def html_document(data: bytes, source: str, url: str | None = None) -> Document | Rejection:
    """Raw HTML bytes → Document (decoded the way sources do), or a binary-data Rejection."""
    provenance = Provenance(source=source, kind="file", sha256="-")
    try:
        text, encoding = decode(data)
    except InputError as exc:
        return Rejection(exc.code, exc.message, provenance)
    return Document(text=text, format="html", provenance=provenance, hints=Hints(url=url), encoding=encoding)


def clean_html(data: bytes, source: str, url: str | None = None, min_words: int = 0) -> Article | Rejection:
    """Decode and clean one HTML page with nothing rejected for length (min_words=0 by default)."""
    document = html_document(data, source, url)
    if isinstance(document, Rejection):
        return document
    return clean_document(document, CleanOptions(min_words=min_words))


def wrap_as_html(text: str, how: str = "pre") -> str:
    """Plain text inside a minimal HTML page, for giving HTML-only tools a chance on text reposts."""
    if how == "pre":
        return f"<html><body><pre>{html.escape(text)}</pre></body></html>"
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body><article>{paragraphs}</article></body></html>"


SHIPPED = object()  # "use the setting as shipped"


def shipped_same_day_threshold(settings: Settings) -> float | None:
    """The same-day story threshold of these settings, or None where this dyadwatch has no such setting."""
    return getattr(settings, "same_day_story_threshold", None)


def make_deduplicator(
    settings: Settings, story_threshold: float | None = None, same_day: float | object | None = SHIPPED
) -> Deduplicator:
    """A Deduplicator as Pipeline.from_settings builds it, optionally with another story threshold and another
    same-day threshold (None: no same-day relaxation); works with dyadwatch versions without the same-day one."""
    threshold = settings.story_threshold if story_threshold is None else story_threshold
    arguments: list[Any] = [settings.near_duplicate_threshold, threshold, settings.story_window_days]
    if "same_day_story_threshold" in inspect.signature(Deduplicator).parameters:
        arguments.append(shipped_same_day_threshold(settings) if same_day is SHIPPED else same_day)
    return Deduplicator(*arguments)


# -- the sample corpus --------------------------------------------------------------------------------
@dataclass(frozen=True)
class SampleRecord:
    key: GoldKey
    form: str  # html | text | jsonl | feed | warc
    item: Document | Rejection
    processed: ProcessedRecord


def sample_targets(root: Path = SAMPLE_ROOT) -> list[Any]:
    """The units of work ingest would plan for the sample corpus (gold and tools excluded)."""
    exclude = [] if (root / ".dyadwatchignore").is_file() else SAMPLE_EXCLUDE
    return plan_targets([str(root)], exclude=exclude)


def input_form(item: Document | Rejection) -> str:
    """html | text for single files (by document format or file name), else the container kind."""
    kind = item.provenance.kind
    if kind != "file":
        return kind
    if isinstance(item, Document):
        return item.format
    return "html" if item.provenance.source.lower().endswith((".html", ".htm")) else "text"


def run_sample(
    root: Path = SAMPLE_ROOT, settings: Settings | None = None, pipeline: Pipeline | None = None
) -> list[SampleRecord]:
    """Every sample item through one shared Pipeline, in ingest order (no fetcher: feeds use their own text)."""
    settings = settings or load_settings()
    pipeline = pipeline or Pipeline.from_settings(settings)
    records = []
    for target in sample_targets(root):
        for item in read_target(target, settings):
            if isinstance(item, Document | Rejection):
                records.append(SampleRecord(gold_key(item, root), input_form(item), item, pipeline.process_item(item)))
    return records


ReadingKey = tuple[str, str | None, int | None]


def sample_reading_articles(records: list[SampleRecord] | None = None) -> dict[ReadingKey, Article]:
    """Every stored sample article by reading-gold key: (file, record, None) and (file, record, i) for the
    i-th related article split off it."""
    articles: dict[ReadingKey, Article] = {}
    for record in records if records is not None else run_sample():
        article = record.processed.outcome.article
        if article is None or record.processed.outcome.status != "stored":
            continue
        articles[(*record.key, None)] = article
        for position, related in enumerate(article.related):
            articles[(*record.key, position)] = related
    return articles


# -- output -------------------------------------------------------------------------------------------
def machine_info() -> str:
    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    return (
        f"python {platform.python_version()} ({platform.python_implementation()}), {platform.system()} "
        f"{platform.machine()}, {cpus} CPUs ({usable} usable), processor: {_cpu_model()}"
    )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def write_json(path: str | None, payload: dict[str, Any]) -> None:
    if not path:
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(payload, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    print(f"\nwrote {target}", file=sys.stderr)
