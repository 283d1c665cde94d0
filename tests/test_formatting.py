"""Vietnamese number formatting and the chart-data downloads, with hand-written expectations."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from danvan import exports, formatting


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: formatting.number(180455), "180.455"),
        (lambda: formatting.number(1234567), "1.234.567"),
        (lambda: formatting.number(-1245), "-1.245"),
        (lambda: formatting.number(81.658, 3), "81,658"),
        (lambda: formatting.number(None), "—"),
        (lambda: formatting.money(259e9), "259 tỷ đồng"),
        (lambda: formatting.money(330_000e9), "330.000 tỷ đồng"),
        (lambda: formatting.money(149.452e9, 3), "149,452 tỷ đồng"),
        (lambda: formatting.percent(0.032), "3,2%"),
        (lambda: formatting.percent(0.032, signed=True), "+3,2%"),
        (lambda: formatting.percent(0.0015, 2), "0,15%"),
        (
            lambda: formatting.change_phrase(1245, 0.032, "người", "hội viên", "yoy"),
            "tăng 1.245 hội viên (+3,2%) so với cùng kỳ",
        ),
        (
            lambda: formatting.change_phrase(-2e9, -0.01, "đồng", "", "previous"),
            "giảm 2 tỷ đồng (-1,0%) so với kỳ trước",
        ),
        (
            lambda: formatting.change_phrase(-0.0002, None, "%", "", "yoy"),
            "giảm 0,02 điểm phần trăm so với cùng kỳ",
        ),
        (
            lambda: formatting.change_phrase(None, None, "người", "", "year_start"),
            "chưa có số liệu để so sánh (so với đầu năm)",
        ),
    ],
)
def test_formatting(call, expected):
    assert call() == expected


def test_csv_has_bom_and_neutralises_formulas():
    frame = pd.DataFrame(
        {"Địa phương": ["=HYPERLINK(1)", "+1", "-2", "@x", "Hà Nội"], "Giá trị": [1, 2, 3, 4, 5]}
    )
    data = exports.to_csv(frame)
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines() == [
        "Địa phương,Giá trị",
        "'=HYPERLINK(1),1",
        "'+1,2",
        "'-2,3",
        "'@x,4",
        "Hà Nội,5",
    ]


def test_xlsx_keeps_text_as_text_and_numbers_as_numbers():
    frame = pd.DataFrame({"a": ["=1+1", "Lai Châu"], "v": [180455, 2.5]})
    back = pd.read_excel(io.BytesIO(exports.to_xlsx(frame)), engine="calamine")
    assert back["a"].tolist() == ["'=1+1", "Lai Châu"]
    assert back["v"].tolist() == [180455, 2.5]
