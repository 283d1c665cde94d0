"""Streamlit's own words in Vietnamese in a real browser (ui/screen_words.py): every page (scanned
by its desktop layout check, test_layout.py), the not-found dialog, the organization filter's list and every entry of labels.SCREEN_WORDS, with no
English word of Streamlit's or Plotly's left in what the page shows, its tooltips (placeholder,
aria-label, title, Plotly's data-title) or the text drawn in a table's grid."""

from __future__ import annotations

import re

import pytest

from danvan import labels
from tests.e2e.test_browser import FILTER, settle

VIEWPORT = {"width": 1440, "height": 900}
IDLE = '[data-testid="stApp"][data-test-script-state="notRunning"]'
# Streamlit's and Plotly's English as it would show (case matters: "upload" is an icon's name).
ENGLISH = re.compile(
    r"\b(Upload|Browse|Drag and drop|per file|Select all|Clear all|No results|Choose an option|empty|"
    r"Page not found|Running|Stop|Deploy|Rerun|Download|Zoom|Pan|Autoscale|Reset axes|Toggle|"
    r"Produced with Plotly)\b"
)
# What a table's grid draws in its canvas, recorded before the page's own scripts run.
RECORD_DRAWN = """
window.__drawn = [];
const fill = CanvasRenderingContext2D.prototype.fillText;
CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
    window.__drawn.push(String(text));
    return fill.call(this, text, ...rest);
};
"""
# Everything shown: the page's text, the tooltips of what is rendered, what the grids drew.
SHOWN = """() => {
    const shown = [["text", document.body.innerText]];
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title], [data-title]")) {
        if (!el.getClientRects().length || getComputedStyle(el).visibility === "hidden") continue;
        for (const name of ["placeholder", "aria-label", "title", "data-title"]) {
            if (el.hasAttribute(name)) shown.push([name, el.getAttribute(name)]);
        }
    }
    for (const text of window.__drawn) shown.push(["canvas", text]);
    return shown;
}"""


@pytest.fixture
def view(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN")
    context.add_init_script(RECORD_DRAWN)
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def show(page, url: str) -> None:
    """Open the page and wait until it is all there and the app idle (a chart page's first screen
    comes without the sidebar's filters; the full page follows)."""
    page.goto(url)
    page.wait_for_selector(FILTER, state="attached", timeout=90_000)
    page.wait_for_selector(IDLE, timeout=90_000)
    settle(page)
    page.wait_for_selector(IDLE, timeout=90_000)


def english(page) -> list[str]:
    return [f"{where}: {text!r}" for where, text in page.evaluate(SHOWN) if ENGLISH.search(text)]


def test_no_english_on_the_page_of_an_unknown_address(view, app_url):
    """Every page is scanned on its desktop layout check (test_layout.scan_for_english); here the
    one no layout check opens: an unknown address and its dialog."""
    show(view, f"{app_url}/khong-co")
    dialog = view.get_by_role("dialog")
    dialog.wait_for()
    assert labels.SCREEN_WORDS["Page not found"] in dialog.inner_text()
    assert english(view) == []


def test_the_organization_list_says_its_words_in_vietnamese(view, app_url):
    show(view, f"{app_url}/members")
    orgs = view.locator('[data-testid="stSidebar"] [data-testid="stMultiSelect"]')
    orgs.scroll_into_view_if_needed()
    orgs.locator("input").click()
    view.get_by_role("option", name=labels.SCREEN_WORDS["Select all"], exact=True).wait_for()
    assert english(view) == []
    view.keyboard.type("zzzz")  # no organization is called that
    view.get_by_text(labels.SCREEN_WORDS["No results"], exact=True).wait_for()
    assert english(view) == []
    view.keyboard.press("Escape")


def test_a_file_of_the_wrong_kind_is_refused_in_vietnamese(view, app_url):
    show(view, f"{app_url}/extract")
    view.get_by_role("tab", name=labels.EXT_TAB_UPLOAD).click()
    uploader = view.locator('[data-testid="stFileUploader"]:visible')
    uploader.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        files=[{"name": "bang.csv", "mimeType": "text/csv", "buffer": b"a,b\n1,2\n"}]
    )
    refused = labels.SCREEN_WORDS["{} files are not allowed."].replace("{}", "text/csv")
    view.get_by_text(refused).wait_for()
    said = uploader.inner_text()
    assert labels.SCREEN_WORDS["Error:"] in said and "Error" not in said and "add icon" not in said
    chip = uploader.locator('[data-testid="stFileChipDeleteBtn"] button')
    assert chip.get_attribute("aria-label") == labels.SCREEN_WORDS["Remove {}"].replace("{}", "bang.csv")
    assert english(view) == []


def test_every_screen_word_is_put_in_place(view, app_url):
    """Each entry of labels.SCREEN_WORDS, as text and as a tooltip, the way Streamlit would add it
    (what shows only for a moment, like "Running..." and "Stop" while a page runs, included)."""
    show(view, f"{app_url}/import")
    words = {en.replace("{}", "X7"): vi.replace("{}", "X7") for en, vi in labels.SCREEN_WORDS.items()}
    view.evaluate(
        """(english) => {
            const box = document.createElement("div");
            box.id = "dv-test-words";
            for (const text of english) {
                const el = document.createElement("span");
                el.textContent = text;
                el.setAttribute("aria-label", text);
                box.append(el);
            }
            document.querySelector('[data-testid="stMain"]').append(box);
        }""",
        list(words),
    )
    view.wait_for_function(
        "(first) => document.querySelector('#dv-test-words span').textContent === first",
        arg=next(iter(words.values())),
    )
    shown = view.locator("#dv-test-words span").evaluate_all(
        "els => els.map(e => [e.textContent, e.getAttribute('aria-label')])"
    )
    assert shown == [[vi, vi] for vi in words.values()]
    # Changed in place later (React sets a new text or label on the same node): changed again.
    view.evaluate(
        """() => {
            const el = document.querySelector("#dv-test-words span");
            el.firstChild.nodeValue = "Stop";
            el.setAttribute("aria-label", "Running...");
        }"""
    )
    view.wait_for_function(
        "(stop) => document.querySelector('#dv-test-words span').textContent === stop",
        arg=labels.SCREEN_WORDS["Stop"],
    )
    assert (
        view.locator("#dv-test-words span").first.get_attribute("aria-label")
        == labels.SCREEN_WORDS["Running..."]
    )
