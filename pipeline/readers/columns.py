"""Finding the speaker, text and timestamp columns of a table (CSV, XLSX, docx tables)."""

from __future__ import annotations

import re

from .labels import TS_RE, clean_label, looks_like_label

# In order of preference: "speaker" wins over "role" when a file has both.
SPEAKER_NAMES = [
    "speaker", "speaker name", "speaker label", "speaker id", "speakers", "name", "who", "from",
    "participant", "person", "voice", "spk", "talker", "respondent", "role",
]
TEXT_NAMES = [
    "text", "utterance", "transcript", "transcription", "content", "words", "speech", "dialogue",
    "dialog", "message", "comment", "statement", "response", "quote", "says", "said",
    "what was said", "verbatim", "sentence", "body", "answer", "segment", "turn text", "line", "turn",
]
TIME_NAMES = [
    "timestamp", "time stamp", "time", "start", "start time", "starttime", "begin", "ts",
    "time code", "timecode", "tc",
]


def _key(name: object) -> str:
    text = "" if name is None else str(name)
    text = text.replace("\ufeff", "").strip().strip('"').casefold()
    return " ".join(re.sub(r"[_\-]+", " ", text).split())


def header_columns(header: list[object]) -> tuple[int | None, int | None, int | None]:
    """(speaker, text, timestamp) column indexes found by header name, None when absent."""
    keys = [_key(h) for h in header]

    def find(names: list[str], parts: tuple[str, ...]) -> int | None:
        for name in names:
            if name in keys:
                return keys.index(name)
        # "speaker_name", "utterance text": a header word is enough.
        for i, k in enumerate(keys):
            if any(part in k.split() for part in parts):
                return i
        return None

    spk = find(SPEAKER_NAMES, ("speaker", "name"))
    txt = find(TEXT_NAMES, ("text", "utterance", "transcript", "transcription", "speech"))
    ts = find(TIME_NAMES, ("timestamp", "time"))
    if txt is not None and txt in (spk, ts):
        txt = None
    if ts is not None and ts == spk:
        ts = None
    return spk, txt, ts


def guess_columns(rows: list[list[str]]) -> tuple[int, int, int | None] | None:
    """Guess (speaker, text, timestamp) in a header-less table such as a docx table.

    The speaker column holds short label-like values, the timestamp column times, and
    the text column the longest values. None when the table does not look like talk.
    """
    if not rows:
        return None
    width = max(len(r) for r in rows)
    if width < 2:
        return None
    filled = [[(r[i] if i < len(r) else "").strip() for r in rows] for i in range(width)]

    def share(col: list[str], pred) -> float:
        vals = [v for v in col if v]
        return sum(1 for v in vals if pred(v)) / len(vals) if vals else 0.0

    ts_col = next((i for i, col in enumerate(filled) if share(col, lambda v: bool(TS_RE.match(v))) >= 0.8), None)
    spk_col = next(
        (i for i, col in enumerate(filled)
         if i != ts_col and share(col, lambda v: looks_like_label(clean_label(v))) >= 0.8),
        None,
    )
    if spk_col is None:
        return None
    others = [i for i in range(width) if i not in (spk_col, ts_col)]
    if not others:
        return None
    text_col = max(others, key=lambda i: sum(len(v) for v in filled[i]))
    values = [v for v in filled[text_col] if v]
    # Talk has words; a column of ids or minutes is not a text column.
    if not values or sum(1 for v in values if any(ch.isalpha() for ch in v)) * 5 < len(values) * 4:
        return None
    return spk_col, text_col, ts_col
