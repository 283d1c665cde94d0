"""Local accounts: add, list, disable, change a password, sign in.

Passwords are hashed with argon2id (argon2-cffi's defaults: 64 MiB, 3 passes) and never stored or
logged in clear. After MAX_FAILED wrong passwords in a row an account is locked for LOCK_MINUTES;
a right password afterwards unlocks it. Unknown names, wrong passwords and disabled accounts get
the same answer as a wrong password where telling them apart would help a guesser.
Every change and every sign-in (failed ones too) is an audit line, in the same transaction.
"""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pandas as pd
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from danvan import labels
from danvan.accounts import audit, db, sessions
from danvan.accounts.roles import ROLES, User

MAX_FAILED = 5
LOCK_MINUTES = 15
MIN_PASSWORD = 10
_NAME = re.compile(r"^[A-Za-z0-9._@+-]{3,128}$")  # an email too (a provider's account)
_HASHER = PasswordHasher()  # argon2id


class AccountError(ValueError):
    """A Vietnamese message a user or an administrator can act on."""


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(labels.ACC_ERR_PASSWORD_SHORT.format(n=MIN_PASSWORD))


def _row(con: sqlite3.Connection, name: str) -> sqlite3.Row | None:
    return con.execute("select * from account where name = ?", (name,)).fetchone()


def add(
    con: sqlite3.Connection,
    name: str,
    role: str,
    *,
    scope: str | None = None,
    password: str | None = None,
    by: str | None = None,
    address: str = audit.COMMAND_LINE,
) -> User:
    """A new account (password None: it signs in only through the office's provider)."""
    if not _NAME.match(name):
        raise AccountError(labels.ACC_ERR_NAME.format(name=name))
    if role not in ROLES:
        raise AccountError(labels.ACC_ERR_ROLE.format(role=role))
    if password is not None:
        _check_password(password)
    hashed = _HASHER.hash(password) if password is not None else None
    stamp = audit.now()
    with db.transaction(con):
        if _row(con, name) is not None:
            raise AccountError(labels.ACC_ERR_EXISTS.format(name=name))
        con.execute(
            "insert into account (name, role, scope, password_hash, created_at, updated_at) "
            "values (?, ?, ?, ?, ?, ?)",
            (name, role, scope, hashed, stamp, stamp),
        )
        audit.record(
            con,
            "account_added",
            user=by,
            detail=labels.AUDIT_ACCOUNT.format(name=name, role=role, scope=scope or labels.ACC_SCOPE_ALL),
            address=address,
        )
    return User(name, role, scope)


def usable(con: sqlite3.Connection, name: str) -> User | None:
    """An enabled account as a user (the command line acting on its behalf), or None."""
    row = _row(con, name)
    if row is None or row["disabled"]:
        return None
    return User(row["name"], row["role"], row["scope"])


def on_behalf_of(warehouse, name: str) -> User:
    """The account a command acts for, or AccountError."""
    with db.connect(warehouse) as con:
        user = usable(con, name)
    if user is None:
        raise AccountError(labels.ACC_ERR_UNUSABLE.format(name=name))
    return user


def listing(con: sqlite3.Connection) -> pd.DataFrame:
    rows = con.execute(
        "select name, role, coalesce(scope, '') as scope, disabled, password_hash is not null as has_password, "
        "failed, coalesce(locked_until, '') as locked_until, created_at from account order by name"
    ).fetchall()
    columns = ["name", "role", "scope", "disabled", "has_password", "failed", "locked_until", "created_at"]
    frame = pd.DataFrame([dict(r) for r in rows], columns=columns)
    frame["disabled"] = frame["disabled"].astype(bool)
    frame["has_password"] = frame["has_password"].astype(bool)
    return frame


def disable(
    con: sqlite3.Connection, name: str, *, by: str | None = None, address: str = audit.COMMAND_LINE
) -> None:
    with db.transaction(con):
        if _row(con, name) is None:
            raise AccountError(labels.ACC_ERR_NO_USER.format(name=name))
        con.execute("update account set disabled = 1, updated_at = ? where name = ?", (audit.now(), name))
        sessions.close_all(con, name)
        audit.record(con, "account_disabled", user=by, detail=name, address=address)


def set_password(
    con: sqlite3.Connection,
    name: str,
    password: str,
    *,
    by: str | None = None,
    address: str = audit.COMMAND_LINE,
) -> None:
    """A new password; it also lifts a lockout."""
    _check_password(password)
    hashed = _HASHER.hash(password)
    with db.transaction(con):
        if _row(con, name) is None:
            raise AccountError(labels.ACC_ERR_NO_USER.format(name=name))
        con.execute(
            "update account set password_hash = ?, failed = 0, locked_until = null, updated_at = ? where name = ?",
            (hashed, audit.now(), name),
        )
        sessions.close_all(con, name)
        audit.record(con, "password_changed", user=by, detail=name, address=address)


def sign_in(con: sqlite3.Connection, name: str, password: str, *, address: str = "") -> User:
    """The user, or AccountError with what to tell them. A failed attempt is counted and written to
    the audit trail before the error is raised (committed, not rolled back with it)."""
    with db.transaction(con):
        error = _attempt(con, name, password, address)
        row = _row(con, name)
    if error is not None:
        raise AccountError(error)
    return User(row["name"], row["role"], row["scope"])


def _attempt(con: sqlite3.Connection, name: str, password: str, address: str) -> str | None:
    """One sign-in attempt's writes; the message to show when it fails."""
    row = _row(con, name)
    now = _now()
    if row is None or row["password_hash"] is None:
        audit.record(con, "sign_in_failed", user=None, detail=name, address=address)
        return labels.SIGNIN_ERR_WRONG
    if row["locked_until"] and datetime.fromisoformat(row["locked_until"]) > now:
        audit.record(con, "sign_in_failed", user=row["name"], detail=labels.AUDIT_LOCKED, address=address)
        until = datetime.fromisoformat(row["locked_until"]).replace(tzinfo=UTC)
        return labels.SIGNIN_ERR_LOCKED.format(n=MAX_FAILED, time=_local_time(until))
    try:
        _HASHER.verify(row["password_hash"], password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        failed = row["failed"] + 1
        if failed >= MAX_FAILED:
            locked = (now + timedelta(minutes=LOCK_MINUTES)).isoformat(timespec="seconds")
            con.execute(
                "update account set failed = 0, locked_until = ? where name = ?", (locked, row["name"])
            )
            audit.record(con, "sign_in_locked", user=row["name"], detail=str(failed), address=address)
        else:
            con.execute("update account set failed = ? where name = ?", (failed, row["name"]))
            audit.record(con, "sign_in_failed", user=row["name"], detail=str(failed), address=address)
        return labels.SIGNIN_ERR_WRONG
    if row["disabled"]:
        audit.record(con, "sign_in_failed", user=row["name"], detail=labels.AUDIT_DISABLED, address=address)
        return labels.SIGNIN_ERR_DISABLED
    if _HASHER.check_needs_rehash(row["password_hash"]):
        con.execute(
            "update account set password_hash = ? where name = ?", (_HASHER.hash(password), row["name"])
        )
    con.execute("update account set failed = 0, locked_until = null where name = ?", (row["name"],))
    audit.record(con, "sign_in", user=row["name"], address=address)
    return None


def _local_time(at: datetime) -> str:
    """Vietnam's time of day (UTC+7, no daylight saving), as the office reads it."""
    return (at + timedelta(hours=7)).strftime("%H:%M")
