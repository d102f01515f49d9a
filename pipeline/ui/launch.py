"""Start the Streamlit server for `needsmap serve` / `needsmap demo` (no streamlit import here)."""

from __future__ import annotations

import os
import subprocess
import sys

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


def run_server(db_url: str, *, port: int, host: str = "127.0.0.1", open_browser: bool = False) -> int:
    """Serve the app until the person stops it (Ctrl+C); returns the server's exit status."""
    proc = subprocess.Popen(streamlit_command(port=port, host=host, open_browser=open_browser), env=server_env(db_url))
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            return proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            return proc.wait()
