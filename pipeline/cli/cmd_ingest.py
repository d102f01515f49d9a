"""CLI commands: ingest, export segments."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import NeedsmapError
from .base import app, codebook_app, export_app, import_app, open_project, state  # noqa: F401


@app.command("ingest")
def ingest(
    paths: List[Path] = typer.Argument(..., help="Transcript files or folders (txt, docx, vtt, srt, csv, xlsx)."),
    site: Optional[str] = typer.Option(None, "--site", help="Short name of the site, like victoria."),
    group: Optional[str] = typer.Option(None, "--group", help="Focus-group name. Default: each file's name."),
    date: Optional[str] = typer.Option(None, "--date", help="Date of the group, YYYY-MM-DD."),
    facilitator: List[str] = typer.Option([], "--facilitator", help="A facilitator's name as written in the transcript (repeatable)."),
    unit: Optional[str] = typer.Option(None, "--unit", help="Coding unit: sentence (default) or turn."),
    roster: Optional[Path] = typer.Option(None, "--roster", help="Roster CSV (name, pseudonym): names are replaced before storing."),
    keep_original: bool = typer.Option(False, "--keep-original", help="Also keep the text as it was before names were replaced."),
    report_file: Optional[Path] = typer.Option(
        None, "--report", help="Where to write the list of replaced names (CSV; needs --roster). "
        "Default: beside the roster, ROSTER-replacements-TIME.csv. Keep it with the roster, away from the project."),
) -> None:
    """Import transcripts; identical files are never imported twice.

    With --roster, names are replaced before anything is stored, and the list of every
    replacement is written to a CSV beside the roster (never into the project database).

    Example: needsmap ingest transcripts/ --site victoria --date 2021-03-31 --roster roster.csv
    """
    from ..config import load_settings
    from ..ingest import check_date, ingest_paths
    from ..segmenters import check_unit

    if not site or not site.strip():
        raise NeedsmapError.of("E016")
    settings = load_settings()
    # Refuse a bad request before the database is created or touched.
    check_date(date)
    check_unit(unit or settings.unit)
    if report_file is not None and roster is None:
        raise NeedsmapError.of("E612")
    roster_key = report_path = None
    if roster is not None:
        from ..deid import default_report_path, load_roster, write_report

        roster_key = load_roster(roster)
        report_path = report_file or default_report_path(roster)
        try:
            # An empty report first: a place that cannot be written fails before the import,
            # not after it, when the list of replacements would be lost.
            write_report([], report_path)
        except OSError as exc:
            raise NeedsmapError.of("E613", path=str(report_path), reason=exc.strerror or str(exc)) from None
    db = open_project()
    try:
        report = ingest_paths(
            db, paths, site=site, group=group, date=date, facilitators=facilitator, unit=unit,
            roster=roster_key, keep_original=keep_original, settings=settings, actor="cli",
        )
    finally:
        db.dispose()
    typer.echo(f"transcripts added: {report.transcripts}")
    typer.echo(f"turns added: {report.turns}")
    typer.echo(f"speakers added: {report.speakers}")
    typer.echo(f"segments added: {report.segments}")
    for path in report.skipped:
        typer.echo(f"skipped (already imported): {path}")
    if report_path is not None:
        written = write_report(report.replacements, report_path)
        typer.echo(f"replacements: {len(report.replacements)} listed in {written} "
                   "(check them; keep this file with the roster, outside the project)")
    if report.problems:
        raise NeedsmapError(report.problems)


@export_app.command("segments")
def export_segments(
    out: Path = typer.Option(..., "--out", help="CSV file to write."),
) -> None:
    """Write one row per segment: where it sits, the speaker's pseudonym, suggested and confirmed codes.

    Example: needsmap export segments --out segments.csv
    """
    from ..exporters.segments import export_segments as write

    db = open_project()
    try:
        with db.Session() as s:
            n = write(s, out)
    finally:
        db.dispose()
    typer.echo(f"{n} segments written to {out}")
