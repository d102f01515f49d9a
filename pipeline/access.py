"""Who may do what: optional per-coder passwords, expiring sign-ins, roles, safe serving.

Passwords are optional for a team working on one computer (the app listens on
127.0.0.1 only). Before the app may listen on a network address, every coder needs a
password (argon2 hashes in `coders.password_hash`). A sign-in gives a random token;
only its SHA-256 is stored, with an expiry, so a copied database holds no live tokens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import os
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from . import audit
from .errors import NeedsmapError, problem
from .models import AuthSession, Coder, utcnow

DEFAULT_SESSION_HOURS = 12.0
MIN_PASSWORD_LEN = 8
ROLE_NAMES = {"pra": "peer research assistant", "pi": "principal investigator (PI)"}
# A PI may do everything a PRA may.
ROLE_RANK = {"pra": 0, "pi": 1}
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def session_hours() -> float:
    """How long a sign-in lasts: $NEEDSMAP_SESSION_HOURS, else 12 hours."""
    try:
        return float(os.environ.get("NEEDSMAP_SESSION_HOURS", DEFAULT_SESSION_HOURS))
    except ValueError:
        return DEFAULT_SESSION_HOURS


def find_coder(session: Session, name: str) -> Coder:
    """The coder called `name` (spaces around it ignored); E402, saying how to add them, when there is none."""
    name = (name or "").strip()
    coder = session.scalars(select(Coder).where(Coder.name == name)).first()
    if coder is None:
        raise NeedsmapError(problem("E402", name=name or "(no name)"))
    return coder


def set_password(session: Session, name: str, password: str, actor: str = "system") -> Coder:
    """Store an argon2 hash of a coder's new password (audited; the password itself never)."""
    if len(password or "") < MIN_PASSWORD_LEN:
        raise NeedsmapError(problem("E605", min_len=MIN_PASSWORD_LEN))
    coder = find_coder(session, name)
    coder.password_hash = _hasher().hash(password)
    # A new password ends every earlier sign-in of this coder.
    session.execute(delete(AuthSession).where(AuthSession.coder_id == coder.id))
    audit.record(session, "coder.password_set", actor=actor, name=coder.name)
    return coder


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def verify_login(session: Session, name: str, password: str | None, *, hours: float | None = None) -> str:
    """Check a coder's password and start a sign-in; returns the token to keep in the browser.

    A coder without a password signs in by name alone (allowed only while the app
    listens on this computer, see `check_bind_address`). Wrong name or password -> E601.
    """
    coder = session.scalars(select(Coder).where(Coder.name == (name or "").strip())).first()
    if coder is None:
        raise NeedsmapError(problem("E601", name=(name or "").strip()))
    if coder.password_hash:
        from argon2.exceptions import InvalidHashError, VerificationError

        hasher = _hasher()
        try:
            hasher.verify(coder.password_hash, password or "")
        except (VerificationError, InvalidHashError):
            raise NeedsmapError(problem("E601", name=coder.name)) from None
        if hasher.check_needs_rehash(coder.password_hash):
            coder.password_hash = hasher.hash(password or "")
    now = utcnow()
    session.execute(delete(AuthSession).where(AuthSession.expires_at <= now))
    token = secrets.token_urlsafe(32)
    lasting = session_hours() if hours is None else hours
    session.add(AuthSession(token_hash=_token_hash(token), coder_id=coder.id,
                            expires_at=now + dt.timedelta(hours=lasting)))
    audit.record(session, "auth.login", actor=coder.name)
    session.flush()
    return token


def check_token(session: Session, token: str | None) -> Coder:
    """The coder a sign-in token belongs to; E602 when it is unknown or has expired."""
    row = session.get(AuthSession, _token_hash(token)) if token else None
    if row is None or row.expires_at <= utcnow():
        raise NeedsmapError(problem("E602", hours=f"{session_hours():g}"))
    return session.get(Coder, row.coder_id)


def logout(session: Session, token: str | None) -> None:
    """End one sign-in (no error if it had already ended)."""
    if token:
        session.execute(delete(AuthSession).where(AuthSession.token_hash == _token_hash(token)))


def require_role(session: Session, coder_name: str, role: str, action: str = "do this") -> Coder:
    """The coder called `coder_name` if their role is at least `role` ('pra' or 'pi').

    Raises NeedsmapError (E603) in plain words otherwise, E402 for an unknown coder.
    """
    if role not in ROLE_RANK:
        raise NeedsmapError(problem("E403", value=role))
    coder = find_coder(session, coder_name)
    if ROLE_RANK.get(coder.role, -1) < ROLE_RANK[role]:
        raise NeedsmapError(problem(
            "E603", role_name=ROLE_NAMES[role], action=action, name=coder.name,
            actual_name=ROLE_NAMES.get(coder.role, coder.role),
        ))
    return coder


def is_loopback(address: str) -> bool:
    """True when `address` only reaches this computer (127.x, ::1, localhost). E611 if invalid."""
    host = (address or "").strip().strip("[]")
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        # Host names are not resolved: that could reach a DNS server, and nothing leaves the machine.
        if host and all(c.isalnum() or c in ".-" for c in host):
            return False
        raise NeedsmapError(problem("E611", value=address)) from None


def check_bind_address(session: Session, address: str) -> None:
    """Refuse to serve beyond this computer while any coder (or nobody yet) lacks a password."""
    if is_loopback(address):
        return
    coders = list(session.scalars(select(Coder).order_by(Coder.name)))
    missing = [c.name for c in coders if not c.password_hash]
    if missing or not coders:
        names = ", ".join(missing) if missing else "nobody has been added as a coder yet"
        raise NeedsmapError(problem("E604", address=address, names=names))
