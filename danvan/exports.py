"""A chart's data as files people open in spreadsheets: CSV (UTF-8 with BOM) and XLSX.

A downloaded table says what it holds: it starts with a few "key, value" lines (`header`: the
chart, its filters, period, unit, sources, when it was made, whether it has demo data), and its
values are in the unit the chart shows (`in_chart_unit`: money in tỷ đồng, ratios in percent,
counts as whole numbers), the unit carried by the column name too («Giá trị (tỷ đồng)»).
`file_name` names the file after the page, the chart, the area and the period.

Cells that start with = + - @ (or a tab/carriage return) are neutralised with a leading
apostrophe so that a spreadsheet shows them as text instead of running them as formulas
(CSV injection). Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import datetime
from numbers import Integral, Real

import numpy as np
import pandas as pd
import xlsxwriter

from danvan import formatting, labels

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# Spreadsheet number formats (Excel's notation; a spreadsheet in Vietnamese shows its own
# separators for them). Never "General", which turns a 14-digit value into 3.5E+13.
INTEGER_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"  # tỷ đồng
PERCENT_FORMAT = "0.00"  # percent values, already ×100
DECIMAL_FORMAT = "#,##0.00"

MONEY_BASE_UNIT = "đồng"
PERCENT_UNIT = "%"
BILLION = 1e9
FILE_NAME_MAX = 120

# in_chart_unit leaves the XLSX number formats of the columns it converted here (frame.attrs).
_FORMATS_ATTR = "danvan_number_formats"

HeaderRows = Sequence[tuple[str, str]]
NumberFormats = Mapping[str, str | Sequence[str]]


def neutralise(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _safe(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(neutralise)
    out.columns = [neutralise(str(c)) for c in out.columns]
    return out


# What the file says about itself ---------------------------------------------------------------------
def display_unit(unit: str) -> str:
    """The unit a chart shows for a registry unit: đồng → tỷ đồng; others as they are."""
    return labels.MONEY_UNIT if unit == MONEY_BASE_UNIT else unit


def made_text(made: datetime) -> str:
    """dd/mm/yyyy HH:MM in Vietnam time (UTC+7), as every time on screen. Naive is taken as UTC."""
    return formatting.local_time(made)


def header(
    title: str,
    view_subtitle: str,
    period_text: str,
    unit: str,
    source_text: str,
    made: datetime,
    is_demo: bool,
) -> list[tuple[str, str]]:
    """The lines a downloaded table starts with, as (key, value) pairs.

    unit: the chart's unit, registry ("đồng") or shown ("tỷ đồng"); '' for a chart whose rows
    have units of their own (the KPI table). source_text: the chart's "Nguồn: …" line.
    made: when the file is made (aware; naive is taken as UTC), shown in Vietnam time.
    """
    keys = labels.DL_HEADER
    prefix = labels.SRC_CAPTION.format(items="")
    source = source_text[len(prefix) :] if source_text.startswith(prefix) else source_text
    rows = [
        (keys["chart"], title),
        (keys["filters"], view_subtitle),
        (keys["period"], period_text),
        (keys["unit"], display_unit(unit) if unit else labels.DL_UNIT_PER_ROW),
        (keys["source"], source.strip() or labels.DL_NO_SOURCE),
        (keys["made"], made_text(made)),
    ]
    if is_demo:
        rows.append((keys["status"], labels.DL_STATUS_DEMO))
    return rows


# Values in the chart's unit ----------------------------------------------------------------------------
def _scale(values: pd.Series, unit: str) -> pd.Series:
    """Stored base units → the chart's: đồng → tỷ đồng (÷10⁹), a ratio → percent (×100).

    Rounded past what the data holds (a đồng is 10⁻⁹ tỷ) so that 0.032 × 100 is 3.2, not
    3.2000000000000006."""
    if unit == MONEY_BASE_UNIT:
        return (values / BILLION).round(9)
    if unit == PERCENT_UNIT:
        return (values * 100).round(10)
    return values


def _format_for(unit: str) -> str:
    if unit in (MONEY_BASE_UNIT, labels.MONEY_UNIT):
        return MONEY_FORMAT
    if unit == PERCENT_UNIT:
        return PERCENT_FORMAT
    return INTEGER_FORMAT


def _is_number_column(values: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values)


def _whole(values: pd.Series) -> bool:
    """Every known value is a whole number small enough to be exact."""
    known = values.dropna().astype(float)
    return bool(np.isfinite(known).all() and (known % 1 == 0).all() and (known.abs() < 2**53).all())


def _as_int_if_whole(values: pd.Series) -> pd.Series:
    """Whole numbers as pandas' nullable Int64 (180455, not 180455.0; a gap stays a gap)."""
    if _is_number_column(values) and not pd.api.types.is_integer_dtype(values) and _whole(values):
        return values.astype("Int64")
    return values


def _numeric(values: pd.Series) -> pd.Series:
    try:
        return pd.to_numeric(values)
    except (TypeError, ValueError):
        return values


def with_unit(name: str, unit: str) -> str:
    """A column name carrying its unit: «Giá trị (tỷ đồng)»."""
    return labels.DL_COLUMN_UNIT.format(name=name, unit=display_unit(unit))


def in_chart_unit(
    frame: pd.DataFrame,
    unit: str,
    *,
    value_column: str = labels.COL_VALUE,
    ratio_columns: Sequence[str] = (),
) -> pd.DataFrame:
    """The table with its values in the unit the chart shows, for download.

    frame: what ui.components.download_table makes — values in base units in `value_column`
    (labels.COL_VALUE), their unit in labels.COL_UNIT when present.
    unit: the chart's registry unit (Chart.unit: "đồng", "%", "người" …).

    - money (đồng) → tỷ đồng (÷10⁹), ratios stored as fractions ("%") → percent (×100); the
      value column is renamed with the unit («Giá trị (tỷ đồng)») and labels.COL_UNIT says it.
    - unit '' (a chart whose rows differ: the KPI table): each row converted by its own unit in
      labels.COL_UNIT; the value column keeps its name.
    - ratio_columns: other columns holding ratios (a growth rate): ×100, renamed «… (%)».
    - counts, and every other numeric column whose values are whole (communes reporting), become
      pandas' nullable Int64: no "180455.0", a missing value stays empty.

    The XLSX number formats of the converted columns travel in `frame.attrs` (to_xlsx reads them).
    """
    out = frame.copy()
    formats: dict[str, str | list[str]] = {}
    renames: dict[str, str] = {}
    if value_column in out:
        values = _numeric(out[value_column])
        if unit:
            values = _scale(values, unit) if _is_number_column(values) else values
            if unit not in (MONEY_BASE_UNIT, PERCENT_UNIT):
                values = _as_int_if_whole(values)
            fmt = _format_for(unit)
            if fmt == INTEGER_FORMAT and not pd.api.types.is_integer_dtype(values):
                fmt = DECIMAL_FORMAT
            if labels.COL_UNIT in out:
                out[labels.COL_UNIT] = display_unit(unit)
            renames[value_column] = with_unit(value_column, unit)
            formats[renames[value_column]] = fmt
        elif labels.COL_UNIT in out and _is_number_column(values):
            units = out[labels.COL_UNIT].fillna("").astype(str)
            scaled = values.astype(float).copy()
            for row_unit in units.unique():
                rows = units == row_unit
                scaled[rows] = _scale(values[rows].astype(float), row_unit)
            values = _as_int_if_whole(scaled)
            row_formats = [_format_for(u) for u in units]
            if not pd.api.types.is_integer_dtype(values):
                row_formats = [
                    DECIMAL_FORMAT if f == INTEGER_FORMAT and not _whole(pd.Series([v])) else f
                    for f, v in zip(row_formats, values, strict=True)
                ]
            out[labels.COL_UNIT] = units.map(display_unit)
            formats[value_column] = row_formats
        out[value_column] = values
    for col in ratio_columns:
        if col in out:
            out[col] = _scale(_numeric(out[col]), PERCENT_UNIT)
            renames[col] = with_unit(col, PERCENT_UNIT)
            formats[renames[col]] = PERCENT_FORMAT
    for col in out.columns:
        if col != value_column and col not in ratio_columns:
            out[col] = _as_int_if_whole(out[col])
    out = out.rename(columns=renames)
    out.attrs[_FORMATS_ATTR] = formats
    return out


# CSV ---------------------------------------------------------------------------------------------------
def _plain(value):
    """A number in the plain machine form: no thousands separator, "." for decimals, no trailing
    ".0" on whole numbers, never scientific notation; a gap is empty."""
    if value is None or value is pd.NA or isinstance(value, bool | np.bool_):
        return "" if value is None or value is pd.NA else value
    if isinstance(value, Integral):
        return str(int(value))
    if isinstance(value, Real):
        x = float(value)
        if not math.isfinite(x):
            return ""
        if x.is_integer() and abs(x) < 2**53:
            return str(int(x))
        return np.format_float_positional(x, unique=True, trim="-")
    return value


def _plain_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for col in out.columns:
        series = out[col]
        if pd.api.types.is_bool_dtype(series):
            continue
        if pd.api.types.is_numeric_dtype(series) or series.dtype == object:
            out[col] = series.astype(object).map(_plain)
    return out


def to_csv(frame: pd.DataFrame, header: HeaderRows | None = None) -> bytes:
    """UTF-8 with BOM (Excel then reads Vietnamese correctly), comma-separated, CRLF lines.

    With `header`, its (key, value) pairs come first as two-cell rows, then a blank line, then
    the table. Numbers are written plainly — no thousands separator, "." as the decimal mark,
    no ".0" on whole numbers (180455, 3500, 81.658). The Vietnamese display (180.455; 81,658)
    is ambiguous in a comma-separated file (is 180.455 a thousand-separated count or a decimal?)
    and scripts would read it as text; the plain form is what pandas, R, LibreOffice and Excel
    with "." decimals parse as numbers. A spreadsheet set to "," decimals should import the file
    naming "." as its decimal mark — or use the XLSX download, which carries real number formats
    and shows each reader's own separators.
    """
    buf = io.StringIO()
    if header:
        writer = csv.writer(buf, lineterminator="\r\n")
        for key, value in header:
            writer.writerow([neutralise(str(key)), neutralise(str(value))])
        buf.write("\r\n")
    _plain_frame(_safe(frame)).to_csv(buf, index=False, lineterminator="\r\n")
    return buf.getvalue().encode("utf-8-sig")


# XLSX --------------------------------------------------------------------------------------------------
def _default_format(values: pd.Series) -> str | None:
    if not _is_number_column(values):
        return None
    return INTEGER_FORMAT if pd.api.types.is_integer_dtype(values) else DECIMAL_FORMAT


def _shown_width(value, fmt: str | None) -> int:
    """About how many characters a cell takes on screen."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(float(value)):
        decimals = 0 if fmt == INTEGER_FORMAT else 2
        return len(f"{float(value):,.{decimals}f}")
    return len(str(value))


def _cell(value):
    """A cell's value for xlsxwriter: None for a gap (NaN, NA, ±inf)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating) and not math.isfinite(float(value)):
        return None
    if isinstance(value, np.generic):
        return value.item()
    return value


def to_xlsx(
    frame: pd.DataFrame,
    header: HeaderRows | None = None,
    number_formats: NumberFormats | None = None,
    *,
    sheet: str = labels.DL_SHEET,
) -> bytes:
    """One sheet: the header's (key, value) rows on top (keys bold), a blank row, then the table
    with bold column names, frozen under them, and columns as wide as their contents (at most 50).

    number_formats: column name → an Excel format, or one format per row; by default those
    in_chart_unit left in frame.attrs, else '#,##0' for whole-number columns and '#,##0.00' for
    other numbers — never "General", so a 14-digit value is not shown as 3.5E+13.
    """
    sheet = sheet[:31]
    formats = dict(frame.attrs.get(_FORMATS_ATTR, {}))
    formats.update(number_formats or {})
    safe = _safe(frame)
    buf = io.BytesIO()
    # xlsxwriter would otherwise turn "=…" text into a formula and "http://…" into a link.
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False}
    with xlsxwriter.Workbook(buf, options) as book:
        ws = book.add_worksheet(sheet)
        bold = book.add_format({"bold": True})
        head = book.add_format({"bold": True, "bottom": 1, "text_wrap": True, "valign": "top"})
        cached: dict[str, object] = {}

        def number_format(fmt: str | None):
            if fmt is None:
                return None
            if fmt not in cached:
                cached[fmt] = book.add_format({"num_format": fmt})
            return cached[fmt]

        top = 0
        widths = [0] * max(1, len(frame.columns))
        for key, value in header or ():
            key = neutralise(str(key))
            ws.write_string(top, 0, key, bold)
            ws.write_string(top, 1, neutralise(str(value)))
            widths[0] = max(widths[0], len(key))
            top += 1
        if header:
            top += 1  # a blank row between the header and the table
        for i, (name, original) in enumerate(zip(safe.columns, frame.columns, strict=True)):
            ws.write_string(top, i, name, head)
            widths[i] = max(widths[i], len(name))
            column = frame[original]
            fmt = formats.get(original, _default_format(column))
            per_row = None
            if isinstance(fmt, Sequence) and not isinstance(fmt, str):
                # one format per row, unless the rows changed since they were given
                per_row = list(fmt) if len(fmt) == len(frame) else None
                fmt = None if per_row is not None else _default_format(column)
            cells = safe[name]
            row0 = top + 1
            if per_row is None and _is_number_column(column):  # the common case, kept fast
                numbers = column.astype(float)
                style = number_format(fmt or DECIMAL_FORMAT)
                for r, value in enumerate(numbers.tolist()):
                    if math.isfinite(value):
                        ws.write_number(row0 + r, i, value, style)
                finite = numbers[np.isfinite(numbers)]
                if len(finite):
                    widest = _shown_width(float(finite.abs().max()), fmt)
                    widths[i] = max(widths[i], widest + int(bool((finite < 0).any())))
                continue
            if per_row is None and pd.api.types.is_string_dtype(cells):
                texts = cells.astype(object).where(cells.notna(), None).tolist()
                for r, value in enumerate(texts):
                    if value is not None:
                        ws.write_string(row0 + r, i, str(value))
                longest = cells.dropna().map(lambda v: len(str(v))).max()
                widths[i] = max(widths[i], int(longest) if pd.notna(longest) else 0)
                continue
            for r, value in enumerate(cells.tolist()):
                value = _cell(value)
                cell_fmt = per_row[r] if per_row is not None else fmt
                if value is None:
                    continue
                if isinstance(value, bool):
                    ws.write_boolean(row0 + r, i, value)
                elif isinstance(value, Real):
                    if cell_fmt is None:  # a number among text: still never "General"
                        cell_fmt = INTEGER_FORMAT if float(value).is_integer() else DECIMAL_FORMAT
                    ws.write_number(row0 + r, i, value, number_format(cell_fmt))
                else:
                    value = str(value)
                    ws.write_string(row0 + r, i, value)
                widths[i] = max(widths[i], _shown_width(value, cell_fmt))
        for i, width in enumerate(widths):
            ws.set_column(i, i, max(8, min(50, width + 2)))
        ws.freeze_panes(top + 1, 0)
    return buf.getvalue()


# File names --------------------------------------------------------------------------------------------
def _ascii(text: str) -> str:
    """Vietnamese without its marks: "Hội viên Lai Châu, Đà Nẵng" → "Hoi vien Lai Chau, Da Nang"."""
    text = str(text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _slug(text: str, keep: str = "") -> str:
    """Lowercase ASCII words joined by hyphens (characters in `keep` kept as they are)."""
    allowed = "a-z0-9" + re.escape(keep)
    return re.sub(f"[^{allowed}]+", "-", _ascii(text).lower()).strip("-")


def _period_slug(period: str | Sequence[str]) -> str:
    """A label as words ("Quý I/2024 – Quý IV/2024" → "quy-i-2024-quy-iv-2024"), or bucket ids
    (View.buckets) as the first and last ("2024-q1-2024-q4")."""
    if isinstance(period, str):
        return _slug(period)
    ids = list(dict.fromkeys(p for p in (period[:1] + period[-1:]) if p)) if period else []
    return "-".join(_slug(p) for p in ids)


def file_name(page: str, chart_key: str, period: str | Sequence[str], area_name: str, ext: str) -> str:
    """A download's file name: page, chart, area and period, ASCII, lowercase, safe on every
    file system, at most 120 characters.

    ("Hội viên", "members_by_org", ("2024-Q1", …, "2024-Q4"), "Lai Châu", "csv")
    → "hoi-vien_members_by_org_lai-chau_2024-q1-2024-q4.csv". `period` is the period's label
    (Chart/View.period_text) or the chosen bucket ids (View.buckets).
    """
    suffix = "." + (re.sub(r"[^a-z0-9]+", "", ext.lower()) or "txt")
    parts = [_slug(page), _slug(chart_key, keep="_").strip("_"), _slug(area_name), _period_slug(period)]
    stem = "_".join(p for p in parts if p) or _slug(labels.DL_FILE_FALLBACK)
    stem = stem[: FILE_NAME_MAX - len(suffix)].rstrip("-_")
    return stem + suffix
