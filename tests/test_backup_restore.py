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


# ---------------------------------------------------------------- a failed restore changes nothing


def _sha256(path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def _edit_copy(good, dest, *sql):
    """A copy of a real backup with some SQL run on it (still passes integrity_check)."""
    shutil.copyfile(good, dest)
    con = sqlite3.connect(dest)
    for stmt in sql:
        con.execute(stmt)
    con.commit()
    con.close()
    assert sqlite3.connect(dest).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return dest


def _bad_backups(good, tmp_path):
    """Backups that pass SQLite's own check but must still be refused, with the code expected."""
    junk = tmp_path / "junk-sites.bak"
    con = sqlite3.connect(junk)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    con.execute("CREATE TABLE sites (junk TEXT)")
    con.commit()
    con.close()
    return {
        "unknown schema version": (_edit_copy(good, tmp_path / "future.bak",
                                              "UPDATE alembic_version SET version_num = 'zz99'"), "E607"),
        "newest version, tables missing": (_edit_copy(good, tmp_path / "holes.bak",
                                                      "DROP TABLE codings", "DROP TABLE audit_log"), "E614"),
        "table already exists while migrating": (junk, "E607"),
    }


def _leftovers(folder, target):
    return sorted(p.name for p in folder.iterdir()
                  if p.name.startswith(f".{target.name}") or ".before-restore-" in p.name
                  or p.name in (f"{target.name}-wal", f"{target.name}-shm"))


def test_failed_restore_with_force_leaves_the_target_byte_identical(db_path, seeded_project, tmp_path):
    db, ids = _fill(db_path, seeded_project)
    good = backup(db, tmp_path / "good.bak")
    db.dispose()
    before = _sha256(db_path)
    for case, (bad, code) in _bad_backups(good, tmp_path).items():
        with pytest.raises(NeedsmapError) as err:
            restore(db_path, bad, force=True)
        assert err.value.problems[0].code == code, case
        assert _sha256(db_path) == before, case
        assert _leftovers(db_path.parent, db_path) == [], case
    # The untouched project still opens with every decision in it.
    again = open_db(db_path)
    try:
        assert _count(again, Coding) == len(ids)
    finally:
        again.dispose()


def test_failed_restore_into_a_new_path_creates_nothing(db_path, seeded_project, tmp_path):
    db, _ = _fill(db_path, seeded_project)
    good = backup(db, tmp_path / "good.bak")
    db.dispose()
    target = tmp_path / "fresh" / "new.db"
    target.parent.mkdir()
    for case, (bad, _code) in _bad_backups(good, tmp_path).items():
        with pytest.raises(NeedsmapError):
            restore(target, bad)
        assert list(target.parent.iterdir()) == [], case


def test_missing_tables_are_named_in_plain_words(db_path, seeded_project, tmp_path):
    db, _ = _fill(db_path, seeded_project)
    good = backup(db, tmp_path / "good.bak")
    db.dispose()
    holes = _edit_copy(good, tmp_path / "holes.bak", "DROP TABLE codings")
    with pytest.raises(NeedsmapError) as err:
        restore(tmp_path / "new.db", holes)
    message = str(err.value)
    assert err.value.problems[0].code == "E614"
    assert "codings" in message and "left as it was" in message and "Traceback" not in message


def test_forced_restore_keeps_a_safety_copy_of_the_replaced_project(db_path, seeded_project, tmp_path):
    from pipeline.cli.base import app

    db, ids = _fill(db_path, seeded_project)
    snap = backup(db, tmp_path / "snap.bak")
    with db.session() as s:
        s.execute(text("DELETE FROM codings WHERE id IN (SELECT id FROM codings LIMIT 2)"))
    db.dispose()
    before = _sha256(db_path)
    res = CliRunner().invoke(app, ["--db", str(db_path), "restore", str(snap), "--force"])
    assert res.exit_code == 0, res.output
    safety = sorted(db_path.parent.glob(f"{db_path.name}.before-restore-*.bak"))
    assert len(safety) == 1 and str(safety[0]) in res.output
    # The safety copy is the project as it was just before the restore.
    con = sqlite3.connect(safety[0])
    assert con.execute("SELECT count(*) FROM codings").fetchone()[0] == len(ids) - 2
    con.close()
    assert _sha256(db_path) != before
    restored = open_db(db_path)
    try:
        assert _count(restored, Coding) == len(ids)
    finally:
        restored.dispose()
    assert not [p for p in db_path.parent.iterdir() if p.name.startswith(f".{db_path.name}")]


def test_restore_replaces_a_stale_wal_beside_the_target(db_path, seeded_project, tmp_path):
    """A -wal left by a crashed program must not be replayed onto the restored file."""
    db, ids = _fill(db_path, seeded_project)
    snap = backup(db, tmp_path / "snap.bak")
    db.dispose()
    stale = bytes(range(256)) * 16
    (tmp_path / f"{db_path.name}-wal").write_bytes(stale)
    restored = restore(db_path, snap, force=True)
    try:
        assert _count(restored, Coding) == len(ids)
        with restored.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        restored.dispose()


@pytest.mark.postgres
def test_failed_postgres_restore_leaves_the_target_as_it_was(make_pg_db, seeded_project, tmp_path):
    import psycopg
    from sqlalchemy.engine import make_url

    from conftest import pg_admin_conninfo
    from pipeline.backup import restore_backup

    url = make_pg_db()
    db, ids = _fill(url, seeded_project)
    good = backup(db, tmp_path / "good.dump")
    db.dispose()
    holes_url = make_pg_db()
    holey = open_db(holes_url)
    with holey.session() as s:
        s.execute(text("DROP TABLE codings CASCADE"))
    holes = backup(holey, tmp_path / "holes.dump")
    holey.dispose()

    def databases():
        with psycopg.connect(pg_admin_conninfo(url), autocommit=True) as conn:
            return {r[0] for r in conn.execute("SELECT datname FROM pg_database")}

    names_before = databases()
    with pytest.raises(NeedsmapError) as err:
        restore(url, holes, force=True)
    assert err.value.problems[0].code == "E614"
    assert databases() == names_before  # the temporary database is gone too
    check = open_db(url)
    try:
        assert _count(check, Coding) == len(ids)
    finally:
        check.dispose()

    try:
        with check.session() as s:
            s.execute(text("DELETE FROM codings WHERE id IN (SELECT id FROM codings LIMIT 2)"))
        # While a connection is open the swap is refused, and nothing changes.
        with pytest.raises(NeedsmapError) as busy:
            restore(url, good, force=True)
        assert busy.value.problems[0].code == "E616" and databases() == names_before
    finally:
        check.dispose()
    done = restore_backup(url, good, force=True)
    try:
        assert _count(done.db, Coding) == len(ids)
    finally:
        done.db.dispose()
    assert done.safety_copy in databases()
    kept = open_db(make_url(url).set(database=done.safety_copy).render_as_string(hide_password=False))
    try:
        assert _count(kept, Coding) == len(ids) - 2
    finally:
        kept.dispose()
        with psycopg.connect(pg_admin_conninfo(url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{done.safety_copy}" WITH (FORCE)')


def test_restoring_an_older_backup_migrates_it_without_stray_files(db_path, seeded_project, tmp_path, monkeypatch):
    import pipeline.db as dbmod

    db, ids = _fill(db_path, seeded_project)
    snap = backup(db, tmp_path / "old-version.bak")
    db.dispose()
    monkeypatch.setattr(dbmod, "MIGRATIONS_DIR", _migrations_with_extra_step(tmp_path))
    target = tmp_path / "site" / "restored.db"
    target.parent.mkdir()
    restored = restore(target, snap)
    try:
        assert "test_extra" in restored.table_names() and _count(restored, Coding) == len(ids)
    finally:
        restored.dispose()
    # The backup itself is the pre-migration copy: no .before-* file for the temporary copy.
    assert sorted(p.name for p in target.parent.iterdir()) == ["restored.db"]


@pytest.mark.postgres
def test_postgres_restore_can_create_the_target_database(make_pg_db, seeded_project, tmp_path):
    import psycopg
    from sqlalchemy.engine import make_url

    from conftest import pg_admin_conninfo

    db, ids = _fill(make_pg_db(), seeded_project)
    dump = backup(db, tmp_path / "snap.dump")
    db.dispose()
    url = make_pg_db()  # made (so the fixture drops it afterwards), then removed again
    admin = make_url(url).set(database="postgres").render_as_string(hide_password=False)
    with psycopg.connect(pg_admin_conninfo(admin), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE "{make_url(url).database}"')
    restored = restore(url, dump)
    try:
        assert _count(restored, Coding) == len(ids)
    finally:
        restored.dispose()
