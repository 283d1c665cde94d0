"""Charts that read (issue 17): lines that coincide still show and are named at their ends, the
overview's lowest five on the highest five's value axis with a sentence of their own, rankings that
draw the unit their sentence names and say how many they leave out, and headers whose title,
subtitle, sources' line, demo stamp and legend stay clear of each other and of the plot.

Expectations are computed by hand from the numbers given. The header's layout is checked on the
SVG Chromium draws (images.render), each text line's box measured with the font it is drawn in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import plotly.graph_objects as go
import pytest

from danvan import charts, images, labels, report, summary
from danvan import queries as q

META = charts.Meta(
    indicator_name="Hộ còn dư nợ",
    unit="hộ",
    org_names={"hoi_lhpn": "Hội LHPN", "hoi_nd": "Hội Nông dân", "hoi_ccb": "Hội CCB"},
    org_colors={"hoi_lhpn": "#D81B60", "hoi_nd": "#F9A825", "hoi_ccb": "#5D4037"},
)


def series(values: dict[str, list[float]]) -> pd.DataFrame:
    """Rows of one quarter per value, from 2025-Q1 on, for each organization."""
    rows = []
    for org, vs in values.items():
        for i, v in enumerate(vs):
            rows.append(
                {
                    "organization": org,
                    "bucket_id": f"2025-Q{i + 1}",
                    "bucket_end": date(2025, 3 * (i + 1), 28),
                    "value": v,
                }
            )
    return pd.DataFrame(rows)


# 1. Lines that coincide -------------------------------------------------------------------------


def test_spread_leaves_distant_labels_and_centres_a_close_run_on_its_mean():
    assert charts.spread([0, 5, 10], 2) == [0, 5, 10]
    # 10 and 10,5 closer than 2: spaced 2 apart around their mean 10,25
    assert charts.spread([10, 10.5, 20], 2) == [9.25, 11.25, 20]
    assert charts.spread([20, 10.5, 10], 2) == [20, 11.25, 9.25]  # in the values' order
    assert charts.spread([5, 5], 1) == [4.5, 5.5]
    # 0 and 1 merge (−0,5; 1,5), then 2,5 is too close to 1,5: all three around 3,5 ÷ 3
    assert charts.spread([0, 1, 2.5], 2) == pytest.approx([3.5 / 3 - 2, 3.5 / 3, 3.5 / 3 + 2])


def test_label_gap_is_a_label_height_of_the_plot_and_never_under_4_percent():
    # an 18,85-px name box (13 px type) on a 188,5-px plot: a tenth of the span 100
    assert charts.label_gap([100, 200], 188.5) == pytest.approx(10)  # 1,45 × 13 px of 188,5 px
    # on a 1.000-px plot a name is 1,6% of it: 4% of the span instead
    assert charts.label_gap([100, 200], 1000) == pytest.approx(4)
    assert charts.label_gap([7, 7], 1000) == pytest.approx(0.28)  # equal values: 4% of the value


def test_coinciding_lines_differ_in_dash_and_marker_and_are_named_apart_at_their_ends():
    df = series({"hoi_ccb": [100, 120], "hoi_nd": [100, 500], "hoi_lhpn": [100, 500]})
    fig = charts.lines_by_org(df, META, "Hộ còn dư nợ")
    by_name = {t.name: t for t in fig.data}
    assert set(by_name) == {"Hội LHPN", "Hội Nông dân", "Hội CCB"}
    assert len({t.line.dash for t in fig.data}) == 3
    assert len({t.marker.symbol[0] for t in fig.data}) == 3
    # drawn in the registry's order, the solid line first: the ones over it have gaps
    assert [t.name for t in fig.data] == ["Hội LHPN", "Hội Nông dân", "Hội CCB"]
    assert fig.data[0].line.dash == "solid" and "px" in fig.data[1].line.dash
    # the legend stays, in the data's order
    assert fig.layout.showlegend is not False
    assert sorted(fig.data, key=lambda t: t.legendrank)[0].name == "Hội CCB"
    ends = {a.text: a for a in fig.layout.annotations}
    assert set(ends) == {"Hội LHPN", "Hội Nông dân", "Hội CCB"}
    for name, a in ends.items():
        assert a.x == "Quý II/2025" and a.xanchor == "left" and a.xshift > 0
        assert a.font.color == by_name[name].line.color
    # plot: 420 − 120 − 60 − 40 (period labels) − 40 (legend row) = 160 px, a name's box
    # 1,45 × 13 = 18,85 px: 11,78125% of the span 500 − 100 = 400, 47,125. Hội LHPN and Hội Nông
    # dân both end at 500: 500 ∓ 23,5625 (in the data's order).
    assert ends["Hội CCB"].y == 120
    assert ends["Hội LHPN"].y == pytest.approx(476.4375)
    assert ends["Hội Nông dân"].y == pytest.approx(523.5625)


def test_growth_lines_are_named_at_their_ends_too():
    df = series({"hoi_lhpn": [1, 2], "hoi_nd": [1, 2]}).assign(growth=[0.01, 0.02, 0.01, 0.02])
    fig = charts.growth(df, META, "Tăng trưởng")
    assert {a.text for a in fig.layout.annotations} == {"Hội LHPN", "Hội Nông dân"}
    assert fig.data[0].line.dash != fig.data[1].line.dash


# 2. The overview's highest and lowest five --------------------------------------------------------


def rank(values: list[float]) -> pd.DataFrame:
    """Units A, B, C … with these values, highest first (as queries.ranking)."""
    names = [chr(ord("A") + i) for i in range(len(values))]
    return pd.DataFrame(
        {
            "locality_id": [f"id{n}" for n in names],
            "locality_name": [f"Tỉnh {n}" for n in names],
            "short_name": names,
            "value": values,
        }
    )


def test_bottom_sentence_names_the_lowest_five_and_their_distance_to_the_median_and_the_top():
    r = rank([800, 700, 600, 400, 300, 200, 100])
    # median of the 7: 400; the lowest, G (100), is 25,0% of it and 12,5% of A's 800
    assert summary.bottom(r, "người", "Quý III/2026") == (
        "Quý III/2026, 5 địa phương thấp nhất là Tỉnh G (100), Tỉnh F (200), Tỉnh E (300), "
        "Tỉnh D (400), Tỉnh C (600); trung vị của 7 địa phương là 400: Tỉnh G chỉ bằng 25,0% "
        "mức trung vị và 12,5% mức của Tỉnh A (800), địa phương cao nhất."
    )
    assert summary.bottom(r.iloc[0:0], "người", "Quý III/2026") == ""


def test_bottom_five_are_drawn_on_the_top_fives_value_axis():
    r = rank([800, 700, 600, 500, 450, 300, 200, 100, 50, 40])
    top = charts.ranking(r.head(5), META, "Cao", x_max=800)
    low = charts.ranking(r.tail(5), META, "Thấp", x_max=800)
    assert tuple(top.layout.xaxis.range) == tuple(low.layout.xaxis.range) == pytest.approx((0, 840))
    assert max(low.data[0].x) == 300  # its longest bar: 300 of 840


def test_overview_bottom5_has_its_own_sentence_and_shares_the_top5_axis(small_db):
    with duckdb.connect(str(small_db), read_only=True) as con:
        f = q.Filters(date_from=date(2024, 3, 31), date_to=date(2024, 12, 31))
        page = report.build(con, "overview", report.View(f, ("2024-Q4",), "yoy", labels.NATIONAL))
        ranked = q.ranking(con, f, "members", "2024-Q4").dropna(subset=["value"])
    charts_ = {c.key: c for c in page.charts}
    top5, bottom5 = charts_["top5"], charts_["bottom5"]
    assert bottom5.summary != top5.summary
    assert bottom5.summary == summary.bottom(ranked, "người", "Quý IV/2024")
    reach = ranked["value"].max() * 1.05
    assert tuple(top5.figure.layout.xaxis.range) == pytest.approx((0, reach))
    assert tuple(bottom5.figure.layout.xaxis.range) == pytest.approx((0, reach))


# 3. Rankings that stop ----------------------------------------------------------------------------


def test_a_long_ranking_draws_its_top_the_gap_and_the_lowest_its_sentence_names():
    r = rank([float(v) for v in range(45, 0, -1)])  # A = 45 … S = 1
    fig = charts.ranking(r, META, "Xếp hạng", top=40)
    bars = fig.data[0]
    drawn = list(bars.y)[::-1]  # highest first
    assert drawn[:40] == list(r["short_name"].head(40))
    assert drawn[40] == charts.GAP_ROW and bars.x[1] is None and bars.customdata[1][0] is None
    assert drawn[41] == r["short_name"].iloc[-1]  # the 45th: the lowest
    sentence = summary.ranking(r, "người", "Quý III/2026")
    assert sentence.endswith(f"thấp nhất là {r['locality_name'].iloc[-1]} (1).")
    # 45 − 40 − 1 = 4 left out, said in the gap's row
    (note,) = [a for a in fig.layout.annotations if a.y == charts.GAP_ROW]
    assert note.text == "4 địa phương ở giữa không hiển thị"
    assert note.x == 6  # right of the 40th bar (value 6)


def test_a_ranking_one_over_its_top_is_drawn_whole_and_thousands_are_dotted():
    fig = charts.ranking(rank([float(v) for v in range(41, 0, -1)]), META, "Xếp hạng", top=40)
    assert len(fig.data[0].y) == 41 and charts.GAP_ROW not in fig.data[0].y
    many = rank([float(v) for v in range(3321, 0, -1)]).assign(
        short_name=lambda d: [f"Xã {i}" for i in range(len(d))]
    )
    fig = charts.ranking(many, META, "Xếp hạng", top=60)
    assert len(fig.data[0].y) == 62  # 60 + the gap + the lowest
    assert fig.layout.annotations[-1].text == "3.260 địa phương ở giữa không hiển thị"  # 3.321 − 61


def test_a_tie_for_the_lowest_draws_the_unit_the_sentence_names():
    r = rank([float(v) for v in range(45, 3, -1)] + [1.0, 1.0])  # the last two tie
    fig = charts.ranking(r, META, "Xếp hạng", top=40)
    named = r["short_name"].iloc[-1]
    assert summary.ranking(r, "người", "Quý III/2026").endswith(f"{r['locality_name'].iloc[-1]} (1).")
    assert fig.data[0].y[0] == named


# 4. Headers that stay clear -----------------------------------------------------------------------

FONT_FILE = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")


@dataclass(frozen=True)
class Box:
    what: str
    left: float
    top: float
    right: float
    bottom: float

    def meets(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )


def text_box(what: str, text: str, x: float, baseline: float, size: float, anchor: str = "start") -> Box:
    """A line of text's ink: measured with Noto Sans (the charts' font) when it is installed,
    else as 0,6 em a character, 1 em above the baseline and 0,3 em under it."""
    if FONT_FILE.exists():
        from PIL import ImageFont

        left, top, right, bottom = ImageFont.truetype(str(FONT_FILE), round(size)).getbbox(text, anchor="ls")
    else:
        left, top, right, bottom = 0, -size, 0.6 * size * len(text), 0.3 * size
    shift = {"start": 0, "middle": -(right - left) / 2, "end": -(right - left)}[anchor]
    return Box(what, x + left + shift, baseline + top, x + right + shift, baseline + bottom)


def _em(value: str, size: float) -> float:
    return float(value.removesuffix("em")) * size if value else 0.0


def _attrs(tag: str) -> dict[str, str]:
    return dict(re.findall(r'([\w:-]+)="([^"]*)"', tag))


def _size(attrs: dict[str, str]) -> float:
    return float(re.search(r"font-size: ([\d.]+)px", attrs["style"]).group(1))


def header_boxes(svg: str) -> list[Box]:
    """The title, the subtitle's lines, the demo stamp, the legend, the plot area and the value
    axis' top tick label of a chart drawn by Chromium, in px from the top left."""
    boxes = []
    title = re.search(r'(<text class="gtitle"[^>]*>)([^<]*)</text>', svg)
    if title and title.group(2):
        a = _attrs(title.group(1))
        size = _size(a)
        baseline = float(a["y"]) + _em(a.get("dy", ""), size)
        boxes.append(text_box("title", title.group(2), float(a["x"]), baseline, size))
    sub = re.search(r'(<text class="gtitle-subtitle"[^>]*>)(.*?)</text>', svg)
    if sub:  # each line a tspan at the text's y, lowered by its dy (em of the subtitle's type)
        a = _attrs(sub.group(1))
        size = _size(a)
        lines = re.findall(r'(<tspan class="line"[^>]*>)(.*?)</tspan>(?=<tspan class="line"|$)', sub.group(2))
        for i, (tag, body) in enumerate(lines or [(sub.group(1), sub.group(2))]):
            t = _attrs(tag)
            baseline = float(t.get("y", a["y"])) + _em(t.get("dy", ""), size)
            inner = re.search(r"font-size:([\d.]+)em", body)
            line_size = size * float(inner.group(1)) if inner else size
            text = re.sub(r"<[^>]+>", "", body)
            boxes.append(text_box(f"subtitle line {i + 1}", text, float(a["x"]), baseline, line_size))
    legend = re.search(
        r'<g class="legend"[^>]*transform="translate\(([\d.]+),([\d.]+)\)"><rect class="bg"[^>]*width="([\d.]+)" height="([\d.]+)"',
        svg,
    )
    if legend:
        x, y, w, h = map(float, legend.groups())
        boxes.append(Box("legend", x, y, x + w, y + h))
    stamp = re.search(
        r'transform="translate\(([\d.-]+),([\d.-]+)\)"><rect class="bg" x="[\d.]+" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"[^>]*/><text class="annotation-text"[^>]*>'
        + re.escape(labels.DEMO_STAMP),
        svg,
    )
    if stamp:
        x, y, w, h = map(float, stamp.groups())
        boxes.append(Box("demo stamp", x, y, x + w, y + h))
    plot = re.search(
        r'<clipPath class="axesclip" id="clip\w+xy"><rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"',
        svg,
    )
    x, y, w, h = map(float, plot.groups())
    boxes.append(Box("plot", x, y, x + w, y + h))
    ticks = [
        (_attrs(tag), text, float(ty))
        for tag, ty, text in re.findall(
            r'<g class="ytick">(<text[^>]*translate\(0,([\d.]+)\)[^>]*>)([^<]*)</text>', svg
        )
    ]
    if ticks:  # the highest on the figure (the smallest y)
        a, text, ty = min(ticks, key=lambda t: t[2])
        boxes.append(text_box("top tick label", text, float(a["x"]), ty + float(a["y"]), _size(a), "end"))
    return boxes


def clashes(boxes: list[Box]) -> list[tuple[str, str]]:
    heads = [b for b in boxes if b.what != "plot" and b.what != "top tick label"]
    out = [(a.what, b.what) for i, a in enumerate(heads) for b in heads[i + 1 :] if a.meets(b)]
    plot = next(b for b in boxes if b.what == "plot")
    out += [(b.what, "plot") for b in heads if b.bottom > plot.top + 0.5]
    tick = next((b for b in boxes if b.what == "top tick label"), None)
    out += [(b.what, "top tick label") for b in heads if tick and b.meets(tick)]
    out += [(b.what, "figure's top") for b in boxes if b.top < 0]
    return out


@pytest.fixture(scope="module")
def pages(small_db) -> dict[str, report.PageReport]:
    with duckdb.connect(str(small_db), read_only=True) as con:
        buckets = ("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")
        f = q.Filters(date_from=date(2024, 3, 31), date_to=date(2024, 12, 31))
        view = report.View(f, buckets, "yoy", labels.NATIONAL)
        return {p: report.build(con, p, view) for p in ("members", "loans")}


def drawn(page: report.PageReport, key: str) -> go.Figure:
    chart = next(c for c in page.charts if c.key == key)
    assert chart.figure is not None and chart.is_demo and chart.source_text
    return chart.figure


@pytest.mark.parametrize(
    ("page", "key"),
    [("members", "members_by_org"), ("loans", "loans_by_org"), ("members", "members_ranking")],
)
def test_exported_image_header_stays_clear_of_itself_and_the_plot(pages, page, key):
    fig = drawn(pages[page], key)
    svg = images.render(fig, "svg").decode()
    boxes = header_boxes(svg)
    found = {b.what for b in boxes}
    assert {"title", "subtitle line 1", "subtitle line 2", "demo stamp", "plot"} <= found
    assert ("legend" in found) == (key != "members_ranking")
    assert clashes(boxes) == []
    source = next(b for b in boxes if b.what == "subtitle line 2")
    assert source.top >= next(b for b in boxes if b.what == "subtitle line 1").bottom


@pytest.mark.filterwarnings("ignore:The kopts argument:UserWarning")  # plotly, with images' server
def test_the_header_holds_on_a_narrow_canvas_at_the_slides_and_the_screens_type(pages):
    fig = drawn(pages["loans"], "households")
    slide = images.render(fig, "svg", width=800, height=420).decode()  # title 28 px, legend 16 px
    assert clashes(header_boxes(slide)) == []
    screen = fig.to_image(format="svg", width=800, height=420).decode()  # as a browser draws it
    assert clashes(header_boxes(screen)) == []


def test_margin_arithmetic_keeps_the_sources_line_above_the_legend(pages):
    """Without a browser: the top margin the figure asks for holds, at the slide's type, the title
    (pad + 1,3 × 28 px), the subtitle and sources' lines (1,3 × 16 and 1,3 × 12,8 px, under a
    0,5 × 16 px gap) and the legend's row; a ranking (no legend) needs no row."""
    title, gap, lines = 10 + 1.3 * 28, 0.5 * 16, 1.3 * 16 + 1.3 * 12.8
    needed = title + gap + lines  # 46,4 + 8 + 37,44 = 91,84
    lines_fig = drawn(pages["members"], "members_by_org")
    assert lines_fig.layout.margin.t == 138 >= needed + charts.LEGEND_ROW  # 125,84
    ranking = drawn(pages["members"], "members_ranking")
    assert ranking.layout.margin.t == 104 >= needed
    for fig in (lines_fig, ranking):  # the stamp hangs from the figure's top, by the title
        (stamp,) = [a for a in fig.layout.annotations if a.text == labels.DEMO_STAMP]
        assert stamp.yanchor == "top" and fig.layout.margin.t - stamp.yshift == charts.TITLE_PAD
