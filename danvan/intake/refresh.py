"""Refreshing the derived tables after a batch, for the part of the warehouse the batch touches.

The rules live in danvan/sql/derive_*.sql and nowhere else. A full `warehouse.derive` re-derives
every figure (about 10 s on the default demo warehouse, minutes at the national scale), so after a
commit or rollback the same SQL files are run on *partitions* and the results swapped in. Why each partition gives the same rows as a full derive:

* fact_resolved is decided per fact key (locality, organization, indicator, breakdown, period): only
  the keys the batch has figures for can change, so derive_2 runs on the facts of those keys.
* fact_unit_bucket and fact_effective group by indicator and bucket, and only buckets that hold
  one of the batch's periods (by its end: a stock's year figure is also its Quý IV's) have a
  changed figure in them; they also depend only on units of the
  same *current* province: "sourced over demo" compares units of one province of their era, and a
  wider unit shadows only units inside it, all inside one current province, since every legacy
  province and district lies whole inside one current province. So derive_3 and derive_4 run on
  fact_resolved for (batch indicators) × (periods inside those buckets) × (units of the batch's
  current provinces). derive_3's tables are intermediate (temp) and dropped with the scratch.
* fact_area is not per province (its national rows add up every unit), so derive_5 runs for the
  batch's indicators and buckets over all provinces, from the already refreshed fact_effective.
* fact_coverage counts the figures of one unit and quarter: derive_6 runs on the facts of the
  (unit, quarter) pairs the batch has figures for.

Each step reads through its own scratch schema, whose views are named like the tables and views the
SQL files read (`fact`, `fact_resolved`, `bucket`, `fact_effective`) and show only the partition;
search_path puts the scratch schema first, so the SQL files need no change. The partition's rows in
the main schema are deleted and the step's query (its `create or replace table T as` statement
without the create) inserts the new ones straight into them. derive_3 makes its intermediate temp
tables as in a full derive, for the partition's buckets only. `tests/test_intake_commit.py` checks
the result equals a full derive.

Everything happens inside the caller's transaction, except dropping the scratch schemas: DuckDB
refuses to commit a transaction that created, filled and dropped the same table, so
`drop_scratch` runs after the commit (and before the next refresh, for any a killed process left).
"""

from __future__ import annotations

import contextlib
import functools
import re

import duckdb

from danvan import warehouse

_STEPS = {s.name: s for s in warehouse.DERIVE_STEPS}
_BUILD_ONLY = ("derive_1_locality_ancestor.sql", "derive_1_locality_reporting.sql")  # units only
_PER_KEY = ("derive_2_fact_resolved.sql",)
_PER_PROVINCE = ("derive_3_fact_unit_bucket.sql", "derive_4_fact_effective.sql")
_NATIONAL = ("derive_5_fact_area.sql",)
_PER_UNIT_QUARTER = ("derive_6_fact_coverage.sql",)
if set(_STEPS) != {
    *_BUILD_ONLY,
    *_PER_KEY,
    *_PER_PROVINCE,
    *_NATIONAL,
    *_PER_UNIT_QUARTER,
}:
    # A new derive step needs its place here (per key, per province or national) before imports may run.
    raise RuntimeError(f"danvan/intake/refresh.py does not know the derive steps {sorted(_STEPS)}")

_PARTITION = (
    "create schema intake_scratch",
    "create table intake_scratch.part_key as "
    "select distinct locality_id, organization, indicator, breakdown, period_id from main.fact "
    "where source_id = $source_id",
    "create table intake_scratch.part_indicator as select distinct indicator from intake_scratch.part_key",
    # buckets that hold one of the batch's periods — by its end (derive_3 rule 1: a stock is the
    # position at its period's end), which every bucket containing the whole period also does —
    # and every period held by those buckets
    "create table intake_scratch.part_bucket as select distinct b.period_id as bucket_id "
    "from period as b join period as p on b.start_date <= p.end_date and p.end_date <= b.end_date "
    "where b.kind in ('quarter', 'half', 'nine_months', 'year') "
    "and p.period_id in (select distinct period_id from intake_scratch.part_key)",
    "create table intake_scratch.part_period as select distinct p.period_id "
    "from period as p join period as b on b.start_date <= p.end_date and p.end_date <= b.end_date "
    "where b.period_id in (select bucket_id from intake_scratch.part_bucket)",
    "create table intake_scratch.part_locality as select locality_id from locality "
    "where current_province_id in (select distinct l.current_province_id from intake_scratch.part_key as k "
    "join locality as l using (locality_id))",
    "create view intake_scratch.fact as select f.* from main.fact as f "
    "semi join intake_scratch.part_key as k using (locality_id, organization, indicator, breakdown, period_id)",
)
_DELETE_PER_KEY = (
    "delete from main.fact_resolved as d using intake_scratch.part_key as k "
    "where d.locality_id = k.locality_id and d.organization = k.organization "
    "and d.indicator = k.indicator and d.breakdown = k.breakdown and d.period_id = k.period_id",
)
_UNIT = (
    "create schema intake_scratch_unit",
    "create view intake_scratch_unit.fact_resolved as select r.* from main.fact_resolved as r "
    "semi join intake_scratch.part_period as p using (period_id) "
    "semi join intake_scratch.part_indicator as i using (indicator) "
    "semi join intake_scratch.part_locality as l using (locality_id)",
    # the partition's periods also fill buckets outside it (a quarter of a year that is re-derived),
    # whose rows do not change: derive_3 sees only the partition's buckets
    "create view intake_scratch_unit.bucket as select b.* from main.bucket as b "
    "semi join intake_scratch.part_bucket as p on p.bucket_id = b.period_id",
)
_DELETE_PER_PROVINCE = (
    "delete from main.fact_effective as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator) "
    "and d.locality_id in (select locality_id from intake_scratch.part_locality)",
)
_AREA = (
    "create schema intake_scratch_area",
    "create view intake_scratch_area.fact_effective as select e.* from main.fact_effective as e "
    "semi join intake_scratch.part_bucket as b using (bucket_id) "
    "semi join intake_scratch.part_indicator as i using (indicator)",
)
_DELETE_AREA = (
    "delete from main.fact_area as d "
    "where d.bucket_id in (select bucket_id from intake_scratch.part_bucket) "
    "and d.indicator in (select indicator from intake_scratch.part_indicator)",
)
_COVERAGE = (
    "create schema intake_scratch_coverage",
    "create table intake_scratch_coverage.part_unit_quarter as select distinct k.locality_id, k.period_id "
    "from intake_scratch.part_key as k join period as p using (period_id) where p.kind = 'quarter'",
    "create view intake_scratch_coverage.fact as select f.* from main.fact as f "
    "semi join intake_scratch_coverage.part_unit_quarter as k using (locality_id, period_id)",
)
_DELETE_COVERAGE = (
    "delete from main.fact_coverage as d using intake_scratch_coverage.part_unit_quarter as k "
    "where d.locality_id = k.locality_id and d.period_id = k.period_id",
)
_CTAS = re.compile(r"^create or replace table (\w+) as\s", re.IGNORECASE)


@functools.cache
def _insert_statement(name: str) -> str:
    """The statement that inserts a derive step's rows into its main table: the step's one
    `create or replace table T as Q` statement, as `insert into main.T by name Q`."""
    statements = duckdb.extract_statements(_STEPS[name].read_text(encoding="utf-8"))
    match = _CTAS.match(statements[-1].query) if len(statements) == 1 else None
    if match is None:
        raise RuntimeError(f"{name}: the refresh inserts one 'create or replace table T as' query's rows")
    return f"insert into main.{match.group(1)} by name {statements[0].query[match.end() :]}"


def drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the scratch schemas a refresh left behind (call outside a transaction)."""
    con.execute("drop schema if exists intake_scratch_coverage cascade")
    con.execute("drop schema if exists intake_scratch_area cascade")
    con.execute("drop schema if exists intake_scratch_unit cascade")
    con.execute("drop schema if exists intake_scratch cascade")
    warehouse.drop_intermediate(con)


@contextlib.contextmanager
def _scratch_first(con: duckdb.DuckDBPyConnection, search_path: str):
    """Unqualified names read a scratch schema's partition views first, then the main tables."""
    con.execute(search_path)
    try:
        yield
    finally:
        con.execute("reset search_path")


def _run(con: duckdb.DuckDBPyConnection, search_path: str, name: str) -> None:
    """Run a derive step as it is (derive_3: its temp tables) over a scratch schema's partition."""
    with _scratch_first(con, search_path):
        con.execute(_STEPS[name].read_text(encoding="utf-8"))


def _insert(con: duckdb.DuckDBPyConnection, search_path: str, name: str) -> None:
    """Insert a derive step's rows for a scratch schema's partition into its main table."""
    with _scratch_first(con, search_path):
        con.execute(_insert_statement(name))


def _all(con: duckdb.DuckDBPyConnection, statements: tuple[str, ...], params: dict | None = None) -> None:
    for statement in statements:
        used = {k: v for k, v in (params or {}).items() if f"${k}" in statement}
        if used:
            con.execute(statement, used)
        else:
            con.execute(statement)


def refresh_derived(con: duckdb.DuckDBPyConnection, source_id: str) -> None:
    """Re-derive the part of the derived tables that the facts of `source_id` belong to."""
    has_facts = con.execute(
        "select count(*) from fact where source_id = $source_id", {"source_id": source_id}
    ).fetchall()[0][0]
    if not has_facts:
        return
    _all(con, _PARTITION, {"source_id": source_id})
    _all(con, _DELETE_PER_KEY)
    _insert(con, "set search_path = 'intake_scratch,main'", "derive_2_fact_resolved.sql")
    _all(con, _UNIT)
    _run(con, "set search_path = 'intake_scratch_unit,main'", "derive_3_fact_unit_bucket.sql")
    _all(con, _DELETE_PER_PROVINCE)
    _insert(con, "set search_path = 'intake_scratch_unit,main'", "derive_4_fact_effective.sql")
    _all(con, _AREA)
    _all(con, _DELETE_AREA)
    _insert(con, "set search_path = 'intake_scratch_area,main'", "derive_5_fact_area.sql")
    _all(con, _COVERAGE)
    _all(con, _DELETE_COVERAGE)
    _insert(con, "set search_path = 'intake_scratch_coverage,main'", "derive_6_fact_coverage.sql")
