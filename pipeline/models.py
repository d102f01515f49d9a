"""SQLAlchemy 2 models of the project database.

The schema is created and changed only by the Alembic migrations in
`pipeline/migrations`; these classes must match them (a test compares the two).
Codings refer to codes by their stable id string (`code_key`), not by row id, so
they survive new codebook versions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON, Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, MetaData, String,
    Text, UniqueConstraint, Index,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Site(Base):
    __tablename__ = "sites"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    groups: Mapped[list["FocusGroup"]] = relationship(back_populates="site")


class FocusGroup(Base):
    __tablename__ = "focus_groups"
    __table_args__ = (UniqueConstraint("site_id", "name", name="uq_focus_groups_site_name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    date: Mapped[str | None] = mapped_column(String(10))
    site: Mapped[Site] = relationship(back_populates="groups")
    transcripts: Mapped[list["Transcript"]] = relationship(back_populates="group")


class Transcript(Base):
    __tablename__ = "transcripts"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("focus_groups.id", ondelete="CASCADE"), index=True)
    source_name: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    format: Mapped[str] = mapped_column(String(20))
    unit: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    original_text: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    group: Mapped[FocusGroup] = relationship(back_populates="transcripts")
    turns: Mapped[list["Turn"]] = relationship(back_populates="transcript", order_by="Turn.idx")
    segments: Mapped[list["Segment"]] = relationship(back_populates="transcript", order_by="Segment.idx")


class Speaker(Base):
    """A voice in one transcript; `pseudonym` is the only name exports show."""

    __tablename__ = "speakers"
    __table_args__ = (UniqueConstraint("transcript_id", "label", name="uq_speakers_transcript_label"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    pseudonym: Mapped[str] = mapped_column(String(50))
    role: Mapped[str] = mapped_column(String(20))  # facilitator | participant | group


class Turn(Base):
    # Both foreign keys stay indexed: turns are read per transcript, and deleting a
    # transcript cascades through speakers to turns (see migration 0002).
    __tablename__ = "turns"
    id: Mapped[int] = mapped_column(primary_key=True)
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"), index=True)
    speaker_id: Mapped[int] = mapped_column(ForeignKey("speakers.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    timestamp: Mapped[str | None] = mapped_column(String(20))
    source_line: Mapped[int | None] = mapped_column(Integer)
    transcript: Mapped[Transcript] = relationship(back_populates="turns")
    speaker: Mapped[Speaker] = relationship()


class Segment(Base):
    __tablename__ = "segments"
    __table_args__ = (UniqueConstraint("transcript_id", "idx", name="uq_segments_transcript_idx"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # No index of its own: the unique (transcript_id, idx) constraint covers it (migration 0002).
    transcript_id: Mapped[int] = mapped_column(ForeignKey("transcripts.id", ondelete="CASCADE"), index=False)
    turn_id: Mapped[int] = mapped_column(ForeignKey("turns.id", ondelete="CASCADE"), index=True)
    idx: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    is_backchannel: Mapped[bool] = mapped_column(Boolean, default=False)
    transcript: Mapped[Transcript] = relationship(back_populates="segments")
    turn: Mapped[Turn] = relationship()


class Codebook(Base):
    """One version of a codebook; `meta` holds its themes and SEM levels."""

    __tablename__ = "codebooks"
    __table_args__ = (UniqueConstraint("name", "version", name="uq_codebooks_name_version"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[int] = mapped_column(Integer)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    codes: Mapped[list["Code"]] = relationship(back_populates="codebook", order_by="Code.position")


class Code(Base):
    __tablename__ = "codes"
    __table_args__ = (UniqueConstraint("codebook_id", "key", name="uq_codes_codebook_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    codebook_id: Mapped[int] = mapped_column(ForeignKey("codebooks.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(100))
    label: Mapped[str] = mapped_column(String(300))
    definition: Mapped[str] = mapped_column(Text, default="")
    inclusion: Mapped[str] = mapped_column(Text, default="")
    exclusion: Mapped[str] = mapped_column(Text, default="")
    examples: Mapped[list] = mapped_column(JSON, default=list)
    keywords: Mapped[list] = mapped_column(JSON, default=list)
    theme: Mapped[str | None] = mapped_column(String(100))
    sem_level: Mapped[str | None] = mapped_column(String(100))
    parent: Mapped[str | None] = mapped_column(String(100))
    color: Mapped[str | None] = mapped_column(String(9))
    position: Mapped[int] = mapped_column(Integer, default=0)
    codebook: Mapped[Codebook] = relationship(back_populates="codes")


class Coder(Base):
    __tablename__ = "coders"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str] = mapped_column(String(10), default="pra")  # pra | pi
    password_hash: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class CodingRound(Base):
    """A blind coding round: while open, coders see only their own codes."""

    __tablename__ = "coding_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    blind: Mapped[bool] = mapped_column(Boolean, default=True)
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Coding(Base):
    """A coder's latest decision on one (segment, code): one row per coder, never shared."""

    __tablename__ = "codings"
    __table_args__ = (
        UniqueConstraint("segment_id", "code_key", "coder_id", name="uq_codings_segment_code_coder"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    code_key: Mapped[str] = mapped_column(String(100), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(10))  # confirmed | rejected
    source: Mapped[str] = mapped_column(String(100))  # typed | engine name
    round_id: Mapped[int | None] = mapped_column(ForeignKey("coding_rounds.id", ondelete="SET NULL"))
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Consensus(Base):
    """The team's agreed decision on one (segment, code); what the tables count."""

    __tablename__ = "consensus"
    __table_args__ = (UniqueConstraint("segment_id", "code_key", name="uq_consensus_segment_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    code_key: Mapped[str] = mapped_column(String(100), index=True)
    decision: Mapped[str] = mapped_column(String(10))
    rationale: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Memo(Base):
    __tablename__ = "memos"
    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Suggestion(Base):
    """An engine's score for one (segment, code), with the engine and model that made it."""

    __tablename__ = "suggestions"
    __table_args__ = (
        UniqueConstraint("segment_id", "code_key", "engine", name="uq_suggestions_segment_code_engine"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    segment_id: Mapped[int] = mapped_column(ForeignKey("segments.id", ondelete="CASCADE"), index=True)
    code_key: Mapped[str] = mapped_column(String(100))
    engine: Mapped[str] = mapped_column(String(100))
    model_version: Mapped[str] = mapped_column(String(300))
    score: Mapped[float] = mapped_column(Float)
    accepted: Mapped[bool] = mapped_column(Boolean, default=False)  # above the engine's threshold
    evidence: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Embedding(Base):
    """Cache of encoded texts, so nothing is encoded twice by the same model."""

    __tablename__ = "embeddings"
    __table_args__ = (UniqueConstraint("model_id", "text_hash", name="uq_embeddings_model_hash"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[str] = mapped_column(String(300))
    text_hash: Mapped[str] = mapped_column(String(64))
    dim: Mapped[int] = mapped_column(Integer)
    vector: Mapped[bytes] = mapped_column(LargeBinary)


class EngineState(Base):
    """What an engine learned (e.g. a fitted classifier), keyed by engine and codebook."""

    __tablename__ = "engine_states"
    __table_args__ = (UniqueConstraint("engine", "codebook_id", name="uq_engine_states_engine_codebook"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    engine: Mapped[str] = mapped_column(String(100))
    codebook_id: Mapped[int] = mapped_column(ForeignKey("codebooks.id", ondelete="CASCADE"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class TrainingExample(Base):
    """Labelled text carried between projects (no speakers, no transcript link)."""

    __tablename__ = "training_examples"
    __table_args__ = (UniqueConstraint("text_hash", name="uq_training_examples_text_hash"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    codes: Mapped[list] = mapped_column(JSON, default=list)
    origin: Mapped[str] = mapped_column(String(200), default="")


class CodebookChange(Base):
    __tablename__ = "codebook_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    codebook_id: Mapped[int] = mapped_column(ForeignKey("codebooks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # add | edit | merge | split
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    rationale: Mapped[str] = mapped_column(Text, default="")
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="proposed")  # proposed | accepted | rejected
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PriorityRound(Base):
    __tablename__ = "priority_rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    opened_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class PriorityVote(Base):
    __tablename__ = "priority_votes"
    __table_args__ = (
        UniqueConstraint("round_id", "coder_id", "code_key", name="uq_priority_votes_round_coder_code"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("priority_rounds.id", ondelete="CASCADE"), index=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="CASCADE"))
    code_key: Mapped[str] = mapped_column(String(100))
    rank: Mapped[int | None] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class Strategy(Base):
    __tablename__ = "strategies"
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(30), default="proposed")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class StrategyIssue(Base):
    __tablename__ = "strategy_issues"
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategies.id", ondelete="CASCADE"), primary_key=True)
    code_key: Mapped[str] = mapped_column(String(100), primary_key=True)


class Participant(Base):
    """Questionnaire answers behind Table 1 (pseudonymous; no names)."""

    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("site_id", "ref", name="uq_participants_site_ref"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    ref: Mapped[str] = mapped_column(String(100))
    attributes: Mapped[dict] = mapped_column(JSON, default=dict)


class AuthSession(Base):
    __tablename__ = "auth_sessions"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    coder_id: Mapped[int] = mapped_column(ForeignKey("coders.id", ondelete="CASCADE"))
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AuditLog(Base):
    """Append-only record of every user action (who, what, when, with a JSON payload)."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="system")
    action: Mapped[str] = mapped_column(String(100), index=True)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)


Index("ix_suggestions_engine_code", Suggestion.engine, Suggestion.code_key)
