"""All five real exports in ../shared/refi/samples import; NVivo's UTF-16 offsets land on words."""

from __future__ import annotations

import zipfile

import pytest
from lxml import etree
from sqlalchemy import func, select

from pipeline.db import open_db
from pipeline.models import Coder, Coding, Segment, Transcript
from pipeline.refi import import_qdpx, read_qdc
from pipeline.refi.offsets import is_word_boundary

SAMPLES = [
    "atlasti-win-23.2_target-atlas-project.qdpx",
    "maxqda-24.7_ICLS_Conf_Themes_just10.qdpx",
    "nvivo-mac-15.0_qc-project.qdpx",
    "nvivo-win-12.6_oltas0517.qdpx",
]
NVIVO_WIN = "nvivo-win-12.6_oltas0517.qdpx"


def _sample(refi_dir, name):
    path = refi_dir / "samples" / name
    if not path.is_file():
        pytest.skip(f"sample {name} is not available")
    return path


def _qde_counts(path) -> dict:
    """Codings, code elements and users written in the sample, counted straight from its XML."""
    with zipfile.ZipFile(path) as zf:
        qde = next(n for n in zf.namelist() if n.lower().endswith(".qde"))
        root = etree.fromstring(zf.read(qde))
    count = lambda tag: int(root.xpath(f"count(//*[local-name()='{tag}'])"))  # noqa: E731
    return {"codings": count("Coding"), "codes": count("Code"), "users": count("User")}


@pytest.fixture(scope="module")
def nvivo_import(tmp_path_factory):
    """The NVivo Windows sample imported once for the module (it holds 30,000 lines)."""
    from conftest import SHARED

    path = SHARED / "refi" / "samples" / NVIVO_WIN
    if not path.is_file():
        pytest.skip("the NVivo Windows sample is not available")
    db = open_db(tmp_path_factory.mktemp("nvivo") / "p.db")
    report = import_qdpx(db, path)
    yield db, report, path
    db.dispose()


@pytest.mark.parametrize("name", [n for n in SAMPLES if n != NVIVO_WIN])
def test_refi_samples_import_without_error(refi_dir, db, name):
    path = _sample(refi_dir, name)
    expected = _qde_counts(path)
    report = import_qdpx(db, path)
    with db.session() as s:
        codings = s.scalar(select(func.count(Coding.id)))
        for seg in s.scalars(select(Segment)):
            assert seg.text == s.get(Transcript, seg.transcript_id).text[seg.start:seg.end]
    assert codings == report.codings == expected["codings"]
    # every code element became a code or a theme
    assert report.codes >= 1 and report.codes <= expected["codes"]
    assert 0 < len(report.coders) <= expected["users"]


def test_refi_sample_maxqda_sources_become_transcripts(refi_dir, db):
    report = import_qdpx(db, _sample(refi_dir, "maxqda-24.7_ICLS_Conf_Themes_just10.qdpx"), site="icls")
    assert report.transcripts == 10 and report.codes == 307
    with db.session() as s:
        names = sorted(s.scalars(select(Transcript.source_name)))
    assert "ICLS 2024 3-10" in names


def test_refi_sample_nvivo_mac_empty_texts_are_skipped_with_a_warning(refi_dir, db):
    report = import_qdpx(db, _sample(refi_dir, "nvivo-mac-15.0_qc-project.qdpx"))
    assert [p.code for p in report.problems] == ["E504", "E504"]
    assert report.transcripts == 0 and report.codes > 200  # duplicate code names got their own ids


def test_refi_sample_nvivo_win_imports_every_coding(nvivo_import):
    db, report, path = nvivo_import
    expected = _qde_counts(path)["codings"]
    assert report.codings == expected == 303
    assert report.units == {"videos_10_selected": "utf-16 code units"}
    with db.session() as s:
        assert sorted(s.scalars(select(Coder.name))) == ["Gergo", "floriansipos"]
        per_coder = dict(s.execute(select(Coder.name, func.count(Coding.id)).join(Coding, Coding.coder_id == Coder.id)
                                   .group_by(Coder.name)).all())
    assert sum(per_coder.values()) == expected


def test_refi_sample_nvivo_win_codings_land_on_word_boundaries(nvivo_import):
    db, _report, _path = nvivo_import
    with db.session() as s:
        texts = dict(s.execute(select(Transcript.id, Transcript.text)).all())
        rows = s.execute(select(Segment.start, Segment.end, Segment.text, Segment.transcript_id)
                         .join(Coding, Coding.segment_id == Segment.id)).all()
    assert rows
    ok = sum(1 for start, end, seg_text, tid in rows
             if texts[tid][start:end] == seg_text and is_word_boundary(texts[tid], start)
             and is_word_boundary(texts[tid], end))
    assert ok / len(rows) >= 0.95, f"only {ok}/{len(rows)} codings start and end on word boundaries"
    # the example quoted in NOTES.md: 10148-10186 (UTF-16) is this phrase
    assert any(t == "tudatos hal äl reklám, hatalmas árulás" for _s, _e, t, _x in rows)


def test_refi_sample_atlas_qdc_reads(refi_dir):
    spec = read_qdc(_sample(refi_dir, "atlasti-win-23.4_codebook.qdc"))
    assert [(c.id, c.label, c.definition, c.color) for c in spec.codes] == [("code1", "code1", "description", "#46AA00")]
