"""Leak test: after ingesting with a roster, no roster name (nor a misspelling of one) is anywhere:
not in the database file bytes (+ WAL), not in the CSV/XLSX/DOCX/QDPX exports, not in the logs."""

from __future__ import annotations

import csv
import logging
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

# Misspellings written into the synthetic transcripts (tests/data/deid/README.md).
MISSPELLINGS = ["Marybelle", "Jolenne", "Tavitta", "Desmnod", "Quinterro", "Okafer"]
CONTACTS = [b"555-0199", b"555-0142", b"tavita.f@example.org", b"42 Elm Street", b"03/14/1979"]


def _forbidden(roster) -> list[str]:
    words = set(MISSPELLINGS)
    for e in roster.entries:
        words.add(e.name)
        words.update(e.name.split())
        words.update(e.aliases)
    return sorted(words)


def _leaks(data: bytes, names: list[str]) -> list[str]:
    """Names found in raw bytes (any case, as whole words; SQLite, XML and CSV all store UTF-8)."""
    found = []
    for name in names:
        pattern = rb"(?<![a-z])" + re.escape(name.encode()).replace(rb"\ ", rb"\s+") + rb"(?![a-z])"
        if re.search(pattern, data, re.IGNORECASE):
            found.append(name)
    return found


def test_deid_leak_search_finds_names_in_the_raw_files(deid_dir, deid_roster):
    """The search itself works: every name and misspelling is present before de-identification."""
    raw = b"".join(p.read_bytes() for p in deid_dir.glob("group_*"))
    assert _leaks(raw, _forbidden(deid_roster)) == _forbidden(deid_roster)


def _archive_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as zf:
        return b"\n".join(zf.read(n) for n in zf.namelist())


@pytest.fixture
def study(tmp_path, deid_dir, repo_root, monkeypatch, caplog):
    """Ingest the sample study (when present) and the synthetic named transcripts with the roster."""
    from pipeline.cli.base import app

    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    db_path = tmp_path / "study.db"
    # A copy: the replacement report is written beside the roster, never into the repo.
    roster = tmp_path / "roster.csv"
    roster.write_bytes((deid_dir / "roster.csv").read_bytes())
    runner = CliRunner()
    outputs = []
    base = ["--db", str(db_path)]
    outputs.append(runner.invoke(app, [*base, "codebook", "import", str(repo_root / "codebooks" / "rose.yaml")]))
    sample = repo_root / "data" / "sample_transcripts"
    if (sample / "manifest.csv").is_file():
        groups: dict[tuple, list[str]] = {}
        for row in csv.DictReader((sample / "manifest.csv").open(encoding="utf-8")):
            groups.setdefault((row["site"], row["group"], row["date"]), []).append(str(sample / row["file"]))
        for (site, group, date), files in groups.items():
            outputs.append(runner.invoke(app, [*base, "ingest", *files, "--site", site, "--group", group,
                                               "--date", date, "--roster", str(roster)]))
    for f in sorted(deid_dir.glob("group_*")):
        outputs.append(runner.invoke(app, [*base, "ingest", str(f), "--site", "north", "--roster", str(roster)]))
    for res in outputs:
        assert res.exit_code == 0, res.output
    return {"db": db_path, "outputs": outputs, "tmp": tmp_path}


@pytest.mark.slow
def test_deid_leak_nowhere(study, deid_roster, caplog):
    from sqlalchemy import func, select

    from pipeline.coding import record_decision
    from pipeline.db import open_db
    from pipeline.exporters.codings import export_codings
    from pipeline.exporters.segments import export_segments
    from pipeline.exporters.tables_files import export_tables
    from pipeline.models import Segment, Transcript
    from pipeline.refi import export_qdpx
    from pipeline.suggesters.store import run_suggest

    names = _forbidden(deid_roster)
    db = open_db(study["db"])
    with db.session() as s:
        n_transcripts = s.scalar(select(func.count()).select_from(Transcript))
        assert n_transcripts >= 3
        seg_ids = s.scalars(select(Segment.id).order_by(Segment.id)).all()
        texts = " ".join(s.scalars(select(Segment.text)))
        # The pseudonyms took the names' places.
        assert "Kowhai" in texts and "Totara" in texts and "[PHONE]" in texts
        for sid in seg_ids[:20]:
            record_decision(s, segment_id=sid, code_key=_first_code(s), coder="amina")
    run_suggest(db, engine="keyword")
    out = study["tmp"] / "out"
    out.mkdir()
    with db.Session() as s:
        export_segments(s, out / "segments.csv")
        export_codings(s, out / "codings.csv")
        export_tables(s, out / "tables")
    export_qdpx(db, out / "project.qdpx")
    db.dispose()

    raw = study["db"].read_bytes()
    wal = study["db"].with_name(study["db"].name + "-wal")
    if wal.exists():
        raw += wal.read_bytes()
    assert _leaks(raw, names) == []
    for contact in CONTACTS:
        assert contact not in raw

    exported = sorted(p for p in out.rglob("*") if p.is_file())
    kinds = {p.suffix for p in exported}
    assert {".csv", ".xlsx", ".docx", ".qdpx"} <= kinds
    for p in exported:
        data = _archive_bytes(p) if p.suffix in (".xlsx", ".docx", ".qdpx") else p.read_bytes()
        assert _leaks(data, names) == [], p.name

    logs = "\n".join(r.getMessage() for r in caplog.records)
    logs += "\n".join(res.output for res in study["outputs"])
    for f in (study["tmp"] / "tmp").rglob("*.log"):
        logs += f.read_text(encoding="utf-8", errors="replace")
    assert _leaks(logs.encode(), names) == []


def _first_code(session) -> str:
    from pipeline.codebook import current_codebook

    return next(iter(current_codebook(session).by_id()))


def test_deid_leak_original_text_kept_only_when_asked(tmp_path, deid_dir):
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths

    db = open_db(tmp_path / "p.db")
    try:
        ingest_paths(db, [deid_dir / "group_north.txt"], site="north", roster=deid_dir / "roster.csv")
        assert _leaks((tmp_path / "p.db").read_bytes() + _wal(tmp_path / "p.db"), ["Maribelle"]) == []
    finally:
        db.dispose()
    db = open_db(tmp_path / "q.db")
    try:
        ingest_paths(db, [deid_dir / "group_north.txt"], site="north", roster=deid_dir / "roster.csv",
                     keep_original=True)
        assert _leaks((tmp_path / "q.db").read_bytes() + _wal(tmp_path / "q.db"), ["Maribelle"]) == ["Maribelle"]
    finally:
        db.dispose()


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""


def test_deid_leak_names_in_file_names(tmp_path, deid_dir):
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths

    named = tmp_path / "desmond_okafor_interview.txt"
    named.write_bytes((deid_dir / "group_north.txt").read_bytes())
    db = open_db(tmp_path / "p.db")
    try:
        ingest_paths(db, [named], site="north", roster=deid_dir / "roster.csv")
    finally:
        db.dispose()
    assert _leaks((tmp_path / "p.db").read_bytes() + _wal(tmp_path / "p.db"), ["Desmond", "Okafor"]) == []
