"""The .qdc codebook: our own files come back exactly; other programs' files read sensibly."""

from __future__ import annotations

import pytest

from pipeline.codebook import CodebookSpec
from pipeline.errors import NeedsmapError
from pipeline.refi import read_qdc, write_qdc
from pipeline.refi.qdc import parse_qdc


def test_refi_qdc_write_then_read_gives_the_same_codebook(refi_project, tmp_path):
    spec = CodebookSpec.model_validate(refi_project.codebook)
    back = read_qdc(write_qdc(spec, tmp_path / "whatever.qdc"))
    assert back.model_dump() == spec.model_dump()


def test_refi_qdc_implied_themes_and_levels_stay_implied(tmp_path):
    # themes and levels used by codes but not declared must not appear from nowhere
    spec = CodebookSpec.model_validate({"name": "loose", "codes": [
        {"id": "a", "label": "A", "theme": "t1", "sem_level": "policy"},
        {"id": "b", "label": "B", "parent": "a"},
    ]})
    back = read_qdc(write_qdc(spec, tmp_path / "c.qdc"))
    assert back.model_dump() == spec.model_dump()


@pytest.mark.parametrize("ns", ["", " xmlns='urn:QDA-XML:codebook:1:0'", " xmlns='urn:QDA-XML:codebook:0:4'"])
def test_refi_qdc_foreign_namespaces_nesting_and_duplicate_names(ns):
    xml = (f"<CodeBook{ns} origin='NVivo 12 For Mac'><Codes>"
           "<Code guid='{11111111-1111-1111-1111-111111111111}' name='Barriers' isCodable='false'>"
           "<Description>Things in the way</Description>"
           "<Code guid='22222222-2222-2222-2222-222222222222' name='Cost' isCodable='1' color='#abc'>"
           "<Code guid='33333333-3333-3333-3333-333333333333' name='Cost' isCodable='true'/></Code>"
           "<Code guid='44444444-4444-4444-4444-444444444444' name='Sub folder' isCodable='false'/>"
           "</Code><Code guid='55555555-5555-5555-5555-555555555555' name='Café visits' isCodable='true'/>"
           "</Codes></CodeBook>")
    spec = parse_qdc(xml.encode(), file="nvivo.qdc")
    assert spec.name == "nvivo"
    assert [(t.id, t.label, t.description) for t in spec.themes] == [("barriers", "Barriers", "Things in the way")]
    got = [(c.id, c.label, c.theme, c.parent, c.color) for c in spec.codes]
    assert got == [
        ("cost", "Cost", "barriers", None, "#AABBCC"),
        ("cost_2", "Cost", "barriers", "cost", None),
        ("sub_folder", "Sub folder", "barriers", None, None),
        ("cafe_visits", "Café visits", None, None, None),
    ]


def test_refi_qdc_without_codes_or_broken_is_a_plain_error():
    with pytest.raises(NeedsmapError) as err:
        parse_qdc(b"<CodeBook xmlns='urn:QDA-XML:codebook:1.0'><Codes/></CodeBook>", file="empty.qdc")
    assert [p.code for p in err.value.problems] == ["E508"]
    with pytest.raises(NeedsmapError) as err:
        parse_qdc(b"<Project name='x'/>", file="wrong.qdc")
    assert [p.code for p in err.value.problems] == ["E101"]
