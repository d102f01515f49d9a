"""Agreement screen: how often coders agree per code, the disagreements side by side, consensus."""

from __future__ import annotations

import streamlit as st

from pipeline.errors import NeedsmapError
from pipeline.ui import state
from pipeline.ui.keys import Keys

EXPLAIN = (
    "**Agreement** is the share of passages where two coders made the same choice for a code. "
    "**Kappa** is agreement corrected for chance: 1 means perfect, 0 means no better than guessing; "
    "above 0.6 is usually good. **Alpha** and **AC1** are two other chance-corrected measures that "
    "cope better with missing answers and rare codes."
)
DECISION_WORDS = {"confirmed": "The code fits", "rejected": "The code does not fit"}
ERROR_KEY = "agreement_error"
MAX_SHOWN = 25


def _act(action, done: str) -> None:
    state.run_action(action, done, ERROR_KEY)


def _on_consensus(segment_id: int, code_key: str) -> None:
    from pipeline import consensus

    ss = st.session_state
    decision = ss.get(Keys.CONSENSUS_DECISION.of(segment_id, code_key))
    rationale = ss.get(Keys.CONSENSUS_RATIONALE.of(segment_id, code_key)) or ""
    if decision not in DECISION_WORDS:
        ss[ERROR_KEY] = state.words("E706")
        return
    coder = state.current_coder()
    _act(lambda s: consensus.resolve(s, segment_id=segment_id, code_key=code_key, decision=decision,
                                     rationale=rationale, decided_by=coder), "Team decision saved")


def _on_open_round() -> None:
    from pipeline import coding

    name = st.session_state.get(Keys.OPEN_ROUND_NAME) or ""
    coder = state.current_coder()
    _act(lambda s: coding.open_round(s, name, actor=coder), "Blind round opened")


def _on_close_round() -> None:
    from pipeline import coding

    coder = state.current_coder()
    _act(lambda s: coding.close_round(s, None, actor=coder), "Round closed: everyone can now see all codes")


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def round_controls(rnd) -> None:
    if rnd is not None:
        st.info(f"A blind round (“{rnd.name}”) is open: each coder sees only their own codes until a "
                "principal investigator closes it.", icon=":material/visibility_off:")
    if state.current_role() != "pi":
        return
    with st.expander("Coding rounds (principal investigators)"):
        if rnd is None:
            st.text_input("Name of the new round", key=Keys.OPEN_ROUND_NAME, placeholder="for example: round 1")
            st.button("Open a blind round", key=Keys.OPEN_ROUND, on_click=_on_open_round)
        else:
            st.button("Close this round", key=Keys.CLOSE_ROUND, on_click=_on_close_round)


def per_code_table(report: dict) -> None:
    st.subheader("Per code")
    if not report["per_code"]:
        st.write("Agreement needs passages coded by two or more people. None yet.")
        return
    st.write(f"{report['n_segments']} passages were coded by two or more of: {', '.join(report['coders'])}.")
    st.dataframe(
        [{"Code": v["label"], "Passages": v["n_segments"],
          "Agreement": _fmt(v["percent_agreement"]), "Kappa": _fmt(v["kappa"]),
          "Alpha": _fmt(v["alpha"]), "AC1": _fmt(v["ac1"])} for v in report["per_code"].values()],
        hide_index=True,
    )
    o = report["overall"]
    st.caption(f"All codes together: agreement {_fmt(o.get('percent_agreement'))}, kappa {_fmt(o.get('kappa'))}.")


def disagreements(report: dict, codes: dict) -> None:
    st.subheader("Where coders differ")
    if report.get("disagreements_hidden"):
        st.write("Hidden while the blind round is open.")
        return
    items = report["disagreements"]
    if not items:
        st.write("No disagreements. Nothing to settle.")
        return
    st.caption("For each code the coders disagree on, talk it through and record what the team decided and why.")
    for d in items[:MAX_SHOWN]:
        with st.container(border=True):
            st.markdown(f"> {d['text']}")
            st.caption(d.get("transcript") or "")
            cols = st.columns(max(len(d["codes"]), 1))
            for col, (name, chosen) in zip(cols, d["codes"].items()):
                col.markdown(f"**{name}**")
                col.write(", ".join(codes.get(c, c) for c in chosen) or "no codes")
            for code in d["disputed"]:
                seg = d["segment_id"]
                c1, c2, c3 = st.columns([3, 5, 2], vertical_alignment="bottom")
                c1.radio(f"{codes.get(code, code)}", list(DECISION_WORDS), format_func=DECISION_WORDS.get,
                         index=None, key=Keys.CONSENSUS_DECISION.of(seg, code))
                c2.text_input("Why (the team's reason)", key=Keys.CONSENSUS_RATIONALE.of(seg, code))
                c3.button("Save decision", key=Keys.CONSENSUS_SAVE.of(seg, code), on_click=_on_consensus,
                          args=(seg, code), icon=":material/gavel:")
    if len(items) > MAX_SHOWN:
        st.caption(f"Showing the first {MAX_SHOWN} of {len(items)}. Settle these, and more will appear.")


def render() -> None:
    from pipeline import agreement, coding, ui_queries

    state.require_coder()
    database = state.db()
    st.title("Agreement")
    st.caption(EXPLAIN)
    problem = st.session_state.pop(ERROR_KEY, None)
    if problem:
        st.error(problem, icon=":material/error:")
    try:
        with database.session() as s:
            report = agreement.agreement_report(s)
            rnd = coding.current_round(s)
            codes = {c.key: c.label for c in ui_queries.code_choices(s)}
            decided = ui_queries.consensus_pairs(s)
    except NeedsmapError as err:
        state.show_problem(err)
        return
    round_controls(rnd)
    per_code_table(report)
    report["disagreements"] = [
        {**d, "disputed": [c for c in d["disputed"] if (d["segment_id"], c) not in decided]}
        for d in report["disagreements"]
    ]
    report["disagreements"] = [d for d in report["disagreements"] if d["disputed"]]
    disagreements(report, codes)
    if decided:
        st.caption(f"The team has settled {len(decided)} code decisions so far.")

