"""The opt-in hybrid-tuned engine: a fine-tuned encoder kept in the project, averaged with the plain hybrid."""

from __future__ import annotations

import socket

import numpy as np
import pytest
from sqlalchemy import func, select

from pipeline.errors import NeedsmapError
from pipeline.models import Embedding, EngineState, Suggestion
from pipeline.suggesters.base import Example, Item

SUBJECTS = ["My landlord", "The building manager", "The housing worker", "My caseworker", "The new owner",
            "The shelter staff", "Our BC Housing contact", "The property company"]
HOUSING = ["{} put the rent up again and I might lose my room.", "{} said I have to move out by the end of the month.",
           "{} gave me an eviction notice last week."]
STIGMA = ["{} looks at me like I'm dirt because I use.", "{} treats us like junkies the second we walk in.",
          "{} talks down to me since they found out I'm in recovery."]
TRAINING = ["{} never showed me how to give naloxone properly.", "{} promised a first aid course and it never happened.",
            "{} says there's no money to train peers on CPR."]
NONE = ["{} brought muffins to the meeting.", "{} was late because of the bus.", "{} has a new dog."]


def _examples(subjects=SUBJECTS) -> list[Example]:
    out = []
    for subj in subjects:
        for code, templates in (("housing", HOUSING), ("stigma", STIGMA), ("training", TRAINING), (None, NONE)):
            for t in templates:
                out.append(Example(text=t.format(subj), codes=[code] if code else [], origin="train"))
    return out


def _tuned_project(db, n_subjects: int):
    from conftest import build_suggest_project

    info = build_suggest_project(db)
    return info, _examples(SUBJECTS[:n_subjects])


def test_hybrid_tuned_averages_the_plain_engine_and_the_one_over_the_tuned_encoder(sugg_codebook):
    """The ensemble's scores are the mean of two hybrids; its state restores the same predictions."""
    from pipeline.embeddings import HashingEncoder
    from pipeline.suggesters.hybrid import HybridSuggester
    from pipeline.suggesters.tuned import TunedHybridSuggester

    plain_enc, other_enc = HashingEncoder(256), HashingEncoder(128)  # stand-in for a tuned encoder
    train = _examples(SUBJECTS[:4])
    items = [Item(1, "They doubled the rent and I have nowhere to go."), Item(2, "The nurse treated me like a junkie."),
             Item(3, "We had soup.")]
    ens = TunedHybridSuggester(sugg_codebook, plain_enc).attach(other_enc).fit(train)
    a = HybridSuggester(sugg_codebook, plain_enc).fit(train)
    b = HybridSuggester(sugg_codebook, other_enc).fit(train)
    for got, ra, rb in zip(ens.predict(items), a.predict(items), b.predict(items)):
        sa, sb = {s.code_key: s.score for s in ra}, {s.code_key: s.score for s in rb}
        # a tolerance, not rounding both sides: two roundings of the same mean can straddle a digit
        assert {s.code_key: s.score for s in got} == pytest.approx({c: (sa[c] + sb[c]) / 2 for c in sa}, abs=1e-6)
        assert all(s.evidence for s in got[:3])
    again = TunedHybridSuggester(sugg_codebook, plain_enc).attach(other_enc).set_state(ens.get_state())
    assert [[(s.code_key, s.score) for s in r] for r in again.predict(items)] == \
        [[(s.code_key, s.score) for s in r] for r in ens.predict(items)]
    with pytest.raises(ValueError):  # a state with a tuned half cannot load into an engine without one
        TunedHybridSuggester(sugg_codebook, plain_enc).set_state(ens.get_state())


def test_hybrid_tuned_refit_keeps_only_the_plain_halfs_cuts(sugg_codebook, monkeypatch):
    """A retuned encoder would make the tuned half's cuts stale, so only the plain half keeps its own."""
    from pipeline.embeddings import HashingEncoder
    from pipeline.suggesters.hybrid import HybridSuggester
    from pipeline.suggesters.tuned import TunedHybridSuggester

    plain_enc, other_enc = HashingEncoder(256), HashingEncoder(128)
    train = _examples(SUBJECTS[:4])
    first = TunedHybridSuggester(sugg_codebook, plain_enc).attach(other_enc).fit(train)
    fitted_on = []
    real_oof = HybridSuggester._out_of_fold
    monkeypatch.setattr(HybridSuggester, "_out_of_fold", lambda self, *a: fitted_on.append(self.encoder) or real_oof(self, *a))
    again = TunedHybridSuggester(sugg_codebook, plain_enc).attach(other_enc)
    again.reuse_cuts_from(first.get_state())
    again.fit(train + [Example("The landlord doubled the rent.", ["housing"], origin="train")])
    assert fitted_on == [again.tuned.encoder] and again.cut_basis == len(train)
    assert again.tuned.cut_basis == len(train) + 1


def test_hybrid_tuned_with_few_examples_is_the_plain_hybrid_and_the_test_encoder_cannot_tune(db, fake_encoder):
    from pipeline.suggesters.store import run_suggest
    from pipeline.suggesters.tuned import MIN_TUNE_EXAMPLES

    info, train = _tuned_project(db, 1)
    assert len(train) + len(info["coded"]) < MIN_TUNE_EXAMPLES
    plain = run_suggest(db, engine="hybrid", train=train)
    tuned = run_suggest(db, engine="hybrid-tuned", train=train)
    assert "+tuned:" not in tuned.model_version and not tuned.retuned
    with db.session() as s:
        rows = s.execute(select(Suggestion.engine, Suggestion.segment_id, Suggestion.code_key, Suggestion.score)).all()
    by_engine = {}
    for eng, sid, code, score in rows:
        by_engine.setdefault(eng, {})[(sid, code)] = score
    assert plain.scored == tuned.scored > 0
    assert by_engine["needsmap.hybrid-tuned.v4"] == by_engine[plain.engine]
    with pytest.raises(NeedsmapError) as exc:
        run_suggest(db, engine="hybrid-tuned", train=_examples())
    assert exc.value.problems[0].code == "E306"


@pytest.mark.slow
def test_fine_tune_brings_same_code_passages_together_and_leaves_the_base_model_alone(monkeypatch):
    from pipeline import embeddings
    from pipeline.embeddings import SentenceEncoder, load_encoder
    from pipeline.suggesters.tuned import fine_tune

    monkeypatch.delenv("NEEDSMAP_ENCODER", raising=False)
    enc = load_encoder()
    assert isinstance(enc, embeddings.SentenceEncoder)
    probe_subjects = ["The landlord's son", "A new support worker"]  # never seen while tuning
    probe, labels = [], []
    for code, templates in (("housing", HOUSING), ("stigma", STIGMA), ("training", TRAINING)):
        for subj in probe_subjects:
            for t in templates:
                probe.append(t.format(subj))
                labels.append(code)
    labels = np.array(labels)
    same = labels[:, None] == labels[None, :]
    off_diag = ~np.eye(len(labels), dtype=bool)

    def margin(vecs):
        sims = vecs @ vecs.T
        return sims[same & off_diag].mean() - sims[~same].mean()

    before = enc.encode(probe)
    tuned = fine_tune(enc.model, _examples(), ["housing", "stigma", "training"], epochs=4)
    assert np.allclose(enc.encode(probe), before)  # the shared base model is untouched
    after = SentenceEncoder(tuned, "tuned").encode(probe)
    assert margin(after) > margin(before) + 0.15


@pytest.mark.slow
def test_hybrid_tuned_keeps_its_tuned_model_in_the_project_and_tunes_again_when_codes_grow(db, monkeypatch):
    from pipeline import embeddings
    from pipeline.suggesters.store import run_suggest
    from pipeline.suggesters.tuned import MIN_TUNE_EXAMPLES, RETUNE_GROWTH

    monkeypatch.delenv("NEEDSMAP_ENCODER", raising=False)
    monkeypatch.setattr(embeddings, "_cache", {})
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("network access attempted during suggest")

    for target, name in ((socket.socket, "connect"), (socket.socket, "connect_ex"), (socket, "getaddrinfo"),
                         (socket, "create_connection")):
        monkeypatch.setattr(target, name, refuse)

    info, train = _tuned_project(db, 5)
    unreviewed = len(info["segments"]) - len(info["coded"])
    assert len(train) >= MIN_TUNE_EXAMPLES
    first = run_suggest(db, engine="hybrid-tuned", train=train)
    assert first.retuned and "+tuned:" in first.model_version and first.scored == unreviewed
    with db.session() as s:
        fp = s.scalar(select(EngineState.fingerprint).where(EngineState.engine == "needsmap.hybrid-tuned.v1/encoder"))
        engines = set(s.scalars(select(Suggestion.engine)))
    assert fp.endswith(f":{len(train) + len(info['coded'])}") and engines == {"needsmap.hybrid-tuned.v4"}

    second = run_suggest(db, engine="hybrid-tuned", train=train)
    with db.session() as s:
        per_model = dict(s.execute(select(Embedding.model_id, func.count()).group_by(Embedding.model_id)).all())
    # both models read the texts (each pass also keeps the text's detail vector), and the report
    # counts every text either of them encoded
    sentence = {m: n for m, n in per_model.items() if "#" not in m}
    assert len(sentence) == 2 and min(sentence.values()) > unreviewed and first.encoded == sum(sentence.values())
    assert {m: per_model[f"{m}#mean-layer-3"] for m in sentence} == sentence
    assert (second.retuned, second.refitted, second.scored, second.encoded) == (False, False, 0, 0)
    assert second.model_version == first.model_version

    more = _examples(SUBJECTS)  # grown by more than a quarter: tuned again, every passage rescored
    assert len(more) + len(info["coded"]) >= RETUNE_GROWTH * (len(train) + len(info["coded"]))
    third = run_suggest(db, engine="hybrid-tuned", train=more)
    assert third.retuned and third.model_version != first.model_version and third.scored == unreviewed

    # a new codebook version tunes again and the old version's tuned model is dropped
    import copy

    from conftest import SUGG_CODEBOOK

    from pipeline.codebook import CodebookSpec, store_codebook
    changed = copy.deepcopy(SUGG_CODEBOOK)
    changed["codes"][0]["keywords"].append("landlord")
    with db.session() as s:
        new_row, created = store_codebook(s, CodebookSpec.model_validate(changed))
        new_id = new_row.id
    assert created
    assert run_suggest(db, engine="hybrid-tuned", train=more).retuned
    with db.session() as s:
        kept = s.scalars(select(EngineState.codebook_id).where(EngineState.engine == "needsmap.hybrid-tuned.v1/encoder")).all()
    assert kept == [new_id]
    assert attempts == []


@pytest.mark.slow
def test_evaluate_hybrid_tuned_tunes_on_the_training_rows_only(monkeypatch, sugg_codebook):
    from pipeline.evaluation import LabelledRow, evaluate

    monkeypatch.delenv("NEEDSMAP_ENCODER", raising=False)
    train = [LabelledRow(str(i), e.text, list(e.codes)) for i, e in enumerate(_examples(SUBJECTS[:5]))]
    gold = [LabelledRow(f"g{i}", e.text, list(e.codes)) for i, e in enumerate(_examples(["A woman from the church"]))]
    tuned = evaluate(sugg_codebook, gold, train, engine="hybrid-tuned")
    assert tuned["engine"] == "needsmap.hybrid-tuned.v4" and tuned["model_version"].endswith("+tuned:in-memory")
    assert tuned["n_train"] == len(train) and tuned["micro_f1"] >= 0.8
    few = evaluate(sugg_codebook, gold, train[:10], engine="hybrid-tuned")  # too few rows to tune on
    assert "tuned" not in few["model_version"]
