"""The Review screen: clicks become durable, attributed decisions in the database."""

from __future__ import annotations

from sqlalchemy import select

from pipeline.models import AuditLog, Coder, Coding, Memo
from pipeline.ui.keys import Keys

REVIEW = "pipeline/ui/screens/review.py"


def _codings(db):
    with db.session() as s:
        return {(c.segment_id, c.code_key, name): (c.decision, c.source)
                for c, name in s.execute(select(Coding, Coder.name).join(Coder, Coding.coder_id == Coder.id))}


def _open_review(ui_app, segment_id, coder="ana"):
    at = ui_app(coder)
    at.session_state[Keys.CURRENT_SEGMENT] = segment_id
    at.run()
    at.switch_page(REVIEW).run()
    assert not at.exception
    return at


def test_review_confirm_suggestion_stores_coding(ui_project, ui_app):
    seg = ui_project["segments"]["shelter"]
    at = _open_review(ui_app, seg)
    page_text = " ".join(m.value for m in at.markdown)
    # the passage is shown in its conversation: the facilitator question and the speaker pseudonym
    assert "What makes it hard to stay safe" in page_text and "Rose" in page_text
    assert "likely" in page_text
    at.button(key=Keys.CONFIRM.of("housing")).click().run()
    assert not at.exception
    assert _codings(ui_project["db"])[(seg, "housing", "ana")] == ("confirmed", "needsmap.hybrid.v1")
    with ui_project["db"].session() as s:
        actions = s.scalars(select(AuditLog.action).where(AuditLog.actor == "ana")).all()
    assert "coding.decide" in actions


def test_review_reject_suggestion_stores_rejection(ui_project, ui_app):
    seg = ui_project["segments"]["shelter"]
    at = _open_review(ui_app, seg)
    at.button(key=Keys.REJECT.of("using_alone")).click().run()
    assert not at.exception
    assert _codings(ui_project["db"])[(seg, "using_alone", "ana")][0] == "rejected"


def test_review_add_typed_code_and_memo(ui_project, ui_app):
    seg = ui_project["segments"]["pharmacist"]
    at = _open_review(ui_app, seg)
    at.selectbox(key=Keys.ADD_CODE.of(seg)).set_value("using_alone")
    at.button(key=Keys.ADD_CODE_BUTTON).click().run()
    assert not at.exception
    assert _codings(ui_project["db"])[(seg, "using_alone", "ana")] == ("confirmed", "typed")
    at.text_area(key=Keys.MEMO.of(seg)).input("Is the pharmacist a health service?")
    at.button(key=Keys.SAVE_MEMO).click().run()
    assert not at.exception
    with ui_project["db"].session() as s:
        memos = s.execute(select(Memo.segment_id, Memo.text, Coder.name).join(Coder, Memo.coder_id == Coder.id)).all()
    assert memos == [(seg, "Is the pharmacist a health service?", "ana")]
    # the note box is emptied after saving, and the note is listed
    assert at.text_area(key=Keys.MEMO.of(seg)).value == ""


def test_review_empty_memo_is_refused_in_plain_words(ui_project, ui_app):
    seg = ui_project["segments"]["peer"]
    at = _open_review(ui_app, seg)
    at.button(key=Keys.SAVE_MEMO).click().run()
    assert not at.exception
    assert any("E704" in e.value for e in at.error)
    with ui_project["db"].session() as s:
        assert s.scalars(select(Memo)).all() == []


def test_review_next_and_back_follow_the_queue(ui_project, ui_app):
    segs = ui_project["segments"]
    at = ui_app("ana")
    at.run()
    at.switch_page(REVIEW).run()
    # transcript order by site name: nanaimo first
    assert at.session_state[Keys.CURRENT_SEGMENT] == segs["supply"]
    at.button(key=Keys.NEXT).click().run()
    assert at.session_state[Keys.CURRENT_SEGMENT] == segs["sleep"]
    at.button(key=Keys.NEXT).click().run()
    # back-channel "Mm-hm" is skipped by default
    assert at.session_state[Keys.CURRENT_SEGMENT] == segs["shelter"]
    at.button(key=Keys.NEXT).click().run()
    assert at.session_state[Keys.CURRENT_SEGMENT] == segs["pharmacist"]
    at.button(key=Keys.PREVIOUS).click().run()
    assert at.session_state[Keys.CURRENT_SEGMENT] == segs["shelter"]
    assert not at.exception


def test_review_site_filter_and_status_filter(ui_project, ui_app):
    segs = ui_project["segments"]
    at = _open_review(ui_app, segs["shelter"])
    at.button(key=Keys.CONFIRM.of("housing")).click().run()
    at.selectbox(key=Keys.FILTER_SITE).set_value("victoria").run()
    assert at.session_state[Keys.QUEUE]["ids"] == [segs["shelter"], segs["pharmacist"], segs["peer"]]
    at.selectbox(key=Keys.FILTER_STATUS).set_value("todo").run()
    assert at.session_state[Keys.QUEUE]["ids"] == [segs["pharmacist"], segs["peer"]]
    assert at.session_state[Keys.CURRENT_SEGMENT] == segs["pharmacist"]
    at.toggle(key=Keys.SKIP_BACKCHANNEL).set_value(False).run()
    assert segs["mmhm"] in at.session_state[Keys.QUEUE]["ids"]
    assert not at.exception


def test_review_without_coder_points_to_start(ui_project, ui_app):
    at = ui_app(coder=None)
    at.run()
    at.switch_page(REVIEW).run()
    assert not at.exception
    assert any("E702" in i.value for i in at.info)
    assert _codings(ui_project["db"]) == {}


def test_review_blind_round_hides_other_coders(ui_project, ui_app):
    from pipeline.coding import open_round, record_decision

    seg = ui_project["segments"]["shelter"]
    with ui_project["db"].session() as s:
        record_decision(s, segment_id=seg, code_key="stigma", coder="ben")
    at = _open_review(ui_app, seg)
    assert any("Other coders said" in c.value and "ben" in c.value for c in at.caption)
    with ui_project["db"].session() as s:
        open_round(s, "round 1", actor="pia")
    at.run()
    assert not at.exception
    assert not any("Other coders said" in c.value for c in at.caption)


def test_review_busy_database_says_click_again(ui_project, ui_app, monkeypatch):
    from sqlalchemy.exc import OperationalError

    import pipeline.coding

    def locked(*_a, **_k):
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    seg = ui_project["segments"]["shelter"]
    at = _open_review(ui_app, seg)
    with monkeypatch.context() as patch:
        patch.setattr(pipeline.coding, "record_decision", locked)
        at.button(key=Keys.CONFIRM.of("housing")).click().run()
    assert not at.exception
    assert any("E707" in e.value and "database is locked" in e.value for e in at.error)
    at.button(key=Keys.CONFIRM.of("housing")).click().run()
    assert _codings(ui_project["db"])[(seg, "housing", "ana")][0] == "confirmed"


def test_review_most_useful_first_puts_unsure_passages_first(ui_project, ui_app):
    segs = ui_project["segments"]
    at = _open_review(ui_app, segs["shelter"])
    at.radio(key=Keys.ORDER).set_value("informative").run()
    assert not at.exception
    queue = at.session_state[Keys.QUEUE]["ids"]
    # "sleep" has one suggestion at 0.55 (closest to the engine's threshold): the most unsure scored passage
    scored = [s for s in queue if s in {segs[t] for t in ("shelter", "pharmacist", "peer", "supply", "sleep")}]
    assert scored[0] == segs["sleep"]
    assert sorted(queue) == sorted(segs[t] for t in ("shelter", "pharmacist", "peer", "supply", "sleep"))


def test_review_opens_passage_outside_the_list(ui_project, ui_app):
    """A back-channel passage opened directly (e.g. from the Transcript screen) is shown, not replaced."""
    seg = ui_project["segments"]["mmhm"]
    at = _open_review(ui_app, seg)
    assert at.session_state[Keys.CURRENT_SEGMENT] == seg
    assert any("outside the list" in c.value for c in at.caption)
    at.button(key=Keys.NEXT).click().run()
    assert at.session_state[Keys.CURRENT_SEGMENT] == at.session_state[Keys.QUEUE]["ids"][0]
