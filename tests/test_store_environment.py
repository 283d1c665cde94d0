"""The machine fails too: a disk that fills up in the middle of a write, a data folder that turns
read-only, a folder the account may not write, a build while a dashboard reads. Each gets a
Vietnamese message naming the real cause, the published version stays as it was and readable,
nothing of the draft is left behind, and once the cause is gone the same write works.

The full disk and the read-only folder are real: a small tmpfs mounted for the test (the tests run
as root, as on the project's machines and CI)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from pathlib import Path

import duckdb
import pytest

from danvan import labels, warehouse
from danvan.store import versions

FACTS = "select count(*) from fact"


@pytest.fixture
def small_disk(small_db, tmp_path):
    """A 1.6× the warehouse's size tmpfs holding a copy of the small warehouse: room for a draft
    that grows a little, not for one that grows a lot."""
    mount = tmp_path / "disk"
    mount.mkdir()
    size_mb = int(small_db.stat().st_size * 2.6 / 2**20) + 4
    if os.geteuid() != 0:
        pytest.skip("cần quyền root để gắn một ổ tmpfs nhỏ (máy của dự án và CI chạy bằng root)")
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(mount)], check=True)
    try:
        db = mount / "wh.duckdb"
        shutil.copyfile(small_db, db)
        with versions.writing(db):  # published as a version, as a served warehouse is
            pass
        yield db
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _published_facts(db: Path) -> int:
    snap = versions.open_snapshot(db)
    try:
        return snap.con.execute(FACTS).fetchall()[0][0]
    finally:
        snap.close()


def _leftovers(db: Path) -> list[str]:
    return sorted(
        p.name for p in versions.versions_dir(db).iterdir() if not p.name.endswith((".lock", ".readers"))
    )


def _grow(con: duckdb.DuckDBPyConnection, mb: int) -> None:
    """Write about `mb` MB of incompressible rows into the draft and force them to disk."""
    con.execute(
        "create table filler as select md5(random()::varchar) || md5(random()::varchar) as x from range($n)",
        {"n": mb * 16_000},
    )
    con.execute("checkpoint")


def test_a_disk_that_fills_up_during_a_write(small_disk):
    db = small_disk
    before, files = _published_facts(db), _leftovers(db)
    with pytest.raises(versions.StoreError) as caught, versions.writing(db) as draft:
        _grow(draft.con, 200)
    assert str(caught.value) == labels.ERR_DISK_FULL.format(path=versions.versions_dir(db))
    assert isinstance(caught.value.__cause__, duckdb.IOException)  # said by DuckDB, mid-write
    assert _published_facts(db) == before and _leftovers(db) == files  # nothing half-written
    with versions.writing(db) as draft:  # room again for a normal write
        draft.con.execute("delete from fact where source_id = 'nothing'")
    assert _published_facts(db) == before


def test_a_data_folder_that_turns_read_only(small_disk):
    db = small_disk
    before = _published_facts(db)
    subprocess.run(["mount", "-o", "remount,ro", str(db.parent)], check=True)
    try:
        with pytest.raises(versions.StoreError) as caught, versions.writing(db):
            pass
        assert str(caught.value) == labels.ERR_READ_ONLY_FOLDER.format(path=versions.versions_dir(db))
        assert _published_facts(db) == before  # the dashboards go on reading
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(db.parent)], check=True)
    with versions.writing(db):
        pass


def test_a_folder_the_account_may_not_write(writable_db, monkeypatch):
    real = os.open

    def refused(path, flags, *args):
        if str(path).endswith("write.lock"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *args)

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(versions.StoreError) as caught, versions.writing(writable_db):
        pass
    assert str(caught.value) == labels.ERR_NO_PERMISSION.format(path=versions.versions_dir(writable_db))


def test_a_build_while_a_reader_holds_the_warehouse(writable_db):
    with versions.writing(writable_db):
        pass
    reader = versions.open_snapshot(writable_db)
    try:
        before = reader.con.execute(FACTS).fetchall()[0][0]
        warehouse.build(writable_db, "none")  # publishes the next version; the reader keeps its own
        assert reader.con.execute(FACTS).fetchall()[0][0] == before
        assert _published_facts(writable_db) < before  # the new one: seeds only, no demo
    finally:
        reader.close()
