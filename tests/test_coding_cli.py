"""`needsmap code` exit codes: 0 when stored, 2 for an unknown segment or code."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from pipeline.cli.base import run
from pipeline.models import Coding


def _run(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        run(argv)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def test_code_command_stores_and_rejects(team_project, db_path, capsys):
    seg = team_project.segments[0]
    code, out, _ = _run(["--db", str(db_path), "code", str(seg), "stigma", "--coder", "alice"], capsys)
    assert code == 0 and "confirmed" in out
    code, _, _ = _run(["--db", str(db_path), "code", str(seg), "stigma", "--coder", "bob", "--reject"], capsys)
    assert code == 0
    with team_project.db.session() as s:
        assert sorted(s.scalars(select(Coding.decision))) == ["confirmed", "rejected"]


def test_code_command_unknown_segment_or_code_exits_2(team_project, db_path, capsys):
    code, _, err = _run(["--db", str(db_path), "code", "4242", "stigma", "--coder", "alice"], capsys)
    assert code == 2 and "E201" in err and "Traceback" not in err
    code, _, err = _run(["--db", str(db_path), "code", str(team_project.segments[0]), "nope", "--coder", "alice"], capsys)
    assert code == 2 and "E107" in err
    with team_project.db.session() as s:
        assert s.scalars(select(Coding)).first() is None


def test_round_commands_need_a_pi(team_project, db_path, capsys):
    code, _, err = _run(["--db", str(db_path), "round", "open", "p1", "--by", "alice"], capsys)
    assert code == 2 and "E603" in err and "Only a principal investigator (PI)" in err
    code, out, _ = _run(["--db", str(db_path), "round", "open", "p1", "--by", "pia"], capsys)
    assert code == 0 and "blind" in out
    code, out, _ = _run(["--db", str(db_path), "round", "close", "--by", "pia"], capsys)
    assert code == 0
