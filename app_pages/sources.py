"""Nguồn số liệu: every document and import batch with what it contributed, one source's figures
and text, and the figures two sources disagree on (danvan/sources.py builds the tables)."""

import streamlit as st

from danvan import labels, sources
from ui import components, extraction

st.title(labels.SRC_PAGE_TITLE)
st.caption(labels.SRC_PAGE_INTRO)

kinds = st.multiselect(
    labels.SRC_KINDS_FILTER,
    options=list(sources.KINDS),
    default=["document", "import"],
    format_func=lambda k: labels.SOURCE_KIND.get(k, k),
    key="src_kinds",
)

st.subheader(labels.SRC_LIST_HEADER)
table = extraction.overview(tuple(kinds))
if table.empty:
    st.info(labels.SRC_NONE)
else:
    st.dataframe(table, hide_index=True)
    titles = sources.choices(table)
    picked = st.selectbox(labels.SRC_PICK, options=list(titles), format_func=titles.get, key="src_pick")
    if picked:
        st.markdown(f"**{components.plain(labels.SRC_FACTS_HEADER.format(title=titles[picked]))}**")
        facts = extraction.facts_of(picked)
        if facts.empty:  # a batch rolled back, a document whose figures were all refused
            st.info(labels.SRC_FACTS_NONE)
        else:
            st.dataframe(
                facts,
                hide_index=True,
                column_config={
                    labels.SRC_COLUMNS["view"]: st.column_config.LinkColumn(display_text=labels.SRC_VIEW_LINK)
                },
            )
        text = extraction.document_text(picked)
        if text:
            with st.expander(labels.SRC_DOC_TEXT):
                st.text(text)

st.subheader(labels.SRC_CONFLICTS_HEADER)
st.caption(labels.SRC_CONFLICTS_HELP)
include_demo = st.toggle(labels.SRC_CONFLICTS_DEMO, value=False, key="src_demo")
pairs = extraction.conflicts(include_demo)
if pairs.empty:
    st.info(labels.SRC_CONFLICTS_NONE)
else:
    st.dataframe(pairs, hide_index=True)
