"""Fault injection: ingest and coding processes SIGKILLed at random moments, 50 times per backend.

Afterwards the database opens and passes its integrity check, every transcript is either
complete (same turn and segment counts as a clean import) or absent, and every decision the
killed process reported as committed is stored, with its audit row and memo (all or nothing).

Starting Python and importing the package costs about a second, so one long-lived worker
imports everything once and forks a child per run; the test kills the child.

The kill moment is a random fraction of how long a clean run of the same kind took on this
machine, measured first: a fixed window would let fast runs finish before the kill (then
the test proves little) and slow machines kill every run before its first commit.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

RUNS = 50
SPARE = 20
SEED = 20240517
FILES_PER_RUN = 40
# Enough commits per run that a kill at a random fraction of it lands between two of them;
# more only lengthens every run the test waits through.
DECISIONS_PER_RUN = 150
# Kill between these fractions of a clean run's duration; the upper bound leaves room for
# runs that go faster than the measured one.
KILL_FRACTION = (0.02, 0.6)

WORKER = r'''
import os, sys
os.environ["HF_HUB_OFFLINE"] = "1"
url, files_dir, warm_dir = sys.argv[1], sys.argv[2], sys.argv[3]
from pathlib import Path
from pipeline.coding import record_decision
from pipeline.db import open_db
from pipeline.ingest import ingest_paths

def emit(line):
    os.write(1, (line + "\n").encode())

# Import and warm everything (readers, spaCy sentencizer) once, before forking.
warm = open_db(Path(warm_dir) / "warm.db")
ingest_paths(warm, sorted(Path(files_dir).glob("warm*.txt")), site="warm")
warm.dispose()
emit("ready")
for cmd in sys.stdin:
    kind, run, arg = cmd.split()
    pid = os.fork()
    if pid == 0:
        try:
            db = open_db(url)
            emit(f"started {run}")
            if kind == "code":
                ids = [int(x) for x in arg.split(",")]
                for i, sid in enumerate(ids):
                    code = ("housing", "stigma", "safe_supply")[i % 3]
                    db.write(lambda s: record_decision(
                        s, segment_id=sid, code_key=code, coder=f"run{run}", memo=f"note {run}-{i}"))
                    emit(f"committed code {run} {sid} {code}")
            else:
                for f in sorted(Path(files_dir).glob(f"run{run}_*.txt")):
                    report = ingest_paths(db, [f], site="crash", group=f"run{run}")
                    assert report.transcripts == 1, report.problems
                    emit(f"committed ingest {run} {f.name}")
            emit(f"finished {run}")
        finally:
            os._exit(0)
    emit(f"child {run} {pid}")
    os.waitpid(pid, 0)
    emit(f"reaped {run}")
'''


def _transcript(run: int, j: int, rng: random.Random) -> str:
    topics = ["housing", "the police", "safe supply", "pay", "the clinic", "stigma", "the shelter"]
    lines = [f"Facilitator: Welcome to group {run}-{j}. What matters most?"]
    for t in range(rng.randint(25, 45)):
        speaker = f"P{rng.randint(1, 6)}" if t % 4 else "Facilitator"
        sentences = " ".join(
            f"Run {run} file {j} turn {t} sentence {k} is about {rng.choice(topics)}." for k in range(rng.randint(1, 4)))
        lines.append(f"{speaker}: {sentences}")
    return "\n\n".join(lines) + "\n"


class Worker:
    def __init__(self, url: str, files: Path, tmp: Path):
        script = tmp / "worker.py"
        script.write_text(WORKER, encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, str(script), url, str(files), str(tmp)], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, cwd=Path(__file__).parents[1],
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.arrived: dict[str, float] = {}
        threading.Thread(target=self._read, daemon=True).start()
        self.log: list[str] = []
        self.expect("ready", timeout=120)

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.arrived[line.rstrip("\n")] = time.monotonic()
            self.lines.put(line.rstrip("\n"))
        self.lines.put("EOF")

    def expect(self, *prefixes: str, timeout: float = 60) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            self.log.append(line)
            if line == "EOF":
                raise AssertionError(f"worker ended: {self.proc.stderr.read()[-3000:]}")
            if line.startswith(prefixes):
                return line

    def run_clean(self, kind: str, run: int, arg: str) -> float:
        """Run one child to its end; seconds from having the database open to finishing."""
        self.proc.stdin.write(f"{kind} {run} {arg}\n")
        self.proc.stdin.flush()
        self.expect(f"reaped {run}", timeout=300)
        assert f"finished {run}" in self.log, f"clean run {run} did not finish"
        return self.arrived[f"finished {run}"] - self.arrived[f"started {run}"]

    def run_and_kill(self, kind: str, run: int, arg: str, delay: float) -> bool:
        """Start one child, SIGKILL it after `delay` seconds; True when it was killed before finishing."""
        self.proc.stdin.write(f"{kind} {run} {arg}\n")
        self.proc.stdin.flush()
        pid = int(self.expect(f"child {run} ").split()[2])
        # Count from the moment the child has the database open, so a slow start (a busy
        # machine) does not turn every run into a kill before any database work.
        if self.expect(f"started {run}", f"reaped {run}").startswith("reaped"):
            return False
        time.sleep(delay)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.expect(f"reaped {run}")
        return f"finished {run}" not in self.log

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.mark.slow
def test_durability_sigkill_ingest_and_coding(any_db_url, seeded_project, tmp_path):
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths
    from pipeline.models import AuditLog, Coder, Coding, Memo, Segment, Speaker, Transcript, Turn

    rng = random.Random(SEED)
    seg_ids = seeded_project(any_db_url, n_segments=500)
    files = tmp_path / "files"
    files.mkdir()
    (files / "warm1.txt").write_text("Facilitator: Hi. How are you?\n\nP1: Fine. Thanks.\n", encoding="utf-8")
    plan = []
    # The last four runs are clean ones, two of each kind, that measure how long a run takes
    # (the shorter of two, so one slow moment does not stretch every kill window); their
    # commits are checked like every other run's.
    # Spare runs stand in for runs that finished before their kill (a fast moment on a busy
    # machine), so the test always gets its full count of mid-way kills.
    for run in range(RUNS + SPARE + 4):
        kind = "ingest" if run % 2 == 0 else "code"
        if kind == "ingest":
            for j in range(FILES_PER_RUN):
                (files / f"run{run}_{j}.txt").write_text(_transcript(run, j, rng), encoding="utf-8")
            arg = "-"
        else:
            arg = ",".join(str(s) for s in rng.sample(seg_ids, DECISIONS_PER_RUN))
        plan.append((kind, run, arg, rng.uniform(*KILL_FRACTION)))

    worker = Worker(any_db_url, files, tmp_path)
    try:
        clean: dict[str, float] = {}
        for kind, run, arg, _ in plan[-4:]:
            clean[kind] = min(clean.get(kind, float("inf")), worker.run_clean(kind, run, arg))
        killed = 0
        for kind, run, arg, fraction in plan[:-4]:
            if killed == RUNS:
                break
            killed += worker.run_and_kill(kind, run, arg, fraction * clean[kind])
    finally:
        worker.close()
    assert killed == RUNS, f"only {killed} runs were killed mid-way; the test needs {RUNS} to prove anything"
    committed_codes = {tuple(line.split()[2:5]) for line in worker.log if line.startswith("committed code")}
    committed_files = {line.split()[3] for line in worker.log if line.startswith("committed ingest")}
    assert committed_codes and committed_files
    print(f"\nclean runs: ingest {clean['ingest']:.2f} s, coding {clean['code']:.2f} s; "
          f"{killed}/{RUNS} runs killed mid-way; {len(committed_codes)} decisions and "
          f"{len(committed_files)} files reported committed")

    if not any_db_url.startswith("postgresql"):
        con = sqlite3.connect(any_db_url)
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()

    db = open_db(any_db_url)
    try:
        with db.Session() as s:
            stored = {name: tid for tid, name in s.execute(
                select(Transcript.id, Transcript.source_name).where(Transcript.source_name.like("run%")))}
            counts = {tid: (t, g) for tid, t, g in s.execute(
                select(Transcript.id,
                       select(func.count(Turn.id)).where(Turn.transcript_id == Transcript.id).scalar_subquery(),
                       select(func.count(Segment.id)).where(Segment.transcript_id == Transcript.id).scalar_subquery()))}
            orphans = s.scalar(select(func.count(Speaker.id)).where(~Speaker.transcript_id.in_(select(Transcript.id))))
            coders = {c.name: c.id for c in s.scalars(select(Coder))}
            codings = {(name, sid, code, decision) for name, sid, code, decision in s.execute(
                select(Coder.name, Coding.segment_id, Coding.code_key, Coding.decision).join(Coder, Coder.id == Coding.coder_id))}
            per_coder_rows = dict(s.execute(select(Coding.coder_id, func.count()).group_by(Coding.coder_id)).all())
            per_coder_memos = dict(s.execute(select(Memo.coder_id, func.count()).group_by(Memo.coder_id)).all())
            per_actor_audit = dict(s.execute(select(AuditLog.actor, func.count())
                                             .where(AuditLog.action == "coding.decide").group_by(AuditLog.actor)).all())
            ingest_audits = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "ingest"))
    finally:
        db.dispose()

    # Zero lost confirmed decisions.
    for run, sid, code in committed_codes:
        assert (f"run{run}", int(sid), code, "confirmed") in codings
    # Each decision is all or nothing: its row, its audit entry and its memo together.
    for name, cid in coders.items():
        if name.startswith("run"):
            assert per_coder_rows.get(cid, 0) == per_coder_memos.get(cid, 0) == per_actor_audit.get(name, 0)
    # Zero half-imported files: every stored transcript is complete; every committed one is stored.
    assert committed_files <= set(stored)
    assert orphans == 0
    assert ingest_audits == len(stored)  # each stored file has exactly one ingest audit row
    ref = open_db(tmp_path / "reference.db")
    try:
        ingest_paths(ref, [files / name for name in sorted(stored)], site="crash")
        with ref.Session() as s:
            expected = {name: (t, g) for name, t, g in s.execute(
                select(Transcript.source_name,
                       select(func.count(Turn.id)).where(Turn.transcript_id == Transcript.id).scalar_subquery(),
                       select(func.count(Segment.id)).where(Segment.transcript_id == Transcript.id).scalar_subquery()))}
    finally:
        ref.dispose()
    for name, tid in stored.items():
        assert counts[tid] == expected[name], name
        assert counts[tid][1] > 0
