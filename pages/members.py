"""Hội viên: members over time by organization, growth, new members, ranking, composition."""

import streamlit as st

from danvan import charts, labels
from ui import cache, components, filters

view = filters.current()
f = view.filters
st.title(labels.PAGE_TITLES["members"])
st.caption(view.subtitle)
meta = components.meta("members")
orgs = tuple(f.organizations) or tuple(c for c in cache.registry()["organization"].index if c != "combined")

members = cache.series(f, ("members",), orgs)
if members.empty:
    components.empty_state(view, meta.indicator_name.lower())
    st.stop()
components.demo_notice(members)
demo = bool(members["is_demo"].any())
components.chart(
    charts.lines_by_org(members, meta, labels.CHART_MEMBERS_BY_ORG, view.subtitle, demo),
    members,
    "members_by_org",
    meta,
)

growth = cache.growth(f, "members", orgs)
if not growth.dropna(subset=["growth"]).empty:
    components.chart(
        charts.growth(growth, meta, labels.CHART_MEMBERS_GROWTH, view.subtitle, demo),
        growth,
        "members_growth",
        meta,
    )

new_meta = components.meta("new_members")
new = cache.series(f, ("new_members",), orgs)
if not new.empty:
    components.chart(
        charts.bars_by_period(new, new_meta, labels.CHART_NEW_MEMBERS, view.subtitle, demo),
        new,
        "new_members",
        new_meta,
    )

left, right = st.columns(2)
with left:
    rank = cache.ranking(f, "members", view.current)
    if rank.empty:
        components.empty_state(view, labels.CHART_MEMBERS_RANKING.lower())
    else:
        components.chart(
            charts.ranking(rank, meta, labels.CHART_MEMBERS_RANKING, view.subtitle, demo),
            rank,
            "members_ranking",
            meta,
        )
with right:
    comp = cache.composition(f, "members", view.current)
    if not comp.empty:
        components.chart(
            charts.composition(comp, meta, labels.CHART_MEMBERS_COMPOSITION, view.subtitle, demo),
            comp,
            "members_composition",
            meta,
        )
components.reform_note(view)
