"""Prioritize screen: each coder scores issues anonymously; results show once a PI closes the round."""

from __future__ import annotations

import streamlit as st

from pipeline.ui import state
from pipeline.ui.keys import Keys

EXPLAIN = ("Give each issue a score from 0 (not a priority) to 5 (top priority). Your scores are anonymous: "
           "nobody sees who gave which score. The team's results appear when a principal investigator closes the round.")
ERROR_KEY = "prioritize_error"


def _act(action, done: str) -> None:
    state.run_action(action, done, ERROR_KEY)


def _on_vote(code_keys: list[str]) -> None:
    from pipeline import prioritize

    scores = {k: float(st.session_state.get(Keys.VOTE_SCORE.of(k), 0) or 0) for k in code_keys}
    scores = {k: v for k, v in scores.items() if v > 0}
    if not scores:
        st.session_state[ERROR_KEY] = state.words("E705")
        return
    coder = state.current_coder()
    _act(lambda s: prioritize.vote(s, coder=coder, scores=scores), "Your scores are saved (anonymously)")


def _on_open() -> None:
    from pipeline import prioritize

    name = st.session_state.get(Keys.PRIORITY_ROUND_NAME) or "priorities"
    coder = state.current_coder()
    _act(lambda s: prioritize.open_priority_round(s, name, actor=coder), "Priority round opened")


def _on_close() -> None:
    from pipeline import prioritize

    coder = state.current_coder()
    _act(lambda s: prioritize.close_priority_round(s, None, actor=coder), "Round closed: results are ready")


def ballot(codes: list, mine: dict[str, float]) -> None:
    st.subheader("Your scores")
    by_theme: dict[str | None, list] = {}
    for c in codes:
        by_theme.setdefault(c.theme, []).append(c)
    for theme, items in by_theme.items():
        st.markdown(f"**{theme or 'Other issues'}**")
        for c in items:
            key = Keys.VOTE_SCORE.of(c.key)
            if key not in st.session_state:
                st.session_state[key] = int(mine.get(c.key, 0))
            st.slider(c.label, min_value=0, max_value=5, step=1, key=key, help=c.definition or None)
    st.button("Save my scores", key=Keys.VOTE_SUBMIT, on_click=_on_vote, args=([c.key for c in codes],),
              type="primary", icon=":material/how_to_vote:")
    if mine:
        st.caption("You have already scored this round; saving again replaces your earlier scores.")


def results_section(results) -> None:
    from pipeline.ui import charts

    st.subheader("What the team chose")
    st.caption(f"From {results.attrs.get('ballots', '?')} anonymous ballots. Points: each ballot gives an issue more "
               "points the higher it ranks it (a Borda count).")
    st.altair_chart(charts.priority_bars(results), width="stretch")
    st.dataframe(results[["place", "label", "borda", "mean_rank", "voters"]].rename(columns={
        "place": "Place", "label": "Issue", "borda": "Points", "mean_rank": "Average rank", "voters": "Voters"}),
        hide_index=True)


def render() -> None:
    from pipeline import prioritize, ui_queries

    coder = state.require_coder()
    database = state.db()
    st.title("Prioritize")
    st.caption(EXPLAIN)
    problem = st.session_state.pop(ERROR_KEY, None)
    if problem:
        st.error(problem, icon=":material/error:")
    with database.session() as s:
        rnd = prioritize.current_priority_round(s)
        codes = [c for c in ui_queries.code_choices(s)]
        top = ui_queries.top_level_codes(s)
        codes = [c for c in codes if c.key in top]
        mine = ui_queries.my_priority_scores(s, rnd.id, coder) if rnd else {}
        closed = prioritize.latest_closed_round(s)
        results = prioritize.results(s, closed.id) if closed is not None and rnd is None else None
    is_pi = state.current_role() == "pi"
    if rnd is None:
        st.info("No priority round is open. A principal investigator opens one when the team is ready to rank "
                "the issues.", icon=":material/info:")
        if is_pi:
            st.text_input("Name of the new round", key=Keys.PRIORITY_ROUND_NAME, placeholder="for example: spring priorities")
            st.button("Open a priority round", key=Keys.PRIORITY_OPEN, on_click=_on_open)
        if results is not None and not results.empty:
            results_section(results)
        return
    st.success(f"The round “{rnd.name}” is open.", icon=":material/how_to_vote:")
    ballot(codes, mine)
    if is_pi:
        st.divider()
        st.button("Close the round and show results", key=Keys.PRIORITY_CLOSE, on_click=_on_close)

