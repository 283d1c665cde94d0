"""Chart images rendered server-side: PNG at 3× and SVG, with kaleido and the system Chromium.

Slides and pasted images need a fixed 16:9 canvas and larger type than the screen; `for_slide`
makes that copy. A deck or a PDF prints each chart's title above its image, so `untitled` makes
the copy they show: no title, the subtitle (period, filters, sources) and the demo stamp kept, on
the canvas the page gives the picture. Without Chromium nothing here works, and callers get
ImageError with a message that says how to install it — the rest of the product is unaffected.
"""

from __future__ import annotations

import os
import shutil
import threading
import warnings

import plotly.graph_objects as go

from danvan import labels
from danvan.charts import HANGING_TITLE

SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720  # 16:9; at scale 3 → 3840 × 2160
SLIDE_FONT, SUBTITLE_FONT, LEGEND_FONT, TICK_FONT_MIN = 18, 16, 16, 9  # px, 1280-px canvas
LEGEND_ROW = 26  # px a row of the horizontal legend takes
_lock = threading.Lock()
_server_started = False


class ImageError(RuntimeError):
    """An image could not be rendered (no Chromium, or Chromium failed)."""


def chromium_path() -> str | None:
    """The browser kaleido will use: BROWSER_PATH, else Chromium/Chrome on the PATH."""
    env = os.environ.get("BROWSER_PATH")
    if env and os.path.exists(env):
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def for_slide(fig: go.Figure, width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT) -> go.Figure:
    """A copy sized 16:9 (or width × height) with type large enough for a projector."""
    out = go.Figure(fig)
    out.update_layout(
        width=width,
        height=height,
        font={"size": SLIDE_FONT},
        title={"font": {"size": 28}, "subtitle": {"font": {"size": SUBTITLE_FONT}}},
        legend={"font": {"size": LEGEND_FONT}},
    )
    return out


def untitled(fig: go.Figure, width: int = SLIDE_WIDTH, height: int = SLIDE_HEIGHT) -> go.Figure:
    """A slide copy without the chart's title, for a slide or a page that prints the title above
    the image. The subtitle's first line (period, filters) takes the title's place at the
    subtitle's size, the sources' line stays under it, the demo stamp stays at the top right; the
    legend gets a band of its own under them (below the plot it met the axis' title on a short
    canvas), and the bars of a long ranking keep one legible label each."""
    out = for_slide(fig, width, height)
    first, _, rest = (out.layout.title.subtitle.text or "").partition("<br>")
    heading = 16 + round((bool(first) + bool(rest)) * SUBTITLE_FONT * 1.4)  # its bottom, in px
    rows = _legend_rows(out, width)
    top = max(40, heading + (10 + rows * LEGEND_ROW if rows else 0) + 16)
    out.update_layout(
        title={
            "text": first,
            "subtitle": {"text": rest, "font": {"color": "#455A64"}},
            "font": {"size": SUBTITLE_FONT, "color": "#455A64"},
            **HANGING_TITLE,
            "pad": {"t": 12},
        },
        margin={"t": top, "b": 20},
        legend={
            "orientation": "h",
            "font": {"size": LEGEND_FONT},
            "x": 0.01,
            "xanchor": "left",
            "xref": "container",
            "y": 1 - (heading + 10) / height,
            "yanchor": "top",
            "yref": "container",
        },
    )
    out.update_xaxes(automargin=True)
    for a in out.layout.annotations:  # the demo stamp: by the heading's first line, off the plot
        if a.text == labels.DEMO_STAMP:
            a.update(x=1, y=1, yref="paper", yanchor="top", yshift=top - 10, font={"size": 14})
    _label_every_bar(out)
    return out


def _legend_rows(fig: go.Figure, width: int) -> int:
    """Rows the horizontal legend takes on a canvas `width` px wide (0: no legend), from its
    entries' lengths at about 0,6 em a character."""
    pies = [t for t in fig.data if t.type == "pie"]
    names = [str(n) for t in pies for n in (t.labels if t.labels is not None else ())]
    shown = [t for t in fig.data if "showlegend" in t and t.showlegend is not False and t.name]
    if fig.layout.showlegend is False or not (pies or len(shown) > 1 or fig.layout.showlegend):
        return 0
    names += [t.name for t in shown]
    rows, used = 1, 0.0
    for name in names:
        entry = 40 + 0.6 * LEGEND_FONT * len(name)  # the symbol, its gap and the text
        if used and used + entry > width - 40:
            rows, used = rows + 1, 0.0
        used += entry
    return rows


def _label_every_bar(fig: go.Figure) -> None:
    """A horizontal ranking on a short canvas: type small enough for one label per bar."""
    bars = [t for t in fig.data if t.type == "bar" and t.orientation == "h" and t.y is not None]
    if not bars:
        return
    n = max(len(t.y) for t in bars)
    margin = fig.layout.margin
    plot = (fig.layout.height or SLIDE_HEIGHT) - (margin.t or 0) - (margin.b or 0)
    size = max(TICK_FONT_MIN, min(SLIDE_FONT, int(plot / max(n, 1) * 0.8)))
    fig.update_yaxes(tickfont={"size": size}, dtick=1)


def render(
    fig: go.Figure,
    fmt: str = "png",
    scale: float = 3,
    *,
    width: int = SLIDE_WIDTH,
    height: int = SLIDE_HEIGHT,
    title: bool = True,
) -> bytes:
    """PNG (scale× the width × height canvas, by default the 1280 × 720 slide) or SVG bytes of a
    figure; title=False: the copy a deck or a PDF shows under its own title (`untitled`)."""
    global _server_started
    path = chromium_path()
    if path is None:
        raise ImageError(labels.ERR_NO_CHROMIUM)
    os.environ.setdefault("BROWSER_PATH", path)
    import kaleido  # imported here: only image export needs it

    slide = for_slide(fig, width, height) if title else untitled(fig, width, height)
    with _lock:
        try:
            if not _server_started:
                kaleido.start_sync_server(silence_warnings=True)
                _server_started = True
            with warnings.catch_warnings():  # plotly warns that kaleido's options go unused with a server
                warnings.simplefilter("ignore", UserWarning)
                return slide.to_image(
                    format=fmt, width=width, height=height, scale=scale if fmt == "png" else 1
                )
        except Exception as exc:  # kaleido wraps browser failures in many types; report, do not crash
            raise ImageError(labels.ERR_IMAGE.format(error=exc)) from exc
