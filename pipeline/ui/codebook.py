"""Codebook screen: browse codes by theme and SEM level; propose changes; PIs accept them."""

from __future__ import annotations

import re

import streamlit as st

from pipeline.ui import state
from pipeline.ui.keys import Keys

SEM_HELP = ("**SEM level** (social-ecological model level) says where a need sits: in a person's own life, "
            "in the services and people around them, or in laws and policy.")
KIND_WORDS = {"add": "Add a new code", "edit": "Change a code's words", "merge": "Merge one code into another",
              "split": "Split a code into finer codes"}
ERROR_KEY = "codebook_error"


def _act(action, done: str) -> None:
    state.run_action(action, done, ERROR_KEY)


def slug(label: str) -> str:
    """A code id from a label: 'Safer supply!' -> 'safer_supply'."""
    return re.sub(r"[^a-z0-9]+", "_", label.lower()).strip("_") or "new_code"


def build_proposal(kind: str, values: dict) -> dict:
    """The payload pipeline.codebook_changes.propose expects, from the form's values."""
    if kind == "add":
        code = {"id": slug(values.get("label") or ""), "label": (values.get("label") or "").strip(),
                "definition": (values.get("definition") or "").strip()}
        for field in ("theme", "sem_level"):
            if values.get(field):
                code[field] = values[field]
        return {"code": code}
    if kind == "edit":
        changes = {k: values[k].strip() for k in ("label", "definition") if (values.get(k) or "").strip()}
        return {"code_id": values.get("code"), "changes": changes}
    if kind == "split":
        names = [n.strip() for n in (values.get("parts") or "").splitlines() if n.strip()]
        return {"code_id": values.get("code"), "into": [{"id": slug(n), "label": n} for n in names]}
    return {"sources": [values.get("code")], "target": values.get("target")}


def _on_propose() -> None:
    from pipeline import codebook_changes

    ss = st.session_state
    kind = ss.get(Keys.PROPOSE_KIND, "add")
    payload = build_proposal(kind, {
        "label": ss.get(Keys.PROPOSE_LABEL), "definition": ss.get(Keys.PROPOSE_DEFINITION),
        "code": ss.get(Keys.PROPOSE_CODE), "target": ss.get(Keys.PROPOSE_CODE.of("target")),
        "parts": ss.get(Keys.PROPOSE_LABEL.of("parts")),
    })
    coder = state.current_coder()
    _act(lambda s: codebook_changes.propose(s, kind=kind, payload=payload,
                                            rationale=ss.get(Keys.PROPOSE_RATIONALE) or "", proposed_by=coder),
         "Your suggestion was sent to the team")


def _on_accept(change_id: int) -> None:
    from pipeline import codebook_changes

    coder = state.current_coder()
    _act(lambda s: codebook_changes.accept(s, change_id, decided_by=coder), "Change accepted: a new codebook version is in use")


def _on_decline(change_id: int) -> None:
    from pipeline import codebook_changes

    coder = state.current_coder()
    reason = st.session_state.get(Keys.DECLINE_CHANGE.of(change_id, "reason")) or ""
    _act(lambda s: codebook_changes.reject(s, change_id, decided_by=coder, reason=reason), "Change declined")


def browse(spec) -> None:
    themes = {t.id: t.label for t in spec.themes}
    levels = {lv.id: lv for lv in spec.sem_levels}
    c1, c2 = st.columns(2)
    theme = c1.selectbox("Theme", list(themes), format_func=themes.get, index=None, placeholder="All themes",
                         key=Keys.CODEBOOK_THEME)
    level = c2.selectbox("SEM level", list(levels), format_func=lambda k: levels[k].label, index=None,
                         placeholder="All levels", key=Keys.CODEBOOK_LEVEL, help=SEM_HELP)
    codes = [c for c in spec.codes if (not theme or c.theme == theme) and (not level or c.sem_level == level)]
    if not codes:
        st.write("No codes match these choices.")
    by_theme: dict[str | None, list] = {}
    for c in codes:
        by_theme.setdefault(c.theme, []).append(c)
    for th, items in by_theme.items():
        st.markdown(f"#### {themes.get(th, th or 'No theme')}")
        for c in items:
            lv = levels.get(c.sem_level)
            title = f"{c.label}" + (f"  ·  {lv.label}" if lv else "")
            with st.expander(title):
                st.write(c.definition or "No definition yet.")
                if c.inclusion:
                    st.markdown(f"**Use it when:** {c.inclusion}")
                if c.exclusion:
                    st.markdown(f"**Do not use it when:** {c.exclusion}")
                for ex in c.examples:
                    st.markdown(f"> {ex}")
                if c.keywords:
                    st.caption("Words that often go with it: " + ", ".join(c.keywords))
                st.caption(f"Code id: {c.id}" + (f" · part of {c.parent}" if c.parent else ""))


def propose_form(spec) -> None:
    st.subheader("Suggest a change")
    st.caption("Anyone can suggest a change. A principal investigator reads it and decides. Say why in your own words.")
    labels = {c.id: c.label for c in spec.codes}
    kind = st.radio("What kind of change?", list(KIND_WORDS), format_func=KIND_WORDS.get, key=Keys.PROPOSE_KIND,
                    horizontal=True)
    if kind in ("edit", "merge", "split"):
        st.selectbox("Which code?", list(labels), format_func=labels.get, index=None,
                     placeholder="Type part of its name", key=Keys.PROPOSE_CODE)
    if kind == "merge":
        st.selectbox("Merge it into", list(labels), format_func=labels.get, index=None,
                     placeholder="Type part of its name", key=Keys.PROPOSE_CODE.of("target"))
    if kind == "split":
        st.text_area("The new, finer codes (one name per line)", key=Keys.PROPOSE_LABEL.of("parts"), height=90,
                     placeholder="Housing: shelters\nHousing: own place")
    if kind in ("add", "edit"):
        st.text_input("Name of the code" + (" (leave empty to keep it)" if kind == "edit" else ""),
                      key=Keys.PROPOSE_LABEL)
        st.text_area("What it means" + (" (the new words)" if kind == "edit" else ""),
                     key=Keys.PROPOSE_DEFINITION, height=80)
    st.text_area("Why? (for example, a passage that did not fit any code)", key=Keys.PROPOSE_RATIONALE, height=80)
    st.button("Send suggestion", key=Keys.PROPOSE_SUBMIT, on_click=_on_propose, type="primary", icon=":material/send:")


def pending_and_history(history: list[dict], is_pi: bool) -> None:
    pending = [h for h in history if h["status"] == "proposed"]
    st.subheader("Waiting for a decision")
    if not pending:
        st.write("Nothing is waiting.")
    for h in pending:
        with st.container(border=True):
            st.markdown(f"**{h['summary'].capitalize()}** — suggested by {h['proposed_by'] or 'someone'}")
            st.write(f"Why: {h['rationale']}")
            if is_pi:
                c1, c2, c3 = st.columns([2, 5, 2], vertical_alignment="bottom")
                c1.button("Accept", key=Keys.ACCEPT_CHANGE.of(h["id"]), on_click=_on_accept, args=(h["id"],),
                          type="primary", icon=":material/check:")
                c2.text_input("Reason for declining", key=Keys.DECLINE_CHANGE.of(h["id"], "reason"))
                c3.button("Decline", key=Keys.DECLINE_CHANGE.of(h["id"]), on_click=_on_decline, args=(h["id"],),
                          icon=":material/close:")
            else:
                st.caption("A principal investigator will accept or decline this.")
    done = [h for h in history if h["status"] != "proposed"]
    if done:
        st.subheader("History")
        st.dataframe(
            [{"What": h["summary"], "Why": h["rationale"], "Suggested by": h["proposed_by"],
              "Decision": h["status"], "Decided by": h["decided_by"], "On version": h["proposed_on_version"]}
             for h in done],
            hide_index=True,
        )


def render() -> None:
    from pipeline import codebook_changes
    from pipeline.codebook import current_codebook_row, spec_from_db

    database = state.db()
    st.title("Codebook")
    st.caption(SEM_HELP)
    with database.session() as s:
        row = current_codebook_row(s)
        spec = spec_from_db(row) if row is not None else None
        version = row.version if row is not None else None
        history = codebook_changes.history(s)
    problem = st.session_state.pop(ERROR_KEY, None)
    if problem:
        st.error(problem, icon=":material/error:")
    if spec is None:
        st.info("No codebook yet. Import one with: `needsmap codebook import codebooks/rose.yaml`")
        return
    st.write(f"**{spec.name}**, version {version}: {len(spec.codes)} codes.")
    browse_tab, change_tab = st.tabs(["Browse codes", "Changes"])
    with browse_tab:
        browse(spec)
    with change_tab:
        if state.current_coder():
            propose_form(spec)
        else:
            st.info("Sign in on the Start screen to suggest a change.")
        pending_and_history(history, state.current_role() == "pi")

