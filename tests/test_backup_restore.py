"""Backups: consistent snapshots (SQLite backup API, pg_dump), restore, and a backup before migrating."""

from __future__ import annotations

import shutil
import sqlite3
import threading

import pytest
from sqlalchemy import func, select, text
from typer.testing import CliRunner

from pipeline.backup import backup, restore
from pipeline.db import open_db
from pipeline.errors import NeedsmapError
from pipeline.models import Coder, Coding


def _count(db, model) -> int:
    with db.Session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _fill(db_url, seeded_project, n=6):
    from pipeline.coding import record_decision

    ids = seeded_project(db_url, n_segments=n)
    db = open_db(db_url)
    with db.session() as s:
        for sid in ids:
            record_decision(s, segment_id=sid, code_key="housing", coder="amina")
    return db, ids


def test_backup_restore_round_trip(any_db_url, seeded_project, tmp_path, request):
    db, ids = _fill(any_db_url, seeded_project)
    out = backup(db, tmp_path / "snap.bak")
    db.dispose()
    target = str(tmp_path / "restored.db") if db.is_sqlite else request.getfixturevalue("make_pg_db")()
    restored = restore(target, out)
    try:
        assert _count(restored, Coding) == len(ids)
        with restored.Session() as s:
            assert s.scalars(select(Coder.name)).all() == ["amina"]
    finally:
        restored.dispose()


def test_restore_refuses_a_database_with_a_project(any_db_url, seeded_project, tmp_path):
    db, ids = _fill(any_db_url, seeded_project)
    out = backup(db, tmp_path / "snap.bak")
    with db.session() as s:
        s.execute(text("DELETE FROM codings"))
    db.dispose()
    with pytest.raises(NeedsmapError) as err:
        restore(any_db_url, out)
    assert err.value.problems[0].code == "E606" and "--force" in str(err.value)
    restored = restore(any_db_url, out, force=True)
    try:
        assert _count(restored, Coding) == len(ids)
    finally:
        restored.dispose()


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello", encoding="utf-8")
    with pytest.raises(NeedsmapError) as err:
        restore(tmp_path / "new.db", bogus)
    assert err.value.problems[0].code == "E607"
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(NeedsmapError, match="not a needsmap project"):
        restore(tmp_path / "new.db", other)


def test_backup_while_coders_keep_writing(db_path, seeded_project, tmp_path):
    """A snapshot taken during a stream of writes is consistent and passes integrity_check."""
    from pipeline.coding import record_decision

    ids = seeded_project(db_path, n_segments=40)
    stop = threading.Event()

    def writer():
        db = open_db(db_path)
        i = 0
        while not stop.is_set():
            with db.session() as s:
                record_decision(s, segment_id=ids[i % len(ids)], code_key="stigma", coder=f"c{i % 3}")
            i += 1
        db.dispose()

    t = threading.Thread(target=writer)
    t.start()
    try:
        snaps = [backup(db_path, tmp_path / f"snap{i}.db") for i in range(5)]
    finally:
        stop.set()
        t.join()
    for snap in snaps:
        con = sqlite3.connect(snap)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Every stored decision has its audit row: the copy never holds half a transaction.
        n_audit = con.execute("SELECT count(*) FROM audit_log WHERE action='coding.decide'").fetchone()[0]
        n_rows = con.execute("SELECT count(*) FROM codings").fetchone()[0]
        assert n_audit >= n_rows
        con.close()


def _migrations_with_extra_step(tmp_path):
    """A copy of the shipped migrations plus one test-only step, so a project is 'one version behind'."""
    import pipeline.db as dbmod

    copy = tmp_path / "migrations"
    shutil.copytree(dbmod.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(dbmod._alembic_config("sqlite://")).get_current_head()
    (copy / "versions" / "9999_test_extra.py").write_text(
        f'revision = "9999test"\ndown_revision = "{head}"\nbranch_labels = None\ndepends_on = None\n\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n\ndef upgrade():\n"
        '    op.create_table("test_extra", sa.Column("id", sa.Integer, primary_key=True))\n\n\n'
        "def downgrade():\n    op.drop_table(\"test_extra\")\n", encoding="utf-8")
    return copy


def test_opening_an_older_sqlite_project_backs_it_up_first(db_path, seeded_project, tmp_path, monkeypatch):
    import pipeline.db as dbmod

    db, ids = _fill(db_path, seeded_project)
    db.dispose()
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path))
    newer = open_db(db_path)
    try:
        assert "test_extra" in newer.table_names()
    finally:
        newer.dispose()
    backups = sorted(db_path.parent.glob(f"{db_path.name}.before-9999test-*.bak"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == len(ids)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] != "9999test"
    con.close()


@pytest.mark.postgres
def test_opening_an_older_postgres_project_dumps_it_first(pg_db_url, seeded_project, tmp_path, monkeypatch):
    import pipeline.db as dbmod

    db, ids = _fill(pg_db_url, seeded_project)
    db.dispose()
    monkeypatch.setenv("NEEDSMAP_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path))
    open_db(pg_db_url).dispose()
    dumps = list((tmp_path / "backups").glob("*.before-9999test-*.dump"))
    assert len(dumps) == 1 and dumps[0].read_bytes()[:5] == b"PGDMP"


def test_backup_and_restore_commands(db_path, seeded_project, tmp_path):
    from pipeline.cli.base import app

    _fill(db_path, seeded_project)[0].dispose()
    runner = CliRunner()
    out = tmp_path / "b" / "snap.db"
    res = runner.invoke(app, ["--db", str(db_path), "backup", "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"
    res = runner.invoke(app, ["--db", str(db_path), "restore", str(out)])
    assert isinstance(res.exception, NeedsmapError) and res.exception.problems[0].code == "E606"
    res = runner.invoke(app, ["--db", str(tmp_path / "fresh.db"), "restore", str(out)])
    assert res.exit_code == 0, res.output
    assert sqlite3.connect(tmp_path / "fresh.db").execute("SELECT count(*) FROM codings").fetchone()[0] == 6
