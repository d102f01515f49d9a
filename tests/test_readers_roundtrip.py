"""Generated conversations written in every format: exact turns, speakers, roles and words.

The test writes the file from a conversation it knows, so the truth never comes from
the code under test. Talk includes colons, times, numbers, markers and smart quotes.
"""

from __future__ import annotations

import random

import pytest

from pipeline.config import Settings
from pipeline.layout import lay_out
from pipeline.readers import read_path

from conftest import INGEST_LABEL_ROLES, TranscriptFactory, ingest_spec

SEEDS = range(12)


@pytest.mark.parametrize("fmt", TranscriptFactory.FORMATS)
def test_every_format_gives_exact_turns_and_participant_words(fmt, tmp_path, transcript_factory):
    for seed in SEEDS:
        rng = random.Random(f"{fmt}-{seed}")
        spec = ingest_spec(rng, rng.randint(1, 30))
        path = transcript_factory.write(spec, fmt, tmp_path / f"g{seed}{transcript_factory.suffix(fmt)}")
        want = transcript_factory.expected_turns(spec, fmt)

        parsed = read_path(path)
        laid = lay_out(parsed, settings=Settings(), sha256="x")

        assert len(laid.turns) == len(want), (fmt, seed)
        assert [t.speaker.casefold() for t in parsed.turns] == [t.speaker.casefold() for t in want]
        assert len({t.speaker.casefold() for t in parsed.turns}) == len({t.speaker for t in want})
        assert [t.role for t in laid.turns] == [INGEST_LABEL_ROLES[t.speaker] for t in want]
        # Every participant word lands in exactly one participant segment, in order.
        want_words = [w for t in want if INGEST_LABEL_ROLES[t.speaker] == "participant" for w in t.text.split()]
        role_of_turn = {t.index: t.role for t in laid.turns}
        got_words = [w for s in laid.segments if role_of_turn[s.turn_index] == "participant" for w in s.text.split()]
        assert got_words == want_words, (fmt, seed)
        # And nothing else is lost either.
        all_words = [w for s in laid.segments for w in s.text.split()]
        assert all_words == [w for t in want for w in t.text.split()]


@pytest.mark.parametrize("unit", ["sentence", "turn"])
def test_offsets_hold_for_every_segment(unit, tmp_path, transcript_factory):
    for seed in range(6):
        rng = random.Random(seed)
        spec = ingest_spec(rng, 20)
        for fmt in ("pdf", "vtt", "csv"):
            path = transcript_factory.write(spec, fmt, tmp_path / f"o{seed}{transcript_factory.suffix(fmt)}")
            laid = lay_out(read_path(path), settings=Settings(), unit=unit, sha256="x")
            for s in laid.segments:
                assert laid.text[s.start:s.end] == s.text
                assert s.text and s.text == s.text.strip()
            for t in laid.turns:
                assert laid.text[t.start:t.end].split() == laid.text[t.start:t.end].split()
