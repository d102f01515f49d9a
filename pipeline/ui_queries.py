"""Read-only views the review app shows (no streamlit here, so they are testable alone).

Each function returns plain dataclasses or dicts; decisions are written only through
`pipeline.coding` and friends. The one exception is `sign_in`, the Start screen's rules
for who may come in (it writes only through `pipeline.coding` and `pipeline.access`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .errors import NeedsmapError, problem
from .models import (
    Code, Codebook, Coder, Consensus, FocusGroup, Memo, PriorityVote, Segment, Site, Speaker, Transcript,
    Turn,
)


@dataclass(frozen=True)
class CodeChoice:
    key: str
    label: str
    theme: str | None
    sem_level: str | None
    color: str
    definition: str = ""


@dataclass(frozen=True)
class ContextTurn:
    turn_id: int
    speaker: str
    role: str
    timestamp: str | None
    text: str
    is_current: bool


@dataclass
class SegmentContext:
    """One segment in its conversation: the question it answers and the turns around it."""

    segment_id: int
    text: str
    transcript_id: int
    transcript_name: str
    site: str
    group: str
    speaker: str
    role: str
    timestamp: str | None
    is_backchannel: bool
    question: ContextTurn | None
    turns: list[ContextTurn] = field(default_factory=list)


def code_choices(session: Session) -> list[CodeChoice]:
    """Codes of the current codebook, in codebook order ([] when none is loaded)."""
    rows = session.execute(
        select(Code.key, Code.label, Code.theme, Code.sem_level, Code.color, Code.definition)
        .join(Codebook, Code.codebook_id == Codebook.id)
        .where(Codebook.id == select(func.max(Codebook.id)).where(Codebook.is_current.is_(True)).scalar_subquery())
        .order_by(Code.position)
    ).all()
    return [CodeChoice(k, label, theme, level, color or "#4E79A7", definition or "")
            for k, label, theme, level, color, definition in rows]


def strip_prefix(words: str, timestamp: str | None, label: str) -> str:
    """A turn's words without the `[time] SPEAKER:` prefix the stored text carries."""
    words = words.strip()
    if timestamp and words.startswith(f"[{timestamp}]"):
        words = words[len(timestamp) + 2:].lstrip()
    if words.startswith(f"{label}:"):
        words = words[len(label) + 1:].lstrip()
    return words


def segment_context(session: Session, segment_id: int, before: int = 2, after: int = 1) -> SegmentContext | None:
    """The segment, the facilitator question before it and `before`/`after` turns around it."""
    head = session.execute(
        select(Segment.text, Segment.is_backchannel, Segment.transcript_id, Turn.idx, Turn.id,
               Transcript.source_name, FocusGroup.name, Site.name)
        .join(Turn, Segment.turn_id == Turn.id)
        .join(Transcript, Segment.transcript_id == Transcript.id)
        .join(FocusGroup, Transcript.group_id == FocusGroup.id)
        .join(Site, FocusGroup.site_id == Site.id)
        .where(Segment.id == segment_id)
    ).first()
    if head is None:
        return None
    seg_text, backchannel, tid, cur_idx, cur_turn_id, source, group, site = head
    # Slice the transcript text in SQL: a long transcript is not loaded for one passage.
    def rows_for(stmt):
        return session.execute(
            stmt.with_only_columns(Turn.id, Turn.idx, Turn.timestamp, Speaker.label, Speaker.pseudonym, Speaker.role,
                                   func.substr(Transcript.text, Turn.start + 1, Turn.end - Turn.start))
        ).all()

    base = (select(Turn.id).join(Speaker, Turn.speaker_id == Speaker.id)
            .join(Transcript, Turn.transcript_id == Transcript.id).where(Turn.transcript_id == tid))
    window = rows_for(base.where(Turn.idx >= cur_idx - max(before, 0), Turn.idx <= cur_idx + max(after, 0))
                      .order_by(Turn.idx))
    q = rows_for(base.where(Turn.idx < cur_idx, Speaker.role == "facilitator").order_by(Turn.idx.desc()).limit(1))

    def view(row) -> ContextTurn:
        turn_id, _idx, ts, label, pseudo, role, raw = row
        return ContextTurn(turn_id, pseudo, role, ts, strip_prefix(raw or "", ts, label), turn_id == cur_turn_id)

    turns = [view(r) for r in window]
    question = view(q[0]) if q else None
    if question is not None:
        turns = [t for t in turns if t.turn_id != question.turn_id]
    me = next(t for t in turns if t.is_current)
    return SegmentContext(
        segment_id=segment_id, text=seg_text, transcript_id=tid, transcript_name=source, site=site, group=group,
        speaker=me.speaker, role=me.role, timestamp=me.timestamp, is_backchannel=bool(backchannel),
        question=question, turns=turns,
    )


def project_overview(session: Session) -> list[dict]:
    """One row per focus group: site, group, date, transcripts and segments."""
    seg_counts = dict(session.execute(
        select(Transcript.group_id, func.count(Segment.id))
        .join(Segment, Segment.transcript_id == Transcript.id).group_by(Transcript.group_id)
    ).all())
    tr_counts = dict(session.execute(
        select(Transcript.group_id, func.count(Transcript.id)).group_by(Transcript.group_id)
    ).all())
    rows = session.execute(
        select(Site.name, FocusGroup.id, FocusGroup.name, FocusGroup.date)
        .join(FocusGroup, FocusGroup.site_id == Site.id).order_by(Site.name, FocusGroup.name)
    ).all()
    return [
        {"site": s, "group": g, "date": d or "", "transcripts": tr_counts.get(gid, 0),
         "segments": seg_counts.get(gid, 0)}
        for s, gid, g, d in rows
    ]


def filter_options(session: Session) -> dict[str, list[str]]:
    """Values the review filters offer: site and group names, speaker pseudonyms."""
    return {
        "site": list(session.scalars(select(Site.name).order_by(Site.name))),
        "group": list(session.scalars(select(func.distinct(FocusGroup.name)).order_by(FocusGroup.name))),
        "speaker": list(session.scalars(
            select(func.distinct(Speaker.pseudonym)).where(Speaker.role == "participant").order_by(Speaker.pseudonym)
        )),
    }


def transcript_choices(session: Session) -> list[tuple[int, str]]:
    rows = session.execute(
        select(Transcript.id, Transcript.source_name, Site.name, FocusGroup.name)
        .join(FocusGroup, Transcript.group_id == FocusGroup.id).join(Site, FocusGroup.site_id == Site.id)
        .order_by(Site.name, FocusGroup.name, Transcript.source_name)
    ).all()
    return [(tid, f"{site} · {group} · {name}") for tid, name, site, group in rows]


def transcript_turns(session: Session, transcript_id: int) -> list[dict]:
    """Every turn of a transcript with its segments (id, text), in order."""
    tr = session.get(Transcript, transcript_id)
    if tr is None:
        return []
    segs: dict[int, list[Segment]] = {}
    for seg in session.scalars(select(Segment).where(Segment.transcript_id == transcript_id).order_by(Segment.idx)):
        segs.setdefault(seg.turn_id, []).append(seg)
    out = []
    for turn, spk in session.execute(
        select(Turn, Speaker).join(Speaker, Turn.speaker_id == Speaker.id)
        .where(Turn.transcript_id == transcript_id).order_by(Turn.idx)
    ).all():
        out.append({
            "turn_id": turn.id, "speaker": spk.pseudonym, "role": spk.role, "timestamp": turn.timestamp,
            "segments": [{"id": s.id, "text": s.text, "backchannel": bool(s.is_backchannel)}
                         for s in segs.get(turn.id, [])],
        })
    return out


def code_index(session: Session) -> dict[str, CodeChoice]:
    return {c.key: c for c in code_choices(session)}


def segment_count(session: Session) -> int:
    return session.scalar(select(func.count(Segment.id))) or 0



def memos_for(session: Session, segment_id: int, coder: str | None = None) -> list[dict]:
    """Notes on a segment, oldest first; only `coder`'s own when a name is given."""
    stmt = (select(Memo.text, Memo.created_at, Coder.name).join(Coder, Memo.coder_id == Coder.id, isouter=True)
            .where(Memo.segment_id == segment_id).order_by(Memo.id))
    if coder is not None:
        stmt = stmt.where(Coder.name == coder)
    return [{"text": t, "at": at, "coder": name or ""} for t, at, name in session.execute(stmt)]


def coder_needs_password(session: Session, name: str) -> bool:
    """Whether this coder signs in with a password (projects may set one per coder)."""
    row = session.scalars(select(Coder).where(Coder.name == (name or "").strip())).first()
    return bool(row is not None and row.password_hash)


def project_has_passwords(session: Session) -> bool:
    return session.scalar(select(func.count(Coder.id)).where(Coder.password_hash.is_not(None))) > 0


@dataclass(frozen=True)
class SignIn:
    """Who came in from the Start screen: name and role as stored, and their sign-in token."""

    name: str
    role: str
    token: str
    created: bool


def sign_in(session: Session, name: str, password: str | None = None, new_role: str = "pra") -> SignIn:
    """Sign a person in from the Start screen; the role always comes from the database.

    In a project with passwords only coders a PI has added may come in (E708), with
    their password (E601). Without passwords (one shared computer) a new name is added,
    as a PRA by default; `new_role='pi'` is allowed only while the project has no PI yet,
    because the first PI is the person setting the project up -- later PIs are added by
    a PI (E709). `new_role` is ignored for a name already in the project.
    """
    from . import access, coding

    name = (name or "").strip()
    if not name:
        raise NeedsmapError(problem("E710"))
    if new_role not in coding.ROLES:
        raise NeedsmapError(problem("E403", value=new_role))
    coder = session.scalars(select(Coder).where(Coder.name == name)).first()
    created = False
    if coder is None:
        if project_has_passwords(session):
            raise NeedsmapError(problem("E708", name=name))
        if new_role == "pi":
            pis = list(session.scalars(select(Coder.name).where(Coder.role == "pi").order_by(Coder.name)))
            if pis:
                raise NeedsmapError(problem("E709", name=name, pis=", ".join(pis)))
        coder = coding.ensure_coder(session, name, role=new_role)
        created = True
    token = access.verify_login(session, coder.name, password)
    return SignIn(name=coder.name, role=coder.role, token=token, created=created)


def coder_names(session: Session, coder_ids) -> dict[int, str]:
    ids = list(coder_ids)
    if not ids:
        return {}
    return dict(session.execute(select(Coder.id, Coder.name).where(Coder.id.in_(ids))).all())


def consensus_pairs(session: Session) -> set[tuple[int, str]]:
    """(segment_id, code_key) pairs the team has already settled."""
    return {(s, c) for s, c in session.execute(select(Consensus.segment_id, Consensus.code_key))}


def top_level_codes(session: Session) -> set[str]:
    """Ids of the current codebook's codes that have no parent (the issues teams rank)."""
    return {c.key for c in code_choices(session)} - {
        k for k, p in _parents(session).items() if p}


def _parents(session: Session) -> dict[str, str | None]:
    from .codebook import current_codebook_row

    cb = current_codebook_row(session)
    return {c.key: c.parent for c in cb.codes} if cb is not None else {}


def my_priority_scores(session: Session, round_id: int, coder: str) -> dict[str, float]:
    """This coder's own ballot in a round (scores, or 6 - rank for ranked ballots), to prefill the form."""
    rows = session.execute(
        select(PriorityVote.code_key, PriorityVote.score, PriorityVote.rank)
        .join(Coder, PriorityVote.coder_id == Coder.id)
        .where(PriorityVote.round_id == round_id, Coder.name == coder)
    ).all()
    return {k: (s if s is not None else max(6 - (r or 6), 0)) for k, s, r in rows}
