"""Random bytes and random text at every reader: only NeedsmapError, never another exception."""

from __future__ import annotations

import io
import zipfile

from hypothesis import HealthCheck, example, given, settings, strategies as st

from pipeline.config import Settings
from pipeline.errors import NeedsmapError
from pipeline.layout import lay_out
from pipeline.readers import SUPPORTED_SUFFIXES, read_bytes

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like transcripts: headers, timestamps, markers, odd whitespace.
PIECES = st.sampled_from([
    "Facilitator: ", "P1: ", "[00:01:02] ", "00:19 PARTICIPANT 12:", "Maria  0:42", "\n", "\r\n", "\r",
    "\f", "\t", " ", "Page 3 of 20", "3", "[crosstalk]", "(laughs)", "WEBVTT", "-->",
    "00:00:01.000 --> 00:00:02.000", "<v Ana>", "</v>", "speaker,text", ",", ";", '"', "Note: ",
    "ALL PARTICIPANTS:", "“", "’", "\u2028", "\x00", "\ufeff", "é", "Yeah.", "word", ".",
])
TEXTY = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _check(data: bytes, suffix: str) -> None:
    try:
        parsed = read_bytes(data, f"fuzz{suffix}")
    except NeedsmapError as err:
        assert err.problems and all(p.file and p.file.startswith("fuzz") for p in err.problems)
        return
    laid = lay_out(parsed, settings=Settings(), sha256="x")
    for seg in laid.segments:
        assert seg.text and laid.text[seg.start:seg.end] == seg.text


@FUZZ
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUPPORTED_SUFFIXES))
def test_random_bytes_never_crash_a_reader(data, suffix):
    _check(data, suffix)


@FUZZ
@given(text=TEXTY, suffix=st.sampled_from([".txt", ".vtt", ".srt", ".csv", ".tsv"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_random_text_never_crashes_a_reader(text, suffix, encoding):
    _check(text.encode(encoding, errors="surrogatepass"), suffix)


def _zip_with(name: str, payload: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr(name, payload)
    return buf.getvalue()


@settings(max_examples=100, deadline=None)
@given(payload=st.binary(max_size=500), name=st.sampled_from(["word/document.xml", "xl/workbook.xml"]),
       suffix=st.sampled_from([".docx", ".xlsx"]))
def test_broken_office_zips_never_crash(payload, name, suffix):
    _check(_zip_with(name, payload), suffix)


@settings(max_examples=60, deadline=None)
@given(cut=st.integers(min_value=0, max_value=4000))
def test_truncated_docx_is_refused_cleanly(cut, tmp_path_factory):
    import docx

    path = tmp_path_factory.mktemp("d") / "t.docx"
    d = docx.Document()
    for i in range(30):
        d.add_paragraph(f"P{i % 3}: words number {i}")
    d.save(path)
    data = path.read_bytes()
    data = data[: min(cut, len(data) - 1)]
    _check(data, ".docx")


DEBRIS_PIECES = st.sampled_from(["page", "Page", "PAGE", " ", "\t", "3", "12", "٣", "²", "of", "/", "|", "-", "–", "—",
                                 "x", "p", "P"])


@FUZZ
@given(st.one_of(TEXTY, st.lists(DEBRIS_PIECES, max_size=8).map("".join)))
@example("page 3")
@example("Page 3 of 20")
@example("- 4 -")
@example("— 12 —")
@example("3 / 20")
@example("٣ of ٤")
@example("12 | Page")
@example("a\r\nb\rc\n\fd")
def test_text_reader_shortcuts_agree_with_their_patterns(text):
    # The text reader settles most lines without its regular expressions; the shortcuts
    # must give exactly what the patterns give.
    from pipeline.readers.text import _LINE_BREAKS, _PAGE_DEBRIS, _is_debris, split_lines

    assert _is_debris(text) == bool(_PAGE_DEBRIS.match(text))
    expected = _LINE_BREAKS.split(text)
    got = split_lines(text)
    if not any(c in text for c in "\f\v\x1c\x1d\x1e\x85\u2028\u2029"):
        assert [ln.text for ln in got] == expected
    assert [ln.no for ln in got][-1:] == [len(expected)] or not got
