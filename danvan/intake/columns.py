"""Columns of cells, worked on once per distinct value or in one vectorised pass.

A national form repeats a few thousand unit names, a handful of organizations and periods a
million times, and writes almost every figure as plain digits ("12345", "180.455"). So:

* a name column is kept as `Coded`: its distinct values and, per record, the number of its value.
  Cleaning, resolving and grouping then work on the distinct values and on integers, never again
  on a million strings;
* a value column goes through `value_cells` (other columns through `blank_cells`): the cells in
  the common shapes are recognised by Arrow's vectorised string kernels, and only the rest (blank,
  odd spacing, non-ASCII, "1,2 triệu") take the per-value path — with the same result as if
  every cell had.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# Printable ASCII words separated by single spaces: " ".join(text.split()) leaves such text as it is.
_SIMPLE_TEXT = r"^[!-~]+(?: [!-~]+)*$"
# The figures almost every form is made of, in ASCII digits: "12345" and "1.234.567" (not "0.123",
# a decimal, nor any other leading zero: numbers.parse_amount reads those). Up to 15
# digits, so the value is the exact float whichever way the digits are read (a decimal of up to
# 15 digits is also read right by any float parser: one correctly rounded division).
_NUMBER = r"^(?:[0-9]{1,15}|[1-9][0-9]{0,2}(?:\.[0-9]{3}){1,4})$"
# Thousands grouped by commas ("1,234,567": English exports) or spaces ("19 136"), up to 15 digits.
_GROUPED = r"^[0-9]{1,3}(?:(?:,[0-9]{3}){2,4}|(?: [0-9]{3}){1,4})$"
# A decimal comma ("12,5"), a percentage ("12%", "0,15 %"); up to 15 digits (checked apart).
_DECIMAL = r"^[0-9]+(?:,[0-9]+)?(?: ?%)?$"


def fill(n: int, value: object) -> np.ndarray:
    """An object array of n copies of value (np.full is 30× slower for object arrays in numpy 2.4)."""
    out = np.empty(n, dtype=object)
    out.fill(value)
    return out


def cell_text(value: object) -> str:
    """A cell as text: '' for empty, whole floats without '.0', whitespace runs collapsed."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def factorize(values) -> tuple[np.ndarray, np.ndarray]:
    """pd.factorize(values, use_na_sentinel=False): (codes, distinct values) in order of first
    appearance, None and NaN counted as one value (NaN). That option makes pandas scan an object
    array for missing values before hashing it; the sentinel path finds them while hashing, and
    they are put back in their place here — twice as fast on a column of a million names."""
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    missing = codes < 0
    if not missing.any():
        return codes, uniques
    first = int(np.argmax(missing))
    k = int(codes[:first].max()) + 1 if first else 0  # distinct values seen before the first gap
    codes = np.where(missing, k, codes + (codes >= k))
    return codes, np.insert(np.asarray(uniques, dtype=object), k, np.nan)


def _firsts(codes: np.ndarray) -> np.ndarray:
    """Where each code first occurs, for codes numbered in order of first appearance."""
    if not len(codes):
        return np.empty(0, dtype=np.int64)
    return np.flatnonzero(np.diff(np.maximum.accumulate(codes), prepend=-1) > 0)


def _first_appearance(codes: np.ndarray, m: int) -> bool:
    """Whether codes 0..m-1 all occur and first occur in that order (a few numpy passes)."""
    if not len(codes):
        return m == 0
    running = np.maximum.accumulate(codes)
    return bool(codes[0] == 0 and running[-1] == m - 1 and (np.diff(running) <= 1).all())


@dataclass
class Coded:
    """A column as its distinct values and, per record, the position of its value among them.

    Uniques may include values no record has any more (after rows are dropped); `dedup()` makes
    each value appear once, `canonical()` also gives the exact codes pd.factorize would give for
    the expanded column (first appearance order), for work whose order matters.
    """

    codes: np.ndarray  # int64, one per record
    uniques: np.ndarray  # object

    @classmethod
    def of(cls, values) -> Coded:
        codes, uniques = factorize(values)
        return cls(codes.astype(np.int64, copy=False), np.asarray(uniques, dtype=object))

    @classmethod
    def of_series(cls, column: pd.Series) -> Coded:
        """Coded.of(column's values), straight from the codes of a categorical column."""
        if not isinstance(column.dtype, pd.CategoricalDtype):
            return cls.of(column.to_numpy(dtype=object))
        codes = column.cat.codes.to_numpy().astype(np.int64)
        uniques = column.cat.categories.to_numpy(dtype=object)
        missing = codes < 0
        if missing.any():
            codes[missing] = len(uniques)
            uniques = np.append(uniques, np.nan)
        return cls(codes, uniques)

    @classmethod
    def constant(cls, n: int, value: object) -> Coded:
        return cls(np.zeros(n, dtype=np.int64), np.array([value], dtype=object))

    def __len__(self) -> int:
        return len(self.codes)

    def values(self) -> np.ndarray:
        return self.uniques[self.codes]

    def take(self, rows) -> Coded:
        return Coded(self.codes[rows], self.uniques)

    def map(self, fn: Callable, dtype=object) -> np.ndarray:
        """fn applied once per distinct value, spread back to every record."""
        mapped = np.empty(len(self.uniques), dtype=dtype)
        for i, u in enumerate(self.uniques):
            mapped[i] = fn(u)
        return mapped[self.codes]

    def remap(self, mapped_uniques: np.ndarray) -> Coded:
        """The column whose value is mapped_uniques[k] wherever this one's is uniques[k]."""
        return Coded(self.codes, np.asarray(mapped_uniques, dtype=object)).dedup()

    def dedup(self) -> Coded:
        """The same column with each distinct value once among the uniques (groupings need it)."""
        if len(self.uniques) < 2:
            return self
        merged, distinct = factorize(self.uniques)
        if len(distinct) == len(self.uniques):
            return self
        # Keep the objects themselves (factorize would give NaN for None).
        return Coded(merged[self.codes], self.uniques[_firsts(merged)])

    def canonical(self) -> Coded:
        """Distinct values in order of first appearance among the records, each once: the codes
        pd.factorize gives for the expanded column."""
        column = self.dedup()
        if _first_appearance(column.codes, len(column.uniques)):
            return column
        order, present = pd.factorize(column.codes)
        return Coded(order.astype(np.int64, copy=False), column.uniques[present])

    @staticmethod
    def concat(parts: list[Coded]) -> Coded:
        if len(parts) == 1:
            return parts[0]
        offsets = np.cumsum([0] + [len(p.uniques) for p in parts[:-1]])
        codes = np.concatenate([p.codes + off for p, off in zip(parts, offsets, strict=True)])
        uniques = np.concatenate([p.uniques for p in parts])
        return Coded(codes, uniques).dedup()


def groups(*cols: Coded) -> tuple[list[np.ndarray], np.ndarray]:
    """The distinct combinations of the columns' values, numbered in the order of their codes
    (as np.unique numbers rows): (each column's code in each combination, combination number of
    each record). Work done per combination thus happens in a fixed order."""
    n = len(cols[0])
    sizes = [max(len(c.uniques), 1) for c in cols]
    if math.prod(sizes) >= 1 << 62:  # too many combinations for one integer key
        return _sorted_groups([c.codes for c in cols])
    key = np.zeros(n, dtype=np.int64)
    for c, size in zip(cols, sizes, strict=True):
        key = key * size + c.codes
    if math.prod(sizes) <= max(8 * n, 1 << 16):
        # Few possible keys: mark the ones present, number them in order (no hashing, no sort).
        present = np.zeros(math.prod(sizes), dtype=bool)
        present[key] = True
        keys = np.flatnonzero(present)
        inverse = (np.cumsum(present) - 1)[key]
    else:
        inverse, keys = pd.factorize(key)
        order = np.argsort(keys, kind="stable")
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        keys, inverse = keys[order], rank[inverse]
    codes = []
    for size in reversed(sizes):
        keys, code = np.divmod(keys, size)
        codes.append(code)
    return codes[::-1], inverse.astype(np.int64, copy=False)


def _sorted_groups(codes: list[np.ndarray]) -> tuple[list[np.ndarray], np.ndarray]:
    order = np.lexsort(codes[::-1])
    ordered = [c[order] for c in codes]
    new = np.zeros(len(order), dtype=bool)
    if len(order):
        new[0] = True
        for c in ordered:
            new[1:] |= c[1:] != c[:-1]
    inverse = np.empty(len(order), dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    return [c[new] for c in ordered], inverse


def is_blank(value: object) -> bool:
    """cell_text(value) == "", without building the text."""
    if isinstance(value, str):
        return not value or value.isspace()
    return cell_text(value) == ""


def _strings(values: np.ndarray) -> pa.Array | None:
    """The column as an Arrow string array (None/NaN → null), or None when some cell is not text."""
    if pd.api.types.infer_dtype(values, skipna=True) not in ("string", "empty"):
        return None
    try:
        return pa.array(values, type=pa.large_string(), from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        return None


def _matches(strings: pa.Array, pattern: str) -> np.ndarray:
    found = pc.match_substring_regex(strings, pattern).fill_null(False)
    return found.to_numpy(zero_copy_only=False)


def blank_cells(values) -> np.ndarray:
    """is_blank of every cell of a column: simple text is not, the rest once per distinct value."""
    values = np.asarray(values, dtype=object)
    strings = _strings(values)
    if strings is None:
        return Coded.of(values).map(is_blank, bool)
    blank = ~_matches(strings, _SIMPLE_TEXT)
    rest = np.flatnonzero(blank)
    blank[rest] = Coded.of(values[rest]).map(is_blank, bool)
    return blank


@dataclass
class ValueCells:
    """A value column read once: what each cell shows, and its number where it is plain digits.

    A column holding anything but text (numbers, dates, booleans: spreadsheets) is `loose`: its
    cells are read per distinct value, and pandas counts True, 1 and 1.0 as one value — so which
    of them a cell is read as depends on the whole file's column, and validate reads such cells
    there, over every table, exactly as it reads the rest of a file.
    """

    text: np.ndarray  # object: cell_text of each text cell ('' where loose)
    plain: np.ndarray  # float: the value of text cells written as a figure in a common shape, else NaN
    percent: np.ndarray  # bool: that figure was written with %
    loose: np.ndarray  # bool: the cell is read in validate, over the whole column
    blank: np.ndarray  # bool: is_blank of each cell

    def take(self, rows) -> ValueCells:
        return ValueCells(*(getattr(self, k)[rows] for k in _CELL_FIELDS))

    @staticmethod
    def concat(parts: list[ValueCells]) -> ValueCells:
        if len(parts) == 1:
            return parts[0]
        return ValueCells(*(np.concatenate([getattr(p, k) for p in parts]) for k in _CELL_FIELDS))


_CELL_FIELDS = ("text", "plain", "percent", "loose", "blank")


def _cast(strings: pa.Array, drop: str, comma_to_point: bool = False) -> np.ndarray:
    """The float value of texts of digits once the characters of `drop` (a regex class) are gone."""
    digits = pc.replace_substring_regex(strings, drop, "")
    if comma_to_point:
        digits = pc.replace_substring(digits, ",", ".")
    return pc.cast(digits, pa.float64()).to_numpy(zero_copy_only=False)


def _figures(texts: pa.Array) -> tuple[np.ndarray, np.ndarray]:
    """(value, written with %) of the texts in the common shapes, NaN for the others.

    Plain and dot-grouped digits are read as validate always read them; the other shapes exactly
    as numbers.parse_amount reads them (tested against it).
    """
    value = np.full(len(texts), np.nan)
    percent = np.zeros(len(texts), dtype=bool)
    plain = _matches(texts, _NUMBER)
    if plain.any():
        value[plain] = _cast(pc.filter(texts, pa.array(plain)), r"\.")
    rest = np.flatnonzero(~plain)
    if not len(rest):
        return value, percent
    texts = texts.take(rest)
    grouped = _matches(texts, _GROUPED)
    if grouped.any():
        value[rest[grouped]] = _cast(pc.filter(texts, pa.array(grouped)), "[, ]")
    short = pc.less_equal(pc.count_substring_regex(texts, "[0-9]"), 15).fill_null(False)
    decimal = _matches(texts, _DECIMAL) & short.to_numpy(zero_copy_only=False)
    if decimal.any():
        picked = pc.filter(texts, pa.array(decimal))
        value[rest[decimal]] = _cast(picked, " ?%$", comma_to_point=True)
        percent[rest[decimal]] = pc.ends_with(picked, "%").to_numpy(zero_copy_only=False)
    return value, percent


def value_cells(values) -> ValueCells:
    """A value column read once (see ValueCells)."""
    values = np.asarray(values, dtype=object)
    n = len(values)
    strings = _strings(values)
    if strings is None:
        loose = np.ones(n, dtype=bool)
        return ValueCells(
            fill(n, ""),
            np.full(n, np.nan),
            np.zeros(n, dtype=bool),
            loose,
            Coded.of(values).map(is_blank, bool),
        )
    text, blank = values, np.zeros(n, dtype=bool)
    plain, percent = _figures(strings)  # a figure is simple text: it is its own cell_text
    others = np.flatnonzero(np.isnan(plain))
    if len(others):
        odd = others[~_matches(strings.take(others), _SIMPLE_TEXT)]
        if len(odd):
            text = values.copy()
            text[odd] = Coded.of(values[odd]).map(cell_text)
            blank[odd] = text[odd] == ""
            # " 12345 " and "19  136" read as figures once their spaces are as cell_text leaves them.
            plain[odd], percent[odd] = _figures(pa.array(text[odd], type=pa.large_string()))
    return ValueCells(text, plain, percent, np.zeros(n, dtype=bool), blank)
