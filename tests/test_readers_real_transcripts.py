"""The real de-identified Scrum transcripts (read from ../shared, skipped when absent)."""

from __future__ import annotations

import re

import pytest

from pipeline.config import Settings
from pipeline.layout import lay_out
from pipeline.readers import read_path

# Independent of the parser: a header line is a time, a capitalised label, maybe a colon.
HEADER = re.compile(r"^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+[A-Z][A-Za-z]*(?: [A-Za-z]+)*(?: \d+)?\s*:?\s*$")
BARE_PAGE_NUMBER = re.compile(r"(?:^|\s)(?:Page \d+ of \d+)(?:\s|$)")


def _files(d):
    files = sorted(d.glob("*.txt"))
    if not files:
        pytest.skip("no real transcripts")
    return files


def test_turns_equal_speaker_headers_and_roles(real_transcripts_dir):
    for path in _files(real_transcripts_dir):
        raw = path.read_text(encoding="utf-8")
        headers = [ln for ln in raw.splitlines() if HEADER.match(ln)]
        parsed = read_path(path)
        laid = lay_out(parsed, settings=Settings(), sha256="x")
        assert len(laid.turns) == len(headers), path.name
        roles = {t.speaker: t.role for t in laid.turns}
        assert roles["RESEARCHER"] == "facilitator"
        if "ALL PARTICIPANTS" in raw:
            assert roles["ALL PARTICIPANTS"] == "group"
        participants = {s for s, r in roles.items() if r == "participant"}
        assert participants and all(s.upper().startswith("PARTICIPANT ") for s in participants)


def test_no_page_debris_or_headers_inside_segments(real_transcripts_dir):
    for path in _files(real_transcripts_dir):
        laid = lay_out(read_path(path), settings=Settings(), sha256="x")
        for seg in laid.segments:
            assert laid.text[seg.start:seg.end] == seg.text
            assert "\n" not in seg.text and "\f" not in seg.text
            assert not re.fullmatch(r"\d{1,4}", seg.text)
            assert not BARE_PAGE_NUMBER.search(seg.text)
            assert not HEADER.match(seg.text)


def test_every_word_of_the_source_is_kept_in_order(real_transcripts_dir):
    for path in _files(real_transcripts_dir):
        raw = path.read_text(encoding="utf-8")
        want = [w for ln in raw.splitlines() if not HEADER.match(ln) for w in ln.split()]
        laid = lay_out(read_path(path), settings=Settings(), sha256="x")
        got = [w for s in laid.segments for w in s.text.split()]
        assert got == want, path.name
