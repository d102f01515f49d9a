"""Does a new site started from an earlier one get better first suggestions than a cold start?

Project A: the first half of the sample sites (sorted by name), every labelled text of
`data/sample_codings.csv` confirmed by coder 'pra-a'. Site B: the other sites. B is set up
twice: cold (codebook only) and started from A with `needsmap new-site`. Each runs
`suggest` once and its stored suggestions are scored on B's labelled segments.

Usage: python benchmarks/bench_newsite.py [--hashing] [--engine hybrid]
(`--hashing` swaps in the instant test encoder instead of the bundled MiniLM model.)
"""

from __future__ import annotations

import argparse
import csv
import os
import tempfile
import time
from pathlib import Path


def _project(path: Path, root: Path, rows: list[dict], sites: list[str], codebook: bool = True):
    from pipeline.codebook import load_codebook_file, store_codebook
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths

    db = open_db(path)
    if codebook:
        with db.session() as s:
            store_codebook(s, load_codebook_file(root / "codebooks" / "rose.yaml"))
    for row in rows:
        if row["site"] in sites:
            ingest_paths(db, [root / "data" / "sample_transcripts" / row["file"]], site=row["site"],
                         group=row.get("group") or None, date=row.get("date") or None, actor="bench")
    return db


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--hashing", action="store_true", help="use the instant hashing encoder (no model)")
    ap.add_argument("--engine", default="hybrid")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.hashing:
        os.environ["NEEDSMAP_ENCODER"] = "hashing"

    from pipeline.demo import sample_root
    from pipeline.evaluation import read_labelled_csv
    from pipeline.newsite import confirm_labelled_rows, new_site, score_stored_suggestions
    from pipeline.suggesters.store import run_suggest

    root = sample_root()
    with (root / "data" / "sample_transcripts" / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        manifest = list(csv.DictReader(fh))
    sites = sorted({r["site"] for r in manifest})
    half = (len(sites) + 1) // 2
    a_sites, b_sites = sites[:half], sites[half:]
    labelled = read_labelled_csv(root / "data" / "sample_codings.csv")

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        a = _project(tmp / "a.db", root, manifest, a_sites)
        n = confirm_labelled_rows(a, labelled, coder="pra-a", sites=a_sites)
        a.dispose()

        t0 = time.perf_counter()
        cold = _project(tmp / "cold.db", root, manifest, b_sites)
        run_suggest(cold, engine=args.engine)
        cold_score = score_stored_suggestions(cold, labelled, sites=b_sites)
        cold.dispose()
        t_cold = time.perf_counter() - t0

        t0 = time.perf_counter()
        report = new_site(tmp / "a.db", tmp / "b.db", actor="bench")
        warm = _project(tmp / "b.db", root, manifest, b_sites, codebook=False)
        run_suggest(warm, engine=args.engine)
        warm_score = score_stored_suggestions(warm, labelled, sites=b_sites)
        warm.dispose()
        t_warm = time.perf_counter() - t0

    print(f"project A: sites {', '.join(a_sites)}; {n} confirmed decisions; "
          f"{report.examples_added} examples copied to B ({report.names_masked} names masked)")
    print(f"site B: {', '.join(b_sites)}; {warm_score['n_segments']} labelled segments; "
          f"engine {warm_score['engine']}; encoder {'hashing' if args.hashing else 'bundled MiniLM'}")
    print(f"{'':22s} {'micro-F1':>9s} {'macro-F1':>9s} {'top-3 rec':>9s} {'empty prec':>10s} {'seconds':>8s}")
    for name, sc, secs in (("cold start", cold_score, t_cold), ("started from A", warm_score, t_warm)):
        print(f"{name:22s} {sc['micro_f1']:9.3f} {sc['macro_f1']:9.3f} {sc['top3_recall']:9.3f} "
              f"{sc['empty_precision']:10.3f} {secs:8.1f}")
    gain = warm_score["micro_f1"] - cold_score["micro_f1"]
    print(f"micro-F1 gain from starting at A: {gain:+.3f}")


if __name__ == "__main__":
    main()
