"""Streamlit caching in one place: the warehouse connection and the cached data functions.

The warehouse is opened once per server process (st.cache_resource); each script thread gets its
own cursor, because a DuckDB connection refuses concurrent calls. Data functions are cached by
their arguments (the filter values) with a bounded number of entries; `invalidate()` clears them
after the warehouse changes (an import, a rollback, an accepted extraction).
"""

from __future__ import annotations

import os
import threading

import duckdb
import streamlit as st

from danvan import warehouse

_local = threading.local()
APP_MEMORY_LIMIT = "2GB"  # DuckDB's share of the server's memory (see connection)


def db_path() -> str:
    return os.environ.get("DANVAN_DB", str(warehouse.DEFAULT_DB))


@st.cache_resource(show_spinner=False)
def connection(path: str | None = None) -> duckdb.DuckDBPyConnection:
    """The process-wide connection (read-write: the app also commits imports and extractions)."""
    con = warehouse.connect(path or db_path(), read_only=False)
    # DuckDB's default is 80 % of the machine's memory. Importing 1 M rows into the national
    # warehouse then held 11 GB; capped, the same import peaked at 4 GB and was no slower (74 s).
    con.execute("set memory_limit = $limit", {"limit": APP_MEMORY_LIMIT})
    return con


def cursor() -> duckdb.DuckDBPyConnection:
    """A cursor for the current thread, on the process-wide connection."""
    con = connection(db_path())
    cur = getattr(_local, "cursor", None)
    if cur is None or getattr(_local, "owner", None) is not con:
        cur = con.cursor()
        cur.execute("set enable_progress_bar = false")
        _local.cursor, _local.owner = cur, con
    return cur


def invalidate() -> None:
    """Forget every cached result after the warehouse changed."""
    st.cache_data.clear()
    report.clear()


# Cached data functions ----------------------------------------------------------------------------
# Keyed by their (hashable) arguments: the Filters dataclass and plain values. Bounded so a long
# session of filter changes cannot grow memory without limit.
_DATA = {"max_entries": 512, "ttl": 3600, "show_spinner": False}

import pandas as pd  # noqa: E402

from danvan import queries  # noqa: E402


@st.cache_data(**_DATA)
def series(
    f: queries.Filters,
    indicators: tuple[str, ...],
    organizations: tuple[str, ...] | None = None,
    breakdowns: tuple[str, ...] = ("",),
    bucket_ids: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    return queries.series(
        cursor(),
        f,
        list(indicators),
        list(organizations) if organizations is not None else None,
        breakdowns,
        list(bucket_ids) if bucket_ids is not None else None,
    )


@st.cache_data(**_DATA)
def ranking(
    f: queries.Filters, indicator: str, bucket_id: str, breakdowns: tuple[str, ...] = ("",)
) -> pd.DataFrame:
    return queries.ranking(cursor(), f, indicator, bucket_id, breakdowns)


@st.cache_data(**_DATA)
def composition(f: queries.Filters, indicator: str, bucket_id: str) -> pd.DataFrame:
    return queries.composition(cursor(), f, indicator, bucket_id)


@st.cache_data(**_DATA)
def kpis(f: queries.Filters, indicators: tuple[str, ...], bucket_id: str, base: str) -> dict:
    return queries.kpis(cursor(), f, list(indicators), bucket_id, base)


@st.cache_data(max_entries=8, ttl=3600, show_spinner=False)
def registry() -> dict:
    """Organizations, indicators, breakdowns and sources: small tables every page uses."""
    return queries.registry(cursor())


@st.cache_data(max_entries=64, ttl=3600, show_spinner=False)
def units_in(area_id: str, mode: str) -> pd.DataFrame:
    return queries.units_in(cursor(), area_id, mode)


@st.cache_data(max_entries=8, ttl=3600, show_spinner=False)
def horizon(scope: str):
    return queries.horizon(cursor(), scope)


@st.cache_data(max_entries=16, ttl=3600, show_spinner=False)
def first_bucket_end(scope: str, kind: str):
    return queries.first_bucket_end(cursor(), scope, kind)


@st.cache_data(**_DATA)
def growth(f: queries.Filters, indicator: str, organizations: tuple[str, ...]) -> pd.DataFrame:
    return queries.growth(cursor(), f, indicator, list(organizations))


# A resource, not data: st.cache_data hands every rerun a copy by unpickling, and unpickling a
# page's Plotly figures cost 30-160 ms per rerun, before the first chart could be sent. Pages only
# read a report, so every session shares the one object.
@st.cache_resource(max_entries=64, ttl=3600, show_spinner=False)
def report(page: str, view, indicator: str | None = None):
    """A page's charts, summaries and sources for a view (danvan.report.build), cached per view
    and shared read-only by every session."""
    from danvan import report as reports

    options = {"indicator": indicator} if indicator else {}
    return reports.build(cursor(), page, view, **options)
