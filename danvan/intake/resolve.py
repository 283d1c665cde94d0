"""Names and codes in a form → the warehouse's keys: organizations, indicators, breakdowns,
periods and localities.

Matching goes through danvan.text (accents, case, tone-mark placement, prefixes do not matter).
Organization and indicator aliases ("Hội Phụ nữ", "LHPN", "Dư nợ") are listed in
data/reference/aliases.csv, reviewable by the people who write the forms. Nothing is guessed: a
name that fits nothing (or several things) comes back with a Vietnamese message and, where
rapidfuzz finds close names, a suggestion.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import duckdb
import pandas as pd
from rapidfuzz import fuzz, process

from danvan import labels, periods
from danvan.localities import LocalityIndex, Resolution
from danvan.text import ascii_key, strip_accents
from danvan.warehouse import DATA

ALIASES = DATA / "reference" / "aliases.csv"
# Suggestions cost a fuzzy search each; a file of junk names gets them for its first few only.
MAX_SUGGESTED = 300

PERIOD_KINDS = ("quarter", "half", "nine_months", "year", "month", "date", "range")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}


@dataclass(frozen=True)
class Lookup:
    """The outcome of one lookup: a code, or a message (and maybe a suggestion) for the report."""

    code: str | None
    message: str = ""
    suggestion: str = ""

    @property
    def ok(self) -> bool:
        return self.code is not None


# (code, name, short name) of each registry, in display order.
_NAMES = {
    "organization": "select code, name, short_name from organization order by sort",
    "indicator": "select code, name, short_name from indicator order by sort",
    "breakdown": "select code, name, name from breakdown order by sort",
}


class Registry:
    """Organizations, indicators and breakdowns by code, name or alias."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        aliases = pd.read_csv(ALIASES, dtype=str, keep_default_na=False)
        self.keys: dict[str, dict[str, str]] = {}
        self.names: dict[str, dict[str, str]] = {}
        for kind, statement in _NAMES.items():
            rows = con.execute(statement).fetchall()
            keys: dict[str, str] = {}
            for code, name, short in rows:
                for text in (code, name, short):
                    keys.setdefault(ascii_key(text), code)
                if kind == "breakdown":
                    keys.setdefault(ascii_key(code.partition(":")[2]), code)
            for row in aliases[aliases["kind"] == kind].itertuples():
                keys.setdefault(ascii_key(row.alias), row.code)
            self.keys[kind] = keys
            self.names[kind] = {code: name for code, name, _ in rows}
        self.indicator_kind = dict(con.execute("select code, kind from indicator").fetchall())
        self.indicator_unit = dict(con.execute("select code, unit from indicator").fetchall())

    def lookup(self, kind: str, text: str) -> Lookup:
        raw = " ".join(str(text).split())
        code = self.keys[kind].get(ascii_key(raw))
        if code:
            return Lookup(code)
        message = {
            "organization": labels.IMP_ERR_UNKNOWN_ORGANIZATION,
            "indicator": labels.IMP_ERR_UNKNOWN_INDICATOR,
            "breakdown": labels.IMP_ERR_UNKNOWN_BREAKDOWN,
        }[kind].format(value=raw)
        return Lookup(None, message, self.suggest(kind, raw))

    def suggest(self, kind: str, text: str) -> str:
        key = ascii_key(text)
        if not key:
            return ""
        found = process.extract(key, list(self.keys[kind]), scorer=fuzz.WRatio, limit=6, score_cutoff=75)
        codes: list[str] = []
        for k, _, _ in found:
            code = self.keys[kind][k]
            if code not in codes:
                codes.append(code)
        return ", ".join(f"{self.names[kind][c]} ({c})" for c in codes[:3])


# Periods -------------------------------------------------------------------------------------

_P_QUARTER = re.compile(r"^(?:quy|q)\s*\.?\s*([1-4]|iv|i{1,3})\s*(?:/|-|nam|\s)\s*(\d{4})$")
_P_QUARTER_AFTER = re.compile(r"^(\d{4})\s*[-/ ]?\s*q([1-4])$")
_P_HALF = re.compile(r"^(?:so ket\s*)?6 thang\s*(dau|cuoi)?\s*(?:nam)?\s*(\d{4})$")
_P_NINE = re.compile(r"^9 thang\s*(?:dau)?\s*(?:nam)?\s*(\d{4})$")
_P_YEAR = re.compile(r"^(?:tong ket\s*)?(?:ca\s*)?(?:nam)?\s*(\d{4})$")
_P_MONTH = re.compile(r"^thang\s*(\d{1,2})\s*(?:/|-|nam|\s)\s*(\d{4})$")
_P_DATE = re.compile(r"^(?:ngay|den ngay|tinh den)?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
_P_RANGE = re.compile(r"^(?:giai doan|nhiem ky)?\s*(\d{4})\s*(?:-|–|—|/|den)\s*(\d{4})$")
_P_SHORT = re.compile(r"^([1-9]|1[0-2]|iv|i{1,3})\s*[/-]\s*(\d{4})$")

PERIOD_TYPE_KEYS = {
    "quy": "quarter",
    "quarter": "quarter",
    "6thang": "half",
    "half": "half",
    "9thang": "nine_months",
    "ninemonths": "nine_months",
    "nam": "year",
    "year": "year",
    "thang": "month",
    "month": "month",
    "ngay": "date",
    "date": "date",
    "giaidoan": "range",
    "range": "range",
}


def period_kind(text: str) -> str | None:
    """The period type written in a "Loại kỳ" cell ("Quý", "6 tháng" …) as a period kind, or None."""
    return PERIOD_TYPE_KEYS.get(ascii_key(text))


def _number(token: str) -> int:
    return _ROMAN.get(token) or int(token)


def parse_period(value: object, kind: str | None = None) -> periods.Period:
    """A period as offices write it → Period; raise periods.PeriodError with a Vietnamese message.

    Accepts the notation (2024-Q1, 2024-H1, 2024-9M, 2024, 2024-03, 2024-03-31, 2011/2017) and
    Vietnamese: "Quý I/2024", "6 tháng đầu năm 2024", "9 tháng 2024", "Năm 2024", "Tháng 3/2024",
    "31/12/2024", "Giai đoạn 2021–2023"; with a period type `kind`, also "1/2024" or "I/2024".
    """
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        found = periods.parse(value.isoformat())
    elif isinstance(value, float | int) and not isinstance(value, bool) and float(value).is_integer():
        found = periods.parse(str(int(value)))
    else:
        found = _parse_period_text(str(value), kind)
    if kind and found.kind != kind:
        raise periods.PeriodError(
            labels.IMP_ERR_PERIOD_KIND.format(value=value, kind=labels.IMP_PERIOD_TYPES[kind])
        )
    return found


def _parse_period_text(text: str, kind: str | None) -> periods.Period:
    raw = " ".join(text.split())
    try:
        return periods.parse(raw)
    except periods.PeriodError:
        pass
    plain = strip_accents(raw).lower().replace("năm", "nam")
    plain = " ".join(plain.replace("–", "-").replace("—", "-").split())
    if m := _P_QUARTER.match(plain):
        return periods.parse(f"{m.group(2)}-Q{_number(m.group(1))}")
    if m := _P_QUARTER_AFTER.match(plain):
        return periods.parse(f"{m.group(1)}-Q{m.group(2)}")
    if m := _P_HALF.match(plain):
        return periods.parse(f"{m.group(2)}-H{2 if m.group(1) == 'cuoi' else 1}")
    if m := _P_NINE.match(plain):
        return periods.parse(f"{m.group(1)}-9M")
    if m := _P_MONTH.match(plain):
        return periods.parse(f"{m.group(2)}-{int(m.group(1)):02d}")
    if m := _P_DATE.match(plain):
        return periods.parse(f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}")
    if m := _P_RANGE.match(plain):
        return periods.parse(f"{m.group(1)}/{m.group(2)}")
    if m := _P_YEAR.match(plain):
        return periods.parse(m.group(1))
    if kind and (m := _P_SHORT.match(plain)):
        n, year = _number(m.group(1)), m.group(2)
        if kind == "quarter" and n <= 4:
            return periods.parse(f"{year}-Q{n}")
        if kind == "half" and n <= 2:
            return periods.parse(f"{year}-H{n}")
        if kind == "month":
            return periods.parse(f"{year}-{n:02d}")
    if _P_SHORT.match(plain):
        raise periods.PeriodError(labels.IMP_ERR_PERIOD_NEEDS_KIND.format(value=text))
    raise periods.PeriodError(labels.IMP_ERR_PERIOD.format(value=text))


# Localities ----------------------------------------------------------------------------------


class LocalityResolver:
    """LocalityIndex.resolve with memory: a form names the same few hundred units many times.

    A figure belongs to a unit that exists at the end of its period: the unit that reports it.
    So a legacy district cannot carry «Quý III/2025» nor «Năm 2025» (it ended on 30/06/2025),
    while today's province reports the whole of 2025 (provinces merged whole, so its year is
    complete) — the case fact_effective expects ("a current province's yearly 2025 figure").
    """

    def __init__(self, con: duckdb.DuckDBPyConnection):
        self.index = LocalityIndex(con)
        self._province: dict[tuple, Lookup] = {}
        self._seen: dict[tuple, Lookup] = {}
        self._suggested = 0
        # The days on which some unit starts or stops existing. Between two of them every unit
        # exists on all days or on none, so a name resolves alike on all of them: a form's six
        # quarters after the reform need one resolution per name, not six.
        bounds = set()
        for unit in self.index.units.values():
            if unit.valid_from:
                bounds.add(unit.valid_from)
            if unit.valid_to:
                bounds.add(unit.valid_to + timedelta(days=1))
        self._bounds = sorted(bounds)
        self._resolved: dict[tuple, Resolution] = {}

    def _index_resolve(self, text: str, on: date | None, within: str | None, levels: tuple) -> Resolution:
        """LocalityIndex.resolve without suggestions, once per name and span between bounds."""
        key = (text, None if on is None else bisect_right(self._bounds, on), within, levels)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = self.index.resolve(
                text, on=on, within=within, levels=levels, suggest=False
            )
        return found

    def _suggestions(self, text: str) -> list[str]:
        if self._suggested >= MAX_SUGGESTED:
            return []
        self._suggested += 1
        return self.index.suggest(text)

    def province(self, text: str, period: periods.Period) -> Lookup:
        """The province a row's "Tỉnh/thành phố" cell names, valid over the period."""
        key = (text, period.start, period.end)
        if key not in self._province:
            self._province[key] = self._resolve(text, period, None, ("province",))
        return self._province[key]

    def locality(self, text: str, period: periods.Period, within: str | None = None) -> Lookup:
        key = (text, period.start, period.end, within)
        if key not in self._seen:
            self._seen[key] = self._resolve(text, period, within, ())
        return self._seen[key]

    def _resolve(self, text: str, period: periods.Period, within: str | None, levels: tuple) -> Lookup:
        res = self._index_resolve(text, period.end, within, levels)
        if res.ok and res.unit.valid_on(period.end):
            return Lookup(res.unit.locality_id)
        if res.candidates:
            return Lookup(None, res.message)
        # Not valid over the period? Say so, and name the unit(s) to use instead.
        if res.ok:  # a code names one unit whatever the period
            units = [res.unit]
        else:
            anytime = self._index_resolve(text, None, within, levels)
            units = [anytime.unit] if anytime.unit else anytime.candidates
        if units:
            unit = units[0]
            if unit.valid_from and period.end < unit.valid_from:
                message = labels.IMP_ERR_LOCALITY_NOT_YET.format(
                    value=text,
                    name=unit.name,
                    start=unit.valid_from.strftime("%d/%m/%Y"),
                    period=period.label,
                )
            else:
                until = unit.valid_to.strftime("%d/%m/%Y") if unit.valid_to else ""
                message = labels.IMP_ERR_LOCALITY_EXPIRED.format(
                    value=text, name=unit.name, end=until, period=period.label
                )
            return Lookup(None, message, self._successor(unit))
        suggestions = self._suggestions(text)  # not stored on res: it is shared by every period
        return Lookup(None, labels.ERR_UNKNOWN_LOCALITY.format(value=res.text), ", ".join(suggestions))

    def _successor(self, unit) -> str:
        """For a legacy unit: today's province, where its figures belong from 1/7/2025."""
        if unit.era != "legacy":
            return ""
        target = self.index.get(unit.current_province_id)
        return labels.IMP_HINT_SUCCESSOR.format(name=target.name, code=target.locality_id) if target else ""
