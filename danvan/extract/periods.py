"""Period phrases in prose, resolved to the warehouse's period notation (danvan/periods.py).

    năm 2020 → 2020              quý I/2019, quý II năm 2019 → 2019-Q1, 2019-Q2
    6 tháng đầu năm 2024 → 2024-H1   9 tháng (năm 2023) → 2023-9M     tháng 3/2024 → 2024-03
    giai đoạn 2021–2023, nhiệm kỳ 2016 - 2021 → 2021/2023, 2016/2021
    từ năm 2011 đến nay → 2011/<year of publication>          (cumulative)
    tính đến 31/12/2023, đến ngày 30/9 → 2023-12-31, <year>-09-30
    từ đầu năm đến nay (published 5/11/2019) → 2019-01/2019-10 (year to date; Q1, H1, 9M or the
        year when the last full month closes one)
    năm qua, năm vừa qua → the previous year when published in January–March, the same year when
        published in October–December, otherwise the previous year with low confidence
    hiện có, hiện nay, đến nay → as of the publication date (or its year when only the year is known)
    quý II, 6 tháng đầu năm (no year) → the year last named in the text, else the publication's
    giai đoạn này, trong nhiệm kỳ, trong quý, trong năm → the last range / quarter / year named

Phrases after "so với" (comparisons: "so với cùng kỳ năm 2022") are found but never used as a
figure's period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from danvan import periods as notation

Y = r"((?:19|20)\d{2})"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class PeriodMention:
    start: int
    end: int
    kind: str  # year quarter half nine_months month months date range ytd now anaphor comparison
    period: str | None  # notation, None when it cannot be resolved (no publication date known)
    confidence: float  # how sure the resolution is (1.0: the text says it outright)
    cumulative: bool = False  # "từ năm 2011 đến nay", "lũy kế"
    explicit_year: bool = False  # the phrase names its year

    @property
    def year(self) -> int | None:
        return notation.parse(self.period).end.year if self.period else None


@dataclass(frozen=True)
class Published:
    """What is known of the publication date: the day, or only its year, or nothing."""

    day: date | None = None
    exact: bool = False

    @property
    def year(self) -> int | None:
        return self.day.year if self.day else None


# Patterns in priority order: an earlier pattern claims its span first.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    (
        "comparison",
        re.compile(
            r"so\s+với\s+(?:cùng\s+kỳ|(?:cùng\s+kỳ\s+)?năm\s+(?:trước|"
            + Y
            + r")|đầu\s+năm|kỳ\s+trước|quý\s+trước|"
            r"năm\s+"
            + Y
            + r"|tháng\s+trước|6\s+tháng\s+đầu\s+năm\s+"
            + Y
            + r"|cuối\s+năm(?:\s+(?:trước|"
            + Y
            + r"))?"
            r"|(?:cuối\s+)?(?:quý|tháng)\s+\S+\s*(?:/|năm)\s*" + Y + r")(?:\s+năm\s+" + Y + r")?"
        ),
    ),
    ("event_date", re.compile(r"ngày\s+\d{1,2}\s+tháng\s+\d{1,2}(?:\s+năm\s+(?:19|20)\d{2})?")),
    (
        "since",
        re.compile(
            r"(?:lũy\s+kế\s+)?từ\s+(?:năm\s+)?"
            + Y
            + r"\s*(?:đến|tới|-)\s*(?:nay|hiện\s+nay|hiện\s+tại|thời\s+điểm\s+này)"
        ),
    ),
    (
        "since_launch",
        re.compile(
            r"(?:lũy\s+kế\s+)?từ\s+khi\s+(?:phát\s+động|triển\s+khai|thực\s+hiện|bắt\s+đầu)[^.;,]{0,40}?"
            r"(?:\(?năm\s+" + Y + r"\)?\s*)?(?:đến|tới)\s+nay"
        ),
    ),
    (
        "range",
        re.compile(
            r"(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|từ\s+năm|từ|trong\s+(?:các\s+)?năm)\s+(?:năm\s+)?"
            + Y
            + r"\s*(?:-|đến|tới)\s*(?:năm\s+)?(\d{4}|\d{2})(?!\d)"
        ),
    ),
    (
        "ytd",
        re.compile(
            r"(?:từ|tính\s+từ)\s+đầu\s+năm(?:\s+" + Y + r")?\s+(?:đến|tới)\s+(?:nay|hiện\s+nay|hiện\s+tại|"
            r"thời\s+điểm\s+này|(?:hết\s+)?(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?:/"
            + Y
            + r")?|hết\s+tháng\s+(\d{1,2}))"
        ),
    ),
    (
        "asof",
        re.compile(
            r"(?:tính\s+)?(?:đến|tới|đến\s+hết|tính\s+đến|tại\s+thời\s+điểm|thời\s+điểm)\s+(?:ngày\s+)?"
            r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*" + Y + r")?(?![\d/])"
        ),
    ),
    ("year_end", re.compile(r"(?:đến\s+|tính\s+đến\s+)?cuối\s+năm(?:\s+" + Y + r")?")),
    (
        "quarter",
        re.compile(r"(?<!\w)quý\s+(iv|iii|ii|i|[1-4])(?!\w)(?:\s*(?:/|-|năm)\s*" + Y + r")?"),
    ),
    (
        "quarter_rel",
        re.compile(r"(?:trong\s+)?quý\s+(?:qua|vừa\s+qua|này)|trong\s+quý(?!\s+(?:iv|iii|ii|i|[1-4])\b)"),
    ),
    (
        "half",
        re.compile(
            r"(?:sơ\s+kết\s+)?(?:6|sáu)\s+tháng\s*(đầu\s+năm|cuối\s+năm|đầu|cuối|qua|vừa\s+qua)?(?:\s*(?:/|năm|-)?\s*"
            + Y
            + r")?"
            r"|nửa\s+(đầu|cuối)\s+năm(?:\s+" + Y + r")?"
        ),
    ),
    (
        "nine",
        re.compile(r"(?:9|chín)\s+tháng\s*(?:đầu\s+năm|qua|vừa\s+qua)?(?:\s*(?:/|năm|-)?\s*" + Y + r")?"),
    ),
    (
        "months",
        re.compile(r"(?<![\d/])(1[01]|[1-8])\s+tháng\s+(?:đầu\s+năm|năm|qua)(?:\s*(?:/|năm)?\s*" + Y + r")?"),
    ),
    ("month", re.compile(r"(?<!\d\s)(?<!ngày\s)tháng\s+(\d{1,2})\s*(?:/|-|năm)\s*" + Y)),
    # not the first year of a range ("năm 2017 – 2022": the range's)
    ("year", re.compile(r"(?<!\w)năm\s+" + Y + r"(?![\d/-])(?!\s*-\s*(?:19|20)\d{2}(?!\d))")),
    ("year_rel", re.compile(r"(?:trong\s+)?(?:một\s+)?năm\s+(?:qua|vừa\s+qua|trước)(?!\w)")),
    (
        "this_year",
        re.compile(r"(?<!\w)(?:năm\s+nay|trong\s+năm)(?!\s+\d)(?!\s+(?:qua|vừa|trước|học|tới|sau))(?!\w)"),
    ),
    (
        "range_anaphor",
        re.compile(r"(?:trong\s+)?(?:giai\s+đoạn|nhiệm\s+kỳ)(?:\s+(?:này|qua|vừa\s+qua))?(?!\s+\d)(?!\w)"),
    ),
    (
        "now",
        re.compile(
            r"(?<!\w)(?:tính\s+đến\s+nay|đến\s+nay|tới\s+nay|hiện\s+nay|hiện\s+có|hiện\s+tại|"
            # bare "hiện" ("hiện toàn tỉnh có"), not the second syllable of "thực hiện", "phát hiện" …
            r"(?<!thực\s)(?<!xuất\s)(?<!thể\s)(?<!phát\s)(?<!biểu\s)(?<!hiển\s)(?<!thực\s\s)"
            r"hiện(?!\s+(?:thực|đại|diện|trạng|hành|vật|tượng|hữu|thân|ra|lên)(?!\w)))(?!\w)"
        ),
    ),
    ("bare_range", re.compile(r"(?<![\w/])" + Y + r"\s*-\s*" + Y + r"(?![\w/])")),
    ("lifetime", re.compile(r"(?<!\w)lũy\s+kế(?!\w)")),
]


def _month_end(year: int, month: int) -> date:
    return notation.parse(f"{year}-{month:02d}").end


def ytd_period(year: int, last_month: int) -> str:
    """Year to date ending with a full month, in the warehouse's notation."""
    if last_month <= 0:
        return f"{year - 1}"
    named = {3: f"{year}-Q1", 6: f"{year}-H1", 9: f"{year}-9M", 12: f"{year}"}
    if last_month in named:
        return named[last_month]
    if last_month == 1:
        return f"{year}-01"
    return f"{year}-01/{year}-{last_month:02d}"


def _last_full_month(day: date) -> int:
    """The month a "so far this year" figure reaches: reports close a month near its end."""
    return day.month if day.day >= 25 else day.month - 1


def find(folded: str, published: Published) -> list[PeriodMention]:
    """Every period phrase of the text, in order, resolved against the publication date."""
    claimed: list[tuple[int, int, str, re.Match]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            if any(a < m.end() and m.start() < b for a, b, _, _ in claimed):
                continue
            claimed.append((m.start(), m.end(), kind, m))
    claimed.sort()
    out: list[PeriodMention] = []
    state = _State(published)
    for a, b, kind, m in claimed:
        mention = state.resolve(kind, m, a, b)
        if mention is not None:
            out.append(mention)
    return out


class _State:
    """Resolution in reading order: a phrase without a year takes the year last named."""

    def __init__(self, published: Published):
        self.pub = published
        self.year: int | None = None  # last explicit year
        self.last: dict[str, PeriodMention] = {}

    def _year_or_pub(self, end_month: int = 12) -> tuple[int | None, float]:
        if self.year is not None:
            return self.year, 0.85
        if self.pub.day is None:
            return None, 0.0
        y = self.pub.day.year
        # A period that would end after publication must be last year's ("quý IV" in January).
        if _month_end(y, end_month) > self.pub.day + timedelta(days=40):
            return y - 1, 0.7
        return y, 0.75

    def _now(self) -> tuple[str | None, float]:
        if self.pub.day is None:
            return None, 0.0
        if self.pub.exact:
            return self.pub.day.isoformat(), 0.85
        return str(self.pub.day.year), 0.7

    def _mention(self, a, b, kind, period, conf, **kw) -> PeriodMention:
        mention = PeriodMention(a, b, kind, period, conf, **kw)
        if period and kind in ("range", "quarter", "half", "nine_months", "year"):
            self.last[kind] = mention
        return mention

    def resolve(self, kind: str, m: re.Match, a: int, b: int) -> PeriodMention | None:
        g = m.groups()
        pub = self.pub.day
        if kind in ("comparison", "event_date"):
            return PeriodMention(a, b, "comparison", None, 0.0)
        if kind == "since":
            start = int(g[0])
            end = pub.year if pub else None
            self.year = end or self.year
            if end is None or end < start:
                return PeriodMention(a, b, "range", None, 0.0, cumulative=True)
            return self._mention(a, b, "range", f"{start}/{end}", 0.9, cumulative=True, explicit_year=True)
        if kind == "since_launch":
            if pub is None:
                return PeriodMention(a, b, "now", None, 0.0, cumulative=True)
            if g[0]:
                return self._mention(
                    a, b, "range", f"{g[0]}/{pub.year}", 0.85, cumulative=True, explicit_year=True
                )
            period, conf = self._now()
            return PeriodMention(a, b, "now", period, conf, cumulative=True)
        if kind == "range":
            start, end_text = int(g[0]), g[1]
            end = int(end_text) if len(end_text) == 4 else (start // 100) * 100 + int(end_text)
            if end < start:
                return None
            conf = 0.9
            if pub and end > pub.year:  # a term still running: the figure covers it so far
                end, conf = max(start, pub.year), 0.7
            self.year = end
            return self._mention(a, b, "range", f"{start}/{end}", conf, cumulative=True, explicit_year=True)
        if kind == "bare_range":
            start, end = int(g[0]), int(g[1])
            if not 0 < end - start <= 15:
                return None
            self.year = end
            return self._mention(a, b, "range", f"{start}/{end}", 0.75, cumulative=True, explicit_year=True)
        if kind == "ytd":
            year_text, day_text, month_text, year2_text, month_only = g
            if month_only:
                base_year = int(year_text) if year_text else self._year_or_pub()[0]
                if base_year is None:
                    return PeriodMention(a, b, "ytd", None, 0.0)
                return self._mention(a, b, "ytd", ytd_period(base_year, int(month_only)), 0.9)
            if day_text:
                y = int(year2_text or year_text or 0) or self._year_or_pub()[0]
                if y is None:
                    return PeriodMention(a, b, "ytd", None, 0.0)
                try:
                    day = date(y, int(month_text), int(day_text))
                except ValueError:
                    return None
                return self._mention(a, b, "ytd", ytd_period(y, _last_full_month(day)), 0.9)
            if pub is None:
                return PeriodMention(a, b, "ytd", None, 0.0)
            y = int(year_text) if year_text else pub.year
            conf = 0.85 if self.pub.exact else 0.5
            return self._mention(a, b, "ytd", ytd_period(y, _last_full_month(pub)), conf)
        if kind == "asof":
            day_text, month_text, year_text = g
            if year_text:
                y, conf = int(year_text), 0.95
                self.year = y
            else:
                y, conf = self._year_or_pub(
                    int(month_text) if month_text.isdigit() and 1 <= int(month_text) <= 12 else 12
                )
                if y is None:
                    return PeriodMention(a, b, "date", None, 0.0)
            try:
                day = date(y, int(month_text), int(day_text))
            except ValueError:
                return None
            return self._mention(a, b, "date", day.isoformat(), conf, explicit_year=bool(year_text))
        if kind == "year_end":
            if g[0]:
                self.year = int(g[0])
                return self._mention(a, b, "year", g[0], 0.9, explicit_year=True)
            y, conf = self._year_or_pub()
            return self._mention(a, b, "year", str(y) if y else None, conf)
        if kind == "quarter":
            q = _ROMAN[g[0]]
            if g[1]:
                self.year = int(g[1])
                return self._mention(a, b, "quarter", f"{g[1]}-Q{q}", 0.95, explicit_year=True)
            y, conf = self._year_or_pub(3 * q)
            return self._mention(a, b, "quarter", f"{y}-Q{q}" if y else None, conf)
        if kind == "quarter_rel":
            if "quarter" in self.last:
                prev = self.last["quarter"]
                return replace(prev, start=a, end=b, confidence=0.8, explicit_year=False)
            if pub is None:
                return PeriodMention(a, b, "quarter", None, 0.0)
            last_q_end = date(pub.year, ((pub.month - 1) // 3) * 3 + 1, 1) - timedelta(days=1)
            return PeriodMention(a, b, "quarter", notation.bucket_of("quarter", last_q_end), 0.6)
        if kind == "half":
            which, y_text = (g[0] or ""), g[1]
            which2, y_text2 = g[2], g[3]
            if which2:
                which, y_text = ("đầu" if which2 == "đầu" else "cuối"), y_text2
            which = " ".join(which.split())
            if which in ("qua", "vừa qua") and not y_text:
                if "half" in self.last:
                    prev = self.last["half"]
                    return replace(prev, start=a, end=b, confidence=0.8, explicit_year=False)
                if pub is None:
                    return PeriodMention(a, b, "half", None, 0.0)
                if pub.month in (6, 7, 8, 9):
                    return PeriodMention(a, b, "half", f"{pub.year}-H1", 0.8)
                if pub.month == 12:
                    return PeriodMention(a, b, "half", f"{pub.year}-H2", 0.7)
                if pub.month in (1, 2, 3):
                    return PeriodMention(a, b, "half", f"{pub.year - 1}-H2", 0.7)
                return PeriodMention(
                    a, b, "half", f"{pub.year}-H1" if pub.month >= 6 else f"{pub.year - 1}-H2", 0.5
                )
            h = 2 if which.startswith("cuối") else 1
            if y_text:
                self.year = int(y_text)
                return self._mention(a, b, "half", f"{y_text}-H{h}", 0.95, explicit_year=True)
            y, conf = self._year_or_pub(6 * h)
            return self._mention(a, b, "half", f"{y}-H{h}" if y else None, conf)
        if kind == "nine":
            if g[0]:
                self.year = int(g[0])
                return self._mention(a, b, "nine_months", f"{g[0]}-9M", 0.95, explicit_year=True)
            y, conf = self._year_or_pub(9)
            return self._mention(a, b, "nine_months", f"{y}-9M" if y else None, conf)
        if kind == "months":
            n = int(g[0])
            if g[1]:
                y, conf = int(g[1]), 0.9
                self.year = y
            else:
                y, conf = self._year_or_pub(n)
            if y is None:
                return PeriodMention(a, b, "months", None, 0.0)
            return self._mention(a, b, "months", ytd_period(y, n), conf, explicit_year=bool(g[1]))
        if kind == "month":
            month, y = int(g[0]), int(g[1])
            if not 1 <= month <= 12:
                return None
            self.year = y
            return self._mention(a, b, "month", f"{y}-{month:02d}", 0.95, explicit_year=True)
        if kind == "year":
            self.year = int(g[0])
            return self._mention(a, b, "year", g[0], 0.95, explicit_year=True)
        if kind == "year_rel":
            if pub is None:
                return PeriodMention(a, b, "year", None, 0.0)
            if pub.month <= 3:
                return self._mention(a, b, "year", str(pub.year - 1), 0.9)
            if pub.month >= 10:
                return self._mention(a, b, "year", str(pub.year), 0.8)
            return self._mention(a, b, "year", str(pub.year - 1), 0.55)
        if kind == "this_year":
            if "nay" in m.group(0) and pub is not None:  # "năm nay": the year the page was written
                return self._mention(a, b, "year", str(pub.year), 0.85)
            last = self.last.get("year")
            if (
                last is not None
                and self.year is not None
                and not (pub and last.year and last.year > pub.year)
            ):
                # "trong năm": the year last named — never a plan's year after the page was written
                return replace(last, start=a, end=b, confidence=0.8, explicit_year=False)
            y, conf = self._year_or_pub()
            return PeriodMention(a, b, "year", str(y) if y else None, conf)
        if kind == "range_anaphor":
            if "range" in self.last:
                return replace(self.last["range"], start=a, end=b, confidence=0.8, explicit_year=False)
            return None
        if kind == "now":
            period, conf = self._now()
            return PeriodMention(a, b, "now", period, conf)
        if kind == "lifetime":
            period, conf = self._now()
            return PeriodMention(a, b, "now", period, conf, cumulative=True)
        return None
