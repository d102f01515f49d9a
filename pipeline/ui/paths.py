"""Where the app finds its project database: NEEDSMAP_DB, or `streamlit run app.py -- --db PATH`."""

from __future__ import annotations

import os
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parent
MAIN_SCRIPT = UI_DIR / "main_app.py"
SCREENS_DIR = UI_DIR / "screens"


def page_file(name: str) -> Path:
    """The script file of one screen (st.Page runs files, so AppTest can switch to them).

    Each is a three-line launcher for `pipeline.ui.<name>.render`: Streamlit re-reads
    and re-compiles page files on every run, imported modules only once.
    """
    return SCREENS_DIR / f"{name}.py"


def db_location(argv: list[str] | None = None, environ: dict | None = None) -> str:
    """The database path or URL: `--db X` after `--` on the command line wins, then NEEDSMAP_DB."""
    argv = sys.argv[1:] if argv is None else argv
    environ = os.environ if environ is None else environ
    for i, arg in enumerate(argv):
        if arg == "--db" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--db="):
            return arg.split("=", 1)[1]
    return environ.get("NEEDSMAP_DB", "needsmap.db")
