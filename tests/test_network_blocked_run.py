"""No network at run time: ingest, suggest (real bundled model) and every export work with all
outbound connections and name look-ups blocked."""

from __future__ import annotations

import socket

import pytest
from typer.testing import CliRunner


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    """Make every outbound connection or DNS look-up fail loudly, and record the attempts."""
    attempts: list[str] = []

    def refuse(what):
        def _refuse(*args, **kwargs):
            attempts.append(f"{what} {args[1:] if what.startswith('socket.') else args}")
            raise NetworkUsed(f"needsmap tried to use the network: {what}")
        return _refuse

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guarded(real, what):
        def _guarded(self, address, *args):
            if self.family in (socket.AF_INET, socket.AF_INET6):
                attempts.append(f"{what} {address}")
                raise NetworkUsed(f"needsmap tried to connect to {address}")
            return real(self, address, *args)
        return _guarded

    monkeypatch.setattr(socket.socket, "connect", guarded(real_connect, "socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", guarded(real_connect_ex, "socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    return attempts


def test_network_block_is_effective(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80), timeout=1)
    with pytest.raises(NetworkUsed):
        socket.getaddrinfo("example.org", 443)
    with socket.socket() as s, pytest.raises(NetworkUsed):
        s.connect(("127.0.0.1", 9))
    assert len(no_network) == 3


@pytest.mark.slow
def test_network_blocked_ingest_suggest_export(no_network, tmp_path, repo_root, deid_dir):
    from pipeline.cli.base import app

    sample = repo_root / "data" / "sample_transcripts"
    inputs = [str(p) for p in sorted(sample.glob("victoria-1*"))] if sample.is_dir() else []
    inputs += [str(deid_dir / "group_north.txt")]
    db = ["--db", str(tmp_path / "p.db")]
    out = tmp_path / "out"
    # A copy: ingest writes its replacement report beside the roster, which must not be the repo.
    roster = tmp_path / "keys" / "roster.csv"
    roster.parent.mkdir()
    roster.write_bytes((deid_dir / "roster.csv").read_bytes())
    steps = [
        ["codebook", "import", str(repo_root / "codebooks" / "rose.yaml")],
        ["ingest", *inputs, "--site", "victoria", "--roster", str(roster)],
        ["suggest", "--engine", "hybrid"],
        ["code", "1", "housing", "--coder", "amina"],
        ["export", "segments", "--out", str(out / "segments.csv")],
        ["export", "codings", "--out", str(out / "codings.csv")],
        ["export", "tables", "--out", str(out / "tables")],
        ["export", "refi", "--out", str(out / "project.qdpx")],
    ]
    out.mkdir()
    runner = CliRunner()
    for step in steps:
        res = runner.invoke(app, [*db, *step])
        assert res.exit_code == 0, (step, res.output, res.exception)
    assert no_network == []
    assert list(roster.parent.glob("roster-replacements-*.csv"))
    assert not list(deid_dir.glob("roster-replacements-*.csv"))
    written = {p.suffix for p in out.rglob("*") if p.is_file()}
    assert {".csv", ".xlsx", ".docx", ".qdpx"} <= written
    import csv

    rows = list(csv.DictReader((out / "segments.csv").open(encoding="utf-8")))
    assert rows and any(r["suggested"] for r in rows)
