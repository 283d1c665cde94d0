"""Refreshing the derived tables after a batch, for the part of the warehouse the batch touches.

The rules live in danvan/sql/derive_*.sql and nowhere else. A full `warehouse.derive` takes about
20 s on the default demo warehouse, so after a commit or rollback the same SQL files are run on a
*partition* and the result swapped in:

* the partition is (indicators of the batch) × (periods that lie inside the calendar years of
  the batch's periods, plus the batch's own periods);
* every derived row depends only on facts of its own indicator and of periods inside its
  bucket's year: fact_resolved is keyed by period; fact_unit_bucket, fact_effective and
  fact_area group by indicator and bucket, and every bucket lies inside one calendar year;
* so the derive files run unchanged in a scratch schema whose `fact` is a view of the partition
  (search_path puts the scratch schema first), and the derived rows of the partition in the main
  schema are replaced by the scratch results.

`tests/test_intake_commit.py` checks that this gives exactly what a full derive gives. Everything
happens inside the caller's transaction, except dropping the scratch schema: DuckDB refuses to
commit a transaction that created, filled and dropped the same table, so `drop_scratch` runs
after the commit (and before the next refresh, for one left by a killed process).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

import duckdb

from danvan import periods, warehouse

# Steps that depend on facts (derive_1, locality_ancestor, depends on localities only).
FACT_STEPS = [s for s in warehouse.DERIVE_STEPS if not s.name.startswith("derive_1_")]
BUCKET_TABLES = ("fact_unit_bucket", "fact_effective", "fact_area")
SCRATCH_PREFIX = "intake_scratch_"


def drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    """Drop every scratch schema a refresh left behind (call outside a transaction)."""
    names = [
        r[0]
        for r in con.execute(
            "select schema_name from duckdb_schemas() where database_name = current_database() "
            "and starts_with(schema_name, $prefix)",
            {"prefix": SCRATCH_PREFIX},
        ).fetchall()
    ]
    for name in names:
        con.execute(f'drop schema if exists "{name}" cascade')  # names made by refresh_derived


def refresh_derived(
    con: duckdb.DuckDBPyConnection, period_ids: Iterable[str], indicators: Iterable[str]
) -> None:
    """Re-derive the partition touched by facts of these periods and indicators."""
    period_ids, indicators = sorted(set(period_ids)), sorted(set(indicators))
    if not period_ids or not indicators:
        return
    years = set()
    for pid in period_ids:
        p = periods.parse(pid)
        if p.start.year == p.end.year:
            years.add(p.start.year)
    schema = f"{SCRATCH_PREFIX}{uuid.uuid4().hex[:12]}"  # identifier made here, never from input
    old_path = con.execute("select current_setting('search_path')").fetchone()[0]
    con.execute(f"create schema {schema}")
    con.execute(
        f"create table {schema}.part_indicator as select unnest($v::varchar[]) as indicator",
        {"v": indicators},
    )
    con.execute(
        f"create table {schema}.part_year as select unnest($v::integer[]) as year", {"v": sorted(years)}
    )
    con.execute(
        f"create table {schema}.part_period as select period_id from period "
        f"where year(start_date) = year(end_date) and year(start_date) in (select year from {schema}.part_year) "
        "union select unnest($ids::varchar[])",
        {"ids": period_ids},
    )
    con.execute(
        f"create table {schema}.part_bucket as select period_id as bucket_id from period "
        "where kind in ('quarter', 'half', 'nine_months', 'year') "
        f"and year(end_date) in (select year from {schema}.part_year)"
    )
    con.execute(
        f"create view {schema}.fact as select f.* from main.fact as f "
        f"semi join {schema}.part_period as p using (period_id) "
        f"semi join {schema}.part_indicator as i using (indicator)"
    )
    con.execute(f"set search_path = '{schema},main'")
    try:
        for step in FACT_STEPS:
            con.execute(step.read_text(encoding="utf-8"))
    finally:
        con.execute(f"set search_path = '{old_path or 'main'}'")
    con.execute(
        f"delete from main.fact_resolved as d where d.period_id in (select period_id from {schema}.part_period) "
        f"and d.indicator in (select indicator from {schema}.part_indicator)"
    )
    con.execute(f"insert into main.fact_resolved by name select * from {schema}.fact_resolved")
    for table in BUCKET_TABLES:  # fixed names
        con.execute(
            f"delete from main.{table} as d where d.bucket_id in (select bucket_id from {schema}.part_bucket) "
            f"and d.indicator in (select indicator from {schema}.part_indicator)"
        )
        con.execute(f"insert into main.{table} by name select * from {schema}.{table}")
