"""The text a transcript is exported with: speaker labels replaced by pseudonyms.

Stored text starts each turn with `SPEAKER: ` (or `[timestamp] SPEAKER: `), and a
label can be a real name when no roster was used. Exports show only pseudonyms, so
each label in a turn header is swapped for the speaker's pseudonym, and positions
are mapped between the stored and the exported text (`TextEdits`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select

from ..models import Speaker, Transcript, Turn


@dataclass
class TextEdits:
    """Replacements (start, end, new text) in a text, sorted, never overlapping."""

    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def apply(self, text: str) -> str:
        out, pos = [], 0
        for s, e, new in self.edits:
            out.append(text[pos:s])
            out.append(new)
            pos = e
        out.append(text[pos:])
        return "".join(out)

    def forward(self, i: int) -> int:
        """Position in the edited text of position `i` of the original (outside any edit)."""
        shift = 0
        for s, e, new in self.edits:
            if e <= i:
                shift += len(new) - (e - s)
            elif s < i:  # inside a replaced label: snap to the end of its replacement
                return s + shift + len(new)
            else:
                break
        return i + shift

    def backward(self, j: int) -> int:
        """Position in the original text of position `j` of the edited text."""
        shift = 0
        for s, e, new in self.edits:
            new_s = s + shift
            if new_s + len(new) <= j:
                shift += len(new) - (e - s)
            elif new_s < j:
                return e
            else:
                break
        return j - shift


def pseudonym_edits(text: str, turns: list[Turn], speakers: dict[int, Speaker],
                    first_segment_start: dict[int, int] | None = None) -> TextEdits:
    """Edits that put each speaker's pseudonym where their label heads a turn."""
    edits, prev_end = [], 0
    first_segment_start = first_segment_start or {}
    for turn in sorted(turns, key=lambda t: t.start):
        sp = speakers.get(turn.speaker_id)
        if sp is not None and sp.label and sp.pseudonym and sp.label != sp.pseudonym:
            header = re.compile(r"\s*(?:\[[^\]\n]{0,40}\]\s*)?(" + re.escape(sp.label) + r")\s*:")
            m = header.match(text, prev_end)
            limit = first_segment_start.get(turn.id, turn.end)
            if m and m.end(1) <= limit:
                edits.append((m.start(1), m.end(1), sp.pseudonym))
        prev_end = max(prev_end, turn.end)
    return TextEdits(edits)


def export_text(session, t: Transcript) -> tuple[str, TextEdits]:
    """(text to export, edits from the stored text to it) for one transcript."""
    from ..models import Segment

    turns = session.scalars(select(Turn).where(Turn.transcript_id == t.id)).all()
    speakers = {sp.id: sp for sp in session.scalars(select(Speaker).where(Speaker.transcript_id == t.id))}
    starts: dict[int, int] = {}
    for turn_id, start in session.execute(select(Segment.turn_id, Segment.start).where(Segment.transcript_id == t.id)):
        starts[turn_id] = min(start, starts.get(turn_id, start))
    edits = pseudonym_edits(t.text, turns, speakers, starts)
    return edits.apply(t.text), edits


