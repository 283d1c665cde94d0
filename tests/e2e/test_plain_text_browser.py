"""The planted text of tests/test_plain_text.py in a real browser: pages that name the planted
sources load nothing from the outside address and draw no link, image or colour out of it."""

from __future__ import annotations

import shutil

import pytest

from bench.serve import start_streamlit, stop
from tests.conftest import ROOT
from tests.e2e.test_browser import open_view
from tests.test_plain_text import plant


@pytest.fixture(scope="module")
def planted_url(small_db, tmp_path_factory):
    folder = tmp_path_factory.mktemp("plain_e2e")
    db = folder / "app.duckdb"
    shutil.copy(small_db, db)
    mp = pytest.MonkeyPatch()
    mp.setenv("DANVAN_DB", str(db))
    plant(db)
    mp.undo()
    proc, url = start_streamlit(ROOT / "serve.py", db, folder / "streamlit.log")
    yield url
    stop(proc)


@pytest.mark.parametrize(
    "path",
    [
        "members?k=year&r=range&from=2021&to=2021&p=12&d=sourced",
        "localities?k=year&r=range&from=2017&to=2017&b=as_reported&d=sourced",
    ],
)
def test_no_planted_markup_reaches_the_page(page, planted_url, path):
    outside = []
    page.route("**/*evil.example*", lambda route: (outside.append(route.request.url), route.abort()))
    open_view(page, f"{planted_url}/{path}")
    assert "evil.example" in page.inner_text("body")  # the captions name the planted sources …
    assert page.locator('a[href*="evil.example"], img[src*="evil.example"]').count() == 0  # … as text
    assert page.locator("text=Bấm vào đây để xác minh").count() >= 1
    assert (
        page.locator('[data-testid="stMarkdownContainer"] span[style*="color"]:has-text("đỏ")').count() == 0
    )
    assert outside == []
