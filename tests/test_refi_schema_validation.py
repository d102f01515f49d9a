"""Our .qdpx and .qdc validate against the standard's schemas (read from ../shared/refi)."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree

from pipeline.codebook import CodebookSpec
from pipeline.refi import export_qdpx, write_qdc


def _schema(refi_dir, name):
    return etree.XMLSchema(etree.parse(str(refi_dir / name)))


def test_refi_export_project_qde_validates_against_project_xsd(refi_project, refi_dir, tmp_path):
    path = export_qdpx(refi_project.db, tmp_path / "study.qdpx")
    with zipfile.ZipFile(path) as zf:
        names = zf.namelist()
        qde = zf.read("project.qde")
        texts = [zf.read(n) for n in names if n.startswith("sources/")]
    schema = _schema(refi_dir, "Project.xsd")
    doc = etree.fromstring(qde)
    assert schema.validate(doc), str(schema.error_log)
    assert doc.tag == "{urn:QDA-XML:project:1.0}Project"
    # one plain-text file per transcript, UTF-8 without a BOM, referenced as internal://
    assert len(texts) == 2 and all(not t.startswith(b"\xef\xbb\xbf") for t in texts)
    paths = doc.xpath("//q:TextSource/@plainTextPath", namespaces={"q": "urn:QDA-XML:project:1.0"})
    assert sorted(p.replace("internal://", "sources/") for p in paths) == sorted(n for n in names if n.startswith("sources/"))


def test_refi_export_qdc_validates_against_codebook_xsd(refi_project, refi_dir, tmp_path):
    from pipeline.codebook import current_codebook

    with refi_project.db.session() as s:
        spec = current_codebook(s)
    path = write_qdc(spec, tmp_path / "codebook.qdc")
    schema = _schema(refi_dir, "Codebook.xsd")
    doc = etree.parse(str(path))
    assert schema.validate(doc), str(schema.error_log)
    ns = {"c": "urn:QDA-XML:codebook:1.0"}
    # themes are non-codable parents holding their codes; SEM levels are code sets
    themes = doc.xpath("/c:CodeBook/c:Codes/c:Code[@isCodable='false']/@name", namespaces=ns)
    assert sorted(themes) == sorted(t["label"] for t in refi_project.codebook["themes"])
    assert doc.xpath("count(//c:Code[@isCodable='true'])", namespaces=ns) == len(refi_project.codebook["codes"])
    assert doc.xpath("count(/c:CodeBook/c:Sets/c:Set)", namespaces=ns) == len(refi_project.codebook["sem_levels"])


def test_refi_export_is_byte_for_byte_repeatable(refi_project, tmp_path):
    a = export_qdpx(refi_project.db, tmp_path / "a.qdpx").read_bytes()
    b = export_qdpx(refi_project.db, tmp_path / "b.qdpx").read_bytes()
    assert a == b


@pytest.mark.parametrize("color", ["255,0,0", "rgb(1,2,3)", "#abc", "not a colour"])
def test_refi_qdc_writes_only_schema_valid_colours(refi_dir, tmp_path, color):
    spec = CodebookSpec.model_validate({"codes": [{"id": "a", "label": "A", "color": color}]})
    path = write_qdc(spec, tmp_path / "c.qdc")
    schema = _schema(refi_dir, "Codebook.xsd")
    assert schema.validate(etree.parse(str(path))), str(schema.error_log)
