"""Periods: the notation used everywhere, their dates, and the buckets the dashboard shows.

Notation (stable; the command line and the warehouse use it):
    2020          the year 2020
    2020-Q1       a quarter
    2020-H1       a half-year (H1 = "6 tháng đầu năm", H2 = "6 tháng cuối năm")
    2020-9M       the first nine months
    2020-03       a month
    2017-08-01    an as-of date ("đến ngày 1/8/2017")
    2011/2017     a range: from the start of the first to the end of the second ("giai đoạn")

Bucket kinds are what a chart's period axis can be: quarter, half, nine_months, year.

A bucket the data has not fully covered yet (the running year when the latest figures are for
Quý III) is *partial*: `shown()` says how far the data goes ("Năm 2026 (đến Quý III)") and which
bucket's figures stand for it — the same span from the bucket's start (2026-9M) —, and
`comparable()` gives the like-for-like base: the same quarters of the previous year for a flow,
the same point of the previous year for a stock (both are that truncated bucket, a year earlier).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from danvan import labels

KINDS = ("year", "quarter", "half", "nine_months", "month", "date", "range")
BUCKET_KINDS = ("quarter", "half", "nine_months", "year")

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_PATTERNS = [
    ("quarter", re.compile(r"^(\d{4})-Q([1-4])$")),
    ("half", re.compile(r"^(\d{4})-H([12])$")),
    ("nine_months", re.compile(r"^(\d{4})-9M$")),
    ("month", re.compile(r"^(\d{4})-(\d{2})$")),
    ("date", re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")),
    ("year", re.compile(r"^(\d{4})$")),
]


class PeriodError(ValueError):
    """A period written in a notation this product does not know."""


@dataclass(frozen=True, order=True)
class Period:
    start: date
    end: date
    id: str
    kind: str

    @property
    def year(self) -> int:
        return self.end.year

    @property
    def label(self) -> str:
        return label(self.id)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse(text: str) -> Period:
    """Parse the notation into a Period; raise PeriodError with a Vietnamese message otherwise."""
    value = str(text).strip().upper()
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = parse(first), parse(last)
        if b.end < a.start:
            raise PeriodError(labels.ERR_PERIOD_RANGE.format(value=text))
        return Period(a.start, b.end, f"{a.id}/{b.id}", "range")
    for kind, pattern in _PATTERNS:
        m = pattern.match(value)
        if not m:
            continue
        year = int(m.group(1))
        if not 1900 <= year <= 2100:
            break
        if kind == "year":
            return Period(date(year, 1, 1), date(year, 12, 31), f"{year}", kind)
        if kind == "quarter":
            q = int(m.group(2))
            return Period(date(year, 3 * q - 2, 1), _month_end(year, 3 * q), f"{year}-Q{q}", kind)
        if kind == "half":
            h = int(m.group(2))
            return Period(date(year, 6 * h - 5, 1), _month_end(year, 6 * h), f"{year}-H{h}", kind)
        if kind == "nine_months":
            return Period(date(year, 1, 1), date(year, 9, 30), f"{year}-9M", kind)
        if kind == "month":
            month = int(m.group(2))
            if not 1 <= month <= 12:
                break
            return Period(date(year, month, 1), _month_end(year, month), f"{year}-{month:02d}", kind)
        if kind == "date":
            try:
                d = date(year, int(m.group(2)), int(m.group(3)))
            except ValueError:
                break
            return Period(d, d, d.isoformat(), kind)
    raise PeriodError(labels.ERR_PERIOD.format(value=text))


def label(period_id: str) -> str:
    """Vietnamese label: "Quý II/2025", "6 tháng đầu năm 2024", "9 tháng năm 2023", "Năm 2023"."""
    p = parse(period_id)
    y = p.end.year
    if p.kind == "year":
        return labels.PERIOD_YEAR.format(year=y)
    if p.kind == "quarter":
        return labels.PERIOD_QUARTER.format(q=_ROMAN[(p.end.month) // 3], year=y)
    if p.kind == "half":
        return (labels.PERIOD_H1 if p.end.month == 6 else labels.PERIOD_H2).format(year=y)
    if p.kind == "nine_months":
        return labels.PERIOD_9M.format(year=y)
    if p.kind == "month":
        return labels.PERIOD_MONTH.format(month=p.end.month, year=y)
    if p.kind == "date":
        return labels.PERIOD_DATE.format(date=p.end.strftime("%d/%m/%Y"))
    return labels.PERIOD_RANGE.format(start=p.start.year, end=p.end.year)


# A bucket's first n quarters, by the month it starts in: itself a bucket of another kind.
_SPANS = {
    (1, 1): "{y}-Q1",
    (1, 2): "{y}-H1",
    (1, 3): "{y}-9M",
    (1, 4): "{y}",
    (4, 1): "{y}-Q2",
    (7, 1): "{y}-Q3",
    (7, 2): "{y}-H2",
    (10, 1): "{y}-Q4",
}


def _first_quarters(p: Period, n: int) -> str:
    """The bucket made of the first n quarters of bucket p (2026, 3 → 2026-9M)."""
    return _SPANS[(p.start.month, n)].format(y=p.start.year)


def _quarters(p: Period) -> int:
    return (p.end.year - p.start.year) * 4 + (p.end.month - p.start.month + 1) // 3


@dataclass(frozen=True)
class Shown:
    """A bucket as far as the data covers it (see the module docstring)."""

    id: str  # the bucket chosen: '2026'
    effective: str  # the bucket whose figures stand for it: '2026-9M' ('2026' when complete)
    complete: bool
    through: date  # the last day its figures cover
    label: str  # 'Năm 2026 (đến Quý III)'

    @property
    def covered_quarters(self) -> int:
        """Whole quarters covered from the bucket's start (0: not even one)."""
        return _quarters(parse(self.effective)) if self.effective != self.id or self.complete else 0

    @property
    def through_id(self) -> str:
        """The last quarter covered ('2026-Q3'), or the as-of date when not even one quarter is."""
        if self.covered_quarters:
            return bucket_of("quarter", parse(self.effective).end)
        return self.through.isoformat()


def shown(bucket_id: str, horizon: date | None) -> Shown:
    """The bucket `bucket_id` when the data reaches `horizon` (None: no limit known).

    A bucket ending on or before the horizon is complete. One the horizon falls inside is partial:
    its figures are those of its whole quarters up to the horizon (2026 → 2026-9M), labelled
    "Năm 2026 (đến Quý III)"; without a whole quarter, its own figures, labelled "(đến ngày …)".
    """
    p = parse(bucket_id)
    if horizon is None or p.end <= horizon:
        return Shown(p.id, p.id, True, p.end, label(p.id))
    n = sum(1 for k in range(_quarters(p)) if _month_end(p.start.year, p.start.month + 3 * k + 2) <= horizon)
    if n == 0:
        text = labels.PERIOD_PARTIAL.format(
            period=label(p.id), through=labels.PERIOD_THROUGH_DATE.format(date=horizon.strftime("%d/%m/%Y"))
        )
        return Shown(p.id, p.id, False, horizon, text)
    effective = _first_quarters(p, n)
    end = parse(effective).end
    through = labels.PERIOD_THROUGH_QUARTER.format(q=_ROMAN[(end.month) // 3])
    return Shown(
        p.id, effective, False, end, labels.PERIOD_PARTIAL.format(period=label(p.id), through=through)
    )


def comparable(s: Shown, base: str) -> str | None:
    """The bucket a shown bucket is compared with, like for like (see `shift` for the bases).

    A partial bucket is compared with the same span of the base bucket: 2026 through Quý III with
    2025-9M (cùng kỳ and kỳ trước alike), 6 tháng cuối năm 2026 through Quý III with 2025-Q3 (cùng
    kỳ) or 2026-Q1 (kỳ trước). "Đầu năm" is the end of the previous year for every bucket. A partial
    bucket without a whole quarter has no like-for-like base (None).
    """
    if s.complete or base == "year_start":
        return shift(s.id, base)
    n = s.covered_quarters
    if n == 0:
        return None
    other = shift(s.id, base)
    return _first_quarters(parse(other), n) if other else None


def bucket_of(kind: str, day: date) -> str:
    """The bucket of the given kind that contains a day; '' for a 9-month bucket after September."""
    q = (day.month - 1) // 3 + 1
    if kind == "quarter":
        return f"{day.year}-Q{q}"
    if kind == "half":
        return f"{day.year}-H{1 if q <= 2 else 2}"
    if kind == "nine_months":
        return f"{day.year}-9M" if q <= 3 else ""
    if kind == "year":
        return f"{day.year}"
    raise PeriodError(labels.ERR_PERIOD.format(value=kind))


def buckets(first_year: int, last_year: int) -> list[Period]:
    """Every quarter, half-year, nine-month and year bucket of the given years."""
    out: list[Period] = []
    for y in range(first_year, last_year + 1):
        out += [parse(f"{y}-Q{q}") for q in range(1, 5)]
        out += [parse(f"{y}-H{h}") for h in (1, 2)]
        out += [parse(f"{y}-9M"), parse(f"{y}")]
    return out


def choices(kind: str, first_end: date | None, horizon: date) -> list[str]:
    """The buckets of a kind a user can pick: from the first one with a figure (its end
    `first_end`) to the one the horizon falls in, partial or not, oldest first."""
    first = first_end or horizon
    return [
        p.id
        for p in buckets(first.year, horizon.year)
        if p.kind == kind and first <= p.end and p.start <= horizon
    ]


def nearest(bucket_id: str, options: list[str]) -> str | None:
    """The option closest in time to a bucket (by end date; the earlier of two as close), or None."""
    if not options:
        return None
    end = parse(bucket_id).end
    return min(options, key=lambda o: (abs((parse(o).end - end).days), parse(o).end))


def shift(bucket_id: str, base: str) -> str | None:
    """The comparison bucket of `bucket_id`.

    base: "yoy" (same period a year earlier, "cùng kỳ"), "previous" (the period just before, of
    the same kind), "year_start" (the previous year's bucket: the position at the start of the
    year; meaningful for stocks only — the query layer leaves it empty for flows).
    """
    p = parse(bucket_id)
    y = p.end.year
    if base == "yoy":
        if p.kind in ("quarter", "half"):
            return f"{y - 1}{bucket_id[4:]}"
        if p.kind == "nine_months":
            return f"{y - 1}-9M"
        if p.kind == "year":
            return f"{y - 1}"
    elif base == "previous":
        if p.kind == "quarter":
            q = int(bucket_id[-1])
            return f"{y}-Q{q - 1}" if q > 1 else f"{y - 1}-Q4"
        if p.kind == "half":
            return f"{y}-H1" if bucket_id.endswith("H2") else f"{y - 1}-H2"
        if p.kind in ("nine_months", "year"):
            return f"{y - 1}-9M" if p.kind == "nine_months" else f"{y - 1}"
    elif base == "year_start":
        # The position at the end of the previous year, which for a stock is the year bucket.
        return f"{y - 1}"
    return None
