"""Every page as people open it, on a desktop (1440×900) and on a phone (390×844): no text cut
off (a KPI card's title or comparison ending in "…", a heading wider than its box), nothing wider
than the screen, and no two texts of a chart on top of each other (title, subtitle, sources, demo
stamp, legend, axis titles and labels, annotations), measured on the rendered boxes. Writes the
screenshots of every page at both sizes (build/screenshots/layout/).

The same page loads check two promises more (one load serves all three, the suite's time being
mostly page loads): offline, always — the first request to another host fails the test, named
(maps included: a chart page waits for its map); and on the desktop, no English word of
Streamlit's or Plotly's in what the page shows (test_screen_words.english)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from danvan import labels
from tests.e2e.test_browser import settle
from tests.e2e.test_screen_words import RECORD_DRAWN, english

SIZES = {"desktop": (1440, 900), "phone": (390, 844)}
PAGES = ("", "members", "models", "loans", "localities", "import", "extract", "sources")
CHART_PAGES = {"", "members", "models", "loans", "localities"}

# Text that must show whole: what is clipped has a scroll size larger than its box (an ellipsis,
# a hidden overflow). Measured on the elements that hold text, inside the page's main area.
CLIPPED = """
() => {
    const sel = [
        '[data-testid="stMetricLabel"]', '[data-testid="stMetricLabel"] p',
        '[data-testid="stMetricValue"]', '[data-testid="stMetricValue"] div',
        '[data-testid="stMetricDelta"]', '[data-testid="stMetricDeltaDescription"]',
        '[data-testid="stMetricDeltaDescription"] p',
        '[data-testid="stMain"] h1', '[data-testid="stMain"] h2', '[data-testid="stMain"] h3',
        '[data-testid="stMain"] h4', '[data-testid="stCaptionContainer"]',
        '[data-testid="stMain"] [data-testid="stMarkdownContainer"] p', '.dv-chart-head p',
    ].join(',');
    const out = [];
    for (const el of document.querySelectorAll(sel)) {
        const r = el.getBoundingClientRect();
        if (!r.width || !r.height || !el.textContent.trim()) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2) {
            out.push({text: el.textContent.trim().slice(0, 80), w: [el.scrollWidth, el.clientWidth],
                      h: [el.scrollHeight, el.clientHeight]});
        }
    }
    return out;
}
"""

# A chart's texts, as boxes: two of different kinds must not overlap (tick labels of one axis may
# touch each other: Plotly thins or turns them). Hidden ones (a phone hides the figure's title)
# have no box.
TEXTS = """
() => {
    const kinds = {
        title: '.g-gtitle text', legend: '.legendtext', annotation: '.annotation-text',
        xtitle: '.g-xtitle text', ytitle: '.g-ytitle text', xtick: '.xtick text', ytick: '.ytick text',
    };
    const charts = [];
    for (const plot of document.querySelectorAll('.js-plotly-plot')) {
        const svg = plot.querySelector('.main-svg').getBoundingClientRect();
        const boxes = [];
        for (const [kind, sel] of Object.entries(kinds)) {
            for (const el of plot.querySelectorAll(sel)) {
                const r = el.getBoundingClientRect();
                if (!r.width || !r.height || !el.textContent.trim()) continue;
                if (getComputedStyle(el).display === 'none') continue;
                boxes.push({kind, text: el.textContent.trim().slice(0, 40),
                            l: r.left, t: r.top, r: r.right, b: r.bottom});
            }
        }
        charts.push({svg: {l: svg.left, t: svg.top, r: svg.right, b: svg.bottom}, boxes});
    }
    return charts;
}
"""
TOLERANCE = 2.0  # px: glyphs' boxes include some air


def overlaps(a: dict, b: dict) -> bool:
    return (
        min(a["r"], b["r"]) - max(a["l"], b["l"]) > TOLERANCE
        and min(a["b"], b["b"]) - max(a["t"], b["t"]) > TOLERANCE
    )


def chart_problems(chart: dict) -> list[str]:
    """Texts of different kinds on top of each other, and texts outside the figure."""
    out = []
    boxes, svg = chart["boxes"], chart["svg"]
    for i, a in enumerate(boxes):
        if a["l"] < svg["l"] - TOLERANCE or a["r"] > svg["r"] + TOLERANCE:
            out.append(f"{a['kind']} «{a['text']}» ra ngoài biểu đồ")
        for b in boxes[i + 1 :]:
            if a["kind"] == b["kind"] and a["kind"] in ("xtick", "ytick"):
                continue
            if overlaps(a, b):
                out.append(f"{a['kind']} «{a['text']}» chồng lên {b['kind']} «{b['text']}»")
    return out


def test_the_overlap_check_sees_an_overlap():
    """The check itself: hand-made boxes, one pair overlapping by 10 px, one touching."""
    title = {"kind": "title", "text": "A", "l": 0, "t": 0, "r": 100, "b": 20}
    legend = {"kind": "legend", "text": "B", "l": 90, "t": 10, "r": 150, "b": 30}
    tick = {"kind": "xtick", "text": "C", "l": 150, "t": 30, "r": 170, "b": 40}
    chart = {"svg": {"l": 0, "t": 0, "r": 160, "b": 100}, "boxes": [title, legend, tick]}
    assert chart_problems(chart) == [
        "title «A» chồng lên legend «B»",
        "xtick «C» ra ngoài biểu đồ",
    ]


def new_page(browser, w: int, h: int, **options):
    """A new session in a w×h window (options: Playwright's, e.g. is_mobile, color_scheme)."""
    context = browser.new_context(viewport={"width": w, "height": h}, locale="vi-VN", **options)
    page = context.new_page()
    page.set_default_timeout(90_000)
    return context, page


def keep(page, screenshots, name: str) -> None:
    """The window as drawn, into build/screenshots/layout/NAME.png."""
    (screenshots / "layout").mkdir(exist_ok=True)
    page.screenshot(path=str(screenshots / "layout" / f"{name}.png"))


def guard_outside(page, outside: list[str]) -> None:
    """Requests to any host but the app's are refused and added to `outside` (data: and blob: are
    the page's own)."""

    def guard(route):
        host = urlparse(route.request.url).hostname
        if route.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", guard)


MAP_PAGES = {"", "members", "models", "loans"}  # the nation's view has its map


def open_page(browser, app_url: str, name: str, size: str, outside: list[str] | None = None):
    w, h = SIZES[size]
    phone = size == "phone"
    context, page = new_page(browser, w, h, is_mobile=phone, has_touch=phone)
    if not phone:
        context.add_init_script(RECORD_DRAWN)  # what a table's grid draws, for the English scan
    if outside is not None:
        guard_outside(page, outside)
    page.goto(f"{app_url}/{name}")
    page.wait_for_selector("h1")
    if name in CHART_PAGES:
        page.wait_for_selector(".js-plotly-plot .main-svg")
    settle(page)
    if name in CHART_PAGES:  # the full page, after the first screen
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 2")
        settle(page)
    if name in MAP_PAGES:
        title = page.locator(".js-plotly-plot .gtitle", has_text=labels.CHART_MAP.split(":")[0])
        title.first.wait_for(state="attached", timeout=60_000)  # drawn (a phone hides the title)
    return context, page


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_no_text_is_cut_or_drawn_over_another(browser, app_url, screenshots, name, size):
    outside: list[str] = []
    context, page = open_page(browser, app_url, name, size, outside)
    try:
        assert outside == [], f"yêu cầu ra ngoài: {outside[0]}"
        folder = screenshots / "layout"
        folder.mkdir(exist_ok=True)
        page.screenshot(path=str(folder / f"{size}_{name or 'overview'}.png"))
        problems = [f"cắt chữ: {c}" for c in page.evaluate(CLIPPED)]
        wide = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
        if wide > 1:
            problems.append(f"trang rộng hơn màn hình {wide} px")
        for i, chart in enumerate(page.evaluate(TEXTS)):
            found = chart_problems(chart)
            if found:  # the chart as drawn, beside the page's screenshot
                shot = folder / f"{size}_{name or 'overview'}_chart{i + 1}.png"
                page.locator(".js-plotly-plot").nth(i).screenshot(path=str(shot))
            problems += [f"biểu đồ {i + 1}: {p}" for p in found]
        assert not problems, "\n".join(problems)
        if size == "desktop":
            scan_for_english(page, name)
        assert outside == [], f"yêu cầu ra ngoài: {outside[0]}"
    finally:
        context.close()


def scan_for_english(page, name: str) -> None:
    """No English of Streamlit's or Plotly's on the page, its tooltips or its grids' canvas (and the
    page-specific places: the extraction page's upload tab, the upload boxes, the sources grids)."""
    if name == "extract":  # the file uploader is on the second tab
        page.get_by_role("tab", name=labels.EXT_TAB_UPLOAD).click()
        page.locator('[data-testid="stFileUploaderDropzone"]').wait_for()
    if name in ("import", "extract"):
        dropzone = page.locator('[data-testid="stFileUploaderDropzone"]:visible')
        assert labels.SCREEN_WORDS["Upload"] in dropzone.inner_text()
    if name == "sources":  # the grids drew their cells, and the recording saw them
        assert page.evaluate("window.__drawn.length") > 0
    assert english(page) == []


def test_a_phone_opens_with_the_filters_folded_and_the_cards_in_order(browser, app_url):
    context, page = open_page(browser, app_url, "", "phone")
    try:
        # folded: the sidebar is off the screen, the page starts at its left edge
        sidebar = page.evaluate(
            "() => document.querySelector('[data-testid=\"stSidebar\"]').getBoundingClientRect().right"
        )
        assert sidebar <= 1 and page.locator("h1").bounding_box()["x"] < 40
        tops = page.evaluate(
            "() => [...document.querySelectorAll('[data-testid=\"stMetric\"]')]"
            ".map(m => m.getBoundingClientRect().top)"
        )
        assert len(tops) == 6 and tops == sorted(tops)  # one column, in the cards' order
        labels_in_order = page.locator('[data-testid="stMetricLabel"]').all_inner_texts()
        assert labels_in_order[0].startswith("Số hội viên") and labels_in_order[-1].startswith(
            "Tỷ lệ nợ quá hạn"
        )
    finally:
        context.close()


def test_printing_a_page_leaves_out_the_sidebar_and_buttons_and_keeps_charts_whole(
    browser, app_url, screenshots
):
    context, page = open_page(browser, app_url, "members", "desktop")
    try:
        page.emulate_media(media="print")
        shown = page.evaluate(
            """() => ['[data-testid="stSidebar"]', '[data-testid="stDownloadButton"]', '.modebar-container']
                .map(s => [...document.querySelectorAll(s)].some(e => getComputedStyle(e).display !== 'none'))"""
        )
        assert shown == [False, False, False]
        kept = page.evaluate(
            "() => [...document.querySelectorAll('.stPlotlyChart')].map(e => getComputedStyle(e).breakInside)"
        )
        assert kept and set(kept) == {"avoid"}
        pdf = page.pdf(format="A4", landscape=True, print_background=True)
        (screenshots / "layout").mkdir(exist_ok=True)
        (screenshots / "layout" / "print_members.pdf").write_bytes(pdf)
        assert pdf.startswith(b"%PDF")
    finally:
        context.close()


def luminance(css: str) -> float:
    r, g, b = (int(x) for x in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_users_light_or_dark_theme_is_honoured_and_charts_read_in_both(
    browser, app_url, screenshots, scheme
):
    context, page = new_page(browser, 1440, 900, color_scheme=scheme)
    try:
        page.goto(f"{app_url}/members")
        page.wait_for_function("() => document.querySelectorAll('.js-plotly-plot').length >= 2")
        settle(page)
        keep(page, screenshots, f"theme_{scheme}_members")
        background = page.evaluate(
            "() => getComputedStyle(document.querySelector('[data-testid=\"stApp\"]')).backgroundColor"
        )
        texts = page.evaluate(
            """() => [...document.querySelectorAll('.js-plotly-plot .g-gtitle text, .js-plotly-plot .xtick text,'
                + ' .js-plotly-plot .legendtext')].map(e => getComputedStyle(e).fill)"""
        )
        page_light = luminance(background) > 0.5
        assert page_light == (scheme == "light")
        # every chart text contrasts with the page: dark on light, light on dark
        assert texts and all(abs(luminance(t) - luminance(background)) > 0.4 for t in texts), (
            background,
            texts,
        )
    finally:
        context.close()


@pytest.mark.parametrize(("w", "h"), [(1920, 1080), (1440, 900)])
def test_presentation_fills_the_screen_and_keeps_the_summary_on_it(browser, app_url, screenshots, w, h):
    context, page = new_page(browser, w, h)
    try:
        page.goto(f"{app_url}/members?present=1")
        page.wait_for_selector(".js-plotly-plot .main-svg")
        settle(page)
        keep(page, screenshots, f"present_{w}x{h}")
        plot = page.locator(".js-plotly-plot").bounding_box()
        assert plot["width"] >= 0.85 * w or plot["height"] >= 0.6 * h  # not a 1,040-pixel corner
        summary = page.locator('[data-testid="stMain"] strong').last.bounding_box()
        assert summary["y"] + summary["height"] <= h  # under the chart, on the screen
    finally:
        context.close()
