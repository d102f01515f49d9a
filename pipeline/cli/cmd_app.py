"""CLI commands: app."""

from __future__ import annotations

from .base import app, codebook_app, export_app, import_app, open_project, state  # noqa: F401
