"""Import copes with what other programs write: namespaces, GUID spellings, folders, missing texts."""

from __future__ import annotations

import io
import zipfile

import pytest
from sqlalchemy import select

from pipeline.errors import NeedsmapError
from pipeline.models import Coder, Codebook, Coding, FocusGroup, Memo, Segment, Site, Transcript
from pipeline.refi import import_qdpx

U1 = "AAAAAAAA-1111-2222-3333-444444444444"
C1 = "BBBBBBBB-1111-2222-3333-444444444444"
C2 = "CCCCCCCC-1111-2222-3333-444444444444"
S1 = "DDDDDDDD-1111-2222-3333-444444444444"
S2 = "EEEEEEEE-1111-2222-3333-444444444444"
N1 = "FFFFFFFF-1111-2222-3333-444444444444"
SEL1 = "12345678-1111-2222-3333-444444444444"


def _qdpx(path, qde: str, files: dict[str, bytes], qde_name: str = "project.qde"):
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(qde_name, qde.encode("utf-8"))
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def _codebook(prefix: str = "") -> str:
    p = prefix
    return (f"<{p}CodeBook><{p}Codes>"
            f"<{p}Code guid='{{{C1}}}' name='Folder' isCodable='false'>"
            f"<{p}Code guid='{C2}' name='Bus trouble' isCodable='true' color='255,0,0'><{p}Description>Late buses</{p}Description></{p}Code>"
            f"</{p}Code></{p}Codes></{p}CodeBook>")


def _segments(db):
    with db.session() as s:
        return s.execute(select(Segment.text, Coding.code_key, Coder.name).join(Coding, Coding.segment_id == Segment.id)
                         .join(Coder, Coder.id == Coding.coder_id)).all()


def test_refi_variant_no_namespace_braced_upper_guids_capital_sources_atlas_crlf(db, tmp_path):
    text = "First line\r\nThe bus is late\r\nLast"
    lf = text.replace("\r\n", "\n")
    start, end = lf.index("bus"), lf.index("bus") + len("bus is late")  # ATLAS.ti counts CRLF as one
    qde = (f"<Project name='p' origin='ATLAS.ti 23'><Users><User guid='{{{U1}}}' name='Ana'/></Users>{_codebook()}"
           f"<Sources><TextSource guid='{S1}' name='doc one' plainTextPath='internal://{S1}.txt'>"
           f"<PlainTextSelection guid='{SEL1}' startPosition='{start}' endPosition='{end}'>"
           f"<Coding guid='{N1}' creatingUser='{U1.lower()}'><CodeRef targetGUID='{{{C2.lower()}}}'/></Coding>"
           f"</PlainTextSelection></TextSource></Sources></Project>")
    path = _qdpx(tmp_path / "a.qdpx", qde, {f"Sources/{S1.lower()}.txt": b"\xef\xbb\xbf" + text.encode()},
                 qde_name="My Project.qde")
    report = import_qdpx(db, path, site="lakeside")
    assert report.problems == []
    assert _segments(db) == [("bus is late", "bus_trouble", "Ana")]
    with db.session() as s:
        cb = s.scalars(select(Codebook)).one()
        assert [(c.key, c.theme, c.color) for c in cb.codes] == [("bus_trouble", "folder", "#FF0000")]
        assert cb.meta["themes"][0]["label"] == "Folder"
        assert s.scalars(select(Site.name)).all() == ["lakeside"]
        assert s.scalars(select(Transcript.text)).one() == text  # stored exactly, CRLF kept


def test_refi_variant_prefixed_namespace_inline_text_and_fallback_coder(db, tmp_path):
    qde = (f"<q:Project xmlns:q='urn:QDA-XML:project:1:0' name='p'>{_codebook('q:')}"
           f"<q:Sources><q:TextSource guid='{S1}' name='inline'><q:PlainTextContent>Rent is too high</q:PlainTextContent>"
           f"<q:PlainTextSelection guid='{SEL1}' startPosition='0' endPosition='4'>"
           f"<q:Coding guid='{N1}'><q:CodeRef targetGUID='{C2}'/></q:Coding>"
           f"</q:PlainTextSelection></q:TextSource></q:Sources></q:Project>")
    report = import_qdpx(db, _qdpx(tmp_path / "b.qdpx", qde, {}))
    assert _segments(db) == [("Rent", "bus_trouble", "imported")]
    assert report.coders == ["imported"]


def test_refi_variant_missing_text_unknown_code_and_audio_are_skipped_with_warnings(db, tmp_path):
    qde = (f"<Project xmlns='urn:QDA-XML:project:1.0' name='p'>{_codebook()}<Sources>"
           f"<TextSource guid='{S1}' name='gone' plainTextPath='internal://{S1}.txt'/>"
           f"<TextSource guid='{S2}' name='here' plainTextPath='internal://{S2}.txt'>"
           f"<PlainTextSelection guid='{SEL1}' startPosition='0' endPosition='4'>"
           f"<Coding guid='{N1}'><CodeRef targetGUID='99999999-1111-2222-3333-444444444444'/></Coding>"
           f"</PlainTextSelection></TextSource>"
           f"<AudioSource guid='{U1}' name='interview.mp3' path='relative://a.mp3'/></Sources></Project>")
    report = import_qdpx(db, _qdpx(tmp_path / "c.qdpx", qde, {f"sources/{S2}.txt": b"Rent is high"}))
    assert sorted(p.code for p in report.problems) == ["E504", "E506", "E507"]
    assert report.transcripts == 1 and report.codings == 0 and report.skipped_codings == 1
    assert all(p.file for p in report.problems)


def test_refi_variant_docx_only_source_notes_links_and_descriptions_become_memos(db, tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Clinic hours are short")
    document.add_paragraph("Buses stop at six")
    buf = io.BytesIO()
    document.save(buf)
    sel2 = "22345678-1111-2222-3333-444444444444"
    qde = (f"<Project xmlns='urn:QDA-XML:project:1.0' name='p' origin='NVivo for Mac 15'>"
           f"<Users><User guid='{U1}' name='Ana'/></Users>{_codebook()}<Sources>"
           f"<TextSource guid='{S1}' name='docx only' richTextPath='internal://{S1}.docx' plainTextPath='internal://{S1}.txt'>"
           f"<PlainTextSelection guid='{SEL1}' startPosition='23' endPosition='28' creatingUser='{U1}'>"
           f"<Description>ATLAS-style comment</Description>"
           f"<Coding guid='{N1}' creatingUser='{U1}'><CodeRef targetGUID='{C2}'/></Coding></PlainTextSelection>"
           f"<PlainTextSelection guid='{sel2}' startPosition='0' endPosition='6'/>"
           f"</TextSource></Sources>"
           f"<Notes><Note guid='{S2}' name='memo' creatingUser='{U1}'><PlainTextContent>Linked note</PlainTextContent></Note>"
           f"<Note guid='{C1[:-1]}5' name='loose'><PlainTextContent>Loose note</PlainTextContent></Note></Notes>"
           f"<Links><Link guid='{U1[:-1]}9' originGUID='{S2}' targetGUID='{sel2}'/></Links></Project>")
    path = _qdpx(tmp_path / "d.qdpx", qde, {f"sources/{S1}.txt": b"\n", f"sources/{S1}.docx": buf.getvalue()})
    report = import_qdpx(db, path)
    assert report.problems == []
    assert _segments(db) == [("Buses", "bus_trouble", "Ana")]
    with db.session() as s:
        memos = s.execute(select(Memo.text, Segment.text).outerjoin(Segment, Segment.id == Memo.segment_id)).all()
    assert sorted(memos, key=str) == sorted([("ATLAS-style comment", "Buses"), ("Linked note", "Clinic"),
                                             ("Loose note", None)], key=str)


def test_refi_variant_site_and_group_from_case_variables(db, tmp_path):
    v1, v2 = U1[:-1] + "1", U1[:-1] + "2"
    qde = (f"<Project xmlns='urn:QDA-XML:project:1.0' name='p'>{_codebook()}"
           f"<Variables><Variable guid='{v1}' name='Site' typeOfVariable='Text'/>"
           f"<Variable guid='{v2}' name='Group' typeOfVariable='Text'/></Variables>"
           f"<Cases><Case guid='{C1[:-1]}7' name='North clinic'><SourceRef targetGUID='{S1}'/></Case></Cases>"
           f"<Sources><TextSource guid='{S1}' name='t1'><PlainTextContent>Hello</PlainTextContent>"
           f"<VariableValue><VariableRef targetGUID='{v2}'/><TextValue>Group A</TextValue></VariableValue>"
           f"</TextSource></Sources></Project>")
    import_qdpx(db, _qdpx(tmp_path / "e.qdpx", qde, {}), site="ignored")
    with db.session() as s:
        assert s.execute(select(Site.name, FocusGroup.name).join(FocusGroup)).all() == [("North clinic", "Group A")]


@pytest.mark.parametrize("content, code", [
    (b"this is not a zip", "E501"),
    ("zip-without-qde", "E502"),
    ("zip-bad-xml", "E503"),
])
def test_refi_variant_broken_files_raise_plain_errors(db, tmp_path, content, code):
    path = tmp_path / "broken.qdpx"
    if content == "zip-without-qde":
        _qdpx(path, "<Project name='x'/>", {}, qde_name="notes.txt")
    elif content == "zip-bad-xml":
        _qdpx(path, "<Project name='x'>\n<Users>\n</Project>", {})
    else:
        path.write_bytes(content)
    with pytest.raises(NeedsmapError) as err:
        import_qdpx(db, path)
    assert [p.code for p in err.value.problems] == [code]
    assert str(path) in str(err.value)


def test_refi_import_is_all_or_nothing(db, tmp_path, monkeypatch):
    from pipeline.refi import importer

    qde = (f"<Project xmlns='urn:QDA-XML:project:1.0' name='p'><Users><User guid='{U1}' name='Ana'/></Users>{_codebook()}"
           f"<Sources><TextSource guid='{S1}' name='t1'><PlainTextContent>Hello there</PlainTextContent>"
           f"<PlainTextSelection guid='{SEL1}' startPosition='0' endPosition='5'>"
           f"<Coding guid='{N1}' creatingUser='{U1}'><CodeRef targetGUID='{C2}'/></Coding>"
           f"</PlainTextSelection></TextSource></Sources></Project>")
    path = _qdpx(tmp_path / "f.qdpx", qde, {})

    def boom(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(importer._Importer, "notes", boom)
    with pytest.raises(RuntimeError):
        import_qdpx(db, path)
    with db.session() as s:
        for model in (Transcript, Coder, Codebook, Coding, Segment):
            assert s.scalars(select(model)).all() == []


def test_refi_variant_external_text_next_to_the_project_and_audit_rows(db, tmp_path):
    from pipeline.models import AuditLog

    (tmp_path / "outside.txt").write_text("Outside text here", encoding="utf-8")
    (tmp_path / "secret.cfg").write_text("not a document", encoding="utf-8")
    qde = (f"<Project xmlns='urn:QDA-XML:project:1.0' name='p' basePath=''>"
           f"<Users><User guid='{U1}' name='Ana'/></Users>{_codebook()}<Sources>"
           f"<TextSource guid='{S1}' name='ext' plainTextPath='relative://outside.txt'>"
           f"<PlainTextSelection guid='{SEL1}' startPosition='0' endPosition='7'>"
           f"<Coding guid='{N1}' creatingUser='{U1}'><CodeRef targetGUID='{C2}'/></Coding></PlainTextSelection>"
           f"</TextSource><TextSource guid='{S2}' name='cfg' plainTextPath='relative://secret.cfg'/></Sources></Project>")
    report = import_qdpx(db, _qdpx(tmp_path / "g.qdpx", qde, {}))
    assert _segments(db) == [("Outside", "bus_trouble", "Ana")]
    assert [p.code for p in report.problems] == ["E504"]  # only .txt/.docx files are read from disk
    with db.session() as s:
        actions = [a.action for a in s.scalars(select(AuditLog).order_by(AuditLog.id))]
    assert "refi.import" in actions and actions.count("coding.decide") == 1
