"""Text encodings of the offices' files: Unicode (NFC or NFD), UTF-16, CP1258 and the legacy
8-bit Vietnamese encodings TCVN3 (ABC, .VnTime fonts), VNI-Windows and VISCII.

The legacy conversion tables come from `viparse` (MIT; tables validated against real government
documents, VISCII from glibc's charmap). What is decided here is *which* table applies, by a test
that is easy to explain: Vietnamese text, once decoded right, consists of ASCII and Vietnamese
letters only. A candidate decoding that leaves symbols such as "µ", "ø" or a stray combining mark
is wrong. The candidate with the fewest such characters wins; ties keep the text as it is, so text
that is already Unicode is never "converted".

Two places text arrives from:
* bytes (CSV): `decode_bytes` picks UTF-8 / UTF-16 / CP1258, or reads the bytes one to one
  (Latin-1) and names the legacy table to apply to each cell;
* cells of a spreadsheet typed in a legacy font: the cell already holds the font's surface
  characters ("Hµ Néi"); `detect_legacy` on a column's values names the table, `to_unicode`
  converts one value.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import pyarrow as pa
from viparse.normalize.encodings import CHARMAPS
from viparse.normalize.tables import convert

LEGACY = ("tcvn3", "vni", "viscii")
_SAMPLE_BYTES = 256 * 1024

_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
_VOWELS = "aăâeêioôơuưy"
VIETNAMESE_LETTERS = frozenset(
    unicodedata.normalize("NFC", base + tone) for base in _VOWELS + _VOWELS.upper() for tone in _TONES
) | set("đĐ")
# Punctuation that real Unicode files contain and that no legacy table produces by mistake.
_NEUTRAL = frozenset("\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00b0\u202f\ufeff")


@dataclass(frozen=True)
class Decoded:
    """A file's text and how it was read. `legacy` names the table still to apply per cell."""

    text: str
    encoding: str  # utf-8, utf-8-sig, utf-16, cp1258, latin-1 (bytes read one to one)
    legacy: str | None = None


# Deletes the characters badness does not count, so that only the counted ones are looked at.
_GOOD = str.maketrans(dict.fromkeys(map(ord, VIETNAMESE_LETTERS | _NEUTRAL)))


def badness(text: str) -> int:
    """How many characters of `text` (after NFC) are neither ASCII nor Vietnamese letters."""
    rest = unicodedata.normalize("NFC", text).translate(_GOOD)
    return 0 if rest.isascii() else sum(1 for ch in rest if ord(ch) > 127)


_TONE_MARKS = frozenset(_TONES[1:])
_WORD = re.compile(r"[^\W\d_]+")
# A Vietnamese syllable without its tone: onset, vowel nucleus, final. Words of a wrong decoding
# ("Haứ", "Liờn" from VNI text read as TCVN3) break this far more often than real names do.
_SYLLABLE = re.compile(
    r"(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
    r"(uyê|oa|oă|oe|oo|uâ|uê|uy|uơ|ươ|iê|yê|uô|ia|ua|ưa|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
    r"(ch|ng|nh|c|m|n|p|t|i|y|o|u)?"
)


def _bad_syllables(text: str) -> int:
    """Words with non-ASCII letters that cannot be one Vietnamese syllable (or carry two tones)."""
    counts: dict[str, int] = {}
    for word in _WORD.findall(unicodedata.normalize("NFC", text).lower()):
        counts[word] = counts.get(word, 0) + 1  # a file's sample repeats a few hundred names
    return sum(n for word, n in counts.items() if not word.isascii() and _bad_word(word))


def _bad_word(word: str) -> bool:
    parts = unicodedata.normalize("NFD", word)
    tones = sum(1 for ch in parts if ch in _TONE_MARKS)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONE_MARKS))
    return tones > 1 or not _SYLLABLE.fullmatch(bare)


def wrongness(text: str) -> int:
    """How far `text` is from plausible Vietnamese: stray symbols plus impossible syllables."""
    return badness(text) + _bad_syllables(text)


def to_unicode(text: str, legacy: str | None = None) -> str:
    """Convert one value from a legacy table (if any) and compose it to NFC."""
    if legacy:
        return convert(text, CHARMAPS[legacy])
    return unicodedata.normalize("NFC", text)


def _best(sample: str, candidates: dict[str | None, str]) -> str | None:
    """The candidate whose decoding of `sample` is cleanest; the first one (as-is) on a tie."""
    scored = [(wrongness(text), i, name) for i, (name, text) in enumerate(candidates.items())]
    return min(scored)[2]


def detect_legacy(values: Iterable[str]) -> str | None:
    """The legacy table the (non-ASCII) values are written in, or None when they read as Unicode."""
    sample_parts: list[str] = []
    size = 0
    for v in values:
        if isinstance(v, str) and not v.isascii():
            sample_parts.append(v)
            size += len(v)
            if size > 20_000:
                break
    if not sample_parts:
        return None
    sample = "\n".join(sample_parts)
    if wrongness(sample) == 0:
        return None
    candidates: dict[str | None, str] = {None: sample}
    for name in LEGACY:
        candidates[name] = convert(sample, CHARMAPS[name])
    return _best(sample, candidates)


def repair(text: str) -> str:
    """One cell on its own (a header): converted only where a legacy table makes it clearly better."""
    if text.isascii():
        return text
    best, best_score = unicodedata.normalize("NFC", text), wrongness(text)
    for name in LEGACY:
        candidate = convert(text, CHARMAPS[name])
        score = wrongness(candidate)
        if score < best_score:
            best, best_score = candidate, score
    return best


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_zero = head[0::2].count(0) / len(head[0::2])
    odd_zero = head[1::2].count(0) / len(head[1::2])
    if odd_zero > 0.3 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.3 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _non_ascii_lines(text: str) -> str:
    return "\n".join(line for line in text[:_SAMPLE_BYTES].splitlines() if not line.isascii())


# A multi-byte UTF-8 character (two or three bytes: all of Vietnamese).
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")


def decode_bytes(data: bytes) -> Decoded:
    """Decode a text file's bytes. Raises UnicodeDecodeError only for bytes no candidate reads."""
    if data.startswith(codecs.BOM_UTF8):
        rest = data[len(codecs.BOM_UTF8) :]
        try:
            return Decoded(rest.decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            if _UTF8_SEQUENCE.search(rest):  # UTF-8 and other bytes mixed: no one reading is right
                n = len(codecs.BOM_UTF8)
                raise UnicodeDecodeError("utf-8", data, exc.start + n, exc.end + n, exc.reason) from None
            data = rest  # a legacy file some tool put a BOM in front of
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16"), "utf-16")
    bare16 = _utf16_without_bom(data)
    if bare16:
        return Decoded(data.decode(bare16), "utf-16")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # UTF-8 can still carry legacy surface characters ("Hµ Néi" re-saved as UTF-8).
        return Decoded(text, "utf-8", detect_legacy([_non_ascii_lines(text)]))
    one_to_one = data.decode("latin-1")
    sample = _non_ascii_lines(one_to_one)
    candidates: dict[str | None, str] = {}
    try:
        cp1258 = data.decode("cp1258")
    except UnicodeDecodeError:
        cp1258 = None
    else:
        candidates["cp1258"] = _non_ascii_lines(cp1258)
    for name in LEGACY:
        candidates[name] = _cached_convert(sample, name)
    choice = _best(sample, candidates)
    if choice == "cp1258" and cp1258 is not None:
        return Decoded(unicodedata.normalize("NFC", cp1258), "cp1258")
    return Decoded(one_to_one, "latin-1", choice)


def _valid_utf8(data: bytes) -> bool:
    """Whether data.decode("utf-8") would succeed, checked by Arrow without building the str
    (Arrow's validator rejects what Python's does: overlong forms, surrogates, > U+10FFFF)."""
    offsets = pa.array([0, len(data)], type=pa.int64()).buffers()[1]
    text = pa.Array.from_buffers(pa.large_string(), 1, [None, offsets, pa.py_buffer(data)])
    try:
        text.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def _utf8_head(data: bytes, chars: int) -> str:
    """The first `chars` characters (at least) of valid UTF-8 bytes."""
    size = 4 * chars + 4  # a character takes at most 4 bytes
    if len(data) <= size:
        return data.decode("utf-8")
    return codecs.getincrementaldecoder("utf-8")().decode(data[:size], final=False)


def decode_utf8_head(data: bytes, chars: int = _SAMPLE_BYTES) -> tuple[Decoded, bytes] | None:
    """For a file decode_bytes reads as UTF-8: the same Decoded but with only the first `chars`
    (at least) characters of text, and the UTF-8 bytes of the whole text (the file without its
    BOM). None for any other file. A big CSV is checked and parsed as bytes, never decoded whole.
    """
    chars = max(chars, _SAMPLE_BYTES)  # what decode_bytes samples for a legacy table
    if data.startswith(codecs.BOM_UTF8):
        body = data[len(codecs.BOM_UTF8) :]
        return (Decoded(_utf8_head(body, chars), "utf-8-sig"), body) if _valid_utf8(body) else None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(data):
        return None
    if not _valid_utf8(data):
        return None
    head = _utf8_head(data, chars)
    return Decoded(head, "utf-8", detect_legacy([_non_ascii_lines(head)])), data


@lru_cache(maxsize=8)
def _cached_convert(sample: str, name: str) -> str:
    return convert(sample, CHARMAPS[name])
