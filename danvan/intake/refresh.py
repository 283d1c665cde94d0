"""Refreshing the derived tables after a batch, for the part of the warehouse the batch touches.

The rules live in danvan/sql/derive_*.sql and nowhere else. A full `warehouse.derive` takes about
20 s on the default demo warehouse, so after a commit or rollback the same SQL files are run on a
*partition* and the result swapped in. Why a partition gives the same rows as a full derive:

* every derived row depends only on facts of its own indicator and of periods inside its
  bucket's calendar year (fact_resolved is keyed by period; the other tables group by indicator
  and bucket, and every bucket lies inside one year);
* fact_resolved, fact_unit_bucket and fact_effective also depend only on units of the same
  *current* province: precedence is per key, "sourced over demo" compares units of one province
  of their era, and a wider unit shadows only units inside it — all inside one current province,
  since every legacy province and district lies whole inside one current province;
* fact_area is not per province (its national rows add up every unit), so it is re-derived for
  the batch's indicators and years over all provinces, from the already refreshed fact_effective.

So: derive_2..4 run unchanged in the scratch schema `intake_scratch`, whose `fact` is a view of
(batch indicators) × (periods inside the batch's years, plus the batch's own periods) × (units of
the batch's current provinces); derive_5 runs in `intake_scratch_area`, whose `fact_effective` is
a view of the refreshed table for those indicators and years. The partition's rows in the main
schema are then replaced. search_path puts the scratch schema first, so the SQL files need no
change. `tests/test_intake_commit.py` checks the result equals a full derive.

Everything happens inside the caller's transaction, except dropping the scratch schemas: DuckDB
refuses to commit a transaction that created, filled and dropped the same table, so
`drop_scratch` runs after the commit (and before the next refresh, for any a killed process left).
"""

from __future__ import annotations

import duckdb

from danvan import periods, warehouse

_STEPS = {s.name: s for s in warehouse.DERIVE_STEPS}
_PER_PROVINCE = ("derive_2_fact_resolved.sql", "derive_3_fact_unit_bucket.sql", "derive_4_fact_effective.sql")
_NATIONAL = ("derive_5_fact_area.sql",)
if set(_STEPS) != {"derive_1_locality_ancestor.sql", *_PER_PROVINCE, *_NATIONAL}:
    # A new derive step needs its place here (per province or national) before imports may run.
    raise RuntimeError(f"danvan/intake/refresh.py does not know the derive steps {sorted(_STEPS)}")

_PARTITION = (
    "create schema intake_scratch",
    "create table intake_scratch.part_indicator as "
    "select distinct indicator from main.fact where source_id = $source_id",
    "create table intake_scratch.part_year as select unnest($years::integer[]) as year",
    "create table intake_scratch.part_period as select period_id from period "
    "where year(start_date) = year(end_date) and year(start_date) in (select year from intake_scratch.part_year) "
    "union select distinct period_id from main.fact where source_id = $source_id",
    "create table intake_scratch.part_bucket as select period_id as bucket_id from period "
    "where kind in ('quarter', 'half', 'nine_months', 'year') "
    "and year(end_date) in (select year from intake_scratch.part_year)",
    "create table intake_scratch.part_locality as select locality_id from locality "
    "where current_province_id in (select distinct l.current_province_id from main.fact as f "
    "join locality as l using (locality_id) where f.source_id = $source_id)",
    "create view intake_scratch.fact as select f.* from main.fact as f "
    "semi join intake_scratch.part_period as p using (period_id) "
    "semi join intake_scratch.part_indicator as i using (indicator) "
    "semi join intake_scratch.part_locality as l using (locality_id)",
)
_SWAP_PER_PROVINCE = (
    "delete from main.fact_resolved as d "
    "where d.period_id in (select period_id from intake_scratch.part_period) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator) "
    "and d.locality_id in (select locality_id from intake_scratch.part_locality)",
    "insert into main.fact_resolved by name select * from intake_scratch.fact_resolved",
    "delete from main.fact_unit_bucket as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator) "
    "and d.locality_id in (select locality_id from intake_scratch.part_locality)",
    "insert into main.fact_unit_bucket by name select * from intake_scratch.fact_unit_bucket",
    "delete from main.fact_effective as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator) "
    "and d.locality_id in (select locality_id from intake_scratch.part_locality)",
    "insert into main.fact_effective by name select * from intake_scratch.fact_effective",
)
_AREA = (
    "create schema intake_scratch_area",
    "create view intake_scratch_area.fact_effective as select e.* from main.fact_effective as e "
    "semi join intake_scratch.part_bucket as b using (bucket_id) "
    "semi join intake_scratch.part_indicator as i using (indicator)",
)
_SWAP_AREA = (
    "delete from main.fact_area as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator)",
    "insert into main.fact_area by name select * from intake_scratch_area.fact_area",
)


def drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the scratch schemas a refresh left behind (call outside a transaction)."""
    con.execute("drop schema if exists intake_scratch_area cascade")
    con.execute("drop schema if exists intake_scratch cascade")


def _run(con: duckdb.DuckDBPyConnection, search_path: str, names: tuple[str, ...]) -> None:
    con.execute(search_path)
    try:
        for name in names:
            con.execute(_STEPS[name].read_text(encoding="utf-8"))
    finally:
        con.execute("reset search_path")


def refresh_derived(con: duckdb.DuckDBPyConnection, source_id: str) -> None:
    """Re-derive the part of the derived tables that the facts of `source_id` belong to."""
    period_ids = [
        r[0]
        for r in con.execute(
            "select distinct period_id from fact where source_id = $source_id", {"source_id": source_id}
        ).fetchall()
    ]
    if not period_ids:
        return
    years = sorted({p.start.year for p in map(periods.parse, period_ids) if p.start.year == p.end.year})
    for statement in _PARTITION:
        params = {k: v for k, v in (("source_id", source_id), ("years", years)) if f"${k}" in statement}
        con.execute(statement, params)
    _run(con, "set search_path = 'intake_scratch,main'", _PER_PROVINCE)
    for statement in _SWAP_PER_PROVINCE:
        con.execute(statement)
    for statement in _AREA:
        con.execute(statement)
    _run(con, "set search_path = 'intake_scratch_area,main'", _NATIONAL)
    for statement in _SWAP_AREA:
        con.execute(statement)
