"""Two dashboard processes behind nginx, configured as deploy/nginx/danvan.conf, in a real browser.

nginx gives a browser its affinity cookie on the first page it loads; everything the browser asks
after that — its websocket (its session), the files it downloads (kept in that process's memory) —
must reach the same process, and an office must be spread over both processes. The first browser
comes as a new one; the second brings a cookie that nginx routes to the other process. nginx logs
where every request went.
"""

from __future__ import annotations

import secrets
import shutil
import time
import urllib.request
from pathlib import Path

import pytest

from bench.serve import start_nginx, start_streamlit, stop
from danvan import labels
from danvan.accounts import db as accounts_db
from danvan.accounts import users
from tests.conftest import ROOT
from tests.e2e.conftest import VIEWPORT
from tests.e2e.test_browser import download
from tests.e2e.test_signin import PASSWORD, sign_in

COOKIE = "danvan_route"


def _routes(log: Path) -> list[tuple[str, str, str]]:
    """(process, affinity cookie or "-", path) of every request nginx passed on, in order."""
    rows = []
    for line in log.read_text(encoding="utf-8").splitlines():
        upstream, cookie, path = line.split(" ", 2)
        rows.append((upstream, cookie, path))
    return rows


def _routed_to(url: str, log: Path, cookie: str) -> str:
    request = urllib.request.Request(url + "/_stcore/health", headers={"Cookie": f"{COOKIE}={cookie}"})
    with urllib.request.urlopen(request, timeout=30) as r:
        assert COOKIE not in (r.headers.get("Set-Cookie") or "")  # a browser's cookie is kept
    return _routes(log)[-1][0]


def _browse(browser, url: str, cookie: str | None) -> str:
    """A colleague opens a page and downloads a chart's figures; returns the affinity cookie."""
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN", accept_downloads=True)
    if cookie:
        context.add_cookies([{"name": COOKIE, "value": cookie, "url": url}])
    page = context.new_page()
    page.set_default_timeout(60_000)
    # reached through a proxy, the dashboard shows nothing before sign-in (ui/auth.py)
    sign_in(page, f"{url}/members?k=year&r=range&from=2023&to=2024", "phan.tich")
    csv = download(page, page.get_by_role("button", name=labels.DOWNLOAD_CSV).first)
    assert f"{labels.COL_VALUE} (người)" in Path(csv.path()).read_bytes().decode("utf-8-sig")
    mine = [c["value"] for c in context.cookies() if c["name"] == COOKIE]
    context.close()  # the websocket ends and nginx logs it
    assert len(mine) == 1
    return mine[0]


@pytest.fixture
def office(small_db, tmp_path, monkeypatch):
    db = tmp_path / "app.duckdb"
    shutil.copy(small_db, db)
    with accounts_db.connect(db) as con:
        users.add(con, "phan.tich", "analyst", password=PASSWORD)
    monkeypatch.setenv("STREAMLIT_SERVER_COOKIE_SECRET", secrets.token_hex(32))  # deploy/danvan.env
    servers = []
    proxy = None
    try:
        for i in range(2):
            servers.append(start_streamlit(ROOT / "serve.py", db, tmp_path / f"st{i}.log"))
        ports = [int(url.rsplit(":", 1)[1]) for _, url in servers]
        proxy, url = start_nginx(tmp_path, ports, log=True)
        yield url, tmp_path / "access.log", ports
    finally:
        if proxy is not None:
            stop(proxy)
        for proc, _ in servers:
            stop(proc)


def test_each_browser_stays_on_one_process_and_the_office_uses_both(browser, office):
    url, log, ports = office
    first = _browse(browser, url, None)  # a new browser: nginx hands it a cookie
    here = _routed_to(url, log, first)
    other = next(c for c in (f"colleague-{i}" for i in range(200)) if _routed_to(url, log, c) != here)
    second = _browse(browser, url, other)
    assert second == other
    deadline = (
        time.monotonic() + 60
    )  # nginx logs a websocket once it has closed (30 s ran out once, under load)
    while sum(p == "/_stcore/stream" for _, _, p in _routes(log)) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)

    routes = _routes(log)
    assert {u for u, _, _ in routes} == {f"127.0.0.1:{p}" for p in ports}
    for cookie in (first, second):
        mine = [(u, p) for u, c, p in routes if c == cookie]
        paths = {p for _, p in mine}
        assert "/_stcore/stream" in paths  # the session itself
        assert any(p.startswith("/media/") for p in paths)  # the file it downloaded
        assert len({u for u, _ in mine}) == 1, mine  # all of it from one process
