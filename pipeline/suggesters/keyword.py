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


@lru_cache(maxsize=512)
def _any_of(terms: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{_compiled(t).pattern})" for t in terms), re.IGNORECASE)


def matched_terms(text: str, terms: list[str]) -> list[str]:
    """The terms found in `text` (one combined search first: most texts match nothing)."""
    if not terms or not _any_of(tuple(terms)).search(text):
        return []
    return [t for t in terms if _compiled(t).search(text)]


class KeywordSuggester(Suggester):
    """Scores rise with the number of distinct codebook terms found (1 term -> 0.5)."""

    name = "needsmap.keyword.v1"

    def __init__(self, codebook, encoder=None):
        super().__init__(codebook, encoder=None)
        self.terms = {c.id: code_terms(c) for c in codebook.codes}

    @property
    def model_version(self) -> str:
        return "terms"

    def predict(self, items: list[Item]) -> list[list[ScoredSuggestion]]:
        out = []
        for item in items:
            scores, evidence = {}, {}
            for code, terms in self.terms.items():
                hits = matched_terms(item.text, terms)
                scores[code] = 1.0 - 0.5 ** len(hits)
                if hits:
                    evidence[code] = {"matched_terms": hits}
            out.append(rank(scores, evidence))
        return out
