"""The `hybrid-tuned` engine: the hybrid engine averaged with a second one over a tuned encoder.

The tuned encoder is a copy of the sentence model fine-tuned on the team's coded passages:
for two passes over them it learns to tell each passage's codes (and 'no code') from its
embedding, then the small classifier used for that is thrown away. A second hybrid engine
is fitted over the tuned embeddings and the two engines' scores are averaged.

Why an average and not the tuned engine alone: the tuned encoder has seen its training
passages, so the second engine's cross-validated thresholds and its vote of similar
passages are too sure of themselves; alone it is no better than the plain hybrid. Averaged
with the plain engine it is better on micro-F1, top-3 recall and empty precision on both
ROSE splits (`benchmarks/bench_quality.py --tuned`). It costs a few minutes of CPU per
tuning and a second encoding of every passage, so it is an option, not the default.
"""

from __future__ import annotations

import copy
import pickle
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

import numpy as np

from ..errors import NeedsmapError
from .base import Example, Item
from .hybrid import HybridSuggester, read_state
from .zeroshot import encode_items

EPOCHS = 2
LEARNING_RATE = 5e-5   # the encoder's; the throwaway classifier learns at 1e-3
BATCH = 16
MAX_TOKENS = 128
SEED = 0
STATE_FORMAT = 2
# engine_states row of the tuned model. It keeps v1 when the engine's name moves on for a change
# in its linear models only (v1 -> v2: detail vectors; v2 -> v3: neighbour votes), so a project is not tuned again for that.
ENCODER_STATE = "needsmap.hybrid-tuned.v1/encoder"
MIN_TUNE_EXAMPLES = 50  # fewer labelled passages teach the encoder nothing the linear models miss
RETUNE_GROWTH = 1.25    # tune again once the labelled passages have grown by a quarter


def sentence_model(encoder):
    """The sentence-transformers model behind an encoder (through the cache wrapper), or None."""
    raw = getattr(encoder, "encoder", encoder)
    return getattr(raw, "model", None)


def fine_tune(model, examples: list[Example], codes: list[str], epochs: float = EPOCHS, progress=None):
    """A copy of `model` tuned to tell the examples' codes apart; `model` itself is untouched.

    Args:
        model: a loaded SentenceTransformer.
        examples: labelled passages; a passage with no code teaches 'no code'.
        codes: the code ids to learn (others on an example are ignored).
        progress: called as progress(step, steps).
    """
    import torch

    from ..embeddings import embedding_dim, tokenizer_of

    labels = [e for e in examples if e.text.strip()]
    texts = [e.text for e in labels]
    if not texts:
        return model
    torch.manual_seed(SEED)
    tuned = copy.deepcopy(model)
    tuned.max_seq_length = min(MAX_TOKENS, tuned.max_seq_length or MAX_TOKENS)
    Y = torch.tensor([[c in e.codes for c in codes] + [not (set(e.codes) & set(codes))] for e in labels],
                     dtype=torch.float32)
    head = torch.nn.Linear(embedding_dim(tuned), Y.shape[1])
    opt = torch.optim.AdamW([{"params": tuned.parameters(), "lr": LEARNING_RATE},
                             {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
    n = len(texts)
    steps = max(1, int(np.ceil(n / BATCH) * epochs))
    warm = max(1, int(0.1 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / steps))
    # rare codes weigh more, but at most ~3x, so a code with two examples cannot dominate
    share = Y.mean(dim=0)
    loss_fn = torch.nn.BCEWithLogitsLoss(pos_weight=((1 - share) / share.clamp(min=1e-3)).clamp(max=10) ** 0.5)
    rng = np.random.default_rng(SEED)
    prepare = tokenizer_of(tuned)
    tuned.train()
    step = 0
    while step < steps:
        order = rng.permutation(n)
        for lo in range(0, n, BATCH):
            if step >= steps:
                break
            idx = order[lo:lo + BATCH]
            feats = prepare([texts[i] for i in idx])
            emb = tuned(feats)["sentence_embedding"]
            loss = loss_fn(head(torch.nn.functional.normalize(emb, dim=-1)), Y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            if progress:
                progress(step, steps)
    tuned.eval()
    return tuned


def pack_model(model) -> bytes:
    """A saved model folder as zip bytes, to keep in the project database."""
    with tempfile.TemporaryDirectory(prefix="needsmap-tuned-") as tmp:
        model.save(tmp)
        buf = BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
            for f in sorted(Path(tmp).rglob("*")):
                if f.is_file():
                    zf.write(f, f.relative_to(tmp).as_posix())
        return buf.getvalue()


def load_packed_model(blob: bytes, model_id: str, batch_size: int = 64):
    """An encoder over a packed model; the unzipped files are deleted once the weights are in memory."""
    from ..embeddings import load_model_folder

    with tempfile.TemporaryDirectory(prefix="needsmap-tuned-") as tmp:
        with zipfile.ZipFile(BytesIO(blob)) as zf:
            zf.extractall(tmp)
        return load_model_folder(Path(tmp), model_id, batch_size)


class TunedHybridSuggester(HybridSuggester):
    """Plain hybrid + hybrid over a fine-tuned encoder, scores averaged; evidence from the plain one."""

    name = "needsmap.hybrid-tuned.v4"

    def __init__(self, codebook, encoder, **kw):
        super().__init__(codebook, encoder, **kw)
        self.tuned: HybridSuggester | None = None

    def attach(self, tuned_encoder) -> TunedHybridSuggester:
        """Use `tuned_encoder` (an encoder over the fine-tuned model) for the second engine."""
        self.tuned = HybridSuggester(self.codebook, tuned_encoder, C=self.C,
                                     use_codebook_examples=self.use_codebook_examples, cv_folds=self.cv_folds)
        return self

    def tune_and_attach(self, examples: list[Example], progress=None) -> TunedHybridSuggester:
        """Fine-tune the encoder on `examples` in memory and attach it (evaluation, experiments).

        With fewer than MIN_TUNE_EXAMPLES examples nothing is tuned: the engine stays the plain hybrid.
        """
        from ..embeddings import SentenceEncoder

        if len(examples) < MIN_TUNE_EXAMPLES:
            return self
        model = sentence_model(self.encoder)
        if model is None:
            raise NeedsmapError.of("E306")
        tuned = fine_tune(model, examples, self.codes, progress=progress)
        # not stored anywhere, so an in-memory name is enough
        return self.attach(SentenceEncoder(tuned, "tuned:in-memory"))

    @property
    def model_version(self) -> str:
        base = super().model_version
        return f"{base}+{self.tuned.encoder.model_id}" if self.tuned is not None else base

    def fit(self, examples: list[Example]) -> TunedHybridSuggester:
        examples = list(examples)
        super().fit(examples)
        if self.tuned is not None:
            self.tuned.fit(examples)
        return self

    def get_state(self) -> bytes:
        return pickle.dumps({"format": STATE_FORMAT, "plain": super().get_state(),
                             "tuned": self.tuned.get_state() if self.tuned is not None else None})

    def set_state(self, payload: bytes) -> TunedHybridSuggester:
        st = read_state(payload, STATE_FORMAT)
        if st is None or (st["tuned"] is None) != (self.tuned is None):
            raise ValueError("engine state from another format")
        super().set_state(st["plain"])
        if self.tuned is not None:
            self.tuned.set_state(st["tuned"])
        return self

    def reuse_cuts_from(self, payload: bytes) -> None:
        """Only the plain hybrid keeps its cuts: a retuned encoder would make the tuned one's stale."""
        st = read_state(payload, STATE_FORMAT)
        if st:
            super().reuse_cuts_from(st["plain"])

    def score_matrix(self, items: list[Item], vecs: np.ndarray):
        """The plain hybrid's scores averaged with the tuned one's; terms and prototypes from the plain one."""
        scores, hits, nearest_proto = super().score_matrix(items, vecs)
        if self.tuned is not None:
            tuned_scores, _, _ = self.tuned.score_matrix(items, encode_items(self.tuned.encoder, items))
            scores = (scores + tuned_scores) / 2
        return scores, hits, nearest_proto
