"""Every benchmark script still runs end to end on a tiny input and prints its figures.

The figures themselves are measured by hand (performance is never asserted in tests); this
only catches a script broken by a schema or API change, which once went unnoticed for a
session after a column was dropped.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

CASES = [
    (["bench_ui.py", "--segments", "300", "--actions", "2"], "target p95 < 300 ms"),
    (["bench_record_decision.py", "--decisions", "10", "--segments", "30"], "p95"),
    (["bench_concurrency.py", "--coders", "2", "--per-coder", "10", "--backend", "sqlite"], "sqlite"),
    (["bench_ingest.py", "--n", "6", "--repeat", "1"], "ratio"),
    pytest.param(["bench_suggest.py", "--segments", "150", "--coded", "40"], "second run as share of first",
                 marks=pytest.mark.slow),
]


@pytest.mark.parametrize(("args", "expect"), CASES)
def test_benchmark_script_runs_and_prints_its_figures(repo_root, tmp_path, args, expect):
    temp = tmp_path / "temp"
    temp.mkdir()
    proc = subprocess.run([sys.executable, str(repo_root / "benchmarks" / args[0]), *args[1:]], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300, env={**os.environ, "TMPDIR": str(temp)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert expect in proc.stdout, proc.stdout[-3000:]
    assert "Traceback" not in proc.stderr
    # a benchmark project can hold tens of megabytes: none may be left in the temp folder
    # (torch keeps its own compile cache there, which is not ours to remove)
    assert [p.name for p in temp.iterdir() if not p.name.startswith("torchinductor")] == []
