"""Altair charts for the Tables and Prioritize screens (calm colours, plain axis titles)."""

from __future__ import annotations

import altair as alt
import pandas as pd

CALM = "tealblues"


def site_columns(df: pd.DataFrame, fixed: tuple[str, ...]) -> list[str]:
    return [c for c in df.columns if c not in fixed and c != "total"]


def frequency_heatmap(by_site: pd.DataFrame, sites: list[str] | None = None) -> alt.Chart:
    """Issues (rows) by site (columns), coloured by the number of coded passages."""
    cols = sites or site_columns(by_site, ("code", "issue", "sem_level"))
    long = by_site.melt(id_vars=["issue", "sem_level"], value_vars=cols, var_name="site", value_name="passages")
    base = alt.Chart(long).encode(
        x=alt.X("site:N", title="Site", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("issue:N", title=None, sort=by_site["issue"].tolist(),
                axis=alt.Axis(labelLimit=320, labelOverlap=False, labelFontSize=12)),
    )
    heat = base.mark_rect(cornerRadius=2).encode(
        color=alt.Color("passages:Q", title="Passages", scale=alt.Scale(scheme=CALM)),
        tooltip=["issue", "site", "passages", alt.Tooltip("sem_level", title="SEM level")],
    )
    text = base.mark_text(fontSize=11).encode(
        text=alt.Text("passages:Q"),
        color=alt.condition(alt.datum.passages > long["passages"].max() / 2 if len(long) else 0,
                            alt.value("white"), alt.value("#1F2A2E")),
    )
    return (heat + text).properties(height=max(30 * len(by_site), 120))


def share_heatmap(shares: pd.DataFrame) -> alt.Chart:
    """Share of each site's participants raising each issue (rows: issues, columns: sites)."""
    long = shares.reset_index().melt(id_vars=[shares.index.name or "index"], var_name="site", value_name="share")
    long = long.rename(columns={shares.index.name or "index": "issue"})
    base = alt.Chart(long).encode(
        x=alt.X("site:N", title="Site", axis=alt.Axis(labelAngle=0)),
        y=alt.Y("issue:N", title=None, sort=list(shares.index), axis=alt.Axis(labelLimit=320, labelOverlap=False)),
    )
    heat = base.mark_rect(cornerRadius=2).encode(
        color=alt.Color("share:Q", title="Share of people", scale=alt.Scale(scheme=CALM, domain=[0, 1])),
        tooltip=["issue", "site", alt.Tooltip("share:Q", format=".0%")],
    )
    text = base.mark_text(fontSize=11).encode(
        text=alt.Text("share:Q", format=".0%"),
        color=alt.condition(alt.datum.share > 0.5, alt.value("white"), alt.value("#1F2A2E")),
    )
    return (heat + text).properties(height=max(30 * len(shares), 120))


def sem_bars(by_sem: pd.DataFrame, sites: list[str] | None = None) -> alt.Chart:
    """Passages per SEM level, stacked by site."""
    cols = sites or site_columns(by_sem, ("sem_level",))
    long = by_sem.melt(id_vars=["sem_level"], value_vars=cols, var_name="site", value_name="passages")
    return alt.Chart(long).mark_bar().encode(
        x=alt.X("passages:Q", title="Coded passages"),
        y=alt.Y("sem_level:N", title="SEM level", sort=by_sem["sem_level"].tolist(), axis=alt.Axis(labelLimit=240)),
        color=alt.Color("site:N", title="Site", scale=alt.Scale(scheme="set2")),
        tooltip=["sem_level", "site", "passages"],
    ).properties(height=max(40 * len(by_sem), 120))


def priority_bars(results: pd.DataFrame) -> alt.Chart:
    """Borda points per issue from a closed priority round, highest first."""
    return alt.Chart(results).mark_bar(color="#2F6F73").encode(
        x=alt.X("borda:Q", title="Points (higher = more important to the team)"),
        y=alt.Y("label:N", title=None, sort="-x", axis=alt.Axis(labelLimit=320, labelOverlap=False)),
        tooltip=[alt.Tooltip("label", title="Issue"), alt.Tooltip("place", title="Place"),
                 alt.Tooltip("mean_rank", title="Average rank", format=".1f"), alt.Tooltip("voters", title="Voters")],
    ).properties(height=max(24 * len(results), 120))
