"""Compaction: a derived table rewritten in its layout once writes have left much of it deleted.

A refresh (store/derive.py) appends its rows unsorted and leaves the rows it replaced in place,
marked deleted (store/write.py), so that a million-row import publishes within its 15 s. Both cost
readers a little per write — a query still reads the deleted rows' row groups and cannot skip
unsorted ones by their min/max (after a million-row national import, one commune's series took
39 ms instead of 25) — and would add up over a year of imports. `compact` rewrites each refreshed
table of which at least SHARE of the stored rows are deleted, or were appended since the table was
last laid out (build_info's `layout_rows:<table>`, noted by a build and by compaction), sorted in
its layout (its SQL file's closing `order by`), as the next version, published like any write:
readers see the same figures, read faster.

It runs
* after a write that published, when due: `start_if_due` starts `python -m danvan compact` in a
  process of its own, so the writer (a page, the command line) returns as soon as its figures are
  published; readers pick the compacted version up on their next rerun. DANVAN_COMPACT=off turns
  this off (the tests, the benchmark, which times compaction separately);
* from the deployment's nightly timer (deploy/systemd/danvan-compact.timer) or cron;
* `python -m danvan compact --force` rewrites every refreshed table whatever its share.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb

from danvan.store import derive, versions

SHARE = 0.2  # of a table's stored rows deleted, or appended since its layout: time to rewrite it
TABLES = derive.REFRESHED
# fixed statements per table (table names and layouts come from the code and its SQL files)
_REWRITE = {
    s.table: f"create or replace table main.{s.table} as select * from main.{s.table}"
    + (f" order by {s.layout}" if s.layout else "")
    for s in derive.STEPS
    if s.table in TABLES
}
_STORED = (
    "select table_name, estimated_size from duckdb_tables() "
    "where schema_name = 'main' and database_name = current_database()"
)
_LAID_OUT = "select substr(key, length('layout_rows:') + 1), value::bigint from build_info where key like 'layout_rows:%'"
_LIVE = {t: f"select count(*) from main.{t}" for t in TABLES}
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class TableState:
    table: str
    live: int  # rows a query sees
    stored: int  # rows in the file, deleted ones included
    laid_out: int  # stored rows when it was last built or compacted (0: not noted, a warehouse from before)

    @property
    def dead_share(self) -> float:
        return (self.stored - self.live) / self.stored if self.stored else 0.0

    @property
    def appended_share(self) -> float:
        return max(0, self.stored - self.laid_out) / self.stored if self.stored else 0.0

    @property
    def due(self) -> bool:
        return max(self.dead_share, self.appended_share) >= SHARE


def state(con: duckdb.DuckDBPyConnection) -> list[TableState]:
    stored = dict(con.execute(_STORED).fetchall())
    laid_out = dict(con.execute(_LAID_OUT).fetchall())
    return [
        TableState(t, con.execute(_LIVE[t]).fetchall()[0][0], int(stored.get(t, 0)), int(laid_out.get(t, 0)))
        for t in TABLES
    ]


def due(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The refreshed tables of which at least SHARE of the stored rows are deleted or appended
    since their layout."""
    return [s.table for s in state(con) if s.due]


def is_due(path: Path) -> bool:
    snap = versions.open_snapshot(path)
    try:
        return bool(due(snap.con))
    finally:
        snap.close()


def compact(path: Path, *, force: bool = False, wait: float = 0.0) -> list[str]:
    """Rewrite the tables that are due (all of them with force) as the next version; returns
    their names ([] and no new version when none is due)."""
    if not force and not is_due(path):
        return []
    with versions.writing(path, wait=wait) as draft:
        tables = list(TABLES) if force else due(draft.con)  # another compaction may have run
        if not tables:
            draft.publish = False
        for table in tables:
            draft.con.execute(_REWRITE[table])
        derive.record_layout(draft.con, tables)
    return tables


def auto_enabled() -> bool:
    return os.environ.get("DANVAN_COMPACT", "").strip().lower() not in ("off", "0", "false", "no")


def start_if_due(path: Path) -> subprocess.Popen | None:
    """After a write published: when a table is due, compact it in a process of its own (which
    waits for any writer in between); the caller does not wait for it."""
    if not auto_enabled():
        return None
    try:
        if not is_due(path):
            return None
    except (versions.StoreError, duckdb.Error, OSError):
        return None  # nothing published to look at: the next write will see
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "danvan", "--db", str(path), "compact", "--wait", str(COMPACT_WAIT_SECONDS)],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # not the page's or the worker's: it outlives them
    )


# How long the compaction started after a write waits for a writer in between (an import of a
# national file takes minutes) before leaving it to the next write or the nightly run.
COMPACT_WAIT_SECONDS = 900.0
