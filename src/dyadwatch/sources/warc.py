"""WARC/ARC archives with warcio: each HTML response (or resource) record becomes a Document.

A broken record ends the archive with a bad_warc rejection saying where; everything before it is kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from ..model import Hints, Provenance
from .records import SourceItem, document_from_bytes, parse_datetime, rejection, sha256

_URI = re.compile(r"^[a-z][a-z0-9+.-]*:\S+$", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def warc_items(stream: BinaryIO, source: str, *, source_name: str | None, max_bytes: int) -> Iterator[SourceItem]:
    records = ArchiveIterator(stream, arc2warc=True)
    offset = 0
    try:
        for record in records:
            if record.rec_type not in ("response", "resource"):
                continue
            target = record.rec_headers.get_header("WARC-Target-URI") or ""
            if not _URI.match(target):  # warcio's ARC fallback turns trailing garbage into a "record"
                raise ValueError(f"record with an invalid target URI {target[:40]!r}")
            data = record.content_stream().read()  # before get_record_offset(), which consumes the record
            if getattr(record.raw_stream, "limit", 0) > 0:  # warcio returns a short block silently
                provenance = Provenance(source, "warc", sha256(data), record=target, source_name=source_name)
                yield rejection(
                    "bad_warc",
                    f"WARC record for {target} is truncated: its declared length runs past the end of the file",
                    provenance,
                    "re-create or re-download the archive",
                )
                return
            offset = records.get_record_offset()
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"offset:{offset}"
            status = None
            content_type = record.rec_headers.get_header("Content-Type") or ""
            if record.http_headers is not None:
                status_line = record.http_headers.get_statuscode()
                status = int(status_line) if status_line and status_line.isdigit() else None
                content_type = record.http_headers.get_header("Content-Type") or ""
            provenance = Provenance(
                source,
                "warc",
                sha256(data),
                record=uri,
                fetched_at=parse_datetime(record.rec_headers.get_header("WARC-Date")),
                http_status=status,
                source_name=source_name,
            )
            if not content_type.lower().startswith(_HTML_TYPES):
                yield rejection(
                    "unsupported_type",
                    f"WARC record is {content_type or 'untyped'}, not HTML",
                    provenance,
                    "only HTML responses are articles",
                )
                continue
            if status is not None and status >= 400:
                yield rejection("fetch_failed", f"archived response has HTTP status {status}", provenance)
                continue
            charset = None
            if "charset=" in content_type.lower():
                charset = content_type.lower().split("charset=", 1)[1].split(";")[0].strip()
            hints = Hints(url=uri if uri.startswith("http") else None, captured_at=provenance.fetched_at)
            yield document_from_bytes(data, "html", provenance, hints, header_charset=charset, max_bytes=max_bytes)
    except Exception as exc:  # warcio raises zlib, EOF and parse errors alike on a damaged archive
        provenance = Provenance(
            source, "warc", sha256(str(offset).encode()), record=f"broken-after:{offset}", source_name=source_name
        )
        yield rejection(
            "bad_warc",
            f"broken WARC record after byte offset {offset}: {exc}",
            provenance,
            "the records before it were read; re-create the archive to recover the rest",
        )
