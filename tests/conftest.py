"""Shared fixtures: a small warehouse built once per test session, and writable copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from danvan import warehouse

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def small_db(tmp_path_factory) -> Path:
    """The warehouse at demo scale 'small' (four current provinces from 2022) plus the seeds."""
    path = tmp_path_factory.mktemp("wh") / "small.duckdb"
    warehouse.build(path, "small")
    return path


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory) -> Path:
    """The warehouse with the seed figures only (demo scale 'none')."""
    path = tmp_path_factory.mktemp("wh") / "seeds.duckdb"
    warehouse.build(path, "none")
    return path


@pytest.fixture
def small_con(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    yield con
    con.close()


@pytest.fixture
def writable_db(small_db, tmp_path) -> Path:
    """A private copy of the small warehouse that a test may write to."""
    path = tmp_path / "copy.duckdb"
    shutil.copy(small_db, path)
    return path
