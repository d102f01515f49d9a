"""Writing a project as a REFI-QDA .qdpx (project.qde + sources/<guid>.txt).

What goes in: coders as <User>s, the current codebook (themes as non-codable
parents, SEM levels as code sets), every transcript as a TextSource whose .txt is
the stored text with speaker labels replaced by pseudonyms (UTF-8, no BOM), each segment with confirmed codings
or memos as a PlainTextSelection (positions in code points, end exclusive, as the
standard says), one <Coding> per coder's confirmed decision, memos as <Note>s, sites
as <Case>s and site / focus group / date as variables on each source. Rejected
decisions, suggestions and consensus rows have no REFI equivalent and stay out.
GUIDs come from the rows (uuid5), and zip timestamps are fixed, so exporting the
same data twice gives identical bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import zipfile
from collections import defaultdict
from pathlib import Path

from lxml import etree
from sqlalchemy import or_, select

from ..codebook import CodebookSpec, CodeSpec, current_codebook_row, spec_from_db
from ..errors import NeedsmapError, problem
from ..models import Code, Coder, Coding, FocusGroup, Memo, Segment, Site, Transcript
from .codebook_xml import TRAILER, build_codes, build_sets, code_guid
from .qdc import write_atomic
from .source_text import export_text
from .xml_names import PROJECT_NS, PROJECT_SCHEMA_LOCATION, XSI_NS, stable_guid, xml_text

ORIGIN = "needsmap"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
VARIABLES = ("site", "focus group", "date")


def _q(tag: str) -> str:
    return f"{{{PROJECT_NS}}}{tag}"


def _sub(parent, tag: str, **attrs):
    return etree.SubElement(parent, _q(tag), **{k: v for k, v in attrs.items() if v is not None})


def _when(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def user_guid(name: str) -> str:
    return stable_guid("coder", name)


def source_guid(t: Transcript) -> str:
    return stable_guid("transcript", t.sha256)


def selection_guid(t: Transcript, seg: Segment) -> str:
    return stable_guid("segment", t.sha256, seg.idx, seg.start, seg.end)


def _export_spec(session, used_keys: set[str]) -> CodebookSpec | None:
    """The current codebook plus any older code that confirmed codings still use."""
    row = current_codebook_row(session)
    spec = spec_from_db(row) if row is not None else None
    have = set(spec.code_ids()) if spec else set()
    missing = sorted(used_keys - have)
    if not missing:
        return spec
    themes = {t.id for t in spec.themes} if spec else set()
    levels = {lv.id for lv in spec.sem_levels} if spec else set()
    extra = []
    for key in missing:
        old = session.scalars(select(Code).where(Code.key == key).order_by(Code.id.desc())).first()
        extra.append(CodeSpec(
            id=key, label=old.label if old else key, definition=old.definition if old else "",
            theme=old.theme if old and old.theme in themes else None,
            sem_level=old.sem_level if old and old.sem_level in levels else None,
            color=old.color if old else None,
        ))
    if spec is None:
        return CodebookSpec(name="codebook", codes=extra)
    return spec.model_copy(update={"codes": [*spec.codes, *extra]})


def project_xml(session, name: str | None = None) -> tuple[bytes, dict[str, bytes]]:
    """(project.qde bytes, {zip path: bytes} of the sources) for the whole project."""
    coders = session.scalars(select(Coder).order_by(Coder.id)).all()
    coder_by_id = {c.id: c for c in coders}
    codings = session.scalars(
        select(Coding).where(Coding.decision == "confirmed")
        .order_by(Coding.segment_id, Coding.code_key, Coding.coder_id)
    ).all()
    memos = session.scalars(select(Memo).order_by(Memo.id)).all()
    spec = _export_spec(session, {c.code_key for c in codings})

    root = etree.Element(_q("Project"), nsmap={None: PROJECT_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", PROJECT_SCHEMA_LOCATION)
    root.set("name", xml_text(name or (spec.name if spec else "needsmap project")))
    root.set("origin", ORIGIN)

    if coders:
        users = _sub(root, "Users")
        for c in coders:
            _sub(users, "User", guid=user_guid(c.name), name=xml_text(c.name))
    if spec is not None:
        cb = _sub(root, "CodeBook")
        cb.append(build_codes(spec, PROJECT_NS))

    transcripts = session.scalars(select(Transcript).order_by(Transcript.id)).all()
    var_guids = {v: stable_guid("variable", v) for v in VARIABLES}
    if transcripts:
        variables = _sub(root, "Variables")
        for v in VARIABLES:
            _sub(variables, "Variable", guid=var_guids[v], name=v, typeOfVariable="Text")
        groups = {g.id: g for g in session.scalars(select(FocusGroup))}
        sites = {s.id: s for s in session.scalars(select(Site))}
        cases = _sub(root, "Cases")
        by_site: dict[int, list[Transcript]] = defaultdict(list)
        for t in transcripts:
            by_site[groups[t.group_id].site_id].append(t)
        for site_id in sorted(by_site):
            site = sites[site_id]
            case = _sub(cases, "Case", guid=stable_guid("site", site.name), name=xml_text(site.name))
            _value(case, var_guids["site"], site.name)
            for t in by_site[site_id]:
                _sub(case, "SourceRef", targetGUID=source_guid(t))

    memos_by_segment: dict[int | None, list[Memo]] = defaultdict(list)
    for m in memos:
        memos_by_segment[m.segment_id].append(m)
    codings_by_segment: dict[int, list[Coding]] = defaultdict(list)
    for c in codings:
        codings_by_segment[c.segment_id].append(c)
    # segments with a confirmed coding or a memo (subqueries: no limit on how many)
    wanted_segments = session.scalars(
        select(Segment).where(or_(
            Segment.id.in_(select(Coding.segment_id).where(Coding.decision == "confirmed")),
            Segment.id.in_(select(Memo.segment_id).where(Memo.segment_id.is_not(None))),
        )).order_by(Segment.transcript_id, Segment.start, Segment.end, Segment.idx)
    ).all()
    segments_of: dict[int, list[Segment]] = defaultdict(list)
    for seg in wanted_segments:
        segments_of[seg.transcript_id].append(seg)

    files: dict[str, bytes] = {}
    if transcripts:
        sources = _sub(root, "Sources")
        for t in transcripts:
            g = source_guid(t)
            group = groups[t.group_id]
            el = _sub(sources, "TextSource", guid=g, name=xml_text(t.source_name),
                      plainTextPath=f"internal://{g}.txt", creationDateTime=_when(t.created_at))
            text, edits = export_text(session, t)
            files[f"sources/{g}.txt"] = text.encode("utf-8")
            for seg in segments_of.get(t.id, []):
                sel = _sub(el, "PlainTextSelection", guid=selection_guid(t, seg),
                           startPosition=str(edits.forward(seg.start)), endPosition=str(edits.forward(seg.end)))
                for c in codings_by_segment.get(seg.id, []):
                    coder = coder_by_id.get(c.coder_id)
                    coder_name = coder.name if coder else "unknown"
                    coding = _sub(sel, "Coding", guid=stable_guid("coding", g, seg.idx, c.code_key, coder_name),
                                  creatingUser=user_guid(coder_name) if coder else None,
                                  creationDateTime=_when(c.updated_at or c.created_at))
                    _sub(coding, "CodeRef", targetGUID=code_guid(c.code_key))
                for m in memos_by_segment.get(seg.id, []):
                    _sub(sel, "NoteRef", targetGUID=stable_guid("memo", m.id))
            _value(el, var_guids["site"], sites[group.site_id].name)
            _value(el, var_guids["focus group"], group.name)
            if group.date:
                _value(el, var_guids["date"], group.date)

    if memos:
        notes = _sub(root, "Notes")
        for m in memos:
            coder = coder_by_id.get(m.coder_id)
            note = _sub(notes, "Note", guid=stable_guid("memo", m.id), name=f"Memo {m.id}",
                        creatingUser=user_guid(coder.name) if coder else None,
                        creationDateTime=_when(m.created_at))
            _sub(note, "PlainTextContent").text = xml_text(m.text)

    if spec is not None:
        sets = build_sets(spec, PROJECT_NS, member_attr="targetGUID")
        if sets is not None:
            root.append(sets)
    meta = {"codebook": {"name": spec.name, "description": spec.description}} if spec else {}
    _sub(root, "Description").text = xml_text(
        "Exported from needsmap. Selection positions count Unicode code points, end exclusive.\n"
        + TRAILER + json.dumps(meta, ensure_ascii=False, separators=(",", ":"))
    )
    for m in memos_by_segment.get(None, []):
        _sub(root, "NoteRef", targetGUID=stable_guid("memo", m.id))
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return xml, files


def _value(parent, variable_guid: str, value: str) -> None:
    vv = _sub(parent, "VariableValue")
    _sub(vv, "VariableRef", targetGUID=variable_guid)
    _sub(vv, "TextValue").text = xml_text(value)


def qdpx_bytes(project_qde: bytes, files: dict[str, bytes]) -> bytes:
    """A .qdpx archive with fixed timestamps (same input, same bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in [("project.qde", project_qde), *sorted(files.items())]:
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()


def export_qdpx(db, path: str | os.PathLike, *, name: str | None = None) -> Path:
    """Write the whole project to a REFI-QDA .qdpx file.

    Args:
        db: a pipeline.db.Database.
        path: the .qdpx file to write (replaced atomically).
        name: the project name shown in other programs (default: the codebook's name).
    Returns:
        The path written.
    """
    path = Path(path)
    if not path.parent.exists():
        raise NeedsmapError(problem("E013", file=str(path.parent)))
    with db.session() as s:
        xml, files = project_xml(s, name=name)
    return write_atomic(path, qdpx_bytes(xml, files))
