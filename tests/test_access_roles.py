"""Access: argon2 passwords, expiring sign-ins, roles, and refusing to serve openly without passwords."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from pipeline.access import (
    check_bind_address, check_token, is_loopback, logout, require_role, set_password, verify_login,
)
from pipeline.errors import NeedsmapError
from pipeline.models import AuditLog, AuthSession, Coder


@pytest.fixture
def team(db):
    with db.session() as s:
        s.add_all([Coder(name="amina", role="pra"), Coder(name="dr_lee", role="pi")])
    return db


def test_access_password_is_hashed_with_argon2_and_verified(team):
    with team.session() as s:
        set_password(s, "amina", "correct horse battery", actor="dr_lee")
    with team.session() as s:
        stored = s.scalars(select(Coder.password_hash).where(Coder.name == "amina")).one()
        assert stored.startswith("$argon2") and "correct horse" not in stored
        token = verify_login(s, "amina", "correct horse battery")
        assert check_token(s, token).name == "amina"
        actions = [a.action for a in s.scalars(select(AuditLog))]
        assert "coder.password_set" in actions and "auth.login" in actions
        assert all("correct horse" not in str(a.payload) for a in s.scalars(select(AuditLog)))


def test_access_wrong_password_or_unknown_name_is_refused(team):
    with team.session() as s:
        set_password(s, "amina", "correct horse battery")
    with team.session() as s:
        with pytest.raises(NeedsmapError) as err:
            verify_login(s, "amina", "wrong password!")
        assert err.value.problems[0].code == "E601"
        with pytest.raises(NeedsmapError) as err:
            verify_login(s, "nobody", "whatever123")
        assert err.value.problems[0].code == "E601"


def test_access_short_password_is_refused(team):
    with team.session() as s, pytest.raises(NeedsmapError, match="too short"):
        set_password(s, "amina", "short")


def test_access_sessions_expire(team):
    with team.session() as s:
        set_password(s, "amina", "correct horse battery")
        token = verify_login(s, "amina", "correct horse battery", hours=1)
    with team.session() as s:
        row = s.scalars(select(AuthSession)).one()
        assert row.token_hash != token  # only a hash of the token is stored
        row.expires_at = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None) - dt.timedelta(seconds=1)
    with team.session() as s, pytest.raises(NeedsmapError) as err:
        check_token(s, token)
    assert err.value.problems[0].code == "E602"


def test_access_session_length_is_configurable(team, monkeypatch):
    monkeypatch.setenv("NEEDSMAP_SESSION_HOURS", "2")
    before = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    with team.session() as s:
        verify_login(s, "amina", None)
    with team.session() as s:
        expires = s.scalars(select(AuthSession.expires_at)).one()
    assert dt.timedelta(hours=1.9) < expires - before < dt.timedelta(hours=2.1)


def test_access_logout_and_new_password_end_sign_ins(team):
    with team.session() as s:
        set_password(s, "amina", "correct horse battery")
        t1 = verify_login(s, "amina", "correct horse battery")
        t2 = verify_login(s, "amina", "correct horse battery")
        logout(s, t1)
    with team.session() as s:
        with pytest.raises(NeedsmapError):
            check_token(s, t1)
        assert check_token(s, t2).name == "amina"
        set_password(s, "amina", "another long secret")
    with team.session() as s, pytest.raises(NeedsmapError):
        check_token(s, t2)


def test_access_unknown_token_is_refused(team):
    with team.session() as s:
        for token in (None, "", "made-up-token"):
            with pytest.raises(NeedsmapError):
                check_token(s, token)


def test_access_require_role(team):
    with team.session() as s:
        assert require_role(s, "dr_lee", "pi").name == "dr_lee"
        assert require_role(s, "dr_lee", "pra").name == "dr_lee"
        assert require_role(s, "amina", "pra").name == "amina"
        with pytest.raises(NeedsmapError) as err:
            require_role(s, "amina", "pi", action="accept codebook changes")
        msg = str(err.value)
        assert "Only a principal investigator (PI) can accept codebook changes" in msg and "amina" in msg
        assert err.value.problems[0].code == "E603"
        with pytest.raises(NeedsmapError) as err:
            require_role(s, "ghost", "pra")
        assert err.value.problems[0].code == "E402"


@pytest.mark.parametrize("address,expected", [
    ("127.0.0.1", True), ("127.0.1.1", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("0.0.0.0", False), ("192.168.1.20", False), ("::", False), ("lab-server.local", False),
])
def test_access_loopback_addresses(address, expected):
    assert is_loopback(address) is expected


def test_access_invalid_address_is_explained():
    with pytest.raises(NeedsmapError) as err:
        is_loopback("not an address!")
    assert err.value.problems[0].code == "E611"


def test_access_open_binding_needs_every_password(team):
    with team.session() as s:
        check_bind_address(s, "127.0.0.1")  # always fine: only this computer
        with pytest.raises(NeedsmapError) as err:
            check_bind_address(s, "0.0.0.0")
        assert "amina" in str(err.value) and "dr_lee" in str(err.value)
        assert err.value.problems[0].code == "E604"
        set_password(s, "amina", "correct horse battery")
        with pytest.raises(NeedsmapError, match="dr_lee"):
            check_bind_address(s, "0.0.0.0")
        set_password(s, "dr_lee", "another long secret")
        check_bind_address(s, "0.0.0.0")
        check_bind_address(s, "192.168.1.20")


def test_access_open_binding_refused_with_no_coders(db):
    with db.session() as s, pytest.raises(NeedsmapError, match="nobody"):
        check_bind_address(s, "0.0.0.0")


def test_access_set_password_command(team, db_path):
    from typer.testing import CliRunner

    from pipeline.cli.base import app

    runner = CliRunner()
    res = runner.invoke(app, ["--db", str(db_path), "coder", "set-password", "amina", "--by", "dr_lee"],
                        input="correct horse battery\ncorrect horse battery\n")
    assert res.exit_code == 0, res.output
    assert "correct horse" not in res.output
    res = runner.invoke(app, ["--db", str(db_path), "coder", "set-password", "amina"], input="short\nshort\n")
    assert isinstance(res.exception, NeedsmapError) and res.exception.problems[0].code == "E605"
    with team.session() as s:
        assert check_token(s, verify_login(s, "amina", "correct horse battery")).name == "amina"
