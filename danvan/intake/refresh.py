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

from collections.abc import Iterable

import duckdb

from danvan import periods, warehouse

# Steps that depend on facts (derive_1, locality_ancestor, depends on localities only).
FACT_STEPS = [s for s in warehouse.DERIVE_STEPS if not s.name.startswith("derive_1_")]
SCRATCH = "intake_scratch"  # one fixed name: every statement below is a constant

_PREPARE = [
    "create schema intake_scratch",
    "create table intake_scratch.part_indicator as select unnest($indicators::varchar[]) as indicator",
    "create table intake_scratch.part_year as select unnest($years::integer[]) as year",
    "create table intake_scratch.part_period as select period_id from period "
    "where year(start_date) = year(end_date) and year(start_date) in (select year from intake_scratch.part_year) "
    "union select unnest($period_ids::varchar[])",
    "create table intake_scratch.part_bucket as select period_id as bucket_id from period "
    "where kind in ('quarter', 'half', 'nine_months', 'year') "
    "and year(end_date) in (select year from intake_scratch.part_year)",
    "create view intake_scratch.fact as select f.* from main.fact as f "
    "semi join intake_scratch.part_period as p using (period_id) "
    "semi join intake_scratch.part_indicator as i using (indicator)",
]
_SWAP = (
    "delete from main.fact_resolved as d "
    "where d.period_id in (select period_id from intake_scratch.part_period) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator)",
    "insert into main.fact_resolved by name select * from intake_scratch.fact_resolved",
    "delete from main.fact_unit_bucket as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator)",
    "insert into main.fact_unit_bucket by name select * from intake_scratch.fact_unit_bucket",
    "delete from main.fact_effective as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator)",
    "insert into main.fact_effective by name select * from intake_scratch.fact_effective",
    "delete from main.fact_area as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator)",
    "insert into main.fact_area by name select * from intake_scratch.fact_area",
)


def drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the scratch schema a refresh left behind (call outside a transaction)."""
    con.execute("drop schema if exists intake_scratch cascade")


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
    values = {"indicators": indicators, "years": sorted(years), "period_ids": period_ids}
    for statement in _PREPARE:
        used = {k: v for k, v in values.items() if f"${k}" in statement}
        con.execute(statement, used)
    con.execute("set search_path = 'intake_scratch,main'")
    try:
        for step in FACT_STEPS:
            con.execute(step.read_text(encoding="utf-8"))
    finally:
        con.execute("reset search_path")
    for statement in _SWAP:
        con.execute(statement)
