"""Encodings people actually send: UTF-8 with and without BOM, UTF-16, cp1252, CRLF and CR."""

from __future__ import annotations

import codecs

import pytest

from pipeline.errors import NeedsmapError
from pipeline.readers import read_bytes

TEXT = "Facilitator: What’s hard about “getting there”?\nMaria: The bus — and café prices.\nP2: Ça va.\n"
WANT = [("Facilitator", "What’s hard about “getting there”?"), ("Maria", "The bus — and café prices."), ("P2", "Ça va.")]


def _turns(data: bytes, name: str = "e.txt"):
    return [(t.speaker, t.text) for t in read_bytes(data, name).turns]


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),  # BOM-less
    TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
    TEXT.replace("\n", "\r\n").encode("utf-8"),
    TEXT.replace("\n", "\r").encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom", "cp1252", "crlf", "cr-cp1252"])
def test_encodings_keep_smart_quotes_and_accents(data):
    assert _turns(data) == WANT


def test_cp1252_csv_keeps_smart_quotes():
    data = "speaker,text\r\nP1,“Quoted” it’s fine\r\n".encode("cp1252")
    assert _turns(data, "c.csv") == [("P1", "“Quoted” it’s fine")]


def test_utf16_vtt_reads():
    data = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Ana>Olá, “tudo” bem\n".encode("utf-16")
    assert _turns(data, "c.vtt") == [("Ana", "Olá, “tudo” bem")]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"PK\x03\x04" + b"\x00" * 40,
    bytes(range(256)) * 8,
    b"Facilitator: hi\x00\x00\x01\x02\x03 there\x00" * 20,
])
def test_binary_named_txt_is_refused(data):
    with pytest.raises(NeedsmapError) as err:
        read_bytes(data, "binary.txt")
    assert [p.code for p in err.value.problems] == ["E002"]
    assert err.value.problems[0].file == "binary.txt"


@pytest.mark.parametrize("data", [b"", b"   \r\n\t", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n"])
def test_empty_files_are_refused(data):
    with pytest.raises(NeedsmapError) as err:
        read_bytes(data, "empty.txt")
    assert [p.code for p in err.value.problems] == ["E001"]
