"""Streamlit helpers of the pages «Trích xuất báo cáo» and «Nguồn số liệu».

The locality index is built once per warehouse (it only reads the units); the source listings are
cached like every other data function and cleared by `ui.cache.invalidate()` after a save.
`sources_caption` is the line a chart can put under itself to say whose figures it shows.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from danvan import labels, queries, sources
from danvan.localities import LocalityIndex
from ui import cache

_DATA = {"max_entries": 64, "ttl": 3600, "show_spinner": False}


@st.cache_resource(show_spinner=False)
def _index(path: str) -> LocalityIndex:
    return LocalityIndex(cache.cursor())


def locality_index() -> LocalityIndex:
    return _index(cache.db_path())


@st.cache_data(**_DATA)
def names() -> dict[str, dict[str, str]]:
    """code → name of organizations, indicators and breakdowns."""
    return {kind: frame["name"].to_dict() for kind, frame in queries.registry(cache.cursor()).items()}


@st.cache_data(**_DATA)
def overview(kinds: tuple[str, ...]) -> pd.DataFrame:
    return sources.overview(cache.cursor(), kinds)


@st.cache_data(**_DATA)
def facts_of(source_id: str) -> pd.DataFrame:
    return sources.facts_of(cache.cursor(), source_id)


@st.cache_data(**_DATA)
def conflicts(include_demo: bool) -> pd.DataFrame:
    return sources.conflicts(cache.cursor(), include_demo)


@st.cache_data(**_DATA)
def document_text(source_id: str) -> str | None:
    return sources.document_text(cache.cursor(), source_id)


@st.cache_data(**_DATA)
def _described(source_ids: tuple[str, ...]) -> pd.DataFrame:
    return sources.describe_sources(cache.cursor(), source_ids)


def sources_caption(source_ids) -> None:
    """Under a chart: "Nguồn: …" for the sources of what it shows (nothing when there are none)."""
    text = sources.caption(_described(tuple(sorted(set(source_ids)))))
    if text:
        st.caption(text)


def decision_label(code: str) -> str:
    return labels.EXT_DECISION.get(code, code)
