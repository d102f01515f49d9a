"""The review app's entry script: page setup, navigation and the coder badge.

`streamlit run` executes this file; the repository's `app.py` calls `main()` too, so
`needsmap serve` works from an installed package as well as from a checkout.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from pathlib import Path

import streamlit as st

from pipeline.ui import state
from pipeline.ui.keys import Keys
from pipeline.ui.paths import page_file

# (file, title, icon, section)
PAGES = [
    ("start", "Start", ":material/home:", "Coding"),
    ("review", "Review", ":material/rate_review:", "Coding"),
    ("transcript", "Transcript", ":material/article:", "Coding"),
    ("codebook", "Codebook", ":material/menu_book:", "Coding"),
    ("agreement", "Agreement", ":material/handshake:", "Team"),
    ("prioritize", "Prioritize", ":material/format_list_numbered:", "Team"),
    ("tables", "Tables", ":material/table_chart:", "Results"),
    ("export", "Export", ":material/download:", "Results"),
]


def build_pages() -> dict[str, list]:
    sections: dict[str, list] = {}
    by_name = {}
    for name, title, icon, section in PAGES:
        page = st.Page(page_file(name), title=title, icon=icon, url_path=name, default=(name == "start"))
        sections.setdefault(section, []).append(page)
        by_name[name] = page
    state.register_pages(by_name)
    return sections


def coder_badge() -> None:
    name = state.current_coder()
    with st.sidebar:
        if name:
            role = "principal investigator" if state.current_role() == "pi" else "peer research assistant"
            st.caption(f"Coding as **{name}** ({role})")
            st.button("Change coder", key=Keys.SIGN_OUT, on_click=state.sign_out, type="tertiary",
                      icon=":material/logout:")
        else:
            st.caption("Nobody is signed in yet.")


def main() -> None:
    st.set_page_config(page_title="needsmap", page_icon=":material/forum:", layout="wide",
                       initial_sidebar_state="expanded")
    nav = st.navigation(build_pages())
    state.check_sign_in()  # every rerun: an ended sign-in signs the person out
    coder_badge()
    state.show_flash()
    run_page(nav)


def run_page(nav) -> None:
    """Run the chosen screen; a bug shows plain words and a log file, never a traceback.

    NEEDSMAP_UI_RAISE=1 (set by the tests) lets the exception through so AppTest sees it.
    """
    from pipeline.errors import NeedsmapError

    try:
        nav.run()
    except NeedsmapError as err:
        state.show_problem(err)
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("NEEDSMAP_UI_RAISE") == "1":
            raise
        log = log_internal(exc)
        st.error(state.words("E701", what=f"{type(exc).__name__}: {exc}", log=log), icon=":material/error:")


def log_internal(exc: BaseException) -> Path:
    path = Path(tempfile.gettempdir()) / "needsmap-error.log"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {dt.datetime.now().isoformat()} review app\n")
        fh.write("".join(traceback.format_exception(exc)))
    return path


if __name__ == "__main__":
    main()
