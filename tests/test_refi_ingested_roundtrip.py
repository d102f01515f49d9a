"""A transcript stored by the real ingest survives export -> import: segment texts, codes, coders."""

from __future__ import annotations

import zipfile

from sqlalchemy import select

from pipeline.db import open_db
from pipeline.models import Coder, Coding, Segment, Speaker
from pipeline.refi import export_qdpx, import_qdpx

TRANSCRIPT = """Facilitator: What gets in the way of coming to the clinic?
Maria Lopez: The bus only comes twice a day 🚌 and it is expensive.
Facilitator: Anything else?
Daniel Okafor: Honestly, the waiting room makes me anxious. Nobody explains anything.
"""


def _coded(db) -> set[tuple]:
    with db.session() as s:
        return set(s.execute(select(Segment.text, Coding.code_key, Coder.name)
                             .join(Coding, Coding.segment_id == Segment.id).join(Coder, Coder.id == Coding.coder_id)
                             .where(Coding.decision == "confirmed")).all())


def test_refi_ingested_project_round_trips(refi_project, tmp_path):
    from pipeline.coding import record_decision
    from pipeline.ingest import ingest_paths

    db = refi_project.db
    src = tmp_path / "north-1.txt"
    src.write_text(TRANSCRIPT, encoding="utf-8")
    ingest_paths(db, [src], site="north", unit="turn", actor="test")  # turn units: no spaCy needed
    with db.session() as s:
        labels = {sp.label: sp.pseudonym for sp in s.scalars(select(Speaker))}
        segs = s.scalars(select(Segment).where(Segment.text.contains("bus"))).all() + \
            s.scalars(select(Segment).where(Segment.text.contains("anxious"))).all()
        for seg in segs:
            record_decision(s, segment_id=seg.id, code_key="transport" if "bus" in seg.text else "stress", coder="dana")
    assert "Maria Lopez" in labels and labels["Maria Lopez"] != "Maria Lopez"

    path = export_qdpx(db, tmp_path / "study.qdpx")
    with zipfile.ZipFile(path) as zf:
        data = b"".join(zf.read(n) for n in zf.namelist())
    assert b"Maria Lopez" not in data and b"Daniel Okafor" not in data
    assert f"{labels['Maria Lopez']}: The bus".encode() in data

    other = open_db(tmp_path / "other.db")
    try:
        import_qdpx(other, path)
        assert _coded(other) == _coded(db)
        assert any(code == "transport" and "🚌" in text and coder == "dana" for text, code, coder in _coded(other))
    finally:
        other.dispose()
