"""Site comparison: shares of participants and groups, one-site issues, small-count warnings."""

from __future__ import annotations

import pandas as pd
import pytest

from pipeline.coding import record_decision
from pipeline.db import open_db
from pipeline.models import Consensus
from pipeline.site_comparison import compare_sites, export_site_comparison

QUESTION = "What about housing here?"
GROUPS = {
    ("north", "n1"): [
        ("Facilitator", "facilitator", [QUESTION]),
        ("Ana", "participant", ["I could not pay rent.", "Housing is hard."]),
        ("Ben", "participant", ["People judged me."]),
        ("Cat", "participant", ["The wage is low."]),
    ],
    ("south", "s1"): [
        ("Dee", "participant", ["No shelter beds left."]),
        ("Eve", "participant", ["The shelter is full."]),
        ("Fay", "participant", ["My rent doubled."]),
    ],
    ("south", "s2"): [
        ("Gus", "participant", ["Rent again, always rent."]),
        ("Hal", "participant", ["Nothing to add."]),
    ],
}
CODINGS = [
    ("I could not pay rent.", "housing"), ("Housing is hard.", "housing"), (QUESTION, "housing"),
    ("People judged me.", "stigma"), ("The wage is low.", "low_wage"),
    ("No shelter beds left.", "shelter"), ("The shelter is full.", "shelter"),
    ("My rent doubled.", "housing"), ("Rent again, always rent.", "housing"),
]


@pytest.fixture
def compared_db(tmp_path, build_sites_project, small_codebook_spec):
    path = tmp_path / "sites.db"
    ids = build_sites_project(path, GROUPS, small_codebook_spec)
    db = open_db(path)
    with db.session() as s:
        for text, code in CODINGS:
            record_decision(s, segment_id=ids[text], code_key=code, coder="pra-a")
    yield db, ids
    db.dispose()


def _row(frame: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for k, v in where.items():
        mask &= frame[k] == v
    assert mask.sum() == 1, where
    return frame[mask].iloc[0]


def test_site_comparison_shares_count_people_and_groups(compared_db):
    db, _ = compared_db
    with db.session() as s:
        comp = compare_sites(s)
    north = _row(comp.codes, site="north", code="housing")
    # Three segments (the facilitator's question included) but one participant of three.
    assert (north.segments, north.participants, north.site_participants) == (3, 1, 3)
    assert north.participant_share == pytest.approx(1 / 3, abs=1e-3)
    assert (north.groups, north.site_groups, north.group_share) == (1, 1, 1.0)
    south = _row(comp.codes, site="south", code="housing")
    # Child code 'shelter' counts as its parent 'housing'.
    assert (south.segments, south.participants, south.site_participants) == (4, 4, 5)
    assert south.participant_share == pytest.approx(0.8)
    assert (south.groups, south.site_groups, south.group_share) == (2, 2, 1.0)
    assert "shelter" not in set(comp.codes.code)


def test_site_comparison_warns_about_small_counts_in_plain_words(compared_db):
    db, _ = compared_db
    with db.session() as s:
        comp = compare_sites(s)
    north = _row(comp.codes, site="north", code="housing")
    assert north.small_count
    assert "Only 1 participant(s) at north" in north.warning
    assert not _row(comp.codes, site="south", code="housing").small_count
    # Nobody raised stigma in the south: nothing to warn about, just absent.
    south_stigma = _row(comp.codes, site="south", code="stigma")
    assert (south_stigma.participants, south_stigma.warning) == (0, "")


def test_site_comparison_lists_issues_present_at_one_site_only(compared_db):
    db, _ = compared_db
    with db.session() as s:
        comp = compare_sites(s)
    stigma = _row(comp.presence, code="stigma")
    assert (stigma.status, stigma.present_at, stigma.absent_at) == ("one site only", "north", "south")
    assert _row(comp.presence, code="housing").status == "every site"
    themes = comp.themes
    assert _row(themes, site="south", theme="Support").participants == 4
    assert _row(themes, site="north", theme="(no theme)").participants == 1


def test_site_comparison_follows_the_teams_consensus(compared_db):
    db, ids = compared_db
    with db.session() as s:
        s.add(Consensus(segment_id=ids["The wage is low."], code_key="low_wage", decision="rejected"))
    with db.session() as s:
        comp = compare_sites(s)
    assert _row(comp.presence, code="low_wage").status == "not raised"


def test_site_comparison_export_writes_csv_that_reads_back(compared_db, tmp_path):
    db, _ = compared_db
    out = tmp_path / "out" / "cmp"
    with db.session() as s:
        paths = export_site_comparison(s, out)
        comp = compare_sites(s)
    assert sorted(p.name for p in paths) == [
        "site_comparison_codes.csv", "site_comparison_presence.csv", "site_comparison_themes.csv"]
    back = pd.read_csv(out / "site_comparison_codes.csv", keep_default_na=False)
    assert len(back) == len(comp.codes)
    assert list(back.columns) == list(comp.codes.columns)
    assert back.participants.sum() == comp.codes.participants.sum()


def test_site_comparison_cli_export_and_bad_folder(compared_db, tmp_path, capsys):
    from pipeline.cli.base import run

    db, _ = compared_db
    path = db.url[len("sqlite:///"):]
    with pytest.raises(SystemExit) as ok:
        run(["--db", path, "export", "site-comparison", "--out", str(tmp_path / "cli")])
    assert ok.value.code == 0
    assert (tmp_path / "cli" / "site_comparison_presence.csv").is_file()
    blocker = tmp_path / "afile"
    blocker.write_text("x")
    with pytest.raises(SystemExit) as bad:
        run(["--db", path, "export", "site-comparison", "--out", str(blocker / "sub")])
    assert bad.value.code == 2
    assert "[E804]" in capsys.readouterr().err


def test_site_comparison_counts_a_person_once_across_the_files_of_one_group(tmp_path, build_sites_project,
                                                                            small_codebook_spec):
    groups = {
        ("east", "e1", "e1_part1.txt"): [("P1", "participant", ["Rent is too high."]),
                                         ("P2", "participant", ["Fine here."])],
        ("east", "e1", "e1_part2.txt"): [("P1", "participant", ["Rent again."]),
                                         ("P3", "participant", ["Housing first."])],
    }
    ids = build_sites_project(tmp_path / "parts.db", groups, small_codebook_spec)
    db = open_db(tmp_path / "parts.db")
    with db.session() as s:
        for text in ("Rent is too high.", "Rent again.", "Housing first."):
            record_decision(s, segment_id=ids[text], code_key="housing", coder="pra-a")
    with db.session() as s:
        row = _row(compare_sites(s).codes, site="east", code="housing")
    db.dispose()
    # P1 spoke in both files of the same group: three passages, two people, of three in all.
    assert (row.segments, row.participants, row.site_participants, row.groups) == (3, 2, 3, 1)


def test_site_comparison_cli_says_when_nothing_is_coded_yet(tmp_path, build_sites_project, small_codebook_spec,
                                                            capsys):
    from pipeline.cli.base import run

    build_sites_project(tmp_path / "empty.db", GROUPS, small_codebook_spec)
    with pytest.raises(SystemExit) as done:
        run(["--db", str(tmp_path / "empty.db"), "export", "site-comparison", "--out", str(tmp_path / "o")])
    assert done.value.code == 0
    assert "[E805]" in capsys.readouterr().err
    codes = pd.read_csv(tmp_path / "o" / "site_comparison_codes.csv")
    assert codes.segments.sum() == 0 and set(codes.site) == {"north", "south"}
