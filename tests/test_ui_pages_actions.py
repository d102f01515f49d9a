"""Every screen renders from app.py, and its buttons write what they say to the database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pipeline.models import CodebookChange, Coder, Consensus, PriorityRound, PriorityVote
from pipeline.ui.keys import Keys

PAGES = ["start", "review", "transcript", "codebook", "agreement", "prioritize", "tables", "export"]


def _page(at, name):
    at.switch_page(f"pipeline/ui/screens/{name}.py").run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("role", ["pra", "pi"])
def test_ui_every_page_renders(ui_project, ui_app, role):
    from pipeline.coding import record_decision

    with ui_project["db"].session() as s:
        record_decision(s, segment_id=ui_project["segments"]["shelter"], code_key="housing", coder="ben")
    at = ui_app("pia" if role == "pi" else "ana", role)
    at.run()
    titles = []
    for name in PAGES:
        _page(at, name)
        titles.append(at.title[0].value)
    assert titles == ["Welcome to needsmap", "Review", "Transcript", "Codebook", "Agreement", "Prioritize",
                      "Tables", "Export"]


def test_start_sign_in_adds_coder(ui_project, ui_app):
    at = ui_app(coder=None)
    at.run()
    at.text_input(key=Keys.CODER_NAME).input("amina")
    at.button(key=Keys.SIGN_IN).click().run()
    assert not at.exception
    assert at.session_state[Keys.CODER] == "amina"
    with ui_project["db"].session() as s:
        assert s.scalars(select(Coder.role).where(Coder.name == "amina")).one() == "pra"
    # progress bars per transcript and per coder are drawn
    assert len(at.get("progress")) >= 2


def test_start_sign_in_with_wrong_password_is_refused(ui_project, ui_app):
    from pipeline.access import set_password

    with ui_project["db"].session() as s:
        set_password(s, "ben", "correct horse battery")
    at = ui_app(coder=None)
    at.run()
    at.text_input(key=Keys.CODER_NAME).input("ben")
    at.text_input(key=Keys.PASSWORD).input("wrong")
    at.button(key=Keys.SIGN_IN).click().run()
    assert not at.exception
    assert Keys.CODER not in at.session_state
    assert any("E601" in e.value for e in at.error)
    at.text_input(key=Keys.PASSWORD).input("correct horse battery")
    at.button(key=Keys.SIGN_IN).click().run()
    assert at.session_state[Keys.CODER] == "ben"


def test_codebook_propose_then_pi_accepts(ui_project, ui_app):
    at = ui_app("ana")
    at.run()
    _page(at, "codebook")
    at.text_input(key=Keys.PROPOSE_LABEL).input("Police contact")
    at.text_area(key=Keys.PROPOSE_DEFINITION).input("Being stopped or moved on by police.")
    at.text_area(key=Keys.PROPOSE_RATIONALE).input("Three passages in vic-1 fit nothing else.")
    at.button(key=Keys.PROPOSE_SUBMIT).click().run()
    assert not at.exception
    with ui_project["db"].session() as s:
        change = s.scalars(select(CodebookChange)).one()
        assert (change.kind, change.status, change.payload["code"]["id"]) == ("add", "proposed", "police_contact")
    pi = ui_app("pia", "pi")
    pi.run()
    _page(pi, "codebook")
    pi.button(key=Keys.ACCEPT_CHANGE.of(change.id)).click().run()
    assert not pi.exception
    with ui_project["db"].session() as s:
        assert s.get(CodebookChange, change.id).status == "accepted"
        from pipeline.codebook import current_codebook

        assert "police_contact" in current_codebook(s).code_ids()


def test_agreement_consensus_decision_is_stored(ui_project, ui_app):
    from pipeline.coding import record_decision

    seg = ui_project["segments"]["shelter"]
    with ui_project["db"].session() as s:
        record_decision(s, segment_id=seg, code_key="housing", coder="ana")
        record_decision(s, segment_id=seg, code_key="using_alone", coder="ana")
        record_decision(s, segment_id=seg, code_key="housing", coder="ben")
    at = ui_app("pia", "pi")
    at.run()
    _page(at, "agreement")
    at.radio(key=Keys.CONSENSUS_DECISION.of(seg, "using_alone")).set_value("confirmed")
    at.text_input(key=Keys.CONSENSUS_RATIONALE.of(seg, "using_alone")).input("She says she uses alone.")
    at.button(key=Keys.CONSENSUS_SAVE.of(seg, "using_alone")).click().run()
    assert not at.exception
    with ui_project["db"].session() as s:
        row = s.scalars(select(Consensus)).one()
        assert (row.segment_id, row.code_key, row.decision, row.rationale) == (
            seg, "using_alone", "confirmed", "She says she uses alone.")
    # the settled code leaves the disagreement list
    assert Keys.CONSENSUS_SAVE.of(seg, "using_alone") not in [b.key for b in at.button]


def test_prioritize_vote_is_stored_and_results_show_after_close(ui_project, ui_app):
    pi = ui_app("pia", "pi")
    pi.run()
    _page(pi, "prioritize")
    pi.text_input(key=Keys.PRIORITY_ROUND_NAME).input("spring")
    pi.button(key=Keys.PRIORITY_OPEN).click().run()
    assert not pi.exception
    at = ui_app("ana")
    at.run()
    _page(at, "prioritize")
    at.slider(key=Keys.VOTE_SCORE.of("housing")).set_value(5)
    at.slider(key=Keys.VOTE_SCORE.of("stigma")).set_value(3)
    at.button(key=Keys.VOTE_SUBMIT).click().run()
    assert not at.exception
    with pi_db(ui_project) as s:
        votes = {(v.code_key, v.score) for v in s.scalars(select(PriorityVote))}
    assert votes == {("housing", 5.0), ("stigma", 3.0)}
    pi.run()
    pi.button(key=Keys.PRIORITY_CLOSE).click().run()
    assert not pi.exception
    with pi_db(ui_project) as s:
        assert s.scalars(select(PriorityRound.closed_at)).one() is not None
    assert pi.get("arrow_vega_lite_chart") or pi.get("vega_lite_chart")


def test_tables_page_on_a_project_with_no_codings(ui_project, ui_app):
    at = ui_app("pia", "pi")
    at.run()
    _page(at, "tables")
    assert any("Nothing has been coded yet" in m.value for m in at.markdown)


def pi_db(ui_project):
    return ui_project["db"].session()


def test_transcript_highlights_coded_passage_and_opens_it(ui_project, ui_app):
    from pipeline.coding import record_decision

    seg = ui_project["segments"]["peer"]
    with ui_project["db"].session() as s:
        record_decision(s, segment_id=seg, code_key="peer_support", coder="ana")
    at = ui_app("ana")
    at.run()
    _page(at, "transcript")
    at.selectbox(key=Keys.TRANSCRIPT_CHOICE).set_value(ui_project["transcripts"]["vic-1.txt"]).run()
    html_text = " ".join(m.value for m in at.markdown)
    assert "Peer support" in html_text and "border-bottom:3px solid" in html_text
    at.button(key=Keys.OPEN_SEGMENT.of(seg)).click().run()
    assert not at.exception
    assert at.session_state[Keys.CURRENT_SEGMENT] == seg
    assert at.title[0].value == "Review"


def test_tables_and_export_after_coding(ui_project, ui_app):
    from pipeline.coding import record_decision

    segs = ui_project["segments"]
    with ui_project["db"].session() as s:
        for tag, code in (("shelter", "housing"), ("supply", "safe_supply"), ("sleep", "housing")):
            record_decision(s, segment_id=segs[tag], code_key=code, coder="ana")
    at = ui_app("pia", "pi")
    at.run()
    _page(at, "tables")
    # issues by site, SEM levels, and the share of each site's people raising each issue
    assert len(at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")) == 3
    only_some = [t.value for t in at.table if "Raised at" in t.value.columns]
    assert len(only_some) == 1 and set(only_some[0]["Raised at"]) <= {"nanaimo", "victoria"}
    percents = [t.value for t in at.table if "Percent" in t.value.columns]
    assert all(str(v).endswith("%") for table in percents for v in table["Percent"])
    at.selectbox(key=Keys.TABLES_SITE).set_value("nanaimo").run()
    assert not at.exception
    _page(at, "export")
    at.button(key=Keys.EXPORT_BUILD).click().run()
    assert not at.exception
    files = at.session_state["export_files"]
    assert {"needsmap-tables.xlsx", "needsmap-report.docx", "project.qdpx", "codebook.yaml", "codings.csv"} <= set(files)
    assert b"housing" in files["codings.csv"]


def test_agreement_pi_opens_and_closes_blind_round(ui_project, ui_app):
    from pipeline.models import CodingRound

    at = ui_app("pia", "pi")
    at.run()
    _page(at, "agreement")
    at.text_input(key=Keys.OPEN_ROUND_NAME).input("round 1")
    at.button(key=Keys.OPEN_ROUND).click().run()
    assert not at.exception
    assert any("blind round" in i.value for i in at.info)
    with ui_project["db"].session() as s:
        rnd = s.scalars(select(CodingRound)).one()
        assert (rnd.name, rnd.blind, rnd.closed_at) == ("round 1", True, None)
    at.button(key=Keys.CLOSE_ROUND).click().run()
    assert not at.exception
    with ui_project["db"].session() as s:
        assert s.scalars(select(CodingRound.closed_at)).one() is not None


def test_codebook_pra_cannot_accept_and_pi_declines_with_reason(ui_project, ui_app):
    from pipeline.codebook_changes import propose

    with ui_project["db"].session() as s:
        change_id = propose(s, kind="edit", payload={"code_id": "stigma", "changes": {"label": "Being judged"}},
                            rationale="Clearer words for the team.", proposed_by="ben").id
    pra = ui_app("ana")
    pra.run()
    _page(pra, "codebook")
    assert Keys.ACCEPT_CHANGE.of(change_id) not in [b.key for b in pra.button]
    pi = ui_app("pia", "pi")
    pi.run()
    _page(pi, "codebook")
    pi.text_input(key=Keys.DECLINE_CHANGE.of(change_id, "reason")).input("The old label is in the paper.")
    pi.button(key=Keys.DECLINE_CHANGE.of(change_id)).click().run()
    assert not pi.exception
    with ui_project["db"].session() as s:
        assert s.get(CodebookChange, change_id).status == "rejected"


def test_codebook_split_proposal_from_form(ui_project, ui_app):
    at = ui_app("ana")
    at.run()
    _page(at, "codebook")
    at.radio(key=Keys.PROPOSE_KIND).set_value("split").run()
    at.selectbox(key=Keys.PROPOSE_CODE).set_value("housing")
    at.text_area(key=Keys.PROPOSE_LABEL.of("parts")).input("Shelters\nOwn place")
    at.text_area(key=Keys.PROPOSE_RATIONALE).input("Shelter stays and own homes come up separately.")
    at.button(key=Keys.PROPOSE_SUBMIT).click().run()
    assert not at.exception
    assert not at.error
    with ui_project["db"].session() as s:
        change = s.scalars(select(CodebookChange)).one()
    assert change.kind == "split"
    assert change.payload == {"code_id": "housing", "into": [{"id": "shelters", "label": "Shelters"},
                                                             {"id": "own_place", "label": "Own place"}]}
