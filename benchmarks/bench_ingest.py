"""Ingest + segmentation throughput against spaCy's own `nlp.pipe` on the same texts.

Writes N generated transcripts (plain text, PDF-style and VTT) to a temp folder, ingests
them into a temp SQLite database, and prints segments per second for the whole ingest
and for `nlp.pipe` over the same turn texts. Target: ratio >= 0.5 (parsing and the
database cost no more than the NLP itself).

Ingest reads, parses and segments files in forked worker processes while the main
process writes to the database (see `pipeline.ingest`); `--workers 0` runs it all in one
process and `--stages` prints how that serial time splits (reading and parsing, layout,
sentence segmentation, database writes). Also prints the ratio on CPU time (workers
included) as well as wall time: on a shared, busy machine the wall-clock ratio swings
with other people's work.

Each side runs `--repeat` times (default 3) and the ratio compares their median runs, so
one run disturbed by another process does not decide it. Every ingest run starts from a
new database with new workers, and every `nlp.pipe` run uses a newly built pipeline, so
neither side gets a tokenizer cache warmed by an earlier run.

Example: python benchmarks/bench_ingest.py --n 200
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

SPEAKERS = ["Facilitator", "Maria", "Dev", "P3", "Participant 12", "ALL PARTICIPANTS", "Ana de Souza"]
WORDS = ("the bus never comes on time and rent keeps going up every year so we need help with "
         "childcare food housing clinic hours youth centre transit safety lights park library").split()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 18))]
    return " ".join(words).capitalize() + rng.choice([".", ".", "?", "!"])


def write_corpus(folder: Path, n: int, seed: int = 1) -> None:
    """Write n transcripts of 60-120 turns each, cycling through three formats."""
    rng = random.Random(seed)
    for i in range(n):
        turns = [(rng.choice(SPEAKERS), " ".join(_sentence(rng) for _ in range(rng.randint(1, 6))))
                 for _ in range(rng.randint(60, 120))]
        kind = i % 3
        if kind == 0:
            text = "\n".join(f"{who}: {what}" for who, what in turns)
            (folder / f"t{i:04d}.txt").write_text(text + "\n", encoding="utf-8")
        elif kind == 1:
            lines = []
            for k, (who, what) in enumerate(turns):
                lines.append(f"{k // 60:02d}:{k % 60:02d} {who.upper()}:")
                words = what.split()
                lines += [" ".join(words[j:j + 12]) for j in range(0, len(words), 12)]
                lines.append("")
                if k % 15 == 14:
                    lines += [str(k // 15 + 2), ""]
            (folder / f"t{i:04d}.txt").write_text("\n".join(lines), encoding="utf-8")
        else:
            cues = [f"00:{k // 60:02d}:{k % 60:02d}.000 --> 00:{k // 60:02d}:{k % 60:02d}.900\n<v {who}>{what}</v>"
                    for k, (who, what) in enumerate(turns)]
            (folder / f"t{i:04d}.vtt").write_text("WEBVTT\n\n" + "\n\n".join(cues) + "\n", encoding="utf-8")


class StageTimer:
    """Wall seconds spent inside chosen functions, found by wrapping them for the run."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self._undo: list[tuple[object, str, object]] = []

    def wrap(self, owner, name: str, stage: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - t0

        self._undo.append((owner, name, original))
        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, original in reversed(self._undo):
            setattr(owner, name, original)
        self._undo.clear()


def _fresh_nlp(settings):
    """Ingest's spaCy pipeline, built anew (an empty tokenizer cache) and made the cached one."""
    from pipeline import segmenters

    segmenters._NLP_CACHE.clear()
    nlp = segmenters.get_nlp(settings)
    nlp("Warm up. Twice.")
    return nlp


def _cpu_with_children() -> float:
    """CPU seconds of this process plus its finished children (the ingest's workers)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of transcripts (>= 200 for the target)")
    parser.add_argument("--workers", type=int, default=None,
                        help="ingest worker processes (default: chosen by ingest; 0 = one process)")
    parser.add_argument("--stages", action="store_true",
                        help="time the stages of a one-process ingest (implies --workers 0 --repeat 1)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of each side; the ratio compares their median runs (default 3)")
    args = parser.parse_args()
    workers = 0 if args.stages else args.workers
    repeat = 1 if args.stages else max(1, args.repeat)

    from sqlalchemy import select

    from pipeline import ingest, layout
    from pipeline.config import Settings
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths
    from pipeline.models import Turn, Transcript

    settings = Settings()
    _fresh_nlp(settings)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(folder, args.n)

        timer = StageTimer()
        if args.stages:
            timer.wrap(ingest, "read_bytes", "read and parse")
            timer.wrap(ingest, "lay_out", "layout")
            timer.wrap(layout, "split", "segmentation")
            timer.wrap(ingest._BatchWriter, "write", "database")
            timer.wrap(ingest._BatchWriter, "commit", "database")
        ingest_runs, ingest_cpu = [], 0.0
        try:
            for run in range(repeat):
                if run:
                    # A one-process ingest warms the cached pipeline's tokenizer: start each
                    # run from a newly built one, as the first run did.
                    _fresh_nlp(settings)
                db = open_db(Path(tmp) / f"bench{run}.db")
                t0, c0 = time.perf_counter(), _cpu_with_children()
                report = ingest_paths(db, [folder], site="bench", settings=settings, workers=workers)
                ingest_runs.append(time.perf_counter() - t0)
                ingest_cpu += _cpu_with_children() - c0
                assert not report.problems, report.problems[:3]
                if run == 0:
                    with db.Session() as s:
                        texts = [text[a:b] for text, a, b in s.execute(
                            select(Transcript.text, Turn.start, Turn.end)
                            .join(Turn, Turn.transcript_id == Transcript.id))]
                db.dispose()
        finally:
            timer.restore()

    nlp_runs, nlp_cpu = [], 0.0
    for run in range(repeat):
        fresh = _fresh_nlp(settings)
        t0, c0 = time.perf_counter(), _cpu_with_children()
        n_sents = sum(len(list(doc.sents)) for doc in fresh.pipe(texts, batch_size=256))
        nlp_runs.append(time.perf_counter() - t0)
        nlp_cpu += _cpu_with_children() - c0

    ingest_s, nlp_s = statistics.median(ingest_runs), statistics.median(nlp_runs)
    ingest_rate = report.segments / ingest_s
    nlp_rate = n_sents / nlp_s
    stages = timer.seconds
    print(f"transcripts: {report.transcripts}  turns: {report.turns}  segments: {report.segments}")
    mode = "one process" if workers == 0 else f"workers: {'auto' if workers is None else workers}"
    runs = ", ".join(f"{x:.2f}" for x in ingest_runs)
    print(f"ingest+segmentation ({mode}): median {ingest_s:.2f} s of {repeat} runs ({runs} s), "
          f"{ingest_rate:,.0f} segments/s")
    if args.stages:
        # Layout's own time excludes the segmentation it calls.
        stages["layout"] = stages.get("layout", 0.0) - stages.get("segmentation", 0.0)
        stages["other (files, hashes, bookkeeping)"] = ingest_s - sum(stages.values())
        for stage, sec in stages.items():
            print(f"  {stage:<36} {sec:6.2f} s  {100 * sec / ingest_s:5.1f} %")
    runs = ", ".join(f"{x:.2f}" for x in nlp_runs)
    print(f"spaCy nlp.pipe alone: median {nlp_s:.2f} s ({runs} s), {nlp_rate:,.0f} segments/s ({n_sents} sentences)")
    print(f"ratio: {ingest_rate / nlp_rate:.2f} (target >= 0.5)")
    # Same ratio on CPU seconds (ingest workers included), less swayed by other processes
    # on a shared machine.
    cpu_ratio = (report.segments / ingest_cpu) / (n_sents / nlp_cpu)
    print(f"ratio on CPU time: {cpu_ratio:.2f} (ingest {ingest_cpu:.2f} s, nlp.pipe {nlp_cpu:.2f} s CPU); "
          f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
