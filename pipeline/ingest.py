"""Storing transcripts: each file in its own transaction, all or nothing.

A refused file stores nothing and does not stop the others; identical bytes (same
sha256) are never imported twice. Speakers get a pseudonym per transcript (FAC1,
P01, GROUP ...), the only name exports show.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows, where ingest never forks workers
    fcntl = None

from sqlalchemy import JSON, Connection, DateTime, func, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError

from .childproc import die_with_parent
from .config import Settings, load_settings
from .errors import NeedsmapError, Problem, problem
from .layout import lay_out
from .models import AuditLog, FocusGroup, Segment, Site, Speaker, Transcript, Turn, utcnow
from .readers import is_supported, read_bytes
from .records import LaidOutTranscript, Replacement
from .segmenters import check_unit


@dataclass
class FileOutcome:
    """What happened to one file."""

    path: str
    status: str  # added | skipped | refused
    transcript_id: int | None = None
    turns: int = 0
    speakers: int = 0
    segments: int = 0
    problems: list[Problem] = field(default_factory=list)
    # De-identification replacements made in this file (for the team's report, never stored).
    replacements: list[Replacement] = field(default_factory=list)


@dataclass
class IngestReport:
    """Per-file outcomes of one ingest, with totals of what was added."""

    files: list[FileOutcome] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def _added(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "added"]

    @property
    def transcripts(self) -> int:
        return len(self._added())

    @property
    def turns(self) -> int:
        return sum(f.turns for f in self._added())

    @property
    def speakers(self) -> int:
        return sum(f.speakers for f in self._added())

    @property
    def segments(self) -> int:
        return sum(f.segments for f in self._added())

    @property
    def replacements(self) -> list[Replacement]:
        """Every de-identification replacement in the stored files, for the team's report."""
        return [r for f in self._added() for r in f.replacements]

    @property
    def skipped(self) -> list[str]:
        return [f.path for f in self.files if f.status == "skipped"]

    @property
    def refused(self) -> list[str]:
        return [f.path for f in self.files if f.status == "refused"]


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def expand_paths(paths: Iterable[str | os.PathLike]) -> tuple[list[Path], list[Problem]]:
    """Files to import: folders expand to every supported file inside (sorted, recursive)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(
                (f for f in p.rglob("*") if f.is_file() and is_supported(f)
                 and not any(part.startswith(".") for part in f.relative_to(p).parts)),
                key=lambda f: str(f.relative_to(p)).casefold(),
            )
            if not found:
                problems.append(problem("E022", file=str(p)))
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            problems.append(problem("E013", file=str(p)))
    unique: dict[str, Path] = {}
    for f in files:
        unique.setdefault(str(f.resolve()), f)
    return list(unique.values()), problems


def check_date(date: str | None) -> str | None:
    """Validate a YYYY-MM-DD date (E014)."""
    if date is None or date == "":
        return None
    try:
        parsed = dt.date.fromisoformat(date.strip())
    except ValueError:
        raise NeedsmapError.of("E014", value=date) from None
    if len(date.strip()) != 10:
        raise NeedsmapError.of("E014", value=date)
    return parsed.isoformat()


def pseudonyms(labels_roles: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Pseudonym per speaker label in order of first appearance: FAC1, P01, GROUP."""
    out: dict[str, str] = {}
    counts = {"facilitator": 0, "participant": 0, "group": 0}
    for label, role in labels_roles:
        if label in out:
            continue
        counts[role] += 1
        n = counts[role]
        if role == "facilitator":
            out[label] = f"FAC{n}"
        elif role == "group":
            out[label] = "GROUP" if n == 1 else f"GROUP{n}"
        else:
            out[label] = f"P{n:02d}"
    return out


def _group_id(conn, site: str, group: str, date: str | None, cache: _Cache, ids: _Ids | None = None) -> int:
    """Id of the site's focus group, creating site and group when new.

    `cache` holds ids known to exist in this transaction; ids created here join it only
    when the file's savepoint is released (`_Cache.keep`), since a rolled-back file takes
    its new site and group with it. On SQLite this transaction holds the write lock, so a
    site's groups are read once and a group missing from them is new; other databases
    look each group up, as another ingest may be adding it at the same moment.
    """
    site_table, groups = Site.__table__, FocusGroup.__table__
    sqlite = conn.dialect.name == "sqlite"
    site_id = cache.sites.get(site) or cache.new_sites.get(site)
    if site_id is None:
        site_id = conn.execute(select(site_table.c.id).where(site_table.c.name == site)).scalar()
        if site_id is None:
            site_id = conn.execute(insert(site_table).values(name=site)).inserted_primary_key[0]
            cache.new_sites[site] = site_id
            cache.complete.add(site_id)
        else:
            cache.sites[site] = site_id
            if sqlite:
                for gid, name, gdate in conn.execute(
                        select(groups.c.id, groups.c.name, groups.c.date).where(groups.c.site_id == site_id)):
                    cache.groups[(site_id, name)] = (gid, gdate)
                cache.complete.add(site_id)
    key = (site_id, group)
    known = cache.groups.get(key) or cache.new_groups.get(key)
    if known is None and not (sqlite and site_id in cache.complete):
        row = conn.execute(
            select(groups.c.id, groups.c.date).where(groups.c.site_id == site_id, groups.c.name == group)).first()
        if row is not None:
            known = cache.groups[key] = (row.id, row.date)
    if known is None:
        group_id = _insert_with_ids(conn, groups, ("site_id", "name", "date"), [(site_id, group, date)], ids)[0]
        cache.new_groups[key] = (group_id, date)
        return group_id
    group_id, known_date = known
    if date and not known_date:
        conn.execute(groups.update().where(groups.c.id == group_id).values(date=date))
        cache.new_groups[key] = (group_id, date)
    return group_id


class _Cache:
    """Site and group ids known in the current write transaction."""

    def __init__(self):
        self.sites: dict[str, int] = {}
        self.groups: dict[tuple[int, str], tuple[int, str | None]] = {}
        self.new_sites: dict[str, int] = {}
        self.new_groups: dict[tuple[int, str], tuple[int, str | None]] = {}
        self.complete: set[int] = set()  # sites whose every group is in `groups` (SQLite only)

    def keep(self) -> None:
        """The file's savepoint was released: what it created now exists for the transaction."""
        self.sites.update(self.new_sites)
        self.groups.update(self.new_groups)
        self.drop()

    def drop(self) -> None:
        self.new_sites.clear()
        self.new_groups.clear()


def _executemany(conn, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Insert tuples in `columns` order straight through the driver: ingest's bulk path.

    Measured on 64,000 segment rows, Core `insert()` with dicts spends about twice as long
    in Python (per-row dict processing) as handing tuples to the driver, and a Core
    statement per file costs about a millisecond of compiling and bookkeeping. Values go
    through the columns' own SQLAlchemy bind processors (dates, JSON), so rows are stored
    exactly as Core would store them.
    """
    dialect = conn.dialect
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s"}.get(dialect.paramstyle)
    if mark is None:
        conn.execute(insert(table), [dict(zip(columns, r)) for r in rows])
        return
    sql, processors = _insert_sql(dialect, table, columns, mark)
    if processors:
        rows = [tuple(v if f is None or v is None else f(v) for f, v in zip(processors, r)) for r in rows]
    if dialect.name == "sqlite":
        # The same DBAPI connection, inside the transaction SQLAlchemy began; driver errors
        # become SQLAlchemy's (IntegrityError for stored bytes, OperationalError for a busy
        # database), as callers expect from any other statement.
        try:
            conn.connection.driver_connection.executemany(sql, rows)
        except dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error,
                                      dialect=dialect) from exc
    else:
        conn.exec_driver_sql(sql, rows)


_SQL_CACHE: dict[tuple, tuple[str, list | None]] = {}


def _insert_sql(dialect, table, columns: tuple[str, ...], mark: str) -> tuple[str, list | None]:
    key = (dialect.name, dialect.paramstyle, table.name, columns)
    cached = _SQL_CACHE.get(key)
    if cached is None:
        preparer = dialect.identifier_preparer
        cols = ", ".join(preparer.quote(c) for c in columns)
        sql = f"INSERT INTO {preparer.quote(table.name)} ({cols}) VALUES ({', '.join([mark] * len(columns))})"
        # Only dates and JSON need converting; a processor on every Boolean of 64,000 segment
        # rows would cost more than the insert.
        processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect)
                      if isinstance(table.c[c].type, (DateTime, JSON)) else None for c in columns]
        cached = _SQL_CACHE[key] = (sql, processors if any(processors) else None)
    return cached


class _Ids:
    """Row ids handed out in one SQLite write transaction.

    SQLite holds the write lock for the whole transaction (BEGIN IMMEDIATE), so ids after
    the current maximum are ours; reading the maximum once per table per transaction is
    enough (ids of a rolled-back file are simply skipped: gaps are harmless).
    """

    def __init__(self):
        self.next: dict[str, int] = {}

    def take(self, conn, table, n: int) -> list[int]:
        first = self.next.get(table.name)
        if first is None:
            first = (conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        self.next[table.name] = first + n
        return list(range(first, first + n))


def _insert_with_ids(conn, table, columns: tuple[str, ...], rows: list[tuple], ids: _Ids | None) -> list[int]:
    """Insert rows (tuples in `columns` order) and return their ids in order.

    On SQLite the ids are assigned here (see `_Ids`); other databases hand them back
    with RETURNING, in parameter order.
    """
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        new = (ids or _Ids()).take(conn, table, len(rows))
        _executemany(conn, table, ("id", *columns), [(i, *r) for i, r in zip(new, rows)])
        return new
    result = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                          [dict(zip(columns, r)) for r in rows])
    return [r[0] for r in result]


_TURN_COLUMNS = ("transcript_id", "speaker_id", "idx", "start", "end", "timestamp", "source_line")
_SEGMENT_COLUMNS = ("transcript_id", "turn_id", "idx", "start", "end", "text", "is_backchannel")


def store_transcript(
    s, laid: LaidOutTranscript, *, site: str, group: str, date: str | None,
    original_text: str | None = None, actor: str = "cli", source_path: str | None = None,
    _ids: _Ids | None = None, _cache: _Cache | None = None,
) -> tuple[int, int]:
    """Write one laid-out transcript in the caller's transaction (Core bulk inserts, no ORM objects).

    Args:
        s: a Session or a Core Connection inside a transaction.
    Returns:
        (transcript id, number of speakers).
    """
    conn = s if isinstance(s, Connection) else s.connection()
    return _store_rows(conn, _rows_of(laid), site=site, group=group, date=date, original_text=original_text,
                       actor=actor, source_path=source_path, ids=_ids, cache=_cache)


@dataclass
class _Rows:
    """A laid-out transcript as plain tuples: cheap to send between processes and to insert."""

    source_name: str
    format: str
    sha256: str
    unit: str
    text: str
    speakers: list[tuple]  # (label, pseudonym, role), in order of first appearance
    turns: list[tuple]  # (speaker position, idx, start, end, timestamp, source_line)
    # Segments as columns: lists of numbers pickle several times faster than one tuple per
    # segment, and the texts are cut from `text` by the writer instead of being sent twice.
    segment_turns: list[int]  # turn position of each segment (a segment's idx is its position)
    segment_starts: list[int]
    segment_ends: list[int]
    segment_backchannel: list[bool]


def _rows_of(laid: LaidOutTranscript) -> _Rows:
    if any(seg.index != k for k, seg in enumerate(laid.segments)):
        raise RuntimeError("segments must be numbered by their position")  # lay_out numbers them so
    order = [(t.speaker, t.role) for t in laid.turns]
    names = pseudonyms(order)
    roles = dict(order)
    position = {label: k for k, label in enumerate(names)}
    return _Rows(
        source_name=laid.source_name, format=laid.format, sha256=laid.sha256, unit=laid.unit, text=laid.text,
        speakers=[(label, names[label], roles[label]) for label in names],
        turns=[(position[t.speaker], t.index, t.start, t.end, t.timestamp[:20] if t.timestamp else None, t.line)
               for t in laid.turns],
        segment_turns=[seg.turn_index for seg in laid.segments],
        segment_starts=[seg.start for seg in laid.segments],
        segment_ends=[seg.end for seg in laid.segments],
        segment_backchannel=[bool(seg.is_backchannel) for seg in laid.segments],
    )


def _store_rows(conn, rows: _Rows, *, site: str, group: str, date: str | None, original_text: str | None,
                actor: str, source_path: str | None, ids: _Ids | None, cache: _Cache | None,
                ) -> tuple[int, int]:
    group_id = _group_id(conn, site, group, date, _Cache() if cache is None else cache, ids)
    tid = _insert_with_ids(
        conn, Transcript.__table__,
        ("group_id", "source_name", "sha256", "format", "unit", "text", "original_text", "created_at"),
        [(group_id, rows.source_name, rows.sha256, rows.format, rows.unit, rows.text, original_text, utcnow())],
        ids)[0]
    speaker_ids = _insert_with_ids(conn, Speaker.__table__, ("transcript_id", "label", "pseudonym", "role"),
                                   [(tid, *sp) for sp in rows.speakers], ids)
    turn_ids = _insert_with_ids(conn, Turn.__table__, _TURN_COLUMNS,
                                [(tid, speaker_ids[t[0]], *t[1:]) for t in rows.turns], ids)
    n_segments = len(rows.segment_starts)
    if n_segments:
        text = rows.text
        _executemany(conn, Segment.__table__, _SEGMENT_COLUMNS, list(zip(
            repeat(tid, n_segments), [turn_ids[k] for k in rows.segment_turns], range(n_segments),
            rows.segment_starts, rows.segment_ends,
            [text[a:b] for a, b in zip(rows.segment_starts, rows.segment_ends)], rows.segment_backchannel)))
    # The audit row (as pipeline.audit.record writes it), inside the same transaction.
    _executemany(conn, AuditLog.__table__, ("action", "actor", "at", "payload"), [(
        "ingest", actor, utcnow(), dict(
            file=source_path or rows.source_name, sha256=rows.sha256, site=site, group=group,
            transcript_id=tid, turns=len(rows.turns), speakers=len(rows.speakers),
            segments=n_segments, unit=rows.unit))])
    return tid, len(rows.speakers)


def _existing_hashes(db) -> set[str]:
    """Hashes of every stored transcript, read once per ingest (the write re-checks)."""
    # Core, like the writes: the first ORM query of a process sets up every mapper (about
    # 15 ms), which would hold back the start of the worker processes.
    with db.engine.connect() as conn:
        return set(conn.execute(select(Transcript.__table__.c.sha256)).scalars())


def ingest_paths(
    db,
    paths: Iterable[str | os.PathLike],
    *,
    site: str,
    group: str | None = None,
    date: str | None = None,
    facilitators: Iterable[str] = (),
    unit: str | None = None,
    roster=None,
    keep_original: bool = False,
    settings: Settings | None = None,
    actor: str = "cli",
    workers: int | None = None,
) -> IngestReport:
    """Import transcript files (folders expand to the transcripts inside).

    Args:
        db: an open `pipeline.db.Database`.
        paths: files and folders.
        site: site name (required, E016).
        group: focus-group name; defaults to each file's stem.
        date: YYYY-MM-DD (E014).
        facilitators: extra facilitator names.
        unit: 'sentence' or 'turn'; defaults to Settings.unit.
        roster: a roster CSV path or a loaded `pipeline.deid.Roster`; names are replaced first.
        keep_original: also store the text as read, before de-identification.
        settings: project settings; loaded from needsmap.yaml when None.
        actor: who to name in the audit log.
        workers: worker processes that read and segment files while this one writes; None
            picks by file count and CPUs (0 = all in this process).
    Returns:
        An IngestReport; files with problems are refused (nothing stored), the rest imported.
    Raises:
        NeedsmapError: for a request that cannot run at all (no site, bad date or unit, bad roster).
    """
    settings = settings or load_settings()
    if not site or not str(site).strip():
        raise NeedsmapError.of("E016")
    site = str(site).strip()
    if group is not None and not str(group).strip():
        raise NeedsmapError.of("E025")
    date = check_date(date)
    unit = check_unit(unit or settings.unit)
    facilitators = tuple(f.strip() for f in facilitators if f and f.strip())
    roster_obj = None
    if roster:
        from .deid import load_roster

        roster_obj = load_roster(roster) if isinstance(roster, (str, os.PathLike)) else roster

    report = IngestReport()
    files, missing = expand_paths(paths)
    for prob in missing:
        report.files.append(FileOutcome(path=prob.file or "", status="refused", problems=[prob]))
        report.problems.append(prob)

    job = _Job(site=site, group=group, date=date, facilitators=facilitators, unit=unit, roster=roster_obj,
               keep_original=keep_original, settings=settings, actor=actor,
               known=_existing_hashes(db) if files else set())
    # One set: files stored by this ingest join it (workers see the hashes known at the start).
    seen = job.known
    writer = _BatchWriter(db)
    prepared_files = _prepared_files(files, job, workers)
    try:
        for prepared in prepared_files:
            outcome = _store(writer, prepared, job, seen)
            report.files.append(outcome)
            report.problems.extend(outcome.problems)
        writer.commit()
    finally:
        prepared_files.close()  # stops the worker pool now, also when a write failed
        writer.close()
    return report


@dataclass
class _Job:
    """What every file of one ingest shares."""

    site: str
    group: str | None
    date: str | None
    facilitators: tuple[str, ...]
    unit: str
    roster: object
    keep_original: bool
    settings: Settings
    actor: str
    known: set[str]  # hashes already stored (before this ingest, then by it)


@dataclass
class _Prepared:
    """One file read, parsed, de-identified and laid out: everything short of the database."""

    path: str
    outcome: FileOutcome | None = None  # set when there is nothing to store (refused, or known bytes)
    digest: str = ""
    rows: _Rows | None = None
    group: str = ""
    original: str | None = None
    stored_name: str = ""
    replacements: list[Replacement] = field(default_factory=list)


# Below this many files a worker pool costs more to start than it saves.
PARALLEL_MIN_FILES = 8


def _worker_count(n_files: int, workers: int | None) -> int:
    """Worker processes for this ingest; 0 means do everything in this process.

    Workers are forked so they inherit the loaded spaCy pipeline and the ingest's settings
    and roster without pickling; forking a process that runs other threads (a web app) can
    deadlock, so those ingest serially, as do systems without fork.
    """
    if workers is not None:
        return max(0, workers)
    cpus = os.cpu_count() or 1
    if (n_files < PARALLEL_MIN_FILES or cpus < 2 or threading.active_count() > 1
            or multiprocessing.current_process().daemon
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 0
    return min(cpus, 4)


def _worker_main(job: _Job, files: list[Path], results, parent: int) -> None:
    """A forked worker: prepare every file of its share and send each back, in order."""
    die_with_parent(signal.SIGKILL)  # a killed ingest must not leave its workers behind
    if os.getppid() != parent:
        os._exit(1)
    for path in files:
        try:
            item = ("ok", _prepare(path, job))
        except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
            item = ("error", exc)
        try:
            results.send(item)
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            results.send(("error", RuntimeError(repr(item[1]))))
        if item[0] == "error":
            break
    results.close()


# Only Linux can resize a pipe.
_F_SETPIPE_SZ = getattr(fcntl, "F_SETPIPE_SZ", None)
PIPE_BYTES = 1 << 20


def _widen_pipe(conn) -> None:
    """Let a worker's pipe hold about a megabyte (Linux; the default elsewhere).

    One prepared file is about 70 KB pickled, more than the default 64 KB pipe, so with
    the default every worker stopped after each file until this process had read it,
    leaving a CPU idle; with room for a dozen files the workers keep going while this
    process writes (ingest took about 15 % less time in bench_ingest).
    """
    if _F_SETPIPE_SZ is None:
        return
    try:
        fcntl.fcntl(conn.fileno(), _F_SETPIPE_SZ, PIPE_BYTES)
    except OSError:
        pass  # above /proc/sys/fs/pipe-max-size, or not a pipe: the default still works


def _prepared_files(files: list[Path], job: _Job, workers: int | None):
    """Prepared files in input order: from forked workers while this process writes, or serially.

    Worker k prepares files k, k + n, k + 2n ... and sends them down its own pipe; this
    process reads the pipes in turn, so results arrive in input order without helper
    threads here (threads would fight the database writes for the GIL), and a full pipe
    makes a worker wait rather than pile results up in memory.
    """
    n = min(_worker_count(len(files), workers), len(files))
    if n == 0:
        for path in files:
            yield _prepare(path, job)
        return
    if job.unit == "sentence":
        from .segmenters import get_nlp

        try:
            get_nlp(job.settings)  # loaded once here, inherited by every worker
        except NeedsmapError:
            pass  # a broken model setting: each file is refused with it, as in one process
    ctx = multiprocessing.get_context("fork")
    pipes, procs = [], []
    # Objects frozen before the fork are never scanned by the workers' garbage collector,
    # so the pages holding them (spaCy's included) stay shared instead of being copied.
    gc.freeze()
    try:
        for k in range(n):
            receive, send = ctx.Pipe(duplex=False)
            _widen_pipe(send)
            proc = ctx.Process(target=_worker_main, args=(job, files[k::n], send, os.getpid()), daemon=True)
            proc.start()
            send.close()
            pipes.append(receive)
            procs.append(proc)
        gc.unfreeze()
        for i in range(len(files)):
            try:
                kind, value = pipes[i % n].recv()
            except EOFError:
                raise RuntimeError(f"an ingest worker stopped while reading {files[i]}") from None
            if kind == "error":
                raise value
            yield value
    finally:
        gc.unfreeze()
        for proc in procs:
            proc.join(timeout=0 if proc.exitcode is not None else 0.5)
            if proc.is_alive():
                proc.kill()
                proc.join()
        for receive in pipes:
            receive.close()


class _BatchWriter:
    """One savepoint per file inside a transaction committed about twice a second.

    Each file stays all or nothing (its savepoint), while hundreds of small files do not
    pay one commit each. Committing every ~0.5 s keeps other writers (the review app)
    from waiting long, and on SQLite spreads the WAL checkpoints that commits trigger
    over the ingest, while the workers are still busy, instead of leaving one large
    checkpoint for the end (bench_ingest: about 4 % less time than every 2 s).
    Works on a Core connection: no ORM unit of work for rows that are only inserted.
    """

    COMMIT_EVERY_S = 0.5

    def __init__(self, db):
        self.db = db
        self.conn = None
        self.trans = None
        self.opened = 0.0
        self.ids = _Ids()
        self.cache = _Cache()

    def write(self, rows: _Rows, **kwargs) -> tuple[int, int] | None:
        """Store one transcript; None when identical bytes are already stored."""
        if self.conn is None:
            self.conn = self.db.engine.connect()
            self.trans = self.conn.begin()
            self.opened = time.monotonic()
        conn = self.conn
        try:
            with conn.begin_nested():
                result = _store_rows(conn, rows, ids=self.ids, cache=self.cache, **kwargs)
            self.cache.keep()
        except IntegrityError:
            self.cache.drop()
            # Another process stored the same bytes since this ingest began (sha256 is unique).
            if conn.execute(select(Transcript.id).where(Transcript.sha256 == rows.sha256)).first():
                return None
            raise
        if time.monotonic() - self.opened > self.COMMIT_EVERY_S:
            self.commit()
        return result

    def commit(self) -> None:
        if self.conn is not None:
            self.trans.commit()
            self._end()

    def close(self) -> None:
        if self.conn is not None:
            self.trans.rollback()
            self._end()

    def _end(self) -> None:
        self.conn.close()
        self.conn = self.trans = None
        # Ids and site ids are only certain inside the transaction that read them.
        self.ids = _Ids()
        self.cache = _Cache()


def _with_path(problems: list[Problem], name: str, path: Path) -> list[Problem]:
    """Name the file as the user gave it (a folder import has many files of one name)."""
    for p in problems:
        if p.file in (None, name):
            p.file = str(path)
    return problems


def _prepare(path: Path, job: _Job) -> _Prepared:
    """Read, parse, de-identify and lay out one file (no database: runs in a worker too)."""
    name = path.name
    settings = job.settings
    try:
        size = path.stat().st_size
        limit = settings.max_file_mb * 1024 * 1024
        if size > limit:
            raise NeedsmapError.of("E003", file=name, size_mb=size / 1024 / 1024, limit_mb=settings.max_file_mb)
        data = path.read_bytes()
    except NeedsmapError as err:
        return _Prepared(str(path), FileOutcome(path=str(path), status="refused",
                                                problems=_with_path(err.problems, name, path)))
    except OSError as exc:
        prob = problem("E009", file=str(path), reason=exc.strerror or str(exc))
        return _Prepared(str(path), FileOutcome(path=str(path), status="refused", problems=[prob]))
    digest = sha256_bytes(data)
    if digest in job.known:
        return _Prepared(str(path), FileOutcome(path=str(path), status="skipped"), digest=digest)
    facilitators, roster = job.facilitators, job.roster
    try:
        parsed = read_bytes(data, name, settings, facilitators)
        original = None
        replacements: list[Replacement] = []
        if roster is not None:
            from .deid import deidentify

            original_parsed = parsed
            parsed, replacements = deidentify(parsed, roster)
            if job.keep_original:
                original = lay_out(original_parsed, settings=settings, unit="turn",
                                   facilitators=facilitators, sha256=digest).text
        laid = lay_out(parsed, settings=settings, unit=job.unit, facilitators=facilitators, sha256=digest)
        if job.keep_original and original is None:
            original = laid.text
    except NeedsmapError as err:
        return _Prepared(str(path), FileOutcome(path=str(path), status="refused",
                                                problems=_with_path(err.problems, name, path)), digest=digest)
    # With a roster, the file name may hold a real name: store only its de-identified form.
    return _Prepared(
        str(path), digest=digest, rows=_rows_of(laid), group=job.group or Path(parsed.source_name).stem,
        original=original, stored_name=parsed.source_name if roster is not None else str(path),
        replacements=replacements,
    )


def _store(writer: _BatchWriter, prepared: _Prepared, job: _Job, seen: set[str]) -> FileOutcome:
    """Write one prepared file in its own savepoint; identical bytes stored earlier are skipped."""
    path = prepared.path
    if prepared.outcome is not None:
        return prepared.outcome
    if prepared.digest in seen:
        return FileOutcome(path=path, status="skipped")
    rows = prepared.rows
    stored = writer.write(
        rows, site=job.site, group=prepared.group, date=job.date, original_text=prepared.original,
        actor=job.actor, source_path=prepared.stored_name,
    )
    seen.add(prepared.digest)
    if stored is None:
        return FileOutcome(path=path, status="skipped")
    tid, n_speakers = stored
    return FileOutcome(
        path=path, status="added", transcript_id=tid, turns=len(rows.turns),
        speakers=n_speakers, segments=len(rows.segment_starts), replacements=prepared.replacements,
    )
