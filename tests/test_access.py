"""Who may reach the dashboard (danvan/accounts/access.py): the one-person mode only on this
machine, the refusal to serve other machines with nobody to sign in, the audit's client address
behind a proxy, session expiry, and a provider's sign-in mapped to a role and scope."""

from __future__ import annotations

import pytest

from danvan import labels
from danvan.accounts import access, db, users
from danvan.accounts.roles import User

PASSWORD = "mat-khau-du-dai"


@pytest.mark.parametrize(
    ("address", "local"),
    [
        ("127.0.0.1", True),
        ("127.0.1.1", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("", False),
        (None, False),
        ("10.1.2.3", False),
        ("danvan.tinh.gov.vn", False),
    ],
)
def test_loopback_addresses(address, local):
    assert access.is_loopback(address) is local


def test_the_server_refuses_other_machines_while_nobody_signs_in(tmp_path):
    wh = tmp_path / "warehouse.duckdb"
    assert access.open_refusal("127.0.0.1", wh, oidc=False) is None
    refusal = access.open_refusal("0.0.0.0", wh, oidc=False)
    assert refusal == labels.SERVE_REFUSED.format(address="0.0.0.0")
    assert "users add" in refusal and "secrets.toml" in refusal
    assert access.open_refusal("", wh, oidc=False) == labels.SERVE_REFUSED.format(address="0.0.0.0")
    assert access.open_refusal("0.0.0.0", wh, oidc=True) is None  # the provider signs people in
    with db.connect(wh) as con:
        users.add(con, "quan.tri", "admin", password=PASSWORD)
    assert access.open_refusal("0.0.0.0", wh, oidc=False) is None
    assert access.mode(wh, oidc=False) == "local"


def test_a_browser_is_local_only_on_this_machine_and_not_through_a_proxy():
    assert access.client_is_local(None, {})  # Streamlit's None: 127.0.0.1 or ::1
    assert access.client_is_local("127.0.0.1", {})
    assert not access.client_is_local("10.0.0.7", {})
    assert not access.client_is_local(None, {"X-Forwarded-For": "10.0.0.7"})
    assert not access.client_is_local(None, {"Forwarded": "for=10.0.0.7"})


def test_the_audit_records_the_address_a_proxy_passes_on_only_from_this_machine():
    assert access.client_address(None, {"X-Forwarded-For": "10.0.0.7, 127.0.0.1"}) == "10.0.0.7"
    assert access.client_address("127.0.0.1", {"X-Real-Ip": "10.0.0.8"}) == "10.0.0.8"
    assert access.client_address(None, {}) == "127.0.0.1"
    # a browser elsewhere cannot name another address by sending the header itself
    assert access.client_address("10.0.0.9", {"X-Forwarded-For": "1.2.3.4"}) == "10.0.0.9"


def test_a_session_ends_after_thirty_idle_minutes_or_ten_hours():
    start = 1_000_000.0
    s = access.Session("lan.hn", "local", started=start, seen=start)
    assert access.expired(s, start + 30 * 60) is None  # exactly 30 minutes: still on
    assert access.expired(s, start + 30 * 60 + 1) == labels.SIGNIN_EXPIRED_IDLE.format(n=30)
    busy = access.Session("lan.hn", "local", started=start, seen=start + 10 * 3600 - 60)
    assert access.expired(busy, start + 10 * 3600) is None
    assert access.expired(busy, start + 10 * 3600 + 1) == labels.SIGNIN_EXPIRED_MAX.format(n=10)


@pytest.fixture
def wh(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    with db.connect(path) as con:
        users.add(con, "lan@tinh.gov.vn", "editor", scope="01")  # no password: the provider only
        users.add(con, "khoa@tinh.gov.vn", "viewer")
        users.disable(con, "khoa@tinh.gov.vn")
    return path


def test_a_providers_sign_in_takes_role_and_scope_from_the_tokens_claims(wh):
    claims = {"sub": "x1", "email": "ha@tinh.gov.vn", "danvan_role": "analyst", "danvan_scope": "79"}
    assert access.from_claims(wh, claims) == User("ha@tinh.gov.vn", "analyst", "79", via="oidc")
    claims = {"sub": "x1", "preferred_username": "ha", "danvan_role": "viewer"}
    assert access.from_claims(wh, claims) == User("ha", "viewer", None, via="oidc")


def test_without_claims_the_local_account_of_that_email_gives_role_and_scope(wh):
    claims = {"sub": "x2", "email": "LAN@tinh.gov.vn"}
    assert access.from_claims(wh, claims) == User("lan@tinh.gov.vn", "editor", "01", via="oidc")


def test_no_role_anywhere_or_a_disabled_local_account_signs_nobody_in(wh):
    assert access.from_claims(wh, {"sub": "x3", "email": "moi@tinh.gov.vn"}) is None
    assert access.from_claims(wh, {"sub": "x3", "email": "moi@tinh.gov.vn", "danvan_role": "chief"}) is None
    # disabled here stays disabled, whatever the token says
    claims = {"sub": "x4", "email": "khoa@tinh.gov.vn", "danvan_role": "admin"}
    assert access.from_claims(wh, claims) is None
    assert access.from_claims(wh, {}) is None
