"""The order in which passages are offered for review.

'transcript' keeps the conversation's order. 'informative' puts first the passages
where the suggestion engine is least sure (scores nearest its threshold, Prodigy's
uncertainty sampling), because a coder's answer there teaches the engine the most.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select

from .models import Coder, Coding, FocusGroup, Segment, Site, Speaker, Suggestion, Transcript, Turn
from .suggesters.base import THRESHOLD

ORDERS = ("transcript", "informative")
STATUSES = ("todo", "done", "suggested")


def uncertainty(scores: list[float]) -> float:
    """How unsure the engine is about a passage, 0 (sure) to 1 (coin toss).

    The closest score to the threshold decides; a passage with no scores at all is
    as unsure as it gets, since nothing is known about it.
    """
    if not scores:
        return 1.0
    return max(1.0 - abs(s - THRESHOLD) / THRESHOLD for s in scores)


def review_queue(session, *, coder: str | None = None, order: str = "transcript", site: str | None = None,
                 group: str | None = None, speaker: str | None = None, code: str | None = None,
                 status: str | None = None, skip_backchannel: bool = True, include_facilitator: bool = False) -> list[int]:
    """Segment ids to review, in the chosen order.

    Args:
        coder: whose decisions 'todo'/'done'/'suggested' and the code filter look at
            (other coders' decisions are never used to filter, which keeps blind rounds blind).
        site, group, speaker: site name, focus-group name, speaker pseudonym.
        code: only segments where this code was suggested (accepted) or chosen by the coder.
        status: 'todo' (coder has not decided), 'done' (has), 'suggested' (an accepted
            suggestion the coder has not answered).
    """
    stmt = (
        select(Segment.id, Segment.transcript_id, Segment.idx)
        .join(Turn, Segment.turn_id == Turn.id)
        .join(Speaker, Turn.speaker_id == Speaker.id)
        .join(Transcript, Segment.transcript_id == Transcript.id)
        .join(FocusGroup, Transcript.group_id == FocusGroup.id)
        .join(Site, FocusGroup.site_id == Site.id)
    )
    if not include_facilitator:
        stmt = stmt.where(Speaker.role == "participant")
    if skip_backchannel:
        stmt = stmt.where(Segment.is_backchannel.is_(False))
    if site:
        stmt = stmt.where(Site.name == site)
    if group:
        stmt = stmt.where(FocusGroup.name == group)
    if speaker:
        stmt = stmt.where(Speaker.pseudonym == speaker)
    rows = session.execute(stmt.order_by(Site.name, FocusGroup.name, Transcript.id, Segment.idx)).all()
    ids = [r[0] for r in rows]
    if not ids:
        return []

    mine: dict[int, dict[str, str]] = defaultdict(dict)
    if coder is not None:
        who = session.scalars(select(Coder.id).where(Coder.name == coder)).first()
        if who is not None:
            for seg, key, decision in session.execute(
                select(Coding.segment_id, Coding.code_key, Coding.decision).where(Coding.coder_id == who)
            ):
                mine[seg][key] = decision
    scores: dict[int, list[tuple[str, float, bool]]] = defaultdict(list)
    for seg, key, score, accepted in session.execute(
        select(Suggestion.segment_id, Suggestion.code_key, Suggestion.score, Suggestion.accepted)
    ):
        scores[seg].append((key, score, accepted))

    def keep(seg: int) -> bool:
        if code:
            suggested = any(k == code and a for k, _s, a in scores.get(seg, []))
            chosen = mine.get(seg, {}).get(code) == "confirmed"
            if not (suggested or chosen):
                return False
        if status == "todo" and mine.get(seg):
            return False
        if status == "done" and not mine.get(seg):
            return False
        if status == "suggested":
            answered = mine.get(seg, {})
            if not any(a and k not in answered for k, _s, a in scores.get(seg, [])):
                return False
        return True

    ids = [i for i in ids if keep(i)]
    if order == "informative":
        position = {seg: n for n, seg in enumerate(ids)}
        # passages this coder already answered go last: they have taught the engine already
        ids.sort(key=lambda seg: (bool(mine.get(seg)), -uncertainty([s for _k, s, _a in scores.get(seg, [])]),
                                  position[seg]))
    return ids
