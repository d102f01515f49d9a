"""Coders, their decisions, memos and blind coding rounds.

A decision is one row per (segment, code, coder). A coder submitting again updates
their own row; nobody ever writes another coder's row. Rows are written with an
upsert so two coders (or two browser tabs of one coder) saving at the same moment
never lose a decision and never collide on the unique constraint.

Blind rounds: while a blind round is open, every viewer -- PRA or PI -- sees only
their own codings. A PI who also codes would otherwise be influenced, and agreement
figures are only honest when nobody has seen anyone else's choices. Engine
suggestions stay visible (they are not a person's judgement). Progress counts
(`coder_progress`) stay visible to everyone because they reveal no codes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from . import audit
from .access import find_coder, require_role
from .errors import Msg, NeedsmapError, Problem, problem
from .models import Code, Codebook, Coder, Coding, CodingRound, Memo, Segment, Transcript, utcnow

ROLES = ("pra", "pi")
DECISIONS = ("confirmed", "rejected")


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise NeedsmapError("The coder name is empty. Give the name the coder uses, like --coder amina.")
    return name


def get_coder(session: Session, name: str) -> Coder:
    """The coder called `name`, or a plain-language error saying how to add them."""
    return find_coder(session, _clean_name(name))


def ensure_coder(session: Session, name: str, role: str = "pra") -> Coder:
    """Return the coder called `name`, adding them (audited) when new.

    An existing coder keeps their role; use `set_role` to change it.
    """
    name = _clean_name(name)
    if role not in ROLES:
        raise NeedsmapError(problem("E403", value=role))
    coder = session.scalars(select(Coder).where(Coder.name == name)).first()
    if coder is not None:
        return coder
    try:
        with session.begin_nested():
            coder = Coder(name=name, role=role)
            session.add(coder)
            session.flush()
    except IntegrityError:
        # Someone else added the same name a moment ago: use theirs.
        return session.scalars(select(Coder).where(Coder.name == name)).one()
    audit.record(session, "coder.add", actor=name, name=name, role=role)
    return coder


def set_role(session: Session, name: str, role: str, actor: str = "system") -> Coder:
    """Change a coder's role (pra or pi), audited."""
    if role not in ROLES:
        raise NeedsmapError(problem("E403", value=role))
    coder = get_coder(session, name)
    old = coder.role
    coder.role = role
    audit.record(session, "coder.role", actor=actor, name=coder.name, old=old, new=role)
    return coder


def require_pi(session: Session, name: str, action: str) -> Coder:
    """The coder called `name` if they are a PI; otherwise the same refusal (E603) as every role check."""
    return require_role(session, _clean_name(name), "pi", action)


def list_coders(session: Session) -> list[Coder]:
    return list(session.scalars(select(Coder).order_by(Coder.name)))


# ---------------------------------------------------------------- rounds


def current_round(session: Session) -> CodingRound | None:
    """The open coding round, if any (at most one is open at a time)."""
    return session.scalars(
        select(CodingRound).where(CodingRound.closed_at.is_(None)).order_by(CodingRound.id.desc())
    ).first()


def open_round(session: Session, name: str, actor: str, blind: bool = True) -> CodingRound:
    """Open a (by default blind) coding round; only a PI may do this."""
    require_pi(session, actor, "open a coding round")
    existing = current_round(session)
    if existing is not None:
        raise NeedsmapError(problem("E405", name=existing.name))
    rnd = CodingRound(name=(name or "").strip() or f"round {utcnow():%Y-%m-%d}", blind=blind)
    session.add(rnd)
    session.flush()
    audit.record(session, "round.open", actor=actor, round_id=rnd.id, name=rnd.name, blind=blind)
    return rnd


def close_round(session: Session, round_id: int | None, actor: str) -> CodingRound:
    """Close a coding round (the open one when `round_id` is None); only a PI may."""
    require_pi(session, actor, "close a coding round")
    rnd = session.get(CodingRound, round_id) if round_id is not None else current_round(session)
    if rnd is None or rnd.closed_at is not None:
        raise NeedsmapError(problem("E406"))
    rnd.closed_at = utcnow()
    audit.record(session, "round.close", actor=actor, round_id=rnd.id, name=rnd.name)
    return rnd


# ---------------------------------------------------------------- decisions


def _check_segment(session: Session, segment_id: int) -> None:
    if session.get(Segment, segment_id) is None:
        raise NeedsmapError(problem("E201", segment_id=segment_id))


def unknown_code(code_key: str) -> Problem:
    """E107 for `code_key` (its `code` field clashes with problem()'s own argument)."""
    return Problem(code="E107", message=Msg.E107.format(code=code_key))


# Code ids of each codebook version already read, so a decision does not rebuild the
# whole CodebookSpec. A version's codes never change after it is stored (a change makes a
# new version), and the key carries name, version and creation time as well as the row id,
# so a reused id (a rolled-back version, a restored file at the same path) never matches.
_CODE_IDS: dict[tuple, frozenset[str]] = {}
_CODE_IDS_MAX = 64


def current_code_ids(session: Session) -> frozenset[str]:
    """Ids of the current codebook's codes; E105 when no codebook was imported.

    One small query per call while the codebook version is unchanged.
    """
    head = session.execute(
        select(Codebook.id, Codebook.name, Codebook.version, Codebook.created_at)
        .where(Codebook.is_current.is_(True)).order_by(Codebook.id.desc()).limit(1)
    ).first()
    if head is None:
        raise NeedsmapError(problem("E105"))
    key = (session.get_bind().url.render_as_string(hide_password=True), *head)
    ids = _CODE_IDS.get(key)
    if ids is None:
        ids = frozenset(session.scalars(select(Code.key).where(Code.codebook_id == head.id)))
        if len(_CODE_IDS) >= _CODE_IDS_MAX:
            _CODE_IDS.clear()
        _CODE_IDS[key] = ids
    return ids


def _check_code(session: Session, code_key: str) -> None:
    if code_key not in current_code_ids(session):
        raise NeedsmapError(unknown_code(code_key))


def _upsert_coding(session: Session, values: dict) -> None:
    """Insert or update one coder's row atomically (no lost update, no duplicate)."""
    dialect = session.get_bind().dialect.name
    update = {k: values[k] for k in ("decision", "source", "round_id", "needs_review", "updated_at")}
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert
        stmt = insert(Coding).values(**values)
        stmt = stmt.on_conflict_do_update(index_elements=["segment_id", "code_key", "coder_id"], set_=update)
        session.execute(stmt)
        return
    for _attempt in range(3):  # other databases: optimistic insert, update on conflict
        row = session.scalars(select(Coding).filter_by(
            segment_id=values["segment_id"], code_key=values["code_key"], coder_id=values["coder_id"])).first()
        if row is not None:
            for k, v in update.items():
                setattr(row, k, v)
            session.flush()
            return
        try:
            with session.begin_nested():
                session.add(Coding(**values))
                session.flush()
            return
        except IntegrityError:
            continue
    raise RuntimeError("could not store the decision after three attempts")


upsert_coding = _upsert_coding  # public name for importers that build rows themselves (REFI-QDA)


def record_decision(
    session: Session, *, segment_id: int, code_key: str, coder: str, decision: str = "confirmed",
    source: str = "typed", memo: str | None = None,
) -> Coding:
    """Store one coder's decision on one (segment, code); audited.

    A new coder name is added as a PRA. Submitting again updates the coder's own
    row (and clears a re-review flag); other coders' rows are never touched.
    Args:
        source: 'typed' when the coder chose the code, else the engine name whose
            suggestion they accepted.
    """
    who = _store_decisions(session, [(segment_id, code_key)], coder=coder, decision=decision, source=source)
    row = session.scalars(
        select(Coding).filter_by(segment_id=segment_id, code_key=(code_key or "").strip(), coder_id=who.id)).one()
    if memo and memo.strip():
        add_memo(session, segment_id=segment_id, coder=who.name, text=memo)
    return row


def record_decisions(
    session: Session, pairs: Iterable[tuple[int, str]], *, coder: str, decision: str = "confirmed",
    source: str = "typed",
) -> int:
    """Store one coder's decision on each (segment id, code id) pair; audited like `record_decision`.

    For decisions made outside the app (a labelled file, the demo's earlier work): the
    segments, codes, coder and round are looked up once for the whole batch instead of once
    per decision. Every pair is checked before anything is written, so a bad one (E201,
    E107) stores none of them. Returns the number of decisions recorded.
    """
    pairs = list(pairs)
    _store_decisions(session, pairs, coder=coder, decision=decision, source=source)
    return len(pairs)


def _store_decisions(session: Session, pairs: list[tuple[int, str]], *, coder: str, decision: str,
                     source: str) -> Coder | None:
    """Check every pair, then upsert the coder's rows and audit each decision; returns the coder."""
    if decision not in DECISIONS:
        raise NeedsmapError(problem("E401", value=decision))
    pairs = [(int(sid), (code or "").strip()) for sid, code in pairs]
    if not pairs:
        return None
    ids = sorted({sid for sid, _ in pairs})
    found: set[int] = set()
    for lo in range(0, len(ids), 900):
        found.update(session.scalars(select(Segment.id).where(Segment.id.in_(ids[lo:lo + 900]))))
    known = current_code_ids(session)
    for sid, code in pairs:  # the first bad pair in the caller's order, as one call per pair would meet it
        if sid not in found:
            raise NeedsmapError(problem("E201", segment_id=sid))
        if code not in known:
            raise NeedsmapError(unknown_code(code))
    who = ensure_coder(session, coder)
    rnd = current_round(session)
    round_id, source, now = (rnd.id if rnd else None), (source or "typed"), utcnow()
    changed = dict.fromkeys(pairs)
    for sid, code in changed:
        _upsert_coding(session, {
            "segment_id": sid, "code_key": code, "coder_id": who.id, "decision": decision, "source": source,
            "round_id": round_id, "needs_review": False, "created_at": now, "updated_at": now,
        })
    for sid, code in pairs:
        audit.record(session, "coding.decide", actor=who.name, segment_id=sid, code=code,
                     decision=decision, source=source, round_id=round_id)
    # The upsert went around the ORM: rows this session already holds are read afresh (not
    # expired, since sessions outlive their commits here and an expired row could not load later).
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Coding) and obj.coder_id == who.id and (obj.segment_id, obj.code_key) in changed:
            session.refresh(obj)
    return who


def add_memo(session: Session, *, segment_id: int | None, coder: str, text: str) -> Memo:
    """Attach a coder's note to a segment (or to the project when segment_id is None)."""
    text = (text or "").strip()
    if not text:
        raise NeedsmapError("The memo is empty. Write the note first, then save it.")
    if segment_id is not None:
        _check_segment(session, segment_id)
    who = ensure_coder(session, coder)
    memo = Memo(segment_id=segment_id, coder_id=who.id, text=text)
    session.add(memo)
    session.flush()
    audit.record(session, "memo.add", actor=who.name, segment_id=segment_id, memo_id=memo.id)
    return memo


def visible_codings(session: Session, *, viewer: str, segment_ids: Iterable[int]) -> list[Coding]:
    """The codings `viewer` may see on these segments.

    During an open blind round everyone (PIs included) sees only their own codings;
    otherwise everyone sees all codings.
    """
    ids = list(segment_ids)
    if not ids:
        return []
    stmt = select(Coding).where(Coding.segment_id.in_(ids))
    rnd = current_round(session)
    if rnd is not None and rnd.blind:
        me = session.scalars(select(Coder).where(Coder.name == (viewer or "").strip())).first()
        if me is None:
            return []
        stmt = stmt.where(Coding.coder_id == me.id)
    return list(session.scalars(stmt.order_by(Coding.segment_id, Coding.code_key, Coding.coder_id)))


def coder_progress(session: Session) -> dict:
    """Counts for progress bars: segments decided per coder, overall and per transcript.

    Returns {"total_segments": int, "coders": [{name, role, segments, confirmed,
    rejected}], "transcripts": [{transcript_id, source_name, segments,
    by_coder: {name: segments_decided}}]}. Shows no codes, so it is safe in a blind round.
    """
    total = session.scalar(select(func.count(Segment.id))) or 0
    coders = list_coders(session)
    names = {c.id: c.name for c in coders}
    per_coder = {c.id: {"name": c.name, "role": c.role, "segments": 0, "confirmed": 0, "rejected": 0} for c in coders}
    for coder_id, decision, n in session.execute(
        select(Coding.coder_id, Coding.decision, func.count(Coding.id)).group_by(Coding.coder_id, Coding.decision)
    ):
        per_coder[coder_id][decision] = n
    for coder_id, n in session.execute(
        select(Coding.coder_id, func.count(func.distinct(Coding.segment_id))).group_by(Coding.coder_id)
    ):
        per_coder[coder_id]["segments"] = n
    transcripts = {
        tid: {"transcript_id": tid, "source_name": name, "segments": n, "by_coder": {}}
        for tid, name, n in session.execute(
            select(Transcript.id, Transcript.source_name, func.count(Segment.id))
            .join(Segment, Segment.transcript_id == Transcript.id, isouter=True)
            .group_by(Transcript.id, Transcript.source_name).order_by(Transcript.id)
        )
    }
    for tid, coder_id, n in session.execute(
        select(Segment.transcript_id, Coding.coder_id, func.count(func.distinct(Coding.segment_id)))
        .join(Segment, Coding.segment_id == Segment.id)
        .group_by(Segment.transcript_id, Coding.coder_id)
    ):
        transcripts[tid]["by_coder"][names[coder_id]] = n
    return {"total_segments": total, "coders": list(per_coder.values()), "transcripts": list(transcripts.values())}


def decisions_by_segment(session: Session, segment_ids: Iterable[int] | None = None) -> dict[int, dict[str, dict[str, str]]]:
    """{segment_id: {coder_name: {code_key: decision}}} over all codings (no blinding; for analysis)."""
    stmt = select(Coding.segment_id, Coder.name, Coding.code_key, Coding.decision).join(Coder, Coding.coder_id == Coder.id)
    if segment_ids is not None:
        stmt = stmt.where(Coding.segment_id.in_(list(segment_ids)))
    out: dict[int, dict[str, dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for seg, name, code, decision in session.execute(stmt):
        out[seg][name][code] = decision
    return out


__all__ = [
    "ensure_coder", "get_coder", "set_role", "require_pi", "list_coders", "current_round", "open_round",
    "close_round", "record_decision", "record_decisions", "current_code_ids", "upsert_coding", "unknown_code", "add_memo", "visible_codings", "coder_progress", "decisions_by_segment",
]
