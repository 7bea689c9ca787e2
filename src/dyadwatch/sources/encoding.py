"""Bytes → text without mojibake: BOM, then declared charset, then UTF-8, then detection.

Korean and Japanese outlets still serve EUC-KR/CP949, Shift_JIS and ISO-2022-JP; labels are mapped
to the supersets browsers actually use (WHATWG), so a page labelled euc-kr with a CP949-only syllable,
or latin-1 with a curly quote, still decodes correctly.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..errors import InputError

# What browsers decode these labels as (WHATWG Encoding Standard).
_SUPERSETS = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
    "x-windows-949": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
_SINGLE_BYTE_LATIN = frozenset(
    {"cp1250", "cp1252", "cp1254", "cp1257", "latin_1", "iso8859_2", "iso8859_9", "iso8859_15", "mac_roman"}
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)""", re.IGNORECASE)
# Share of control characters above which decoded "text" is really binary.
_MAX_CONTROL_SHARE = 0.05


def normalise_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(_SUPERSETS.get(label, label)).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes (HTML meta or XML prolog)."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return normalise_label(match.group(1).decode("ascii", "ignore")) if match else None


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes, once a UTF-16/32 BOM has been ruled out."""
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return False
    sample = data[:8192]
    if b"\x00" in sample and not _looks_utf16_without_bom(sample):
        return True
    control = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return bool(sample) and control / len(sample) > _MAX_CONTROL_SHARE


def _looks_utf16_without_bom(sample: bytes) -> bool:
    # ASCII text in UTF-16 has a NUL at every other position.
    even, odd = sample[0::2], sample[1::2]
    return max(even.count(0), odd.count(0)) > 0.4 * len(sample) / 2


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode(data: bytes, header_charset: str | None = None) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding used). Raises InputError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    if looks_binary(data):
        raise InputError("binary data, not text", code="binary", hint="feed HTML, text, JSONL, RSS or WARC")
    for label in (normalise_label(header_charset), declared_charset(data)):
        if label:
            text = _strict(data, label)
            if text is not None:
                return text, label
    if b"\x1b$B" in data or b"\x1b$@" in data:  # ISO-2022-JP escapes; the bytes are 7-bit, so before UTF-8
        text = _strict(data, "iso2022_jp")
        if text is not None:
            return text, "iso2022_jp"
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    best = from_bytes(data[:200_000]).best()
    encoding = (normalise_label(best.encoding) or best.encoding) if best is not None and best.encoding else None
    if encoding in _SINGLE_BYTE_LATIN and _strict(data, "cp1252") is not None:
        # Short undeclared Latin text is ambiguous between code pages; Windows-1252 is by far the most common.
        encoding = "cp1252"
    if encoding:
        text = _strict(data, encoding)
        if text is not None:
            return text, encoding
    return data.decode("cp1252", errors="replace"), "cp1252"
