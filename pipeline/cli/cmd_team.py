"""CLI commands: team analysis (coding, rounds, agreement, consensus, codebook changes, priorities, strategies)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import NeedsmapError
from .base import app, codebook_app, open_project

coder_app = typer.Typer(help="Add and list coders.\n\nExample: needsmap coder add amina --role pra", no_args_is_help=True)
round_app = typer.Typer(help="Blind coding rounds.\n\nExample: needsmap round open first-pass --by dr-lee", no_args_is_help=True)
priority_app = typer.Typer(help="Rank the issues as a team, anonymously.\n\nExample: needsmap priority vote --coder amina --rank stigma,low_wage", no_args_is_help=True)
strategy_app = typer.Typer(help="Strategies that answer the key issues.\n\nExample: needsmap strategy add \"Photo ID cards\" --issue workplace_resources", no_args_is_help=True)
demographics_app = typer.Typer(help="The demographic questionnaire behind Table 1.\n\nExample: needsmap demographics import data/sample_demographics.csv", no_args_is_help=True)
app.add_typer(coder_app, name="coder")
app.add_typer(round_app, name="round")
app.add_typer(priority_app, name="priority")
app.add_typer(strategy_app, name="strategy")
app.add_typer(demographics_app, name="demographics")


def _fmt(v) -> str:
    return "-" if v is None else f"{v:.3f}"


# ---------------------------------------------------------------- coding


@app.command("code")
def code_cmd(
    segment_id: int = typer.Argument(..., help="Segment id (see: needsmap export segments)"),
    code_id: str = typer.Argument(..., help="Code id from the codebook"),
    coder: str = typer.Option(..., "--coder", help="Who is deciding"),
    reject: bool = typer.Option(False, "--reject", help="Record that the code does NOT apply"),
    source: str = typer.Option("typed", "--source", help="'typed', or the engine name whose suggestion was accepted"),
    memo: Optional[str] = typer.Option(None, "--memo", help="A note to keep with the segment"),
) -> None:
    """Record one coder's decision on one segment and code.

    Example: needsmap code 12 stigma --coder amina
    """
    from ..coding import record_decision
    from ..models import Coder
    from sqlalchemy import select

    db = open_project()
    with db.session() as s:
        is_new = s.scalars(select(Coder).where(Coder.name == coder.strip())).first() is None
        row = record_decision(s, segment_id=segment_id, code_key=code_id, coder=coder,
                              decision="rejected" if reject else "confirmed", source=source, memo=memo)
        decision = row.decision
    if is_new:
        typer.echo(f"New coder '{coder.strip()}' added as a peer research assistant.")
    typer.echo(f"Saved: {coder.strip()} {decision} '{code_id}' on segment {segment_id}.")


@coder_app.command("add")
def coder_add_cmd(
    name: str = typer.Argument(..., help="The coder's name or handle"),
    role: str = typer.Option("pra", "--role", help="pra (peer research assistant) or pi"),
) -> None:
    """Add a coder (or change an existing coder's role).

    Example: needsmap coder add dr-lee --role pi
    """
    from ..coding import ensure_coder, set_role

    db = open_project()
    with db.session() as s:
        coder = ensure_coder(s, name, role)
        if coder.role != role:
            set_role(s, name, role, actor="cli")
        typer.echo(f"Coder '{coder.name}' is a {'PI' if role == 'pi' else 'peer research assistant'}.")


@coder_app.command("list")
def coder_list_cmd() -> None:
    """List coders with their role and how many segments each has decided.

    Example: needsmap coder list
    """
    from ..coding import coder_progress

    db = open_project()
    with db.session() as s:
        progress = coder_progress(s)
    for c in progress["coders"]:
        typer.echo(f"{c['name']}\t{c['role']}\t{c['segments']} of {progress['total_segments']} segments")


@round_app.command("open")
def round_open_cmd(
    name: str = typer.Argument(..., help="A short name for the round"),
    by: str = typer.Option(..., "--by", help="The PI opening it"),
    not_blind: bool = typer.Option(False, "--not-blind", help="Let coders see each other's codes during the round"),
) -> None:
    """Open a blind coding round: until it closes, each coder sees only their own codes.

    Example: needsmap round open first-pass --by dr-lee
    """
    from ..coding import open_round

    db = open_project()
    with db.session() as s:
        rnd = open_round(s, name, by, blind=not not_blind)
        typer.echo(f"Round {rnd.id} '{rnd.name}' is open{' (blind)' if rnd.blind else ''}.")


@round_app.command("close")
def round_close_cmd(by: str = typer.Option(..., "--by", help="The PI closing it")) -> None:
    """Close the open coding round; everyone can then see all codes and compare.

    Example: needsmap round close --by dr-lee
    """
    from ..coding import close_round

    db = open_project()
    with db.session() as s:
        rnd = close_round(s, None, by)
        typer.echo(f"Round {rnd.id} '{rnd.name}' is closed. Next: needsmap agreement")


@round_app.command("status")
def round_status_cmd() -> None:
    """Say whether a coding round is open.

    Example: needsmap round status
    """
    from ..coding import current_round

    db = open_project()
    with db.session() as s:
        rnd = current_round(s)
        typer.echo("No coding round is open." if rnd is None else
                   f"Round {rnd.id} '{rnd.name}' is open since {rnd.opened_at:%Y-%m-%d %H:%M}{' (blind)' if rnd.blind else ''}.")


# ---------------------------------------------------------------- agreement and consensus


@app.command("agreement")
def agreement_cmd(
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object"),
    coder: Optional[List[str]] = typer.Option(None, "--coder", help="Compare only these coders (repeat)"),
    round_id: Optional[int] = typer.Option(None, "--round", help="Only decisions made in this round"),
) -> None:
    """Inter-coder agreement per code and overall, and the list of disagreements.

    Example: needsmap agreement --json
    """
    from ..agreement import agreement_report

    db = open_project()
    with db.session() as s:
        report = agreement_report(s, coders=coder or None, round_id=round_id)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    typer.echo(f"Coders: {', '.join(report['coders']) or 'none'}; segments coded by two or more: {report['n_segments']}")
    if not report["per_code"]:
        typer.echo("Nothing to compare yet: two coders need to code the same segments.")
        return
    typer.echo("code\tpercent\tkappa\talpha\tAC1")
    for code, v in report["per_code"].items():
        typer.echo(f"{code}\t{_fmt(v['percent_agreement'])}\t{_fmt(v['kappa'])}\t{_fmt(v['alpha'])}\t{_fmt(v['ac1'])}")
    o = report["overall"]
    typer.echo(f"OVERALL\t{_fmt(o['percent_agreement'])}\t{_fmt(o['kappa'])}\t{_fmt(o['alpha'])}\t{_fmt(o['ac1'])}")
    if report["disagreements_hidden"]:
        typer.echo("A blind round is open, so the disagreement list is hidden until it closes.")
    else:
        typer.echo(f"Disagreements: {len(report['disagreements'])}")
        for d in report["disagreements"]:
            who = "; ".join(f"{c}: {','.join(codes) or '(none)'}" for c, codes in d["codes"].items())
            typer.echo(f"  segment {d['segment_id']} [{', '.join(d['disputed'])}] {who}")


@app.command("consensus")
def consensus_cmd(
    segment_id: int = typer.Argument(..., help="Segment id"),
    code_id: str = typer.Argument(..., help="Code id"),
    decision: str = typer.Option(..., "--decision", help="confirmed or rejected"),
    rationale: str = typer.Option(..., "--rationale", help="Why the team decided this"),
    by: str = typer.Option(..., "--by", help="Who records the team's decision"),
) -> None:
    """Record the team's agreed decision on a disagreement; tables count it.

    Example: needsmap consensus 12 stigma --decision confirmed --rationale "talks about public shame" --by amina
    """
    from ..consensus import resolve

    db = open_project()
    with db.session() as s:
        resolve(s, segment_id=segment_id, code_key=code_id, decision=decision, rationale=rationale, decided_by=by)
    typer.echo(f"Consensus saved: '{code_id}' {decision} on segment {segment_id}.")


# ---------------------------------------------------------------- codebook changes


def _parse_fields(items: list[str]) -> dict:
    out = {}
    for item in items or []:
        if "=" not in item:
            raise NeedsmapError(f"'{item}' is not FIELD=VALUE. Write it like --set definition=\"new words\".")
        k, v = item.split("=", 1)
        out[k.strip()] = v.strip()
    return out


@codebook_app.command("propose")
def propose_cmd(
    kind: str = typer.Argument(..., help="add, edit, merge or split"),
    by: str = typer.Option(..., "--by", help="Who proposes"),
    rationale: str = typer.Option(..., "--rationale", help="Why"),
    code: Optional[str] = typer.Option(None, "--code", help="The new code's id (add) or the code to edit or split"),
    label: Optional[str] = typer.Option(None, "--label", help="Label of the new code (add)"),
    definition: str = typer.Option("", "--definition", help="Definition of the new code (add)"),
    set_: Optional[List[str]] = typer.Option(None, "--set", help="FIELD=VALUE to change (edit, add); repeat"),
    source: Optional[List[str]] = typer.Option(None, "--source", help="Code to fold into --target (merge); repeat"),
    target: Optional[str] = typer.Option(None, "--target", help="Code the others merge into"),
    into: Optional[List[str]] = typer.Option(None, "--into", help="New code as ID:LABEL (split); repeat"),
) -> None:
    """Propose a codebook change (a new code, a definition change, a merge or a split).

    Example: needsmap codebook propose merge --source low_wage --target workplace_inequity --rationale "same issue" --by amina
    """
    from ..codebook_changes import propose

    fields = _parse_fields(set_ or [])
    if kind == "add":
        payload = {"code": {"id": code, "label": label or code, "definition": definition, **fields}}
    elif kind == "edit":
        payload = {"code_id": code, "changes": {**({"definition": definition} if definition else {}), **fields}}
    elif kind == "merge":
        payload = {"sources": list(source or []), "target": target}
    elif kind == "split":
        parts = []
        for item in into or []:
            cid, _, lab = item.partition(":")
            parts.append({"id": cid.strip(), "label": lab.strip() or cid.strip()})
        payload = {"code_id": code, "into": parts}
    else:
        payload = {}
    db = open_project()
    with db.session() as s:
        row = propose(s, kind=kind, payload=payload, rationale=rationale, proposed_by=by)
        typer.echo(f"Proposed change {row.id}. A PI can accept it with: needsmap codebook accept {row.id} --by NAME")


@codebook_app.command("accept")
def accept_cmd(change_id: int = typer.Argument(...), by: str = typer.Option(..., "--by", help="The PI accepting")) -> None:
    """Accept a proposed codebook change (PI only); makes a new codebook version.

    Example: needsmap codebook accept 3 --by dr-lee
    """
    from ..codebook_changes import accept

    db = open_project()
    with db.session() as s:
        cb = accept(s, change_id, decided_by=by)
        typer.echo(f"Change {change_id} accepted: codebook '{cb.name}' is now version {cb.version}.")


@codebook_app.command("reject")
def reject_cmd(
    change_id: int = typer.Argument(...), by: str = typer.Option(..., "--by", help="The PI deciding"),
    reason: str = typer.Option(..., "--reason", help="Why not"),
) -> None:
    """Decline a proposed codebook change (PI only), saying why.

    Example: needsmap codebook reject 3 --by dr-lee --reason "covered by role_clarity"
    """
    from ..codebook_changes import reject

    db = open_project()
    with db.session() as s:
        reject(s, change_id, decided_by=by, reason=reason)
    typer.echo(f"Change {change_id} rejected.")


@codebook_app.command("history")
def history_cmd(as_json: bool = typer.Option(False, "--json", help="Print JSON")) -> None:
    """Show every proposed codebook change and who decided it.

    Example: needsmap codebook history
    """
    from ..codebook_changes import history

    db = open_project()
    with db.session() as s:
        rows = history(s)
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        typer.echo("No codebook changes have been proposed yet.")
    for r in rows:
        decided = f", {r['status']} by {r['decided_by']}" if r["decided_by"] else f", {r['status']}"
        typer.echo(f"{r['id']}: {r['summary']} (proposed by {r['proposed_by']}{decided}) - {r['rationale']}")


# ---------------------------------------------------------------- priorities and strategies


@priority_app.command("open")
def priority_open_cmd(name: str = typer.Argument(...), by: str = typer.Option(..., "--by", help="The PI opening it")) -> None:
    """Open a priority round; results stay hidden until it closes.

    Example: needsmap priority open spring-2021 --by dr-lee
    """
    from ..prioritize import open_priority_round

    db = open_project()
    with db.session() as s:
        rnd = open_priority_round(s, name, by)
        typer.echo(f"Priority round {rnd.id} '{rnd.name}' is open.")


@priority_app.command("vote")
def priority_vote_cmd(
    coder: str = typer.Option(..., "--coder", help="Who is voting"),
    rank: Optional[str] = typer.Option(None, "--rank", help="Code ids, most important first, comma-separated"),
    score: Optional[List[str]] = typer.Option(None, "--score", help="CODE=POINTS (higher = more important); repeat"),
) -> None:
    """Cast (or replace) your anonymous ballot in the open priority round.

    Example: needsmap priority vote --coder amina --rank stigma,workplace_respect,low_wage
    """
    from ..prioritize import vote

    ranks = {c.strip(): i for i, c in enumerate([x for x in (rank or "").split(",") if x.strip()], start=1)} or None
    scores = None
    if score:
        try:
            scores = {k: float(v) for k, v in _parse_fields(score).items()}
        except ValueError:
            raise NeedsmapError("Scores must be numbers, like --score stigma=5.") from None
    db = open_project()
    with db.session() as s:
        n = vote(s, coder=coder, ranks=ranks, scores=scores)
    typer.echo(f"Ballot saved ({n} issues). Results are shown when a PI closes the round.")


@priority_app.command("close")
def priority_close_cmd(by: str = typer.Option(..., "--by", help="The PI closing it")) -> None:
    """Close the open priority round so its results can be seen.

    Example: needsmap priority close --by dr-lee
    """
    from ..prioritize import close_priority_round

    db = open_project()
    with db.session() as s:
        rnd = close_priority_round(s, None, by)
        typer.echo(f"Priority round {rnd.id} closed. See: needsmap priority results")


@priority_app.command("results")
def priority_results_cmd(
    round_id: Optional[int] = typer.Option(None, "--round", help="Round id (default: the latest closed round)"),
    as_json: bool = typer.Option(False, "--json", help="Print JSON"),
) -> None:
    """Show a closed round's results: mean rank and Borda points, ties marked.

    Example: needsmap priority results
    """
    from ..prioritize import current_priority_round, latest_closed_round, results

    db = open_project()
    with db.session() as s:
        if round_id is None:
            latest = latest_closed_round(s) or current_priority_round(s)  # an open one explains itself (E411)
            if latest is None:
                raise NeedsmapError("No priority round has closed yet. A PI closes one with: needsmap priority close --by NAME")
            round_id = latest.id
        df = results(s, round_id)
    if as_json:
        typer.echo(df.to_json(orient="records", force_ascii=False))
        return
    typer.echo(f"Round {round_id}: {df.attrs.get('ballots', 0)} ballots")
    for r in df.itertuples():
        typer.echo(f"{r.place}{'=' if r.tied else ''}\t{r.code}\tBorda {r.borda:g}\tmean rank {r.mean_rank:.2f}\t({r.voters} voters)")


@strategy_app.command("add")
def strategy_add_cmd(
    text: str = typer.Argument(..., help="What the team will do"),
    issue: Optional[List[str]] = typer.Option(None, "--issue", help="Code id it addresses; repeat"),
    owner: str = typer.Option("", "--owner", help="Who leads it"),
    status: str = typer.Option("proposed", "--status", help="proposed, planned, in_progress, done or dropped"),
    by: str = typer.Option("cli", "--by", help="Who records it"),
) -> None:
    """Add a strategy and link it to the issues it addresses.

    Example: needsmap strategy add "Photo ID cards for peer workers" --issue workplace_resources --owner amina
    """
    from ..strategies import add_strategy

    db = open_project()
    with db.session() as s:
        row = add_strategy(s, text=text, owner=owner, status=status, issues=list(issue or []), actor=by)
        typer.echo(f"Strategy {row.id} saved.")


@strategy_app.command("link")
def strategy_link_cmd(
    strategy_id: int = typer.Argument(...), issue: List[str] = typer.Argument(..., help="Code ids"),
    by: str = typer.Option("cli", "--by", help="Who links it"),
) -> None:
    """Link a strategy to more issues.

    Example: needsmap strategy link 2 stigma community_recognition
    """
    from ..strategies import link

    db = open_project()
    with db.session() as s:
        added = link(s, strategy_id, list(issue), actor=by)
    typer.echo(f"Strategy {strategy_id} now also addresses: {', '.join(added) or 'nothing new'}.")


@strategy_app.command("list")
def strategy_list_cmd() -> None:
    """List strategies with their owner, status and issues.

    Example: needsmap strategy list
    """
    from ..strategies import list_strategies

    db = open_project()
    with db.session() as s:
        rows = list_strategies(s)
    for r in rows:
        typer.echo(f"{r['id']}\t{r['status']}\t{r['owner'] or '-'}\t{','.join(r['issues'])}\t{r['text']}")


@demographics_app.command("import")
def demographics_import_cmd(file: Path = typer.Argument(..., help="CSV with participant,site,group,sex,age_band,education")) -> None:
    """Import the demographic questionnaire (for Table 1).

    Example: needsmap demographics import data/sample_demographics.csv
    """
    from ..demographics import import_demographics

    db = open_project()
    with db.session() as s:
        n = import_demographics(s, file, actor="cli")
    typer.echo(f"Imported {n} participants from {file}.")
