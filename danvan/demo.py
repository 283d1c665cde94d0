"""The demo dataset: invented figures with realistic magnitudes, for showing the product.

Deterministic (fixed seed). Every row carries the source 'demo:v1', whose title says it is
invented; the dashboard stamps "Dữ liệu minh họa" wherever such rows are shown.

Shape (scale 'default'):
* 2015-Q1 … 2025-Q2 reported by the 696 legacy districts of the 63 legacy provinces;
  2025-Q3 … 2026-Q3 by the 3,321 current communes.
* Members and new members for the five membership organizations and the mass associations;
  loan balance, borrowing households, savings groups and overdue loans only through the four
  organizations that receive NHCSXH entrusted loans; Dân vận khéo models (new, by field, and
  cumulative) for the system as a whole (organization 'combined'); associations for the mass
  associations.
* National totals follow DOMAIN.md's magnitudes around 2023 (members: LHPN 19.5 M, Công đoàn 11 M,
  Nông dân 10 M, Đoàn 6.5 M, CCB 2.2 M; entrusted loans 330,000 tỷ at 31/12/2023 growing ~10% a
  year, 6.8 M borrowing households, 168,000 savings groups, overdue 0.15–0.3%), with trends,
  seasonality and noise. Province shares are kept across the reform, so today's provinces continue
  the legacy series.
* Realistic defects for the data-quality views, listed in DEFECTS.

Scale 'small' keeps four current provinces (Hà Nội, Lai Châu, TP. Hồ Chí Minh, Cần Thơ) and the
legacy units inside them, from 2022: what the tests build. Scale 'national' (the benchmark)
reports by legacy communes instead of districts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa

from danvan import labels

SOURCE_ID = "demo:v1"
SEED = 20250701
FIRST_YEAR = 2015
LAST = (2026, 3)
REFORM = (2025, 3)  # first quarter reported by current units
SMALL_PROVINCES = ("01", "12", "79", "92")

# National magnitudes at 2023-Q4 and yearly growth.
MEMBERS = {  # org: (members at end of 2023, yearly growth)
    "hoi_lhpn": (19_500_000, 0.010),
    "cong_doan": (11_000_000, 0.015),
    "hoi_nd": (10_000_000, 0.005),
    "doan_tn": (6_500_000, 0.008),
    "hoi_ccb": (2_200_000, 0.006),
    "hoi_qc": (8_000_000, 0.015),
}
ENTRUSTED_SHARE = {"hoi_lhpn": 0.29, "hoi_nd": 0.29, "hoi_ccb": 0.23, "doan_tn": 0.15}
LOANS_2023_VND = 330_000e9
LOANS_GROWTH = 0.104  # ≈ 150,000 tỷ at the end of 2015
HOUSEHOLDS_2023 = 6_800_000
SAVINGS_GROUPS_2023 = 168_000
DVK_NEW_PER_YEAR_2023 = 58_000
DVK_CUMULATIVE_2015 = 120_000
DVK_FIELDS = {
    "field:kinh_te": 0.45,
    "field:van_hoa_xa_hoi": 0.30,
    "field:quoc_phong_an_ninh": 0.10,
    "field:xay_dung_he_thong_chinh_tri": 0.15,
}
ASSOCIATIONS_2023 = 21_000


@dataclass(frozen=True)
class Defect:
    kind: str  # missing_quarter, late_report, jump
    locality_id: str
    period_id: str
    note: str


def quarters(first_year: int = FIRST_YEAR) -> list[tuple[int, int]]:
    return [(y, q) for y in range(first_year, LAST[0] + 1) for q in range(1, 5) if (y, q) <= LAST]


def _t(y: int, q: int) -> float:
    """Years since the end of 2023 (the magnitudes' reference point) at a quarter's end."""
    return (y - 2023) + (q - 4) / 4


def national_paths(qs: list[tuple[int, int]]) -> dict[tuple[str, str, str], np.ndarray]:
    """National quarterly value of every demo series: (organization, indicator, breakdown) → array."""
    t = np.array([_t(y, q) for y, q in qs])
    qn = np.array([q for _, q in qs])
    paths: dict[tuple[str, str, str], np.ndarray] = {}
    for org, (base, growth) in MEMBERS.items():
        members = base * (1 + growth) ** t
        paths[(org, "members", "")] = members
        season = np.array([1.4, 0.9, 0.8, 0.9] if org == "doan_tn" else [0.9, 1.0, 0.9, 1.2])[qn - 1]
        paths[(org, "new_members", "")] = members * (growth + 0.025) / 4 * season
    total_share = sum(ENTRUSTED_SHARE.values())
    loans = LOANS_2023_VND * (1 + LOANS_GROWTH) ** t
    overdue_ratio = np.clip(0.0024 - 0.0001 * (t + 8), 0.0013, 0.003)
    for org, share in ENTRUSTED_SHARE.items():
        s = share / total_share
        paths[(org, "loan_balance", "")] = loans * s
        paths[(org, "overdue_loans", "")] = loans * s * overdue_ratio * (1.3 if org == "doan_tn" else 1.0)
        paths[(org, "borrowing_households", "")] = HOUSEHOLDS_2023 * s * 1.03**t
        paths[(org, "savings_groups", "")] = SAVINGS_GROUPS_2023 * s * 0.99**t
    dvk_year = DVK_NEW_PER_YEAR_2023 * 1.06**t
    dvk_q = dvk_year / 4 * np.array([0.7, 0.9, 0.9, 1.5])[qn - 1]
    for field, share in DVK_FIELDS.items():
        paths[("combined", "dvk_models", field)] = dvk_q * share
    paths[("hoi_qc", "associations", "")] = ASSOCIATIONS_2023 * 1.01**t
    return paths


def _weights(rng: np.random.Generator, groups: np.ndarray, group_weight: dict[str, float]) -> np.ndarray:
    """Split each group's weight among its members at random (lognormal shares)."""
    raw = rng.lognormal(0.0, 0.6, size=len(groups))
    out = np.empty(len(groups))
    for g in np.unique(groups):
        mask = groups == g
        out[mask] = raw[mask] / raw[mask].sum() * group_weight[g]
    return out


def generate(locality: pd.DataFrame, scale: str = "default") -> tuple[pa.Table, list[Defect]]:
    """Generate the demo facts for the given locality table (the warehouse's `locality`)."""
    rng = np.random.default_rng(SEED)
    first_year = 2022 if scale == "small" else FIRST_YEAR
    qs = quarters(first_year)
    split = next(i for i, yq in enumerate(qs) if yq >= REFORM)
    paths = national_paths(qs)

    legacy_level = "commune" if scale == "national" else "district"
    old = locality[(locality["era"] == "legacy") & (locality["level"] == legacy_level)]
    new = locality[(locality["era"] == "current") & (locality["level"] == "commune")]
    legacy_prov = locality[(locality["era"] == "legacy") & (locality["level"] == "province")]

    # Province weights: a legacy province's share of the nation; today's province is the sum.
    prov_ids = legacy_prov["locality_id"].to_numpy()
    prov_w = rng.lognormal(0.0, 0.5, size=len(prov_ids))
    prov_w /= prov_w.sum()
    legacy_w = dict(zip(prov_ids, prov_w, strict=True))
    current_w = pd.Series(prov_w, index=legacy_prov["current_province_id"].to_numpy()).groupby(level=0).sum()

    if scale == "small":
        old = old[old["current_province_id"].isin(SMALL_PROVINCES)]
        new = new[new["current_province_id"].isin(SMALL_PROVINCES)]

    w_old = _weights(rng, old["province_id"].to_numpy(), legacy_w)
    w_new = _weights(rng, new["province_id"].to_numpy(), current_w.to_dict())

    period_ids = [f"{y}-Q{q}" for y, q in qs]
    reported = [date(y, 3 * q, 28) + timedelta(days=18) for y, q in qs]
    pieces = []
    for (org, ind, bd), path in paths.items():
        is_flow = ind in ("new_members", "dvk_models")
        for units, w, sl in ((old, w_old, slice(0, split)), (new, w_new, slice(split, len(qs)))):
            n, m = len(units), len(period_ids[sl])
            if n == 0 or m == 0:
                continue
            if is_flow:
                noise = rng.lognormal(0.0, 0.18, size=(n, m))
            else:  # stocks wander slowly: a small random walk per unit
                noise = np.exp(np.cumsum(rng.normal(0.0, 0.004, size=(n, m)), axis=1))
            values = path[sl][None, :] * w[:, None] * noise
            pieces.append(
                pd.DataFrame(
                    {
                        "locality_id": np.repeat(units["locality_id"].to_numpy(), m),
                        "organization": org,
                        "indicator": ind,
                        "breakdown": bd,
                        "period_id": np.tile(period_ids[sl], n),
                        "value": values.ravel(),
                        "reported_on": np.tile(np.array(reported[sl], dtype="datetime64[D]"), n),
                    }
                )
            )
    facts = pd.concat(pieces, ignore_index=True)
    facts = _add_dvk_totals_and_cumulative(facts)
    money = facts["indicator"].isin(["loan_balance", "overdue_loans"])
    facts.loc[money, "value"] = (facts.loc[money, "value"] / 1e6).round() * 1e6  # whole million đồng
    facts.loc[~money, "value"] = facts.loc[~money, "value"].round()
    facts, defects = _inject_defects(facts, old, new)
    facts["approx"] = ""
    facts["source_id"] = SOURCE_ID
    facts["evidence"] = None
    return pa.Table.from_pandas(facts, preserve_index=False), defects


def _add_dvk_totals_and_cumulative(facts: pd.DataFrame) -> pd.DataFrame:
    """Dân vận khéo: the total of the fields, and a cumulative count consistent with the new ones.

    A unit's cumulative count starts from its share of the national count before its first
    quarter (legacy districts in 2015, current communes in 2025-Q3), then adds its new models, so
    the national cumulative series runs on across the reform.
    """
    dvk = facts[facts["indicator"] == "dvk_models"].copy()
    dvk["value"] = dvk["value"].round()
    total = dvk.groupby(["locality_id", "period_id"], as_index=False, sort=False).agg(
        value=("value", "sum"), reported_on=("reported_on", "first")
    )
    total = total.assign(organization="combined", indicator="dvk_models", breakdown="")
    total = total.sort_values(["locality_id", "period_id"], ignore_index=True)

    all_qs = quarters(FIRST_YEAR)
    national_new = sum(v for (_, ind, _), v in national_paths(all_qs).items() if ind == "dvk_models")
    before = DVK_CUMULATIVE_2015 + np.concatenate([[0.0], np.cumsum(national_new)[:-1]])
    national_before = dict(zip([f"{y}-Q{q}" for y, q in all_qs], before, strict=True))

    # A unit's share of the nation: its mean new models per quarter over the national mean then.
    national_new_by_period = dict(zip([f"{y}-Q{q}" for y, q in all_qs], national_new, strict=True))
    by_unit = total.assign(national=total["period_id"].map(national_new_by_period)).groupby("locality_id")
    share = by_unit["value"].mean() / by_unit["national"].mean()
    start = by_unit["period_id"].min()
    base = (share * start.map(national_before)).round()
    cumulative = total.copy()
    cumulative["value"] = total["locality_id"].map(base) + total.groupby("locality_id")["value"].cumsum()
    cumulative["indicator"] = "dvk_models_cumulative"
    return pd.concat([facts[facts["indicator"] != "dvk_models"], dvk, total, cumulative], ignore_index=True)


def _inject_defects(
    facts: pd.DataFrame, old: pd.DataFrame, new: pd.DataFrame
) -> tuple[pd.DataFrame, list[Defect]]:
    defects: list[Defect] = []
    periods = set(facts["period_id"].unique())
    olds = sorted(old["locality_id"])
    if not olds:
        return facts, defects
    missing_unit, late_unit, jump_unit = olds[len(olds) // 3], olds[len(olds) // 2], olds[2 * len(olds) // 3]
    if "2023-Q2" in periods:
        facts = facts[~((facts["locality_id"] == missing_unit) & (facts["period_id"] == "2023-Q2"))]
        defects.append(Defect("missing_quarter", missing_unit, "2023-Q2", "Không báo cáo quý II/2023"))
    if "2023-Q4" in periods:
        late = (facts["locality_id"] == late_unit) & (facts["period_id"] == "2023-Q4")
        facts.loc[late, "reported_on"] = np.datetime64("2024-04-22", "D")
        defects.append(
            Defect("late_report", late_unit, "2023-Q4", "Báo cáo quý IV/2023 gửi muộn (22/4/2024)")
        )
    if "2024-Q3" in periods:
        jump = (
            (facts["locality_id"] == jump_unit)
            & (facts["period_id"] == "2024-Q3")
            & (facts["organization"] == "hoi_nd")
            & (facts["indicator"] == "members")
        )
        facts.loc[jump, "value"] = facts.loc[jump, "value"] * 10
        defects.append(
            Defect("jump", jump_unit, "2024-Q3", "Số hội viên Hội Nông dân quý III/2024 tăng gấp 10 lần")
        )
    news = sorted(new["locality_id"])
    if news and "2026-Q2" in periods:
        gone = news[len(news) // 4]
        facts = facts[~((facts["locality_id"] == gone) & (facts["period_id"] == "2026-Q2"))]
        defects.append(Defect("missing_quarter", gone, "2026-Q2", "Không báo cáo quý II/2026"))
    return facts, defects


def source_row() -> dict:
    return {
        "source_id": SOURCE_ID,
        "kind": "demo",
        "title": labels.DEMO_SOURCE_TITLE,
        "publisher": labels.DEMO_SOURCE_PUBLISHER,
        "about": "2015-Q1 – 2026-Q3; hạt giống cố định " + str(SEED),
    }
