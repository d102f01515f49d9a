"""Sentence spans from spaCy: cached pipeline, trimmed spans, no split words."""

from __future__ import annotations

import pytest

from pipeline.config import Settings
from pipeline.errors import NeedsmapError
from pipeline.segmenters import get_nlp, is_backchannel, sentence_spans, split


def test_pipeline_is_built_once():
    assert get_nlp(Settings()) is get_nlp(Settings())
    assert "sentencizer" in get_nlp(Settings()).pipe_names


def test_spans_cover_every_word_in_order():
    texts = ["One. Two three! Four?", "", "no punctuation at all", "  padded.  Text  "]
    spans = sentence_spans(texts, Settings())
    assert spans[1] == []
    for text, sp in zip(texts, spans):
        assert [w for a, b in sp for w in text[a:b].split()] == text.split()
        assert all(text[a:b] == text[a:b].strip() and b > a for a, b in sp)
    assert [texts[0][a:b] for a, b in spans[0]] == ["One.", "Two three!", "Four?"]


def test_turn_unit_is_whole_text():
    assert split(["  a b. c  "], "turn") == [[(2, 8)]]


def test_missing_trained_model_is_a_plain_error():
    with pytest.raises(NeedsmapError) as err:
        get_nlp(Settings(spacy_model="/nonexistent/model"))
    assert err.value.problems[0].code == "E024"


def test_backchannel_ignores_markers_but_not_content():
    assert is_backchannel("(laughs) Okay.")
    assert not is_backchannel("Okay, the rent.")
