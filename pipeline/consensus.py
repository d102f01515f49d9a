"""Consensus: the team's agreed decision on a (segment, code), and what the tables count.

The rule the tables use (`effective_codings`), per (segment, code):
  1. when the team recorded a consensus decision, that decision counts
     (confirmed -> the code applies, rejected -> it does not), whatever the coders said;
  2. otherwise the code applies when at least one coder confirmed it.
So a disagreement the team resolved as "rejected" drops out of every table, and
codes that nobody disputed need no consensus step at all.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .coding import DECISIONS, _check_code, _check_segment, get_coder
from .errors import NeedsmapError, problem
from .models import Coding, Consensus, utcnow


def resolve(
    session: Session, *, segment_id: int, code_key: str, decision: str, rationale: str, decided_by: str,
) -> Consensus:
    """Record (or revise) the team's decision on one (segment, code), with its rationale; audited.

    Revising keeps the earlier decision and rationale in the audit log.
    """
    if decision not in DECISIONS:
        raise NeedsmapError(problem("E401", value=decision))
    if not (rationale or "").strip():
        raise NeedsmapError(problem("E407"))
    _check_segment(session, segment_id)
    _check_code(session, code_key)
    who = get_coder(session, decided_by)
    row = session.scalars(select(Consensus).filter_by(segment_id=segment_id, code_key=code_key)).first()
    previous = None
    if row is None:
        row = Consensus(segment_id=segment_id, code_key=code_key)
        session.add(row)
    else:
        previous = {"decision": row.decision, "rationale": row.rationale,
                    "decided_by": row.decided_by, "at": row.created_at.isoformat() if row.created_at else None}
    row.decision = decision
    row.rationale = rationale.strip()
    row.decided_by = who.id
    row.created_at = utcnow()
    session.flush()
    audit.record(session, "consensus.resolve", actor=who.name, segment_id=segment_id, code=code_key,
                 decision=decision, rationale=row.rationale, previous=previous)
    return row


def withdraw(session: Session, *, segment_id: int, code_key: str, actor: str, rationale: str) -> None:
    """Remove a consensus decision (the coders' codings count again); audited with the old value."""
    if not (rationale or "").strip():
        raise NeedsmapError(problem("E407"))
    who = get_coder(session, actor)
    row = session.scalars(select(Consensus).filter_by(segment_id=segment_id, code_key=code_key)).first()
    if row is None:
        return
    audit.record(session, "consensus.withdraw", actor=who.name, segment_id=segment_id, code=code_key,
                 old_decision=row.decision, old_rationale=row.rationale, rationale=rationale.strip())
    session.delete(row)
    session.flush()


def consensus_rows(session: Session) -> list[Consensus]:
    return list(session.scalars(select(Consensus).order_by(Consensus.segment_id, Consensus.code_key)))


def effective_codings(session: Session) -> set[tuple[int, str]]:
    """(segment_id, code_key) pairs the tables count, by the module's consensus-first rule."""
    decided = {(s, c): d for s, c, d in session.execute(
        select(Consensus.segment_id, Consensus.code_key, Consensus.decision))}
    out = {k for k, d in decided.items() if d == "confirmed"}
    for seg, code in session.execute(
        select(Coding.segment_id, Coding.code_key).where(Coding.decision == "confirmed").distinct()
    ):
        if (seg, code) not in decided:
            out.add((seg, code))
    return out
