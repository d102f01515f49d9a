"""Engines by short name, each behind a versioned name recorded on every suggestion."""

from __future__ import annotations

from ..errors import NeedsmapError
from .hybrid import HybridSuggester
from .keyword import KeywordSuggester
from .tuned import TunedHybridSuggester
from .zeroshot import ZeroShotSuggester

ENGINES = {
    "keyword": KeywordSuggester,
    "zero-shot": ZeroShotSuggester,
    "hybrid": HybridSuggester,
    "hybrid-tuned": TunedHybridSuggester,  # opt-in: minutes of CPU to tune the encoder, see tuned.py
}
# Versioned names are accepted too, so a stored engine name can be looked up again.
BY_VERSIONED = {cls.name: short for short, cls in ENGINES.items()}
# Older hybrids stay readable on stored suggestions: v1 came before character n-grams and
# shrunk thresholds, v2 before the vote of similar coded passages, v3 before detail vectors,
# v4 before the vote for each neighbour line, v5 re-cross-validated its cuts at every refit.
BY_VERSIONED.update({f"needsmap.hybrid.v{v}": "hybrid" for v in (1, 2, 3, 4, 5)})
BY_VERSIONED.update({f"needsmap.hybrid-tuned.v{v}": "hybrid-tuned" for v in (1, 2, 3)})


def short_name(name: str) -> str:
    """'hybrid' or 'needsmap.hybrid.v6' -> 'hybrid'; plain-language error when unknown."""
    key = (name or "").strip().lower().replace("_", "-")
    if key == "zeroshot":
        key = "zero-shot"
    if key in ENGINES:
        return key
    if name in BY_VERSIONED:
        return BY_VERSIONED[name]
    raise NeedsmapError.of("E205", name=name, choices=", ".join(ENGINES))


def engine_name(name: str) -> str:
    """The versioned name stored with suggestions, e.g. 'needsmap.hybrid.v6'."""
    return ENGINES[short_name(name)].name


def needs_encoder(name: str) -> bool:
    return short_name(name) != "keyword"


def make_suggester(name: str, codebook, encoder=None):
    """Build an engine for a codebook; `encoder` is required except for keyword."""
    cls = ENGINES[short_name(name)]
    return cls(codebook, encoder)
