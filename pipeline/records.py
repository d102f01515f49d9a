"""Plain records passed between pipeline stages (parse -> segment -> store).

They carry no database state, so every stage can be tested with a string.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class RawTurn:
    """One speaker's contribution as read from a file."""

    speaker: str
    text: str
    line: int | None = None  # 1-based line (or row/cue) where the turn starts
    timestamp: str | None = None


@dataclass(slots=True)
class ParsedTranscript:
    """What a parser found in one file."""

    source_name: str
    format: str
    turns: list[RawTurn] = field(default_factory=list)


@dataclass(slots=True)
class SegmentRecord:
    """A unit of coding: offsets point into the transcript's stored text."""

    turn_index: int
    index: int
    start: int
    end: int
    text: str
    is_backchannel: bool = False


@dataclass(slots=True)
class TurnRecord:
    """A turn placed in the stored text, with its speaker's role."""

    index: int
    speaker: str
    role: str  # facilitator | participant | group
    start: int
    end: int
    timestamp: str | None = None
    line: int | None = None


@dataclass(slots=True)
class LaidOutTranscript:
    """Stored text plus turns and segments, ready to write in one transaction."""

    source_name: str
    format: str
    sha256: str
    text: str
    turns: list[TurnRecord]
    segments: list[SegmentRecord]
    unit: str


@dataclass(slots=True)
class Replacement:
    """One de-identification change, listed in the report the team checks (never stored)."""

    file: str
    line: int | None
    kind: str  # speaker | name | misspelled_name | person | phone | email | address | dob
    original: str
    replacement: str
