"""The one write: a source's row and its facts, in one transaction, with the derived tables
refreshed for what they touch and what that changes on screen.

Imports (danvan/intake/commit.py), rollbacks, a reviewed document saved from «Trích xuất báo cáo»
(danvan/extract/review.py) all call `write_source` on the draft of the next version
(versions.writing); a build derives everything (derive.derive_all) in its own empty draft.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from danvan import labels, periods
from danvan.store import derive, impact


@dataclass
class Written:
    source_id: str
    facts: int  # the source's facts that count now (or stopped counting, for a rollback)
    impact: pd.DataFrame  # what changed on screen (store/impact.py)
    impact_warnings: list[str] = field(default_factory=list)


def ensure_periods(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> None:
    """Add the periods a load uses (as-of dates, ranges) that the period table lacks."""
    have = {r[0] for r in con.execute("select period_id from period").fetchall()}
    missing = [periods.parse(i) for i in set(ids) if i not in have]
    if missing:
        frame = pd.DataFrame(
            [(p.id, p.kind, p.start, p.end, p.label) for p in missing if p.id not in have],
            columns=["period_id", "kind", "start_date", "end_date", "label"],
        ).drop_duplicates("period_id")
        con.register("incoming_periods", frame)
        try:
            con.execute("insert or ignore into period select * from incoming_periods")
        finally:
            con.unregister("incoming_periods")


def write_source(
    con: duckdb.DuckDBPyConnection,
    source_id: str,
    *,
    source: dict | None = None,
    facts: pd.DataFrame | duckdb.DuckDBPyRelation | None = None,
    replace: bool = False,
    status: str | None = None,
    keep: bool = True,
    before_commit: Callable[[], None] | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> Written:
    """Change one source in one transaction, or nothing.

    source: its `source` row (column → value) to insert; facts: its facts (locality_id, organization,
    indicator, breakdown, period_id, value, approx, evidence; reported_on optional — from a
    frame or a relation of this connection); replace: delete the source's row and facts first (a
    document saved again); status: set the source's status (a rollback). keep=False rolls the
    transaction back once the impact is read (a trial). before_commit runs last inside the
    transaction (the import's archive copy), so a failure there writes nothing.
    """
    step = progress or (lambda _f, _m: None)
    derive.drop_scratch(con)
    # The rows a refresh deletes stay in their row groups, marked deleted: merging those row groups
    # at the checkpoint ("vacuum") rewrote most of fact_effective on every import (1.5 s of a
    # million-row import). store/compact.py rewrites a table once enough of it is deleted.
    con.execute("set max_vacuum_tasks = 0")
    con.execute("begin transaction")
    try:
        if replace:
            derive.remember_replaced(con, source_id)
            con.execute("delete from fact where source_id = $id", {"id": source_id})
            con.execute("delete from source where source_id = $id", {"id": source_id})
        if source is not None:
            con.register("incoming_source", pd.DataFrame([{**source, "source_id": source_id}]))
            try:
                con.execute("insert into source by name select * from incoming_source")
            finally:
                con.unregister("incoming_source")
        if facts is not None:
            _insert_facts(con, source_id, facts)
        if status is not None:
            con.execute(
                "update source set status = $status where source_id = $id",
                {"status": status, "id": source_id},
            )
        n = con.execute("select count(*) from fact where source_id = $id", {"id": source_id}).fetchall()[0][0]
        before = impact.read(con, source_id)  # the derived tables are not refreshed yet
        step(0.9, labels.IMP_STEP_DERIVING)
        derive.refresh(con, source_id)
        change = impact.compare(before, impact.read(con, source_id))
        said = impact.warnings(change, impact.names(con))
        if not keep:
            con.execute("rollback")
        else:
            if before_commit is not None:
                before_commit()
            con.execute("commit")
    except BaseException:
        _rollback_quietly(con)
        raise
    derive.drop_scratch(con)
    return Written(source_id, int(n), change, said)


def _insert_facts(con: duckdb.DuckDBPyConnection, source_id: str, facts) -> None:
    con.register("incoming_facts", facts)  # a frame, or a relation over frames registered by the caller
    try:
        ensure_periods(
            con, [r[0] for r in con.execute("select distinct period_id from incoming_facts").fetchall()]
        )
        con.execute(
            "insert into fact by name select *, $source_id as source_id from incoming_facts",
            {"source_id": source_id},
        )
    finally:
        con.unregister("incoming_facts")


def _rollback_quietly(con: duckdb.DuckDBPyConnection) -> None:
    """Undo the open transaction; a failed COMMIT has already ended it, which is not an error."""
    with contextlib.suppress(duckdb.TransactionException):
        con.execute("rollback")
