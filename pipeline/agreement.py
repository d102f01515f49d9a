"""Inter-coder agreement: percent agreement, Cohen's kappa, Krippendorff's alpha, Gwet's AC1.

The statistics are pure functions over a *ratings table*: one row per unit
(segment), one column per coder, `None` where that coder did not code the unit.
Each code is judged on its own as a binary question (present / absent) on the
segments that at least two of the compared coders coded; a coder "coded" a segment
when they recorded any decision on it, and a code is present for them when they
confirmed it.

Kappa misleads on rare codes (the "kappa paradox": high agreement, low kappa), which
is why AC1 is reported beside it. Overall figures pool every (segment, code) pair of
the codes anyone used on the shared segments; codes nobody used are left out of the
pool because their absent/absent agreement would flatter the figures.
"""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Hashable, Sequence

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session

Ratings = Sequence[Sequence[Hashable | None]]  # units x coders, None = not coded


def _present(row: Sequence) -> list:
    return [v for v in row if v is not None]


def percent_agreement(ratings: Ratings) -> float | None:
    """Share of agreeing coder pairs per unit, averaged over units with two or more ratings."""
    per_unit = []
    for row in ratings:
        vals = _present(row)
        n = len(vals)
        if n < 2:
            continue
        counts = defaultdict(int)
        for v in vals:
            counts[v] += 1
        per_unit.append(sum(c * (c - 1) for c in counts.values()) / (n * (n - 1)))
    return float(np.mean(per_unit)) if per_unit else None


def cohen_kappa(a: Sequence[Hashable | None], b: Sequence[Hashable | None]) -> float | None:
    """Cohen's kappa for two coders over the units both rated; None when undefined (no variation)."""
    pairs = [(x, y) for x, y in zip(a, b) if x is not None and y is not None]
    if not pairs:
        return None
    n = len(pairs)
    cats = sorted({v for p in pairs for v in p}, key=str)
    po = sum(x == y for x, y in pairs) / n
    pe = sum((sum(x == c for x, _ in pairs) / n) * (sum(y == c for _, y in pairs) / n) for c in cats)
    if math.isclose(pe, 1.0):
        return None
    return (po - pe) / (1 - pe)


def pairwise_kappa(ratings: Ratings) -> dict:
    """Cohen's kappa for every pair of coders (columns) and their mean over the defined pairs.

    Returns {"mean": float | None, "pairs": {(i, j): kappa | None}}.
    """
    ncol = max((len(r) for r in ratings), default=0)
    pairs = {}
    for i, j in itertools.combinations(range(ncol), 2):
        pairs[(i, j)] = cohen_kappa([r[i] for r in ratings], [r[j] for r in ratings])
    defined = [k for k in pairs.values() if k is not None]
    return {"mean": float(np.mean(defined)) if defined else None, "pairs": pairs}


def krippendorff_alpha(ratings: Ratings, categories: Sequence[Hashable] | None = None) -> float | None:
    """Nominal Krippendorff's alpha from the `krippendorff` package; None when undefined."""
    import krippendorff

    rows = [r for r in ratings if len(_present(r)) >= 1]
    if not rows:
        return None
    cats = list(categories) if categories is not None else sorted({v for r in rows for v in _present(r)}, key=str)
    index = {c: float(i) for i, c in enumerate(cats)}
    data = np.array([[index[v] if v is not None else np.nan for v in r] for r in rows], dtype=float).T
    try:
        with np.errstate(invalid="ignore", divide="ignore"):  # no variation: alpha is undefined
            value = krippendorff.alpha(reliability_data=data, value_domain=list(index.values()),
                                       level_of_measurement="nominal")
    except (ValueError, ZeroDivisionError):
        return None
    return None if value is None or not np.isfinite(value) else float(value)


def gwet_ac1(ratings: Ratings, categories: Sequence[Hashable] | None = None) -> dict:
    """Gwet's (2008) AC1 for any number of coders, missing ratings allowed.

    pa: pairwise agreement over units with two or more ratings; pe: sum over
    categories of pi_k (1 - pi_k) / (q - 1), where pi_k is the mean share of each
    unit's ratings in category k (over units with at least one rating).
    Returns {"ac1", "pa", "pe"} (values None when there is nothing to compare).
    """
    rows = [_present(r) for r in ratings]
    rows = [r for r in rows if r]
    cats = list(categories) if categories is not None else sorted({v for r in rows for v in r}, key=str)
    q = len(cats)
    pa = percent_agreement(rows)
    if pa is None or q < 2:
        return {"ac1": None if pa is None else 1.0, "pa": pa, "pe": 0.0 if pa is not None else None}
    pi = np.zeros(q)
    for r in rows:
        for k, c in enumerate(cats):
            pi[k] += sum(v == c for v in r) / len(r)
    pi /= len(rows)
    pe = float(np.sum(pi * (1 - pi)) / (q - 1))
    ac1 = 1.0 if math.isclose(pe, 1.0) else (pa - pe) / (1 - pe)
    return {"ac1": float(ac1), "pa": float(pa), "pe": pe}


def statistics(ratings: Ratings, categories: Sequence[Hashable] | None = None) -> dict:
    """All four figures for one ratings table (JSON-able)."""
    usable = [r for r in ratings if len(_present(r)) >= 2]
    return {
        "n_units": len(usable),
        "percent_agreement": percent_agreement(usable),
        "kappa": pairwise_kappa(usable)["mean"] if usable else None,
        "alpha": krippendorff_alpha(usable, categories),
        "ac1": gwet_ac1(usable, categories)["ac1"],
    }


# ---------------------------------------------------------------- from the database


def coding_table(session: Session, coders: Sequence[str] | None = None, round_id: int | None = None) -> dict:
    """Who coded what: {"coders": [names], "units": {segment_id: {coder: set(confirmed codes)}}}.

    A coder appears under a segment when they recorded any decision on it.
    """
    from .models import Coder, Coding

    stmt = select(Coding.segment_id, Coder.name, Coding.code_key, Coding.decision).join(Coder, Coding.coder_id == Coder.id)
    if coders:
        stmt = stmt.where(Coder.name.in_(list(coders)))
    if round_id is not None:
        stmt = stmt.where(Coding.round_id == round_id)
    units: dict[int, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    names: set[str] = set()
    for seg, name, code, decision in session.execute(stmt):
        names.add(name)
        bucket = units[seg][name]
        if decision == "confirmed":
            bucket.add(code)
    ordered = [c for c in coders if c in names] if coders else sorted(names)
    return {"coders": ordered, "units": {k: dict(v) for k, v in units.items()}}


def binary_ratings(table: dict, code: str, segment_ids: Sequence[int]) -> list[list[int | None]]:
    """Units x coders table of 1 (confirmed) / 0 (not confirmed) / None (did not code) for one code."""
    out = []
    for seg in segment_ids:
        by_coder = table["units"].get(seg, {})
        out.append([(1 if code in by_coder[c] else 0) if c in by_coder else None for c in table["coders"]])
    return out


def _round(v, nd=4):
    return None if v is None else round(float(v), nd)


def agreement_report(session: Session, coders: Sequence[str] | None = None, round_id: int | None = None) -> dict:
    """Agreement per code and overall, plus the disagreement list (JSON-able).

    Keys: coders, n_segments (segments coded by two or more of them), per_code
    {code: {label, n_segments, percent_agreement, kappa, alpha, ac1}}, overall
    (pooled over the used codes' (segment, code) pairs), mean_over_codes, unused_codes,
    pairs (kappa per coder pair over all used codes), disagreements
    [{segment_id, transcript, text, codes: {coder: [codes]}, disputed: [codes]}].
    While a blind round is open the disagreement list is withheld (it would show
    each coder's codes) and `disagreements_hidden` is True.
    """
    from .codebook import current_codebook
    from .coding import current_round
    from .models import Segment, Transcript

    spec = current_codebook(session)
    labels = {c.id: c.label for c in spec.codes}
    table = coding_table(session, coders, round_id)
    names = table["coders"]
    shared = sorted(seg for seg, by in table["units"].items() if len(by) >= 2)
    used = sorted({code for seg in shared for codes in table["units"][seg].values() for code in codes},
                  key=lambda c: (spec.code_ids().index(c) if c in labels else len(labels), c))
    per_code, pooled = {}, []
    for code in used:
        ratings = binary_ratings(table, code, shared)
        pooled.extend(ratings)
        stats = statistics(ratings, categories=[0, 1])
        per_code[code] = {"label": labels.get(code, code), "n_segments": stats["n_units"],
                          **{k: _round(v) for k, v in stats.items() if k != "n_units"}}
    overall = statistics(pooled, categories=[0, 1]) if pooled else {
        "n_units": 0, "percent_agreement": None, "kappa": None, "alpha": None, "ac1": None}
    overall = {"n_pairs": overall.pop("n_units"), **{k: _round(v) for k, v in overall.items()}}
    mean_over = {}
    for key in ("percent_agreement", "kappa", "alpha", "ac1"):
        vals = [v[key] for v in per_code.values() if v[key] is not None]
        mean_over[key] = _round(np.mean(vals)) if vals else None
    pairs = []
    if pooled:
        pk = pairwise_kappa(pooled)["pairs"]
        for (i, j), k in pk.items():
            both = sum(1 for r in pooled if r[i] is not None and r[j] is not None)
            pairs.append({"coders": [names[i], names[j]], "n_pairs": both, "kappa": _round(k)})
    rnd = current_round(session)
    hidden = bool(rnd is not None and rnd.blind)
    disagreements = []
    if not hidden and shared:
        texts = dict(session.execute(
            select(Segment.id, Segment.text).where(Segment.id.in_(shared))).all())
        sources = dict(session.execute(
            select(Segment.id, Transcript.source_name).join(Transcript, Segment.transcript_id == Transcript.id)
            .where(Segment.id.in_(shared))).all())
        for seg in shared:
            by = table["units"][seg]
            union = set().union(*by.values())
            disputed = sorted(c for c in union if not all(c in codes for codes in by.values()))
            if disputed:
                disagreements.append({
                    "segment_id": seg, "transcript": sources.get(seg), "text": texts.get(seg, ""),
                    "codes": {name: sorted(by[name]) for name in names if name in by},
                    "disputed": disputed,
                })
    return {
        "coders": names, "round_id": round_id, "n_segments": len(shared), "per_code": per_code,
        "overall": overall, "mean_over_codes": mean_over,
        "unused_codes": [c for c in spec.code_ids() if c not in per_code], "pairs": pairs,
        "disagreements": disagreements, "disagreements_hidden": hidden,
    }
