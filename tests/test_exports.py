"""Exports stream rows into CSV, JSON Lines, JSON and Parquet with one schema per file."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dyadwatch.exports import PARQUET_BATCH, write_rows


def rows(count: int) -> Iterator[dict[str, object]]:
    for n in range(count):
        yield {"n": n, "note": None if n < PARQUET_BATCH else f"row {n}", "mentions": [[n, n + 1]]}


def test_parquet_is_written_in_row_groups_from_a_generator_with_a_text_column_empty_at_first(tmp_path: Path) -> None:
    count = PARQUET_BATCH * 2 + 5
    assert write_rows(rows(count), tmp_path / "big.parquet") == count
    table = pq.ParquetFile(tmp_path / "big.parquet")
    assert table.metadata.num_rows == count and table.metadata.num_row_groups == 3
    assert table.read().column("note")[-1].as_py() == f"row {count - 1}"


def test_csv_json_and_jsonl_round_trip_with_lists_as_json_text(tmp_path: Path) -> None:
    assert write_rows(rows(3), tmp_path / "a.csv") == 3
    with (tmp_path / "a.csv").open(encoding="utf-8") as handle:
        read = list(csv.DictReader(handle))
    assert [r["n"] for r in read] == ["0", "1", "2"] and json.loads(read[2]["mentions"]) == [[2, 3]]
    write_rows(rows(3), tmp_path / "a.json")
    assert json.loads((tmp_path / "a.json").read_text())[1]["n"] == 1
    write_rows(rows(3), tmp_path / "a.txt", "jsonl")
    assert [json.loads(line)["n"] for line in (tmp_path / "a.txt").read_text().splitlines()] == [0, 1, 2]
    assert write_rows(iter(()), tmp_path / "empty.parquet") == 0 and (tmp_path / "empty.parquet").exists()
    with pytest.raises(ValueError):
        write_rows(rows(1), tmp_path / "a.xlsx")
