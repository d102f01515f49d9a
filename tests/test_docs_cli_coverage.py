"""Every CLI command is documented: it appears as `needsmap <command path>` in the README or docs/."""

from __future__ import annotations

import re

import typer

from pipeline.cli import app


def _command_paths(cmd, prefix: tuple[str, ...] = ()) -> list[str]:
    """Every runnable command path of the Typer app, e.g. 'export site-comparison'.

    Typer may vendor its own click, so groups are recognised by their `commands`.
    """
    if isinstance(getattr(cmd, "commands", None), dict):
        out: list[str] = []
        for name, sub in cmd.commands.items():
            if getattr(sub, "hidden", False):
                continue
            out.extend(_command_paths(sub, prefix + (name,)))
        return out
    return [" ".join(prefix)]


def _docs_text(repo_root) -> str:
    parts = []
    readme = repo_root / "README.md"
    if readme.is_file():
        parts.append(readme.read_text(encoding="utf-8"))
    for md in sorted((repo_root / "docs").glob("*.md")):
        parts.append(md.read_text(encoding="utf-8"))
    # Options and line wraps between words should not hide a mention.
    return re.sub(r"\s+", " ", "\n".join(parts))


def _mentioned(path: str, text: str) -> bool:
    words = r"\s+".join(re.escape(w) for w in path.split())
    # `needsmap --db x.db export tables` counts as a mention of `export tables`.
    return re.search(rf"needsmap(?:\s+--db[= ]\S+)?\s+{words}(?![\w-])", text) is not None


def test_cli_tree_is_found():
    paths = _command_paths(typer.main.get_command(app))
    assert {"init", "new-site", "export site-comparison"} <= set(paths)


def test_every_cli_command_appears_in_readme_or_guides(repo_root):
    text = _docs_text(repo_root)
    paths = sorted(_command_paths(typer.main.get_command(app)))
    missing = [p for p in paths if not _mentioned(p, text)]
    assert not missing, (
        "These commands are not mentioned as `needsmap <command>` in README.md or docs/*.md: "
        + ", ".join(f"needsmap {p}" for p in missing)
    )
