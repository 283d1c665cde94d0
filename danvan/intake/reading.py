"""Files → sheets of cells. CSV (any common delimiter, any of the encodings in encodings.py) and
spreadsheets (XLSX, XLS, ODS through python-calamine).

A sheet is kept as a pandas DataFrame of raw cells (object columns 0..n-1), with the spreadsheet
row number of its first row, so every later message can point at the cell a person sees in Excel.
The format is told by the file's first bytes, not its name: a ".xlsx" that is really a CSV, or a
truncated or random file, is reported as such.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field

import pandas as pd
from python_calamine import CalamineError, CalamineWorkbook

from danvan import labels
from danvan.intake.encodings import decode_bytes, decode_utf8_head

DELIMITERS = (",", ";", "\t", "|")
# Rows looked at to tell a column of repeated names (read as codes) from one of figures.
SAMPLE_ROWS = 1000
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ReadError(ValueError):
    """The file cannot be read at all (empty, truncated, not a spreadsheet); Vietnamese message."""


@dataclass
class Sheet:
    name: str
    # Raw cells; row i is spreadsheet row first_row + i. Object columns, except that a CSV's
    # columns of repeated values are categorical (the same text, parsed straight into codes).
    cells: pd.DataFrame
    first_row: int = 1
    text_cells: bool = False  # every cell is text (CSV): numbers still need reading


@dataclass
class Workbook:
    file_name: str
    kind: str  # csv, xlsx, xls, ods
    sheets: list[Sheet] = field(default_factory=list)
    encoding: str | None = None  # CSV only: how the bytes were decoded
    legacy: str | None = None  # legacy table the CSV's text is still written in (tcvn3, vni, viscii)


def kind_of(data: bytes) -> str:
    """csv, xlsx, ods or xls, from the first bytes."""
    if data.startswith(_OLE):
        return "xls"
    if data.startswith(_ZIP):
        return "ods" if b"opendocument.spreadsheet" in data[:200] else "xlsx"
    return "csv"


def read(data: bytes, file_name: str) -> Workbook:
    """Read a whole file. Raises ReadError when nothing can be read."""
    if not data or data.isspace():  # (strip() would copy the whole file)
        raise ReadError(labels.IMP_ERR_EMPTY_FILE)
    kind = kind_of(data)
    if kind == "csv":
        return _read_csv(data, file_name)
    return _read_spreadsheet(data, file_name, kind)


def _read_spreadsheet(data: bytes, file_name: str, kind: str) -> Workbook:
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheets = []
        for name in book.sheet_names:
            rows = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
            width = max((len(r) for r in rows), default=0)
            frame = pd.DataFrame(rows, columns=range(width), dtype=object) if rows else pd.DataFrame()
            sheets.append(Sheet(name=name, cells=frame, first_row=1))
    except (CalamineError, zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError(labels.IMP_ERR_BROKEN_SPREADSHEET.format(kind=kind.upper(), detail=exc)) from exc
    except Exception as exc:  # calamine raises its own error types per format; all mean the same here
        if type(exc).__module__.startswith("python_calamine"):
            raise ReadError(labels.IMP_ERR_BROKEN_SPREADSHEET.format(kind=kind.upper(), detail=exc)) from exc
        raise
    return Workbook(file_name=file_name, kind=kind, sheets=sheets)


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the first lines most consistently (ties: the first listed)."""
    best, best_score = ",", (-1, 0)
    for delim in DELIMITERS:
        counts = []
        for line in lines:
            try:
                counts.append(len(next(csv.reader([line], delimiter=delim))) - 1)
            except (csv.Error, StopIteration):
                counts.append(0)
        if not counts or max(counts) == 0:
            continue
        top = max(counts)
        # How many lines have the most common non-zero field count, then how many fields.
        common = max(set(c for c in counts if c), key=counts.count)
        score = (counts.count(common), top)
        if score > best_score:
            best, best_score = delim, score
    return best


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if "\x00" in sample:
        return True
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n")
    return controls > max(8, len(sample) // 50)


def _read_csv(data: bytes, file_name: str) -> Workbook:
    fast = decode_utf8_head(data)  # UTF-8 (most files): checked and parsed as bytes, not decoded whole
    decoded, payload = fast if fast else (decode_bytes(data), None)
    text = decoded.text
    if _looks_binary(text):
        raise ReadError(labels.IMP_ERR_NOT_TABLE)
    head = [line for line in text[:200_000].splitlines()[:50] if line.strip()]
    if not head:
        raise ReadError(labels.IMP_ERR_EMPTY_FILE)
    delim = sniff_delimiter(head)
    width = max(len(next(csv.reader([line], delimiter=delim))) for line in head)
    if payload is None:
        payload = text.encode("utf-8")  # bytes parse about twice as fast as a str
    options = {
        "encoding": "utf-8",
        "sep": delim,
        "header": None,
        "names": range(width),
        "keep_default_na": False,
        "skip_blank_lines": False,
        "engine": "c",
        "quotechar": '"',
    }
    try:
        frame = pd.read_csv(io.BytesIO(payload), dtype=_dtypes(payload, options), **options)
    except (pd.errors.ParserError, ValueError) as exc:
        raise ReadError(labels.IMP_ERR_CSV.format(detail=exc)) from exc
    sheet = Sheet(name=file_name, cells=frame, first_row=1, text_cells=True)
    return Workbook(
        file_name=file_name, kind="csv", sheets=[sheet], encoding=decoded.encoding, legacy=decoded.legacy
    )


def _dtypes(payload: bytes, options: dict) -> dict | type:
    """category for the columns whose values repeat in the first rows (names, periods, units: the
    parser then makes one string per distinct value, and the codes come free), object for the rest
    (figures: Python str cells, cheaper than Arrow strings for the per-value work after)."""
    try:
        sample = pd.read_csv(io.BytesIO(payload), nrows=SAMPLE_ROWS, dtype=object, **options)
    except (pd.errors.ParserError, ValueError):
        return object  # the whole read reports it
    if len(sample) < SAMPLE_ROWS:
        return object  # a small file: nothing to gain
    return {j: "category" if 4 * sample[j].nunique() <= len(sample) else object for j in sample.columns}
