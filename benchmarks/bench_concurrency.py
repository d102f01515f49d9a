"""Throughput of many coders saving decisions at once, on SQLite and on PostgreSQL.

Each coder is a separate process with its own engine, saving one decision per
transaction (as the review app does). Checks that every decision is stored exactly
once, then prints decisions per second for each backend.

Usage: python benchmarks/bench_concurrency.py [--coders 8] [--per-coder 500] [--backend sqlite|postgres|both]
The PostgreSQL part uses $NEEDSMAP_TEST_PG_URL when set, else starts a throwaway
PostgreSQL 15 cluster on a loopback port (as root it runs as the `postgres` user).
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing as mp
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CODES = ("housing", "stigma", "safe_supply", "police", "income")


def _test_helpers():
    """The throwaway-cluster and seeding helpers shared with the test suite (tests/conftest.py)."""
    spec = importlib.util.spec_from_file_location("needsmap_test_helpers", REPO / "tests" / "conftest.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def _coder(url: str, k: int, pairs: list, start, done) -> None:
    from pipeline.coding import record_decision
    from pipeline.db import open_db

    db = open_db(url)
    start.wait()
    for sid, code in pairs:
        db.write(lambda s: record_decision(s, segment_id=sid, code_key=code, coder=f"coder{k}"))
    db.dispose()
    done.put(k)


def run(url: str, coders: int, per_coder: int, helpers) -> float:
    """Seed a project at `url`, run the coders, verify the rows; returns decisions per second."""
    from sqlalchemy import func, select

    from pipeline.db import open_db
    from pipeline.models import Coding

    ids = helpers.seed_project(url, n_segments=-(-per_coder // len(CODES)), codes=CODES)
    pairs = [(sid, code) for sid in ids for code in CODES][:per_coder]
    ctx = mp.get_context("fork")
    start, done = ctx.Barrier(coders + 1), ctx.Queue()
    procs = [ctx.Process(target=_coder, args=(url, k, pairs, start, done)) for k in range(coders)]
    for p in procs:
        p.start()
    start.wait()
    t0 = time.perf_counter()
    for _ in procs:
        done.get(timeout=900)
    seconds = time.perf_counter() - t0
    for p in procs:
        p.join()
        if p.exitcode != 0:
            raise SystemExit(f"a coder process failed (exit {p.exitcode})")
    db = open_db(url)
    with db.Session() as s:
        total = s.scalar(select(func.count()).select_from(Coding))
        distinct = len(s.execute(select(Coding.segment_id, Coding.code_key, Coding.coder_id).distinct()).all())
    db.dispose()
    expected = coders * per_coder
    if total != expected or distinct != expected:
        raise SystemExit(f"expected {expected} decisions, found {total} ({distinct} distinct)")
    return expected / seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--coders", type=int, default=8)
    ap.add_argument("--per-coder", type=int, default=500)
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    args = ap.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.path.insert(0, str(REPO))
    helpers = _test_helpers()
    n = args.coders * args.per_coder
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            rate = run(str(Path(tmp) / "bench.db"), args.coders, args.per_coder, helpers)
        print(f"sqlite: {n} decisions by {args.coders} coders stored, none lost or duplicated: {rate:.0f} decisions/s")
    if args.backend in ("postgres", "both"):
        import psycopg
        from sqlalchemy.engine import make_url

        cluster = None
        base = os.environ.get("NEEDSMAP_TEST_PG_URL")
        if not base:
            cluster = helpers.PgCluster().start()
            base = cluster.url
        name = f"needsmap_bench_{uuid.uuid4().hex[:8]}"
        admin = helpers.pg_admin_conninfo(base)
        try:
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            url = make_url(base).set(database=name).render_as_string(hide_password=False)
            rate = run(url, args.coders, args.per_coder, helpers)
            print(f"postgresql: {n} decisions by {args.coders} coders stored, none lost or duplicated: {rate:.0f} decisions/s")
        finally:
            try:
                with psycopg.connect(admin, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            finally:
                if cluster is not None:
                    cluster.stop()


if __name__ == "__main__":
    main()
