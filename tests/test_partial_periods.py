"""A period the data has not fully covered is labelled as such and compared like for like: a flow
against the same quarters of the previous year, a stock against the same point. Every expectation
is computed by hand from the figures written here."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from danvan import periods, report, summary
from danvan import queries as q
from tests.conftest import add_facts, add_province

# A made-up province of three communes A, B, C reporting every quarter from 2025-Q1 to 2026-Q3.
# Members (stock) of A per quarter; B has 10 times A's, C 100 times: a total is 111 × A's.
A_MEMBERS = {
    "2025-Q1": 10,
    "2025-Q2": 11,
    "2025-Q3": 12,
    "2025-Q4": 13,
    "2026-Q1": 14,
    "2026-Q2": 15,
    "2026-Q3": 16,
}
# New members (flow) of A per quarter, likewise.
A_NEW = {"2025-Q1": 1, "2025-Q2": 2, "2025-Q3": 3, "2025-Q4": 4, "2026-Q1": 5, "2026-Q2": 6, "2026-Q3": 7}
HORIZON = date(2026, 9, 30)


@pytest.fixture
def running_year(tiny_db):
    a, b, c = add_province(tiny_db, "99", 3)
    rows = []
    for unit, factor in ((a, 1), (b, 10), (c, 100)):
        rows += [(unit, "hoi_nd", "members", p, v * factor) for p, v in A_MEMBERS.items()]
        rows += [(unit, "hoi_nd", "new_members", p, v * factor) for p, v in A_NEW.items()]
    add_facts(tiny_db, rows)
    return tiny_db


def _filters(kind: str) -> q.Filters:
    return q.Filters(bucket_kind=kind, area_id="99", scope="sourced", horizon=HORIZON)


def test_the_horizon_is_the_end_of_the_latest_figure(running_year):
    with duckdb.connect(str(running_year), read_only=True) as con:
        assert q.horizon(con, "sourced") == HORIZON
        assert q.horizon(con, "all") == HORIZON


@pytest.mark.parametrize(
    ("base", "base_id", "new_base", "members_base"),
    [
        # 2026 through Quý III against 2025's first nine months: (1+2+3) × 111 new members, the
        # members at 30/9/2025 (12 × 111) — never the whole 2025 ((1+2+3+4) × 111 = 1.110).
        ("yoy", "2025-9M", 6 * 111, 12 * 111),
        ("previous", "2025-9M", 6 * 111, 12 * 111),
        # "Đầu năm": the members at the end of 2025 (13 × 111); a flow has no such base.
        ("year_start", "2025", None, 13 * 111),
    ],
)
def test_a_running_year_against_the_same_quarters(running_year, base, base_id, new_base, members_base):
    with duckdb.connect(str(running_year), read_only=True) as con:
        k = q.kpis(con, _filters("year"), ["new_members", "members"], "2026", base)
    new, members = k["new_members"], k["members"]
    assert new.value == (5 + 6 + 7) * 111 and members.value == 16 * 111
    assert new.label == members.label == "Năm 2026 (đến Quý III)"
    assert not members.complete and members.through == "2026-Q3"
    assert members.base_bucket_id == base_id and members.base_value == members_base
    assert new.base_value == new_base
    if new_base:
        assert new.change_pct == pytest.approx(18 / 6 - 1)  # +200 %, not the −... of a whole year
    assert members.units_reporting == members.units_expected == 3


def test_a_running_half_year_against_its_quarter_and_the_previous_halfs_first(running_year):
    with duckdb.connect(str(running_year), read_only=True) as con:
        yoy = q.kpis(con, _filters("half"), ["new_members", "members"], "2026-H2", "yoy")
        prev = q.kpis(con, _filters("half"), ["new_members", "members"], "2026-H2", "previous")
    assert yoy["members"].label == "6 tháng cuối năm 2026 (đến Quý III)"
    assert (yoy["new_members"].value, yoy["new_members"].base_value) == (7 * 111, 3 * 111)  # Q3 vs 2025-Q3
    assert (yoy["members"].value, yoy["members"].base_value) == (16 * 111, 12 * 111)
    assert (prev["new_members"].base_bucket_id, prev["new_members"].base_value) == ("2026-Q1", 5 * 111)
    assert (prev["members"].base_bucket_id, prev["members"].base_value) == ("2026-Q1", 14 * 111)
    assert prev["members"].base_label == "Quý I/2026"


def test_a_series_labels_its_running_year_and_says_how_far_it_goes(running_year):
    with duckdb.connect(str(running_year), read_only=True) as con:
        f = q.Filters(
            bucket_kind="year", date_from=date(2025, 12, 31), date_to=date(2026, 12, 31), area_id="99",
            scope="sourced", horizon=HORIZON,
        )  # fmt: skip
        rows = q.series(con, f, "new_members").set_index("bucket_id")
        totals = q.totals(q.series(con, f, "new_members"))
    assert rows.loc["2025", "value"] == 10 * 111 and rows.loc["2025", "complete"]
    assert rows.loc["2026", "value"] == 18 * 111
    assert rows.loc["2026", ["period_label", "complete", "through", "effective_id"]].tolist() == [
        "Năm 2026 (đến Quý III)", False, "2026-Q3", "2026-9M",
    ]  # fmt: skip
    assert totals["period_label"].tolist() == ["Năm 2025", "Năm 2026 (đến Quý III)"]


def test_summaries_and_cards_name_the_partial_period_and_its_base(running_year):
    with duckdb.connect(str(running_year), read_only=True) as con:
        f = q.Filters(
            bucket_kind="year", date_from=date(2025, 12, 31), date_to=date(2026, 12, 31), area_id="99",
            scope="sourced", horizon=HORIZON,
        )  # fmt: skip
        view = report.View(f, ("2025", "2026"), "yoy", "Thử 99")
        page = report.build(con, "members", view)
        k = q.kpis(con, f, ["new_members"], "2026", "yoy")["new_members"]
    new = next(c for c in page.charts if c.key == "new_members")
    # 18 × 111 = 1.998 against 6 × 111 = 666: +1.332 (+200,0%)
    assert new.summary.startswith("Năm 2026 (đến Quý III), kết nạp mới đạt 1.998, tăng 1.332")
    assert "(+200,0%) so với cùng kỳ (9 tháng năm 2025)" in new.summary
    axis = new.figure.data[0].x
    assert list(axis) == ["Năm 2025", "Năm 2026 (đến Quý III)"]
    assert summary.compared(k, "người", "hội viên mới", "yoy").endswith("(9 tháng năm 2025)")
    assert view.period_text == "Năm 2025 – Năm 2026 (đến Quý III)"


@pytest.mark.parametrize(
    ("bucket", "horizon", "effective", "label"),
    [
        ("2026", date(2026, 9, 30), "2026-9M", "Năm 2026 (đến Quý III)"),
        ("2026", date(2026, 6, 30), "2026-H1", "Năm 2026 (đến Quý II)"),
        ("2026", date(2026, 3, 31), "2026-Q1", "Năm 2026 (đến Quý I)"),
        ("2026-9M", date(2026, 7, 31), "2026-H1", "9 tháng năm 2026 (đến Quý II)"),
        ("2026-H2", date(2026, 9, 30), "2026-Q3", "6 tháng cuối năm 2026 (đến Quý III)"),
        ("2026-Q4", date(2026, 11, 15), "2026-Q4", "Quý IV/2026 (đến ngày 15/11/2026)"),
        ("2025", date(2026, 9, 30), "2025", "Năm 2025"),
    ],
)
def test_shown(bucket, horizon, effective, label):
    s = periods.shown(bucket, horizon)
    assert (s.effective, s.label, s.complete) == (effective, label, bucket == effective and bucket == "2025")


@pytest.mark.parametrize(
    ("bucket", "base", "expected"),
    [
        ("2026", "yoy", "2025-9M"),
        ("2026", "previous", "2025-9M"),
        ("2026", "year_start", "2025"),
        ("2026-H2", "yoy", "2025-Q3"),
        ("2026-H2", "previous", "2026-Q1"),
        ("2026-Q3", "yoy", "2025-Q3"),  # complete: as before
        ("2026-Q3", "previous", "2026-Q2"),
    ],
)
def test_comparable_is_like_for_like(bucket, base, expected):
    assert periods.comparable(periods.shown(bucket, date(2026, 9, 30)), base) == expected


def test_no_like_for_like_base_without_a_whole_quarter():
    assert periods.comparable(periods.shown("2026-Q4", date(2026, 11, 15)), "yoy") is None


def test_period_choices_stop_at_the_running_bucket():
    assert periods.choices("year", date(2023, 12, 31), date(2026, 9, 30)) == ["2023", "2024", "2025", "2026"]
    assert periods.choices("half", date(2026, 6, 30), date(2026, 9, 30)) == ["2026-H1", "2026-H2"]
    assert periods.choices("quarter", date(2026, 3, 31), date(2026, 9, 30)) == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
    ]
    assert periods.nearest("2021", ["2017", "2018", "2019", "2020"]) == "2020"
    assert periods.nearest("2015", ["2017", "2018"]) == "2017"
