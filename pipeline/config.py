"""Project settings: defaults, overridden by an optional needsmap.yaml.

Settings are looked up in `$NEEDSMAP_CONFIG`, else `./needsmap.yaml`. Everything has
a default so a new team can start with no config file at all.
"""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError

from .errors import NeedsmapError

DEFAULT_FACILITATOR_LABELS = [
    "facilitator", "moderator", "interviewer", "researcher", "fac", "mod",
    "co-facilitator", "cofacilitator", "note taker", "notetaker", "host", "int",
]
# Whole-group voices: kept as turns, but never counted as a participant.
DEFAULT_GROUP_LABELS = [
    "all participants", "all", "everyone", "group", "several participants",
    "multiple participants", "participants", "multiple speakers", "many",
]


class Settings(BaseModel):
    """All tunable behaviour in one place."""

    facilitator_labels: list[str] = Field(default_factory=lambda: list(DEFAULT_FACILITATOR_LABELS))
    group_labels: list[str] = Field(default_factory=lambda: list(DEFAULT_GROUP_LABELS))
    unit: str = "sentence"
    max_file_mb: float = 50.0
    # A trained spaCy pipeline name or path; None means spacy.blank("en") + sentencizer.
    spacy_model: str | None = None
    # A local sentence-transformers folder; None means the bundled all-MiniLM-L6-v2.
    embedding_model: str | None = None
    embedding_batch_size: int = 64
    default_engine: str = "hybrid"


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Read settings from a YAML file when one exists, else return the defaults."""
    candidate = Path(path) if path else Path(os.environ.get("NEEDSMAP_CONFIG", "needsmap.yaml"))
    if not candidate.is_file():
        return Settings()
    try:
        raw = yaml.safe_load(candidate.read_text(encoding="utf-8")) or {}
        return Settings.model_validate(raw)
    except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
        raise NeedsmapError(f"{candidate}: the settings file could not be used ({exc}). Fix it or remove it.") from exc
