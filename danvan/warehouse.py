"""The DuckDB warehouse: building it from data/ and opening it for reading.

`build()` writes a complete new version through the one write path (danvan/store: an empty draft,
published only when finished), so a failed or interrupted build never leaves a half-written
warehouse, and readers keep the previous version meanwhile. Figures that were imported or
extracted in the app are not in data/: a rebuild carries them over from the published version, so
rebuilding never loses an office's own data.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import duckdb
import pandas as pd

from danvan import demo, labels, periods, units
from danvan.paths import DATA, DEFAULT_DB, ROOT  # noqa: F401 (ROOT: the warehouse's callers use it)
from danvan.store import derive, versions
from danvan.store.write import ensure_periods

SCHEMA = Path(__file__).resolve().parent / "store" / "schema.sql"
BUCKET_YEARS = (2000, 2030)
# How long a build waits for a write in progress (an import) before giving up with a message.
BUILD_WAIT_SECONDS = 600
# Tables a rebuild carries over from the previous warehouse: what offices added themselves.
KEPT_SOURCE_KINDS = ("import", "document")
# DuckDB's memory cap while building the national demo warehouse (the benchmark's).
NATIONAL_MEMORY_LIMIT = "6GB"


# Raised when the stored tables or the derivation change shape; a warehouse built by an older
# version is refused with a message to rebuild (imports are carried over by the rebuild).
SCHEMA_VERSION = "5"


class WarehouseError(RuntimeError):
    """A problem a user can act on, with a Vietnamese message."""


def check_schema(con: duckdb.DuckDBPyConnection, path: str | os.PathLike) -> None:
    """Refuse a warehouse built by an older version (its tables or derivation differ)."""
    version = con.execute("select max(value) from build_info where key = 'schema_version'").fetchall()[0][0]
    if version != SCHEMA_VERSION:
        raise WarehouseError(labels.ERR_WAREHOUSE_OLD.format(path=path))


@contextlib.contextmanager
def reading(path: str | os.PathLike = DEFAULT_DB) -> Iterator[duckdb.DuckDBPyConnection]:
    """The published version, read-only, for as long as the block runs (a command's reading)."""
    path = Path(path)
    try:
        snap = versions.open_snapshot(path)
    except versions.StoreError as exc:
        raise WarehouseError(str(exc)) from exc
    try:
        snap.con.execute("set enable_progress_bar = false")
        check_schema(snap.con, path)
        yield snap.con
    finally:
        snap.close()


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
    """Build the warehouse at `path` from data/ and the reference packages as its next version;
    return a summary."""
    if demo_scale not in ("none", "small", "default", "national"):
        raise WarehouseError(f"demo-scale: {demo_scale}")
    started = time.perf_counter()
    # 15 M facts: left to its default (80 % of RAM) DuckDB held 23 GB while deriving and the
    # machine swapped; capped, it spills to <file>.tmp and finishes (measured: 9 min, 10 GB peak
    # for the whole process, the generator's frames included).
    config = {"memory_limit": NATIONAL_MEMORY_LIMIT} if demo_scale == "national" else {}
    try:
        with versions.writing(path, empty=True, wait=BUILD_WAIT_SECONDS, config=config) as draft:
            summary = _build_into(draft.con, draft.base, demo_scale)
    except versions.StoreError as exc:
        raise WarehouseError(str(exc)) from exc
    return {"path": str(path), **summary, "seconds": time.perf_counter() - started}


def _build_into(con: duckdb.DuckDBPyConnection, previous: Path | None, demo_scale: str) -> dict:
    con.execute((SCHEMA).read_text(encoding="utf-8"))
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
    carried = _carry_over(con, previous) if previous is not None else 0
    derive.derive_all(con)
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
    return {"facts": counts[0], "demo": counts[1], "sourced": counts[0] - counts[1], "units": n_units}
