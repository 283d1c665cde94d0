"""`python -m danvan series` and `kpis`: the dashboard's aggregates for scripts, read through the
same queries; expectations computed by hand (the running year of tests/test_partial_periods.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from danvan import cli
from tests.conftest import add_facts, add_province
from tests.test_partial_periods import A_MEMBERS, A_NEW


@pytest.fixture
def db(tiny_db):
    a, b, c = add_province(tiny_db, "99", 3)
    rows = []
    for unit, factor in ((a, 1), (b, 10), (c, 100)):
        rows += [(unit, "hoi_nd", "members", p, v * factor) for p, v in A_MEMBERS.items()]
        rows += [(unit, "hoi_nd", "new_members", p, v * factor) for p, v in A_NEW.items()]
    # Hội LHPN: only the first commune reports, in 2026-Q3
    rows.append((a, "hoi_lhpn", "members", "2026-Q3", 7))
    add_facts(tiny_db, rows)
    return tiny_db


def run(capsys, db, *args) -> tuple[int, str, str]:
    code = cli.main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_series_one_line_per_period(db, capsys):
    code, out, _ = run(
        capsys, db, "series", "--indicator", "new_members", "--locality", "99", "--period-kind", "year",
        "--scope", "sourced", "--from", "2025",
    )  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == [
        "period", "period_label", "complete", "through", "value", "units_reporting", "units_expected", "is_demo",
    ]  # fmt: skip
    assert [(r["period"], r["period_label"], r["complete"], r["through"], r["value"]) for r in rows] == [
        ("2025", "Năm 2025", "True", "2025-Q4", str(10 * 111)),
        ("2026", "Năm 2026 (đến Quý III)", "False", "2026-Q3", str(18 * 111)),
    ]
    assert [(r["units_reporting"], r["units_expected"]) for r in rows] == [("3", "3"), ("3", "3")]


def test_series_jsonl_nine_months_and_organizations(db, capsys):
    code, out, _ = run(
        capsys, db, "series", "--indicator", "members", "--organization", "hoi_nd", "--organization", "hoi_lhpn",
        "--locality", "99", "--period-kind", "9m", "--scope", "sourced", "--format", "jsonl",
    )  # fmt: skip
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    last = lines[-1]
    # 30/9/2026: Hội Nông dân 16 × 111, Hội LHPN 7 from one commune of three (the sum is marked)
    assert (last["period"], last["value"], last["units_reporting"], last["units_expected"]) == (
        "2026-9M", 16 * 111 + 7, 1, 3,
    )  # fmt: skip
    assert last["complete"] is True


@pytest.mark.parametrize(
    ("base", "base_period", "base_value"),
    [("same_period", "2025-9M", 6 * 111), ("previous", "2025-9M", 6 * 111), ("year_start", None, None)],
)
def test_kpis_compare_like_for_like(db, capsys, base, base_period, base_value):
    code, out, _ = run(
        capsys, db, "kpis", "--indicator", "new_members", "--indicator", "members", "--organization", "hoi_nd",
        "--locality", "99", "--period-kind", "year", "--scope", "sourced", "--base", base, "--format", "jsonl",
    )  # fmt: skip
    assert code == 0
    new, members = (json.loads(x) for x in out.splitlines())
    assert (new["indicator"], new["period"], new["period_label"], new["value"]) == (
        "new_members", "2026", "Năm 2026 (đến Quý III)", 18 * 111,
    )  # fmt: skip
    assert (new["base_period"], new["base_value"]) == (base_period, base_value)
    if base_value:
        assert new["change"] == 12 * 111 and new["change_pct"] == pytest.approx(2.0)
        assert new["base_label"] == "9 tháng năm 2025"
    assert members["value"] == 16 * 111
    assert members["base_value"] == (13 * 111 if base == "year_start" else 12 * 111)
    assert (members["units_reporting"], members["units_expected"]) == (3, 3)


def test_kpis_give_no_change_for_a_minoritys_sum(db, capsys):
    code, out, _ = run(
        capsys, db, "kpis", "--indicator", "members", "--organization", "hoi_lhpn", "--locality", "99",
        "--scope", "sourced", "--to", "2026-Q3", "--format", "jsonl",
    )  # fmt: skip
    row = json.loads(out)
    assert code == 0 and (row["value"], row["units_reporting"], row["units_expected"]) == (7, 1, 3)
    assert row["change"] is None and row["change_pct"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["series", "--indicator", "nope"], "Không có chỉ tiêu mã «nope»"),
        (
            ["series", "--indicator", "members", "--period-kind", "year", "--from", "2025-Q1"],
            "không phải loại kỳ",
        ),
        (["kpis", "--organization", "nobody"], "Không có tổ chức mã «nobody»"),
        (["series", "--indicator", "members", "--locality", "Không Có Nơi Này"], "Không tìm thấy"),
    ],
)
def test_usage_errors_are_vietnamese_with_exit_code_2(db, capsys, args, message):
    code, out, err = run(capsys, db, *args)
    assert code == 2 and message in err and not out
