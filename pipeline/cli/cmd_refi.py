"""CLI commands: REFI-QDA project exchange (export refi, import refi)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .base import export_app, import_app, open_project


@export_app.command("refi")
def export_refi(
    out: Path = typer.Option(..., "--out", help="The .qdpx file to write"),
) -> None:
    """Write the project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder.

    Holds coders, the codebook, transcripts, confirmed codings by coder, memos, sites
    and focus groups. Positions count Unicode characters (code points), as the
    standard says.

    Example: needsmap export refi --out study.qdpx
    """
    from ..refi import export_qdpx

    db = open_project()
    path = export_qdpx(db, out)
    typer.echo(f"Wrote {path}")


@import_app.command("refi")
def import_refi(
    file: Path = typer.Argument(..., help="A REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA, QualCoder or needsmap"),
    site: Optional[str] = typer.Option(None, "--site", help="Site for sources that name none (default: imported)"),
) -> None:
    """Import a REFI-QDA project: codebook, coders, texts and codings (all or nothing).

    Example: needsmap import refi nvivo-export.qdpx --site victoria
    """
    from ..refi import import_qdpx

    db = open_project()
    report = import_qdpx(db, file, site=site, actor="cli")
    for p in report.problems:
        typer.echo(f"warning: {p}", err=True)
    typer.echo(report.summary())
