"""Random files through the whole ingest: a refused file leaves the database exactly as it was."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import func, select

from pipeline.ingest import ingest_paths
from pipeline.models import AuditLog, FocusGroup, Segment, Site, Speaker, Transcript, Turn

TABLES = (Site, FocusGroup, Transcript, Speaker, Turn, Segment, AuditLog)
TEXTY = st.lists(st.sampled_from([
    "Facilitator: ", "P1: ", "[00:01] ", "\n", "\r\n", "\f", "3\n", "Page 2 of 9\n", "[crosstalk]", "hello ",
    "WEBVTT\n\n", "00:00:01.000 --> 00:00:02.000\n", "<v Ana>", "speaker,text\n", "x,y\n", "\x00", "Yeah. ",
]), max_size=30).map("".join)
_counter = itertools.count()


def _counts(db):
    with db.Session() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(payload=st.one_of(st.binary(max_size=600), TEXTY.map(lambda t: t.encode("utf-8"))),
       suffix=st.sampled_from([".txt", ".vtt", ".srt", ".csv", ".docx", ".xlsx"]))
def test_random_files_are_stored_whole_or_not_at_all(payload, suffix, db, tmp_path):
    path = tmp_path / f"f{next(_counter)}{suffix}"
    path.write_bytes(payload)
    before = _counts(db)
    report = ingest_paths(db, [path], site="fuzz")
    after = _counts(db)
    outcome = report.files[0]
    if outcome.status == "refused":
        assert after == before
        assert report.problems and all(str(path) == p.file for p in report.problems)
    elif outcome.status == "added":
        assert after["transcripts"] == before["transcripts"] + 1
        assert after["turns"] - before["turns"] == outcome.turns
        assert after["segments"] - before["segments"] == outcome.segments
    else:
        assert outcome.status == "skipped" and after == before
