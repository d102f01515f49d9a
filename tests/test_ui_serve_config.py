"""The app is served on this computer only, without usage statistics, from the installed package."""

from __future__ import annotations

import tomllib

import pytest


def test_streamlit_config_keeps_everything_local(repo_root):
    cfg = tomllib.loads((repo_root / ".streamlit" / "config.toml").read_text())
    assert cfg["browser"]["gatherUsageStats"] is False
    assert cfg["server"]["address"] == "127.0.0.1"
    assert cfg["server"]["headless"] is True


def test_serve_command_runs_packaged_script_on_loopback():
    from pipeline.ui.launch import server_env, streamlit_command
    from pipeline.ui.paths import MAIN_SCRIPT

    cmd = streamlit_command(port=8765)
    assert cmd[1:4] == ["-m", "streamlit", "run"] and cmd[4] == str(MAIN_SCRIPT)
    assert MAIN_SCRIPT.is_file() and MAIN_SCRIPT.parent.name == "ui"
    flags = dict(zip(cmd[5::2], cmd[6::2]))
    assert flags["--server.address"] == "127.0.0.1"
    assert flags["--server.port"] == "8765"
    assert flags["--browser.gatherUsageStats"] == "false"
    assert flags["--server.headless"] == "true"
    env = server_env("sqlite:////tmp/x.db")
    assert env["NEEDSMAP_DB"] == "sqlite:////tmp/x.db" and env["HF_HUB_OFFLINE"] == "1"


def test_db_location_prefers_command_line_then_env():
    from pipeline.ui.paths import db_location

    assert db_location(["--db", "a.db"], {"NEEDSMAP_DB": "b.db"}) == "a.db"
    assert db_location(["--db=c.db"], {}) == "c.db"
    assert db_location([], {"NEEDSMAP_DB": "b.db"}) == "b.db"


def test_serve_refuses_open_address_without_passwords(ui_project, monkeypatch):
    """Listening beyond this computer needs every coder to have a password (exit code 2, plain words)."""
    from pipeline.cli.base import run

    launched = []
    monkeypatch.setattr("pipeline.ui.launch.run_server", lambda *a, **k: launched.append(a) or 0)
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", str(ui_project["path"]), "serve", "--host", "0.0.0.0"])
    assert exit_info.value.code == 2
    assert launched == []


@pytest.mark.slow
def test_demo_build_only_builds_sample_project(tmp_path, monkeypatch, capsys, sample_codings):
    from sqlalchemy import func, select

    from pipeline.cli.base import run
    from pipeline.db import open_db
    from pipeline.models import AuditLog, Coding, FocusGroup, Segment, Suggestion, Transcript

    monkeypatch.setenv("NEEDSMAP_ENCODER", "hashing")
    path = tmp_path / "demo.db"
    with pytest.raises(SystemExit) as exit_info:
        run(["--db", str(path), "demo", "--no-browser", "--build-only"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "site" in out and str(path) in out
    db = open_db(path)
    with db.session() as s:
        assert s.scalar(select(func.count(Segment.id))) > 100
        assert s.scalar(select(func.count(Suggestion.id))) > 0
        decided = dict(s.execute(
            select(FocusGroup.name, func.count(Coding.id)).select_from(Coding)
            .join(Segment, Coding.segment_id == Segment.id).join(Transcript, Segment.transcript_id == Transcript.id)
            .join(FocusGroup, Transcript.group_id == FocusGroup.id).group_by(FocusGroup.name)).all())
        rejected = s.execute(select(Segment.text, Coding.source, Coding.code_key).join(Segment, Coding.segment_id == Segment.id)
                             .where(Coding.decision == "rejected")).all()
        suggested_rejected = {(seg, key) for seg, key in s.execute(
            select(Suggestion.segment_id, Suggestion.code_key).join(Coding, (Coding.segment_id == Suggestion.segment_id)
                                                                   & (Coding.code_key == Suggestion.code_key))
            .where(Coding.decision == "rejected", Suggestion.accepted.is_(True)))}
        runs = s.scalar(select(func.count(AuditLog.id)).where(AuditLog.action == "suggest.run"))
    db.dispose()
    # a study part-way through: the last group of each site waits for review, the others are coded
    assert set(decided) == {"fraser-1", "victoria-1", "victoria-2", "victoria-3", "vancouver-1"}
    # the coders said "No" to the engine's suggestions on passages the sample leaves uncoded, and only there
    uncoded = {r["text"] for r in sample_codings if not r["codes"]}
    assert rejected and all(text in uncoded and source.startswith("needsmap.") for text, source, _ in rejected)
    assert len(suggested_rejected) == len(rejected)
    assert runs == 2  # the engine learnt from those answers before the demo opens


_SERVER_STAND_IN = """
import os, sys, time
from pipeline.ui import launch
pid_file = sys.argv[1]
child = ("import os, sys, time; open(sys.argv[1], 'w').write(str(os.getpid())); time.sleep(600)")
launch.streamlit_command = lambda **kw: [sys.executable, "-c", child, pid_file]
sys.exit(launch.run_server("sqlite://", port=1))
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(") ")[-1][0] != "Z"  # a zombie has already stopped
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_stopping_the_command_stops_the_server_it_started(tmp_path, how):
    """`kill`, a closed terminal or a service manager must not leave a server holding the port."""
    import signal
    import subprocess
    import sys
    import time

    pid_file = tmp_path / "server.pid"
    parent = subprocess.Popen([sys.executable, "-c", _SERVER_STAND_IN, str(pid_file)])
    try:
        deadline = time.monotonic() + 30
        while not (pid_file.exists() and pid_file.read_text()):
            assert parent.poll() is None and time.monotonic() < deadline, "the stand-in server never started"
            time.sleep(0.05)
        server = int(pid_file.read_text())
        assert _alive(server)
        parent.send_signal(getattr(signal, how))
        code = parent.wait(timeout=20)
        if how != "SIGKILL":
            assert code == 0, "a requested stop is not an error"
        deadline = time.monotonic() + 10
        while _alive(server) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(server), f"the server outlived a {how} to the command"
    finally:
        parent.kill()
        if pid_file.exists() and pid_file.read_text():
            try:
                __import__("os").kill(int(pid_file.read_text()), signal.SIGKILL)
            except ProcessLookupError:
                pass
