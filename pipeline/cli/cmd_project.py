"""CLI commands: project setup (init), backup and restore, coder passwords."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .base import app, open_project, state


@app.command("init")
def init_cmd() -> None:
    """Create or migrate the project database.

    Example: needsmap --db study.db init
    """
    db = open_project()
    typer.echo(f"Project database ready: {db.engine.url.render_as_string(hide_password=True)}")


@app.command("backup")
def backup_cmd(
    out: Path = typer.Option(..., "--out", help="Backup file to write (SQLite copy, or pg_dump file for PostgreSQL)."),
) -> None:
    """Save a consistent copy of the project while others keep working.

    Example: needsmap --db study.db backup --out backups/study-2024-05-01.db
    """
    from ..backup import backup

    db = open_project()
    try:
        path = backup(db, out)
    finally:
        db.dispose()
    typer.echo(f"Backup written to {path} ({path.stat().st_size / 1e6:.1f} MB)")


@app.command("restore")
def restore_cmd(
    from_file: Path = typer.Argument(..., help="A file made by needsmap backup."),
    force: bool = typer.Option(False, "--force", help="Replace a database that already holds a project."),
) -> None:
    """Load a backup into the database named by --db (refuses a non-empty one unless --force).

    The backup is checked in a temporary copy first; the database is only replaced once
    the copy opens as a whole project. With --force the old project is kept as a safety copy.

    Example: needsmap --db restored.db restore backups/study-2024-05-01.db
    """
    from ..backup import restore_backup

    done = restore_backup(state.db, from_file, force=force)
    try:
        shown = done.db.engine.url.render_as_string(hide_password=True)
    finally:
        done.db.dispose()
    if done.safety_copy:
        kept = "file" if done.db.is_sqlite else "database"
        typer.echo(f"The project that was there before is kept in the {kept} {done.safety_copy}")
    typer.echo(f"Restored {from_file} into {shown}")


def _register_password_command() -> None:
    # The `coder` group belongs to the team commands; the password command joins it.
    from .cmd_team import coder_app

    @coder_app.command("set-password")
    def set_password_cmd(
        name: str = typer.Argument(..., help="The coder's name."),
        password: str = typer.Option(
            ..., "--password", prompt="New password", hide_input=True, confirmation_prompt=True,
            envvar="NEEDSMAP_NEW_PASSWORD", help="Asked for when not given (never shown).",
        ),
        by: Optional[str] = typer.Option(None, "--by", help="Who is setting it (for the audit log)."),
    ) -> None:
        """Set a coder's password (needed before the app may be served beyond this computer).

        Example: needsmap coder set-password amina --by dr-lee
        """
        from ..access import set_password

        db = open_project()
        try:
            with db.session() as s:
                set_password(s, name, password, actor=by or name)
        finally:
            db.dispose()
        typer.echo(f"Password set for {name}.")


_register_password_command()
