"""Time `pipeline.coding.record_decision`, one decision per transaction as the review app saves.

Builds a small generated project (bench_ui's builder) with the ROSE codebook from
codebooks/rose.yaml, then confirms codes on passages in turn, each in its own
`Database.write` transaction. Prints the median and p95 in milliseconds and the share
of time spent checking the code id (nothing is asserted: timings vary by machine).

Example: python benchmarks/bench_record_decision.py --decisions 300 (add --full-spec-check for the old way)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--decisions", type=int, default=300)
    parser.add_argument("--segments", type=int, default=400)
    parser.add_argument("--full-spec-check", action="store_true",
                        help="check codes the old way (rebuild the whole codebook each call), for comparison")
    args = parser.parse_args()

    from bench_ui import build_project

    from pipeline import coding
    from pipeline.codebook import load_codebook_file, store_codebook
    from pipeline.db import open_db

    with tempfile.TemporaryDirectory(prefix="needsmap-bench-") as tmp:
        path = Path(tmp) / "bench.db"
        build_project(path, args.segments)
        db = open_db(path)
        spec = load_codebook_file(REPO / "codebooks" / "rose.yaml")
        db.write(lambda s: store_codebook(s, spec))
        keys = [c.id for c in spec.codes]
        seg_ids = db.write(lambda s: [r[0] for r in s.execute(
            coding.Segment.__table__.select().with_only_columns(coding.Segment.id))])

        check_time = [0.0]
        original = real_check = coding._check_code
        if args.full_spec_check:
            from pipeline.codebook import current_codebook

            def real_check(session, code_key):
                if code_key not in current_codebook(session).by_id():
                    raise coding.NeedsmapError(coding.unknown_code(code_key))

        def timed_check(session, code_key):
            t0 = time.perf_counter()
            try:
                return real_check(session, code_key)
            finally:
                check_time[0] += time.perf_counter() - t0

        coding._check_code = timed_check
        times = []
        for i in range(args.decisions):
            seg, key = seg_ids[i % len(seg_ids)], keys[i % len(keys)]
            t0 = time.perf_counter()
            db.write(lambda s: coding.record_decision(s, segment_id=seg, code_key=key, coder="bench"))
            times.append(time.perf_counter() - t0)
        coding._check_code = original
        db.dispose()
    total = sum(times)
    how = "full codebook rebuilt per call" if args.full_spec_check else "cached code ids"
    print(f"record_decision ({how}), {args.decisions} decisions, {len(keys)} codes, one transaction each")
    print(f"  median {statistics.median(times) * 1000:.2f} ms   p95 {_percentile(times, 0.95) * 1000:.2f} ms")
    print(f"  code check: {check_time[0] / args.decisions * 1000:.3f} ms per call "
          f"({check_time[0] / total:.0%} of the time)")


if __name__ == "__main__":
    main()
