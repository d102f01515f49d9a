"""One spaCy Doc per transcript gives exactly the sentences of one Doc per turn.

`sentence_spans` joins a transcript's turns into one Doc for speed; these tests compare
it with spaCy run on each turn alone, on random turns full of the punctuation that moves
sentence boundaries, and on every sample transcript.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from pipeline.layout import lay_out
from pipeline.readers import read_bytes
from pipeline.segmenters import get_nlp, sentence_spans

PIECES = ["we", "need", "housing", "Dr.", "U.S.", "e.g.", "etc.", "3.5", "ok", "(laughs)", "[crosstalk]",
          ".", "...", "!", "?", "?!", "…", "‽", "。", "！", '"', "“", "”", "'", "’", ")", "(", "]", "[", "-",
          "--", ":", ";", ",", "Mm-hm.", "Yeah.", "P12:", "😀", "no.Really", "end.)", "“Why?”"]


def _alone(texts: list[str]) -> list[list[tuple[int, int]]]:
    # One text per call: sentence_spans never joins a single text.
    return [sentence_spans([t])[0] for t in texts]


turn_text = st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map(lambda ws: " ".join(ws))
# Pieces glued without spaces too ("end.)Yeah"), as transcribers type them.
glued = st.lists(st.sampled_from(PIECES), min_size=1, max_size=8).map(lambda ws: "".join(ws))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(turn_text, glued), min_size=2, max_size=12))
def test_joined_turns_split_exactly_like_turns_alone(texts):
    assert sentence_spans(texts) == _alone(texts)


def test_texts_with_other_whitespace_are_still_split_like_turns_alone():
    texts = ["First line.\nSecond line.", "Tab\there. Next one!", "  padded. yes  ", "", "Plain one. Two."]
    assert sentence_spans(texts) == [sentence_spans([t])[0] if t.strip() else [] for t in texts]


def test_every_sample_transcript_splits_like_its_turns_alone(sample_transcripts_dir):
    nlp = get_nlp()
    files = [p for p in sorted(sample_transcripts_dir.iterdir()) if p.suffix != ".csv" or p.name != "manifest.csv"]
    assert len(files) >= 8
    checked = 0
    for path in files:
        laid = lay_out(read_bytes(path.read_bytes(), path.name), sha256="x")
        turns = [laid.text[t.start:t.end] for t in laid.turns]
        expected = []
        for doc in nlp.pipe(turns):
            expected.append([s.start_char for s in doc.sents])
        got = sentence_spans(turns)
        assert got == _alone(turns), path.name
        # And the spans start where spaCy's own sentences start (after word-safe trimming).
        for spans, starts, text in zip(got, expected, turns):
            if text.strip():
                assert spans[0][0] == len(text) - len(text.lstrip())
        checked += len(turns)
    assert checked > 300

