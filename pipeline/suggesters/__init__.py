"""Suggestion engines (keyword, zero-shot, hybrid), their registry and the project store."""

from .base import Example, Item, ScoredSuggestion, Suggester
from .registry import ENGINES, engine_name, make_suggester

__all__ = ["Example", "Item", "ScoredSuggestion", "Suggester", "ENGINES", "engine_name", "make_suggester"]
