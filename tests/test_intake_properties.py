"""Property: whatever the input, an import is either rejected with nothing written, or commits
exactly the records its report calls accepted (and with --skip-invalid, exactly the valid ones)."""

import duckdb
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.intake import commit

HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị"
LOCALITIES = [
    "Lai Châu",
    "Lai Chua",
    "TT Huế",
    "Hà Nội",
    "79",
    "Quận 1",
    "",
    "=cmd|' /C calc'!A0",
    "Tổng cộng",
]
ORGS = ["Hội LHPN", "hoi_nd", "CCB", "Hội Phụ lão", ""]
INDICATORS = ["Hội viên", "loan_balance", "Tỷ lệ nợ quá hạn", "xyz", ""]
PERIODS = ["2021", "Quý I/2024", "2025-Q3", "6 tháng đầu năm 2022", "13/2020", ""]
VALUES = ["1", "180.455", "1,2 triệu", "-3", "120", "0,5%", "abc", "=1+2", "", "992.0000", "14,917"]

row = st.tuples(*(st.sampled_from(v) for v in (LOCALITIES, ORGS, INDICATORS, PERIODS, VALUES)))
junk = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


def csv(rows, extra):
    lines = [HEADER] + [",".join(f'"{c}"' for c in r) for r in rows]
    return ("\n".join(lines) + "\n" + extra).encode("utf-8")


def state(con):
    # Sums in exact decimals: a float sum's last digit depends on the order DuckDB's threads add in
    # (826106474882542.5 against .2 for the same rows).
    return (
        con.execute("select count(*), coalesce(sum(value::decimal(38, 6)), 0) from fact").fetchone(),
        con.execute("select count(*) from source").fetchone(),
        con.execute("select count(*), coalesce(sum(value::decimal(38, 6)), 0) from fact_resolved").fetchone(),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(row, max_size=8), extra=junk, skip_invalid=st.booleans(), raw=st.booleans())
def test_all_or_exactly_the_accepted(writable_db, rows, extra, skip_invalid, raw):
    data = extra.encode("utf-8", "surrogatepass") if raw else csv(rows, extra)
    with duckdb.connect(str(writable_db)) as con:
        before = state(con)
        n_before = con.execute("select count(*) from fact").fetchone()[0]
        report, outcome = commit.run_import(con, data, "p.csv", skip_invalid=skip_invalid)
        after = state(con)
        n_after = con.execute("select count(*) from fact").fetchone()[0]
        if outcome.status == "committed":
            written = con.execute(
                "select count(*) from fact where source_id = $s", {"s": f"batch:{outcome.batch_id}"}
            ).fetchone()[0]
            assert written == outcome.accepted == n_after - n_before
            assert outcome.accepted == (report.n_valid if skip_invalid else report.rows)
            if not skip_invalid:
                assert report.errors.empty
            # Undo, so every example starts from the same warehouse as far as facts are concerned.
            commit.rollback(con, outcome.batch_id)
        else:
            assert after == before
            assert (outcome.status, outcome.accepted, outcome.batch_id) == ("rejected", 0, None)
