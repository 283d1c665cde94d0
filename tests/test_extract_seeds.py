"""The five seed reports: every figure of DOMAIN.md's table, as the warehouse stores it
(data/seeds/facts.csv), and nothing from the two qualitative reports — with and without a
publication date given. Also the command line's output for them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from danvan import cli
from danvan.extract import extract
from danvan.extract.documents import read_path
from danvan.localities import LocalityIndex

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
DOCUMENTS = pd.read_csv(ROOT / "data" / "seeds" / "documents.csv", dtype=str, keep_default_na=False)
FACTS = pd.read_csv(ROOT / "data" / "seeds" / "facts.csv", dtype=str, keep_default_na=False)
KEY = ["locality_id", "organization", "indicator", "breakdown", "period_id", "value", "approx"]

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="shared/seeds is not beside the repository")


@pytest.fixture(scope="module")
def index(seeds_db):
    con = duckdb.connect(str(seeds_db), read_only=True)
    yield LocalityIndex(con)
    con.close()


def expected(source_id: str) -> set[tuple]:
    rows = FACTS[FACTS["source_id"] == source_id]
    return {
        (r.locality_id, r.organization, r.indicator, r.breakdown, r.period_id, float(r.value), r.approx)
        for r in rows.itertuples()
    }


def found(result) -> set[tuple]:
    return {
        (c.locality_code, c.organization, c.indicator, c.breakdown, c.period, float(c.value), c.approx)
        for c in result.candidates
    }


@pytest.mark.parametrize("given_date", [False, True], ids=["date_from_text", "date_given"])
@pytest.mark.parametrize("row", DOCUMENTS.to_dict("records"), ids=lambda r: r["seed_file"][:3])
def test_seed_figures_match_the_warehouse(index, row, given_date):
    text = read_path(SEEDS / row["seed_file"])
    published = date.fromisoformat(row["published"]) if given_date else None
    result = extract(text, index, published=published)
    assert found(result) == expected(row["source_id"])


def test_the_qualitative_seeds_give_nothing(index):
    for name in ("003_7a65bec0d99d2737.txt", "004_ef44cc481979f750.txt"):
        assert extract(read_path(SEEDS / name), index).candidates == []


def test_seed_details(index):
    """What the table in DOMAIN.md says in words: cumulative models since 2011, the approximate values."""
    result = extract(read_path(SEEDS / "002_d2f1406405a9f66e.txt"), index)
    by = {c.indicator: c for c in result.candidates}
    assert by["dvk_models_cumulative"].cumulative is True
    assert by["dvk_models_cumulative"].period == "2011/2017"
    assert by["loan_balance"].value == 259e9 and by["loan_balance"].approx == "hơn"
    assert by["borrowing_households"].value == 13200
    assert by["members"].organization == "combined" and by["members"].locality == "Huyện Vĩnh Thạnh"
    assert result.header.published.day == date(2017, 9, 12)
    lai_chau = extract(read_path(SEEDS / "001_bf2a8f4f2a34f16e.txt"), index)
    assert lai_chau.header.published.day == date(2020, 12, 18)  # "Ngày 18/12" + "tổng kết … năm 2020"
    assert lai_chau.header.host == "laichau.dcs.vn"
    for c in lai_chau.candidates:
        assert lai_chau.text[c.start : c.end] == c.sentence


def test_command_line_jsonl(seeds_db, capsys):
    path = SEEDS / "002_d2f1406405a9f66e.txt"
    code = cli.main(["--db", str(seeds_db), "extract", str(path), "--format", "jsonl"])
    assert code == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["indicator"] for r in lines] == [
        "members",
        "dvk_models_cumulative",
        "loan_balance",
        "borrowing_households",
    ]
    first = lines[0]
    assert list(first) == [
        "file",
        "indicator",
        "value",
        "approx",
        "organization",
        "locality",
        "locality_code",
        "period",
        "cumulative",
        "breakdown",
        "sentence",
        "start",
        "end",
        "confidence",
    ]
    assert (first["value"], first["approx"], first["locality_code"], first["period"]) == (
        62170,
        "hơn",
        "L924",
        "2017",
    )
    text = read_path(path)
    assert text[first["start"] : first["end"]] == first["sentence"]
    assert 0 < first["confidence"] <= 1


def test_command_line_web_address_first_line_and_options(seeds_db, tmp_path, capsys):
    doc = tmp_path / "bai.txt"
    doc.write_text(
        "https://laichau.dcs.vn/tin-tuc/hoi-nong-dan-2023\n"
        "Hội Nông dân tỉnh tổng kết công tác Hội năm 2023\n"
        "Năm qua, các cấp Hội kết nạp 1.240 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 68.320 người.\n",
        encoding="utf-8",
    )
    code = cli.main(["--db", str(seeds_db), "extract", str(doc), "--published", "2024-01-12"])
    assert code == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [
        (r["indicator"], r["value"], r["locality_code"], r["period"], r["organization"]) for r in rows
    ] == [
        ("new_members", 1240, "L12", "2023", "hoi_nd"),
        ("members", 68320, "L12", "2023", "hoi_nd"),
    ]


def test_command_line_errors(seeds_db, tmp_path, capsys):
    assert cli.main(["--db", str(seeds_db), "extract", str(tmp_path / "none.txt")]) == 2
    doc = tmp_path / "a.txt"
    doc.write_text("Năm 2023, Hội có 100 hội viên.", encoding="utf-8")
    assert cli.main(["--db", str(seeds_db), "extract", str(doc), "--published", "12/1/2024"]) == 2
    assert cli.main(["--db", str(seeds_db), "extract", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert "Lỗi:" in err
