"""A process killed in the middle of a commit leaves the warehouse as it was."""

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parent.parent

# The child commits a file, but stops for good inside the transaction, right after the facts were
# inserted and the derived tables refreshed; the parent then kills it (SIGKILL: no clean-up runs).
CHILD = textwrap.dedent(
    """
    import sys, time
    import duckdb
    from danvan.intake import commit
    from danvan.store import derive

    real = derive.refresh

    def refresh_then_hang(con, *args):
        real(con, *args)
        print("IN_TRANSACTION", flush=True)
        time.sleep(120)

    derive.refresh = refresh_then_hang
    con = duckdb.connect(sys.argv[1])
    data = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\\nLai Châu,Hội LHPN,Hội viên,2021,200\\n".encode()
    commit.run_import(con, data, "crash.csv")
    """
)


def snapshot(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            t: con.execute(
                "select count(*), coalesce(sum(hash(x)), 0) from query_table($t) as x", {"t": t}
            ).fetchone()
            for t in (
                "fact",
                "source",
                "period",
                "fact_resolved",
                "fact_effective",
                "fact_area",
                "fact_coverage",
            )
        }


def test_killed_commit_changes_nothing(writable_db):
    before = snapshot(writable_db)
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(writable_db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        line = child.stdout.readline()
        assert line.strip() == "IN_TRANSACTION", child.stderr.read()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert snapshot(writable_db) == before
    with duckdb.connect(str(writable_db), read_only=True) as con:
        scratch = con.execute(
            "select count(*) from duckdb_schemas() where schema_name like 'store_part%'"
        ).fetchone()
    assert scratch == (0,)
    assert not list(writable_db.parent.glob("archive/*"))  # the archive copy is written last, before COMMIT

    # The warehouse is usable: the same file now commits.
    from danvan.intake import commit

    with duckdb.connect(str(writable_db)) as con:
        data = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\nLai Châu,Hội LHPN,Hội viên,2021,200\n".encode()
        _, outcome = commit.run_import(con, data, "crash.csv")
    assert outcome.status == "committed" and outcome.accepted == 1
