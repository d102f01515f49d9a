"""Stored text layout: one block per turn, offsets into it, roles, back-channels."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.config import Settings
from pipeline.errors import NeedsmapError
from pipeline.layout import lay_out
from pipeline.records import ParsedTranscript, RawTurn


def _parsed(*turns):
    return ParsedTranscript("t.txt", "txt", [RawTurn(*t) for t in turns])


def test_blocks_speakers_timestamps_and_turn_offsets():
    parsed = _parsed(("Facilitator", "How do you  get\n there?", 1, "00:01"), ("P1", "By bus. It is late.", 2, None))
    laid = lay_out(parsed, settings=Settings(), sha256="abc")
    assert laid.text == "[00:01] Facilitator: How do you get there?\n\nP1: By bus. It is late."
    assert [laid.text[t.start:t.end] for t in laid.turns] == ["How do you get there?", "By bus. It is late."]
    assert [t.role for t in laid.turns] == ["facilitator", "participant"]
    assert laid.sha256 == "abc" and laid.unit == "sentence"


def test_sentence_and_turn_units():
    parsed = _parsed(("P1", "First one. Second one! Third?", 1, None))
    by_sentence = lay_out(parsed, settings=Settings(), unit="sentence", sha256="x")
    by_turn = lay_out(parsed, settings=Settings(), unit="turn", sha256="x")
    assert [s.text for s in by_sentence.segments] == ["First one.", "Second one!", "Third?"]
    assert [s.text for s in by_turn.segments] == ["First one. Second one! Third?"]


def test_unknown_unit_is_refused():
    with pytest.raises(NeedsmapError) as err:
        lay_out(_parsed(("P1", "Hi.", 1, None)), settings=Settings(), unit="paragraph", sha256="x")
    assert err.value.problems[0].code == "E023"


def test_offsets_invariant_and_no_edge_whitespace():
    parsed = _parsed(("FAC", "  Okay.   So, what now?  [crosstalk] (laughs) Yes.  ", 1, "1:02:03"),
                     ("P2", "“Quoted.” Then: more.", 2, None), ("P3", "", 3, None))
    laid = lay_out(parsed, settings=Settings(), sha256="x")
    for s in laid.segments:
        assert laid.text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
    # An empty turn is still a turn, with no segment.
    assert len(laid.turns) == 3 and all(s.turn_index != 2 for s in laid.segments)
    assert [s.index for s in laid.segments] == list(range(len(laid.segments)))


def test_brackets_are_never_split_from_their_word():
    laid = lay_out(_parsed(("P1", "Yeah. [crosstalk] We went. “Really?” she said.", 1, None)), settings=Settings(), sha256="x")
    words = [w for s in laid.segments for w in s.text.split()]
    assert words == "Yeah. [crosstalk] We went. “Really?” she said.".split()


@pytest.mark.parametrize("text, flagged", [
    ("Yeah.", True), ("Mm-hm.", True), ("Okay.", True), ("Right.", True), ("Uh-huh", True),
    ("Yes.", True), ("No.", True), ("Yeah, yeah.", True), ("[laughter] Yeah.", True),
    ("Yes, the bus.", False), ("No money for rent.", False), ("12.", False), ("I agree with that point.", False),
])
def test_backchannel_flag(text, flagged):
    laid = lay_out(_parsed(("P1", text, 1, None)), settings=Settings(), unit="turn", sha256="x")
    assert laid.segments[0].is_backchannel is flagged


def test_facilitator_turns_are_segmented_too():
    laid = lay_out(_parsed(("Moderator", "Question one. Question two.", 1, None)), settings=Settings(), sha256="x")
    assert len(laid.segments) == 2 and laid.turns[0].role == "facilitator"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", "b", ".", " ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1f",
                                         "\x7f", "\u00a0", "\u2028", "\u3000", "é"]) | st.characters(), max_size=14))
def test_single_spacing_shortcuts_change_nothing(text):
    # Layout and the text reader skip rebuilding text that is already single-spaced; the
    # shortcut must never keep a text that the full normalisation would change.
    from pipeline.layout import _one_line
    from pipeline.readers.text import _norm_space

    assert _one_line(text) == " ".join(text.split())
    assert _norm_space(text) == " ".join(text.replace("\u00a0", " ").replace("\ufeff", "").split())
