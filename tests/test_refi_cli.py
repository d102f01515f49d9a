"""CLI: export refi / import refi, and the .qdc codebook round trip through `codebook export/import`."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.codebook import current_codebook
from pipeline.db import open_db
from pipeline.models import Coding


def test_refi_cli_export_then_import_into_a_new_project(refi_project, db_path, tmp_path, cli_run):
    out = tmp_path / "study.qdpx"
    code, stdout, stderr = cli_run(["--db", str(db_path), "export", "refi", "--out", str(out)])
    assert code == 0, stderr
    assert out.is_file() and str(out) in stdout
    other = tmp_path / "other.db"
    code, stdout, stderr = cli_run(["--db", str(other), "import", "refi", str(out), "--site", "spare"])
    assert code == 0, stderr
    assert "2 transcripts" in stdout and "9 codings" in stdout and "3 coders" in stdout
    database = open_db(other)
    try:
        with database.session() as s:
            assert s.scalar(select(func.count(Coding.id))) == 9
    finally:
        database.dispose()


def test_refi_cli_import_of_a_broken_file_exits_2_with_plain_words(tmp_path, cli_run):
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"not a zip")
    code, stdout, stderr = cli_run(["--db", str(tmp_path / "p.db"), "import", "refi", str(bad)])
    assert code == 2
    assert "[E501]" in stderr and "Traceback" not in stderr


def test_refi_cli_codebook_qdc_round_trip(refi_project, db_path, tmp_path, cli_run):
    qdc = tmp_path / "any-name.qdc"  # the codebook keeps its own name, whatever the file is called
    code, _out, stderr = cli_run(["--db", str(db_path), "codebook", "export", "--format", "qdc", "--out", str(qdc)])
    assert code == 0, stderr
    fresh = tmp_path / "fresh.db"
    code, stdout, stderr = cli_run(["--db", str(fresh), "codebook", "import", str(qdc)])
    assert code == 0, stderr
    assert "5 codes, 2 themes, 2 SEM levels" in stdout
    database = open_db(fresh)
    try:
        with database.session() as s, refi_project.db.session() as s2:
            assert current_codebook(s).model_dump() == current_codebook(s2).model_dump()
    finally:
        database.dispose()
    # importing it back into the project it came from changes nothing
    code, stdout, _ = cli_run(["--db", str(db_path), "codebook", "import", str(qdc)])
    assert code == 0 and "unchanged" in stdout


def test_refi_cli_codebook_import_of_an_atlas_qdc(refi_dir, tmp_path, cli_run):
    sample = refi_dir / "samples" / "atlasti-win-23.4_codebook.qdc"
    code, stdout, stderr = cli_run(["--db", str(tmp_path / "p.db"), "codebook", "import", str(sample)])
    assert code == 0, stderr
    assert "1 codes" in stdout


def test_refi_cli_codebook_import_of_a_malformed_qdc_names_file_and_line(tmp_path, cli_run):
    bad = tmp_path / "bad.qdc"
    bad.write_text("<CodeBook>\n<Codes>\n</CodeBook>\n", encoding="utf-8")
    code, _out, stderr = cli_run(["--db", str(tmp_path / "p.db"), "codebook", "import", str(bad)])
    assert code == 2
    assert f"{bad}, line 3" in stderr and "[E101]" in stderr
