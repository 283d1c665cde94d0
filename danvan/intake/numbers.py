"""Vietnamese numbers as offices write them: "180.455", "19 136", "3,2%", "1,2 triệu", "259 tỷ đồng".

Public: `parse_number(text) -> float` and `parse_amount(text) -> Amount` (the value with its
qualifier "hơn", "khoảng" …, whether it was a percentage, whether a currency word was written).
Both raise `NumberError` (a ValueError with a Vietnamese message) rather than guess: a number this
module cannot read unambiguously is an error for the caller to report, never a silent best effort.

Reading rules (Vietnamese convention first):
* "." groups thousands and "," marks decimals: "180.455" = 180455, "81,658" = 81.658.
* A space (also no-break or thin space) groups thousands: "19 136" = 19136.
* When both "." and "," appear, the last one is the decimal mark: "1.234,5" and "1,234.5".
* Several commas group thousands ("1,234,567"), as English exports write them.
* A single "." followed by 1–2 digits is a decimal point ("3.5"); followed by exactly 3 digits it
  groups thousands ("180.455"). Followed by 4 or more digits it is ambiguous ("992.0000": a typo
  for 992.000, or 992?) and rejected, except after a lone 0 ("0.1523").
* Magnitude words multiply: nghìn/ngàn (10^3), triệu (10^6), tỷ/tỉ (10^9), and combine
  ("nghìn tỷ" = 10^12); "đồng", "đ", "VND" are currency words and change nothing.
* A leading qualifier (hơn, trên, gần, khoảng, đạt, xấp xỉ, trên dưới) is kept apart.
* Text that starts like a spreadsheet formula ("=1+2", "@SUM(…)", "+5") is rejected, never evaluated.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from danvan import labels
from danvan.text import strip_accents

# Qualifiers as written → the stored form (labels.APPROX keys). Longest first.
_QUALIFIERS = [
    ("tren duoi", "khoảng"),
    ("xap xi", "khoảng"),
    ("khoang", "khoảng"),
    ("hon", "hơn"),
    ("tren", "trên"),
    ("gan", "gần"),
    ("dat", "đạt"),
]
# Magnitude and currency words, accent-free and lower-case.
_MAGNITUDES = {"nghin": 1e3, "ngan": 1e3, "ngin": 1e3, "trieu": 1e6, "ty": 1e9, "ti": 1e9}
_CURRENCY = {"dong", "d", "vnd", "vnđ"}
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_NUMBER = re.compile(r"^[+-]?[\d.,\s\u00a0\u202f\u2009\u2007]*\d[\d.,\s\u00a0\u202f\u2009\u2007]*")
_GROUPED_SPACE = re.compile(r"^\d{1,3}( \d{3})+$")
_DECIMAL = re.compile(r"\d*\.?\d+|\d+\.")
_FORMULA_START = ("=", "@", "+")
_MINUSES = "\u2212\u2012\u2013\u2014"


class NumberError(ValueError):
    """A text that is not one unambiguous number; the message is Vietnamese and user-facing."""


@dataclass(frozen=True)
class Amount:
    value: float
    approx: str = ""  # hơn, trên, gần, khoảng, đạt — or "" when the figure is exact
    percent: bool = False  # written with "%"
    currency: bool = False  # written with "đồng", "đ" or "VND"


def _digits(text: str, original: str) -> float:
    """The numeric part, already stripped of words: "180.455", "1,2", "19 136", "-3,5"."""
    sign = -1.0 if text.startswith("-") else 1.0
    body = text.lstrip("+-").strip()
    if " " in body:
        # Space-grouped thousands, optionally with a decimal comma: "19 136", "1 234,5".
        whole, _, frac = body.partition(",")
        if not _GROUPED_SPACE.match(whole) or (frac and not frac.isdigit()):
            raise NumberError(labels.IMP_ERR_NUMBER_AMBIGUOUS.format(value=original))
        body = whole.replace(" ", "") + ("," + frac if frac else "")
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, frac = body.rpartition(decimal)
        if whole.count(decimal) or not _valid_groups(whole, group):
            raise NumberError(labels.IMP_ERR_NUMBER_AMBIGUOUS.format(value=original))
        body = whole.replace(group, "") + "." + frac
    elif commas > 1:
        if not _valid_groups(body, ","):
            raise NumberError(labels.IMP_ERR_NUMBER_AMBIGUOUS.format(value=original))
        body = body.replace(",", "")
    elif commas == 1:
        body = body.replace(",", ".")
    elif dots > 1:
        if not _valid_groups(body, "."):
            raise NumberError(labels.IMP_ERR_NUMBER_AMBIGUOUS.format(value=original))
        body = body.replace(".", "")
    elif dots == 1:
        whole, _, frac = body.partition(".")
        if len(frac) == 3 and whole not in ("", "0"):
            body = whole + frac
        elif len(frac) > 3 and whole not in ("", "0"):
            raise NumberError(labels.IMP_ERR_NUMBER_AMBIGUOUS.format(value=original))
    if not _DECIMAL.fullmatch(body):
        raise NumberError(labels.IMP_ERR_NOT_NUMBER.format(value=original))
    return sign * float(body)


def _valid_groups(text: str, sep: str) -> bool:
    parts = text.split(sep)
    return (
        1 <= len(parts[0]) <= 3 and parts[0].isdigit() and all(len(p) == 3 and p.isdigit() for p in parts[1:])
    )


def parse_amount(text: str | float | int) -> Amount:
    """Read one figure as an office wrote it; raise NumberError when it is not one clear number."""
    if isinstance(text, bool):
        raise NumberError(labels.IMP_ERR_NOT_NUMBER.format(value=text))
    if isinstance(text, int | float):
        if isinstance(text, float) and not math.isfinite(text):
            raise NumberError(labels.IMP_ERR_NOT_NUMBER.format(value=text))
        return Amount(float(text))
    original = str(text)
    raw = _SPACES.sub(" ", unicodedata.normalize("NFC", original)).strip()
    if not raw:
        raise NumberError(labels.IMP_ERR_EMPTY_VALUE)
    if raw.startswith(_FORMULA_START):
        raise NumberError(labels.IMP_ERR_FORMULA.format(value=original))
    for ch in _MINUSES:
        raw = raw.replace(ch, "-")
    plain = (raw if raw.isascii() else strip_accents(raw)).lower()  # ASCII has no accents to strip
    approx = ""
    for written, stored in _QUALIFIERS:
        if plain == written or plain.startswith(written + " "):
            approx = stored
            raw, plain = raw[len(written) :].strip(), plain[len(written) :].strip()
            break
    percent = plain.endswith("%")
    if percent:
        raw, plain = raw[:-1].rstrip(), plain[:-1].rstrip()
    m = _NUMBER.match(plain)
    if not m:
        raise NumberError(labels.IMP_ERR_NOT_NUMBER.format(value=original))
    number = m.group(0).strip()
    value = _digits(number, original)
    words = plain[m.end() :].replace(".", " ").split()
    currency = False
    scale = 1.0
    seen_magnitude = False
    for i, word in enumerate(words):
        if word in _MAGNITUDES and not currency:
            scale *= _MAGNITUDES[word]
            seen_magnitude = True
        elif word in _CURRENCY and i == len(words) - 1:
            currency = True
        else:
            raise NumberError(labels.IMP_ERR_NOT_NUMBER.format(value=original))
    if percent and (seen_magnitude or currency):
        raise NumberError(labels.IMP_ERR_NOT_NUMBER.format(value=original))
    value *= scale
    if seen_magnitude:
        # 1,2 triệu = 1 200 000 exactly, not 1 199 999.9999999998.
        value = round(value, 6)
    return Amount(value=value, approx=approx, percent=percent, currency=currency)


def parse_number(text: str | float | int) -> float:
    """The value of one written figure: "180.455" → 180455.0, "1,2 triệu" → 1200000.0.

    Raises NumberError (Vietnamese message) for empty, ambiguous or non-numeric text.
    """
    return parse_amount(text).value
