"""Published versions: readers keep answering while a write publishes, then see it; a killed
writer leaves the published version intact; two writers never lose a write; old versions go once
no reader holds them; a dashboard process, a command-line deck and a second dashboard on one
warehouse at once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from bench.serve import start_streamlit, stop
from danvan.intake import commit
from danvan.store import readers, versions
from tests.conftest import ROOT

FORM = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\n"
LAI_CHAU_2021 = (
    "select count(*) from fact where locality_id = 'L12' and period_id = '2021' and organization = 'hoi_lhpn'"
)


@pytest.fixture
def db(small_db, tmp_path) -> Path:
    """A private copy of the small warehouse, published as version 2 (a plain file becomes version 1
    at the first write, which publishes 2 and removes 1, as no reader holds it)."""
    path = tmp_path / "wh.duckdb"
    shutil.copyfile(small_db, path)
    with versions.writing(path):
        pass
    assert _files(path) == ["000002.duckdb"]
    return path


def _import(db: Path, rows: str, name: str = "f.csv", **kw):
    return commit.import_file(db, (FORM + rows).encode(), name, **kw)


def _count(con, sql: str) -> int:
    return con.execute(sql).fetchall()[0][0]


def _files(db: Path) -> list[str]:
    return sorted(p.name for p in versions.versions_dir(db).iterdir() if p.name.endswith(".duckdb"))


def test_a_reader_keeps_its_version_while_a_write_publishes_then_sees_the_new_one(db):
    old = versions.open_snapshot(db)
    assert _count(old.con, LAI_CHAU_2021) == 0
    _, outcome, _ = _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n")
    assert outcome.status == "committed"
    assert db.is_symlink() and versions.published(db).name == "000003.duckdb"
    # the open reader still answers, from version 2, which stays on disk while it is held
    assert _count(old.con, LAI_CHAU_2021) == 0
    assert _files(db) == ["000002.duckdb", "000003.duckdb"]
    new = versions.open_snapshot(db)
    assert (new.version, _count(new.con, LAI_CHAU_2021)) == ("000003", 1)
    old.close()
    assert versions.remove_unused(db) == ["000002"]
    assert _files(db) == ["000003.duckdb"]
    new.close()


def test_a_server_pins_a_version_per_run_and_lets_go_of_old_ones(db):
    r = readers.Readers(db, watch_seconds=0.05)
    try:
        with r.pinned() as run:  # a page's run in progress while an import publishes
            _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n")
            assert _count(run.cursor(), LAI_CHAU_2021) == 0  # one run, one version
        with r.pinned() as run:
            assert (run.version, _count(run.cursor(), LAI_CHAU_2021)) == ("000003", 1)
        assert _files(db) == ["000003.duckdb"]  # version 2: closed and removed once unpinned
        # an idle server: the watcher lets go of the old version without a run
        _import(db, "Lai Châu,Hội LHPN,Hội viên,2022,300\n", "g.csv")
        deadline = time.monotonic() + 10
        while _files(db) != ["000004.duckdb"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _files(db) == ["000004.duckdb"]
    finally:
        r.close()


def test_two_writers_one_waits_or_is_told_and_nothing_is_lost(db):
    with versions.writing(db) as draft:
        draft.con.execute("select 1").fetchall()
        with pytest.raises(versions.WriterBusy, match="đang được ghi"):
            _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n", wait=0.2)
    # Two imports at once from two threads, each willing to wait: both land, one after the other.
    results = []

    def one(rows: str, name: str) -> None:
        results.append(_import(db, rows, name, wait=60)[1].status)

    threads = [
        threading.Thread(target=one, args=("Lai Châu,Hội LHPN,Hội viên,2021,200\n", "a.csv")),
        threading.Thread(target=one, args=("Lai Châu,Hội LHPN,Hội viên,2022,300\n", "b.csv")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert results == ["committed", "committed"]
    snap = versions.open_snapshot(db)
    try:
        assert (
            _count(snap.con, "select count(*) from source where kind = 'import' and status = 'active'") == 2
        )
    finally:
        snap.close()


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from danvan.store import versions
    with versions.writing(sys.argv[1]) as draft:
        draft.con.execute("delete from fact")
        draft.con.execute("checkpoint")
        print("WRITING", flush=True)
        time.sleep(120)
    """
)


def test_a_killed_writer_leaves_the_published_version_and_the_next_write_works(db):
    _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n")  # versions from here on
    before = db.resolve()
    facts = versions.open_snapshot(db)
    n_facts = _count(facts.con, "select count(*) from fact")
    facts.close()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout.readline().strip() == "WRITING"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert db.resolve() == before
    assert list(versions.versions_dir(db).glob("*.next"))  # what it left
    snap = versions.open_snapshot(db)
    assert _count(snap.con, "select count(*) from fact") == n_facts
    snap.close()
    # the kernel released its lock: the next write neither waits nor keeps the leftover
    _, outcome, _ = _import(db, "Lai Châu,Hội LHPN,Hội viên,2022,300\n", "g.csv", wait=0)
    assert outcome.status == "committed"
    assert not list(versions.versions_dir(db).glob("*.next*"))
    assert _files(db) == ["000004.duckdb"]  # the killed draft's number, free again


def test_a_trial_publishes_nothing(db):
    _, outcome, _ = _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n", dry_run=True)
    assert outcome.status == "dry_run" and not outcome.impact.empty
    assert versions.published(db).name == "000002.duckdb"  # nothing newer
    assert _files(db) == ["000002.duckdb"]


def _open_page(url: str) -> None:
    """One dashboard run (a session's overview) through Streamlit's websocket, as a browser does."""
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "loadtest.py"), "--url", url, "--probe"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_two_dashboards_a_deck_and_an_import_at_the_same_time(db, tmp_path):
    _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n")
    one, url_one = start_streamlit(ROOT / "serve.py", db, tmp_path / "one.log")
    two, url_two = start_streamlit(ROOT / "serve.py", db, tmp_path / "two.log")
    try:
        _open_page(url_one)  # both serve pages: each holds the published version open
        _open_page(url_two)
        deck = subprocess.run(
            [
                sys.executable,
                "-m",
                "danvan",
                "--db",
                str(db),
                "deck",
                "overview",
                "--out",
                str(tmp_path / "deck.pptx"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert deck.returncode == 0, deck.stderr
        assert (tmp_path / "deck.pptx").stat().st_size > 10_000
        _, outcome, _ = _import(db, "Lai Châu,Hội LHPN,Hội viên,2022,300\n", "g.csv")
        assert outcome.status == "committed"
        _open_page(url_one)  # and they go on serving, from the new version
        _open_page(url_two)
    finally:
        stop(one)
        stop(two)


def test_a_relative_path_keeps_its_published_version(small_db, tmp_path, monkeypatch):
    # `make run` names the warehouse data/warehouse.duckdb, relative to the checkout
    monkeypatch.chdir(tmp_path)
    shutil.copyfile(small_db, tmp_path / "wh.duckdb")
    rel = Path("wh.duckdb")
    with versions.writing(rel):
        pass
    with versions.writing(rel):
        pass
    assert versions.published(rel) == (tmp_path / "wh.duckdb.versions" / "000003.duckdb").resolve()
    assert _files(tmp_path / "wh.duckdb") == ["000003.duckdb"]
    snap = versions.open_snapshot(rel)
    try:
        assert _count(snap.con, "select count(*) from locality") > 0
    finally:
        snap.close()


def test_the_next_import_removes_the_original_a_killed_writer_kept(db):
    _, first, _ = _import(db, "Lai Châu,Hội LHPN,Hội viên,2021,200\n", "một.csv")
    archive = db.parent / "archive"
    kept = sorted(p.name for p in archive.iterdir())
    assert kept == [f"{first.batch_id.removeprefix('batch:')}__một.csv"]
    orphan = archive / "20261202-010203-deadbeef__chưa xong.csv"  # its batch was never published
    orphan.write_bytes(b"...")
    _, second, _ = _import(db, "Lai Châu,Hội LHPN,Hội viên,2022,300\n", "hai.csv")
    assert not orphan.exists()
    assert sorted(p.name for p in archive.iterdir()) == sorted(
        [*kept, f"{second.batch_id.removeprefix('batch:')}__hai.csv"]
    )
