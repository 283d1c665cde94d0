"""Tổng quan: the big numbers against the comparison base, a summary written from the numbers,
the highest and lowest localities."""

import streamlit as st

from danvan import labels, report
from ui import cache, components, filters

view = filters.current()
page = cache.report("overview", view)
components.page_header(page)
if all(k.value is None for k in page.kpis.values()):
    st.info(
        labels.EMPTY_STATE.format(
            what=labels.PAGE_TITLES["overview"].lower(), where=view.area_name, when=view.period_text
        )
    )
    components.nothing_to_wait_for()
    st.stop()
if not components.presenting():
    trend = cache.series(view.filters, report.OVERVIEW_KPIS)
    codes = list(report.OVERVIEW_KPIS)
    for row in range(0, len(codes), 3):  # row by row: on a phone the cards stack in their order
        for col, code in zip(st.columns(3), codes[row : row + 3], strict=False):
            with col:
                components.kpi_card(
                    page.kpis[code], trend[trend["indicator"] == code], view.compare, view.area_name
                )
    st.subheader(labels.SUMMARY)
    st.markdown(components.plain(page.summary))
components.charts(page, skip=("kpis",))  # the KPI cards above show the same numbers
