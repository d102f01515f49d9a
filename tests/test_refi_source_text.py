"""Exported source text: speaker labels in turn headers become pseudonyms, positions follow."""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.refi.source_text import TextEdits, pseudonym_edits


def _turn(i, start, end, speaker):
    return SimpleNamespace(id=i, start=start, end=end, speaker_id=speaker)


def test_refi_source_text_labels_replaced_in_layout_style_text():
    # layout.py style: turn offsets cover the words only; headers may carry a timestamp
    text = "[00:01] Maria Lopez: Maria Lopez said hi\n\nFacilitator: ok"
    w1 = text.index("Maria Lopez said")
    w2 = text.index("ok")
    turns = [_turn(1, w1, w1 + len("Maria Lopez said hi"), 10), _turn(2, w2, w2 + 2, 20)]
    speakers = {10: SimpleNamespace(label="Maria Lopez", pseudonym="P1"),
                20: SimpleNamespace(label="Facilitator", pseudonym="FAC1")}
    edits = pseudonym_edits(text, turns, speakers)
    out = edits.apply(text)
    # only the header changes; what she said stays as spoken
    assert out == "[00:01] P1: Maria Lopez said hi\n\nFAC1: ok"
    assert out[edits.forward(w1):edits.forward(w1 + 11)] == "Maria Lopez"
    assert out[edits.forward(w2):edits.forward(w2 + 2)] == "ok"
    for i in (0, w1, w2, len(text)):
        assert edits.backward(edits.forward(i)) == i


def test_refi_source_text_edits_map_both_ways():
    edits = TextEdits([(0, 5, "P1"), (10, 12, "FACIL")])
    text = "Alice: hi Bo: yo"
    assert edits.apply(text) == "P1: hi FACIL: yo"
    out = edits.apply(text)
    # the colon after each label and the end of the text, before and after the edits
    assert [edits.forward(i) for i in (5, 12, 16)] == [out.index(":"), out.rindex(":"), len(out)] == [2, 12, 16]
    assert [edits.backward(j) for j in (2, 12, 16)] == [5, 12, 16]
    assert out[edits.forward(7):edits.forward(9)] == text[7:9] == "hi"
