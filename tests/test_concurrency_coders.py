"""Many coders at once: no decision lost, duplicated or overwritten by another coder (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading

import pytest

from sqlalchemy import func, select

from pipeline.coding import record_decision
from pipeline.db import open_db
from pipeline.models import AuditLog, Coder, Coding

N_CODERS = 8
PER_CODER = 500
CODES = ("housing", "stigma", "safe_supply", "police", "income")


def _run_coders(db_url, pairs, n_coders, decision_for=lambda k, i: "confirmed"):
    """Each coder is a thread with its own engine and sessions, saving one decision per transaction."""
    errors: list[BaseException] = []
    barrier = threading.Barrier(n_coders)

    def coder(k: int) -> None:
        db = open_db(db_url)
        try:
            barrier.wait()
            for i, (sid, code) in enumerate(pairs):
                db.write(lambda s: record_decision(
                    s, segment_id=sid, code_key=code, coder=f"coder{k}", decision=decision_for(k, i)))
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=coder, args=(k,)) for k in range(n_coders)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors


@pytest.mark.slow
def test_concurrency_eight_coders_500_decisions_each(any_db_url, seeded_project):
    ids = seeded_project(any_db_url, n_segments=PER_CODER // len(CODES), codes=CODES)
    pairs = [(sid, code) for sid in ids for code in CODES]
    assert len(pairs) == PER_CODER
    _run_coders(any_db_url, pairs, N_CODERS)
    db = open_db(any_db_url)
    try:
        with db.Session() as s:
            assert s.scalar(select(func.count()).select_from(Coding)) == N_CODERS * PER_CODER
            distinct = s.execute(select(Coding.segment_id, Coding.code_key, Coding.coder_id).distinct()).all()
            assert len(distinct) == N_CODERS * PER_CODER
            per_coder = dict(s.execute(
                select(Coder.name, func.count(Coding.id)).join(Coding, Coding.coder_id == Coder.id).group_by(Coder.name)).all())
            assert per_coder == {f"coder{k}": PER_CODER for k in range(N_CODERS)}
            audited = s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "coding.decide"))
            assert audited == N_CODERS * PER_CODER
    finally:
        db.dispose()


def test_concurrency_coders_never_overwrite_each_other(any_db_url, seeded_project):
    """Two coders disagreeing on the same segments at the same moment both keep their own decision."""
    ids = seeded_project(any_db_url, n_segments=30, codes=CODES)
    pairs = [(sid, "stigma") for sid in ids]
    _run_coders(any_db_url, pairs, 2, decision_for=lambda k, i: "confirmed" if k == 0 else "rejected")
    db = open_db(any_db_url)
    try:
        with db.Session() as s:
            rows = s.execute(select(Coder.name, Coding.decision).join(Coding, Coding.coder_id == Coder.id)).all()
        assert sorted(set(rows)) == [("coder0", "confirmed"), ("coder1", "rejected")]
        assert len(rows) == 2 * len(ids)
    finally:
        db.dispose()


def test_concurrency_double_submit_is_idempotent(any_db_url, seeded_project):
    """The same coder saving the same decision from two tabs at once leaves one row, latest decision kept."""
    ids = seeded_project(any_db_url, n_segments=25, codes=CODES)
    pairs = [(sid, "housing") for sid in ids]
    # Both "tabs" are the same coder (coder0 and coder0), sending the same decisions simultaneously.
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def tab() -> None:
        db = open_db(any_db_url)
        try:
            barrier.wait()
            for sid, code in pairs:
                db.write(lambda s: record_decision(s, segment_id=sid, code_key=code, coder="amina"))
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=tab) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    db = open_db(any_db_url)
    try:
        with db.session() as s:
            assert s.scalar(select(func.count()).select_from(Coding)) == len(ids)
            assert s.scalar(select(func.count()).select_from(Coder)) == 1
            record_decision(s, segment_id=ids[0], code_key="housing", coder="amina", decision="rejected")
        with db.Session() as s:
            assert s.scalar(select(func.count()).select_from(Coding)) == len(ids)
            assert s.scalar(select(Coding.decision).where(Coding.segment_id == ids[0])) == "rejected"
    finally:
        db.dispose()
