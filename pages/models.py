"""Dân vận khéo: new and cumulative models over time, by field, by locality."""

import streamlit as st

from danvan import charts, labels
from ui import cache, components, filters

view = filters.current()
f = view.filters
st.title(labels.PAGE_TITLES["models"])
st.caption(view.subtitle)
meta = components.meta("dvk_models")
reg = cache.registry()

new = cache.series(f, ("dvk_models",))
cumulative = cache.series(f, ("dvk_models_cumulative",))
if new.empty and cumulative.empty:
    components.empty_state(view, meta.indicator_name.lower())
    st.stop()
components.demo_notice(new, cumulative)
demo = bool(new["is_demo"].any() or cumulative["is_demo"].any())
if not new.empty:
    components.chart(
        charts.bars_by_period(new, meta, labels.CHART_DVK_NEW, view.subtitle, demo), new, "dvk_new", meta
    )
if not cumulative.empty:
    cmeta = components.meta("dvk_models_cumulative")
    components.chart(
        charts.lines_by_org(cumulative, cmeta, labels.CHART_DVK_CUMULATIVE, view.subtitle, demo),
        cumulative,
        "dvk_cumulative",
        cmeta,
    )

fields = tuple(c for c in reg["breakdown"].index if c.startswith("field:"))
by_field = cache.series(f, ("dvk_models",), None, fields)
if not by_field.empty:
    names = reg["breakdown"]["name"].to_dict()
    colors = dict(zip(fields, ["#2E7D32", "#F9A825", "#C62828", "#1565C0"], strict=True))
    fig = charts.bars_by_period(
        by_field, meta, labels.CHART_DVK_FIELDS, view.subtitle, demo, "breakdown", names, colors
    )
    components.chart(fig, by_field, "dvk_fields", meta)

rank = cache.ranking(f, "dvk_models", view.current)
if rank.empty:
    components.empty_state(view, labels.CHART_DVK_RANKING.lower())
else:
    components.chart(
        charts.ranking(rank, meta, labels.CHART_DVK_RANKING, view.subtitle, demo), rank, "dvk_ranking", meta
    )
components.reform_note(view)
