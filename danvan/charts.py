"""Pure chart builders: a DataFrame in, a plotly Figure out.

Every chart gets Vietnamese titles, axis names and hover text from danvan.labels, one fixed colour
per organization, Vietnamese number separators (180.455; 3,2), money in tỷ đồng with the unit on
the axis ("Đơn vị tính: tỷ đồng"), and period labels such as "Quý II/2025". Builders never query.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from danvan import formatting, labels, periods

FONT = "Noto Sans, Arial, Helvetica, sans-serif"
TOTAL_COLOR = "#263238"
DEMO_STAMP_COLOR = "rgba(198, 40, 40, 0.55)"


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


def _layout(
    fig: go.Figure, title: str, subtitle: str, meta: Meta | None, demo: bool, height: int = 420
) -> go.Figure:
    fig.update_layout(
        title={"text": title, "subtitle": {"text": subtitle}, "x": 0.01, "xanchor": "left"},
        separators=",.",
        font={"family": FONT, "size": 14},
        height=height,
        # The legend above the plot, under the titles: below it, the period labels a narrow
        # screen turns upright ran into it (and the period axis needs no title: its labels say it).
        margin={"l": 60, "r": 20, "t": 120, "b": 60},
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
            yshift=40,
            xanchor="right",
            yanchor="bottom",
            showarrow=False,
            font={"color": DEMO_STAMP_COLOR, "size": 13},
            bordercolor=DEMO_STAMP_COLOR,
            borderwidth=1,
            borderpad=3,
        )
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


def lines_by_org(
    df: pd.DataFrame, meta: Meta, title: str, subtitle: str = "", demo: bool = False
) -> go.Figure:
    """One line per organization over time (stocks: members, loan balance …)."""
    order, df = _period_axis(df)
    fig = go.Figure()
    for org, part in df.groupby("organization", sort=False):
        minority, notes = _units(part)
        fig.add_trace(
            go.Scatter(
                x=part["period_label"],
                y=meta.scale(part["value"]),
                name=meta.org_name(org),
                mode="lines+markers",
                line={"color": meta.org_color(org), "width": 3 if org == "*" else 2},
                marker={
                    "symbol": ["circle-open" if m else "circle" for m in minority],
                    "size": [11 if m else 6 for m in minority],
                },
                customdata=list(zip(part["bucket_id"], notes, strict=True)),
                hovertemplate=f"%{{x}}<br>{meta.org_name(org)}: %{{y:{meta.hover_format}}} {meta.display_unit}%{{customdata[1]}}<extra></extra>",
            )
        )
    fig.update_xaxes(
        categoryorder="array", categoryarray=order, type="category"
    )
    return _layout(fig, title, subtitle, meta, demo)


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
    fig.update_xaxes(
        categoryorder="array", categoryarray=order, type="category"
    )
    return _layout(fig, title, subtitle, meta, demo)


def growth(df: pd.DataFrame, meta: Meta, title: str, subtitle: str = "", demo: bool = False) -> go.Figure:
    """Growth against the same period a year earlier, in percent, per organization.

    df: series rows with a `growth` column (a ratio, 0.032 = 3,2%).
    """
    order, df = _period_axis(df.dropna(subset=["growth"]))
    fig = go.Figure()
    for org, part in df.groupby("organization", sort=False):
        fig.add_trace(
            go.Scatter(
                x=part["period_label"],
                y=part["growth"] * 100,
                name=meta.org_name(org),
                mode="lines+markers",
                line={"color": meta.org_color(org)},
                hovertemplate=f"%{{x}}<br>{meta.org_name(org)}: %{{y:,.2f}}%<extra></extra>",
            )
        )
    fig.update_xaxes(
        categoryorder="array", categoryarray=order, type="category"
    )
    _layout(fig, title, subtitle, None, demo)
    fig.update_yaxes(title_text=labels.UNIT_LINE.format(unit="%"), ticksuffix="%", zeroline=True)
    return fig


def ranking(
    df: pd.DataFrame, meta: Meta, title: str, subtitle: str = "", demo: bool = False, top: int = 40
) -> go.Figure:
    """Horizontal bars, highest first; each bar carries its locality id (click to drill down)."""
    df = df.dropna(subset=["value"]).sort_values("value", ascending=False).head(top).iloc[::-1]
    minority, notes = _units(df)
    fig = go.Figure(
        go.Bar(
            x=meta.scale(df["value"]),
            y=df["short_name"],
            orientation="h",
            customdata=list(zip(df["locality_id"], notes, strict=True)),
            marker={"color": "#1565C0", "pattern": {"shape": ["/" if m else "" for m in minority]}},
            hovertemplate=f"%{{y}}: %{{x:{meta.hover_format}}} {meta.display_unit}%{{customdata[1]}}<extra></extra>",
        )
    )
    height = max(360, 22 * len(df) + 140)
    _layout(fig, title, subtitle, None, demo, height=height)
    fig.update_xaxes(title_text=labels.UNIT_LINE.format(unit=meta.display_unit), tickformat=",~r")
    fig.update_yaxes(title_text="", automargin=True)
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
            margin={"t": (fig.layout.margin.t or 90) + 18},
        )
    return fig


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
