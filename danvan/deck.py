"""A page exported for meetings: a PowerPoint deck and a PDF report carrying its filters.

Deck: a title slide (page, filters, date, data status), then one slide per chart with its title,
the image and the summary sentence, the sources in the slide notes. PDF: a cover with the applied
filters, then one chart per page with its summary and sources, page numbers in the footer.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from danvan import images, labels
from danvan.report import Chart, PageReport

Progress = Callable[[int, int], None]
FONT_CANDIDATES = (
    Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"),
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
)


def render_images(report: PageReport, progress: Progress | None = None) -> list[tuple[Chart, bytes | None]]:
    """PNG of every chart that has data (None for the empty ones), reporting progress."""
    shown = report.charts
    out: list[tuple[Chart, bytes | None]] = []
    for i, chart in enumerate(shown, start=1):
        out.append((chart, images.render(chart.figure) if chart.figure is not None else None))
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


def pptx(report: PageReport, rendered: list[tuple[Chart, bytes | None]], made: date | None = None) -> bytes:
    from pptx import Presentation
    from pptx.util import Emu, Pt

    made = made or date.today()
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(12192000), Emu(6858000)  # 16:9
    title_slide = prs.slides.add_slide(prs.slide_layouts[0])
    title_slide.shapes.title.text = f"{labels.APP_TITLE}: {report.title}"
    title_slide.placeholders[1].text = "\n".join(_cover_lines(report, made))
    for chart, png in rendered:
        slide = prs.slides.add_slide(prs.slide_layouts[5])  # title only
        slide.shapes.title.text = chart.title
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(28)
        top = Emu(1100000)
        if png is not None:
            height = Emu(4600000)
            width = Emu(int(height * 16 / 9))
            slide.shapes.add_picture(io.BytesIO(png), (prs.slide_width - width) // 2, top, width, height)
            text = "\n".join(x for x in (chart.summary, chart.note) if x)
        else:
            text = labels.DECK_NO_CHART.format(reason=chart.empty)
        box = slide.shapes.add_textbox(Emu(600000), Emu(5850000), prs.slide_width - Emu(1200000), Emu(800000))
        box.text_frame.word_wrap = True
        box.text_frame.text = text
        for i, paragraph in enumerate(box.text_frame.paragraphs):  # the summary, then the note
            paragraph.font.size = Pt(16 if i == 0 else 12)
        slide.notes_slide.notes_text_frame.text = "\n".join(
            [chart.source_text or labels.DECK_SOURCES + ": —", report.view.subtitle]
        )
    buf = io.BytesIO()
    prs.save(buf)
    return buf.getvalue()


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
    doc.set_auto_page_break(auto=True, margin=15)
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
        if png is not None:
            width = 230
            doc.image(io.BytesIO(png), x=(297 - width) / 2, w=width, h=width * 9 / 16)
            doc.ln(2)
            doc.set_font("body", size=11)
            doc.multi_cell(0, 6, chart.summary, new_x="LMARGIN", new_y="NEXT")
            if chart.note:  # the periods some communes did not report
                doc.set_font("body", size=9)
                doc.multi_cell(0, 5, chart.note, new_x="LMARGIN", new_y="NEXT")
        else:
            doc.set_font("body", size=12)
            doc.multi_cell(
                0, 7, labels.DECK_NO_CHART.format(reason=chart.empty), new_x="LMARGIN", new_y="NEXT"
            )
        if chart.source_text:
            doc.set_font("body", size=8)
            doc.multi_cell(0, 5, chart.source_text, new_x="LMARGIN", new_y="NEXT")
    return bytes(doc.output())


def export(report: PageReport, fmt: str, progress: Progress | None = None) -> bytes:
    """The page as 'pptx' or 'pdf' bytes."""
    rendered = render_images(report, progress)
    return pptx(report, rendered) if fmt == "pptx" else pdf(report, rendered)
