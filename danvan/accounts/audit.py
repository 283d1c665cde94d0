"""The audit trail: sign-ins (and failed ones), imports, rollbacks, documents saved, account changes
— who, when, what, from where. Append-only: the table's triggers refuse UPDATE and DELETE, and
nothing here offers either.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pandas as pd

from danvan import labels

COMMAND_LINE = "dòng lệnh"  # the address of a change made from the command line
ACTIONS = tuple(labels.AUDIT_ACTION)


def now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def record(
    con: sqlite3.Connection, action: str, *, user: str | None, detail: str = "", address: str = ""
) -> None:
    """One line (inside the caller's transaction, if any)."""
    if action not in labels.AUDIT_ACTION:
        raise ValueError(f"audit: unknown action {action}")
    con.execute(
        "insert into audit (at, user, action, detail, address) values (?, ?, ?, ?, ?)",
        (now(), user, action, detail, address),
    )


def append(warehouse, action: str, *, user: str | None, detail: str = "", address: str = "") -> None:
    """One line, in a transaction of its own (a write to the warehouse, once published)."""
    from danvan.accounts import db

    with db.connect(warehouse) as con:
        record(con, action, user=user, detail=detail, address=address)


def read(con: sqlite3.Connection, since: str | None = None) -> pd.DataFrame:
    """The lines from `since` (an ISO date or time, UTC), oldest first, with the action in words."""
    rows = con.execute(
        "select at, user, action, detail, address from audit where at >= ? order by id",
        (since or "",),
    ).fetchall()
    frame = pd.DataFrame([dict(r) for r in rows], columns=["at", "user", "action", "detail", "address"])
    frame.insert(3, "action_label", [labels.AUDIT_ACTION[a] for a in frame["action"]])
    return frame
