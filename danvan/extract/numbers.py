"""Numbers as Vietnamese prose writes them, found with their spans.

    180.455      thousands with dots            → 180455
    19 136       thousands with spaces          → 19136
    14,917       a comma before three digits, no magnitude word: thousands (people are whole)
    81,658 tỷ    a comma before a magnitude word, or before 1–2 digits: decimal → 81.658 × 10^9
    2.148,6      dots for thousands and a comma for decimals → 2148.6
    1,2 triệu; 12 nghìn; 149.452 triệu đồng; 2 tỷ 500 triệu; 1,5 nghìn tỷ
    98,5%        percentages are recognized (so they are never read as counts) but carry unit '%'

A number glued to a hyphen, slash or colon ("17-CT/TW", "28/8/2012", "12:11") is not matched at
all: document numbers, dates and times are not quantities. Two slash forms are, and say so
(`Quantity.slash`): a share "412/530 chi hội" (the numerator a part, the denominator the whole) when
it cannot be a date, and the items of a chain after a word "56.300 triệu đồng/41 tổ/1.975 hộ vay". Forms that are probably typing errors
("992.0000") are read as the likely intended number and flagged, so the extractor lowers its
confidence instead of guessing silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Matched on the folded text (lower case, no-break spaces as spaces, dashes as "-").
_NUMBER = re.compile(
    r"(?<![\w.,/:-])"
    r"(?:\d{1,3}(?: \d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)*)"
    r"(?![\w/:-]|[.,]\d)"
)
_MAGNITUDES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_MAG = r"(nghìn|ngàn|triệu|tỷ|tỉ)"
_AFTER_MAG = re.compile(r"\s*" + _MAG + r"(?:\s+(tỷ|tỉ))?(?!\w)")
# "2 tỷ 500 triệu", "1 triệu 200 nghìn": a smaller part after the first magnitude.
_COMPOSITE = re.compile(r"\s+(\d{1,3})\s*(triệu|nghìn|ngàn)(?!\w)")
_CURRENCY = re.compile(r"\s*(đồng|vnđ|vnd|đ)(?!\w)")
_PERCENT = re.compile(r"\s*(%|phần trăm)")
_PER = re.compile(r"\s*/\s*(?!\d)\w+")
_GROUPED = r"\d{1,3}(?:\.\d{3})+|\d+"
# "412/530 chi hội": a share, not a date ("5/7" could be either and stays unread).
_SHARE = re.compile(
    r"(?<![\w.,/:-])(" + _GROUPED + r")\s?/\s?(" + _GROUPED + r")(?![\w/:-]|[.,]\d)(?=\s*[^\W\d_])"
)
# "…triệu đồng/41 tổ/1.975 hộ vay": a number after a word and a slash (not "quý iii/2024").
_CHAIN = re.compile(r"([^\W\d_]+)\s?/\s?(\d+(?:[.,]\d+)*)(?![\w/:-]|[.,]\d)")
_ROMAN = re.compile(r"(?:i{1,3}|iv|vi{0,3}|ix|xi{0,2})")


@dataclass(frozen=True)
class Quantity:
    start: int  # the whole quantity, with magnitude and currency words
    end: int
    num_start: int  # the digits only
    num_end: int
    value: float
    raw: str
    unit: str  # '' a count, 'vnd' money, '%' a percentage
    magnitude: float  # 1, 1e3, 1e6, 1e9 …
    per: bool  # "15.000 đồng/kg": a price or rate, never a stock or flow
    note: str  # '', 'comma_thousands', 'space_groups', 'dot_decimal', 'typo'
    slash: str = ""  # '', 'numerator' / 'denominator' of a share "412/530", 'chain' "đồng/41 tổ"

    @property
    def is_integer_count(self) -> bool:
        return self.unit == "" and float(self.value).is_integer()


def parse_digits(raw: str, decimal_hint: bool) -> tuple[float, str] | None:
    """Value of a digit string; decimal_hint: a magnitude word or % follows (so "81,658" is 81.658).

    Returns (value, note) or None when the string cannot be a number.
    """
    s = raw.replace(" ", "")
    if " " in raw:
        return float(s), "space_groups"
    has_dot, has_comma = "." in s, "," in s
    if has_dot and has_comma:
        # The later separator is the decimal one: 2.148,6 (Vietnamese) or 2,148.6 (English).
        if s.rfind(",") > s.rfind("."):
            whole, _, frac = s.partition(",")
            if not _groups_ok(whole.split(".")) or "," in frac:
                return None
            return float(whole.replace(".", "") + "." + frac), ""
        whole, _, frac = s.rpartition(".")
        if not _groups_ok(whole.split(",")):
            return None
        return float(whole.replace(",", "") + "." + frac), "dot_decimal"
    if has_dot:
        parts = s.split(".")
        if _groups_ok(parts):
            return float("".join(parts)), ""
        if len(parts) == 2 and len(parts[1]) in (1, 2):
            return float(s), "dot_decimal"  # "2.5 tỷ": an English decimal point
        if _groups_ok([*parts[:-1], parts[-1][:3]]) and set(parts[-1][3:]) == {"0"}:
            return float("".join(parts[:-1]) + parts[-1][:3]), "typo"  # "992.0000" → 992.000
        return None
    if has_comma:
        parts = s.split(",")
        if len(parts) == 2:
            if len(parts[1]) == 3 and not decimal_hint and len(parts[0]) <= 3:
                return float(parts[0] + parts[1]), "comma_thousands"  # "14,917 hội viên"
            return float(parts[0] + "." + parts[1]), ""
        if _groups_ok(parts):
            return float("".join(parts)), "comma_thousands"
        return None
    return float(s), ""


def _groups_ok(parts: list[str]) -> bool:
    return len(parts) >= 2 and 1 <= len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:])


def find_quantities(folded: str) -> list[Quantity]:
    """Every quantity in the folded text, in order."""
    spans: list[tuple[int, int, str]] = [(m.start(), m.end(), "") for m in _NUMBER.finditer(folded)]
    for m in _SHARE.finditer(folded):
        a, b = _plain(m.group(1)), _plain(m.group(2))
        if a <= 31 and 1 <= b <= 12:
            continue  # a day and month
        if a <= b:
            spans += [(m.start(1), m.end(1), "numerator"), (m.start(2), m.end(2), "denominator")]
    for m in _CHAIN.finditer(folded):
        word, digits = m.group(1), m.group(2)
        if _ROMAN.fullmatch(word) or word in ("tháng", "năm", "số") or re.fullmatch(r"(?:19|20)\d\d", digits):
            continue  # "quý iii/2024", a year
        spans.append((m.start(2), m.end(2), "chain"))
    out: list[Quantity] = []
    for start, end, slash in sorted(spans):
        if out and start < out[-1].end:
            continue  # the "500" of "2 tỷ 500 triệu" is part of the quantity before it
        q = _quantity(folded, start, end, slash)
        if q is not None:
            out.append(q)
    return out


def _plain(raw: str) -> int:
    return int(raw.replace(".", ""))


def _quantity(folded: str, start: int, end: int, slash: str) -> Quantity | None:
    raw = folded[start:end]
    pos = end
    magnitude = 1.0
    mag = _AFTER_MAG.match(folded, pos)
    if mag:
        magnitude = _MAGNITUDES[mag.group(1)] * (1e9 if mag.group(2) else 1.0)
        pos = mag.end()
    pct = _PERCENT.match(folded, pos) if not mag else None
    parsed = parse_digits(raw, decimal_hint=bool(mag or pct))
    if parsed is None:
        return None
    value, note = parsed
    value *= magnitude
    if mag and not mag.group(2):
        comp = _COMPOSITE.match(folded, pos)
        if comp and _MAGNITUDES[comp.group(2)] < magnitude:
            value += float(comp.group(1)) * _MAGNITUDES[comp.group(2)]
            pos = comp.end()
    unit = ""
    if pct:
        unit, pos = "%", pct.end()
    else:
        cur = _CURRENCY.match(folded, pos)
        if cur:
            unit, pos = "vnd", cur.end()
    per = _PER.match(folded, pos) if slash != "numerator" else None
    if per:
        pos = per.end()
    return Quantity(
        start=start,
        end=pos,
        num_start=start,
        num_end=end,
        value=round(value, 6),
        raw=raw,
        unit=unit,
        magnitude=magnitude,
        per=bool(per),
        note=note,
        slash=slash,
    )
