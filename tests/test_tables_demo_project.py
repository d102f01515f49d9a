"""The sample project's tables have the shape of the paper's Tables 1-3."""

from __future__ import annotations

from pathlib import Path

import pytest
import pandas as pd

from pipeline.demographics import read_demographics
from pipeline.tables import table1


def test_sample_questionnaire_reproduces_paper_table1(repo_root):
    path = repo_root / "data" / "sample_demographics.csv"
    if not path.is_file():
        pytest.skip("data/sample_demographics.csv is not there yet")
    df = table1(read_demographics(path.read_text(encoding="utf-8-sig"), str(path)))
    assert df.attrs["N"] == 31  # the paper's N
    pct = {(r.characteristic, r.category): round(r.percent) for r in df.itertuples()}
    assert pct[("Sex", "Male")] == 55 and pct[("Sex", "Female")] == 45
    assert pct[("Age", "Unknown")] == 42
    assert pct[("Highest level of education", "Some high school")] == 23


@pytest.mark.slow
def test_demo_project_export_tables_shape(tmp_path):
    pytest.importorskip("pipeline.ingest")
    from pipeline.db import open_db
    from pipeline.demo import build_demo
    from pipeline.exporters.tables_files import export_tables
    from pipeline.tables import table2, table3

    summary = build_demo(tmp_path / "demo.db", with_suggestions=False)
    # The per-site summary counts each person once, though two groups were recorded in two files.
    demographics = pd.read_csv(Path(__file__).resolve().parents[1] / "data" / "sample_demographics.csv")
    assert {r["site"]: r["participants"] for r in summary["sites"]} == \
        demographics.groupby("site").size().to_dict()
    assert summary["codings_seeded"] > 0
    db = open_db(tmp_path / "demo.db")
    try:
        with db.session() as s:
            t2 = table2(s)
            t3 = table3(s)
            paths = export_tables(s, tmp_path / "out")
    finally:
        db.dispose()
    assert t2["sem_level"].unique().tolist() == ["Individual", "Inter-personal", "Organizational", "Community",
                                                 "Policy or society"]
    assert (t2["segments"] > 0).all() and (t2["exemplar_quote"].str.len() > 0).all()
    assert t2["exemplar_quote"].is_unique
    assert {"Recognition of peer work", "Organizational support", "Skill development"} <= set(t3["theme"])
    assert len(paths) == 7
