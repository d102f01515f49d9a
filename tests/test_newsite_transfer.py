"""new_site: the codebook and masked confirmed examples travel; nothing identifying does."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from pipeline.codebook import current_codebook
from pipeline.coding import record_decision
from pipeline.db import open_db
from pipeline.errors import NeedsmapError
from pipeline.models import (
    AuditLog, Coder, Coding, Consensus, Memo, Segment, Speaker, TrainingExample, Transcript,
)
from pipeline.newsite import new_site

CONFIRMED = "Maria Lopez's landlord put the rent up, call me on 250-555-0199 if you hear of a place."
UNCONFIRMED = "The secret garden behind the depot is where we meet on Sundays."
REJECTED = "Honestly the pay here is fine for now."
GROUPS = {
    ("harbour", "h1"): [
        ("Facilitator", "facilitator", ["What gets in the way at work?"]),
        ("Maria Lopez", "participant", [CONFIRMED, UNCONFIRMED]),
        ("Quentin", "participant", ["Quentin here, people judged us at the clinic.", REJECTED]),
    ],
}


def _file_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + "-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def project_a(tmp_path, build_sites_project, small_codebook_spec):
    path = tmp_path / "a.db"
    ids = build_sites_project(path, GROUPS, small_codebook_spec)
    db = open_db(path)
    with db.session() as s:
        record_decision(s, segment_id=ids[CONFIRMED], code_key="housing", coder="pra-a", memo="Maria is my cousin")
        record_decision(s, segment_id=ids["Quentin here, people judged us at the clinic."], code_key="stigma", coder="pra-a")
        record_decision(s, segment_id=ids[REJECTED], code_key="low_wage", coder="pra-a")
        s.add(Consensus(segment_id=ids[REJECTED], code_key="low_wage", decision="rejected", rationale="not a complaint"))
        s.add(TrainingExample(text="Carried over: no shelter beds, ring 604 555 0123.", text_hash="x" * 64,
                              codes=["shelter"], origin="earlier"))
    db.dispose()
    return path


def test_new_site_copies_codebook_and_masked_confirmed_examples(project_a, tmp_path, small_codebook_spec):
    b = tmp_path / "b.db"
    report = new_site(project_a, b, use_ner=False)
    assert report.codebook_created and report.examples_added == 3
    db = open_db(b)
    with db.session() as s:
        assert current_codebook(s).code_ids() == small_codebook_spec.code_ids()
        examples = {tuple(e.codes): e.text for e in s.scalars(select(TrainingExample))}
        for model in (Transcript, Segment, Speaker, Coder, Coding, Consensus, Memo):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        assert s.scalars(select(AuditLog.action)).all().count("project.new_site") == 1
    db.dispose()
    assert set(examples) == {("housing",), ("stigma",), ("shelter",)}
    assert examples[("housing",)].startswith("[NAME] landlord put the rent up")
    assert "[PHONE]" in examples[("housing",)] and "[PHONE]" in examples[("shelter",)]
    assert examples[("stigma",)] == "[NAME] here, people judged us at the clinic."


def test_new_site_database_holds_no_name_and_no_unconfirmed_text(project_a, tmp_path):
    b = tmp_path / "b.db"
    new_site(project_a, b, use_ner=False)
    open_db(b).dispose()  # checkpoint the WAL so the bytes on disk are final
    blob = _file_bytes(b).decode("utf-8", "replace")
    for secret in ("Maria", "Lopez", "Quentin", "250-555-0199", "604 555 0123", "cousin", "pra-a",
                   UNCONFIRMED, REJECTED, "What gets in the way at work?"):
        assert secret not in blob, secret


def test_new_site_twice_adds_nothing_new(project_a, tmp_path):
    b = tmp_path / "b.db"
    new_site(project_a, b, use_ner=False)
    again = new_site(project_a, b, use_ner=False)
    assert (again.codebook_created, again.examples_added, again.examples_already_there) == (False, 0, 3)


def test_new_site_masks_roster_names_and_their_misspellings(project_a, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("name,pseudonym\nRosalind Okafor,P9\n", encoding="utf-8")
    db = open_db(project_a)
    with db.session() as s:
        sid = s.scalar(select(Segment.id).where(Segment.text == UNCONFIRMED))
        record_decision(s, segment_id=sid, code_key="housing", coder="pra-a")
        seg = s.get(Segment, sid)
        seg.text = "Rosalind and Rosalyn Okafor lost their housing last winter."
    db.dispose()
    b = tmp_path / "b.db"
    report = new_site(project_a, b, roster=roster, use_ner=False)
    open_db(b).dispose()
    blob = _file_bytes(b).decode("utf-8", "replace")
    assert "Rosalind" not in blob and "Rosalyn" not in blob and "Okafor" not in blob
    assert report.names_masked >= 3


def test_new_site_refuses_missing_source_same_database_and_no_codebook(tmp_path, project_a):
    with pytest.raises(NeedsmapError) as missing:
        new_site(tmp_path / "nope.db", tmp_path / "b.db")
    assert missing.value.problems[0].code == "E801"
    assert not (tmp_path / "b.db").exists()
    with pytest.raises(NeedsmapError) as same:
        new_site(project_a, project_a)
    assert same.value.problems[0].code == "E803"
    empty = tmp_path / "empty.db"
    open_db(empty).dispose()
    with pytest.raises(NeedsmapError) as no_codebook:
        new_site(empty, tmp_path / "c.db")
    assert no_codebook.value.problems[0].code == "E802"


def test_new_site_cli_prints_report_and_exit_codes(project_a, tmp_path, capsys):
    from pipeline.cli.base import run

    b = tmp_path / "b.db"
    with pytest.raises(SystemExit) as ok:
        run(["--db", str(b), "new-site", "--from", str(project_a)])
    assert ok.value.code == 0
    assert "added: 3" in capsys.readouterr().out
    with pytest.raises(SystemExit) as bad:
        run(["--db", str(b), "new-site", "--from", str(tmp_path / "missing.db")])
    assert bad.value.code == 2
    assert "[E801]" in capsys.readouterr().err
