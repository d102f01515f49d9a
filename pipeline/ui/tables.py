"""Tables screen: Tables 1-3 as on paper, code frequencies as charts, example quotes; filter by site."""

from __future__ import annotations

import streamlit as st

from pipeline.errors import NeedsmapError
from pipeline.ui import state
from pipeline.ui.keys import Keys

SEM_HELP = ("SEM level (social-ecological model level): where an issue sits — a person's own life, "
            "the services and people around them, or laws and policy.")


def render() -> None:
    from pipeline import tables
    from pipeline.site_comparison import compare_sites
    from pipeline.ui import charts

    database = state.db()
    st.title("Tables")
    st.caption("Counts use the team's agreed (consensus) decision where there is one, otherwise each coder's "
               "confirmed codes. " + SEM_HELP)
    try:
        with database.session() as s:
            t1 = tables.table1(s)
            t2 = tables.table2(s)
            t3 = tables.table3(s)
            by_site = tables.code_frequencies_by_site(s)
            by_sem = tables.code_frequencies_by_sem(s)
            comparison = compare_sites(s)
    except NeedsmapError as err:
        state.show_problem(err)
        return
    sites = [c for c in by_site.columns if c not in ("code", "issue", "sem_level", "total")]
    chosen = st.selectbox("Site", sites, index=None, placeholder="All sites", key=Keys.TABLES_SITE)
    shown_sites = [chosen] if chosen else sites

    tab1, tab2, tab3, tab_freq, tab_sites, tab_quotes = st.tabs(
        ["Table 1: participants", "Table 2: issues by SEM level", "Table 3: key issues",
         "How often (charts)", "Sites compared", "Example quotes"])
    with tab1:
        st.markdown("**Table 1.** Who took part (from the questionnaire).")
        if t1.empty:
            st.write("No questionnaire answers yet.")
        else:
            shown = t1.assign(percent=t1["percent"].map(lambda v: f"{v:.0f}%"))
            st.table(shown.rename(columns={"characteristic": "Characteristic", "category": "Group", "n": "Number",
                                           "percent": "Percent"}), hide_index=True, border="horizontal")
    with tab2:
        st.markdown("**Table 2.** Issues raised, grouped by SEM level.")
        st.table(t2.drop(columns=["code"], errors="ignore").rename(columns={
            "sem_level": "SEM level", "issue": "Issue", "segments": "Passages", "participants": "People",
            "focus_groups": "Groups", "exemplar_quote": "Example quote", "exemplar_speaker": "Said by",
            "exemplar_site": "Site"}), hide_index=True, border="horizontal")
    with tab3:
        st.markdown("**Table 3.** The issues the team ranked highest, and what will be done about them.")
        st.table(t3.drop(columns=["code"], errors="ignore").rename(columns={
            "theme": "Theme", "key_issue": "Key issue", "basis": "Chosen by", "place": "Place", "borda": "Points",
            "segments": "Passages", "strategies": "Strategies"}), hide_index=True, border="horizontal")
    with tab_freq:
        if by_site.empty or not shown_sites or int(by_site["total"].sum()) == 0:
            st.write("Nothing has been coded yet.")
        else:
            st.markdown("**Coded passages per issue and site**")
            st.altair_chart(charts.frequency_heatmap(by_site, shown_sites), width="stretch")
            st.markdown("**Coded passages per SEM level**")
            st.altair_chart(charts.sem_bars(by_sem, shown_sites), width="stretch")
    with tab_sites:
        _render_site_comparison(comparison, charts)
    with tab_quotes:
        quotes = t2[t2["exemplar_quote"].astype(bool)] if not t2.empty else t2
        if chosen and not quotes.empty:
            quotes = quotes[quotes["exemplar_site"] == chosen]
        if quotes.empty:
            st.write("No example quotes yet.")
        for _, row in quotes.iterrows():
            st.markdown(f"**{row['issue']}** ({row['sem_level']})")
            st.markdown(f"> {row['exemplar_quote']}  \n— {row['exemplar_speaker']}, {row['exemplar_site']}")



def _render_site_comparison(comparison, charts) -> None:
    """Which issues each site raised, as a share of its people, and issues only some sites raised."""
    st.markdown("**Sites compared.** The share of each site's participants who raised each issue.")
    if comparison.is_empty:
        st.write("Nothing has been coded yet.")
        return
    labels = dict(zip(comparison.codes["code"], comparison.codes["label"]))
    shares = comparison.shares("participant_share")
    shares.index = [labels.get(code, code) for code in shares.index]
    shares.index.name = "issue"
    st.altair_chart(charts.share_heatmap(shares), width="stretch")
    only_some = comparison.presence[comparison.presence["status"].isin(["one site only", "some sites"])]
    if not only_some.empty:
        st.markdown("**Issues raised at some sites but not others**")
        st.table(only_some[["label", "present_at", "absent_at"]].rename(columns={
            "label": "Issue", "present_at": "Raised at", "absent_at": "Not raised at"}),
            hide_index=True, border="horizontal")
    warnings = comparison.codes.loc[comparison.codes["small_count"], "warning"].drop_duplicates()
    if not warnings.empty:
        with st.expander(f"Small numbers to read with care ({len(warnings)})"):
            for text in warnings:
                st.write(text)
