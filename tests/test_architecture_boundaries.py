"""The library stays a library: no UI imports outside pipeline/ui, no network helpers."""

from __future__ import annotations

import ast
from pathlib import Path

PIPELINE = Path(__file__).resolve().parents[1] / "pipeline"


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_boundaries_streamlit_only_in_ui_package():
    offenders = [
        str(p.relative_to(PIPELINE))
        for p in PIPELINE.rglob("*.py")
        if "ui" not in p.relative_to(PIPELINE).parts[:1] and "streamlit" in _imported_modules(p)
    ]
    assert offenders == [], f"streamlit imported outside pipeline/ui: {offenders}"


def test_boundaries_no_network_clients_in_library():
    banned = {"requests", "urllib3", "httpx", "aiohttp"}
    offenders = {
        str(p.relative_to(PIPELINE)): sorted(_imported_modules(p) & banned)
        for p in PIPELINE.rglob("*.py")
        if _imported_modules(p) & banned
    }
    assert offenders == {}


def test_boundaries_cli_start_up_does_not_import_heavy_libraries():
    import subprocess
    import sys

    code = (
        "import sys, pipeline.cli; "
        "heavy = [m for m in ('torch', 'sentence_transformers', 'streamlit', 'spacy') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"imported at CLI start-up: {out.stdout.strip()}"
