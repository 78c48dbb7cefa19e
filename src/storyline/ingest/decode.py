"""Bytes to text: BOMs, UTF-8, legacy encodings detected, binary refused with a clear error."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from storyline.errors import Code, StorylineError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "ELF executable",
    b"BZh": "bzip2 archive",
    b"\xfd7zXZ": "xz archive",
    b"SQLite format 3": "SQLite database",
    b"RIFF": "RIFF media file",
}
# <meta charset="x">, <meta http-equiv=... content="...; charset=x">, <?xml encoding="x"?>
_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?\s*([A-Za-z0-9._:-]{2,40})""", re.I)
# a few bytes of invalid UTF-8 in otherwise UTF-8 text are repaired, not re-guessed
_MAX_BAD_UTF8 = 0.01


def sniff_binary(data: bytes) -> str | None:
    """A short description if ``data`` is clearly not text, else None."""
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            return what
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if b"\x00" in head:
        return "contains NUL bytes"
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if head and controls / len(head) > 0.05:
        return f"{controls} control bytes in the first {len(head)}"
    return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode to text; returns (text, encoding). Raises StorylineError EMPTY/BINARY/DECODE."""
    if not data.strip():
        raise StorylineError(Code.EMPTY)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding), encoding
    binary = sniff_binary(data)
    if binary:
        raise StorylineError(Code.BINARY, detail=binary)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = _mostly_utf8(data)
    if repaired is not None:
        return repaired
    for name in (declared, declared_in_markup(data)):
        decoded = _try(data, name)
        if decoded is not None:
            return decoded
    return _guessed(data)


def declared_in_markup(data: bytes) -> str | None:
    """The charset an HTML/XML document names in its first 2 KB, if any."""
    head = data[:2048]
    if b"<" not in head:
        return None
    match = _DECLARED.search(head)
    return match.group(1).decode("ascii").lower() if match else None


def _try(data: bytes, encoding: str | None) -> tuple[str, str] | None:
    """Decode with a named encoding (latin-1 read as cp1252, as browsers do), or None."""
    if not encoding:
        return None
    encoding = _whatwg_alias(encoding)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return None


def _whatwg_alias(encoding: str) -> str:
    """Browsers read latin-1/ascii labels as windows-1252; so do we, to get quotes right."""
    if encoding.lower().replace("_", "-") in {"iso-8859-1", "latin-1", "latin1", "us-ascii"}:
        return "cp1252"
    return encoding


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few corrupt bytes: replace those rather than mis-guess the rest."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if multibyte >= 3 and bad <= max(1, int(multibyte * _MAX_BAD_UTF8)):
        return text, f"utf-8 ({bad} invalid bytes replaced)"
    return None


def _guessed(data: bytes) -> tuple[str, str]:
    """Decode with the legacy encoding charset-normalizer finds least chaotic."""
    encoding = guess_encoding(data)
    if encoding is None:
        raise StorylineError(Code.DECODE, detail="not UTF-8 and no legacy encoding fits")
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError) as exc:
        raise StorylineError(Code.DECODE, detail=f"guessed {encoding} but {exc}") from exc


def guess_encoding(data: bytes) -> str | None:
    """Best legacy encoding; among equally good single-byte guesses, cp1252 wins ties."""
    matches = list(from_bytes(data[:200_000]))
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best + 0.001]
    if any("cp1252" in m.could_be_from_charset for m in tied):
        return "cp1252"
    return str(tied[0].encoding)


def _strict(data: bytes, encoding: str) -> str:
    """Decode text that carries a BOM; a BOM that lies is a decode error."""
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise StorylineError(Code.DECODE, detail=f"{encoding} with BOM but {exc}") from exc
