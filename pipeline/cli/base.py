"""Shared Typer apps, the --db option and error handling for every command."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import Optional

import typer

from ..errors import NeedsmapError

app = typer.Typer(
    help="needsmap: code focus-group transcripts together, offline.\n\n"
    "Example: needsmap --db study.db ingest transcripts/ --site victoria",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
codebook_app = typer.Typer(help="Import or export the codebook.\n\nExample: needsmap codebook import codebooks/rose.yaml", no_args_is_help=True)
export_app = typer.Typer(help="Write project data to files.\n\nExample: needsmap export segments --out segments.csv", no_args_is_help=True)
import_app = typer.Typer(help="Read a project from another program.\n\nExample: needsmap import refi project.qdpx", no_args_is_help=True)
app.add_typer(codebook_app, name="codebook")
app.add_typer(export_app, name="export")
app.add_typer(import_app, name="import")


class State:
    db: Optional[str] = None


state = State()


@app.callback()
def _root(
    db: Optional[str] = typer.Option(
        None, "--db", help="Project database: a SQLite file path or an SQLAlchemy URL. Default: $NEEDSMAP_DB, else ./needsmap.db",
    ),
) -> None:
    state.db = db


def open_project():
    """Open the database named by --db (created and migrated on first use)."""
    from ..db import open_db

    return open_db(state.db)


def fail_input(err: NeedsmapError) -> None:
    for p in err.problems:
        typer.echo(f"error: {p}", err=True)


def _log_internal(exc: BaseException) -> Path:
    path = Path(tempfile.gettempdir()) / "needsmap-error.log"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"--- {dt.datetime.now().isoformat()} {' '.join(sys.argv)}\n")
        fh.write("".join(traceback.format_exception(exc)))
    return path


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and exit with the contract's codes (0 ok, 2 input, 1 internal)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        app(args=argv, standalone_mode=False)
        code = 0
    except NeedsmapError as err:
        fail_input(err)
        code = 2
    except KeyboardInterrupt:
        typer.echo("Stopped.", err=True)
        code = 1
    except Exception as exc:  # noqa: BLE001
        code = _click_like_exit(exc)
        if code is None:
            log = _log_internal(exc)
            typer.echo(
                f"error: something went wrong inside needsmap ({type(exc).__name__}: {exc}). "
                f"Your data is safe. Details were saved to {log}; please send that file to the team.",
                err=True,
            )
            code = 1
    sys.exit(code)


def _click_like_exit(exc: BaseException) -> int | None:
    """Exit code for click's (or Typer's vendored click's) control-flow exceptions."""
    name = type(exc).__name__
    if name == "Exit":
        return int(getattr(exc, "exit_code", 0))
    if name == "Abort":
        typer.echo("Stopped.", err=True)
        return 1
    if hasattr(exc, "show") and hasattr(exc, "exit_code"):
        exc.show()
        return 2
    return None
