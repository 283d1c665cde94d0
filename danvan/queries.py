"""The query layer: one SQL file per query in queries/, typed Python functions around them.

Every value is bound as a named parameter; SQL text is never built from values. Results come back
through Arrow as pandas DataFrames.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from danvan import periods

QUERIES = Path(__file__).resolve().parent.parent / "queries"
BUCKET_KINDS = periods.BUCKET_KINDS
MODES = ("current", "as_reported")
SCOPES = ("all", "sourced")
ALL_ORGS = "*"


@cache
def sql(name: str) -> str:
    """The text of queries/<name>.sql (names come from this module, never from users)."""
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")


def run(con: duckdb.DuckDBPyConnection, name: str, params: dict) -> pd.DataFrame:
    return con.sql(sql(name), params=params).to_arrow_table().to_pandas()


@dataclass(frozen=True)
class Filters:
    """What every dashboard view is filtered by; hashable so caches can key on it."""

    bucket_kind: str = "quarter"
    date_from: date = date(2015, 1, 1)
    date_to: date = date(2030, 12, 31)
    area_id: str = "VN"
    organizations: tuple[str, ...] = ()  # empty: all organizations
    mode: str = "current"
    scope: str = "all"
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if self.bucket_kind not in BUCKET_KINDS:
            raise ValueError(f"bucket_kind: {self.bucket_kind}")
        if self.mode not in MODES:
            raise ValueError(f"mode: {self.mode}")
        if self.scope not in SCOPES:
            raise ValueError(f"scope: {self.scope}")

    @property
    def orgs_or_total(self) -> list[str]:
        """Organizations to read: the chosen ones, or the all-organizations total."""
        return list(self.organizations) or [ALL_ORGS]


def area_is_top(con: duckdb.DuckDBPyConnection, area_id: str) -> bool:
    """'VN' and provinces are pre-summed in fact_area; smaller units are summed on the fly."""
    if area_id == "VN":
        return True
    row = con.execute("select level from locality where locality_id = $id", {"id": area_id}).fetchall()
    return bool(row) and row[0][0] == "province"


def _base_params(con: duckdb.DuckDBPyConnection, f: Filters) -> dict:
    return {
        "bucket_kind": f.bucket_kind,
        "date_from": f.date_from,
        "date_to": f.date_to,
        "area_id": f.area_id,
        "area_is_top": area_is_top(con, f.area_id),
        "mode": f.mode,
        "scope": f.scope,
    }


def series(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    indicator: str,
    organizations: list[str] | None = None,
    breakdowns: tuple[str, ...] = ("",),
) -> pd.DataFrame:
    """An indicator over time: one row per organization × breakdown × bucket.

    organizations: None → the filter's organizations (or the all-organizations total '*').
    """
    params = _base_params(con, f) | {
        "indicator": indicator,
        "organizations": organizations if organizations is not None else f.orgs_or_total,
        "breakdowns": list(breakdowns),
    }
    return run(con, "series", params)
