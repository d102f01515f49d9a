"""CLI commands: codebook import and export."""

from __future__ import annotations

from pathlib import Path

import typer

from .. import codebook as cbmod
from ..errors import NeedsmapError, problem
from .base import codebook_app, open_project


@codebook_app.command("import")
def import_cmd(file: Path = typer.Argument(..., help="A .yaml, .csv or REFI-QDA .qdc codebook")) -> None:
    """Import a codebook; a changed codebook becomes a new version.

    Example: needsmap codebook import codebooks/rose.yaml
    """
    spec = cbmod.load_codebook_file(file)
    db = open_project()
    with db.session() as s:
        row, created = cbmod.store_codebook(s, spec, actor="cli")
        version = row.version
    state = "imported as" if created else "unchanged, still"
    typer.echo(f"Codebook '{spec.name}' {state} version {version}: {len(spec.codes)} codes, "
               f"{len(spec.themes)} themes, {len(spec.sem_levels)} SEM levels.")


@codebook_app.command("export")
def export_cmd(
    format: str = typer.Option("yaml", "--format", help="yaml, csv or qdc"),
    out: Path = typer.Option(..., "--out", help="File to write"),
) -> None:
    """Export the current codebook.

    Example: needsmap codebook export --format csv --out codebook.csv
    """
    fmt = format.lower()
    if fmt not in ("yaml", "csv", "qdc"):
        raise NeedsmapError(problem("E106", fmt=format))
    db = open_project()
    with db.session() as s:
        spec = cbmod.current_codebook(s)
    if fmt == "qdc":
        from ..refi import write_qdc

        write_qdc(spec, out)
    else:
        out.write_text(cbmod.to_yaml(spec) if fmt == "yaml" else cbmod.to_csv(spec), encoding="utf-8")
    typer.echo(f"Wrote {len(spec.codes)} codes to {out}")
