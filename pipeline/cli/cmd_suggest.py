"""CLI commands: suggest and evaluate."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .base import app, codebook_app, export_app, import_app, open_project, state  # noqa: F401


class _Bar:
    """A typer progress bar opened on the first report, when the total is known."""

    def __init__(self, label: str):
        self.label, self.bar, self.done = label, None, 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = typer.progressbar(length=total, label=self.label, file=None)
            self.bar.__enter__()
        self.bar.update(done - self.done)
        self.done = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


@app.command("suggest")
def suggest_cmd(
    engine: Optional[str] = typer.Option(None, "--engine", help="keyword, zero-shot, hybrid or hybrid-tuned (default: hybrid, or default_engine in needsmap.yaml). hybrid-tuned also tunes the model to your team's codes: better suggestions, but minutes instead of seconds when it tunes."),
    model: Optional[Path] = typer.Option(None, "--model", help="A sentence-transformers model folder on this computer (default: the bundled all-MiniLM-L6-v2)"),
    train: Optional[Path] = typer.Option(None, "--train", help="Extra labelled texts (CSV with id,text,codes) for the hybrid engine"),
) -> None:
    """Suggest codes for every passage nobody has reviewed yet; only new passages are scored.

    Example: needsmap suggest --engine hybrid
    """
    from ..codebook import current_codebook
    from ..config import load_settings
    from ..evaluation import read_labelled_csv
    from ..suggesters.registry import short_name
    from ..suggesters.store import run_suggest
    from ..suggesters.tuned import MIN_TUNE_EXAMPLES

    settings = load_settings()
    engine = short_name(engine or settings.default_engine)
    db = open_project()
    train_rows = None
    if train is not None:
        with db.session() as s:
            spec = current_codebook(s)
        train_rows = read_labelled_csv(train, spec)
    bar = _Bar("Reading passages")
    tune_bar = _Bar("Tuning the model to your team's codes (a few minutes)")
    try:
        report = run_suggest(db, engine=engine, model=str(model) if model else None, settings=settings,
                             progress=bar, train_rows=train_rows, tune_progress=tune_bar)
    finally:
        tune_bar.close()
        bar.close()
    typer.echo(
        f"{report.engine} ({report.model_version}): scored {report.scored} passages, kept {report.skipped} unchanged, "
        f"left {report.reviewed} already reviewed; {report.accepted} suggestions above the threshold. "
        f"{report.encoded} texts newly encoded; {report.seconds:.1f} s."
    )
    if report.train_context == "file order":
        typer.echo(f"note: the ids in {train.name} do not say which focus group each line is from, but the lines "
                   "follow a conversation in file order, so the engine learned from the lines around each one.")
    elif report.train_context == "none":
        typer.echo(f"note: the ids in {train.name} do not say which focus group each line is from (like fraser-1:017), "
                   "and the lines do not follow a conversation in file order, so the engine learned from them without "
                   "the lines around each one. Suggestions are better when the file gives ids like that, in transcript order.")
    if engine == "hybrid-tuned":
        if report.training_examples < MIN_TUNE_EXAMPLES:
            typer.echo(f"note: fewer than {MIN_TUNE_EXAMPLES} coded passages yet, so the model was not tuned; "
                       "these are the hybrid engine's suggestions. Code more passages and run it again.")
        elif report.retuned:
            typer.echo("The model was tuned to your team's codes; it is tuned again when the coded passages grow by a quarter.")


@app.command("evaluate")
def evaluate_cmd(
    codebook: Path = typer.Option(..., "--codebook", help="Codebook file (.yaml, .csv or .qdc)"),
    gold: Path = typer.Option(..., "--gold", help="Labelled texts to score against (CSV: id,text,codes)"),
    train: Optional[Path] = typer.Option(None, "--train", help="Labelled texts to learn from (hybrid engine only)"),
    engine: str = typer.Option("hybrid", "--engine", help="keyword, zero-shot, hybrid or hybrid-tuned"),
    model: Optional[Path] = typer.Option(None, "--model", help="A sentence-transformers model folder (default: the bundled model)"),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object instead of a table"),
) -> None:
    """Score a suggestion engine on labelled texts: F1, top-3 recall, empty precision, kappa per code.

    Example: needsmap evaluate --codebook codebooks/rose.yaml --gold heldout.csv --train data/sample_codings.csv --json
    """
    from ..codebook import load_codebook_file
    from ..evaluation import evaluate, format_table, read_labelled_csv
    from ..suggesters.registry import needs_encoder, short_name

    engine = short_name(engine)
    spec = load_codebook_file(codebook)
    gold_rows = read_labelled_csv(gold, spec)
    train_rows = read_labelled_csv(train, spec) if train is not None else None
    encoder = None
    if needs_encoder(engine):
        from ..embeddings import load_encoder

        encoder = load_encoder(str(model) if model else None)
    result = evaluate(spec, gold_rows, train_rows, engine=engine, encoder=encoder)
    if as_json:
        typer.echo(json.dumps(result))
        return
    # the baseline every engine is judged against; it reads codebook terms only, so it costs nothing
    baseline = evaluate(spec, gold_rows, engine="keyword") if engine != "keyword" else None
    typer.echo(format_table(result, baseline))
