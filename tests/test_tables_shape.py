"""The study tables have the shape of the paper's Tables 1-3 (Mamdani et al. 2021)."""

from __future__ import annotations

import pytest

from pipeline.tables import code_frequencies_by_sem, code_frequencies_by_site, table1, table2, table3


def _paper_table1_rows() -> list[dict]:
    """31 questionnaire rows whose answers give the paper's Table 1 percentages."""
    sexes = ["Male"] * 17 + ["Female"] * 14
    ages = ["21- 30"] * 2 + ["31- 40"] * 6 + ["41- 50"] * 4 + ["51-60"] * 2 + ["61-70"] * 3 + ["71+"] + [""] * 13
    edu = (["Some high school"] * 7 + ["Completed high school"] * 3 + ["Some community college or technical school"] * 2
           + ["Completed comm. college or technical school"] * 2 + ["Some university"] + ["Completed Bachelor’s degree"] * 2
           + ["Post Graduate Training"] + ["unknown"] * 13)
    return [{"participant": f"P{i}", "site": "victoria", "sex": s, "age_band": a, "education": e}
            for i, (s, a, e) in enumerate(zip(sexes, ages, edu), start=1)]


def test_table1_reproduces_the_papers_percentages():
    df = table1(_paper_table1_rows())
    assert df.attrs["N"] == 31
    assert df.iloc[0].tolist() == ["Participants", "All", 31, 100.0]
    pct = {(r.characteristic, r.category): round(r.percent) for r in df.itertuples()}
    assert pct[("Sex", "Male")] == 55 and pct[("Sex", "Female")] == 45
    ages = df[df["characteristic"] == "Age"]
    # the paper lists 'Under 20 0%': an option nobody chose is still a row
    assert ages["category"].tolist() == ["Under 20", "21- 30", "31- 40", "41- 50", "51-60", "61-70", "71+", "Unknown"]
    assert [round(p) for p in ages["percent"]] == [0, 6, 19, 13, 6, 10, 3, 42]
    edu = df[df["characteristic"] == "Highest level of education"]
    assert [round(p) for p in edu["percent"]] == [23, 10, 6, 6, 3, 6, 3, 42]
    assert edu["category"].iloc[0] == "Some high school" and edu["category"].iloc[-1] == "Unknown"
    assert ages["n"].sum() == 31  # unknowns kept, nothing dropped


def test_table1_lists_unchosen_options_only_for_the_study_questionnaire():
    rows = [{"participant": "P1", "site": "s", "sex": "Female", "age_band": "31 - 40", "education": "Some university"},
            {"participant": "P2", "site": "s", "sex": "Non-binary", "age_band": "18-24", "education": "GED"}]
    df = table1(rows[:1])
    ages = df[df["characteristic"] == "Age"]
    assert ages["category"].tolist() == ["Under 20", "21-30", "31 - 40", "41-50", "51-60", "61-70", "71+"]
    assert ages["n"].tolist() == [0, 0, 1, 0, 0, 0, 0] and ages["n"].sum() == 1
    assert df[df["characteristic"] == "Sex"]["category"].tolist() == ["Female", "Male"]
    # a study with its own answer options gets only the answers it has, nothing invented
    df = table1(rows)
    got = {c: df[df["characteristic"] == c]["category"].tolist() for c in ("Sex", "Age", "Highest level of education")}
    assert got == {"Sex": ["Female", "Non-binary"], "Age": ["18-24", "31 - 40"], "Highest level of education": ["Some university", "GED"]}


def test_table1_from_imported_questionnaire(db, tmp_path):
    from pipeline.demographics import import_demographics

    csv = tmp_path / "demo.csv"
    csv.write_text("participant,site,group,sex,age_band,education\n"
                   "P1,north,north-1,Female,31-40,Some high school\n"
                   "P2,north,north-1,Male,,\n"
                   "P3,south,south-1,Female,41-50,Some university\n", encoding="utf-8")
    with db.session() as s:
        assert import_demographics(s, csv) == 3
        df = table1(s)
    assert df.attrs["N"] == 3
    row = df[(df["characteristic"] == "Age") & (df["category"] == "Unknown")].iloc[0]
    assert row["n"] == 1 and row["percent"] == pytest.approx(33.3)


def test_demographics_file_is_all_or_nothing_with_lines(db, tmp_path):
    from pipeline.demographics import import_demographics
    from pipeline.errors import NeedsmapError
    from pipeline.models import Participant

    csv = tmp_path / "bad.csv"
    csv.write_text("participant,site,sex\nP1,north,Male\n,north,Female\nP1,north,Female\n", encoding="utf-8")
    with pytest.raises(NeedsmapError) as exc:
        with db.session() as s:
            import_demographics(s, csv)
    assert [p.line for p in exc.value.problems] == [3, 4]
    with db.session() as s:
        assert s.query(Participant).count() == 0


def test_table2_groups_issues_by_sem_level_with_counts(coded_project):
    with coded_project.db.session() as s:
        df = table2(s)
    assert df["sem_level"].tolist() == ["Individual", "Inter-personal", "Organizational", "Organizational",
                                        "Community", "Policy or society", "Policy or society"]
    row = df.set_index("code").loc["workplace_respect"]
    # segments 0 and 2 (P1, north-1) and 7 (P5, south-1)
    assert (row["segments"], row["participants"], row["focus_groups"]) == (3, 2, 2)
    assert row["exemplar_speaker"] in {"P1", "P5"}
    stigma = df.set_index("code").loc["stigma"]
    assert (stigma["segments"], stigma["participants"], stigma["focus_groups"]) == (2, 2, 2)
    # the quote both coders agreed on is preferred over bob's single vote
    assert stigma["exemplar_quote"] == "The stigma from the public follows us everywhere we go."
    assert stigma["exemplar_speaker"] == "P6"


def test_table2_counts_follow_consensus(coded_project):
    from pipeline.consensus import resolve

    with coded_project.db.session() as s:
        resolve(s, segment_id=coded_project.segments[4], code_key="stigma", decision="rejected",
                rationale="not stigma", decided_by="pia")
        df = table2(s).set_index("code")
    assert df.loc["stigma", "segments"] == 1


def test_table3_theme_key_issues_strategies(coded_project):
    from pipeline.prioritize import close_priority_round, open_priority_round, vote
    from pipeline.strategies import add_strategy

    with coded_project.db.session() as s:
        before = table3(s)
        assert before["basis"].str.contains("most coded").all()
        rnd = open_priority_round(s, "r", actor="pia")
        vote(s, coder="alice", ranks={"stigma": 1, "role_clarity": 2, "skills_confidence": 3})
        vote(s, coder="bob", ranks={"role_clarity": 1, "stigma": 2, "skills_confidence": 3})
        close_priority_round(s, rnd.id, actor="pia")
        add_strategy(s, text="Create job descriptions with a formal title", owner="pia", issues=["role_clarity"])
        add_strategy(s, text="Video: a day in the life of a peer worker", issues=["stigma", "community_recognition"])
        df = table3(s)
    assert df["theme"].tolist() == ["Recognition of peer work", "Organizational support", "Skill development"]
    assert df["code"].tolist() == ["stigma", "role_clarity", "skills_confidence"]
    assert df.set_index("code").loc["role_clarity", "strategies"] == "Create job descriptions with a formal title (owner: pia; proposed)"
    assert "day in the life" in df.set_index("code").loc["stigma", "strategies"]
    assert df["basis"].iloc[0] == f"priority round {rnd.id}"


def test_frequencies_by_site_and_sem_level(coded_project):
    with coded_project.db.session() as s:
        by_site = code_frequencies_by_site(s).set_index("code")
        by_sem = code_frequencies_by_sem(s).set_index("sem_level")
    assert by_site.loc["workplace_respect", ["north", "south", "total"]].tolist() == [2, 1, 3]
    assert by_site.loc["stigma", ["north", "south", "total"]].tolist() == [1, 1, 2]
    # organizational: segments 0, 2 (north) and 5, 7 (south); segment 2 is also low_wage (policy)
    assert by_sem.loc["Organizational", ["north", "south", "total"]].tolist() == [2, 2, 4]
    assert by_sem.loc["Policy or society", "total"] == 3


def test_strategy_status_and_issues_are_checked(coded_project):
    from pipeline.errors import NeedsmapError
    from pipeline.strategies import add_strategy, link, list_strategies, update_strategy

    with coded_project.db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            add_strategy(s, text="x", status="someday")
        assert exc.value.problems[0].code == "E416"
        with pytest.raises(NeedsmapError) as exc:
            add_strategy(s, text="x", issues=["no_such_issue"])
        assert exc.value.problems[0].code == "E107"
        row = add_strategy(s, text="Team-building days", issues=["debriefing_access"], owner="alice")
        assert link(s, row.id, ["debriefing_access", "role_clarity"]) == ["role_clarity"]
        update_strategy(s, row.id, status="planned")
        listed = list_strategies(s)
    assert listed == [{"id": row.id, "text": "Team-building days", "owner": "alice", "status": "planned",
                       "issues": ["debriefing_access", "role_clarity"]}]


def test_every_table_works_before_anyone_has_coded(team_project, tmp_path):
    from pipeline.exporters.tables_files import export_tables

    with team_project.db.session() as s:
        assert table1(s).empty and table2(s).empty and table3(s).empty
        assert code_frequencies_by_site(s)["total"].sum() == 0
        assert code_frequencies_by_sem(s)["total"].sum() == 0
        assert len(export_tables(s, tmp_path / "out")) == 7


def test_table2_counts_a_person_once_across_two_files_of_one_group(db):
    """A focus group recorded in two files (part 1, part 2) is the same people."""
    from conftest import TEAM_CODEBOOK, add_turns_transcript

    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.coding import record_decision
    from pipeline.models import FocusGroup, Site

    with db.session() as s:
        store_codebook(s, CodebookSpec.model_validate(TEAM_CODEBOOK))
        site = Site(name="victoria")
        s.add(site)
        s.flush()
        group = FocusGroup(site_id=site.id, name="victoria-4")
        s.add(group)
        s.flush()
        part1 = add_turns_transcript(s, group.id, "part1.csv", [
            ("P3", "P01", "participant", "Rent took everything I had."),
            ("P4", "P02", "participant", "I slept in the shelter again."),
        ])
        part2 = add_turns_transcript(s, group.id, "part2.xlsx", [
            ("P3", "P01", "participant", "Still no place to live."),
        ])
        for seg_id, _role in part1 + part2:
            record_decision(s, segment_id=seg_id, code_key="low_wage", coder="alice")
    with db.session() as s:
        row = table2(s).set_index("code").loc["low_wage"]
    assert (row["segments"], row["participants"], row["focus_groups"]) == (3, 2, 1)
