"""Entry point: `streamlit run dashboard.py`.

A router: the shared sidebar filters (kept in the URL), then the page chosen in the navigation.
Every page is listed here explicitly (st.navigation turns off pages/ auto-discovery); a test
checks that each file in pages/ is registered.
"""

import os

import streamlit as st

from danvan import labels, warehouse
from ui import filters

st.set_page_config(page_title=labels.APP_TITLE, layout="wide", initial_sidebar_state="expanded")

PAGES = [
    st.Page("pages/overview.py", title=labels.PAGE_TITLES["overview"], url_path="overview", default=True),
    st.Page("pages/members.py", title=labels.PAGE_TITLES["members"], url_path="members"),
    st.Page("pages/models.py", title=labels.PAGE_TITLES["models"], url_path="models"),
    st.Page("pages/loans.py", title=labels.PAGE_TITLES["loans"], url_path="loans"),
    st.Page("pages/localities.py", title=labels.PAGE_TITLES["localities"], url_path="localities"),
]

page = st.navigation(PAGES)
db = os.environ.get("DANVAN_DB", str(warehouse.DEFAULT_DB))
if not os.path.exists(db):
    st.error(labels.ERR_NO_WAREHOUSE.format(path=db))
    st.stop()
filters.sidebar()
page.run()
