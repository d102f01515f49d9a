"""Embedding layer: the hashing encoder, the database cache, loading models by path."""

from __future__ import annotations

import numpy as np
import pytest
from sqlalchemy import func, select

from pipeline.embeddings import CachedEncoder, HashingEncoder, folder_model_id, load_encoder, text_hash
from pipeline.errors import NeedsmapError
from pipeline.models import Embedding


class CountingEncoder(HashingEncoder):
    def __init__(self):
        super().__init__()
        self.seen: list[str] = []

    def encode(self, texts, progress=None):
        self.seen.extend(texts)
        return super().encode(texts, progress)


def test_embeddings_hashing_encoder_is_normalised_and_deterministic():
    enc = HashingEncoder()
    a = enc.encode(["The rent is too high", "the rent is too high!", "Police at the scene"])
    b = HashingEncoder().encode(["The rent is too high"])
    assert a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.allclose(a[0], b[0])
    assert a[0] @ a[1] > a[0] @ a[2]


def test_embeddings_cache_encodes_each_text_once_across_instances(db):
    inner = CountingEncoder()
    first = CachedEncoder(inner, db.session).encode(["one text", "two text", "one text"])
    again = CachedEncoder(inner, db.session).encode(["two text", "three text"])
    assert sorted(inner.seen) == ["one text", "three text", "two text"]
    assert np.allclose(first[1], again[0]) and np.allclose(first[0], first[2])
    with db.session() as s:
        rows = s.execute(select(Embedding.model_id, Embedding.text_hash)).all()
    assert {h for _m, h in rows} == {text_hash(t) for t in ("one text", "two text", "three text")}
    assert {m for m, _h in rows} == {inner.model_id}


def test_embeddings_cache_is_keyed_by_model(db):
    CachedEncoder(HashingEncoder(dim=128), db.session).encode(["same words"])
    CachedEncoder(HashingEncoder(dim=64), db.session).encode(["same words"])
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Embedding)) == 2


def test_embeddings_cache_reports_progress(db):
    calls = []
    CachedEncoder(HashingEncoder(), db.session).encode(["a b c", "d e f"], progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1] == (2, 2)


def test_embeddings_bad_model_folder_is_plain_error(tmp_path, monkeypatch):
    monkeypatch.delenv("NEEDSMAP_ENCODER", raising=False)
    with pytest.raises(NeedsmapError) as err:
        load_encoder(tmp_path / "no-such-model")
    assert err.value.problems[0].code == "E206"
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NeedsmapError) as err:
        load_encoder(str(empty))
    assert err.value.problems[0].code == "E206"


def test_embeddings_env_switch_gives_hashing_encoder(fake_encoder):
    enc = load_encoder()
    assert isinstance(enc, HashingEncoder)
    assert enc.model_id == fake_encoder.model_id


def test_embeddings_folder_model_id_changes_with_config(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    (folder / "config.json").write_text('{"hidden_size": 384}')
    first = folder_model_id(folder)
    (folder / "config.json").write_text('{"hidden_size": 768}')
    assert first.startswith("my-model@") and folder_model_id(folder) != first
