"""Offsets: code points <-> UTF-16 units <-> CRLF-as-one, and choosing the scheme a file used."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.refi.offsets import CODE_POINTS, UnitTable, Units, boundary_share, choose_units, is_word_boundary

TEXT = "Hi 😀 there.\r\nBus 🚌🚌 late\r\nend"


def test_refi_offsets_utf16_counts_astral_characters_twice():
    table = UnitTable(TEXT, Units(utf16=True))
    assert table.length == len(TEXT.encode("utf-16-le")) // 2
    start = TEXT.index("there")
    # positions match .NET / JavaScript string indices
    assert table.from_code_point(start) == len(TEXT[:start].encode("utf-16-le")) // 2
    assert table.to_code_point(table.from_code_point(start)) == start


def test_refi_offsets_crlf_as_one_matches_text_with_lf_only():
    table = UnitTable(TEXT, Units(crlf_as_one=True))
    lf_text = TEXT.replace("\r\n", "\n")
    assert table.length == len(lf_text)
    for word in ("Bus", "late", "end"):
        ext_start = lf_text.index(word)
        cp = table.to_code_point(ext_start)
        assert TEXT[cp:cp + len(word)] == word


def test_refi_offsets_positions_inside_a_pair_snap_outward():
    table = UnitTable("a😀b", Units(utf16=True))
    # 2 is the middle of the surrogate pair: a start moves left, an end moves right
    assert table.to_code_point(2) == 1
    assert table.to_code_point(2, is_end=True) == 2


def test_refi_offsets_choose_units_prefers_the_scheme_that_hits_words():
    text = "😀😀 " + " ".join(f"word{i}" for i in range(30))
    words = [(text.index(f"word{i} "), text.index(f"word{i} ") + len(f"word{i}")) for i in (3, 7, 12, 20)]
    table = UnitTable(text, Units(utf16=True))
    utf16_spans = [(table.from_code_point(s), table.from_code_point(e)) for s, e in words]
    assert choose_units(text, utf16_spans, [CODE_POINTS]) == Units(utf16=True)
    assert choose_units(text, words, [Units(utf16=True)]) == CODE_POINTS
    # nothing to tell apart: the program's own scheme wins
    assert choose_units("plain text", [(0, 5)], [Units(utf16=True)]) == Units(utf16=True)


def test_refi_offsets_word_boundaries():
    assert is_word_boundary("ab cd", 2) and is_word_boundary("ab cd", 0) and is_word_boundary("ab cd", 5)
    assert not is_word_boundary("ab cd", 1)
    assert boundary_share("ab cd", [(0, 2), (1, 2)]) == 0.5


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "é", "😀", "\r\n", "\n", "🚌", "\r"]), max_size=25).map("".join),
       st.booleans(), st.booleans())
def test_refi_offsets_round_trip_every_boundary(text, utf16, crlf):
    table = UnitTable(text, Units(utf16=utf16, crlf_as_one=crlf))
    for i in range(len(text) + 1):
        pos = table.from_code_point(i)
        back = table.to_code_point(pos)
        # a boundary between CR and LF has no position of its own: it maps to the CR
        assert back == i or (text[back:i] == "\r" and crlf)
        end = table.to_code_point(pos, is_end=True)
        assert end == i or (text[end:i] == "\r" and crlf)
