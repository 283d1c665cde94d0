"""Vietnamese numbers: every expectation below is worked out by hand from the rules in numbers.py."""

import pytest

from danvan.intake.numbers import Amount, NumberError, parse_amount, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("180.455", 180455.0),  # dot groups thousands
        ("1.234.567", 1234567.0),
        ("19 136", 19136.0),  # space groups thousands
        ("19\u00a0136", 19136.0),  # no-break space
        ("3,2", 3.2),  # comma is the decimal mark
        ("81,658", 81.658),
        ("1.234,5", 1234.5),
        ("1,234,567", 1234567.0),  # English grouping, several commas
        ("1,234.5", 1234.5),  # English: the last mark is the decimal one
        ("3.5", 3.5),  # a dot before 1–2 digits is a decimal point
        ("0.1523", 0.1523),
        ("1 234,5", 1234.5),
        ("1,2 triệu", 1_200_000.0),
        ("259 tỷ", 259_000_000_000.0),
        ("259 tỉ đồng", 259_000_000_000.0),
        ("149.452 triệu đồng", 149_452_000_000.0),  # = 149,452 tỷ
        ("81,658 tỷ đồng", 81_658_000_000.0),
        ("5 nghìn", 5000.0),
        ("5 ngàn", 5000.0),
        ("2 nghìn tỷ", 2e12),
        ("5.000.000đ", 5_000_000.0),
        ("12 VND", 12.0),
        ("0", 0.0),
        ("  42  ", 42.0),
        (42, 42.0),
        (3.25, 3.25),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == pytest.approx(expected, rel=0, abs=1e-9)


def test_qualifiers_and_percent_are_kept_apart():
    assert parse_amount("hơn 62.170") == Amount(62170.0, approx="hơn")
    assert parse_amount("khoảng 1,5 triệu") == Amount(1_500_000.0, approx="khoảng")
    assert parse_amount("gần 300") == Amount(300.0, approx="gần")
    assert parse_amount("0,15%") == Amount(0.15, percent=True)
    assert parse_amount("259 tỷ đồng") == Amount(259e9, currency=True)
    assert parse_amount("−5").value == -5.0  # unicode minus: a number (negative values are refused later)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "992.0000",  # typo: 992.000 or 992? refused, not guessed
        "1.23.4",
        "1,23,4",
        "12 34",  # spaces must group by three
        "=1+2",  # formula-like: never evaluated
        "=SUM(A1:A3)",
        "@SUM(A1)",
        "+5",
        "5 hội viên",
        "5 triệu %",
        "1e5",
        "nan",
        float("nan"),
        float("inf"),
        True,
        "(5)",
    ],
)
def test_refused(text):
    with pytest.raises(NumberError):
        parse_number(text)


def test_error_messages_are_vietnamese_and_quote_the_value():
    with pytest.raises(NumberError, match="«abc» không phải là số"):
        parse_number("abc")
    with pytest.raises(NumberError, match="công thức"):
        parse_number("=1+2")
