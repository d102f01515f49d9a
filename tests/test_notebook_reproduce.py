"""The reproduction notebook runs top to bottom, and its tables equal `needsmap export tables`."""

from __future__ import annotations

import json

import pandas as pd
import pytest

NOTEBOOK = "notebooks/reproduce_needs_assessment.ipynb"


def _run_cli(args: list[str]) -> int:
    from pipeline.cli.base import run

    with pytest.raises(SystemExit) as done:
        run(args)
    return done.value.code


def test_notebook_uses_only_public_library_functions(repo_root):
    nb = json.loads((repo_root / NOTEBOOK).read_text(encoding="utf-8"))
    source = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    imports = [line for line in source.splitlines() if line.startswith(("from pipeline", "import pipeline"))]
    assert imports
    for line in imports:
        names = line.split(" import ", 1)[1]
        assert not any(n.strip().startswith("_") for n in names.split(",")), line
    assert "sqlalchemy" not in source  # the notebook reads the project through the library only


def test_notebook_runs_and_its_tables_equal_the_cli_export(repo_root, sample_study, tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    work = tmp_path / "work"
    monkeypatch.setenv("NEEDSMAP_NOTEBOOK_WORKDIR", str(work))
    monkeypatch.setenv("NEEDSMAP_NOTEBOOK_STUDY", str(repo_root))
    monkeypatch.setenv("NEEDSMAP_ENCODER", "hashing")
    monkeypatch.chdir(tmp_path)
    nb = nbformat.read(repo_root / NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors
    charts = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if "image/svg+xml" in o.get("data", {})]
    assert len(charts) >= 3

    db = work / "study.db"
    assert _run_cli(["--db", str(db), "export", "tables", "--out", str(tmp_path / "cli")]) == 0
    assert _run_cli(["--db", str(db), "export", "site-comparison", "--out", str(tmp_path / "cli")]) == 0
    from_notebook = sorted(p.name for p in (work / "notebook_tables").glob("*.csv"))
    from_cli = sorted(p.name for p in (tmp_path / "cli").glob("*.csv"))
    assert from_notebook == from_cli
    assert {"table1_participants.csv", "table2_issues_by_sem_level.csv",
            "table3_key_issues_and_strategies.csv"} <= set(from_cli)
    for name in from_cli:
        ours = pd.read_csv(work / "notebook_tables" / name, keep_default_na=False)
        theirs = pd.read_csv(tmp_path / "cli" / name, keep_default_na=False)
        pd.testing.assert_frame_equal(ours, theirs, obj=name)
    table2 = pd.read_csv(tmp_path / "cli" / "table2_issues_by_sem_level.csv", keep_default_na=False)
    assert len(table2) >= 10 and (table2.participants > 0).all()
