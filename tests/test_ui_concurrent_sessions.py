"""Two people (or two tabs of one person) coding the same transcript at once lose nothing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from sqlalchemy import select

from pipeline.models import Coder, Coding
from pipeline.ui.keys import Keys


def _review(ui_app, coder, segment_id):
    at = ui_app(coder)
    at.session_state[Keys.CURRENT_SEGMENT] = segment_id
    at.run()
    at.switch_page("pipeline/ui/screens/review.py").run()
    assert not at.exception
    return at


def _click_all(at, clicks, errors):
    try:
        for key in clicks:
            at.button(key=key).click().run()
            assert not at.exception, at.exception
    except BaseException as exc:  # noqa: BLE001 - reported to the main thread
        errors.append(exc)


# Streamlit's AppTest keeps one global runtime per process, so simultaneous sessions run
# in separate processes, as real browser sessions are served by separate script threads.
WORKER = """
import json, os, sys, time
from pathlib import Path
args = json.loads(sys.argv[1])
os.environ["NEEDSMAP_DB"] = args["db"]
from streamlit.testing.v1 import AppTest
from pipeline.access import verify_login
from pipeline.db import open_db
from pipeline.ui.keys import Keys
db = open_db(args["db"])
with db.session() as s:
    token = verify_login(s, args["coder"], None)
at = AppTest.from_file(args["app"], default_timeout=60)
at.session_state[Keys.CODER] = args["coder"]
at.session_state[Keys.CODER_ROLE] = "pra"
at.session_state[Keys.AUTH_TOKEN] = token
at.session_state[Keys.CURRENT_SEGMENT] = args["segment"]
at.run()
at.switch_page("pipeline/ui/screens/review.py").run()
assert not at.exception, at.exception
while not Path(args["go"]).exists():
    time.sleep(0.01)
for key in args["clicks"]:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
print("done")
"""


def test_two_sessions_coding_same_transcript_at_once(ui_project, repo_root, tmp_path):
    segs = ui_project["segments"]
    worker = tmp_path / "worker.py"
    worker.write_text(WORKER, encoding="utf-8")
    go = tmp_path / "go"
    plans = [
        ("ana", [Keys.CONFIRM.of("housing"), Keys.REJECT.of("using_alone")]),
        ("ben", [Keys.CONFIRM.of("using_alone"), Keys.CONFIRM.of("housing")]),
        ("ana", [Keys.CONFIRM.of("housing")]),  # a second tab of the same coder
    ]
    env = dict(os.environ, PYTHONPATH=str(repo_root))
    procs = [
        subprocess.Popen(
            [sys.executable, str(worker), json.dumps({
                "db": str(ui_project["path"]), "app": str(repo_root / "app.py"), "coder": coder,
                "segment": segs["shelter"], "clicks": [str(k) for k in clicks], "go": str(go),
            })],
            cwd=repo_root, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for coder, clicks in plans
    ]
    time.sleep(0.5)
    go.write_text("go")
    outputs = [p.communicate(timeout=240) for p in procs]
    for proc, (out, err) in zip(procs, outputs):
        assert proc.returncode == 0 and "done" in out, err[-2000:]
    with ui_project["db"].session() as s:
        rows = {(c.code_key, name): c.decision for c, name in s.execute(
            select(Coding, Coder.name).join(Coder, Coding.coder_id == Coder.id)
            .where(Coding.segment_id == segs["shelter"]))}
    assert rows == {
        ("housing", "ana"): "confirmed", ("using_alone", "ana"): "rejected",
        ("housing", "ben"): "confirmed", ("using_alone", "ben"): "confirmed",
    }


def test_second_tab_of_same_coder_keeps_both_passages(ui_project, ui_app):
    segs = ui_project["segments"]
    tab1 = _review(ui_app, "ana", segs["pharmacist"])
    tab2 = _review(ui_app, "ana", segs["peer"])
    tab1.button(key=Keys.CONFIRM.of("stigma")).click()
    tab2.button(key=Keys.CONFIRM.of("peer_support")).click()
    tab1.run()
    tab2.run()
    assert not tab1.exception and not tab2.exception
    with ui_project["db"].session() as s:
        rows = set(s.execute(select(Coding.segment_id, Coding.code_key)).all())
    assert rows == {(segs["pharmacist"], "stigma"), (segs["peer"], "peer_support")}
    # each tab stays on its own passage
    assert tab1.session_state[Keys.CURRENT_SEGMENT] == segs["pharmacist"]
    assert tab2.session_state[Keys.CURRENT_SEGMENT] == segs["peer"]
