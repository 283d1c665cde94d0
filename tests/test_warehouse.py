"""The warehouse as built: units before and after the reform, registries, seeds, demo, idempotence."""

from __future__ import annotations

import csv
import json
from datetime import date
from importlib import resources

import duckdb
import pytest

from danvan import warehouse
from danvan.store import derive
from tests.conftest import ROOT, add_facts


def _count(con, sql, params=None):
    return con.execute(sql, params or {}).fetchall()[0][0]


VALID_ON = (
    "select count(*) from locality where level = $level and (valid_from is null or valid_from <= $d) "
    "and (valid_to is null or $d <= valid_to)"
)


def test_units_valid_today_and_before_the_reform(seeds_db):
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        today = date(2026, 1, 1)
        assert _count(con, VALID_ON, {"level": "province", "d": today}) == 34
        assert _count(con, VALID_ON, {"level": "commune", "d": today}) == 3321
        assert _count(con, VALID_ON, {"level": "district", "d": today}) == 0
        assert _count(con, VALID_ON, {"level": "province", "d": date(2020, 1, 1)}) == 63
        # 2,621 xã, 687 phường and 13 đặc khu (Resolution 202/2025/QH15).
        types = dict(
            con.execute(
                "select unit_type, count(*) from locality where era = 'current' and level = 'commune' group by 1"
            ).fetchall()
        )
        assert types == {"xã": 2621, "phường": 687, "đặc khu": 13}


def test_current_units_agree_with_vietnam_provinces(seeds_db):
    """The second reference package lists the same 3,321 communes under the same codes."""
    flat = json.loads(
        (resources.files("vietnam_provinces") / "data" / "flat-divisions.json").read_text("utf-8")
    )
    theirs = {f"{d['code']:05d}": d["name"] for d in flat}
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        ours = dict(
            con.execute(
                "select locality_id, name from locality where era = 'current' and level = 'commune'"
            ).fetchall()
        )
    assert ours.keys() == theirs.keys()
    same_name = sum(ours[k] == theirs[k] for k in ours)
    assert same_name / len(ours) > 0.98


def test_crosswalk_legacy_provinces_merge_whole(seeds_db):
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        hcm = con.execute(
            "select locality_id from locality where era = 'legacy' and level = 'province' "
            "and current_province_id = '79' order by 1"
        ).fetchall()
        assert [r[0] for r in hcm] == ["L74", "L77", "L79"]
        # Cần Thơ = Cần Thơ + Hậu Giang + Sóc Trăng; Lai Châu and Hà Nội unchanged.
        ct = con.execute(
            "select short_name from locality where era='legacy' and level='province' and current_province_id='92' order by 1"
        ).fetchall()
        assert [r[0] for r in ct] == ["Cần Thơ", "Hậu Giang", "Sóc Trăng"]
        assert (
            _count(
                con,
                "select count(*) from locality where era='legacy' and level='province' and current_province_id='12'",
            )
            == 1
        )
        # Every legacy unit has a current province; exact commune mappings point at current communes.
        assert (
            _count(con, "select count(*) from locality where era='legacy' and current_province_id is null")
            == 0
        )
        assert (
            _count(
                con,
                "select count(*) from locality_crosswalk c join locality l on l.locality_id = c.current_id "
                "where l.era <> 'current'",
            )
            == 0
        )


def test_registries_cover_the_domain(seeds_db):
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        orgs = {r[0] for r in con.execute("select code from organization").fetchall()}
        assert orgs == {"mttq", "cong_doan", "doan_tn", "hoi_lhpn", "hoi_nd", "hoi_ccb", "hoi_qc", "combined"}
        lenders = {
            r[0] for r in con.execute("select code from organization where entrusted_lender").fetchall()
        }
        assert lenders == {"hoi_nd", "hoi_lhpn", "hoi_ccb", "doan_tn"}
        kinds = dict(con.execute("select code, kind from indicator").fetchall())
        assert kinds["members"] == "stock" and kinds["new_members"] == "flow"
        assert kinds["dvk_models_cumulative"] == "cumulative" and kinds["overdue_ratio"] == "ratio"
        assert con.execute(
            "select numerator, denominator from indicator where code = 'overdue_ratio'"
        ).fetchall() == [("overdue_loans", "loan_balance")]


def test_seed_figures_are_stored_with_their_documents(seeds_db):
    with open(ROOT / "data" / "seeds" / "facts.csv", encoding="utf-8") as fh:
        expected = list(csv.DictReader(fh))
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        rows = con.execute(
            "select f.locality_id, f.indicator, f.breakdown, f.period_id, f.value, f.approx, s.kind, s.title "
            "from fact f join source s using (source_id)"
        ).fetchall()
        docs = _count(con, "select count(*) from source where kind = 'document'")
    assert docs == 5  # the two qualitative seeds contribute their documents and no figures
    got = {(r[0], r[1], r[2], r[3]): (r[4], r[5], r[6]) for r in rows}
    assert len(got) == len(expected) == 18
    assert got[("L12", "members", "", "2020")] == (180455, "", "document")
    assert got[("L12", "associations", "", "2020")] == (179, "", "document")
    assert got[("L924", "members", "", "2017")] == (62170, "hơn", "document")
    assert got[("L924", "dvk_models_cumulative", "", "2011/2017")] == (688, "", "document")
    assert got[("L924", "loan_balance", "", "2017")] == (259e9, "hơn", "document")
    assert got[("L924", "borrowing_households", "", "2017")] == (13200, "hơn", "document")
    assert got[("L760", "associations", "", "2017-08-01")] == (10, "", "document")


def test_demo_is_marked_and_plausible(small_db):
    with duckdb.connect(str(small_db), read_only=True) as con:
        title = con.execute("select title, kind from source where source_id = 'demo:v1'").fetchall()[0]
        assert title[1] == "demo" and "minh họa" in title[0]
        # Loans only through the four entrusted organizations.
        orgs = {
            r[0]
            for r in con.execute(
                "select distinct organization from fact where indicator = 'loan_balance' and source_id='demo:v1'"
            ).fetchall()
        }
        assert orgs == {"hoi_nd", "hoi_lhpn", "hoi_ccb", "doan_tn"}
        # Legacy districts report until 2025-Q2, current communes from 2025-Q3.
        eras = con.execute(
            "select l.era, l.level, min(f.period_id), max(f.period_id) from fact f join locality l using (locality_id) "
            "where f.source_id = 'demo:v1' group by all order by 1"
        ).fetchall()
        assert eras == [
            ("current", "commune", "2025-Q3", "2026-Q3"),
            ("legacy", "district", "2022-Q1", "2025-Q2"),
        ]


def test_default_demo_national_totals_match_the_domain_magnitudes():
    """Generated without the warehouse: national totals at 2023-Q4 within ±20% of DOMAIN.md."""
    import pandas as pd

    from danvan import demo, units

    locality, _, _ = units.load()
    table, defects = demo.generate(locality, "default")
    facts = table.to_pandas()
    q4 = facts[(facts["period_id"] == "2023-Q4") & (facts["breakdown"] == "")]
    total = q4.groupby(["indicator", "organization"])["value"].sum()
    expect = {
        ("members", "hoi_lhpn"): 19.5e6,
        ("members", "cong_doan"): 11e6,
        ("members", "hoi_nd"): 10e6,
        ("members", "doan_tn"): 6.5e6,
        ("members", "hoi_ccb"): 2.2e6,
    }
    for key, value in expect.items():
        assert total[key] == pytest.approx(value, rel=0.2), key
    assert total["loan_balance"].sum() == pytest.approx(330_000e9, rel=0.2)
    assert total["borrowing_households"].sum() == pytest.approx(6.8e6, rel=0.2)
    assert total["savings_groups"].sum() == pytest.approx(168_000, rel=0.2)
    ratio = total["overdue_loans"].sum() / total["loan_balance"].sum()
    assert 0.0015 * 0.8 <= ratio <= 0.003 * 1.2
    # 2015 loans ≈ 150,000 tỷ.
    y2015 = facts[(facts["period_id"] == "2015-Q4") & (facts["indicator"] == "loan_balance")]["value"].sum()
    assert y2015 == pytest.approx(150_000e9, rel=0.2)
    assert {d.kind for d in defects} == {"missing_quarter", "late_report", "jump"}
    assert isinstance(facts, pd.DataFrame)


def test_reloading_is_idempotent(tiny_db):
    rows = [("L105", "hoi_nd", "members", "2024-Q4", 5)]
    add_facts(tiny_db, rows)
    with duckdb.connect(str(tiny_db), read_only=True) as con:
        before = con.execute("select count(*), sum(value::decimal(38, 6)) from fact_area").fetchall()
    with duckdb.connect(str(tiny_db)) as con:
        derive.derive_all(con)  # deriving again changes nothing
        assert con.execute("select count(*), sum(value::decimal(38, 6)) from fact_area").fetchall() == before


def test_rebuild_is_idempotent_and_keeps_imported_figures(tiny_db):
    add_facts(tiny_db, [("L105", "hoi_nd", "members", "2024-Q4", 5)], source_id="batch:office")
    first = warehouse.build(tiny_db, "none")
    second = warehouse.build(tiny_db, "none")
    assert first["facts"] == second["facts"] == 18 + 1
    with duckdb.connect(str(tiny_db), read_only=True) as con:
        assert con.execute("select value from fact where source_id = 'batch:office'").fetchall() == [(5.0,)]


def test_a_failed_build_leaves_the_old_warehouse(tiny_db, monkeypatch):
    before = tiny_db.read_bytes()

    def broken(*_):
        raise RuntimeError("boom")

    monkeypatch.setattr(derive, "derive_all", broken)
    with pytest.raises(RuntimeError):
        warehouse.build(tiny_db, "none")
    assert tiny_db.read_bytes() == before  # the published version, unchanged
    assert not list(tiny_db.parent.glob("*.versions/*.next*"))  # the draft is gone


def test_a_warehouse_from_an_older_version_is_refused_with_a_message(tiny_db):
    with duckdb.connect(str(tiny_db)) as con:
        con.execute("update build_info set value = '1' where key = 'schema_version'")
    with pytest.raises(warehouse.WarehouseError, match="phiên bản cũ"), warehouse.reading(tiny_db):
        pass


REPEATED_KEYS = (
    "select count(*) from (select locality_id, organization, indicator, breakdown, period_id, source_id "
    "from fact group by all having count(*) > 1)"
)


def _repeated_keys(con) -> int:
    return con.execute(REPEATED_KEYS).fetchall()[0][0]


def test_every_loader_keeps_one_value_per_key_and_source(writable_db):
    """The fact table has no primary key (see schema.sql): the loaders keep the key."""
    from datetime import date

    from danvan.extract import review
    from danvan.intake import commit
    from danvan.localities import LocalityIndex

    with duckdb.connect(str(writable_db)) as con:
        assert con.execute("select count(*) from fact").fetchall()[0][0] > 10_000  # the demo and seeds
        assert _repeated_keys(con) == 0
        header = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\n"
        twice = header + "Lai Châu,Hội LHPN,Hội viên,2021,200\n" * 2
        _, outcome = commit.run_import(con, twice.encode(), "twice.csv", skip_invalid=True)
        assert outcome.accepted == 1  # the repeated row is an error, left out
        text = "Năm 2023, Hội Nông dân tỉnh Lai Châu kết nạp 2.140 hội viên mới."
        _, table, meta = review.review(text, LocalityIndex(con), date(2024, 1, 9))
        review.save(con, meta, table)
        review.save(con, meta, table)  # saved again: its rows are replaced, not added
        assert _repeated_keys(con) == 0
        assert con.execute(
            "select count(*) from fact where source_id = $s", {"s": meta.source_id}
        ).fetchall() == [(1,)]
