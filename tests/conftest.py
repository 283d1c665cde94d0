"""Shared fixtures: a small warehouse built once per test session, and writable copies of it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pytest

from danvan import warehouse
from danvan.store import derive, write

ROOT = Path(__file__).resolve().parent.parent
# A write that leaves a table with many deleted rows starts a compaction in a process of its own
# (danvan/store/compact.py); in tests it would race the next write to the same copy.
# tests/test_store_compact.py turns it back on where it is what is tested.
os.environ["DANVAN_COMPACT"] = "off"


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


def add_facts(path: Path, rows: list[tuple], source_id: str = "batch:test", kind: str = "import") -> None:
    """Store hand-written facts under one source and re-derive.

    rows: (locality_id, organization, indicator, period_id, value) or with a breakdown as 6th item.
    """
    con = duckdb.connect(str(path))
    try:
        con.execute("begin")
        con.execute(
            "insert or ignore into source (source_id, kind, title, imported_at) "
            "values ($id, $kind, $title, now())",
            {"id": source_id, "kind": kind, "title": f"Kiểm thử {source_id}"},
        )
        write.ensure_periods(con, [r[3] for r in rows])
        con.executemany(
            "insert into fact (locality_id, organization, indicator, period_id, value, breakdown, source_id) "
            "values (?, ?, ?, ?, ?, ?, ?)",
            [(*r[:5], r[5] if len(r) > 5 else "", source_id) for r in rows],
        )
        derive.derive_all(con)
        con.execute("commit")
    finally:
        con.close()


@pytest.fixture
def tiny_db(seeds_db, tmp_path) -> Path:
    """A private copy of the seeds-only warehouse, for hand-written facts (see add_facts)."""
    path = tmp_path / "tiny.duckdb"
    shutil.copy(seeds_db, path)
    return path


def add_province(path: Path, province_id: str, communes: int) -> list[str]:
    """Add a made-up current province with `communes` communes, valid at every date (so that a
    test's hand-written figures of any year count), and return the communes' ids. Use a code no real province has (99): the command line resolves units by code."""
    ids = [f"{province_id}{i:03d}" for i in range(1, communes + 1)]
    rows = [(province_id, "province", None, f"Tỉnh Thử {province_id}", "tỉnh")] + [
        (cid, "commune", province_id, f"Xã Thử {cid}", "xã") for cid in ids
    ]
    con = duckdb.connect(str(path))
    try:
        con.executemany(
            "insert into locality (locality_id, code, name, short_name, unit_type, level, era, parent_id, "
            "province_id, current_province_id, current_commune_id, search_key) "
            "values (?, ?, ?, ?, ?, ?, 'current', ?, ?, ?, ?, ?)",
            [
                (
                    i,
                    i,
                    name,
                    name.split(" ", 1)[1],
                    kind,
                    level,
                    parent,
                    province_id,
                    province_id,
                    i if level == "commune" else None,
                    i.lower(),
                )
                for i, level, parent, name, kind in rows
            ],
        )
    finally:
        con.close()
    return ids


def as_read(markdown: str) -> str:
    """What a person reads of a Markdown string the pages escaped (ui/components.plain): the
    backslashes and the invisible word joiners gone."""
    import re

    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace("\u2060", "")


DERIVED_TABLES = ("fact_resolved", "fact_effective", "fact_area", "fact_coverage")


def _normalized(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """A select of the table's rows with its lists of sources sorted (their order is not a rule)."""
    columns = con.execute(
        "select column_name, data_type from information_schema.columns where table_name = $t "
        "order by ordinal_position",
        {"t": table},
    ).fetchall()
    exprs = [f"list_sort({name})" if kind.endswith("[]") else name for name, kind in columns]
    return f"select {', '.join(exprs)} from {table}"


def differences_from_a_full_derive(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, int]]:
    """What the derived tables, as incremental refreshes left them, lack or have beyond a full derive
    (rolled back), compared in the database as multisets: table → (rows only incremental, rows only
    in the full derive, rows); an empty table counts as a difference (nothing would be compared)."""
    for t in DERIVED_TABLES:
        con.execute(f"create or replace temp table incremental_{t} as {_normalized(con, t)}")
    con.execute("begin")
    derive.derive_all(con)
    out = {}
    for t in DERIVED_TABLES:
        full = _normalized(con, t)
        extra, missing = (
            con.execute(f"select count(*) from ({a} except all {b})").fetchone()[0]
            for a, b in ((f"from incremental_{t}", full), (full, f"from incremental_{t}"))
        )
        rows = con.execute(f"select count(*) from incremental_{t}").fetchone()[0]
        if extra or missing or not rows:
            out[t] = (extra, missing, rows)
    con.execute("rollback")
    for t in DERIVED_TABLES:
        con.execute(f"drop table incremental_{t}")
    return out
