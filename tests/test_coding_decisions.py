"""Coder decisions: validation, idempotent resubmission, attribution, audit, memos, blind rounds."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pipeline.coding import (
    add_memo, close_round, coder_progress, current_round, ensure_coder, open_round, record_decision, visible_codings,
)
from pipeline.errors import NeedsmapError
from pipeline.models import AuditLog, Coder, Coding, Memo


def test_unknown_segment_and_code_are_plain_errors(team_project):
    with team_project.db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            record_decision(s, segment_id=99999, code_key="stigma", coder="alice")
        assert exc.value.problems[0].code == "E201"
        with pytest.raises(NeedsmapError) as exc:
            record_decision(s, segment_id=team_project.segments[0], code_key="no_such_code", coder="alice")
        assert exc.value.problems[0].code == "E107"
        with pytest.raises(NeedsmapError) as exc:
            record_decision(s, segment_id=team_project.segments[0], code_key="stigma", coder="alice", decision="maybe")
        assert exc.value.problems[0].code == "E401"


def test_resubmitting_updates_own_row_and_never_others(team_project):
    seg = team_project.segments[0]
    with team_project.db.session() as s:
        record_decision(s, segment_id=seg, code_key="stigma", coder="alice")
        first = record_decision(s, segment_id=seg, code_key="stigma", coder="bob")
        bob_updated = first.updated_at
    with team_project.db.session() as s:
        again = record_decision(s, segment_id=seg, code_key="stigma", coder="alice", decision="rejected")
        assert again.decision == "rejected"
        record_decision(s, segment_id=seg, code_key="stigma", coder="alice", decision="rejected")
    with team_project.db.session() as s:
        rows = s.execute(select(Coder.name, Coding.decision, Coding.updated_at).join(Coder, Coding.coder_id == Coder.id)
                         .where(Coding.segment_id == seg)).all()
        assert sorted((n, d) for n, d, _ in rows) == [("alice", "rejected"), ("bob", "confirmed")]
        assert dict((n, u) for n, _d, u in rows)["bob"] == bob_updated
        audits = s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "coding.decide"))
        assert audits == 4


def test_source_records_the_engine_whose_suggestion_was_accepted(team_project):
    with team_project.db.session() as s:
        row = record_decision(s, segment_id=team_project.segments[1], code_key="skills_confidence", coder="alice",
                              source="needsmap.hybrid.v1")
        assert row.source == "needsmap.hybrid.v1"


def test_new_coder_name_is_added_as_pra_and_audited(team_project):
    with team_project.db.session() as s:
        record_decision(s, segment_id=team_project.segments[0], code_key="stigma", coder="  carol ")
        carol = s.scalars(select(Coder).where(Coder.name == "carol")).one()
        assert carol.role == "pra"
        assert s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "coder.add")) == 4


def test_memo_is_kept_with_segment_and_author(team_project):
    with team_project.db.session() as s:
        record_decision(s, segment_id=team_project.segments[0], code_key="stigma", coder="alice", memo="ask the group")
        add_memo(s, segment_id=team_project.segments[0], coder="bob", text="agree")
        memos = s.execute(select(Memo.text, Coder.name).join(Coder, Memo.coder_id == Coder.id).order_by(Memo.id)).all()
    assert [tuple(m) for m in memos] == [("ask the group", "alice"), ("agree", "bob")]


def test_blind_round_hides_others_codes_from_everyone_until_closed(coded_project):
    segs = coded_project.segments
    with coded_project.db.session() as s:
        rnd = open_round(s, "pass 2", actor="pia")
        assert current_round(s).id == rnd.id
        record_decision(s, segment_id=segs[0], code_key="stigma", coder="pia")
        mine = visible_codings(s, viewer="alice", segment_ids=segs)
        assert mine and {c.coder_id for c in mine} == {s.scalars(select(Coder.id).where(Coder.name == "alice")).one()}
        pi_view = visible_codings(s, viewer="pia", segment_ids=segs)
        assert [(c.code_key, c.round_id) for c in pi_view] == [("stigma", rnd.id)]
    with coded_project.db.session() as s:
        close_round(s, None, actor="pia")
        everyone = visible_codings(s, viewer="alice", segment_ids=segs)
        assert len({c.coder_id for c in everyone}) == 3


def test_only_a_pi_opens_or_closes_a_round(team_project):
    with team_project.db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            open_round(s, "x", actor="alice")
        assert exc.value.problems[0].code == "E603"
        assert "PI" in str(exc.value)
        open_round(s, "x", actor="pia")
        with pytest.raises(NeedsmapError) as exc:
            open_round(s, "y", actor="pia")
        assert exc.value.problems[0].code == "E405"
        with pytest.raises(NeedsmapError):
            close_round(s, None, actor="bob")


def test_progress_counts_segments_per_coder_and_transcript(coded_project):
    with coded_project.db.session() as s:
        progress = coder_progress(s)
    by_name = {c["name"]: c for c in progress["coders"]}
    assert by_name["alice"]["segments"] == 8 and by_name["bob"]["segments"] == 8
    assert by_name["pia"]["segments"] == 0
    assert progress["total_segments"] == 11
    assert sum(t["by_coder"].get("alice", 0) for t in progress["transcripts"]) == 8
    assert [t["segments"] for t in progress["transcripts"]] == [4, 3, 4]


def test_ensure_coder_rejects_unknown_role(db):
    with db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            ensure_coder(s, "zoe", role="boss")
    assert exc.value.problems[0].code == "E403"


def _decisions_and_audit(database):
    with database.session() as s:
        rows = sorted(s.execute(select(Coder.name, Coding.segment_id, Coding.code_key, Coding.decision, Coding.source,
                                       Coding.round_id, Coding.needs_review).join(Coder, Coding.coder_id == Coder.id)).all())
        audit = sorted((a.actor, tuple(sorted(a.payload.items())))
                       for a in s.scalars(select(AuditLog).where(AuditLog.action == "coding.decide")))
    return rows, audit


def test_batch_of_decisions_stores_and_audits_what_one_at_a_time_does(any_db_url, tmp_path, request):
    """record_decisions (labelled files, the demo) must leave exactly what record_decision per pair leaves."""
    from conftest import build_team_project

    from pipeline.coding import record_decisions
    from pipeline.db import open_db

    def run(url, batch: bool):
        database = open_db(url)
        segs = build_team_project(database)["participant_segments"]
        first = [(segs[0], "stigma"), (segs[1], "skills_confidence"), (segs[0], "stigma"), (segs[2], "stigma")]
        later = [(segs[0], "stigma"), (segs[3], "skills_confidence")]
        with database.session() as s:
            ensure_coder(s, "pia", "pi")
            for sid, code in first:
                record_decision(s, segment_id=sid, code_key=code, coder="bob")  # another coder's rows stay
        with database.session() as s:
            if batch:
                assert record_decisions(s, first, coder="alice") == 4
            else:
                for sid, code in first:
                    record_decision(s, segment_id=sid, code_key=code, coder="alice")
        with database.session() as s:
            open_round(s, "second look", actor="pia", blind=False)
        with database.session() as s:
            if batch:
                held = s.scalars(select(Coding).join(Coder, Coding.coder_id == Coder.id)
                                 .where(Coder.name == "alice", Coding.segment_id == segs[0])).one()
                assert held.decision == "confirmed"
                assert record_decisions(s, later, coder="alice", decision="rejected", source="needsmap.hybrid.v6") == 2
                assert held.decision == "rejected"  # an object the session already held is read afresh
            else:
                for sid, code in later:
                    record_decision(s, segment_id=sid, code_key=code, coder="alice", decision="rejected",
                                    source="needsmap.hybrid.v6")
        out = _decisions_and_audit(database)
        database.dispose()
        return out

    second = request.getfixturevalue("make_pg_db")() if any_db_url.startswith("postgresql") else str(tmp_path / "b.db")
    one, two = run(any_db_url, batch=False), run(second, batch=True)
    assert one == two
    rows, audit = two
    rejected = [r for r in rows if r[0] == "alice" and r[3] == "rejected"]
    assert len(rejected) == 2
    assert all(r[4] == "needsmap.hybrid.v6" and r[5] is not None and r[6] is False for r in rejected)
    assert len([r for r in rows if r[0] == "alice"]) == 4 and len([r for r in rows if r[0] == "bob"]) == 3
    assert sum(1 for actor, _ in audit if actor == "alice") == 6


def test_batch_with_one_bad_pair_stores_nothing(team_project):
    from pipeline.coding import record_decisions

    segs = team_project.segments
    for bad, problem_code in (((99999, "stigma"), "E201"), ((segs[1], "no_such_code"), "E107")):
        with pytest.raises(NeedsmapError) as exc:
            with team_project.db.session() as s:
                record_decisions(s, [(segs[0], "stigma"), bad, (segs[2], "stigma")], coder="alice")
        assert exc.value.problems[0].code == problem_code
    with team_project.db.session() as s:
        assert s.scalar(select(func.count(Coding.id))) == 0
        assert s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "coding.decide")) == 0
    with pytest.raises(NeedsmapError) as exc, team_project.db.session() as s:
        record_decisions(s, [(segs[0], "stigma")], coder="alice", decision="maybe")
    assert exc.value.problems[0].code == "E401"
