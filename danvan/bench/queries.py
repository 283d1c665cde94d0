"""Dashboard queries against a pandas baseline.

Each case is one function of danvan.queries called the way a page calls it, at a view a page
opens (the nation, a province, a commune; the last 12 quarters, the latest quarter). The baseline
is what a typical Streamlit app does instead: the unit-level facts loaded once into a DataFrame
(`.df()`, pandas' own dtypes: Arrow-backed strings, datetimes), then filtered and grouped on every
rerun. It
does the same work on the same rows: the baseline starts from fact_effective, so precedence and
the all-organizations totals are already decided for it, and its answers are checked against
the query's (`check`).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import duckdb
import numpy as np
import pandas as pd

from danvan import periods
from danvan import queries as q

PROVINCE = "01"  # Hà Nội: in every demo scale
LEGACY_PROVINCE = "L01"
SINGLE_ORGS = ("cong_doan", "hoi_lhpn", "hoi_nd", "doan_tn", "hoi_ccb", "hoi_qc")
KPIS = ("members", "new_members", "dvk_models", "loan_balance", "borrowing_households", "overdue_ratio")
RATIOS = {"overdue_ratio": ("overdue_loans", "loan_balance")}
VIEW_QUARTERS = 12  # the dashboard's default range

# The unit rows a pandas app would keep in memory: quarterly figures of every unit, with the
# columns its filters need.
UNIT_ROWS = """
select f.locality_id, f.organization, f.indicator, f.breakdown, f.bucket_id, f.bucket_end, f.value,
    f.is_demo, l.province_id, l.district_id, l.current_province_id, l.current_commune_id
from fact_effective as f
join locality as l using (locality_id)
where f.scope in ('all', 'both') and f.bucket_kind = 'quarter'
"""
RAW_FACTS = """
select f.locality_id, p.end_date, f.reported_on, l.province_id, l.current_province_id, l.district_id,
    l.valid_to, s.kind = 'demo' as is_demo
from fact as f
join source as s using (source_id)
join period as p using (period_id)
join locality as l using (locality_id)
where s.status = 'active' and p.kind = 'quarter'
"""


@dataclass(frozen=True)
class View:
    """Where a case looks: an area and its level, and the quarters on screen."""

    area: str
    level: str  # national | province | commune | legacy_province
    quarters: tuple[str, ...]
    horizon: date | None = None  # the data's end, as the dashboard passes it (queries.horizon)

    @property
    def mode(self) -> str:
        return "as_reported" if self.level == "legacy_province" else "current"

    @property
    def filters(self) -> q.Filters:
        first, last = periods.parse(self.quarters[0]), periods.parse(self.quarters[-1])
        return q.Filters(
            date_from=first.end, date_to=last.end, area_id=self.area, mode=self.mode, horizon=self.horizon
        )

    @property
    def current(self) -> str:
        return self.quarters[-1]


@dataclass(frozen=True)
class Case:
    name: str
    run: Callable[[duckdb.DuckDBPyConnection], pd.DataFrame]
    baseline: Callable[[pd.DataFrame, pd.DataFrame], pd.DataFrame]
    total: Callable[[pd.DataFrame], float]  # what both answers must agree on


def views(con: duckdb.DuckDBPyConnection) -> dict[str, View]:
    last = q.horizon(con, "all")
    quarters = [p.id for p in periods.buckets(2015, last.year) if p.kind == "quarter" and p.end <= last]
    recent = tuple(quarters[-VIEW_QUARTERS:])
    before = tuple(b for b in quarters if b < "2025-Q3")[-VIEW_QUARTERS:]
    # A commune of today whose legacy communes map to it exactly: its series crosses the reform.
    commune = con.execute(
        "select min(current_commune_id) from locality where era = 'legacy' and level = 'commune' "
        "and current_province_id = $p and current_commune_id is not null",
        {"p": PROVINCE},
    ).fetchall()[0][0]
    return {
        "national": View("VN", "national", recent, last),
        "province": View(PROVINCE, "province", recent, last),
        "commune": View(commune, "commune", recent, last),
        "legacy_province": View(LEGACY_PROVINCE, "legacy_province", before, last),
    }


# pandas: the baseline ------------------------------------------------------------------------------


def _area(u: pd.DataFrame, v: View) -> pd.Series | None:
    if v.level == "national":
        return None
    if v.level == "province":
        return u["current_province_id"] == v.area
    if v.level == "legacy_province":
        return u["province_id"] == v.area
    return (u["locality_id"] == v.area) | (u["current_commune_id"] == v.area)


def _mask(u: pd.DataFrame, v: View, indicators, orgs, buckets=None, start=None, end=None) -> pd.Series:
    comps = [c for i in indicators for c in RATIOS.get(i, (i,))]
    m = u["indicator"].isin(comps) & u["organization"].isin(orgs) & (u["breakdown"] == "")
    if buckets is not None:
        m &= u["bucket_id"].isin(buckets)
    else:
        m &= u["bucket_end"].between(pd.Timestamp(start), pd.Timestamp(end))
    area = _area(u, v)
    return m if area is None else m & area


def _sum(rows: pd.DataFrame, keys: list[str], indicators) -> pd.DataFrame:
    g = rows.groupby(keys, observed=True, sort=False)["value"].sum().reset_index()
    out = [g[g["indicator"] == i] for i in indicators if i not in RATIOS]
    for ratio, (num, den) in RATIOS.items():
        if ratio in indicators:
            other = [k for k in keys if k != "indicator"]
            n = g[g["indicator"] == num].set_index(other)["value"]
            d = g[g["indicator"] == den].set_index(other)["value"]
            r = (n / d.replace(0, np.nan)).rename("value").reset_index().assign(indicator=ratio)
            out.append(r)
    return pd.concat(out, ignore_index=True)


def pd_series(u, v: View, indicators, orgs, start=None, end=None, buckets=None) -> pd.DataFrame:
    f = v.filters
    rows = u[_mask(u, v, indicators, orgs, buckets, start or f.date_from, end or f.date_to)]
    return _sum(rows, ["indicator", "organization", "bucket_id"], indicators).sort_values(
        ["indicator", "organization", "bucket_id"], ignore_index=True
    )


def pd_ranking(u, v: View, indicator: str) -> pd.DataFrame:
    child = {
        "national": "current_province_id",
        "province": "current_commune_id",
        "legacy_province": "district_id",
    }[v.level]
    rows = u[_mask(u, v, [indicator], [q.ALL_ORGS], buckets=[v.current])]
    out = _sum(rows, ["indicator", child], [indicator]).dropna(subset=[child])
    return out.sort_values("value", ascending=False, ignore_index=True)


def pd_growth(u, v: View, indicator: str, orgs) -> pd.DataFrame:
    f = v.filters
    s = pd_series(u, v, [indicator], orgs, start=date(f.date_from.year - 1, 1, 1), end=f.date_to)
    prev = s.assign(bucket_id=s["bucket_id"].map(lambda b: f"{int(b[:4]) + 1}{b[4:]}"))
    s = s.merge(prev, on=["indicator", "organization", "bucket_id"], how="left", suffixes=("", "_base"))
    s = s[s["bucket_id"].isin(v.quarters)]
    return s.assign(growth=(s["value"] - s["value_base"]) / s["value_base"].abs())


def pd_coverage(raw: pd.DataFrame, v: View) -> pd.DataFrame:
    """Per quarter: units expected (from their first report in the range, while they exist, up to
    the last quarter anyone reported), reported, missing and late — what queries.coverage answers."""
    f = v.filters
    m = raw["end_date"].between(pd.Timestamp(f.date_from), pd.Timestamp(f.date_to))
    if v.level != "national":
        m &= (
            (raw["locality_id"] == v.area)
            | (raw["province_id"] == v.area)
            | (raw["current_province_id"] == v.area)
            | (raw["district_id"] == v.area)
        )
    g = (
        raw[m]
        .groupby(["locality_id", "end_date"], observed=True, sort=False)
        .agg(last_reported_on=("reported_on", "max"), valid_to=("valid_to", "first"))
        .reset_index()
    )
    if g.empty:
        return pd.DataFrame(columns=["end_date", "units", "reported", "missing", "late"])
    first = g.groupby("locality_id", observed=True)["end_date"].min()
    valid_to = g.groupby("locality_id", observed=True)["valid_to"].first()
    g = g[g["valid_to"].isna() | (g["end_date"] <= g["valid_to"])]
    late_days = (g["last_reported_on"] - g["end_date"]).dt.days
    out = []
    for end in pd.date_range(g["end_date"].min(), g["end_date"].max(), freq="QE"):
        expected = int(((first <= end) & (valid_to.isna() | (end <= valid_to))).sum())
        this = g["end_date"] == end
        reported = int(this.sum())
        late = int((this & (late_days > q.LATE_DAYS)).sum())
        out.append(
            {
                "end_date": end,
                "units": expected,
                "reported": reported,
                "missing": expected - reported,
                "late": late,
            }
        )
    return pd.DataFrame(out)


def load_baseline(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The DataFrames a pandas app would hold: the unit rows and the raw facts (for coverage)."""
    # The frames `.df()` gives (Arrow-backed strings, datetimes), read through Arrow: `.df()` went
    # through Python objects for 20 M rows and took 19 GB on the way.
    units = con.sql(UNIT_ROWS).to_arrow_table().combine_chunks().to_pandas()
    units["bucket_end"] = pd.to_datetime(units["bucket_end"]).astype("datetime64[us]")
    raw = con.sql(RAW_FACTS).to_arrow_table().combine_chunks().to_pandas()
    for col in ("end_date", "reported_on", "valid_to"):
        raw[col] = pd.to_datetime(raw[col]).astype("datetime64[us]")
    return units, raw


# the cases --------------------------------------------------------------------------------------


def _value_sum(frame: pd.DataFrame) -> float:
    return float(frame["value"].sum())


def _coverage_checksum(frame: pd.DataFrame) -> float:
    """One number that changes when any of the per-quarter counts does (weights keep them apart)."""
    return float((frame["units"] + 1_000 * frame["reported"] + 1_000_000 * frame["late"]).sum())


def cases(con: duckdb.DuckDBPyConnection) -> list[Case]:
    vs = views(con)
    nat, prov, com, leg = vs["national"], vs["province"], vs["commune"], vs["legacy_province"]
    orgs = list(SINGLE_ORGS)
    every_org = [r[0] for r in con.execute("select code from organization order by sort").fetchall()]
    out: list[Case] = []
    for v in (nat, prov, com):
        out.append(
            Case(
                f"series ({v.level})",
                lambda c, v=v: q.series(c, v.filters, ["members"], orgs),
                lambda u, r, v=v: pd_series(u, v, ["members"], orgs),
                _value_sum,
            )
        )
    for v in (nat, prov, leg):
        out.append(
            Case(
                f"ranking ({v.level})",
                lambda c, v=v: q.ranking(c, v.filters, "members", v.current),
                lambda u, r, v=v: pd_ranking(u, v, "members"),
                _value_sum,
            )
        )
    out.append(
        Case(
            "composition (province)",
            lambda c: q.composition(c, prov.filters, "members", prov.current),
            lambda u, r: pd_series(u, prov, ["members"], every_org, buckets=[prov.current]),
            _value_sum,
        )
    )
    for v in (nat, prov):
        yoy = periods.shift(v.current, "yoy")
        out.append(
            Case(
                f"kpis ({v.level})",
                lambda c, v=v: pd.DataFrame(
                    [
                        {"indicator": k.indicator, "value": k.value, "base": k.base_value}
                        for k in q.kpis(c, v.filters, list(KPIS), v.current, "yoy").values()
                    ]
                ),
                lambda u, r, v=v, yoy=yoy: pd_series(
                    u, v, list(KPIS), [q.ALL_ORGS], buckets=[v.current, yoy]
                ),
                lambda frame: float(
                    np.nansum(frame[["value", "base"]].to_numpy(dtype=float))
                    if "base" in frame
                    else np.nansum(frame["value"].to_numpy(dtype=float))
                ),
            )
        )
        out.append(
            Case(
                f"growth ({v.level})",
                lambda c, v=v: q.growth(c, v.filters, "members", orgs),
                lambda u, r, v=v: pd_growth(u, v, "members", orgs),
                lambda frame: float(np.nansum(frame["growth"].to_numpy(dtype=float))),
            )
        )
    for v in (prov, nat):
        out.append(
            Case(
                f"coverage ({v.level})",
                lambda c, v=v: q.coverage(c, v.filters),
                lambda u, r, v=v: pd_coverage(r, v),
                _coverage_checksum,
            )
        )
    return out


def _times(fn: Callable[[], object], repeats: int, warmup: int = 1) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def p95(ms: list[float]) -> float:
    return float(np.percentile(ms, 95))


def measure(
    con: duckdb.DuckDBPyConnection,
    repeats: int = 40,
    pandas_repeats: int = 7,
    baseline: tuple[pd.DataFrame, pd.DataFrame] | None = None,
    progress: Callable[[str], None] = lambda s: None,
) -> list[dict]:
    """Each case: p50/p95 of the query, p50 of the pandas baseline, the ratio, and whether both
    gave the same answer."""
    units, raw = baseline if baseline is not None else load_baseline(con)
    rows = []
    for case in cases(con):
        ms = _times(lambda case=case: case.run(con), repeats)
        pms = _times(lambda case=case: case.baseline(units, raw), pandas_repeats)
        got, expected = case.total(case.run(con)), case.total(case.baseline(units, raw))
        same = bool(np.isclose(got, expected, rtol=1e-9, atol=1e-9))
        row = {
            "name": case.name,
            "p50_ms": round(statistics.median(ms), 2),
            "p95_ms": round(p95(ms), 2),
            "pandas_p50_ms": round(statistics.median(pms), 2),
            "speedup": round(statistics.median(pms) / statistics.median(ms), 1),
            "same_result": same,
        }
        progress(f"{row['name']}: {row['p50_ms']} ms (pandas {row['pandas_p50_ms']} ms)")
        rows.append(row)
    return rows
