"""Session-wide things every screen needs: the database, the current coder, messages."""

from __future__ import annotations

import streamlit as st

from ..errors import NeedsmapError, problem
from .keys import Keys
from .paths import db_location


@st.cache_resource(show_spinner=False)
def _open(location: str):
    from ..db import open_db

    return open_db(location)


def db():
    """The project database, opened once per server process (st.cache_resource)."""
    return _open(db_location())


# A click waits for a busy database: each try already waits out SQLite's busy timeout,
# so a few tries are plenty before the person is asked to click again (E707).
WRITE_ATTEMPTS = 3


def current_coder() -> str | None:
    """The signed-in coder's name (checked against their sign-in by `check_sign_in` each run)."""
    return st.session_state.get(Keys.CODER)


def current_role() -> str:
    return st.session_state.get(Keys.CODER_ROLE, "pra")


def set_coder(name: str, role: str, token: str | None = None) -> None:
    """Remember who signed in; `token` is the one pipeline.access.verify_login gave them."""
    st.session_state[Keys.CODER] = name
    st.session_state[Keys.CODER_ROLE] = role
    st.session_state[Keys.AUTH_TOKEN] = token


def sign_out(notice: str | None = None) -> None:
    """Forget who is coding and end their sign-in; `notice` says why, on the next screen."""
    from sqlalchemy.exc import SQLAlchemyError

    from ..access import logout

    token = st.session_state.get(Keys.AUTH_TOKEN)
    if token:
        try:
            db().write(lambda s: logout(s, token), attempts=WRITE_ATTEMPTS)
        except (NeedsmapError, SQLAlchemyError):
            pass  # the sign-in still ends on its own when it expires
    for key in (Keys.CODER, Keys.CODER_ROLE, Keys.AUTH_TOKEN, Keys.QUEUE, Keys.CURRENT_SEGMENT):
        st.session_state.pop(key, None)
    if notice:
        st.session_state[Keys.SIGN_IN_NOTICE] = notice


def _sign_in_owner(session, token: str | None) -> tuple[str, str] | None:
    """(name, role) of the coder a live sign-in token belongs to; None when it ended or never was."""
    from ..access import check_token

    try:
        coder = check_token(session, token)
    except NeedsmapError:
        return None
    return (coder.name, coder.role) if coder is not None else None


def _ended_words() -> str:
    from ..access import session_hours

    return words("E602", hours=f"{session_hours():g}")


def check_sign_in() -> str | None:
    """Check the signed-in coder's token (run by the page router on every rerun).

    An expired or unknown sign-in signs the person out with a plain message. The role
    is refreshed from the database, so a role a PI changed applies at once. A database
    that cannot be read right now leaves the person signed in: every save checks again.
    Returns the coder's name, or None when nobody is signed in.
    """
    from sqlalchemy.exc import SQLAlchemyError

    name = current_coder()
    if not name:
        return None
    token = st.session_state.get(Keys.AUTH_TOKEN)
    try:
        owner = db().write(lambda s: _sign_in_owner(s, token), attempts=WRITE_ATTEMPTS)
    except (NeedsmapError, SQLAlchemyError):
        return name
    if owner is None or owner[0] != name:
        sign_out(notice=_ended_words())
        return None
    st.session_state[Keys.CODER_ROLE] = owner[1]
    return name


def require_coder() -> str:
    """The current coder's name; otherwise a pointer to the Start screen and stop."""
    name = current_coder()
    if not name:
        st.info(words("E702"), icon=":material/login:")
        st.page_link(page_path("start"), label="Go to Start", icon=":material/login:")
        st.stop()
    return name


_PAGES: dict = {}


def register_pages(pages: dict) -> None:
    """Remember this run's st.Page objects so screens can link to each other by name.

    Every session builds the same pages, so updating in place is safe across sessions.
    """
    _PAGES.update(pages)


def page_path(name: str):
    """The st.Page for a screen name (for st.page_link / st.switch_page)."""
    if name in _PAGES:
        return _PAGES[name]
    from .paths import page_file

    return str(page_file(name))


def words(code: str, **fmt) -> str:
    """A catalogue message with its code, as shown on screen."""
    p = problem(code, **fmt)
    return f"{p.message} [{p.code}]"


def error_words(err: NeedsmapError) -> str:
    return " ".join(f"{p.message} [{p.code}]" for p in err.problems)


def show_problem(err: NeedsmapError) -> None:
    """Show a user-input problem in plain words, never a traceback."""
    for p in err.problems:
        st.error(f"{p.message} [{p.code}]", icon=":material/error:")


def flash(message: str) -> None:
    """Remember a short confirmation to show after the rerun (e.g. 'Saved')."""
    st.session_state[Keys.FLASH] = message


def show_flash() -> None:
    """Show the confirmation left by the last click, and why someone was signed out."""
    notice = st.session_state.pop(Keys.SIGN_IN_NOTICE, None)
    if notice:
        st.warning(notice, icon=":material/lock_clock:")
    message = st.session_state.pop(Keys.FLASH, None)
    if message:
        st.toast(message, icon=":material/check_circle:")


class _SignInEnded(Exception):
    """The coder's sign-in ended before a save (raised inside the transaction, so nothing is written)."""


def run_action(action, done_message: str | None, error_key: str, *, needs_coder: bool = True) -> bool:
    """Run one change in its own transaction, committed before the screen is drawn again.

    The transaction goes through `Database.write`, so a busy database is tried again
    rather than shown as an error; only when it stays busy does E707 ask for another
    click. The signed-in coder's token is checked in the same transaction, so nothing
    is saved after a sign-in ended (the person is signed out with a plain message).
    Input problems are shown in plain words under `error_key`; a bug is logged and shown
    the same way (callbacks run outside the page's guard). Returns True when saved.
    `needs_coder=False` only for signing in: every other change is made by someone.
    """
    import os

    from sqlalchemy.exc import SQLAlchemyError

    coder = current_coder()
    token = st.session_state.get(Keys.AUTH_TOKEN)
    if needs_coder and not coder:
        st.session_state[error_key] = words("E702")
        return False

    def guarded(s):
        if coder is not None:
            owner = _sign_in_owner(s, token)
            if owner is None or owner[0] != coder:
                raise _SignInEnded()
        return action(s)

    try:
        db().write(guarded, attempts=WRITE_ATTEMPTS)
    except _SignInEnded:
        sign_out(notice=_ended_words())
        return False
    except NeedsmapError as err:
        busy = err.__cause__ if any(p.code == "E610" for p in err.problems) else None
        if isinstance(busy, SQLAlchemyError):
            st.session_state[error_key] = _busy_words(busy)
        else:
            st.session_state[error_key] = error_words(err)
        return False
    except SQLAlchemyError as exc:
        st.session_state[error_key] = _busy_words(exc)
        return False
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("NEEDSMAP_UI_RAISE") == "1":
            raise
        from .main_app import log_internal

        st.session_state[error_key] = words("E701", what=f"{type(exc).__name__}: {exc}", log=log_internal(exc))
        return False
    if done_message:
        flash(done_message)
    return True


def _busy_words(exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).splitlines()
    return words("E707", reason=reason[0] if reason else type(exc).__name__)
