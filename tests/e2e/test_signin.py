"""Sign-in in a real browser against `streamlit run serve.py`: the local form, the office's identity
provider (a mock OpenID Connect provider from PyPI, in this process, offline), sign-out; the
server's own rules — no framing, XSRF on uploads, no start on another address with nobody to
sign in."""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from urllib.parse import quote

import httpx
import pytest

from bench.serve import free_port, start_streamlit, stop
from danvan import labels
from danvan.accounts import audit, db, users
from tests.conftest import ROOT
from tests.e2e.test_browser import CHART, settle

PASSWORD = "mat-khau-du-dai"


@pytest.fixture(scope="module")
def provider():
    import oidc_provider_mock

    with oidc_provider_mock.run_server_in_thread(port=free_port()) as server:
        url = f"http://127.0.0.1:{server.server_port}"
        claims = {"email": "ha@tinh.gov.vn", "name": "Hà", "danvan_role": "analyst"}
        assert httpx.put(f"{url}/users/{quote('ha@tinh.gov.vn')}", json=claims).status_code == 204
        yield url


@pytest.fixture(scope="module")
def office(small_db, provider, tmp_path_factory):
    """The dashboard with local accounts and the provider configured, as an office runs it."""
    folder = tmp_path_factory.mktemp("signin")
    wh = folder / "app.duckdb"
    shutil.copy(small_db, wh)
    with db.connect(wh) as con:
        users.add(con, "xem.hn", "viewer", scope="01", password=PASSWORD)
    port = free_port()
    toml = folder / "secrets.toml"
    toml.write_text(
        "[auth]\n"
        f'redirect_uri = "http://127.0.0.1:{port}/oauth2callback"\n'
        f'cookie_secret = "{secrets.token_hex(32)}"\n'
        'client_id = "danvan"\nclient_secret = "bi-mat"\n'
        f'server_metadata_url = "{provider}/.well-known/openid-configuration"\n',
        encoding="utf-8",
    )
    proc, url = start_streamlit(
        ROOT / "serve.py", wh, folder / "streamlit.log", port=port, options=(f"--secrets.files={toml}",)
    )
    yield url, wh
    stop(proc)


def _signed_in(page) -> None:
    page.wait_for_selector(CHART, timeout=90_000)
    settle(page)


def sign_in(page, url: str, name: str, password: str = PASSWORD) -> None:
    """Open `url`, sign in with the form (Enter in the password field), wait for the page."""
    page.goto(url)
    page.get_by_label(labels.SIGNIN_NAME).fill(name)
    page.get_by_label(labels.SIGNIN_PASSWORD).fill(password)
    page.get_by_label(labels.SIGNIN_PASSWORD).press("Enter")
    _signed_in(page)


def test_the_local_form_signs_a_viewer_in_who_sees_no_import_page_nor_downloads(page, office):
    url, _wh = office
    sign_in(page, f"{url}/members?k=year", "xem.hn")
    assert "/members" in page.url and "k=year" in page.url  # the link asked for is what opens
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert labels.PAGE_TITLES["members"] in nav
    assert labels.PAGE_TITLES["import"] not in nav and labels.PAGE_TITLES["extract"] not in nav
    assert page.get_by_role("button", name=labels.DOWNLOAD_CSV).count() == 0
    assert page.locator('.modebar-btn[data-title*="png" i], .modebar-btn[data-title*="Tải" i]').count() == 0
    page.goto(f"{url}/import")
    page.wait_for_selector("text=" + labels.PAGE_NOT_ALLOWED.format(role="Người xem")[:40], timeout=60_000)
    assert page.locator('[data-testid="stFileUploader"]').count() == 0


def test_the_offices_provider_signs_in_and_out_in_the_browser(page, office):
    url, wh = office
    page.goto(url)
    page.get_by_role("button", name=labels.SIGNIN_OIDC_BUTTON).click()
    page.wait_for_url("**/oauth2/authorize**", timeout=60_000)
    page.get_by_placeholder("sub").fill("ha@tinh.gov.vn")
    page.get_by_role("button", name="Authorize").click()
    _signed_in(page)
    caption = labels.SIGNED_IN_AS.format(name="ha@tinh.gov.vn", role="Phân tích", scope="cả nước")
    shown = page.locator('[data-testid="stSidebar"] [data-testid="stCaptionContainer"]').inner_text()
    assert shown.replace("\u2060", "") == caption  # an address shown as text, not a mail link
    assert page.get_by_role("button", name=labels.DOWNLOAD_CSV).count() > 0  # an analyst downloads
    page.get_by_role("button", name=labels.SIGNOUT_BUTTON).click()
    page.wait_for_url("**/oauth2/end_session**", timeout=60_000)  # signed out of the provider too
    page.get_by_role("button", name="End session").click()
    page.get_by_role("button", name=labels.SIGNIN_OIDC_BUTTON).wait_for(timeout=60_000)
    page.goto(url)  # signed out of the dashboard's cookie too: the form again, no figure
    page.get_by_role("button", name=labels.SIGNIN_OIDC_BUTTON).wait_for(timeout=60_000)
    assert page.locator(CHART).count() == 0
    with db.connect(wh) as con:
        lines = audit.read(con)
    mine = lines[lines["user"] == "ha@tinh.gov.vn"]
    assert list(mine["action"]) == ["sign_in", "sign_out"]
    assert next(iter(mine["detail"])) == "oidc"


def test_pages_refuse_framing_and_uploads_need_the_xsrf_token(office):
    url, _ = office
    with urllib.request.urlopen(url + "/", timeout=30) as r:
        assert r.headers["X-Frame-Options"] == "DENY"
        assert r.headers["Content-Security-Policy"] == "frame-ancestors 'none'"
    request = urllib.request.Request(
        url + "/_stcore/upload_file/x/y",
        data=b"--b--\r\n",
        method="PUT",
        headers={"Content-Type": "multipart/form-data; boundary=b"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 403


def test_the_server_refuses_another_address_with_nobody_to_sign_in(small_db, tmp_path):
    wh = tmp_path / "app.duckdb"
    shutil.copy(small_db, wh)
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(ROOT / "serve.py"),
        "--server.address=0.0.0.0",
        f"--server.port={free_port()}",
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
    ]
    env = os.environ | {"DANVAN_DB": str(wh)}
    done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert labels.SERVE_REFUSED.format(address="0.0.0.0") in done.stderr
