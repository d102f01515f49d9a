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
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, inspect, select, table, text
from sqlalchemy.engine import Engine, make_url

from .errors import NeedsmapError, problem

if TYPE_CHECKING:
    from .db import Database

SQLITE_MAGIC = b"SQLite format 3\x00"
PGDUMP_MAGIC = b"PGDMP"
# Tables whose rows mean "a project lives here"; schema bookkeeping does not count.
_BOOKKEEPING = {"alembic_version"}


def sqlite_backup(engine: Engine, dest: str | Path) -> Path:
    """Copy a live SQLite database with its online backup API (safe under WAL)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    return sqlite_file_backup(engine.url.database, dest)


def sqlite_file_backup(source: str | Path, dest: str | Path, *, uri: bool = False) -> Path:
    """Copy one SQLite file to another with the online backup API.

    With `uri=True`, `source` is an SQLite URI (e.g. a read-only `file:...?mode=ro`).
    """
    dest = Path(dest)
    src = sqlite3.connect(str(source), uri=uri)
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
        con = sqlite3.connect(_ro_uri(path), uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check").fetchone()[0]
            has_version = con.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'").fetchone()
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise NeedsmapError(problem("E607", path=str(path), reason=str(exc))) from exc
    except UnicodeDecodeError as exc:  # SQLite's own error text held broken bytes from the file
        raise NeedsmapError(problem("E607", path=str(path), reason="the file is damaged")) from exc
    if ok != "ok":
        raise NeedsmapError(problem("E607", path=str(path), reason=f"the file is damaged ({' '.join(str(ok).split())})"))
    if not has_version:
        raise NeedsmapError(problem("E607", path=str(path), reason="it is an SQLite file but not a needsmap project"))


def _ro_uri(path: Path) -> str:
    """A read-only SQLite URI; a file without a -wal beside it is read as immutable (no side files made)."""
    # A URI (not a plain path) so '?' or '#' in a folder name cannot change the options.
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    if not Path(f"{path}-wal").exists():
        # Without a -wal the file alone is the whole database; "immutable" keeps SQLite from
        # creating -wal/-shm files beside a database that only looked at.
        uri += "&immutable=1"
    return uri


@dataclass
class Restored:
    """A finished restore: the opened project, and where the project it replaced was kept."""

    db: "Database"
    # SQLite: the path of the safety copy; PostgreSQL: the name of the renamed old database.
    safety_copy: str | None = None


def restore(db_url_or_path, from_file: str | Path, *, force: bool = False) -> "Database":
    """Load a backup into a database (path or URL), migrated to the current schema.

    Same as restore_backup(...).db; see there.
    """
    return restore_backup(db_url_or_path, from_file, force=force).db


def restore_backup(db_url_or_path, from_file: str | Path, *, force: bool = False) -> Restored:
    """Restore a backup without ever leaving the target half-replaced.

    The backup is loaded into a temporary copy first (SQLite: a file in the target's
    folder; PostgreSQL: a new database on the same server), opened and migrated with
    open_db, and checked (every project table present, PRAGMA integrity_check on
    SQLite). Only then is it swapped in: os.replace of the file, or two
    ALTER DATABASE ... RENAME in one transaction. On any failure the target is left
    exactly as it was and the temporary copy is removed.

    Args:
        db_url_or_path: the target database (SQLite path or URL, or a PostgreSQL URL).
        from_file: a file written by backup().
        force: replace a target that already holds a project. Its old contents are
            kept: SQLite as `<name>.before-restore-<time>.bak` beside it, PostgreSQL
            as the database `<name>_before_restore_<time>` on the same server.

    Returns:
        Restored with the opened Database and the safety copy (None when nothing was replaced).

    Limits: close the app (and anything else using the target) first; on PostgreSQL the
    connecting role needs CREATEDB and must own the target database (E615, E616).
    """
    from .db import open_db, resolve_url

    src = Path(from_file)
    kind = backup_kind(src)
    url = resolve_url(db_url_or_path)
    backend = make_url(url).get_backend_name()
    if (kind == "sqlite") != (backend == "sqlite"):
        want = "an SQLite file path" if kind == "sqlite" else "a postgresql+psycopg:// URL"
        raise NeedsmapError(problem("E607", path=str(src), reason=f"it is a {kind} backup; restore it into {want} with --db"))
    if kind == "sqlite":
        safety = _restore_sqlite(Path(make_url(url).database), src, force)
    else:
        safety = _restore_pg(url, src, force)
    return Restored(open_db(url), safety)


def _verify_candidate(url: str, src: Path, target_shown: str) -> None:
    """Open and migrate a restored copy, then check it is a whole, undamaged project (E607/E614)."""
    from .db import open_db
    from .models import Base

    try:
        cand = open_db(url)
    except NeedsmapError as err:
        if err.problems[0].code == "E902":
            reason = "it was made by another version of needsmap, or its version mark is damaged"
        else:
            cause = err.__cause__
            detail = getattr(cause, "orig", None) or cause or err.problems[0].code
            reason = f"it does not open as a needsmap project ({_first_line(str(detail))})"
        raise NeedsmapError(problem("E607", path=str(src), reason=reason)) from err
    except Exception as exc:  # noqa: BLE001 - any failure to open a candidate means "not restorable"
        detail = getattr(exc, "orig", None) or exc
        raise NeedsmapError(problem(
            "E607", path=str(src), reason=f"it does not open as a needsmap project ({_first_line(str(detail))})")) from exc
    try:
        missing = sorted(set(Base.metadata.tables) - set(cand.table_names()))
        if missing:
            raise NeedsmapError(problem("E614", path=str(src), tables=", ".join(missing), target=target_shown))
        if cand.is_sqlite:
            with cand.engine.connect() as conn:
                ok = conn.exec_driver_sql("PRAGMA integrity_check").scalar()
            if ok != "ok":
                raise NeedsmapError(problem("E607", path=str(src), reason=f"the file is damaged ({' '.join(str(ok).split())})"))
    finally:
        cand.dispose()


def _describe_sqlite_file(path: Path) -> str | None:
    """describe_contents for a file, read-only so that looking never changes it."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(_ro_uri(path), uri=True), poolclass=NullPool)
    try:
        return describe_contents(engine)
    except Exception as exc:  # noqa: BLE001 - an unreadable file still "holds something"
        detail = getattr(exc, "orig", None) or exc
        return f"a file needsmap cannot read as a project: {_first_line(str(detail))}"
    finally:
        engine.dispose()


def _unique_path(folder: Path, stem: str, suffix: str) -> Path:
    path = folder / f"{stem}{suffix}"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}{suffix}"
        n += 1
    return path


def _safety_copy_sqlite(target: Path) -> Path:
    """Copy the project about to be replaced to `<name>.before-restore-<time>.bak` beside it (E608)."""
    dest = _unique_path(target.parent, f"{target.name}.before-restore-{time.strftime('%Y%m%d-%H%M%S')}", ".bak")
    tmp = dest.with_name(dest.name + ".partial")
    try:
        try:
            sqlite_file_backup(target, tmp)
        except sqlite3.DatabaseError:
            # Not a readable SQLite file: keep its bytes as they are.
            tmp.unlink(missing_ok=True)
            shutil.copy2(target, tmp)
        _fsync(tmp)
        os.replace(tmp, dest)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise NeedsmapError(problem("E608", path=str(dest), reason=str(exc))) from exc
    return dest


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _settle_wal(path: Path) -> None:
    """Fold a leftover -wal into the file itself, so the single file is the whole database."""
    if Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists():
        con = sqlite3.connect(str(path))
        try:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            con.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _restore_sqlite(target: Path, src: Path, force: bool) -> str | None:
    if not target.parent.is_dir():
        raise NeedsmapError(problem("E204", reason=f"the folder {target.parent} does not exist"))
    what = _describe_sqlite_file(target) if target.exists() else None
    if what and not force:
        raise NeedsmapError(problem("E606", target=str(target), what=what))
    _check_sqlite_backup(src)
    # Same folder as the target, so the final os.replace is one atomic rename.
    tmp = target.with_name(f".{target.name}.restoring-{uuid.uuid4().hex[:8]}")
    try:
        try:
            sqlite_file_backup(_ro_uri(src), tmp, uri=True)
        except (OSError, sqlite3.Error) as exc:
            raise NeedsmapError(problem("E607", path=str(src), reason=str(exc))) from exc
        _verify_candidate(f"sqlite:///{tmp}", src, str(target))
        _settle_wal(tmp)
        safety = _safety_copy_sqlite(target) if (what and target.exists()) else None
        _fsync(tmp)
        # No connection is open now; a stale -wal left beside the target would be
        # replayed onto the restored file and damage it.
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        try:
            os.replace(tmp, target)
            _fsync(target.parent)
        except OSError as exc:
            raise NeedsmapError(problem("E616", target=str(target), reason=str(exc))) from exc
        return str(safety) if safety else None
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm"),
                         *target.parent.glob(f"{glob.escape(tmp.name)}.before-*.bak")):
            leftover.unlink(missing_ok=True)


def _pg_name(stem: str, tag: str) -> str:
    # PostgreSQL cuts names at 63 bytes; keep the tag whole.
    return stem.encode()[: 63 - len(tag)].decode(errors="ignore") + tag


def _restore_pg(url: str, src: Path, force: bool) -> str | None:
    from sqlalchemy import create_engine
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError
    from sqlalchemy.pool import NullPool

    from .db import make_engine

    u = make_url(url)
    name = u.database
    shown = u.render_as_string(hide_password=True)
    # Renaming needs a connection to some other database on the same server.
    admin = create_engine(u.set(database="template1" if name == "postgres" else "postgres"),
                          isolation_level="AUTOCOMMIT", poolclass=NullPool)
    q = admin.dialect.identifier_preparer.quote
    try:
        try:
            with admin.connect() as conn:
                owner = conn.execute(text("SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = :n"),
                                     {"n": name}).scalar()
                me = conn.execute(text("SELECT current_user")).scalar()
        except SQLAlchemyError as exc:
            raise NeedsmapError(problem("E204", reason=_first_line(str(getattr(exc, "orig", exc))))) from exc
        what = None
        if owner is not None:
            engine = make_engine(url)
            try:
                what = describe_contents(engine)
            except SQLAlchemyError as exc:
                raise NeedsmapError(problem("E204", reason=_first_line(str(getattr(exc, "orig", exc))))) from exc
            finally:
                engine.dispose()
            if what and not force:
                raise NeedsmapError(problem("E606", target=shown, what=what))
        tmp = tmp_name = _pg_name(name, f"_restoring_{uuid.uuid4().hex[:8]}")
        try:
            with admin.connect() as conn:
                conn.execute(text(f"CREATE DATABASE {q(tmp)}" + (f" OWNER {q(owner)}" if owner else "")))
        except DBAPIError as exc:
            raise NeedsmapError(problem("E615", target=shown, reason=_first_line(str(exc.orig)))) from exc
        try:
            tmp_url = u.set(database=tmp).render_as_string(hide_password=False)
            turi, env = _libpq(tmp_url)
            role = ["--role", owner] if owner and owner != me else []
            proc = subprocess.run(
                [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error",
                 "--single-transaction", *role, "--dbname", turi, str(src)],
                env=env, capture_output=True, text=True,
            )
            if proc.returncode != 0:
                raise NeedsmapError(problem("E607", path=str(src), reason=_first_line(proc.stderr)))
            _verify_candidate(tmp_url, src, shown)
            old = _pg_name(name, f"_before_restore_{time.strftime('%Y%m%d_%H%M%S')}") if owner else None
            try:
                with admin.connect().execution_options(isolation_level="READ COMMITTED") as conn, conn.begin():
                    # One transaction: other programs see the old database or the new one, never neither.
                    if old:
                        conn.execute(text(f"ALTER DATABASE {q(name)} RENAME TO {q(old)}"))
                    conn.execute(text(f"ALTER DATABASE {q(tmp)} RENAME TO {q(name)}"))
            except DBAPIError as exc:
                raise NeedsmapError(problem("E616", target=shown, reason=_first_line(str(exc.orig)))) from exc
            tmp = None
        finally:
            if tmp:
                with admin.connect() as conn:
                    conn.execute(text(f"DROP DATABASE IF EXISTS {q(tmp)} WITH (FORCE)"))
            _remove_migration_dumps(tmp_name)
        if old and not what:
            # The replaced database held no project: nothing worth keeping.
            with admin.connect() as conn:
                conn.execute(text(f"DROP DATABASE IF EXISTS {q(old)}"))
            return None
        return old
    finally:
        admin.dispose()


def _remove_migration_dumps(dbname: str) -> None:
    # open_db dumps an older database before migrating it; for a temporary copy that dump is noise.
    folder = Path(os.environ.get("NEEDSMAP_BACKUP_DIR") or Path.home() / "needsmap-backups")
    for path in folder.glob(f"{glob.escape(dbname)}.before-*.dump"):
        path.unlink(missing_ok=True)
