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

from danvan import formatting, labels
from danvan.intake.encodings import decode_bytes, decode_utf8_head
from danvan.intake.layout import letter

DELIMITERS = (",", ";", "\t", "|")
# A sheet's extent (A1 to its last used cell) an import reads at most: a million rows of twenty
# columns. Past it the cells alone would take gigabytes.
MAX_SHEET_CELLS = 20_000_000
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
            sheet = book.get_sheet_by_name(name)
            _check_extent(name, sheet.total_height, sheet.total_width)
            rows = sheet.to_python(skip_empty_area=False)
            width = max((len(r) for r in rows), default=0)
            frame = pd.DataFrame(rows, columns=range(width), dtype=object) if rows else pd.DataFrame()
            sheets.append(Sheet(name=name, cells=frame, first_row=1))
    except ReadError:
        raise
    except (CalamineError, zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReadError(labels.IMP_ERR_BROKEN_SPREADSHEET.format(kind=kind.upper(), detail=exc)) from exc
    except BaseException as exc:
        # calamine raises its own error types per format, and a panic in its Rust code arrives as
        # pyo3's PanicException (a BaseException): all mean a file it cannot read
        if type(exc).__module__.startswith(("python_calamine", "pyo3_runtime")):
            raise ReadError(labels.IMP_ERR_BROKEN_SPREADSHEET.format(kind=kind.upper(), detail=exc)) from exc
        raise
    return Workbook(file_name=file_name, kind=kind, sheets=sheets)


def _check_extent(name: str, last_row: int, last_col: int) -> None:
    """A sheet is read from A1 to its last used cell: refuse one whose extent is beyond what an
    import can hold (a single stray cell at XFD1048576 would be 17 billion cells)."""
    cells = (last_row + 1) * (last_col + 1)
    if cells > MAX_SHEET_CELLS:
        raise ReadError(
            labels.IMP_ERR_SHEET_TOO_LARGE.format(
                sheet=name,
                cell=f"{letter(last_col)}{last_row + 1}",
                cells=formatting.number(cells),
                limit=formatting.number(MAX_SHEET_CELLS),
            )
        )


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
    try:
        decoded, payload = fast if fast else (decode_bytes(data), None)
    except UnicodeDecodeError as exc:
        raise _undecodable(data, exc) from exc
    text = decoded.text
    if _looks_binary(text):
        raise ReadError(labels.IMP_ERR_NOT_TABLE)
    numbered = [(i, line) for i, line in enumerate(text[:200_000].splitlines()[:50], 1) if line.strip()]
    head = [line for _, line in numbered]
    if not head:
        raise ReadError(labels.IMP_ERR_EMPTY_FILE)
    delim = sniff_delimiter(head)
    try:
        width = max(len(next(csv.reader([line], delimiter=delim))) for line in head)
    except csv.Error as exc:  # a cell longer than the csv module's field limit
        limit = csv.field_size_limit()
        line = next((i for i, x in numbered if len(x) > limit), len(numbered))
        raise ReadError(
            labels.IMP_ERR_CSV_LONG_CELL.format(line=line, limit=formatting.number(limit))
        ) from exc
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


def _undecodable(data: bytes, exc: UnicodeDecodeError) -> ReadError:
    """Where a text file stops being readable, in words: the line, and what went wrong."""
    before = data[: exc.start]
    if exc.encoding.startswith("utf-16"):
        lines = before.decode(exc.encoding, errors="replace").count("\n") + 1
        if exc.start >= len(data) - 1:
            return ReadError(labels.IMP_ERR_UTF16_CUT.format(line=lines))
    else:
        lines = before.count(b"\n") + 1
    return ReadError(labels.IMP_ERR_UNDECODABLE.format(line=lines, position=formatting.number(exc.start + 1)))


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
