"""Ingest files focus groups correctly: one row per (site, group), within and across ingests.

The writer keeps site and group ids for its transaction; these tests pin what that must
never change: a group named twice is one group, a later ingest finds it, a date fills in,
and a file rolled back at the database leaves no group behind for later files to reuse.
"""

from __future__ import annotations

from sqlalchemy import func, select

from pipeline import ingest
from pipeline.ingest import ingest_paths
from pipeline.models import FocusGroup, Site, Transcript


def _write(folder, name: str, words: str) -> str:
    path = folder / name
    path.write_text(f"Facilitator: What do you need?\nAna: {words}\nBo: I agree with that.\n", encoding="utf-8")
    return str(path)


def _groups(db) -> dict[tuple[str, str], tuple[int, str | None, int]]:
    with db.Session() as s:
        rows = s.execute(
            select(Site.name, FocusGroup.name, FocusGroup.id, FocusGroup.date, func.count(Transcript.id))
            .join(FocusGroup, FocusGroup.site_id == Site.id)
            .outerjoin(Transcript, Transcript.group_id == FocusGroup.id)
            .group_by(Site.name, FocusGroup.name, FocusGroup.id, FocusGroup.date)).all()
    return {(site, group): (gid, date, n) for site, group, gid, date, n in rows}


def test_files_named_into_one_group_share_it_within_and_across_ingests(any_db, tmp_path):
    db = any_db
    a = _write(tmp_path, "a.txt", "The bus never comes.")
    b = _write(tmp_path, "b.txt", "Rent keeps going up.")
    c = _write(tmp_path, "c.txt", "We need a clinic at night.")
    ingest_paths(db, [a, b], site="north", group="fg-1", workers=0)
    first = _groups(db)
    assert list(first) == [("north", "fg-1")]
    assert first[("north", "fg-1")][2] == 2

    report = ingest_paths(db, [c], site="north", group="fg-1", date="2026-03-04", workers=0)
    assert report.transcripts == 1
    after = _groups(db)
    assert list(after) == [("north", "fg-1")]
    gid, date, n = after[("north", "fg-1")]
    assert gid == first[("north", "fg-1")][0]
    assert date == "2026-03-04" and n == 3


def test_groups_from_file_stems_in_two_sites(any_db, tmp_path):
    db = any_db
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    paths = [_write(tmp_path / "one", f"g{i}.txt", f"Point number {i} matters.") for i in range(3)]
    ingest_paths(db, paths, site="east", workers=0)
    ingest_paths(db, [_write(tmp_path / "two", "g1.txt", "A different file, same stem.")], site="west", workers=0)
    ingest_paths(db, [_write(tmp_path / "two", "g2.txt", "Another one for east.")], site="east", workers=0)
    groups = _groups(db)
    assert set(groups) == {("east", "g0"), ("east", "g1"), ("east", "g2"), ("west", "g1")}
    assert groups[("east", "g2")][2] == 2
    assert groups[("west", "g1")][0] != groups[("east", "g1")][0]


def test_a_file_rolled_back_at_the_database_leaves_no_group_for_later_files(any_db, tmp_path, monkeypatch):
    db = any_db
    stored = _write(tmp_path, "stored.txt", "These bytes are stored first.")
    ingest_paths(db, [stored], site="north", group="old", workers=0)
    # The same bytes again, now under a new group name, reach the database as if another
    # process had stored them after this ingest looked (the unique sha256 refuses them).
    (tmp_path / "again").mkdir()
    again = tmp_path / "again" / "new-group.txt"
    again.write_bytes((tmp_path / "stored.txt").read_bytes())
    later = _write(tmp_path, "new-group.txt", "A different file for the same new group.")
    monkeypatch.setattr(ingest, "_existing_hashes", lambda _db: set())

    report = ingest_paths(db, [str(again), later], site="north", workers=0)

    assert [f.status for f in report.files] == ["skipped", "added"]
    groups = _groups(db)
    assert set(groups) == {("north", "old"), ("north", "new-group")}
    gid = groups[("north", "new-group")][0]
    with db.Session() as s:
        assert s.get(FocusGroup, gid) is not None
        assert s.scalars(select(Transcript.group_id).where(Transcript.source_name.like("%new-group.txt"))).all() == [gid]
        # No transcript points at a group that is not there.
        assert s.scalar(select(func.count()).select_from(Transcript).outerjoin(
            FocusGroup, Transcript.group_id == FocusGroup.id).where(FocusGroup.id.is_(None))) == 0
