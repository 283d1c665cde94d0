"""Checking every record of a file and writing the report a specialist reads.

`check(con, data, file_name)` reads the file, resolves every name, parses every number and
returns a `Report`: the records with their warehouse keys, and one issue per problem (file,
sheet, row, column, value, problem, suggestion — all in Vietnamese). Errors make a record invalid;
warnings (a value far from the unit's own history, a totals row left out) do not.

The work is done per distinct value (a form names the same units and periods many times), so a
file of a million rows is checked in seconds.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from danvan import labels, periods
from danvan.intake import layout, reading
from danvan.intake.columns import Coded, ValueCells, cell_text, fill, groups
from danvan.intake.numbers import NumberError, parse_amount
from danvan.intake.resolve import LocalityResolver, Lookup, Registry, parse_period, period_kind
from danvan.text import ascii_key

Progress = Callable[[float, str], None]
ISSUE_COLUMNS = ["severity", "sheet", "row", "column", "value", "message", "suggestion"]
KEY = ["locality_id", "organization", "indicator", "breakdown", "period_id"]
# Indicators counted in whole units (people, organizations, households, models, groups).
COUNT_UNITS = {"người", "tổ chức", "hộ", "mô hình", "tổ"}
MONEY_UNIT = "đồng"
HISTORY_FACTOR = 10.0  # a value 10× above or below the unit's usual level is worth a second look
HISTORY_RATIO_POINTS = 10.0  # for ratios: percentage points away from the usual level
TEMPLATE_SHEETS = {"huongdan", "danhmuc"}
_PLAIN_INT = r"\d{1,15}"
_DOTTED_INT = r"[1-9]\d{0,2}(?:\.\d{3})+"  # "0.123" is a decimal: numbers.parse_amount reads it
_UNIT_NOUNS = {"nguoi", "hoivien", "doanvien", "tochuc", "ho", "mohinh", "to", "phantram", "%"}


@dataclass
class Report:
    file_name: str
    sha256: str
    size: int
    kind: str = ""
    encoding: str | None = None
    legacy: str | None = None
    records: pd.DataFrame = field(default_factory=pd.DataFrame)
    issues: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=ISSUE_COLUMNS))

    @property
    def rows(self) -> int:
        return len(self.records)

    @property
    def errors(self) -> pd.DataFrame:
        return self.issues[self.issues["severity"] == "error"]

    @property
    def warnings(self) -> pd.DataFrame:
        return self.issues[self.issues["severity"] == "warning"]

    @property
    def n_valid(self) -> int:
        return int(self.records["valid"].sum()) if len(self.records) else 0

    def accepted(self, skip_invalid: bool = False) -> int:
        """How many records a commit writes: all when there is no error, the valid ones on request."""
        if self.errors.empty:
            return self.n_valid
        return self.n_valid if skip_invalid else 0

    def acceptable(self, skip_invalid: bool = False) -> bool:
        return self.accepted(skip_invalid) > 0 and (skip_invalid or self.errors.empty)

    def valid_records(self) -> pd.DataFrame:
        return self.records[self.records["valid"]] if len(self.records) else self.records


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class _Rows:
    """Where each record is, for its issues: the sheet and the spreadsheet row."""

    sheet: Coded
    row: np.ndarray


def _issues(mask: np.ndarray, rows: _Rows, column, value, message, suggestion="", severity="error"):
    """Issue rows for the records selected by mask; arguments are scalars, per-record arrays or
    Coded columns (whose text is converted once per distinct value)."""
    idx = np.flatnonzero(mask)
    if not len(idx):
        return None

    def pick(x):
        if isinstance(x, Coded):
            return _coded_text(x, idx)
        if isinstance(x, pd.Series):
            x = x.to_numpy()
        if isinstance(x, np.ndarray):
            return _text_array(x[idx])
        return x  # a scalar: the frame repeats it

    return pd.DataFrame(
        {
            "severity": severity,
            "sheet": pick(rows.sheet),
            "row": rows.row[idx],
            "column": pick(column),
            "value": pick(value),
            "message": pick(message),
            "suggestion": pick(suggestion),
            "_rec": idx,
        }
    )


_STR = pd.Series(["text"]).dtype  # pandas' default dtype for a column of text


def _text_array(values: np.ndarray):
    """values for a new frame column: pandas' str dtype when all are text (built by Arrow in one
    pass, where pandas would convert value by value), otherwise as they are (pandas infers)."""
    if len(values) and pd.api.types.infer_dtype(values, skipna=False) == "string":
        return pd.array(pa.array(values, type=pa.large_string()), dtype=_STR)
    return values


def _coded_text(column: Coded, idx: np.ndarray):
    """column's values at idx for a new frame column, the text of each distinct value made once."""
    uniques = column.uniques
    if len(uniques) and pd.api.types.infer_dtype(uniques, skipna=False) == "string":
        text = pa.array(uniques, type=pa.large_string()).take(pa.array(column.codes[idx]))
        return pd.array(text, dtype=_STR)
    return uniques[column.codes[idx]]


def _either(mask: np.ndarray, a: Coded, b: Coded) -> Coded:
    """a's value where mask, b's elsewhere (for display: values may repeat among the uniques)."""
    return Coded(np.where(mask, a.codes, b.codes + len(a.uniques)), np.concatenate([a.uniques, b.uniques]))


def _file_issue(message: str, sheet: str = "", severity: str = "error", column: str = "") -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "severity": severity,
                "sheet": sheet,
                "row": None,
                "column": column,
                "value": "",
                "message": message,
                "suggestion": "",
                "_rec": -1,
            }
        ]
    )


def _has_numbers(cells: pd.DataFrame) -> bool:
    for c in cells.columns:
        col = cells[c].dropna().astype(object)  # a CSV's column may be categorical
        if col.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool)).any():
            return True
        if col.astype(str).str.fullmatch(r"\s*[\d.,\s]*\d[\d.,\s]*\s*").any():
            return True
    return False


def failed(data: bytes, file_name: str, message: str) -> Report:
    """The report of a file that could not be read at all: one error, no records."""
    report = Report(file_name=file_name, sha256=sha256(data), size=len(data))
    report.issues = _file_issue(message, file_name).drop(columns="_rec")
    report.records = _empty_records()
    return report


def check(
    con: duckdb.DuckDBPyConnection, data: bytes, file_name: str, progress: Progress | None = None
) -> Report:
    """Read and check a whole file; never raises for a bad file (the report says what is wrong)."""
    step = progress or (lambda _f, _m: None)
    report = Report(file_name=file_name, sha256=sha256(data), size=len(data))
    step(0.02, labels.IMP_STEP_READING)
    try:
        book = reading.read(data, file_name)
    except reading.ReadError as exc:
        return failed(data, file_name, str(exc))
    report.kind, report.encoding, report.legacy = book.kind, book.encoding, book.legacy
    registry = Registry(con)
    tables: list[layout.Table] = []
    file_issues: list[pd.DataFrame] = []
    for sheet in book.sheets:
        if ascii_key(sheet.name) in TEMPLATE_SHEETS:
            continue
        table = layout.build_table(
            sheet.name, sheet.cells, sheet.first_row, registry, book.legacy, detect=book.kind != "csv"
        )
        if table is None:
            if not sheet.cells.empty and _has_numbers(sheet.cells):
                file_issues.append(_file_issue(labels.IMP_ERR_NO_HEADER, sheet.name))
            elif not sheet.cells.dropna(how="all").empty:
                file_issues.append(_file_issue(labels.IMP_WARN_SHEET_SKIPPED, sheet.name, "warning"))
            continue
        tables.append(table)
        for note in table.notes:
            file_issues.append(pd.DataFrame([{**note, "severity": "warning", "_rec": -1}]))
    step(0.2, labels.IMP_STEP_RESOLVING)
    rec = pd.concat([t.records for t in tables], ignore_index=True) if tables else _empty_records()
    if rec.empty and not any((f["severity"] == "error").any() for f in file_issues):
        file_issues.append(_file_issue(labels.IMP_ERR_NO_DATA))
    read = [t for t in tables if t.values is not None]
    fields = {f: Coded.concat([t.fields[f] for t in read]) for f in read[0].fields} if read else {}
    cells = ValueCells.concat([t.values for t in read]) if read else None
    issues = [*file_issues, *_check_records(con, rec, registry, step, fields, cells)]
    report.records = rec
    found = [i for i in issues if i is not None and not i.empty]
    frame = pd.concat(found, ignore_index=True) if found else None
    if frame is None or frame.empty:
        frame = pd.DataFrame(columns=[*ISSUE_COLUMNS, "_rec"])
    bad = frame.loc[(frame["severity"] == "error") & (frame["_rec"] >= 0), "_rec"].astype(int).unique()
    valid = np.ones(len(rec), dtype=bool)
    valid[bad] = False
    if (frame.loc[frame["_rec"] < 0, "severity"] == "error").any():
        valid[:] = False  # a sheet that cannot be read makes nothing in the file trustworthy
    rec["valid"] = valid
    frame = frame.sort_values(["severity", "sheet", "row"], key=_sort_key, kind="stable")
    report.issues = frame.drop(columns="_rec").reset_index(drop=True)
    step(1.0, labels.IMP_STEP_CHECKED)
    return report


def _sort_key(col: pd.Series) -> pd.Series:
    if col.name == "row":
        return pd.to_numeric(col, errors="coerce").fillna(-1)
    return col.astype(str)


def _empty_records() -> pd.DataFrame:
    cols = [
        "sheet",
        "row",
        "value",
        "value_col",
        "letter",
        *layout.FIELDS,
        *(f + "_col" for f in layout.FIELDS),
    ]
    return pd.DataFrame({c: pd.Series(dtype=object) for c in [*cols, *KEY, "amount", "approx", "valid"]})


def _per_group(fn, *cols: Coded) -> tuple[np.ndarray, np.ndarray]:
    """fn(*values) once per distinct combination of the columns: (results, group of every row).

    Combinations come in the order of their codes: the order names are resolved in matters
    where only the first few unknown names get a fuzzy suggestion.
    """
    if len(cols) == 1:
        (col,) = cols
        out = np.empty(len(col.uniques), dtype=object)
        for k, u in enumerate(col.uniques):
            out[k] = fn(u)
        return out, col.codes
    combos, inverse = groups(*cols)
    values = [c.uniques[k] for c, k in zip(cols, combos, strict=True)]
    out = np.empty(len(combos[0]), dtype=object)
    for k, args in enumerate(zip(*values, strict=True)):
        out[k] = fn(*args)
    return out, inverse


def _attr(objs: np.ndarray, name: str, dtype=object) -> np.ndarray:
    return np.array([getattr(o, name) for o in objs], dtype=dtype) if len(objs) else np.empty(0, dtype=dtype)


def _item(objs: np.ndarray, k: int, dtype=object) -> np.ndarray:
    return np.array([o[k] for o in objs], dtype=dtype) if len(objs) else np.empty(0, dtype=dtype)


def _coded(per_group: np.ndarray, inverse: np.ndarray) -> Coded:
    """The column whose value is per_group[g] on every row of group g."""
    return Coded(inverse, per_group).dedup()


def _check_records(
    con,
    rec: pd.DataFrame,
    registry: Registry,
    step: Progress,
    fields: dict[str, Coded],
    cells: ValueCells | None,
) -> list[pd.DataFrame | None]:
    out: list[pd.DataFrame | None] = []
    n = len(rec)
    if n == 0:
        return out
    raw_value = rec["value"].to_numpy(dtype=object)
    rows = _Rows(fields["sheet"], rec["row"].to_numpy(dtype=object))
    ok = np.ones(n, dtype=bool)

    def issue(mask, column, value, message, suggestion="", severity="error"):
        return _issues(mask, rows, column, value, message, suggestion, severity)

    # Periods --------------------------------------------------------------------------------
    def read_period(text, kind_text):
        kind = None
        if kind_text:
            kind = period_kind(kind_text)
            if kind is None:
                return (None, labels.IMP_ERR_PERIOD_TYPE.format(value=kind_text), True)
        if not text:
            return (None, labels.IMP_ERR_MISSING.format(field=labels.IMP_FIELD["period"]), False)
        try:
            return (parse_period(text, kind), "", False)
        except periods.PeriodError as exc:
            return (None, str(exc), False)

    parsed, inv = _per_group(read_period, fields["period"], fields["period_type"])
    bad = (_item(parsed, 0) == None)[inv]  # noqa: E711 (element-wise)
    if bad.any():
        on_type = _item(parsed, 2, bool)[inv]
        out.append(
            issue(
                bad,
                _either(on_type, fields["period_type_col"], fields["period_col"]),
                _either(on_type, fields["period_type"], fields["period"]),
                Coded(inv, _item(parsed, 1)),
            )
        )
    ok &= ~bad
    ids = np.array([p.id if p is not None else None for p in _item(parsed, 0)], dtype=object)
    period_ids = _coded(ids, inv).canonical()  # localities are resolved in the order of their groups

    # Organizations, indicators, breakdowns --------------------------------------------------
    codes: dict[str, Coded] = {}
    for dim in ("organization", "indicator", "breakdown"):
        if dim == "breakdown":

            def one(t):
                return Lookup("") if not t else registry.lookup("breakdown", t)
        else:

            def one(t, d=dim):
                if t:
                    return registry.lookup(d, t)
                return Lookup(None, labels.IMP_ERR_MISSING.format(field=labels.IMP_FIELD[d]))

        looked, inv = _per_group(one, fields[dim])
        bad = ~_attr(looked, "ok", bool)[inv]
        if bad.any():
            out.append(
                issue(
                    bad,
                    fields[dim + "_col"],
                    fields[dim],
                    Coded(inv, _attr(looked, "message")),
                    Coded(inv, _attr(looked, "suggestion")),
                )
            )
        ok &= ~bad
        codes[dim] = _coded(_attr(looked, "code"), inv)
    step(0.35, labels.IMP_STEP_RESOLVING)

    # Localities -----------------------------------------------------------------------------
    resolver = LocalityResolver(con)

    def read_locality(text, province, period):
        if period is None:
            return Lookup(None, ""), "skip"
        if not text:
            return Lookup(None, labels.IMP_ERR_MISSING.format(field=labels.IMP_FIELD["locality"])), "locality"
        within = None
        if province:
            prov = resolver.province(province, period)
            if not prov.ok:
                return prov, "province"
            within = prov.code
        return resolver.locality(text, period, within), "locality"

    period_by_id = {p.id: p for p in _item(parsed, 0) if p is not None}
    located, inv = _per_group(
        lambda t, prov, pid: read_locality(t, prov, period_by_id.get(pid)),
        fields["locality"].canonical(),
        fields["province"].canonical(),
        period_ids,
    )
    lk = _item(located, 0)
    found = _attr(lk, "ok", bool)[inv]
    where = _item(located, 1)[inv]
    bad = ~found & (where != "skip")
    if bad.any():
        on_province = where == "province"
        out.append(
            issue(
                bad,
                _either(on_province, fields["province_col"], fields["locality_col"]),
                _either(on_province, fields["province"], fields["locality"]),
                Coded(inv, _attr(lk, "message")),
                Coded(inv, _attr(lk, "suggestion")),
            )
        )
    ok &= found
    locality_ids = _coded(_attr(lk, "code"), inv)
    step(0.6, labels.IMP_STEP_NUMBERS)

    # Values ---------------------------------------------------------------------------------
    shown = cells.text
    if cells.loose.any():
        # Cells of non-text columns, read per distinct value over the whole column, as ever.
        shown = shown.copy()
        loose = np.flatnonzero(cells.loose)
        shown[loose] = Coded.of(raw_value[loose]).map(cell_text)
    amounts, bad_value, value_msg = _parse_values(raw_value, cells.plain, cells.percent)
    if bad_value.any():
        out.append(issue(bad_value, fields["value_col"], shown, value_msg))
    ok &= ~bad_value
    scale, bad_unit = _unit_scale(fields["unit"])
    if bad_unit.any():
        units = fields["unit"]
        unit_msg = Coded(
            units.codes, np.array([labels.IMP_ERR_UNIT.format(value=u) for u in units.uniques], dtype=object)
        )
        out.append(issue(bad_unit, fields["unit_col"], units, unit_msg))
    ok &= ~bad_unit
    value = amounts["value"] * scale
    indicator = codes["indicator"]
    has_value = ~bad_value & ~bad_unit
    known = indicator.map(lambda c: registry.indicator_kind.get(c) is not None, bool)

    def flag(mask, message, suggestion=""):
        nonlocal ok
        mask = mask & has_value
        if mask.any():
            out.append(issue(mask, fields["value_col"], shown, message, suggestion))
            ok &= ~mask

    with np.errstate(invalid="ignore"):
        flag(value < 0, labels.IMP_ERR_NEGATIVE)
        is_ratio = indicator.map(lambda c: registry.indicator_kind.get(c) == "ratio", bool)
        flag(is_ratio & ((value < 0) | (value > 100)), labels.IMP_ERR_RATIO_RANGE)
        flag(amounts["percent"] & ~is_ratio & known, labels.IMP_ERR_PERCENT_NOT_RATIO)
        not_money = indicator.map(lambda c: registry.indicator_unit.get(c) != MONEY_UNIT, bool)
        flag(amounts["currency"] & not_money & known, labels.IMP_ERR_CURRENCY_NOT_MONEY)
        counted = indicator.map(lambda c: registry.indicator_unit.get(c) in COUNT_UNITS, bool)
        fractional = counted & (value >= 0) & (np.abs(value - np.round(value)) > 1e-9)
        if (fractional & has_value).any():
            hint = fill(n, "")
            at = np.flatnonzero(fractional & has_value)
            hint[at] = Coded.of(shown[at]).map(_int_hint)
            flag(fractional, labels.IMP_ERR_NOT_WHOLE, hint)
    step(0.75, labels.IMP_STEP_DUPLICATES)

    key = {
        "locality_id": locality_ids,
        "organization": codes["organization"],
        "indicator": codes["indicator"],
        "breakdown": codes["breakdown"],
        "period_id": period_ids,
    }
    for name, arr in (
        *((k, c.values()) for k, c in key.items()),
        ("approx", amounts["approx"]),
        ("value_text", shown),
    ):
        rec[name] = pd.Series(arr, dtype=object, index=rec.index, copy=False)

    # Duplicates and conflicts, among records whose key is complete --------------------------
    if ok.any():
        out += _duplicates(rec, rows, ok, value, shown, [key[k] for k in KEY], fields["value_col"])
    step(0.85, labels.IMP_STEP_HISTORY)

    # Values far from the unit's own history (warnings only) ----------------------------------
    if ok.any():
        out.append(
            _history(con, rows, ok, value, is_ratio, shown, [key[k] for k in KEY[:4]], fields["value_col"])
        )
    rec["value"] = value
    return out


def _duplicates(
    rec: pd.DataFrame,
    rows: _Rows,
    ok: np.ndarray,
    value: np.ndarray,
    shown: np.ndarray,
    key: list[Coded],
    value_col: Coded,
) -> list:
    """Later copies of a row are errors; rows giving different values for one key all are."""
    out = []
    idx_ok = np.flatnonzero(ok)
    _combos, inverse = groups(*(k.take(idx_ok) for k in key))
    counts = np.bincount(inverse)
    repeated = counts[inverse] > 1
    if not repeated.any():
        return out
    row = rec["row"].to_numpy()
    sheets = rec["sheet"].to_numpy(dtype=object)
    by_group: dict[int, list[int]] = {}
    for g, i in zip(inverse[repeated], idx_ok[repeated], strict=True):
        by_group.setdefault(int(g), []).append(int(i))
    later, conflict = [], []
    later_msg, conflict_msg = [], []
    for members in by_group.values():
        vals = value[members]
        if np.allclose(vals, vals[0], rtol=0, atol=1e-9):
            first_at = f"{sheets[members[0]]}:{row[members[0]]}"
            for i in members[1:]:
                later.append(i)
                later_msg.append(labels.IMP_ERR_DUPLICATE.format(first=first_at))
        else:
            where = ", ".join(f"{sheets[i]}:{row[i]}" for i in members[:6])
            for i in members:
                conflict.append(i)
                conflict_msg.append(labels.IMP_ERR_CONFLICT.format(rows=where))
    for chosen, msgs in ((later, later_msg), (conflict, conflict_msg)):
        if chosen:
            mask = np.zeros(len(rec), dtype=bool)
            mask[chosen] = True
            message = fill(len(rec), "")
            message[chosen] = msgs
            out.append(_issues(mask, rows, value_col, shown, message))
            ok[chosen] = False
    return out


def _int_hint(shown: str) -> str:
    compact = shown.replace(" ", "")
    if compact.count(",") == 1 and len(compact.partition(",")[2]) == 3:
        return labels.IMP_HINT_COMMA_THOUSANDS.format(value=compact.replace(",", ""))
    return ""


def _parse_values(
    raw: np.ndarray, plain: np.ndarray, written_percent: np.ndarray
) -> tuple[dict[str, np.ndarray], np.ndarray, np.ndarray]:
    """Amounts per record (value, approx, percent, currency), which failed, and why.

    `plain` holds the value of the cells value_cells read as figures already (with
    `written_percent`); the others are read once per distinct value.
    """
    n = len(raw)
    value = plain.copy()
    approx = fill(n, "")
    percent = written_percent.copy()
    currency = np.zeros(n, dtype=bool)
    message = fill(n, "")
    rest = np.flatnonzero(np.isnan(plain))
    if len(rest):
        part = _parse_distinct(raw[rest])
        value[rest] = part["value"]
        approx[rest], percent[rest], currency[rest] = part["approx"], part["percent"], part["currency"]
        message[rest] = part["message"]
    amounts = {"value": value, "approx": approx, "percent": percent, "currency": currency}
    return amounts, message != "", message


def _parse_distinct(raw: np.ndarray) -> dict[str, np.ndarray]:
    """value, approx, percent, currency and message of each cell, worked out per distinct cell."""
    codes, uniques = pd.factorize(np.asarray(raw, dtype=object), use_na_sentinel=False)
    m = len(uniques)
    value = np.full(m, np.nan)
    approx = fill(m, "")
    percent = np.zeros(m, dtype=bool)
    currency = np.zeros(m, dtype=bool)
    message = fill(m, "")
    is_str = np.array([isinstance(v, str) for v in uniques], dtype=bool)
    strings = pd.Series(uniques[is_str], dtype=object).str.strip()
    plain = strings.str.fullmatch(_PLAIN_INT).to_numpy(dtype=bool)
    dotted = ~plain & strings.str.fullmatch(_DOTTED_INT).to_numpy(dtype=bool)
    idx_str = np.flatnonzero(is_str)
    if plain.any():
        value[idx_str[plain]] = strings[plain].astype(float).to_numpy()
    if dotted.any():
        value[idx_str[dotted]] = strings[dotted].str.replace(".", "", regex=False).astype(float).to_numpy()
    rest = np.concatenate([idx_str[~(plain | dotted)], np.flatnonzero(~is_str)])
    for i in rest:
        v = uniques[i]
        if v is None or (isinstance(v, float) and v != v):
            message[i] = labels.IMP_ERR_EMPTY_VALUE
            continue
        try:
            a = parse_amount(v)
        except NumberError as exc:
            message[i] = str(exc)
        else:
            value[i], approx[i], percent[i], currency[i] = a.value, a.approx, a.percent, a.currency
    return {
        "value": value[codes],
        "approx": approx[codes],
        "percent": percent[codes],
        "currency": currency[codes],
        "message": message[codes],
    }


def _unit_scale(units: Coded) -> tuple[np.ndarray, np.ndarray]:
    def one(u: str):
        if not u or ascii_key(u) in _UNIT_NOUNS or u.strip() == "%":
            return 1.0
        try:
            return parse_amount("1 " + u).value
        except NumberError:
            return np.nan

    scales = units.map(one, float)
    bad = np.isnan(scales)
    return np.where(bad, 1.0, scales), bad


def _history(con, rows: _Rows, ok, value: np.ndarray, is_ratio, shown, key: list[Coded], value_col: Coded):
    """Warnings for values 10× away from the median of the same unit, organization, indicator and
    breakdown in the warehouse; one query for the distinct keys of the file."""
    names = ["locality_id", "organization", "indicator", "breakdown"]
    idx_ok = np.flatnonzero(ok)
    sub = [k.take(idx_ok) for k in key]
    combos, group = groups(*sub)
    distinct = pd.DataFrame(
        {name: c.uniques[k] for name, c, k in zip(names, sub, combos, strict=True)}, dtype=object
    )
    distinct["_g"] = np.arange(len(distinct))
    con.register("intake_keys", distinct)
    try:
        # Only the file's units' facts are aggregated: most of the warehouse is other units.
        hist = con.execute(
            "select k._g, u.usual from intake_keys as k join ("
            " select locality_id, organization, indicator, breakdown, median(value) as usual"
            " from fact_resolved where locality_id in (select locality_id from intake_keys) group by all"
            ") as u using (locality_id, organization, indicator, breakdown)"
        ).df()
    finally:
        con.unregister("intake_keys")
    if hist.empty:
        return None
    usual_by_group = np.full(len(distinct), np.nan)
    usual_by_group[hist["_g"].to_numpy(dtype=np.int64)] = hist["usual"].to_numpy(dtype=float)
    usual = usual_by_group[group]
    v = value[idx_ok]
    ratio = is_ratio[idx_ok]
    with np.errstate(divide="ignore", invalid="ignore"):
        far = np.where(
            ratio,
            np.abs(v - usual) > HISTORY_RATIO_POINTS,
            (usual > 0) & ((v > usual * HISTORY_FACTOR) | (v < usual / HISTORY_FACTOR)),
        )
    if not far.any():
        return None
    mask = np.zeros(len(value), dtype=bool)
    mask[idx_ok[far]] = True
    codes, usuals = pd.factorize(usual[far])
    texts = [labels.IMP_WARN_HISTORY.format(usual=_fmt(u)) for u in usuals]
    msgs = np.zeros(len(value), dtype=np.int64)
    msgs[idx_ok[far]] = codes + 1
    message = Coded(msgs, np.array(["", *texts], dtype=object))
    return _issues(mask, rows, value_col, shown, message, severity="warning")


def _fmt(x: float) -> str:
    """Vietnamese number display: 180.455 or 0,15."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
