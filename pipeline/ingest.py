"""Storing transcripts: each file in its own transaction, all or nothing.

A refused file stores nothing and does not stop the others; identical bytes (same
sha256) are never imported twice. Speakers get a pseudonym per transcript (FAC1,
P01, GROUP ...), the only name exports show.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import IntegrityError

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


def _group_id(conn, site: str, group: str, date: str | None, sites: dict[str, int]) -> int:
    """Id of the site's focus group, creating site and group when new (`sites` caches site ids)."""
    site_table, groups = Site.__table__, FocusGroup.__table__
    site_id = sites.get(site)
    if site_id is None:
        site_id = conn.execute(select(site_table.c.id).where(site_table.c.name == site)).scalar()
        if site_id is None:
            # Not cached: this file's savepoint may still roll the new site back.
            site_id = conn.execute(insert(site_table).values(name=site)).inserted_primary_key[0]
        else:
            sites[site] = site_id
    row = conn.execute(
        select(groups.c.id, groups.c.date).where(groups.c.site_id == site_id, groups.c.name == group)
    ).first()
    if row is None:
        group_id = conn.execute(insert(groups).values(site_id=site_id, name=group, date=date)).inserted_primary_key[0]
    else:
        group_id = row.id
        if date and not row.date:
            conn.execute(groups.update().where(groups.c.id == row.id).values(date=date))
    return group_id


def _executemany(conn, table, columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Plain DBAPI executemany with tuples: segments are the bulk of an ingest.

    Measured on 64,000 segment rows, Core `insert()` with dicts spends about twice as long
    in Python (per-row dict processing) as handing tuples straight to the driver.
    """
    mark = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": None, "named": None}.get(
        conn.dialect.paramstyle)
    if mark is None:
        conn.execute(insert(table), [dict(zip(columns, r)) for r in rows])
        return
    preparer = conn.dialect.identifier_preparer
    cols = ", ".join(preparer.quote(c) for c in columns)
    sql = f"INSERT INTO {preparer.quote(table.name)} ({cols}) VALUES ({', '.join([mark] * len(columns))})"
    conn.exec_driver_sql(sql, rows)


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
_SEGMENT_COLUMNS = ("transcript_id", "turn_id", "idx", "start", "end", "text", "text_hash", "is_backchannel")


def store_transcript(
    s, laid: LaidOutTranscript, *, site: str, group: str, date: str | None,
    original_text: str | None = None, actor: str = "cli", source_path: str | None = None,
    _ids: _Ids | None = None, _sites: dict[str, int] | None = None,
) -> tuple[int, int]:
    """Write one laid-out transcript in the caller's transaction (Core bulk inserts, no ORM objects).

    Args:
        s: a Session or a Core Connection inside a transaction.
    Returns:
        (transcript id, number of speakers).
    """
    conn = s if isinstance(s, Connection) else s.connection()
    group_id = _group_id(conn, site, group, date, {} if _sites is None else _sites)
    tid = _insert_with_ids(
        conn, Transcript.__table__,
        ("group_id", "source_name", "sha256", "format", "unit", "text", "original_text", "created_at"),
        [(group_id, laid.source_name, laid.sha256, laid.format, laid.unit, laid.text, original_text, utcnow())],
        _ids)[0]
    order = [(t.speaker, t.role) for t in laid.turns]
    names = pseudonyms(order)
    roles = dict(order)
    labels = list(names)
    speaker_ids = _insert_with_ids(conn, Speaker.__table__, ("transcript_id", "label", "pseudonym", "role"),
                                   [(tid, lb, names[lb], roles[lb]) for lb in labels], _ids)
    speaker_id = dict(zip(labels, speaker_ids))
    turn_ids = _insert_with_ids(conn, Turn.__table__, _TURN_COLUMNS, [
        (tid, speaker_id[t.speaker], t.index, t.start, t.end, t.timestamp[:20] if t.timestamp else None, t.line)
        for t in laid.turns
    ], _ids)
    if laid.segments:
        # The same hash as pipeline.embeddings.text_hash, so the embedding cache finds segments.
        sha = hashlib.sha256
        _executemany(conn, Segment.__table__, _SEGMENT_COLUMNS,
                     [(tid, turn_ids[seg.turn_index], seg.index, seg.start, seg.end, seg.text,
                       sha(seg.text.encode("utf-8")).hexdigest(), bool(seg.is_backchannel))
                      for seg in laid.segments])
    # The audit row (as pipeline.audit.record writes it), inside the same transaction.
    conn.execute(insert(AuditLog.__table__).values(
        action="ingest", actor=actor, at=utcnow(), payload=dict(
            file=source_path or laid.source_name, sha256=laid.sha256, site=site, group=group,
            transcript_id=tid, turns=len(laid.turns), speakers=len(labels), segments=len(laid.segments),
            unit=laid.unit)))
    return tid, len(labels)


def _existing_hashes(db) -> set[str]:
    """Hashes of every stored transcript, read once per ingest (the write re-checks)."""
    with db.Session() as s:
        return set(s.scalars(select(Transcript.sha256)))


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

    seen = _existing_hashes(db) if files else set()
    writer = _BatchWriter(db)
    try:
        for path in files:
            outcome = _ingest_one(
                writer, path, site=site, group=group, date=date, facilitators=facilitators, unit=unit,
                roster=roster_obj, keep_original=keep_original, settings=settings, actor=actor, seen=seen,
            )
            report.files.append(outcome)
            report.problems.extend(outcome.problems)
        writer.commit()
    finally:
        writer.close()
    return report


class _BatchWriter:
    """One savepoint per file inside a transaction committed every couple of seconds.

    Each file stays all or nothing (its savepoint), while hundreds of small files do not
    pay one commit each; committing every ~2 s keeps other writers from waiting long.
    Works on a Core connection: no ORM unit of work for rows that are only inserted.
    """

    COMMIT_EVERY_S = 2.0

    def __init__(self, db):
        self.db = db
        self.conn = None
        self.trans = None
        self.opened = 0.0
        self.ids = _Ids()
        self.sites: dict[str, int] = {}

    def write(self, laid: LaidOutTranscript, **kwargs) -> tuple[int, int] | None:
        """Store one transcript; None when identical bytes are already stored."""
        if self.conn is None:
            self.conn = self.db.engine.connect()
            self.trans = self.conn.begin()
            self.opened = time.monotonic()
        conn = self.conn
        try:
            with conn.begin_nested():
                result = store_transcript(conn, laid, _ids=self.ids, _sites=self.sites, **kwargs)
        except IntegrityError:
            # Another process stored the same bytes since this ingest began (sha256 is unique).
            if conn.execute(select(Transcript.id).where(Transcript.sha256 == laid.sha256)).first():
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
        self.sites = {}


def _with_path(problems: list[Problem], name: str, path: Path) -> list[Problem]:
    """Name the file as the user gave it (a folder import has many files of one name)."""
    for p in problems:
        if p.file in (None, name):
            p.file = str(path)
    return problems


def _ingest_one(writer: _BatchWriter, path: Path, *, site, group, date, facilitators, unit, roster,
                keep_original, settings, actor, seen: set[str]) -> FileOutcome:
    name = path.name
    try:
        size = path.stat().st_size
        limit = settings.max_file_mb * 1024 * 1024
        if size > limit:
            raise NeedsmapError.of("E003", file=name, size_mb=size / 1024 / 1024, limit_mb=settings.max_file_mb)
        data = path.read_bytes()
    except NeedsmapError as err:
        return FileOutcome(path=str(path), status="refused", problems=_with_path(err.problems, name, path))
    except OSError as exc:
        prob = problem("E009", file=str(path), reason=exc.strerror or str(exc))
        return FileOutcome(path=str(path), status="refused", problems=[prob])
    digest = sha256_bytes(data)
    if digest in seen:
        return FileOutcome(path=str(path), status="skipped")
    try:
        parsed = read_bytes(data, name, settings, facilitators)
        original = None
        replacements: list[Replacement] = []
        if roster is not None:
            from .deid import deidentify

            original_parsed = parsed
            parsed, replacements = deidentify(parsed, roster)
            if keep_original:
                original = lay_out(original_parsed, settings=settings, unit="turn",
                                   facilitators=facilitators, sha256=digest).text
        laid = lay_out(parsed, settings=settings, unit=unit, facilitators=facilitators, sha256=digest)
        if keep_original and original is None:
            original = laid.text
    except NeedsmapError as err:
        return FileOutcome(path=str(path), status="refused", problems=_with_path(err.problems, name, path))
    # With a roster, the file name may hold a real name: store only its de-identified form.
    stored_name = parsed.source_name if roster is not None else str(path)
    stored = writer.write(
        laid, site=site, group=group or Path(parsed.source_name).stem, date=date, original_text=original,
        actor=actor, source_path=stored_name,
    )
    seen.add(digest)
    if stored is None:
        return FileOutcome(path=str(path), status="skipped")
    tid, n_speakers = stored
    return FileOutcome(
        path=str(path), status="added", transcript_id=tid, turns=len(laid.turns),
        speakers=n_speakers, segments=len(laid.segments), replacements=replacements,
    )
