"""Numbers the Vietnamese way: 180.455; 3,2%; 259 tỷ đồng; "tăng 1.245 hội viên (+3,2%)".

Thousands are separated by dots and decimals by commas. Money is shown in tỷ đồng (10^9 đồng).
Moments are shown in Vietnam's time (UTC+7) as "03/12/2026 08:30"; periods by their names
("Quý III/2026"); a missing cell as nothing, never "None" or "nan".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pandas as pd

from danvan import labels, periods

if TYPE_CHECKING:  # pandas' Styler needs jinja2, loaded only when a table is styled
    from pandas.io.formats.style import Styler

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


# What the work pages show: moments, periods, fact rows, sortable tables -----------------------------
LOCAL_TIMEZONE = ZoneInfo("Asia/Ho_Chi_Minh")
TIME_FORMAT = "%d/%m/%Y %H:%M"


def missing(value: object) -> bool:
    """None, NaN, NaT or pd.NA (a list or array is never "missing": it is a value)."""
    if value is None:
        return True
    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def local_time(moment: datetime | pd.Timestamp | None) -> str:
    """A moment in Vietnam's time: datetime(2026, 12, 3, 1, 30, tzinfo=UTC) → "03/12/2026 08:30".

    A moment without a zone is UTC: the warehouse stores them so (source.imported_at). '' when missing.
    """
    if missing(moment):
        return ""
    stamp = pd.Timestamp(moment)
    if stamp.tzinfo is None:
        stamp = stamp.tz_localize(UTC)
    return stamp.tz_convert(LOCAL_TIMEZONE).strftime(TIME_FORMAT)


def period_name(period_id: object) -> str:
    """A period's name: "2026-Q3" → "Quý III/2026", "2025-9M" → "9 tháng năm 2025"; '' when missing;
    the text itself when it is not a period (so that a mistyped one stays visible)."""
    if missing(period_id) or not str(period_id).strip():
        return ""
    try:
        return periods.label(str(period_id))
    except periods.PeriodError:
        return str(period_id)


def cell(value: object) -> str:
    """A cell as text: '' when missing, a whole float without its ".0" (a row number read as 2.0)."""
    if missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def fact_rows(
    rows: pd.DataFrame,
    names: Mapping[str, Mapping[str, str]],
    locality_names: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Fact rows in codes, as a person reads them: every column as text, codes by their names.

    rows: any of the columns locality_id, organization, indicator, breakdown, period_id, value, approx
    (others are kept, as text). names: code → name for "organization", "indicator", "breakdown", and
    "unit" (indicator → unit), as danvan.store.impact.names gives them. The value is shown in its
    indicator's unit (3.5e12 đồng → "3.500 tỷ đồng"), the period by its name ("Quý III/2026"); a code
    without a name stays as written; a missing cell is ''. With `locality_names`, a `locality` column
    with the unit's name follows `locality_id`.
    """
    out = pd.DataFrame(index=rows.index)
    units = names.get("unit", {})
    for column in rows.columns:
        values = rows[column]
        if column in ("organization", "indicator", "breakdown"):
            known = names.get(column, {})
            out[column] = [known.get(cell(v), cell(v)) if not missing(v) else "" for v in values]
        elif column == "period_id":
            out[column] = [period_name(v) for v in values]
        elif column == "value":
            indicators = rows["indicator"] if "indicator" in rows else pd.Series("", index=rows.index)
            out[column] = [
                "" if missing(v) else value(float(v), _unit(units.get(cell(i), "")))
                for v, i in zip(values, indicators, strict=True)
            ]
        else:
            out[column] = [cell(v) for v in values]
        if column == "locality_id" and locality_names is not None:
            out["locality"] = [locality_names.get(cell(v), "") for v in values]
    return out.reset_index(drop=True)


def _unit(unit: object) -> str:
    return "" if missing(unit) else str(unit)


def styled(frame: pd.DataFrame, formats: Mapping[str, Callable[[object], str]]) -> Styler:
    """The frame with Vietnamese display values for the given columns, the values themselves kept:
    a table (st.dataframe) shows "3.346.145" and "03/12/2026 08:30" yet sorts by number and by time.
    A missing cell shows as ''."""

    def safe(show: Callable[[object], str]) -> Callable[[object], str]:
        return lambda v: "" if missing(v) else show(v)

    return frame.style.format({c: safe(f) for c, f in formats.items() if c in frame.columns})
