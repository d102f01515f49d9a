"""All shared test fixtures (one file, as in spaCy). Temp dirs only, never the user's home."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolate_home(tmp_path_factory, monkeypatch):
    """Keep every test away from the real home directory and any real project."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("NEEDSMAP_DB", raising=False)
    monkeypatch.delenv("NEEDSMAP_CONFIG", raising=False)


@pytest.fixture
def repo_root() -> Path:
    return REPO


@pytest.fixture
def shared_dir() -> Path:
    return SHARED


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "project.db"


@pytest.fixture
def db(db_path):
    from pipeline.db import open_db

    database = open_db(db_path)
    yield database
    database.dispose()


# --- core fixtures -----------------------------------------------------------

# --- ingest fixtures ----------------------------------------------------------

# --- sample data fixtures -----------------------------------------------------

# --- suggestion fixtures ------------------------------------------------------

# --- team analysis fixtures ---------------------------------------------------

# --- refi fixtures ------------------------------------------------------------

# --- ui fixtures --------------------------------------------------------------

# --- privacy and durability fixtures ------------------------------------------
