"""How many of the communes that should report did, on every aggregate: counted, carried to
cards, summaries, notes and charts, and a sum of fewer than half never presented as the total.
Expectations are computed by hand from the figures written here (and the official unit counts)."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from danvan import periods, report, summary
from danvan import queries as q
from tests.conftest import add_facts, add_province

HORIZON = date(2026, 9, 30)


def _province(tiny_db, lhpn_reporters: int):
    """Made-up province 99 of 3 communes. Hội Nông dân: all three report 2025-Q3 and 2026-Q3;
    Hội LHPN: all three in 2025-Q3 (40 each), only the first `lhpn_reporters` in 2026-Q3."""
    units = add_province(tiny_db, "99", 3)
    rows = []
    for i, unit in enumerate(units):
        rows += [
            (unit, "hoi_nd", "members", "2025-Q3", 90 * (i + 1)),
            (unit, "hoi_nd", "members", "2026-Q3", 100 * (i + 1)),
            (unit, "hoi_lhpn", "members", "2025-Q3", 40),
        ]
        if i < lhpn_reporters:
            rows.append((unit, "hoi_lhpn", "members", "2026-Q3", 50))
    add_facts(tiny_db, rows)
    return tiny_db


def _f(**kw) -> q.Filters:
    return q.Filters(**{"area_id": "99", "scope": "sourced", "horizon": HORIZON} | kw)


def test_one_commune_of_three_is_counted_and_not_called_the_total(tiny_db):
    db = _province(tiny_db, lhpn_reporters=1)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = q.series(
            con, _f(), "members", organizations=["hoi_nd", "hoi_lhpn", "*"], bucket_ids=["2026-Q3"]
        )
        by_org = rows.set_index("organization")
        lhpn = q.kpis(con, _f(organizations=("hoi_lhpn",)), ["members"], "2026-Q3")["members"]
        total = q.kpis(con, _f(), ["members"], "2026-Q3")["members"]
    assert by_org.loc["hoi_nd", ["value", "units_reporting", "units_expected"]].tolist() == [600, 3, 3]
    assert by_org.loc["hoi_lhpn", ["value", "units_reporting", "units_expected"]].tolist() == [50, 1, 3]
    # The total of all organizations is reported as far as its least reported one.
    assert by_org.loc["*", ["value", "units_reporting", "units_expected"]].tolist() == [650, 1, 3]
    # 50 against 120 a year earlier would read −58,3 %: a minority's sum is not compared.
    assert (lhpn.value, lhpn.base_value, lhpn.minority, lhpn.change, lhpn.change_pct) == (
        50,
        120,
        True,
        None,
        None,
    )
    assert total.minority and total.change is None
    value, note = summary.kpi_value(lhpn, "người", "Thử 99")
    assert (value, note) == ("50", "mới có 1/3 xã báo cáo, chưa phải tổng của Thử 99")


def test_two_communes_of_three_are_compared_and_marked(tiny_db):
    db = _province(tiny_db, lhpn_reporters=2)
    with duckdb.connect(str(db), read_only=True) as con:
        lhpn = q.kpis(con, _f(organizations=("hoi_lhpn",)), ["members"], "2026-Q3")["members"]
    assert (lhpn.value, lhpn.units_reporting, lhpn.units_expected) == (100, 2, 3)
    assert not lhpn.minority and lhpn.partial_units
    assert lhpn.change == 100 - 120
    assert summary.kpi_value(lhpn, "người", "Thử 99") == ("100", "2/3 xã báo cáo")


def test_pages_say_it_in_summaries_notes_and_charts(tiny_db):
    db = _province(tiny_db, lhpn_reporters=1)
    f = _f(date_from=date(2025, 9, 30), date_to=date(2026, 9, 30))
    view = report.View(
        f, tuple(b for b in periods.choices("quarter", date(2025, 9, 30), HORIZON)), "yoy", "Thử 99"
    )
    with duckdb.connect(str(db), read_only=True) as con:
        members = report.build(con, "members", view)
        overview = report.build(con, "overview", view)
    chart = next(c for c in members.charts if c.key == "members_by_org")
    assert "Quý III/2026: Hội LHPN 1/3 xã báo cáo" in chart.note
    assert "không phải tổng của Thử 99" in chart.note
    lhpn = next(t for t in chart.figure.data if t.name == "Hội LHPN")
    # 2025-Q3 complete, 2026-Q3 a minority: the organization's own marker, then the same one open
    complete, minority = list(lhpn.marker.symbol)
    assert minority == f"{complete}-open" and not complete.endswith("-open")
    assert "1/3 xã báo cáo" in lhpn.customdata[-1][1]
    # The overview's summary: the members' total of 1 commune of 3 is not the province's.
    assert overview.summary.startswith(
        "Quý III/2026, Thử 99: số hội viên, đoàn viên đã báo cáo là 650 (mới có 1/3 xã báo cáo, chưa phải tổng"
    )
    kpis = next(c for c in overview.charts if c.key == "kpis")
    assert kpis.note.startswith("Chưa đủ đơn vị báo cáo — Hội viên: 1/3 xã báo cáo.")
    growth = next(c for c in members.charts if c.key == "members_growth")
    # Hội LHPN's 50 against 120 a year earlier is no growth of −58,3 %: not drawn
    assert set(growth.data.loc[growth.data["bucket_id"] == "2026-Q3", "organization"]) == {"hoi_nd"}


@pytest.fixture
def seeds(seeds_db):
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        yield con


def test_a_sourced_only_warehouse_reaches_its_yearly_and_as_of_figures(seeds):
    horizon = q.horizon(seeds, "sourced")
    assert horizon == date(2020, 12, 31)  # Lai Châu's 2020 review is the latest figure
    assert periods.choices("year", q.first_bucket_end(seeds, "sourced", "year"), horizon) == [
        "2017", "2018", "2019", "2020",
    ]  # fmt: skip
    # the first quarter with a figure holds Quận 1's survey of 1/8/2017
    assert q.first_bucket_end(seeds, "sourced", "quarter") == date(2017, 9, 30)

    def one(f, indicator, bucket):
        rows = q.series(seeds, f, indicator, bucket_ids=[bucket])
        return rows[["value", "units_reporting", "units_expected"]].iloc[0].tolist()

    lai_chau = q.Filters(
        bucket_kind="year", area_id="L12", mode="as_reported", scope="sourced", horizon=horizon
    )
    # A year's stock is the position at 31/12: also Quý IV's. Lai Châu had 106 communes then.
    assert one(lai_chau, "members", "2020") == [180455, 106, 106]
    assert one(lai_chau, "members", "2020-Q4") == [180455, 106, 106]
    quan_1 = q.Filters(
        bucket_kind="quarter", area_id="L760", mode="as_reported", scope="sourced", horizon=horizon
    )
    # An as-of figure (1/8/2017) reports its quarter (Quận 1's 10 wards) …
    assert one(quan_1, "associations", "2017-Q3") == [10, 10, 10]
    # … but is not the position at the end of 2017.
    assert one(quan_1, "associations", "2017") == [10, 0, 10]
    vinh_thanh = q.Filters(
        bucket_kind="year", area_id="L924", mode="as_reported", scope="sourced", horizon=horizon
    )
    # "688 models from 2011 to today" (2011/2017) is the cumulative count at the end of 2017.
    assert one(vinh_thanh, "dvk_models_cumulative", "2017") == [688, 11, 11]
    nation = q.kpis(
        seeds, q.Filters(bucket_kind="year", scope="sourced", horizon=horizon), ["members"], "2020"
    )
    assert nation["members"].minority  # one province of the nation is not the nation's total
