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


def test_embeddings_cache_keeps_detail_vectors_from_the_same_pass(db, detail_encoder):
    cached = CachedEncoder(detail_encoder, db.session)
    vecs = cached.encode(["rent is due", "police came by"])
    detail = cached.encode_detail(["police came by", "rent is due"])
    assert detail_encoder.passes == [["rent is due", "police came by"]]  # the detail call encoded nothing
    expect_vecs, expect_detail = detail_encoder.encode_both(["rent is due", "police came by"])
    assert np.allclose(vecs, expect_vecs) and np.allclose(detail, expect_detail[::-1])
    with db.session() as s:
        kinds = dict(s.execute(select(Embedding.model_id, func.count()).group_by(Embedding.model_id)).all())
    assert kinds == {detail_encoder.model_id: 2, detail_encoder.detail_id: 2}


def test_embeddings_cache_adds_detail_to_texts_cached_before_it_existed(db, detail_encoder):
    # a project whose texts were cached by a version that kept sentence embeddings only
    CachedEncoder(detail_encoder.sentences, db.session).encode(["rent is due"])
    cached = CachedEncoder(detail_encoder, db.session)
    assert cached.encode_detail(["rent is due"]).shape == (1, 64)
    assert cached.encode(["rent is due"]).shape == (1, 64)
    assert detail_encoder.passes == [["rent is due"]]
    with db.session() as s:
        kinds = dict(s.execute(select(Embedding.model_id, func.count()).group_by(Embedding.model_id)).all())
    assert kinds == {detail_encoder.model_id: 1, detail_encoder.detail_id: 1}


def test_embeddings_encoder_without_detail_refuses_detail(db):
    cached = CachedEncoder(HashingEncoder(), db.session)
    assert cached.detail_id is None
    with pytest.raises(ValueError):
        cached.encode_detail(["rent is due"])


@pytest.mark.slow
def test_embeddings_bundled_model_gives_detail_from_the_same_forward_pass(monkeypatch):
    monkeypatch.delenv("NEEDSMAP_ENCODER", raising=False)
    enc = load_encoder()
    texts = ["My landlord wants me out by Friday.", "Yeah.", "Nobody debriefs us after an overdose call."]
    sent, detail = enc.encode_both(texts)
    plain = enc.model.encode(texts, normalize_embeddings=True, convert_to_numpy=True)
    assert enc.detail_layer == 3 and enc.detail_id.endswith("#mean-layer-3")
    assert np.allclose(sent, plain, atol=1e-5)  # the own pass gives exactly what encode() gives
    assert np.allclose(np.linalg.norm(detail, axis=1), 1.0, atol=1e-5)
    assert (np.sum(sent * detail, axis=1) < 0.99).all()  # a different view, not a copy
    assert not enc.model[0].auto_model.config.output_hidden_states  # switched on only during the pass
    assert np.allclose(enc.encode(texts), plain, atol=1e-5)
    monkeypatch.setattr(enc, "encode_both", lambda *a, **k: pytest.fail("encoded twice"))
    assert np.allclose(enc.encode_detail(texts[::-1]), detail[::-1])  # remembered from encode()


def test_embeddings_memory_cache_without_a_database_encodes_each_text_once(detail_encoder):
    cached = CachedEncoder(detail_encoder, None)
    first = cached.encode(["rent is due", "police came by"])
    again = cached.encode(["police came by", "rent is due", "police came by"])
    detail = cached.encode_detail(["rent is due"])
    assert detail_encoder.passes == [["rent is due", "police came by"]]
    assert np.allclose(again, first[[1, 0, 1]])
    assert np.allclose(detail, detail_encoder.encode_both(["rent is due"])[1])
    assert cached.encoded_count == 2
