"""Rendering helpers shared by the pages: a page report's charts with their summaries, sources
and downloads, KPI cards, notices, presentation mode and the image/deck/PDF exports."""

from __future__ import annotations

import contextlib
import hashlib
import html
import re
from collections.abc import Callable
from datetime import UTC, datetime

import pandas as pd
import streamlit as st

from danvan import deck, exports, formatting, images, labels, periods, summary
from danvan.accounts.roles import Action
from danvan.queries import Kpi
from danvan.report import Chart, PageReport
from ui import auth, cache

URL_NOTICE = "_url_notice"  # ui/filters.py: what a link asked for that the data does not have
PLOTLY_CONFIG = {
    "displaylogo": False,
    "locale": "vi",
    # The toolbar's camera button gives the same image as the server-side PNG download.
    "toImageButtonOptions": {
        "format": "png",
        "scale": 3,
        "width": images.SLIDE_WIDTH,
        "height": images.SLIDE_HEIGHT,
    },
}
# A role that may not download sees no download control: tables keep their search and full screen.
# The button is named by Streamlit's English label, or by its Vietnamese once ui/screen_words.py has
# put it in place.
NO_DOWNLOAD_CSS = "<style>{}</style>".format(
    ",".join(
        f'[data-testid="stElementToolbar"] button[aria-label="{label}"]'
        for label in ("Download as CSV", labels.SCREEN_WORDS["Download as CSV"])
    )
    + "{display:none}"
)
PRESENT_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"] {display: none !important;}
.block-container {padding-top: 1rem; max-width: 100% !important;}
html, body, [data-testid="stAppViewContainer"] {font-size: 22px;}
/* the slide: the screen's width at 16:9, never taller than what leaves room for the buttons and
   the summary under it (a 900-pixel-high screen cut the summary) */
.st-key-dv_slide [data-testid="stPlotlyChart"], .st-key-dv_slide .stPlotlyChart {
  height: min(calc(100vh - 13rem), calc((100vw - 4rem) * 0.5625)) !important;
}
[data-testid="stMetricValue"] {font-size: 3rem;}
</style>
"""


# Once per run, from the router. KPI cards: their title and comparison wrap instead of being cut
# with "…", the cards of a row one height. A phone (≤ 640 px): a chart's title and subtitle are
# the HTML heading above it (it wraps) instead of the figure's own (cut at the edge). Print: the
# page without the sidebar, header and toolbars, each chart kept whole on its page.
PAGE_CSS = (
    """
<style>
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *,
[data-testid="stMetricDelta"] ~ *, [data-testid="stMetricDeltaDescription"],
[data-testid="stMetricDeltaDescription"] * {
  white-space: normal !important; overflow: visible !important; text-overflow: clip !important;
}
[data-testid="stMetricLabel"] p {font-weight: 600;}
.dv-chart-head {display: none;}
@media (max-width: 640px) {
  .dv-chart-head {display: block; margin: 0.25rem 0 -0.25rem;}
  .dv-chart-head h4 {font-size: 1.05rem; margin: 0; padding: 0;}
  .dv-chart-head p {font-size: 0.8rem; opacity: 0.75; margin: 0.1rem 0 0;}
  .dv-chart-head .dv-stamp {display: inline-block; font-size: 0.75rem; color: #C62828;
    border: 1px solid #C62828; padding: 0 0.3rem; margin-top: 0.2rem;}
  .js-plotly-plot .g-gtitle, .js-plotly-plot .modebar-container,
  .js-plotly-plot .annotation:has(.annotation-text[data-unformatted="DEMO_STAMP"]) {display: none;}
}
@media print {
  [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
  [data-testid="stToolbar"], [data-testid="stDecoration"], [data-testid="stStatusWidget"],
  [data-testid="stElementToolbar"], [data-testid="stDownloadButton"], [data-testid="stExpander"],
  .modebar-container, button {display: none !important;}
  [data-testid="stMain"], [data-testid="stAppViewContainer"], .block-container {
    overflow: visible !important; height: auto !important; max-width: 100% !important; padding: 0 !important;
  }
  .stPlotlyChart, [data-testid="stMetric"], [data-testid="stVerticalBlockBorderWrapper"] {
    break-inside: avoid; page-break-inside: avoid;
  }
  html, body {background: #ffffff !important;}
}
</style>
"""
).replace("DEMO_STAMP", labels.DEMO_STAMP)


def presenting() -> bool:
    return st.query_params.get("present") == "1"


# The first screen ---------------------------------------------------------------------------------
# A new visitor's browser fetches Plotly (4.7 MB) when the first chart arrives, then draws every
# chart received meanwhile in one go; the sidebar's filters, sent before, load and draw their own
# widgets at the same time. With all of it sent at once the first chart was on screen only once
# five charts and the filters were drawn (2.4-2.8 s, against 1.8 s for a page with one chart). So
# a session's first run of a chart page sends the page's header and its first chart only; a few
# lines of script in the page (a components.v2 component, no iframe) report when that chart is on
# screen, and the run that follows sends everything: filters, the other charts, downloads. The
# first chart stays where it is; later runs send everything at once. Measured at national scale:
# 1.39-1.52x the one-chart page before, 1.12-1.17x after (bench/browser.py, medians of 5 loads).
FIRST_SCREEN_DONE = "_first_screen_done"  # session state: the full page has been sent once
_DRAWN_JS = """
export default function ({ setTriggerValue }) {
    let done = false;
    let timer = null;
    const chart = () => document.querySelector(".js-plotly-plot .main-svg");
    const report = () => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        // Once the frame showing the chart has been painted.
        requestAnimationFrame(() => setTimeout(() => setTriggerValue("drawn", true), 0));
    };
    const observer = new MutationObserver(() => chart() && report());
    observer.observe(document.body, { childList: true, subtree: true });
    timer = setTimeout(report, 5000); // never hold the page back for a chart that failed to draw
    if (chart()) report();
    return () => {
        observer.disconnect();
        clearTimeout(timer);
    };
}
"""
_drawn_signal = st.components.v2.component("danvan_first_chart_drawn", js=_DRAWN_JS)


def on_first_screen() -> bool:
    """Whether this run sends a first screen (see above): what can wait keeps its room."""
    return not st.session_state.get(FIRST_SCREEN_DONE)


def first_screen(chart_page: bool) -> bool:
    """Whether this run is a session's first screen (see above): the router asks before drawing
    the sidebar. Any other run marks the session's first screen as done."""
    if chart_page and not presenting() and on_first_screen():
        return True
    st.session_state[FIRST_SCREEN_DONE] = True
    return False


def _first_screen_drawn() -> None:
    st.session_state[FIRST_SCREEN_DONE] = True  # the trigger's rerun then sends the full page


def after_first_chart(render: Callable[[], None]) -> None:
    """What follows a page's first chart (call it right after that chart): rendered now, or on a
    first screen in the run that follows once the browser has drawn the chart."""
    if not on_first_screen():
        render()
    else:
        _drawn_signal(key="first_chart_drawn", on_drawn_change=_first_screen_drawn)


def nothing_to_wait_for() -> None:
    """On a first screen with no chart to draw (empty states only): send the full page now."""
    if on_first_screen():
        st.session_state[FIRST_SCREEN_DONE] = True
        st.rerun()


_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # what CommonMark lets a backslash escape


# before the colon of a scheme (http:, https:, ftp:, mailto:), the dot after www, and an @
_AUTOLINK = re.compile(
    r"(?i)(?<=https)(?=\\:)|(?<=http)(?=\\:)|(?<=ftp)(?=\\:)|(?<=mailto)(?=\\:)|(?<=www)(?=\\\.)|(?=\\@)"
)


def plain(text: object) -> str:
    """Text shown as typed where Streamlit reads Markdown (captions, messages, summaries): every
    ASCII punctuation mark escaped, so a title, a file or sheet name, a note, an evidence sentence
    or a link's value cannot become an image, a link, a colour or a formula on anyone's screen.
    Addresses stay words too: Streamlit's Markdown links a bare http://…, www.… or name@host even
    escaped, so an invisible word joiner (U+2060) sits where its link finder looks."""
    escaped = _ASCII_PUNCTUATION.sub(r"\\\1", str(text))
    return _AUTOLINK.sub("\u2060", escaped)


def text_table(table: pd.DataFrame) -> None:
    """A short table of words and formatted numbers, drawn as Markdown: a static table without a
    data grid or Arrow's formatting library (0.7 MB) to load before a page's first chart."""

    lines = [
        "| " + " | ".join(plain(c) for c in table.columns) + " |",
        "|" + " --- |" * len(table.columns),
        *("| " + " | ".join(plain(v) for v in row) + " |" for row in table.itertuples(index=False)),
    ]
    st.markdown("\n".join(lines))


def download_table(chart: Chart, reg: dict | None = None) -> pd.DataFrame:
    """The chart's data as a reader expects it: Vietnamese headers, labels (a partial period says
    how far it goes), values in base units, and how many communes reported each figure."""
    reg = reg if reg is not None else cache.registry()
    data = chart.data
    out = pd.DataFrame()
    if "period_label" in data:
        out[labels.COL_PERIOD] = data["period_label"].to_numpy()
    elif "bucket_id" in data:
        out[labels.COL_PERIOD] = data["bucket_id"].map(periods.label)
    if "locality_name" in data:
        out[labels.COL_LOCALITY] = data["locality_name"]
    if "organization" in data:
        out[labels.COL_ORG] = data["organization"].map(
            lambda c: labels.ALL_ORGS if c == "*" else reg["organization"]["short_name"].get(c, c)
        )
    if "breakdown" in data and data["breakdown"].ne("").any():
        out["Phân tổ"] = data["breakdown"].map(lambda c: reg["breakdown"]["name"].get(c, c))
    if "indicator" in data:
        out[labels.COL_INDICATOR] = data["indicator"].map(lambda c: reg["indicator"]["name"].get(c, c))
    out[labels.COL_VALUE] = data["value"].to_numpy()
    if chart.unit or "indicator" not in data:
        out[labels.COL_UNIT] = chart.unit
    else:  # rows of several indicators (the KPI table): each its own unit
        out[labels.COL_UNIT] = data["indicator"].map(reg["indicator"]["unit"]).to_numpy()
    if "units_expected" in data:
        out[labels.COL_UNITS_REPORTING] = data["units_reporting"].to_numpy()
        out[labels.COL_UNITS_EXPECTED] = data["units_expected"].to_numpy()
    if "complete" in data:
        out[labels.COL_COMPLETE] = data["complete"].map({True: "có", False: "chưa"}).to_numpy()
    if "is_demo" in data:
        out[labels.DEMO_STAMP] = data["is_demo"].map({True: "có", False: ""})
    return out


def chart(c: Chart, on_select: str | None = None):
    """One chart with its summary, sources and downloads; the empty state when it has no data."""
    event = figure(c, on_select)
    drill_down(c, event)
    if c.figure is not None:
        chart_details(c)
    return event


def drill_down(c: Chart, event) -> None:
    """A click on a locality's bar or on a province of a map selects it (the next run shows it)."""
    from danvan import profile
    from ui import filters  # filters imports this module

    picked = profile.picked_locality(event) if c.selectable else None
    if picked and filters.select_locality(picked):
        st.rerun()


def plotly_config() -> dict:
    """The charts' toolbar: without the camera button for a role that may not download."""
    if auth.may(Action.DOWNLOAD):
        return PLOTLY_CONFIG
    return PLOTLY_CONFIG | {"modeBarButtonsToRemove": ["toImage"]}


def figure(c: Chart, on_select: str | None = None):
    """The chart alone (its selection event), or its empty state."""
    if c.figure is None:
        st.info(plain(c.empty))
        return None
    config = plotly_config() | {
        "toImageButtonOptions": PLOTLY_CONFIG["toImageButtonOptions"] | {"filename": c.key}
    }
    chart_head(c)
    return st.plotly_chart(
        c.figure, key=c.key, config=config, on_select=on_select or "ignore", selection_mode=("points",)
    )


def chart_head(c: Chart) -> None:
    """The chart's title and subtitle as an HTML heading, shown on a phone only (PAGE_CSS), where
    the figure's own would be cut at the screen's edge."""
    subtitle = c.figure.layout.title.subtitle.text or "" if c.figure is not None else ""
    lines = [html.unescape(re.sub(r"<[^>]+>", "", part)) for part in subtitle.split("<br>")]
    st.html(
        f"<div class='dv-chart-head'><h4>{html.escape(c.title)}</h4>"
        + "".join(f"<p>{html.escape(line)}</p>" for line in lines if line)
        + (f"<span class='dv-stamp'>{html.escape(labels.DEMO_STAMP)}</span>" if c.is_demo else "")
        + "</div>"
    )


def chart_details(c: Chart) -> None:
    """What goes under a chart: its summary, sources and downloads."""
    if c.summary:
        st.markdown(plain(c.summary))
    if c.note:
        st.caption(plain(c.note))
    if c.source_text:
        st.caption(plain(c.source_text))
    if not auth.may(Action.DOWNLOAD):
        return
    # The files are made when a button is clicked, not on every rerun: at national scale the
    # coverage chart's table alone (87,000 rows) took seconds to write as XLSX on each rerun.
    # Each says what it holds (its header) in the chart's unit, named after the page and view.
    from ui import filters  # filters imports this module

    reg = cache.registry()
    view = filters.current()

    def table() -> pd.DataFrame:
        return exports.in_chart_unit(download_table(c, reg), c.unit)

    def head() -> list[tuple[str, str]]:
        made = datetime.now(UTC)
        return exports.header(
            c.title, view.subtitle, view.period_text, c.unit, c.source_text, made, c.is_demo
        )

    def name(ext: str) -> str:
        return exports.file_name(
            labels.PAGE_TITLES.get(current_page(), ""), c.key, view.buckets, view.area_name, ext
        )

    cols = st.columns([1, 1, 1, 1, 4])
    cols[0].download_button(
        labels.DOWNLOAD_CSV,
        lambda: exports.to_csv(table(), head()),
        name("csv"),
        "text/csv",
        key=f"{c.key}_csv",
    )
    cols[1].download_button(
        labels.DOWNLOAD_XLSX,
        lambda: exports.to_xlsx(table(), head()),
        name("xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key=f"{c.key}_xlsx",
    )
    with cols[2].popover(labels.EXPORT_PNG.split(" (")[0]):
        image_buttons(c, name)


PAGE_KEY = "_page"  # session state: the page this run shows (the router sets it)


def current_page() -> str:
    return st.session_state.get(PAGE_KEY, "overview")


def made_for(what: str) -> str:
    """Where a file made on demand is kept: by page and view, so that a filter change or another
    page never serves the file made for an earlier view."""
    from ui import filters  # filters imports this module

    view = hashlib.sha256(repr(filters.current()).encode()).hexdigest()[:16]
    return f"_made::{current_page()}::{view}::{what}"


def image_buttons(c: Chart, name: Callable[[str], str]) -> None:
    """PNG (3×) and SVG of a chart, rendered on demand on the server."""
    if images.chromium_path() is None:
        st.warning(labels.ERR_NO_CHROMIUM)
        return
    for fmt, label, mime in (
        ("png", labels.EXPORT_PNG, "image/png"),
        ("svg", labels.EXPORT_SVG, "image/svg+xml"),
    ):
        kept = made_for(f"{c.key}.{fmt}")
        if st.button(label, key=f"{c.key}_{fmt}_make"):
            try:
                with st.spinner(label):
                    st.session_state[kept] = images.render(c.figure, fmt)
            except images.ImageError as exc:
                st.error(plain(exc))
        data = st.session_state.get(kept)
        if data:
            file = name(fmt)
            st.download_button(
                labels.EXPORT_DOWNLOAD.format(name=file), data, file, mime, key=f"{c.key}_{fmt}_dl"
            )


def breadcrumb(report: PageReport) -> None:
    """After a drill-down, the way back up: the nation › the province › the area shown, each
    wider area a button."""
    from ui import filters  # filters imports this module

    wider = st.session_state.get(filters.CRUMBS) or []
    if not wider:
        return
    with st.container(horizontal=True, vertical_alignment="center", gap="small", key="dv_crumbs"):
        for area, name in wider:
            st.button(
                name, key=f"crumb_{area}", type="tertiary", on_click=filters.go_up, args=(area,),
                help=labels.CRUMB_HELP.format(name=name), width="content",
            )  # fmt: skip
            st.markdown("›", width="content")
        st.markdown(f"**{plain(report.view.area_name)}**", width="content")


def page_header(report: PageReport) -> None:
    if presenting():  # the slide itself carries the title, filters, sources and demo stamp
        return
    breadcrumb(report)
    st.title(report.title)
    st.caption(plain(report.view.subtitle))
    asked = st.session_state.get(URL_NOTICE)
    if asked:
        st.info(plain(asked))
    if report.is_demo:
        st.warning(labels.DEMO_NOTICE, icon="⚠️")


def charts(report: PageReport, skip: tuple[str, ...] = ()) -> None:
    """Every chart of the page (but `skip`, shown otherwise on screen), or one at a time in
    presentation mode."""
    if presenting():
        present(report)
        return
    shown = [c for c in report.charts if c.key not in skip]
    first = next((i for i, c in enumerate(shown) if c.figure is not None), len(shown))
    for c in shown[:first]:  # empty states before the first chart
        chart(c)
    if first == len(shown):
        _page_end(report)
        nothing_to_wait_for()
        return
    drill_down(shown[first], figure(shown[first], on_select="rerun" if shown[first].selectable else None))
    # A map right after the first chart is on the first screen too (the leaders' first look); the
    # first chart's details wait in a container that keeps their place, so the map stays put.
    after = first + 1
    with_map = after < len(shown) and shown[after].is_map and shown[after].figure is not None
    details = st.container() if with_map else None
    if with_map:
        drill_down(shown[after], figure(shown[after], on_select="rerun"))
        after += 1

    def rest() -> None:
        with details if details is not None else contextlib.nullcontext():
            chart_details(shown[first])
        if with_map:
            chart_details(shown[first + 1])
        for c in shown[after:]:
            chart(c, on_select="rerun" if c.selectable else None)
        _page_end(report)

    after_first_chart(rest)


def _page_end(report: PageReport) -> None:
    if report.view.reform_note:
        st.caption(plain(report.view.reform_note))
    export_panel(report)


def present(report: PageReport) -> None:
    """One chart per screen, stepped with buttons or the arrow keys."""
    shown = report.charts
    if not shown:
        return
    key = f"slide_{report.page}"
    i = min(st.session_state.get(key, 0), len(shown) - 1)
    left, mid, right, out = st.columns([1, 2, 1, 1])
    if left.button(labels.PRESENT_PREV, key=f"{key}_prev", shortcut="ArrowLeft", disabled=i == 0):
        i -= 1
    if right.button(
        labels.PRESENT_NEXT, key=f"{key}_next", shortcut="ArrowRight", disabled=i >= len(shown) - 1
    ):
        i += 1
    if out.button(labels.PRESENT_EXIT, key=f"{key}_exit", shortcut="Escape"):
        del st.query_params["present"]
        st.rerun()
    st.session_state[key] = i
    mid.markdown(labels.PRESENT_POSITION.format(i=i + 1, n=len(shown)))
    c = shown[i]
    if c.key == "kpis" and report.kpis:  # big numbers, not a table
        kpi_tiles(report)
        if report.summary:
            st.markdown(f"**{plain(report.summary)}**")
        return
    if c.figure is None:
        st.info(plain(c.empty))
        return
    # The screen's width at 16:9 (PRESENT_CSS sizes the element), with a projector's type.
    slide = images.for_slide(c.figure)
    top = (c.figure.layout.margin.t or 120) + 50  # the titles and legend at a projector's size
    slide.update_layout(width=None, height=None, autosize=True, margin={"t": top})
    with st.container(key="dv_slide"):
        st.plotly_chart(
            slide, key=f"{c.key}_present", config=plotly_config(), width="stretch", height="stretch"
        )
    if c.summary:
        st.markdown(f"**{plain(c.summary)}**")
    if c.note:
        st.caption(plain(c.note))


def kpi_delta(k: Kpi, unit: str) -> str | None:
    """The change's badge: percentage points for a ratio, a signed percent otherwise."""
    if unit == "%":
        return None if k.change is None else f"{formatting.number(k.change * 100, 2)} đ.p.t."
    return None if k.change_pct is None else formatting.percent(k.change_pct, 1, signed=True)


def kpi_tiles(report: PageReport) -> None:
    """The overview's KPI slide: each figure as a big number with its period and change."""
    reg = cache.registry()["indicator"]
    st.markdown(f"### {plain(labels.CHART_KPIS)} — {plain(report.view.label(report.view.current))}")
    codes = list(report.kpis)
    for row in range(0, len(codes), 3):
        for col, code in zip(st.columns(3), codes[row : row + 3], strict=False):
            k = report.kpis[code]
            unit = reg.loc[code, "unit"]
            delta = kpi_delta(k, unit) if k.value is not None and not k.minority else None
            col.metric(
                reg.loc[code, "name"],
                "—" if k.value is None else formatting.value(k.value, unit),
                delta=delta,
                delta_color="inverse" if code == "overdue_ratio" else "normal",
                border=True,
            )


def export_panel(report: PageReport) -> None:
    """The page as a PowerPoint deck or a PDF report, with progress while it is built (for the
    roles that may download)."""
    if not auth.may(Action.DOWNLOAD):
        return
    with st.expander(labels.EXPORT_TITLE):
        if images.chromium_path() is None:
            st.warning(labels.ERR_NO_CHROMIUM)
            return
        c1, c2 = st.columns(2)
        for col, fmt, label, mime in (
            (
                c1,
                "pptx",
                labels.EXPORT_PPTX,
                "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            ),
            (c2, "pdf", labels.EXPORT_PDF, "application/pdf"),
        ):
            if col.button(label, key=f"export_{fmt}"):
                bar = col.progress(0.0)

                def step(i: int, n: int, bar=bar, label=label) -> None:
                    bar.progress(i / n, text=labels.EXPORT_PROGRESS.format(what=label.lower(), i=i, n=n))

                try:
                    st.session_state[made_for(f"export.{fmt}")] = deck.export(report, fmt, step)
                    bar.progress(1.0, text=labels.EXPORT_DONE)
                except images.ImageError as exc:
                    col.error(plain(exc))
            data = st.session_state.get(made_for(f"export.{fmt}"))
            if data:
                v = report.view
                name = exports.file_name(report.title, "", v.buckets, v.area_name, fmt)
                col.download_button(
                    labels.EXPORT_DOWNLOAD.format(name=name), data, name, mime, key=f"export_{fmt}_dl"
                )


# Room kept on a first screen for what comes with the full page, as Streamlit 1.67 draws it (px).
KPI_CARD_HEIGHT = 240  # a bordered KPI card: a two-line title and comparison, its sparkline
SELECTBOX_HEIGHT = 68  # a selectbox with a one-line label


def kpi_card(k: Kpi, trend: pd.DataFrame, base: str, area_name: str = "") -> None:
    """A big number with its period, the change against its base (like for like) and the trend;
    how many communes reported when some did not, and no change for a minority's sum."""
    reg = cache.registry()["indicator"].loc[k.indicator]
    unit, noun = reg["unit"], reg["noun"]
    title = labels.KPI_TITLE.format(name=reg["name"], period=k.label) if k.label else reg["name"]
    if k.value is None:
        st.metric(title, "—", help=reg["definition"], border=True)
        return
    units = formatting.units_note(k.units_reporting, k.units_expected)
    arrow, color = "auto", "inverse" if k.indicator == "overdue_ratio" else "normal"
    if k.minority:
        delta, arrow, color = (
            labels.NOT_TOTAL.format(units=units, area=area_name or labels.NATIONAL),
            "off",
            "orange",
        )
        phrase = None
    else:
        phrase = summary.compared(k, unit, noun, base)
        if k.partial_units:
            base_units = formatting.units_note(k.base_units_reporting, k.base_units_expected)
            phrase += " · " + "; ".join(
                x for x in (units, base_units and f"{k.base_label}: {base_units}") if x
            )
        delta = kpi_delta(k, unit)
    sparkline = trend.sort_values("bucket_end")["value"].tolist() if not trend.empty else None
    # The sparklines are drawn by a second charting library (Vega, 0.8 MB): on a first screen
    # they come with the full page, and the card keeps their room so the chart below stays put.
    later = sparkline is not None and on_first_screen()
    st.metric(  # the page's own notice says when figures are illustrative, not every card
        title,
        formatting.value(k.value, unit),
        delta=delta,
        delta_color=color,
        delta_arrow=arrow,
        help=reg["definition"],
        border=True,
        height=KPI_CARD_HEIGHT,  # one height: a row's cards align, and the page below stays put
        chart_data=None if later else sparkline,
        chart_type="area",
        delta_description=phrase,
    )
