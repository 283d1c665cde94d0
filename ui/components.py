"""Rendering helpers shared by the pages: a chart with its sources and downloads, KPI cards,
the empty state and the notices. Pages call these instead of repeating Streamlit boilerplate."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from danvan import charts, exports, formatting, labels, periods
from danvan.queries import Kpi
from ui import cache
from ui.filters import View

PLOTLY_CONFIG = {
    "displaylogo": False,
    "locale": "vi",
    "toImageButtonOptions": {"format": "png", "scale": 3, "width": 1600, "height": 900},
}


def meta(indicator: str) -> charts.Meta:
    reg = cache.registry()
    ind = reg["indicator"].loc[indicator]
    orgs = reg["organization"]
    return charts.Meta(
        indicator_name=ind["name"],
        unit=ind["unit"],
        org_names=orgs["short_name"].to_dict(),
        org_colors=orgs["color"].to_dict(),
    )


def empty_state(view: View, what: str) -> None:
    st.info(labels.EMPTY_STATE.format(what=what, where=view.area_name, when=view.period_text))


def _source_ids(data: pd.DataFrame) -> tuple[str, ...]:
    if data.empty or "source_ids" not in data:
        return ()
    return tuple(sorted({s for ids in data["source_ids"] for s in ids}))


def sources_line(data: pd.DataFrame) -> None:
    ids = _source_ids(data)
    if not ids:
        return
    src = cache.sources(ids)
    items = []
    for row in src.itertuples():
        when = f", {row.published:%d/%m/%Y}" if pd.notna(row.published) else ""
        pub = f" — {row.publisher}" if isinstance(row.publisher, str) and row.publisher else ""
        items.append(f"{row.title}{pub}{when}")
    st.caption(f"{labels.SOURCES_TITLE} " + "; ".join(items))


def crosses_reform(view: View) -> bool:
    return (
        periods.parse(view.buckets[0]).start
        < periods.parse("2025-Q3").start
        <= periods.parse(view.buckets[-1]).end
    )


def reform_note(view: View) -> None:
    """Say so when a series crosses 1/7/2025 and is not comparable as shown."""
    if not crosses_reform(view):
        return
    area = view.filters.area_id
    if view.filters.mode == "as_reported":
        st.caption(labels.REFORM_NOTE)
    elif area != "VN" and len(area.lstrip("L")) > 2:  # a commune or legacy district
        st.caption(labels.REFORM_NOTE_COMMUNE)


def download_table(data: pd.DataFrame, meta_: charts.Meta | None) -> pd.DataFrame:
    """The chart's data as a reader expects it: Vietnamese headers, labels, values in base units."""
    reg = cache.registry()
    out = pd.DataFrame()
    if "bucket_id" in data:
        out[labels.COL_PERIOD] = data["bucket_id"].map(periods.label)
    if "locality_name" in data:
        out[labels.COL_LOCALITY] = data["locality_name"]
    if "organization" in data:
        out[labels.COL_ORG] = data["organization"].map(
            lambda c: labels.ALL_ORGS if c == "*" else reg["organization"]["short_name"].get(c, c)
        )
    if "breakdown" in data and data["breakdown"].ne("").any():
        out["Phân tổ"] = data["breakdown"].map(lambda c: reg["breakdown"]["name"].get(c, c))
    if "indicator" in data:
        out[labels.COL_INDICATOR] = data["indicator"].map(lambda c: reg["indicator"]["name"].get(c, c))
    out[labels.COL_VALUE] = data["value"].to_numpy()
    if meta_ is not None:
        out[labels.COL_UNIT] = meta_.unit
    if "is_demo" in data:
        out[labels.DEMO_STAMP] = data["is_demo"].map({True: "có", False: ""})
    return out


def chart(fig: go.Figure, data: pd.DataFrame, key: str, meta_: charts.Meta | None = None, on_select=None):
    """A chart, then its sources and the CSV/XLSX downloads of exactly the data it shows."""
    event = st.plotly_chart(
        fig,
        key=key,
        config=PLOTLY_CONFIG
        | {"toImageButtonOptions": PLOTLY_CONFIG["toImageButtonOptions"] | {"filename": key}},
        on_select=on_select or "ignore",
        selection_mode=("points",),
    )
    sources_line(data)
    table = download_table(data, meta_)
    c1, c2, _ = st.columns([1, 1, 6])
    c1.download_button(labels.DOWNLOAD_CSV, exports.to_csv(table), f"{key}.csv", "text/csv", key=f"{key}_csv")
    c2.download_button(
        labels.DOWNLOAD_XLSX,
        exports.to_xlsx(table),
        f"{key}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{key}_xlsx",
    )
    return event


def demo_notice(*frames: pd.DataFrame) -> None:
    if any(not f.empty and "is_demo" in f and f["is_demo"].any() for f in frames):
        st.warning(labels.DEMO_NOTICE, icon="⚠️")


def kpi_card(k: Kpi, trend: pd.DataFrame, base: str) -> None:
    reg = cache.registry()["indicator"].loc[k.indicator]
    unit, noun = reg["unit"], reg["noun"]
    if k.value is None:
        st.metric(reg["name"], "—", help=reg["definition"], border=True)
        return
    value = formatting.value(k.value, unit)
    phrase = formatting.change_phrase(k.change, k.change_pct, unit, noun, base)
    if unit == "%":
        delta = None if k.change is None else f"{formatting.number(k.change * 100, 2)} đ.p.t."
    else:
        delta = None if k.change_pct is None else formatting.percent(k.change_pct, 1, signed=True)
    st.metric(
        reg["name"] + (f" ({labels.DEMO_STAMP.lower()})" if k.is_demo else ""),
        value,
        delta=delta,
        delta_color="inverse" if k.indicator == "overdue_ratio" else "normal",
        help=reg["definition"],
        border=True,
        chart_data=trend.sort_values("bucket_end")["value"].tolist() if not trend.empty else None,
        chart_type="area",
        delta_description=phrase,
    )
