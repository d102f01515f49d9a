"""evaluate(): the labelled-text reader and the contract's metrics."""

from __future__ import annotations

import pytest
from conftest import conversation_rows

from pipeline.errors import NeedsmapError
from pipeline.evaluation import evaluate, parse_labelled_csv, row_neighbours, score_predictions

CONTRACT_FIELDS = {"engine", "n_segments", "micro_f1", "macro_f1", "top3_recall", "empty_precision",
                   "mean_kappa", "per_code", "seconds"}


def test_evaluation_reader_reads_codes_and_rejects_bad_rows(sugg_codebook):
    rows = parse_labelled_csv("id,text,codes\na,rent is high,housing\nb,nothing here,\nc,judged,stigma;housing\n",
                              "gold.csv", sugg_codebook)
    assert [(r.id, r.codes, r.line) for r in rows] == [("a", ["housing"], 2), ("b", [], 3), ("c", ["stigma", "housing"], 4)]
    with pytest.raises(NeedsmapError) as err:
        parse_labelled_csv("id,text,codes\na,ok,housing\nb,,stigma\nc,fine,hosuing\n", "gold.csv", sugg_codebook)
    probs = [(p.code, p.file, p.line) for p in err.value.problems]
    assert probs == [("E302", "gold.csv", 3), ("E301", "gold.csv", 4)]
    with pytest.raises(NeedsmapError) as err:
        parse_labelled_csv("id,sentence,label\n1,x,y\n", "gold.csv", sugg_codebook)
    assert err.value.problems[0].code == "E203"


def test_labelled_file_may_name_codes_by_label_or_in_any_case(sugg_codebook):
    rows = parse_labelled_csv('id,text,codes\na,rent,HOUSING\nb,cpr,"cpr-training; Cpr Training"\nc,judged, stigma ;Training\n',
                              "gold.csv", sugg_codebook)
    assert [r.codes for r in rows] == [["housing"], ["training_cpr"], ["stigma", "training"]]
    with pytest.raises(NeedsmapError) as err:
        parse_labelled_csv("id,text,codes\na,rent,housing stuff\n", "gold.csv", sugg_codebook)
    assert [(p.code, p.line) for p in err.value.problems] == [("E301", 2)]
    assert "housing stuff" in str(err.value)


def test_a_code_name_two_codes_share_is_never_guessed():
    from pipeline.codebook import CodebookSpec

    # one code's label is the other's id: 'Shelter' could mean either, so it stays unknown
    spec = CodebookSpec.model_validate({"codes": [{"id": "housing", "label": "Shelter"},
                                                  {"id": "shelter", "label": "Housing"}]})
    rows = parse_labelled_csv("id,text,codes\na,x,housing\nb,y,shelter\n", "gold.csv", spec)
    assert [r.codes for r in rows] == [["housing"], ["shelter"]]  # an exact id always counts
    with pytest.raises(NeedsmapError) as err:
        parse_labelled_csv("id,text,codes\na,x,Shelter\nb,y,HOUSING\n", "gold.csv", spec)
    assert [(p.code, p.line) for p in err.value.problems] == [("E301", 2), ("E301", 3)]


def test_evaluation_metrics_by_hand(sugg_codebook):
    # codes at top level: housing, stigma, training (training_cpr rolls up to training)
    gold = [{"housing"}, {"stigma"}, set(), {"training"}]
    scored = [
        {"housing": 0.9, "stigma": 0.6},     # tp housing, fp stigma
        {"stigma": 0.4, "housing": 0.45},    # fn stigma (below threshold), ranked second
        {"training": 0.2},                   # empty, nothing accepted
        {"training": 0.7},                   # tp training
    ]
    r = score_predictions(sugg_codebook, gold, scored)
    # tp=2 fp=1 fn=1 -> micro F1 = 4/6
    assert r["micro_f1"] == pytest.approx(4 / 6, abs=1e-4)
    assert r["top3_recall"] == 1.0
    assert r["empty_precision"] == 1.0
    assert r["per_code"]["housing"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "kappa": 1.0, "support": 1}
    assert r["per_code"]["stigma"]["recall"] == 0.0 and r["per_code"]["stigma"]["precision"] == 0.0
    assert r["macro_f1"] == pytest.approx((1 + 0 + 1) / 3, abs=1e-4)
    assert set(r["per_code"]) == {"housing", "stigma", "training"}


def test_evaluation_child_codes_roll_up_to_parent(sugg_codebook, fake_encoder):
    gold = parse_labelled_csv("id,text,codes\n1,a CPR course please,training_cpr\n2,nice day,\n", "g.csv", sugg_codebook)
    r = evaluate(sugg_codebook, gold, engine="keyword")
    assert r["per_code"]["training"]["support"] == 1
    assert "training_cpr" not in r["per_code"]
    assert r["per_code"]["training"]["recall"] == 1.0  # 'cpr' keyword on the child counts for the parent


def test_evaluation_parts_score_their_rows_from_the_same_predictions(sugg_codebook):
    gold = parse_labelled_csv("id,text,codes\n1,the rent is too high,housing\n2,they judged me,stigma\n"
                              "3,hello,\n4,rent rent rent,\n", "g.csv", sugg_codebook)
    parts = {"first two": [True, True, False, False], "last two": [False, False, True, True]}
    r = evaluate(sugg_codebook, gold, engine="keyword", parts=parts)
    alone = [evaluate(sugg_codebook, [gold[i] for i in range(4) if m[i]], engine="keyword") for m in parts.values()]
    for name, single in zip(parts, alone):
        assert r["parts"][name]["n_segments"] == 2
        for key in ("micro_f1", "top3_recall", "empty_precision", "per_code"):
            assert r["parts"][name][key] == single[key], (name, key)
    # the keyword engine finds 'rent' in row 4, which has no code: only the last part loses empty precision
    assert r["parts"]["first two"]["empty_precision"] == 1.0 and r["parts"]["last two"]["empty_precision"] == 0.5


def test_evaluation_result_has_contract_fields_for_every_engine(sugg_codebook, fake_encoder):
    gold = parse_labelled_csv("id,text,codes\n1,the rent is too high,housing\n2,they judged me,stigma\n3,hello,\n",
                              "g.csv", sugg_codebook)
    train = parse_labelled_csv("id,text,codes\n" + "\n".join(
        f"t{i},{t},{c}" for i, (t, c) in enumerate([("rent went up", "housing"), ("evicted again", "housing"),
                                                    ("shelter is full", "housing"), ("looked down on", "stigma"),
                                                    ("judged at the clinic", "stigma"), ("treated like dirt", "stigma"),
                                                    ("the bus", ""), ("pizza", ""), ("weather", "")])), "t.csv", sugg_codebook)
    for engine in ("keyword", "zero-shot", "hybrid"):
        r = evaluate(sugg_codebook, gold, train, engine=engine, encoder=fake_encoder)
        assert CONTRACT_FIELDS <= set(r)
        assert r["engine"].startswith("needsmap.") and r["n_segments"] == 3
        assert 0.0 <= r["micro_f1"] <= 1.0 and r["seconds"] >= 0


def test_evaluation_neighbours_stay_within_a_conversation(sugg_codebook):
    rows = parse_labelled_csv("id,text,codes\ng1:1,a,\ng1:2,b,\ng1:3,c,\ng2:1,d,\nplain,e,\n", "g.csv", sugg_codebook)
    assert row_neighbours(rows) == [["b"], ["a", "c"], ["a", "b"], [], []]


def test_evaluation_trains_without_neighbours_when_the_gold_rows_have_none(sugg_codebook, fake_encoder, monkeypatch):
    from pipeline.evaluation import format_table
    from pipeline.suggesters.hybrid import HybridSuggester

    seen = []
    real_fit = HybridSuggester.fit
    monkeypatch.setattr(HybridSuggester, "fit", lambda self, ex: seen.append(list(ex)) or real_fit(self, ex))
    train = parse_labelled_csv("id,text,codes\n" + "\n".join(
        f"g{i // 5}:{i},{t},{c}" for i, (t, c) in enumerate([("rent went up", "housing"), ("evicted again", "housing"),
                                                          ("shelter is full", "housing"), ("looked down on", "stigma"),
                                                          ("judged at the clinic", "stigma"), ("treated like dirt", "stigma"),
                                                          ("the bus", ""), ("pizza", ""), ("weather", "")])), "t.csv", sugg_codebook)
    in_groups = parse_labelled_csv("id,text,codes\nh:1,the rent is too high,housing\nh:2,they judged me,stigma\nh:3,hello,\n",
                                   "g.csv", sugg_codebook)
    loose = parse_labelled_csv("id,text,codes\n1,the rent is too high,housing\n2,they judged me,stigma\n3,hello,\n",
                               "g.csv", sugg_codebook)
    with_context = evaluate(sugg_codebook, in_groups, train, engine="hybrid", encoder=fake_encoder)
    without = evaluate(sugg_codebook, loose, train, engine="hybrid", encoder=fake_encoder)
    assert with_context["conversation_context"] == "ids" and without["conversation_context"] == "none"
    first, second = seen
    assert all(e.neighbours for e in first)  # every training row has lines around it in its group
    assert not any(e.neighbours for e in second)
    assert [e.text for e in first] == [e.text for e in second]
    assert "trained without them" in format_table(without) and "trained without them" not in format_table(with_context)


def test_reads_in_order_tells_a_conversation_from_shuffled_or_code_sorted_rows(fake_encoder):
    import random

    from pipeline.evaluation import reads_in_order

    def check(rows):
        return reads_in_order(rows, fake_encoder.encode([r.text for r in rows]))

    in_order = conversation_rows(list(range(40)))
    assert check(in_order)
    shuffled = list(range(40))
    random.Random(3).shuffle(shuffled)
    assert not check(conversation_rows(shuffled))
    # the same conversation grouped by code: neighbours alike only because they share a code
    assert not check(sorted(in_order, key=lambda r: r.codes))
    assert not check(in_order[:12])  # too few rows to tell


def test_evaluation_reads_neighbours_from_file_order_when_ids_name_no_group(sugg_codebook, fake_encoder, monkeypatch):
    import random

    from pipeline.evaluation import format_table
    from pipeline.suggesters.hybrid import HybridSuggester

    seen = []
    real_predict = HybridSuggester.predict
    monkeypatch.setattr(HybridSuggester, "predict", lambda self, items, vecs=None: seen.append(items) or real_predict(self, items, vecs))
    train = parse_labelled_csv("id,text,codes\n" + "\n".join(
        f"g:{i},{t},{c}" for i, (t, c) in enumerate([("rent went up", "housing"), ("evicted again", "housing"),
                                                   ("shelter is full", "housing"), ("looked down on", "stigma"),
                                                   ("judged at the clinic", "stigma"), ("treated like dirt", "stigma"),
                                                   ("the bus", ""), ("pizza", ""), ("weather", "")])), "t.csv", sugg_codebook)
    in_order = conversation_rows(list(range(40)))
    r = evaluate(sugg_codebook, in_order, train, engine="hybrid", encoder=fake_encoder)
    assert r["conversation_context"] == "file order"
    assert [it.neighbours for it in seen[-1]][:2] == [[in_order[1].text], [in_order[0].text, in_order[2].text]]
    assert "from there" in format_table(r)
    order = list(range(40))
    random.Random(3).shuffle(order)
    r = evaluate(sugg_codebook, conversation_rows(order), train, engine="hybrid", encoder=fake_encoder)
    assert r["conversation_context"] == "none" and not any(it.neighbours for it in seen[-1])


def test_evaluation_reads_each_row_with_its_real_neighbours_from_the_whole_file(sugg_codebook, fake_encoder, monkeypatch):
    from pipeline.evaluation import LabelledRow, format_table
    from pipeline.suggesters.hybrid import HybridSuggester

    seen, fitted = [], []
    real_predict, real_fit = HybridSuggester.predict, HybridSuggester.fit
    monkeypatch.setattr(HybridSuggester, "predict", lambda self, items, vecs=None: seen.append(items) or real_predict(self, items, vecs))
    monkeypatch.setattr(HybridSuggester, "fit", lambda self, examples: fitted.append(examples) or real_fit(self, examples))
    words = ["rent went up", "evicted again", "shelter is full", "looked down on", "judged at the clinic",
             "treated like dirt", "the bus", "pizza", "weather", "landlord called"]
    whole = [LabelledRow(f"g:{i}", w, ["housing"] if i < 3 or i == 9 else ["stigma"] if i < 6 else []) for i, w in enumerate(words)]
    gold = [whole[i] for i in (2, 5, 8)]
    train = [r for r in whole if r not in gold]
    r = evaluate(sugg_codebook, gold, train, engine="hybrid", encoder=fake_encoder, conversation=whole)
    assert r["conversation_context"] == "whole file"
    assert [it.neighbours for it in seen[-1]] == [["rent went up", "evicted again", "looked down on"],
                                                  ["looked down on", "judged at the clinic", "the bus"],
                                                  ["the bus", "pizza", "landlord called"]]
    by_text = {e.text: e.neighbours for e in fitted[-1] if e.origin == "train"}
    assert by_text["judged at the clinic"] == ["shelter is full", "looked down on", "treated like dirt"]
    # numbered lines of one group split over both files: the two are put back together
    r = evaluate(sugg_codebook, gold, train, engine="hybrid", encoder=fake_encoder)
    assert r["conversation_context"] == "gold and train together" and "from both files" in format_table(r)
    assert [it.neighbours for it in seen[-1]][0] == ["rent went up", "evicted again", "looked down on"]
    assert {e.text: e.neighbours for e in fitted[-1]}["judged at the clinic"] == by_text["judged at the clinic"]
    # the same line number in both files (one line twice, or two sources reusing a group name): each file alone
    r = evaluate(sugg_codebook, gold, train + [LabelledRow("g:0002", "other talk", [])], engine="hybrid", encoder=fake_encoder)
    assert r["conversation_context"] == "ids" and [it.neighbours for it in seen[-1]][0] == ["treated like dirt"]
    # lines without numbers cannot be put in order
    named = [LabelledRow(r.id.replace(":", ":line-"), r.text, r.codes) for r in whole]
    r = evaluate(sugg_codebook, [named[i] for i in (2, 5, 8)], [named[i] for i in range(10) if i not in (2, 5, 8)],
                 engine="hybrid", encoder=fake_encoder)
    assert r["conversation_context"] == "ids" and [it.neighbours for it in seen[-1]][0] == ["treated like dirt"]
