"""Locality scope, as in DHIS2's organisation-unit assignment: an account limited to a current
province or commune may write figures only for units inside it — the province or commune itself,
the communes and legacy units now inside it, by the warehouse's one containment across the reform
(the derived table locality_ancestor, which also lets a wider unit's figure win).
"""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from danvan import labels

SHOWN_ROWS = 20  # rows named in the message; the count says how many more


def inside(con: duckdb.DuckDBPyConnection, scope: str, locality_ids: Iterable[str]) -> set[str]:
    """The given units that lie inside the scope."""
    ids = sorted(set(locality_ids))
    rows = con.execute(
        "select descendant_id from locality_ancestor "
        "where ancestor_id = $scope and list_contains($ids, descendant_id)",
        {"ids": ids, "scope": scope},
    ).fetchall()
    return {r[0] for r in rows} | ({scope} & set(ids))


def scope_name(con: duckdb.DuckDBPyConnection, scope: str | None) -> str:
    if scope is None:
        return labels.ACC_SCOPE_ALL
    rows = con.execute("select name from locality where locality_id = $id", {"id": scope}).fetchall()
    return rows[0][0] if rows else scope


def outside_rows(con: duckdb.DuckDBPyConnection, scope: str, records: pd.DataFrame) -> pd.DataFrame:
    """The records (sheet, row, locality_id) whose unit lies outside the scope."""
    named = records[records["locality_id"].notna()]
    ok = inside(con, scope, named["locality_id"])
    return named[~named["locality_id"].isin(ok)]


def refusal(name: str, where: str, outside: pd.DataFrame) -> str:
    """The Vietnamese message naming the rows outside an account's scope."""
    shown = [f"{r.sheet} dòng {r.row}" for r in outside.head(SHOWN_ROWS).itertuples()]
    more = len(outside) - len(shown)
    rows = "; ".join(shown) + (labels.ACC_SCOPE_MORE.format(n=more) if more > 0 else "")
    return labels.ACC_ERR_OUTSIDE_SCOPE.format(name=name, scope=where, n=len(outside), rows=rows)
