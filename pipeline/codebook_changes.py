"""Participatory codebook changes: any coder proposes, a PI accepts or rejects.

Kinds and their payloads:
  add    {"code": {id, label, definition, ...}}             a new code
  edit   {"code_id": X, "changes": {"definition": ..., ...}}  change a code's fields (not its id)
  merge  {"sources": [A, B], "target": T}                     A and B fold into T and disappear
  split  {"code_id": X, "into": [{id, label, ...}, ...]}      new child codes under X
Accepting stores a new codebook version. A merge rewrites the merged codes' codings,
consensus decisions and strategy links to the target (audited, nothing dropped: when a
coder already had a decision on the target, a confirmation on either side wins). A
split keeps X as the parent of the new codes, so existing codings still count, and
flags every coding of X `needs_review` so coders can move them to the finer codes.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .codebook import CodeSpec, CodebookSpec, current_codebook, current_codebook_row, store_codebook
from .coding import get_coder, require_pi
from .errors import NeedsmapError, problem
from .models import Coder, Codebook, CodebookChange, Coding, Consensus, StrategyIssue, utcnow

KINDS = ("add", "edit", "merge", "split")
EDITABLE = ("label", "definition", "inclusion", "exclusion", "examples", "keywords", "theme", "sem_level", "parent", "color")


def _bad(reason: str) -> NeedsmapError:
    return NeedsmapError(problem("E410", reason=reason))


def _apply(spec: CodebookSpec, kind: str, payload: dict) -> CodebookSpec:
    """The codebook after the change; raises E410 when it does not fit this codebook."""
    from pydantic import ValidationError

    codes = [c.model_copy(deep=True) for c in spec.codes]
    by_id = {c.id: c for c in codes}
    try:
        if kind == "add":
            new = CodeSpec.model_validate(payload.get("code") or {})
            if new.id in by_id:
                raise _bad(f"the code id '{new.id}' already exists")
            codes.append(new)
        elif kind == "edit":
            target = by_id.get(payload.get("code_id"))
            if target is None:
                raise _bad(f"there is no code '{payload.get('code_id')}' to edit")
            changes = payload.get("changes") or {}
            unknown = [k for k in changes if k not in EDITABLE]
            if unknown or not changes:
                raise _bad(f"only these fields can change: {', '.join(EDITABLE)}")
            edited = CodeSpec.model_validate({**target.model_dump(), **changes})
            codes = [edited if c.id == target.id else c for c in codes]
        elif kind == "merge":
            sources = [s for s in (payload.get("sources") or []) if s]
            target = payload.get("target")
            if not sources or target not in by_id or target in sources:
                raise _bad("a merge needs one or more existing codes to fold into a different existing target code")
            missing = [s for s in sources if s not in by_id]
            if missing:
                raise _bad(f"no code called {', '.join(missing)}")
            codes = [c for c in codes if c.id not in sources]
            for c in codes:
                if c.parent in sources:
                    c.parent = target
        elif kind == "split":
            parent = by_id.get(payload.get("code_id"))
            if parent is None:
                raise _bad(f"there is no code '{payload.get('code_id')}' to split")
            into = payload.get("into") or []
            if len(into) < 2:
                raise _bad("a split needs at least two new codes")
            for item in into:
                new = CodeSpec.model_validate({"theme": parent.theme, "sem_level": parent.sem_level,
                                               **item, "parent": parent.id})
                if new.id in by_id:
                    raise _bad(f"the code id '{new.id}' already exists")
                by_id[new.id] = new
                codes.append(new)
        else:
            raise _bad(f"the kind of change must be one of {', '.join(KINDS)}")
        return CodebookSpec.model_validate({**spec.model_dump(), "codes": [c.model_dump() for c in codes]})
    except ValidationError as exc:
        raise _bad("; ".join(e.get("msg", "invalid").removeprefix("Value error, ") for e in exc.errors())) from exc


def propose(session: Session, *, kind: str, payload: dict, rationale: str, proposed_by: str) -> CodebookChange:
    """Any coder proposes a change with a rationale; checked against the current codebook now."""
    if not (rationale or "").strip():
        raise NeedsmapError(problem("E407"))
    who = get_coder(session, proposed_by)
    _apply(current_codebook(session), kind, payload)
    row = CodebookChange(codebook_id=current_codebook_row(session).id, kind=kind, payload=payload,
                         rationale=rationale.strip(), proposed_by=who.id, status="proposed")
    session.add(row)
    session.flush()
    audit.record(session, "codebook.propose", actor=who.name, change_id=row.id, kind=kind, payload=payload,
                 rationale=row.rationale)
    return row


def _pending(session: Session, change_id: int) -> CodebookChange:
    row = session.get(CodebookChange, change_id)
    if row is None:
        raise NeedsmapError(problem("E408", change_id=change_id))
    if row.status != "proposed":
        raise NeedsmapError(problem("E409", change_id=change_id, status=row.status))
    return row


def _carry_over_merge(session: Session, sources: list[str], target: str, actor: str, change_id: int) -> int:
    moved = 0
    for row in list(session.scalars(select(Coding).where(Coding.code_key.in_(sources)).order_by(Coding.id))):
        existing = session.scalars(select(Coding).filter_by(
            segment_id=row.segment_id, code_key=target, coder_id=row.coder_id)).first()
        audit.record(session, "coding.merge", actor=actor, change_id=change_id, segment_id=row.segment_id,
                     coder_id=row.coder_id, old_code=row.code_key, new_code=target, decision=row.decision)
        if existing is None:
            row.code_key = target
            row.updated_at = utcnow()
            session.flush()
        else:
            if row.decision == "confirmed" and existing.decision != "confirmed":
                existing.decision = "confirmed"
                existing.source = row.source
                existing.updated_at = utcnow()
            session.delete(row)
            session.flush()
        moved += 1
    for row in list(session.scalars(select(Consensus).where(Consensus.code_key.in_(sources)))):
        existing = session.scalars(select(Consensus).filter_by(segment_id=row.segment_id, code_key=target)).first()
        audit.record(session, "consensus.merge", actor=actor, change_id=change_id, segment_id=row.segment_id,
                     old_code=row.code_key, new_code=target, decision=row.decision)
        if existing is None:
            row.code_key = target
        else:
            if row.decision == "confirmed":
                existing.decision = "confirmed"
            session.delete(row)
        session.flush()
    for link in list(session.scalars(select(StrategyIssue).where(StrategyIssue.code_key.in_(sources)))):
        sid = link.strategy_id
        session.delete(link)
        session.flush()
        if session.get(StrategyIssue, (sid, target)) is None:
            session.add(StrategyIssue(strategy_id=sid, code_key=target))
            session.flush()
    return moved


def accept(session: Session, change_id: int, *, decided_by: str) -> Codebook:
    """A PI accepts a proposed change: new codebook version, codings carried over or flagged."""
    pi = require_pi(session, decided_by, "accept a codebook change")
    row = _pending(session, change_id)
    new_spec = _apply(current_codebook(session), row.kind, row.payload or {})
    cb, _created = store_codebook(session, new_spec, actor=pi.name, note=f"change {row.id} ({row.kind}): {row.rationale}")
    affected = 0
    payload = row.payload or {}
    if row.kind == "merge":
        affected = _carry_over_merge(session, list(payload["sources"]), payload["target"], pi.name, row.id)
    elif row.kind == "split":
        for coding in session.scalars(select(Coding).where(Coding.code_key == payload["code_id"])):
            coding.needs_review = True
            affected += 1
        session.flush()
    row.status = "accepted"
    row.decided_by = pi.id
    row.decided_at = utcnow()
    session.flush()
    audit.record(session, "codebook.accept", actor=pi.name, change_id=row.id, kind=row.kind,
                 version=cb.version, codings_affected=affected)
    return cb


def reject(session: Session, change_id: int, *, decided_by: str, reason: str) -> CodebookChange:
    """A PI declines a proposed change, saying why."""
    pi = require_pi(session, decided_by, "reject a codebook change")
    if not (reason or "").strip():
        raise NeedsmapError(problem("E407"))
    row = _pending(session, change_id)
    row.status = "rejected"
    row.decided_by = pi.id
    row.decided_at = utcnow()
    session.flush()
    audit.record(session, "codebook.reject", actor=pi.name, change_id=row.id, reason=reason.strip())
    return row


def describe(kind: str, payload: dict) -> str:
    """One plain sentence saying what a change does."""
    if kind == "add":
        code = payload.get("code") or {}
        return f"add the code '{code.get('id')}' ({code.get('label', '')})"
    if kind == "edit":
        return f"change {', '.join(payload.get('changes') or {})} of '{payload.get('code_id')}'"
    if kind == "merge":
        return f"merge {', '.join(payload.get('sources') or [])} into '{payload.get('target')}'"
    if kind == "split":
        return f"split '{payload.get('code_id')}' into {', '.join(i.get('id', '?') for i in payload.get('into') or [])}"
    return kind


def history(session: Session) -> list[dict]:
    """Every proposed change, newest first, with who proposed and decided and the version it made."""
    names = {c.id: c.name for c in session.scalars(select(Coder))}
    versions = {c.id: c.version for c in session.scalars(select(Codebook))}
    out = []
    for row in session.scalars(select(CodebookChange).order_by(CodebookChange.id.desc())):
        out.append({
            "id": row.id, "kind": row.kind, "summary": describe(row.kind, row.payload or {}),
            "payload": row.payload, "rationale": row.rationale, "status": row.status,
            "proposed_by": names.get(row.proposed_by), "decided_by": names.get(row.decided_by),
            "proposed_on_version": versions.get(row.codebook_id),
            "created_at": row.created_at.isoformat() if row.created_at else None,
            "decided_at": row.decided_at.isoformat() if row.decided_at else None,
        })
    return out


def versions(session: Session) -> list[dict]:
    """Every stored codebook version, newest first."""
    return [
        {"id": cb.id, "name": cb.name, "version": cb.version, "is_current": cb.is_current, "note": cb.note,
         "codes": len(cb.codes), "created_at": cb.created_at.isoformat() if cb.created_at else None}
        for cb in session.scalars(select(Codebook).order_by(Codebook.id.desc()))
    ]
