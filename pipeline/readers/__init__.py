"""Reading transcript files into `ParsedTranscript` records, one reader per format.

`read_path` and `read_bytes` are the only entry points. Both raise NeedsmapError holding
every problem found in the file (with file and line), never any other exception.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..config import Settings
from ..errors import NeedsmapError, problem
from ..records import ParsedTranscript

SUPPORTED_SUFFIXES = (".txt", ".docx", ".vtt", ".srt", ".csv", ".tsv", ".xlsx")


def is_supported(path: str | os.PathLike) -> bool:
    """Whether a file name has a transcript suffix we read (hidden and lock files excluded)."""
    p = Path(path)
    return p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith((".", "~$"))


def _check_size(size: int, name: str, settings: Settings) -> None:
    limit = settings.max_file_mb * 1024 * 1024
    if size > limit:
        raise NeedsmapError(problem("E003", file=name, size_mb=size / 1024 / 1024, limit_mb=settings.max_file_mb))


def read_bytes(
    data: bytes, name: str, settings: Settings | None = None, facilitators: tuple[str, ...] = (),
) -> ParsedTranscript:
    """Parse a file's bytes, choosing the reader by the suffix of `name`.

    Args:
        data: the raw file content.
        name: the file name (its suffix picks the format; it names the file in messages).
        settings: project settings (size limit); defaults when None.
        facilitators: names given with --facilitator, always accepted as speaker labels.
    Raises:
        NeedsmapError: with one Problem per issue found.
    """
    settings = settings or Settings()
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise NeedsmapError(problem("E008", file=name, suffix=suffix or "(none)"))
    _check_size(len(data), name, settings)
    known = tuple(f for f in facilitators if f and f.strip())
    try:
        return _dispatch(data, name, suffix, known)
    except NeedsmapError:
        raise
    except RecursionError:
        raise NeedsmapError(problem("E009", file=name, reason="the file is nested too deeply to read")) from None


def _dispatch(data: bytes, name: str, suffix: str, known: tuple[str, ...]) -> ParsedTranscript:
    if suffix == ".docx":
        if not data.strip():
            raise NeedsmapError(problem("E001", file=name))
        from .docx import parse_docx

        return parse_docx(data, name, known)
    if suffix == ".xlsx":
        if not data.strip():
            raise NeedsmapError(problem("E001", file=name))
        from .tabular import parse_xlsx

        return parse_xlsx(data, name)
    from .encoding import decode_bytes

    text = decode_bytes(data, name)
    if suffix in (".csv", ".tsv"):
        from .tabular import parse_csv

        return parse_csv(text, name)
    if suffix in (".vtt", ".srt"):
        from .captions import parse_captions

        return parse_captions(text, name, suffix[1:], known)
    from .text import parse_text

    return parse_text(text, name, "txt", known)


def read_path(
    path: str | os.PathLike, settings: Settings | None = None, facilitators: tuple[str, ...] = (),
) -> ParsedTranscript:
    """Read and parse one file; the size limit is checked before reading a byte."""
    settings = settings or Settings()
    p = Path(path)
    name = p.name
    if not p.exists():
        raise NeedsmapError(problem("E013", file=str(p)))
    if p.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise NeedsmapError(problem("E008", file=name, suffix=p.suffix.lower() or "(none)"))
    try:
        _check_size(p.stat().st_size, name, settings)
        data = p.read_bytes()
    except OSError as exc:
        raise NeedsmapError(problem("E009", file=name, reason=exc.strerror or str(exc))) from None
    return read_bytes(data, name, settings, facilitators)


__all__ = ["SUPPORTED_SUFFIXES", "is_supported", "read_bytes", "read_path"]
