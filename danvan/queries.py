"""The query layer: one SQL file per query in queries/, typed Python functions around them.

Every value is bound as a named parameter; SQL text is never built from values. Results come back
through Arrow as pandas DataFrames.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import duckdb
import pandas as pd

from danvan import formatting, periods

QUERIES = Path(__file__).resolve().parent.parent / "queries"
BUCKET_KINDS = periods.BUCKET_KINDS
MODES = ("current", "as_reported")
SCOPES = ("all", "sourced")
ALL_ORGS = "*"
# The overview's cards (the page and `python -m danvan kpis`).
OVERVIEW_KPIS = (
    "members",
    "new_members",
    "dvk_models",
    "loan_balance",
    "borrowing_households",
    "overdue_ratio",
)


@cache
def sql(name: str) -> str:
    """The text of queries/<name>.sql (names come from this module, never from users)."""
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")


# `con.sql(text, params=…)` plans a query twice in DuckDB 2.0 (a lazy relation is described, then
# run): 24 → 13 ms for the national series. A DB-API result is planned once; its Arrow output is a
# copy of the rows, which costs nothing at the sizes these queries return (at most thousands of
# rows; DuckDB warns about the copy, for large results).
warnings.filterwarnings("ignore", message="Arrow output on a DB-API result", category=UserWarning)


def run(con: duckdb.DuckDBPyConnection, name: str, params: dict) -> pd.DataFrame:
    return con.execute(sql(name), params).to_arrow_table().to_pandas()


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
    # The end of what the data covers (queries.horizon): a bucket ending after it is partial and
    # read as far as its whole quarters go (periods.shown). None: every bucket taken as complete.
    horizon: date | None = None

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


# A unit's level by its id. Ids are official codes (a legacy unit's prefixed with L), the same in
# every warehouse and version, so the answer is kept for the process: a query costs 1-2 ms, and
# every query of a page asks it.
_LEVELS: dict[str, str] = {"VN": "national"}


def area_level(con: duckdb.DuckDBPyConnection, area_id: str) -> str:
    """national | province | district | commune."""
    level = _LEVELS.get(area_id)
    if level is None:
        row = con.execute("select level from locality where locality_id = $id", {"id": area_id}).fetchall()
        if not row:
            raise ValueError(f"locality: {area_id}")
        level = _LEVELS[area_id] = row[0][0]
    return level


def _base_params(con: duckdb.DuckDBPyConnection, f: Filters) -> dict:
    level = area_level(con, f.area_id)
    return {
        "bucket_kind": f.bucket_kind,
        "area_id": f.area_id,
        "area_is_top": level in ("national", "province"),
        "mode": f.mode,
        "scope": f.scope,
    }


SERIES_COLUMNS = (
    "indicator", "organization", "breakdown", "bucket_id", "bucket_end", "value", "n_units", "is_demo",
    "source_ids", "approx", "units_reporting", "units_expected", "period_label", "complete", "through",
    "effective_id",
)  # fmt: skip


def buckets_in_range(f: Filters) -> list[str]:
    """The buckets of the filter's kind whose end lies in its date range and that the data has
    reached (a bucket starting after the horizon has no figure yet), oldest first."""
    return [
        p.id
        for p in periods.buckets(f.date_from.year, f.date_to.year)
        if p.kind == f.bucket_kind
        and f.date_from <= p.end <= f.date_to
        and (f.horizon is None or p.start <= f.horizon)
    ]


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
    bucket_ids: exactly these buckets (of any kind) instead of the filter's date range.
    A partial bucket (see periods.shown) carries the figures of its whole quarters, its label
    says so ("Năm 2026 (đến Quý III)"), `complete` is false and `through` names its last quarter.
    """
    wanted = list(dict.fromkeys(bucket_ids)) if bucket_ids is not None else buckets_in_range(f)
    shown = [periods.shown(b, f.horizon) for b in wanted]
    effective = sorted({s.effective for s in shown})
    if not effective:
        return pd.DataFrame(columns=list(SERIES_COLUMNS))
    ends = [periods.parse(e).end for e in effective]
    params = _base_params(con, f) | {
        "indicators": [indicators] if isinstance(indicators, str) else list(indicators),
        "organizations": organizations if organizations is not None else f.orgs_or_total,
        "breakdowns": list(breakdowns),
        "bucket_ids": effective,
        "bucket_kinds": sorted({periods.parse(e).kind for e in effective}),
        "date_from": min(ends),
        "date_to": max(ends),
    }
    params.pop("bucket_kind")
    return as_shown(run(con, "series", params), shown)


def totals(rows: pd.DataFrame) -> pd.DataFrame:
    """Series rows added up over their organizations: one row per indicator × bucket, reported as
    far as the least reported organization (what a KPI card and `python -m danvan series` show)."""
    if rows.empty:
        return pd.DataFrame(
            columns=["indicator", "bucket_id", "bucket_end", "period_label", "complete", "through", "value",
                     "units_reporting", "units_expected", "is_demo"]
        )  # fmt: skip
    return (
        rows.groupby(["indicator", "bucket_id"], sort=False)
        .agg(
            bucket_end=("bucket_end", "first"),
            period_label=("period_label", "first"),
            complete=("complete", "first"),
            through=("through", "first"),
            value=("value", lambda v: v.sum(min_count=1)),
            units_reporting=("units_reporting", "min"),
            units_expected=("units_expected", "max"),
            is_demo=("is_demo", "any"),
        )
        .reset_index()
        .sort_values(["indicator", "bucket_end"], ignore_index=True)
    )


def as_shown(rows: pd.DataFrame, shown: list[periods.Shown]) -> pd.DataFrame:
    """Rows read per effective bucket, put back under the buckets asked for (a partial bucket
    takes its effective bucket's rows), with their label, completeness and last quarter."""
    by_effective: dict[str, list[periods.Shown]] = {}
    for s in shown:
        by_effective.setdefault(s.effective, []).append(s)
    if any(len(v) > 1 for v in by_effective.values()):  # one effective bucket stands for two asked
        rows = pd.concat(
            [
                rows[rows["bucket_id"] == e].assign(_as=i)
                for e, v in by_effective.items()
                for i in range(len(v))
            ],
            ignore_index=True,
        )
        which = [by_effective[e][i] for e, i in zip(rows["bucket_id"], rows["_as"], strict=True)]
        rows = rows.drop(columns=["_as"])
    else:
        which = [by_effective[e][0] for e in rows["bucket_id"]]
    out = rows.assign(
        effective_id=rows["bucket_id"],
        bucket_id=[s.id for s in which],
        bucket_end=[periods.parse(s.id).end for s in which],
        period_label=[s.label for s in which],
        complete=[s.complete for s in which],
        through=[s.through_id for s in which],
    )
    return out[list(SERIES_COLUMNS)]


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
    """The units directly inside the area for one bucket, highest first (a partial bucket: the
    figures of its whole quarters, as in series)."""
    params = _base_params(con, f)
    params.pop("area_is_top")
    shown = periods.shown(bucket_id, f.horizon)
    params |= {
        "indicators": [indicator],
        "organizations": f.orgs_or_total,
        "breakdowns": list(breakdowns),
        "bucket_id": shown.effective,
        "bucket_kind": periods.parse(shown.effective).kind,
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
    label: str = ""  # the bucket's label, partial ones included: "Năm 2026 (đến Quý III)"
    base_label: str = ""
    complete: bool = True
    through: str = ""  # the last quarter the value covers
    units_reporting: int | None = None  # communes reported / expected (None: not counted)
    units_expected: int | None = None
    base_units_reporting: int | None = None
    base_units_expected: int | None = None

    @property
    def minority(self) -> bool:
        """Built from fewer than half of the units that should report: not the area's total."""
        return _minority(self.units_reporting, self.units_expected)

    @property
    def base_minority(self) -> bool:
        return _minority(self.base_units_reporting, self.base_units_expected)

    @property
    def partial_units(self) -> bool:
        """Some units that should report did not (for the value or its base)."""
        return _short(self.units_reporting, self.units_expected) or (
            self.base_value is not None and _short(self.base_units_reporting, self.base_units_expected)
        )

    @property
    def change(self) -> float | None:
        """The change against the base; none where either side is a minority's sum."""
        if self.value is None or self.base_value is None or self.minority or self.base_minority:
            return None
        return self.value - self.base_value

    @property
    def change_pct(self) -> float | None:
        if self.change is None or not self.base_value:
            return None
        return self.change / abs(self.base_value)


_minority = formatting.is_minority


def _short(reporting: int | None, expected: int | None) -> bool:
    return bool(expected) and reporting is not None and reporting < expected


def kpis(
    con: duckdb.DuckDBPyConnection, f: Filters, indicators: list[str], bucket_id: str, base: str = "yoy"
) -> dict[str, Kpi]:
    """Each indicator's value in a bucket and in its comparison bucket, like for like.

    base: yoy (same period a year earlier), previous, year_start (periods.comparable: a partial
    bucket is compared with the same quarters, or the same point, of the base). "So với đầu năm"
    compares a stock with the end of the previous year; a flow has no such base (None).
    """
    shown = periods.shown(bucket_id, f.horizon)
    base_id = periods.comparable(shown, base)
    kinds = dict(con.execute("select code, kind from indicator").fetchall())
    rows = series(con, f, indicators, bucket_ids=[bucket_id, base_id] if base_id else [bucket_id])
    out: dict[str, Kpi] = {}
    for ind in indicators:
        mine = rows[rows["indicator"] == ind]
        cur = mine[mine["bucket_id"] == bucket_id]
        usable_base = base_id if (base != "year_start" or kinds.get(ind) != "flow") else None
        old = mine[mine["bucket_id"] == usable_base] if usable_base else mine.iloc[0:0]
        out[ind] = Kpi(
            indicator=ind,
            bucket_id=bucket_id,
            value=_total(cur),
            base_bucket_id=usable_base,
            base_value=_total(old) if usable_base else None,
            is_demo=bool(cur["is_demo"].any() or (usable_base is not None and old["is_demo"].any())),
            source_ids=tuple(sorted({s for ids in cur["source_ids"] for s in ids})),
            label=shown.label,
            base_label=periods.label(usable_base) if usable_base else "",
            complete=shown.complete,
            through=shown.through_id,
            units_reporting=_least(cur, "units_reporting"),
            units_expected=_least(cur, "units_expected", largest=True),
            base_units_reporting=_least(old, "units_reporting"),
            base_units_expected=_least(old, "units_expected", largest=True),
        )
    return out


def _total(rows: pd.DataFrame) -> float | None:
    """The single value of a KPI row set (one row per organization); None when there is none."""
    if rows.empty or rows["value"].isna().all():
        return None
    return float(rows["value"].sum())


def _least(rows: pd.DataFrame, column: str, largest: bool = False) -> int | None:
    """A sum over organizations is reported as far as its least reported organization."""
    values = rows[column].dropna() if not rows.empty else rows[column]
    if values.empty:
        return None
    return int(values.max() if largest else values.min())


def registry(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """organization / indicator / breakdown → its registry rows (indexed by code)."""
    rows = run(con, "registry", {})
    return {kind: part.set_index("code") for kind, part in rows.groupby("kind")}


def units_in(con: duckdb.DuckDBPyConnection, area_id: str, mode: str) -> pd.DataFrame:
    return run(con, "units_in", {"area_id": area_id, "mode": mode})


def coordinates(con: duckdb.DuckDBPyConnection, ids: list[str]) -> pd.DataFrame:
    """The units' centroids (locality_id, lat, lon), for the maps."""
    return run(con, "coordinates", {"ids": list(ids)})


def scope_units(con: duckdb.DuckDBPyConnection, scope: str) -> tuple[frozenset[str], str | None]:
    """What an account limited to `scope` sees: the units inside it (itself included) and the
    province whose totals a commune's account also sees (None for a province's account)."""
    rows = run(con, "scope_units", {"scope": scope})
    inside = frozenset(rows.loc[rows["how"] == "inside", "locality_id"])
    province = rows.loc[rows["how"] == "province", "locality_id"]
    return inside, (province.iloc[0] if len(province) else None)


def horizon(con: duckdb.DuckDBPyConnection, scope: str) -> date | None:
    """The end of the latest period any figure of the scope covers: what "now" means for
    relative periods and which buckets are still partial (None: no figure)."""
    return con.execute(sql("horizon"), {"scope": scope}).fetchall()[0][0]


def first_bucket_end(con: duckdb.DuckDBPyConnection, scope: str, kind: str) -> date | None:
    """The end of the first bucket of a kind with any figure of the scope (the period choices
    start there)."""
    row = con.execute(
        "select min(bucket_end) from fact_area where mode = 'current' and scope = $scope "
        "and area_id = 'VN' and bucket_kind = $kind",
        {"scope": scope, "kind": kind},
    ).fetchall()
    return row[0][0] if row else None


def growth(
    con: duckdb.DuckDBPyConnection, f: Filters, indicator: str, organizations: list[str]
) -> pd.DataFrame:
    """The series with `growth`: the change against the same bucket a year earlier, as a ratio
    (like for like: a partial year against the same quarters of the year before)."""
    shown = [periods.shown(b, f.horizon) for b in buckets_in_range(f)]
    bases = {s.id: periods.comparable(s, "yoy") for s in shown}
    ids = [s.id for s in shown] + [b for b in bases.values() if b]
    both = series(con, f, indicator, organizations=organizations, bucket_ids=ids)
    cur = both[both["bucket_id"].isin([s.id for s in shown])].reset_index(drop=True)
    if cur.empty:
        empty = pd.Series(dtype=float)
        return cur.assign(growth=empty, base_units_reporting=empty, base_units_expected=empty)
    base = both.set_index(["organization", "bucket_id"])
    base = base[~base.index.duplicated()]
    keys = list(zip(cur["organization"], [bases[b] for b in cur["bucket_id"]], strict=True))
    found = base.reindex(keys)
    prev = pd.Series(found["value"].to_numpy(dtype=float), index=cur.index)
    growth = (cur["value"] - prev) / prev.abs()
    return cur.assign(
        growth=growth,
        base_units_reporting=found["units_reporting"].to_numpy(),
        base_units_expected=found["units_expected"].to_numpy(),
    )


def comparable_growth(growth_rows: pd.DataFrame) -> pd.DataFrame:
    """The growth rows a chart may show: not where either side is a minority's sum (Kpi.change)."""
    keep = [
        not (_minority(r, e) or _minority(br, be))
        for r, e, br, be in zip(
            growth_rows["units_reporting"],
            growth_rows["units_expected"],
            growth_rows["base_units_reporting"],
            growth_rows["base_units_expected"],
            strict=True,
        )
    ]
    return growth_rows[pd.Series(keep, index=growth_rows.index, dtype=bool)].dropna(subset=["growth"])
