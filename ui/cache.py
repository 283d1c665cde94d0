"""Streamlit caching in one place: the published warehouse version a run reads, and the cached data
functions.

The server reads published versions only (danvan/store): `pinned()` — around every run, in
dashboard.py — pins the version published when the run starts, so one screen never mixes two
versions, and the next run after a write sees the new one. Each script thread gets its own cursor
on it (a DuckDB connection refuses concurrent calls). Every cached function's key starts with the
version, so a publish needs no clearing: the next run asks for the new version's entries and the
old ones age out (bounded by max_entries).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pandas as pd
import streamlit as st

from danvan import queries, warehouse
from danvan.store import readers, versions

_local = threading.local()
APP_MEMORY_LIMIT = "2GB"  # DuckDB's share of the server's memory, per open version
_checked: set[str] = set()  # versions whose schema was checked


def db_path() -> str:
    return os.environ.get("DANVAN_DB", str(warehouse.DEFAULT_DB))


@st.cache_resource(show_spinner=False)
def _readers(path: str) -> readers.Readers:
    """The process's readers of the warehouse at `path` (one per server process)."""
    # DuckDB's default is 80 % of the machine's memory; capped, a version's reads stay bounded.
    return readers.Readers(path, memory_limit=APP_MEMORY_LIMIT)


@contextlib.contextmanager
def pinned() -> Iterator[versions.Snapshot]:
    """Pin the published version for this run (raises WarehouseError with a Vietnamese message)."""
    try:
        with _readers(db_path()).pinned() as snap:
            if snap.version not in _checked:
                warehouse.check_schema(snap.cursor(), db_path())
                _checked.add(snap.version)
            _local.snap = snap
            try:
                yield snap
            finally:
                _local.snap = None
    except versions.StoreError as exc:
        raise warehouse.WarehouseError(str(exc)) from exc


def _snapshot() -> versions.Snapshot:
    snap = getattr(_local, "snap", None)
    return snap if snap is not None else _readers(db_path()).current()


def cursor() -> duckdb.DuckDBPyConnection:
    """A cursor for the current thread on the version this run reads."""
    return _snapshot().cursor()


def snapshot_file() -> Path:
    """The file of the version this run reads (another process may open it read-only)."""
    return _snapshot().file


def version() -> str:
    """The version this run reads: the first part of every cache key."""
    return _snapshot().version


# Cached data functions ----------------------------------------------------------------------------
# Keyed by the version (`at`: never underscored, Streamlit leaves such arguments out of the key) and their (hashable) arguments: the Filters dataclass and plain values.
# Bounded so a long session of filter changes cannot grow memory without limit.
_DATA = {"max_entries": 512, "ttl": 3600, "show_spinner": False}


@st.cache_data(**_DATA)
def _series(
    at: str,
    f: queries.Filters,
    indicators: tuple[str, ...],
    organizations: tuple[str, ...] | None,
    breakdowns: tuple[str, ...],
    bucket_ids: tuple[str, ...] | None,
) -> pd.DataFrame:
    return queries.series(
        cursor(),
        f,
        list(indicators),
        list(organizations) if organizations is not None else None,
        breakdowns,
        list(bucket_ids) if bucket_ids is not None else None,
    )


def series(
    f: queries.Filters,
    indicators: tuple[str, ...],
    organizations: tuple[str, ...] | None = None,
    breakdowns: tuple[str, ...] = ("",),
    bucket_ids: tuple[str, ...] | None = None,
) -> pd.DataFrame:
    return _series(version(), f, indicators, organizations, breakdowns, bucket_ids)


# Resources, not data, for the small tables every run reads several times: st.cache_data unpickles a
# copy on every call (the registry's Arrow-backed frames: 14 % of the server's CPU under load).
# Callers only read them.
@st.cache_resource(max_entries=8, ttl=3600, show_spinner=False)
def _registry(at: str) -> dict:
    return queries.registry(cursor())


def registry() -> dict:
    """Organizations, indicators, breakdowns and sources: small tables every page uses."""
    return _registry(version())


@st.cache_resource(max_entries=64, ttl=3600, show_spinner=False)
def _units_in(at: str, area_id: str, mode: str) -> pd.DataFrame:
    return queries.units_in(cursor(), area_id, mode)


def units_in(area_id: str, mode: str) -> pd.DataFrame:
    return _units_in(version(), area_id, mode)


@st.cache_resource(max_entries=256, ttl=3600, show_spinner=False)
def _scope_units(at: str, scope: str) -> tuple[frozenset[str], str | None]:
    return queries.scope_units(cursor(), scope)


def scope_units(scope: str) -> tuple[frozenset[str], str | None]:
    return _scope_units(version(), scope)


@st.cache_resource(max_entries=8, ttl=3600, show_spinner=False)
def _horizon(at: str, scope: str):
    return queries.horizon(cursor(), scope)


def horizon(scope: str):
    return _horizon(version(), scope)


@st.cache_resource(max_entries=16, ttl=3600, show_spinner=False)
def _first_bucket_end(at: str, scope: str, kind: str):
    return queries.first_bucket_end(cursor(), scope, kind)


def first_bucket_end(scope: str, kind: str):
    return _first_bucket_end(version(), scope, kind)


# A resource, not data: st.cache_data hands every rerun a copy by unpickling, and unpickling a
# page's Plotly figures cost 30-160 ms per rerun, before the first chart could be sent. Pages only
# read a report, so every session shares the one object.
@st.cache_resource(max_entries=64, ttl=3600, show_spinner=False)
def _report(at: str, page: str, view, indicator: str | None):
    from danvan import report as reports

    options = {"indicator": indicator} if indicator else {}
    return reports.build(cursor(), page, view, **options)


def report(page: str, view, indicator: str | None = None):
    """A page's charts, summaries and sources for a view (danvan.report.build), cached per version
    and view and shared read-only by every session."""
    return _report(version(), page, view, indicator)
