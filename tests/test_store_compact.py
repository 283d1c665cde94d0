"""Compaction (danvan/store/compact.py): a write leaves the rows it replaced in place and appends
its own unsorted; compaction rewrites a table in its layout once a fifth of it is deleted or
appended, changing no row, and starts by itself after a write that left one due."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from danvan import labels
from danvan.intake import bench, commit
from danvan.store import compact, derive, versions
from tests.conftest import ROOT


def _rows(con, table):
    rows = con.execute("select * from query_table($t)", {"t": table}).fetchall()
    return sorted((tuple(sorted(v) if isinstance(v, list) else v for v in row) for row in rows), key=repr)


def _state(path):
    snap = versions.open_snapshot(path)
    try:
        return {s.table: (s.live, s.stored, s.laid_out) for s in compact.state(snap.con)}, snap.version
    finally:
        snap.close()


def _imported(small_db, tmp_path, rows=20_000):
    """A versioned copy of the small warehouse with a file of `rows` records imported."""
    path = tmp_path / "w.duckdb"
    shutil.copy(small_db, path)
    with duckdb.connect(str(path), read_only=True) as con:
        data = bench.csv_bytes(bench.form(con, rows))
    _, outcome, _ = commit.import_file(path, data, "quy.csv")
    assert outcome.status == "committed"
    return path


def test_every_refreshed_table_has_a_layout_of_its_own_columns(small_con):
    assert compact.TABLES == ("fact_resolved", "fact_effective", "fact_area", "fact_coverage")
    layouts = {s.table: s.layout for s in derive.STEPS if s.table in compact.TABLES}
    assert layouts == {
        "fact_resolved": "",
        "fact_effective": "scope, indicator, bucket_kind, bucket_end",
        "fact_area": "mode, scope, indicator, bucket_kind, bucket_end, area_id, organization, breakdown",
        "fact_coverage": "scope, end_date, locality_id",
    }
    for table, layout in layouts.items():
        columns = {
            r[0]
            for r in small_con.execute(
                "select column_name from duckdb_columns() where table_name = $t", {"t": table}
            ).fetchall()
        }
        assert {c.strip() for c in layout.split(",") if c.strip()} <= columns
        # a refresh appends its rows without the layout's sort
        assert " order by " not in derive._insert_statement(table).lower().rsplit(")", 1)[-1]


def test_a_table_is_due_from_a_fifth_of_its_stored_rows_deleted_or_appended_since_its_layout(tmp_path):
    path = tmp_path / "hand.duckdb"
    con = duckdb.connect(str(path))
    con.execute("set max_vacuum_tasks = 0")
    con.execute("create table build_info (key varchar primary key, value varchar not null)")
    for statement in (
        "create table fact_resolved as select range as i from range(100)",
        "create table fact_effective as select range as i from range(100)",
        "create table fact_area as select range as i from range(100)",
        "create table fact_coverage as select range as i from range(100)",
    ):
        con.execute(statement)
    con.execute("checkpoint")
    derive.record_layout(con, compact.TABLES)  # 100 rows each, as a build leaves them
    con.execute("delete from fact_area where i < 20")  # 20 of 100 deleted: due
    con.execute("delete from fact_coverage where i < 19")  # 19 of 100: not yet
    con.execute("insert into fact_effective select range from range(25)")  # 25 of 125 appended: due
    con.execute("insert into fact_resolved select range from range(24)")  # 24 of 124: not yet
    con.execute("checkpoint")
    state = {s.table: (s.live, s.stored, s.laid_out) for s in compact.state(con)}
    assert state == {
        "fact_resolved": (124, 124, 100),
        "fact_effective": (125, 125, 100),
        "fact_area": (80, 100, 100),
        "fact_coverage": (81, 100, 100),
    }
    assert compact.due(con) == ["fact_effective", "fact_area"]
    con.close()


def test_an_import_leaves_deleted_rows_and_compaction_changes_no_row(small_db, tmp_path):
    path = _imported(small_db, tmp_path)
    before, version = _state(path)
    dead = {t: stored - live for t, (live, stored, _) in before.items()}
    appended = {t: stored - laid_out for t, (_, stored, laid_out) in before.items()}
    assert dead["fact_resolved"] > 0 and dead["fact_effective"] > 0  # replaced, not vacuumed
    assert appended["fact_effective"] >= dead["fact_effective"]  # the new rows, at the end
    with duckdb.connect(str(versions.published(path)), read_only=True) as con:
        rows = {t: _rows(con, t) for t in compact.TABLES}

    assert compact.compact(path, force=True) == list(compact.TABLES)

    after, new_version = _state(path)
    assert int(new_version) == int(version) + 1
    assert after == {t: (live, live, live) for t, (live, _, _) in before.items()}
    with duckdb.connect(str(versions.published(path)), read_only=True) as con:
        for table in compact.TABLES:
            assert _rows(con, table) == rows[table], table
        # stored in its layout again: in the order of the file, each row sorts after the one before
        out_of_order = con.execute(
            "select count(*) from (select scope, indicator, bucket_kind, bucket_end, "
            "lag((scope, indicator, bucket_kind, bucket_end)) over (order by rowid) as previous "
            "from fact_effective) where (scope, indicator, bucket_kind, bucket_end) < previous"
        ).fetchone()[0]
    assert out_of_order == 0


def test_nothing_due_publishes_nothing(small_db, tmp_path):
    path = tmp_path / "w.duckdb"
    shutil.copy(small_db, path)
    assert compact.compact(path) == []
    assert not versions.versions_dir(path).exists() or not any(versions.versions_dir(path).glob("*.duckdb"))


def _half_of_fact_area_deleted(path):
    with versions.writing(path) as draft:
        draft.con.execute("set max_vacuum_tasks = 0")
        draft.con.execute("delete from fact_area where rowid % 2 = 0")


def test_a_write_that_leaves_a_table_due_starts_a_compaction_of_its_own(small_db, tmp_path, monkeypatch):
    path = tmp_path / "w.duckdb"
    shutil.copy(small_db, path)
    _half_of_fact_area_deleted(path)
    before, version = _state(path)
    assert before["fact_area"][1] >= 2 * before["fact_area"][0] - 1  # half deleted

    monkeypatch.setenv("DANVAN_COMPACT", "off")
    assert compact.start_if_due(path) is None  # turned off (the tests, the benchmark)

    monkeypatch.setenv("DANVAN_COMPACT", "on")
    process = compact.start_if_due(path)
    assert process is not None
    assert process.wait(timeout=300) == 0
    after, new_version = _state(path)
    assert int(new_version) == int(version) + 1
    assert after["fact_area"] == (before["fact_area"][0],) * 3
    assert compact.start_if_due(path) is None  # nothing due any more


@pytest.mark.parametrize("due", [False, True])
def test_the_command_says_what_it_did_in_vietnamese(small_db, tmp_path, due):
    path = tmp_path / "w.duckdb"
    shutil.copy(small_db, path)
    if due:
        _half_of_fact_area_deleted(path)
    done = subprocess.run(
        [sys.executable, "-m", "danvan", "--db", str(path), "compact"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    if due:
        assert lines[0].startswith(
            "Đã dọn kho dữ liệu (phiên bản 000003): ghi lại tổng theo tỉnh và cả nước."
        )
    else:
        assert lines[0] == labels.COMPACT_NOTHING.format(share="20%")
    assert len(lines) == 5 and lines[3].startswith("tổng theo tỉnh và cả nước: ")
    # compacted, or never written
    assert lines[3].endswith("; 0 dòng đã xóa (0,0%); 0 dòng ghi thêm chưa sắp xếp (0,0%)")


def test_a_pages_write_hands_compaction_a_path(monkeypatch):
    """The dashboard's writes (ui/writes.py) start a due compaction with the warehouse's path;
    given the path as text it failed after every import from a page (tests run without it)."""
    import contextlib
    from types import SimpleNamespace

    from ui import writes

    seen = []

    @contextlib.contextmanager
    def writing(path, publish=True, wait=0.0):
        yield SimpleNamespace(con=None, publish=publish)

    monkeypatch.setattr(versions, "writing", writing)
    monkeypatch.setattr(compact, "start_if_due", seen.append)
    monkeypatch.setenv("DANVAN_DB", "/srv/danvan/warehouse.duckdb")
    with writes.draft():
        pass
    assert seen == [Path("/srv/danvan/warehouse.duckdb")]
