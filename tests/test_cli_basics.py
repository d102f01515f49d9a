"""Exit codes and messages of the command line's shared layer."""

from __future__ import annotations

import pytest

from pipeline.cli.base import run


def _run(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        run(argv)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


def test_cli_init_creates_database(tmp_path, capsys):
    target = tmp_path / "study.db"
    code, out, _ = _run(["--db", str(target), "init"], capsys)
    assert code == 0
    assert target.exists()
    assert "ready" in out


def test_cli_unknown_command_is_usage_error(capsys):
    code, _, err = _run(["no-such-command"], capsys)
    assert code == 2
    assert "Traceback" not in err


def test_cli_missing_folder_is_input_error(tmp_path, capsys):
    code, _, err = _run(["--db", str(tmp_path / "nope" / "x.db"), "init"], capsys)
    assert code == 2
    assert "does not exist" in err
    assert err.count("\n") == 1


def test_cli_codebook_round_trip(tmp_path, capsys):
    src = tmp_path / "cb.csv"
    src.write_text(
        "id,label,definition,examples,theme\n"
        "pay,Low pay,Talk about wages,We get paid nothing|Rent eats it all,money\n"
        "respect,Respect,Being valued at work,,people\n",
        encoding="utf-8",
    )
    db = tmp_path / "p.db"
    assert _run(["--db", str(db), "codebook", "import", str(src)], capsys)[0] == 0
    # The same content again is not a new version.
    code, out, _ = _run(["--db", str(db), "codebook", "import", str(src)], capsys)
    assert code == 0 and "unchanged" in out
    out_csv = tmp_path / "out.csv"
    assert _run(["--db", str(db), "codebook", "export", "--format", "csv", "--out", str(out_csv)], capsys)[0] == 0
    text = out_csv.read_text(encoding="utf-8")
    assert "We get paid nothing|Rent eats it all" in text
    assert text.splitlines()[0].startswith("id,label,definition")


def test_cli_codebook_bad_file_names_line(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ncodes:\n  - id: a\n    label: A\n  - id: b\n    definition: no label here\n", encoding="utf-8")
    code, _, err = _run(["--db", str(tmp_path / "p.db"), "codebook", "import", str(bad)], capsys)
    assert code == 2
    assert "bad.yaml, line 5" in err and "label" in err
