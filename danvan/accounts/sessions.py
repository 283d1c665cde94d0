"""Signed-in sessions that outlast a browser tab: a row per session in the accounts database, named
in the browser by an HttpOnly cookie (set by serve.py's `/_danvan/session` route), so a reload, a
second tab or a shared link opened later does not ask for the password again until the session
ends (idle or too long: access.expired) or its user signs out.

The browser never sees what is stored: the database keeps SHA-256 hashes of the cookie's token and
of the one-time ticket that the page hands to the route (valid TICKET_SECONDS, used once), so a
copy of the database signs nobody in. A session's last activity is written at most once a minute.
"""

from __future__ import annotations

import hashlib
import secrets
import sqlite3
import time

from danvan.accounts import access, db

COOKIE = "danvan_session"
ROUTE_ENV = "DANVAN_SESSION_ROUTE"  # set by serve.py: where a ticket becomes a cookie (ui/auth.py)
TICKET_SECONDS = 60
TOUCH_SECONDS = 60  # how stale `seen` may get before a run writes it


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def start(
    con: sqlite3.Connection, name: str, via: str, address: str, now: float | None = None
) -> tuple[str, str]:
    """A new session for a user just signed in: (its id for the page, a one-time ticket)."""
    now = time.time() if now is None else now
    sid, ticket = secrets.token_urlsafe(16), secrets.token_urlsafe(32)
    with db.transaction(con):
        con.execute(  # sessions ended unseen
            "delete from session where seen < ? or started < ?",
            (now - access.IDLE_MINUTES * 60, now - access.MAX_HOURS * 3600),
        )
        con.execute(
            "insert into session (id, ticket_hash, ticket_until, name, via, started, seen, address) "
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            (sid, _hash(ticket), now + TICKET_SECONDS, name, via, now, now, address),
        )
    return sid, ticket


def redeem(con: sqlite3.Connection, ticket: str, now: float | None = None) -> str | None:
    """The cookie's token for a ticket still valid and unused (then used up), else None."""
    now = time.time() if now is None else now
    token = secrets.token_urlsafe(32)
    with db.transaction(con):
        changed = con.execute(
            "update session set token_hash = ?, ticket_hash = null, ticket_until = null "
            "where ticket_hash = ? and ticket_until >= ?",
            (_hash(token), _hash(ticket), now),
        ).rowcount
    return token if changed == 1 else None


def from_cookie(con: sqlite3.Connection, token: str | None) -> str | None:
    """The session id a browser's cookie names, or None."""
    if not token:
        return None
    row = con.execute("select id from session where token_hash = ?", (_hash(token),)).fetchone()
    return row[0] if row else None


def touch(
    con: sqlite3.Connection, sid: str, now: float | None = None
) -> tuple[access.Session | None, str | None]:
    """(the session, None) while it lasts, its activity noted; (the session, why) when it has just
    ended (removed: its cookie signs nobody in any more); (None, None) when there is none."""
    now = time.time() if now is None else now
    row = con.execute("select name, via, started, seen from session where id = ?", (sid,)).fetchone()
    if row is None:
        return None, None
    session = access.Session(row[0], row[1], row[2], row[3])
    if why := access.expired(session, now):
        close(con, sid)
        return session, why
    if now - session.seen >= TOUCH_SECONDS:
        with db.transaction(con):
            con.execute("update session set seen = ? where id = ?", (now, sid))
    return access.Session(session.name, session.via, session.started, now), None


def close(con: sqlite3.Connection, sid: str) -> None:
    with db.transaction(con):
        con.execute("delete from session where id = ?", (sid,))


def close_all(con: sqlite3.Connection, name: str) -> None:
    """Every session of an account (disabled, or its password changed), in the caller's transaction."""
    con.execute("delete from session where name = ?", (name,))
