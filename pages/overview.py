"""Tổng quan: the big numbers against the comparison base, the highest and lowest localities,
and a summary paragraph written from the numbers."""

import streamlit as st

from danvan import charts, labels, summary
from ui import cache, components, filters

KPIS = ("members", "new_members", "dvk_models", "loan_balance", "borrowing_households", "overdue_ratio")

view = filters.current()
f = view.filters
st.title(labels.PAGE_TITLES["overview"])
st.caption(view.subtitle)

kpis = cache.kpis(f, KPIS, view.current, view.compare)
trend = cache.series(f, KPIS)
if all(k.value is None for k in kpis.values()):
    components.empty_state(view, labels.PAGE_TITLES["overview"].lower())
    st.stop()
components.demo_notice(trend)
cols = st.columns(3)
for i, code in enumerate(KPIS):
    with cols[i % 3]:
        components.kpi_card(kpis[code], trend[trend["indicator"] == code], view.compare)

ranking = cache.ranking(f, "members", view.current)
st.subheader(labels.SUMMARY)
st.write(summary.overview(kpis, ranking, view.area_name, view.current, view.compare))
if not ranking.empty:
    meta = components.meta("members")
    left, right = st.columns(2)
    with left:
        top = ranking.head(5)
        components.chart(
            charts.ranking(top, meta, labels.TOP5, view.subtitle, top["is_demo"].any()), top, "top5", meta
        )
    with right:
        bottom = ranking.dropna(subset=["value"]).tail(5)
        components.chart(
            charts.ranking(bottom, meta, labels.BOTTOM5, view.subtitle, bottom["is_demo"].any()),
            bottom,
            "bottom5",
            meta,
        )
components.reform_note(view)
