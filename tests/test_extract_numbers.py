"""Vietnamese number forms in prose: each form read to the right value, with its span."""

from __future__ import annotations

import pytest

from danvan.extract.fold import fold, prepare
from danvan.extract.numbers import find_quantities, parse_digits


def quantities(text: str):
    text = prepare(text)
    return [(q.value, q.unit, text[q.start : q.end]) for q in find_quantities(fold(text))]


@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        ("Toàn hội có 204.318 hội viên", 204318, "", "204.318"),  # dots for thousands
        ("có 1.027.640 đoàn viên", 1027640, "", "1.027.640"),
        ("gồm 19 136 hội viên", 19136, "", "19 136"),  # a space between groups
        ("gồm 7\u00a0402 hội viên", 7402, "", "7\u00a0402"),  # a no-break space
        ("với 14,917 người", 14917, "", "14,917"),  # a comma before three digits, no magnitude
        ("dư nợ 81,658 tỷ đồng", 81.658e9, "vnd", "81,658 tỷ đồng"),  # comma before a magnitude: decimal
        ("khoảng 1,2 triệu hội viên", 1.2e6, "", "1,2 triệu"),
        ("dư nợ 149.452 triệu đồng", 149.452e9, "vnd", "149.452 triệu đồng"),
        ("hơn 12 nghìn đoàn viên", 12000, "", "12 nghìn"),
        ("gần 3 ngàn hộ", 3000, "", "3 ngàn"),
        ("đạt 98,5%", 98.5, "%", "98,5%"),
        ("dư nợ 2.148,6 tỷ đồng", 2148.6e9, "vnd", "2.148,6 tỷ đồng"),  # dots and a decimal comma
        ("tổng số 2 tỷ 450 triệu đồng", 2.45e9, "vnd", "2 tỷ 450 triệu đồng"),
        ("vốn 1,5 nghìn tỷ đồng", 1.5e12, "vnd", "1,5 nghìn tỷ đồng"),
        ("có 01 câu lạc bộ", 1, "", "01"),
        ("là 98.540.", 98540, "", "98.540"),  # the full stop ends the sentence, not the number
    ],
)
def test_number_forms(text, value, unit, span):
    found = quantities(text)
    assert len(found) == 1, found
    got_value, got_unit, got_span = found[0]
    assert got_value == pytest.approx(value)
    assert (got_unit, got_span) == (unit, span)


@pytest.mark.parametrize(
    "text",
    [
        "Chỉ thị số 17-CT/TW",  # document numbers
        "Quyết định 217-QĐ/TW và Kết luận 102- KL/TW",
        "ngày 28/8/2012",  # dates and times
        "12:11 - 12/09/2017",
        "năm 2018–2022",  # a range of years is a period, not a quantity
    ],
)
def test_not_quantities(text):
    assert quantities(text) == []


def test_price_is_flagged_as_a_rate():
    (q,) = find_quantities(fold("giá 7.200 đồng/kg"))
    assert q.per and q.unit == "vnd" and q.value == 7200


def test_a_typo_is_read_and_flagged():
    assert parse_digits("992.0000", decimal_hint=False) == (992000.0, "typo")


def test_english_decimal_point_is_flagged():
    assert parse_digits("2.5", decimal_hint=True) == (2.5, "dot_decimal")


def test_comma_before_three_digits_with_a_magnitude_is_decimal():
    assert parse_digits("14,917", decimal_hint=True) == (14.917, "")
    assert parse_digits("14,917", decimal_hint=False) == (14917.0, "comma_thousands")


def test_fold_keeps_positions_and_equalizes_tone_placement():
    text = "Uỷ thác qua Hội, hoà giải, quỹ thuỷ lợi, quý II"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "ủy thác qua hội, hòa giải, quỹ thủy lợi, quý ii"


def test_slash_forms_are_read_and_say_which_part_they_are():
    """A share "412/530 chi hội" (never a date like "5/7"), a chain after words "đồng/41 tổ/1.975 hộ"."""

    def found(text):
        return [(q.value, q.slash) for q in find_quantities(fold(text))]

    assert found("412/530 chi hội đạt tiêu chí") == [(412, "numerator"), (530, "denominator")]
    assert found("12/15 xã") == [(12, "numerator"), (15, "denominator")]
    assert found("5/7 xã") == []  # could be the 5th of July
    assert found("56.300 triệu đồng/41 tổ/1.975 hộ vay") == [(56.3e9, ""), (41, "chain"), (1975, "chain")]
    assert found("quý III/2024 có") == [] and found("Nghị quyết số 12/NQ-TW") == []
