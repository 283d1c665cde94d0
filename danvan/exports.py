"""A chart's data as files people open in spreadsheets: CSV (UTF-8 with BOM) and XLSX.

Cells that start with = + - @ (or a tab/carriage return) are neutralised with a leading
apostrophe so that a spreadsheet shows them as text instead of running them as formulas
(CSV injection). Numbers stay numbers.
"""

from __future__ import annotations

import io

import pandas as pd

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


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


def to_csv(frame: pd.DataFrame) -> bytes:
    """UTF-8 with BOM (Excel then reads Vietnamese correctly), comma-separated."""
    return _safe(frame).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx(frame: pd.DataFrame, sheet: str = "Dữ liệu") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="xlsxwriter") as writer:
        # xlsxwriter would otherwise turn "=…" text into a formula and "http://…" into a link.
        writer.book.strings_to_formulas = False
        writer.book.strings_to_urls = False
        _safe(frame).to_excel(writer, sheet_name=sheet[:31], index=False)
        ws = writer.sheets[sheet[:31]]
        for i, col in enumerate(frame.columns):
            ws.set_column(i, i, max(12, min(50, len(str(col)) + 4)))
    return buf.getvalue()
