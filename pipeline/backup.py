"""Consistent snapshots of the project database while people keep working, and restoring them.

SQLite: the online backup API copies a live WAL database page by page, so coders can
keep saving. PostgreSQL: `pg_dump` (custom format) reads one consistent snapshot;
`pg_restore` loads it. A restore never overwrites a database that holds a project
unless asked to (`force`).
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from sqlalchemy import func, inspect, select, table, text
from sqlalchemy.engine import Engine, make_url

from .errors import NeedsmapError, problem

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
# Tables whose rows mean "a project lives here"; schema bookkeeping does not count.
_BOOKKEEPING = {"alembic_version"}


def sqlite_backup(engine: Engine, dest: str | Path) -> Path:
    """Copy a live SQLite database with its online backup API (safe under WAL)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(engine.url.database)
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def pg_tool(name: str) -> str:
    """Path of a PostgreSQL client program (newest installed version first), or E609."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
                   reverse=True)
    if found:
        return found[0]
    on_path = shutil.which(name)
    if on_path:
        return on_path
    raise NeedsmapError(problem("E609", tool=name))


def _libpq(url: str) -> tuple[str, dict]:
    """A libpq URI without the password, plus an environment carrying it (kept off the command line)."""
    u = make_url(url)
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = u.password
    return u.set(drivername="postgresql", password=None).render_as_string(hide_password=False), env


def pg_dump(url: str, dest: str | Path) -> Path:
    """Write a consistent pg_dump (custom format) of the database at `url`."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    uri, env = _libpq(url)
    tmp = dest.with_name(dest.name + ".partial")
    proc = subprocess.run(
        [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges", "--file", str(tmp), uri],
        env=env, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise NeedsmapError(problem("E608", path=str(dest), reason=_first_line(proc.stderr)))
    os.replace(tmp, dest)
    return dest


def _first_line(err: str) -> str:
    lines = [ln.strip() for ln in (err or "").splitlines() if ln.strip()]
    return lines[0] if lines else "the tool gave no reason"


def backup(db, out: str | Path) -> Path:
    """Snapshot the project database (a Database, URL or path) into the file `out`.

    Returns the path written. Safe while other coders keep working.
    """
    from .db import Database, resolve_url

    url = db.url if isinstance(db, Database) else resolve_url(db)
    out = Path(out)
    if url.startswith("sqlite"):
        from .db import make_engine

        engine = db.engine if isinstance(db, Database) else make_engine(url)
        try:
            if not Path(engine.url.database or "").is_file():
                raise NeedsmapError(problem("E204", reason=f"there is no database file at {engine.url.database}"))
            tmp = out.with_name(out.name + ".partial")
            try:
                tmp.unlink(missing_ok=True)
                sqlite_backup(engine, tmp)
                os.replace(tmp, out)
            except (OSError, sqlite3.Error) as exc:
                tmp.unlink(missing_ok=True)
                raise NeedsmapError(problem("E608", path=str(out), reason=str(exc))) from exc
        finally:
            if not isinstance(db, Database):
                engine.dispose()
        return out
    if make_url(url).get_backend_name() == "postgresql":
        return pg_dump(url, out)
    raise NeedsmapError(problem("E608", path=str(out), reason=f"backups of {make_url(url).get_backend_name()} databases are not supported"))


def describe_contents(engine: Engine) -> str | None:
    """A short description of what the database holds ('3 transcripts, 120 codings'), None if empty."""
    names = [n for n in inspect(engine).get_table_names() if n not in _BOOKKEEPING]
    parts = []
    # The tables people recognise first.
    order = {"transcripts": 0, "codings": 1, "codebooks": 2, "coders": 3}
    with engine.connect() as conn:
        for name in sorted(names, key=lambda n: (order.get(n, 9), n)):
            n = conn.execute(select(func.count()).select_from(table(name))).scalar() or 0
            if n:
                parts.append(f"{n} rows in {name}")
    if not parts:
        return None
    return ", ".join(parts[:4]) + (f" and {len(parts) - 4} more tables" if len(parts) > 4 else "")


def backup_kind(path: Path) -> str:
    """'sqlite' or 'pg_dump' from the file's first bytes; E607 for anything else."""
    if not path.is_file():
        raise NeedsmapError(problem("E607", path=str(path), reason="the file does not exist"))
    with path.open("rb") as fh:
        head = fh.read(16)
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PGDUMP_MAGIC):
        return "pg_dump"
    raise NeedsmapError(problem("E607", path=str(path), reason="it is not a needsmap backup (neither SQLite nor pg_dump)"))


def _check_sqlite_backup(path: Path) -> None:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise NeedsmapError(problem("E607", path=str(path), reason=str(exc))) from exc
    if ok != "ok":
        raise NeedsmapError(problem("E607", path=str(path), reason=f"the file is damaged ({ok})"))
    if not has_version:
        raise NeedsmapError(problem("E607", path=str(path), reason="it is an SQLite file but not a needsmap project"))


def restore(db_url_or_path, from_file: str | Path, *, force: bool = False):
    """Load a backup into a database (path or URL), then migrate it to the current schema.

    Refuses (E606) when the target already holds a project, unless `force`.
    Returns the opened, migrated Database.
    """
    from .db import make_engine, open_db, resolve_url

    src = Path(from_file)
    kind = backup_kind(src)
    url = resolve_url(db_url_or_path)
    backend = make_url(url).get_backend_name()
    if (kind == "sqlite") != (backend == "sqlite"):
        want = "an SQLite file path" if kind == "sqlite" else "a postgresql+psycopg:// URL"
        raise NeedsmapError(problem("E607", path=str(src), reason=f"it is a {kind} backup; restore it into {want} with --db"))
    if backend == "sqlite":
        target = Path(make_url(url).database)
        if not target.parent.is_dir():
            raise NeedsmapError(problem("E204", reason=f"the folder {target.parent} does not exist"))
    engine = make_engine(url)
    try:
        what = describe_contents(engine)
        if what and not force:
            shown = make_url(url).render_as_string(hide_password=True)
            raise NeedsmapError(problem("E606", target=shown, what=what))
        if kind == "sqlite":
            _check_sqlite_backup(src)
            _restore_sqlite(engine, src)
        else:
            _restore_pg(engine, url, src)
    finally:
        engine.dispose()
    return open_db(url)


def _restore_sqlite(engine: Engine, src: Path) -> None:
    # The backup API writes the whole file under one lock, so a reader never sees half of it.
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    try:
        dest = sqlite3.connect(engine.url.database, timeout=30)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()


def _restore_pg(engine: Engine, url: str, src: Path) -> None:
    with engine.begin() as conn:
        # Start from an empty schema so tables the backup lacks do not linger.
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    uri, env = _libpq(url)
    proc = subprocess.run(
        [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
         "--single-transaction", "--dbname", uri, str(src)],
        env=env, capture_output=True, text=True,
    )
    if proc.returncode != 0:
        raise NeedsmapError(problem("E607", path=str(src), reason=_first_line(proc.stderr)))
