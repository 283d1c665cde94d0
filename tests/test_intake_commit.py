"""Committing batches: all or nothing, exactly the valid rows on request, the same file twice,
newer over older with history kept, rollback, the archive, and the partition re-derive giving
exactly what a full derive gives."""

import duckdb
import pytest

from danvan.intake import commit, validate
from tests.conftest import DERIVED_TABLES as DERIVED
from tests.conftest import differences_from_a_full_derive

HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị"


def form(*rows) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


def counts(con) -> dict:
    return {
        t: con.execute("select count(*) from query_table($t)", {"t": t}).fetchone()[0]
        for t in ("fact", "source", "period", *DERIVED)
    }


def run(db, data, name="f.csv", **kw):
    with duckdb.connect(str(db)) as con:
        return commit.run_import(con, data, name, **kw)


def resolved(db, locality, org, indicator, period):
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "select value, source_id from fact_resolved where locality_id = $l and organization = $o "
            "and indicator = $i and breakdown = '' and period_id = $p",
            {"l": locality, "o": org, "i": indicator, "p": period},
        ).fetchone()
    return row


GOOD = "Lai Châu,Hội LHPN,Hội viên,2021,200"
BAD = "Lai Chua,Hội LHPN,Hội viên,2021,5"


def test_a_file_with_an_error_is_rejected_whole(writable_db):
    with duckdb.connect(str(writable_db)) as con:
        before = counts(con)
    _report, outcome = run(writable_db, form(GOOD, BAD))
    assert outcome.status == "rejected" and outcome.batch_id is None and outcome.accepted == 0
    with duckdb.connect(str(writable_db)) as con:
        assert counts(con) == before
    assert not (writable_db.parent / "archive").exists()


def test_skip_invalid_commits_exactly_the_valid_rows(writable_db):
    report, outcome = run(
        writable_db, form(GOOD, BAD, 'Hà Nội,Hội Nông dân,Hội viên,2022,"1.500"'), skip_invalid=True
    )
    assert outcome.status == "committed" and outcome.accepted == 2 == report.accepted(True)
    with duckdb.connect(str(writable_db), read_only=True) as con:
        facts = con.execute(
            "select locality_id, organization, indicator, period_id, value, evidence from fact where source_id = $s "
            "order by 1",
            {"s": f"batch:{outcome.batch_id}"},
        ).fetchall()
        source = con.execute(
            "select kind, status, file_name, file_sha256, rows_total, rows_accepted, imported_by from source "
            "where source_id = $s",
            {"s": f"batch:{outcome.batch_id}"},
        ).fetchone()
    assert facts == [
        ("L01", "hoi_nd", "members", "2022", 1500.0, "f.csv!E4"),  # where the value was read
        ("L12", "hoi_lhpn", "members", "2021", 200.0, "f.csv!E2"),
    ]
    assert source[:6] == (
        "import",
        "active",
        "f.csv",
        validate.sha256(form(GOOD, BAD, 'Hà Nội,Hội Nông dân,Hội viên,2022,"1.500"')),
        3,
        2,
    )
    assert source[6]


def test_same_file_twice_changes_nothing_and_the_archive_keeps_the_original(writable_db):
    data = form(GOOD)
    _, first = run(writable_db, data, "lai chau 2021.csv")
    with duckdb.connect(str(writable_db)) as con:
        before = counts(con)
    _, second = run(writable_db, data, "again.csv")
    assert (second.status, second.batch_id, second.accepted) == ("unchanged", first.batch_id, 0)
    with duckdb.connect(str(writable_db)) as con:
        assert counts(con) == before
    archived = writable_db.parent / "archive" / f"{first.batch_id}__lai_chau_2021.csv"
    assert archived.read_bytes() == data


def test_newer_batch_wins_history_is_kept_and_rollback_restores(writable_db):
    _, a = run(writable_db, form(GOOD), "a.csv")
    assert resolved(writable_db, "L12", "hoi_lhpn", "members", "2021") == (200.0, f"batch:{a.batch_id}")
    _, b = run(writable_db, form("Lai Châu,Hội LHPN,Hội viên,2021,300"), "b.csv")
    assert resolved(writable_db, "L12", "hoi_lhpn", "members", "2021") == (300.0, f"batch:{b.batch_id}")
    with duckdb.connect(str(writable_db), read_only=True) as con:
        kept = con.execute(
            "select value from fact where locality_id = 'L12' and organization = 'hoi_lhpn' and period_id = '2021' "
            "order by value"
        ).fetchall()
    assert kept == [(200.0,), (300.0,)]
    with duckdb.connect(str(writable_db)) as con:
        assert commit.rollback(con, b.batch_id).facts == 1
        listed = commit.batches(con)
        with pytest.raises(commit.CommitError):
            commit.rollback(con, b.batch_id)
        with pytest.raises(commit.CommitError):
            commit.rollback(con, "no-such-batch")
    assert resolved(writable_db, "L12", "hoi_lhpn", "members", "2021") == (200.0, f"batch:{a.batch_id}")
    assert listed[["batch_id", "status", "file_name"]].values.tolist() == [
        [b.batch_id, "rolled_back", "b.csv"],
        [a.batch_id, "active", "a.csv"],
    ]
    # A rolled-back file may be imported again: a new batch.
    _, again = run(writable_db, form("Lai Châu,Hội LHPN,Hội viên,2021,300"), "b.csv")
    assert again.status == "committed" and again.batch_id != b.batch_id


def test_new_periods_are_added(writable_db):
    _, out = run(writable_db, form("Lai Châu,Hội LHPN,Hội viên,15/03/2021,7"))
    assert out.status == "committed"
    with duckdb.connect(str(writable_db), read_only=True) as con:
        assert con.execute("select kind, label from period where period_id = '2021-03-15'").fetchone() == (
            "date",
            "Ngày 15/03/2021",
        )


def _assert_equals_full_derive(db):
    """The derived tables after incremental refreshes hold exactly the rows of a full derive."""
    with duckdb.connect(str(db)) as con:
        differing = differences_from_a_full_derive(con)
        schemas = con.execute(
            "select count(*) from duckdb_schemas() where schema_name like 'store_part%'"
        ).fetchone()
        intermediate = con.execute(
            "select count(*) from duckdb_tables() where table_name = 'fact_unit_bucket'"
        ).fetchone()
    assert differing == {}  # table: (rows only incremental, rows only in the full derive, rows)
    assert schemas == (0,)
    assert intermediate == (0,)


def test_partition_refresh_equals_a_full_derive(writable_db):
    # Several provinces, both eras, a range period, a sourced figure over demo ones (HCM 2023 and
    # Hà Nội/Cần Thơ communes in the small demo set), then a one-province batch, then a rollback.
    rows = [
        "Lai Châu,Hội LHPN,Hội viên,Quý I/2024,1000",
        "Lai Châu,Hội LHPN,Kết nạp mới,Quý II/2024,10",
        "79,Hội Nông dân,Dư nợ,2023,5 tỷ",
        "Quận 1,Hội CCB,Hội viên,6 tháng đầu năm 2025,40",
        "Hà Nội,Hội LHPN,Hội viên,2011/2017,9",
        "Hà Nội,Hội LHPN,Hội viên,Quý III/2025,123456",
    ]
    _, first = run(writable_db, form(*rows))
    assert first.status == "committed"
    _assert_equals_full_derive(writable_db)
    _, second = run(
        writable_db, form("Hà Nội,Hội LHPN,Hội viên,Quý III/2025,7", "Hà Nội,MTTQ,Hội viên,2025,8")
    )
    assert second.status == "committed"
    _assert_equals_full_derive(writable_db)
    with duckdb.connect(str(writable_db)) as con:
        commit.rollback(con, first.batch_id)
    _assert_equals_full_derive(writable_db)
    # A month inside the first half of 2025 (only the buckets containing it are re-derived) and a
    # stock of today's ward for the last quarter of 2025, which covers the legacy units inside it.
    _, third = run(
        writable_db,
        form("Quận 1,Hội CCB,Kết nạp mới,Tháng 5/2025,3", "00004,Hội LHPN,Hội viên,Quý IV/2025,55"),
    )
    assert third.status == "committed" and third.accepted == 2
    _assert_equals_full_derive(writable_db)


def test_a_rows_note_is_kept_with_its_evidence(writable_db):
    data = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị,Ghi chú\nLai Châu,Hội LHPN,Hội viên,2021,200,ước tính\n"
    _, outcome = run(writable_db, data.encode())
    with duckdb.connect(str(writable_db), read_only=True) as con:
        evidence = con.execute(
            "select evidence from fact where source_id = $s", {"s": f"batch:{outcome.batch_id}"}
        ).fetchall()
    assert evidence == [("f.csv!E2 — ước tính",)]


def test_a_total_of_qualified_figures_is_not_qualified_itself(writable_db):
    # Every figure of the batch says "khoảng": a half-year adding up two of them is a plain sum.
    data = form(
        "Lai Châu,Hội LHPN,Hội viên mới,Quý I/2021,khoảng 10",
        "Lai Châu,Hội LHPN,Hội viên mới,Quý II/2021,khoảng 20",
    )
    _, outcome = run(writable_db, data)
    assert outcome.status == "committed"
    with duckdb.connect(str(writable_db), read_only=True) as con:
        rows = con.execute(
            "select bucket_id, value, approx from fact_effective where locality_id = 'L12' "
            "and organization = 'hoi_lhpn' and indicator = 'new_members' and bucket_id in ('2021-Q1', '2021-H1') "
            "order by bucket_id"
        ).fetchall()
    assert rows == [("2021-H1", 30.0, ""), ("2021-Q1", 10.0, "khoảng")]
    _assert_equals_full_derive(writable_db)
