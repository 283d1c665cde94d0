"""Địa phương: one locality's profile across every indicator, a sortable ranking table of the
units inside it, and drill-down (clicking a bar selects that locality)."""

import streamlit as st

from danvan import charts, labels, profile
from ui import cache, components, filters

view = filters.current()
f = view.filters
st.title(labels.PAGE_TITLES["localities"])
st.caption(view.subtitle)
reg = cache.registry()

kpis = cache.kpis(f, profile.INDICATORS, view.current, view.compare)
table = profile.table(kpis, reg["indicator"], view.compare)
st.subheader(labels.CHART_PROFILE.format(name=view.area_name))
if table.empty:
    components.empty_state(view, labels.PAGE_TITLES["localities"].lower())
else:
    st.dataframe(table, hide_index=True, width="stretch")

indicators = list(reg["indicator"].index)
chosen = st.selectbox(
    labels.RANKING_INDICATOR,
    indicators,
    format_func=lambda c: reg["indicator"].loc[c, "name"],
    key="rank_indicator",
)
meta = components.meta(chosen)
rank = cache.ranking(f, chosen, view.current)
if rank.empty:
    components.empty_state(view, reg["indicator"].loc[chosen, "name"].lower())
    components.reform_note(view)
    st.stop()
components.demo_notice(rank)
st.caption(labels.DRILL_HINT)
fig = charts.ranking(
    rank, meta, labels.CHART_RANKING_TABLE, view.subtitle, bool(rank["is_demo"].any()), top=60
)
event = components.chart(fig, rank, f"ranking_{chosen}", meta, on_select="rerun")
picked = profile.picked_locality(event)
if picked and filters.select_locality(picked):
    st.rerun()
st.dataframe(profile.ranking_table(rank, meta), hide_index=True, width="stretch")
components.reform_note(view)
