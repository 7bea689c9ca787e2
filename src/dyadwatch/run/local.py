"""Ingest: sources → clean/dedup → read (one nlp.pipe pass per batch, here or on a Dask cluster) → store.

Resume needs no checkpoint file: every record is keyed by (ref, sha256) in the store, so a rerun of
the same command skips what was written and finishes the rest; URLs already stored are not refetched.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from ..annotate import Pipeline
from ..config import Settings
from ..model import ProcessedRecord
from ..sources import AlreadyDone, Fetcher, Payload, plan_targets, read_target
from ..store import Store
from .readers import BatchReader, DaskReader, LocalReader


@dataclass
class IngestReport:
    """What one ingest run did; `inputs` = stored + duplicate + rejected + unchanged."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    rejections: list[dict[str, Any]] = field(default_factory=list)
    related_articles: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def inputs(self) -> int:
        return sum(self.counts[k] for k in ("stored", "duplicate", "rejected", "unchanged"))

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "inputs": self.inputs,
            **{k: self.counts[k] for k in ("stored", "duplicate", "rejected", "unchanged")},
            "related_articles": self.related_articles,
            "seconds": round(self.seconds, 2),
            "interrupted": self.interrupted,
            "rejections": self.rejections,
        }


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[records]} records · {task.fields[rate]:.1f}/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        disable=not enabled,
        transient=False,
    )


def run_ingest(
    targets: list[str | Payload],
    store: Store,
    settings: Settings,
    *,
    source_name: str | None = None,
    exclude: list[str] | None = None,
    show_progress: bool = False,
) -> IngestReport:
    plan = plan_targets(targets, exclude or [])
    seen, done_refs = store.known_records()
    pipeline = Pipeline.from_settings(settings)
    pipeline.dedup.load(store.dedup_entries())
    reader: BatchReader = (
        DaskReader(pipeline, settings.dask, workers=settings.workers) if settings.dask else LocalReader(pipeline)
    )
    report = IngestReport(run_id=store.start_run([t if isinstance(t, str) else f"payload:{t.name}" for t in targets]))
    batch: list[ProcessedRecord] = []
    started = time.perf_counter()

    def write(*, wait: bool = False) -> None:
        for done in reader.finished(wait=wait):
            store.write_batch(report.run_id, done)

    try:
        with Fetcher(settings) as fetcher, _progress(show_progress) as progress:
            task = progress.add_task("ingest", total=len(plan), records=0, rate=0.0)
            for target in plan:
                for item in read_target(
                    target, settings, fetcher=fetcher, source_name=source_name, is_done=done_refs.__contains__
                ):
                    if isinstance(item, AlreadyDone) or (item.provenance.ref, item.provenance.sha256) in seen:
                        report.counts["unchanged"] += 1
                        continue
                    seen.add((item.provenance.ref, item.provenance.sha256))
                    batch.append(_record(pipeline.process_item(item), report))
                    if len(batch) >= settings.batch_size:
                        reader.submit(batch)
                        batch = []
                        write()
                        _show(progress, task, report, started, advance=0)  # big JSONL/WARC files: show records
                _show(progress, task, report, started, advance=1)
    except KeyboardInterrupt:
        report.interrupted = True
        raise
    finally:
        try:
            reader.submit(batch)
            write(wait=True)  # what was read is stored, so that a rerun only has the rest to do
        finally:
            reader.close()
        report.seconds = time.perf_counter() - started
        store.finish_run(report.run_id, report.as_dict(), "interrupted" if report.interrupted else "finished")
    return report


def _show(progress: Progress, task: TaskID, report: IngestReport, started: float, advance: int) -> None:
    elapsed = time.perf_counter() - started
    progress.update(task, advance=advance, records=report.inputs, rate=report.inputs / max(elapsed, 1e-9))


def _record(processed: ProcessedRecord, report: IngestReport) -> ProcessedRecord:
    outcome = processed.outcome
    report.counts[outcome.status] += 1
    report.related_articles += sum(1 for new in processed.new_articles if new.origin == "related")
    if outcome.rejection is not None:
        rejection = outcome.rejection
        report.rejections.append(
            {"ref": outcome.ref, "code": rejection.code, "message": rejection.message, "hint": rejection.hint}
        )
    return processed
