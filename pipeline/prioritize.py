"""Prioritization rounds: each PRA ranks or scores the issues (codes), anonymously.

Ballots are stored per coder (so a coder can change their own ballot while the round
is open) but results never say who voted what, and the audit log records only that
someone voted, not their ranking. Results stay hidden until a PI closes the round.

Aggregation, over the issues anyone ranked in the round (N of them):
  mean rank   average rank among the voters who ranked the issue (lower is better);
  Borda       rank r earns N - r + 1 points, an unranked issue earns 0; summed over voters.
A ballot of scores (higher = more important) is turned into ranks first; equal
scores share the better rank. Ties in the final order are shown, never broken silently.
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .codebook import current_codebook
from .coding import get_coder, require_pi, unknown_code
from .errors import NeedsmapError, problem
from .models import PriorityRound, PriorityVote, utcnow


def open_priority_round(session: Session, name: str, actor: str) -> PriorityRound:
    """A PI opens a priority round (one at a time)."""
    require_pi(session, actor, "open a priority round")
    existing = current_priority_round(session)
    if existing is not None:
        raise NeedsmapError(problem("E420", name=existing.name))
    rnd = PriorityRound(name=(name or "").strip() or f"priorities {utcnow():%Y-%m-%d}")
    session.add(rnd)
    session.flush()
    audit.record(session, "priority.open", actor=actor, round_id=rnd.id, name=rnd.name)
    return rnd


def current_priority_round(session: Session) -> PriorityRound | None:
    return session.scalars(
        select(PriorityRound).where(PriorityRound.closed_at.is_(None)).order_by(PriorityRound.id.desc())
    ).first()


def _round(session: Session, round_id: int | None) -> PriorityRound:
    rnd = session.get(PriorityRound, round_id) if round_id is not None else current_priority_round(session)
    if rnd is None:
        raise NeedsmapError(problem("E412", round_id=round_id if round_id is not None else "(open)"))
    return rnd


def close_priority_round(session: Session, round_id: int | None, actor: str) -> PriorityRound:
    """A PI closes the round; its results become visible."""
    require_pi(session, actor, "close a priority round")
    rnd = _round(session, round_id)
    if rnd.closed_at is not None:
        raise NeedsmapError(problem("E413", round_id=rnd.id))
    rnd.closed_at = utcnow()
    audit.record(session, "priority.close", actor=actor, round_id=rnd.id)
    return rnd


def _ranks_from_scores(scores: dict[str, float]) -> dict[str, int]:
    ordered = sorted(scores.values(), reverse=True)
    return {code: ordered.index(s) + 1 for code, s in scores.items()}


def vote(
    session: Session, *, coder: str, ranks: dict[str, int] | None = None, scores: dict[str, float] | None = None,
    round_id: int | None = None,
) -> int:
    """Store (replace) a coder's ballot: ranks (1 = most important) or scores (higher = more important).

    Returns the number of issues on the ballot.
    """
    rnd = _round(session, round_id)
    if rnd.closed_at is not None:
        raise NeedsmapError(problem("E413", round_id=rnd.id))
    who = get_coder(session, coder)
    if bool(ranks) == bool(scores):
        raise NeedsmapError(problem("E414", reason="give either ranks or scores for one or more issues"))
    known = set(current_codebook(session).code_ids())
    chosen = ranks or scores
    unknown = sorted(set(chosen) - known)
    if unknown:
        raise NeedsmapError([unknown_code(c) for c in unknown])
    if ranks:
        values = list(ranks.values())
        if any(not isinstance(r, int) or r < 1 for r in values):
            raise NeedsmapError(problem("E414", reason="ranks must be whole numbers from 1 (most important)"))
        if len(set(values)) != len(values):
            raise NeedsmapError(problem("E414", reason="two issues have the same rank; give each issue its own rank or use scores"))
    for old in session.scalars(select(PriorityVote).filter_by(round_id=rnd.id, coder_id=who.id)):
        session.delete(old)
    session.flush()
    for code, value in chosen.items():
        session.add(PriorityVote(round_id=rnd.id, coder_id=who.id, code_key=code,
                                 rank=int(value) if ranks else None, score=float(value) if scores else None))
    session.flush()
    # The ballot itself stays out of the audit log: votes are anonymous.
    audit.record(session, "priority.vote", actor=who.name, round_id=rnd.id, issues=len(chosen))
    return len(chosen)


def aggregate(ballots: list[dict[str, int]]) -> pd.DataFrame:
    """Mean rank and Borda points per issue from ranked ballots (pure; ties flagged).

    Returns columns code, voters, mean_rank, borda, place, tied (place is the
    Borda order, 1 = top; tied issues share a place).
    """
    issues = sorted({code for b in ballots for code in b})
    n = len(issues)
    points, ranks = defaultdict(float), defaultdict(list)
    for ballot in ballots:
        for code, r in ballot.items():
            ranks[code].append(r)
            points[code] += max(n - r + 1, 0)
    df = pd.DataFrame({
        "code": issues,
        "voters": [len(ranks[c]) for c in issues],
        "mean_rank": [sum(ranks[c]) / len(ranks[c]) for c in issues],
        "borda": [points[c] for c in issues],
    })
    if df.empty:
        return df.assign(place=pd.Series(dtype=int), tied=pd.Series(dtype=bool))
    df["place"] = df["borda"].rank(method="min", ascending=False).astype(int)
    df["tied"] = df.duplicated("place", keep=False)
    return df.sort_values(["place", "mean_rank", "code"]).reset_index(drop=True)


def results(session: Session, round_id: int | None = None) -> pd.DataFrame:
    """Aggregated results of a closed round (with issue label, theme, SEM level); hidden while open."""
    rnd = _round(session, round_id)
    if rnd.closed_at is None:
        raise NeedsmapError(problem("E411", round_id=rnd.id))
    ballots: dict[int, dict[str, float]] = defaultdict(dict)
    kinds: dict[int, str] = {}
    for v in session.scalars(select(PriorityVote).filter_by(round_id=rnd.id)):
        if v.rank is not None:
            ballots[v.coder_id][v.code_key] = v.rank
            kinds[v.coder_id] = "rank"
        else:
            ballots[v.coder_id][v.code_key] = v.score
            kinds[v.coder_id] = "score"
    ranked = [b if kinds[c] == "rank" else _ranks_from_scores(b) for c, b in ballots.items()]
    df = aggregate(ranked)
    codes = current_codebook(session).by_id()
    df["label"] = [codes[c].label if c in codes else c for c in df["code"]]
    df["theme"] = [codes[c].theme if c in codes else None for c in df["code"]]
    df["sem_level"] = [codes[c].sem_level if c in codes else None for c in df["code"]]
    df.attrs["round_id"] = rnd.id
    df.attrs["ballots"] = len(ranked)
    return df


def latest_closed_round(session: Session) -> PriorityRound | None:
    return session.scalars(
        select(PriorityRound).where(PriorityRound.closed_at.is_not(None)).order_by(PriorityRound.closed_at.desc(), PriorityRound.id.desc())
    ).first()


def key_issues(session: Session, top_n: int = 3, round_id: int | None = None) -> dict[str | None, list[dict]]:
    """Top issues per theme from a closed round (the latest when round_id is None).

    Issues tied with the last one kept are kept too. Returns {theme: [{code, label,
    place, borda, mean_rank, tied}]}; empty when no round has closed.
    """
    rnd = session.get(PriorityRound, round_id) if round_id is not None else latest_closed_round(session)
    if rnd is None:
        return {}
    df = results(session, rnd.id)
    out: dict[str | None, list[dict]] = {}
    for theme, group in df.groupby(df["theme"].fillna("__none__"), sort=False):
        group = group.sort_values(["borda", "mean_rank"], ascending=[False, True])
        if len(group) > top_n:
            cutoff = group["borda"].iloc[top_n - 1]
            group = group[group["borda"] >= cutoff]
        out[None if theme == "__none__" else theme] = group[["code", "label", "place", "borda", "mean_rank", "tied"]].to_dict("records")
    return out
