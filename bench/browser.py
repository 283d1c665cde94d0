"""The browser's time to first chart and to first map on each page, against a one-chart Streamlit
page, and the server's peak memory while 10 sessions use it.

    python bench/browser.py --db WAREHOUSE   → {"browser": [...], "peak_rss_mb": …, "sessions": 10}

Both servers (`streamlit run serve.py` and `streamlit run bench/minimal_app.py`) run side by
side, and the loads alternate between them so both see the same machine. "Time to first chart"
is the browser's own clock (performance.now(), from the start of navigation) when the first Plotly
chart has drawn its plot, in a new browser context each time: a person opening a link, with the
server's caches warm (each page is loaded once before measuring; the first load on a fresh
server also pays for opening the warehouse, see the pages part for cold server times). "Time to
first map" is the same clock when the first map (a plot carrying the map's OpenStreetMap credit)
has drawn, on the pages that have one; `members-province` is the members page for one province,
whose map is its communes' circles.
Then 10 sessions open every page for 10 different provinces at once, and the dashboard server's
peak resident memory (VmHWM, over its whole life) is read from /proc.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.serve import CHROMIUM, CHROMIUM_ARGS, rss_mb, start_streamlit, stop  # noqa: E402
from danvan.accounts import db as accounts_db  # noqa: E402

# name → path: the chart pages at their default view, and a province's view.
VIEWS = {
    "overview": "",
    "members": "members",
    "models": "models",
    "loans": "loans",
    "localities": "localities",
    "members-province": "members?p=79",
}
PAGES = tuple(VIEWS)
MAPLESS = {"localities"}
# Ten of today's provinces, one per session.
PROVINCES = ("01", "79", "31", "48", "92", "12", "04", "08", "22", "96")
VIEWPORT = {"width": 1400, "height": 900}
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
FIRST_CHART = """
window.__firstChart = null;
window.__firstMap = null;
new MutationObserver((records, observer) => {
    if (window.__firstChart === null &&
        document.querySelector('.js-plotly-plot .main-svg .cartesianlayer, .js-plotly-plot .main-svg .pielayer')) {
        window.__firstChart = performance.now();
    }
    if (window.__firstMap === null &&
        document.querySelector('.js-plotly-plot .annotation-text[data-unformatted*="OpenStreetMap"]')) {
        window.__firstMap = performance.now();
    }
    if (window.__firstChart !== null && window.__firstMap !== null) observer.disconnect();
}).observe(document, {childList: true, subtree: true});
"""


def first_draw_ms(browser, url: str, with_map: bool = False) -> tuple[float, float | None]:
    """(first chart, first map or None) in ms from the start of navigation, in a new context."""
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN")
    context.add_init_script(FIRST_CHART)
    page = context.new_page()
    try:
        page.goto(url, wait_until="commit", timeout=300_000)
        page.wait_for_function("window.__firstChart !== null", timeout=300_000, polling=50)
        if with_map:
            page.wait_for_function("window.__firstMap !== null", timeout=300_000, polling=50)
        chart, map_ = page.evaluate("[window.__firstChart, window.__firstMap]")
        return float(chart), (float(map_) if with_map else None)
    finally:
        context.close()


def time_to_first_chart(app: str, minimal: str, loads: int, pages: tuple[str, ...] = PAGES) -> list[dict]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for page in pages:  # warm-up: caches, and the first request of each URL
            first_draw_ms(browser, f"{app}/{VIEWS[page]}", page not in MAPLESS)
        first_draw_ms(browser, minimal)
        charts: dict[str, list[float]] = {page: [] for page in pages}
        maps: dict[str, list[float]] = {page: [] for page in pages}
        baseline: list[float] = []
        for _ in range(loads):
            for page in pages:
                baseline.append(first_draw_ms(browser, minimal)[0])
                chart, map_ = first_draw_ms(browser, f"{app}/{VIEWS[page]}", page not in MAPLESS)
                charts[page].append(chart)
                if map_ is not None:
                    maps[page].append(map_)
        browser.close()
    base = statistics.median(baseline)
    rows = []
    for page in pages:
        chart = statistics.median(charts[page])
        map_ = statistics.median(maps[page]) if maps[page] else None
        rows.append(
            {
                "page": page,
                "first_chart_ms": round(chart, 1),
                "first_map_ms": None if map_ is None else round(map_, 1),
                "baseline_ms": round(base, 1),
                "ratio": round(chart / base, 2),
                "map_ratio": None if map_ is None else round(map_ / base, 2),
            }
        )
    return rows


async def _session(browser, app: str, province: str) -> None:
    context = await browser.new_context(viewport=VIEWPORT, locale="vi-VN")
    page = await context.new_page()
    try:
        for name in ("", "members", "models", "loans", "localities"):
            await page.goto(f"{app}/{name}?p={province}", timeout=600_000)
            await page.wait_for_selector("h1", timeout=600_000)
            await page.wait_for_selector(IDLE, timeout=600_000)
    finally:
        await context.close()


async def _sessions(app: str, n: int) -> None:
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        await asyncio.gather(*(_session(browser, app, PROVINCES[i % len(PROVINCES)]) for i in range(n)))
        await browser.close()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--loads", type=int, default=5, help="measured loads per page")
    p.add_argument("--sessions", type=int, default=10, help="0: leave out the memory part")
    p.add_argument("--pages", default=",".join(PAGES), help="comma-separated pages to time")
    args = p.parse_args(argv)
    pages = tuple(page for page in args.pages.split(",") if page)
    if unknown := set(pages) - set(PAGES):
        p.error(f"unknown pages: {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory() as tmp:
        # as the one-person default serves it: an office's accounts beside a shared warehouse
        # would put the sign-in form in front (the load test measures signed-in sessions)
        os.environ[accounts_db.ENV] = str(Path(tmp) / "accounts.sqlite")
        app, app_url = start_streamlit(ROOT / "serve.py", Path(args.db), Path(tmp) / "app.log")
        minimal, minimal_url = start_streamlit(
            ROOT / "bench" / "minimal_app.py", Path(args.db), Path(tmp) / "min.log"
        )
        try:
            rows = time_to_first_chart(app_url, minimal_url, args.loads, pages)
            for row in rows:
                print(f"  {row}", file=sys.stderr, flush=True)
            stop(minimal)
            if args.sessions:
                asyncio.run(_sessions(app_url, args.sessions))
            peak = rss_mb(app.pid, "VmHWM")
            after = rss_mb(app.pid)
        finally:
            for proc in (app, minimal):
                if proc.poll() is None:
                    stop(proc)
    print(
        f"  bộ nhớ đỉnh {peak:.0f} MB, sau {args.sessions} phiên {after:.0f} MB", file=sys.stderr, flush=True
    )
    print(
        json.dumps(
            {
                "browser": rows,
                "peak_rss_mb": round(peak, 1),
                "rss_after_mb": round(after, 1),
                "sessions": args.sessions,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
