"""The `needsmap` command line: a thin layer over the library.

Each command module registers itself on the Typer apps in `pipeline.cli.base`.
`main()` turns errors into exit codes: 2 for bad input or usage (one plain line per
problem), 1 for internal errors (a short message, details in a log file, never a
traceback on screen).
"""

from __future__ import annotations

from .base import app, run

# Importing registers the commands.
from . import (  # noqa: F401,E402
    cmd_project, cmd_ingest, cmd_codebook, cmd_suggest, cmd_team, cmd_export, cmd_refi, cmd_app,
    cmd_newsite,
)


def main() -> None:
    run()


__all__ = ["app", "main"]
