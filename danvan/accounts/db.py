"""The accounts database: `accounts.sqlite` beside the warehouse (never inside it: readers open the
warehouse read-only, and a write publishes a new version of it).

SQLite in WAL mode: the dashboard processes read it and write sign-ins and audit lines at the same
time as the command line changes accounts; each change is one transaction, so a `kill -9` leaves
the last committed state. The audit table refuses UPDATE and DELETE (triggers): nothing in the app
or the command line edits it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

FILE_NAME = "accounts.sqlite"
BUSY_MS = 10_000  # how long a write waits for another one (sign-ins are short)

SCHEMA = """
create table if not exists account (
    name          text primary key collate nocase,  -- the sign-in name, unique whatever its case
    role          text not null check (role in ('viewer', 'analyst', 'editor', 'admin')),
    scope         text,                 -- locality_id of the province or commune it is limited to; null: all
    password_hash text,                 -- argon2id; null: signs in only through the office's provider
    disabled      integer not null default 0,
    failed        integer not null default 0,  -- failed sign-ins in a row
    locked_until  text,                 -- ISO time (UTC) before which it may not sign in
    created_at    text not null,
    updated_at    text not null
);
create table if not exists audit (
    id      integer primary key autoincrement,
    at      text not null,              -- ISO time (UTC)
    user    text,                       -- who (null: nobody signed in, e.g. a failed sign-in's name is in detail)
    action  text not null,
    detail  text not null default '',
    address text not null default ''    -- where from: the browser's address, or 'dòng lệnh'
);
create index if not exists audit_at on audit (at);
-- signed-in sessions (danvan/accounts/sessions.py): hashes only, never a token or ticket itself
create table if not exists session (
    id           text primary key,  -- the page's handle (session state), never sent to the browser
    token_hash   text unique,       -- sha256 of the cookie's token (null until the ticket is used)
    ticket_hash  text unique,       -- sha256 of the one-time ticket (null once used)
    ticket_until real,
    name         text not null collate nocase,
    via          text not null,
    started      real not null,     -- seconds since the epoch
    seen         real not null,
    address      text not null default ''
);
create trigger if not exists audit_no_update before update on audit
begin select raise(abort, 'audit is append-only'); end;
create trigger if not exists audit_no_delete before delete on audit
begin select raise(abort, 'audit is append-only'); end;
"""


ENV = "DANVAN_ACCOUNTS"  # another place for it (the benchmark's own accounts, beside a shared warehouse)


def path_for(warehouse: str | Path) -> Path:
    """The accounts database of a warehouse: beside its link (or file), whatever version is
    published; or the file DANVAN_ACCOUNTS names."""
    if override := os.environ.get(ENV):
        return Path(override)
    return Path(warehouse).absolute().parent / FILE_NAME


@contextlib.contextmanager
def connect(warehouse: str | Path, *, create: bool = True) -> Iterator[sqlite3.Connection]:
    """A connection to the accounts database (made, with its tables, when create and missing).
    Use `with con:` for a transaction."""
    file = path_for(warehouse)
    if not create and not file.exists():
        raise FileNotFoundError(file)
    file.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(file, timeout=BUSY_MS / 1000, isolation_level=None)
    try:
        con.row_factory = sqlite3.Row
        con.execute("pragma journal_mode = wal")
        con.execute("pragma synchronous = full")
        con.execute("pragma foreign_keys = on")
        con.executescript(SCHEMA)
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def transaction(con: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write: everything or nothing (`begin immediate` takes the write lock up front)."""
    con.execute("begin immediate")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def exists(warehouse: str | Path) -> bool:
    """Whether any account exists (then every page asks for sign-in)."""
    file = path_for(warehouse)
    if not file.exists():
        return False
    with connect(warehouse) as con:
        return con.execute("select exists (select 1 from account)").fetchone()[0] == 1
