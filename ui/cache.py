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


def db_path() -> str:
    return os.environ.get("DANVAN_DB", str(warehouse.DEFAULT_DB))


@st.cache_resource(show_spinner=False)
def connection(path: str | None = None) -> duckdb.DuckDBPyConnection:
    """The process-wide connection (read-write: the app also commits imports and extractions)."""
    return warehouse.connect(path or db_path(), read_only=False)


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
