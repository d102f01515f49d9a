"""Start screen: who is coding, the project's sites and groups, progress so far."""

from __future__ import annotations

import streamlit as st

from pipeline.ui import state
from pipeline.ui.keys import Keys

ROLE_WORDS = {"pra": "Peer research assistant", "pi": "Principal investigator"}
ERROR_KEY = Keys.FLASH + "_error"


def sign_in(name: str, role: str, password: str | None) -> bool:
    """Check the person in by the project's rules (pipeline.ui_queries.sign_in); True when they are in.

    The role shown and used afterwards is the one stored for them, never the form's.
    """
    from pipeline import ui_queries

    came_in: list = []

    def action(s):
        came_in[:] = [ui_queries.sign_in(s, name, password=password, new_role=role)]

    if not state.run_action(action, None, ERROR_KEY, needs_coder=False):
        return False
    who = came_in[0]
    state.set_coder(who.name, who.role, who.token)
    message = f"Welcome, {who.name}. You are signed in as a {ROLE_WORDS.get(who.role, who.role).lower()}."
    if not who.created and role != who.role:
        message += " That is the role your team gave you; a PI can change it."
    state.flash(message + " Your work is saved as you go.")
    return True


def _on_sign_in() -> None:
    ss = st.session_state
    sign_in(ss.get(Keys.CODER_NAME, ""), ss.get(Keys.ROLE_CHOICE) or "pra", ss.get(Keys.PASSWORD))
    if Keys.PASSWORD in ss:
        ss[Keys.PASSWORD] = ""  # never keep a password around longer than the check


def sign_in_form(database) -> None:
    from pipeline import ui_queries

    with database.session() as s:
        needs_password = ui_queries.project_has_passwords(s)
    st.subheader("Who is coding?")
    if needs_password:
        st.caption("This project uses passwords. Sign in with the name and password your PI gave you. "
                   "New coders are added by a PI, who also sets their role.")
    else:
        st.caption("This project has no passwords, so the app only opens on this computer and anyone at it can "
                   "sign in by name (a PI can add passwords: needsmap coder set-password NAME). If you have coded "
                   "here before, type the same name: you keep the role your team gave you. Someone new joins as a "
                   "peer research assistant. The first principal investigator (PI) to sign in sets the project up; "
                   "after that, only a PI can add another PI (needsmap coder add NAME --role pi).")
    st.text_input("Your name (as your team knows you)", key=Keys.CODER_NAME, placeholder="for example: amina")
    if needs_password:
        st.text_input("Password", type="password", key=Keys.PASSWORD)
    else:
        st.radio("Your role, if you are new here", options=list(ROLE_WORDS), format_func=ROLE_WORDS.get,
                 key=Keys.ROLE_CHOICE, horizontal=True,
                 help="Principal investigators can also accept codebook changes and open or close rounds. "
                      "Someone already in the project keeps the role they were given.")
    st.button("Start coding", key=Keys.SIGN_IN, type="primary", on_click=_on_sign_in,
              icon=":material/login:")
    problem = st.session_state.pop(ERROR_KEY, None)
    if problem:
        st.error(problem, icon=":material/error:")


def project_section(database) -> None:
    from pipeline import ui_queries

    with database.session() as s:
        overview = ui_queries.project_overview(s)
    st.subheader("Sites and groups")
    if not overview:
        st.info("No transcripts yet. Import some with: `needsmap ingest transcripts/ --site victoria`")
        return
    st.dataframe(
        [{"Site": r["site"], "Group": r["group"], "Date": r["date"], "Transcripts": r["transcripts"],
          "Passages": r["segments"]} for r in overview],
        hide_index=True,
    )


def progress_section(database, me: str | None) -> None:
    from pipeline import coding

    with database.session() as s:
        progress = coding.coder_progress(s)
    st.subheader("Progress")
    st.caption("A passage counts as done for a coder once they have said yes or no to at least one code on it.")
    left, right = st.columns(2)
    with left:
        st.markdown("**By transcript**")
        for t in progress["transcripts"]:
            total = max(t["segments"], 1)
            mine = t["by_coder"].get(me, 0) if me else max(t["by_coder"].values(), default=0)
            others = ", ".join(f"{n}: {v}" for n, v in sorted(t["by_coder"].items()) if n != me)
            who = "you" if me else "most done"
            label = f"{t['source_name']} — {who}: {mine} of {t['segments']}" + (f" (others — {others})" if others else "")
            st.progress(min(mine / total, 1.0), text=label)
    with right:
        st.markdown("**By coder**")
        total = max(progress["total_segments"], 1)
        for c in progress["coders"]:
            st.progress(min(c["segments"] / total, 1.0),
                        text=f"{c['name']} ({ROLE_WORDS.get(c['role'], c['role']).lower()}): "
                             f"{c['segments']} of {progress['total_segments']} passages")


def render() -> None:
    database = state.db()
    st.title("Welcome to needsmap")
    st.write("Read each passage, say which codes fit, and move on. Everything you click is saved straight away.")
    me = state.current_coder()
    if me:
        st.success(f"You are coding as **{me}**.", icon=":material/person:")
        st.page_link(state.page_path("review"), label="Go to Review and start coding", icon=":material/arrow_forward:")
    else:
        sign_in_form(database)
    st.divider()
    project_section(database)
    progress_section(database, me)

