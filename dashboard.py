"""Entry point: `streamlit run dashboard.py`.

A router: the shared sidebar filters (kept in the URL), then the page chosen in the navigation.
Every page is listed here explicitly (st.navigation turns off pages/ auto-discovery); a test
checks that each file in pages/ is registered. `?present=1` (or the sidebar toggle) switches to
presentation mode: no sidebar or toolbars, large type, one 16:9 chart per screen. A session's
first run of a chart page leaves the filters out until its first chart is drawn (ui/components.py).
"""

import streamlit as st

from danvan import labels, warehouse
from ui import cache, components, filters

st.set_page_config(page_title=labels.APP_TITLE, layout="wide", initial_sidebar_state="expanded")

# The root URL shows the overview through a hidden page of its own: the default page is served
# at the root only, and an overview page marked default answered its own path, /overview, with
# Streamlit's "Page not found" dialog before running it.
CHART_PAGES = [
    st.Page(
        "pages/overview.py",
        title=labels.PAGE_TITLES["overview"],
        url_path="home",
        default=True,
        visibility="hidden",
    ),
    st.Page("pages/overview.py", title=labels.PAGE_TITLES["overview"], url_path="overview"),
    st.Page("pages/members.py", title=labels.PAGE_TITLES["members"], url_path="members"),
    st.Page("pages/models.py", title=labels.PAGE_TITLES["models"], url_path="models"),
    st.Page("pages/loans.py", title=labels.PAGE_TITLES["loans"], url_path="loans"),
    st.Page("pages/localities.py", title=labels.PAGE_TITLES["localities"], url_path="localities"),
]
PAGES = [
    *CHART_PAGES,
    st.Page("pages/import_data.py", title=labels.PAGE_TITLES["import"], url_path="import"),
    st.Page("pages/extract.py", title=labels.PAGE_TITLES["extract"], url_path="extract"),
    st.Page("pages/sources.py", title=labels.PAGE_TITLES["sources"], url_path="sources"),
]

page = st.navigation(PAGES, position="hidden" if components.presenting() else "sidebar")


def serve() -> None:
    # A session's first screen of a chart page is its header and first chart; the filters come
    # with the rest of the page once that chart is drawn (ui/components.py, "The first screen").
    first_screen = components.first_screen(page in CHART_PAGES)
    filters.sidebar(draw=not first_screen)
    if components.presenting():
        st.html(components.PRESENT_CSS)
    elif not first_screen and st.sidebar.button(labels.PRESENT_TOGGLE, key="present_on"):
        st.query_params["present"] = "1"
        st.rerun()
    page.run()


# The whole run reads the warehouse version published when it starts (ui/cache.py): a write
# publishing meanwhile shows on the next run, never half on this one.
try:
    with cache.pinned():
        serve()
except warehouse.WarehouseError as exc:  # missing, or built by an older version
    st.error(str(exc))
