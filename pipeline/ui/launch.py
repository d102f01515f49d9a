"""Start the Streamlit server for `needsmap serve` / `needsmap demo` (no streamlit import here)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

from ..childproc import die_with_parent
from .paths import MAIN_SCRIPT

# The calm theme of .streamlit/config.toml, passed as flags so an installed package
# (which has no config folder next to the user's working directory) looks the same.
THEME = {
    "theme.base": "light",
    "theme.primaryColor": "#2F6F73",
    "theme.backgroundColor": "#FAFAF7",
    "theme.secondaryBackgroundColor": "#EEF2EF",
    "theme.textColor": "#1F2A2E",
    "theme.baseFontSize": "17",
}


def streamlit_command(*, port: int, host: str = "127.0.0.1", open_browser: bool = False) -> list[str]:
    """The `python -m streamlit run` command line for the packaged app script."""
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(MAIN_SCRIPT),
        "--server.address", host,
        "--server.port", str(port),
        "--server.headless", "false" if open_browser else "true",
        "--browser.gatherUsageStats", "false",
        "--server.runOnSave", "false",
        "--client.toolbarMode", "minimal",
    ]
    for key, value in THEME.items():
        cmd += [f"--{key}", value]
    return cmd


def server_env(db_url: str) -> dict[str, str]:
    """The environment for the server: the project database and the offline switches."""
    env = dict(os.environ)
    env["NEEDSMAP_DB"] = db_url
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] = "false"
    return env


class _StopRequested(Exception):
    """A service manager or `kill` asked the command to stop (SIGTERM or SIGHUP)."""


def _raise_stop(signum, frame) -> None:
    raise _StopRequested(signum)


def stop_server(proc: subprocess.Popen) -> None:
    """Ask a server process to stop, and kill it if it has not stopped after 10 seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def run_server(db_url: str, *, port: int, host: str = "127.0.0.1", open_browser: bool = False) -> int:
    """Serve the app until the person stops it; returns the server's exit status.

    Ctrl+C, SIGTERM and SIGHUP all stop the server with the command, so a service manager or a
    closed terminal never leaves a server holding the port and the project open.
    """
    previous = {}
    # Signal handlers can only be set from the main thread (a test may call this from another).
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
            if sig is not None:
                previous[sig] = signal.signal(sig, _raise_stop)
    try:
        proc = subprocess.Popen(
            streamlit_command(port=port, host=host, open_browser=open_browser), env=server_env(db_url),
            preexec_fn=die_with_parent if sys.platform.startswith("linux") else None)
        try:
            return proc.wait()
        except (KeyboardInterrupt, _StopRequested):
            stop_server(proc)
            return 0  # the person (or their service manager) asked for the stop: not a failure
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
