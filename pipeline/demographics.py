"""The demographic questionnaire behind Table 1, stored as pseudonymous participants.

CSV columns: participant, site (required), and any of group, sex, age_band,
education; further columns are kept too. Blank answers are stored as blank and shown
as "Unknown" in Table 1. The file is all or nothing: one bad row stores nothing.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .errors import NeedsmapError, ProblemList, problem
from .models import Participant, Site

REQUIRED = ("participant", "site")
KNOWN = ("group", "sex", "age_band", "education")


def read_demographics(text: str, file: str = "demographics.csv") -> list[dict]:
    """Parse questionnaire CSV text into row dicts; every problem is reported with its line."""
    try:
        return _read_demographics(text, file)
    except csv.Error as exc:  # a cell over the size limit, typically after an unclosed quote
        raise NeedsmapError(problem("E901", file=file, reason=str(exc))) from exc


def _read_demographics(text: str, file: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    cols = [(c or "").strip().lower() for c in (reader.fieldnames or [])]
    if any(c not in cols for c in REQUIRED):
        raise NeedsmapError(problem("E417", file=file, columns=", ".join(cols) or "none"))
    problems = ProblemList(file)
    rows, seen = [], {}
    for line, raw in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k}
        if not any(row.values()):
            continue
        if not row.get("participant") or not row.get("site"):
            problems.add("E418", line=line, reason="the participant id and the site are both needed")
            continue
        key = (row["site"].casefold(), row["participant"])
        if key in seen:
            problems.add("E418", line=line, reason=f"participant '{row['participant']}' at '{row['site']}' is already on line {seen[key]}")
            continue
        seen[key] = line
        rows.append(row)
    if problems:
        raise NeedsmapError(problems.items)
    return rows


def _site(session: Session, name: str) -> Site:
    site = session.scalars(select(Site).where(Site.name == name)).first()
    if site is None:
        # matched in Python: SQLite's lower() leaves non-ASCII letters alone ('Île' vs 'île'); sites are few
        folded = name.casefold()
        site = next((s for s in session.scalars(select(Site)) if s.name.casefold() == folded), None)
    if site is None:
        site = Site(name=name)
        session.add(site)
        session.flush()
    return site


def import_demographics(session: Session, path: str | Path, actor: str = "system") -> int:
    """Store (or update) every participant in the questionnaire CSV; returns the row count."""
    from .readers.encoding import read_text_file

    path = Path(path)
    text = read_text_file(path)
    rows = read_demographics(text, str(path))
    for row in rows:
        site = _site(session, row["site"])
        attrs = {k: v for k, v in row.items() if k not in REQUIRED}
        existing = session.scalars(select(Participant).filter_by(site_id=site.id, ref=row["participant"])).first()
        if existing is None:
            session.add(Participant(site_id=site.id, ref=row["participant"], attributes=attrs))
        else:
            existing.attributes = attrs
    session.flush()
    audit.record(session, "demographics.import", actor=actor, file=path.name, participants=len(rows))
    return len(rows)


def demographic_rows(session: Session) -> list[dict]:
    """Every participant as {participant, site, **answers}, for Table 1."""
    sites = {s.id: s.name for s in session.scalars(select(Site))}
    return [
        {"participant": p.ref, "site": sites.get(p.site_id), **(p.attributes or {})}
        for p in session.scalars(select(Participant).order_by(Participant.id))
    ]
