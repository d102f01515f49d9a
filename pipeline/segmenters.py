"""Splitting turns into coding units: sentences (spaCy) or whole turns.

The spaCy pipeline is built once per process and reused: `spacy.blank("en")` plus the
rule-based sentencizer, unless `Settings.spacy_model` names a trained pipeline.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

from .config import Settings
from .errors import NeedsmapError

UNITS = ("sentence", "turn")

_NLP_CACHE: dict[str, object] = {}
_LOCK = threading.Lock()

# Words that carry no content alone; a segment made only of them is a back-channel.
BACKCHANNEL_WORDS = {
    "yeah", "yes", "yep", "yup", "yea", "ya", "no", "nope", "nah", "okay", "ok", "k", "right",
    "mm", "mmm", "mhm", "mm-hm", "mm-hmm", "mmhm", "mmhmm", "hm", "hmm", "uh-huh", "uh", "huh",
    "um", "umm", "er", "erm", "ah", "oh", "sure", "alright", "all", "exactly", "true", "totally",
    "cool", "so", "well", "yes,", "okay,", "uh-uh", "aha", "ahh", "ohh", "wow", "indeed", "really",
    "absolutely", "definitely", "agreed", "fine", "good", "great", "thanks", "thank", "you",
}
_BACKCHANNEL_MAX_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MARKER = re.compile(r"\[[^\]]*\]|\([^)]*\)")


def get_nlp(settings: Settings | None = None):
    """The cached spaCy pipeline for these settings (built on first use)."""
    settings = settings or Settings()
    key = settings.spacy_model or "blank:en"
    nlp = _NLP_CACHE.get(key)
    if nlp is not None:
        return nlp
    with _LOCK:
        nlp = _NLP_CACHE.get(key)
        if nlp is None:
            nlp = _build(settings.spacy_model)
            _NLP_CACHE[key] = nlp
    return nlp


def _build(model: str | None):
    import spacy

    if model:
        try:
            nlp = spacy.load(model)
        except Exception as exc:  # noqa: BLE001 - a missing or broken model is a settings problem
            raise NeedsmapError.of("E024", name=model, reason=str(exc).splitlines()[0][:200]) from None
        if not any(n in nlp.pipe_names for n in ("parser", "senter", "sentencizer")):
            nlp.add_pipe("sentencizer")
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    # Turns are short, but a spreadsheet cell can hold a whole interview.
    nlp.max_length = max(nlp.max_length, 50_000_000)
    return nlp


def check_unit(unit: str) -> str:
    """Validate a unit name; raises NeedsmapError E023."""
    if unit not in UNITS:
        raise NeedsmapError.of("E023", value=unit)
    return unit


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(
    texts: Iterable[str], settings: Settings | None = None, batch_size: int = 256, *, single_spaced: bool = False,
) -> list[list[tuple[int, int]]]:
    """Character spans of the sentences in each text, trimmed, never empty.

    Args:
        texts: turn texts.
        settings: picks the spaCy pipeline.
        batch_size: texts per `nlp.pipe` batch.
        single_spaced: the caller promises every text is `" ".join(text.split())` already
            (layout's turns are), which saves checking it.
    Returns:
        One list of (start, end) per text, in order.
    """
    nlp = get_nlp(settings)
    texts = list(texts)
    non_empty = [t for t in texts if t.strip()]
    if len(non_empty) > 1 and _joinable(nlp, non_empty, single_spaced):
        starts = iter(_starts_joined(nlp, non_empty))
    else:
        starts = ([sent.start_char for sent in doc.sents][1:] for doc in nlp.pipe(non_empty, batch_size=batch_size))
    out: list[list[tuple[int, int]]] = []
    for text in texts:
        if not text.strip():
            out.append([])
            continue
        spans = []
        cuts = _word_safe_cuts(text, next(starts))
        for a, b in zip([0] + cuts, cuts + [len(text)]):
            # `_trim`, inline: this runs once per segment of every transcript.
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b))
        if not spans:
            start, end = _trim(text, 0, len(text))
            spans = [(start, end)]
        out.append(spans)
    return out


# A transcript's turns go through spaCy as one Doc, joined by a blank line: one Doc instead
# of one per turn saves spaCy's per-Doc set-up. The sentences are exactly those of one Doc
# per turn: the tokenizer splits at whitespace before anything else, so each turn keeps
# its own tokens, and the blank line is a whitespace token, never sentence-final, so the
# sentencizer meets every turn in the state a fresh Doc starts in
# (tests/test_segmenters_joined.py compares the two).
_JOIN = "\n\n"
_JOINABLE: dict[int, bool] = {}


def _joinable(nlp, texts: list[str], single_spaced: bool = False) -> bool:
    """True when one joined Doc gives exactly the per-text sentences."""
    ok = _JOINABLE.get(id(nlp))
    if ok is None:
        # A trained parser or senter reads across turns; a tokenizer special case with
        # whitespace inside it could match across the join.
        ok = _JOINABLE[id(nlp)] = nlp.pipe_names == ["sentencizer"] and not any(
            any(c.isspace() for c in key) and not key.isspace() for key in (nlp.tokenizer.rules or {}))
    # Only single-spaced words (what layout passes): other whitespace could merge with the join.
    return ok and (single_spaced or all(" ".join(t.split()) == t for t in texts))


def _starts_joined(nlp, texts: list[str]) -> list[list[int]]:
    """Sentence starts inside each text (in its own offsets, the first sentence left out)."""
    from spacy.attrs import IDX, SENT_START

    doc = nlp(_JOIN.join(texts))
    # The starts `doc.sents` would give, read from spaCy's token array without making a
    # Token and Span object per sentence.
    if not len(doc):
        return [[] for _ in texts]
    marks = doc.to_array([IDX, SENT_START])
    starts = [0] + marks[1:, 0][marks[1:, 1] == 1].tolist()
    out: list[list[int]] = []
    k, base = 0, 0
    for text in texts:
        end = base + len(text)
        while k < len(starts) and starts[k] <= base:
            k += 1
        inside = []
        while k < len(starts) and starts[k] < end:
            inside.append(starts[k] - base)
            k += 1
        out.append(inside)
        base = end + len(_JOIN)
    return out


def _word_safe_cuts(text: str, cuts: list[int]) -> list[int]:
    """Move sentence starts back to the start of their word.

    The sentencizer leaves an opening bracket or quote with the previous sentence
    ("Yeah. [" | "crosstalk]"); a segment must never split a word.
    """
    out: list[int] = []
    for cut in cuts:
        while 0 < cut < len(text) and not text[cut - 1].isspace() and not text[cut].isspace():
            cut -= 1
        if cut > (out[-1] if out else 0):
            out.append(cut)
    return out


def turn_spans(texts: Iterable[str]) -> list[list[tuple[int, int]]]:
    """One span per non-empty text: the whole turn, trimmed."""
    out = []
    for text in texts:
        start, end = _trim(text, 0, len(text))
        out.append([(start, end)] if end > start else [])
    return out


def split(
    texts: Iterable[str], unit: str, settings: Settings | None = None, *, single_spaced: bool = False,
) -> list[list[tuple[int, int]]]:
    """Spans of each text for a unit ('sentence' or 'turn'); `single_spaced` as in `sentence_spans`."""
    check_unit(unit)
    if unit == "turn":
        return turn_spans(texts)
    return sentence_spans(texts, settings, single_spaced=single_spaced)


def is_backchannel(text: str) -> bool:
    """True for short filler-only segments ("Yeah.", "Mm-hm.", "Okay, right.")."""
    if len(text) > 80:
        return False
    spoken = _MARKER.sub(" ", text) if "[" in text or "(" in text else text
    # Most segments start with a content word: settle them without splitting every word.
    first = _WORD.search(spoken)
    if first is None or first.group().casefold().replace("’", "'") not in BACKCHANNEL_WORDS:
        return False
    words = [w.casefold().replace("’", "'") for w in _WORD.findall(spoken)]
    if not words or len(words) > _BACKCHANNEL_MAX_WORDS:
        return False
    if any(ch.isdigit() for ch in text):
        return False
    return all(w in BACKCHANNEL_WORDS for w in words)
