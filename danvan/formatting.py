"""Numbers the Vietnamese way: 180.455; 3,2%; 259 tỷ đồng; "tăng 1.245 hội viên (+3,2%)".

Thousands are separated by dots and decimals by commas. Money is shown in tỷ đồng (10^9 đồng).
"""

from __future__ import annotations

import math

import pandas as pd

from danvan import labels

BILLION = 1e9


def _group(int_text: str) -> str:
    out = []
    while len(int_text) > 3:
        out.insert(0, int_text[-3:])
        int_text = int_text[:-3]
    out.insert(0, int_text)
    return ".".join(out)


def number(value: float | None, decimals: int = 0) -> str:
    """180455 → "180.455"; 81.658 with decimals=3 → "81,658"; None → "—"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    sign = "-" if value < 0 else ""
    text = f"{abs(value):.{decimals}f}"
    whole, _, frac = text.partition(".")
    return sign + _group(whole) + ("," + frac if frac else "")


def percent(ratio: float | None, decimals: int = 1, signed: bool = False) -> str:
    """0.032 → "3,2%"; signed=True → "+3,2%"."""
    if ratio is None or (isinstance(ratio, float) and math.isnan(ratio)):
        return "—"
    text = number(ratio * 100, decimals) + "%"
    return ("+" + text) if signed and ratio > 0 else text


def billions(vnd: float | None, decimals: int | None = None) -> str:
    """An amount in đồng as tỷ: 259e9 → "259"; 81.658e9 → "81,658"; 330_000e9 → "330.000"."""
    if vnd is None or (isinstance(vnd, float) and math.isnan(vnd)):
        return "—"
    value = vnd / BILLION
    if decimals is None:
        decimals = 0 if abs(value) >= 1000 or float(value).is_integer() else (1 if abs(value) >= 100 else 2)
    return number(value, decimals)


def money(vnd: float | None, decimals: int | None = None) -> str:
    """259e9 → "259 tỷ đồng"."""
    return f"{billions(vnd, decimals)} {labels.MONEY_SUFFIX}"


def value(v: float | None, unit: str) -> str:
    """A value in its indicator's unit: money in tỷ đồng, ratios in %, counts with separators."""
    if unit == "đồng":
        return money(v)
    if unit == "%":
        return percent(v, 2)
    return number(v)


def change_phrase(change: float | None, change_pct: float | None, unit: str, noun: str, base: str) -> str:
    """ "tăng 1.245 hội viên (+3,2%) so với cùng kỳ"; "giảm 0,02 điểm phần trăm so với kỳ trước".

    base: yoy | previous | year_start (labels.COMPARE).
    """
    if change is None:
        return labels.NO_COMPARISON.format(base=labels.COMPARE[base])
    if change == 0:
        return labels.UNCHANGED.format(base=labels.COMPARE[base])
    verb = labels.UP if change > 0 else labels.DOWN
    if unit == "%":
        amount = f"{number(abs(change) * 100, 2)} {labels.PERCENT_POINTS}"
        return f"{verb} {amount} {labels.COMPARE[base]}"
    amount = money(abs(change)) if unit == "đồng" else f"{number(abs(change))} {noun}"
    pct = f" ({percent(change_pct, 1, signed=True)})" if change_pct is not None else ""
    return f"{verb} {amount}{pct} {labels.COMPARE[base]}"


def units_note(reporting: float | None, expected: float | None) -> str:
    """ "41/54 xã báo cáo" when some communes that should report did not; '' otherwise."""
    if not _known(expected) or not _known(reporting) or reporting >= expected or not expected:
        return ""
    return labels.UNITS_REPORTING.format(reporting=number(reporting), expected=number(expected))


def is_minority(reporting: float | None, expected: float | None) -> bool:
    """Fewer than half of the communes that should report did: such a sum is shown, marked, but
    never presented as the area's total (no change against a base, "chưa phải tổng của …")."""
    return _known(expected) and _known(reporting) and bool(expected) and reporting * 2 < expected


def _known(value) -> bool:
    return value is not None and not pd.isna(value)
