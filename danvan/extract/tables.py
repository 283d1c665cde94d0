"""Tables inside a report: rows of cells as offices paste them (TAB between cells) or as a .docx
table arrives (documents.py writes its rows the same way).

A table is two or more consecutive lines with a TAB. Its header row (the first row whose cells are
mostly words) names what each column counts (`column_reading`): "Số hội viên" (members), "Kết nạp
mới" (new members), "Chi hội"/"Cơ sở hội"/"CĐCS" (associations), "Dư nợ (triệu đồng)" (the loan
balance, in the unit the header gives — no unit, no reading), "Số hộ còn dư nợ" (borrowing
households), "Tỷ lệ nợ quá hạn (%)", "Mô hình Dân vận khéo". Each other row is about the unit or
the organization its first word cell names ("Xã Biên Sơn", "Hội Nông dân"; "Tổng", "Toàn huyện":
the document's own unit). Every cell under a known column is a figure, with its row and column
headers as evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from danvan.extract.numbers import find_quantities

_NUMERIC = re.compile(r"^[\s\d.,%()+\-–]*$")
_MONEY_UNIT = [
    (re.compile(r"nghìn tỷ|ngàn tỷ"), 1e12),
    (re.compile(r"tỷ"), 1e9),
    (re.compile(r"triệu"), 1e6),
    (re.compile(r"nghìn|ngàn"), 1e3),
    (re.compile(r"đồng|vnđ|vnd"), 1.0),
]
# (indicator, header pattern) in the order they are tried, on the folded header cell.
_COLUMNS: list[tuple[str, re.Pattern]] = [
    ("overdue_ratio", re.compile(r"(?:tỷ lệ|%).*(?:nợ quá hạn|nqh)|(?:nợ quá hạn|nqh).*(?:%|tỷ lệ)")),
    ("overdue_loans", re.compile(r"nợ quá hạn|nqh")),
    ("borrowing_households", re.compile(r"\bhộ\b.*(?:vay|dư nợ)|khách hàng|số hộ\b")),
    ("loan_balance", re.compile(r"dư nợ|vốn ủy thác")),
    ("savings_groups", re.compile(r"tổ\s*(?:tk|tiết kiệm)|số tổ")),
    ("dvk_models", re.compile(r"mô hình|dân vận khéo")),
    ("new_members", re.compile(r"(?:kết nạp|phát triển|hội viên mới|đoàn viên mới)")),
    ("members", re.compile(r"hội viên|đoàn viên")),
    (
        "associations",
        re.compile(r"chi hội|cơ sở hội|hội cơ sở|chi đoàn|cơ sở đoàn|cđcs|công đoàn cơ sở|tổ hội"),
    ),
]
_SKIP = re.compile(r"^(?:stt|tt|số tt|số thứ tự)$")
_TOTAL = re.compile(r"^(?:tổng(?: cộng| số)?|cộng|toàn (?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường))\b")


@dataclass(frozen=True)
class Cell:
    start: int  # the cell's span in the text
    end: int
    text: str


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    indicator: str
    scale: float  # money: the header's unit (1e6 for "triệu đồng"); counts 1
    span: tuple[int, int] = (0, 0)  # the header cell's place in the text


@dataclass(frozen=True)
class TableFigure:
    indicator: str
    value: float
    row_label: Cell  # the row's unit or organization as written
    header: str  # the column's header
    line_start: int  # the row's span (the figure's evidence with the header)
    line_end: int
    value_start: int
    value_end: int
    total: bool  # a total row: the document's own unit
    table_start: int
    header_span: tuple[int, int] = (0, 0)  # the column's header cell


@dataclass(frozen=True)
class Table:
    start: int
    end: int
    header_line: tuple[int, int]
    columns: list[Column]
    figures: list[TableFigure]


def _cells(text: str, a: int, b: int, shown: str | None = None) -> list[Cell]:
    """The cells of the line text[a:b] (split at its TABs); their text from `shown` when given (the
    folded copy, same positions, where a TAB is a space)."""
    out, pos = [], a
    for part in text[a:b].split("\t"):
        lead = len(part) - len(part.lstrip())
        cell_start, cell_end = pos + lead, pos + len(part.rstrip())
        out.append(Cell(cell_start, cell_end, (shown or text)[cell_start:cell_end]))
        pos += len(part) + 1
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def column_reading(header: str, table_unit: float | None = None) -> tuple[str, float] | None:
    """What a header cell counts, and the unit of money columns (the header's, else the table's:
    "(đơn vị: triệu đồng)" above it); None when it counts nothing known (or money without a unit)."""
    h = " ".join(header.lower().split())
    for indicator, pattern in _COLUMNS:
        if pattern.search(h):
            if indicator in ("loan_balance", "overdue_loans"):
                scale = next((s for p, s in _MONEY_UNIT if p.search(h)), table_unit)
                return (indicator, scale) if scale else None
            if indicator != "overdue_ratio" and re.search(r"tỷ lệ|%|bình quân|đăng ký|kế hoạch|chỉ tiêu", h):
                return None  # a share, an average, a registration or a target of the counted thing
            return indicator, 1.0
    return None


def find_tables(text: str, folded: str) -> list[Table]:
    """Every table of the text with its figures."""
    lines = _lines(text)
    blocks: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for a, b in lines:
        if "\t" in text[a:b] and len(_cells(text, a, b)) >= 2:
            current.append((a, b))
        else:
            if len(current) >= 2:
                blocks.append(current)
            current = []
    if len(current) >= 2:
        blocks.append(current)
    return [
        t
        for block in blocks
        if (t := _table(text, folded, block, _table_unit(folded, block[0][0]))) is not None
    ]


_UNIT_ABOVE = re.compile(r"đơn vị(?:\s+tính)?\s*:\s*(nghìn tỷ|tỷ|triệu|nghìn|ngàn)?\s*đồng")


def _table_unit(folded: str, start: int) -> float | None:
    """The money unit the lines just above a table give for all of it ("đơn vị: triệu đồng")."""
    found = list(_UNIT_ABOVE.finditer(folded, max(0, start - 250), start))
    if not found:
        return None
    word = found[-1].group(1) or "đồng"
    return next(s for p, s in _MONEY_UNIT if p.search(word))


def _table(
    text: str, folded: str, block: list[tuple[int, int]], table_unit: float | None = None
) -> Table | None:
    header_at = None
    for i, (a, b) in enumerate(block):
        cells = _cells(text, a, b, folded)
        words = [c for c in cells if c.text and not _NUMERIC.match(c.text)]
        if len(words) >= max(2, len(cells) // 2 + 1):
            header_at = i
            break
    if header_at is None:
        return None
    a, b = block[header_at]
    columns = []
    for i, cell in enumerate(_cells(text, a, b, folded)):
        reading = column_reading(cell.text, table_unit)
        if reading and not _SKIP.match(cell.text):
            columns.append(Column(i, text[cell.start : cell.end], *reading, span=(cell.start, cell.end)))
    figures: list[TableFigure] = []
    for a, b in block[header_at + 1 :]:
        cells = _cells(text, a, b)
        label = next(
            (c for c in cells if c.text and not _NUMERIC.match(c.text) and not _SKIP.match(c.text.lower())),
            None,
        )
        if label is None:
            continue
        total = bool(_TOTAL.match(" ".join(label.text.lower().split())))
        for col in columns:
            if col.index >= len(cells) or cells[col.index] is label:
                continue
            cell = cells[col.index]
            qs = [q for q in find_quantities(folded[cell.start : cell.end]) if q.start == 0]
            if len(qs) != 1 or qs[0].end != cell.end - cell.start:
                continue  # an empty cell, a dash, words
            q = qs[0]
            if col.indicator == "overdue_ratio":
                value = q.value
            elif q.unit == "%":
                continue
            else:
                value = q.value * col.scale
            figures.append(
                TableFigure(
                    indicator=col.indicator,
                    value=round(value, 6),
                    row_label=label,
                    header=col.header,
                    line_start=a,
                    line_end=b,
                    value_start=cell.start,
                    value_end=cell.end,
                    total=total,
                    table_start=block[0][0],
                    header_span=col.span,
                )
            )
    return Table(block[0][0], block[-1][1], block[header_at], columns, figures)
