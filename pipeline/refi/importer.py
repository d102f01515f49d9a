"""Importing a REFI-QDA project (.qdpx) into the project database, all or nothing.

Each text source becomes a transcript whose stored text is the source text exactly
(so positions stay meaningful); each coded selection becomes a segment spanning it,
and uncoded lines become segments of their own. Codings become confirmed decisions
of the coder named by `Coding@creatingUser` (else the selection's creator, else
'imported'), source 'refi-import'. Positions are converted from the exporting
program's units (offsets.choose_units) to code points. A source whose text is
already in the project is matched, not duplicated: its codings are added to it.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import func, insert, select

from .. import audit
from ..codebook import (
    CodebookSpec, LevelSpec, ThemeSpec, _validation_problems, current_codebook_row, spec_from_db, store_codebook,
)
from ..errors import NeedsmapError, Problem, problem
from ..models import Coding, FocusGroup, Memo, Segment, Site, Speaker, Transcript, Turn, utcnow
from .codebook_xml import split_description
from .offsets import CODE_POINTS, UnitTable, Units, choose_units
from .reader import ProjectRec, SelectionRec, SourceRec, read_qdpx
from .source_text import TextEdits, export_text

SOURCE = "refi-import"
FALLBACK_CODER = "imported"
FALLBACK_SITE = "imported"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# "Name: words" or "[00:01:02] Name: words": a speaker line in a transcript-like text
_SPEAKER_LINE = re.compile(r"^(?:\[[^\]\n]{1,20}\]\s*)?([^\W\d_][\w .'’\-]{0,40}?):\s+\S")


@dataclass
class ImportReport:
    """What one import added, plus the problems it stepped around."""

    file: str
    origin: str = ""
    codebook: str | None = None
    codebook_version: int | None = None
    codes: int = 0
    coders: list[str] = field(default_factory=list)
    transcripts: int = 0
    matched_transcripts: int = 0
    segments: int = 0
    codings: int = 0
    memos: int = 0
    skipped_codings: int = 0
    unchanged_codings: int = 0
    units: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.transcripts} transcripts", f"{self.segments} segments", f"{self.codings} codings",
                 f"{len(self.coders)} coders", f"{self.codes} codes", f"{self.memos} memos"]
        text = f"Imported {self.file}" + (f" (from {self.origin})" if self.origin else "") + ": " + ", ".join(parts)
        if self.codebook:
            text += f". Codebook '{self.codebook}' version {self.codebook_version}"
        if self.matched_transcripts:
            text += f". {self.matched_transcripts} sources were already in the project"
        if self.unchanged_codings:
            text += f"; {self.unchanged_codings} codings were already there and were left as they are"
        if self.skipped_codings:
            text += f". {self.skipped_codings} codings skipped (see warnings)"
        return text + "."


def preferred_units(origin: str) -> list[Units]:
    """Counting schemes to try first, by exporting program (NOTES.md section 4)."""
    o = origin.lower()
    if "needsmap" in o:
        return [CODE_POINTS]
    if "nvivo" in o:
        return [Units(utf16=True), CODE_POINTS]
    if "atlas" in o:
        return [Units(crlf_as_one=True), Units(utf16=True, crlf_as_one=True)]
    return [CODE_POINTS, Units(utf16=True)]


def _text_sha(text: str) -> str:
    return hashlib.sha256(b"refi-qdpx\x00" + text.encode("utf-8")).hexdigest()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, surrounding spaces and CR left out."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        line = m.group(0)
        lead = len(line) - len(line.lstrip())
        body = line.strip()
        if body:
            s = m.start() + lead
            out.append((s, s + len(body)))
    return out


def _var(variables: dict[str, str], *names: str) -> str | None:
    low = {k.strip().lower(): v for k, v in variables.items()}
    for n in names:
        if low.get(n):
            return low[n]
    return None


def merge_codebooks(current: CodebookSpec, imported: CodebookSpec) -> CodebookSpec:
    """The current codebook plus the imported codes, themes and levels it lacks (same id = same code).

    Importing into a project that already has a codebook must not drop the codes its
    existing codings use.
    """
    have = set(current.code_ids())
    codes = [*current.codes, *(c for c in imported.codes if c.id not in have)]
    themes = [*current.themes, *(t for t in imported.themes if t.id not in {x.id for x in current.themes})]
    levels = [*current.sem_levels, *(lv for lv in imported.sem_levels if lv.id not in {x.id for x in current.sem_levels})]
    if themes:
        known = {t.id for t in themes}
        themes += [ThemeSpec(id=tid, label=tid) for tid in dict.fromkeys(c.theme for c in codes if c.theme)
                   if tid not in known]
    if levels:
        known = {lv.id for lv in levels}
        levels += [LevelSpec(id=lid, label=lid) for lid in dict.fromkeys(c.sem_level for c in codes if c.sem_level)
                   if lid not in known]
    return CodebookSpec(name=current.name, description=current.description, codes=codes, themes=themes,
                        sem_levels=levels)


class _Coverage:
    """Answers 'does [s, e) overlap any of these spans?' quickly."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        # running maximum of ends, so one bisect answers the question
        self.max_end, m = [], -1
        for _, e in self.spans:
            m = max(m, e)
            self.max_end.append(m)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e) - 1  # spans starting before e
        return i >= 0 and self.max_end[i] > s


class _Importer:
    def __init__(self, session, rec: ProjectRec, report: ImportReport, site: str | None, actor: str):
        self.s = session
        self.rec = rec
        self.report = report
        self.site_arg = site
        self.actor = actor
        self.coders: dict[str, str] = {}  # user guid -> coder name
        self.guid_to_key: dict[str, str] = {}
        self.segment_of_selection: dict[str, int] = {}
        self.used_notes: set[str] = set()
        self.coder_ids: dict[str, int] = {}
        self._exported: dict[str, tuple[int, TextEdits]] | None = None
        from ..coding import current_round

        rnd = current_round(session)
        self.round_id = rnd.id if rnd is not None else None

    # ------------------------------------------------------------ users, codebook

    def users(self) -> None:
        from ..coding import ensure_coder

        referenced = set()
        for src in self.rec.sources:
            for sel in src.selections:
                referenced.add(sel.user_guid)
                referenced.update(c.user_guid for c in sel.codings)
            referenced.update(c.user_guid for c in src.doc_codings)
        referenced.update(n.user_guid for n in self.rec.notes.values())
        program = self.rec.origin.split(" ")[0].lower() if self.rec.origin else ""
        for guid, name in self.rec.users.items():
            # ATLAS.ti lists itself as a user; it is a coder only if it coded something
            if program and name.lower() == program and guid not in referenced:
                continue
            self.coders[guid] = ensure_coder(self.s, name).name
        self.report.coders = sorted(set(self.coders.values()))

    def coder_for(self, *guids: str | None) -> str:
        from ..coding import ensure_coder

        for g in guids:
            if g and g in self.coders:
                return self.coders[g]
        name = ensure_coder(self.s, FALLBACK_CODER).name
        if name not in self.report.coders:
            self.report.coders.append(name)
        return name

    def codebook(self) -> None:
        from .codebook_xml import read_codes

        referenced = {c.code_guid for src in self.rec.sources for sel in src.selections for c in sel.codings}
        referenced |= {c.code_guid for src in self.rec.sources for c in src.doc_codings}
        found = read_codes(self.rec.codes_el, self.rec.sets, referenced=referenced)
        self.guid_to_key = found.guid_to_key
        if not found.codes:
            return
        _, meta = split_description(self.rec.description)
        meta_cb = (meta or {}).get("codebook")
        meta_cb = meta_cb if isinstance(meta_cb, dict) else {}  # a hand-edited description may hold anything
        try:
            spec = CodebookSpec(name=str(meta_cb.get("name") or self.rec.name), description=str(meta_cb.get("description") or ""),
                                codes=found.codes, themes=found.themes, sem_levels=found.sem_levels)
            current = current_codebook_row(self.s)
            if current is not None:
                spec = merge_codebooks(spec_from_db(current), spec)
        except ValidationError as exc:
            raise NeedsmapError(_validation_problems(exc, self.report.file)) from exc
        row, _ = store_codebook(self.s, spec, actor=self.actor,
                                note=f"imported from {Path(self.report.file).name} ({self.rec.origin or 'unknown program'})")
        self.report.codebook, self.report.codebook_version, self.report.codes = row.name, row.version, len(spec.codes)

    # ------------------------------------------------------------ sources

    def site_and_group(self, src: SourceRec) -> tuple[str, str, str | None]:
        site = _var(src.variables, "site")
        if not site:
            for case in self.rec.cases:
                if src.guid and src.guid in case.source_guids:
                    site = _var(case.variables, "site") or case.name
                    if site:
                        break
        site = (site or self.site_arg or FALLBACK_SITE).strip()[:200]
        group = (_var(src.variables, "focus group", "group") or src.name).strip()[:200] or "imported"
        date = _var(src.variables, "date")
        return site, group, date if date and _DATE.match(date) else None

    def _exported_texts(self) -> dict[str, tuple[int, TextEdits]]:
        """Texts as needsmap exports them (pseudonyms in headers), to recognise our own sources."""
        if self._exported is None:
            self._exported = {}
            for t in self.s.scalars(select(Transcript)):
                text, edits = export_text(self.s, t)
                if edits.edits:
                    self._exported.setdefault(text, (t.id, edits))
        return self._exported

    def transcript(self, src: SourceRec) -> tuple[Transcript, bool, TextEdits | None]:
        text = src.text
        edits = None
        existing = self.s.scalars(select(Transcript).where(Transcript.text == text)).first()
        if existing is None:
            existing = self.s.scalars(select(Transcript).where(Transcript.sha256 == _text_sha(text))).first()
        if existing is None and text in self._exported_texts():
            tid, edits = self._exported_texts()[text]
            existing = self.s.get(Transcript, tid)
        if existing is not None:
            self.report.problems.append(problem("E509", file=self.report.file, name=src.name))
            self.report.matched_transcripts += 1
            return existing, False, edits
        site_name, group_name, date = self.site_and_group(src)
        site = self.s.scalars(select(Site).where(Site.name == site_name)).first()
        if site is None:
            site = Site(name=site_name)
            self.s.add(site)
            self.s.flush()
        group = self.s.scalars(select(FocusGroup).where(FocusGroup.site_id == site.id, FocusGroup.name == group_name)).first()
        if group is None:
            group = FocusGroup(site_id=site.id, name=group_name, date=date)
            self.s.add(group)
            self.s.flush()
        t = Transcript(group_id=group.id, source_name=src.name[:500], sha256=_text_sha(text), format="refi",
                       unit="selection", text=text)
        self.s.add(t)
        self.s.flush()
        self._turns(t)
        self.report.transcripts += 1
        return t, True, None

    def _turns(self, t: Transcript) -> None:
        """One turn per non-blank line; speakers when most lines look like 'Name: words'."""
        paras = _paragraphs(t.text) or [(0, len(t.text))]
        labels = [(_SPEAKER_LINE.match(t.text[s:e]) or None) for s, e in paras]
        use_labels = sum(1 for m in labels if m) >= max(2, 0.6 * len(paras))
        speakers: dict[str, Speaker] = {}

        def speaker(label: str) -> Speaker:
            if label not in speakers:
                try:
                    from ..config import DEFAULT_FACILITATOR_LABELS, DEFAULT_GROUP_LABELS
                    from ..readers.labels import role_of

                    role = role_of(label, DEFAULT_FACILITATOR_LABELS, group_labels=DEFAULT_GROUP_LABELS)
                except ImportError:
                    role = "participant"
                sp = Speaker(transcript_id=t.id, label=label[:200], pseudonym=f"S{len(speakers) + 1}", role=role)
                self.s.add(sp)
                self.s.flush()
                speakers[label] = sp
            return speakers[label]

        line, counted = 1, 0
        rows = []
        for idx, ((s, e), m) in enumerate(zip(paras, labels)):
            if use_labels and m:
                label = m.group(1).strip()
            else:  # an unlabelled line continues the previous speaker
                label = rows[-1][1] if rows else "text"
            line += t.text.count("\n", counted, s)
            counted = s
            rows.append((idx, label, s, e, line))
        values = [{"transcript_id": t.id, "speaker_id": speaker(label).id, "idx": idx, "start": s, "end": e,
                   "source_line": ln} for idx, label, s, e, ln in rows]
        # Core executemany: tens of thousands of lines (NVivo comment corpora) in a second
        self.s.execute(insert(Turn), values)

    def source(self, src: SourceRec) -> None:
        t, new, edits = self.transcript(src)
        file = self.report.file
        spans: list[tuple[SelectionRec | None, int, int]] = []
        raw = [(sel.start, sel.end) for sel in src.selections]
        units = CODE_POINTS if src.from_docx else choose_units(src.text, raw, preferred_units(self.rec.origin))
        table = UnitTable(src.text, units)
        if raw:
            self.report.units[src.name] = units.label
        for sel in src.selections:
            if sel.end > table.length or sel.start < 0:
                self.report.problems.append(problem("E505", file=file, name=src.name, start=sel.start, end=sel.end,
                                                    length=table.length))
                self.report.skipped_codings += max(1, len(sel.codings))
                continue
            start, end = table.to_code_point(sel.start), table.to_code_point(sel.end, is_end=True)
            if edits is not None:  # our own export of a transcript already here: back to stored positions
                start, end = edits.backward(start), edits.backward(end)
            if end <= start:
                self.report.skipped_codings += len(sel.codings)
                continue
            spans.append((sel, start, end))
        if src.doc_codings:
            paras = _paragraphs(t.text)
            if paras:
                spans.append((None, paras[0][0], paras[-1][1]))

        segments = self._segments(t, new, sorted({(s, e) for _, s, e in spans}))
        for sel, s, e in spans:
            seg_id = segments[(s, e)]
            codings = sel.codings if sel is not None else src.doc_codings
            for c in codings:
                self._coding(src, sel, c, seg_id)
            if sel is not None:
                if sel.guid:
                    self.segment_of_selection[sel.guid] = seg_id
                for g in sel.note_guids:
                    self._note(g, seg_id)
                if sel.description:
                    self._memo(seg_id, self.coder_for(sel.user_guid), sel.description)

    def _segments(self, t: Transcript, new: bool, spans: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
        """Segment id for every span, reusing a segment with the same span; new ones get the next idx."""
        existing = {(seg.start, seg.end): seg.id for seg in self.s.scalars(select(Segment).where(Segment.transcript_id == t.id))}
        turns = self.s.execute(select(Turn.id, Turn.start, Turn.end).where(Turn.transcript_id == t.id)
                               .order_by(Turn.start)).all()
        turn_starts = [tn.start for tn in turns]
        wanted = [sp for sp in spans if sp not in existing]
        if new:
            # uncoded lines become segments too, so the whole text can be reviewed
            covered = _Coverage(spans)
            wanted += [(tn.start, tn.end) for tn in turns if not covered.overlaps(tn.start, tn.end)]
        last = self.s.scalar(select(func.max(Segment.idx)).where(Segment.transcript_id == t.id))
        next_idx = 0 if last is None else last + 1  # not `last or -1`: a lone segment has idx 0
        rows = []
        for s, e in sorted(set(wanted)):
            turn = turns[max(0, bisect.bisect_right(turn_starts, s) - 1)]
            text = t.text[s:e]
            rows.append({"transcript_id": t.id, "turn_id": turn.id, "idx": next_idx, "start": s, "end": e,
                         "text": text, "is_backchannel": False})
            next_idx += 1
        if rows:
            self.s.execute(insert(Segment), rows)
            ids = self.s.execute(select(Segment.id, Segment.start, Segment.end)
                                 .where(Segment.transcript_id == t.id, Segment.idx >= rows[0]["idx"])).all()
            for seg_id, s, e in ids:
                existing.setdefault((s, e), seg_id)
        self.report.segments += len(rows)
        return {sp: existing[sp] for sp in spans}

    def _coding(self, src: SourceRec, sel: SelectionRec | None, c, seg_id: int) -> None:
        from ..coding import _upsert_coding, ensure_coder

        key = self.guid_to_key.get(c.code_guid or "")
        if key is None:
            self.report.problems.append(problem("E506", file=self.report.file, name=src.name, guid=c.code_guid or "none"))
            self.report.skipped_codings += 1
            return
        coder = self.coder_for(c.user_guid, sel.user_guid if sel is not None else None)
        coder_id = self.coder_ids.get(coder)
        if coder_id is None:
            coder_id = self.coder_ids[coder] = ensure_coder(self.s, coder).id
        current = self.s.scalar(select(Coding.decision).where(
            Coding.segment_id == seg_id, Coding.code_key == key, Coding.coder_id == coder_id))
        if current == "confirmed":
            self.report.unchanged_codings += 1  # already there: keep its source, round and review flag
            return
        now = utcnow()
        # the coding module's atomic upsert (record_decision re-reads the codebook per call,
        # too slow for thousands of imported codings); the code key is known to exist
        _upsert_coding(self.s, {"segment_id": seg_id, "code_key": key, "coder_id": coder_id, "decision": "confirmed",
                                "source": SOURCE, "round_id": self.round_id, "needs_review": False,
                                "created_at": now, "updated_at": now})
        audit.record(self.s, "coding.decide", actor=coder, segment_id=seg_id, code=key, decision="confirmed",
                     source=SOURCE, round_id=self.round_id)
        self.report.codings += 1

    # ------------------------------------------------------------ memos

    def _memo(self, seg_id: int | None, coder: str, text: str) -> None:
        from ..coding import add_memo, ensure_coder

        text = (text or "").strip()
        if not text:
            return
        coder_id = ensure_coder(self.s, coder).id
        same = select(Memo.id).where(Memo.coder_id == coder_id, Memo.text == text,
                                     Memo.segment_id == seg_id if seg_id is not None else Memo.segment_id.is_(None))
        if self.s.scalar(same) is not None:
            return  # imported before: a second import must not double the notes
        add_memo(self.s, segment_id=seg_id, coder=coder, text=text)
        self.report.memos += 1

    def _note(self, guid: str, seg_id: int | None) -> None:
        note = self.rec.notes.get(guid)
        if note is None or guid in self.used_notes:
            return
        self.used_notes.add(guid)
        self._memo(seg_id, self.coder_for(note.user_guid), note.text)

    def notes(self) -> None:
        # NVivo attaches memos with <Link originGUID=note targetGUID=selection>
        for origin, target in self.rec.links:
            if origin in self.rec.notes and target in self.segment_of_selection:
                self._note(origin, self.segment_of_selection[target])
        for guid in self.rec.notes:
            self._note(guid, None)


def import_qdpx(db, path: str | Path, *, site: str | None = None, actor: str = "refi-import") -> ImportReport:
    """Import a REFI-QDA project into `db` in one transaction (all or nothing).

    Args:
        db: a pipeline.db.Database.
        path: the .qdpx file.
        site: site for sources that name none (as a variable or case); default 'imported'.
        actor: who the audit log names for the import.
    Returns:
        An ImportReport; its `problems` are warnings about parts that were skipped.
    """
    path = Path(path)
    rec = read_qdpx(path)
    report = ImportReport(file=str(path), origin=rec.origin, problems=list(rec.problems))
    with db.session() as s:
        imp = _Importer(s, rec, report, site, actor)
        imp.users()
        imp.codebook()
        for src in rec.sources:
            imp.source(src)
        imp.notes()
        audit.record(s, "refi.import", actor=actor, file=path.name, origin=rec.origin,
                     transcripts=report.transcripts, segments=report.segments, codings=report.codings,
                     coders=report.coders, codebook=report.codebook, codebook_version=report.codebook_version,
                     units=dict(report.units), skipped_codings=report.skipped_codings)
    return report
