"""A locality's profile: every indicator's value and change, and its ranking table."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from danvan import charts, formatting, labels, summary
from danvan.queries import Kpi

if TYPE_CHECKING:
    from pandas.io.formats.style import Styler


def table(
    kpis: dict[str, Kpi],
    indicators: pd.DataFrame,
    base: str,
    area_name: str = "",
    parts: pd.DataFrame | None = None,
    part_names: dict[str, str] | None = None,
    source_labels: dict[str, str] | None = None,
) -> pd.DataFrame:
    """One row per indicator with a value — name, value (with its qualifier: "hơn 62.170"), change
    in words (like for like), how many communes reported when some did not, sources — and under
    it a row per breakdown ("trong đó: cấp tỉnh") from `parts` (series rows with breakdowns)."""
    parts = parts if parts is not None else pd.DataFrame(columns=["indicator", "breakdown", "value"])
    source_labels = source_labels or {}
    order = {code: i for i, code in enumerate(part_names or {})}  # the registry's order

    def rank(code: str) -> int:
        return order.get(code, len(order))

    rows = []
    for code, k in kpis.items():
        if k.value is None:
            continue
        ind = indicators.loc[code]
        value, units = summary.kpi_value(k, ind["unit"], area_name)
        main = parts[(parts["indicator"] == code) & (parts["breakdown"] == "")]
        approx = main["approx"].iloc[0] if "approx" in main and len(main) == 1 else ""
        rows.append(
            {
                labels.COL_INDICATOR: ind["name"],
                labels.COL_VALUE: f"{approx} {value}".strip(),
                labels.COL_CHANGE: "" if k.minority else summary.compared(k, ind["unit"], ind["noun"], base),
                labels.COL_REPORTING: units or labels.REPORTING_ALL,
                labels.COL_SOURCE: _sources(k.source_ids, source_labels),
            }
        )
        sub = parts[(parts["indicator"] == code) & (parts["breakdown"] != "")].dropna(subset=["value"])
        sub = sub.sort_values("breakdown", key=lambda b: b.map(rank))
        for r in sub.itertuples():
            rows.append(
                {
                    labels.COL_INDICATOR: labels.PROFILE_PART.format(
                        name=(part_names or {}).get(r.breakdown, r.breakdown)
                    ),
                    labels.COL_VALUE: f"{r.approx} {formatting.value(r.value, ind['unit'])}".strip(),
                    labels.COL_CHANGE: "",
                    labels.COL_REPORTING: formatting.units_note(r.units_reporting, r.units_expected),
                    labels.COL_SOURCE: _sources(r.source_ids, source_labels),
                }
            )
    return pd.DataFrame(rows)


def _sources(ids, source_labels: dict[str, str]) -> str:
    return "; ".join(dict.fromkeys(source_labels.get(i, i) for i in ids))


def ranking_table(rank: pd.DataFrame, unit: str) -> Styler:
    """Rank, name and value in the chart's unit (tỷ đồng, %), for a sortable table.

    The numbers stay numbers (the table sorts by them) and are shown the Vietnamese way: "3.346.145",
    "81,66" — st.dataframe's own formats group thousands with commas.
    """
    meta = charts.Meta("", unit, {}, {})
    rank = rank.dropna(subset=["value"]).reset_index(drop=True)
    decimals = 2 if unit in ("đồng", "%") else 0
    value_column = f"{labels.COL_VALUE} ({meta.display_unit})"
    frame = pd.DataFrame(
        {
            labels.COL_RANK: rank.index + 1,
            labels.COL_LOCALITY: rank["locality_name"],
            value_column: meta.scale(rank["value"]).round(decimals),
        }
    )
    return formatting.styled(
        frame,
        {
            labels.COL_RANK: formatting.number,
            value_column: lambda v: formatting.number(float(v), decimals),
        },
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
