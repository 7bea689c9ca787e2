"""Where the reading stage runs during an ingest: in this process (with `--workers N` spaCy processes), or
on a Dask cluster. Either way the driver cleans, de-duplicates and writes; only reading moves.

A reader takes batches in order and gives them back read, in the same order, as they finish, so the
driver can keep writing while the cluster reads: `submit(batch)`, then `finished()` for the batches done
so far, and `finished(wait=True)` at the end for the rest.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from typing import Any, Protocol

from ..annotate import Pipeline, unread
from ..errors import InputError
from ..model import Article, ProcessedRecord, Reading


class BatchReader(Protocol):
    def submit(self, records: list[ProcessedRecord]) -> None: ...

    def finished(self, *, wait: bool = False) -> Iterator[list[ProcessedRecord]]: ...

    def close(self) -> None: ...


class LocalReader:
    """Reads each batch as it is submitted, here (nlp.pipe with the pipeline's worker processes)."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        self.done: deque[list[ProcessedRecord]] = deque()

    def submit(self, records: list[ProcessedRecord]) -> None:
        if records:
            self.done.append(self.pipeline.read(records))

    def finished(self, *, wait: bool = False) -> Iterator[list[ProcessedRecord]]:
        while self.done:
            yield self.done.popleft()

    def close(self) -> None:
        self.done.clear()


def read_on_worker(articles: list[Article]) -> list[Reading]:
    """Runs on a Dask worker: the spaCy pipeline loads once per worker process (reading_pipeline is cached)."""
    from ..nlp.reader import read_articles

    return read_articles(articles)


class DaskReader:
    """Sends each batch's articles to a Dask cluster and hands batches back in order as they are read.

    `address` is a scheduler ("tcp://10.0.0.5:8786") or "local" for a LocalCluster of `workers` processes
    on this machine. At most two batches per worker are in flight, so memory stays bounded however long the
    input is. A batch whose reading fails on the cluster is written unread, with a note saying why.
    """

    def __init__(self, pipeline: Pipeline, address: str, *, workers: int = 1) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise InputError("--dask needs dask.distributed", hint="pip install 'dask[distributed]'") from exc
        self.pipeline = pipeline
        self.cluster: Any = None
        try:
            if address == "local":
                self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                            dashboard_address=None)  # fmt: skip
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout="20s")
        except OSError as exc:
            raise InputError(
                f"cannot reach the Dask scheduler at {address!r}: {exc}",
                hint="start one with `dask scheduler` and `dask worker ADDRESS`, or use --dask local",
            ) from exc
        self.in_flight = max(2 * len(self.client.scheduler_info().get("workers", {})), 2)
        self.pending: deque[tuple[list[ProcessedRecord], dict[str, Article], Any]] = deque()

    def submit(self, records: list[ProcessedRecord]) -> None:
        if not records:
            return
        wanted = self.pipeline.to_read(records)
        future = self.client.submit(read_on_worker, list(wanted.values()), pure=False) if wanted else None
        self.pending.append((records, wanted, future))

    def finished(self, *, wait: bool = False) -> Iterator[list[ProcessedRecord]]:
        while self.pending:
            records, wanted, future = self.pending[0]
            if not (wait or len(self.pending) > self.in_flight or future is None or future.done()):
                return
            self.pending.popleft()
            yield self.pipeline.attach(records, self._readings(wanted, future))

    def _readings(self, wanted: dict[str, Article], future: Any) -> dict[str, Reading]:
        if future is None:
            return {}
        try:
            return dict(zip(wanted, future.result(), strict=True))
        except Exception as exc:  # a worker that died or a reading that raised: store the batch unread
            return unread(wanted, exc)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
