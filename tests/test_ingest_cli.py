"""`needsmap ingest`: bad files refused with exit 2 and one line each, good files stored, no repeats."""

from __future__ import annotations

import shutil

from sqlalchemy import func, select

from pipeline.db import open_db
from pipeline.ingest import ingest_paths
from pipeline.models import AuditLog, FocusGroup, Segment, Site, Speaker, Transcript, Turn

TABLES = (Site, FocusGroup, Transcript, Speaker, Turn, Segment)


def _counts(db_path):
    db = open_db(db_path)
    try:
        with db.Session() as s:
            return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}
    finally:
        db.dispose()


def _bad_folder(tmp_path, ingest_data_dir):
    import docx

    bad = tmp_path / "bad"
    bad.mkdir()
    shutil.copy(ingest_data_dir / "empty.txt", bad / "empty.txt")
    shutil.copy(ingest_data_dir / "no_cues.vtt", bad / "no_cues.vtt")
    shutil.copy(ingest_data_dir / "no_text_column.csv", bad / "no_text_column.csv")
    (bad / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20)
    d = docx.Document()
    d.add_paragraph("Facilitator: Hello there, everyone.")
    d.save(bad / "whole.docx")
    data = (bad / "whole.docx").read_bytes()
    (bad / "whole.docx").unlink()
    (bad / "truncated.docx").write_bytes(data[: len(data) // 2])
    (bad / "huge.txt").write_text("Facilitator: " + "word " * 60_000, encoding="utf-8")
    return bad


def test_bad_files_exit_2_with_one_line_each_and_good_files_still_stored(
        tmp_path, ingest_data_dir, cli_run, monkeypatch):
    config = tmp_path / "needsmap.yaml"
    config.write_text("max_file_mb: 0.1\n", encoding="utf-8")
    monkeypatch.setenv("NEEDSMAP_CONFIG", str(config))
    bad = _bad_folder(tmp_path, ingest_data_dir)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    db_path = tmp_path / "p.db"
    code, out, err = cli_run([
        "--db", str(db_path), "ingest", str(bad), str(tmp_path / "notes.pdf"),
        str(ingest_data_dir / "victoria_plain.txt"), str(ingest_data_dir / "captions_voice.vtt"),
        "--site", "victoria", "--date", "2021-03-31",
    ])
    assert code == 2
    lines = [ln for ln in err.splitlines() if ln.strip()]
    expected = {
        "empty.txt": "E001", "binary.txt": "E002", "huge.txt": "E003", "truncated.docx": "E004",
        "no_cues.vtt": "E005", "no_text_column.csv": "E006", "notes.pdf": "E008",
    }
    assert len(lines) == len(expected)
    for name, code_ in expected.items():
        hits = [ln for ln in lines if name in ln]
        assert len(hits) == 1 and f"[{code_}]" in hits[0], (name, lines)
    assert "Traceback" not in err
    assert "transcripts added: 2" in out
    counts = _counts(db_path)
    assert counts["transcripts"] == 2 and counts["sites"] == 1
    db = open_db(db_path)
    with db.Session() as s:
        names = set(s.scalars(select(Transcript.source_name)))
        assert names == {"victoria_plain.txt", "captions_voice.vtt"}
        assert s.scalar(select(FocusGroup.date).where(FocusGroup.name == "victoria_plain")) == "2021-03-31"
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "ingest")) == 2
    db.dispose()


def test_reimport_adds_nothing_and_reports_skipped(tmp_path, ingest_data_dir, cli_run):
    db_path = tmp_path / "p.db"
    args = ["--db", str(db_path), "ingest", str(ingest_data_dir / "fraser_otter.txt"),
            str(ingest_data_dir / "captions_prefix.srt"), "--site", "fraser"]
    code, out, _ = cli_run(args)
    assert code == 0
    assert "transcripts added: 2" in out and "turns added: 9" in out and "speakers added: 6" in out
    first = _counts(db_path)
    code, out, _ = cli_run(args)
    assert code == 0
    assert "transcripts added: 0" in out and out.count("skipped") == 2
    assert _counts(db_path) == first


def test_each_format_stores_exact_turns_speakers_and_pseudonyms(tmp_path, transcript_factory):
    import random

    from conftest import INGEST_LABEL_ROLES, ingest_spec

    db = open_db(tmp_path / "p.db")
    spec = ingest_spec(random.Random(7), 25, labels=["Facilitator", "Maria", "P3", "ALL PARTICIPANTS", "Dev"])
    for fmt in transcript_factory.FORMATS:
        path = transcript_factory.write(spec, fmt, tmp_path / f"{fmt}{transcript_factory.suffix(fmt)}")
        report = ingest_paths(db, [path], site="s", group=fmt)
        assert report.problems == [] and report.transcripts == 1, fmt
        want = transcript_factory.expected_turns(spec, fmt)
        assert report.turns == len(want)
        assert report.speakers == len({t.speaker for t in want})
        with db.Session() as s:
            tid = report.files[0].transcript_id
            rows = s.execute(select(Speaker.pseudonym, Speaker.role).where(Speaker.transcript_id == tid)).all()
            labels_in_order = list(dict.fromkeys(t.speaker for t in want))
            roles = [INGEST_LABEL_ROLES[lb] for lb in labels_in_order]
            assert sorted(r.role for r in rows) == sorted(roles)
            pseud = {r.pseudonym for r in rows}
            assert {p for p in pseud if p.startswith("P")} == {f"P{i:02d}" for i in range(1, roles.count("participant") + 1)}
            assert ("GROUP" in pseud) == ("group" in roles)
            text = s.scalar(select(Transcript.text).where(Transcript.id == tid))
            for seg in s.scalars(select(Segment).where(Segment.transcript_id == tid)):
                assert text[seg.start:seg.end] == seg.text
    db.dispose()


def test_usage_errors_store_nothing(tmp_path, ingest_data_dir, cli_run):
    db_path = tmp_path / "p.db"
    good = str(ingest_data_dir / "victoria_plain.txt")
    for extra, code_ in ([["--date", "31/03/2021"], "E014"], [["--unit", "paragraph"], "E023"]):
        code, _, err = cli_run(["--db", str(db_path), "ingest", good, "--site", "v", *extra])
        assert code == 2 and f"[{code_}]" in err
    code, _, err = cli_run(["--db", str(db_path), "ingest", good])
    assert code == 2 and "[E016]" in err
    assert not db_path.exists() or _counts(db_path)["transcripts"] == 0


def test_folder_import_is_recursive_sorted_and_groups_default_to_stem(tmp_path, ingest_data_dir, db):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(ingest_data_dir / "victoria_plain.txt", folder / "b.txt")
    shutil.copy(ingest_data_dir / "captions_voice.vtt", folder / "sub" / "a.vtt")
    (folder / "readme.md").write_text("not a transcript")
    report = ingest_paths(db, [folder], site="v")
    assert [f.path.rsplit("/", 1)[-1] for f in report.files] == ["b.txt", "a.vtt"]
    with db.Session() as s:
        assert set(s.scalars(select(FocusGroup.name))) == {"b", "a"}


def test_roster_replaces_names_before_storing(tmp_path, db):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,pseudonym\nMaria Lopez,Rose\n", encoding="utf-8")
    src = tmp_path / "g.txt"
    src.write_text("Facilitator: Welcome Maria Lopez.\nMaria Lopez: Thanks, I am Maria.\n", encoding="utf-8")
    report = ingest_paths(db, [src], site="v", roster=roster, keep_original=True)
    assert report.problems == [] and report.turns == 2
    with db.Session() as s:
        t = s.scalars(select(Transcript)).one()
        assert "Maria" not in t.text and "Rose" in t.text
        assert "Maria Lopez" in (t.original_text or "")
        assert "Maria" not in " ".join(s.scalars(select(Speaker.label)))
