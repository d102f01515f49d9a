"""agreement_report on a coded project: per-code numbers, disagreements, blinding, CLI."""

from __future__ import annotations

import json

import krippendorff
import numpy as np
import pytest

from pipeline.agreement import agreement_report, binary_ratings, coding_table


def test_report_per_code_matches_hand_computation(coded_project):
    with coded_project.db.session() as s:
        report = agreement_report(s)
    assert report["coders"] == ["alice", "bob"]
    assert report["n_segments"] == 8
    # workplace_respect: both on segment 0, bob only on 2, alice only on 7, five both absent
    # -> the hand-worked example in test_agreement_statistics: .75, 1/3, .375, .6
    wr = report["per_code"]["workplace_respect"]
    assert wr["percent_agreement"] == pytest.approx(0.75)
    assert wr["kappa"] == pytest.approx(1 / 3, abs=1e-4)
    assert wr["alpha"] == pytest.approx(0.375)
    assert wr["ac1"] == pytest.approx(0.6)
    # stigma: both on 6, bob only on 4: po 7/8, pe = 1/8*2/8 + 7/8*6/8 = 44/64 -> kappa 0.6
    assert report["per_code"]["stigma"]["kappa"] == pytest.approx(0.6)
    assert report["per_code"]["role_clarity"]["percent_agreement"] == 1.0


def test_report_alpha_equals_krippendorff_package(coded_project):
    with coded_project.db.session() as s:
        report = agreement_report(s)
        table = coding_table(s)
        shared = sorted(k for k, v in table["units"].items() if len(v) >= 2)
        pooled = []
        for code in report["per_code"]:
            pooled += binary_ratings(table, code, shared)
    data = np.array(pooled, dtype=float).T
    assert report["overall"]["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-4)
    assert report["overall"]["n_pairs"] == 8 * 7


def test_disagreement_list_shows_each_coders_codes(coded_project):
    segs = coded_project.segments
    with coded_project.db.session() as s:
        report = agreement_report(s)
    by_seg = {d["segment_id"]: d for d in report["disagreements"]}
    assert set(by_seg) == {segs[2], segs[4], segs[7]}
    assert by_seg[segs[4]]["codes"] == {"alice": ["community_recognition"], "bob": ["community_recognition", "stigma"]}
    assert by_seg[segs[4]]["disputed"] == ["stigma"]
    assert "neighbourhood" in by_seg[segs[4]]["text"]


def test_disagreements_hidden_while_blind_round_open(coded_project):
    from pipeline.coding import open_round

    with coded_project.db.session() as s:
        open_round(s, "second pass", actor="pia")
    with coded_project.db.session() as s:
        report = agreement_report(s)
    assert report["disagreements_hidden"] is True
    assert report["disagreements"] == []


def test_segments_coded_by_one_coder_are_left_out(team_project):
    from pipeline.coding import record_decision

    segs = team_project.segments
    with team_project.db.session() as s:
        record_decision(s, segment_id=segs[0], code_key="stigma", coder="alice")
        record_decision(s, segment_id=segs[1], code_key="stigma", coder="alice")
        record_decision(s, segment_id=segs[1], code_key="stigma", coder="bob", decision="rejected")
        report = agreement_report(s)
    assert report["n_segments"] == 1
    assert report["per_code"]["stigma"]["percent_agreement"] == 0.0


def test_cli_agreement_json(coded_project, capsys):
    from pipeline.cli.base import run

    with pytest.raises(SystemExit) as exc:
        run(["--db", str(coded_project.db.url.removeprefix("sqlite:///")), "agreement", "--json"])
    assert exc.value.code == 0
    data = json.loads(capsys.readouterr().out)
    assert data["per_code"]["workplace_respect"]["ac1"] == pytest.approx(0.6)
