"""Paragraphs and sentences, as character spans of the prepared text.

A line break ends a paragraph, except where the next line starts in lower case (a line wrapped
by a PDF export or an editor). A sentence ends at ".", "!", "?" or "…" followed by a space and a
capital letter, a digit or a quote — but not after an abbreviation ("TP. Hồ Chí Minh",
"ThS. Nguyễn", "Nguyễn Thị H."). Decimal and thousands separators never end a sentence because
they are not followed by a space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = {
    "tp",
    "q",
    "p",
    "tx",
    "tt",
    "ths",
    "ts",
    "pgs",
    "gs",
    "bs",
    "đc",
    "đ/c",
    "v.v",
    "vv",
    "x",
    "h",
}
_END = re.compile(r"[.!?](?=[\s\"')\]]*\s+[\"'(]?[A-ZÀ-Ỹ0-9])")
_WORD_BEFORE = re.compile(r"([\w/.]+)$")
_NOISE_LINE = re.compile(r"^\s*(?:trang\s*)?\d+(?:\s*/\s*\d+)?\s*$|^\s*(?:https?://|www\.)\S+\s*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int

    def text(self, text: str) -> str:
        return text[self.start : self.end]


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans; a line starting in lower case continues the one before."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\n", text):
        rest = text[m.end() : m.end() + 40].lstrip(" \t")
        if rest and rest[0].islower() and text[start : m.start()].strip():
            continue  # wrapped line
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append((a, b))
    return out


def is_noise(line: str) -> bool:
    """A page counter ("3", "Trang 2/5") or a bare web address: never a source of figures."""
    return bool(_NOISE_LINE.match(line))


def sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for p_index, (a, b) in enumerate(paragraphs(text)):
        if is_noise(text[a:b]):
            continue
        start = a
        for m in _END.finditer(text, a, b):
            before = _WORD_BEFORE.search(text, start, m.start())
            word = before.group(1) if before else ""
            if word.lower().rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
            out.append(Sentence(start, m.end(), p_index, len(out)))
            start = m.end()
            while start < b and text[start].isspace():
                start += 1
        if start < b:
            out.append(Sentence(start, b, p_index, len(out)))
    return out
