"""A matching form of a text that keeps every character position.

The rules match on a lower-case copy in which spelling variants that do not change meaning are made
equal: tone-mark placement ("uỷ thác" / "ủy thác", "hoà" / "hòa"), curly and straight quotes, the
several dashes, and no-break spaces. Every replacement is one character for one character, so a
span found in the folded copy is the same span in the original text, which is what the reviewer
sees and what is stored as evidence.
"""

from __future__ import annotations

import re
import unicodedata

from danvan.text import nfc

_ONE_FOR_ONE = {
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2007": " ",
    "\t": " ",
    "\u2013": "-",
    "\u2014": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2026": ".",
}

# New-style tone placement on the open diphthongs oa, oe, uy ("hoà", "khoẻ", "thuỷ") folded to the
# old style used by the lexicon ("hòa", "khỏe", "thủy"). Only at the end of a syllable ("hoàn" is the
# same in both styles) and never after q ("quý", "quỹ": the u belongs to the consonant).
_TONES = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
_NEW_TO_OLD: dict[str, str] = {}
for _first, _second in (("o", "a"), ("o", "e"), ("u", "y")):
    for _tone in _TONES:
        _new = _first + unicodedata.normalize("NFC", _second + _tone)
        _old = unicodedata.normalize("NFC", _first + _tone) + _second
        _NEW_TO_OLD[_new] = _old
_DIPHTHONG = re.compile("(?<!q)(" + "|".join(map(re.escape, _NEW_TO_OLD)) + r")(?!\w)")


def prepare(text: str) -> str:
    """The text the extractor works on (and reports spans in): NFC, with Windows line ends as \\n."""
    return nfc(text).replace("\r\n", "\n").replace("\r", "\n")


def fold(text: str) -> str:
    """Lower-case matching copy of `prepare(text)`, same length, same positions."""
    chars = []
    for ch in text:
        ch = _ONE_FOR_ONE.get(ch, ch)
        low = ch.lower()
        chars.append(low if len(low) == 1 else ch)
    out = "".join(chars)
    out = _DIPHTHONG.sub(lambda m: _NEW_TO_OLD[m.group(1)], out)
    assert len(out) == len(text)
    return out
