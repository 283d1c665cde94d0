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
from danvan.intake.columns import Coded, ValueCells, blank_cells, cell_text, fill, is_blank, value_cells
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
    # What reading the records worked out, for validate: the name fields as Coded (cleaned text;
    # also the columns they came from, the value's column and the sheet), the value cells read
    # once. Both row for row with `records`.
    fields: dict[str, Coded] = field(default_factory=dict)
    values: ValueCells | None = None


def letter(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        name = chr(65 + rem) + name
    return name


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
    raw_rows = [[cell_text(v) for v in row] for row in head.itertuples(index=False)]
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
    records, notes, fields, values = _records(
        sheet_name, data, first_row + h + n, columns, None if detect else legacy, detect
    )
    return Table(sheet_name, [first_row + h + k for k in range(n)], columns, records, notes, fields, values)


def object_frame(columns: dict) -> pd.DataFrame:
    """A DataFrame whose text columns stay Python objects (no Arrow strings: the per-value work
    that follows would convert them back, at a cost of seconds on a million rows). Arrays are
    taken as they are (one block each: stacking 25 columns of a million objects costs more than
    anything done with them after); scalars fill their column."""
    n = max((len(v) for v in columns.values() if isinstance(v, np.ndarray | list)), default=0)
    return pd.DataFrame(
        {
            k: np.asarray(v, dtype=object) if isinstance(v, np.ndarray | list) else fill(n, v)
            for k, v in columns.items()
        },
        dtype=object,
        copy=False,
    )


def _clean(column: Coded, legacy: str | None, detect: bool = False) -> Coded:
    """Cell texts of one column: legacy converted, NFC, spaces collapsed ('' for empty)."""
    if detect:
        legacy = detect_legacy(v for v in column.uniques if isinstance(v, str))

    def one(v):
        t = cell_text(v)
        return to_unicode(t, legacy) if t and not t.isascii() else t

    return column.remap(np.array([one(u) for u in column.uniques], dtype=object))


def _records(
    sheet: str, data: pd.DataFrame, first: int, columns: list[Column], legacy: str | None, detect: bool
):
    """Records of a table, and what was worked out along the way for validate.

    Every column is read once: name columns as Coded (cleaned once per distinct value), value
    columns through value_cells, the others only for whether each cell is blank.
    """
    notes: list[dict] = []
    row_no = np.arange(first, first + len(data))
    by_role = {c.role: c for c in columns if c.role and c.role not in ("unknown",)}
    value_cols = [c for c in columns if c.role is None]
    if "value" in by_role:
        value_cols = [by_role["value"]]
    field_at = {by_role[f].index for f in FIELDS if f in by_role}
    value_at = {c.index for c in value_cols}
    coded = {j: Coded.of_series(data[j]) for j in field_at}
    raw = {j: data[j].to_numpy(dtype=object) for j in value_at}  # a value column is never a name column
    cells = {j: value_cells(raw[j]) for j in value_at}
    empty = np.ones(len(data), dtype=bool)
    blank: dict[int, np.ndarray] = {}
    for j in data.columns:
        if j in coded:
            blank[j] = coded[j].map(is_blank, bool)
        elif j in cells:
            blank[j] = cells[j].blank
        elif isinstance(data[j].dtype, pd.CategoricalDtype):
            blank[j] = Coded.of_series(data[j]).map(is_blank, bool)
        else:
            blank[j] = blank_cells(data[j].to_numpy(dtype=object))
        empty &= blank[j]
    keep = np.flatnonzero(~empty)
    row_no = row_no[keep]
    n = len(row_no)
    fields: dict[str, Coded] = {}
    for f in FIELDS:
        c = by_role.get(f)
        if c is None:
            fields[f] = Coded.constant(n, "")
            continue
        column = coded[c.index] if n == len(data) else coded[c.index].take(keep)
        if detect:
            column = column.canonical()  # the legacy font is told from the values in file order
        fields[f] = _clean(column, legacy, detect)
    # Totals rows ("Tổng cộng") are the sum of rows already in the file: never imported.
    totals = fields["locality"].map(_is_total, bool)
    if totals.any():
        locality = fields["locality"].values()
        for r, text in zip(row_no[totals], locality[totals], strict=True):
            notes.append(_note(sheet, int(r), by_role["locality"].header, text, labels.IMP_WARN_TOTAL_ROW))
        keep = keep[~totals]
        row_no = row_no[~totals]
        fields = {f: c.take(~totals) for f, c in fields.items()}
    for c in columns:
        if c.role == "unknown" and (~blank[c.index][keep]).any():
            notes.append(
                _note(sheet, None, c.header, "", labels.IMP_WARN_UNKNOWN_COLUMN.format(column=c.header))
            )
    parts, part_fields, part_cells = [], [], []
    for c in value_cols:
        rows = keep
        at = np.arange(len(keep))
        if c.role is None:  # wide: an empty cell is a value not reported
            filled = ~blank[c.index][keep]
            rows, at = keep[filled], at[filled]
        m = len(rows)
        part: dict[str, object] = {"sheet": fill(m, sheet), "row": row_no[at]}
        mine = {f: fields[f] if m == len(keep) else fields[f].take(at) for f in FIELDS}
        for dim, text in c.fixed.items():
            mine[dim] = Coded.constant(m, text)
        for f in FIELDS:
            part[f] = mine[f].values()
            header = c.header if f in c.fixed else (by_role[f].header if f in by_role else "")
            part[f + "_col"] = fill(m, header)
            mine[f + "_col"] = Coded.constant(m, header)
        part["value"] = raw[c.index][rows]
        part["value_col"] = fill(m, c.header)
        part["letter"] = fill(m, c.letter)
        mine["value_col"] = Coded.constant(m, c.header)
        mine["sheet"] = Coded.constant(m, sheet)
        parts.append(part)
        part_fields.append(mine)
        part_cells.append(cells[c.index].take(rows))
    if not parts:
        return _no_records(sheet, row_no, fields, by_role), notes, {}, None
    if len(parts) == 1:
        records = object_frame(parts[0])
    else:
        records = object_frame({k: np.concatenate([p[k] for p in parts]) for k in parts[0]})
    coded_out = {f: Coded.concat([p[f] for p in part_fields]) for f in part_fields[0]}
    return records, notes, coded_out, ValueCells.concat(part_cells)


def _no_records(sheet: str, row_no: np.ndarray, fields: dict[str, Coded], by_role: dict) -> pd.DataFrame:
    """The empty records of a table without a value column (columns and index as they always were)."""
    n = len(row_no)
    frame = {"sheet": fill(n, sheet), "row": row_no}
    for f in FIELDS:
        frame[f] = fields[f].values()
        frame[f + "_col"] = fill(n, by_role[f].header if f in by_role else "")
    frame.update({"value": [], "value_col": fill(n, ""), "letter": fill(n, "")})
    return pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in frame.items()}).iloc[0:0]


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
