"""Server-side time of one review action on a 10,000-passage project, measured with AppTest.

One action = click a suggestion's Yes button (the decision is committed) and then Next
(the next passage is rendered). Reports median and p95 in milliseconds, and the ratio
to an empty Streamlit script run on the same machine, so numbers from different
machines can be compared. Target: p95 < 300 ms.

Example: python benchmarks/bench_ui.py --segments 10000 --actions 40
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

WORDS = ("housing shelter police doctor clinic peer worker supply dope friends family stigma judged alone "
         "overdose naloxone kit money welfare job street night winter food outreach van nurse pharmacy").split()


def build_project(path: Path, n_segments: int, n_codes: int = 24, seed: int = 3) -> None:
    """A generated project straight through the models: sites, groups, turns, segments, suggestions."""
    from sqlalchemy import insert

    from pipeline.codebook import CodebookSpec, store_codebook
    from pipeline.db import open_db
    from pipeline.models import Coder, FocusGroup, Segment, Site, Speaker, Suggestion, Transcript, Turn

    rng = random.Random(seed)
    db = open_db(path)
    codes = [{"id": f"code_{i:02d}", "label": f"Issue number {i}", "definition": "A generated code.",
              "theme": "needs" if i % 2 else "barriers", "sem_level": ("individual", "community", "policy")[i % 3]}
             for i in range(n_codes)]
    spec = CodebookSpec(name="bench", themes=[{"id": "needs", "label": "Needs"}, {"id": "barriers", "label": "Barriers"}],
                        sem_levels=[{"id": x, "label": x.title()} for x in ("individual", "community", "policy")],
                        codes=codes)
    sites, groups_per_site = 4, 5
    per_transcript = max(n_segments // (sites * groups_per_site), 1)
    with db.session() as s:
        store_codebook(s, spec)
        s.add(Coder(name="bench", role="pra"))
        for si in range(sites):
            site = Site(name=f"site-{si}")
            s.add(site)
            s.flush()
            for gi in range(groups_per_site):
                group = FocusGroup(site_id=site.id, name=f"group-{si}-{gi}")
                s.add(group)
                s.flush()
                turns = []
                for t in range(per_transcript):
                    label = "FAC" if t % 5 == 0 else f"P{rng.randint(1, 6)}"
                    words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))).capitalize() + "."
                    turns.append((label, f"00:{t // 60 % 60:02d}:{t % 60:02d}", words))
                blocks, spans, pos = [], [], 0
                for label, ts, words in turns:
                    prefix = f"[{ts}] {label}: "
                    spans.append((pos, pos + len(prefix) + len(words), pos + len(prefix)))
                    blocks.append(prefix + words)
                    pos += len(blocks[-1]) + 2
                text = "\n\n".join(blocks)
                tr = Transcript(group_id=group.id, source_name=f"t-{si}-{gi}.txt",
                                sha256=hashlib.sha256(text.encode()).hexdigest(), format="txt", unit="turn", text=text)
                s.add(tr)
                s.flush()
                speakers = {}
                for label in sorted({t[0] for t in turns}):
                    sp = Speaker(transcript_id=tr.id, label=label, pseudonym=label if label == "FAC" else f"Person {label}",
                                 role="facilitator" if label == "FAC" else "participant")
                    s.add(sp)
                    s.flush()
                    speakers[label] = sp.id
                turn_rows = [{"transcript_id": tr.id, "speaker_id": speakers[label], "idx": i, "start": a, "end": b,
                              "timestamp": ts} for i, ((label, ts, _w), (a, b, _c)) in enumerate(zip(turns, spans))]
                s.execute(insert(Turn), turn_rows)
                turn_ids = dict(s.execute(Turn.__table__.select().with_only_columns(Turn.idx, Turn.id)
                                          .where(Turn.transcript_id == tr.id)).all())
                seg_rows = [{"transcript_id": tr.id, "turn_id": turn_ids[i], "idx": i, "start": c, "end": b,
                             "text": w, "is_backchannel": False}
                            for i, ((_l, _t, w), (_a, b, c)) in enumerate(zip(turns, spans))]
                s.execute(insert(Segment), seg_rows)
        seg_ids = [r[0] for r in s.execute(Segment.__table__.select().with_only_columns(Segment.id))]
        sugg = []
        for seg in seg_ids:
            for code in rng.sample(codes, 3):
                score = rng.uniform(0.3, 0.95)
                sugg.append({"segment_id": seg, "code_key": code["id"], "engine": "needsmap.hybrid.v1",
                             "model_version": "bench", "score": score, "accepted": score >= 0.5,
                             "evidence": {"matched_terms": [rng.choice(WORDS)]}})
        s.execute(insert(Suggestion), sugg)
    db.dispose()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def time_empty_script(runs: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_string("import streamlit as st\n", default_timeout=30)
    at.run()
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        at.run()
        out.append(time.perf_counter() - t0)
    return out


def time_review_actions(actions: int) -> list[float]:
    from streamlit.testing.v1 import AppTest

    from pipeline.ui.keys import Keys

    from pipeline.access import verify_login
    from pipeline.db import open_db

    db = open_db(os.environ["NEEDSMAP_DB"])
    token = db.write(lambda s: verify_login(s, "bench", None))  # the app checks the sign-in on every rerun
    db.dispose()
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.session_state[Keys.CODER] = "bench"
    at.session_state[Keys.CODER_ROLE] = "pra"
    at.session_state[Keys.AUTH_TOKEN] = token
    at.run()
    at.switch_page("pipeline/ui/screens/review.py").run()  # builds the queue once (kept for the session)
    if at.exception:
        raise SystemExit(f"the review screen failed: {at.exception}")
    out = []
    prefix = Keys.CONFIRM.value + ":"
    for _ in range(actions):
        confirm = next((b for b in at.button if b.key and b.key.startswith(prefix)), None)
        t0 = time.perf_counter()
        if confirm is not None:
            confirm.click().run()
        at.button(key=Keys.NEXT).click().run()
        out.append(time.perf_counter() - t0)
        if at.exception:
            raise SystemExit(f"the review screen failed: {at.exception}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=10_000)
    parser.add_argument("--actions", type=int, default=40)
    parser.add_argument("--db", help="reuse (or create) this project file instead of a temporary one")
    args = parser.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ["NEEDSMAP_UI_RAISE"] = "1"
    with tempfile.TemporaryDirectory(prefix="needsmap-bench-ui-") as tmp:
        path = Path(args.db) if args.db else Path(tmp) / "bench.db"
        if not path.exists():
            t0 = time.perf_counter()
            build_project(path, args.segments)
            print(f"built a project of {args.segments} passages in {time.perf_counter() - t0:.1f} s")
        os.environ["NEEDSMAP_DB"] = str(path)
        empty = time_empty_script(max(args.actions, 20))
        actions = time_review_actions(args.actions)
    med, p95 = statistics.median(actions) * 1000, percentile(actions, 0.95) * 1000
    empty_med = statistics.median(empty) * 1000
    print(f"review action (Yes + Next rendered), {len(actions)} actions on {args.segments} passages:")
    print(f"  median {med:.0f} ms   p95 {p95:.0f} ms   (target p95 < 300 ms: {'met' if p95 < 300 else 'NOT met'})")
    print(f"  empty script run: median {empty_med:.1f} ms   ratio median/empty {med / empty_med:.1f}x   "
          f"p95/empty {p95 / empty_med:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
