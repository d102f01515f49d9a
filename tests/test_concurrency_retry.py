"""Database.write: a transaction that meets a busy database is run again, never half-saved."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

import pipeline.db as dbmod
from pipeline.errors import NeedsmapError
from pipeline.models import AuditLog, Site


@pytest.fixture
def impatient_db(tmp_path, monkeypatch):
    """A project whose SQLite busy timeout is 0.1 s, so a held lock surfaces as 'database is locked'."""
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    db = dbmod.open_db(tmp_path / "p.db")
    yield db
    db.dispose()


def _hold_write_lock(path, seconds: float, started: threading.Event) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    started.set()
    time.sleep(seconds)
    con.execute("ROLLBACK")
    con.close()


def _add_site(calls):
    def fn(s):
        calls.append(1)
        s.add(Site(name="victoria"))
        s.add(AuditLog(action="site.add", payload={"name": "victoria"}))
        return "ok"
    return fn


def test_write_retries_until_the_lock_is_released(impatient_db, tmp_path):
    started = threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(tmp_path / "p.db", 0.6, started))
    t.start()
    started.wait()
    calls: list[int] = []
    assert impatient_db.write(_add_site(calls), attempts=8) == "ok"
    t.join()
    assert len(calls) >= 2  # it met the lock at least once
    with impatient_db.Session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 1
        assert s.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.action == "site.add")) == 1


def test_write_gives_a_plain_error_when_the_database_stays_busy(impatient_db, tmp_path):
    started = threading.Event()
    t = threading.Thread(target=_hold_write_lock, args=(tmp_path / "p.db", 3.0, started))
    t.start()
    started.wait()
    try:
        with pytest.raises(NeedsmapError) as err:
            impatient_db.write(_add_site([]), attempts=2)
    finally:
        t.join()
    assert err.value.problems[0].code == "E610"
    with impatient_db.Session() as s:
        assert s.scalar(select(func.count()).select_from(Site)) == 0


def test_write_does_not_retry_real_errors(impatient_db):
    calls: list[int] = []

    def duplicate(s):
        calls.append(1)
        s.add_all([Site(name="same"), Site(name="same")])
        s.flush()

    with pytest.raises(IntegrityError):
        impatient_db.write(duplicate)
    assert calls == [1]
