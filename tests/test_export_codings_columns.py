"""`export codings`: one row per coder, segment and code with the contract's columns."""

from __future__ import annotations

import csv

import pytest

from pipeline.cli.base import run


def test_export_codings_contract_columns(coded_project, db_path, tmp_path):
    out = tmp_path / "codings.csv"
    with pytest.raises(SystemExit) as exc:
        run(["--db", str(db_path), "export", "codings", "--out", str(out)])
    assert exc.value.code == 0
    with out.open(encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert reader.fieldnames[:6] == ["segment_id", "code", "coder", "decision", "source", "created_at"]
    # TEAM_PLAN: each coder has one row per code either coder used on each segment
    expected = sum(len(set(a) | set(b)) for a, b in coded_project.plan.values()) * 2
    assert len(rows) == expected
    keys = {(r["segment_id"], r["code"], r["coder"]) for r in rows}
    assert len(keys) == len(rows)
    seg7 = [r for r in rows if r["segment_id"] == str(coded_project.segments[7])]
    assert {(r["coder"], r["decision"]) for r in seg7} == {("alice", "confirmed"), ("bob", "rejected")}
    assert all(r["source"] == "typed" and r["created_at"] for r in rows)
