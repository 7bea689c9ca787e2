"""Turning raw bytes into a Document or a Rejection; shared by every source."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..errors import InputError
from ..model import Document, DocumentFormat, Hints, Provenance, Rejection
from .encoding import decode


@dataclass(frozen=True, slots=True)
class AlreadyDone:
    """A remote record the store already holds; not fetched again (resume)."""

    ref: str


SourceItem = Document | Rejection | AlreadyDone

_HTML_SNIFF = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<div|<p[ >]|<article|<meta|<!--)", re.I)
_FEED_SNIFF = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff_format(data: bytes) -> str:
    """'html', 'feed', 'jsonl' or 'text' from the first bytes."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if _FEED_SNIFF.search(head) and not re.search(rb"<html", head, re.I):
        return "feed"
    if _HTML_SNIFF.match(head) or re.search(rb"<html[\s>]", head, re.I):
        return "html"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "text"


def rejection(code: str, message: str, provenance: Provenance, hint: str = "") -> Rejection:
    return Rejection(code=code, message=message, provenance=provenance, hint=hint)


def document_from_bytes(
    data: bytes,
    fmt: DocumentFormat,
    provenance: Provenance,
    hints: Hints | None = None,
    *,
    header_charset: str | None = None,
    max_bytes: int,
) -> Document | Rejection:
    """Decode one record's bytes; empty, oversized and binary inputs become rejections."""
    if len(data) > max_bytes:
        return rejection(
            "too_large",
            f"{len(data):,} bytes, over the {max_bytes:,}-byte limit",
            provenance,
            "raise DYADWATCH_MAX_BYTES if this input is wanted",
        )
    if not data.strip():
        return rejection("empty", "the input is empty", provenance, "check the file or URL")
    try:
        text, encoding = decode(data, header_charset)
    except InputError as exc:
        return rejection(exc.code, exc.message, provenance, exc.hint)
    if not text.strip():
        return rejection("empty", "the input has no text", provenance, "check the file or URL")
    return Document(text=text, format=fmt, provenance=provenance, hints=hints or Hints(), encoding=encoding)


def parse_datetime(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _text_field(record: dict[str, Any], name: str) -> str | None:
    value = record.get(name)
    return value.strip() if isinstance(value, str) and value.strip() else None


def jsonl_records(
    data: bytes, source: str, *, kind: str, source_name: str | None, max_bytes: int
) -> list[Document | Rejection]:
    """Every line of a JSONL payload as a Document or a Rejection (bad_json, bad_record)."""
    items: list[Document | Rejection] = []
    for number, raw_line in enumerate(data.splitlines(), start=1):
        if not raw_line.strip():
            continue
        line_key = f"line:{number}"
        provenance = Provenance(source, kind, sha256(raw_line), record=line_key, source_name=source_name)
        try:
            record = json.loads(raw_line.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            items.append(
                rejection(
                    "bad_json", f"line {number} is not JSON: {exc}", provenance, "each line must be one JSON object"
                )
            )
            continue
        if not isinstance(record, dict):
            items.append(
                rejection(
                    "bad_record",
                    f"line {number} is not a JSON object",
                    provenance,
                    'write {"id": …, "text": …} per line',
                )
            )
            continue
        record_id = record.get("id")
        key = str(record_id) if record_id not in (None, "") else line_key
        provenance = Provenance(source, kind, sha256(raw_line), record=key, source_name=source_name)
        body = _text_field(record, "html") or _text_field(record, "text")
        if body is None:
            items.append(
                rejection(
                    "bad_record",
                    f"record {key} has neither 'text' nor 'html'",
                    provenance,
                    "give the article in a 'text' or 'html' field",
                )
            )
            continue
        hints = Hints(
            external_id=str(record_id) if record_id not in (None, "") else None,
            url=_text_field(record, "url"),
            published=_text_field(record, "published"),
            title=_text_field(record, "title"),
            outlet=_text_field(record, "outlet"),
            author=_text_field(record, "byline") or _text_field(record, "author"),
            lang=_text_field(record, "lang"),
            captured_at=parse_datetime(record.get("captured") or record.get("captured_at") or record.get("fetched_at")),
        )
        fmt: DocumentFormat = "html" if _text_field(record, "html") else "text"
        items.append(document_from_bytes(body.encode("utf-8"), fmt, provenance, hints, max_bytes=max_bytes))
    return items
