"""Codebooks: the pydantic schema, YAML/CSV reading and writing, versions in the database.

A codebook has SEM levels, themes and codes. Codes are referred to everywhere by
their stable `id`. Importing a codebook whose content differs from the current one
creates a new version; codings keep pointing at code ids.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator
from sqlalchemy import select
from sqlalchemy.orm import Session

from . import audit
from .errors import NeedsmapError, Problem, problem
from .models import Code, Codebook

PALETTE = [
    "#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F", "#EDC948", "#B07AA1", "#FF9DA7",
    "#9C755F", "#BAB0AC", "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B",
]


class LevelSpec(BaseModel):
    id: str
    label: str
    description: str = ""


class ThemeSpec(BaseModel):
    id: str
    label: str
    description: str = ""


class CodeSpec(BaseModel):
    """One code, in the words a peer research assistant would use."""

    id: str = Field(min_length=1, max_length=100)
    label: str = Field(min_length=1)
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    examples: list[str] = Field(default_factory=list)
    keywords: list[str] = Field(default_factory=list)
    theme: str | None = None
    sem_level: str | None = None
    parent: str | None = None
    color: str | None = None

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        v = v.strip()
        if not v or any(ch.isspace() for ch in v):
            raise ValueError("a code id must be one word without spaces, like 'self_care'")
        return v

    @field_validator("theme", "sem_level", "parent", "color", mode="before")
    @classmethod
    def _blank_is_none(cls, v):
        if isinstance(v, str) and not v.strip():
            return None
        return v.strip() if isinstance(v, str) else v

    def prototype_text(self) -> str:
        """Everything that describes the code, for similarity-based suggestions."""
        parts = [self.label, self.definition, self.inclusion]
        return ". ".join(p for p in parts if p)


class CodebookSpec(BaseModel):
    name: str = "codebook"
    description: str = ""
    sem_levels: list[LevelSpec] = Field(default_factory=list)
    themes: list[ThemeSpec] = Field(default_factory=list)
    codes: list[CodeSpec] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "CodebookSpec":
        seen: set[str] = set()
        for c in self.codes:
            if c.id in seen:
                raise ValueError(f"the code id '{c.id}' is used more than once; every code needs its own id")
            seen.add(c.id)
        themes = {t.id for t in self.themes}
        levels = {lv.id for lv in self.sem_levels}
        for c in self.codes:
            if c.parent and c.parent not in seen:
                raise ValueError(f"code '{c.id}' names the parent '{c.parent}', but no code has that id")
            if themes and c.theme and c.theme not in themes:
                raise ValueError(f"code '{c.id}' names the theme '{c.theme}', which is not in the themes list")
            if levels and c.sem_level and c.sem_level not in levels:
                raise ValueError(f"code '{c.id}' names the SEM level '{c.sem_level}', which is not in the sem_levels list")
        return self

    def code_ids(self) -> list[str]:
        return [c.id for c in self.codes]

    def by_id(self) -> dict[str, CodeSpec]:
        return {c.id: c for c in self.codes}

    def roll_up(self, code_id: str) -> str:
        """The top-level code a (possibly child) code counts as."""
        codes = self.by_id()
        seen = set()
        while code_id in codes and codes[code_id].parent and code_id not in seen:
            seen.add(code_id)
            code_id = codes[code_id].parent
        return code_id

    def top_level_ids(self) -> list[str]:
        return [c.id for c in self.codes if not c.parent]

    def names_to_ids(self) -> dict[str, str]:
        """Each way a file may name a code (its id or its label, in any case) -> the code's id.

        Keys are `code_name_key` forms. A form two codes share is left out: it stays unknown
        rather than being guessed.
        """
        owners: dict[str, set[str]] = {}
        for c in self.codes:
            for name in (c.id, c.label):
                owners.setdefault(code_name_key(name), set()).add(c.id)
        return {k: next(iter(ids)) for k, ids in owners.items() if len(ids) == 1}


def code_name_key(name: str) -> str:
    """'LOW_WAGE', 'low-wage' and 'Low wage' -> 'low_wage': how people write one code name."""
    return re.sub(r"[\s_-]+", "_", name.strip().casefold())


# ---------------------------------------------------------------- reading


def _yaml_line(root, loc: tuple) -> int | None:
    """Line (1-based) of the YAML node at a pydantic error location."""
    node = root
    line = getattr(getattr(node, "start_mark", None), "line", None)
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            nxt = next((v for k, v in node.value if getattr(k, "value", None) == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            nxt = node.value[key]
        else:
            nxt = None
        if nxt is None:
            break
        node = nxt
        line = node.start_mark.line
    return None if line is None else line + 1


def _validation_problems(exc: ValidationError, file: str, locate=None) -> list[Problem]:
    out = []
    for err in exc.errors():
        loc = tuple(err.get("loc", ()))
        where = ".".join(str(x) for x in loc) or "top level"
        msg = err.get("msg", "invalid value").removeprefix("Value error, ")
        line = locate(loc) if locate else None
        out.append(problem("E102", file=file, line=line, where=where, reason=msg))
    return out


def parse_yaml(text: str, file: str = "codebook.yaml") -> CodebookSpec:
    """Validate a YAML codebook; errors name the field and its line."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise NeedsmapError(problem("E101", file=file, line=(mark.line + 1) if mark else None,
                                    reason=str(getattr(exc, "problem", None) or exc).splitlines()[0], fmt="YAML")) from exc
    if not isinstance(data, dict):
        raise NeedsmapError(problem("E101", file=file, reason="the top level must be a mapping with a 'codes' list", fmt="YAML"))
    try:
        return CodebookSpec.model_validate(data)
    except ValidationError as exc:
        raise NeedsmapError(_validation_problems(exc, file, lambda loc: _yaml_line(root, loc))) from exc


CSV_COLUMNS = ["id", "label", "definition", "inclusion", "exclusion", "examples", "theme", "sem_level", "parent", "keywords"]


def parse_csv(text: str, file: str = "codebook.csv", name: str | None = None) -> CodebookSpec:
    """Read the contract's CSV codebook (id,label,definition[,inclusion,exclusion,examples,theme,sem_level,parent])."""
    try:
        return _parse_csv(text, file, name)
    except csv.Error as exc:  # a cell over the size limit, typically after an unclosed quote
        raise NeedsmapError(problem("E901", file=file, reason=str(exc))) from exc


def _parse_csv(text: str, file: str, name: str | None) -> CodebookSpec:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    cols = [c.strip().lower() for c in (reader.fieldnames or [])]
    missing = [c for c in ("id", "label", "definition") if c not in cols]
    if missing:
        raise NeedsmapError(problem("E101", file=file, reason=f"missing column(s) {', '.join(missing)}", fmt="CSV"))
    codes, problems, themes, levels = [], [], {}, {}
    for i, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k}
        if not any(row.values()):
            continue
        for key in ("examples", "keywords"):
            row[key] = [x.strip() for x in row.get(key, "").split("|") if x.strip()]
        try:
            spec = CodeSpec.model_validate({k: v for k, v in row.items() if k in CSV_COLUMNS})
        except ValidationError as exc:
            for p in _validation_problems(exc, file):
                p.line = i
                problems.append(p)
            continue
        codes.append(spec)
        if spec.theme:
            themes.setdefault(spec.theme, ThemeSpec(id=spec.theme, label=spec.theme.replace("_", " ").capitalize()))
        if spec.sem_level:
            levels.setdefault(spec.sem_level, LevelSpec(id=spec.sem_level, label=spec.sem_level.replace("_", " ").capitalize()))
    if problems:
        raise NeedsmapError(problems)
    try:
        return CodebookSpec(name=name or Path(file).stem, codes=codes, themes=list(themes.values()), sem_levels=list(levels.values()))
    except ValidationError as exc:
        raise NeedsmapError(_validation_problems(exc, file)) from exc


def load_codebook_file(path: str | Path) -> CodebookSpec:
    """Read a codebook file by its extension (.yaml/.yml, .csv, .qdc)."""
    path = Path(path)
    if not path.is_file():
        raise NeedsmapError(problem("E013", file=str(path)))
    suffix = path.suffix.lower()
    if suffix == ".qdc":
        from .refi import read_qdc  # REFI-QDA lives with the other exchange code

        return read_qdc(path)
    if suffix not in (".yaml", ".yml", ".csv"):
        raise NeedsmapError(problem("E106", file=str(path), fmt=suffix))
    from .readers.encoding import read_text_file

    text = read_text_file(path)
    if suffix in (".yaml", ".yml"):
        return parse_yaml(text, str(path))
    return parse_csv(text, str(path))


def to_yaml(spec: CodebookSpec) -> str:
    data = spec.model_dump(exclude_none=True)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def to_csv(spec: CodebookSpec) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n")
    w.writeheader()
    for c in spec.codes:
        row = c.model_dump()
        row["examples"] = "|".join(c.examples)
        row["keywords"] = "|".join(c.keywords)
        w.writerow({k: row.get(k) or "" for k in CSV_COLUMNS})
    return buf.getvalue()


# ---------------------------------------------------------------- database


def _fingerprint(spec: CodebookSpec) -> str:
    return json.dumps(spec.model_dump(mode="json"), sort_keys=True)


def spec_from_db(cb: Codebook) -> CodebookSpec:
    meta = cb.meta or {}
    return CodebookSpec(
        name=cb.name,
        description=meta.get("description", ""),
        sem_levels=[LevelSpec(**x) for x in meta.get("sem_levels", [])],
        themes=[ThemeSpec(**x) for x in meta.get("themes", [])],
        codes=[
            CodeSpec(id=c.key, label=c.label, definition=c.definition, inclusion=c.inclusion,
                     exclusion=c.exclusion, examples=list(c.examples or []), keywords=list(c.keywords or []),
                     theme=c.theme, sem_level=c.sem_level, parent=c.parent, color=c.color)
            for c in cb.codes
        ],
    )


def current_codebook_row(session: Session) -> Codebook | None:
    return session.scalars(
        select(Codebook).where(Codebook.is_current.is_(True)).order_by(Codebook.id.desc())
    ).first()


def current_codebook(session: Session) -> CodebookSpec:
    """The codebook in use; a plain-language error when none was imported."""
    row = current_codebook_row(session)
    if row is None:
        raise NeedsmapError(problem("E105"))
    return spec_from_db(row)


def store_codebook(session: Session, spec: CodebookSpec, actor: str = "system", note: str = "") -> tuple[Codebook, bool]:
    """Make `spec` the current codebook, as a new version unless it is unchanged.

    Returns (row, created).
    """
    # Colours are part of the stored codebook, so fill them before comparing versions.
    spec = spec.model_copy(update={"codes": [
        c if c.color else c.model_copy(update={"color": PALETTE[i % len(PALETTE)]})
        for i, c in enumerate(spec.codes)
    ]})
    current = current_codebook_row(session)
    if current is not None and _fingerprint(spec_from_db(current)) == _fingerprint(spec):
        return current, False
    versions = session.scalars(select(Codebook.version).where(Codebook.name == spec.name)).all()
    for row in session.scalars(select(Codebook).where(Codebook.is_current.is_(True))):
        row.is_current = False
    cb = Codebook(
        name=spec.name, version=(max(versions) + 1) if versions else 1, is_current=True, note=note,
        meta={"description": spec.description,
              "sem_levels": [x.model_dump() for x in spec.sem_levels],
              "themes": [x.model_dump() for x in spec.themes]},
    )
    session.add(cb)
    session.flush()
    for pos, c in enumerate(spec.codes):
        session.add(Code(
            codebook_id=cb.id, key=c.id, label=c.label, definition=c.definition, inclusion=c.inclusion,
            exclusion=c.exclusion, examples=c.examples, keywords=c.keywords, theme=c.theme,
            sem_level=c.sem_level, parent=c.parent, color=c.color, position=pos,
        ))
    session.flush()
    audit.record(session, "codebook.import", actor=actor, name=spec.name, version=cb.version, codes=len(spec.codes))
    return cb, True
