"""The keyword engine: codebook terms found in the text, like NVivo's text-search autocoding.

It is the baseline every other engine is compared to. Terms are the code's
keywords plus its label (as a phrase and as single content words), matched on word
boundaries with light stemming so 'doctors' finds 'doctor'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..codebook import CodeSpec
from .base import Item, ScoredSuggestion, Suggester, rank

STOPWORDS = frozenset(
    "a an and are as at be by for from has have in into is it its of on or our the their them they this "
    "to was were with without other others general about not no use uses using than more less very".split()
)
SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ness", "ment", "ers", "er", "es", "ed", "ly", "s")


def stem(word: str) -> str:
    """Strip one common English suffix; short words are left alone."""
    w = word.lower()
    for suf in SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            return w[: -len(suf)]
    return w


def term_pattern(term: str) -> re.Pattern:
    """A regex for a term: each word stemmed, any ending allowed, word boundaries kept."""
    words = re.findall(r"[\w']+", term.lower())
    parts = [re.escape(stem(w)) + r"\w*" for w in words]
    return re.compile(r"\b" + r"[\s\-]+".join(parts) + r"\b", re.IGNORECASE)


def code_terms(code: CodeSpec) -> list[str]:
    terms = [k.strip() for k in code.keywords if k.strip()]
    label = code.label.strip()
    if label and " " in label:
        terms.append(label)
    for w in re.findall(r"[A-Za-z][\w']+", label):
        if w.lower() not in STOPWORDS and len(w) > 3:
            terms.append(w)
    return list(dict.fromkeys(t.lower() for t in terms))


@lru_cache(maxsize=4096)
def _compiled(term: str) -> re.Pattern:
    return term_pattern(term)


# Characters that regex IGNORECASE matches to an ASCII letter but str.lower() does not
# turn into one (Kelvin sign, long s, dotted and dotless i).
_FOLDS_TO_ASCII = ("\u212a", "\u017f", "\u0130", "\u0131")


@lru_cache(maxsize=4096)
def _needles(term: str) -> tuple[str, ...] | None:
    """Lower-case stems that any match of `term` contains; None for non-ASCII stems."""
    stems = tuple(stem(w) for w in re.findall(r"[\w']+", term.lower()))
    return stems if stems and all(x.isascii() for x in stems) else None


def _foldable(text: str) -> str | None:
    """The text lower-cased for substring tests, or None where they could miss a regex match."""
    if not text.isascii() and any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return text.lower()


def matched_terms(text: str, terms: list[str]) -> list[str]:
    """The terms found in `text`, in `terms` order.

    A term's regex runs only when the lower-cased text contains each of its stems: every
    match must, and most texts contain none of a code's terms, so most searches are
    skipped (a substring test is far cheaper than the regex).
    """
    if not terms:
        return []
    low = _foldable(text)
    out = []
    for t in terms:
        needles = _needles(t)
        if low is not None and needles is not None and not all(n in low for n in needles):
            continue
        if _compiled(t).search(text):
            out.append(t)
    return out


class TermIndex:
    """Every code's terms, found in a text by one round of substring tests over distinct stems.

    Gives exactly `matched_terms(text, terms)` for each code; scoring ten thousand passages
    against a whole codebook is where the per-term loop would cost seconds.
    """

    def __init__(self, terms_by_code: dict[str, list[str]]):
        self.terms_by_code = terms_by_code
        self._by_first: dict[str, list[tuple[str, int, str]]] = {}
        self._always: list[tuple[str, int, str]] = []  # non-ASCII stems: the regex decides
        for code, terms in terms_by_code.items():
            for pos, term in enumerate(terms):
                needles = _needles(term)
                if needles is None:
                    self._always.append((code, pos, term))
                else:
                    self._by_first.setdefault(needles[0], []).append((code, pos, term))
        self._firsts = list(self._by_first)

    def hits(self, text: str) -> dict[str, list[str]]:
        """Terms found per code (codes with none are left out), each in its codebook order."""
        low = _foldable(text)
        if low is None:
            cands = [x for group in self._by_first.values() for x in group]
        else:
            cands = [x for first in self._firsts if first in low for x in self._by_first[first]]
        found: dict[str, list[tuple[int, str]]] = {}
        for code, pos, term in cands + self._always:
            needles = _needles(term)
            if low is not None and needles is not None and not all(n in low for n in needles[1:]):
                continue
            if _compiled(term).search(text):
                found.setdefault(code, []).append((pos, term))
        return {code: [t for _, t in sorted(v)] for code, v in found.items()}


class KeywordSuggester(Suggester):
    """Scores rise with the number of distinct codebook terms found (1 term -> 0.5)."""

    name = "needsmap.keyword.v1"

    def __init__(self, codebook, encoder=None):
        super().__init__(codebook, encoder=None)
        self.terms = {c.id: code_terms(c) for c in codebook.codes}
        self.index = TermIndex(self.terms)

    @property
    def model_version(self) -> str:
        return "terms"

    def predict(self, items: list[Item]) -> list[list[ScoredSuggestion]]:
        out = []
        for item in items:
            scores, evidence = {}, {}
            found = self.index.hits(item.text)
            for code in self.terms:
                hits = found.get(code, [])
                scores[code] = 1.0 - 0.5 ** len(hits)
                if hits:
                    evidence[code] = {"matched_terms": hits}
            out.append(rank(scores, evidence))
        return out
