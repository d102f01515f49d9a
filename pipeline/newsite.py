"""Starting a new site from an earlier project: the codebook and confirmed examples, nothing else.

What travels: the current codebook version, and every segment a coder (or the team's
consensus) confirmed at least one code on, as plain labelled text in the new project's
`training_examples` table, plus the earlier project's own training examples. What never
travels: transcripts, unconfirmed segments, speakers, coders, memos, decisions, the audit
log, embeddings, or fitted engine states (a fitted lexical model's vocabulary holds words
from every segment it saw, names included, so the new project refits from the examples).

Speaker labels and pseudonyms of the earlier project are masked inside the copied texts,
and `pipeline.deid` does the rest of what it does at ingest (roster names and their
misspellings when a roster is given, phone numbers, e-mail and street addresses, birth
dates). Every copied text is therefore either a confirmed quote, masked, or an example the
earlier project already carried. The new site's suggestion engine learns from these examples
on its first `needsmap suggest`, so its PRAs get good suggestions from the first segment.

Two helpers serve the same workflow: `confirm_labelled_rows` records codes a team agreed
outside needsmap (a labelled-text CSV) as a coder's decisions, and
`score_stored_suggestions` measures the suggestions a site's PRAs actually saw.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .codebook import current_codebook_row, spec_from_db, store_codebook
from .config import DEFAULT_FACILITATOR_LABELS, DEFAULT_GROUP_LABELS
from .db import open_db, resolve_url
from .embeddings import text_hash
from .errors import NeedsmapError
from .models import Segment, Speaker, TrainingExample
from .site_comparison import counted_codes

NAME_MASK = "[NAME]"  # the same placeholder pipeline.deid uses
# Parts of speaker labels that are roles, not names, so they stay readable in examples.
GENERIC_LABEL_WORDS = {
    "participant", "participants", "speaker", "speakers", "voice", "unknown", "unidentified",
    "female", "male", "man", "woman", "person", "peer", "worker", "staff", "member", "guest",
    "respondent", "interviewee", "group", "all", "everyone", "several", "multiple", "many",
} | {w for lab in DEFAULT_FACILITATOR_LABELS + DEFAULT_GROUP_LABELS for w in lab.split()}


@dataclass
class NewSiteReport:
    """What `new_site` copied, in numbers a PI can check."""

    source: str
    codebook: str
    codebook_version: int
    codebook_created: bool
    examples_found: int = 0
    examples_added: int = 0
    examples_already_there: int = 0
    names_masked: int = 0
    details_masked: int = 0
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The report as short plain-language lines for the command line."""
        cb = f"codebook '{self.codebook}' version {self.codebook_version}"
        out = [
            f"{'copied' if self.codebook_created else 'already had'} {cb}",
            f"confirmed examples found: {self.examples_found}; added: {self.examples_added}; "
            f"already there: {self.examples_already_there}",
            f"names masked: {self.names_masked}; contact details masked: {self.details_masked}",
        ]
        return out + self.notes


# ---------------------------------------------------------------- what counts as confirmed


def confirmed_examples(session: Session) -> list[tuple[str, list[str]]]:
    """(segment text, confirmed code ids) for every segment with at least one confirmed code.

    The team's consensus decides where there is one; otherwise a code counts when any
    coder confirmed it. Codes not in the current codebook are dropped.
    """
    row = current_codebook_row(session)
    known = {c.key for c in row.codes} if row is not None else set()
    codes = counted_codes(session)
    if not codes:
        return []
    texts = dict(session.execute(select(Segment.id, Segment.text).where(Segment.id.in_(list(codes)))).all())
    out = []
    for sid in sorted(codes):
        keep = sorted(k for k in codes[sid] if k in known)
        if keep and sid in texts:
            out.append((texts[sid], keep))
    return out


# ---------------------------------------------------------------- masking


def _name_candidates(labels: Iterable[str]) -> set[str]:
    """Strings to mask for a set of speaker labels, pseudonyms or roster names."""
    generic = {g.lower() for g in DEFAULT_FACILITATOR_LABELS + DEFAULT_GROUP_LABELS}
    out: set[str] = set()
    for raw in labels:
        label = " ".join((raw or "").split()).strip(" :")
        if not label or label.lower() in generic:
            continue
        # Whole labels: "Maria Lopez", "P3", "Participant 4".
        if len(label) >= 3 or any(ch.isdigit() for ch in label):
            out.add(label)
        # Single name parts of a personal name ("Maria" in "Maria Lopez").
        for tok in re.findall(r"[^\W\d_][\w'’-]*", label):
            if len(tok) >= 3 and tok[0].isupper() and tok.lower() not in GENERIC_LABEL_WORDS:
                out.add(tok)
    return out


def name_pattern(labels: Iterable[str]) -> re.Pattern | None:
    """A regex matching any of the names (as written, Title Case or UPPER), with possessives."""
    variants: set[str] = set()
    for name in _name_candidates(labels):
        variants.update({name, name.title(), name.upper()})
    if not variants:
        return None
    alts = "|".join(re.escape(v) for v in sorted(variants, key=lambda v: (-len(v), v)))
    return re.compile(rf"(?<![\w])(?:{alts})(?:['’]s)?(?![\w])")


class Masker:
    """Masks the earlier project's names, roster names and contact details in copied texts.

    Speaker labels and pseudonyms are matched here (whole words, possessives included);
    `pipeline.deid` then does what it does at ingest: roster names and their likely
    misspellings, phone numbers, e-mail and street addresses, birth dates, and person
    names found by a trained spaCy model when one is installed.
    """

    def __init__(self, names: Iterable[str], roster=None, use_ner: bool = True):
        self.pattern = name_pattern(names)
        self.roster = roster
        self.use_ner = use_ner
        self.names_masked = 0
        self.details_masked = 0

    def mask_all(self, texts: list[str]) -> list[str]:
        """The texts with every identifying detail replaced, in the same order."""
        from .deid import deidentify
        from .records import ParsedTranscript, RawTurn

        out = []
        for text in texts:
            if self.pattern is not None:
                text, n = self.pattern.subn(NAME_MASK, text)
                self.names_masked += n
            out.append(text)
        parsed = ParsedTranscript(source_name="examples", format="text",
                                  turns=[RawTurn(speaker="example", text=t) for t in out])
        cleaned, found = deidentify(parsed, self.roster, use_ner=self.use_ner)
        for rep in found:
            if rep.kind in ("name", "misspelled_name", "person"):
                self.names_masked += 1
            elif rep.kind != "speaker":
                self.details_masked += 1
        return [t.text for t in cleaned.turns]


# ---------------------------------------------------------------- the transfer


def _describe(db: str | os.PathLike) -> str:
    url = resolve_url(db)
    if url.startswith("sqlite:///"):
        return Path(url[len("sqlite:///"):]).name
    return url.split("@")[-1]  # never the password part of a server URL


def _check_source(from_db: str | os.PathLike) -> None:
    value = str(from_db)
    if "://" not in value and not Path(value).expanduser().is_file():
        raise NeedsmapError.of("E801", path=value)


def new_site(from_db: str | os.PathLike, to_db: str | os.PathLike | None, *, actor: str = "cli",
             roster: str | os.PathLike | None = None, extra_names: Iterable[str] = (),
             use_ner: bool = True) -> NewSiteReport:
    """Start (or top up) a new site's project from an earlier project.

    Args:
        from_db: the earlier project (a SQLite path or database URL); it must exist.
        to_db: the new site's project; created and migrated when missing. It may already
            hold its own transcripts.
        roster: the earlier project's roster CSV (name,pseudonym[,aliases]), so roster
            names and their misspellings are masked too; it is read, never copied.
        extra_names: more names to mask in copied texts.
        use_ner: also mask person names found by an installed spaCy model.
    Returns:
        A `NewSiteReport`. Running it twice adds nothing the second time.
    """
    _check_source(from_db)
    roster_obj = None
    if roster is not None:
        from .deid import load_roster

        roster_obj = load_roster(roster)
    if resolve_url(from_db) == resolve_url(to_db):
        raise NeedsmapError.of("E803", path=str(from_db))
    source_label = _describe(from_db)
    src = open_db(from_db)
    try:
        with src.session() as s:
            row = current_codebook_row(s)
            if row is None:
                raise NeedsmapError.of("E802", path=str(from_db))
            spec = spec_from_db(row)
            src_version = row.version
            names = [n for pair in s.execute(select(Speaker.label, Speaker.pseudonym)) for n in pair]
            examples = confirmed_examples(s)
            carried = [(t, list(c or [])) for t, c in s.execute(select(TrainingExample.text, TrainingExample.codes))]
            audit.record(s, "project.examples_shared", actor=actor, to=_describe(to_db),
                         examples=len(examples) + len(carried))
    finally:
        src.dispose()

    masker = Masker(list(names) + list(extra_names), roster=roster_obj, use_ner=use_ner)
    known = set(spec.code_ids())
    pairs = [(t, [c for c in codes if c in known]) for t, codes in carried + examples]
    pairs = [(t, codes) for t, codes in pairs if codes and t.strip()]
    merged: dict[str, tuple[str, set[str]]] = {}
    for masked, (_, codes) in zip(masker.mask_all([t for t, _ in pairs]), pairs):
        h = text_hash(masked)
        merged.setdefault(h, (masked, set()))[1].update(codes)

    dst = open_db(to_db)
    try:
        with dst.session() as s:
            cb, created = store_codebook(s, spec, actor=actor, note=f"copied from {source_label} (version {src_version} there)")
            report = NewSiteReport(source=source_label, codebook=cb.name, codebook_version=cb.version,
                                   codebook_created=created, examples_found=len(examples) + len(carried),
                                   names_masked=masker.names_masked, details_masked=masker.details_masked)
            existing = set(s.scalars(select(TrainingExample.text_hash)))
            for h, (text, codes) in merged.items():
                if h in existing:
                    report.examples_already_there += 1
                    continue
                s.add(TrainingExample(text=text, text_hash=h, codes=sorted(codes), origin=f"new-site:{source_label}"))
                report.examples_added += 1
            audit.record(s, "project.new_site", actor=actor, source=source_label, codebook=cb.name,
                         version=cb.version, examples_added=report.examples_added,
                         names_masked=report.names_masked, details_masked=report.details_masked)
    finally:
        dst.dispose()
    if not examples and not carried:
        report.notes.append("the earlier project has no confirmed codes yet, so only the codebook was copied; "
                            "suggestions will start from the codebook alone")
    return report


# ---------------------------------------------------------------- labelled texts and first suggestions


def _segments_by_text(session: Session, sites: Iterable[str] | None) -> dict[str, list[int]]:
    """Stored segment ids by their (stripped) text, participants' segments first."""
    from .models import FocusGroup, Site, Transcript, Turn

    q = (select(Segment.id, Segment.text, Speaker.role)
         .join(Transcript, Segment.transcript_id == Transcript.id)
         .join(FocusGroup, Transcript.group_id == FocusGroup.id)
         .join(Site, FocusGroup.site_id == Site.id)
         .join(Turn, Segment.turn_id == Turn.id)
         .join(Speaker, Turn.speaker_id == Speaker.id)
         .order_by(Segment.id))
    if sites is not None:
        q = q.where(Site.name.in_(list(sites)))
    out: dict[str, list[int]] = {}
    for sid, text, role in sorted(session.execute(q).all(), key=lambda r: (r[2] != "participant", r[0])):
        out.setdefault(text.strip(), []).append(sid)
    return out


def match_labelled_rows(session: Session, rows, sites: Iterable[str] | None = None) -> list[tuple[int, list[str]]]:
    """(segment id, codes) for each labelled row whose text is a stored segment's text.

    Args:
        rows: objects with `.text` and `.codes` (e.g. from `pipeline.evaluation.read_labelled_csv`).
        sites: only segments of these sites; None for every site.
    Each row matches at most one segment (the first participant segment with that text).
    """
    by_text = _segments_by_text(session, sites)
    out, used = [], set()
    for row in rows:
        for sid in by_text.get(row.text.strip(), []):
            if sid not in used:
                used.add(sid)
                out.append((sid, list(row.codes)))
                break
    return out


def confirm_labelled_rows(db, rows, *, coder: str, sites: Iterable[str] | None = None,
                          source: str = "typed") -> int:
    """Record `coder`'s confirmation of each labelled row's codes on its matching segment.

    For codes agreed outside needsmap (a spreadsheet, an earlier tool): every decision is
    stored and audited like one made in the app. Returns the number of decisions stored.
    """
    from .coding import record_decisions

    with db.session() as s:
        pairs = [(sid, code) for sid, codes in match_labelled_rows(s, rows, sites) for code in codes]
        return record_decisions(s, pairs, coder=coder, source=source)


def score_stored_suggestions(db, rows, *, sites: Iterable[str] | None = None, engine: str | None = None) -> dict:
    """Score the suggestions stored in a project against labelled rows (micro-F1 and friends).

    This is what the PRAs saw: the engine's stored scores (>= 0.5 is a suggestion), not a
    fresh fit. Args: `engine`, a stored engine name, or None for the newest engine run.
    Returns `pipeline.evaluation.score_predictions`'s dict plus `engine`.
    """
    from .evaluation import score_predictions
    from .models import Suggestion

    with db.session() as s:
        spec = spec_from_db(current_codebook_row(s))
        matched = match_labelled_rows(s, rows, sites)
        if engine is None:
            engine = s.scalar(select(Suggestion.engine).order_by(Suggestion.id.desc()).limit(1))
        ids = [sid for sid, _ in matched]
        scores: dict[int, dict[str, float]] = {sid: {} for sid in ids}
        for lo in range(0, len(ids), 500):
            for sid, key, score in s.execute(
                    select(Suggestion.segment_id, Suggestion.code_key, Suggestion.score)
                    .where(Suggestion.engine == engine, Suggestion.segment_id.in_(ids[lo:lo + 500]))):
                top = spec.roll_up(key)
                scores[sid][top] = max(scores[sid].get(top, 0.0), float(score))
    gold = [{spec.roll_up(c) for c in codes} for _, codes in matched]
    result = score_predictions(spec, gold, [scores[sid] for sid in ids])
    result["engine"] = engine
    return result
