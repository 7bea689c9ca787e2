"""Scale: the reading stage on a Dask cluster (a LocalCluster here), and a killed run resumed by rerunning it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import dyadwatch


@pytest.fixture(scope="module")
def cluster_address() -> Iterator[str]:
    from dask.distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def totals(db: str) -> tuple[int, int, dict[str, int], int, int]:
    numbers = dyadwatch.stats(db=db)
    events = len(dyadwatch.events(every_article=True, db=db, limit=100_000))
    return numbers["inputs"], numbers["articles"], numbers["by_status"], numbers["articles_read"], events


def test_reading_on_a_dask_cluster_stores_what_reading_here_stores(
    sample_dir: Path, store_url: str, tmp_path: Path, cluster_address: str
) -> None:
    here = f"sqlite:///{tmp_path / 'here.db'}"
    dyadwatch.ingest(sample_dir / "html", db=here)
    report = dyadwatch.ingest(sample_dir / "html", db=store_url, dask=cluster_address)
    assert report.counts["stored"] > 0
    assert totals(store_url) == totals(here)


def test_a_killed_ingest_restarted_with_the_same_command_finishes_and_duplicates_nothing(
    sample_dir: Path, tmp_path: Path
) -> None:
    once = f"sqlite:///{tmp_path / 'once.db'}"
    dyadwatch.ingest(sample_dir, db=once)
    resumed = f"sqlite:///{tmp_path / 'resumed.db'}"
    command = [sys.executable, "-c", "import sys, dyadwatch; dyadwatch.ingest(sys.argv[1], db=sys.argv[2])",
               str(sample_dir), resumed]  # fmt: skip
    environment = {**os.environ, "DYADWATCH_BATCH_SIZE": "4"}
    run = subprocess.Popen(command, env=environment, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and run.poll() is None:  # kill it once some batches are stored
        time.sleep(0.5)
        if Path(tmp_path / "resumed.db").exists():
            try:
                if dyadwatch.stats(db=resumed)["articles"] >= 8:
                    break
            except dyadwatch.DyadwatchError:
                continue  # the schema is being created
    if run.poll() is not None:
        pytest.skip("the run finished before it could be killed (machine too fast for this test)")
    run.send_signal(signal.SIGKILL)
    run.wait()
    partial = dyadwatch.stats(db=resumed)["articles"]
    assert 0 < partial < dyadwatch.stats(db=once)["articles"]
    assert subprocess.run(command, env=environment, stderr=subprocess.DEVNULL, timeout=300).returncode == 0
    assert totals(resumed) == totals(once)
