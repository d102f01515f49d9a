"""The sample project behind `needsmap demo`: synthetic transcripts, ROSE codebook, suggestions.

The demo shows a study part-way through: two demo coders have coded the segments in
`data/sample_codings.csv` (one of them only at one site, so agreement can be
computed), the rest waits in the review queue with the engine's suggestions.
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


def _seed_codings(db, codings_rows: list[dict], second_coder_site: str) -> int:
    """Record the demo coders' earlier work by matching labelled texts to stored segments."""
    from .coding import ensure_coder, record_decision
    from .models import FocusGroup, Segment, Site, Speaker, Transcript, Turn

    with db.session() as s:
        for name, role in DEMO_CODERS:
            ensure_coder(s, name, role=role)
        rows = s.execute(
            select(Segment.id, Segment.text, Site.name)
            .join(Transcript, Segment.transcript_id == Transcript.id)
            .join(FocusGroup, Transcript.group_id == FocusGroup.id)
            .join(Site, FocusGroup.site_id == Site.id)
            .join(Turn, Segment.turn_id == Turn.id)
            .join(Speaker, Turn.speaker_id == Speaker.id)
            .where(Speaker.role == "participant")
            .order_by(Segment.id)
        ).all()
    by_text: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for seg_id, text, site in rows:
        by_text[text.strip()].append((seg_id, site))
    rng = random.Random(7)
    n = 0
    with db.session() as s:
        for row in codings_rows:
            codes = [c for c in (row.get("codes") or "").split(";") if c]
            for seg_id, site in by_text.get(row["text"].strip(), [])[:1]:
                for code in codes:
                    record_decision(s, segment_id=seg_id, code_key=code, coder="pra-demo-1")
                    n += 1
                if site == second_coder_site:
                    # The second coder misses about one code in eight: realistic disagreement.
                    for code in codes:
                        if rng.random() > 0.125:
                            record_decision(s, segment_id=seg_id, code_key=code, coder="pra-demo-2")
                            n += 1
    return n


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
    if fresh and codings_csv.is_file():
        sites = sorted({r["site"] for r in manifest})
        coded = _seed_codings(db, _read_csv(codings_csv), second_coder_site=sites[-1])

    if with_suggestions:
        from .suggesters.store import run_suggest

        run_suggest(db, progress=progress)

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
