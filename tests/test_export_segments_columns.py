"""`needsmap export segments`: the contract's columns, pseudonyms only, newest engine's scores."""

from __future__ import annotations

import csv
import datetime as dt

from sqlalchemy import select

from pipeline.ingest import ingest_paths
from pipeline.models import Coder, Coding, Segment, Suggestion, Transcript

COLUMNS = ["segment_id", "transcript", "site", "group", "turn", "speaker", "role", "start", "end",
           "text", "suggested", "confirmed"]


def test_export_segments_rows(tmp_path, db, db_path, ingest_data_dir, cli_run):
    ingest_paths(db, [ingest_data_dir / "victoria_plain.txt"], site="victoria", group="vic-1")
    with db.session() as s:
        segs = list(s.scalars(select(Segment).order_by(Segment.id)))
        first, second = segs[1], segs[2]
        old = dt.datetime(2024, 1, 1)
        new = dt.datetime(2025, 1, 1)
        s.add_all([
            Suggestion(segment_id=first.id, code_key="TRANSPORT", engine="keyword.v1", model_version="-", score=0.9, created_at=old),
            Suggestion(segment_id=first.id, code_key="HOUSING", engine="hybrid.v1", model_version="m", score=0.2, created_at=new),
            Suggestion(segment_id=first.id, code_key="TRANSPORT", engine="hybrid.v1", model_version="m", score=0.75, created_at=new),
        ])
        a, b = Coder(name="ana"), Coder(name="ben")
        s.add_all([a, b])
        s.flush()
        s.add_all([
            Coding(segment_id=first.id, code_key="TRANSPORT", coder_id=a.id, decision="confirmed", source="typed"),
            Coding(segment_id=first.id, code_key="SAFETY", coder_id=b.id, decision="confirmed", source="typed"),
            Coding(segment_id=second.id, code_key="HOUSING", coder_id=a.id, decision="rejected", source="typed"),
        ])
        first_id, second_id = first.id, second.id
    out = tmp_path / "segments.csv"
    code, stdout, err = cli_run(["--db", str(db_path), "export", "segments", "--out", str(out)])
    assert code == 0, err
    with out.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == COLUMNS
        rows = list(reader)
    with db.Session() as s:
        text = s.scalar(select(Transcript.text))
        n = len(list(s.scalars(select(Segment.id))))
    assert len(rows) == n
    by_id = {int(r["segment_id"]): r for r in rows}
    assert by_id[first_id]["suggested"] == "TRANSPORT:0.750;HOUSING:0.200"
    assert by_id[first_id]["confirmed"] == "SAFETY;TRANSPORT"
    assert by_id[second_id]["confirmed"] == ""
    for r in rows:
        assert text[int(r["start"]):int(r["end"])] == r["text"]
        assert r["site"] == "victoria" and r["group"] == "vic-1" and r["transcript"] == "victoria_plain.txt"
    speakers = {r["speaker"] for r in rows}
    assert speakers == {"FAC1", "FAC2", "P01", "P02", "P03", "GROUP"}
    roles = {r["speaker"]: r["role"] for r in rows}
    assert roles["FAC1"] == "facilitator" and roles["GROUP"] == "group" and roles["P01"] == "participant"
    assert not any("Maria" == r["speaker"] for r in rows)
