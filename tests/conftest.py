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


# The derived tables copied before a full derive, by constant statements (SQL is never built from
# names or values here either); their lists of sources compared sorted (their order is not a rule).
_KEEP = {
    "fact_resolved": "create or replace temp table kept_fact_resolved as from fact_resolved",
    "fact_effective": "create or replace temp table kept_fact_effective as from fact_effective",
    "fact_area": "create or replace temp table kept_fact_area as from fact_area",
    "fact_coverage": "create or replace temp table kept_fact_coverage as from fact_coverage",
}
_ROWS = "select count(*) from query_table($t)"
_ONLY_IN_FIRST = {
    False: "select count(*) from (from query_table($a) except all from query_table($b))",
    True: (
        "select count(*) from (select * replace (list_sort(source_ids) as source_ids) from query_table($a) "
        "except all select * replace (list_sort(source_ids) as source_ids) from query_table($b))"
    ),
}
_LISTS = {"fact_effective", "fact_area"}  # the tables with a list of sources


def differences_from_a_full_derive(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, int, int]]:
    """What the derived tables, as incremental refreshes left them, lack or have beyond a full derive
    (rolled back), compared in the database as multisets (EXCEPT ALL both ways): table → (rows only
    incremental, rows only in the full derive, rows); an empty table counts (nothing was compared)."""
    for statement in _KEEP.values():
        con.execute(statement)
    con.execute("begin")
    derive.derive_all(con)
    out = {}
    for t in DERIVED_TABLES:
        kept, query = "kept_" + t, _ONLY_IN_FIRST[t in _LISTS]
        extra = con.execute(query, {"a": kept, "b": t}).fetchone()[0]
        missing = con.execute(query, {"a": t, "b": kept}).fetchone()[0]
        rows = con.execute(_ROWS, {"t": kept}).fetchone()[0]
        if extra or missing or not rows:
            out[t] = (extra, missing, rows)
    con.execute("rollback")
    return out
