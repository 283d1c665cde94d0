"""Vietnamese text normalization for matching names.

Government files spell the same unit many ways: NFC or NFD Unicode, old or new tone-mark placement
(Hòa / Hoà, Thủy / Thuỷ), with or without accents, with or without a prefix (TP., tỉnh, Q., P.).
Everything that matches names goes through these functions so that every part of the product
agrees on what "the same name" means.
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks (the five Vietnamese tones other than "ngang").
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD = re.compile(r"\w+", re.UNICODE)
# Combining marks are not "word" characters to `re`, so a syllable break is neither a word
# character nor a combining mark.
_SYLLABLE_BREAK = re.compile(r"([^\w\u0300-\u036f]+)")

# Unit-type prefixes, longest first so "thành phố" wins over "thành".
_PREFIXES = [
    "thanh pho truc thuoc trung uong",
    "thanh pho",
    "thi tran",
    "thi xa",
    "dac khu",
    "tinh",
    "quan",
    "huyen",
    "phuong",
    "xa",
    "tp.",
    "tp",
    "tx.",
    "tx",
    "tt.",
    "q.",
    "h.",
    "p.",
    "x.",
]


def nfc(text: str) -> str:
    """Compose to NFC (decomposed accents arrive from Mac and some PDF exports)."""
    return unicodedata.normalize("NFC", text)


def fold_tones(text: str) -> str:
    """Canonical form where the tone mark sits at the end of its syllable.

    "Hòa" and "Hoà" (or "Thủy" and "Thuỷ") differ only in which vowel carries the tone; this form
    makes them equal while keeping every letter and tone, so "Hòa" still differs from "Hoa".
    """
    out = []
    for token in _SYLLABLE_BREAK.split(unicodedata.normalize("NFD", text)):
        tones = [ch for ch in token if ch in _TONES]
        if tones:
            token = "".join(ch for ch in token if ch not in _TONES) + tones[-1]
        out.append(token)
    return unicodedata.normalize("NFC", "".join(out)).lower()


def strip_accents(text: str) -> str:
    """Remove every diacritic; đ → d."""
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return plain.replace("đ", "d").replace("Đ", "D")


def ascii_key(text: str) -> str:
    """Accent-, case-, space- and punctuation-free key: "Thừa Thiên - Huế" → "thuathienhue"."""
    return "".join(_WORD.findall(strip_accents(nfc(text)).lower())).replace("_", "")


def strip_unit_prefix(name: str) -> str:
    """Drop a leading unit-type word: "TP. Hồ Chí Minh" → "Hồ Chí Minh", "Q.1" → "1"."""
    text = " ".join(nfc(name).split())
    plain = strip_accents(text).lower()
    for prefix in _PREFIXES:
        if plain.startswith(prefix):
            rest = text[len(prefix) :]
            # A word prefix must end at a word boundary; an abbreviation with a dot need not.
            if prefix.endswith(".") or not rest or not rest[0].isalnum():
                rest = rest.lstrip(" .:-")
                if rest:
                    return rest
    return text


def name_key(name: str) -> str:
    """Matching key of a unit name without its type prefix: "Tỉnh Thừa Thiên Huế" → "thuathienhue"."""
    return ascii_key(strip_unit_prefix(name))
