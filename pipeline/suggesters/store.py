"""Running an engine over a project database and reading its suggestions back.

`run_suggest` scores every segment nobody has reviewed yet and is incremental: a
segment that already holds suggestions from the same engine, model and training
data is skipped, and its text is never re-encoded (the embedding cache). The fitted
hybrid model is kept in `engine_states` under a fingerprint of its training data, so
an unchanged project does not refit.
"""

from __future__ import annotations

import hashlib
import time
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, insert, select

from .. import audit
from ..codebook import current_codebook_row, spec_from_db
from ..errors import NeedsmapError, problem
from ..models import (
    Coding, Consensus, EngineState, Segment, Speaker, Suggestion, TrainingExample, Turn,
)
from .base import NEIGHBOURS_AFTER, NEIGHBOURS_BEFORE, Example, Item, confidence_word, is_short
from .hybrid import HybridSuggester, training_fingerprint
from .registry import engine_name, make_suggester, needs_encoder
from .tuned import (ENCODER_STATE, MIN_TUNE_EXAMPLES, RETUNE_GROWTH, TunedHybridSuggester, fine_tune, load_packed_model,
                    pack_model, sentence_model)

STORE_TOP = 5          # codes kept per segment besides every accepted one
WRITE_CHUNK = 5000


@dataclass
class SuggestReport:
    engine: str
    model_version: str
    scored: int = 0          # segments scored in this run
    skipped: int = 0         # unchanged segments whose suggestions were kept
    reviewed: int = 0        # segments left alone because a coder already decided on them
    accepted: int = 0        # suggestions above the engine's threshold written in this run
    encoded: int = 0         # texts sent to the model (the rest came from the cache)
    encode_seconds: float = 0.0
    refitted: bool = False
    retuned: bool = False    # hybrid-tuned: the encoder was fine-tuned in this run
    training_examples: int = 0
    train_context: str = ""  # where the --train rows' surrounding lines came from: ids, file order or none
    seconds: float = 0.0


@dataclass
class SuggestionView:
    """One suggestion as the review screen shows it."""

    code_key: str
    score: float
    confidence: str
    accepted: bool
    engine: str
    model_version: str
    evidence: dict = field(default_factory=dict)


# ---------------------------------------------------------------- reading the project


@dataclass
class Conversation:
    """Where each segment sits: the facilitator question before it and its neighbours."""

    question: dict[int, str] = field(default_factory=dict)
    neighbours: dict[int, list[str]] = field(default_factory=dict)

    def item(self, sid: int, text: str) -> Item:
        return Item(sid, text, self.question.get(sid, "") if is_short(text) else "", self.neighbours.get(sid, []))


def conversation(session) -> Conversation:
    """Questions and neighbouring passages for every segment, read in one pass."""
    role_of_turn = dict(session.execute(select(Turn.id, Speaker.role).join(Speaker, Turn.speaker_id == Speaker.id)).all())
    conv = Conversation()
    last_transcript, last_q, last_turn = None, "", None
    window: list[tuple[int, str]] = []

    def flush() -> None:
        for i, (sid, _t) in enumerate(window):
            lo, hi = max(0, i - NEIGHBOURS_BEFORE), min(len(window), i + NEIGHBOURS_AFTER + 1)
            conv.neighbours[sid] = [window[j][1] for j in range(lo, hi) if j != i]

    q_parts: list[str] = []
    for sid, transcript_id, turn_id, text in session.execute(
        select(Segment.id, Segment.transcript_id, Segment.turn_id, Segment.text).order_by(Segment.transcript_id, Segment.idx)
    ):
        if transcript_id != last_transcript:
            flush()
            window, last_transcript, last_q, q_parts, last_turn = [], transcript_id, "", [], None
        role = role_of_turn.get(turn_id)
        if role == "facilitator":
            if turn_id != last_turn:
                q_parts = []
            q_parts.append(text)
            last_q = " ".join(q_parts)
        else:
            conv.question[sid] = last_q
        last_turn = turn_id
        window.append((sid, text))
    flush()
    return conv


def training_examples(session, codebook_spec, conv: Conversation | None = None) -> list[Example]:
    """Labelled examples from the project: reviewed segments plus stored training texts.

    A segment counts once any coder decided on it. A code is positive when the team's
    consensus confirmed it or, without consensus, when any coder confirmed it; every
    other code is a negative for that segment (coders judge the whole segment), and an
    explicit rejection counts double in the fit.
    """
    known = set(codebook_spec.code_ids())
    confirmed: dict[int, set[str]] = defaultdict(set)
    rejected: dict[int, set[str]] = defaultdict(set)
    for seg, code, decision in session.execute(select(Coding.segment_id, Coding.code_key, Coding.decision)):
        (confirmed if decision == "confirmed" else rejected)[seg].add(code)
        rejected[seg]  # noqa: B018 - make sure a reviewed segment appears
    for seg, code, decision in session.execute(select(Consensus.segment_id, Consensus.code_key, Consensus.decision)):
        if decision == "confirmed":
            confirmed[seg].add(code)
        else:
            confirmed[seg].discard(code)
            rejected[seg].add(code)
    reviewed = sorted(set(confirmed) | set(rejected))
    texts = {}
    for lo in range(0, len(reviewed), 900):
        part = reviewed[lo:lo + 900]
        texts.update(session.execute(select(Segment.id, Segment.text).where(Segment.id.in_(part))).all())
    if conv is None:
        conv = conversation(session)
    out = []
    for seg in reviewed:
        if seg not in texts:
            continue
        pos = confirmed.get(seg, set()) & known
        text = texts[seg]
        out.append(Example(text=text, codes=sorted(pos), rejected=sorted((rejected.get(seg, set()) - pos) & known),
                           context=conv.question.get(seg, "") if is_short(text) else "", origin=f"segment:{seg}",
                           neighbours=conv.neighbours.get(seg, [])))
    for te in session.scalars(select(TrainingExample)):
        out.append(Example(text=te.text, codes=sorted(set(te.codes or []) & known), origin=te.origin or "training"))
    return out


# ---------------------------------------------------------------- running


def _load_or_fit(db, suggester: HybridSuggester, codebook_id: int, examples: list[Example], fingerprint: str) -> bool:
    """Restore the fitted state when the training data is unchanged; else fit and save. True when fitted.

    Fitting runs outside any transaction: the embedding cache writes in its own.
    """
    where = (EngineState.engine == suggester.name, EngineState.codebook_id == codebook_id)
    with db.session() as s:
        row = s.execute(select(EngineState.fingerprint, EngineState.payload).where(*where)).first()
    if row is not None and row[0] == fingerprint:
        try:
            suggester.set_state(row[1])
            return False
        except Exception:  # noqa: BLE001 - an unreadable old state is simply refitted
            pass
    if row is not None:
        suggester.reuse_cuts_from(row[1])
    suggester.fit(examples)
    with db.session() as s:
        _save_state(s, suggester.name, codebook_id, fingerprint, suggester.get_state())
    return True


def _save_state(s, engine: str, codebook_id: int, fingerprint: str, payload: bytes) -> None:
    """Insert or replace the (engine, codebook) row of `engine_states`."""
    existing = s.scalars(select(EngineState).where(EngineState.engine == engine,
                                                   EngineState.codebook_id == codebook_id)).first()
    if existing is None:
        s.add(EngineState(engine=engine, codebook_id=codebook_id, fingerprint=fingerprint, payload=payload))
    else:
        existing.fingerprint, existing.payload = fingerprint, payload


def _tuned_encoder(db, suggester: TunedHybridSuggester, codebook_id: int, examples: list[Example], encoder,
                   progress=None):
    """The project's fine-tuned encoder, tuned (again) when missing or when the labelled passages grew by a quarter.

    The tuned model is kept zipped in `engine_states`, so it travels with backups and never
    leaves the project. Returns (a cached encoder over it or None when there are too few
    labelled passages to tune on, whether it was tuned in this call).
    """
    from ..embeddings import CachedEncoder

    if len(examples) < MIN_TUNE_EXAMPLES:
        return None, False
    where = (EngineState.engine == ENCODER_STATE, EngineState.codebook_id == codebook_id)
    base = hashlib.sha256(encoder.model_id.encode()).hexdigest()[:16]
    with db.session() as s:
        row = s.execute(select(EngineState.fingerprint, EngineState.payload).where(*where)).first()
    retune = True
    if row is not None:
        stored_base, _, n = row[0].partition(":")
        retune = stored_base != base or len(examples) >= RETUNE_GROWTH * int(n or 0)
    if retune:
        model = sentence_model(encoder)
        if model is None:
            raise NeedsmapError.of("E306")
        # runs outside any transaction: tuning takes minutes and must not hold the write lock
        blob = pack_model(fine_tune(model, examples, suggester.codes, progress=progress))
        with db.session() as s:
            # one tuned model per project: an older codebook version's copy is ~90 MB of dead weight
            s.execute(delete(EngineState).where(EngineState.engine == ENCODER_STATE,
                                                EngineState.codebook_id != codebook_id))
            _save_state(s, ENCODER_STATE, codebook_id, f"{base}:{len(examples)}", blob)
    else:
        blob = row[1]
    tuned_id = f"tuned:{hashlib.sha256(blob).hexdigest()[:12]}"
    raw = load_packed_model(blob, tuned_id, getattr(encoder.encoder, "batch_size", 64))
    return CachedEncoder(raw, db.session), retune


def run_suggest(db, engine: str = "hybrid", model=None, settings=None, progress=None,
                train: list[Example] | None = None, tune_progress=None, train_rows=None) -> SuggestReport:
    """Score every segment not yet reviewed and store the suggestions.

    Args:
        db: a `Database`.
        engine: keyword | zero-shot | hybrid (or a versioned name).
        model: a local sentence-transformers folder (else settings, else the bundled model).
        progress: called as progress(done, total) while texts are encoded.
        train: extra labelled examples for the hybrid engine.
        train_rows: the `--train` CSV's `LabelledRow`s; the lines around each come from its ids,
            or from the file order when the rows read as a conversation (which needs the encoder).
        tune_progress: called as tune_progress(step, steps) while hybrid-tuned tunes its encoder.
    """
    t0 = time.perf_counter()
    versioned = engine_name(engine)
    with db.session() as s:
        cb = current_codebook_row(s)
        if cb is None:
            raise NeedsmapError(problem("E105"))
        spec, codebook_id = spec_from_db(cb), cb.id
    encoder = None
    if needs_encoder(engine):
        from ..embeddings import CachedEncoder, load_encoder

        raw = load_encoder(model if model is not None else settings)
        encoder = CachedEncoder(raw, db.session)
    suggester = make_suggester(engine, spec, encoder)
    report = SuggestReport(engine=versioned, model_version="")
    if train_rows and isinstance(suggester, HybridSuggester):
        from ..evaluation import training_examples_from

        # project passages always have their neighbours, so the file's rows should too where it can give them
        more, report.train_context = training_examples_from(train_rows, encoder)
        train = list(train or []) + more

    with db.session() as s:
        conv = conversation(s)
        examples = training_examples(s, spec, conv) + list(train or []) \
            if isinstance(suggester, HybridSuggester) else []
    if isinstance(suggester, HybridSuggester):
        report.training_examples = len(examples)
        model_id = encoder.model_id
        if isinstance(suggester, TunedHybridSuggester):
            tuned, report.retuned = _tuned_encoder(db, suggester, codebook_id, examples, encoder, tune_progress)
            if tuned is not None:
                suggester.attach(tuned)
                model_id = f"{model_id}+{tuned.model_id}"
        fp = training_fingerprint(spec, examples, model_id, versioned)
        report.refitted = _load_or_fit(db, suggester, codebook_id, examples, fp)
        model_version = f"{model_id}+fit:{fp[:12]}"
    else:
        cb_fp = hashlib.sha256(spec.model_dump_json().encode()).hexdigest()[:12]
        model_version = f"{suggester.model_version}+codebook:{cb_fp}"
    report.model_version = model_version

    with db.session() as s:
        reviewed = set(s.scalars(select(Coding.segment_id).distinct()))
        current = set(s.scalars(select(Suggestion.segment_id).where(
            Suggestion.engine == versioned, Suggestion.model_version == model_version).distinct()))
        todo: list[tuple[int, str]] = []
        for sid, text in s.execute(select(Segment.id, Segment.text).order_by(Segment.id)):
            if sid in reviewed:
                report.reviewed += 1
            elif sid in current:
                report.skipped += 1
            else:
                todo.append((sid, text))

    items = [conv.item(sid, text) for sid, text in todo]
    if items:
        if encoder is not None:
            # encode everything once up front (with progress); predict then reads the memo
            from .zeroshot import encode_items

            encode_items(encoder, items, progress=progress)
        elif progress:
            progress(len(items), len(items))
        ranked = suggester.predict(items)
    else:
        ranked = []

    rows = []
    for it, sugs in zip(items, ranked):
        keep = [x for i, x in enumerate(sugs) if i < STORE_TOP or x.accepted]
        for x in keep:
            rows.append({"segment_id": it.id, "code_key": x.code_key, "engine": versioned,
                         "model_version": model_version, "score": round(float(x.score), 4),
                         "accepted": bool(x.accepted), "evidence": x.evidence})
            report.accepted += int(x.accepted)
    with db.session() as s:
        ids = [it.id for it in items]
        for lo in range(0, len(ids), 900):
            s.execute(delete(Suggestion).where(Suggestion.engine == versioned, Suggestion.segment_id.in_(ids[lo:lo + 900])))
        for lo in range(0, len(rows), WRITE_CHUNK):
            # Core insert: the ORM's bulk path costs more than the database on tens of thousands of rows.
            s.execute(insert(Suggestion.__table__), rows[lo:lo + WRITE_CHUNK])
        report.scored = len(items)
        encoders = [encoder] + ([suggester.tuned.encoder] if getattr(suggester, "tuned", None) is not None else [])
        report.encoded = sum(getattr(e, "encoded_count", 0) for e in encoders)
        report.encode_seconds = round(sum(getattr(e, "encode_seconds", 0.0) for e in encoders), 3)
        report.seconds = round(time.perf_counter() - t0, 3)
        audit.record(s, "suggest.run", engine=versioned, model_version=model_version, scored=report.scored,
                     skipped=report.skipped, accepted=report.accepted, refitted=report.refitted,
                     **({"encoder_tuned": report.retuned} if isinstance(suggester, TunedHybridSuggester) else {}))
    return report


# ---------------------------------------------------------------- reading back


def suggestions_for(session, segment_ids, engine: str | None = None) -> dict[int, list[SuggestionView]]:
    """Stored suggestions per segment, best first, from the engine that scored it last."""
    ids = list(segment_ids)
    out: dict[int, list[SuggestionView]] = {}
    if not ids:
        return out
    by_seg: dict[int, dict[str, list[Suggestion]]] = defaultdict(lambda: defaultdict(list))
    for lo in range(0, len(ids), 900):
        stmt = select(Suggestion).where(Suggestion.segment_id.in_(ids[lo:lo + 900]))
        if engine:
            stmt = stmt.where(Suggestion.engine == engine_name(engine))
        for row in session.scalars(stmt):
            by_seg[row.segment_id][row.engine].append(row)
    for seg, engines in by_seg.items():
        rows = max(engines.values(), key=lambda rs: max((r.created_at, r.id) for r in rs))
        rows = sorted(rows, key=lambda r: -r.score)
        out[seg] = [SuggestionView(r.code_key, float(r.score), confidence_word(r.score), bool(r.accepted),
                                   r.engine, r.model_version, dict(r.evidence or {})) for r in rows]
    return out
