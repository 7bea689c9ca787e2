"""Writing rows to files, streamed: CSV, JSON Lines, JSON and Parquet.

Rows come in as an iterator of dicts (the store streams them) and go out in batches, so a million rows
never sit in memory at once. Columns are those of the first row; a later row with other keys is written
with those columns (missing ones empty, extra ones dropped: an export has one schema). Lists and dicts
become JSON text in CSV and Parquet cells.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

FORMATS = ("csv", "jsonl", "json", "parquet")
PARQUET_BATCH = 10_000  # rows per Parquet row group: bounded memory, few enough groups to read fast


def format_of(path: Path, given: str | None) -> str:
    """The format named, or the one the file extension says (".csv", ".jsonl", ".json", ".parquet")."""
    chosen = (given or path.suffix.lstrip(".")).lower()
    if chosen == "ndjson":
        chosen = "jsonl"
    if chosen not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)} (or a file ending in one), not {chosen!r}")
    return chosen


def write_rows(rows: Iterable[dict[str, Any]], path: str | Path, format: str | None = None) -> int:
    """Write rows to `path` in `format` (default: from the extension); returns how many were written."""
    target = Path(path)
    chosen = format_of(target, format)
    target.parent.mkdir(parents=True, exist_ok=True)
    writer = {"csv": _csv, "jsonl": _jsonl, "json": _json, "parquet": _parquet}[chosen]
    return writer(iter(rows), target)


def _cell(value: Any) -> Any:
    if isinstance(value, list | dict | tuple):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _csv(rows: Iterator[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        first = next(rows, None)
        if first is None:
            return 0
        writer = csv.DictWriter(handle, fieldnames=list(first), extrasaction="ignore")
        writer.writeheader()
        for row in _chain(first, rows):
            writer.writerow({k: _cell(v) for k, v in row.items()})
            count += 1
    return count


def _jsonl(rows: Iterator[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count


def _json(rows: Iterator[dict[str, Any]], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[")
        for row in rows:
            handle.write(("," if count else "") + "\n" + json.dumps(row, ensure_ascii=False, default=str))
            count += 1
        handle.write("\n]\n")
    return count


def _parquet(rows: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    count = 0
    writer: Any = None
    columns: list[str] = []
    try:
        while batch := list(islice(rows, PARQUET_BATCH)):
            columns = columns or list(batch[0])
            data = {c: [_cell(row.get(c)) for row in batch] for c in columns}
            if writer is None:  # the schema of the first batch; a column empty there is text
                fields = []
                for name in columns:
                    kind = pa.array(data[name]).type
                    fields.append(pa.field(name, pa.string() if pa.types.is_null(kind) else kind))
                writer = pq.ParquetWriter(path, pa.schema(fields))
            writer.write_table(pa.table(data, schema=writer.schema))
            count += len(batch)
    finally:
        if writer is not None:
            writer.close()
    if writer is None:  # no rows: an empty file with no columns is still a valid Parquet file
        pq.write_table(pa.table({}), path)
    return count


def _chain(first: dict[str, Any], rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    yield first
    yield from rest
