"""CLI commands: start a new site from an earlier project; export the site comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .base import app, export_app, open_project, state


@app.command("new-site")
def new_site_cmd(
    from_db: str = typer.Option(..., "--from", help="The earlier project to start from (a .db file or database URL)."),
    roster: Optional[Path] = typer.Option(
        None, "--roster", help="The earlier project's roster CSV (name,pseudonym), so those names are masked too. It is read, never copied."),
) -> None:
    """Start this project (--db) from an earlier one: its codebook and confirmed examples.

    Only the codebook and the confirmed quotes (with names and contact details masked)
    are copied, so suggestions are good from the first segment. Transcripts, speakers,
    coders and memos of the earlier project stay where they are.

    Example: needsmap --db newsite.db new-site --from victoria.db
    """
    from ..newsite import new_site

    report = new_site(from_db, state.db, actor="cli", roster=roster)
    for line in report.lines():
        typer.echo(line)
    typer.echo("Next: import this site's transcripts with 'needsmap ingest', then run 'needsmap suggest'.")


@export_app.command("site-comparison")
def export_site_comparison_cmd(
    out: Path = typer.Option(..., "--out", help="Folder to write the CSV files into (created if missing)."),
) -> None:
    """Write code and theme frequencies per site, and issues only some sites raised, as CSV.

    Example: needsmap export site-comparison --out comparison/
    """
    from ..errors import Msg
    from ..site_comparison import compare_sites, write_site_comparison

    db = open_project()
    try:
        with db.session() as s:
            comparison = compare_sites(s)
    finally:
        db.dispose()
    for p in write_site_comparison(comparison, out):
        typer.echo(f"wrote {p}")
    if comparison.is_empty:
        typer.echo(f"note: {Msg.E805} [E805]", err=True)
