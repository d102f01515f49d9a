"""The suggester interface and the records it takes and returns.

Every engine scores every code of the codebook on a 0-1 scale where 0.5 is the
engine's own decision threshold: a score >= 0.5 is an accepted suggestion. Keeping
one scale across engines keeps the UI's confidence words and the review queue simple.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from dataclasses import dataclass, field

from ..codebook import CodebookSpec

THRESHOLD = 0.5
LIKELY = 0.75
SHORT_ANSWER_WORDS = 6  # answers this short are read together with the question before them
# the lines around a passage that make up its conversation, in a project and in a labelled file alike
NEIGHBOURS_BEFORE, NEIGHBOURS_AFTER = 2, 1


@dataclass
class Item:
    """A text to score; `context` is the facilitator question a short answer replies to.

    `neighbours` are the passages just before and after it in the conversation: what a
    short remark like 'It's been a pilot for four years.' is about often lives there.
    """

    id: int | str
    text: str
    context: str = ""
    neighbours: list[str] = field(default_factory=list)  # nearby passages of the same conversation


@dataclass
class Example:
    """A labelled text: `codes` apply; `rejected` were explicitly turned down by a coder."""

    text: str
    codes: list[str] = field(default_factory=list)
    context: str = ""
    rejected: list[str] = field(default_factory=list)
    origin: str = ""
    neighbours: list[str] = field(default_factory=list)


@dataclass
class ScoredSuggestion:
    code_key: str
    score: float
    accepted: bool
    evidence: dict = field(default_factory=dict)


def confidence_word(score: float) -> str:
    """Plain words for a score on the shared scale."""
    if score >= LIKELY:
        return "likely"
    if score >= THRESHOLD:
        return "possible"
    return "unlikely"


def is_short(text: str) -> bool:
    return len(re.findall(r"\w+", text)) < SHORT_ANSWER_WORDS


def rescale(p: float, thr: float) -> float:
    """Map a probability with decision threshold `thr` onto the shared scale (thr -> 0.5)."""
    thr = min(max(thr, 1e-6), 1 - 1e-6)
    if p < thr:
        return 0.5 * p / thr
    return 0.5 + 0.5 * (p - thr) / (1 - thr)


class Suggester(ABC):
    """A suggestion engine: `fit` on labelled examples, `predict` scored codes per item."""

    name: str = "needsmap.base.v1"

    def __init__(self, codebook: CodebookSpec, encoder=None):
        self.codebook = codebook
        self.codes = codebook.code_ids()
        self.encoder = encoder

    @property
    def model_version(self) -> str:
        """What produced the scores besides the engine's code: the encoder's model id."""
        return getattr(self.encoder, "model_id", None) or "none"

    def fit(self, examples: list[Example]) -> "Suggester":
        return self

    @abstractmethod
    def predict(self, items: list[Item]) -> list[list[ScoredSuggestion]]:
        """Every code scored for each item, highest score first."""


def rank(scores: dict[str, float], evidence: dict[str, dict]) -> list[ScoredSuggestion]:
    out = [ScoredSuggestion(k, float(v), bool(v >= THRESHOLD), evidence.get(k, {})) for k, v in scores.items()]
    out.sort(key=lambda s: -s.score)
    return out
