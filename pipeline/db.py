"""Opening the project database: URL handling, SQLite pragmas, migrations, sessions.

SQLite runs with WAL (readers never block the writer), foreign keys on, and a busy
timeout so concurrent coders wait instead of failing. Any SQLAlchemy URL works;
PostgreSQL is the multi-site option.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from sqlalchemy import create_engine, event, inspect
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .errors import NeedsmapError

T = TypeVar("T")
MIGRATIONS_DIR = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 30_000


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """Turn a path or URL (or the NEEDSMAP_DB default) into an SQLAlchemy URL."""
    value = str(db) if db else os.environ.get("NEEDSMAP_DB", "needsmap.db")
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """Create an engine with the pragmas and pool settings this project relies on."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own BEGIN handling defers locks; take the write lock at BEGIN so
        # two writers queue on the busy timeout instead of failing mid-transaction.
        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn, _record):
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True)


def _alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _current_and_head(engine: Engine) -> tuple[str | None, str]:
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config(str(engine.url)))
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    return current, script.get_current_head()


def _known_revisions(engine: Engine) -> set[str]:
    from alembic.script import ScriptDirectory

    return {sc.revision for sc in ScriptDirectory.from_config(_alembic_config(str(engine.url))).walk_revisions()}


def migrate(engine: Engine) -> bool:
    """Bring the schema to the newest migration; back up an older SQLite file first.

    Returns True when a migration ran.
    """
    from alembic import command

    current, head = _current_and_head(engine)
    if current == head:
        return False
    if current is not None and current not in _known_revisions(engine):
        # made by a newer needsmap, or a damaged version mark: refuse before backing up or migrating
        raise NeedsmapError.of("E902", reason=f"its schema version '{current}' is not one this needsmap knows")
    url = engine.url
    if url.get_backend_name() == "sqlite" and current is not None and url.database:
        src = Path(url.database)
        if src.exists():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            backup_path = src.with_name(f"{src.name}.before-{head}-{stamp}.bak")
            from .backup import sqlite_backup

            sqlite_backup(engine, backup_path)
    elif url.get_backend_name() == "postgresql" and current is not None:
        from .backup import pg_dump

        stamp = time.strftime("%Y%m%d-%H%M%S")
        folder = Path(os.environ.get("NEEDSMAP_BACKUP_DIR") or Path.home() / "needsmap-backups")
        pg_dump(url.render_as_string(hide_password=False), folder / f"{url.database}.before-{head}-{stamp}.dump")
    cfg = _alembic_config(url.render_as_string(hide_password=False))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True


class Database:
    """A migrated project database and its session factory."""

    def __init__(self, db: str | os.PathLike | None = None, *, auto_migrate: bool = True):
        self.url = resolve_url(db)
        if self.url.startswith("sqlite:///"):
            parent = Path(self.url[len("sqlite:///"):]).parent
            if not parent.exists():
                raise NeedsmapError.of("E204", reason=f"the folder {parent} does not exist")
        try:
            self.engine = make_engine(self.url)
            if auto_migrate:
                migrate(self.engine)
        except OperationalError as exc:
            raise NeedsmapError.of("E204", reason=str(exc.orig).splitlines()[0]) from exc
        except ModuleNotFoundError as exc:
            raise NeedsmapError.of("E204", reason=f"the database driver is not installed ({exc.name})") from exc
        except Exception as exc:
            from alembic.util import CommandError  # alembic is loaded by migrate() already

            if not isinstance(exc, CommandError):
                raise
            # a schema version this needsmap does not know: a newer release, or a damaged version mark
            raise NeedsmapError.of("E902", reason=str(exc)) from exc
        self.Session = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.url.get_backend_name() == "sqlite"

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error (all or nothing)."""
        with self.Session() as s:
            try:
                yield s
                s.commit()
            except BaseException:
                s.rollback()
                raise

    def write(self, fn: Callable[[Session], T], *, attempts: int = 5) -> T:
        """Run `fn(session)` in one transaction, retrying when the database was busy.

        SQLite can still answer 'database is locked' after the busy timeout, and
        PostgreSQL can cancel a transaction in a deadlock or serialization conflict;
        the whole transaction is then run again, so nothing is half-saved or lost.
        After `attempts` tries a plain-language error (E610) is raised.
        """
        for attempt in range(1, attempts + 1):
            try:
                with self.session() as s:
                    return fn(s)
            except (OperationalError, DBAPIError) as exc:
                if not is_transient(exc) or attempt == attempts:
                    if is_transient(exc):
                        raise NeedsmapError.of("E610") from exc
                    raise
                time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
        raise AssertionError("unreachable")

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()


def open_db(db: str | os.PathLike | None = None) -> Database:
    """Open (and create or migrate) the project database at a path or URL."""
    return Database(db)


def is_transient(exc: BaseException) -> bool:
    """True for errors that mean 'busy, try again': SQLite locks, PostgreSQL deadlocks and conflicts."""
    orig = getattr(exc, "orig", None)
    message = str(orig or exc).lower()
    if "database is locked" in message or "database is busy" in message:
        return True
    # psycopg: 40001 serialization_failure, 40P01 deadlock_detected.
    return getattr(orig, "sqlstate", None) in ("40001", "40P01")


def copy_file(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
