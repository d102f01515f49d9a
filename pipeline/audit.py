"""The append-only audit log: every user action becomes one row."""

from __future__ import annotations

from sqlalchemy.orm import Session

from .models import AuditLog


def record(session: Session, action: str, actor: str = "system", **payload) -> None:
    """Add an audit row to the caller's transaction (it commits or rolls back with it)."""
    session.add(AuditLog(action=action, actor=actor, payload=payload))
