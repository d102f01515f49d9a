"""The hybrid engine (default): classifiers learned from the team's confirmed codes.

Features are the sentence embedding, TF-IDF word and character n-grams, codebook-term hits, the
zero-shot similarity to every code, the codes of the most similar coded passages (a
similarity-weighted vote, leave-one-out while fitting), and the mean embedding of the
passage's conversation neighbours (what 'It's been a pilot for four years.' is about
lives in the lines around it), and, when the encoder gives them, detail vectors (a middle
layer of the sentence model, which keeps more of the wording than the sentence embedding).
Each code gets a class-balanced logistic regression
(one-vs-rest), blended with a 'codable at all?' gate times a 'which code?' model;
codes with enough examples get their decision threshold from cross-validation, shrunk
toward one pooled threshold so a code with few positives cannot drift to 'accept all'
(a refit keeps them until the labelled passages change by a quarter: `reuse_cuts_from`).
The codebook's own examples count as extra positives; a code with too few examples
falls back to the zero-shot engine. Embeddings are cached, so refitting only refits
the linear models: seconds, even for large projects.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import warnings

import numpy as np
import scipy.sparse as sp

from .base import Example, Item, ScoredSuggestion, Suggester, is_short, rank
from .keyword import KeywordSuggester
from .zeroshot import ZeroShotSuggester, encode_items

MIN_POSITIVES = 3      # fewer than this: the code falls back to zero-shot
CV_MIN_POSITIVES = 4   # at least this many: the threshold comes from CV (8 -> 4: rare codes no longer stuck at 0.5; DuBois CV kappa 0.133 -> 0.178, ROSE CV unchanged)
TFIDF_WEIGHT = 1.0  # word n-grams; 0.5 -> 1.0 with char n-grams: CV micro-F1 0.488 -> 0.537 (ROSE train)
KEYWORD_WEIGHT = 0.3
ZS_WEIGHT = 1.0
NEIGHBOUR_WEIGHT = 2.0  # chosen by leave-one-group-out CV on the ROSE sample (1.0 -> 2.0: micro-F1 0.57 -> 0.60)
GATE = 0.35  # gate probability below which nothing is accepted
BLEND = 0.5  # share of the gate x which-code model in each code's probability
KNN_WEIGHT = 1.0  # vote of the most similar coded passages: 70/30 micro-F1 +0.025 (4 seeds), DuBois train CV kappa +0.016
KNN_K = 30
KNN_TAU = 0.1  # softmax temperature over cosine similarity: lower lets the closest passage decide alone
KNN_CHUNK = 2048  # rows per block, so a 10,000-passage project never holds a full similarity matrix
VOTE_SPARE = 16  # extra candidates per neighbour line, so its stretch's own lines can be skipped
STATE_FORMAT = 7
THRESHOLD_METRIC = "f1"
RECUT_GROWTH = 1.25  # cross-validate the cuts again once the labelled passages have grown (or shrunk) by a quarter
SHRINK_K = 30.0  # pseudo-positives pulling a code's cut toward the pooled cut (CV: 0 -> 30 helps ROSE and DuBois)
RATE_CAP = 0.0  # off: capping the accepted share lost kappa in CV on both data sets
CHAR_WEIGHT = 1.0  # character n-grams: CV over 0.3-1.5 on ROSE and DuBois training data
CHAR_NGRAMS = (4, 4)  # as good as 3-5 in CV, and 2.5x faster to fit
# liblinear releases the GIL, so codes are fitted side by side. With one BLAS thread per fit, a
# 1,200-row ROSE refit took 9.8 s on two threads against 16.8 s on one (two cores); more threads
# help only where there are more cores. The models stay the same only because the primal solver
# draws no random numbers: scikit-learn's liblinear has one random generator per process, so the
# dual solver (which shuffles rows) gives results that vary with thread timing.
_CORES = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 2
FIT_THREADS = max(2, min(4, _CORES))
NEIGHBOUR_VOTE_WEIGHT = 2.0  # ROSE top-3 recall 70/30 0.946 -> 0.955, whole groups 0.939 -> 0.947 (0.5-4 tried; 2 best on both)
DETAIL_WEIGHT = 1.0  # MiniLM's middle layer: ROSE 70/30 and group hold-out micro-F1, top-3 recall and empty precision all rose


def _logistic(C: float, balanced: bool = True):
    from sklearn.linear_model import LogisticRegression

    # primal (liblinear's default, dual=False): no random draws, so fits side by side stay reproducible
    return LogisticRegression(C=C, class_weight="balanced" if balanced else None, solver="liblinear",
                              max_iter=1000, random_state=0)


def _fit_side_by_side(jobs: list) -> list:
    """Run zero-argument fitting functions on FIT_THREADS threads; results in order."""
    from concurrent.futures import ThreadPoolExecutor

    from threadpoolctl import threadpool_limits

    # liblinear's primal solver calls BLAS, and OpenBLAS splits each call over threads of its own:
    # two fits on two cores then fought over them and ran slower than one fit at a time (1,200
    # ROSE rows: a refit 24.6 s, 9.5-9.8 s with one BLAS thread per fit). One BLAS thread also
    # sums in one order on every machine, so a model never depends on the number of cores.
    with threadpool_limits(1, user_api="blas"):
        if FIT_THREADS < 2 or len(jobs) < 2:
            return [job() for job in jobs]
        with ThreadPoolExecutor(FIT_THREADS) as pool:
            return list(pool.map(lambda job: job(), jobs))


def _canonical(X):
    """X as CSR in canonical form (indices sorted, no duplicates), so parallel fits only read it.

    scikit-learn's fit calls X.max(), which sorts and sums a non-canonical sparse matrix in
    place. Two threads doing that at once on the shared feature matrix corrupted it once:
    scipy's 'indices array has fewer than nnz elements' in a `needsmap suggest --train` run.
    """
    X = X.tocsr()
    X.sum_duplicates()
    return X


def _vote(sims: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Similarity-weighted share of each code among candidate passages, plus the share with no code.

    Args:
        sims: rows x candidates, -inf for a candidate that must not vote.
        labels: rows x candidates x codes, 0/1.
    Returns rows x (codes + 1).
    """
    best = sims.max(axis=1, keepdims=True)
    w = np.exp((sims - np.where(np.isfinite(best), best, 0.0)) / KNN_TAU)  # a skipped candidate weighs 0
    w /= w.sum(axis=1, keepdims=True).clip(1e-12)
    return np.concatenate([np.einsum("ik,ikj->ij", w, labels), (w * (labels.sum(axis=2) == 0)).sum(axis=1)[:, None]],
                          axis=1)


def read_state(payload: bytes, state_format: int) -> dict | None:
    """A saved engine state of `state_format`, or None when it cannot be read or is of another format."""
    try:
        st = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - an unreadable old state only means a full fit
        return None
    return st if isinstance(st, dict) and st.get("format") == state_format else None


def _kappa_counts(tp: int, fp: int, fn: int, n: int) -> float:
    tn = n - tp - fp - fn
    po = (tp + tn) / n
    pe = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 0.0


def _model_text(text: str, context: str) -> str:
    """What the lexical features read: a short answer with its question."""
    return f"{text} {context}" if context and is_short(text) else text


def training_fingerprint(codebook, examples: list[Example], model_id: str, engine: str) -> str:
    """Identify a training set, so an unchanged project reuses its fitted state."""
    h = hashlib.sha256()
    h.update(json.dumps([engine, model_id, codebook.model_dump(mode="json")], sort_keys=True).encode())
    for e in sorted(examples, key=lambda e: (e.text, e.context, e.neighbours)):
        h.update(json.dumps([e.text, e.context, e.neighbours, sorted(e.codes), sorted(e.rejected)]).encode())
    return h.hexdigest()


def _best_threshold(y: np.ndarray, p: np.ndarray, rate_cap: float = 0.0) -> float:
    """The probability cut with the best F1 on out-of-fold predictions.

    With `rate_cap`, cuts that accept more than rate_cap x the code's share of positives
    are skipped: for a weak model the best F1 is often 'accept everything'.
    """
    best_f1, best_t = -1.0, 0.5
    for t in np.arange(0.1, 0.91, 0.025):
        pred = p >= t
        if rate_cap and pred.sum() > rate_cap * max(int(y.sum()), 1):
            continue
        tp = int((pred & (y == 1)).sum()); fp = int((pred & (y == 0)).sum()); fn = int((~pred & (y == 1)).sum())
        f1 = 2 * tp / max(2 * tp + fp + fn, 1)
        if THRESHOLD_METRIC == "kappa":
            f1 = _kappa_counts(tp, fp, fn, len(y))
        # ties go to the cut nearer 0.5, the calibrated default
        if f1 > best_f1 + 1e-9 or (abs(f1 - best_f1) <= 1e-9 and abs(t - 0.5) < abs(best_t - 0.5)):
            best_f1, best_t = f1, float(t)
    return best_t


class WhichCode:
    """Which code a codable passage is about: one-vs-rest among coded rows, normalised to sum 1.

    liblinear one-vs-rest is used instead of a multinomial fit because it is an order of
    magnitude faster on sparse features, which keeps retraining within seconds.
    """

    def __init__(self, C: float):
        self.C = C
        self.classes_: np.ndarray = np.array([], dtype=int)
        self.models: list = []

    def jobs(self, X, y: np.ndarray) -> list:
        """Fitting functions to run beside the per-code fits; their results, in order, become `self.models`."""
        X = _canonical(X)
        self.classes_ = np.unique(y)
        return [lambda k=k: _logistic(self.C, balanced=False).fit(X, (y == k).astype(int)) for k in self.classes_]

    def predict_proba(self, X) -> np.ndarray:
        P = np.column_stack([m.predict_proba(X)[:, 1] for m in self.models])
        return P / P.sum(axis=1, keepdims=True).clip(1e-9)


class HybridSuggester(Suggester):
    name = "needsmap.hybrid.v6"

    def __init__(self, codebook, encoder, C: float = 1.0, use_codebook_examples: bool = True, cv_folds: int = 3):
        super().__init__(codebook, encoder)
        self.C = C
        self.use_codebook_examples = use_codebook_examples
        self.cv_folds = cv_folds
        self.zeroshot = ZeroShotSuggester(codebook, encoder)
        self.keyword = KeywordSuggester(codebook)
        self.vectorizer = self.char_vectorizer = None
        self.models: dict[str, object] = {}
        self.gate = self.multi = None
        self.thresholds: dict[str, float] = {}
        self.positives: dict[str, int] = {}
        self.cut_basis = 0  # labelled passages the cuts were cross-validated on (0: none were)
        self.cut_codes: list[str] = []  # the codes whose cuts came from cross-validation
        self._earlier: dict | None = None  # an earlier fit's cuts, offered by `reuse_cuts_from`
        self.bank_vecs: np.ndarray | None = None
        self.bank_texts: list[str] = []
        self.bank_codes: list[set] = []
        self.fitted = False

    # ------------------------------------------------------------ features

    def _keyword_hits(self, items: list[Item]) -> list[list[list[str]]]:
        """Codebook terms found in each item (as the lexical features read it), per code."""
        out = []
        index = self.keyword.index
        for it in items:
            found = index.hits(_model_text(it.text, it.context))
            out.append([found.get(c, []) for c in self.codes])
        return out

    def _features(self, items: list[Item], vecs: np.ndarray, sims: np.ndarray, fit: bool = False,
                  hits: list[list[list[str]]] | None = None):
        texts = [_model_text(it.text, it.context) for it in items]
        if fit:
            from sklearn.feature_extraction.text import TfidfVectorizer

            self.vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1,
                                              max_features=50_000, strip_accents="unicode")
            lex = self.vectorizer.fit_transform(texts)
            self.char_vectorizer = None
            if CHAR_WEIGHT:
                # character n-grams catch spelling variants and word forms ('evict', 'evicted')
                self.char_vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=CHAR_NGRAMS, sublinear_tf=True,
                                                       min_df=2, max_features=50_000, strip_accents="unicode")
                self.char_vectorizer.fit(texts)
        else:
            lex = self.vectorizer.transform(texts)
        if self.char_vectorizer is not None:
            lex = sp.hstack([lex, self.char_vectorizer.transform(texts) * (CHAR_WEIGHT / TFIDF_WEIGHT)]).tocsr()
        if hits is None:
            hits = self._keyword_hits(items)
        kw = np.array([[len(h) for h in row] for row in hits], dtype=np.float32).reshape(len(items), len(self.codes))
        kw = np.minimum(kw, 3) / 3.0
        blocks = [sp.csr_matrix(vecs), lex * TFIDF_WEIGHT, sp.csr_matrix(kw * KEYWORD_WEIGHT),
                  sp.csr_matrix(sims * ZS_WEIGHT)]
        if KNN_WEIGHT and self.bank_vecs is not None:
            blocks.append(sp.csr_matrix(self._knn_votes(vecs, leave_one_out=fit) * KNN_WEIGHT))
        nb_texts, nb_vecs = self._neighbour_encoding(items)
        if NEIGHBOUR_WEIGHT:
            blocks.append(sp.csr_matrix(self._neighbour_vectors(items, vecs.shape[1], nb_texts, nb_vecs) * NEIGHBOUR_WEIGHT))
        if NEIGHBOUR_VOTE_WEIGHT and self.bank_vecs is not None:
            blocks.append(sp.csr_matrix(self._neighbour_votes(items, nb_texts, nb_vecs) * NEIGHBOUR_VOTE_WEIGHT))
        if DETAIL_WEIGHT and self._has_detail():
            blocks.append(sp.csr_matrix(encode_items(self.encoder, items, detail=True) * DETAIL_WEIGHT))
        return sp.hstack(blocks).tocsr()

    def _has_detail(self) -> bool:
        return bool(getattr(self.encoder, "detail_id", None))

    def _knn_votes(self, vecs: np.ndarray, leave_one_out: bool = False) -> np.ndarray:
        """Each code's share among the KNN_K most similar coded passages, plus the share with no code.

        Args:
            leave_one_out: `vecs` are the fitted passages themselves; each skips itself, so the
                classifier learns how far to trust a vote it will only ever see for new text.
        """
        bank, Y = self.bank_vecs, self._bank_matrix()
        k = min(KNN_K, len(bank) - (1 if leave_one_out else 0))
        out = np.zeros((len(vecs), Y.shape[1] + 1), dtype=np.float32)
        if k < 1:
            return out
        for lo in range(0, len(vecs), KNN_CHUNK):
            S = vecs[lo:lo + KNN_CHUNK] @ bank.T
            if leave_one_out:
                S[np.arange(len(S)), np.arange(lo, lo + len(S))] = -np.inf
            idx = np.argpartition(-S, k - 1, axis=1)[:, :k]
            out[lo:lo + len(S)] = _vote(np.take_along_axis(S, idx, axis=1), Y[idx])
        return out

    def _neighbour_encoding(self, items: list[Item]) -> tuple[list[str], np.ndarray | None]:
        """The distinct neighbour lines of `items` and their embeddings (None when there are none)."""
        texts = list(dict.fromkeys(t for it in items for t in it.neighbours))
        return texts, (self.encoder.encode(texts) if texts else None)

    def _neighbour_vectors(self, items: list[Item], dim: int, texts: list[str], vecs: np.ndarray | None) -> np.ndarray:
        """Mean embedding of each item's conversation neighbours (zeros when it has none)."""
        out = np.zeros((len(items), dim), dtype=np.float32)
        if vecs is None:
            return out
        pos = {t: i for i, t in enumerate(texts)}
        for i, it in enumerate(items):
            if it.neighbours:
                out[i] = vecs[[pos[t] for t in it.neighbours]].mean(axis=0)
        return out

    def _neighbour_votes(self, items: list[Item], texts: list[str], vecs: np.ndarray | None) -> np.ndarray:
        """Mean over each item's neighbour lines of the codes of the coded passages most like that line.

        'Same thing happened to me.' names no topic, but the lines around it do, and lines like
        those have been coded before. The vote never reads the item's own stretch of talk:
        coded passages with the same words as the item or any of its neighbours are skipped.
        While fitting, all of those are in the bank with their codes; for new text they may
        not be, and the model must not learn to trust a vote it will not get.
        """
        bank, Y = self.bank_vecs, self._bank_matrix()
        out = np.zeros((len(items), Y.shape[1] + 1), dtype=np.float32)
        pairs = [(i, t) for i, it in enumerate(items) for t in it.neighbours]
        if vecs is None or not pairs or not len(bank):
            return out
        # Text ids: bank passages share an id with every line that has the same words.
        tid: dict[str, int] = {}
        bank_tid = np.array([tid.setdefault(t, len(tid)) for t in self.bank_texts], dtype=np.int64)
        line_tid = np.array([tid.setdefault(t, len(tid)) for t in texts], dtype=np.int64)
        # Each distinct line's nearest coded passages with other words, VOTE_SPARE more than
        # needed, so the window's other lines can be skipped afterwards without a second search.
        width = min(KNN_K + VOTE_SPARE, len(bank))
        cand = np.zeros((len(texts), width), dtype=np.int64)
        sims = np.zeros((len(texts), width), dtype=np.float32)
        for lo in range(0, len(texts), KNN_CHUNK):
            S = vecs[lo:lo + KNN_CHUNK] @ bank.T
            S[bank_tid[None, :] == line_tid[lo:lo + KNN_CHUNK, None]] = -np.inf
            idx = np.argpartition(-S, width - 1, axis=1)[:, :width]
            top = np.take_along_axis(S, idx, axis=1)
            order = np.argsort(-top, axis=1, kind="stable")
            cand[lo:lo + len(S)] = np.take_along_axis(idx, order, axis=1)
            sims[lo:lo + len(S)] = np.take_along_axis(top, order, axis=1)
        pos = {t: i for i, t in enumerate(texts)}
        owner = np.array([i for i, _ in pairs], dtype=np.int64)
        line = np.array([pos[t] for _, t in pairs], dtype=np.int64)
        window = np.full((len(items), 1 + max(len(it.neighbours) for it in items)), -1, dtype=np.int64)
        for i, it in enumerate(items):
            ids = [tid[t] for t in it.neighbours if t in tid] + [tid.get(it.text, -1)]
            window[i, :len(ids)] = ids
        votes = np.zeros((len(pairs), Y.shape[1] + 1), dtype=np.float32)
        for lo in range(0, len(pairs), KNN_CHUNK):  # blocks of pairs: candidates x codes stays small
            who, idx, top = owner[lo:lo + KNN_CHUNK], cand[line[lo:lo + KNN_CHUNK]], sims[line[lo:lo + KNN_CHUNK]]
            skip = (bank_tid[idx][:, :, None] == window[who][:, None, :]).any(axis=2) | ~np.isfinite(top)
            keep = ~skip & (np.cumsum(~skip, axis=1) <= KNN_K)
            votes[lo:lo + len(who)] = _vote(np.where(keep, top, -np.inf), Y[idx])
        np.add.at(out, owner, votes)
        return out / np.bincount(owner, minlength=len(items)).clip(1)[:, None].astype(np.float32)

    def _new_model(self):
        return _logistic(self.C)

    # ------------------------------------------------------------ fitting

    def fit(self, examples: list[Example]) -> HybridSuggester:
        """Learn from labelled examples (plus the codebook's own examples as positives)."""
        examples = list(examples)
        real = len(examples)
        earlier, self._earlier = self._earlier, None
        self.cut_basis, self.cut_codes = 0, []
        if self.use_codebook_examples:
            examples += [Example(text=x, codes=[c.id], origin="codebook") for c in self.codebook.codes for x in c.examples]
        self.models, self.thresholds, self.positives = {}, {}, {}
        self.bank_vecs, self.bank_codes = None, []
        if real:
            self.zeroshot.fit(examples[:real])
        if not examples:
            self.fitted = True
            return self
        items = [Item(i, e.text, e.context, list(e.neighbours)) for i, e in enumerate(examples)]
        vecs = encode_items(self.encoder, items)
        sims, _ = self.zeroshot.similarities(vecs)
        labels = [set(e.codes) for e in examples]
        Y = np.array([[c in lab for c in self.codes] for lab in labels], dtype=int)
        self.bank_vecs, self.bank_codes = vecs, labels
        self.bank_texts = [e.text for e in examples]
        X = self._features(items, vecs, sims, fit=True)
        # an explicit "no" from a coder says more than silence
        W = np.array([[2.0 if c in set(e.rejected) else 1.0 for c in self.codes] for e in examples])
        is_real = np.arange(len(examples)) < real
        self.positives = {c: int(Y[is_real, j].sum()) for j, c in enumerate(self.codes)}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.models, self.gate, self.multi = self._fit_all(X, Y, W)
            self.thresholds = {c: 0.5 for c in self.models}
            cv_codes = [j for j, c in enumerate(self.codes) if c in self.models
                        and self.positives[c] >= CV_MIN_POSITIVES and (Y[is_real, j] == 0).sum() >= CV_MIN_POSITIVES]
            self.cut_codes = sorted(self.codes[j] for j in cv_codes)
            self.cut_basis = real if cv_codes else 0
            if earlier and sorted(earlier["thresholds"]) == self.cut_codes \
                    and earlier["cut_basis"] / RECUT_GROWTH <= real <= earlier["cut_basis"] * RECUT_GROWTH:
                self.thresholds.update(earlier["thresholds"])
                self.cut_basis = earlier["cut_basis"]
            elif cv_codes:
                oof = self._out_of_fold(X, Y, W)
                # thresholds are judged on the team's data only, not the codebook's examples
                yr, pr = Y[is_real][:, cv_codes], oof[is_real][:, cv_codes]
                t_global = _best_threshold(yr.ravel(), pr.ravel(), RATE_CAP)
                for k, j in enumerate(cv_codes):
                    t = _best_threshold(yr[:, k], pr[:, k], RATE_CAP)
                    # a code with few positives has a noisy best cut: lean on the pooled one
                    w = self.positives[self.codes[j]] / (self.positives[self.codes[j]] + SHRINK_K)
                    self.thresholds[self.codes[j]] = float(np.clip(w * t + (1 - w) * t_global, 0.1, 0.9))
        self.bank_origin = [e.origin or "confirmed" for e in examples]
        self.fitted = True
        return self

    def reuse_cuts_from(self, payload: bytes) -> None:
        """Let the next `fit` keep the cuts of this project's previous fit (its saved state).

        Cross-validating the cuts takes three of a fit's four rounds of model fitting (a
        project with 3,000 coded passages: most of a minute). A few new confirmations barely
        move them, so the next fit keeps them while the labelled passages have grown or shrunk
        by less than RECUT_GROWTH and the same codes have cross-validated cuts. A state that
        cannot be read is ignored: the fit then cross-validates as usual.
        """
        st = read_state(payload, STATE_FORMAT)
        if st and st["cut_basis"]:
            self._earlier = {"thresholds": {c: st["thresholds"][c] for c in st["cut_codes"]},
                             "cut_basis": st["cut_basis"]}

    def _fit_all(self, X, Y: np.ndarray, W: np.ndarray):
        """One-vs-rest models, plus a 'codable at all?' gate and a which-code model to blend in."""
        X = _canonical(X)
        cols = [j for j in range(len(self.codes)) if MIN_POSITIVES <= Y[:, j].sum() <= len(Y) - MIN_POSITIVES]
        any_code = Y.any(axis=1).astype(int)
        with_gate = bool(BLEND and cols and MIN_POSITIVES <= any_code.sum() <= len(any_code) - MIN_POSITIVES)
        jobs = [lambda j=j: self._new_model().fit(X, Y[:, j], sample_weight=W[:, j]) for j in cols]
        if with_gate:
            jobs.append(lambda: _logistic(self.C).fit(X, any_code))
        multi = None
        if with_gate:
            rows, cls = np.nonzero(Y[:, cols])
            if len(set(cls)) >= 2:
                # a row with two codes counts once for each: the model learns which code, not how many
                multi = WhichCode(self.C * 4)
                # one round with the per-code models, its longer fits first, so that neither thread
                # waits alone for a long last fit
                jobs = multi.jobs(X[rows], np.array(cols)[cls]) + jobs
        fitted = _fit_side_by_side(jobs)
        if multi is not None:
            multi.models, fitted = fitted[:len(multi.classes_)], fitted[len(multi.classes_):]
        models = {self.codes[j]: m for j, m in zip(cols, fitted)}
        gate = fitted[len(cols)] if with_gate else None
        return models, gate, multi

    def _raw(self, X, models, gate, multi) -> np.ndarray:
        """Blended probabilities (items x codes); NaN where a code has no model."""
        P = np.full((X.shape[0], len(self.codes)), np.nan)
        for j, code in enumerate(self.codes):
            if code in models:
                P[:, j] = models[code].predict_proba(X)[:, 1]
        if gate is not None and multi is not None:
            g = gate.predict_proba(X)[:, 1]
            m = multi.predict_proba(X)
            for k, j in enumerate(multi.classes_):
                P[:, j] = (1 - BLEND) * P[:, j] + BLEND * g * np.minimum(1.0, 1.5 * m[:, k])
        return P

    def _out_of_fold(self, X, Y: np.ndarray, W: np.ndarray) -> np.ndarray:
        n = X.shape[0]
        folds = np.arange(n) % self.cv_folds
        np.random.default_rng(0).shuffle(folds)
        oof = np.zeros((n, len(self.codes)))
        for k in range(self.cv_folds):
            tr, te = folds != k, folds == k
            models, gate, multi = self._fit_all(X[tr], Y[tr], W[tr])
            part = self._raw(X[te], models, gate, multi)
            oof[te] = np.where(np.isnan(part), Y[tr].mean(axis=0), part)
        return oof

    # ------------------------------------------------------------ state

    def get_state(self) -> bytes:
        return pickle.dumps({
            "format": STATE_FORMAT, "vectorizer": self.vectorizer, "char_vectorizer": self.char_vectorizer,
            "models": self.models,
            "gate": self.gate, "multi": self.multi,
            "thresholds": self.thresholds, "positives": self.positives, "center": self.zeroshot.center,
            "cut_basis": self.cut_basis, "cut_codes": self.cut_codes,
            "bank_vecs": self.bank_vecs, "bank_texts": self.bank_texts, "bank_codes": self.bank_codes,
            "bank_origin": getattr(self, "bank_origin", []), "detail": self._has_detail(),
        })

    def set_state(self, payload: bytes) -> HybridSuggester:
        st = read_state(payload, STATE_FORMAT)
        if st is None or st["detail"] != self._has_detail():
            raise ValueError("engine state from another format")
        self.vectorizer, self.models, self.thresholds = st["vectorizer"], st["models"], st["thresholds"]
        self.char_vectorizer = st["char_vectorizer"]
        self.gate, self.multi = st["gate"], st["multi"]
        self.positives, self.zeroshot.center = st["positives"], st["center"]
        self.cut_basis, self.cut_codes = st["cut_basis"], st["cut_codes"]
        self.bank_vecs, self.bank_texts, self.bank_codes = st["bank_vecs"], st["bank_texts"], st["bank_codes"]
        self.bank_origin = st["bank_origin"]
        self.fitted = True
        return self

    # ------------------------------------------------------------ predicting

    def predict(self, items: list[Item], vecs: np.ndarray | None = None) -> list[list[ScoredSuggestion]]:
        if not items:
            return []
        if vecs is None:
            vecs = encode_items(self.encoder, items)
        scores, hits, nearest_proto = self.score_matrix(items, vecs)
        return self.ranked(items, vecs, scores, hits, nearest_proto)

    def score_matrix(self, items: list[Item], vecs: np.ndarray):
        """Scores on the shared scale (items x codes), with the codebook terms and prototypes found.

        Returns (scores, hits, nearest_proto): hits[i][j] are code j's terms in item i,
        nearest_proto[i][j] code j's codebook example nearest to item i.
        """
        if not self.fitted:
            self.fit([])
        sims, nearest_proto = self.zeroshot.similarities(vecs)
        scores = self.zeroshot.calibrated(sims)
        # Found once: the features and each suggestion's evidence both show them.
        hits = self._keyword_hits(items)
        if self.models:
            X = self._features(items, vecs, sims, hits=hits)
            P = self._raw(X, self.models, self.gate, self.multi)
            for j, code in enumerate(self.codes):
                if code in self.models:
                    p = P[:, j]
                    thr = self.thresholds[code]
                    scores[:, j] = np.where(p < thr, 0.5 * p / thr, 0.5 + 0.5 * (p - thr) / (1 - thr))
            if self.gate is not None and GATE:
                # a passage the gate finds uncodable ('Is that a dog barking?') keeps its ranking
                # for the top-3 list but gets no accepted suggestion
                empty = self.gate.predict_proba(X)[:, 1] < GATE
                scores[empty] = scores[empty] * 0.49
        return scores, hits, nearest_proto

    def ranked(self, items: list[Item], vecs: np.ndarray, scores: np.ndarray, hits, nearest_proto) -> list[list[ScoredSuggestion]]:
        """Each item's suggestions best first; the top three and every accepted one carry evidence."""
        out, shown = [], []
        for i in range(len(items)):
            ranked = rank({c: float(scores[i, j]) for j, c in enumerate(self.codes)}, {})
            shown += [(i, s) for s in ranked[:3] + [s for s in ranked[3:] if s.accepted]]
            out.append(ranked)
        nearest = self._nearest_coded(vecs, shown)
        for i, s in shown:
            j = self.codes.index(s.code_key)
            s.evidence = self._evidence(items[i], s.code_key, nearest_proto[i][j], hits[i][j], nearest.get((i, s.code_key)))
        return out

    def _nearest_coded(self, vecs: np.ndarray, shown: list[tuple[int, ScoredSuggestion]]) -> dict:
        """(item, code) -> (bank row, cosine) of the coded passage with that code most like the item.

        One matrix product per code instead of one per suggestion: a project with 3,000 coded
        passages spent 3 of a refit's 37 s finding these one at a time.
        """
        out: dict = {}
        if self.bank_vecs is None or not len(self.bank_texts):
            return out
        by_code: dict[str, list[int]] = {}
        for i, s in shown:
            by_code.setdefault(s.code_key, []).append(i)
        index = self._bank_index()
        for code, rows in by_code.items():
            idx = np.array(index.get(code, []), dtype=np.int64)
            if not len(idx):
                continue
            bank = self.bank_vecs[idx]
            for lo in range(0, len(rows), KNN_CHUNK):
                part = rows[lo:lo + KNN_CHUNK]
                sims = vecs[part] @ bank.T
                best = np.argmax(sims, axis=1)
                for i, b, row in zip(part, best, sims):
                    out[(i, code)] = (int(idx[b]), float(row[b]))
        return out

    def _bank_matrix(self) -> np.ndarray:
        """The bank's codes as a 0/1 matrix (passages x codes), built once per fitted bank."""
        cached = getattr(self, "_bank_mat", None)
        if cached is None or cached[0] is not self.bank_codes:
            mat = np.array([[c in labs for c in self.codes] for labs in self.bank_codes], dtype=np.float32)
            self._bank_mat = cached = (self.bank_codes, mat.reshape(len(self.bank_codes), len(self.codes)))
        return cached[1]

    def _bank_index(self) -> dict[str, list[int]]:
        cached = getattr(self, "_bank_idx", None)
        if cached is None or cached[0] is not self.bank_codes:
            idx: dict[str, list[int]] = {}
            for k, labs in enumerate(self.bank_codes):
                for c in labs:
                    idx.setdefault(c, []).append(k)
            self._bank_idx = cached = (self.bank_codes, idx)
        return cached[1]

    def _evidence(self, item: Item, code: str, proto: str, terms: list[str], nearest: tuple[int, float] | None) -> dict:
        ev: dict = {}
        if terms:
            ev["matched_terms"] = terms
        if nearest is not None:
            k, sim = nearest
            ev["nearest_example"] = self.bank_texts[k]
            origin = self.bank_origin[k] if k < len(self.bank_origin) else "confirmed"
            ev["example_from"] = "the codebook" if origin == "codebook" else "a passage the team coded"
            ev["similarity"] = round(sim, 3)
        if "nearest_example" not in ev and proto:
            ev["nearest_example"] = proto
            ev["example_from"] = "the codebook"
        if item.context and is_short(item.text):
            ev["question"] = item.context
        return ev
