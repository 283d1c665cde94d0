"""The query layer: one SQL file per query in queries/, typed Python functions around them.

Every value is bound as a named parameter; SQL text is never built from values. Results come back
through Arrow as pandas DataFrames.
"""

from __future__ import annotations

from dataclasses import dataclass
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


def area_level(con: duckdb.DuckDBPyConnection, area_id: str) -> str:
    """national | province | district | commune."""
    if area_id == "VN":
        return "national"
    row = con.execute("select level from locality where locality_id = $id", {"id": area_id}).fetchall()
    if not row:
        raise ValueError(f"locality: {area_id}")
    return row[0][0]


def _base_params(con: duckdb.DuckDBPyConnection, f: Filters) -> dict:
    level = area_level(con, f.area_id)
    return {
        "bucket_kind": f.bucket_kind,
        "area_id": f.area_id,
        "area_is_top": level in ("national", "province"),
        "mode": f.mode,
        "scope": f.scope,
    }


def series(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    indicators: list[str] | str,
    organizations: list[str] | None = None,
    breakdowns: tuple[str, ...] = ("",),
    bucket_ids: list[str] | None = None,
) -> pd.DataFrame:
    """Indicators over time: one row per indicator × organization × breakdown × bucket.

    organizations: None → the filter's organizations, or the all-organizations total '*'.
    bucket_ids: exactly these buckets instead of the filter's date range.
    """
    params = _base_params(con, f) | {
        "indicators": [indicators] if isinstance(indicators, str) else list(indicators),
        "organizations": organizations if organizations is not None else f.orgs_or_total,
        "breakdowns": list(breakdowns),
        "date_from": date(9999, 1, 1) if bucket_ids is not None else f.date_from,
        "date_to": date(1, 1, 1) if bucket_ids is not None else f.date_to,
        "bucket_ids": bucket_ids or [],
    }
    return run(con, "series", params)


def composition(con: duckdb.DuckDBPyConnection, f: Filters, indicator: str, bucket_id: str) -> pd.DataFrame:
    """One bucket's value by organization (the chosen ones, or every organization), largest first."""
    orgs = list(f.organizations) or [
        r[0] for r in con.execute("select code from organization order by sort").fetchall()
    ]
    out = series(con, f, indicator, organizations=orgs, bucket_ids=[bucket_id])
    return out.sort_values("value", ascending=False, ignore_index=True)


def ranking(
    con: duckdb.DuckDBPyConnection,
    f: Filters,
    indicator: str,
    bucket_id: str,
    breakdowns: tuple[str, ...] = ("",),
) -> pd.DataFrame:
    """The units directly inside the area for one bucket, highest first."""
    params = _base_params(con, f)
    params.pop("area_is_top")
    params |= {
        "indicators": [indicator],
        "organizations": f.orgs_or_total,
        "breakdowns": list(breakdowns),
        "bucket_id": bucket_id,
        "area_level": area_level(con, f.area_id),
    }
    return run(con, "ranking", params)


LATE_DAYS = 45  # a quarterly report is due within about six weeks of the quarter's end


def coverage(con: duckdb.DuckDBPyConnection, f: Filters) -> pd.DataFrame:
    """Per quarter: how many units inside the area were expected, reported, missing, and late."""
    return run(con, "coverage", _coverage_params(f))


def coverage_gaps(con: duckdb.DuckDBPyConnection, f: Filters, limit: int = 500) -> pd.DataFrame:
    """The missing and late reports inside the area, newest quarter first (`total`: all of them)."""
    return run(con, "coverage_gaps", _coverage_params(f) | {"limit": limit})


def _coverage_params(f: Filters) -> dict:
    return {
        "area_id": f.area_id,
        "scope": f.scope,
        "date_from": f.date_from,
        "date_to": f.date_to,
        "late_days": LATE_DAYS,
    }


@dataclass(frozen=True)
class Kpi:
    indicator: str
    bucket_id: str
    value: float | None
    base_bucket_id: str | None
    base_value: float | None
    is_demo: bool
    source_ids: tuple[str, ...]

    @property
    def change(self) -> float | None:
        if self.value is None or self.base_value is None:
            return None
        return self.value - self.base_value

    @property
    def change_pct(self) -> float | None:
        if self.change is None or not self.base_value:
            return None
        return self.change / abs(self.base_value)


def kpis(
    con: duckdb.DuckDBPyConnection, f: Filters, indicators: list[str], bucket_id: str, base: str = "yoy"
) -> dict[str, Kpi]:
    """Each indicator's value in a bucket and in its comparison bucket.

    base: yoy (same period a year earlier), previous, year_start. "So với đầu năm" compares a
    stock with the end of the previous year; a flow has no such base (None).
    """
    base_id = periods.shift(bucket_id, base)
    kinds = dict(con.execute("select code, kind from indicator").fetchall())
    # The year-start base is a year bucket; read it with its own kind. A base of the same kind
    # comes in the same query (one query instead of two: the plan costs more than the reading).
    base_kind = periods.parse(base_id).kind if base_id else f.bucket_kind
    if base_kind == f.bucket_kind:
        rows = series(con, f, indicators, bucket_ids=[bucket_id, base_id] if base_id else [bucket_id])
    else:
        bf = Filters(**{**f.__dict__, "bucket_kind": base_kind})
        rows = pd.concat(
            [
                series(con, f, indicators, bucket_ids=[bucket_id]),
                series(con, bf, indicators, bucket_ids=[base_id]),
            ],
            ignore_index=True,
        )
    out: dict[str, Kpi] = {}
    for ind in indicators:
        mine = rows[rows["indicator"] == ind]
        cur = mine[mine["bucket_id"] == bucket_id]
        old = mine[mine["bucket_id"] == base_id] if base_id else mine.iloc[0:0]
        usable_base = base_id if (base != "year_start" or kinds.get(ind) != "flow") else None
        out[ind] = Kpi(
            indicator=ind,
            bucket_id=bucket_id,
            value=_total(cur),
            base_bucket_id=usable_base,
            base_value=_total(old) if usable_base else None,
            is_demo=bool(cur["is_demo"].any() or (usable_base is not None and old["is_demo"].any())),
            source_ids=tuple(sorted({s for ids in cur["source_ids"] for s in ids})),
        )
    return out


def _total(rows: pd.DataFrame) -> float | None:
    """The single value of a KPI row set (one row per organization); None when there is none."""
    if rows.empty or rows["value"].isna().all():
        return None
    return float(rows["value"].sum())


def registry(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """organization / indicator / breakdown → its registry rows (indexed by code)."""
    rows = run(con, "registry", {})
    return {kind: part.set_index("code") for kind, part in rows.groupby("kind")}


def units_in(con: duckdb.DuckDBPyConnection, area_id: str, mode: str) -> pd.DataFrame:
    return run(con, "units_in", {"area_id": area_id, "mode": mode})


def latest_bucket_end(con: duckdb.DuckDBPyConnection, scope: str) -> date | None:
    """The end of the latest quarter with any figure (what "now" means for relative periods)."""
    row = con.execute(
        "select max(bucket_end) from fact_area where scope = $scope and bucket_kind = 'quarter'",
        {"scope": scope},
    ).fetchall()
    return row[0][0] if row else None


def growth(
    con: duckdb.DuckDBPyConnection, f: Filters, indicator: str, organizations: list[str]
) -> pd.DataFrame:
    """The series with `growth`: the change against the same bucket a year earlier, as a ratio."""
    # One query from a year before the range: the range's rows and their bases together.
    earlier = Filters(**{**f.__dict__, "date_from": date(f.date_from.year - 1, f.date_from.month, 1)})
    both = series(con, earlier, indicator, organizations=organizations)
    cur = both[both["bucket_end"] >= f.date_from].reset_index(drop=True)
    if cur.empty:
        return cur.assign(growth=pd.Series(dtype=float))
    base_ids = {b: periods.shift(b, "yoy") for b in cur["bucket_id"].unique()}
    base = both.set_index(["organization", "bucket_id"])["value"]
    prev = [base.get((o, base_ids[b])) for o, b in zip(cur["organization"], cur["bucket_id"], strict=True)]
    prev = pd.Series(prev, index=cur.index, dtype=float)
    return cur.assign(growth=(cur["value"] - prev) / prev.abs())
