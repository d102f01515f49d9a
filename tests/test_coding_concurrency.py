"""Two coders saving decisions on the same segments at the same moment lose nothing."""

from __future__ import annotations

import threading

from sqlalchemy import func, select

from pipeline.coding import record_decision
from pipeline.db import open_db
from pipeline.models import AuditLog, Coder, Coding

CODES = ["stigma", "workplace_respect", "low_wage"]


def test_simultaneous_coders_each_decision_stored_once(team_project, db_path):
    segs = team_project.segments
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def work(coder: str, decision: str):
        own_db = open_db(db_path)  # separate engine and sessions, like two browsers
        try:
            start.wait()
            for seg in segs:
                for code in CODES:
                    # each decision in its own transaction, twice (double click)
                    for _ in range(2):
                        with own_db.session() as s:
                            record_decision(s, segment_id=seg, code_key=code, coder=coder, decision=decision)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            own_db.dispose()

    threads = [threading.Thread(target=work, args=("alice", "confirmed")),
               threading.Thread(target=work, args=("bob", "rejected")),
               threading.Thread(target=work, args=("alice", "confirmed"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with team_project.db.session() as s:
        rows = s.execute(select(Coder.name, Coding.segment_id, Coding.code_key, Coding.decision)
                         .join(Coder, Coding.coder_id == Coder.id)).all()
        expected = {(c, seg, code) for c in ("alice", "bob") for seg in segs for code in CODES}
        assert len(rows) == len(expected)
        assert {(n, seg, code) for n, seg, code, _ in rows} == expected
        assert all(d == ("confirmed" if n == "alice" else "rejected") for n, _s, _c, d in rows)
        audited = s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "coding.decide"))
        assert audited == 3 * 2 * len(segs) * len(CODES)


def _process_worker(db_path: str, coder: str, segs: list[int], start_at: float) -> None:
    import time

    own_db = open_db(db_path)
    time.sleep(max(0.0, start_at - time.time()))
    for seg in segs:
        for code in CODES:
            with own_db.session() as s:
                record_decision(s, segment_id=seg, code_key=code, coder=coder)
    own_db.dispose()


def test_simultaneous_processes_each_decision_stored_once(team_project, db_path):
    import multiprocessing
    import time

    ctx = multiprocessing.get_context("fork")
    start_at = time.time() + 1.0
    procs = [ctx.Process(target=_process_worker, args=(str(db_path), name, team_project.segments, start_at))
             for name in ("alice", "bob")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0]
    with team_project.db.session() as s:
        n = s.scalar(select(func.count(Coding.id)))
        pairs = s.execute(select(Coding.coder_id, Coding.segment_id, Coding.code_key).distinct()).all()
    assert n == len(pairs) == 2 * len(team_project.segments) * len(CODES)
