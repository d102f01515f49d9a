"""Reading a .qdpx file into plain records (no database): the project, its sources and codings.

Tolerant of what real programs write: any namespace, GUIDs in either case with or
without braces, `Sources/` or `sources/`, a `.qde` with another name, plain text
missing (the .docx is used instead), Notes, Description memos and NVivo Links.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from lxml import etree

from ..errors import NeedsmapError, Problem, problem
from .xml_names import attr, child, child_text, children, norm_guid, parse_xml

TEXT_SOURCES = ("TextSource",)
OTHER_SOURCES = {"PictureSource": "a picture", "PDFSource": "a PDF", "AudioSource": "an audio file",
                 "VideoSource": "a video"}


@dataclass
class CodingRec:
    guid: str | None
    code_guid: str | None
    user_guid: str | None
    created: str | None = None


@dataclass
class SelectionRec:
    guid: str | None
    start: int
    end: int
    user_guid: str | None
    codings: list[CodingRec] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    description: str = ""


@dataclass
class SourceRec:
    guid: str | None
    name: str
    text: str | None
    selections: list[SelectionRec] = field(default_factory=list)
    doc_codings: list[CodingRec] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    variables: dict[str, str] = field(default_factory=dict)
    description: str = ""
    from_docx: bool = False


@dataclass
class NoteRec:
    guid: str | None
    name: str
    text: str
    user_guid: str | None
    created: str | None = None


@dataclass
class CaseRec:
    name: str
    variables: dict[str, str]
    source_guids: list[str]


@dataclass
class ProjectRec:
    """Everything needsmap uses from one project.qde, GUIDs normalised."""

    name: str
    origin: str
    description: str
    users: dict[str, str]
    codes_el: object
    sets: list
    sources: list[SourceRec]
    notes: dict[str, NoteRec]
    cases: list[CaseRec]
    project_note_guids: list[str]
    links: list[tuple[str, str]]
    problems: list[Problem]


class _Zip:
    """Case-insensitive access to the entries of a .qdpx."""

    def __init__(self, zf: zipfile.ZipFile):
        self.zf = zf
        self.by_lower = {n.lower().lstrip("/"): n for n in zf.namelist() if not n.endswith("/")}

    def find_qde(self) -> str | None:
        qdes = [n for low, n in self.by_lower.items() if low.endswith(".qde")]
        if not qdes:
            return None
        top = [n for n in qdes if "/" not in n.strip("/")]
        for n in top:
            if PurePosixPath(n).name.lower() == "project.qde":
                return n
        return (top or sorted(qdes, key=len))[0]

    def read_internal(self, ref: str) -> bytes | None:
        """Bytes of an `internal://name` (or bare name) in sources/, matched case-insensitively."""
        name = ref.split("://", 1)[-1].strip().lstrip("/").replace("\\", "/")
        for key in (f"sources/{name}".lower(), name.lower()):
            if key in self.by_lower:
                return self.zf.read(self.by_lower[key])
        base = PurePosixPath(name).name.lower()
        for low, real in self.by_lower.items():
            if PurePosixPath(low).name == base:
                return self.zf.read(real)
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        try:
            return int(float(str(value).strip()))
        except (TypeError, ValueError):
            return None


def _decode_text(data: bytes, name: str) -> str | None:
    """Plain text of a source file, BOM dropped, line endings kept exactly (offsets count them)."""
    from ..readers.encoding import decode_bytes

    # REFI-QDA says UTF-8 (NVivo and QualCoder add a BOM): take it directly when it decodes
    try:
        text = data.decode("utf-8-sig")
        if text.strip() and "\x00" not in text:
            return text
    except UnicodeDecodeError:
        pass
    try:
        return decode_bytes(data, name)
    except NeedsmapError:
        return None


def _docx_text(data: bytes) -> str | None:
    """Plain text of a .docx, one paragraph per line (only used when no plain text exists)."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - a broken docx is reported as a missing source
        return None
    text = "\n".join(p.text for p in document.paragraphs)
    return text if text.strip() else None


def _external(ref: str, base_path: str, qdpx: Path) -> bytes | None:
    """Bytes of a `relative://` or `absolute://` source when the file is on this computer."""
    scheme, _, rest = ref.partition("://")
    rest = rest.lstrip("/") if scheme.lower() == "relative" else rest
    candidates = []
    if scheme.lower() == "absolute":
        candidates.append(Path(rest.lstrip("/")) if ":" in rest[:4] else Path("/" + rest.lstrip("/")))
    else:
        if base_path:
            candidates.append(Path(base_path) / rest)
        candidates.append(qdpx.parent / rest)
    for c in candidates:
        if c.suffix.lower() not in (".txt", ".docx"):
            continue  # only text documents: a project file must not pull in anything else from this computer
        try:
            if c.is_file():
                return c.read_bytes()
        except OSError:
            continue
    return None


def _codings(el) -> list[CodingRec]:
    out = []
    for c in children(el, "Coding"):
        ref = child(c, "CodeRef")
        out.append(CodingRec(
            guid=norm_guid(attr(c, "guid")),
            code_guid=norm_guid(attr(ref, "targetGUID")) if ref is not None else None,
            user_guid=norm_guid(attr(c, "creatingUser")),
            created=attr(c, "creationDateTime"),
        ))
    return out


def _note_refs(el) -> list[str]:
    return [g for g in (norm_guid(attr(n, "targetGUID")) for n in children(el, "NoteRef")) if g]


def _variable_values(el, variables: dict[str, str]) -> dict[str, str]:
    out = {}
    for vv in children(el, "VariableValue"):
        ref = child(vv, "VariableRef")
        var = variables.get(norm_guid(attr(ref, "targetGUID")) if ref is not None else "", None)
        if var is None:
            continue
        for c in vv:
            if isinstance(c.tag, str) and c.tag.endswith("Value") and c.text is not None:
                out[var] = c.text.strip()
                break
    return out


def _text_of(source_el, zipped: _Zip, base_path: str, qdpx: Path) -> tuple[str | None, bool, str | None]:
    """(text, came from docx, the path that was missing) for a TextSource or Note."""
    inline = child(source_el, "PlainTextContent")
    if inline is not None and inline.text:
        return inline.text, False, None
    plain = attr(source_el, "plainTextPath")
    rich = attr(source_el, "richTextPath")
    if plain:
        data = zipped.read_internal(plain) if plain.lower().startswith("internal://") or "://" not in plain \
            else _external(plain, base_path, qdpx)
        text = _decode_text(data, plain) if data is not None else None
        if text:
            return text, False, None
    if rich:
        data = zipped.read_internal(rich) if rich.lower().startswith("internal://") or "://" not in rich \
            else _external(rich, base_path, qdpx)
        if data is not None:
            text = _docx_text(data) if rich.lower().endswith(".docx") else _decode_text(data, rich)
            if text:
                return text, rich.lower().endswith(".docx"), None
    return None, False, plain or rich or "no file named"


def read_qdpx(path: str | Path) -> ProjectRec:
    """Read a .qdpx into records; raises NeedsmapError only when nothing usable is there."""
    path = Path(path)
    file = str(path)
    if not path.is_file():
        raise NeedsmapError(problem("E013", file=file))
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise NeedsmapError(problem("E501", file=file, reason="it is not a zip archive, or it is damaged")) from exc
    except OSError as exc:
        raise NeedsmapError(problem("E009", file=file, reason=exc.strerror or str(exc))) from exc
    with zf:
        zipped = _Zip(zf)
        qde = zipped.find_qde()
        if qde is None:
            raise NeedsmapError(problem("E502", file=file))
        try:
            root = parse_xml(zf.read(qde))
        except etree.XMLSyntaxError as exc:
            raise NeedsmapError(problem("E503", file=f"{file}:{qde}", line=getattr(exc, "lineno", None) or None,
                                        reason=" ".join(exc.msg.split()))) from exc
        except (zipfile.BadZipFile, OSError, EOFError) as exc:  # a truncated archive
            raise NeedsmapError(problem("E501", file=file, reason=f"the archive is damaged ({exc})")) from exc
        if root.tag != "Project":
            raise NeedsmapError(problem("E503", file=f"{file}:{qde}",
                                        reason=f"the top element is <{root.tag}>, not <Project>"))
        return _project(root, zipped, path)


def _project(root, zipped: _Zip, qdpx: Path) -> ProjectRec:
    problems: list[Problem] = []
    base_path = attr(root, "basePath") or ""
    users = {}
    users_el = child(root, "Users")
    for u in children(users_el, "User") if users_el is not None else []:
        g = norm_guid(attr(u, "guid"))
        if g:
            users[g] = (attr(u, "name") or attr(u, "id") or "").strip() or f"user-{g[:8]}"
    codebook_el = child(root, "CodeBook")
    codes_el = child(codebook_el, "Codes") if codebook_el is not None else None
    if codes_el is None:
        codes_el = child(root, "Codes")  # some homemade exporters skip <CodeBook>
    sets_el = child(root, "Sets")
    variables = {}
    vars_el = child(root, "Variables")
    for v in children(vars_el, "Variable") if vars_el is not None else []:
        g = norm_guid(attr(v, "guid"))
        if g:
            variables[g] = (attr(v, "name") or "").strip()

    sources: list[SourceRec] = []
    sources_el = child(root, "Sources")
    for el in list(sources_el) if sources_el is not None else []:
        if not isinstance(el.tag, str):
            continue
        name = (attr(el, "name") or "").strip()
        if el.tag in OTHER_SOURCES:
            problems.append(problem("E507", file=str(qdpx), name=name or attr(el, "guid") or "?", kind=OTHER_SOURCES[el.tag]))
            continue
        if el.tag not in TEXT_SOURCES:
            continue
        guid = norm_guid(attr(el, "guid"))
        text, from_docx, missing = _text_of(el, zipped, base_path, qdpx)
        if text is None:
            problems.append(problem("E504", file=str(qdpx), name=name or guid or "?", path=missing))
            continue
        src = SourceRec(guid=guid, name=name or (guid or "source"), text=text, from_docx=from_docx,
                        doc_codings=_codings(el), note_guids=_note_refs(el),
                        variables=_variable_values(el, variables), description=child_text(el, "Description").strip())
        for sel in children(el, "PlainTextSelection"):
            start, end = _int(attr(sel, "startPosition")), _int(attr(sel, "endPosition"))
            if start is None or end is None:
                continue
            src.selections.append(SelectionRec(
                guid=norm_guid(attr(sel, "guid")), start=min(start, end), end=max(start, end),
                user_guid=norm_guid(attr(sel, "creatingUser")) or norm_guid(attr(sel, "modifyingUser")),
                codings=_codings(sel), note_guids=_note_refs(sel),
                description=child_text(sel, "Description").strip(),
            ))
        sources.append(src)

    notes: dict[str, NoteRec] = {}
    notes_el = child(root, "Notes")
    for n in children(notes_el, "Note") if notes_el is not None else []:
        g = norm_guid(attr(n, "guid"))
        text, _, _ = _text_of(n, zipped, base_path, qdpx)
        if g and text and text.strip():
            notes[g] = NoteRec(guid=g, name=(attr(n, "name") or "").strip(), text=text.strip(),
                               user_guid=norm_guid(attr(n, "creatingUser")), created=attr(n, "creationDateTime"))

    cases = []
    cases_el = child(root, "Cases")
    for c in children(cases_el, "Case") if cases_el is not None else []:
        cases.append(CaseRec(
            name=(attr(c, "name") or "").strip(),
            variables=_variable_values(c, variables),
            source_guids=[g for g in (norm_guid(attr(s, "targetGUID")) for s in children(c, "SourceRef")) if g],
        ))

    links = []
    links_el = child(root, "Links")
    for link in children(links_el, "Link") if links_el is not None else []:
        o, t = norm_guid(attr(link, "originGUID")), norm_guid(attr(link, "targetGUID"))
        if o and t:
            links.append((o, t))

    return ProjectRec(
        name=(attr(root, "name") or "").strip() or qdpx.stem, origin=(attr(root, "origin") or "").strip(),
        description=child_text(root, "Description"), users=users, codes_el=codes_el,
        sets=children(sets_el, "Set") if sets_el is not None else [], sources=sources, notes=notes,
        cases=cases, project_note_guids=_note_refs(root), links=links, problems=problems,
    )
