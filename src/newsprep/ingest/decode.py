"""Decode the raw bytes of one scraped article into text, or say in plain words why it cannot be used.

Pure: bytes in, a ``DecodedText`` or a ``Reject`` out; no file access (``source_path`` only names the file
in messages and tells an ``.html`` file apart). Text is kept as written: no Unicode normalisation, quotes
untouched; only the byte order mark is dropped and line endings become ``\\n``.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Literal

from charset_normalizer import from_bytes

from newsprep.ingest.html import html_to_article_text, looks_like_html
from newsprep.model import Reject

__all__ = ["DecodedText", "Reject", "RejectReason", "decode_raw"]

RejectReason = Literal["empty", "whitespace_only", "binary", "undecodable", "too_large", "no_article_text"]
"""The reasons the decoder gives (``Reject.reason``)."""

# Formats that are text-free containers; a scrape folder sometimes holds a stray image or archive.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"BZh", b"\x7fELF")
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}
_MAX_CONTROL_SHARE = 0.05
# English-language news: when the bytes are not UTF-8, Windows-1252 (a superset of Latin-1's printable
# range) is by far the likeliest source, so it wins whenever charset-normalizer finds it plausible.
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
_C1_CONTROLS = re.compile("[\x80-\x9f]")
_MIN_ASCII_SHARE = 0.1
_MAX_CHAOS = 0.1


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Article text ready for cleaning: ``\\n`` line ends, no BOM, otherwise as the source wrote it."""

    text: str
    encoding: str
    is_html: bool
    warnings: tuple[str, ...] = ()


def decode_raw(data: bytes, *, source_path: str, max_bytes: int) -> DecodedText | Reject:
    """Decode one raw article file (plain text or HTML)."""
    if not data:
        return Reject(source_path=source_path, reason="empty", detail=f"{source_path} is empty (0 bytes).")
    if len(data) > max_bytes:
        return Reject(
            source_path=source_path,
            reason="too_large",
            detail=f"{source_path} has {len(data):,} bytes, more than the limit of {max_bytes:,} bytes.",
        )
    binary = _binary_evidence(data)
    if binary:
        return Reject(
            source_path=source_path,
            reason="binary",
            detail=f"{source_path} is binary data ({binary}), not article text.",
        )
    decoded = _decode_bytes(data)
    if decoded is None:
        return Reject(
            source_path=source_path,
            reason="undecodable",
            detail=f"{source_path} is neither UTF-8 nor a recognisable legacy encoding, so it cannot be read as text.",
        )
    text, encoding, warnings = decoded
    # A file saved twice with a BOM starts with two; any leading U+FEFF is a byte order mark, never article text.
    text = normalise_newlines(text).lstrip("\ufeff")
    if not text.strip():
        return Reject(
            source_path=source_path,
            reason="whitespace_only",
            detail=f"{source_path} holds only whitespace, no article text.",
        )
    is_html = source_path.lower().endswith((".html", ".htm")) or looks_like_html(text)
    if not is_html:
        return DecodedText(text=text, encoding=encoding, is_html=False, warnings=warnings)
    article = html_to_article_text(text)
    if article is None or not article.strip():
        return Reject(
            source_path=source_path,
            reason="no_article_text",
            detail=f"{source_path} is an HTML page in which no article text could be found.",
        )
    return DecodedText(text=normalise_newlines(article), encoding=encoding, is_html=True, warnings=warnings)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _binary_evidence(data: bytes) -> str:
    """Why the bytes are not text, in a few words; empty when they may well be text."""
    if b"\x00" in data:
        return "it contains NUL bytes"
    if data.startswith(_BINARY_MAGIC):
        return "it starts with the signature of an image, PDF or archive file"
    sample = data[:8192]
    control = sum(1 for b in sample if b in _CONTROL_BYTES)
    if control > _MAX_CONTROL_SHARE * len(sample):
        return f"{control} control bytes in its first {len(sample)} bytes"
    return ""


def _decode_bytes(data: bytes) -> tuple[str, str, tuple[str, ...]] | None:
    """(text, encoding, warnings), or None when no encoding fits."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8) :].decode("utf-8"), "utf-8-sig", ()
        except UnicodeDecodeError:
            data = data[len(codecs.BOM_UTF8) :]
    else:
        try:
            return data.decode("utf-8"), "utf-8", ()
        except UnicodeDecodeError:
            pass
    encoding = _guess_legacy_encoding(data)
    if encoding is None:
        return None
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    warning = f"not valid UTF-8; decoded as {encoding} (detected by charset-normalizer)"
    return text, encoding, (warning,)


def _guess_legacy_encoding(data: bytes) -> str | None:
    matches = list(from_bytes(data))
    plausible = {name for match in matches for name in match.could_be_from_charset}
    for name in _WESTERN:
        if name in plausible and _decodes_cleanly(data, name):
            return name
    # Other guesses are trusted only for text-like bytes: some ASCII (spaces at least) and a clean decode.
    ascii_share = sum(1 for b in data if b < 0x80) / len(data)
    if matches and ascii_share >= _MIN_ASCII_SHARE and matches[0].chaos <= _MAX_CHAOS:
        return str(matches[0].encoding)
    return None


def _decodes_cleanly(data: bytes, encoding: str) -> bool:
    """Decodes strictly and yields no C1 control characters (Latin-1's sign of cp1252 punctuation)."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return _C1_CONTROLS.search(text) is None
