"""What an import changes on screen, before it is committed, when it is, and when it is rolled
back; computed by hand from the figures written here."""

from __future__ import annotations

import json

import duckdb
import pytest

from danvan import cli
from danvan.intake import commit
from tests.conftest import add_facts

# Three of Lai Châu's 38 communes carry invented (demo) Hội LHPN members for Quý III/2026: 100,
# 200, 300. A file then brings a sourced 250 for the first: "sourced over demo" leaves the demo
# figures of the province out, so Lai Châu's total becomes 250, reported by 1 commune of 38.
DEMO = (100, 200, 300)
IMPORTED = 250


@pytest.fixture
def lai_chau(tiny_db):
    with duckdb.connect(str(tiny_db), read_only=True) as con:
        communes = [
            r[0]
            for r in con.execute(
                "select locality_id from locality where province_id = '12' and level = 'commune' "
                "order by locality_id limit 3"
            ).fetchall()
        ]
    add_facts(
        tiny_db,
        [(c, "hoi_lhpn", "members", "2026-Q3", v) for c, v in zip(communes, DEMO, strict=True)],
        source_id="demo:test",
        kind="demo",
    )
    csv = f"Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\n{communes[0]},Hội LHPN,Hội viên,Quý III/2026,{IMPORTED}\n"
    return tiny_db, communes[0], csv.encode("utf-8")


def _by_area(impact, organization="hoi_lhpn") -> dict:
    rows = impact[impact["organization"] == organization].set_index("area_id")
    return {
        a: (r["before"], r["after"], r["units_reporting"], r["units_expected"]) for a, r in rows.iterrows()
    }


def test_the_check_shows_what_would_change_and_writes_nothing(lai_chau):
    db, commune, data = lai_chau
    with duckdb.connect(str(db)) as con:
        facts = con.execute("select count(*) from fact").fetchone()[0]
        _, outcome = commit.run_import(con, data, "lai_chau.csv", dry_run=True)
        assert con.execute("select count(*) from fact").fetchone()[0] == facts
        assert con.execute("select count(*) from source where kind = 'import'").fetchone()[0] == 0
    assert outcome.status == "dry_run"
    got = _by_area(outcome.impact)
    assert got["12"][:2] == (100 + 200 + 300, IMPORTED) and got["12"][2:] == (1, 38)
    assert got["VN"][:2] == (600, IMPORTED) and got["VN"][2:] == (1, 3321)
    assert got[commune][:2] == (100, IMPORTED)
    assert outcome.impact.set_index(["area_id", "organization"]).loc[("12", "hoi_lhpn"), "change_pct"] == (
        pytest.approx((250 - 600) / 600)
    )
    # The province's large change, left to 1 commune of 38, is a warning naming the unit and figure.
    assert any(
        w.startswith("Tỉnh Lai Châu · Hội LHPN · Số hội viên, đoàn viên · Quý III/2026: 600 → 250 (-58,3%)")
        and "1/38 xã báo cáo" in w
        for w in outcome.impact_warnings
    )


def test_the_commit_and_the_rollback_show_it_and_its_reverse(lai_chau):
    db, _, data = lai_chau
    with duckdb.connect(str(db)) as con:
        _, outcome = commit.run_import(con, data, "lai_chau.csv")
        assert outcome.status == "committed"
        assert _by_area(outcome.impact)["12"][:2] == (600, IMPORTED)
        back = commit.rollback(con, outcome.batch_id)
    assert back.facts == 1
    reverse = _by_area(back.impact)
    assert reverse["12"] == (IMPORTED, 600, 3, 38) and reverse["VN"][:2] == (IMPORTED, 600)


def test_import_json_carries_the_impact(lai_chau, tmp_path, capsys):
    db, _, data = lai_chau
    path = tmp_path / "lai_chau.csv"
    path.write_bytes(data)
    assert cli.main(["--db", str(db), "import", str(path), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    province = next(
        r for r in result["impact"] if r["locality_code"] == "12" and r["organization"] == "hoi_lhpn"
    )
    assert {k: province[k] for k in ("period", "before", "after", "units_reporting", "units_expected")} == {
        "period": "2026-Q3",
        "before": 600,
        "after": 250,
        "units_reporting": 1,
        "units_expected": 38,
    }
    assert any("1/38 xã báo cáo" in w["message"] for w in result["warnings"])
