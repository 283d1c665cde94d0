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

from danvan import labels, periods
from danvan.intake import layout, reading
from danvan.intake.numbers import Amount, NumberError, parse_amount
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
_DOTTED_INT = r"\d{1,3}(?:\.\d{3})+"
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


def _issues(mask: np.ndarray, rec: pd.DataFrame, column, value, message, suggestion="", severity="error"):
    """Issue rows for the records selected by mask; arguments are scalars or per-record Series."""
    idx = np.flatnonzero(mask)
    if not len(idx):
        return None

    def pick(x):
        if isinstance(x, pd.Series):
            return x.to_numpy()[idx]
        return np.full(len(idx), x, dtype=object)

    return pd.DataFrame(
        {
            "severity": severity,
            "sheet": rec["sheet"].to_numpy()[idx],
            "row": rec["row"].to_numpy()[idx],
            "column": pick(column),
            "value": pick(value),
            "message": pick(message),
            "suggestion": pick(suggestion),
            "_rec": idx,
        }
    )


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
        col = cells[c].dropna()
        if col.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool)).any():
            return True
        if col.astype(str).str.fullmatch(r"\s*[\d.,\s]*\d[\d.,\s]*\s*").any():
            return True
    return False


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
        report.issues = _file_issue(str(exc)).drop(columns="_rec")
        report.records = _empty_records()
        return report
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
    issues = [*file_issues, *_check_records(con, rec, registry, step)]
    report.records = rec
    frame = pd.concat([i for i in issues if i is not None], ignore_index=True) if issues else None
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


def _map_unique(series: pd.Series, fn) -> pd.Series:
    uniques = pd.unique(series)
    mapping = {u: fn(u) for u in uniques}
    return series.map(mapping)


def _check_records(con, rec: pd.DataFrame, registry: Registry, step: Progress) -> list[pd.DataFrame | None]:
    out: list[pd.DataFrame | None] = []
    n = len(rec)
    if n == 0:
        return out
    ok = np.ones(n, dtype=bool)

    # Periods --------------------------------------------------------------------------------
    def read_period(pair):
        text, kind_text = pair
        kind = None
        if kind_text:
            kind = period_kind(kind_text)
            if kind is None:
                return None, labels.IMP_ERR_PERIOD_TYPE.format(value=kind_text), "period_type"
        if not text:
            return None, labels.IMP_ERR_MISSING.format(field=labels.IMP_FIELD["period"]), "period"
        try:
            return parse_period(text, kind), "", ""
        except periods.PeriodError as exc:
            return None, str(exc), "period"

    pairs = pd.Series(list(zip(rec["period"], rec["period_type"], strict=True)), dtype=object)
    parsed = _map_unique(pairs, read_period)
    period_obj = parsed.map(lambda t: t[0])
    bad = period_obj.isna().to_numpy()
    if bad.any():
        which = parsed.map(lambda t: t[2])
        col = np.where(which == "period_type", rec["period_type_col"], rec["period_col"])
        val = np.where(which == "period_type", rec["period_type"], rec["period"])
        out.append(_issues(bad, rec, pd.Series(col), pd.Series(val), parsed.map(lambda t: t[1])))
    ok &= ~bad
    rec["period_id"] = period_obj.map(lambda p: p.id if p is not None else None)

    # Organizations, indicators, breakdowns --------------------------------------------------
    for dim in ("organization", "indicator", "breakdown"):
        texts = rec[dim]
        if dim == "breakdown":
            looked = _map_unique(texts, lambda t: Lookup("") if not t else registry.lookup("breakdown", t))
        else:
            looked = _map_unique(
                texts,
                lambda t, d=dim: (
                    registry.lookup(d, t)
                    if t
                    else Lookup(None, labels.IMP_ERR_MISSING.format(field=labels.IMP_FIELD[d]))
                ),
            )
        bad = ~looked.map(lambda lk: lk.ok).to_numpy(dtype=bool)
        if bad.any():
            out.append(
                _issues(
                    bad,
                    rec,
                    rec[dim + "_col"],
                    texts,
                    looked.map(lambda lk: lk.message),
                    looked.map(lambda lk: lk.suggestion),
                )
            )
        ok &= ~bad
        rec[dim + "_code"] = looked.map(lambda lk: lk.code)
    step(0.35, labels.IMP_STEP_RESOLVING)

    # Localities -----------------------------------------------------------------------------
    resolver = LocalityResolver(con)

    def read_locality(triple):
        text, province, period = triple
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

    triples = pd.Series(list(zip(rec["locality"], rec["province"], period_obj, strict=True)), dtype=object)
    located = _map_unique(triples, read_locality)
    lk = located.map(lambda t: t[0])
    where = located.map(lambda t: t[1])
    bad = (~lk.map(lambda x: x.ok).to_numpy(dtype=bool)) & (where != "skip").to_numpy()
    if bad.any():
        col = np.where(where == "province", rec["province_col"], rec["locality_col"])
        val = np.where(where == "province", rec["province"], rec["locality"])
        out.append(
            _issues(
                bad,
                rec,
                pd.Series(col),
                pd.Series(val),
                lk.map(lambda x: x.message),
                lk.map(lambda x: x.suggestion),
            )
        )
    ok &= lk.map(lambda x: x.ok).to_numpy(dtype=bool)
    rec["locality_id"] = lk.map(lambda x: x.code)
    step(0.6, labels.IMP_STEP_NUMBERS)

    # Values ---------------------------------------------------------------------------------
    amounts, bad_value, value_msg = _parse_values(rec["value"])
    if bad_value.any():
        out.append(_issues(bad_value, rec, rec["value_col"], rec["value"].map(layout._text), value_msg))
    ok &= ~bad_value
    scale, bad_unit = _unit_scale(rec["unit"])
    if bad_unit.any():
        out.append(
            _issues(
                bad_unit,
                rec,
                rec["unit_col"],
                rec["unit"],
                rec["unit"].map(lambda u: labels.IMP_ERR_UNIT.format(value=u)),
            )
        )
    ok &= ~bad_unit
    value = amounts["value"].to_numpy(dtype=float) * scale
    rec["amount"] = value
    rec["approx"] = amounts["approx"].to_numpy()
    kinds = rec["indicator_code"].map(registry.indicator_kind).to_numpy()
    units = rec["indicator_code"].map(registry.indicator_unit).to_numpy()
    shown = rec["value"].map(layout._text)
    has_value = ~bad_value & ~bad_unit

    def flag(mask, message, suggestion=""):
        nonlocal ok
        mask = mask & has_value
        if mask.any():
            out.append(_issues(mask, rec, rec["value_col"], shown, message, suggestion))
            ok &= ~mask

    with np.errstate(invalid="ignore"):
        flag(value < 0, labels.IMP_ERR_NEGATIVE)
        is_ratio = kinds == "ratio"
        flag(is_ratio & ((value < 0) | (value > 100)), labels.IMP_ERR_RATIO_RANGE)
        percent = amounts["percent"].to_numpy(dtype=bool)
        flag(percent & ~is_ratio & (kinds != None), labels.IMP_ERR_PERCENT_NOT_RATIO)  # noqa: E711
        currency = amounts["currency"].to_numpy(dtype=bool)
        flag(currency & (units != MONEY_UNIT) & (kinds != None), labels.IMP_ERR_CURRENCY_NOT_MONEY)  # noqa: E711
        counted = np.isin(units, list(COUNT_UNITS))
        fractional = counted & (value >= 0) & (np.abs(value - np.round(value)) > 1e-9)
        if fractional.any():
            hint = pd.Series(np.where(fractional, [_int_hint(v) for v in shown], ""), dtype=object)
            flag(fractional, labels.IMP_ERR_NOT_WHOLE, hint)
    step(0.75, labels.IMP_STEP_DUPLICATES)

    # Duplicates and conflicts, among records whose key is complete --------------------------
    rec["organization"] = rec["organization_code"]
    rec["indicator"] = rec["indicator_code"]
    rec["breakdown"] = rec["breakdown_code"]
    keyed = ok.copy()
    if keyed.any():
        sub = rec.loc[keyed, KEY].copy()
        sub["_v"] = value[keyed]
        sub["_i"] = np.flatnonzero(keyed)
        dup = sub.duplicated(KEY, keep=False).to_numpy()
        if dup.any():
            groups = sub[dup].groupby(KEY, sort=False)
            rows = rec["row"].to_numpy()
            sheets = rec["sheet"].to_numpy()
            for _, g in groups:
                idx = g["_i"].to_numpy()
                vals = g["_v"].to_numpy()
                where_txt = ", ".join(f"{sheets[i]}:{rows[i]}" for i in idx[:6])
                if np.allclose(vals, vals[0], rtol=0, atol=1e-9):
                    later = np.zeros(len(rec), dtype=bool)
                    later[idx[1:]] = True
                    msg = labels.IMP_ERR_DUPLICATE.format(first=f"{sheets[idx[0]]}:{rows[idx[0]]}")
                    out.append(_issues(later, rec, rec["value_col"], shown, msg))
                    ok[idx[1:]] = False
                else:
                    allm = np.zeros(len(rec), dtype=bool)
                    allm[idx] = True
                    out.append(
                        _issues(
                            allm, rec, rec["value_col"], shown, labels.IMP_ERR_CONFLICT.format(rows=where_txt)
                        )
                    )
                    ok[idx] = False
    step(0.85, labels.IMP_STEP_HISTORY)

    # Values far from the unit's own history (warnings only) ----------------------------------
    if ok.any():
        out.append(_history(con, rec, ok, value, kinds, shown))
    rec["value_text"] = shown
    rec["value"] = value
    return out


def _int_hint(shown: str) -> str:
    compact = shown.replace(" ", "")
    if compact.count(",") == 1 and len(compact.partition(",")[2]) == 3:
        return labels.IMP_HINT_COMMA_THOUSANDS.format(value=compact.replace(",", ""))
    return ""


def _parse_values(raw: pd.Series) -> tuple[pd.DataFrame, np.ndarray, pd.Series]:
    """Amounts (value, approx, percent, currency) per record, which failed, and why."""
    n = len(raw)
    value = np.full(n, np.nan)
    approx = np.full(n, "", dtype=object)
    percent = np.zeros(n, dtype=bool)
    currency = np.zeros(n, dtype=bool)
    message = np.full(n, "", dtype=object)
    is_str = raw.map(lambda v: isinstance(v, str)).to_numpy(dtype=bool)
    numeric = ~is_str & raw.map(lambda v: isinstance(v, int | float) and not isinstance(v, bool)).to_numpy(
        dtype=bool
    )
    if numeric.any():
        nums = raw[numeric].astype(float).to_numpy()
        value[numeric] = nums
        bad_num = ~np.isfinite(nums)
        if bad_num.any():
            idx = np.flatnonzero(numeric)[bad_num]
            message[idx] = labels.IMP_ERR_NOT_NUMBER.format(value="NaN")
    strings = raw[is_str].astype(str)
    stripped = strings.str.strip()
    plain = stripped.str.fullmatch(_PLAIN_INT).to_numpy(dtype=bool)
    dotted = ~plain & stripped.str.fullmatch(_DOTTED_INT).to_numpy(dtype=bool)
    idx_str = np.flatnonzero(is_str)
    if plain.any():
        value[idx_str[plain]] = stripped[plain].astype(float).to_numpy()
    if dotted.any():
        value[idx_str[dotted]] = stripped[dotted].str.replace(".", "", regex=False).astype(float).to_numpy()
    rest = ~(plain | dotted)
    if rest.any():

        def one(text):
            try:
                return parse_amount(text)
            except NumberError as exc:
                return str(exc)

        parsed = _map_unique(strings[rest], one)
        idx = idx_str[rest]
        for i, p in zip(idx, parsed.to_numpy(), strict=True):
            if isinstance(p, Amount):
                value[i], approx[i], percent[i], currency[i] = p.value, p.approx, p.percent, p.currency
            else:
                message[i] = p
    other = ~is_str & ~numeric
    if other.any():
        for i in np.flatnonzero(other):
            v = raw.iat[i]
            message[i] = (
                labels.IMP_ERR_EMPTY_VALUE
                if v is None or v != v
                else labels.IMP_ERR_NOT_NUMBER.format(value=v)
            )
    bad = message != ""
    amounts = pd.DataFrame({"value": value, "approx": approx, "percent": percent, "currency": currency})
    return amounts, bad, pd.Series(message, dtype=object)


def _unit_scale(units: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    def one(u: str):
        if not u:
            return 1.0
        if ascii_key(u) in _UNIT_NOUNS or u.strip() == "%":
            return 1.0
        try:
            a = parse_amount("1 " + u)
        except NumberError:
            return None
        return a.value

    scales = _map_unique(units, one)
    bad = scales.isna().to_numpy()
    return scales.fillna(1.0).to_numpy(dtype=float), bad


def _history(con, rec: pd.DataFrame, ok: np.ndarray, value: np.ndarray, kinds, shown: pd.Series):
    keys = ["locality_id", "organization", "indicator", "breakdown"]
    sub = rec.loc[ok, keys].copy()
    sub["_i"] = np.flatnonzero(ok)
    distinct = sub[keys].drop_duplicates()
    con.register("intake_keys", distinct)
    try:
        hist = con.execute(
            "select f.locality_id, f.organization, f.indicator, f.breakdown, median(f.value) as usual, "
            "count(*) as n from fact_resolved as f semi join intake_keys as k using (locality_id, organization, "
            "indicator, breakdown) group by all"
        ).df()
    finally:
        con.unregister("intake_keys")
    if hist.empty:
        return None
    joined = sub.merge(hist, on=keys, how="inner")
    idx = joined["_i"].to_numpy()
    usual = joined["usual"].to_numpy(dtype=float)
    v = value[idx]
    ratio = kinds[idx] == "ratio"
    with np.errstate(divide="ignore", invalid="ignore"):
        far = np.where(
            ratio,
            np.abs(v - usual) > HISTORY_RATIO_POINTS,
            (usual > 0) & ((v > usual * HISTORY_FACTOR) | (v < usual / HISTORY_FACTOR)),
        )
    if not far.any():
        return None
    mask = np.zeros(len(rec), dtype=bool)
    mask[idx[far]] = True
    usual_all = np.full(len(rec), np.nan)
    usual_all[idx] = usual
    msgs = pd.Series(
        [
            labels.IMP_WARN_HISTORY.format(usual=_fmt(u)) if m else ""
            for u, m in zip(usual_all, mask, strict=True)
        ],
        dtype=object,
    )
    return _issues(mask, rec, rec["value_col"], shown, msgs, severity="warning")


def _fmt(x: float) -> str:
    """Vietnamese number display: 180.455 or 0,15."""
    if float(x).is_integer():
        return f"{int(x):,}".replace(",", ".")
    return f"{x:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
