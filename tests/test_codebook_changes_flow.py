"""Codebook changes: anyone proposes, a PI accepts; merges carry codings over, splits flag them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pipeline.codebook import current_codebook, current_codebook_row
from pipeline.codebook_changes import accept, history, propose, reject
from pipeline.consensus import resolve
from pipeline.errors import NeedsmapError
from pipeline.models import AuditLog, Coder, Coding


def test_pra_proposes_pi_accepts_new_code_new_version(coded_project):
    with coded_project.db.session() as s:
        before = current_codebook_row(s).version
        change = propose(s, kind="add", payload={"code": {"id": "burnout", "label": "Burnout", "sem_level": "individual"}},
                         rationale="comes up in every group", proposed_by="alice")
        with pytest.raises(NeedsmapError) as exc:
            accept(s, change.id, decided_by="bob")
        assert exc.value.problems[0].code == "E603" and "Only a principal investigator (PI)" in str(exc.value)
        cb = accept(s, change.id, decided_by="pia")
        assert cb.version == before + 1
        assert "burnout" in current_codebook(s).code_ids()
        with pytest.raises(NeedsmapError) as exc:
            accept(s, change.id, decided_by="pia")
        assert exc.value.problems[0].code == "E409"


def test_edit_changes_definition_only(coded_project):
    with coded_project.db.session() as s:
        c = propose(s, kind="edit", payload={"code_id": "stigma", "changes": {"definition": "Shame put on people who use drugs."}},
                    rationale="clearer", proposed_by="bob")
        accept(s, c.id, decided_by="pia")
        spec = current_codebook(s)
    assert spec.by_id()["stigma"].definition == "Shame put on people who use drugs."
    assert spec.by_id()["stigma"].label == "Stigma"


def test_merge_carries_codings_and_consensus_to_target(coded_project):
    segs = coded_project.segments
    with coded_project.db.session() as s:
        resolve(s, segment_id=segs[4], code_key="stigma", decision="confirmed", rationale="yes", decided_by="pia")
        n_before = len(s.scalars(select(Coding)).all())
        c = propose(s, kind="merge", payload={"sources": ["stigma"], "target": "community_recognition"},
                    rationale="the same thing for our team", proposed_by="alice")
        accept(s, c.id, decided_by="pia")
        assert "stigma" not in current_codebook(s).code_ids()
        rows = s.execute(select(Coder.name, Coding.segment_id, Coding.code_key, Coding.decision)
                         .join(Coder, Coding.coder_id == Coder.id)).all()
        assert not [r for r in rows if r.code_key == "stigma"]
        # segment 4: bob had both codes -> one row, confirmed; segment 6: moved over for both
        bob4 = [r for r in rows if r.name == "bob" and r.segment_id == segs[4]]
        assert [(r.code_key, r.decision) for r in bob4] == [("community_recognition", "confirmed")]
        moved = {(r.name, r.decision) for r in rows if r.segment_id == segs[6] and r.code_key == "community_recognition"}
        assert moved == {("alice", "confirmed"), ("bob", "confirmed")}
        # the only rows that disappeared are the duplicates folded into an existing row
        assert len(rows) == n_before - 2
        assert s.scalars(select(AuditLog).where(AuditLog.action == "coding.merge")).all()


def test_split_flags_existing_codings_for_review(coded_project):
    with coded_project.db.session() as s:
        c = propose(s, kind="split", payload={"code_id": "workplace_respect", "into": [
            {"id": "respect_coworkers", "label": "Respect from co-workers"},
            {"id": "respect_managers", "label": "Respect from managers"}]},
            rationale="two different problems", proposed_by="bob")
        accept(s, c.id, decided_by="pia")
        spec = current_codebook(s)
        assert spec.by_id()["respect_managers"].parent == "workplace_respect"
        assert spec.by_id()["respect_managers"].sem_level == "organizational"
        flagged = s.scalars(select(Coding).where(Coding.code_key == "workplace_respect")).all()
        assert flagged and all(r.needs_review for r in flagged)
        assert not any(r.needs_review for r in s.scalars(select(Coding).where(Coding.code_key == "stigma")))


def test_bad_proposals_are_refused_in_plain_words(coded_project):
    with coded_project.db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            propose(s, kind="merge", payload={"sources": ["nope"], "target": "stigma"}, rationale="x", proposed_by="alice")
        assert exc.value.problems[0].code == "E410"
        with pytest.raises(NeedsmapError) as exc:
            propose(s, kind="add", payload={"code": {"id": "stigma", "label": "dup"}}, rationale="x", proposed_by="alice")
        assert "already exists" in str(exc.value)
        with pytest.raises(NeedsmapError) as exc:
            propose(s, kind="add", payload={"code": {"id": "x1", "label": "X"}}, rationale="", proposed_by="alice")
        assert exc.value.problems[0].code == "E407"


def test_history_lists_every_change_with_people(coded_project):
    with coded_project.db.session() as s:
        a = propose(s, kind="add", payload={"code": {"id": "burnout", "label": "Burnout"}}, rationale="r1", proposed_by="alice")
        b = propose(s, kind="edit", payload={"code_id": "stigma", "changes": {"label": "Stigma (public)"}}, rationale="r2", proposed_by="bob")
        accept(s, a.id, decided_by="pia")
        reject(s, b.id, decided_by="pia", reason="keep the paper's wording")
        rows = history(s)
    assert [(r["id"], r["status"], r["proposed_by"], r["decided_by"]) for r in rows] == [
        (b.id, "rejected", "bob", "pia"), (a.id, "accepted", "alice", "pia")]
    assert rows[1]["summary"].startswith("add the code 'burnout'")
