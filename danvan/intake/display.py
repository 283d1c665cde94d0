"""Tables the import page shows, with Vietnamese column names: the pandas work the page must not do."""

from __future__ import annotations

import duckdb
import numpy as np
import pandas as pd

from danvan import labels
from danvan.intake import commit
from danvan.intake.validate import Report

PREVIEW_ROWS = 200
ISSUES_SHOWN = 1000  # per table on the page; the downloadable report has them all


def issues(frame: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """Issues as the page shows them: severity in words, Vietnamese headers, row as a whole number;
    the first `limit` of them when given."""
    out = frame[list(labels.IMP_ISSUE_COLUMNS)]
    out = (out if limit is None else out.head(limit)).copy()
    out["severity"] = out["severity"].map(labels.IMP_SEVERITY)
    out["row"] = pd.to_numeric(out["row"], errors="coerce").astype("Int64")
    if out["value"].dtype == _STR:
        out["value"] = out["value"].fillna("")  # text already: only the missing ones change
    else:
        out["value"] = out["value"].map(lambda v: "" if v is None or v != v else str(v))
    return out.rename(columns=labels.IMP_ISSUE_COLUMNS)


_STR = pd.Series(["text"]).dtype  # pandas' default dtype for a column of text
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(value: object) -> object:
    """A cell Excel would run as a formula ("=cmd|…" echoed from a bad file) is written as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _inert_column(column: pd.Series) -> pd.Series:
    """_inert on every cell; a text column in one vectorised pass (reports can have a million rows)."""
    if column.dtype == "Int64":
        return column  # the row numbers: nothing to neutralise
    if column.dtype != _STR:
        return column.map(_inert)
    risky = column.str.startswith(_FORMULA_START).fillna(False).astype(bool)
    if not risky.any():
        return column
    column = column.copy()
    column[risky] = "'" + column[risky]
    return column


def shown_issues(frame: pd.DataFrame, limit: int = ISSUES_SHOWN) -> tuple[pd.DataFrame, str]:
    """The issues table of the page and, when it is cut, the caption saying so ('' otherwise)."""
    caption = labels.IMP_ISSUES_LIMIT.format(shown=limit, total=len(frame)) if len(frame) > limit else ""
    return issues(frame, limit), caption


def report_csv(report: Report) -> bytes:
    """The whole report as CSV (UTF-8 with BOM, so Excel shows the accents), safe to open in Excel."""
    table = issues(report.issues)
    table.insert(0, "Tệp", report.file_name)
    table = pd.DataFrame({name: _inert_column(table[name]) for name in table.columns})
    return ("\ufeff" + table.to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def preview(report: Report, limit: int = PREVIEW_ROWS) -> pd.DataFrame:
    rows = report.records
    if len(rows):  # the first valid rows, not a filtered copy of every row
        rows = rows.iloc[np.flatnonzero(rows["valid"].to_numpy(dtype=bool))[:limit]]
    cols = [c for c in labels.IMP_PREVIEW_COLUMNS if c in rows.columns]
    return rows[cols].rename(columns=labels.IMP_PREVIEW_COLUMNS).reset_index(drop=True)


def batches(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, list[str]]:
    """The batches as the page lists them, and the ids of the active ones (which can be rolled back)."""
    table = commit.batches(con)
    active = table.loc[table["status"] == "active", "batch_id"].tolist()
    table["status"] = table["status"].map(labels.IMP_STATUS)
    return table[list(labels.IMP_BATCH_COLUMNS)].rename(columns=labels.IMP_BATCH_COLUMNS), active


def read_as(report: Report) -> str:
    """One line saying how the file was read (format, encoding, legacy conversion)."""
    if not report.kind:
        return ""
    line = labels.IMP_READ_AS.format(kind=report.kind.upper(), encoding=report.encoding or "Unicode")
    if report.legacy:
        line += " " + labels.IMP_READ_LEGACY.format(
            legacy=labels.IMP_LEGACY_NAMES.get(report.legacy, report.legacy)
        )
    return line
