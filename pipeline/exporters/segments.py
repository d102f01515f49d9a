"""One row per segment (the contract's `export segments`): where it sits, who spoke, its codes.

Speakers appear only by pseudonym. `suggested` lists the newest engine's scores for the
segment, highest first; `confirmed` lists codes any coder confirmed.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Coding, FocusGroup, Segment, Site, Speaker, Suggestion, Transcript, Turn

COLUMNS = ["segment_id", "transcript", "site", "group", "turn", "speaker", "role", "start", "end",
           "text", "suggested", "confirmed"]


def _suggested(session: Session) -> dict[int, str]:
    """`code:score;...` per segment from the engine that scored it most recently."""
    by_engine: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    newest: dict[tuple[int, str], object] = {}
    rows = session.execute(select(
        Suggestion.segment_id, Suggestion.engine, Suggestion.code_key, Suggestion.score, Suggestion.created_at,
    ))
    for seg_id, engine, code, score, created in rows:
        by_engine[seg_id][engine].append((code, score))
        key = (seg_id, engine)
        if created is not None and (newest.get(key) is None or created > newest[key]):
            newest[key] = created
    out: dict[int, str] = {}
    for seg_id, engines in by_engine.items():
        engine = max(engines, key=lambda e: (newest.get((seg_id, e)) is not None, newest.get((seg_id, e)) or 0, e))
        scored = sorted(engines[engine], key=lambda cs: (-(cs[1] or 0.0), cs[0]))
        out[seg_id] = ";".join(f"{code}:{(score or 0.0):.3f}" for code, score in scored)
    return out


def _confirmed(session: Session) -> dict[int, str]:
    codes: dict[int, set[str]] = defaultdict(set)
    for seg_id, code in session.execute(
        select(Coding.segment_id, Coding.code_key).where(Coding.decision == "confirmed")
    ):
        codes[seg_id].add(code)
    return {seg_id: ";".join(sorted(c)) for seg_id, c in codes.items()}


def segment_rows(session: Session) -> list[dict]:
    """Every segment as a dict with the contract's columns, in transcript and text order."""
    suggested = _suggested(session)
    confirmed = _confirmed(session)
    stmt = (
        select(Segment.id, Transcript.source_name, Site.name, FocusGroup.name, Turn.idx,
               Speaker.pseudonym, Speaker.role, Segment.start, Segment.end, Segment.text)
        .join(Transcript, Segment.transcript_id == Transcript.id)
        .join(FocusGroup, Transcript.group_id == FocusGroup.id)
        .join(Site, FocusGroup.site_id == Site.id)
        .join(Turn, Segment.turn_id == Turn.id)
        .join(Speaker, Turn.speaker_id == Speaker.id)
        .order_by(Transcript.id, Segment.idx)
    )
    return [
        {"segment_id": sid, "transcript": source, "site": site, "group": group, "turn": turn,
         "speaker": pseudonym, "role": role, "start": start, "end": end, "text": text,
         "suggested": suggested.get(sid, ""), "confirmed": confirmed.get(sid, "")}
        for sid, source, site, group, turn, pseudonym, role, start, end, text in session.execute(stmt)
    ]


def export_segments(session: Session, out: str | Path) -> int:
    """Write the segments CSV (UTF-8); returns the number of rows."""
    rows = segment_rows(session)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
