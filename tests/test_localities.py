"""Finding units by the names people write."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from danvan.localities import LocalityIndex
from danvan.text import ascii_key, fold_tones, name_key, strip_unit_prefix


@pytest.fixture(scope="module")
def index(seeds_db):
    with duckdb.connect(str(seeds_db), read_only=True) as con:
        return LocalityIndex(con)


def test_text_keys():
    assert ascii_key("Thừa Thiên - Huế") == "thuathienhue"
    assert fold_tones("Hòa") == fold_tones("Hoà") and fold_tones("Thủy") == fold_tones("Thuỷ")
    assert fold_tones("Hòa") != fold_tones("Hoa")
    nfd = "Lai Cha\u0302u"  # decomposed â
    assert ascii_key(nfd) == "laichau"
    assert strip_unit_prefix("TP. Hồ Chí Minh") == "Hồ Chí Minh"
    assert strip_unit_prefix("Q.1") == "1"
    assert name_key("Tỉnh Thừa Thiên Huế") == "thuathienhue"


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("TP. Hồ Chí Minh", None, "79"),
        ("tp hcm", None, "79"),
        ("Thành phố Hồ Chí Minh", date(2020, 1, 1), "L79"),
        ("Thua Thien Hue", date(2020, 1, 1), "L46"),
        ("TT Huế", date(2026, 1, 1), "46"),
        ("tỉnh Bình Dương", date(2024, 1, 1), "L74"),
        ("Lai Châu", None, "12"),
        ("Lai Châu", date(2020, 12, 31), "L12"),
        ("Quận 1", date(2017, 8, 1), "L760"),
        ("79", None, "79"),
        ("L760", None, "L760"),
        ("Phường Cửa Nam", date(2026, 1, 1), "00073"),
    ],
)
def test_resolve(index, text, on, expected):
    res = index.resolve(text, on=on)
    assert res.ok, res.message
    assert res.unit.locality_id == expected


def test_a_legacy_district_is_not_valid_after_the_reform(index):
    assert not index.resolve("Quận 1", on=date(2025, 9, 30)).ok


def test_ambiguous_names_list_candidates_and_context_decides(index):
    res = index.resolve("huyện Vĩnh Thạnh")
    assert not res.ok and {u.locality_id for u in res.candidates} == {"L924", "L546"}
    assert "ứng với nhiều đơn vị" in res.message
    assert index.resolve("huyện Vĩnh Thạnh", within="92").unit.locality_id == "L924"


def test_the_written_type_tells_a_ward_from_a_commune_of_the_same_name(index):
    # Today's Phường Ba Đình (Hà Nội, 00004) and Xã Ba Đình (Thanh Hóa, 16171).
    assert index.resolve("Phường Ba Đình", on=date(2026, 1, 1)).unit.locality_id == "00004"
    assert index.resolve("xã  Ba Đình", on=date(2026, 1, 1)).unit.locality_id == "16171"
    plain = index.resolve("Ba Đình", on=date(2026, 1, 1))
    assert not plain.ok and {"00004", "16171"} <= {u.locality_id for u in plain.candidates}


def test_unknown_names_get_suggestions(index):
    res = index.resolve("Lai Chau xyz")
    assert not res.ok and "Không tìm thấy" in res.message
    assert "Lai Châu" in index.resolve("Lai Chauu").message
