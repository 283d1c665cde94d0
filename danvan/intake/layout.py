"""Finding the table in a sheet and turning it into records (one record per value cell).

Real forms have title rows above the header, a header of one or two rows (a merged group label
such as "Quý I/2024" over one column per organization), blank rows, totals rows, and either one
value column ("long" form, the template's) or one value column per organization, indicator or
period ("wide" form). This module finds the header row by its column names, classifies every
column, and yields records with, for every field, the cell it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from danvan import labels, periods
from danvan.intake.encodings import detect_legacy, repair, to_unicode
from danvan.intake.resolve import Registry, parse_period
from danvan.text import ascii_key

HEADER_SCAN_ROWS = 40
ROLE_KEYS = {
    "locality": {
        "diaphuong",
        "tendiaphuong",
        "madiaphuong",
        "donvi",
        "tendonvi",
        "madonvi",
        "donvihanhchinh",
        "diaban",
        "locality",
        "localityid",
        "diaphuongdonvi",
        "tendonvihanhchinh",
    },
    "province": {"tinhthanhpho", "tinh", "tinhthanh", "thuoctinh", "thuoctinhthanhpho", "province", "tinhtp"},
    "organization": {"tochuc", "matochuc", "tentochuc", "doanthe", "organization", "tochucdoanthe"},
    "indicator": {"chitieu", "machitieu", "tenchitieu", "chiso", "indicator"},
    "breakdown": {"phanto", "maphanto", "breakdown"},
    "period": {"ky", "kybaocao", "thoigian", "period", "periodid", "kysolieu"},
    "period_type": {"loaiky", "loaikybaocao", "periodtype"},
    "value": {"giatri", "value", "solieu", "giatrisolieu"},
    "unit": {"donvitinh", "dvt", "unit"},
    "note": {"ghichu", "note", "diengiai", "nguon"},
    "row_number": {"stt", "sothutu", "tt"},
}
_ROLE_BY_KEY = {key: role for role, keys in ROLE_KEYS.items() for key in keys}
DIMENSIONS = ("organization", "indicator", "breakdown", "period")
FIELDS = (
    "locality",
    "province",
    "organization",
    "indicator",
    "breakdown",
    "period",
    "period_type",
    "unit",
    "note",
)
TOTAL_KEYS = {"tong", "tongcong", "cong", "tongso", "congtong", "tongcongtoanbo", "toanbo"}


@dataclass
class Column:
    index: int
    letter: str
    header: str
    role: str | None = None  # a field of FIELDS, 'value', 'row_number', or None (a wide value column)
    fixed: dict[str, str] = field(default_factory=dict)  # wide column: dimension → header text


@dataclass
class Table:
    sheet: str
    header_rows: list[int]
    columns: list[Column]
    records: pd.DataFrame
    notes: list[dict] = field(default_factory=list)  # sheet-level issues (dicts as in validate)


def letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _classify_part(text: str, registry: Registry) -> tuple[str, str] | None:
    """A header part of a wide form → (dimension, text), or None."""
    key = ascii_key(text)
    if not key:
        return None
    for dim in ("organization", "indicator", "breakdown"):
        if key in registry.keys[dim]:
            return dim, text
    try:
        parse_period(text)
    except periods.PeriodError:
        return None
    return "period", text


def _role(text: str) -> str | None:
    return _ROLE_BY_KEY.get(ascii_key(text))


def find_header(rows: list[list[str]], registry: Registry) -> tuple[int, int] | None:
    """(header row index, number of header rows) among the first rows, or None."""
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        roles = {_role(c) for c in row if c}
        if not ({"locality", "province"} & roles):
            continue
        others = [c for c in row if c and _role(c) is None]
        dims_here = [c for c in others if _classify_part(c, registry)]
        if "value" in roles or dims_here or ({"organization", "indicator", "period"} & roles):
            sub = rows[i + 1] if i + 1 < len(rows) else []
            loc_cols = [j for j, c in enumerate(row) if _role(c) in ("locality", "province")]
            two = (
                bool(sub)
                and all(j >= len(sub) or not sub[j] for j in loc_cols)
                and any(c and _classify_part(c, registry) for c in sub)
            )
            return i, 2 if two else 1
        if others and i + 1 < len(rows) and any(_classify_part(c, registry) for c in rows[i + 1] if c):
            return i, 2
    return None


def build_table(
    sheet_name: str, cells: pd.DataFrame, first_row: int, registry: Registry, legacy: str | None, detect: bool
) -> Table | None:
    """Find the table in a sheet's cells and return its records; None when there is no header."""
    if cells.empty:
        return None
    head = cells.iloc[:HEADER_SCAN_ROWS]
    raw_rows = [[_text(v) for v in row] for row in head.itertuples(index=False)]
    if detect:
        # Spreadsheet cells: a column typed in a legacy font is converted as a whole (its values
        # share the font); header cells one by one, only where that clearly reads better.
        rows = [[repair(v) for v in row] for row in raw_rows]
    else:
        rows = [[to_unicode(v, legacy) if v and not v.isascii() else v for v in row] for row in raw_rows]
    found = find_header(rows, registry)
    if found is None:
        return None
    h, n = found
    top = list(rows[h])
    sub = rows[h + 1] if n == 2 else []
    width = cells.shape[1]
    columns: list[Column] = []
    group = ""
    for j in range(width):
        t = top[j] if j < len(top) else ""
        s = sub[j] if j < len(sub) else ""
        role = _role(t) if t else None
        if role:
            group = ""
            columns.append(Column(j, letter(j), t, role))
            continue
        if t:
            group = t
        parts = [p for p in ((t or group) if n == 2 else t, s) if p]
        if not parts:
            continue
        fixed: dict[str, str] = {}
        ok = True
        for p in parts:
            found_dim = _classify_part(p, registry)
            if found_dim is None or found_dim[0] in fixed:
                ok = False
                break
            fixed[found_dim[0]] = found_dim[1]
        header = " / ".join(parts)
        columns.append(Column(j, letter(j), header, None if ok else "unknown", fixed if ok else {}))
    roles = {c.role for c in columns}
    if "locality" not in roles:
        for c in columns:
            if c.role == "province":
                c.role = "locality"
    data = cells.iloc[h + n :]
    records, notes = _records(
        sheet_name, data, first_row + h + n, columns, None if detect else legacy, detect
    )
    return Table(sheet_name, [first_row + h + k for k in range(n)], columns, records, notes)


def object_frame(columns: dict) -> pd.DataFrame:
    """A DataFrame whose text columns stay Python objects (no Arrow strings: the per-value work
    that follows would convert them back, at a cost of seconds on a million rows)."""
    n = max((len(v) for v in columns.values() if isinstance(v, np.ndarray | list)), default=0)
    return pd.DataFrame(
        {
            k: pd.Series(v if isinstance(v, np.ndarray | list) else np.full(n, v, dtype=object), dtype=object)
            for k, v in columns.items()
        }
    )


def per_unique(values, fn, dtype=object) -> np.ndarray:
    """fn applied once per distinct value, spread back to every position (forms repeat a lot)."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=False)
    mapped = np.empty(len(uniques), dtype=dtype)
    for i, u in enumerate(uniques):
        mapped[i] = fn(u)
    return mapped[codes]


def _clean(values, legacy: str | None, detect: bool = False) -> np.ndarray:
    """Cell texts of one column: legacy converted, NFC, spaces collapsed ('' for empty)."""
    if detect:
        uniques = pd.unique(np.asarray(values, dtype=object))
        legacy = detect_legacy(v for v in uniques if isinstance(v, str))

    def one(v):
        t = _text(v)
        return to_unicode(t, legacy) if t and not t.isascii() else t

    return per_unique(values, one)


def _records(
    sheet: str, data: pd.DataFrame, first: int, columns: list[Column], legacy: str | None, detect: bool
):
    notes: list[dict] = []
    row_no = np.arange(first, first + len(data))
    by_role = {c.role: c for c in columns if c.role and c.role not in ("unknown",)}
    value_cols = [c for c in columns if c.role is None]
    if "value" in by_role:
        value_cols = [by_role["value"]]
    cols = {j: data[j].to_numpy(dtype=object) for j in data.columns}
    empty = np.ones(len(data), dtype=bool)
    for arr in cols.values():
        empty &= per_unique(arr, lambda v: _text(v) == "", bool)
    keep = ~empty
    row_no = row_no[keep]
    cols = {j: arr[keep] for j, arr in cols.items()}
    frame = {"sheet": np.full(len(row_no), sheet, dtype=object), "row": row_no}
    for f in FIELDS:
        c = by_role.get(f)
        frame[f] = (
            _clean(cols[c.index], legacy, detect) if c is not None else np.full(len(row_no), "", dtype=object)
        )
        frame[f + "_col"] = c.header if c is not None else ""
    # Totals rows ("Tổng cộng") are the sum of rows already in the file: never imported.
    totals = per_unique(frame["locality"], lambda t: _is_total(t), bool)
    for r, text in zip(row_no[totals], frame["locality"][totals], strict=True):
        notes.append(_note(sheet, int(r), by_role["locality"].header, text, labels.IMP_WARN_TOTAL_ROW))
    keep = ~totals
    for k, v in frame.items():
        if isinstance(v, np.ndarray):
            frame[k] = v[keep]
    cols = {j: arr[keep] for j, arr in cols.items()}
    for c in columns:
        if c.role == "unknown" and (~per_unique(cols[c.index], lambda v: _text(v) == "", bool)).any():
            notes.append(
                _note(sheet, None, c.header, "", labels.IMP_WARN_UNKNOWN_COLUMN.format(column=c.header))
            )
    parts = []
    for c in value_cols:
        part = dict(frame)
        part["value"] = cols[c.index]
        part["value_col"] = c.header
        part["letter"] = c.letter
        for dim, text in c.fixed.items():
            part[dim] = np.full(len(part["row"]), text, dtype=object)
            part[dim + "_col"] = c.header
        table = object_frame(part)
        if c.role is None:  # wide: an empty cell is a value not reported
            table = table[~per_unique(part["value"], lambda v: _text(v) == "", bool)]
        parts.append(table)
    if not parts:
        records = object_frame({**frame, "value": [], "value_col": "", "letter": ""}).iloc[0:0]
    else:
        records = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    return records, notes


def _is_total(text: str) -> bool:
    key = ascii_key(text)
    return key in TOTAL_KEYS or key.startswith("tongcong")


def _note(sheet: str, row: int | None, column: str, value: str, message: str) -> dict:
    return {
        "sheet": sheet,
        "row": row,
        "column": column,
        "value": value,
        "message": message,
        "suggestion": "",
    }
