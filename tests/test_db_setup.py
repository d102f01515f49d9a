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
