"""Chart images rendered server-side: PNG at 3× and SVG, with kaleido and the system Chromium.

Slides and pasted images need a fixed 16:9 canvas and larger type than the screen; `for_slide`
makes that copy. Without Chromium nothing here works, and callers get ImageError with a message
that says how to install it — the rest of the product is unaffected.
"""

from __future__ import annotations

import os
import shutil
import threading
import warnings

import plotly.graph_objects as go

from danvan import labels

SLIDE_WIDTH, SLIDE_HEIGHT = 1280, 720  # 16:9; at scale 3 → 3840 × 2160
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


def for_slide(fig: go.Figure) -> go.Figure:
    """A copy sized 16:9 with type large enough for a projector."""
    out = go.Figure(fig)
    out.update_layout(
        width=SLIDE_WIDTH,
        height=SLIDE_HEIGHT,
        font={"size": 18},
        title={"font": {"size": 28}, "subtitle": {"font": {"size": 16}}},
        legend={"font": {"size": 16}},
    )
    return out


def render(fig: go.Figure, fmt: str = "png", scale: float = 3) -> bytes:
    """PNG (scale× the 1280 × 720 slide) or SVG bytes of a figure."""
    global _server_started
    path = chromium_path()
    if path is None:
        raise ImageError(labels.ERR_NO_CHROMIUM)
    os.environ.setdefault("BROWSER_PATH", path)
    import kaleido  # imported here: only image export needs it

    slide = for_slide(fig)
    with _lock:
        try:
            if not _server_started:
                kaleido.start_sync_server(silence_warnings=True)
                _server_started = True
            with warnings.catch_warnings():  # plotly warns that kaleido's options go unused with a server
                warnings.simplefilter("ignore", UserWarning)
                return slide.to_image(
                    format=fmt, width=SLIDE_WIDTH, height=SLIDE_HEIGHT, scale=scale if fmt == "png" else 1
                )
        except Exception as exc:  # kaleido wraps browser failures in many types; report, do not crash
            raise ImageError(labels.ERR_IMAGE.format(error=exc)) from exc
