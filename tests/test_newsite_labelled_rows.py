"""Labelled texts become attributed decisions; stored suggestions are scored as PRAs saw them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pipeline.db import open_db
from pipeline.evaluation import LabelledRow
from pipeline.models import AuditLog, Coder, Coding, Suggestion
from pipeline.newsite import confirm_labelled_rows, score_stored_suggestions

GROUPS = {
    ("west", "w1"): [
        ("Facilitator", "facilitator", ["Rent is too high."]),
        ("Ana", "participant", ["Rent is too high.", "They look down on us."]),
        ("Ben", "participant", ["It was a sunny day."]),
    ],
    ("east", "e1"): [("Cy", "participant", ["Rent is too high in the east too."])],
}


def _row(i, text, codes):
    return LabelledRow(id=str(i), text=text, codes=codes, line=i + 1)


@pytest.fixture
def tiny(tmp_path, build_sites_project, small_codebook_spec):
    ids = build_sites_project(tmp_path / "t.db", GROUPS, small_codebook_spec)
    db = open_db(tmp_path / "t.db")
    yield db, ids
    db.dispose()


def test_confirm_labelled_rows_records_attributed_decisions_on_participant_segments(tiny):
    db, _ = tiny
    rows = [_row(1, "Rent is too high.", ["housing"]), _row(2, "They look down on us.", ["stigma", "low_wage"]),
            _row(3, "Never said in any group.", ["housing"]), _row(4, "Rent is too high in the east too.", ["housing"])]
    n = confirm_labelled_rows(db, rows, coder="pra-a", sites=["west"])
    assert n == 3
    with db.session() as s:
        decided = s.execute(select(Coding.segment_id, Coding.code_key, Coding.decision, Coder.name)
                            .join(Coder, Coding.coder_id == Coder.id)).all()
        audited = s.scalars(select(AuditLog.action).where(AuditLog.action == "coding.decide")).all()
    assert len(audited) == 3
    assert {(c, d, who) for _, c, d, who in decided} == {
        ("housing", "confirmed", "pra-a"), ("stigma", "confirmed", "pra-a"), ("low_wage", "confirmed", "pra-a")}
    # The facilitator said the same words first; the participant's segment is the one coded.
    from pipeline.models import Segment, Speaker, Turn

    with db.session() as s:
        roles = s.execute(select(Speaker.role).join(Turn, Turn.speaker_id == Speaker.id)
                          .join(Segment, Segment.turn_id == Turn.id)
                          .where(Segment.id.in_([sid for sid, *_ in decided]))).scalars().all()
    assert set(roles) == {"participant"}


def test_score_stored_suggestions_matches_a_hand_count(tiny):
    db, ids = tiny
    with db.session() as s:
        a, b, c = ids["They look down on us."], ids["It was a sunny day."], ids["Rent is too high in the east too."]
        for seg, code, score in [(c, "housing", 0.9), (c, "stigma", 0.6), (a, "stigma", 0.4),
                                 (b, "low_wage", 0.7), (a, "shelter", 0.8)]:
            s.add(Suggestion(segment_id=seg, code_key=code, engine="e1", model_version="m", score=score,
                             accepted=score >= 0.5))
        s.add(Suggestion(segment_id=a, code_key="stigma", engine="older", model_version="m", score=0.99, accepted=True))
    rows = [_row(1, "Rent is too high in the east too.", ["housing"]), _row(2, "They look down on us.", ["stigma"]),
            _row(3, "It was a sunny day.", [])]
    result = score_stored_suggestions(db, rows, engine="e1")
    # TP: housing on c. FP: stigma on c, low_wage on b, shelter->housing on a. FN: stigma on a.
    assert result["n_segments"] == 3
    assert result["micro_f1"] == pytest.approx(2 * 1 / (2 * 1 + 3 + 1), abs=1e-4)
    assert result["empty_precision"] == 0.0
    west_only = score_stored_suggestions(db, rows, engine="e1", sites=["west"])
    assert west_only["n_segments"] == 2
