"""Địa phương: one locality's profile across every indicator, a ranking of the units inside it
(chart and sortable table), and drill-down: clicking a bar selects that locality."""

import streamlit as st

from danvan import labels, profile
from ui import cache, components, filters

view = filters.current()
reg = cache.registry()["indicator"]
indicator = st.session_state.get("rank_indicator", "members")
page = cache.report("localities", view, indicator)
components.page_header(page)
if not components.presenting():
    st.subheader(components.plain(labels.CHART_PROFILE.format(name=view.area_name)))
    if page.profile is None or page.profile.empty:
        st.info(
            labels.EMPTY_STATE.format(
                what=labels.PAGE_TITLES["localities"].lower(), where=view.area_name, when=view.period_text
            )
        )
    else:  # ten rows of words and formatted values, before the first chart: the lightest table
        components.text_table(page.profile)
    if components.on_first_screen():  # its widget's code would be fetched ahead of Plotly's
        st.space(components.SELECTBOX_HEIGHT)
    else:
        st.selectbox(
            labels.RANKING_INDICATOR,
            list(reg.index),
            format_func=lambda c: reg.loc[c, "name"],
            key="rank_indicator",
        )
    st.caption(labels.DRILL_HINT)
    ranking = page.charts[0]
    event = components.figure(ranking, on_select="rerun")
    picked = profile.picked_locality(event)
    if picked and filters.select_locality(picked):
        st.rerun()

    def rest() -> None:
        if ranking.figure is not None:
            components.chart_details(ranking)
            st.dataframe(profile.ranking_table(ranking.data, ranking.unit), hide_index=True, width="stretch")
        coverage = page.charts[1]
        components.chart(coverage)
        if coverage.table is not None and not coverage.table.empty:
            st.subheader(labels.COVERAGE_GAPS)
            if coverage.table_note:
                st.caption(components.plain(coverage.table_note))
            st.dataframe(coverage.table, hide_index=True, width="stretch")
        if view.reform_note:
            st.caption(components.plain(view.reform_note))
        components.export_panel(page)  # the ranking and the coverage as a deck or a PDF

    if ranking.figure is not None:
        components.after_first_chart(rest)
    else:
        rest()
        components.nothing_to_wait_for()
else:
    components.charts(page)
