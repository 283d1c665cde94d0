"""The deck's and the PDF's layout: a native 16:9 slide, every shape inside it and none over
another, one title per chart slide sized so that it wraps over two lines at most, the picture at
full width with its aspect kept and without the chart's title, alt text, cover boxes tall enough
for their text, the overview's key indicators as tiles with big numbers.

Expectations are computed by hand from the slide's size (13,333 × 7,5 in = 960 × 540 pt), the
margins and a rough text measure: lines = ceil(characters × 0,5 × size ÷ width) at 1,2 × size a
line. Most checks use a small stand-in PNG; one renders a chart for real with Chromium.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import replace
from datetime import date

import duckdb
import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from danvan import deck, formatting, images, labels, report
from danvan import queries as q

EMU_PER_PT = 12700
SLIDE_W, SLIDE_H = 12192000, 6858000  # 13,333 × 7,5 in
MARGIN = 32 * EMU_PER_PT  # the side margins, 32 pt
CONTENT_W = SLIDE_W - 2 * MARGIN  # 896 pt = 11 379 200 EMU
BUCKETS = ("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")
MADE = date(2026, 11, 23)


def png(width: int, height: int) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(buf, "PNG")
    return buf.getvalue()


WIDE_PNG = png(128, 52)  # the rendered images' aspect: 1280 × 520 px
SQUARE_PNG = png(60, 60)


@pytest.fixture(scope="module")
def con(small_db):
    with duckdb.connect(str(small_db), read_only=True) as c:
        yield c


def _view(area_id: str = "12", area_name: str = "Lai Châu", org_names: tuple[str, ...] = ()) -> report.View:
    f = q.Filters(date_from=date(2024, 3, 31), date_to=date(2024, 12, 31), area_id=area_id)
    return report.View(f, BUCKETS, "yoy", area_name, org_names)


@pytest.fixture(scope="module")
def members(con):
    return report.build(con, "members", _view())


@pytest.fixture(scope="module")
def overview(con):
    return report.build(con, "overview", _view())


def fake(page: report.PageReport, image: bytes = WIDE_PNG) -> list[tuple[report.Chart, bytes | None]]:
    return [(c, image if c.figure is not None else None) for c in page.charts]


def deck_of(page: report.PageReport, image: bytes = WIDE_PNG):
    return Presentation(io.BytesIO(deck.pptx(page, fake(page, image), made=MADE)))


def box(shape) -> tuple[int, int, int, int]:
    return shape.left, shape.top, shape.left + shape.width, shape.top + shape.height


def texts(slide) -> list[str]:
    return [sh.text_frame.text for sh in slide.shapes if sh.has_text_frame]


def pt(emu: int) -> float:
    return emu / EMU_PER_PT


def fits(shape) -> bool:
    """The rough measure: each paragraph's lines at 0,5 × size a character, 1,2 × size a line."""
    tf = shape.text_frame
    width = pt(shape.width - tf.margin_left - tf.margin_right)
    needed = 0.0
    for p in tf.paragraphs:
        size = p.runs[0].font.size.pt
        needed += math.ceil(len(p.text) * 0.5 * size / width) * 1.2 * size
    return needed <= pt(shape.height - tf.margin_top - tf.margin_bottom)


def test_the_slide_and_its_template_are_16_9(members):
    prs = deck_of(members)
    assert (prs.slide_width, prs.slide_height) == (SLIDE_W, SLIDE_H)
    assert prs._element.sldSz.get("type") != "screen4x3"
    # the default template's master title (0,5 in from the left, 9 in wide on a 10-in slide) is
    # widened by 4/3: 0,667 in from the left, 12 in wide, centred on the 13,333-in slide
    title = prs.slide_master.shapes[0]
    assert (title.left, title.width) == (609600, 10972800)
    for layout in prs.slide_layouts:
        for shape in layout.placeholders:  # own or inherited positions, all on the wide slide
            assert shape.left >= 0 and shape.left + shape.width <= SLIDE_W
    for slide in prs.slides:
        assert slide.slide_layout.name == "Title Only"


@pytest.mark.parametrize("page", ["members", "overview"])
@pytest.mark.parametrize("image", [WIDE_PNG, SQUARE_PNG], ids=["wide", "square"])
def test_every_shape_inside_the_slide_and_none_over_another(page, image, request):
    prs = deck_of(request.getfixturevalue(page), image)
    for n, slide in enumerate(prs.slides, start=1):
        boxes = [box(sh) for sh in slide.shapes]
        for left, top, right, bottom in boxes:
            assert 0 <= left < right <= SLIDE_W and 0 <= top < bottom <= SLIDE_H, n
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                overlap_x = min(a[2], b[2]) - max(a[0], b[0])
                overlap_y = min(a[3], b[3]) - max(a[1], b[1])
                assert overlap_x <= 0 or overlap_y <= 0, (n, a, b)


def test_one_title_per_chart_slide_that_fits_two_lines(members, overview):
    for page in (members, overview):
        prs = deck_of(page)
        heights = set()
        for slide, chart in zip(list(prs.slides)[1:], page.charts, strict=True):
            title = slide.shapes.title
            assert title.text == chart.title
            assert texts(slide).count(chart.title) == 1
            titles = [sh for sh in slide.shapes if sh.is_placeholder]
            assert titles == [title]  # no other placeholder (no empty "click to add" box)
            size = title.text_frame.paragraphs[0].runs[0].font.size.pt
            assert size == 28
            assert fits(title)
            heights.add(title.height)
        assert len(heights) == 1  # the title box is the same on every slide


def _longest_titles(con) -> list[str]:
    """The longest chart titles the pages make: maps of the longest indicator name in the longest
    province's name, the rankings' table, the chart titles in labels."""
    names = q.registry(con)["indicator"]["name"].tolist()
    longest = max(names, key=len)
    charts = [v for k, v in vars(labels).items() if k.startswith("CHART_") and isinstance(v, str)]
    return [
        labels.CHART_MAP.format(name=longest),
        labels.CHART_MAP_UNITS.format(name=longest, area="Thành phố Hồ Chí Minh"),
        f"{labels.CHART_RANKING_TABLE}: {longest}",
        *[c for c in charts if "{" not in c],
    ]


def test_the_longest_titles_keep_28_pt_and_a_longer_one_shrinks(members, con):
    titles = _longest_titles(con)
    assert max(len(t) for t in titles) >= 70  # «Bản đồ: Mô hình "Dân vận khéo" lũy kế theo đơn vị …»
    charts = [replace(members.charts[0], title=t) for t in titles]
    very_long = " ".join([titles[1]] * 2)  # 150 characters: three lines at 28 pt
    charts.append(replace(members.charts[0], title=very_long))
    page = replace(members, charts=charts)
    prs = deck_of(page)
    for slide, chart in zip(list(prs.slides)[1:], charts, strict=True):
        title = slide.shapes.title
        size = title.text_frame.paragraphs[0].runs[0].font.size.pt
        width = pt(title.width - title.text_frame.margin_left - title.text_frame.margin_right)
        lines = math.ceil(len(chart.title) * 0.5 * size / width)
        assert lines * 1.2 * size <= pt(title.height)
        if chart.title == very_long:
            assert size < 28
        else:
            assert size == 28 and lines <= 2, chart.title


def test_the_picture_spans_the_margins_with_its_aspect_and_the_summary_under_it(members):
    prs = deck_of(members)
    full = 0
    for slide, chart in zip(list(prs.slides)[1:], members.charts, strict=True):
        pictures = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE]
        if chart.figure is None:
            assert pictures == []
            continue
        (pic,) = pictures
        assert abs(pic.width / pic.height - 128 / 52) < 0.001  # not stretched
        assert pic.width <= CONTENT_W and abs(pic.left + pic.width / 2 - SLIDE_W / 2) <= 1
        assert pic.top >= slide.shapes.title.top + slide.shapes.title.height
        full += abs(pic.width - CONTENT_W) <= 1
        (under,) = [sh for sh in slide.shapes if sh.has_text_frame and chart.summary in sh.text_frame.text]
        assert under.top >= pic.top + pic.height and under.top + under.height <= SLIDE_H
        assert fits(under)
    assert full >= 1  # 896 pt wide × 364 pt fits under the title with two lines of summary


def test_square_image_keeps_its_aspect(members):
    prs = deck_of(members, SQUARE_PNG)
    pic = next(sh for sh in list(prs.slides)[1].shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert pic.width == pic.height or abs(pic.width - pic.height) <= 1
    assert pic.height < SLIDE_H / 2 + SLIDE_H / 4  # limited by the height left, not the width


def test_alt_text_is_the_title_and_summary(members, overview):
    for page in (members, overview):
        prs = deck_of(page)
        for slide, chart in zip(list(prs.slides)[1:], page.charts, strict=True):
            for pic in (sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE):
                props = pic._element.nvPicPr.cNvPr
                expected = f"{chart.title}. {chart.summary}" if chart.summary else chart.title
                assert props.get("descr") == expected != "image.png"
                assert props.get("title") == chart.title


@pytest.mark.parametrize("many", [False, True], ids=["lai_chau", "long_filters"])
def test_cover_boxes_are_tall_enough_for_their_lines(con, many):
    orgs = tuple(q.registry(con)["organization"]["short_name"]) if many else ()
    view = _view("79", "Thành phố Hồ Chí Minh", orgs) if many else _view()
    page = report.build(con, "members", view)
    prs = deck_of(page)
    cover = next(iter(prs.slides))
    boxes = [sh for sh in cover.shapes if sh.has_text_frame]
    shown = "\n".join(sh.text_frame.text for sh in boxes)
    assert f"{labels.APP_TITLE}\n{labels.PAGE_TITLES['members']}" in shown
    assert f"{labels.DECK_FILTERS}: {view.subtitle}" in shown
    assert "Lập ngày 23/11/2026" in shown and labels.DECK_STATUS_DEMO in shown
    if many:
        assert len(view.subtitle) > 120  # more than a line at 20 pt
    for shape in boxes:
        assert fits(shape), shape.text_frame.text


def test_overview_has_a_kpi_slide_with_big_numbers(overview, con):
    indicators = q.registry(con)["indicator"]
    known = {code: k for code, k in overview.kpis.items() if k.value is not None}
    assert len(known) >= 4
    prs = deck_of(overview)
    (at,) = [i for i, c in enumerate(overview.charts) if c.key == "kpis"]
    slide = list(prs.slides)[at + 1]
    assert slide.shapes.title.text == labels.CHART_KPIS
    assert not any(sh.shape_type == MSO_SHAPE_TYPE.PICTURE for sh in slide.shapes)  # no table image
    tiles = [sh for sh in slide.shapes if sh.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE]
    assert len(tiles) == min(6, len(known))
    shown = "\n".join(texts(slide))
    for code, k in list(known.items())[:6]:
        unit = indicators.loc[code, "unit"]
        value = formatting.value(k.value, unit)
        assert value in shown, (code, value)
        assert indicators.loc[code, "name"] in shown
        if unit == "đồng":
            assert value.endswith(" tỷ đồng")
    for tile in tiles:
        paragraphs = tile.text_frame.paragraphs
        big = paragraphs[1].runs[0].font.size.pt  # the value, under the name
        assert big >= 28 and all(p.runs[0].font.size.pt < big for p in paragraphs if p is not paragraphs[1])
        assert fits(tile)
    # one row of three and one of three, inside the margins
    lefts = sorted({t.left for t in tiles})
    assert len(lefts) == 3 and lefts[0] == MARGIN


def _image_boxes(page) -> list[tuple[float, float, float, float]]:
    """Where each image is drawn (x0, y0, x1, y1 in pt), from the `cm` before its `Do`."""
    found: list[tuple[float, float, float, float]] = []
    matrix: list[float] = []

    def visit(op, args, cm, tm):
        nonlocal matrix
        if op == b"cm":
            matrix = [float(a) for a in args]
        if op == b"Do" and matrix:
            a, _, _, d, e, f = matrix
            found.append((e, f, e + a, f + d))

    page.extract_text(visitor_operand_before=visit)
    return found


def test_pdf_keeps_each_chart_on_its_page_without_a_second_title(members):
    for image in (WIDE_PNG, SQUARE_PNG):
        with Image.open(io.BytesIO(image)) as img:
            aspect = img.width / img.height
        pdf = PdfReader(io.BytesIO(deck.pdf(members, fake(members, image), made=MADE)))
        assert len(pdf.pages) == 1 + len(members.charts)
        for page, chart in zip(pdf.pages[1:], members.charts, strict=True):
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            text = page.extract_text()
            assert len(re.findall(re.escape(chart.title), text)) == 1
            boxes = _image_boxes(page)
            assert len(boxes) == (chart.figure is not None)
            for x0, y0, x1, y1 in boxes:
                assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height
                assert abs((x1 - x0) / (y1 - y0) - aspect) < 0.01  # not stretched


def test_the_slide_image_has_no_title_but_keeps_subtitle_sources_and_stamp(members, overview):
    for page in (members, overview):  # lines, bars, a donut, maps, rankings, the KPI table
        for chart in (c for c in page.charts if c.figure is not None):
            fig = images.untitled(chart.figure, deck.IMAGE_W, deck.IMAGE_H)
            words = [fig.layout.title.text or "", fig.layout.title.subtitle.text or ""]
            words += [a.text or "" for a in fig.layout.annotations]
            assert not any(chart.title in w for w in words), chart.key
            assert fig.layout.title.text == page.view.subtitle  # the period and filters, first
            assert "Nguồn:" in fig.layout.title.subtitle.text
            assert labels.DEMO_STAMP in words
            assert (fig.layout.width, fig.layout.height) == (1280, 520)
            assert chart.figure.layout.title.text.startswith(chart.title)  # the page's own: untouched
    chart = members.charts[0]
    png_bytes = images.render(chart.figure, width=deck.IMAGE_W, height=deck.IMAGE_H, title=False)
    assert Image.open(io.BytesIO(png_bytes)).size == (3840, 1560)  # 1280 × 520 at 3×
    prs = Presentation(io.BytesIO(deck.pptx(replace(members, charts=[chart]), [(chart, png_bytes)])))
    pic = next(sh for sh in list(prs.slides)[1].shapes if sh.shape_type == MSO_SHAPE_TYPE.PICTURE)
    assert pic.width <= CONTENT_W and abs(pic.width / pic.height - 1280 / 520) < 0.001
    assert pic._element.nvPicPr.cNvPr.get("descr") == f"{chart.title}. {chart.summary}"
