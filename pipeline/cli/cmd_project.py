"""CLI commands: project setup (init)."""

from __future__ import annotations

import typer

from .base import app, open_project


@app.command("init")
def init_cmd() -> None:
    """Create or migrate the project database.

    Example: needsmap --db study.db init
    """
    db = open_project()
    typer.echo(f"Project database ready: {db.engine.url.render_as_string(hide_password=True)}")
