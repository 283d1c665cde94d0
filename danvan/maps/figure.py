"""Thematic maps as Plotly figures that need nothing from the internet: province outlines are
drawn as filled shapes on plain axes (Plotly's geographic traces fetch a world outline from a CDN,
and its tile maps fetch tiles and fonts), with the same titles, units, formats and hover text as
the charts (danvan/charts.py).

* `provinces` — a choropleth of an indicator by province (34 today, or the 63 before the reform),
  a province without a figure drawn hatched as «Không có số liệu», never as zero; a dot on each
  province carries its id, so clicking it selects the province, as a bar of the ranking does.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from danvan import formatting, labels
from danvan.charts import Meta, _layout, _units, plotly_text
from danvan.maps import boundaries

# Sequential scales that read in print and for colour-blind readers (ColorBrewer); a ratio where
# more is worse (overdue loans) runs light to red.
BLUES = ("#C6DBEF", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C")  # ColorBrewer Blues, 5 classes
ORRD = ("#FDD49E", "#FDBB84", "#FC8D59", "#E34A33", "#B30000")  # OrRd: more is worse
NO_DATA = "#ECEFF1"
HANDLE = "rgba(255,255,255,0.85)"  # the click dot of a province with a figure
NO_FILL = "rgba(0,0,0,0)"  # … and of one without (a ring)
OUTLINE = "#FFFFFF"
LAT_SCALE = 1 / math.cos(math.radians(16))  # equirectangular at the country's middle latitude
HEIGHT = 720


def _rings(geometry: dict):
    """Outer rings of a Polygon or MultiPolygon (holes are lakes too small to show at this scale)."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [p[0] for p in polygons]


def _path(geometry: dict) -> tuple[list, list]:
    xs: list = []
    ys: list = []
    for ring in _rings(geometry):
        xs += [p[0] for p in ring] + [math.nan]
        ys += [p[1] for p in ring] + [math.nan]
    return xs, ys


def _anchor(geometry: dict) -> tuple[float, float]:
    """A point inside the largest part (its vertices' mean, good enough for these shapes' dots)."""
    ring = max(_rings(geometry), key=len)
    return float(np.mean([p[0] for p in ring])), float(np.mean([p[1] for p in ring]))


def _base(fig: go.Figure, title: str, subtitle: str, demo: bool) -> go.Figure:
    _layout(fig, title, subtitle, None, demo, height=HEIGHT)
    fig.update_xaxes(visible=False, range=[101.8, 117.6])
    fig.update_yaxes(visible=False, scaleanchor="x", scaleratio=LAT_SCALE, range=[7.9, 23.6])
    fig.update_layout(
        showlegend=True,
        legend={"orientation": "h", "yanchor": "top", "y": 0.0, "x": 0},
        margin={"l": 10, "r": 10, "t": 90, "b": 40},
        dragmode=False,
    )
    fig.add_annotation(
        text=labels.MAP_ATTRIBUTION,
        xref="paper",
        yref="paper",
        x=1,
        y=0,
        xanchor="right",
        yanchor="bottom",
        showarrow=False,
        font={"size": 10, "color": "#607D8B"},
    )
    return fig


def _color(palette: tuple[str, ...], cls: int, n: int) -> str:
    """Class `cls` of `n`, spread over the palette (one class: its middle colour)."""
    if n <= 1:
        return palette[len(palette) // 2]
    return palette[round(cls * (len(palette) - 1) / (n - 1))]


def legend_breaks(breaks: list[float], least: int, most: int = 3) -> tuple[list[float], int]:
    """Class limits as the legend prints them, and its decimals: the fewest decimals (from `least`,
    at most `most`) at which the limits read as different numbers, the limits rounded to them (the
    lowest down, the highest up) and classes that then coincide merged — values that close are one
    class, never five reading «0,15 – 0,15 %»."""
    digits = most
    for d in range(least, most + 1):
        if len({formatting.number(b, d) for b in breaks}) == len(set(breaks)):
            digits = d
            break
    factor = 10**digits
    nice = [
        math.floor(breaks[0] * factor + 1e-9) / factor,
        *(round(b, digits) for b in breaks[1:-1]),
        math.ceil(breaks[-1] * factor - 1e-9) / factor,
    ]
    merged = [nice[0]]
    for b in nice[1:]:
        if b > merged[-1]:
            merged.append(b)
    return (merged if len(merged) > 1 else [nice[0], nice[0]]), digits


def classes(values: pd.Series, n: int = len(BLUES)) -> list[float]:
    """Class breaks (ascending, first = min, last = max) at the values' quantiles: each colour
    holds about as many provinces, as cartographers class a choropleth."""
    breaks = sorted(set(np.quantile(values, np.linspace(0, 1, n + 1)).round(6).tolist()))
    return breaks if len(breaks) > 1 else [breaks[0], breaks[0]]


def provinces(
    df: pd.DataFrame,
    meta: Meta,
    title: str,
    subtitle: str = "",
    demo: bool = False,
    era: str = "current",
    worse_when_higher: bool = False,
) -> go.Figure:
    """A classed choropleth of `df` (the ranking's rows: locality_id, value, …) by province, one
    shape per class (a page draws it quickly), a dot per province with its figure and id."""
    shapes = boundaries.load(era)["features"]
    rows = df.dropna(subset=["value"]).set_index("locality_id")
    rows = rows[rows.index.isin([f["id"] for f in shapes])]
    values = meta.scale(rows["value"])
    palette = ORRD if worse_when_higher else BLUES
    breaks, digits = (
        legend_breaks(classes(values), 2 if meta.hover_format.endswith("2f") else 0)
        if len(values)
        else ([0.0, 0.0], 0)
    )
    klass = {
        lid: min(int(np.searchsorted(breaks, v, side="right")) - 1, len(breaks) - 2)
        for lid, v in values.items()
    }
    minority, notes = _units(rows)
    note_of = dict(zip(rows.index, notes, strict=True))
    partial = dict(zip(rows.index, minority, strict=True))
    paths: dict[int, tuple[list, list]] = {}  # class (-1: no data) → the shapes' outlines
    hatched: tuple[list, list] = ([], [])
    dots = []
    for feature in shapes:
        lid, name = feature["id"], feature["properties"]["name"]
        xs, ys = _path(feature["geometry"])
        cls = klass.get(lid, -1)
        into = paths.setdefault(cls, ([], []))
        into[0].extend(xs)
        into[1].extend(ys)
        if partial.get(lid):
            hatched[0].extend(xs)
            hatched[1].extend(ys)
        islands = feature["properties"]["islands"]
        where = plotly_text(name) + (f" ({plotly_text(islands)})" if islands else "")
        if cls >= 0:
            figure_text = f"{formatting.number(float(values[lid]), digits)} {meta.display_unit}{note_of[lid]}"
        else:
            figure_text = labels.MAP_NO_DATA.lower()
        x, y = _anchor(feature["geometry"])
        dots.append((x, y, lid, f"{where}: {figure_text}", cls))
    fig = go.Figure()
    for cls in sorted(paths):
        xs, ys = (np.asarray(p) for p in paths[cls])  # arrays: Plotly checks lists point by point
        if cls < 0:
            name, color, pattern = (
                labels.MAP_NO_DATA,
                NO_DATA,
                {"shape": ".", "fgcolor": "#90A4AE", "size": 5},
            )
        else:
            lo, hi = breaks[cls], breaks[cls + 1]
            name = labels.MAP_CLASS.format(
                low=formatting.number(lo, digits), high=formatting.number(hi, digits), unit=meta.display_unit
            )
            color, pattern = _color(palette, cls, len(breaks) - 1), None
        fig.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", fill="toself", fillcolor=color, fillpattern=pattern,
                line={"color": OUTLINE, "width": 0.7}, hoverinfo="skip", name=name, legendrank=-cls,
            )
        )  # fmt: skip
    if hatched[0]:
        fig.add_trace(
            go.Scatter(
                x=np.asarray(hatched[0]), y=np.asarray(hatched[1]), mode="lines", fill="toself", fillcolor="rgba(0,0,0,0)",
                fillpattern={"shape": "/", "fgcolor": "#37474F", "size": 6}, line={"width": 0},
                hoverinfo="skip", name=labels.MAP_MINORITY,
            )
        )  # fmt: skip
    fig.add_trace(
        go.Scatter(
            x=[d[0] for d in dots],
            y=[d[1] for d in dots],
            mode="markers",
            customdata=[[d[2], ""] for d in dots],  # as the ranking's bars: click to drill down
            text=[d[3] for d in dots],
            hovertemplate="%{text}<extra></extra>",
            marker={  # a handle to click, light enough not to read as a figure (or in print)
                "size": 6,
                "color": [NO_FILL if d[4] < 0 else HANDLE for d in dots],
                "line": {"color": "#455A64", "width": 0.8},
            },
            showlegend=False,
        )
    )
    for feature in shapes:
        if islands := feature["properties"]["islands"]:
            x, y = _island_anchor(feature["geometry"])
            fig.add_annotation(
                x=x,
                y=y,
                text=plotly_text(islands),
                showarrow=False,
                yshift=20,
                font={"size": 11},  # the theme's text colour: read on a light page and a dark one
            )
    return _base(fig, title, subtitle, demo)


def units(
    df: pd.DataFrame,
    meta: Meta,
    title: str,
    subtitle: str = "",
    demo: bool = False,
    outline: dict | None = None,
    worse_when_higher: bool = False,
) -> go.Figure:
    """Proportional symbols at the units' centroids (df: the ranking's rows with lat, lon) over
    their province's outline: a circle's area is its figure; a unit without a figure is a small
    hollow ring, never a zero. A ratio is no quantity to size a circle by: its circles are all one
    size, coloured by class as the provinces' map is."""
    fig = go.Figure()
    xs, ys = np.asarray(_path(outline["geometry"]) if outline is not None else ([], []), dtype=float)
    if outline is not None:
        fig.add_trace(
            go.Scatter(
                x=xs, y=ys, mode="lines", fill="toself", fillcolor="#F5F7F8",
                line={"color": "#90A4AE", "width": 1}, hoverinfo="skip", showlegend=False,
            )
        )  # fmt: skip
    have = df.dropna(subset=["value"])
    lack = df[df["value"].isna()]
    values = meta.scale(have["value"]).clip(lower=0)
    digits = 2 if meta.hover_format.endswith("2f") else 0
    if meta.unit == "%":
        breaks, digits = legend_breaks(classes(values), digits) if len(values) else ([0.0, 0.0], digits)
    biggest = float(values.max()) if len(values) else 1.0
    _, notes = _units(have)
    names = [plotly_text(n) for n in have["short_name"]]
    text = [
        f"{n}: {formatting.number(float(v), digits)} {meta.display_unit}{note}"
        for n, v, note in zip(names, values, notes, strict=True)
    ]
    if meta.unit == "%":
        palette = ORRD if worse_when_higher else BLUES
        klass = np.minimum(np.searchsorted(breaks, values.to_numpy(), side="right") - 1, len(breaks) - 2)
        for cls in sorted(set(klass.tolist()), reverse=True):
            at = klass == cls
            fig.add_trace(
                go.Scatter(
                    x=have["lon"][at], y=have["lat"][at], mode="markers",
                    customdata=[[i, ""] for i in have["locality_id"][at]],  # click to drill down
                    text=[t for t, a in zip(text, at, strict=True) if a], hovertemplate="%{text}<extra></extra>",
                    marker={"size": 11, "color": _color(palette, cls, len(breaks) - 1),
                            "line": {"color": "#455A64", "width": 0.6}},
                    name=labels.MAP_CLASS.format(
                        low=formatting.number(breaks[cls], digits), high=formatting.number(breaks[cls + 1], digits),
                        unit=meta.display_unit,
                    ),
                )
            )  # fmt: skip
    else:
        fig.add_trace(
            go.Scatter(
                x=have["lon"], y=have["lat"], mode="markers",
                customdata=[[i, ""] for i in have["locality_id"]],  # click to drill down
                text=text, hovertemplate="%{text}<extra></extra>",
                marker={
                    "size": values, "sizemode": "area", "sizeref": 2.0 * (biggest or 1.0) / 28**2, "sizemin": 2,
                    "color": BLUES[3], "opacity": 0.75, "line": {"color": "#FFFFFF", "width": 0.6},
                },
                name=labels.MAP_SYMBOL.format(unit=meta.display_unit),
            )
        )  # fmt: skip
    if len(lack):
        fig.add_trace(
            go.Scatter(
                x=lack["lon"], y=lack["lat"], mode="markers",
                customdata=[[i, ""] for i in lack["locality_id"]],
                text=[f"{plotly_text(n)}: {labels.MAP_NO_DATA.lower()}" for n in lack["short_name"]],
                hovertemplate="%{text}<extra></extra>",
                marker={"size": 5, "color": "rgba(0,0,0,0)", "line": {"color": "#90A4AE", "width": 1}},
                name=labels.MAP_NO_DATA,
            )
        )  # fmt: skip
    _base(fig, title, subtitle, demo)
    lon = np.concatenate([df["lon"].to_numpy(dtype=float), xs])  # the circles and the outline
    lat = np.concatenate([df["lat"].to_numpy(dtype=float), ys])
    pad = 0.08
    fig.update_xaxes(range=[float(np.nanmin(lon)) - pad, float(np.nanmax(lon)) + pad])
    fig.update_yaxes(range=[float(np.nanmin(lat)) - pad, float(np.nanmax(lat)) + pad])
    return fig


def _island_anchor(geometry: dict) -> tuple[float, float]:
    """The easternmost part of a province's shape: its archipelago (drawn as a small mark)."""
    ring = max(_rings(geometry), key=lambda r: min(p[0] for p in r))
    return float(np.mean([p[0] for p in ring])), float(np.mean([p[1] for p in ring]))
