"""Consensus decisions override coders' codings in what the tables count; every step audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pipeline.consensus import effective_codings, resolve, withdraw
from pipeline.errors import NeedsmapError
from pipeline.models import AuditLog


def test_without_consensus_any_confirmation_counts(coded_project):
    segs = coded_project.segments
    with coded_project.db.session() as s:
        counted = effective_codings(s)
    assert (segs[4], "stigma") in counted          # bob only
    assert (segs[7], "workplace_respect") in counted  # alice only
    assert (segs[0], "stigma") not in counted


def test_consensus_rejection_removes_and_confirmation_adds(coded_project):
    segs = coded_project.segments
    with coded_project.db.session() as s:
        resolve(s, segment_id=segs[4], code_key="stigma", decision="rejected",
                rationale="talks about not knowing peer work, not stigma", decided_by="alice")
        resolve(s, segment_id=segs[0], code_key="stigma", decision="confirmed",
                rationale="'treat us like nothing' is stigma", decided_by="pia")
        counted = effective_codings(s)
    assert (segs[4], "stigma") not in counted
    assert (segs[4], "community_recognition") in counted
    assert (segs[0], "stigma") in counted


def test_revision_keeps_the_earlier_decision_in_the_audit_log(coded_project):
    seg = coded_project.segments[2]
    with coded_project.db.session() as s:
        resolve(s, segment_id=seg, code_key="workplace_respect", decision="rejected", rationale="about wage", decided_by="bob")
        resolve(s, segment_id=seg, code_key="workplace_respect", decision="confirmed", rationale="on reflection", decided_by="pia")
        withdraw(s, segment_id=seg, code_key="workplace_respect", actor="pia", rationale="start over")
        log = s.scalars(select(AuditLog).where(AuditLog.action.like("consensus.%")).order_by(AuditLog.id)).all()
    assert [a.action for a in log] == ["consensus.resolve", "consensus.resolve", "consensus.withdraw"]
    assert log[1].payload["previous"]["decision"] == "rejected"
    assert log[1].payload["previous"]["rationale"] == "about wage"
    assert log[2].payload["old_decision"] == "confirmed"


def test_consensus_needs_rationale_and_known_coder(coded_project):
    seg = coded_project.segments[2]
    with coded_project.db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            resolve(s, segment_id=seg, code_key="stigma", decision="confirmed", rationale="  ", decided_by="alice")
        assert exc.value.problems[0].code == "E407"
        with pytest.raises(NeedsmapError) as exc:
            resolve(s, segment_id=seg, code_key="stigma", decision="confirmed", rationale="x", decided_by="nobody")
        assert exc.value.problems[0].code == "E402"
