"""Ingest with worker processes stores exactly what a one-process ingest stores."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import select

from pipeline.db import open_db
from pipeline.ingest import ingest_paths
from pipeline.models import AuditLog, Segment, Speaker, Transcript, Turn


def _corpus(folder, ingest_data_dir):
    """Good files of several formats, bad files, and the same bytes twice."""
    folder.mkdir()
    for src in sorted(ingest_data_dir.iterdir()):
        if src.is_file():
            shutil.copy(src, folder / src.name)
    for k in range(10):
        (folder / f"extra{k:02d}.txt").write_text(
            f"Facilitator: Question {k}? Tell me more.\nMaria: Yeah. The bus is late {k} times.\n"
            f"Dev: [crosstalk] Rent went up. Again!\n", encoding="utf-8")
    shutil.copy(folder / "extra03.txt", folder / "extra03_copy.txt")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)


def _stored(db):
    with db.Session() as s:
        return {
            "transcripts": s.execute(select(Transcript.id, Transcript.source_name, Transcript.sha256,
                                            Transcript.text).order_by(Transcript.id)).all(),
            "speakers": s.execute(select(Speaker.transcript_id, Speaker.label, Speaker.pseudonym,
                                         Speaker.role).order_by(Speaker.id)).all(),
            "turns": s.execute(select(Turn.transcript_id, Turn.speaker_id, Turn.idx, Turn.start, Turn.end,
                                      Turn.timestamp).order_by(Turn.id)).all(),
            "segments": s.execute(select(Segment.transcript_id, Segment.turn_id, Segment.idx, Segment.start,
                                         Segment.end, Segment.text, Segment.is_backchannel)
                                  .order_by(Segment.id)).all(),
            "audit": len(s.scalars(select(AuditLog.id).where(AuditLog.action == "ingest")).all()),
        }


def _outcomes(report):
    return [(f.path.rsplit("/", 1)[-1], f.status, f.turns, f.segments,
             [(p.code, p.line) for p in f.problems]) for f in report.files]


@pytest.mark.parametrize("unit", ["sentence", "turn"])
def test_worker_pool_stores_the_same_rows_and_problems_as_one_process(tmp_path, ingest_data_dir, unit):
    folder = tmp_path / "in"
    _corpus(folder, ingest_data_dir)
    results = {}
    for workers in (0, 2):
        db = open_db(tmp_path / f"w{workers}.db")
        try:
            report = ingest_paths(db, [folder], site="v", unit=unit, workers=workers)
            results[workers] = (_outcomes(report), _stored(db))
        finally:
            db.dispose()
    serial, parallel = results[0], results[2]
    assert parallel[0] == serial[0]
    assert parallel[1] == serial[1]
    statuses = {name: status for name, status, *_ in serial[0]}
    assert statuses["binary.txt"] == "refused" and statuses["empty.txt"] == "refused"
    assert statuses["extra03.txt"] == "added" and statuses["extra03_copy.txt"] == "skipped"
    assert serial[1]["audit"] == len(serial[1]["transcripts"]) > 10


def test_worker_pool_skips_files_already_stored(tmp_path, ingest_data_dir):
    folder = tmp_path / "in"
    _corpus(folder, ingest_data_dir)
    db = open_db(tmp_path / "p.db")
    try:
        first = ingest_paths(db, [folder], site="v", workers=2)
        again = ingest_paths(db, [folder], site="v", workers=2)
        assert first.transcripts > 10
        assert again.transcripts == 0
        assert sorted(again.skipped) == sorted(f.path for f in first.files if f.status in ("added", "skipped"))
        assert again.refused == first.refused
    finally:
        db.dispose()


def test_worker_pipes_hold_many_prepared_files():
    # A prepared file pickles to more than the default 64 KB pipe; a wider pipe lets a
    # worker run ahead instead of waiting after every file for the writer to read it.
    fcntl = pytest.importorskip("fcntl")
    if not hasattr(fcntl, "F_GETPIPE_SZ"):
        pytest.skip("pipes cannot be resized on this system")
    import multiprocessing
    from pathlib import Path

    from pipeline.ingest import PIPE_BYTES, _widen_pipe

    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    try:
        _widen_pipe(send)
        limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
        assert fcntl.fcntl(send.fileno(), fcntl.F_GETPIPE_SZ) >= min(PIPE_BYTES, limit)
    finally:
        receive.close()
        send.close()
