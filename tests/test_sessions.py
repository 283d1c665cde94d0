"""Signed-in sessions (danvan/accounts/sessions.py): a one-time ticket traded once for the cookie's
token, only hashes stored, activity noted at most once a minute, the end after 30 idle minutes or
10 hours, and an account's sessions closed when it is disabled or its password changes."""

from __future__ import annotations

import hashlib

import pytest

from danvan import labels
from danvan.accounts import db, sessions, users

PASSWORD = "mat-khau-du-dai"
T0 = 1_800_000_000.0


@pytest.fixture
def con(tmp_path):
    with db.connect(tmp_path / "warehouse.duckdb") as c:
        users.add(c, "lan.hn", "editor", password=PASSWORD)
        yield c


def test_a_ticket_is_traded_once_within_a_minute_for_the_cookies_token(con):
    sid, ticket = sessions.start(con, "lan.hn", "local", "10.0.0.7", now=T0)
    assert sessions.redeem(con, ticket, now=T0 + 61) is None  # too late
    sid, ticket = sessions.start(con, "lan.hn", "local", "10.0.0.7", now=T0)
    token = sessions.redeem(con, ticket, now=T0 + 60)
    assert token and sessions.redeem(con, ticket, now=T0 + 1) is None  # used up
    assert sessions.from_cookie(con, token) == sid
    assert sessions.from_cookie(con, token + "x") is None and sessions.from_cookie(con, None) is None
    stored = con.execute("select token_hash, ticket_hash from session where id = ?", (sid,)).fetchone()
    assert stored[0] == hashlib.sha256(token.encode()).hexdigest() and stored[1] is None
    assert token not in str(con.execute("select * from session").fetchall())


def test_activity_is_written_at_most_once_a_minute(con):
    sid, _ = sessions.start(con, "lan.hn", "local", "", now=T0)
    session, why = sessions.touch(con, sid, now=T0 + 59)
    assert why is None and session.name == "lan.hn"
    assert con.execute("select seen from session").fetchone()[0] == T0
    sessions.touch(con, sid, now=T0 + 60)
    assert con.execute("select seen from session").fetchone()[0] == T0 + 60


def test_a_session_ends_idle_or_too_long_and_is_removed(con):
    sid, _ = sessions.start(con, "lan.hn", "local", "", now=T0)
    session, why = sessions.touch(con, sid, now=T0 + 31 * 60)
    assert session.name == "lan.hn" and why == labels.SIGNIN_EXPIRED_IDLE.format(n=30)
    assert sessions.touch(con, sid, now=T0 + 31 * 60) == (None, None)
    sid, _ = sessions.start(con, "lan.hn", "local", "", now=T0)
    for minutes in range(25, 10 * 60, 25):  # busy all day
        assert sessions.touch(con, sid, now=T0 + minutes * 60)[1] is None
    assert sessions.touch(con, sid, now=T0 + 10 * 3600 + 1)[1] == labels.SIGNIN_EXPIRED_MAX.format(n=10)


def test_disabling_an_account_or_changing_its_password_ends_its_sessions(con):
    users.add(con, "ha.hn", "viewer", password=PASSWORD)
    mine, _ = sessions.start(con, "lan.hn", "local", "", now=T0)
    other, _ = sessions.start(con, "ha.hn", "local", "", now=T0)
    users.set_password(con, "lan.hn", "mat-khau-moi-12")
    assert sessions.touch(con, mine, now=T0 + 1) == (None, None)
    assert sessions.touch(con, other, now=T0 + 1)[0] is not None
    users.disable(con, "ha.hn")
    assert sessions.touch(con, other, now=T0 + 2) == (None, None)
