"""Period notation, dates, Vietnamese labels and comparison buckets."""

from __future__ import annotations

from datetime import date

import pytest

from danvan import periods


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("2020", "year", date(2020, 1, 1), date(2020, 12, 31)),
        ("2020-Q1", "quarter", date(2020, 1, 1), date(2020, 3, 31)),
        ("2024-q2", "quarter", date(2024, 4, 1), date(2024, 6, 30)),
        ("2020-H2", "half", date(2020, 7, 1), date(2020, 12, 31)),
        ("2020-9M", "nine_months", date(2020, 1, 1), date(2020, 9, 30)),
        ("2024-02", "month", date(2024, 2, 1), date(2024, 2, 29)),
        ("2017-08-01", "date", date(2017, 8, 1), date(2017, 8, 1)),
        ("2011/2017", "range", date(2011, 1, 1), date(2017, 12, 31)),
        ("2021/2023-Q2", "range", date(2021, 1, 1), date(2023, 6, 30)),
    ],
)
def test_parse(text, kind, start, end):
    p = periods.parse(text)
    assert (p.kind, p.start, p.end) == (kind, start, end)


@pytest.mark.parametrize(
    "bad", ["2020-Q5", "2020-13", "2020-02-30", "20", "Q1 2020", "2017/2011", "", "1800"]
)
def test_bad_notation_is_refused_in_vietnamese(bad):
    with pytest.raises(periods.PeriodError, match=r"Kỳ|Khoảng"):
        periods.parse(bad)


@pytest.mark.parametrize(
    ("pid", "label"),
    [
        ("2025-Q2", "Quý II/2025"),
        ("2024-H1", "6 tháng đầu năm 2024"),
        ("2024-H2", "6 tháng cuối năm 2024"),
        ("2023-9M", "9 tháng năm 2023"),
        ("2023", "Năm 2023"),
        ("2017-08-01", "Ngày 01/08/2017"),
        ("2011/2017", "Giai đoạn 2011–2017"),
    ],
)
def test_labels(pid, label):
    assert periods.label(pid) == label


@pytest.mark.parametrize(
    ("bucket", "base", "expected"),
    [
        ("2024-Q1", "yoy", "2023-Q1"),
        ("2024-H2", "yoy", "2023-H2"),
        ("2024-9M", "yoy", "2023-9M"),
        ("2024", "yoy", "2023"),
        ("2024-Q1", "previous", "2023-Q4"),
        ("2024-Q3", "previous", "2024-Q2"),
        ("2024-H1", "previous", "2023-H2"),
        ("2024-Q3", "year_start", "2023"),
    ],
)
def test_comparison_buckets(bucket, base, expected):
    assert periods.shift(bucket, base) == expected


def test_buckets_of_a_year():
    ids = [p.id for p in periods.buckets(2024, 2024)]
    assert ids == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2024-H1", "2024-H2", "2024-9M", "2024"]
