"""Pure chart builders: a DataFrame in, a plotly Figure out.

Every chart gets Vietnamese titles, axis names and hover text from danvan.labels, one fixed colour
per organization, Vietnamese number separators (180.455; 3,2), money in tỷ đồng with the unit on
the axis ("Đơn vị tính: tỷ đồng"), and period labels such as "Quý II/2025". Builders never query.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from danvan import formatting, labels, periods

FONT = "Noto Sans, Arial, Helvetica, sans-serif"
TOTAL_COLOR = "#263238"
DEMO_STAMP_COLOR = "rgba(229, 57, 53, 0.85)"  # a red that reads on a light page and a dark one
NOTE_COLOR = "#546E7A"
GAP_ROW = "⋯"  # a ranking's row between its highest units and its lowest


@dataclass(frozen=True)
class Meta:
    """What a builder needs to know about an indicator and the organizations."""

    indicator_name: str
    unit: str  # the registry unit: người, đồng, %, mô hình …
    org_names: dict[str, str]
    org_colors: dict[str, str]

    @property
    def display_unit(self) -> str:
        return labels.MONEY_UNIT if self.unit == "đồng" else self.unit

    def scale(self, values: pd.Series) -> pd.Series:
        """Stored base units → what the axis shows (tỷ đồng, percent)."""
        if self.unit == "đồng":
            return values / 1e9
        if self.unit == "%":
            return values * 100
        return values

    @property
    def hover_format(self) -> str:
        return ",.2f" if self.unit in ("đồng", "%") else ",.0f"

    def org_name(self, code: str) -> str:
        return labels.ALL_ORGS if code == "*" else self.org_names.get(code, code)

    def org_color(self, code: str) -> str:
        return TOTAL_COLOR if code == "*" else self.org_colors.get(code, "#78909C")


def _template() -> go.layout.Template:
    """plotly_white as our charts use it: its layout for axes, titles and colours, and its bar,
    scatter and pie defaults. The whole template (colour scales of every trace type, 3-D scenes,
    maps) was deep-copied into every figure: 11 ms a figure, about 140 ms of a page's run."""
    base = pio.templates["plotly_white"]
    layout = {k: v for k, v in base.layout.to_plotly_json().items() if k in _TEMPLATE_LAYOUT}
    return go.layout.Template(
        layout=layout, data={"bar": base.data.bar, "scatter": base.data.scatter, "pie": base.data.pie}
    )


_TEMPLATE_LAYOUT = (
    "annotationdefaults", "autotypenumbers", "colorway", "font", "hoverlabel", "hovermode",
    "paper_bgcolor", "plot_bgcolor", "shapedefaults", "title", "xaxis", "yaxis",
)  # fmt: skip
TEMPLATE = _template()


# The header, top to bottom: the title, the subtitle (period and filters; the sources' line under
# it, add_source_line), the legend's row, then the plot. The title hangs from the figure's top edge
# and the legend stands on the plot, so the top margin must hold both at the largest type the
# figure is drawn with, a slide's or a PNG's (images.for_slide: title 28 px, subtitle 16 px,
# legend 16 px). There, in px from the top (tests/test_charts_readable.py measures them): the
# title 6–35, the subtitle 47–67, the sources' line 73–87, the legend 104–138 and the plot from
# 138; the demo stamp 10–35, at the title's right.
# The title's place: at the figure's left, hanging from its top edge (not centred in the margin).
HANGING_TITLE = {
    "x": 0.01,
    "xanchor": "left",
    "xref": "container",
    "y": 1,
    "yanchor": "top",
    "yref": "container",
}
TITLE_PAD = 10  # px between the figure's top edge and the title (and the demo stamp)
HEADER_TOP = 120  # px: the top margin of a chart with a legend row and no sources' line
SOURCE_LINE = 18  # px the sources' line adds (12,8 px type at 1,3 lines)
LEGEND_ROW = 34  # px: the legend's row at 16 px type (a chart without a legend does without)


def _layout(
    fig: go.Figure, title: str, subtitle: str, meta: Meta | None, demo: bool, height: int = 420
) -> go.Figure:
    fig.update_layout(
        title={"text": title, "subtitle": {"text": subtitle}, **HANGING_TITLE, "pad": {"t": TITLE_PAD}},
        separators=",.",
        font={"family": FONT, "size": 14},
        height=height,
        # The legend above the plot, under the titles: below it, the period labels a narrow
        # screen turns upright ran into it (and the period axis needs no title: its labels say it).
        margin={"l": 60, "r": 20, "t": HEADER_TOP, "b": 60},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0, "xanchor": "left"},
        template=TEMPLATE,
        hoverlabel={"font": {"family": FONT}},
    )
    if meta is not None:
        fig.update_yaxes(title_text=labels.UNIT_LINE.format(unit=meta.display_unit), tickformat=",~r")
    if demo:
        fig.add_annotation(
            text=labels.DEMO_STAMP,
            xref="paper",
            yref="paper",
            x=1,
            y=1.0,
            xanchor="right",
            yanchor="top",
            showarrow=False,
            font={"color": DEMO_STAMP_COLOR, "size": 13},
            bordercolor=DEMO_STAMP_COLOR,
            borderwidth=1,
            borderpad=3,
        )
        place_stamp(fig)
    return fig


def place_stamp(fig: go.Figure) -> go.Figure:
    """The demo stamp at the right end of the title's row, whatever the top margin: annotations
    are placed from the plot, so it is lifted by the margin (less the title's pad) to the top."""
    top = fig.layout.margin.t if fig.layout.margin.t is not None else HEADER_TOP
    for a in fig.layout.annotations:
        if a.text == labels.DEMO_STAMP:
            a.update(y=1, yref="paper", yanchor="top", yshift=top - TITLE_PAD)
    return fig


def _period_axis(df: pd.DataFrame) -> tuple[list[str], pd.DataFrame]:
    """Period labels in time order: the queries' own ("Năm 2026 (đến Quý III)") when they give them."""
    df = df.sort_values("bucket_end")
    if "period_label" not in df:
        df = df.assign(period_label=df["bucket_id"].map(periods.label))
    return list(dict.fromkeys(df["period_label"])), df


def _units(part: pd.DataFrame) -> tuple[list[bool], list[str]]:
    """Per point: is it a minority's sum (marked: open marker, hatched bar), and its hover note."""
    if "units_expected" not in part:
        return [False] * len(part), [""] * len(part)
    pairs = list(zip(part["units_reporting"], part["units_expected"], strict=True))
    minority = [formatting.is_minority(r, e) for r, e in pairs]
    notes = [f"<br>{n}" if (n := formatting.units_note(r, e)) else "" for r, e in pairs]
    return minority, notes


# A line of each organization its own dash and marker (by its place in the registry, the same on
# every chart): two organizations with the same figures draw one line over the other, and the
# upper one's gaps and markers still show the one under it. Lines are drawn in the registry's
# order, the solid ones first; each later dash covers less of its line (75% … 29%), and no two
# repeat at the same length (12, 11, 15, 13, 17, 7, 19 px), so that the gaps of the lines above
# fall on every part of the ones below (plotly's own longdash and longdashdot both repeat every
# 30 px, in step: one hid the other whole).
DASHES = (
    "solid",
    "9px,3px",
    "7px,4px",
    "6px,3px,2px,4px",
    "6px,7px",
    "3px,3px,3px,8px",
    "2px,5px",
    "12px,7px",
)
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "triangle-down", "cross", "x", "star")
END_LABEL_SIZE = 13  # px: the organization's name at its line's end
END_LABEL_SHIFT = 8  # px from the last point to its name
END_LABEL_GAP = 0.04  # at least this share of the values' span between two names
LEGEND_ROW_PX = 40  # the legend's row above the plot, with the axis' own padding
X_LABELS_PX = 40  # about what the period labels under a line chart take from its plot


def _style(meta: Meta, org: str) -> tuple[int, str, str]:
    """(drawing order, dash, marker symbol) of an organization's line; the total: solid, first."""
    if org == "*":
        return -1, "solid", "circle"
    codes = list(meta.org_names)
    i = codes.index(org) if org in codes else len(codes)
    return i, DASHES[i % len(DASHES)], SYMBOLS[i % len(SYMBOLS)]


def spread(values: list[float], gap: float) -> list[float]:
    """Where to write labels for `values` (returned in the same order) so that no two are closer
    than `gap`: each at its value, except a run of values closer than that, whose labels are
    spaced `gap` apart around the run's mean. [10, 10,5, 20] with gap 2 → [9,25, 11,25, 20]."""
    clusters: list[tuple[list[int], float]] = []  # (indices, first label's position), ascending
    for i in sorted(range(len(values)), key=lambda k: values[k]):
        members, start = [i], values[i]
        while clusters and clusters[-1][1] + len(clusters[-1][0]) * gap > start:
            before, _ = clusters.pop()
            members = before + members
            start = sum(values[k] for k in members) / len(members) - (len(members) - 1) * gap / 2
        clusters.append((members, start))
    out = [0.0] * len(values)
    for members, start in clusters:
        for k, i in enumerate(members):
            out[i] = start + k * gap
    return out


def label_gap(values: list[float], plot_px: float) -> float:
    """The least distance, in the values' units, between two names at the lines' ends: a name's
    height on a plot `plot_px` tall whose axis spans the values plotted, and never under
    END_LABEL_GAP of that span (all values equal: of the value, or 1)."""
    span = max(values) - min(values) if values else 0.0
    if span == 0:
        span = abs(values[0]) if values and values[0] else 1.0
    line_px = END_LABEL_SIZE * 1.45  # the annotation's box: its glyphs and their air
    return span * max(END_LABEL_GAP, line_px / max(plot_px, line_px))


def _end_labels(fig: go.Figure, ends: list[tuple[str, float, str, str]]) -> None:
    """Each line's name at its last point, in its colour, to the right of it; names whose values
    are close are nudged apart (spread). ends: (last period label, last value, name, colour).
    Plotly's autorange widens the period axis to hold the names inside the plot."""
    if not ends:
        return
    margin = fig.layout.margin
    # the legend's row above the plot and the axis' padding take their share of the height too
    plot_px = (fig.layout.height or 420) - (margin.t or 0) - (margin.b or 0) - X_LABELS_PX - LEGEND_ROW_PX
    plotted = [float(v) for t in fig.data for v in t.y if pd.notna(v)]  # what the axis spans
    ys = spread([v for _, v, _, _ in ends], label_gap(plotted, plot_px))
    for (x, _, name, color), y in zip(ends, ys, strict=True):
        fig.add_annotation(
            x=x,
            y=y,
            xref="x",
            yref="y",
            text=plotly_text(name),
            xanchor="left",
            yanchor="middle",
            xshift=END_LABEL_SHIFT,
            showarrow=False,
            font={"color": color, "size": END_LABEL_SIZE},
        )


def _org_lines(
    fig: go.Figure, df: pd.DataFrame, meta: Meta, line: Callable[[str, pd.DataFrame, str, str], go.Scatter]
) -> list[tuple[str, float, str, str]]:
    """Add one line per organization (line(org, rows, dash, symbol) → its Scatter), the solid ones
    first, the legend in the data's order; returns each line's last point for _end_labels."""
    groups = list(df.groupby("organization", sort=False))
    ends = []
    for rank, (org, part) in sorted(enumerate(groups), key=lambda g: _style(meta, g[1][0])[0]):
        _, dash, symbol = _style(meta, org)
        trace = line(org, part, dash, symbol)
        trace.legendrank = 1000 + rank
        fig.add_trace(trace)
        points = [(x, y) for x, y in zip(trace.x, trace.y, strict=True) if pd.notna(y)]
        if points:
            ends.append((points[-1][0], float(points[-1][1]), meta.org_name(org), meta.org_color(org)))
    return ends


def lines_by_org(
    df: pd.DataFrame, meta: Meta, title: str, subtitle: str = "", demo: bool = False
) -> go.Figure:
    """One line per organization over time (stocks: members, loan balance …), each named at its end."""
    order, df = _period_axis(df)
    fig = go.Figure()

    def line(org: str, part: pd.DataFrame, dash: str, symbol: str) -> go.Scatter:
        minority, notes = _units(part)
        return go.Scatter(
            x=part["period_label"],
            y=meta.scale(part["value"]),
            name=meta.org_name(org),
            mode="lines+markers",
            line={"color": meta.org_color(org), "width": 3 if org == "*" else 2, "dash": dash},
            marker={
                "symbol": [f"{symbol}-open" if m else symbol for m in minority],
                "size": [11 if m else 7 for m in minority],
            },
            customdata=list(zip(part["bucket_id"], notes, strict=True)),
            hovertemplate=f"%{{x}}<br>{meta.org_name(org)}: %{{y:{meta.hover_format}}} {meta.display_unit}%{{customdata[1]}}<extra></extra>",
        )

    ends = _org_lines(fig, df, meta, line)
    fig.update_xaxes(categoryorder="array", categoryarray=order, type="category")
    _layout(fig, title, subtitle, meta, demo)
    _end_labels(fig, ends)
    return fig


def bars_by_period(
    df: pd.DataFrame,
    meta: Meta,
    title: str,
    subtitle: str = "",
    demo: bool = False,
    color_by: str = "organization",
    names: dict[str, str] | None = None,
    colors: dict[str, str] | None = None,
) -> go.Figure:
    """Stacked bars per period (flows: new members, new models), by organization or breakdown."""
    order, df = _period_axis(df)
    fig = go.Figure()
    for key, part in df.groupby(color_by, sort=False):
        name = (names or {}).get(key) or meta.org_name(key)
        color = (colors or {}).get(key) or meta.org_color(key)
        minority, notes = _units(part)
        fig.add_trace(
            go.Bar(
                x=part["period_label"],
                y=meta.scale(part["value"]),
                name=name,
                marker={"color": color, "pattern": {"shape": ["/" if m else "" for m in minority]}},
                customdata=notes,
                hovertemplate=f"%{{x}}<br>{name}: %{{y:{meta.hover_format}}} {meta.display_unit}%{{customdata}}<extra></extra>",
            )
        )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(categoryorder="array", categoryarray=order, type="category")
    return _layout(fig, title, subtitle, meta, demo)


def growth(df: pd.DataFrame, meta: Meta, title: str, subtitle: str = "", demo: bool = False) -> go.Figure:
    """Growth against the same period a year earlier, in percent, per organization.

    df: series rows with a `growth` column (a ratio, 0.032 = 3,2%).
    """
    order, df = _period_axis(df.dropna(subset=["growth"]))
    fig = go.Figure()

    def line(org: str, part: pd.DataFrame, dash: str, symbol: str) -> go.Scatter:
        return go.Scatter(
            x=part["period_label"],
            y=part["growth"] * 100,
            name=meta.org_name(org),
            mode="lines+markers",
            line={"color": meta.org_color(org), "dash": dash},
            marker={"symbol": symbol, "size": 7},
            hovertemplate=f"%{{x}}<br>{meta.org_name(org)}: %{{y:,.2f}}%<extra></extra>",
        )

    ends = _org_lines(fig, df, meta, line)
    fig.update_xaxes(categoryorder="array", categoryarray=order, type="category")
    _layout(fig, title, subtitle, None, demo)
    fig.update_yaxes(title_text=labels.UNIT_LINE.format(unit="%"), ticksuffix="%", zeroline=True)
    _end_labels(fig, ends)
    return fig


def ranked_rows(df: pd.DataFrame, top: int) -> tuple[pd.DataFrame, int]:
    """The units a ranking draws, highest first, and how many it leaves out: all of them, or the
    `top` highest and the lowest (the one the ranking's sentence names, summary.ranking) with the
    rest between them left out. Ties keep the query's order, as in the sentence."""
    rows = df.dropna(subset=["value"]).sort_values("value", ascending=False, kind="stable")
    if len(rows) <= top + 1:  # one more bar rather than a gap's row in its place
        return rows, 0
    return pd.concat([rows.head(top), rows.tail(1)]), len(rows) - top - 1


def ranking(
    df: pd.DataFrame,
    meta: Meta,
    title: str,
    subtitle: str = "",
    demo: bool = False,
    top: int = 40,
    x_max: float | None = None,
) -> go.Figure:
    """Horizontal bars, highest first; each bar carries its locality id (click to drill down).

    More than `top` + 1 units: the `top` highest, a row saying how many are left out, and the
    lowest. x_max (in stored units): the value axis ends there, so that two rankings drawn on the
    same range compare by their bars' lengths (the overview's highest and lowest five).
    """
    rows, left_out = ranked_rows(df, top)
    minority, notes = _units(rows)
    x = list(meta.scale(rows["value"]))
    y = list(rows["short_name"])
    ids = list(rows["locality_id"])
    shapes = ["/" if m else "" for m in minority]
    if left_out:  # the gap's row, without a bar, before the lowest
        at = len(rows) - 1
        x.insert(at, None)
        y.insert(at, GAP_ROW)
        ids.insert(at, None)
        notes.insert(at, "")
        shapes.insert(at, "")
    fig = go.Figure(
        go.Bar(
            x=x[::-1],
            y=y[::-1],
            orientation="h",
            customdata=list(zip(ids[::-1], notes[::-1], strict=True)),
            marker={"color": "#1565C0", "pattern": {"shape": shapes[::-1]}},
            hovertemplate=f"%{{y}}: %{{x:{meta.hover_format}}} {meta.display_unit}%{{customdata[1]}}<extra></extra>",
        )
    )
    height = max(360, 22 * len(y) + HEADER_TOP + 20)
    _layout(fig, title, subtitle, None, demo, height=height)
    fig.update_layout(margin={"t": HEADER_TOP - LEGEND_ROW})  # one bar series: no legend
    place_stamp(fig)
    fig.update_xaxes(title_text=labels.UNIT_LINE.format(unit=meta.display_unit), tickformat=",~r")
    fig.update_yaxes(title_text="", automargin=True, type="category")
    if left_out:  # said in the gap's row, right of the last bar above it (a tick label may be skipped)
        fig.add_annotation(
            x=x[at - 1],
            y=GAP_ROW,
            xref="x",
            yref="y",
            text=labels.RANKING_LEFT_OUT.format(n=formatting.number(left_out)),
            xanchor="left",
            yanchor="middle",
            xshift=6,
            showarrow=False,
            font={"color": NOTE_COLOR, "size": 12},
        )
    if x_max is not None and x_max > 0:
        low = min(0.0, *(v for v in x if v is not None))
        fig.update_xaxes(range=[low, float(meta.scale(pd.Series([x_max])).iloc[0]) * 1.05])
    return fig


def composition(
    df: pd.DataFrame, meta: Meta, title: str, subtitle: str = "", demo: bool = False
) -> go.Figure:
    """Share of each organization in one period (a donut)."""
    df = df.dropna(subset=["value"])
    fig = go.Figure(
        go.Pie(
            labels=[meta.org_name(o) for o in df["organization"]],
            values=meta.scale(df["value"]),
            hole=0.45,
            marker={"colors": [meta.org_color(o) for o in df["organization"]]},
            sort=False,
            hovertemplate=f"%{{label}}: %{{value:{meta.hover_format}}} {meta.display_unit} (%{{percent}})<extra></extra>",
            textinfo="percent",
        )
    )
    return _layout(fig, title, subtitle, None, demo)


def sparkline(df: pd.DataFrame, color: str = "#1565C0") -> go.Figure:
    """A small trend line for a KPI card (no axes, no title)."""
    df = df.sort_values("bucket_end")
    fig = go.Figure(
        go.Scatter(
            x=df["period_label"] if "period_label" in df else [periods.label(b) for b in df["bucket_id"]],
            y=df["value"],
            mode="lines",
            line={"color": color, "width": 2},
            fill="tozeroy",
            fillcolor="rgba(21,101,192,0.08)",
            hovertemplate="%{x}<extra></extra>",
        )
    )
    fig.update_layout(
        height=70,
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        showlegend=False,
        separators=",.",
        xaxis={"visible": False},
        yaxis={"visible": False},
        template=TEMPLATE,
    )
    return fig


def plotly_text(text: str) -> str:
    """Text as typed inside a figure: Plotly reads <a href>, <b>, <span style> … in its titles, so
    a source's title or file name is written with its markup characters as entities."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_source_line(fig: go.Figure, text: str) -> go.Figure:
    """Write the sources into the figure itself (under the subtitle), so a pasted image still
    says where its numbers come from (as plain text: the titles are people's)."""
    if text:
        short = plotly_text(text if len(text) <= 160 else text[:157] + "…")
        subtitle = fig.layout.title.subtitle.text or ""
        fig.update_layout(
            title={"subtitle": {"text": f"{subtitle}<br><span style='font-size:0.8em'>{short}</span>"}},
            margin={"t": (fig.layout.margin.t or HEADER_TOP) + SOURCE_LINE},
        )
    return place_stamp(fig)


def table(df: pd.DataFrame, title: str, subtitle: str = "", demo: bool = False) -> go.Figure:
    """A table as a figure (the KPI slide of a deck): every column shown as text."""
    fig = go.Figure(
        go.Table(
            header={
                "values": list(df.columns),
                "fill_color": "#ECEFF1",
                "align": "left",
                "font": {"size": 15},
            },
            cells={
                "values": [df[c].tolist() for c in df.columns],
                "align": "left",
                "height": 34,
                "font": {"size": 14},
            },
        )
    )
    return _layout(fig, title, subtitle, None, demo)


def coverage(df: pd.DataFrame, title: str, subtitle: str = "", demo: bool = False) -> go.Figure:
    """Units that reported, and units that did not, per quarter (stacked); from queries.coverage."""
    df = df.sort_values("end_date")
    x = [periods.label(p) for p in df["period_id"]]
    fig = go.Figure(
        [
            go.Bar(
                x=x,
                y=df["reported"],
                name=labels.COVERAGE_REPORTED,
                marker_color="#2E7D32",
                hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
            ),
            go.Bar(
                x=x,
                y=df["missing"],
                name=labels.COVERAGE_MISSING,
                marker_color="#C62828",
                hovertemplate="%{x}: %{y:,.0f}<extra></extra>",
            ),
        ]
    )
    fig.update_layout(barmode="stack")
    _layout(fig, title, subtitle, None, demo)
    fig.update_yaxes(title_text=labels.UNIT_LINE.format(unit=labels.COVERAGE_UNIT), tickformat=",~r")
    fig.update_xaxes(type="category")
    return fig
