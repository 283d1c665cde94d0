"""A page exported for meetings: a PowerPoint deck and a PDF report carrying its filters.

Deck: a native 16:9 slide (13,333 × 7,5 in; the template's master and layouts are widened too, so
no placeholder sits in a 4:3 area). A title slide (page, filters, date, data status), then one
slide per chart: its title, sized to wrap over at most two lines in a fixed box; the image, as
wide as the margins allow with its aspect kept, without the chart's title inside it (the slide
carries it); the summary sentence below; the sources in the notes. The overview's key indicators
are drawn as tiles with big numbers rather than as a table's image. Text boxes are sized from an
estimate of their lines (characters × an average width per point of type) and type is shrunk
rather than let to overflow. PDF: a cover with the applied filters, then one chart per page
with its summary and sources, the image sized to keep everything on the page; page numbers in
the footer.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from danvan import images, labels
from danvan.report import Chart, PageReport

Progress = Callable[[int, int], None]
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)

# Slide geometry in points (1 pt = 12 700 EMU): the 16:9 slide is 960 × 540 pt (13,333 × 7,5 in).
EMU_PER_PT = 12700
SLIDE_W, SLIDE_H = 960.0, 540.0
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM, GAP = 32.0, 14.0, 14.0, 6.0
CONTENT_W = SLIDE_W - 2 * MARGIN_X  # 896 pt
INSET_X, INSET_Y = 7.2, 3.6  # a text box's inner margins (PowerPoint's 0,1 and 0,05 in)
LINE = 1.2  # line height ÷ type size, set on every paragraph
CHAR_W = 0.55  # average character width ÷ type size (Vietnamese text in Calibri), rounded up
TITLE_SIZE, TITLE_LINES = 28.0, 2
TITLE_H = math.ceil(TITLE_LINES * LINE * TITLE_SIZE + 2 * INSET_Y)  # 75 pt: two lines at 28 pt
PICTURE_TOP = MARGIN_TOP + TITLE_H + GAP
SUMMARY_SIZE, NOTE_SIZE, SOURCE_SIZE = 16.0, 12.0, 11.0
TEXT_MAX_H = 120.0  # the summary and notes under a chart; their type shrinks beyond this
# Chart images: as wide as the slide's content, as tall as leaves two lines of summary and one of
# note under them (896 pt × 364 pt → 1280 × 520 px), at 3× for a projector or a print.
IMAGE_W, IMAGE_H, IMAGE_SCALE = 1280, 520, 3
COVER_TOP, COVER_GAP = 120.0, 12.0
COVER_TITLE_SIZES = (24.0, 40.0)  # the product's name, the page's title
COVER_TITLE_H = 130.0
COVER_FILTERS_SIZE, COVER_LINE_SIZE, COVER_FILTERS_MAX_H = 20.0, 16.0, 110.0
KPI_TILES, KPI_GAP, KPI_INSET = 6, 12.0, (14.0, 12.0)
KPI_SIZES = (18.0, 40.0, 14.0, 13.0, 12.0)  # name, value, period, change, reporting
DARK, GREY, BLUE, RED, TILE = "263238", "546E7A", "1565C0", "C62828", "ECEFF1"
# PDF geometry in mm (A4 landscape).
PAGE_W, PAGE_H, PDF_MARGIN, PDF_BOTTOM = 297.0, 210.0, 12.0, 15.0
PDF_IMAGE_MIN = 40.0  # mm: an image never shrinks below this (its text then runs onto a new page)


@dataclass(frozen=True)
class Para:
    """A paragraph of a text box: its text, type size (pt), weight and colour (hex RGB)."""

    text: str
    size: float
    bold: bool = False
    color: str = DARK


@dataclass(frozen=True)
class Tile:
    """One key indicator of the overview, as its table shows it."""

    name: str
    value: str
    period: str = ""
    change: str = ""
    reporting: str = ""


def render_images(report: PageReport, progress: Progress | None = None) -> list[tuple[Chart, bytes | None]]:
    """PNG of every chart that has data (None for the empty ones), reporting progress: the copy a
    slide or a page shows under its own title (no title inside the image)."""
    shown = report.charts
    out: list[tuple[Chart, bytes | None]] = []
    for i, chart in enumerate(shown, start=1):
        png = None
        if chart.figure is not None:
            png = images.render(chart.figure, "png", IMAGE_SCALE, width=IMAGE_W, height=IMAGE_H, title=False)
        out.append((chart, png))
        if progress:
            progress(i, len(shown))
    return out


def _status(report: PageReport) -> str:
    return labels.DECK_STATUS_DEMO if report.is_demo else labels.DECK_STATUS_SOURCED


def _cover_lines(report: PageReport, made: date) -> list[str]:
    return [
        f"{labels.DECK_FILTERS}: {report.view.subtitle}",
        labels.DECK_MADE.format(date=made.strftime("%d/%m/%Y")),
        _status(report),
    ]


def alt_text(chart: Chart) -> str:
    """What a screen reader says of a chart's picture: its title and summary sentence."""
    return (
        labels.DECK_ALT_TEXT.format(title=chart.title, summary=chart.summary)
        if chart.summary
        else chart.title
    )


# Text measure ----------------------------------------------------------------------------------


def line_count(text: str, size: float, width: float) -> int:
    """Lines a paragraph takes at `size` pt in a column `width` pt wide: words wrapped greedily,
    each character CHAR_W × size wide (an estimate on the safe side for Calibri)."""
    per_line = max(1, int(width / (CHAR_W * size)))
    count, used = 1, 0
    for word in text.split():
        n = len(word)
        if used and used + 1 + n <= per_line:
            used += 1 + n
            continue
        if used:
            count += 1
        count += (n - 1) // per_line  # a word longer than a line breaks inside it
        used = n - (n - 1) // per_line * per_line
    return count


def text_height(
    paras: Sequence[Para], width: float, inset: tuple[float, float] = (INSET_X, INSET_Y)
) -> float:
    """Height (pt) of a text box `width` pt wide that holds the paragraphs, its insets included."""
    inner = width - 2 * inset[0]
    return sum(line_count(p.text, p.size, inner) * LINE * p.size for p in paras) + 2 * inset[1]


def fit(
    paras: Sequence[Para],
    width: float,
    height: float,
    floor: float = 0.5,
    inset: tuple[float, float] = (INSET_X, INSET_Y),
) -> list[Para]:
    """The paragraphs at their sizes, or all scaled down together (to `floor` at least) until they
    fit a box of width × height pt."""
    scale = 1.0
    while True:
        sized = [replace(p, size=round(p.size * scale * 2) / 2) for p in paras]
        if text_height(sized, width, inset) <= height or scale <= floor:
            return sized
        scale = max(floor, scale - 0.05)


def one_line(para: Para, width: float) -> Para:
    """The paragraph at the largest size (in half points, up to its own) that keeps it on one line
    of a column `width` pt wide: a big number is never broken."""
    size = min(para.size, math.floor(2 * width / (CHAR_W * max(len(para.text), 1))) / 2)
    return replace(para, size=size)


def _pixels(png: bytes) -> tuple[int, int]:
    """Width and height of an image, in pixels."""
    from PIL import Image  # imported here, as the exporters are: only exports need it

    with Image.open(io.BytesIO(png)) as img:
        return img.size


# PowerPoint ------------------------------------------------------------------------------------


def _emu(pt: float) -> int:
    return round(pt * EMU_PER_PT)


def _widescreen(prs: Any) -> None:
    """The default template is 4:3 (10 × 7,5 in): widen the slide to 13,333 × 7,5 in and every
    shape of its master and layouts with it, so that what slides inherit is laid out for 16:9."""
    wide = 12192000
    factor = wide / prs.slide_width
    for shapes in (prs.slide_master.shapes, *(layout.shapes for layout in prs.slide_layouts)):
        for shape in shapes:
            if shape._element.xfrm is not None:  # a position of its own (others inherit it)
                shape.left, shape.width = round(shape.left * factor), round(shape.width * factor)
    prs.slide_width = wide
    prs._element.sldSz.attrib.pop("type", None)  # "screen4x3" no more: a custom (widescreen) size


def _write(
    frame: Any,
    paras: Sequence[Para],
    anchor: str = "top",
    align: str = "left",
    inset: tuple[float, float] = (INSET_X, INSET_Y),
) -> None:
    """Fill a text frame: no autofit (the box is sized for its text), fixed insets, the line height
    LINE × size on every paragraph."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
    from pptx.util import Pt

    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Pt(inset[0])
    frame.margin_top = frame.margin_bottom = Pt(inset[1])
    frame.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE}[anchor]
    frame.text = ""
    for i, para in enumerate(paras):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.alignment = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER}[align]
        p.line_spacing = Pt(LINE * para.size)
        p.space_before = p.space_after = Pt(0)
        run = p.add_run()
        run.text = para.text
        run.font.size = Pt(para.size)
        run.font.bold = para.bold
        run.font.color.rgb = RGBColor.from_string(para.color)


def _place(shape: Any, left: float, top: float, width: float, height: float) -> None:
    shape.left, shape.top, shape.width, shape.height = _emu(left), _emu(top), _emu(width), _emu(height)


def _textbox(slide: Any, paras: Sequence[Para], left: float, top: float, width: float, height: float) -> Any:
    box = slide.shapes.add_textbox(_emu(left), _emu(top), _emu(width), _emu(height))
    _write(box.text_frame, paras)
    return box


def _slide_title(slide: Any, paras: Sequence[Para], top: float, height: float, align: str = "left") -> None:
    """The layout's title placeholder (what outlines and screen readers take for the title), placed
    for 16:9 and sized so its text fits."""
    title = slide.shapes.title
    _place(title, MARGIN_X, top, CONTENT_W, height)
    _write(title.text_frame, fit(paras, CONTENT_W, height), "middle", align)


def _cover(prs: Any, report: PageReport, made: date) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only, widened
    small, big = COVER_TITLE_SIZES
    _slide_title(
        slide,
        [Para(labels.APP_TITLE, small, color=GREY), Para(report.title, big, bold=True)],
        COVER_TOP,
        COVER_TITLE_H,
    )
    filters, made_line, status = _cover_lines(report, made)
    top = COVER_TOP + COVER_TITLE_H + COVER_GAP
    for paras, max_h in (
        ([Para(filters, COVER_FILTERS_SIZE)], COVER_FILTERS_MAX_H),
        ([Para(made_line, COVER_LINE_SIZE, color=GREY)], SLIDE_H),
        ([Para(status, COVER_LINE_SIZE, color=RED if report.is_demo else GREY)], SLIDE_H),
    ):
        sized = fit(paras, CONTENT_W, max_h)
        height = math.ceil(text_height(sized, CONTENT_W))
        _textbox(slide, sized, MARGIN_X, top, CONTENT_W, height)
        top += height + COVER_GAP


def _under(chart: Chart, extra: Sequence[Para] = ()) -> list[Para]:
    """What goes under a chart: its summary, then the note, fitted to TEXT_MAX_H."""
    paras = [Para(chart.summary, SUMMARY_SIZE)] if chart.summary else []
    if chart.note:  # the periods some communes did not report
        paras.append(Para(chart.note, NOTE_SIZE, color=GREY))
    paras += extra
    return fit(paras, CONTENT_W, TEXT_MAX_H) if paras else []


def _picture(slide: Any, chart: Chart, png: bytes) -> None:
    """The image as wide as the margins allow with its aspect kept, the summary right under it."""
    under = _under(chart)
    under_h = math.ceil(text_height(under, CONTENT_W)) if under else 0.0
    room = SLIDE_H - MARGIN_BOTTOM - PICTURE_TOP - (under_h + GAP if under else 0.0)
    px_w, px_h = _pixels(png)
    scale = min(CONTENT_W / px_w, room / px_h)
    width, height = px_w * scale, px_h * scale
    left = MARGIN_X + (CONTENT_W - width) / 2
    pic = slide.shapes.add_picture(io.BytesIO(png), _emu(left), _emu(PICTURE_TOP), _emu(width), _emu(height))
    text = alt_text(chart)
    pic._element.nvPicPr.cNvPr.set("descr", text)
    pic._element.nvPicPr.cNvPr.set("title", chart.title)
    pic.name = chart.title
    if under:
        _textbox(slide, under, MARGIN_X, PICTURE_TOP + height + GAP, CONTENT_W, under_h)


def kpi_tiles(chart: Chart) -> list[Tile]:
    """The key indicators as the overview's table holds them (its name, value in the registry's
    unit, change and reporting columns: the chart's rows, profile.table), with each value's
    period; [] when the chart has no such table."""
    if chart.table is None or labels.COL_VALUE not in chart.table:
        return []
    columns = {c: chart.table[c].tolist() for c in chart.table.columns}
    names, values = columns.get(labels.COL_INDICATOR, ()), columns.get(labels.COL_VALUE, ())
    changes = columns.get(labels.COL_CHANGE, [""] * len(values))
    reporting = columns.get(labels.COL_REPORTING, [""] * len(values))
    data = chart.data
    known = data.dropna(subset=["value"]) if "value" in data else data.iloc[0:0]
    periods = known["period_label"].tolist() if "period_label" in known else []
    if len(periods) != len(values):  # rows that are not one per indicator: no periods
        periods = [""] * len(values)
    return [
        Tile(
            str(n),
            str(v),
            str(p),
            str(c or ""),
            "" if r in ("", labels.REPORTING_ALL) else str(r),
        )
        for n, v, p, c, r in zip(names, values, periods, changes, reporting, strict=True)
    ]


def _grid(n: int) -> tuple[int, int]:
    """Columns and rows of n tiles: 3 a row at most, 2 × 2 for four."""
    cols = n if n <= 3 else (2 if n == 4 else 3)
    return cols, math.ceil(n / cols)


def _kpi_slide(slide: Any, chart: Chart, tiles: Sequence[Tile]) -> None:
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE

    extra = [Para(chart.source_text, SOURCE_SIZE, color=GREY)] if chart.source_text else []
    if chart.is_demo:
        extra.append(Para(labels.DEMO_STAMP, NOTE_SIZE, bold=True, color=RED))
    under = _under(chart, extra)
    under_h = math.ceil(text_height(under, CONTENT_W)) if under else 0.0
    bottom = SLIDE_H - MARGIN_BOTTOM - (under_h + GAP if under else 0.0)
    shown = list(tiles)[:KPI_TILES]
    cols, rows = _grid(len(shown))
    width = (CONTENT_W - (cols - 1) * KPI_GAP) / cols
    height = (bottom - PICTURE_TOP - (rows - 1) * KPI_GAP) / rows
    name, biggest, period, change, reporting = KPI_SIZES
    inner = width - 2 * KPI_INSET[0]
    value = min(one_line(Para(t.value, biggest), inner).size for t in shown)  # one size for all
    for i, tile in enumerate(shown):
        row, col = divmod(i, cols)
        left = MARGIN_X + col * (width + KPI_GAP)
        top = PICTURE_TOP + row * (height + KPI_GAP)
        box = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, _emu(left), _emu(top), _emu(width), _emu(height))
        box.name = tile.name
        box.fill.solid()
        box.fill.fore_color.rgb = RGBColor.from_string(TILE)
        box.line.fill.background()
        box.shadow.inherit = False
        paras = [Para(tile.name, name, bold=True), Para(tile.value, value, bold=True, color=BLUE)]
        paras += [Para(tile.period, period, color=GREY)] if tile.period else []
        paras += [Para(tile.change, change)] if tile.change else []
        paras += [Para(tile.reporting, reporting, color=RED)] if tile.reporting else []
        _write(box.text_frame, fit(paras, width, height, inset=KPI_INSET), inset=KPI_INSET)
    if under:
        _textbox(slide, under, MARGIN_X, bottom + GAP, CONTENT_W, under_h)


def pptx(report: PageReport, rendered: list[tuple[Chart, bytes | None]], made: date | None = None) -> bytes:
    from pptx import Presentation

    made = made or date.today()
    prs = Presentation()
    _widescreen(prs)
    _cover(prs, report, made)
    for chart, png in rendered:
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only, widened
        _slide_title(slide, [Para(chart.title, TITLE_SIZE)], MARGIN_TOP, TITLE_H)
        tiles = kpi_tiles(chart) if report.page == "overview" and chart.key == "kpis" else []
        if tiles:
            _kpi_slide(slide, chart, tiles)
        elif png is not None:
            _picture(slide, chart, png)
        else:
            paras = fit(
                [Para(labels.DECK_NO_CHART.format(reason=chart.empty), SUMMARY_SIZE)], CONTENT_W, TEXT_MAX_H
            )
            _textbox(slide, paras, MARGIN_X, PICTURE_TOP, CONTENT_W, math.ceil(text_height(paras, CONTENT_W)))
        slide.notes_slide.notes_text_frame.text = "\n".join(
            [chart.source_text or labels.DECK_SOURCES + ": —", report.view.subtitle]
        )
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


# PDF -------------------------------------------------------------------------------------------


def _font() -> Path:
    for path in FONT_CANDIDATES:
        if path.exists():
            return path
    raise images.ImageError(labels.ERR_NO_FONT)


def pdf(report: PageReport, rendered: list[tuple[Chart, bytes | None]], made: date | None = None) -> bytes:
    from fpdf import FPDF

    made = made or date.today()
    font = _font()

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("body", size=9)
            self.cell(0, 8, labels.DECK_PAGE.format(page=self.page_no(), pages="{nb}"), align="C")

    doc = Report(orientation="landscape", unit="mm", format="A4")
    doc.alias_nb_pages("{nb}")
    doc.add_font("body", fname=str(font))
    doc.set_margins(PDF_MARGIN, PDF_MARGIN, PDF_MARGIN)
    doc.set_auto_page_break(auto=True, margin=PDF_BOTTOM)
    doc.add_page()
    doc.set_font("body", size=26)
    doc.ln(30)
    doc.multi_cell(0, 12, f"{labels.APP_TITLE}\n{report.title}", align="C", new_x="LMARGIN", new_y="NEXT")
    doc.ln(10)
    doc.set_font("body", size=13)
    for line in _cover_lines(report, made):
        doc.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")

    for chart, png in rendered:
        doc.add_page()
        doc.set_font("body", size=18)
        doc.multi_cell(0, 9, chart.title, new_x="LMARGIN", new_y="NEXT")
        under: list[tuple[float, float, str]] = []  # (type size, line height, text)
        if png is None:
            under.append((12, 7, labels.DECK_NO_CHART.format(reason=chart.empty)))
        else:
            under += [(11, 6, chart.summary)] if chart.summary else []
            under += [(9, 5, chart.note)] if chart.note else []  # communes short of reports
        under += [(8, 5, chart.source_text)] if chart.source_text else []
        if png is not None:
            needed = 0.0
            for size, height, text in under:
                doc.set_font("body", size=size)
                lines = doc.multi_cell(0, height, text, dry_run=True, output="LINES")
                needed += height * len(lines)
            px_w, px_h = _pixels(png)
            top = doc.get_y() + 2
            room = max(PAGE_H - PDF_BOTTOM - top - 2 - needed, PDF_IMAGE_MIN)
            full = PAGE_W - 2 * PDF_MARGIN
            scale = min(full / px_w, room / px_h)
            width, height = px_w * scale, px_h * scale
            doc.image(
                io.BytesIO(png),
                x=(PAGE_W - width) / 2,
                y=top,
                w=width,
                h=height,
                title=chart.title,
                alt_text=alt_text(chart),
            )
            doc.set_y(top + height + 2)
        for size, height, text in under:
            doc.set_font("body", size=size)
            doc.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def export(report: PageReport, fmt: str, progress: Progress | None = None) -> bytes:
    """The page as 'pptx' or 'pdf' bytes."""
    rendered = render_images(report, progress)
    return pptx(report, rendered) if fmt == "pptx" else pdf(report, rendered)
