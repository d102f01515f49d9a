"""Scoring a suggestion engine against labelled texts (`needsmap evaluate`).

Child codes count as their parent (`CodebookSpec.roll_up`): gold labels are rolled up,
and an engine's score for a parent is the best score among it and its children.
"""

from __future__ import annotations

import csv
import io
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .codebook import CodebookSpec, code_name_key
from .embeddings import CachedEncoder
from .errors import NeedsmapError, ProblemList, problem
from .suggesters.base import NEIGHBOURS_AFTER, NEIGHBOURS_BEFORE, THRESHOLD, Example, Item
from .suggesters.hybrid import HybridSuggester
from .suggesters.registry import make_suggester, needs_encoder
from .suggesters.tuned import TunedHybridSuggester


@dataclass
class LabelledRow:
    """One row of a labelled-text CSV: its id, the words, the codes a person gave, its line."""

    id: str
    text: str
    codes: list[str] = field(default_factory=list)
    line: int | None = None


def parse_labelled_csv(text: str, file: str, codebook: CodebookSpec | None = None) -> list[LabelledRow]:
    """Rows of a labelled-text CSV (`id,text,codes`); the whole file is refused on any problem."""
    try:
        return _parse_labelled_csv(text, file, codebook)
    except csv.Error as exc:  # a cell over the size limit, typically after an unclosed quote
        raise NeedsmapError(problem("E901", file=file, reason=str(exc))) from exc


def _parse_labelled_csv(text: str, file: str, codebook: CodebookSpec | None) -> list[LabelledRow]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    cols = [(c or "").strip().lower() for c in (reader.fieldnames or [])]
    if not {"id", "text", "codes"} <= set(cols):
        raise NeedsmapError(problem("E203", file=file, columns=", ".join(c for c in cols if c) or "none"))
    known = set(codebook.code_ids()) if codebook else None
    # spreadsheets written by hand say 'LOW_WAGE' or 'Low wages and poverty' as often as 'low_wage'
    names = codebook.names_to_ids() if codebook else {}
    problems = ProblemList(file)
    rows: list[LabelledRow] = []
    seen: set[str] = set()
    prev_end = 1
    for raw in reader:
        # a quoted text may span lines: report the line where the row starts
        line, prev_end = prev_end + 1, reader.line_num
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        rid, body = row.get("id", ""), row.get("text", "")
        codes = [c.strip() for c in row.get("codes", "").split(";") if c.strip()]
        if not body:
            problems.add("E302", line=line)
        if rid in seen:
            problems.add("E304", line=line, id=rid)
        seen.add(rid)
        if known is not None:
            named = [c if c in known else names.get(code_name_key(c)) for c in codes]
            for c, cid in zip(codes, named):
                if cid is None:
                    problems.add("E301", line=line, code_id=c)
            codes = [cid for cid in named if cid is not None]
        rows.append(LabelledRow(rid or str(len(rows) + 1), body, list(dict.fromkeys(codes)), line))
    if problems:
        raise NeedsmapError(problems.items)
    if not rows:
        raise NeedsmapError(problem("E303", file=file))
    return rows


def read_labelled_csv(path: str | Path, codebook: CodebookSpec | None = None) -> list[LabelledRow]:
    from .readers.encoding import read_text_file

    path = Path(path)
    text = read_text_file(path)
    return parse_labelled_csv(text, str(path), codebook)


def conversation_key(row_id: str) -> str | None:
    """'fraser-1:017' -> 'fraser-1': rows sharing it, in file order, form one conversation."""
    return row_id.rsplit(":", 1)[0] if ":" in row_id else None


def row_neighbours(rows: list[LabelledRow], in_order: bool = False) -> list[list[str]]:
    """The texts around each row within its conversation (none for ids without 'conversation:').

    Args:
        in_order: the whole file is one conversation in file order, whatever its ids say.
    """
    keys = [""] * len(rows) if in_order else [conversation_key(r.id) for r in rows]
    out = []
    for i, key in enumerate(keys):
        if key is None:
            out.append([])
            continue
        out.append([rows[j].text for j in range(max(0, i - NEIGHBOURS_BEFORE), min(len(rows), i + NEIGHBOURS_AFTER + 1))
                    if j != i and keys[j] == key])
    return out


def _around(rows: list[LabelledRow], in_order: bool, conversation: list[LabelledRow] | None) -> list[list[str]]:
    """Each row's surrounding lines: from `rows` themselves, or as they stand in `conversation`."""
    if conversation is None:
        return row_neighbours(rows, in_order)
    where = dict(zip((r.id for r in conversation), row_neighbours(conversation)))
    return [where.get(r.id, []) for r in rows]


def rows_to_items(rows: list[LabelledRow], in_order: bool = False,
                  conversation: list[LabelledRow] | None = None) -> list[Item]:
    return [Item(r.id, r.text, neighbours=n) for r, n in zip(rows, _around(rows, in_order, conversation))]


def rows_to_examples(rows: list[LabelledRow], neighbours: bool = True, in_order: bool = False,
                     conversation: list[LabelledRow] | None = None) -> list[Example]:
    """Training examples; `neighbours=False` leaves out the lines around each row."""
    return [Example(text=r.text, codes=list(r.codes), origin="train", neighbours=n if neighbours else [])
            for r, n in zip(rows, _around(rows, in_order, conversation))]


def _line_number(row_id: str) -> int | None:
    tail = row_id.rsplit(":", 1)[1] if ":" in row_id else ""
    return int(tail) if tail.isdigit() else None


def joint_conversation(gold_rows: list[LabelledRow], train_rows: list[LabelledRow] | None) -> list[LabelledRow] | None:
    """Both files as one conversation, when they hold numbered lines of the same focus groups.

    A team that splits its agreed codes line by line into `--train` and `--gold` leaves each
    line's neighbours in the other file; a project would have them all. Lines of a group found
    in both files are put back in the order of their numbers. Returns None (each file stands
    alone) unless some group is in both files, every line of such groups has a number
    ('fraser-1:017'), and no line number of a group is in both files: that means the same line
    twice, or two sources that reuse a group name for different talk.
    """
    if not train_rows:
        return None
    gold_keys = {conversation_key(r.id) for r in gold_rows} - {None}
    shared = gold_keys & {conversation_key(r.id) for r in train_rows}
    if not shared:
        return None
    rows = list(gold_rows) + list(train_rows)
    both = [r for r in rows if conversation_key(r.id) in shared]
    if any(_line_number(r.id) is None for r in both):
        return None
    if len({(conversation_key(r.id), _line_number(r.id)) for r in both}) < len(both):  # 'g:7' and 'g:007' alike
        return None
    rest = [r for r in rows if conversation_key(r.id) not in shared]
    return sorted(both, key=lambda r: (conversation_key(r.id), _line_number(r.id))) + rest


def has_conversations(rows: list[LabelledRow]) -> bool:
    """Whether most rows sit in a conversation ('group:number' ids) and so have lines around them."""
    return sum(bool(n) for n in row_neighbours(rows)) * 2 > len(rows)


ORDER_MIN_ROWS = 20
ORDER_Z = 4.0  # ROSE files in transcript order score 10 to 60, shuffled ones and DuBois -1 to 1


def reads_in_order(rows: list[LabelledRow], vecs: np.ndarray) -> bool:
    """Whether rows whose ids name no focus group still follow a conversation in file order.

    Lines next to each other in a conversation are about the same thing, so their embeddings
    (`vecs`, one per row) are clearly more alike than random pairs of lines: the mean similarity
    of neighbouring rows is tested against random pairs (z >= ORDER_Z). A file grouped by code
    would pass that test only because its neighbours share a code, so such a file (each code
    set in one or two blocks) never counts as in order.
    """
    n = len(rows)
    if n < ORDER_MIN_ROWS:
        return False
    labels = [";".join(sorted(r.codes)) for r in rows]
    blocks = 1 + sum(a != b for a, b in zip(labels, labels[1:]))
    if blocks <= 2 * len(set(labels)):
        return False
    v = np.asarray(vecs, dtype=np.float64)
    v = v / np.linalg.norm(v, axis=1, keepdims=True).clip(1e-12)
    adjacent = (v[1:] * v[:-1]).sum(axis=1)
    i, j = np.random.default_rng(0).integers(0, n, size=(2, 4000))
    i, j = i[i != j], j[i != j]
    pairs = (v[i] * v[j]).sum(axis=1)
    spread = pairs.std() / np.sqrt(len(adjacent))
    return bool(spread > 0 and (adjacent.mean() - pairs.mean()) / spread >= ORDER_Z)


def conversation_source(rows: list[LabelledRow], encoder) -> str:
    """Where the lines around each row come from: 'ids' (group:number), 'file order', or 'none'."""
    if has_conversations(rows):
        return "ids"
    if encoder is not None and reads_in_order(rows, encoder.encode([r.text for r in rows])):
        return "file order"
    return "none"


def training_examples_from(rows: list[LabelledRow], encoder, neighbours: bool = True) -> tuple[list[Example], str]:
    """Examples from a labelled file, with the lines around each row wherever the file gives them.

    Args:
        neighbours: False leaves the lines out (and skips looking for them).
    Returns (examples, source): source as `conversation_source` says it ('' when not looked for).
    """
    if not neighbours:
        return rows_to_examples(rows, neighbours=False), ""
    source = conversation_source(rows, encoder)
    return rows_to_examples(rows, in_order=source == "file order"), source


def _kappa(y: np.ndarray, p: np.ndarray) -> float:
    from sklearn.metrics import cohen_kappa_score

    if (y == y[0]).all() and (p == p[0]).all():
        # no variation on either side: perfect agreement when they match, no information otherwise
        return 1.0 if y[0] == p[0] else 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        k = cohen_kappa_score(y, p)
    return 0.0 if np.isnan(k) else float(k)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
    return prec, rec, f1


def score_predictions(codebook: CodebookSpec, gold: list[set[str]], scored: list[dict[str, float]]) -> dict:
    """Metrics of the contract from gold code sets and per-code scores (already rolled up)."""
    codes = codebook.top_level_ids()
    Y = np.array([[c in g for c in codes] for g in gold], dtype=bool)
    S = np.array([[s.get(c, 0.0) for c in codes] for s in scored], dtype=float)
    P = S >= THRESHOLD
    per_code = {}
    for j, c in enumerate(codes):
        tp = int((P[:, j] & Y[:, j]).sum()); fp = int((P[:, j] & ~Y[:, j]).sum()); fn = int((~P[:, j] & Y[:, j]).sum())
        prec, rec, f1 = _prf(tp, fp, fn)
        per_code[c] = {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4),
                       "kappa": round(_kappa(Y[:, j], P[:, j]), 4), "support": int(Y[:, j].sum())}
    tp = int((P & Y).sum()); fp = int((P & ~Y).sum()); fn = int((~P & Y).sum())
    micro = _prf(tp, fp, fn)[2]
    present = [c for c in codes if per_code[c]["support"] > 0]
    macro = float(np.mean([per_code[c]["f1"] for c in present])) if present else 0.0
    kappa = float(np.mean([per_code[c]["kappa"] for c in present])) if present else 0.0
    order = np.argsort(-S, axis=1, kind="stable")[:, :3]
    found = sum(int(Y[i, order[i]].sum()) for i in range(len(gold)))
    top3 = found / int(Y.sum()) if Y.sum() else 1.0
    empty = ~Y.any(axis=1)
    empty_prec = float((~P[empty].any(axis=1)).mean()) if empty.any() else 1.0
    return {"n_segments": len(gold), "micro_f1": round(micro, 4), "macro_f1": round(macro, 4),
            "top3_recall": round(top3, 4), "empty_precision": round(empty_prec, 4),
            "mean_kappa": round(kappa, 4), "per_code": per_code}


def rolled_scores(codebook: CodebookSpec, ranked) -> dict[str, float]:
    out: dict[str, float] = {}
    for s in ranked:
        top = codebook.roll_up(s.code_key)
        out[top] = max(out.get(top, 0.0), s.score)
    return out


def evaluate(codebook_spec: CodebookSpec, gold_rows: list[LabelledRow], train_rows: list[LabelledRow] | None = None,
             engine: str = "hybrid", encoder=None, suggester=None, parts: dict[str, list[bool]] | None = None,
             conversation: list[LabelledRow] | None = None) -> dict:
    """Fit `engine` (on `train_rows` when it learns) and score it on `gold_rows`.

    Args:
        encoder: an Encoder; None loads the default (not needed for keyword).
        suggester: an already built engine to use instead of `engine` (experiments).
        parts: named masks over `gold_rows`; each part is also scored on its own, from the
            same predictions (every row keeps its conversation neighbours).
        conversation: the whole labelled file (with `group:number` ids) that the gold and
            training rows were drawn from line by line. Each row then gets the lines around it
            as they stand there, as a project's passages do; only their words are read, never
            their codes.
    Returns the contract's dict: engine, n_segments, micro_f1, macro_f1, top3_recall,
    empty_precision, mean_kappa, per_code, seconds (plus model_version, n_train,
    conversation_context: where the lines around each gold row came from, 'ids', 'file order',
    'none' (see `conversation_source`), 'whole file' (`conversation`) or 'gold and train
    together' (`joint_conversation`), and `parts`: {name: metrics} when asked).
    """
    t0 = time.perf_counter()
    fresh = suggester is None
    if fresh:
        if encoder is None and needs_encoder(engine):
            from .embeddings import load_encoder

            encoder = load_encoder()
        if encoder is not None and not isinstance(encoder, CachedEncoder):
            # the hybrid engine asks for the same texts again (as rows, as neighbours, for the
            # file-order check): a memory cache encodes each once (CLI evaluate on the
            # other-writers set: 161 s -> 116 s)
            encoder = CachedEncoder(encoder, None)
        suggester = make_suggester(engine, codebook_spec, encoder)
    learns = isinstance(suggester, HybridSuggester)
    joined = False
    if conversation is None and learns:
        conversation = joint_conversation(gold_rows, train_rows)
        joined = conversation is not None
    if conversation is not None:
        context = "gold and train together" if joined else "whole file"
    else:
        # only the learning engines read the lines around a text, so only they pay for the order check
        context = conversation_source(gold_rows, suggester.encoder if learns else None)
    if fresh and learns:
        if conversation is not None:
            examples = rows_to_examples(train_rows or [], conversation=conversation)
        else:
            # An engine that learned to lean on the lines around a passage does worse on texts
            # that come without them than one trained without them (ROSE other-writers set
            # with its ids removed: micro-F1 0.69 against 0.71), so train on what the gold file gives.
            examples, _ = training_examples_from(train_rows or [], suggester.encoder, neighbours=context != "none")
        if isinstance(suggester, TunedHybridSuggester):
            suggester.tune_and_attach(examples)
        suggester.fit(examples)
    ranked = suggester.predict(rows_to_items(gold_rows, in_order=context == "file order", conversation=conversation))
    gold = [{codebook_spec.roll_up(c) for c in r.codes} for r in gold_rows]
    scored = [rolled_scores(codebook_spec, r) for r in ranked]
    result = {"engine": suggester.name, "model_version": suggester.model_version,
              "n_train": len(train_rows or []), "conversation_context": context}
    result.update(score_predictions(codebook_spec, gold, scored))
    if parts:
        result["parts"] = {name: score_predictions(codebook_spec, [g for g, m in zip(gold, mask) if m],
                                                   [x for x, m in zip(scored, mask) if m])
                           for name, mask in parts.items()}
    result["seconds"] = round(time.perf_counter() - t0, 3)
    return result


def format_table(result: dict, baseline: dict | None = None) -> str:
    """A readable summary of `evaluate`'s result for the terminal.

    Args:
        baseline: the keyword engine's result on the same texts, shown for comparison.
    """
    lines = [
        f"engine {result['engine']}  ({result.get('model_version', '')})",
        f"{result['n_segments']} labelled texts, {result['seconds']:.1f} s",
        "",
    ]
    context = result.get("conversation_context")
    if context == "none" and result.get("n_train") and "hybrid" in result["engine"]:
        lines += ["The ids in the labelled file do not say which focus group each line is from (like fraser-1:017),",
                  "and the lines do not follow a conversation in file order, so the engine cannot read the",
                  "lines around each one. It was trained without them too.", ""]
    elif context == "gold and train together":
        lines += ["The labelled file and the training file hold numbered lines of the same focus groups, so each",
                  "line was read with the lines around it from both files (their words, never their codes), as in a project.", ""]
    elif context == "file order":
        lines += ["The ids in the labelled file do not say which focus group each line is from, but the lines",
                  "follow a conversation in file order, so the engine read the lines around each one from there.", ""]
    lines.append(f"micro-F1 {result['micro_f1']:.3f}   macro-F1 {result['macro_f1']:.3f}   "
                 f"top-3 recall {result['top3_recall']:.3f}   empty precision {result['empty_precision']:.3f}   "
                 f"mean kappa {result['mean_kappa']:.3f}")
    if baseline is not None:
        times = f", so this engine scores {result['micro_f1'] / baseline['micro_f1']:.1f} times that" if baseline["micro_f1"] else ""
        lines.append(f"keyword baseline (codebook terms only): micro-F1 {baseline['micro_f1']:.3f}{times}")
    lines.append("")
    width = max([len("code")] + [len(c) for c in result["per_code"]])
    lines.append(f"{'code':<{width}}  precision  recall     F1  kappa  support")
    for code, m in result["per_code"].items():
        lines.append(f"{code:<{width}}  {m['precision']:>9.3f}  {m['recall']:>6.3f}  {m['f1']:>5.3f}  "
                     f"{m['kappa']:>5.2f}  {m['support']:>7d}")
    return "\n".join(lines)
