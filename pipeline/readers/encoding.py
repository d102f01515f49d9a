"""Turning a file's bytes into text: BOMs, BOM-less UTF-16, UTF-8, cp1252, binary files.

Transcripts arrive from Word, transcription services and PDF converters on every
platform, so the encoding is detected rather than assumed. Smart quotes are kept as
they are; line endings are left to the line splitter (CRLF, CR and LF all work).
"""

from __future__ import annotations

import codecs
from pathlib import Path
import re

from ..errors import NeedsmapError, problem

# Signatures of binary formats people rename to .txt by mistake.
_BINARY_MAGIC = (
    b"PK\x03\x04",  # zip: .docx, .xlsx
    b"%PDF",
    b"\xd0\xcf\x11\xe0",  # old .doc / .xls
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",  # JPEG
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf",
    b"ID3",  # mp3
    b"OggS",
    b"RIFF",
    b"\x7fELF",
    b"MZ",
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte encodings charset-normalizer may name for Western text; cp1252 is what
# Windows actually writes, and it decodes all of their printable letters the same way.
_LATIN_FAMILY = {
    "cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2",
    "mac_roman", "mac_latin2", "cp850", "cp437", "ascii", "cp1257", "iso8859_9", "cp1254",
}
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


# Control characters (tabs, line and page breaks aside), surrogates, private use, U+FFFD.
_BAD_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")


def _is_binary_text(text: str) -> bool:
    """True when the decoded text holds control characters no text file contains."""
    if "\x00" in text:
        return True
    bad = len(_BAD_CHARS.findall(text))
    return bad > max(2, len(text) // 200)


def _utf16_without_bom(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from where the zero bytes sit (ASCII text in UTF-16 is half zeros)."""
    if len(data) < 4:
        return None
    sample = data[: 8192 - (8192 % 2)] if len(data) >= 8192 else data[: len(data) - len(data) % 2]
    even, odd = sample[0::2], sample[1::2]
    zeros_even, zeros_odd = even.count(0), odd.count(0)
    half = max(1, len(sample) // 2)
    if zeros_odd / half > 0.3 and zeros_even / half < 0.05:
        enc = "utf-16-le"
    elif zeros_even / half > 0.3 and zeros_odd / half < 0.05:
        enc = "utf-16-be"
    else:
        return None
    body = data[: len(data) - len(data) % 2]
    try:
        return body.decode(enc)
    except UnicodeDecodeError:
        return None


def _guess_single_byte(data: bytes) -> str | None:
    """Decode non-UTF-8 bytes, preferring cp1252 for Western text."""
    from charset_normalizer import from_bytes

    try:
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure means "unknown", not a crash
        best = None
    try:
        as_cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        as_cp1252 = None
    guess = best.encoding.lower().replace("-", "_") if best is not None else None
    if as_cp1252 is not None and (guess is None or guess in _LATIN_FAMILY):
        return as_cp1252
    if best is not None:
        return str(best)
    return as_cp1252


def decode_bytes(data: bytes, name: str) -> str:
    """Decode a text file's bytes, or raise NeedsmapError (empty E001, binary E002).

    Args:
        data: the raw bytes of the file.
        name: the file name used in messages.
    Returns:
        The text, BOM removed, line endings untouched.
    """
    body = data
    text: str | None = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            # A UTF-16-LE BOM is a prefix of the UTF-32-LE one; only trust UTF-32 when it decodes.
            try:
                text = data[len(bom):].decode(enc)
                break
            except UnicodeDecodeError:
                continue
    if text is None:
        if not body.strip(b" \t\r\n\f\v\x00"):
            raise NeedsmapError(problem("E001", file=name))
        if any(body.startswith(m) for m in _BINARY_MAGIC):
            raise NeedsmapError(problem("E002", file=name))
        text = _utf16_without_bom(body)
    if text is None:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            if b"\x00" in body:
                raise NeedsmapError(problem("E002", file=name)) from None
            text = _guess_single_byte(body)
    if text is None or _is_binary_text(text):
        raise NeedsmapError(problem("E002", file=name))
    if not text.strip():
        raise NeedsmapError(problem("E001", file=name))
    return text


def read_text_file(path: str | Path) -> str:
    """Read a small text file (codebook, questionnaire, labelled texts) in whatever encoding it has.

    Raises NeedsmapError: E013 when the file is missing, E001 when empty, E002 when binary.
    """
    path = Path(path)
    if not path.is_file():
        raise NeedsmapError(problem("E013", file=str(path)))
    return decode_bytes(path.read_bytes(), str(path))
