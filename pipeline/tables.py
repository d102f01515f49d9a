"""The study's tables as pandas DataFrames (the shape of Tables 1-3 of Mamdani et al. 2021).

Every count uses the consensus-first rule of `pipeline.consensus.effective_codings`,
and child codes count as their top-level parent. Quotes name speakers only by their
pseudonym; speaker labels (which may be real names) never leave this module.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from .codebook import CodebookSpec, current_codebook
from .consensus import effective_codings
from .models import Coding, Consensus, FocusGroup, Segment, Site, Speaker, Transcript, Turn

UNKNOWN = "Unknown"
UNKNOWN_WORDS = {"", "unknown", "na", "n/a", "none", "missing", "prefer not to say", "not stated", "-"}
TABLE1_FIELDS = (("sex", "Sex"), ("age_band", "Age"), ("education", "Highest level of education"))
# The study questionnaire's answer options (the paper's Table 1 rows). When every answer to a
# question is one of these, Table 1 lists all of them, a 0% row included ("Under 20 0%"), as
# the paper does; a study with its own options gets only the answers it has.
QUESTIONNAIRE_OPTIONS = {
    "sex": ("Male", "Female"),
    "age_band": ("Under 20", "21-30", "31-40", "41-50", "51-60", "61-70", "71+"),
    "education": ("Some high school", "Completed high school", "Some community college or technical school",
                  "Completed community college or technical school", "Some university",
                  "Completed Bachelor's degree", "Post Graduate Training"),
}
NO_LEVEL = "Not assigned"
NO_THEME = "No theme"


# ---------------------------------------------------------------- Table 1


def _category(value) -> str:
    text = "" if value is None else str(value).strip()
    return UNKNOWN if text.casefold() in UNKNOWN_WORDS else text


def _norm(cat: str) -> str:
    """One spelling per answer: '21- 30' is '21-30', 'comm.' is 'community', curly apostrophes are plain."""
    text = cat.casefold().replace("comm.", "community").replace("’", "'")
    return " ".join(re.sub(r"\s*-\s*", "-", text).split())


def _with_options(field: str, counts: Counter) -> Counter:
    """`counts` plus a zero for each questionnaire option nobody chose, when all answers are options."""
    options = QUESTIONNAIRE_OPTIONS.get(field, ())
    given = {_norm(c) for c in counts if c != UNKNOWN}
    if not options or not given or not given <= {_norm(o) for o in options}:
        return counts
    out = Counter(counts)
    for opt in options:
        if _norm(opt) not in given:
            out[opt] = 0
    return out


def _age_key(cat: str):
    nums = re.findall(r"\d+", cat)
    if cat.casefold().startswith(("under", "<", "less")):
        return (0, 0)
    return (1, int(nums[0])) if nums else (2, 0)


def _order(field: str, counts: Counter) -> list[str]:
    cats = [c for c in counts if c != UNKNOWN]
    if field == "age_band":
        cats.sort(key=_age_key)
    elif field == "education":
        # ordinal answers, lowest first; anything else keeps count order after them
        order = [_norm(o) for o in QUESTIONNAIRE_OPTIONS["education"]]
        cats.sort(key=lambda c: (order.index(_norm(c)) if _norm(c) in order else len(order), -counts[c], c))
    else:
        cats.sort(key=lambda c: (-counts[c], c))
    return cats + ([UNKNOWN] if UNKNOWN in counts else [])


def table1(source: Session | Iterable[dict]) -> pd.DataFrame:
    """Demographics: n and percent of all participants per category, unknowns kept.

    When every answer to a question is one of the study questionnaire's options
    (`QUESTIONNAIRE_OPTIONS`), options nobody chose are listed with 0, as in the paper.

    `source` is a session (participants imported with `needsmap demographics import`)
    or questionnaire rows. Columns: characteristic, category, n, percent (of N, one
    decimal). The first row holds N; `df.attrs["N"]` too. Empty when nobody answered.
    """
    if isinstance(source, Session):
        from .demographics import demographic_rows

        rows = demographic_rows(source)
    else:
        rows = [dict(r) for r in source]
    n_total = len(rows)
    if not n_total:  # no questionnaire imported: an empty table, not a row of zeros
        df = pd.DataFrame(columns=["characteristic", "category", "n", "percent"])
        df.attrs["N"] = 0
        return df
    records = [{"characteristic": "Participants", "category": "All", "n": n_total, "percent": 100.0}]
    for field, title in TABLE1_FIELDS:
        counts = _with_options(field, Counter(_category(r.get(field)) for r in rows))
        for cat in _order(field, counts):
            records.append({"characteristic": title, "category": cat, "n": counts[cat],
                            "percent": round(100 * counts[cat] / n_total, 1) if n_total else None})
    df = pd.DataFrame(records, columns=["characteristic", "category", "n", "percent"])
    df.attrs["N"] = n_total
    return df


# ---------------------------------------------------------------- shared lookups


def segment_facts(session: Session) -> pd.DataFrame:
    """One row per segment: transcript, group, site, speaker pseudonym and role, text.

    `person` identifies a participant: one speaker label within one focus group, since a
    group recorded in two files (part 1 and part 2) is the same people although each file
    has its own speaker rows. The label itself is not returned.
    """
    rows = session.execute(
        select(Segment.id, Segment.text, Segment.is_backchannel, Transcript.id, FocusGroup.id, Site.name,
               Speaker.id, Speaker.pseudonym, Speaker.role, Speaker.label)
        .join(Transcript, Segment.transcript_id == Transcript.id)
        .join(FocusGroup, Transcript.group_id == FocusGroup.id)
        .join(Site, FocusGroup.site_id == Site.id)
        .join(Turn, Segment.turn_id == Turn.id)
        .join(Speaker, Turn.speaker_id == Speaker.id)
    ).all()
    facts = pd.DataFrame(rows, columns=["segment_id", "text", "is_backchannel", "transcript_id", "group_id", "site",
                                        "speaker_id", "pseudonym", "role", "label"])
    facts["person"] = facts.group_id.astype(str) + ":" + facts.label.map(lambda x: " ".join(str(x).split()).casefold())
    return facts.drop(columns="label").set_index("segment_id")


def coded_segments(session: Session, spec: CodebookSpec | None = None) -> pd.DataFrame:
    """Counted (segment, issue) pairs with the facts about each segment; issue = top-level code."""
    spec = spec or current_codebook(session)
    known = spec.by_id()
    pairs = sorted({(seg, spec.roll_up(code)) for seg, code in effective_codings(session) if code in known})
    facts = segment_facts(session)
    df = pd.DataFrame(pairs, columns=["segment_id", "code"])
    return df.join(facts, on="segment_id", how="inner").reset_index(drop=True)


def _level_labels(spec: CodebookSpec) -> dict[str | None, str]:
    out = {lv.id: lv.label for lv in spec.sem_levels}
    out[None] = NO_LEVEL
    return out


def _theme_labels(spec: CodebookSpec) -> dict[str | None, str]:
    out = {t.id: t.label for t in spec.themes}
    out[None] = NO_THEME
    return out


def _support(session: Session) -> dict[tuple[int, str], tuple[int, int]]:
    """(segment, code) -> (consensus confirmed 0/1, coders confirming) for choosing exemplars."""
    out: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    for seg, code in session.execute(select(Consensus.segment_id, Consensus.code_key).where(Consensus.decision == "confirmed")):
        out[(seg, code)][0] = 1
    for seg, code in session.execute(select(Coding.segment_id, Coding.code_key).where(Coding.decision == "confirmed")):
        out[(seg, code)][1] += 1
    return {k: tuple(v) for k, v in out.items()}


def _exemplar(group: pd.DataFrame, support: dict, members: list[str], used: set[int]) -> pd.Series | None:
    """The clearest participant quote: team-agreed first, then most coders, then a readable length.

    `members` are the codes that count as this issue (it and its children); a quote
    already chosen for another issue is only reused when there is no other.
    """
    cand = group[(group["role"] == "participant") & (~group["is_backchannel"].astype(bool))]
    if cand.empty:
        cand = group
    if cand.empty:
        return None

    def score(row):
        backing = [support.get((row.segment_id, c), (0, 0)) for c in members]
        agreed = max((b[0] for b in backing), default=0)
        coders = max((b[1] for b in backing), default=0)
        words = len(str(row.text).split())
        return (row.segment_id in used, -agreed, -coders, 0 if 12 <= words <= 60 else 1, abs(words - 30), row.segment_id)

    best = min(cand.itertuples(), key=score)
    used.add(best.segment_id)
    return pd.Series({"quote": best.text, "pseudonym": best.pseudonym, "site": best.site})


# ---------------------------------------------------------------- Table 2


def table2(session: Session, include_empty: bool = False) -> pd.DataFrame:
    """Issues grouped by SEM level with segment, participant and focus-group counts and one quote.

    Columns: sem_level, issue, code, segments, participants, focus_groups,
    exemplar_quote, exemplar_speaker (pseudonym), exemplar_site. Levels follow the
    codebook's order; issues within a level by segment count. Participants are
    distinct participant speakers; a speaker belongs to one transcript, so a person
    heard in two groups counts twice (transcripts carry no cross-group identity).
    """
    spec = current_codebook(session)
    data = coded_segments(session, spec)
    support = _support(session)
    levels = _level_labels(spec)
    level_order = [lv.id for lv in spec.sem_levels] + [None]
    members: dict[str, list[str]] = defaultdict(list)
    for cid in spec.code_ids():
        members[spec.roll_up(cid)].append(cid)
    used: set[int] = set()
    records = []
    # Most-coded issues pick their quote first, so each issue gets its own where possible.
    counts = data.groupby("code").size()
    for code in sorted(spec.top_level_ids(), key=lambda c: -int(counts.get(c, 0))):
        c = spec.by_id()[code]
        group = data[data["code"] == code]
        if group.empty and not include_empty:
            continue
        participants = group.loc[group["role"] == "participant", "person"].nunique()
        ex = _exemplar(group, support, members[code], used)
        records.append({
            "sem_level": levels.get(c.sem_level, c.sem_level or NO_LEVEL), "_order": level_order.index(c.sem_level) if c.sem_level in level_order else len(level_order),
            "issue": c.label, "code": code, "segments": int(group.index.size), "participants": int(participants),
            "focus_groups": int(group["group_id"].nunique()),
            "exemplar_quote": "" if ex is None else ex["quote"],
            "exemplar_speaker": "" if ex is None else ex["pseudonym"],
            "exemplar_site": "" if ex is None else ex["site"],
        })
    cols = ["sem_level", "issue", "code", "segments", "participants", "focus_groups", "exemplar_quote",
            "exemplar_speaker", "exemplar_site"]
    if not records:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(records).sort_values(["_order", "segments", "code"], ascending=[True, False, True])
    return df[cols].reset_index(drop=True)


# ---------------------------------------------------------------- Table 3


def table3(session: Session, top_n: int = 3) -> pd.DataFrame:
    """Theme -> prioritized key issues -> strategies (one row per key issue).

    Key issues come from the latest closed priority round (top `top_n` per theme,
    ties kept); without one, the most frequently coded issues per theme stand in and
    the `basis` column says so. Columns: theme, key_issue, code, basis, place,
    borda, segments, strategies (one per line, with owner and status).
    """
    from .prioritize import key_issues, latest_closed_round
    from .strategies import list_strategies

    spec = current_codebook(session)
    codes = spec.by_id()
    themes = _theme_labels(spec)
    counts = coded_segments(session, spec).groupby("code").size().to_dict()
    strategies_by_issue: dict[str, list[str]] = defaultdict(list)
    for s in list_strategies(session):
        line = s["text"] + (f" (owner: {s['owner']}; {s['status']})" if s["owner"] else f" ({s['status']})")
        for key in s["issues"]:
            strategies_by_issue[spec.roll_up(key)].append(line)
    picked = key_issues(session, top_n=top_n)
    rnd = latest_closed_round(session)
    records = []
    for theme in [t.id for t in spec.themes] + [None]:
        if picked:
            items = picked.get(theme, [])
            basis = f"priority round {rnd.id}" if rnd else "priority round"
        else:
            members = [c for c in spec.top_level_ids() if codes[c].theme == theme and counts.get(c)]
            members.sort(key=lambda c: (-counts[c], c))
            if len(members) > top_n:
                cutoff = counts[members[top_n - 1]]
                members = [c for c in members if counts[c] >= cutoff]
            items = [{"code": c, "label": codes[c].label, "place": None, "borda": None} for c in members]
            basis = "most coded (no priority round closed yet)"
        for item in items:
            code = item["code"]
            records.append({
                "theme": themes.get(theme, theme), "key_issue": item["label"], "code": code, "basis": basis,
                "place": item.get("place"), "borda": item.get("borda"), "segments": int(counts.get(code, 0)),
                "strategies": "\n".join(strategies_by_issue.get(code, [])),
            })
    return pd.DataFrame(records, columns=["theme", "key_issue", "code", "basis", "place", "borda", "segments", "strategies"])


# ---------------------------------------------------------------- frequencies


def _sites(session: Session) -> list[str]:
    return list(session.scalars(select(Site.name).order_by(Site.name)))


def code_frequencies_by_site(session: Session) -> pd.DataFrame:
    """Coded segments per issue (rows) and site (columns), with a total column."""
    spec = current_codebook(session)
    data = coded_segments(session, spec)
    sites = _sites(session)
    levels = _level_labels(spec)
    records = []
    for code in spec.top_level_ids():
        c = spec.by_id()[code]
        group = data[data["code"] == code]
        per_site = group.groupby("site").size().to_dict()
        records.append({"code": code, "issue": c.label, "sem_level": levels.get(c.sem_level, NO_LEVEL),
                        **{s: int(per_site.get(s, 0)) for s in sites}, "total": int(group.index.size)})
    return pd.DataFrame(records, columns=["code", "issue", "sem_level", *sites, "total"])


def code_frequencies_by_sem(session: Session) -> pd.DataFrame:
    """Segments coded at each SEM level (rows) per site (columns), with a total column.

    A segment coded with two issues of one level counts once for that level.
    """
    spec = current_codebook(session)
    data = coded_segments(session, spec)
    sites = _sites(session)
    levels = _level_labels(spec)
    data = data.assign(level=[spec.by_id()[c].sem_level for c in data["code"]])
    records = []
    for lv in [lv.id for lv in spec.sem_levels] + [None]:
        group = data[data["level"].isna()] if lv is None else data[data["level"] == lv]
        if lv is None and group.empty:
            continue
        uniq = group.drop_duplicates("segment_id")
        per_site = uniq.groupby("site").size().to_dict()
        records.append({"sem_level": levels[lv], **{s: int(per_site.get(s, 0)) for s in sites}, "total": int(len(uniq))})
    return pd.DataFrame(records, columns=["sem_level", *sites, "total"])


def all_tables(session: Session) -> dict[str, pd.DataFrame]:
    """Every study table by file stem, in report order."""
    return {
        "table1_participants": table1(session),
        "table2_issues_by_sem_level": table2(session),
        "table3_key_issues_and_strategies": table3(session),
        "code_frequencies_by_site": code_frequencies_by_site(session),
        "code_frequencies_by_sem_level": code_frequencies_by_sem(session),
    }
