"""CLI commands: serve and demo (the review app)."""

from __future__ import annotations

import typer

from .base import app, open_project, state


def _check_host(db, host: str) -> None:
    from ..access import check_bind_address

    with db.session() as s:
        check_bind_address(s, host)


@app.command("serve")
def serve(
    port: int = typer.Option(8501, "--port", help="Port to serve on."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Only this computer (127.0.0.1) unless every coder has a password."),
) -> None:
    """Serve the review app for the project in your browser, on this computer only.

    Open the address it prints (http://127.0.0.1:8501) in a browser; stop with Ctrl+C.

    Example: needsmap --db study.db serve --port 8501
    """
    from ..ui.launch import run_server

    db = open_project()
    _check_host(db, host)
    url = db.url
    db.dispose()
    typer.echo(f"Serving {url} at http://{host}:{port} (press Ctrl+C to stop)")
    code = run_server(url, port=port, host=host)
    if code not in (0, -2, 130):
        raise typer.Exit(1)


@app.command("demo")
def demo(
    no_browser: bool = typer.Option(False, "--no-browser", help="Do not open a browser window (the app is still served)."),
    port: int = typer.Option(8501, "--port", help="Port to serve on."),
    build_only: bool = typer.Option(False, "--build-only", hidden=True, help="Build the sample project and exit."),
) -> None:
    """Build the sample project (three sites, a codebook, suggestions) and open the review app on it.

    The sample project is written to needsmap-demo.db unless --db names another file.

    Example: needsmap demo --no-browser --port 8502
    """
    from ..demo import build_demo, format_summary

    path = state.db or "needsmap-demo.db"
    typer.echo("Building the sample project (the first time takes a minute or two)...")
    summary = build_demo(path)
    typer.echo(format_summary(summary))
    if build_only:
        return
    from ..db import resolve_url
    from ..ui.launch import run_server

    typer.echo(f"Serving the sample project at http://127.0.0.1:{port} (press Ctrl+C to stop)")
    code = run_server(resolve_url(path), port=port, open_browser=not no_browser)
    if code not in (0, -2, 130):
        raise typer.Exit(1)
