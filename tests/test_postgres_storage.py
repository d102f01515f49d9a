"""The same code and migrations on SQLite and PostgreSQL: schema, ingest, offsets, CLI --db URL."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select
from typer.testing import CliRunner

from pipeline.db import open_db
from pipeline.models import Base, Segment, Speaker, Transcript


def test_postgres_migrations_build_the_model_schema(any_db_url):
    db = open_db(any_db_url)
    try:
        tables = set(db.table_names()) - {"alembic_version"}
        assert tables == set(Base.metadata.tables)
        insp = inspect(db.engine)
        for name, table in Base.metadata.tables.items():
            assert {c["name"] for c in insp.get_columns(name)} == {c.name for c in table.columns}, name
    finally:
        db.dispose()


def test_postgres_ingest_stores_the_same_text_and_offsets(any_db_url, deid_dir):
    from pipeline.ingest import ingest_paths

    db = open_db(any_db_url)
    try:
        report = ingest_paths(db, sorted(deid_dir.glob("group_*")), site="north", roster=deid_dir / "roster.csv")
        assert report.transcripts == 3 and not report.problems
        again = ingest_paths(db, sorted(deid_dir.glob("group_*")), site="north", roster=deid_dir / "roster.csv")
        assert again.transcripts == 0 and len(again.skipped) == 3
        with db.Session() as s:
            for tr in s.scalars(select(Transcript)):
                segs = s.scalars(select(Segment).where(Segment.transcript_id == tr.id).order_by(Segment.idx)).all()
                assert segs and all(tr.text[g.start:g.end] == g.text for g in segs)
                assert tr.original_text is None
            labels = set(s.scalars(select(Speaker.label)))
        assert {"Kowhai", "Totara", "Rimu", "Harakeke"} <= labels
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgres_cli_accepts_a_database_url(pg_db_url):
    from pipeline.cli.base import app

    res = CliRunner().invoke(app, ["--db", pg_db_url, "init"])
    assert res.exit_code == 0, res.output
    assert "postgresql+psycopg://" in res.output
    db = open_db(pg_db_url)
    try:
        assert "codings" in db.table_names()
    finally:
        db.dispose()


def test_postgres_unreachable_server_is_a_plain_error():
    from pipeline.errors import NeedsmapError

    with pytest.raises(NeedsmapError) as err:
        open_db("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert err.value.problems[0].code == "E204"
