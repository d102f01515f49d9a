"""The project database: migrations match the models, SQLite runs with the promised settings."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from pipeline.db import open_db, resolve_url
from pipeline.models import Base


def test_db_migrations_match_models(db):
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == [], f"models and migrations differ: {diff}"


def test_db_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_db_reopen_is_idempotent(db_path):
    first = open_db(db_path)
    tables = set(first.table_names())
    first.dispose()
    second = open_db(db_path)
    assert set(second.table_names()) == tables
    assert {"segments", "codings", "audit_log", "suggestions"} <= tables
    second.dispose()


def test_db_url_resolution(tmp_path, monkeypatch):
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("NEEDSMAP_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).endswith("env.db")


def test_db_migration_0003_keeps_segments_and_downgrades_with_hashes(tmp_path, sample_transcripts_dir):
    # A project made before 0003 keeps every segment when the unused text_hash column
    # goes, and a downgrade puts back the hash of each segment's text.
    import hashlib

    from alembic import command
    from sqlalchemy import inspect, text

    from pipeline.db import _alembic_config, make_engine
    from pipeline.ingest import ingest_paths

    path = tmp_path / "p.db"
    db = open_db(path)
    first = next(p for p in sorted(sample_transcripts_dir.iterdir()) if p.suffix == ".txt")
    assert ingest_paths(db, [first], site="s", workers=0).segments > 20
    with db.engine.connect() as conn:
        before = conn.execute(text("SELECT id, turn_id, idx, start, \"end\", text FROM segments ORDER BY id")).all()
    db.dispose()

    engine = make_engine(f"sqlite:///{path}")
    cfg = _alembic_config(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    with engine.connect() as conn:
        hashes = dict(conn.execute(text("SELECT text, text_hash FROM segments")).all())
    assert hashes and all(h == hashlib.sha256(t.encode("utf-8")).hexdigest() for t, h in hashes.items())
    engine.dispose()

    db = open_db(path)  # upgrades back to head
    with db.engine.connect() as conn:
        assert "text_hash" not in {c["name"] for c in inspect(conn).get_columns("segments")}
        after = conn.execute(text("SELECT id, turn_id, idx, start, \"end\", text FROM segments ORDER BY id")).all()
    db.dispose()
    assert after == before
