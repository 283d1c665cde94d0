"""What a write changes on screen: each figure the dashboard shows by default that a batch's facts
belong to — its unit, its province, the nation; its organization and the all-organizations total —
before and after, the change, and how many communes report it afterwards.

`read` runs queries/impact.sql inside the writer's transaction, once before the derived tables
are refreshed and once after; `compare` lines the two up. The import check shows it before a
commit (a trial write rolled back), the commit and `import --json` carry it (`impact`), a rollback
shows the reverse. Large changes, and a province or the nation left to a minority of its
communes, are warnings naming the unit and the figure.
"""

from __future__ import annotations

import duckdb
import pandas as pd

from danvan import formatting, labels, periods, queries

MAX_UNITS = 10_000  # fact keys above which the units themselves are not listed (areas always are)
LARGE_CHANGE = 0.20  # a province's or the nation's figure moving by this much is a warning
KEY = ["area_id", "area_level", "organization", "indicator", "breakdown", "bucket_id"]
COLUMNS = [
    "area_id", "area_name", "area_level", "organization", "indicator", "breakdown", "bucket_id", "before",
    "after", "change_pct", "units_reporting", "units_expected",
]  # fmt: skip


def read(con: duckdb.DuckDBPyConnection, source_id: str) -> pd.DataFrame:
    """The figures a source's facts belong to, as the derived tables hold them now."""
    return queries.run(con, "impact", {"source_id": source_id, "max_units": MAX_UNITS})


def compare(before: pd.DataFrame, after: pd.DataFrame) -> pd.DataFrame:
    """Before and after side by side: one row per figure, with the change (a ratio) and the
    reporting counts after the write."""
    b = before[[*KEY, "value", "area_name"]].rename(columns={"value": "before"})
    a = after[[*KEY, "value", "units_reporting", "units_expected"]].rename(columns={"value": "after"})
    out = b.merge(a, on=KEY, how="outer")
    out["area_name"] = out["area_name"].fillna(out["area_id"]).replace({"VN": labels.NATIONAL})
    out["change_pct"] = [
        (y - x) / abs(x) if pd.notna(x) and pd.notna(y) and x else None
        for x, y in zip(out["before"], out["after"], strict=True)
    ]
    changed = out["before"].fillna(-1.0) != out["after"].fillna(-1.0)
    return out[changed][COLUMNS].reset_index(drop=True)


def warnings(impact: pd.DataFrame, names: dict[str, dict[str, str]]) -> list[str]:
    """Sentences for the large changes of a province or the nation, and for a total left to a
    minority of its communes: "Tỉnh Quảng Ninh · Hội LHPN · Số hội viên, đoàn viên · Quý III/2026:
    116.884 → 2.500 (−97,9%), sau khi nhập chỉ có 1/54 xã báo cáo"."""
    out = []
    areas = impact[impact["area_level"] != "unit"]
    for r in areas.itertuples():
        large = r.change_pct is not None and pd.notna(r.change_pct) and abs(r.change_pct) >= LARGE_CHANGE
        minority = formatting.is_minority(r.units_reporting, r.units_expected)
        if not (large or minority):
            continue
        out.append(describe(r, names))
    return out


def describe(r, names: dict[str, dict[str, str]]) -> str:
    unit = names["unit"].get(r.indicator, "")
    org = (
        labels.ALL_ORGS
        if r.organization == "*"
        else names["organization"].get(r.organization, r.organization)
    )
    what = " · ".join(
        x
        for x in (
            r.area_name,
            org,
            names["indicator"].get(r.indicator, r.indicator),
            names["breakdown"].get(r.breakdown, "") if r.breakdown else "",
            periods.label(r.bucket_id),
        )
        if x
    )
    pct = (
        ""
        if r.change_pct is None or pd.isna(r.change_pct)
        else f" ({formatting.percent(r.change_pct, 1, signed=True)})"
    )
    units = formatting.units_note(r.units_reporting, r.units_expected)
    return labels.IMPACT_LINE.format(
        what=what,
        before=formatting.value(r.before, unit) if pd.notna(r.before) else labels.IMPACT_NONE,
        after=formatting.value(r.after, unit) if pd.notna(r.after) else labels.IMPACT_NONE,
        pct=pct,
        units=labels.IMPACT_UNITS.format(units=units) if units else "",
    )


def names(con: duckdb.DuckDBPyConnection) -> dict[str, dict[str, str]]:
    reg = queries.registry(con)
    return {
        "indicator": reg["indicator"]["name"].to_dict(),
        "unit": reg["indicator"]["unit"].to_dict(),
        "organization": reg["organization"]["short_name"].to_dict(),
        "breakdown": reg["breakdown"]["name"].to_dict(),
    }


def table(impact: pd.DataFrame, names: dict[str, dict[str, str]]) -> pd.DataFrame:
    """The impact as the import page shows it: Vietnamese headers, names, values in their units."""
    unit = impact["indicator"].map(names["unit"])
    c = labels.IMPACT_COLUMNS
    return pd.DataFrame(
        {
            c["area"]: impact["area_name"],
            c["organization"]: impact["organization"].map(
                lambda o: labels.ALL_ORGS if o == "*" else names["organization"].get(o, o)
            ),
            c["indicator"]: impact["indicator"].map(names["indicator"]),
            c["period"]: impact["bucket_id"].map(periods.label),
            c["before"]: [
                formatting.value(v, u) if pd.notna(v) else ""
                for v, u in zip(impact["before"], unit, strict=True)
            ],
            c["after"]: [
                formatting.value(v, u) if pd.notna(v) else ""
                for v, u in zip(impact["after"], unit, strict=True)
            ],
            c["change"]: [
                formatting.percent(p, 1, signed=True) if p is not None and pd.notna(p) else ""
                for p in impact["change_pct"]
            ],
            c["units"]: [
                formatting.units_note(r, e) or (labels.REPORTING_ALL if pd.notna(e) else "")
                for r, e in zip(impact["units_reporting"], impact["units_expected"], strict=True)
            ],
        }
    )


def as_json(impact: pd.DataFrame) -> list[dict]:
    """The `impact` list of `import --json`: numbers as numbers, missing as null."""
    out = []
    for r in impact.itertuples():
        out.append(
            {
                "locality_code": r.area_id,
                "locality_name": r.area_name,
                "level": r.area_level,
                "organization": r.organization,
                "indicator": r.indicator,
                "breakdown": r.breakdown,
                "period": r.bucket_id,
                "period_label": periods.label(r.bucket_id),
                "before": _num(r.before),
                "after": _num(r.after),
                "change_pct": _num(r.change_pct),
                "units_reporting": _num(r.units_reporting),
                "units_expected": _num(r.units_expected),
            }
        )
    return out


def _num(v):
    if v is None or pd.isna(v):
        return None
    v = float(v)
    return int(v) if v.is_integer() else v
