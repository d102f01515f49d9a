"""review_queue: filters, participant-only default and uncertainty-first order."""

from __future__ import annotations

from pipeline.models import Suggestion
from pipeline.review_queue import review_queue, uncertainty


def _suggest(db, seg_scores):
    with db.session() as s:
        for seg, code, score in seg_scores:
            s.add(Suggestion(segment_id=seg, code_key=code, engine="needsmap.hybrid.v1", model_version="t",
                             score=score, accepted=score >= 0.5, evidence={}))


def test_review_queue_transcript_order_participants_without_backchannel(sugg_project):
    db = sugg_project["db"]
    with db.session() as s:
        ids = review_queue(s)
        with_bc = review_queue(s, skip_backchannel=False)
    participant = [i for i in sugg_project["coded"] + sugg_project["uncoded"]]
    assert ids == sorted(ids)
    assert set(with_bc) - set(ids) == {sugg_project["segments"][14]}  # 'mm-hm'
    assert set(ids) <= set(participant)
    assert sugg_project["segments"][0] not in with_bc  # the facilitator's question


def test_review_queue_informative_puts_uncertain_first(sugg_project):
    db = sugg_project["db"]
    a, b, c = (sugg_project["uncoded"][i] for i in (1, 2, 4))  # [3] is a back-channel "mm-hm"
    _suggest(db, [(a, "housing", 0.97), (b, "stigma", 0.52), (c, "housing", 0.05)])
    with db.session() as s:
        order = review_queue(s, coder="ana", order="informative")
    # b is nearest the threshold; segments with no scores at all count as most uncertain
    assert order.index(b) < order.index(a) and order.index(b) < order.index(c)
    # passages ana already decided on come last
    assert set(order[-len(sugg_project["coded"]):]) == set(sugg_project["coded"])
    assert uncertainty([0.5]) == 1.0 and uncertainty([0.0]) == 0.0 and uncertainty([]) == 1.0


def test_review_queue_status_and_code_filters(sugg_project):
    db = sugg_project["db"]
    a, b = sugg_project["uncoded"][1:3]
    _suggest(db, [(a, "housing", 0.8), (b, "stigma", 0.3)])
    with db.session() as s:
        todo = review_queue(s, coder="ana", status="todo")
        done = review_queue(s, coder="ana", status="done")
        suggested = review_queue(s, coder="ana", status="suggested")
        housing = review_queue(s, coder="ana", code="housing")
        speaker = review_queue(s, speaker="P3")
    assert set(done) == set(sugg_project["coded"])
    assert set(todo).isdisjoint(done) and a in todo
    assert suggested == [a]
    # housing: confirmed by ana on two segments, plus one accepted suggestion
    assert set(housing) == {sugg_project["segments"][1], sugg_project["segments"][2], a}
    assert speaker and all(i in sugg_project["coded"] + sugg_project["uncoded"] for i in speaker)
    assert sugg_project["segments"][12] in speaker and sugg_project["segments"][1] not in speaker
