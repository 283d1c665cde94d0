"""How figures add up: over time by indicator kind, across units, through the 2025 crosswalk,
without double counting. Every expectation is computed by hand from the rows written here."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from danvan import queries as q
from danvan.store import derive
from tests.conftest import add_facts

# Two legacy districts of Lai Châu (L105 Thành phố Lai Châu, L106 Huyện Tam Đường), 2023.
LAI_CHAU_2023 = [
    # members (stock): the value at the end of the period
    *[("L105", "hoi_lhpn", "members", f"2023-Q{i + 1}", v) for i, v in enumerate([100, 110, 120, 130])],
    *[("L106", "hoi_lhpn", "members", f"2023-Q{i + 1}", v) for i, v in enumerate([200, 210, 220, 230])],
    # new members (flow): the sum of the periods
    *[("L105", "hoi_lhpn", "new_members", f"2023-Q{i + 1}", v) for i, v in enumerate([10, 20, 30, 40])],
    *[("L106", "hoi_lhpn", "new_members", f"2023-Q{i + 1}", v) for i, v in enumerate([1, 2, 3, 4])],
    # cumulative models: the latest value
    *[
        ("L105", "combined", "dvk_models_cumulative", f"2023-Q{i + 1}", v)
        for i, v in enumerate([5, 7, 9, 12])
    ],
    # loans: ratio recomputed from the sums, not averaged
    ("L105", "hoi_lhpn", "loan_balance", "2023-Q4", 1000),
    ("L105", "hoi_lhpn", "overdue_loans", "2023-Q4", 10),
    ("L106", "hoi_lhpn", "loan_balance", "2023-Q4", 3000),
    ("L106", "hoi_lhpn", "overdue_loans", "2023-Q4", 90),
]


def _con(path):
    return duckdb.connect(str(path), read_only=True)


def _one(con, f, indicator, bucket_id, orgs=None):
    rows = q.series(con, f, indicator, organizations=orgs, bucket_ids=[bucket_id])
    assert len(rows) == 1, rows
    return rows["value"].iloc[0]


@pytest.fixture
def lai_chau(tiny_db):
    add_facts(tiny_db, LAI_CHAU_2023)
    return tiny_db


@pytest.mark.parametrize(
    ("kind", "bucket", "indicator", "expected"),
    [
        ("year", "2023", "members", 130 + 230),  # stock: end of Q4
        ("half", "2023-H1", "members", 110 + 210),  # stock: end of Q2
        ("nine_months", "2023-9M", "members", 120 + 220),  # stock: end of Q3
        ("quarter", "2023-Q2", "members", 110 + 210),
        ("year", "2023", "new_members", 10 + 20 + 30 + 40 + 1 + 2 + 3 + 4),  # flow: sum
        ("half", "2023-H2", "new_members", 30 + 40 + 3 + 4),
        ("nine_months", "2023-9M", "new_members", 10 + 20 + 30 + 1 + 2 + 3),
        ("year", "2023", "dvk_models_cumulative", 12),  # cumulative: latest
        ("half", "2023-H1", "dvk_models_cumulative", 7),
    ],
)
def test_time_aggregation_follows_the_indicator_kind(lai_chau, kind, bucket, indicator, expected):
    with _con(lai_chau) as con:
        f = q.Filters(bucket_kind=kind, area_id="12", scope="sourced")
        assert _one(con, f, indicator, bucket) == expected


def test_ratio_is_recomputed_from_the_sums_not_averaged(lai_chau):
    with _con(lai_chau) as con:
        f = q.Filters(bucket_kind="quarter", area_id="12", scope="sourced")
        # (10 + 90) / (1000 + 3000) = 2.5 %; the mean of 1 % and 3 % would be 2 %.
        assert _one(con, f, "overdue_ratio", "2023-Q4") == pytest.approx(0.025)
        legacy = q.Filters(bucket_kind="quarter", area_id="L12", scope="sourced", mode="as_reported")
        ranking = q.ranking(con, legacy, "overdue_ratio", "2023-Q4").set_index("locality_id")["value"]
        assert ranking.to_dict() == pytest.approx({"L105": 0.01, "L106": 0.03})


def test_a_unit_missing_the_last_quarter_keeps_its_latest_stock_in_the_year(tiny_db):
    add_facts(
        tiny_db, [("L105", "hoi_nd", "members", "2023-Q2", 50), ("L105", "hoi_nd", "members", "2023-Q3", 60)]
    )
    with _con(tiny_db) as con:
        f = q.Filters(bucket_kind="year", area_id="12", scope="sourced")
        assert _one(con, f, "members", "2023") == 60


def test_a_stock_reported_for_a_quarter_and_its_last_month_takes_the_quarters_figure(tiny_db):
    # Both end on 30 June; the later end decides first, then the longer period (the quarter's report).
    add_facts(
        tiny_db,
        [
            ("L105", "hoi_nd", "members", "2023-Q1", 40),
            ("L105", "hoi_nd", "members", "2023-06", 49),
            ("L105", "hoi_nd", "members", "2023-Q2", 50),
        ],
    )
    with _con(tiny_db) as con:
        f = q.Filters(bucket_kind="half", area_id="12", scope="sourced")
        assert _one(con, f, "members", "2023-H1") == 50
        f = q.Filters(bucket_kind="year", area_id="12", scope="sourced")
        assert _one(con, f, "members", "2023") == 50


def test_legacy_provinces_roll_up_into_todays_province(tiny_db):
    # One district each of legacy TP.HCM, Bình Dương and Bà Rịa–Vũng Tàu, 2024-Q4.
    add_facts(
        tiny_db,
        [
            ("L760", "hoi_nd", "members", "2024-Q4", 1000),
            ("L718", "hoi_nd", "members", "2024-Q4", 200),
            ("L747", "hoi_nd", "members", "2024-Q4", 30),
        ],
    )
    with _con(tiny_db) as con:
        current = q.Filters(area_id="79", scope="sourced", mode="current")
        assert _one(con, current, "members", "2024-Q4") == 1230
        as_reported = q.Filters(area_id="L74", scope="sourced", mode="as_reported")
        assert _one(con, as_reported, "members", "2024-Q4") == 200
        national = q.ranking(con, q.Filters(scope="sourced"), "members", "2024-Q4")
        assert national.set_index("locality_id")["value"].to_dict() == {"79": 1230}
        legacy = q.ranking(con, q.Filters(scope="sourced", mode="as_reported"), "members", "2024-Q4")
        assert legacy.set_index("locality_id")["value"].to_dict() == {"L79": 1000, "L74": 200, "L77": 30}


def test_same_period_a_year_earlier(tiny_db):
    add_facts(
        tiny_db,
        [
            ("L105", "hoi_nd", "members", "2023-Q4", 400),
            ("L105", "hoi_nd", "members", "2024-Q3", 410),
            ("L105", "hoi_nd", "members", "2024-Q4", 420),
            ("L105", "hoi_nd", "new_members", "2023-Q4", 8),
            ("L105", "hoi_nd", "new_members", "2024-Q4", 10),
        ],
    )
    with _con(tiny_db) as con:
        # The district itself: it reports for all of its 7 communes (the province would be 7/106)
        f = q.Filters(area_id="L105", scope="sourced", mode="as_reported")
        k = q.kpis(con, f, ["members", "new_members"], "2024-Q4", base="yoy")
        assert (k["members"].value, k["members"].base_value, k["members"].change) == (420, 400, 20)
        assert k["members"].change_pct == pytest.approx(0.05)
        assert k["new_members"].change_pct == pytest.approx(0.25)
        prev = q.kpis(con, f, ["members"], "2024-Q4", base="previous")["members"]
        assert (prev.base_bucket_id, prev.base_value) == ("2024-Q3", 410)
        start = q.kpis(con, f, ["members", "new_members"], "2024-Q4", base="year_start")
        assert (start["members"].base_bucket_id, start["members"].base_value) == ("2023", 400)
        assert start["new_members"].base_value is None  # a flow has no "start of the year" base


def test_a_wider_units_figure_wins_over_the_units_inside_it(lai_chau):
    # The province reports its own 2023 total; the districts' quarters must not be added to it.
    add_facts(lai_chau, [("L12", "hoi_lhpn", "members", "2023", 999)], source_id="batch:province")
    with _con(lai_chau) as con:
        year = q.Filters(bucket_kind="year", area_id="12", scope="sourced")
        assert _one(con, year, "members", "2023") == 999
        quarter = q.Filters(bucket_kind="quarter", area_id="12", scope="sourced")
        # A year's stock is the position at 31/12: the province's figure is also Quý IV's …
        assert _one(con, quarter, "members", "2023-Q4") == 999
        # … and says nothing of 30/9, where the districts' figures stand.
        assert _one(con, quarter, "members", "2023-Q3") == 120 + 220
        flows = q.Filters(bucket_kind="quarter", area_id="12", scope="sourced")
        assert _one(con, flows, "new_members", "2023-Q4") == 40 + 4  # a flow's year is not its Q4


def test_a_combined_figure_is_the_total_and_is_never_added_to_its_parts(lai_chau):
    add_facts(lai_chau, [("L105", "combined", "members", "2023-Q4", 500)], source_id="batch:combined")
    with _con(lai_chau) as con:
        f = q.Filters(area_id="L105", scope="sourced", mode="as_reported")
        assert _one(con, f, "members", "2023-Q4") == 500  # all organizations: the combined figure
        assert _one(con, f, "members", "2023-Q4", orgs=["hoi_lhpn"]) == 130  # one organization: its own
        province = q.Filters(area_id="12", scope="sourced")
        assert _one(con, province, "members", "2023-Q4") == 500 + 230


def test_sourced_figures_replace_demo_ones_instead_of_adding_up(small_db, tmp_path):
    import shutil

    path = tmp_path / "mixed.duckdb"
    shutil.copy(small_db, path)
    f = q.Filters(bucket_kind="quarter", area_id="L12", mode="as_reported")
    with _con(path) as con:
        demo_total = _one(con, f, "members", "2024-Q4", orgs=["hoi_nd"])
    assert demo_total > 1000
    add_facts(path, [("L105", "hoi_nd", "members", "2024-Q4", 777)])
    with _con(path) as con:
        # Within Lai Châu, the imported figure replaces the demo set for that key and bucket.
        assert _one(con, f, "members", "2024-Q4", orgs=["hoi_nd"]) == 777
        other = q.Filters(bucket_kind="quarter", area_id="L12", mode="as_reported")
        assert _one(con, other, "members", "2024-Q4", orgs=["hoi_lhpn"]) > 1000  # untouched


def test_stocks_of_vanished_units_do_not_count_after_the_reform(tiny_db):
    add_facts(
        tiny_db,
        [
            ("L105", "hoi_nd", "members", "2025-Q2", 100),  # legacy district, last quarter
            ("03388", "hoi_nd", "members", "2025-Q4", 70),  # a current commune of Lai Châu
            ("L105", "hoi_nd", "new_members", "2025-Q2", 5),
            ("03388", "hoi_nd", "new_members", "2025-Q4", 3),
        ],
    )
    with _con(tiny_db) as con:
        year = q.Filters(bucket_kind="year", area_id="12", scope="sourced")
        assert _one(con, year, "members", "2025") == 70  # not 170: the district is gone at 31/12/2025
        assert _one(con, year, "new_members", "2025") == 8  # flows add across the reform
        as_reported = q.Filters(bucket_kind="year", area_id="L105", scope="sourced", mode="as_reported")
        assert q.series(con, as_reported, "members", bucket_ids=["2025"]).empty


def test_date_range_selects_buckets(lai_chau):
    with _con(lai_chau) as con:
        f = q.Filters(area_id="12", scope="sourced", date_from=date(2023, 4, 1), date_to=date(2023, 9, 30))
        rows = q.series(con, f, "members")
        assert rows["bucket_id"].tolist() == ["2023-Q2", "2023-Q3"]


def test_coverage_finds_the_demo_defects(small_con):
    info = dict(small_con.execute("select key, value from build_info").fetchall())
    found = {tuple(x.split(":")) for x in info["demo_defects"].split("; ")}
    missing = next(d for d in found if d[0] == "missing_quarter" and d[2] == "2023-Q2")
    late = next(d for d in found if d[0] == "late_report")
    f = q.Filters(date_from=date(2022, 1, 1), date_to=date(2026, 9, 30))
    gaps = q.coverage_gaps(small_con, f, limit=100_000).set_index(["locality_id", "period_id"])
    assert gaps.loc[(missing[1], "2023-Q2"), "n_facts"] == 0  # reported nothing that quarter
    assert (missing[1], "2023-Q3") not in gaps.index
    assert gaps.loc[(late[1], "2023-Q4"), "days_late"] == (date(2024, 4, 22) - date(2023, 12, 31)).days
    summary = q.coverage(small_con, f).set_index("period_id")
    assert set(summary.index) <= {f"{y}-Q{i}" for y in range(2022, 2027) for i in range(1, 5)}
    assert (summary["units"] == summary["reported"] + summary["missing"]).all()
    assert summary.loc["2023-Q2", "missing"] >= 1 and summary.loc["2023-Q4", "late"] >= 1


def test_coverage_counts_expected_missing_and_late_units(tiny_db):
    # Legacy Lai Châu, 2023: L105 reports every quarter, L106 skips the second, L107 starts in the
    # third. L105's fourth-quarter figure reached the office on 1 March 2024: 61 days, late (> 45).
    rows = [
        *[("L105", "hoi_lhpn", "members", f"2023-Q{i}", 1) for i in (1, 2, 3, 4)],
        *[("L106", "hoi_lhpn", "members", f"2023-Q{i}", 1) for i in (1, 3, 4)],
        *[("L107", "hoi_lhpn", "members", f"2023-Q{i}", 1) for i in (3, 4)],
    ]
    add_facts(tiny_db, rows)
    with duckdb.connect(str(tiny_db)) as con:
        con.execute(
            "update fact set reported_on = '2024-03-01' where locality_id = 'L105' and period_id = '2023-Q4'"
        )
        derive.derive_all(con)
    f = q.Filters(area_id="L12", mode="as_reported", date_from=date(2023, 1, 1), date_to=date(2023, 12, 31))
    with _con(tiny_db) as con:
        summary = q.coverage(con, f)
        gaps = q.coverage_gaps(con, f)
        first = q.coverage_gaps(con, f, limit=1)
    assert summary[["period_id", "units", "reported", "missing", "late"]].values.tolist() == [
        ["2023-Q1", 2, 2, 0, 0],  # L107 is not expected before its first report
        ["2023-Q2", 2, 1, 1, 0],
        ["2023-Q3", 3, 3, 0, 0],
        ["2023-Q4", 3, 3, 0, 1],
    ]
    assert gaps[["locality_id", "period_id", "n_facts", "total"]].values.tolist() == [
        ["L105", "2023-Q4", 1, 2],  # newest quarter first
        ["L106", "2023-Q2", 0, 2],
    ]
    assert gaps["days_late"].iloc[0] == 61 and gaps["days_late"].isna().iloc[1]  # missing: no date
    assert first["locality_id"].tolist() == ["L105"] and first["total"].tolist() == [2]
