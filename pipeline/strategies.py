"""Strategies (Intervention Mapping step 4): text, owner, status, linked to one or more issues."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .codebook import current_codebook
from .errors import NeedsmapError, problem
from .coding import unknown_code
from .models import Strategy, StrategyIssue

STATUSES = ("proposed", "planned", "in_progress", "done", "dropped")


def _check_codes(session: Session, code_keys: list[str]) -> list[str]:
    known = set(current_codebook(session).code_ids())
    keys = [c.strip() for c in code_keys if c and c.strip()]
    unknown = [c for c in keys if c not in known]
    if unknown:
        raise NeedsmapError([unknown_code(c) for c in unknown])
    return list(dict.fromkeys(keys))


def _check_status(status: str) -> str:
    if status not in STATUSES:
        raise NeedsmapError(problem("E416", value=status, choices=", ".join(STATUSES)))
    return status


def add_strategy(
    session: Session, *, text: str, owner: str = "", status: str = "proposed", issues: list[str] | None = None,
    actor: str = "system",
) -> Strategy:
    """Write down a strategy and link it to the issues (code ids) it addresses; audited."""
    text = (text or "").strip()
    if not text:
        raise NeedsmapError("The strategy text is empty. Describe what the team will do.")
    _check_status(status)
    keys = _check_codes(session, issues or [])
    row = Strategy(text=text, owner=(owner or "").strip(), status=status)
    session.add(row)
    session.flush()
    for key in keys:
        session.add(StrategyIssue(strategy_id=row.id, code_key=key))
    session.flush()
    audit.record(session, "strategy.add", actor=actor, strategy_id=row.id, text=text, owner=row.owner,
                 status=status, issues=keys)
    return row


def _get(session: Session, strategy_id: int) -> Strategy:
    row = session.get(Strategy, strategy_id)
    if row is None:
        raise NeedsmapError(problem("E415", strategy_id=strategy_id))
    return row


def link(session: Session, strategy_id: int, code_keys: list[str], actor: str = "system") -> list[str]:
    """Link a strategy to more issues (already linked ones are left as they are)."""
    row = _get(session, strategy_id)
    keys = _check_codes(session, code_keys)
    added = []
    for key in keys:
        if session.get(StrategyIssue, (row.id, key)) is None:
            session.add(StrategyIssue(strategy_id=row.id, code_key=key))
            added.append(key)
    session.flush()
    audit.record(session, "strategy.link", actor=actor, strategy_id=row.id, issues=added)
    return added


def unlink(session: Session, strategy_id: int, code_keys: list[str], actor: str = "system") -> None:
    row = _get(session, strategy_id)
    for key in code_keys:
        link_row = session.get(StrategyIssue, (row.id, key))
        if link_row is not None:
            session.delete(link_row)
    session.flush()
    audit.record(session, "strategy.unlink", actor=actor, strategy_id=row.id, issues=list(code_keys))


def update_strategy(session: Session, strategy_id: int, *, actor: str = "system", text: str | None = None,
                    owner: str | None = None, status: str | None = None) -> Strategy:
    """Change a strategy's text, owner or status; the old values stay in the audit log."""
    row = _get(session, strategy_id)
    old = {"text": row.text, "owner": row.owner, "status": row.status}
    if text is not None and text.strip():
        row.text = text.strip()
    if owner is not None:
        row.owner = owner.strip()
    if status is not None:
        row.status = _check_status(status)
    session.flush()
    audit.record(session, "strategy.update", actor=actor, strategy_id=row.id, old=old,
                 new={"text": row.text, "owner": row.owner, "status": row.status})
    return row


def list_strategies(session: Session) -> list[dict]:
    """Every strategy with its linked issues, oldest first."""
    links: dict[int, list[str]] = {}
    for sid, key in session.execute(select(StrategyIssue.strategy_id, StrategyIssue.code_key).order_by(StrategyIssue.code_key)):
        links.setdefault(sid, []).append(key)
    return [
        {"id": s.id, "text": s.text, "owner": s.owner, "status": s.status, "issues": links.get(s.id, [])}
        for s in session.scalars(select(Strategy).order_by(Strategy.id))
    ]
