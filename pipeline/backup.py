"""Consistent snapshots of the project database while people keep working."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine


def sqlite_backup(engine: Engine, dest: str | Path) -> Path:
    """Copy a live SQLite database with its online backup API (safe under WAL)."""
    dest = Path(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(engine.url.database)
    try:
        out = sqlite3.connect(str(dest))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest
