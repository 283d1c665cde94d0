"""The browser tests' fixtures: `streamlit run serve.py` on a free port against a copy of the
small warehouse, and Debian's Chromium driven by Playwright (never a browser download).

Every test here is marked `e2e` (select with `-m e2e`, leave out with `-m "not e2e"`). Without
/usr/bin/chromium the tests fail with what to do, never skip: CI must not pass without them.
Screenshots go to build/screenshots/, which the end of the run names.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bench.serve import CHROMIUM, CHROMIUM_ARGS, start_streamlit, stop
from tests.conftest import ROOT

SCREENSHOTS = ROOT / "build" / "screenshots"
VIEWPORT = {"width": 1400, "height": 900}


def pytest_configure(config):
    config.addinivalue_line("markers", "e2e: end-to-end tests in a real browser (Chromium)")


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.fspath).parents:
            item.add_marker(pytest.mark.e2e)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    shots = sorted(SCREENSHOTS.glob("*.png")) if SCREENSHOTS.exists() else []
    if shots:
        terminalreporter.write_sep("-", "ảnh chụp màn hình (e2e)")
        terminalreporter.write_line(f"{len(shots)} ảnh trong {SCREENSHOTS.relative_to(ROOT)}/")


@pytest.fixture(scope="session")
def screenshots() -> Path:
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    SCREENSHOTS.mkdir(parents=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def app_url(small_db, tmp_path_factory):
    """The dashboard served by `streamlit run serve.py` against a private copy of the small
    warehouse (the app reads its published version; its pages write new ones)."""
    folder = tmp_path_factory.mktemp("e2e")
    db = folder / "app.duckdb"
    shutil.copy(small_db, db)
    proc, url = start_streamlit(ROOT / "serve.py", db, folder / "streamlit.log")
    yield url
    stop(proc)


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"{CHROMIUM} không có: chạy `make browser` (apt-get install chromium fonts-noto-core). "
            "Các kiểm thử trên trình duyệt không được bỏ qua."
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh browser context (a new Streamlit session) and page."""
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN", accept_downloads=True)
    p = context.new_page()
    p.set_default_timeout(60_000)
    yield p
    context.close()
