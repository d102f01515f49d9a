"""Building a transcript's stored text, its turns with roles, and its segments.

Stored text is one block per turn, `SPEAKER: words` (with `[timestamp] ` in front
when known), blocks separated by a blank line. Turn offsets cover the words only;
segment offsets satisfy `text[start:end] == segment.text` always.
"""

from __future__ import annotations

from collections.abc import Iterable

from .config import Settings
from .readers.labels import role_of
from .readers.text import single_spaced_ascii
from .records import LaidOutTranscript, ParsedTranscript, SegmentRecord, TurnRecord
from .segmenters import check_unit, is_backchannel, split

BLOCK_SEPARATOR = "\n\n"


def _one_line(text: str) -> str:
    # Inner newlines would break the one-block-per-turn layout; words are what matter.
    if single_spaced_ascii(text):
        return text  # most turns arrive like this from the readers: no need to rebuild them
    return " ".join(text.split())


def speaker_roles(
    labels: Iterable[str], settings: Settings, facilitators: Iterable[str] = (),
) -> dict[str, str]:
    """Role of each distinct speaker label: facilitator, participant or group."""
    facilitators = tuple(facilitators)
    return {
        label: role_of(label, settings.facilitator_labels, facilitators, settings.group_labels)
        for label in dict.fromkeys(labels)
    }


def lay_out(
    parsed: ParsedTranscript,
    *,
    settings: Settings | None = None,
    unit: str = "sentence",
    facilitators: Iterable[str] = (),
    sha256: str,
) -> LaidOutTranscript:
    """Place a parsed transcript's turns in stored text and cut them into segments.

    Args:
        parsed: turns from a reader (after de-identification when a roster is used).
        settings: facilitator and group labels, spaCy model.
        unit: 'sentence' or 'turn'.
        facilitators: extra facilitator names (from --facilitator).
        sha256: hash of the source bytes, carried through to the database.
    """
    settings = settings or Settings()
    check_unit(unit)
    roles = speaker_roles((t.speaker for t in parsed.turns), settings, facilitators)
    blocks: list[str] = []
    turns: list[TurnRecord] = []
    words_of_turn: list[str] = []
    pos = 0
    for index, raw in enumerate(parsed.turns):
        words = _one_line(raw.text)
        speaker = _one_line(raw.speaker)
        head = f"[{raw.timestamp}] " if raw.timestamp else ""
        head += f"{speaker}:" + (" " if words else "")
        if blocks:
            pos += len(BLOCK_SEPARATOR)
        start = pos + len(head)
        blocks.append(head + words)
        pos += len(head) + len(words)
        turns.append(TurnRecord(
            index=index, speaker=raw.speaker, role=roles[raw.speaker], start=start,
            end=start + len(words), timestamp=raw.timestamp, line=raw.line,
        ))
        words_of_turn.append(words)
    text = BLOCK_SEPARATOR.join(blocks)

    segments: list[SegmentRecord] = []
    # `_one_line` made every turn single-spaced.
    spans_of_turn = split(words_of_turn, unit, settings, single_spaced=True)
    for turn, words, spans in zip(turns, words_of_turn, spans_of_turn):
        base = turn.start
        for s, e in spans:
            seg_text = words[s:e]
            if not seg_text or text[base + s:base + e] != seg_text:
                raise RuntimeError(f"segment offsets do not match the stored text at {base + s}")
            # Positional: (turn_index, index, start, end, text, is_backchannel).
            segments.append(SegmentRecord(turn.index, len(segments), base + s, base + e, seg_text,
                                          is_backchannel(seg_text)))
    return LaidOutTranscript(
        source_name=parsed.source_name, format=parsed.format, sha256=sha256, text=text,
        turns=turns, segments=segments, unit=unit,
    )
