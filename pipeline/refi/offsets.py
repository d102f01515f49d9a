"""Character offsets: Python code points <-> the units other QDA programs count in.

needsmap stores code point offsets into `Transcript.text`. REFI-QDA says selections
count Unicode code points, but NVivo for Windows counts UTF-16 code units (each
emoji counts twice) and ATLAS.ti counts a CRLF line break as one character. A
`UnitTable` maps between one such counting scheme and code points for one text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Units:
    """How a program counts characters: UTF-16 code units or code points, CRLF as 1 or 2."""

    utf16: bool = False
    crlf_as_one: bool = False

    @property
    def label(self) -> str:
        base = "utf-16 code units" if self.utf16 else "code points"
        return base + (", CRLF as one" if self.crlf_as_one else "")


CODE_POINTS = Units()


class UnitTable:
    """Maps code point boundaries of `text` to positions counted in `units`, and back.

    Only the characters where the schemes differ are stored (astral characters count
    +1 in UTF-16, a CR before LF counts 0 when CRLF is one character), so a table for
    a long text is cheap to build and each lookup is a binary search.
    """

    def __init__(self, text: str, units: Units = CODE_POINTS):
        self.text = text
        self.units = units
        specials: list[tuple[int, int]] = []
        if units.utf16:
            specials += [(m.start(), 1) for m in _ASTRAL.finditer(text)]
        if units.crlf_as_one:
            specials += [(m.start(), -1) for m in _CR_BEFORE_LF.finditer(text)]
        specials.sort()
        self.identity = not specials
        self._idx = [i for i, _ in specials]
        self._cum = [0]
        for _, delta in specials:
            self._cum.append(self._cum[-1] + delta)

    def from_code_point(self, index: int) -> int:
        """External position of code point boundary `index`."""
        index = max(0, min(index, len(self.text)))
        if self.identity:
            return index
        return index + self._cum[bisect.bisect_left(self._idx, index)]

    @property
    def length(self) -> int:
        """Length of the text in external units."""
        return self.from_code_point(len(self.text))

    def to_code_point(self, pos: int, *, is_end: bool = False) -> int:
        """Code point index for an external position.

        A position inside a surrogate pair (or between CR and LF) snaps outward:
        a start moves left, an end moves right, so no selected character is lost.
        """
        n = len(self.text)
        if self.identity:
            return max(0, min(pos, n))
        bounds = range(n + 1)
        if is_end:
            i = bisect.bisect_left(bounds, pos, key=self.from_code_point)
        else:
            i = max(0, bisect.bisect_right(bounds, pos, key=self.from_code_point) - 1)
            # a CR before LF has no width: start at the CR, not between the two
            i = bisect.bisect_left(bounds, self.from_code_point(i), key=self.from_code_point)
        return max(0, min(i, n))


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
_CR_BEFORE_LF = re.compile("\r(?=\n)")


def _has_astral(text: str) -> bool:
    return _ASTRAL.search(text) is not None


def needs_choice(text: str) -> bool:
    """True when counting schemes disagree on this text (astral characters or CRLF)."""
    return "\r\n" in text or _has_astral(text)


def is_word_boundary(text: str, pos: int) -> bool:
    """True when `pos` does not fall inside a word (letters or digits on both sides)."""
    if pos <= 0 or pos >= len(text):
        return True
    return not (text[pos - 1].isalnum() and text[pos].isalnum())


def boundary_share(text: str, spans: list[tuple[int, int]]) -> float:
    """Share of (start, end) code point spans that start and end on word boundaries."""
    if not spans:
        return 0.0
    ok = sum(1 for s, e in spans if s < e and is_word_boundary(text, s) and is_word_boundary(text, e))
    return ok / len(spans)


def choose_units(text: str, spans: list[tuple[int, int]], preferred: list[Units]) -> Units:
    """Pick the counting scheme under which the selections land on word boundaries.

    Args:
        text: the source text exactly as stored in the .qdpx (CRLF kept).
        spans: the selections' raw (startPosition, endPosition) values.
        preferred: candidate schemes, most likely first (from the exporting tool);
            ties go to the earlier candidate.
    """
    if not needs_choice(text) or not spans:
        return preferred[0]
    candidates = list(preferred)
    for utf16 in (False, True):
        for crlf in (False, True):
            u = Units(utf16, crlf)
            if u not in candidates:
                candidates.append(u)
    best, best_score = preferred[0], -1.0
    for units in candidates:
        table = UnitTable(text, units)
        converted = [(table.to_code_point(s), table.to_code_point(e, is_end=True)) for s, e in spans
                     if 0 <= s <= e <= table.length]
        # spans that fall outside the text under this scheme count as misses
        score = boundary_share(text, converted) * len(converted) / len(spans)
        if score > best_score + 1e-9:
            best, best_score = units, score
    return best
