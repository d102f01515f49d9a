"""codebooks/rose.yaml against the fixed ids of the spec; codebook errors and CSV round-trip."""

from __future__ import annotations

import re

import pytest

from pipeline.codebook import CodebookSpec, load_codebook_file, parse_csv, parse_yaml, to_csv, to_yaml
from pipeline.errors import NeedsmapError


def _md_table(text: str, heading: str) -> list[list[str]]:
    """Rows (without the header) of the first markdown table after a `## heading`."""
    section = text.split(f"## {heading}", 1)[1]
    rows = []
    for line in section.splitlines():
        if line.startswith("|"):
            rows.append([c.strip() for c in line.strip().strip("|").split("|")])
        elif rows:
            break
    return [r for r in rows[1:] if not set("".join(r)) <= set("-: ")]


@pytest.fixture(scope="module")
def spec_tables():
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "shared" / "spec" / "rose-codebook.md"
    if not path.is_file():
        pytest.skip("the ROSE spec (../shared/spec/rose-codebook.md) is not available here")
    text = path.read_text(encoding="utf-8")
    return {name: _md_table(text, name) for name in ("Socio-ecological (SEM) levels", "Themes (ROSE components)", "Codes")}


@pytest.fixture(scope="module")
def rose(rose_codebook_path) -> CodebookSpec:
    return load_codebook_file(rose_codebook_path)


def test_codebook_rose_has_exactly_the_spec_codes(rose, spec_tables):
    expected = {}
    for code_id, level, theme, *_ in spec_tables["Codes"]:
        expected[code_id] = (level, None if theme.startswith("(") else theme)
    assert len(expected) == 16
    assert {c.id: (c.sem_level, c.theme) for c in rose.codes} == expected
    assert len(rose.codes) == len(expected)
    assert all(c.parent is None for c in rose.codes)


def test_codebook_rose_levels_and_themes_match_spec(rose, spec_tables):
    assert [(lv.id, lv.label) for lv in rose.sem_levels] == [tuple(r[:2]) for r in spec_tables["Socio-ecological (SEM) levels"]]
    assert [(t.id, t.label) for t in rose.themes] == [tuple(r[:2]) for r in spec_tables["Themes (ROSE components)"]]
    for level in rose.sem_levels:
        assert "socio-ecological level is" in level.description
    assert all(len(t.description) > 40 for t in rose.themes)


def test_codebook_rose_codes_are_fully_described(rose):
    ids = set(rose.code_ids())
    for code in rose.codes:
        assert code.label and code.definition and code.inclusion and code.exclusion, code.id
        assert len(code.examples) >= 4, code.id
        assert len(set(code.examples)) == len(code.examples), code.id
        assert len(code.keywords) >= 8, code.id
        assert all(k == k.lower().strip() and k for k in code.keywords), code.id
        # An exclusion is only useful when it says which code to use instead.
        named = {other for other in ids - {code.id} if re.search(rf"\b{other}\b", code.exclusion)}
        assert named, f"{code.id}: exclusion names no neighbouring code"


def test_codebook_rose_definitions_are_plain_language(rose):
    """Short sentences a peer research assistant can read: no sentence over 35 words."""
    for code in rose.codes:
        for field in (code.definition, code.inclusion, code.exclusion):
            for sentence in re.split(r"(?<=[.!?])\s+", field):
                assert len(sentence.split()) <= 35, (code.id, sentence)


def test_codebook_missing_label_names_field_and_line(rose_codebook_path):
    lines = rose_codebook_path.read_text(encoding="utf-8").splitlines()
    id_line = next(i for i, ln in enumerate(lines) if ln.strip() == "- id: self_care")
    label_line = next(i for i in range(id_line, len(lines)) if lines[i].strip().startswith("label:"))
    broken = "\n".join(lines[:label_line] + lines[label_line + 1:])
    with pytest.raises(NeedsmapError) as exc:
        parse_yaml(broken, "rose.yaml")
    problems = exc.value.problems
    assert len(problems) == 1
    assert problems[0].line == id_line + 1  # 1-based: the line where that code starts
    assert problems[0].file == "rose.yaml"
    assert "codes.1.label" in problems[0].message
    assert f"line {id_line + 1}" in str(problems[0])


def test_codebook_wrong_value_points_at_its_line():
    text = "name: t\ncodes:\n  - id: a\n    label: A\n  - id: b\n    label: B\n    examples: 5\n"
    with pytest.raises(NeedsmapError) as exc:
        parse_yaml(text, "t.yaml")
    (p,) = exc.value.problems
    assert p.line == 7
    assert "codes.1.examples" in p.message


def test_codebook_unknown_theme_is_reported(rose_codebook_path):
    text = rose_codebook_path.read_text(encoding="utf-8").replace("theme: skill_development", "theme: skills_dev", 1)
    with pytest.raises(NeedsmapError) as exc:
        parse_yaml(text, "rose.yaml")
    assert "skills_dev" in str(exc.value)


def test_codebook_csv_round_trip_keeps_every_code(rose, tmp_path):
    text = to_csv(rose)
    back = parse_csv(text, "rose.csv", name=rose.name)
    assert [c.model_dump() for c in back.codes] == [c.model_dump() for c in rose.codes]
    assert {t.id for t in back.themes} == {c.theme for c in rose.codes if c.theme}
    assert {lv.id for lv in back.sem_levels} == {lv.id for lv in rose.sem_levels}
    path = tmp_path / "rose.csv"
    path.write_text(text, encoding="utf-8")
    assert load_codebook_file(path).code_ids() == rose.code_ids()


def test_codebook_yaml_round_trip_is_identical(rose):
    assert parse_yaml(to_yaml(rose)).model_dump() == rose.model_dump()
