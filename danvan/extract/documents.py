"""The text of a document file: .txt (any encoding the offices use), .docx, text-based .pdf.

.txt goes through the intake's decoder (UTF-8/16, CP1258 and the legacy 8-bit fonts TCVN3, VNI,
VISCII). .docx is read from its XML (paragraphs become lines, a table's rows lines of TAB-separated cells,
as tables.py reads them; no extra dependency); a .pdf's tables likewise, from the columns of its
text layer's layout. A .pdf must
carry a text layer (a scan has none: the error says so); its lines, wrapped at the page width,
are rejoined by the sentence splitter (a line starting in lower case continues the one before).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from danvan import labels
from danvan.extract.fold import prepare
from danvan.intake.encodings import decode_bytes, to_unicode

KINDS = ("txt", "docx", "pdf")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class DocumentError(ValueError):
    """A file whose text cannot be read, with a Vietnamese message."""


def kind_of(name: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix in ("txt", "text", ""):
        return "txt"
    if suffix in KINDS:
        return suffix
    raise DocumentError(labels.EXT_ERR_FILE_KIND.format(name=name))


def text_of(name: str, data: bytes) -> str:
    """The document's text (NFC, "\\n" line ends)."""
    kind = kind_of(name)
    if kind == "txt":
        try:
            decoded = decode_bytes(data)
        except UnicodeDecodeError as exc:
            raise DocumentError(
                labels.EXT_ERR_FILE_READ.format(name=name, detail=labels.EXT_WHY_TEXT_ENCODING)
            ) from exc
        text = to_unicode(decoded.text, decoded.legacy) if decoded.legacy else decoded.text
        return prepare(text)
    if kind == "docx":
        return prepare(_docx_text(name, data))
    return prepare(_pdf_text(name, data))


def read_path(path: str | Path) -> str:
    path = Path(path)
    if not path.exists():
        raise DocumentError(labels.EXT_ERR_NO_FILE.format(path=path))
    return text_of(path.name, path.read_bytes())


def _docx_text(name: str, data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            xml = z.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, EOFError, OSError) as exc:
        raise DocumentError(
            labels.EXT_ERR_FILE_READ.format(name=name, detail=labels.EXT_WHY_DOCX_BROKEN)
        ) from exc
    body = root.find(f"{_W}body")
    lines: list[str] = []
    for block in body if body is not None else root:
        if block.tag == f"{_W}p":
            lines.append(_paragraph_text(block))
        elif block.tag == f"{_W}tbl":
            lines += _table_lines(block)
    return "\n".join(lines)


def _paragraph_text(para) -> str:
    parts = []
    for node in para.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def _table_lines(table) -> list[str]:
    """A Word table as the extractor reads tables: a line per row, a TAB between cells (a cell's own
    paragraphs joined by spaces; a cell merged over several columns repeated in each)."""
    out = []
    for row in table.iter(f"{_W}tr"):
        cells = []
        for cell in row.findall(f"{_W}tc"):
            text = " ".join(t for p in cell.iter(f"{_W}p") if (t := _paragraph_text(p).strip()))
            span = cell.find(f"{_W}tcPr/{_W}gridSpan")
            repeat = int(span.get(f"{_W}val", "1")) if span is not None else 1
            cells += [text.replace("\t", " ")] * max(1, repeat)
        out.append("\t".join(cells))
    return out


_GAP = re.compile(r"\s{2,}")
_NUMERIC_CELL = re.compile(r"^[\d.,%()\-–]+$")


def _pdf_page_text(page) -> str:
    """A PDF page's text; a table's rows (columns apart on the page) as lines of TAB-separated cells,
    the form tables.py reads. The layout of the text layer shows the columns as runs of spaces; a
    row is a line of three cells or more with a figure in one of them, its header the line above
    with as many cells."""
    plain = page.extract_text() or ""
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except Exception:  # pypdf's layout mode is best effort: the plain text stays
        return plain
    lines = [line.strip() for line in layout.split("\n")]
    cells = [_GAP.split(line) if line else [] for line in lines]
    rows = {i for i, c in enumerate(cells) if len(c) >= 3 and any(_NUMERIC_CELL.match(x) for x in c)}
    if not rows:
        return plain
    for i in sorted(rows):  # the header: the nearest non-blank line above, with as many cells
        j = i - 1
        while j >= 0 and not lines[j]:
            j -= 1
        if j >= 0 and j not in rows and len(cells[j]) == len(cells[i]):
            rows.add(j)
    out: list[str] = []
    for i, line in enumerate(lines):
        if i in rows:
            out.append("\t".join(cells[i]))
        elif line:
            out.append(" ".join(line.split()))
        elif not (out and "\t" in out[-1] and any(k in rows for k in range(i + 1, min(i + 3, len(lines))))):
            out.append("")  # a blank line, but not between two rows of one table
    return "\n".join(out)


def _pdf_text(name: str, data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [_pdf_page_text(page) for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        # pypdf's own words are English and name its internals: the office needs what to do
        raise DocumentError(
            labels.EXT_ERR_FILE_READ.format(name=name, detail=labels.EXT_WHY_PDF_BROKEN)
        ) from exc
    text = "\n".join(pages)
    if not text.strip():
        raise DocumentError(labels.EXT_ERR_PDF_NO_TEXT.format(name=name))
    return text
