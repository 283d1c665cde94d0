"""The derivation runner: its steps in build order, each table's grain, and a document saved again
re-deriving exactly what a full derive gives (the import's cases: tests/test_intake_commit.py)."""

from __future__ import annotations

import re
from datetime import date

import duckdb
import pytest

from danvan.extract import review
from danvan.localities import LocalityIndex
from danvan.store import derive
from tests.conftest import differences_from_a_full_derive

# table -> its key: the grain stated at the top of its SQL file
GRAIN = {
    "locality_ancestor": ("descendant_id", "ancestor_id"),
    "locality_reporting": ("locality_id",),
    "fact_resolved": ("locality_id", "organization", "indicator", "breakdown", "period_id"),
    "fact_unit_bucket": ("locality_id", "organization", "indicator", "breakdown", "bucket_id"),
    "fact_effective": ("scope", "locality_id", "organization", "indicator", "breakdown", "bucket_id"),
    "fact_area": ("mode", "scope", "area_id", "organization", "indicator", "breakdown", "bucket_id"),
    "fact_coverage": ("scope", "locality_id", "period_id"),
}


def test_every_step_is_one_file_named_for_its_table_and_built_after_what_it_reads():
    files = sorted(p.stem for p in derive.DERIVED.glob("*.sql"))
    assert sorted(s.table for s in derive.STEPS) == files
    built: set[str] = set()
    for step in derive.STEPS:
        assert set(step.reads) <= built, step.table
        created = re.findall(r"create or replace (?:temp )?table (\w+) as", step.sql, re.IGNORECASE)
        assert created[-1] == step.table
        built.add(step.table)
    assert set(GRAIN) == built


@pytest.mark.parametrize("table", list(GRAIN))
def test_each_table_has_one_row_per_key(writable_db, table):
    key = GRAIN[table]
    with duckdb.connect(str(writable_db)) as con:
        con.execute("begin")
        for step in derive.STEPS:  # the intermediate table exists until the derive drops it
            con.execute(step.sql)
        rows = con.execute("select count(*) from query_table($t)", {"t": table}).fetchall()[0][0]
        keys = con.execute(
            "select count(*) from (select distinct columns(lambda c: list_contains($key, c)) from query_table($t))",
            {"t": table, "key": list(key)},
        ).fetchall()[0][0]
        con.execute("rollback")
    assert rows > 0
    assert keys == rows, f"{table}: {rows - keys} rows repeat a key"


def test_a_document_saved_again_re_derives_what_it_no_longer_says(writable_db):
    first = "Năm 2023, Hội Nông dân tỉnh Lai Châu kết nạp 2.140 hội viên mới, tổng số hội viên 61.000."
    with duckdb.connect(str(writable_db)) as con:
        _, table, meta = review.review(first, LocalityIndex(con), date(2024, 1, 9))
        review.save(con, meta, table)
        # the same document saved again with one figure rejected: that figure leaves every table
        table.loc[table["indicator"] == "members", "decision"] = review.REJECT
        review.save(con, meta, table)
        members = con.execute(
            "select count(*) from fact_resolved where source_id = $s and indicator = 'members'",
            {"s": meta.source_id},
        ).fetchall()[0][0]
        differing = differences_from_a_full_derive(con)
    assert members == 0
    assert differing == {}
