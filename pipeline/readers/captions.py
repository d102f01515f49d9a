"""WebVTT and SRT captions: speakers from `<v Name>` tags or `Name:` prefixes.

Captioning cuts speech at arbitrary points, so consecutive cues of one speaker form one
turn, and a cue with no speaker continues the previous speaker's turn.
"""

from __future__ import annotations

import io
import re

from ..errors import NeedsmapError, ProblemList
from ..records import ParsedTranscript, RawTurn
from .labels import clean_label, looks_like_label
from .text import unify_labels

_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>")
_PREFIX = re.compile(r"^\s*(?:>>|-|–|—)?\s*(?:\[(?P<blabel>[^\]]{1,40})\]|(?P<label>[^:\[\]<>]{1,40}?))\s*:\s*(?P<rest>.*)$")
_BRACKET_ONLY = re.compile(r"^\s*(?:>>|-)?\s*\[(?P<label>[^\]]{1,40})\]\s*(?P<rest>.*)$")
UNKNOWN_SPEAKER = "Unknown speaker"


def _ts(start: str) -> str:
    """'00:01:02.500' -> '00:01:02'."""
    return re.split(r"[.,]", start)[0]


def _unescape(text: str) -> str:
    if "&" not in text:
        return text
    return text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ")


def _pieces(raw: str, known: tuple[str, ...]) -> list[tuple[str | None, str]]:
    """Split one cue's raw text into (speaker or None, words) pieces."""
    out: list[tuple[str | None, str]] = []
    voices = list(_VOICE.finditer(raw))
    if voices:
        lead = raw[: voices[0].start()]
        if _TAG.sub("", lead).strip():
            out.append((None, lead))
        for k, m in enumerate(voices):
            end = voices[k + 1].start() if k + 1 < len(voices) else len(raw)
            name = clean_label(_unescape(m.group(1)))
            out.append((name or None, raw[m.end():end]))
    else:
        for line in raw.splitlines():
            text = _unescape(_TAG.sub("", line))
            m = _PREFIX.match(text)
            label = None
            if m:
                label = clean_label(m["blabel"] or m["label"] or "")
                if not looks_like_label(label, known):
                    label = None
            if label is None:
                mb = _BRACKET_ONLY.match(text)
                if mb and looks_like_label(clean_label(mb["label"]), known):
                    out.append((clean_label(mb["label"]), mb["rest"]))
                    continue
                out.append((None, text))
            else:
                out.append((label, m["rest"]))
    return [(spk, " ".join(_unescape(_TAG.sub("", txt)).split())) for spk, txt in out]


def parse_captions(text: str, name: str, fmt: str, known: tuple[str, ...] = ()) -> ParsedTranscript:
    """Parse decoded VTT or SRT text into turns, or raise NeedsmapError.

    Args:
        text: decoded file content.
        name: file name for messages.
        fmt: 'vtt' or 'srt'.
        known: labels the user named, always accepted as speakers.
    """
    import webvtt

    problems = ProblemList(name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    line_of = _cue_lines(text)
    if fmt == "vtt" and not text.lstrip().startswith("WEBVTT"):
        # Some tools omit the header line; the cues are still readable.
        text = "WEBVTT\n\n" + text
    try:
        if fmt == "srt":
            captions = webvtt.from_buffer(io.StringIO(text), format="srt").captions
        else:
            captions = webvtt.from_string(text).captions
    except Exception as exc:  # noqa: BLE001 - any library failure on a broken file is bad input
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        problems.add("E011", reason=reason)
        raise NeedsmapError(problems.items) from None
    if not captions:
        problems.add("E005")
        raise NeedsmapError(problems.items)

    turns: list[RawTurn] = []
    parts: list[list[str]] = []
    saw_speaker = False
    for n, cue in enumerate(captions):
        try:
            raw, start = cue.raw_text, cue.start
        except Exception:  # noqa: BLE001
            continue
        for speaker, words in _pieces(raw or "", known):
            if speaker:
                saw_speaker = True
            if not words and not speaker:
                continue
            current = turns[-1].speaker if turns else None
            if speaker is None:
                speaker = current or UNKNOWN_SPEAKER
            if speaker != current:
                line = line_of[n] if n < len(line_of) else None
                turns.append(RawTurn(speaker=speaker, text="", line=line, timestamp=_ts(start)))
                parts.append([])
            if words:
                parts[-1].append(words)
    if not saw_speaker:
        problems.add("E017")
        raise NeedsmapError(problems.items)
    for turn, words in zip(turns, parts):
        turn.text = " ".join(words)
    return ParsedTranscript(source_name=name, format=fmt, turns=unify_labels(turns))


def _cue_lines(text: str) -> list[int]:
    """1-based line numbers of each cue's timing line, for messages and turn provenance."""
    return [i for i, line in enumerate(text.split("\n"), start=1) if "-->" in line]
