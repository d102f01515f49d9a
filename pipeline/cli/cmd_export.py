"""CLI commands: export (codings in long format, the study tables)."""

from __future__ import annotations

from pathlib import Path

import typer

from .base import app, codebook_app, export_app, import_app, open_project, state  # noqa: F401


@export_app.command("codings")
def export_codings_cmd(out: Path = typer.Option(..., "--out", help="CSV file to write")) -> None:
    """Write one row per coder decision (segment_id, code, coder, decision, source, created_at).

    Example: needsmap export codings --out codings.csv
    """
    from ..exporters.codings import export_codings

    db = open_project()
    with db.session() as s:
        n = export_codings(s, out)
    typer.echo(f"Wrote {n} coding rows to {out}")


@export_app.command("tables")
def export_tables_cmd(out: Path = typer.Option(..., "--out", help="Folder to write the tables into")) -> None:
    """Write the study tables (Tables 1-3, frequencies) as CSV, one XLSX workbook and one DOCX report.

    Example: needsmap export tables --out tables/
    """
    from ..exporters.tables_files import export_tables

    db = open_project()
    with db.session() as s:
        paths = export_tables(s, out)
    typer.echo(f"Wrote {len(paths)} files to {out}:")
    for p in paths:
        typer.echo(f"  {p.name}")
