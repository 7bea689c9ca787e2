"""The only package that touches files, standard input, HTTP, feeds and archives.

`plan_targets` expands what the user named (paths, directories, globs, URLs, "-") into units of work;
`read_target` yields a Document, a Rejection or an AlreadyDone for every record in one unit.
"""

from __future__ import annotations

import fnmatch
import glob
import gzip
import io
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..config import Settings
from ..errors import FetchError, InputError
from ..model import DocumentFormat, Hints, Provenance
from .feeds import feed_items
from .http import Fetcher
from .records import (
    AlreadyDone,
    SourceItem,
    document_from_bytes,
    jsonl_records,
    rejection,
    sha256,
    sniff_format,
)
from .warc import warc_items

__all__ = ["AlreadyDone", "Fetcher", "Payload", "SourceItem", "Target", "plan_targets", "read_target"]

IGNORE_FILE = ".dyadwatchignore"
_EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc": "warc",
    ".arc.gz": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".xml": "feed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
}


@dataclass(frozen=True, slots=True)
class Target:
    """One unit of input: a file, a URL, standard input, or records handed over in memory."""

    kind: str  # file | url | stdin | payload
    location: str
    data: bytes | None = None  # payload: JSONL bytes


@dataclass(frozen=True, slots=True)
class Payload:
    """Records given in memory (by the REST API, say) rather than named by a path: JSONL bytes in the
    annotation input shape, read like a .jsonl file named `name`."""

    name: str
    data: bytes


def _is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _ignore_patterns(directory: Path) -> list[str]:
    ignore = directory / IGNORE_FILE
    if not ignore.is_file():
        return []
    lines = ignore.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def _ignored(relative: str, patterns: Iterable[str]) -> bool:
    parts = relative.split("/")
    for pattern in patterns:
        bare = pattern.rstrip("/")
        if fnmatch.fnmatch(relative, bare) or any(fnmatch.fnmatch(part, bare) for part in parts):
            return True
    return False


def _walk(directory: Path, exclude: list[str]) -> list[Path]:
    patterns = [*exclude, *_ignore_patterns(directory)]
    found = []
    for path in sorted(directory.rglob("*")):
        relative = path.relative_to(directory).as_posix()
        if any(part.startswith(".") for part in relative.split("/")) or _ignored(relative, patterns):
            continue
        if path.is_file():
            found.append(path)
    return found


def plan_targets(targets: Iterable[str | Payload], exclude: Iterable[str] = ()) -> list[Target]:
    """Expand paths, directories (recursive), glob patterns, URLs and '-' into units of work."""
    exclude = list(exclude)
    planned: list[Target] = []
    for target in targets:
        if isinstance(target, Payload):
            planned.append(Target("payload", target.name, target.data))
        elif target == "-":
            planned.append(Target("stdin", "-"))
        elif _is_url(target):
            planned.append(Target("url", target))
        elif Path(target).is_dir():
            planned += [Target("file", str(p)) for p in _walk(Path(target), exclude)]
        elif Path(target).is_file():
            planned.append(Target("file", target))
        elif glob.has_magic(target):
            matches = sorted(p for p in glob.glob(target, recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(f"no files match {target!r}", hint="check the pattern and quote it")
            planned += [Target("file", p) for p in matches if not _ignored(Path(p).name, exclude)]
        else:
            raise InputError(
                f"no such file, directory or URL: {target!r}",
                hint="give a path, a directory, a glob, an http(s) URL or - for stdin",
            )
    return planned


def _kind_by_name(name: str) -> str | None:
    lowered = name.lower()
    for suffix in sorted(_EXTENSIONS, key=len, reverse=True):
        if lowered.endswith(suffix):
            return _EXTENSIONS[suffix]
    return None


def read_target(
    target: Target,
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
    source_name: str | None = None,
    is_done: Callable[[str], bool] | None = None,
) -> Iterator[SourceItem]:
    """Every record of one unit of input; never raises for a bad record."""
    if target.kind == "url":
        yield from _read_url(target.location, settings, fetcher, source_name, is_done)
        return
    if target.kind == "payload":
        yield from jsonl_records(
            target.data or b"", target.location, kind="jsonl", source_name=source_name, max_bytes=settings.max_bytes
        )
        return
    source = target.location
    try:
        if target.kind == "stdin":
            data = sys.stdin.buffer.read()
            declared = None
        else:
            path = Path(source)
            size = path.stat().st_size
            if size > settings.max_bytes and _kind_by_name(path.name) not in ("warc", "jsonl", "feed"):
                provenance = Provenance(source, "file", sha256(f"{source}:{size}".encode()), source_name=source_name)
                yield rejection(
                    "too_large",
                    f"{size:,} bytes, over the {settings.max_bytes:,}-byte limit",
                    provenance,
                    "raise DYADWATCH_MAX_BYTES if this file is wanted",
                )
                return
            declared = _kind_by_name(path.name)
            if declared == "warc":
                with path.open("rb") as stream:
                    yield from warc_items(stream, source, source_name=source_name, max_bytes=settings.max_bytes)
                return
            data = path.read_bytes()
    except OSError as exc:
        provenance = Provenance(source, "file", sha256(source.encode()), source_name=source_name)
        yield rejection(
            "unreadable",
            f"cannot read {source}: {exc.strerror or exc}",
            provenance,
            "check the path and its permissions",
        )
        return
    yield from _read_payload(
        data, source, "stdin" if target.kind == "stdin" else "file", declared, settings, fetcher, source_name, is_done
    )


def _read_payload(
    data: bytes,
    source: str,
    kind: str,
    declared: str | None,
    settings: Settings,
    fetcher: Fetcher | None,
    source_name: str | None,
    is_done: Callable[[str], bool] | None,
    *,
    hints: Hints | None = None,
    provenance: Provenance | None = None,
    header_charset: str | None = None,
) -> Iterator[SourceItem]:
    sniffed = sniff_format(data)
    if declared is None and data[:2] == b"\x1f\x8b":  # gzip without a telling suffix: maybe a WARC
        yield from warc_items(io.BytesIO(data), source, source_name=source_name, max_bytes=settings.max_bytes)
        return
    fmt = declared or sniffed
    if fmt == "jsonl":
        yield from jsonl_records(data, source, kind="jsonl", source_name=source_name, max_bytes=settings.max_bytes)
        return
    if fmt == "feed":
        yield from feed_items(
            data, source, source_name=source_name, max_bytes=settings.max_bytes, fetcher=fetcher, is_done=is_done
        )
        return
    provenance = provenance or Provenance(source, kind, sha256(data), source_name=source_name)
    doc_format: DocumentFormat = "html" if fmt == "html" or sniffed == "html" else "text"
    yield document_from_bytes(
        data, doc_format, provenance, hints, header_charset=header_charset, max_bytes=settings.max_bytes
    )


def _read_url(
    url: str,
    settings: Settings,
    fetcher: Fetcher | None,
    source_name: str | None,
    is_done: Callable[[str], bool] | None,
) -> Iterator[SourceItem]:
    if is_done is not None and is_done(url) and _kind_by_name(url.split("?")[0]) is None:
        yield AlreadyDone(url)
        return
    own = fetcher is None
    fetcher = fetcher or Fetcher(settings)
    try:
        try:
            page = fetcher.fetch(url)
        except FetchError as exc:
            provenance = Provenance(url, "url", sha256(url.encode()), source_name=source_name)
            yield rejection(exc.code, exc.message, provenance, exc.hint)
            return
        data = page.data
        if (
            url.lower().endswith(".gz")
            and data[:2] == b"\x1f\x8b"
            and not url.lower().endswith((".warc.gz", ".arc.gz"))
        ):
            data = gzip.decompress(data)
        declared = _kind_by_name(url.split("?")[0])
        if "xml" in page.content_type or "rss" in page.content_type or "atom" in page.content_type:
            declared = "feed"
        provenance = Provenance(
            url, "url", sha256(data), fetched_at=page.fetched_at, http_status=page.status, source_name=source_name
        )
        hints = Hints(url=page.final_url, captured_at=page.fetched_at)
        yield from _read_payload(
            data,
            url,
            "url",
            declared,
            settings,
            fetcher,
            source_name,
            is_done,
            hints=hints,
            provenance=provenance,
            header_charset=page.charset,
        )
    finally:
        if own:
            fetcher.close()
