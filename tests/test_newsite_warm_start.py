"""The issue's must-show: a site started from an earlier one gets better first suggestions, and
nothing of the earlier site's transcripts or speakers travels.

Project A (fixture `sample_project_a`) holds half the sample sites with every labelled text
confirmed by 'pra-a'; site B is started from A with `new_site`. B's first stored
suggestions are scored on B's labelled segments against a cold start (the codebook alone).
The fast hashing encoder stands in for the model; `benchmarks/bench_newsite.py` prints the
same comparison with the real model.
"""

from __future__ import annotations

import re

from sqlalchemy import select

from pipeline.config import DEFAULT_FACILITATOR_LABELS, DEFAULT_GROUP_LABELS
from pipeline.db import open_db
from pipeline.models import Segment, Speaker, TrainingExample
from pipeline.newsite import new_site, score_stored_suggestions
from pipeline.site_comparison import counted_codes
from pipeline.suggesters.store import run_suggest


def test_new_site_first_suggestions_beat_a_cold_start(sample_project_a, ingest_sample_sites, tmp_path,
                                                      monkeypatch, capsys):
    monkeypatch.setenv("NEEDSMAP_ENCODER", "hashing")
    study = sample_project_a
    assert study.confirmed_decisions > 50

    cold = ingest_sample_sites(tmp_path / "cold.db", study, study.b_sites)
    run_suggest(cold)
    cold_score = score_stored_suggestions(cold, study.labelled, sites=study.b_sites)
    cold.dispose()

    report = new_site(study.a_path, tmp_path / "b.db", actor="test")
    assert report.examples_added > 50
    warm = ingest_sample_sites(tmp_path / "b.db", study, study.b_sites, codebook=False)
    run_suggest(warm)
    warm_score = score_stored_suggestions(warm, study.labelled, sites=study.b_sites)
    warm.dispose()

    assert warm_score["n_segments"] == cold_score["n_segments"] > 50
    with capsys.disabled():
        print(f"\nsite B ({', '.join(study.b_sites)}) first-suggestion micro-F1 (hashing encoder): "
              f"cold start {cold_score['micro_f1']:.3f}, started from A {warm_score['micro_f1']:.3f}")
    assert warm_score["micro_f1"] > cold_score["micro_f1"]


def test_new_site_database_holds_no_speaker_and_no_unconfirmed_text_of_a(sample_project_a, tmp_path):
    study = sample_project_a
    a = open_db(study.a_path)
    with a.session() as s:
        confirmed = set(counted_codes(s))
        texts = dict(s.execute(select(Segment.id, Segment.text)).all())
        labels = {x for pair in s.execute(select(Speaker.label, Speaker.pseudonym)) for x in pair}
    a.dispose()
    new_site(study.a_path, tmp_path / "b.db")

    b = open_db(tmp_path / "b.db")
    with b.session() as s:
        examples = list(s.scalars(select(TrainingExample.text)))
    b.dispose()  # checkpoints the WAL into the file
    wal = tmp_path / "b.db-wal"
    blob = (tmp_path / "b.db").read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    blob = blob.decode("utf-8", "replace")
    assert len(examples) > 50

    # Confirmed quotes are what is meant to travel (names masked); an unconfirmed sentence
    # that also sits inside one of them, or inside the codebook's own examples, proves nothing.
    allowed = "\n".join([texts[i] for i in confirmed] + [study.codebook.read_text(encoding="utf-8")])
    unconfirmed = {t for i, t in texts.items() if i not in confirmed and len(t) >= 25 and t not in allowed}
    assert len(unconfirmed) > 20
    leaked = [t for t in unconfirmed if t in blob]
    assert not leaked, leaked[:3]

    # Speaker labels and pseudonyms: never inside a copied example, and (the longer ones,
    # which cannot occur by chance) nowhere in the file. Role words like "Facilitator" are
    # not names.
    roles = {x.lower() for x in DEFAULT_FACILITATOR_LABELS + DEFAULT_GROUP_LABELS}
    names = {x for x in labels if x.lower() not in roles}
    assert names
    for name in names:
        pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        assert not any(pattern.search(t) for t in examples), name
        if len(name) >= 4:
            assert name not in blob, name
