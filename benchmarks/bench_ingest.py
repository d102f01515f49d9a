"""Ingest + segmentation throughput against spaCy's own `nlp.pipe` on the same texts.

Writes N generated transcripts (plain text, PDF-style and VTT) to a temp folder, ingests
them into a temp SQLite database, and prints segments per second for the whole ingest
and for `nlp.pipe` over the same turn texts. Target: ratio >= 0.5 (parsing and the
database cost no more than the NLP itself).

Example: python benchmarks/bench_ingest.py --n 200
"""

from __future__ import annotations

import argparse
import random
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200, help="number of transcripts (>= 200 for the target)")
    args = parser.parse_args()

    from sqlalchemy import select

    from pipeline.config import Settings
    from pipeline.db import open_db
    from pipeline.ingest import ingest_paths
    from pipeline.models import Turn, Transcript
    from pipeline.segmenters import get_nlp

    settings = Settings()
    nlp = get_nlp(settings)
    nlp("Warm up. Twice.")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(folder, args.n)
        db = open_db(Path(tmp) / "bench.db")

        t0 = time.perf_counter()
        report = ingest_paths(db, [folder], site="bench", settings=settings)
        ingest_s = time.perf_counter() - t0
        assert not report.problems, report.problems[:3]

        with db.Session() as s:
            texts = [text[a:b] for text, a, b in s.execute(
                select(Transcript.text, Turn.start, Turn.end).join(Turn, Turn.transcript_id == Transcript.id))]
        db.dispose()

    t0 = time.perf_counter()
    n_sents = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=256))
    nlp_s = time.perf_counter() - t0

    ingest_rate = report.segments / ingest_s
    nlp_rate = n_sents / nlp_s
    print(f"transcripts: {report.transcripts}  turns: {report.turns}  segments: {report.segments}")
    print(f"ingest+segmentation: {ingest_s:.2f} s, {ingest_rate:,.0f} segments/s")
    print(f"spaCy nlp.pipe alone: {nlp_s:.2f} s, {nlp_rate:,.0f} segments/s ({n_sents} sentences)")
    print(f"ratio: {ingest_rate / nlp_rate:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
