"""Entry point: `streamlit run dashboard.py`. Routes to the pages; the sidebar is shared."""

import streamlit as st

from danvan import labels

st.set_page_config(page_title=labels.APP_TITLE, layout="wide")
page = st.navigation([st.Page("pages/overview.py", title="Tổng quan", url_path="overview", default=True)])
page.run()
