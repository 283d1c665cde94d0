"""Streamlit helpers of the pages «Trích xuất báo cáo» and «Nguồn số liệu».

The locality index is built once per warehouse version (it only reads the units); the source
listings are cached like every other data function, keyed by the version (`at`) a run reads.
`sources_caption` is the line a chart can put under itself to say whose figures it shows.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from danvan import labels, queries, sources
from danvan.localities import LocalityIndex
from ui import cache, components

_DATA = {"max_entries": 64, "ttl": 3600, "show_spinner": False}


@st.cache_resource(max_entries=2, show_spinner=False)
def _index(at: str) -> LocalityIndex:
    return LocalityIndex(cache.cursor())


def locality_index() -> LocalityIndex:
    return _index(cache.version())


@st.cache_data(**_DATA)
def _names(at: str) -> dict[str, dict[str, str]]:
    return {kind: frame["name"].to_dict() for kind, frame in queries.registry(cache.cursor()).items()}


def names() -> dict[str, dict[str, str]]:
    """code → name of organizations, indicators and breakdowns."""
    return _names(cache.version())


@st.cache_data(**_DATA)
def _overview(at: str, kinds: tuple[str, ...]) -> pd.DataFrame:
    return sources.overview(cache.cursor(), kinds)


def overview(kinds: tuple[str, ...]) -> pd.DataFrame:
    return _overview(cache.version(), kinds)


@st.cache_data(**_DATA)
def _facts_of(at: str, source_id: str) -> pd.DataFrame:
    return sources.facts_of(cache.cursor(), source_id)


def facts_of(source_id: str) -> pd.DataFrame:
    return _facts_of(cache.version(), source_id)


@st.cache_data(**_DATA)
def _conflicts(at: str, include_demo: bool) -> pd.DataFrame:
    return sources.conflicts(cache.cursor(), include_demo)


def conflicts(include_demo: bool) -> pd.DataFrame:
    return _conflicts(cache.version(), include_demo)


@st.cache_data(**_DATA)
def _document_text(at: str, source_id: str) -> str | None:
    return sources.document_text(cache.cursor(), source_id)


def document_text(source_id: str) -> str | None:
    return _document_text(cache.version(), source_id)


@st.cache_data(**_DATA)
def _described(at: str, source_ids: tuple[str, ...]) -> pd.DataFrame:
    return sources.describe_sources(cache.cursor(), source_ids)


def sources_caption(source_ids) -> None:
    """Under a chart: "Nguồn: …" for the sources of what it shows (nothing when there are none)."""
    text = sources.caption(_described(cache.version(), tuple(sorted(set(source_ids)))))
    if text:
        st.caption(components.plain(text))


def decision_label(code: str) -> str:
    return labels.EXT_DECISION.get(code, code)
