"""Engines: keyword matching, zero-shot prototypes, the hybrid learner, the registry."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pipeline.errors import NeedsmapError
from pipeline.suggesters import Example, Item, engine_name, make_suggester
from pipeline.suggesters.hybrid import HybridSuggester, training_fingerprint
from pipeline.suggesters.keyword import KeywordSuggester, TermIndex, matched_terms, term_pattern
from pipeline.suggesters.zeroshot import ZeroShotSuggester


def _top(ranked):
    return ranked[0].code_key


def test_keyword_terms_match_word_forms_on_word_boundaries():
    assert term_pattern("evicted").search("two evictions last year")
    assert term_pattern("rent").search("Rents are up")
    assert not term_pattern("rent").search("my parents and current job")
    assert matched_terms("They gave me first-aid training", ["first aid", "training", "cpr"]) == ["first aid", "training"]


def test_keyword_engine_scores_and_evidence(sugg_codebook):
    ranked = KeywordSuggester(sugg_codebook).predict([Item(1, "I was evicted and the rent doubled"), Item(2, "Nice weather")])
    assert _top(ranked[0]) == "housing" and ranked[0][0].accepted
    assert set(ranked[0][0].evidence["matched_terms"]) >= {"evicted", "rent"}
    assert not any(s.accepted for s in ranked[1])


def test_zeroshot_prefers_the_code_whose_examples_are_closest(sugg_codebook, fake_encoder):
    zs = ZeroShotSuggester(sugg_codebook, fake_encoder)
    ranked = zs.predict([Item(1, "The pharmacist looks at me like I'm dirt, honestly.")])[0]
    assert _top(ranked) == "stigma"
    assert ranked[0].evidence["nearest_example"] == "The pharmacist looks at me like I'm dirt."


def test_zeroshot_exclusion_pushes_the_score_down(sugg_codebook, fake_encoder):
    text = "Money for food or bills in general is low."
    plain = sugg_codebook.model_copy(deep=True)
    plain.codes[0].exclusion = ""
    with_excl = ZeroShotSuggester(sugg_codebook, fake_encoder)
    without = ZeroShotSuggester(plain, fake_encoder)
    s_with = {s.code_key: s.score for s in with_excl.predict([Item(1, text)])[0]}
    s_without = {s.code_key: s.score for s in without.predict([Item(1, text)])[0]}
    assert s_with["housing"] < s_without["housing"]


def _examples():
    housing = ["the landlord raised the rent again", "we lost the apartment", "sleeping at the shelter",
               "eviction notice on the door", "no place to live this winter", "rent is half my pay"]
    stigma = ["they judged me at the clinic", "people look down on us", "treated like dirt at the pharmacy",
              "the nurse sneered at me", "cops call us junkies", "shop owners follow us around"]
    other = ["the bus was late", "we had pizza", "nice weather today", "my dog is old", "the coffee is cold",
             "see you next week"]
    return ([Example(t, ["housing"]) for t in housing] + [Example(t, ["stigma"]) for t in stigma]
            + [Example(t, []) for t in other])


def test_hybrid_learns_from_examples_and_explains(sugg_codebook, fake_encoder):
    hy = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples())
    assert set(hy.models) >= {"housing", "stigma"}
    ranked = hy.predict([Item(1, "the landlord raised the rent on the apartment")])[0]
    assert _top(ranked) == "housing"
    ev = ranked[0].evidence
    assert ev["nearest_example"] and ev["example_from"] in ("a passage the team coded", "the codebook")


def test_hybrid_falls_back_to_zeroshot_for_codes_without_examples(sugg_codebook, fake_encoder):
    hy = HybridSuggester(sugg_codebook, fake_encoder, use_codebook_examples=False).fit(_examples())
    zs = ZeroShotSuggester(sugg_codebook, fake_encoder)
    item = [Item(1, "a cpr course please")]
    h = {s.code_key: s.score for s in hy.predict(item)[0]}
    z = {s.code_key: s.score for s in zs.predict(item)[0]}
    assert "training_cpr" not in hy.models
    assert h["training_cpr"] == pytest.approx(z["training_cpr"], abs=1e-6)


def test_hybrid_reads_short_answers_with_their_question(sugg_codebook, fake_encoder):
    hy = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples())
    bare = {s.code_key: s.score for s in hy.predict([Item(1, "Yes, definitely.")])[0]}
    asked = hy.predict([Item(1, "Yes, definitely.", context="Is the rent and the landlord a problem for housing?")])[0]
    scores = {s.code_key: s.score for s in asked}
    assert scores["housing"] > bare["housing"]
    top = next(s for s in asked if s.code_key == "housing")
    assert top.evidence.get("question", "").startswith("Is the rent")


def test_hybrid_vote_of_similar_passages_skips_itself_while_fitting(sugg_codebook, fake_encoder, monkeypatch):
    import numpy as np

    import pipeline.suggesters.hybrid as hybrid

    hy = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples())
    j = hy.codes.index("housing")
    bank = hy.bank_vecs
    fitted = hy._knn_votes(bank, leave_one_out=True)
    new = hy._knn_votes(bank)
    # each row is a distribution over the codes plus 'no code'
    assert np.allclose(fitted.sum(axis=1), 1.0, atol=1e-5) and np.allclose(new.sum(axis=1), 1.0, atol=1e-5)
    # scoring a fitted passage as new text finds itself first, so its own code dominates the vote;
    # leave-one-out must not see it
    assert new[0, j] > fitted[0, j]
    monkeypatch.setattr(hybrid, "KNN_CHUNK", 5)  # blocks of rows give the same votes as one pass
    assert np.allclose(hy._knn_votes(bank, leave_one_out=True), fitted, atol=1e-6)
    vote = hy._knn_votes(fake_encoder.encode(["the landlord raised the rent again today"]))
    assert vote[0].argmax() == j


def _without(hy, texts: set[str]):
    """A copy of a fitted hybrid whose bank of coded passages lacks the passages with these words."""
    import copy

    keep = [k for k, t in enumerate(hy.bank_texts) if t not in texts]
    other = copy.copy(hy)
    other.bank_vecs = hy.bank_vecs[keep]
    other.bank_codes = [hy.bank_codes[k] for k in keep]
    other.bank_texts = [hy.bank_texts[k] for k in keep]
    return other


@pytest.mark.parametrize("knn_k", [5, 30])
def test_hybrid_neighbour_vote_is_the_vote_for_each_neighbour_line_without_the_stretch_itself(
        sugg_codebook, fake_encoder, monkeypatch, knn_k):
    import numpy as np

    import pipeline.suggesters.hybrid as hybrid

    monkeypatch.setattr(hybrid, "KNN_K", knn_k)
    # one spare candidate per line: the search itself must skip a line's own words, or a line
    # coded four times would crowd the passages like it out of the vote
    monkeypatch.setattr(hybrid, "VOTE_SPARE", 1)
    coded_housing, coded_stigma = "the landlord raised the rent again", "cops call us junkies"
    hy = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples() + [Example(coded_stigma, ["stigma"])] * 3)
    assert coded_housing in hy.bank_texts and coded_stigma in hy.bank_texts
    fresh = "the landlord wants more rent today"
    items = [
        Item(1, "Same thing happened to me.", neighbours=[fresh]),
        # a neighbour the team has coded: its own codes must not vote, passages like it do
        Item(2, "Yeah.", neighbours=[coded_stigma]),
        # the item itself is coded (as while fitting) and so is one neighbour: neither votes
        Item(3, coded_housing, neighbours=[coded_stigma, fresh]),
        Item(4, "No neighbours here."),
    ]
    texts = list(dict.fromkeys(t for it in items for t in it.neighbours))
    votes = hy._neighbour_votes(items, texts, fake_encoder.encode(texts))

    def alone(line: str, skipped: set[str]):
        return _without(hy, skipped)._knn_votes(fake_encoder.encode([line]))[0]

    assert np.allclose(votes[0], alone(fresh, {fresh, items[0].text}), atol=1e-6)
    assert np.allclose(votes[1], alone(coded_stigma, {coded_stigma, "Yeah."}), atol=1e-6)
    stretch = {coded_housing, coded_stigma, fresh}
    assert np.allclose(votes[2], (alone(coded_stigma, stretch) + alone(fresh, stretch)) / 2, atol=1e-6)
    assert not votes[3].any()
    # what the vote says: the line like the housing passages votes housing
    assert votes[0].argmax() == hy.codes.index("housing")
    # the coded neighbour, read as new text, would mostly vote its own code; skipped, it does not
    as_new = hy._knn_votes(fake_encoder.encode([coded_stigma]))[0]
    assert as_new[hy.codes.index("stigma")] > votes[1][hy.codes.index("stigma")]
    monkeypatch.setattr(hybrid, "KNN_CHUNK", 1)  # one line per block gives the same votes
    assert np.allclose(hy._neighbour_votes(items, texts, fake_encoder.encode(texts)), votes, atol=1e-6)


def test_hybrid_evidence_names_the_most_similar_passage_coded_with_that_code(sugg_codebook, fake_encoder, monkeypatch):
    from pipeline.suggesters import hybrid

    hy = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples())
    items = [Item(1, "the landlord raised the rent on the apartment"), Item(2, "the nurse sneered at us at the clinic"),
             Item(3, "we had coffee and pizza")]

    def nearest(text, code):
        v = fake_encoder.encode([text])[0]
        return max((float(hy.bank_vecs[k] @ v), hy.bank_texts[k]) for k, codes in enumerate(hy.bank_codes) if code in codes)

    for chunk in (hybrid.KNN_CHUNK, 1):  # blocks of one item find the same passages
        monkeypatch.setattr(hybrid, "KNN_CHUNK", chunk)
        checked = 0
        for it, ranked in zip(items, hy.predict(items)):
            for s in ranked[:3]:
                if any(s.code_key in codes for codes in hy.bank_codes):
                    sim, text = nearest(it.text, s.code_key)
                    assert (s.evidence["nearest_example"], s.evidence["similarity"]) == (text, round(sim, 3))
                    checked += 1
        assert checked >= 4


def test_hybrid_state_round_trip_gives_same_scores(sugg_codebook, fake_encoder):
    hy = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples())
    copy = HybridSuggester(sugg_codebook, fake_encoder).set_state(hy.get_state())
    items = [Item(1, "they judged me at the shelter"), Item(2, "nice bus")]
    assert [[(s.code_key, round(s.score, 6)) for s in r] for r in hy.predict(items)] == \
           [[(s.code_key, round(s.score, 6)) for s in r] for r in copy.predict(items)]


def test_hybrid_learns_from_detail_vectors_when_the_encoder_gives_them(sugg_codebook, detail_encoder):
    import numpy as np

    items = [Item(1, "the landlord wants the rent doubled"), Item(2, "the nurse looked down on me"),
             Item(3, "we had pizza at the bus stop")]
    ex = _examples()

    def scores(enc):
        h = HybridSuggester(sugg_codebook, enc).fit(ex)
        return np.array([[s.score for s in sorted(r, key=lambda s: s.code_key)] for r in h.predict(items)])

    with_detail = scores(detail_encoder)
    assert len(detail_encoder.passes) >= 1  # detail vectors were asked for
    assert not np.allclose(with_detail, scores(detail_encoder.sentences))
    # detail vectors that carry nothing distinguishing (all equal) give the plain engine's scores back
    class FlatDetail(type(detail_encoder)):
        def encode_both(self, texts, progress=None):
            vecs, detail = super().encode_both(texts, progress)
            return vecs, np.zeros_like(detail)
    assert np.allclose(scores(FlatDetail()), scores(detail_encoder.sentences), atol=1e-6)


def test_hybrid_state_is_not_reused_across_encoders_with_and_without_detail(sugg_codebook, fake_encoder,
                                                                            detail_encoder):
    state = HybridSuggester(sugg_codebook, detail_encoder).fit(_examples()).get_state()
    with pytest.raises(ValueError):
        HybridSuggester(sugg_codebook, fake_encoder).set_state(state)


def test_hybrid_fingerprint_changes_with_training_data(sugg_codebook):
    ex = _examples()
    a = training_fingerprint(sugg_codebook, ex, "m", "e")
    assert a == training_fingerprint(sugg_codebook, list(reversed(ex)), "m", "e")
    assert a != training_fingerprint(sugg_codebook, ex + [Example("new", ["housing"])], "m", "e")
    assert a != training_fingerprint(sugg_codebook, ex, "other-model", "e")


def test_registry_versioned_names_and_unknown_engine(sugg_codebook, fake_encoder):
    assert engine_name("hybrid") == "needsmap.hybrid.v6"
    # names stored by older versions still resolve
    assert engine_name("needsmap.hybrid.v3") == engine_name("needsmap.hybrid.v5") == "needsmap.hybrid.v6"
    assert engine_name("needsmap.hybrid-tuned.v1") == engine_name("needsmap.hybrid-tuned.v3") == "needsmap.hybrid-tuned.v4"
    assert engine_name("zero-shot") == engine_name("zeroshot") == "needsmap.zero-shot.v1"
    assert engine_name("needsmap.keyword.v1") == "needsmap.keyword.v1"
    assert make_suggester("keyword", sugg_codebook).name == "needsmap.keyword.v1"
    with pytest.raises(NeedsmapError) as err:
        make_suggester("gpt", sugg_codebook, fake_encoder)
    assert err.value.problems[0].code == "E205"


_TERM_WORDS = ["rent", "evicted", "peer worker", "can't", "self-care", "housing", "café", "Kelvin", "sick", "i.d."]
_TEXT_PIECES = ["Rents", "rent", "evictions", "peer  workers", "peer-worker", "can't", "CAN'T", "selfcare",
                "self care", "cafés", "CAFÉ", "\u212aelvin", "\u017fick", "S\u0130CK", "sıck", "ID", "i.d.",
                "parents", "current", "’", "-", ",", "\n", "x"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_TERM_WORDS), min_size=1, max_size=6, unique=True),
       st.lists(st.sampled_from(_TEXT_PIECES), max_size=12), st.sampled_from([" ", ""]))
def test_matched_terms_finds_exactly_what_each_terms_regex_finds(terms, pieces, sep):
    text = sep.join(pieces)
    terms = [t.lower() for t in terms]
    assert matched_terms(text, terms) == [t for t in terms if term_pattern(t).search(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_TERM_WORDS), min_size=1, max_size=4, unique=True), min_size=1, max_size=4),
       st.lists(st.sampled_from(_TEXT_PIECES), max_size=12), st.sampled_from([" ", ""]))
def test_term_index_finds_per_code_exactly_what_each_terms_regex_finds(codes_terms, pieces, sep):
    text = sep.join(pieces)
    by_code = {f"c{k}": [t.lower() for t in terms] for k, terms in enumerate(codes_terms)}
    found = TermIndex(by_code).hits(text)
    for code, terms in by_code.items():
        assert found.get(code, []) == [t for t in terms if term_pattern(t).search(text)]


def test_hybrid_refit_keeps_earlier_cuts_until_the_labelled_passages_change_by_a_quarter(sugg_codebook, fake_encoder,
                                                                                      monkeypatch):
    """Cross-validating the cuts is three of a fit's four rounds; a few new confirmations barely move them."""
    calls = []
    real_oof = HybridSuggester._out_of_fold
    monkeypatch.setattr(HybridSuggester, "_out_of_fold", lambda self, *a: calls.append(1) or real_oof(self, *a))
    base = _examples() * 2
    first = HybridSuggester(sugg_codebook, fake_encoder).fit(base)
    assert calls == [1] and first.cut_basis == 36 and {"housing", "stigma"} <= set(first.cut_codes)
    state = first.get_state()

    def refit(examples):
        calls.clear()
        h = HybridSuggester(sugg_codebook, fake_encoder)
        h.reuse_cuts_from(state)
        return h.fit(examples)

    few_more = refit(base + [Example("the rent doubled overnight", ["housing"]), Example("the bus was early", [])])
    assert calls == [] and few_more.cut_basis == 36
    assert {c: few_more.thresholds[c] for c in first.cut_codes} == {c: first.thresholds[c] for c in first.cut_codes}
    assert "the rent doubled overnight" in few_more.bank_texts  # the models themselves did learn the new passage
    grown = refit(base + _examples())  # 54 passages: more than a quarter more
    assert calls == [1] and grown.cut_basis == 54
    shrunk = refit(base[:20])
    assert calls == [1] and shrunk.cut_basis == 20
    no_state = HybridSuggester(sugg_codebook, fake_encoder)
    no_state.reuse_cuts_from(b"not a state")
    calls.clear()
    no_state.fit(base)
    assert calls == [1]


def test_hybrid_fits_codes_side_by_side_with_the_same_result(sugg_codebook, fake_encoder, monkeypatch):
    import numpy as np

    from pipeline.suggesters import hybrid

    items = [Item(1, "the landlord wants the rent doubled"), Item(2, "the nurse looked down on me")]

    def scores(threads):
        monkeypatch.setattr(hybrid, "FIT_THREADS", threads)
        h = HybridSuggester(sugg_codebook, fake_encoder).fit(_examples() * 2)
        return np.array([[s.score for s in sorted(r, key=lambda s: s.code_key)] for r in h.predict(items)])

    assert np.array_equal(scores(1), scores(2))


def test_hybrid_fits_with_one_blas_thread_each_and_gives_the_setting_back(sugg_codebook, fake_encoder, monkeypatch):
    """OpenBLAS splits each of liblinear's BLAS calls over threads of its own; two fits side by side
    then fought over the cores (a 1,200-row ROSE refit took 24.6 s instead of 9.5 s)."""
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_info, threadpool_limits

    from pipeline.suggesters import hybrid

    def blas_threads():
        return {i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"}

    if not blas_threads():
        pytest.skip("no BLAS library that threadpoolctl can see")
    seen = []
    real_fit = LogisticRegression.fit

    def spy(self, X, y, sample_weight=None):
        seen.append(blas_threads())
        return real_fit(self, X, y, sample_weight=sample_weight)

    monkeypatch.setattr(LogisticRegression, "fit", spy)
    for threads in (1, 2):
        monkeypatch.setattr(hybrid, "FIT_THREADS", threads)
        with threadpool_limits(2, user_api="blas"):
            HybridSuggester(sugg_codebook, fake_encoder).fit(_examples() * 2)
            assert blas_threads() == {2}
    assert len(seen) > 10 and all(s == {1} for s in seen)


def test_hybrid_side_by_side_fits_only_read_the_shared_feature_matrix(sugg_codebook, fake_encoder, monkeypatch):
    """scikit-learn sorts a non-canonical sparse matrix in place inside fit; on two threads that corrupted it."""
    import numpy as np
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression

    from pipeline.suggesters import hybrid

    monkeypatch.setattr(hybrid, "FIT_THREADS", 2)
    seen = []
    real_fit = LogisticRegression.fit

    def spy(self, X, y, sample_weight=None):
        seen.append(X.has_canonical_format)
        return real_fit(self, X, y, sample_weight=sample_weight)

    monkeypatch.setattr(LogisticRegression, "fit", spy)
    rng = np.random.default_rng(0)
    dense = rng.random((40, 6)) * (rng.random((40, 6)) < 0.5)
    indptr = [0]
    indices, data = [], []
    for row in dense:
        cols = np.nonzero(row)[0][::-1]  # each row's columns backwards: valid, but not canonical
        indices += cols.tolist()
        data += row[cols].tolist()
        indptr.append(len(indices))
    X = sp.csr_matrix((data, indices, indptr), shape=dense.shape)
    assert not X.has_canonical_format
    Y = np.array([[i % 2, i % 3 == 0, i % 4 == 1] for i in range(40)], dtype=int)
    h = HybridSuggester(sugg_codebook, fake_encoder)
    h.codes = ["a", "b", "c"]
    models, gate, multi = h._fit_all(X, Y, np.ones(Y.shape))
    assert len(models) == 3 and gate is not None and multi is not None
    assert len(seen) > 5 and all(seen)
    assert np.allclose(X.toarray(), dense)
