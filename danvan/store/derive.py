"""The derivation runner: the derived tables, in the order they are built, each with the part of
it a write re-derives.

Each step is one SQL file in `derived/`, named for the table it builds, whose rules live there and
nowhere else; `reads` names the derived tables it needs (a test checks that they come earlier).
`derive_all` builds every table from the stored facts (a build: about 10 s on the default demo
warehouse, minutes at the national scale). After a write, `refresh` runs the same files on the
*part* of the warehouse the written source's facts belong to, and swaps those rows in:

* `keys` — fact_resolved is decided per fact key (locality, organization, indicator, breakdown,
  period): only the keys the source has figures for (or had, before a document was saved again)
  can change.
* `provinces` — fact_unit_bucket and fact_effective group by indicator and bucket, and only the
  buckets that hold one of the source's periods (by its end: a stock's year figure is also its
  Quý IV's) change; they also depend only on units of the same *current* province ("sourced over
  demo" compares units of one province of their era, a wider unit shadows only units inside it,
  and every legacy province and district lies whole inside one current province). So they run on
  fact_resolved for (the source's indicators) × (periods inside those buckets) × (units of its
  current provinces), and fact_unit_bucket sees only those buckets.
* `buckets` — fact_area is not per province (the nation adds up every unit): it runs for the
  source's indicators and buckets over every province, from the refreshed fact_effective.
* `unit_quarters` — fact_coverage counts the figures of one unit and quarter: the (unit, quarter)
  pairs the source has figures for.
* `None` — built with the units (a build); no write touches them.

A part is a scratch schema whose views are named like the tables the SQL reads (`fact`,
`fact_resolved`, `bucket`, `fact_effective`) and show only the part; `search_path` puts it first,
so the files need no change. The part's rows are deleted and the step's query (its
`create or replace table T as` without the create, and without its closing `order by`) inserts
the new ones; a temp (intermediate) step runs as it is. `tests/test_store_derive.py` checks that a
refresh equals a full derive.

A table's closing `order by` is its layout, not a rule: DuckDB keeps min/max per row group, so a
query for one indicator and a few buckets skips most of a sorted table. A refresh appends its
rows unsorted (sorting a million-row import's 3 million fact_effective rows took 1.6-2.4 s of a
15 s budget) and the write leaves the deleted rows in place (store/write.py: vacuuming them at the
commit took another 1.5 s); both cost queries little until many writes pile up, and
store/compact.py rewrites a table in its `layout` once a fifth of its stored rows are deleted or
were appended since.

Everything happens inside the caller's transaction except dropping the scratch schemas: DuckDB
refuses to commit a transaction that created, filled and dropped the same table, so
`drop_scratch` runs after the commit (and before the next refresh, for any a killed process left).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

DERIVED = Path(__file__).resolve().parent / "derived"


@dataclass(frozen=True)
class Part:
    """The part of the warehouse a write re-derives for a step: a scratch schema of views."""

    schema: str
    prepare: tuple[str, ...]  # creates the schema (once per refresh, by the first step using it)

    @property
    def search_path(self) -> str:
        return _SEARCH_PATH[self.schema]

    @property
    def drop(self) -> str:
        return _DROP_SCHEMA[self.schema]


@dataclass(frozen=True)
class Step:
    table: str
    reads: tuple[str, ...]  # derived tables it reads (built by earlier steps)
    part: Part | None  # None: built with the units, not touched by writes
    delete: tuple[str, ...] = ()  # removes the part's rows from the table before the insert
    temp: bool = False  # an intermediate table (temp, dropped after the derive)

    @property
    def sql(self) -> str:
        return (DERIVED / f"{self.table}.sql").read_text(encoding="utf-8")

    @property
    def layout(self) -> str:
        """The columns the table is stored in order of (its query's closing `order by`), '' if none."""
        return _layout(self.table)


KEYS = Part(
    "store_part",
    (
        "create schema store_part",
        "create table store_part.part_key as "
        "select distinct locality_id, organization, indicator, breakdown, period_id from main.fact "
        "where source_id = $source_id union select * from temp.store_replaced_key",
        "create table store_part.part_indicator as select distinct indicator from store_part.part_key",
        # buckets that hold one of the source's periods — by its end (fact_unit_bucket rule 1: a
        # stock is the position at its period's end), which every bucket containing the whole period
        # also does — and every period held by those buckets
        "create table store_part.part_bucket as select distinct b.period_id as bucket_id "
        "from period as b join period as p on b.start_date <= p.end_date and p.end_date <= b.end_date "
        "where b.kind in ('quarter', 'half', 'nine_months', 'year') "
        "and p.period_id in (select distinct period_id from store_part.part_key)",
        "create table store_part.part_period as select distinct p.period_id "
        "from period as p join period as b on b.start_date <= p.end_date and p.end_date <= b.end_date "
        "where b.period_id in (select bucket_id from store_part.part_bucket)",
        "create table store_part.part_locality as select locality_id from locality "
        "where current_province_id in (select distinct l.current_province_id from store_part.part_key as k "
        "join locality as l using (locality_id))",
        "create view store_part.fact as select f.* from main.fact as f "
        "semi join store_part.part_key as k using (locality_id, organization, indicator, breakdown, period_id)",
    ),
)
PROVINCES = Part(
    "store_part_province",
    (
        "create schema store_part_province",
        "create view store_part_province.fact_resolved as select r.* from main.fact_resolved as r "
        "semi join store_part.part_period as p using (period_id) "
        "semi join store_part.part_indicator as i using (indicator) "
        "semi join store_part.part_locality as l using (locality_id)",
        # the part's periods also fill buckets outside it (a quarter of a year that is re-derived),
        # whose rows do not change: fact_unit_bucket sees only the part's buckets
        "create view store_part_province.bucket as select b.* from main.bucket as b "
        "semi join store_part.part_bucket as p on p.bucket_id = b.period_id",
    ),
)
BUCKETS = Part(
    "store_part_bucket",
    (
        "create schema store_part_bucket",
        "create view store_part_bucket.fact_effective as select e.* from main.fact_effective as e "
        "semi join store_part.part_bucket as b using (bucket_id) "
        "semi join store_part.part_indicator as i using (indicator)",
    ),
)
UNIT_QUARTERS = Part(
    "store_part_quarter",
    (
        "create schema store_part_quarter",
        "create table store_part_quarter.part_unit_quarter as select distinct k.locality_id, k.period_id "
        "from store_part.part_key as k join period as p using (period_id) where p.kind = 'quarter'",
        "create view store_part_quarter.fact as select f.* from main.fact as f "
        "semi join store_part_quarter.part_unit_quarter as k using (locality_id, period_id)",
    ),
)

STEPS: tuple[Step, ...] = (
    Step("locality_ancestor", (), None),
    Step("locality_reporting", (), None),
    Step(
        "fact_resolved",
        (),
        KEYS,
        (
            "delete from main.fact_resolved as d using store_part.part_key as k "
            "where d.locality_id = k.locality_id and d.organization = k.organization "
            "and d.indicator = k.indicator and d.breakdown = k.breakdown and d.period_id = k.period_id",
        ),
    ),
    Step("fact_unit_bucket", ("fact_resolved",), PROVINCES, temp=True),
    Step(
        "fact_effective",
        ("fact_unit_bucket", "locality_ancestor"),
        PROVINCES,
        (
            "delete from main.fact_effective as d "
            "where d.bucket_id in (select bucket_id from store_part.part_bucket) "
            "and d.indicator in (select indicator from store_part.part_indicator) "
            "and d.locality_id in (select locality_id from store_part.part_locality)",
        ),
    ),
    Step(
        "fact_area",
        ("fact_effective", "locality_reporting"),
        BUCKETS,
        (
            "delete from main.fact_area as d "
            "where d.bucket_id in (select bucket_id from store_part.part_bucket) "
            "and d.indicator in (select indicator from store_part.part_indicator)",
        ),
    ),
    Step(
        "fact_coverage",
        (),
        UNIT_QUARTERS,
        (
            "delete from main.fact_coverage as d using store_part_quarter.part_unit_quarter as k "
            "where d.locality_id = k.locality_id and d.period_id = k.period_id",
        ),
    ),
)

# fact_unit_bucket's intermediate tables (it also numbers the sources for fact_effective, see
# _DROP_INTERMEDIATE): temp tables, in memory (spilling to the temp directory if need be), never
# written to the file.
# fixed statements per scratch schema (no SQL is built from strings at run time)
_SEARCH_PATH = {
    "store_part": "set search_path = 'store_part,main'",
    "store_part_province": "set search_path = 'store_part_province,main'",
    "store_part_bucket": "set search_path = 'store_part_bucket,main'",
    "store_part_quarter": "set search_path = 'store_part_quarter,main'",
}
_DROP_SCHEMA = {
    "store_part": "drop schema if exists store_part cascade",
    "store_part_province": "drop schema if exists store_part_province cascade",
    "store_part_bucket": "drop schema if exists store_part_bucket cascade",
    "store_part_quarter": "drop schema if exists store_part_quarter cascade",
}
_DROP_INTERMEDIATE = ("drop table if exists temp.fact_unit_bucket", "drop table if exists temp.source_number")
_CTAS = re.compile(r"^create or replace table (\w+) as\s", re.IGNORECASE)
# a query's closing `order by` (after the last closing parenthesis, so never one inside a window
# or an aggregate), with any table alias left out of the names: "order by c.scope, c.end_date"
_CLOSING_ORDER = re.compile(r"\border\s+by\s+([\w.,\s]+?)\s*;?\s*$", re.IGNORECASE)
_ALIAS = re.compile(r"\b\w+\.")


# the derived tables a write re-derives part of (the others are built with the units)
REFRESHED = tuple(s.table for s in STEPS if s.part is not None and not s.temp)


def derive_all(con: duckdb.DuckDBPyConnection) -> None:
    """Build every derived table from the stored facts."""
    for step in STEPS:
        con.execute(step.sql)
    drop_intermediate(con)
    record_layout(con, REFRESHED)


def record_layout(con: duckdb.DuckDBPyConnection, tables: tuple[str, ...] | list[str]) -> None:
    """Note how many rows each table holds in its layout (just built or rewritten), in build_info
    as `layout_rows:<table>`: the rows a refresh appends later are counted from there
    (store/compact.py)."""
    con.execute(
        "insert or replace into build_info select 'layout_rows:' || table_name, estimated_size::varchar "
        "from duckdb_tables() where schema_name = 'main' and database_name = current_database() "
        "and list_contains($tables, table_name)",
        {"tables": list(tables)},
    )


def drop_intermediate(con: duckdb.DuckDBPyConnection) -> None:
    for statement in _DROP_INTERMEDIATE:
        con.execute(statement)


def drop_scratch(con: duckdb.DuckDBPyConnection) -> None:
    """Drop what a refresh left behind (call outside a transaction)."""
    for part in (UNIT_QUARTERS, BUCKETS, PROVINCES, KEYS):
        con.execute(part.drop)
    con.execute("drop table if exists temp.store_replaced_key")
    drop_intermediate(con)


def remember_replaced(con: duckdb.DuckDBPyConnection, source_id: str) -> None:
    """Before a source's facts are deleted to be written again: their keys, which the refresh
    re-derives too (a figure the new version no longer has must leave the derived tables)."""
    _replaced_table(con)
    con.execute(
        "insert into temp.store_replaced_key select distinct locality_id, organization, indicator, "
        "breakdown, period_id from main.fact where source_id = $source_id",
        {"source_id": source_id},
    )


def _replaced_table(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(
        "create temp table if not exists store_replaced_key (locality_id varchar, organization varchar, "
        "indicator varchar, breakdown varchar, period_id varchar)"
    )


def _query(table: str) -> str:
    """A step's one `create or replace table T as Q` statement's Q."""
    step = next(s for s in STEPS if s.table == table)
    statements = duckdb.extract_statements(step.sql)
    match = _CTAS.match(statements[-1].query) if len(statements) == 1 else None
    if match is None or match.group(1) != table:
        raise RuntimeError(
            f"{table}: a refresh inserts one 'create or replace table {table} as' query's rows"
        )
    return statements[0].query[match.end() :]


def _closing_order(query: str) -> re.Match | None:
    return _CLOSING_ORDER.search(query, query.rfind(")") + 1)


@functools.cache
def _layout(table: str) -> str:
    match = _closing_order(_query(table))
    return "" if match is None else _ALIAS.sub("", " ".join(match.group(1).split()))


@functools.cache
def _insert_statement(table: str) -> str:
    """A step's query as `insert into main.T by name Q`, without its closing `order by` (the
    table's layout, which compaction restores)."""
    query = _query(table)
    match = _closing_order(query)
    if match is not None:
        query = query[: match.start()]
    return f"insert into main.{table} by name {query}"


def _execute(con: duckdb.DuckDBPyConnection, statement: str, params: dict) -> None:
    used = {k: v for k, v in params.items() if f"${k}" in statement}
    con.execute(statement, used) if used else con.execute(statement)


def refresh(con: duckdb.DuckDBPyConnection, source_id: str) -> None:
    """Re-derive the part of the derived tables that the facts of `source_id` belong to (and,
    after `remember_replaced`, the keys it had before)."""
    _replaced_table(con)
    has_keys = con.execute(
        "select exists (select 1 from fact where source_id = $source_id) "
        "or exists (select 1 from temp.store_replaced_key)",
        {"source_id": source_id},
    ).fetchall()[0][0]
    if not has_keys:
        return
    prepared: set[str] = set()
    for step in STEPS:
        if step.part is None:
            continue
        if step.part.schema not in prepared:
            for statement in step.part.prepare:
                _execute(con, statement, {"source_id": source_id})
            prepared.add(step.part.schema)
        con.execute(step.part.search_path)
        try:
            if step.temp:
                con.execute(step.sql)
            else:
                for statement in step.delete:
                    con.execute(statement)
                con.execute(_insert_statement(step.table))
        finally:
            con.execute("reset search_path")
