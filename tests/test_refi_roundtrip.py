"""Export -> import into a fresh database gives back the same codes, coders, codings and offsets."""

from __future__ import annotations

from sqlalchemy import select

from pipeline.codebook import current_codebook
from pipeline.db import open_db
from pipeline.models import Coder, Coding, FocusGroup, Memo, Segment, Site, Transcript
from pipeline.refi import export_qdpx, import_qdpx
from pipeline.refi.source_text import export_text


def _codings(db, exported: bool = False) -> set[tuple]:
    """(site, group, text, start, end, segment text, code, coder) of every confirmed coding.

    With `exported`, text and offsets are those of the exported text (pseudonyms in headers).
    """
    with db.session() as s:
        rows = s.execute(
            select(Site.name, FocusGroup.name, Transcript, Segment.start, Segment.end, Segment.text,
                   Coding.code_key, Coder.name)
            .join(Segment, Segment.id == Coding.segment_id).join(Transcript, Transcript.id == Segment.transcript_id)
            .join(FocusGroup, FocusGroup.id == Transcript.group_id).join(Site, Site.id == FocusGroup.site_id)
            .join(Coder, Coder.id == Coding.coder_id).where(Coding.decision == "confirmed")
        ).all()
        out = set()
        for site, group, t, start, end, seg_text, code, coder in rows:
            text = t.text
            if exported:
                text, edits = export_text(s, t)
                start, end = edits.forward(start), edits.forward(end)
            out.add((site, group, text, start, end, seg_text, code, coder))
    return out


def _fresh(tmp_path, name):
    return open_db(tmp_path / name)


def test_refi_roundtrip_gives_back_codes_coders_codings_offsets(refi_project, tmp_path):
    path = export_qdpx(refi_project.db, tmp_path / "study.qdpx")
    other = _fresh(tmp_path, "other.db")
    try:
        report = import_qdpx(other, path)
        assert report.problems == []
        with refi_project.db.session() as s:
            spec_a = current_codebook(s)
            coders_a = sorted(s.scalars(select(Coder.name)))
        with other.session() as s:
            spec_b = current_codebook(s)
            coders_b = sorted(s.scalars(select(Coder.name)))
            texts_b = sorted(s.scalars(select(Transcript.text)))
            for seg in s.scalars(select(Segment)):
                assert seg.text == s.get(Transcript, seg.transcript_id).text[seg.start:seg.end]
        # every field of the codebook comes back, in order
        assert spec_b.model_dump() == spec_a.model_dump()
        assert coders_b == coders_a
        # same segment texts, codes and coders, at the same offsets of the same (exported) text
        before, after = _codings(refi_project.db, exported=True), _codings(other)
        assert after == before
        expected = {(t, seg, code, coder) for t, seg, code, coder, d in refi_project.plan if d == "confirmed"}
        assert len(after) == len(expected)
        with refi_project.db.session() as s:
            assert texts_b == sorted(export_text(s, t)[0] for t in s.scalars(select(Transcript)))
    finally:
        other.dispose()


def test_refi_roundtrip_keeps_memos_dates_and_leaves_rejections_out(refi_project, tmp_path):
    path = export_qdpx(refi_project.db, tmp_path / "study.qdpx")
    other = _fresh(tmp_path, "other.db")
    try:
        import_qdpx(other, path)
        with other.session() as s:
            memos = s.execute(select(Memo.text, Coder.name, Segment.text).join(Coder, Coder.id == Memo.coder_id)
                              .outerjoin(Segment, Segment.id == Memo.segment_id)).all()
            rejected = s.scalars(select(Coding).where(Coding.decision == "rejected")).all()
            sources = {c.source for c in s.scalars(select(Coding))}
            groups = {(g.name, g.date) for g in s.scalars(select(FocusGroup))}
        assert sorted(memos, key=str) == sorted([
            ("Ask the PI: is café a wellbeing place?", "ana", "Honestly I feel stressed 😀 all the time, café visits help."),
            ("Project note: rural sites next.", "ben", None),
        ], key=str)
        assert rejected == []  # REFI-QDA has no "rejected" decision
        assert sources == {"refi-import"}
        assert groups == {("FG1", "2021-03-31"), ("FG2", None)}
    finally:
        other.dispose()


def test_refi_reimport_into_same_project_adds_no_duplicates(refi_project, tmp_path):
    path = export_qdpx(refi_project.db, tmp_path / "study.qdpx")
    before = _codings(refi_project.db)
    with refi_project.db.session() as s:
        n_transcripts = len(s.scalars(select(Transcript)).all())
        n_segments = len(s.scalars(select(Segment)).all())
    report = import_qdpx(refi_project.db, path)
    assert report.transcripts == 0 and report.matched_transcripts == 2
    assert report.codings == 0 and report.unchanged_codings == len(before)
    assert {p.code for p in report.problems} == {"E509"}
    assert _codings(refi_project.db) == before
    with refi_project.db.session() as s:
        # existing decisions keep their own source: nothing is rewritten
        assert {c.source for c in s.scalars(select(Coding))} == {"typed"}
    with refi_project.db.session() as s:
        assert len(s.scalars(select(Transcript)).all()) == n_transcripts
        assert len(s.scalars(select(Segment)).all()) == n_segments


def test_refi_reimport_does_not_double_memos(refi_project, tmp_path):
    path = export_qdpx(refi_project.db, tmp_path / "study.qdpx")
    with refi_project.db.session() as s:
        n = len(s.scalars(select(Memo)).all())
    report = import_qdpx(refi_project.db, path)
    assert report.memos == 0
    with refi_project.db.session() as s:
        assert len(s.scalars(select(Memo)).all()) == n


def test_refi_export_shows_pseudonyms_not_speaker_labels(refi_project, tmp_path):
    import zipfile

    path = export_qdpx(refi_project.db, tmp_path / "study.qdpx")
    with zipfile.ZipFile(path) as zf:
        data = b"".join(zf.read(n) for n in zf.namelist())
    assert b"Maria" not in data and b"Lopez" not in data
    assert "P2: Honestly I feel stressed 😀".encode() in data


def test_refi_import_into_a_project_with_a_codebook_keeps_its_codes(refi_project, refi_dir, tmp_path):
    sample = refi_dir / "samples" / "atlasti-win-23.2_target-atlas-project.qdpx"
    with refi_project.db.session() as s:
        before = current_codebook(s)
    report = import_qdpx(refi_project.db, sample)
    with refi_project.db.session() as s:
        after = current_codebook(s)
    assert after.name == before.name and report.codebook_version == 2
    # every code the existing codings use is still there, the imported ones are added
    assert after.code_ids()[: len(before.codes)] == before.code_ids()
    assert set(after.code_ids()) - set(before.code_ids()) == {"commits", "2022_05_10t02_05_59z_19e4dce",
                                                             "2022_02_11t10_39_25z_cdbfd92"}
