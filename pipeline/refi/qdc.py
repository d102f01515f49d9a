"""REFI-QDA codebook files (.qdc): write and read."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from lxml import etree
from pydantic import ValidationError

from ..codebook import CodebookSpec, _validation_problems
from ..errors import NeedsmapError, problem
from .codebook_xml import TRAILER, build_codes, build_sets, read_codes
from .xml_names import CODEBOOK_NS, CODEBOOK_SCHEMA_LOCATION, XSI_NS, child, children, parse_xml

ORIGIN = "needsmap"
_META = re.compile(rb"<!--\s*needsmap: (\{.*?\})\s*-->", re.S)


def qdc_bytes(spec: CodebookSpec) -> bytes:
    """The .qdc XML for `spec` (valid against Codebook.xsd)."""
    root = etree.Element(f"{{{CODEBOOK_NS}}}CodeBook", nsmap={None: CODEBOOK_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", CODEBOOK_SCHEMA_LOCATION)
    root.set("origin", ORIGIN)
    # A .qdc has no place for the codebook's name and description; a comment carries
    # them without bothering the schema or other programs. '-' is escaped: '--' may
    # not occur inside an XML comment.
    meta = json.dumps({"name": spec.name, "description": spec.description}, separators=(",", ":"))
    root.append(etree.Comment(f" {TRAILER}{meta.replace('-', chr(92) + 'u002d')} "))
    root.append(build_codes(spec, CODEBOOK_NS))
    sets = build_sets(spec, CODEBOOK_NS, member_attr="guid")
    if sets is not None:
        root.append(sets)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write_atomic(path: Path, data: bytes) -> Path:
    """Write bytes to `path` via a temporary file, so a crash never leaves half a file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent if str(path.parent) else ".", prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def write_qdc(spec: CodebookSpec, path: str | os.PathLike) -> Path:
    """Write `spec` as a REFI-QDA .qdc codebook; returns the path written."""
    path = Path(path)
    if not path.parent.exists():
        raise NeedsmapError(problem("E013", file=str(path.parent)))
    return write_atomic(path, qdc_bytes(spec))


def parse_qdc(data: bytes, file: str = "codebook.qdc", name: str | None = None) -> CodebookSpec:
    """Read .qdc bytes into a codebook, named as needsmap wrote it, else after the file."""
    try:
        root = parse_xml(data)
    except etree.XMLSyntaxError as exc:
        line = exc.lineno if getattr(exc, "lineno", None) else None
        raise NeedsmapError(problem("E101", file=file, line=line, reason=" ".join(exc.msg.split()), fmt="REFI-QDA XML (.qdc)")) from exc
    if root.tag not in ("CodeBook", "Codebook"):
        raise NeedsmapError(problem("E101", file=file, reason=f"the top element is <{root.tag}>, not <CodeBook>",
                                    fmt="REFI-QDA XML (.qdc)"))
    meta = {}
    m = _META.search(data)
    if m:
        try:
            meta = json.loads(m.group(1).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            meta = {}
    codes_el = child(root, "Codes")
    sets_el = child(root, "Sets")
    found = read_codes(codes_el, children(sets_el, "Set") if sets_el is not None else [])
    if not found.codes:
        raise NeedsmapError(problem("E508", file=file))
    try:
        return CodebookSpec(name=name or str(meta.get("name") or Path(file).stem),
                            description=str(meta.get("description") or ""),
                            codes=found.codes, themes=found.themes, sem_levels=found.sem_levels)
    except ValidationError as exc:
        raise NeedsmapError(_validation_problems(exc, file)) from exc


def read_qdc(path: str | os.PathLike) -> CodebookSpec:
    """Read a REFI-QDA .qdc codebook file (any namespace variant)."""
    path = Path(path)
    if not path.is_file():
        raise NeedsmapError(problem("E013", file=str(path)))
    return parse_qdc(path.read_bytes(), file=str(path))
