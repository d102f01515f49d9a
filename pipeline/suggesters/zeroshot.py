"""The zero-shot engine: how close a text is to each code's description and examples.

Each code has prototypes (label with definition, inclusion criteria, each example);
a text's similarity to a code is its best prototype match, pushed down when the text
is closer to the code's exclusion criteria. Needs no coded data at all.
"""

from __future__ import annotations

import re

import numpy as np

from .base import Example, Item, ScoredSuggestion, Suggester, is_short, rank

CONTEXT_WEIGHT = 0.5
EXCLUSION_WEIGHT = 0.5


def encode_items(encoder, items: list[Item], progress=None, detail: bool = False) -> np.ndarray:
    """Item vectors (detail vectors with `detail`); a short answer is blended with the question it answers."""
    texts = [it.text for it in items]
    ctx_idx = [i for i, it in enumerate(items) if it.context and is_short(it.text)]
    ctx_texts = [items[i].context for i in ctx_idx]
    vecs = (encoder.encode_detail if detail else encoder.encode)(texts + ctx_texts, progress=progress)
    main = np.array(vecs[: len(texts)], dtype=np.float32)
    if ctx_idx:
        main[ctx_idx] += CONTEXT_WEIGHT * vecs[len(texts):]
        main[ctx_idx] /= np.linalg.norm(main[ctx_idx], axis=1, keepdims=True).clip(1e-9)
    return main


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+", text) if len(s.strip()) > 3]


class ZeroShotSuggester(Suggester):
    """Prototype similarity mapped onto the shared scale by a logistic around `center`."""

    name = "needsmap.zero-shot.v1"

    def __init__(self, codebook, encoder, center: float = 0.38, width: float = 0.05, margin: float = 0.12):
        super().__init__(codebook, encoder)
        self.center, self.width, self.margin = center, width, margin
        self._protos: dict[str, tuple[np.ndarray, list[str]]] | None = None
        self._excl: dict[str, np.ndarray] = {}

    def _prototypes(self):
        if self._protos is not None:
            return self._protos
        texts, owners, kinds = [], [], []
        excl_texts, excl_owner = [], []
        for c in self.codebook.codes:
            head = f"{c.label}. {c.definition}".strip()
            for kind, t in [("definition", head), ("inclusion", c.inclusion)] + [("example", e) for e in c.examples]:
                if t and t.strip():
                    texts.append(t.strip()); owners.append(c.id); kinds.append(kind)
            for s in _sentences(c.exclusion):
                excl_texts.append(s); excl_owner.append(c.id)
        vecs = self.encoder.encode(texts + excl_texts)
        protos: dict[str, tuple[np.ndarray, list[str]]] = {}
        for code in self.codes:
            idx = [i for i, o in enumerate(owners) if o == code]
            protos[code] = (vecs[idx], [f"{kinds[i]}: {texts[i]}" if kinds[i] != "example" else texts[i] for i in idx])
        base = len(texts)
        for code in self.codes:
            idx = [base + i for i, o in enumerate(excl_owner) if o == code]
            if idx:
                self._excl[code] = vecs[idx]
        self._protos = protos
        return protos

    def similarities(self, vecs: np.ndarray) -> tuple[np.ndarray, list[list[str]]]:
        """Raw similarity (items x codes) and the nearest prototype text for each pair."""
        protos = self._prototypes()
        sims = np.zeros((len(vecs), len(self.codes)), dtype=np.float32)
        nearest: list[list[str]] = [[""] * len(self.codes) for _ in range(len(vecs))]
        for j, code in enumerate(self.codes):
            pv, ptexts = protos[code]
            if not len(pv):
                continue
            s = vecs @ pv.T
            best = s.argmax(axis=1)
            # max finds the closest example; a little mean keeps one lucky example from dominating
            score = 0.8 * s.max(axis=1) + 0.2 * s.mean(axis=1)
            if code in self._excl:
                e = (vecs @ self._excl[code].T).max(axis=1)
                score = score - EXCLUSION_WEIGHT * np.clip(e - score, 0, None)
            sims[:, j] = score
            for i, b in enumerate(best):
                nearest[i][j] = ptexts[b]
        return sims, nearest

    def calibrated(self, sims: np.ndarray) -> np.ndarray:
        """Logistic around `center`, and codes far below the text's best code are damped."""
        top = sims.max(axis=1, keepdims=True)
        adj = sims - np.clip(top - sims - self.margin, 0, None)
        return 1.0 / (1.0 + np.exp(-(adj - self.center) / self.width))

    def fit(self, examples: list[Example]) -> "ZeroShotSuggester":
        """Move the decision point to the best F1 on labelled examples, when there are some."""
        if len(examples) < 20:
            return self
        vecs = encode_items(self.encoder, [Item(i, e.text, e.context) for i, e in enumerate(examples)])
        sims, _ = self.similarities(vecs)
        gold = np.array([[c in set(e.codes) for c in self.codes] for e in examples])
        if not gold.any():
            return self
        best = (-1.0, self.center)
        for center in np.arange(0.15, 0.70, 0.01):
            self.center = float(center)
            pred = self.calibrated(sims) >= 0.5
            tp = (pred & gold).sum(); fp = (pred & ~gold).sum(); fn = (~pred & gold).sum()
            f1 = 2 * tp / max(2 * tp + fp + fn, 1)
            if f1 > best[0]:
                best = (f1, float(center))
        self.center = best[1]
        return self

    def predict(self, items: list[Item]) -> list[list[ScoredSuggestion]]:
        if not items:
            return []
        vecs = encode_items(self.encoder, items)
        sims, nearest = self.similarities(vecs)
        probs = self.calibrated(sims)
        out = []
        for i in range(len(items)):
            scores = {c: float(probs[i, j]) for j, c in enumerate(self.codes)}
            ev = {c: {"nearest_example": nearest[i][j], "similarity": round(float(sims[i, j]), 3)}
                  for j, c in enumerate(self.codes)}
            out.append(rank(scores, ev))
        return out
