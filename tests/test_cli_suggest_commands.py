"""`needsmap suggest` and `needsmap evaluate` through the CLI: output, JSON fields, exit codes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from pipeline.cli.base import run
from pipeline.models import Suggestion

CONTRACT_FIELDS = {"engine", "n_segments", "micro_f1", "macro_f1", "top3_recall", "empty_precision",
                   "mean_kappa", "per_code", "seconds"}


def _run(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        run(argv)
    out = capsys.readouterr()
    return exc.value.code, out.out, out.err


@pytest.fixture
def labelled_files(tmp_path, sugg_codebook):
    from pipeline.codebook import to_yaml

    cb = tmp_path / "cb.yaml"
    cb.write_text(to_yaml(sugg_codebook), encoding="utf-8")
    gold = tmp_path / "gold.csv"
    gold.write_text("id,text,codes\n1,the rent is too high,housing\n2,they judged me at the clinic,stigma\n"
                    "3,a cpr course,training_cpr\n4,hello there,\n", encoding="utf-8")
    train = tmp_path / "train.csv"
    train.write_text("id,text,codes\n" + "\n".join(
        f"t{i},{t},{c}" for i, (t, c) in enumerate([
            ("rent went up", "housing"), ("evicted again", "housing"), ("shelter is full", "housing"),
            ("looked down on", "stigma"), ("judged by nurses", "stigma"), ("treated like dirt", "stigma"),
            ("the bus", ""), ("pizza", ""), ("weather", "")])) + "\n", encoding="utf-8")
    return cb, gold, train


def test_cli_evaluate_json_has_contract_fields(labelled_files, fake_encoder, capsys):
    cb, gold, train = labelled_files
    code, out, err = _run(["evaluate", "--codebook", str(cb), "--gold", str(gold), "--train", str(train),
                           "--engine", "hybrid", "--json"], capsys)
    assert code == 0, err
    result = json.loads(out)
    assert CONTRACT_FIELDS <= set(result)
    assert result["engine"] == "needsmap.hybrid.v6" and result["n_segments"] == 4
    assert set(result["per_code"]) == {"housing", "stigma", "training"}
    assert set(result["per_code"]["housing"]) == {"precision", "recall", "f1", "kappa", "support"}


def test_cli_evaluate_table_without_json(labelled_files, capsys):
    cb, gold, _ = labelled_files
    code, out, _ = _run(["evaluate", "--codebook", str(cb), "--gold", str(gold), "--engine", "keyword"], capsys)
    assert code == 0
    assert "micro-F1" in out and "housing" in out and "support" in out
    assert not out.lstrip().startswith("{")
    assert "keyword baseline" not in out  # the baseline is not compared with itself


def test_cli_evaluate_table_shows_the_keyword_baseline_of_the_same_texts(labelled_files, fake_encoder, capsys):
    import re

    cb, gold, train = labelled_files
    code, out, err = _run(["evaluate", "--codebook", str(cb), "--gold", str(gold), "--engine", "keyword", "--json"], capsys)
    keyword_f1 = json.loads(out)["micro_f1"]
    code, out, err = _run(["evaluate", "--codebook", str(cb), "--gold", str(gold), "--train", str(train),
                           "--engine", "hybrid"], capsys)
    assert code == 0, err
    engine_f1 = float(re.search(r"^micro-F1 ([0-9.]+)", out, re.M).group(1))
    shown = re.search(r"keyword baseline \(codebook terms only\): micro-F1 ([0-9.]+)(, so this engine scores ([0-9.]+) times that)?", out)
    assert shown and float(shown.group(1)) == pytest.approx(keyword_f1, abs=5e-4)
    if keyword_f1:
        assert float(shown.group(3)) == pytest.approx(engine_f1 / keyword_f1, abs=0.06)


def test_cli_evaluate_bad_inputs_exit_2_with_file_and_line(labelled_files, tmp_path, capsys):
    cb, gold, _ = labelled_files
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text,codes\n1,ok,housing\n2,fine,nonsense\n", encoding="utf-8")
    code, _, err = _run(["evaluate", "--codebook", str(cb), "--gold", str(bad), "--engine", "keyword"], capsys)
    assert code == 2 and "E301" in err and "bad.csv, line 3" in err and "Traceback" not in err
    code, _, err = _run(["evaluate", "--codebook", str(cb), "--gold", str(gold), "--engine", "magic"], capsys)
    assert code == 2 and "E205" in err


def test_cli_suggest_scores_and_second_run_keeps_everything(sugg_project, db_path, capsys):
    unreviewed = len(sugg_project["segments"]) - len(sugg_project["coded"])  # facilitator turns included
    code, out, err = _run(["--db", str(db_path), "suggest"], capsys)
    assert code == 0, err
    assert "needsmap.hybrid.v6" in out and f"scored {unreviewed} passages" in out
    code, out, _ = _run(["--db", str(db_path), "suggest"], capsys)
    assert code == 0 and "scored 0 passages" in out and f"kept {unreviewed} unchanged" in out
    with sugg_project["db"].session() as s:
        assert set(s.scalars(select(Suggestion.engine))) == {"needsmap.hybrid.v6"}


def test_cli_suggest_without_codebook_or_with_bad_model_exits_2(db, db_path, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("NEEDSMAP_ENCODER", "hashing")
    code, _, err = _run(["--db", str(db_path), "suggest"], capsys)
    assert code == 2 and "E105" in err
    monkeypatch.delenv("NEEDSMAP_ENCODER")
    from conftest import build_suggest_project

    build_suggest_project(db)
    code, _, err = _run(["--db", str(db_path), "suggest", "--model", str(tmp_path / "nowhere")], capsys)
    assert code == 2 and "E206" in err


def test_cli_suggest_and_evaluate_help_have_examples(capsys):
    for cmd in ("suggest", "evaluate"):
        code, out, _ = _run([cmd, "--help"], capsys)
        assert code == 0 and "Example: needsmap" in out


def test_cli_suggest_train_says_where_the_lines_around_each_row_came_from(sugg_project, db_path, tmp_path, capsys):
    import csv
    import random

    from conftest import conversation_rows

    def write(rows, name):
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(["id", "text", "codes"])
            w.writerows([r.id, r.text, ";".join(r.codes)] for r in rows)
        return path

    order = list(range(40))
    code, out, err = _run(["--db", str(db_path), "suggest", "--train", str(write(conversation_rows(order), "talk.csv"))], capsys)
    assert code == 0, err
    assert "talk.csv do not say which focus group" in out and "follow a conversation in file order" in out
    random.Random(3).shuffle(order)
    code, out, err = _run(["--db", str(db_path), "suggest", "--train", str(write(conversation_rows(order), "mixed.csv"))], capsys)
    assert code == 0, err
    assert "without the lines around each one" in out and "ids like that, in transcript order" in out
    grouped = tmp_path / "grouped.csv"
    grouped.write_text("id,text,codes\nfg1:1,rent went up,housing\nfg1:2,judged again,stigma\n", encoding="utf-8")
    code, out, err = _run(["--db", str(db_path), "suggest", "--train", str(grouped)], capsys)
    assert code == 0, err
    assert "note:" not in out
