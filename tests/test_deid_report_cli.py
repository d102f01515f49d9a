"""`needsmap ingest --roster`: the replacement report is written beside the roster, never in the database."""

from __future__ import annotations

import csv
import re

from pipeline.deid import REPORT_COLUMNS, load_roster


def _names(roster_path) -> list[str]:
    words = set()
    for e in load_roster(roster_path).entries:
        words.update([e.name, *e.name.split(), *e.aliases])
    return sorted(words)


def _in_bytes(data: bytes, names: list[str]) -> list[str]:
    return [n for n in names if re.search(rb"(?<![a-z])" + re.escape(n.encode()) + rb"(?![a-z])", data, re.I)]


def _setup(tmp_path, deid_dir):
    keys = tmp_path / "keys"
    keys.mkdir()
    roster = keys / "roster.csv"
    roster.write_bytes((deid_dir / "roster.csv").read_bytes())
    project = tmp_path / "project"
    project.mkdir()
    return roster, project / "p.db"


def _rows(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_deid_report_written_beside_roster(tmp_path, deid_dir, cli_run):
    roster, db_path = _setup(tmp_path, deid_dir)
    code, out, err = cli_run(["--db", str(db_path), "ingest", str(deid_dir / "group_north.txt"),
                              "--site", "north", "--roster", str(roster)])
    assert code == 0, err

    reports = sorted(roster.parent.glob("roster-replacements-*.csv"))
    assert len(reports) == 1
    assert str(reports[0]) in out
    with open(reports[0], newline="", encoding="utf-8") as fh:
        assert next(csv.reader(fh)) == REPORT_COLUMNS
    rows = _rows(reports[0])
    originals = {r["original"] for r in rows}
    # The speakers' real names and their mentions, with the pseudonym that replaced each.
    assert {"Maribelle Quintero", "Desmond Okafor", "Tavita Fonoti"} <= originals
    pseudonyms = {e.name: e.pseudonym for e in load_roster(roster).entries}
    for r in rows:
        if r["original"] in pseudonyms:
            assert r["replacement"] == pseudonyms[r["original"]]
    assert {"speaker", "phone", "email"} <= {r["kind"] for r in rows}
    assert f"replacements: {len(rows)} " in out

    # The report (the linking information) is not in the project folder, and no name is in the database.
    assert not list(db_path.parent.glob("*replacements*"))
    data = b"".join(p.read_bytes() for p in db_path.parent.iterdir() if p.is_file())
    assert _in_bytes(data, _names(roster)) == []


def test_deid_report_option_names_the_file(tmp_path, deid_dir, cli_run):
    roster, db_path = _setup(tmp_path, deid_dir)
    target = tmp_path / "elsewhere" / "checked.csv"
    code, out, err = cli_run(["--db", str(db_path), "ingest", str(deid_dir / "group_south.vtt"),
                              "--site", "south", "--roster", str(roster), "--report", str(target)])
    assert code == 0, err
    assert str(target) in out
    assert _rows(target), "the report lists the replacements"
    assert not list(roster.parent.glob("roster-replacements-*.csv"))


def test_deid_report_needs_a_roster(tmp_path, deid_dir, cli_run):
    db_path = tmp_path / "p.db"
    code, out, err = cli_run(["--db", str(db_path), "ingest", str(deid_dir / "group_north.txt"),
                              "--site", "north", "--report", str(tmp_path / "r.csv")])
    assert code == 2
    assert "--roster" in err and len(err.strip().splitlines()) == 1
    assert not db_path.exists()
    assert not (tmp_path / "r.csv").exists()


def test_deid_report_unwritable_place_imports_nothing(tmp_path, deid_dir, cli_run):
    roster, db_path = _setup(tmp_path, deid_dir)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code, out, err = cli_run(["--db", str(db_path), "ingest", str(deid_dir / "group_north.txt"),
                              "--site", "north", "--roster", str(roster), "--report", str(blocker / "r.csv")])
    assert code == 2
    assert "[E613]" in err and len(err.strip().splitlines()) == 1
    assert not db_path.exists(), "nothing is imported when the report cannot be written"
