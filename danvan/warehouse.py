"""The DuckDB warehouse: building it from data/ and opening it.

`build()` writes a complete new warehouse beside the old one and moves it into place only when it
is finished, so a failed or interrupted build never leaves a half-written warehouse. Figures that
were imported or extracted in the app are not in data/: a rebuild carries them over from the old
warehouse, so rebuilding never loses an office's own data.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import duckdb
import pandas as pd

from danvan import demo, labels, periods, units
from danvan.paths import DATA, DEFAULT_DB, ROOT  # noqa: F401 (ROOT: the warehouse's callers use it)

SQL = Path(__file__).resolve().parent / "sql"
BUCKET_YEARS = (2000, 2030)
DERIVE_STEPS = sorted(SQL.glob("derive_*.sql"))
# Tables a rebuild carries over from the previous warehouse: what offices added themselves.
KEPT_SOURCE_KINDS = ("import", "document")
# DuckDB's memory cap while building the national demo warehouse (the benchmark's).
NATIONAL_MEMORY_LIMIT = "6GB"


# Raised when the stored tables or the derivation change shape; a warehouse built by an older
# version is refused with a message to rebuild (imports are carried over by the rebuild).
SCHEMA_VERSION = "5"


class WarehouseError(RuntimeError):
    """A problem a user can act on, with a Vietnamese message."""


def connect(path: str | os.PathLike = DEFAULT_DB, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if not path.exists():
        raise WarehouseError(labels.ERR_NO_WAREHOUSE.format(path=path))
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        con.execute("set enable_progress_bar = false")
    except duckdb.IOException as exc:  # another process holds it open for writing
        raise WarehouseError(labels.ERR_WAREHOUSE_BUSY.format(path=path)) from exc
    version = con.execute("select max(value) from build_info where key = 'schema_version'").fetchall()[0][0]
    if version != SCHEMA_VERSION:
        con.close()
        raise WarehouseError(labels.ERR_WAREHOUSE_OLD.format(path=path))
    return con


# Reference tables and the statement that loads each from a registered frame named "incoming".
_LOAD = {
    "organization": "insert into organization by name select * from incoming",
    "indicator": "insert into indicator by name select * from incoming",
    "breakdown": "insert into breakdown by name select * from incoming",
    "locality": "insert into locality by name select * from incoming",
    "locality_crosswalk": "insert into locality_crosswalk by name select * from incoming",
    "locality_alias": "insert into locality_alias by name select * from incoming",
    "period": "insert into period by name select * from incoming",
}


def load_frame(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    con.register("incoming", frame)
    try:
        con.execute(_LOAD[table])
    finally:
        con.unregister("incoming")


def _period_rows(ids: Iterable[str]) -> pd.DataFrame:
    seen: dict[str, periods.Period] = {}
    for p in periods.buckets(*BUCKET_YEARS):
        seen[p.id] = p
    for pid in ids:
        if pid not in seen:
            p = periods.parse(pid)
            seen[p.id] = p
    return pd.DataFrame(
        [(p.id, p.kind, p.start, p.end, p.label) for p in seen.values()],
        columns=["period_id", "kind", "start_date", "end_date", "label"],
    )


def ensure_periods(con: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> None:
    """Add the periods a load uses (as-of dates, ranges) that the period table lacks."""
    have = {r[0] for r in con.execute("select period_id from period").fetchall()}
    missing = [periods.parse(i) for i in set(ids) if i not in have]
    if missing:
        frame = pd.DataFrame(
            [(p.id, p.kind, p.start, p.end, p.label) for p in missing if p.id not in have],
            columns=["period_id", "kind", "start_date", "end_date", "label"],
        ).drop_duplicates("period_id")
        con.register("incoming_periods", frame)
        con.execute("insert or ignore into period select * from incoming_periods")
        con.unregister("incoming_periods")


# derive_3's intermediate tables, made only for derive_4 and dropped once the derive is done: temp
# tables, in memory (spilling to the temp directory if need be), never written to the file.
_DROP_INTERMEDIATE = ("drop table if exists temp.fact_unit_bucket", "drop table if exists temp.source_number")


def derive(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild the derived tables (buckets, precedence, area roll-ups) from the stored facts."""
    for step in DERIVE_STEPS:
        con.execute(step.read_text(encoding="utf-8"))
    drop_intermediate(con)


def drop_intermediate(con: duckdb.DuckDBPyConnection) -> None:
    for statement in _DROP_INTERMEDIATE:
        con.execute(statement)


def _load_seeds(con: duckdb.DuckDBPyConnection) -> None:
    docs = pd.read_csv(DATA / "seeds" / "documents.csv", dtype=str, keep_default_na=False)
    docs = docs.assign(kind="document").drop(columns=["seed_file"])
    docs["published"] = pd.to_datetime(docs["published"]).dt.date
    docs["url"] = docs["url"].replace("", None)
    con.register("incoming_docs", docs)
    con.execute(
        "insert into source (source_id, kind, title, publisher, published, url, about) "
        "select source_id, kind, title, publisher, published, url, about from incoming_docs"
    )
    facts = pd.read_csv(DATA / "seeds" / "facts.csv", dtype=str, keep_default_na=False)
    facts["value"] = facts["value"].astype(float)
    ensure_periods(con, facts["period_id"])
    con.register("incoming_facts", facts)
    con.execute(
        "insert into fact (locality_id, organization, indicator, breakdown, period_id, value, approx, "
        "source_id, evidence) select locality_id, organization, indicator, breakdown, period_id, value, "
        "approx, source_id, locality_as_reported || ': ' || evidence from incoming_facts"
    )
    for name in ("incoming_docs", "incoming_facts"):
        con.unregister(name)


def _load_demo(con: duckdb.DuckDBPyConnection, scale: str) -> list[demo.Defect]:
    locality = con.execute("select * from locality").df()
    table, defects = demo.generate(locality, scale)
    row = demo.source_row()
    con.execute(
        "insert into source (source_id, kind, title, publisher, about) values ($source_id, $kind, $title, "
        "$publisher, $about)",
        row,
    )
    con.register("incoming_demo", table)
    con.execute(
        "insert into fact (locality_id, organization, indicator, breakdown, period_id, value, approx, "
        "source_id, reported_on, evidence) select locality_id, organization, indicator, breakdown, "
        "period_id, value, approx, source_id, reported_on, evidence from incoming_demo"
    )
    con.unregister("incoming_demo")
    return defects


def _carry_over(con: duckdb.DuckDBPyConnection, old: Path) -> int:
    """Copy imports and app-extracted documents (and their facts) from the previous warehouse."""
    con.execute("attach $path as old (read_only)", {"path": str(old)})
    try:
        kinds = list(KEPT_SOURCE_KINDS)
        con.execute(
            "insert or ignore into source select * from old.source "
            "where kind in (select unnest($kinds)) and source_id not like 'doc:seed-%'",
            {"kinds": kinds},
        )
        ensure_periods(
            con,
            [r[0] for r in con.execute("select distinct period_id from old.fact").fetchall()],
        )
        n = con.execute(
            "insert into fact select f.* from old.fact as f join old.source as s using (source_id) "
            "where s.kind in (select unnest($kinds)) and s.source_id not like 'doc:seed-%'",
            {"kinds": kinds},
        ).fetchall()[0][0]
    finally:
        con.execute("detach old")
    return int(n)


def build(path: str | os.PathLike = DEFAULT_DB, demo_scale: str = "default") -> dict:
    """Build the warehouse at `path` from data/ and the reference packages; return a summary."""
    if demo_scale not in ("none", "small", "default", "national"):
        raise WarehouseError(f"demo-scale: {demo_scale}")
    started = time.perf_counter()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + ".wal")):
        leftover.unlink(missing_ok=True)
    con = duckdb.connect(str(tmp))
    con.execute("set enable_progress_bar = false")
    if demo_scale == "national":
        # 15 M facts: left to its default (80 % of RAM) DuckDB held 23 GB while deriving and the
        # machine swapped; capped, it spills to <file>.tmp and finishes (measured: 9 min, 10 GB peak
        # for the whole process, the generator's frames included).
        con.execute("set memory_limit = $limit", {"limit": NATIONAL_MEMORY_LIMIT})
    try:
        con.execute((SQL / "schema.sql").read_text(encoding="utf-8"))
        for table in ("organization", "indicator", "breakdown"):
            frame = pd.read_csv(DATA / "reference" / f"{table}s.csv", dtype=str, keep_default_na=False)
            load_frame(con, table, frame.replace("", None))
        locality, crosswalk, alias = units.load()
        load_frame(con, "locality", locality)
        load_frame(con, "locality_crosswalk", crosswalk)
        load_frame(con, "locality_alias", alias)
        load_frame(con, "period", _period_rows([]))
        _load_seeds(con)
        defects = _load_demo(con, demo_scale) if demo_scale != "none" else []
        carried = _carry_over(con, path) if path.exists() else 0
        derive(con)
        info = {
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "demo_scale": demo_scale,
            "schema_version": SCHEMA_VERSION,
            "vietnamadminunits": metadata.version("vietnamadminunits"),
            "vietnam-provinces": metadata.version("vietnam-provinces"),
            "carried_over_facts": str(carried),
            "demo_defects": "; ".join(f"{d.kind}:{d.locality_id}:{d.period_id}" for d in defects),
        }
        con.executemany("insert into build_info values (?, ?)", list(info.items()))
        counts = con.execute(
            "select count(*), count(*) filter (where s.kind = 'demo') from fact join source s using (source_id)"
        ).fetchall()[0]
        n_units = con.execute("select count(*) from locality").fetchall()[0][0]
        con.execute("checkpoint")
    except BaseException:
        con.close()
        tmp.unlink(missing_ok=True)
        raise
    con.close()
    os.replace(tmp, path)
    Path(str(path) + ".wal").unlink(missing_ok=True)
    return {
        "path": str(path),
        "facts": counts[0],
        "demo": counts[1],
        "sourced": counts[0] - counts[1],
        "units": n_units,
        "seconds": time.perf_counter() - started,
    }
