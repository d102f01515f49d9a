"""run_suggest on a project database: what is scored, what is stored, what is skipped."""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline.models import AuditLog, Coding, EngineState, Embedding, Suggestion
from pipeline.suggesters.store import run_suggest, suggestions_for


def _rows(db):
    with db.session() as s:
        return s.scalars(select(Suggestion)).all()


def test_store_scores_only_unreviewed_segments_and_records_engine(sugg_project):
    db = sugg_project["db"]
    report = run_suggest(db, engine="hybrid")
    rows = _rows(db)
    scored = {r.segment_id for r in rows}
    assert scored.isdisjoint(sugg_project["coded"])
    assert set(sugg_project["uncoded"]) <= scored
    assert report.scored == len(scored)
    assert {r.engine for r in rows} == {"needsmap.hybrid.v6"}
    assert all(r.model_version == report.model_version and "needsmap.hashing-char" in r.model_version for r in rows)
    assert all(r.accepted == (r.score >= 0.5) for r in rows)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "suggest.run")) == 1


def test_store_second_run_skips_everything_and_encodes_nothing(sugg_project):
    db = sugg_project["db"]
    first = run_suggest(db, engine="hybrid")
    with db.session() as s:
        cached = s.scalar(select(func.count()).select_from(Embedding))
    second = run_suggest(db, engine="hybrid")
    assert first.scored > 0 and first.refitted
    assert second.scored == 0 and second.skipped == first.scored
    assert second.encoded == 0 and not second.refitted
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Embedding)) == cached
        assert s.scalar(select(func.count()).select_from(EngineState)) == 1


def test_store_new_confirmation_refits_and_rescores(sugg_project):
    db = sugg_project["db"]
    first = run_suggest(db, engine="hybrid")
    target = sugg_project["uncoded"][1]
    with db.session() as s:
        s.add(Coding(segment_id=target, code_key="housing", coder_id=1, decision="confirmed", source="typed"))
    second = run_suggest(db, engine="hybrid")
    assert second.refitted
    assert second.model_version != first.model_version
    assert second.scored == first.scored - 1
    assert target not in {r.segment_id for r in _rows(db) if r.model_version == second.model_version}


def test_store_refit_after_a_new_confirmation_keeps_the_cross_validated_cuts(db, fake_encoder, monkeypatch):
    from conftest import SUGG_TURNS, build_suggest_project

    from pipeline.suggesters.hybrid import HybridSuggester

    # three takes of the coded talk: enough passages per code for cross-validated cuts
    turns = [(who, role, f"{words} (take {k})" if codes is not None else words, codes)
             for k in range(3) for who, role, words, codes in SUGG_TURNS[:10]] + SUGG_TURNS[10:]
    project = build_suggest_project(db, turns=turns)
    calls = []
    real_oof = HybridSuggester._out_of_fold
    monkeypatch.setattr(HybridSuggester, "_out_of_fold", lambda self, *a: calls.append(1) or real_oof(self, *a))
    run_suggest(db, engine="hybrid")
    assert calls == [1]
    with db.session() as s:
        s.add(Coding(segment_id=project["uncoded"][1], code_key="housing", coder_id=1, decision="confirmed",
                     source="typed"))
    calls.clear()
    second = run_suggest(db, engine="hybrid")
    assert second.refitted and calls == []


def test_store_keyword_engine_evidence_names_matched_terms(sugg_project):
    db = sugg_project["db"]
    run_suggest(db, engine="keyword")
    landlord = sugg_project["uncoded"][1]  # "The landlord wants first and last month's rent ..."
    with db.session() as s:
        views = suggestions_for(s, [landlord])[landlord]
    top = views[0]
    assert top.code_key == "housing" and top.accepted
    assert "rent" in top.evidence["matched_terms"]
    assert top.confidence in ("likely", "possible")
    assert top.engine == "needsmap.keyword.v1"


def test_store_suggestions_for_uses_latest_engine_and_orders_by_score(sugg_project):
    db = sugg_project["db"]
    run_suggest(db, engine="keyword")
    run_suggest(db, engine="zero-shot")
    seg = sugg_project["uncoded"][2]
    with db.session() as s:
        views = suggestions_for(s, [seg])[seg]
        only_kw = suggestions_for(s, [seg], engine="keyword")[seg]
    assert {v.engine for v in views} == {"needsmap.zero-shot.v1"}
    assert [v.score for v in views] == sorted((v.score for v in views), reverse=True)
    assert {v.engine for v in only_kw} == {"needsmap.keyword.v1"}


def test_store_train_rows_get_the_lines_around_them_from_file_order_when_ids_name_no_group(sugg_project, monkeypatch):
    import random

    from conftest import conversation_rows

    from pipeline.suggesters.hybrid import HybridSuggester

    fitted = []
    real_fit = HybridSuggester.fit
    monkeypatch.setattr(HybridSuggester, "fit", lambda self, examples: fitted.append(list(examples)) or real_fit(self, examples))
    db = sugg_project["db"]
    in_order = conversation_rows(list(range(40)))
    report = run_suggest(db, engine="hybrid", train_rows=in_order)
    assert report.train_context == "file order"
    from_file = {e.text: e.neighbours for e in fitted[-1] if e.origin == "train"}
    assert from_file[in_order[0].text] == [in_order[1].text]
    assert from_file[in_order[5].text] == [in_order[3].text, in_order[4].text, in_order[6].text]
    order = list(range(40))
    random.Random(3).shuffle(order)
    report = run_suggest(db, engine="hybrid", train_rows=conversation_rows(order))
    assert report.train_context == "none"
    train = [e for e in fitted[-1] if e.origin == "train"]
    assert len(train) == 40 and not any(e.neighbours for e in train)
    # the project's own coded passages keep their neighbours either way
    assert any(e.neighbours for e in fitted[-1] if e.origin != "train")
