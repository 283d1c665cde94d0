"""A locality's profile: every indicator's value and change, and its ranking table."""

from __future__ import annotations

import pandas as pd

from danvan import charts, formatting, labels
from danvan.queries import Kpi

INDICATORS = (
    "members",
    "new_members",
    "associations",
    "dvk_models",
    "dvk_models_cumulative",
    "loan_balance",
    "borrowing_households",
    "savings_groups",
    "overdue_loans",
    "overdue_ratio",
)


def table(kpis: dict[str, Kpi], indicators: pd.DataFrame, base: str) -> pd.DataFrame:
    """One row per indicator with a value: name, formatted value, change in words."""
    rows = []
    for code, k in kpis.items():
        if k.value is None:
            continue
        ind = indicators.loc[code]
        rows.append(
            {
                labels.COL_INDICATOR: ind["name"],
                labels.COL_VALUE: formatting.value(k.value, ind["unit"]),
                labels.COL_CHANGE: formatting.change_phrase(
                    k.change, k.change_pct, ind["unit"], ind["noun"], base
                ),
            }
        )
    return pd.DataFrame(rows)


def ranking_table(rank: pd.DataFrame, unit: str) -> pd.DataFrame:
    """Rank, name and value in the chart's unit (tỷ đồng, %), for a sortable table."""
    meta = charts.Meta("", unit, {}, {})
    rank = rank.dropna(subset=["value"]).reset_index(drop=True)
    return pd.DataFrame(
        {
            labels.COL_RANK: rank.index + 1,
            labels.COL_LOCALITY: rank["locality_name"],
            f"{labels.COL_VALUE} ({meta.display_unit})": meta.scale(rank["value"]).round(
                2 if unit in ("đồng", "%") else 0
            ),
        }
    )


def picked_locality(event) -> str | None:
    """The locality id of the bar a user clicked, from a plotly selection event."""
    try:
        points = event["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points:
        data = point.get("customdata")
        if data:
            return data[0] if isinstance(data, list | tuple) else data
    return None
