"""Start-screen sign-in: who may come in, with which role, and for how long; busy saves are retried."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from pipeline.models import AuthSession, Coder, Coding
from pipeline.ui.keys import Keys

REVIEW = "pipeline/ui/screens/review.py"


def _start(ui_app):
    at = ui_app(coder=None)
    at.run()
    assert not at.exception
    return at


def _sign_in(at, name, password=None, role=None):
    at.text_input(key=Keys.CODER_NAME).input(name)
    if password is not None:
        at.text_input(key=Keys.PASSWORD).input(password)
    if role is not None:
        at.radio(key=Keys.ROLE_CHOICE).set_value(role)
    at.button(key=Keys.SIGN_IN).click().run()
    assert not at.exception, at.exception
    return at


def _coder_role(db, name):
    with db.session() as s:
        return s.scalars(select(Coder.role).where(Coder.name == name)).first()


def _with_password(ui_project, name="ben", password="correct horse battery"):
    from pipeline.access import set_password

    with ui_project["db"].session() as s:
        set_password(s, name, password)
    return password


def _expire_all_sign_ins(db):
    with db.session() as s:
        s.execute(update(AuthSession).values(expires_at=dt.datetime(2000, 1, 1)))


def test_unknown_name_is_refused_in_a_password_project(ui_project, ui_app):
    _with_password(ui_project)
    at = _sign_in(_start(ui_app), "mallory", password="anything at all")
    assert Keys.CODER not in at.session_state
    assert any("E708" in e.value and "mallory" in e.value for e in at.error)
    assert _coder_role(ui_project["db"], "mallory") is None
    # the role is not even offered: in a password project a PI sets it
    assert not [r for r in at.radio if r.key == Keys.ROLE_CHOICE]


def test_password_sign_in_takes_role_from_database(ui_project, ui_app):
    password = _with_password(ui_project, "pia")
    at = _sign_in(_start(ui_app), "pia", password=password)
    assert at.session_state[Keys.CODER] == "pia"
    assert at.session_state[Keys.CODER_ROLE] == "pi"
    with ui_project["db"].session() as s:
        assert s.scalar(select(func.count()).select_from(AuthSession)) == 1
    assert at.session_state[Keys.PASSWORD] == ""


def test_existing_coder_keeps_stored_role_whatever_the_form_says(ui_project, ui_app):
    at = _sign_in(_start(ui_app), "ana", role="pi")
    assert at.session_state[Keys.CODER] == "ana"
    assert at.session_state[Keys.CODER_ROLE] == "pra"
    assert _coder_role(ui_project["db"], "ana") == "pra"
    assert any("peer research assistant" in c.value for c in at.sidebar.caption)


def test_new_coder_cannot_make_themselves_a_second_pi(ui_project, ui_app):
    at = _sign_in(_start(ui_app), "dana", role="pi")
    assert Keys.CODER not in at.session_state
    assert any("E709" in e.value and "pia" in e.value for e in at.error)
    assert _coder_role(ui_project["db"], "dana") is None
    at = _sign_in(at, "dana", role="pra")
    assert at.session_state[Keys.CODER] == "dana"
    assert _coder_role(ui_project["db"], "dana") == "pra"


def test_first_pi_may_set_the_project_up(ui_project, ui_app):
    from pipeline.coding import set_role

    with ui_project["db"].session() as s:
        set_role(s, "pia", "pra")
    at = _sign_in(_start(ui_app), "dana", role="pi")
    assert at.session_state[Keys.CODER] == "dana"
    assert at.session_state[Keys.CODER_ROLE] == "pi"
    assert _coder_role(ui_project["db"], "dana") == "pi"


def test_empty_name_is_explained(ui_project, ui_app):
    at = _sign_in(_start(ui_app), "   ")
    assert Keys.CODER not in at.session_state
    assert any("E710" in e.value for e in at.error)


def test_expired_sign_in_signs_out_with_plain_message(ui_project, ui_app):
    at = ui_app("ana")
    at.run()
    assert at.session_state[Keys.CODER] == "ana"
    _expire_all_sign_ins(ui_project["db"])
    at.run()
    assert not at.exception
    assert Keys.CODER not in at.session_state
    assert any("E602" in w.value for w in at.warning)
    # back on the Start screen's form, ready to sign in again
    assert at.text_input(key=Keys.CODER_NAME) is not None


def test_unknown_token_signs_out(ui_project, ui_app):
    at = ui_app("ana")
    at.session_state[Keys.AUTH_TOKEN] = "not-a-real-token"
    at.run()
    assert Keys.CODER not in at.session_state
    assert any("E602" in w.value for w in at.warning)


def test_expired_sign_in_cannot_save_a_decision(ui_project, ui_app):
    seg = ui_project["segments"]["shelter"]
    at = ui_app("ana")
    at.session_state[Keys.CURRENT_SEGMENT] = seg
    at.run()
    at.switch_page(REVIEW).run()
    assert not at.exception
    _expire_all_sign_ins(ui_project["db"])
    at.button(key=Keys.CONFIRM.of("housing")).click().run()
    assert not at.exception
    with ui_project["db"].session() as s:
        assert s.scalar(select(func.count()).select_from(Coding)) == 0
    assert Keys.CODER not in at.session_state
    assert any("E602" in w.value for w in at.warning)
    # the whole screen was drawn again: Review now points to Start instead of showing the passage
    assert any("E702" in i.value for i in at.info)


def test_change_coder_ends_the_sign_in(ui_project, ui_app):
    at = ui_app("ana")
    at.run()
    token = at.session_state[Keys.AUTH_TOKEN]
    at.button(key=Keys.SIGN_OUT).click().run()
    assert Keys.CODER not in at.session_state
    from pipeline.access import check_token
    from pipeline.errors import NeedsmapError

    with ui_project["db"].session() as s:
        try:
            check_token(s, token)
            ended = False
        except NeedsmapError:
            ended = True
    assert ended


def test_busy_database_is_retried_without_bothering_the_coder(ui_project, ui_app, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import pipeline.coding

    real = pipeline.coding.record_decision
    calls = []

    def busy_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise OperationalError("INSERT", {}, Exception("database is locked"))
        return real(*args, **kwargs)

    seg = ui_project["segments"]["shelter"]
    at = ui_app("ana")
    at.session_state[Keys.CURRENT_SEGMENT] = seg
    at.run()
    at.switch_page(REVIEW).run()
    monkeypatch.setattr(pipeline.coding, "record_decision", busy_once)
    at.button(key=Keys.CONFIRM.of("housing")).click().run()
    assert not at.exception
    assert len(calls) == 2
    assert not any("E707" in e.value for e in at.error)
    with ui_project["db"].session() as s:
        rows = s.execute(select(Coding.segment_id, Coding.code_key, Coding.decision)).all()
    assert rows == [(seg, "housing", "confirmed")]
