"""The codebook as REFI-QDA <Codes> and <Sets>, both ways (shared by .qdc and .qdpx).

Themes become non-codable parent codes; codes sit under their parent code or theme.
SEM levels become code sets. Every <Description> starts with readable text (the
definition, inclusion, exclusion, theme, SEM level) for people using other programs,
and ends with one `needsmap: {json}` line that brings every field back exactly.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from lxml import etree
from pydantic import ValidationError

from ..codebook import CodeSpec, LevelSpec, ThemeSpec
from .xml_names import attr, child_text, children, css_color, norm_guid, stable_guid, xml_text

TRAILER = "needsmap: "


# ---------------------------------------------------------------- writing


def _trailer(data: dict) -> str:
    return TRAILER + json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _with_trailer(human: list[str], data: dict) -> str:
    text = "\n".join(h for h in human if h)
    return xml_text((text + "\n\n" if text else "") + _trailer(data))


def code_guid(key: str) -> str:
    return stable_guid("code", key)


def theme_guid(theme_id: str) -> str:
    return stable_guid("theme", theme_id)


def level_guid(level_id: str) -> str:
    return stable_guid("sem_level", level_id)


def _code_description(c: CodeSpec, pos: int, theme_labels: dict, level_labels: dict) -> str:
    human = [c.definition]
    if c.inclusion:
        human.append(f"Include: {c.inclusion}")
    if c.exclusion:
        human.append(f"Exclude: {c.exclusion}")
    if c.examples:
        human.append("Examples: " + " | ".join(c.examples))
    if c.keywords:
        human.append("Keywords: " + " | ".join(c.keywords))
    if c.theme:
        human.append(f"Theme: {theme_labels.get(c.theme, c.theme)}")
    if c.sem_level:
        human.append(f"SEM level: {level_labels.get(c.sem_level, c.sem_level)}")
    data = {"id": c.id, "pos": pos}
    for name in ("definition", "inclusion", "exclusion", "theme", "sem_level"):
        if getattr(c, name):
            data[name] = getattr(c, name)
    for name in ("examples", "keywords"):
        if getattr(c, name):
            data[name] = list(getattr(c, name))
    return _with_trailer(human, data)


def build_codes(spec, ns: str):
    """The <Codes> element for `spec` in namespace `ns` (themes as non-codable parents)."""
    q = lambda tag: f"{{{ns}}}{tag}"  # noqa: E731
    theme_labels = {t.id: t.label for t in spec.themes}
    level_labels = {lv.id: lv.label for lv in spec.sem_levels}
    codes_el = etree.Element(q("Codes"))
    theme_els: dict[str, object] = {}

    def theme_el(theme_id: str, label: str, description: str, implicit: bool):
        el = etree.SubElement(codes_el, q("Code"), guid=theme_guid(theme_id), name=xml_text(label) or theme_id,
                              isCodable="false")
        data = {"theme": theme_id}
        if implicit:
            data["implicit"] = True
        etree.SubElement(el, q("Description")).text = _with_trailer([description], data)
        theme_els[theme_id] = el
        return el

    for t in spec.themes:
        theme_el(t.id, t.label, t.description, implicit=False)
    for c in spec.codes:
        if c.theme and c.theme not in theme_els:
            theme_el(c.theme, c.theme, "", implicit=True)

    by_id = spec.by_id()
    code_els: dict[str, object] = {}

    def container(c: CodeSpec):
        # walk up the parent chain; a cycle or a missing parent puts the code under its theme
        seen = {c.id}
        parent = c.parent
        if parent and parent in by_id and parent not in seen and not _cycles(parent, by_id):
            return place(by_id[parent])
        return theme_els.get(c.theme) if c.theme else codes_el

    def place(c: CodeSpec):
        if c.id in code_els:
            return code_els[c.id]
        parent_el = container(c)
        if parent_el is None:
            parent_el = codes_el
        pos = spec.codes.index(c)
        el = etree.SubElement(parent_el, q("Code"), guid=code_guid(c.id), name=xml_text(c.label), isCodable="true")
        color = css_color(c.color)
        if color:
            el.set("color", color)
        etree.SubElement(el, q("Description")).text = _code_description(c, pos, theme_labels, level_labels)
        code_els[c.id] = el
        return el

    for c in spec.codes:
        place(c)
    return codes_el


def _cycles(code_id: str, by_id: dict) -> bool:
    seen = set()
    while code_id in by_id and by_id[code_id].parent:
        if code_id in seen:
            return True
        seen.add(code_id)
        code_id = by_id[code_id].parent
    return code_id in seen


def build_sets(spec, ns: str, member_attr: str):
    """<Sets> holding one code set per SEM level (None when no code has a level).

    Args:
        member_attr: 'guid' in a .qdc codebook, 'targetGUID' in a project.
    """
    q = lambda tag: f"{{{ns}}}{tag}"  # noqa: E731
    levels = [(lv.id, lv.label, lv.description, False) for lv in spec.sem_levels]
    known = {lv.id for lv in spec.sem_levels}
    for c in spec.codes:
        if c.sem_level and c.sem_level not in known:
            known.add(c.sem_level)
            levels.append((c.sem_level, c.sem_level, "", True))
    if not levels:
        return None
    sets_el = etree.Element(q("Sets"))
    for level_id, label, description, implicit in levels:
        set_el = etree.SubElement(sets_el, q("Set"), guid=level_guid(level_id),
                                  name=xml_text(f"SEM level: {label}"))
        data = {"sem_level": level_id, "label": label}
        if implicit:
            data["implicit"] = True
        etree.SubElement(set_el, q("Description")).text = _with_trailer([description], data)
        for c in spec.codes:
            if c.sem_level == level_id:
                etree.SubElement(set_el, q("MemberCode"), **{member_attr: code_guid(c.id)})
    return sets_el


# ---------------------------------------------------------------- reading


def split_description(text: str | None) -> tuple[str, dict | None]:
    """(readable part, needsmap data or None) of a <Description>."""
    text = (text or "").replace("\r\n", "\n").strip()
    idx = text.rfind(TRAILER)
    if idx == -1 or (idx > 0 and text[idx - 1] != "\n"):
        return text, None
    try:
        data = json.loads(text[idx + len(TRAILER):])
    except json.JSONDecodeError:
        return text, None
    if not isinstance(data, dict):
        return text, None
    return text[:idx].strip(), data


def slug(name: str) -> str:
    """A code id from a code name: ascii, lower case, underscores."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    return s[:80] or "code"


class _Ids:
    """Hands out unique ids, keeping a wanted id when it is free."""

    def __init__(self):
        self.used: set[str] = set()

    def take(self, wanted: str) -> str:
        wanted = wanted.strip() or "code"
        if any(ch.isspace() for ch in wanted) or len(wanted) > 100:
            wanted = slug(wanted)
        candidate, n = wanted, 1
        while candidate in self.used:
            n += 1
            candidate = f"{wanted[:90]}_{n}"
        self.used.add(candidate)
        return candidate


@dataclass
class CodesRead:
    """What a <Codes> tree (and its <Sets>) held, in needsmap terms."""

    codes: list[CodeSpec] = field(default_factory=list)
    themes: list[ThemeSpec] = field(default_factory=list)
    sem_levels: list[LevelSpec] = field(default_factory=list)
    guid_to_key: dict[str, str] = field(default_factory=dict)
    theme_guids: dict[str, str] = field(default_factory=dict)


def _is_true(value: str | None) -> bool:
    return (value or "true").strip().lower() not in ("false", "0", "no")


def read_codes(codes_el, sets: list, member_attrs=("guid", "targetGUID"), referenced: set[str] | None = None) -> CodesRead:
    """Turn <Codes> (+ <Set>s) into codes, themes and SEM levels.

    A top-level non-codable code becomes a theme (unless codings point at it); any
    other code becomes a code, with its enclosing code as parent.
    """
    referenced = referenced or set()
    out = CodesRead()
    ids, theme_ids = _Ids(), _Ids()
    implicit_themes: set[str] = set()
    ordered: list[tuple[int | None, int, CodeSpec]] = []
    counter = [0]

    def walk(el, parent_key: str | None, theme_id: str | None, depth: int, path: str) -> None:
        name = (attr(el, "name") or "").strip()
        guid = norm_guid(attr(el, "guid")) or stable_guid("import-code", path)
        human, data = split_description(child_text(el, "Description"))
        kids = children(el, "Code")
        if data is not None and "theme" in data and "id" not in data:
            tid = theme_ids.take(str(data["theme"]))
            if data.get("implicit"):
                implicit_themes.add(tid)
            else:
                out.themes.append(ThemeSpec(id=tid, label=name or tid, description=human))
            out.theme_guids[guid] = tid
            for i, k in enumerate(kids):
                walk(k, None, tid, depth + 1, f"{path}/{i}")
            return
        if depth == 0 and not _is_true(attr(el, "isCodable")) and guid not in referenced and kids:
            tid = theme_ids.take(slug(name) if name else "theme")
            out.themes.append(ThemeSpec(id=tid, label=name or tid, description=human))
            out.theme_guids[guid] = tid
            for i, k in enumerate(kids):
                walk(k, None, tid, depth + 1, f"{path}/{i}")
            return
        data = data or {}
        key = ids.take(str(data.get("id") or slug(name or "code")))
        try:
            spec = CodeSpec(
                id=key, label=name or key,
                definition=data.get("definition", "") if "id" in data else human,
                inclusion=data.get("inclusion", ""), exclusion=data.get("exclusion", ""),
                examples=list(data.get("examples", [])), keywords=list(data.get("keywords", [])),
                theme=data.get("theme") if "id" in data else theme_id,
                sem_level=data.get("sem_level"), parent=parent_key, color=css_color(attr(el, "color")),
            )
        except (ValidationError, TypeError):
            # a damaged needsmap line (edited by hand, or another program's): read the code as other programs do
            spec = CodeSpec(id=key, label=name or key, definition=human, theme=theme_id, parent=parent_key,
                            color=css_color(attr(el, "color")))
        counter[0] += 1
        pos = data.get("pos")
        ordered.append((pos if isinstance(pos, int) else None, counter[0], spec))
        out.guid_to_key[guid] = key
        for i, k in enumerate(kids):
            walk(k, key, theme_id, depth + 1, f"{path}/{i}")

    if codes_el is not None:
        for i, el in enumerate(children(codes_el, "Code")):
            walk(el, None, None, 0, str(i))
    if ordered and all(p is not None for p, _, _ in ordered):
        ordered.sort(key=lambda x: (x[0], x[1]))
    out.codes = [s for _, _, s in ordered]

    key_of = out.guid_to_key
    levels: dict[str, LevelSpec] = {}
    for set_el in sets:
        human, data = split_description(child_text(set_el, "Description"))
        if not data or "sem_level" not in data:
            continue  # another program's code groups: not a needsmap concept
        level_id = str(data["sem_level"])
        if not data.get("implicit"):
            levels[level_id] = LevelSpec(id=level_id, label=str(data.get("label") or level_id), description=human)
        for m in children(set_el, "MemberCode"):
            g = next((norm_guid(attr(m, a)) for a in member_attrs if attr(m, a)), None)
            code = next((c for c in out.codes if key_of.get(g) == c.id), None)
            if code is not None and not code.sem_level:
                code.sem_level = level_id
    out.sem_levels = list(levels.values())

    # keep the spec consistent when themes/levels were declared but some are only implied
    declared_themes = {t.id for t in out.themes}
    if declared_themes:
        for c in out.codes:
            if c.theme and c.theme not in declared_themes:
                out.themes.append(ThemeSpec(id=c.theme, label=c.theme))
                declared_themes.add(c.theme)
    if levels:
        for c in out.codes:
            if c.sem_level and c.sem_level not in levels:
                levels[c.sem_level] = LevelSpec(id=c.sem_level, label=c.sem_level)
                out.sem_levels.append(levels[c.sem_level])
    return out
