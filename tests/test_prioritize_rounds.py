"""Priority rounds: anonymous ballots, results hidden until closed, mean rank and Borda with ties."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pipeline.errors import NeedsmapError
from pipeline.models import AuditLog
from pipeline.prioritize import aggregate, close_priority_round, key_issues, open_priority_round, results, vote


def test_aggregate_mean_rank_and_borda_by_hand():
    ballots = [{"a": 1, "b": 2, "c": 3}, {"b": 1, "a": 2, "c": 3}, {"c": 1, "a": 2}]
    df = aggregate(ballots).set_index("code")
    # N = 3: rank 1 -> 3 points, 2 -> 2, 3 -> 1
    assert df.loc["a", "borda"] == 3 + 2 + 2
    assert df.loc["b", "borda"] == 2 + 3
    assert df.loc["c", "borda"] == 1 + 1 + 3
    assert df.loc["a", "mean_rank"] == pytest.approx(5 / 3)
    assert df.loc["c", "voters"] == 3
    assert df.loc["a", "place"] == 1
    # b and c both have 5 points: a tie, shown as a shared place
    assert df.loc["b", "place"] == df.loc["c", "place"] == 2
    assert bool(df.loc["b", "tied"]) and bool(df.loc["c", "tied"]) and not bool(df.loc["a", "tied"])


def test_results_hidden_until_closed_and_anonymous(coded_project):
    with coded_project.db.session() as s:
        rnd = open_priority_round(s, "spring", actor="pia")
        vote(s, coder="alice", ranks={"stigma": 1, "workplace_respect": 2})
        vote(s, coder="bob", scores={"workplace_respect": 5, "stigma": 3, "role_clarity": 3})
        vote(s, coder="alice", ranks={"workplace_respect": 1, "stigma": 2})  # replaces her ballot
        with pytest.raises(NeedsmapError) as exc:
            results(s, rnd.id)
        assert exc.value.problems[0].code == "E411"
        with pytest.raises(NeedsmapError):
            close_priority_round(s, rnd.id, actor="alice")
        close_priority_round(s, rnd.id, actor="pia")
        df = results(s, rnd.id)
        with pytest.raises(NeedsmapError) as exc:
            vote(s, coder="bob", ranks={"stigma": 1}, round_id=rnd.id)
        assert exc.value.problems[0].code == "E413"
        audit_payloads = [a.payload for a in s.scalars(select(AuditLog).where(AuditLog.action == "priority.vote"))]
    assert "coder" not in df.columns and "coder_id" not in df.columns
    assert all("ranks" not in p and "stigma" not in str(p) for p in audit_payloads)
    top = df.iloc[0]
    assert top["code"] == "workplace_respect" and top["place"] == 1
    # bob's scores 3 and 3 share rank 2; N = 3 -> stigma: 2 (alice) + 2 (bob) = 4, role_clarity: 2
    by_code = df.set_index("code")
    assert by_code.loc["stigma", "borda"] == 4 and by_code.loc["role_clarity", "borda"] == 2
    assert df.attrs["ballots"] == 2


def test_ballot_problems_are_plain_errors(coded_project):
    with coded_project.db.session() as s:
        open_priority_round(s, "r", actor="pia")
        with pytest.raises(NeedsmapError) as exc:
            vote(s, coder="alice", ranks={"stigma": 1, "low_wage": 1})
        assert exc.value.problems[0].code == "E414"
        with pytest.raises(NeedsmapError) as exc:
            vote(s, coder="alice", ranks={"nope": 1})
        assert exc.value.problems[0].code == "E107"


def test_key_issues_top_per_theme_keep_ties(coded_project):
    with coded_project.db.session() as s:
        rnd = open_priority_round(s, "r", actor="pia")
        vote(s, coder="alice", ranks={"stigma": 1, "workplace_respect": 2, "community_recognition": 3, "role_clarity": 4})
        vote(s, coder="bob", ranks={"workplace_respect": 1, "stigma": 2, "role_clarity": 3, "community_recognition": 4})
        close_priority_round(s, rnd.id, actor="pia")
        picked = key_issues(s, top_n=1)
    # stigma and workplace_respect tie on Borda (4+3 each): both kept for recognition
    assert {i["code"] for i in picked["recognition"]} == {"stigma", "workplace_respect"}
    assert [i["code"] for i in picked["organizational_support"]] == ["role_clarity"]
