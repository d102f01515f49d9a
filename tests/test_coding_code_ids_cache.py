"""record_decision checks code ids against the codebook version in use, even when it changes."""

from __future__ import annotations

import pytest

from pipeline.codebook import current_codebook, store_codebook
from pipeline.coding import current_code_ids, record_decision
from pipeline.errors import NeedsmapError


def _without_first_code_plus(spec, new_id: str):
    first = spec.codes[0]
    added = first.model_copy(update={"id": new_id, "label": "A brand new code", "parent": None})
    kept = [c.model_copy(update={"parent": None}) if c.parent == first.id else c for c in spec.codes[1:]]
    return first.id, spec.model_copy(update={"codes": kept + [added]})


def test_code_ids_match_the_current_codebook(team_project):
    with team_project.db.session() as s:
        assert current_code_ids(s) == {c.id for c in current_codebook(s).codes}


def test_new_codebook_version_is_used_straight_away(team_project):
    seg = team_project.segments[0]
    db = team_project.db
    with db.session() as s:
        spec = current_codebook(s)
        removed, new_spec = _without_first_code_plus(spec, "brand_new_code")
        record_decision(s, segment_id=seg, code_key=removed, coder="alice")  # fills the cache for this version
        with pytest.raises(NeedsmapError) as exc:
            record_decision(s, segment_id=seg, code_key="brand_new_code", coder="alice")
        assert exc.value.problems[0].code == "E107"
    with db.session() as s:
        store_codebook(s, new_spec, actor="pia")
    with db.session() as s:
        record_decision(s, segment_id=seg, code_key="brand_new_code", coder="alice")
        with pytest.raises(NeedsmapError) as exc:
            record_decision(s, segment_id=seg, code_key=removed, coder="bob")
        assert exc.value.problems[0].code == "E107"


def test_rolled_back_codebook_version_does_not_linger(team_project):
    """A version stored and then rolled back (its row id may be reused) is not trusted afterwards."""
    seg = team_project.segments[0]
    db = team_project.db
    with db.session() as s:
        spec = current_codebook(s)
    _removed, first_try = _without_first_code_plus(spec, "first_try_code")
    _removed, second_try = _without_first_code_plus(spec, "second_try_code")
    with pytest.raises(RuntimeError):
        with db.session() as s:
            store_codebook(s, first_try, actor="pia")
            record_decision(s, segment_id=seg, code_key="first_try_code", coder="alice")
            raise RuntimeError("the PI cancelled")
    with db.session() as s:
        store_codebook(s, second_try, actor="pia")
    with db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            record_decision(s, segment_id=seg, code_key="first_try_code", coder="alice")
        assert exc.value.problems[0].code == "E107"
        record_decision(s, segment_id=seg, code_key="second_try_code", coder="alice")


def test_no_codebook_is_a_plain_error(db):
    with db.session() as s:
        with pytest.raises(NeedsmapError) as exc:
            current_code_ids(s)
        assert exc.value.problems[0].code == "E105"
