"""The sample project behind `needsmap demo`: synthetic transcripts, ROSE codebook, suggestions.

The demo shows a study part-way through: two demo coders have coded every focus group but
the last one of each site from `data/sample_codings.csv` (the second coder only at one site,
so agreement can be computed). As in real coding they also said "No" to the engine's wrong
suggestions on passages with no code, so the engine has learnt what is not codable. The
groups left over wait in the review queue with the engine's suggestions.
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from pathlib import Path

from sqlalchemy import func, select

from .errors import NeedsmapError

DEMO_CODERS = (("pra-demo-1", "pra"), ("pra-demo-2", "pra"), ("pi-demo", "pi"))


def sample_root() -> Path:
    """Where the sample study lives: the repository checkout (editable install)."""
    here = Path(__file__).resolve().parent
    for base in (here.parent, here / "resources"):
        if (base / "data" / "sample_transcripts" / "manifest.csv").is_file():
            return base
    raise NeedsmapError(
        "The sample study files were not found (data/sample_transcripts). "
        "Install needsmap from its source folder with: pip install -e ."
    )


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def left_for_review(manifest: list[dict]) -> set[str]:
    """The focus groups nobody has coded yet in the demo: the last one of each site in the manifest."""
    last = {row["site"]: row["group"] for row in manifest if row.get("group")}
    return set(last.values())


def _participant_segments(db) -> dict[str, list[tuple[int, str, str]]]:
    """Participant segments by text: [(segment id, site, focus group)], in segment order."""
    from .models import FocusGroup, Segment, Site, Speaker, Transcript, Turn

    with db.session() as s:
        rows = s.execute(
            select(Segment.id, Segment.text, Site.name, FocusGroup.name)
            .join(Transcript, Segment.transcript_id == Transcript.id)
            .join(FocusGroup, Transcript.group_id == FocusGroup.id)
            .join(Site, FocusGroup.site_id == Site.id)
            .join(Turn, Segment.turn_id == Turn.id)
            .join(Speaker, Turn.speaker_id == Speaker.id)
            .where(Speaker.role == "participant")
            .order_by(Segment.id)
        ).all()
    by_text: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for seg_id, text, site, group in rows:
        by_text[text.strip()].append((seg_id, site, group))
    return by_text


def _matches(by_text, row: dict, skip_groups: set[str]):
    """The segment a labelled row was copied from (none when its group waits for review)."""
    return [m for m in by_text.get(row["text"].strip(), []) if m[2] not in skip_groups][:1]


def _seed_codings(db, codings_rows: list[dict], by_text, second_coder_site: str, skip_groups: set[str] = frozenset()) -> int:
    """Record the demo coders' earlier work by matching labelled texts to stored segments."""
    from .coding import ensure_coder, record_decisions

    with db.session() as s:
        for name, role in DEMO_CODERS:
            ensure_coder(s, name, role=role)
    rng = random.Random(7)
    first, second = [], []
    for row in codings_rows:
        codes = [c for c in (row.get("codes") or "").split(";") if c]
        for seg_id, site, _group in _matches(by_text, row, skip_groups):
            first += [(seg_id, code) for code in codes]
            if site == second_coder_site:
                # The second coder misses about one code in eight: realistic disagreement.
                second += [(seg_id, code) for code in codes if rng.random() > 0.125]
    with db.session() as s:
        return (record_decisions(s, first, coder="pra-demo-1")
                + record_decisions(s, second, coder="pra-demo-2"))


def _seed_rejections(db, codings_rows: list[dict], by_text, skip_groups: set[str] = frozenset()) -> int:
    """The first coder's "No" to each accepted suggestion on a coded group's passages with no code.

    Without these the engine only ever sees passages that have a code, and suggests one for
    nearly every line of small talk.
    """
    from .coding import record_decisions
    from .models import Suggestion

    uncoded = [seg_id for row in codings_rows if not (row.get("codes") or "").strip()
               for seg_id, _site, _group in _matches(by_text, row, skip_groups)]
    by_engine: dict[str, list[tuple[int, str]]] = defaultdict(list)
    with db.session() as s:
        for lo in range(0, len(uncoded), 900):
            for seg_id, code, engine in s.execute(
                    select(Suggestion.segment_id, Suggestion.code_key, Suggestion.engine)
                    .where(Suggestion.segment_id.in_(uncoded[lo:lo + 900]), Suggestion.accepted.is_(True))
                    .order_by(Suggestion.segment_id, Suggestion.id)).all():
                by_engine[engine].append((seg_id, code))
        return sum(record_decisions(s, pairs, coder="pra-demo-1", decision="rejected", source=engine)
                   for engine, pairs in by_engine.items())


def build_demo(db_path: str | Path, *, with_suggestions: bool = True, progress=None) -> dict:
    """Build (or refresh) the sample project at `db_path` and return a per-site summary.

    Safe to run twice: identical transcripts and codebooks are not imported again.
    """
    from . import codebook as cbmod
    from .db import open_db
    from .ingest import ingest_paths
    from .models import FocusGroup, Segment, Site, Speaker, Transcript

    root = sample_root()
    sample_dir = root / "data" / "sample_transcripts"
    db = open_db(db_path)
    spec = cbmod.load_codebook_file(root / "codebooks" / "rose.yaml")
    with db.session() as s:
        cbmod.store_codebook(s, spec, actor="demo")

    manifest = _read_csv(sample_dir / "manifest.csv")
    fresh = False
    for row in manifest:
        report = ingest_paths(
            db, [sample_dir / row["file"]], site=row["site"], group=row.get("group") or None,
            date=row.get("date") or None, actor="demo",
        )
        fresh = fresh or bool(getattr(report, "transcripts", 0))

    demo_csv = root / "data" / "sample_demographics.csv"
    if demo_csv.is_file():
        from .demographics import import_demographics

        with db.session() as s:
            import_demographics(s, demo_csv)

    codings_csv = root / "data" / "sample_codings.csv"
    coded = 0
    codings_rows = _read_csv(codings_csv) if fresh and codings_csv.is_file() else []
    todo_groups = left_for_review(manifest)
    by_text = _participant_segments(db) if codings_rows else {}
    if codings_rows:
        sites = sorted({r["site"] for r in manifest})
        coded = _seed_codings(db, codings_rows, by_text, second_coder_site=sites[-1], skip_groups=todo_groups)

    if with_suggestions:
        from .suggesters.store import run_suggest

        run_suggest(db, progress=progress)
        if codings_rows and _seed_rejections(db, codings_rows, by_text, skip_groups=todo_groups):
            # what the engine would have learnt while the coders worked (embeddings are cached)
            run_suggest(db)

    with db.session() as s:
        counts = s.execute(
            select(Site.name, func.count(func.distinct(FocusGroup.id)), func.count(func.distinct(Transcript.id)),
                   func.count(Segment.id))
            .join(FocusGroup, FocusGroup.site_id == Site.id)
            .join(Transcript, Transcript.group_id == FocusGroup.id)
            .join(Segment, Segment.transcript_id == Transcript.id)
            .group_by(Site.name).order_by(Site.name)
        ).all()
        # A person is one speaker label within one focus group, even when the group was
        # recorded in two files.
        participants = Counter(
            site for site, _group, _label in s.execute(
                select(Site.name, FocusGroup.id, Speaker.label).distinct()
                .join(FocusGroup, FocusGroup.site_id == Site.id)
                .join(Transcript, Transcript.group_id == FocusGroup.id)
                .join(Speaker, Speaker.transcript_id == Transcript.id)
                .where(Speaker.role == "participant")
            )
        )
    db.dispose()
    return {
        "db": str(db_path),
        "codings_seeded": coded,
        "sites": [
            {"site": name, "groups": g, "transcripts": t, "segments": n, "participants": participants.get(name, 0)}
            for name, g, t, n in counts
        ],
    }


def format_summary(summary: dict) -> str:
    """The per-site table printed by `needsmap demo`."""
    lines = [f"{'site':<12} {'groups':>6} {'participants':>12} {'segments':>9}"]
    for r in summary["sites"]:
        lines.append(f"{r['site']:<12} {r['groups']:>6} {r['participants']:>12} {r['segments']:>9}")
    lines.append(f"Sample project: {summary['db']}")
    return "\n".join(lines)
