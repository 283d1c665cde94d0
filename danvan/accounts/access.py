"""Who may reach the dashboard, and how a signed-in session ends: the rules behind `ui/auth.py`
and the server's start (`serve.py`), kept free of Streamlit so they are tested alone.

Three ways the dashboard runs:
* `open` — no account exists and no identity provider is configured: the one-person embedded
  default of `make run`, allowed only on the machine itself (bound to a loopback address and
  reached without a proxy); the person at the keyboard is the operator, as on the command line.
* `local` — accounts exist: every page asks for sign-in, on 127.0.0.1 too.
* `oidc` — the office's identity provider is configured (`[auth]` in `.streamlit/secrets.toml`):
  sign-in through it; local accounts with a password may sign in beside it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from danvan import labels
from danvan.accounts import db
from danvan.accounts.roles import ROLES, User

IDLE_MINUTES = 30  # a session unused this long asks for sign-in again
MAX_HOURS = 10  # and any session after a working day
OPERATOR = User(name="", role="admin", scope=None, via="none")  # `open` mode's one person

# The claims an identity provider may carry for the dashboard; without them the account of the
# same name (preferred_username or email) in the local accounts database gives role and scope.
ROLE_CLAIM = "danvan_role"
SCOPE_CLAIM = "danvan_scope"


def is_loopback(address: str | None) -> bool:
    """Whether a bind or client address is this machine only ('' and 0.0.0.0 are every interface)."""
    if not address:
        return False
    if address.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return False


def mode(warehouse: str | Path, oidc: bool) -> str:
    if oidc:
        return "oidc"
    return "local" if db.exists(warehouse) else "open"


def open_refusal(bind_address: str | None, warehouse: str | Path, oidc: bool) -> str | None:
    """Why the server must not start (a Vietnamese message saying how to fix it), or None."""
    if is_loopback(bind_address) or mode(warehouse, oidc) != "open":
        return None
    return labels.SERVE_REFUSED.format(address=bind_address or "0.0.0.0")


def client_is_local(peer: str | None, headers: Mapping[str, str]) -> bool:
    """A browser on this machine, not relayed by a proxy (Streamlit gives None for 127.0.0.1/::1)."""
    return (peer is None or is_loopback(peer)) and not proxied(headers)


def client_address(peer: str | None, headers: Mapping[str, str]) -> str:
    """The browser's address as the audit trail records it: behind the office's proxy (the peer
    is this machine), the address the proxy passes on."""
    if peer is None or is_loopback(peer):
        forwarded = headers.get("X-Forwarded-For") or headers.get("X-Real-Ip") or ""
        if forwarded:
            return forwarded.split(",")[0].strip()
        return peer or "127.0.0.1"
    return peer


def proxied(headers: Mapping[str, str]) -> bool:
    """A request relayed by a proxy reaches the dashboard from other machines."""
    return any(headers.get(h) for h in ("X-Forwarded-For", "X-Real-Ip", "Forwarded"))


@dataclass(frozen=True)
class Session:
    """A signed-in browser session: who, how, since when, last seen (seconds since the epoch)."""

    name: str
    via: str
    started: float
    seen: float


def expired(session: Session, now: float) -> str | None:
    """Why a session has ended (the message to show), or None while it lasts."""
    if now - session.started > MAX_HOURS * 3600:
        return labels.SIGNIN_EXPIRED_MAX.format(n=MAX_HOURS)
    if now - session.seen > IDLE_MINUTES * 60:
        return labels.SIGNIN_EXPIRED_IDLE.format(n=IDLE_MINUTES)
    return None


def identity(claims: Mapping[str, object]) -> str:
    """The name a provider's user goes by here: preferred_username, else email, else subject."""
    for key in ("preferred_username", "email", "sub"):
        value = claims.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def from_claims(warehouse: str | Path, claims: Mapping[str, object]) -> User | None:
    """The user a provider's sign-in stands for: role and scope from the token's claims, else from
    the local account of the same name or email. A local account disabled here stays disabled
    whatever the token says; None when no role is found (the page says whom to ask)."""
    who = identity(claims)
    if not who:
        return None
    email = claims.get("email") if isinstance(claims.get("email"), str) else None
    with db.connect(warehouse) as con:
        rows = con.execute(
            "select name, role, scope, disabled from account where name = ? or name = ? order by name = ? desc",
            (who, email or who, who),
        ).fetchall()
    local = rows[0] if rows else None
    if local is not None and local["disabled"]:
        return None
    role = claims.get(ROLE_CLAIM)
    if isinstance(role, str) and role in ROLES:
        scope = claims.get(SCOPE_CLAIM)
        return User(who, role, scope if isinstance(scope, str) and scope else None, via="oidc")
    if local is None:
        return None
    return User(local["name"], local["role"], local["scope"], via="oidc")
