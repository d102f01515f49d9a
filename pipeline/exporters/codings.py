"""Long-format codings: one row per coder, segment and code (the contract's `export codings`)."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Coder, Coding, CodingRound

COLUMNS = ["segment_id", "code", "coder", "decision", "source", "created_at"]
# Added after the contract's columns, which keep their order.
EXTRA = ["updated_at", "round", "needs_review"]


def _iso(value) -> str:
    return value.isoformat(timespec="seconds") if value else ""


def coding_rows(session: Session) -> list[dict]:
    """Each coder's latest decision per (segment, code); created_at is when the row was first made."""
    rounds = {r.id: r.name for r in session.scalars(select(CodingRound))}
    stmt = (select(Coding, Coder.name).join(Coder, Coding.coder_id == Coder.id)
            .order_by(Coding.segment_id, Coding.code_key, Coder.name))
    return [
        {"segment_id": c.segment_id, "code": c.code_key, "coder": name, "decision": c.decision, "source": c.source,
         "created_at": _iso(c.created_at), "updated_at": _iso(c.updated_at),
         "round": rounds.get(c.round_id, "") if c.round_id else "", "needs_review": int(bool(c.needs_review))}
        for c, name in session.execute(stmt)
    ]


def export_codings(session: Session, out: str | Path) -> int:
    """Write the long-format codings CSV; returns the number of rows."""
    rows = coding_rows(session)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS + EXTRA)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
