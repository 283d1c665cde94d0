"""Sign-in and the roles on the pages (AppTest, the router's own runs): once an account exists no
figure is shown before sign-in; each role × each page and download; a scoped viewer's lists;
expiry and a disabled account; a provider's user (`at.user`) mapped to a role."""

from __future__ import annotations

import os
import shutil
import time

import pytest
from streamlit.testing.v1 import AppTest

from danvan import labels
from danvan.accounts import audit, db, sessions, users
from tests.conftest import ROOT, as_read

PASSWORD = "mat-khau-du-dai"
FIRST_SCREEN_DONE = "_first_screen_done"
ACCOUNTS = {  # name: (role, scope)
    "quan.tri": ("admin", None),
    "nhap.hn": ("editor", "01"),
    "phan.tich": ("analyst", None),
    "xem.xa": ("viewer", "00004"),  # Phường Ba Đình, Hà Nội
}


@pytest.fixture(scope="module")
def office_db(small_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("roles") / "app.duckdb"
    shutil.copy(small_db, path)
    with db.connect(path) as con:
        for name, (role, scope) in ACCOUNTS.items():
            users.add(con, name, role, scope=scope, password=PASSWORD)
    mp = pytest.MonkeyPatch()
    mp.setenv("DANVAN_DB", str(path))
    yield path
    mp.undo()


def app(name: str | None = None, seen_ago: float = 0.0, query: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state[FIRST_SCREEN_DONE] = True
    for k, v in (query or {}).items():
        at.query_params[k] = v
    if name is not None:  # signed in a while ago, in this tab
        with db.connect(os.environ["DANVAN_DB"]) as con:
            sid, _ticket = sessions.start(con, name, "local", "127.0.0.1", now=time.time() - seen_ago)
        at.session_state["_session"] = sid
    at.run()
    assert not at.exception, at.exception
    return at


def on_page(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"app_pages/{page}.py")
    at.run()
    assert not at.exception, at.exception
    return at


def signin_form(at: AppTest) -> bool:
    return [t.label for t in at.text_input] == [labels.SIGNIN_NAME, labels.SIGNIN_PASSWORD]


def texts(at: AppTest) -> str:
    parts = [
        e.value for kind in ("title", "markdown", "caption", "warning", "error", "info") for e in at.get(kind)
    ]
    return "\n".join(as_read(str(p)) for p in parts)


def test_once_an_account_exists_nothing_but_the_form_shows(office_db):
    at = app()
    assert signin_form(at)
    assert not at.get("plotly_chart") and not at.metric and not at.sidebar.selectbox
    on_page(at, "members")  # a page's URL asks for sign-in too
    assert signin_form(at) and not at.get("plotly_chart")


def test_signing_in_with_the_form_and_a_wrong_password(office_db):
    at = app()
    at.text_input[0].input("phan.tich")
    at.text_input[1].input("sai-mat-khau-9")
    at.button[0].click().run()
    assert [as_read(e.value) for e in at.error] == [labels.SIGNIN_ERR_WRONG] and signin_form(at)
    at.text_input[1].input(PASSWORD)
    at.button[0].click().run()
    assert not signin_form(at) and at.get("plotly_chart")
    shown = [as_read(c.value) for c in at.sidebar.caption]
    assert labels.SIGNED_IN_AS.format(name="phan.tich", role="Phân tích", scope="cả nước") in shown
    with db.connect(office_db) as con:
        last = audit.read(con).tail(2)
    assert list(last["action"]) == ["sign_in_failed", "sign_in"]
    assert list(last["address"]) == ["127.0.0.1", "127.0.0.1"]


# role → (import page, extract page, chart downloads)
GRANTS = {
    "xem.xa": (False, False, False),
    "phan.tich": (False, False, True),
    "nhap.hn": (True, True, True),
    "quan.tri": (True, True, True),
}


@pytest.mark.parametrize("name", list(GRANTS))
def test_each_role_sees_the_pages_and_downloads_it_may_use(office_db, name):
    may_import, may_review, may_download = GRANTS[name]
    at = on_page(app(name), "members")
    assert at.get("plotly_chart")
    csv = [b for b in at.get("download_button") if b.proto.label == labels.DOWNLOAD_CSV]
    assert bool(csv) is may_download
    assert bool([e for e in at.expander if e.label == labels.EXPORT_TITLE]) is may_download
    at = on_page(app(name), "import_data")
    refused = labels.PAGE_NOT_ALLOWED.format(role=labels.ROLE_NAME[ACCOUNTS[name][0]])
    assert bool(at.get("file_uploader")) is may_import
    assert (refused in [as_read(w.value) for w in at.warning]) is not may_import
    at = on_page(app(name), "extract")
    assert (refused in [as_read(w.value) for w in at.warning]) is not may_review
    at = on_page(app(name), "sources")
    assert at.title[0].value == labels.PAGE_TITLES["sources"]


def test_a_signed_in_editor_imports_under_its_own_name(office_db):
    at = on_page(app("nhap.hn"), "import_data")
    # no «imported by» field: the batch names the account
    assert labels.IMP_IMPORTED_BY not in [t.label for t in at.text_input]


def test_a_communes_viewer_chooses_only_its_province_and_its_commune(office_db):
    at = app("xem.xa", query={"p": "79"})  # a link to another province
    province = at.sidebar.selectbox(key="f_p")
    assert province.options == ["Hà Nội"] and province.value == "01"
    unit = at.sidebar.selectbox(key="f_u")
    assert unit.options == [labels.F_ALL_UNITS, "Phường Ba Đình"]
    asked = labels.URL_AREA_UNKNOWN.format(value="79", shown="Hà Nội")
    assert asked in texts(at)


def test_a_provinces_editor_chooses_its_province_and_every_commune_in_it(office_db):
    at = app("nhap.hn")
    province = at.sidebar.selectbox(key="f_p")
    assert province.options == ["Hà Nội"]
    unit = at.sidebar.selectbox(key="f_u")
    assert len(unit.options) > 100  # Hà Nội's 126 communes and wards, and «all»
    assert at.sidebar.selectbox(key="f_p").value == "01"


def test_a_session_idle_for_more_than_thirty_minutes_asks_for_sign_in_again(office_db):
    at = app("phan.tich", seen_ago=31 * 60)
    assert signin_form(at)
    assert labels.SIGNIN_EXPIRED_IDLE.format(n=30) in [as_read(w.value) for w in at.warning]
    with db.connect(office_db) as con:
        last = audit.read(con).iloc[-1]
    assert (last["user"], last["action"]) == ("phan.tich", "sign_out")


def test_an_account_disabled_meanwhile_is_signed_out_on_its_next_click(office_db):
    with db.connect(office_db) as con:
        users.add(con, "tam.thoi", "analyst", password=PASSWORD)
    at = app("tam.thoi")
    assert at.get("plotly_chart")
    with db.connect(office_db) as con:
        users.disable(con, "tam.thoi")
    at.run()
    # disabling ended its sessions: the next click says so
    assert signin_form(at) and labels.SIGNIN_ENDED in [as_read(w.value) for w in at.warning]


def test_signing_out(office_db):
    at = app("quan.tri")
    at.sidebar.button(key="sign_out").click().run()
    assert signin_form(at) and labels.SIGNED_OUT in [as_read(w.value) for w in at.warning]


OIDC = {
    "redirect_uri": "http://127.0.0.1:8501/oauth2callback",
    "cookie_secret": "khong-dung-that-chi-de-kiem-thu",
    "client_id": "danvan",
    "client_secret": "bi-mat",
    "server_metadata_url": "http://127.0.0.1:9/.well-known/openid-configuration",
}


def provider_app(claims: dict) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state[FIRST_SCREEN_DONE] = True
    at.secrets["auth"] = OIDC
    at.user = claims
    at.run()
    assert not at.exception, at.exception
    return at


def test_a_providers_user_gets_the_role_in_its_claims_and_is_audited(office_db):
    at = provider_app({"is_logged_in": True, "email": "ha@tinh.gov.vn", "danvan_role": "viewer"})
    assert at.get("plotly_chart")
    shown = [as_read(c.value) for c in at.sidebar.caption]
    assert labels.SIGNED_IN_AS.format(name="ha@tinh.gov.vn", role="Người xem", scope="cả nước") in shown
    on_page(at, "import_data")
    assert not at.get("file_uploader")
    with db.connect(office_db) as con:
        last = audit.read(con).iloc[-1]
    assert (last["user"], last["action"], last["detail"]) == ("ha@tinh.gov.vn", "sign_in", "oidc")


def test_the_provider_button_shows_before_sign_in_and_no_role_means_no_figures(office_db):
    at = provider_app({"is_logged_in": False})
    assert next(b.label for b in at.button) == labels.SIGNIN_OIDC_BUTTON and signin_form(at)
    at = provider_app({"is_logged_in": True, "email": "la@tinh.gov.vn"})
    assert not at.get("plotly_chart")
    assert labels.SIGNIN_OIDC_NO_ROLE.format(who="la@tinh.gov.vn") in [as_read(w.value) for w in at.warning]


def test_the_tables_download_button_is_hidden_under_either_of_its_labels():
    """Streamlit names it in English; ui/screen_words.py renames it in Vietnamese: the rule that
    hides it from a role that may not download must name both."""
    from ui.components import NO_DOWNLOAD_CSS

    for label in ("Download as CSV", labels.SCREEN_WORDS["Download as CSV"]):
        assert f'button[aria-label="{label}"]' in NO_DOWNLOAD_CSS
    assert NO_DOWNLOAD_CSS.endswith("{display:none}</style>")
