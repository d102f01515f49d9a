"""Comparing sites: which issues each site raised, how widely, and where numbers are too small.

A site's share for a code is the share of its participants (and of its focus groups)
who raised it, so a site with more people does not look more troubled just by size.
What counts as "raised" is the same as for the study tables: the team's consensus where
there is one, otherwise a code any coder confirmed. Child codes count as their parent.
Small counts get a plain-language warning, because one or two voices are not a site.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from sqlalchemy.orm import Session

from .codebook import current_codebook_row, spec_from_db
from .errors import NeedsmapError

MIN_PARTICIPANTS = 3  # fewer than this many voices behind a number earns a warning
NO_THEME = "(no theme)"

CODE_COLUMNS = ["site", "code", "label", "theme", "sem_level", "segments", "participants",
                "site_participants", "participant_share", "groups", "site_groups", "group_share",
                "small_count", "warning"]
THEME_COLUMNS = ["site", "theme", "segments", "participants", "site_participants",
                 "participant_share", "groups", "site_groups", "group_share", "small_count", "warning"]
PRESENCE_COLUMNS = ["code", "label", "theme", "sem_level", "status", "present_at", "absent_at", "sites_present"]


@dataclass
class SiteComparison:
    """The three comparison tables (long format, one row per site and code or theme)."""

    codes: pd.DataFrame
    themes: pd.DataFrame
    presence: pd.DataFrame

    @property
    def is_empty(self) -> bool:
        """True when nothing is coded yet, so every count is zero."""
        return self.codes.empty or int(self.codes.segments.sum()) == 0

    def shares(self, value: str = "participant_share", by: str = "code") -> pd.DataFrame:
        """A code (or theme) by site grid of one column, for heatmaps and quick reading."""
        frame = self.codes if by == "code" else self.themes
        if frame.empty:
            return pd.DataFrame()
        return frame.pivot_table(index=by, columns="site", values=value, fill_value=0, sort=False)


def counted_codes(session: Session) -> dict[int, set[str]]:
    """Segment id -> code ids the study tables count (`pipeline.consensus.effective_codings`)."""
    from .consensus import effective_codings

    out: dict[int, set[str]] = {}
    for sid, key in effective_codings(session):
        out.setdefault(sid, set()).add(key)
    return out


def _segment_frame(session: Session) -> pd.DataFrame:
    """One row per segment: site, group, person (see `pipeline.tables.segment_facts`) and role."""
    from .tables import segment_facts

    facts = segment_facts(session).reset_index()
    return facts[["segment_id", "site", "group_id", "person", "role"]].rename(columns={"person": "speaker_id"})


def _warning(n: int, site: str, site_n: int) -> str:
    if site_n < MIN_PARTICIPANTS:
        return (f"{site} has only {site_n} participant(s) in total, so its shares can swing a lot "
                f"with one person; compare with care.")
    if 0 < n < MIN_PARTICIPANTS:
        return (f"Only {n} participant(s) at {site} raised this. That is too few to call it a "
                f"site-wide need; read their quotes before comparing sites.")
    return ""


def _summarise(coded: pd.DataFrame, segs: pd.DataFrame, key: str, keys: list[str]) -> pd.DataFrame:
    """Counts and shares per (site, key), every site crossed with every key."""
    parts = segs[segs.role == "participant"]
    site_people = parts.groupby("site").speaker_id.nunique()
    site_groups = segs.groupby("site").group_id.nunique()
    sites = sorted(segs.site.unique())
    grid = pd.MultiIndex.from_product([sites, keys], names=["site", key]).to_frame(index=False)
    if coded.empty:
        agg = pd.DataFrame(columns=["site", key, "segments", "participants", "groups"])
    else:
        people = coded[coded.role == "participant"].groupby(["site", key]).speaker_id.nunique().rename("participants")
        agg = pd.concat([
            coded.groupby(["site", key]).segment_id.nunique().rename("segments"),
            people,
            coded.groupby(["site", key]).group_id.nunique().rename("groups"),
        ], axis=1).reset_index()
    out = grid.merge(agg, on=["site", key], how="left")
    for col in ("segments", "participants", "groups"):
        out[col] = out[col].fillna(0).astype(int)
    out["site_participants"] = out.site.map(site_people).fillna(0).astype(int)
    out["site_groups"] = out.site.map(site_groups).fillna(0).astype(int)
    out["participant_share"] = (out.participants / out.site_participants.where(out.site_participants > 0)).fillna(0.0).round(3)
    out["group_share"] = (out.groups / out.site_groups.where(out.site_groups > 0)).fillna(0.0).round(3)
    out["warning"] = [_warning(n, s, sn) if (n or seg) else ""
                      for n, s, sn, seg in zip(out.participants, out.site, out.site_participants, out.segments)]
    out["small_count"] = out.warning != ""
    return out


def compare_sites(session: Session) -> SiteComparison:
    """Code and theme frequencies per site, and which issues only some sites raised."""
    row = current_codebook_row(session)
    if row is None:
        raise NeedsmapError.of("E105")
    spec = spec_from_db(row)
    by_id = spec.by_id()
    top = spec.top_level_ids()
    theme_label = {t.id: t.label for t in spec.themes}

    segs = _segment_frame(session)
    counted = counted_codes(session)
    pairs = [(sid, spec.roll_up(k)) for sid, keys in counted.items() for k in keys if k in by_id]
    coded = pd.DataFrame(pairs, columns=["segment_id", "code"]).drop_duplicates()
    coded = coded.merge(segs, on="segment_id", how="inner")
    coded["theme"] = [theme_label.get(by_id[c].theme, by_id[c].theme) if by_id[c].theme else NO_THEME
                      for c in coded.code]

    codes = _summarise(coded, segs, "code", top)
    codes["label"] = codes.code.map(lambda c: by_id[c].label)
    codes["theme"] = codes.code.map(lambda c: theme_label.get(by_id[c].theme, by_id[c].theme) if by_id[c].theme else NO_THEME)
    codes["sem_level"] = codes.code.map(lambda c: by_id[c].sem_level or "")
    codes = codes[CODE_COLUMNS]

    theme_order = [theme_label.get(t.id, t.id) for t in spec.themes]
    if any(not by_id[c].theme for c in top):
        theme_order.append(NO_THEME)
    themes = _summarise(coded, segs, "theme", theme_order)[THEME_COLUMNS]
    return SiteComparison(codes=codes.reset_index(drop=True), themes=themes.reset_index(drop=True),
                          presence=_presence(codes, sorted(segs.site.unique())))


def _presence(codes: pd.DataFrame, sites: list[str]) -> pd.DataFrame:
    """Per code: the sites that raised it and those that did not."""
    rows = []
    for code, grp in codes.groupby("code", sort=False):
        present = sorted(grp.loc[grp.segments > 0, "site"])
        absent = [s for s in sites if s not in present]
        if not present:
            status = "not raised"
        elif not absent:
            status = "every site"
        elif len(present) == 1:
            status = "one site only"
        else:
            status = "some sites"
        first = grp.iloc[0]
        rows.append([code, first.label, first.theme, first.sem_level, status,
                     "; ".join(present), "; ".join(absent), len(present)])
    return pd.DataFrame(rows, columns=PRESENCE_COLUMNS)


def write_site_comparison(comp: SiteComparison, out_dir: str | os.PathLike) -> list[Path]:
    """Write a comparison as three CSV files in `out_dir` (created if missing); returns their paths."""
    out = Path(out_dir)
    files = {"site_comparison_codes.csv": comp.codes, "site_comparison_themes.csv": comp.themes,
             "site_comparison_presence.csv": comp.presence}
    written = []
    try:
        out.mkdir(parents=True, exist_ok=True)
        for name, frame in files.items():
            path = out / name
            frame.to_csv(path, index=False, encoding="utf-8")
            written.append(path)
    except OSError as exc:
        raise NeedsmapError.of("E804", path=str(out), reason=exc.strerror or str(exc)) from exc
    return written


def export_site_comparison(session: Session, out_dir: str | os.PathLike) -> list[Path]:
    """Compare the project's sites and write the three CSV files; returns their paths."""
    return write_site_comparison(compare_sites(session), out_dir)
