"""Sign-in in front of every page: `require()` runs first in the router and either returns the user
(`current_user()` afterwards, for pages and components) or draws the sign-in form and stops the
run. Pages never look at how the user signed in (danvan/accounts/access.py has the rules).
"""

from __future__ import annotations

import json
import os

import streamlit as st

from danvan import labels
from danvan.accounts import access, audit, db, sessions, users
from danvan.accounts import scope as access_scope
from danvan.accounts.roles import Action, User
from ui import cache, components

_SID = "_session"  # the accounts database's session of this tab (danvan/accounts/sessions.py)
_TICKET = "_session_ticket"  # its one-time ticket, until the browser trades it for the cookie
_USER = "_user"  # the User this run acts as (set by require)
_SAID = "_signin_said"  # why the last session ended, said once on the form
NOBODY = User(name="", role="", via="none")  # no role: may do nothing


def oidc_configured() -> bool:
    """The office's identity provider is configured (`[auth]` in .streamlit/secrets.toml)."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, KeyError, OSError):
        return False


def _peer() -> str | None:
    """The browser's address (None: this machine). Streamlit's test harness has no client and
    gives a stand-in object, which counts as this machine too."""
    ip = st.context.ip_address
    return ip if isinstance(ip, str) else None


def _cookie() -> str | None:
    """The session cookie the browser sent (the test harness's stand-in counts as none)."""
    value = st.context.cookies.get(sessions.COOKIE)
    return value if isinstance(value, str) else None


def address() -> str:
    return access.client_address(_peer(), st.context.headers)


def current_user() -> User:
    """The user of this run (set by the router's `require`; a page run without the router works it
    out the same way, and nobody signed in may do nothing)."""
    user = st.session_state.get(_USER) or require()
    return user or NOBODY


def may(action: Action) -> bool:
    return current_user().may(action)


def need(action: Action) -> None:
    """Stop a page the user's role may not use, saying so (pages that write call this first; the
    router also keeps them out of the menu, and the write path checks again)."""
    user = current_user()
    if not user.may(action):
        st.warning(labels.PAGE_NOT_ALLOWED.format(role=labels.ROLE_NAME.get(user.role, "—")))
        st.stop()


def require() -> User | None:
    """The user of this run, or None: then the router shows `sign_in_screen()` and nothing else."""
    path = cache.db_path()
    oidc = oidc_configured()
    if access.mode(path, oidc) == "open":
        if not access.client_is_local(_peer(), st.context.headers):
            st.session_state.pop(_USER, None)
            st.session_state[_SAID] = labels.SIGNIN_OPEN_REFUSED
            return None
        user = access.OPERATOR
    else:
        user = _signed_in(path, oidc)
    if user is None:
        st.session_state.pop(_USER, None)
    else:
        st.session_state[_USER] = user
    return user


def sign_in_screen() -> None:
    """The sign-in form (or, in the one-person mode reached from elsewhere, why there is none)."""
    path = cache.db_path()
    oidc = oidc_configured()
    if access.mode(path, oidc) == "open":
        st.title(labels.APP_TITLE)
        st.error(st.session_state.pop(_SAID, labels.SIGNIN_OPEN_REFUSED))
        return
    _form(path, oidc)


def _signed_in(path: str, oidc: bool) -> User | None:
    """The user of this browser's session while it lasts and the account is usable, else None.
    The session is the accounts database's (danvan/accounts/sessions.py), found from this tab's
    state or the browser's cookie; a provider's user just back from signing in starts one."""
    with db.connect(path) as con:
        sid = st.session_state.get(_SID) or sessions.from_cookie(con, _cookie())
        if sid is None and oidc and st.user.is_logged_in:
            return _provider_arrived(con)
        if sid is None:
            return None
        session, why = sessions.touch(con, sid)
        if session is None or why:  # ended: idle, too long; signed out elsewhere, disabled
            if st.session_state.pop(_SID, None) is not None or why:
                st.session_state[_SAID] = why or labels.SIGNIN_ENDED
            if session is not None:
                audit.record(con, "sign_out", user=session.name, detail=why, address=address())
            _provider_sign_out()
            return None
        st.session_state[_SID] = sid
        if session.via == "oidc" and not st.user.is_logged_in:  # the provider's sign-in ended
            _close(con, sid, session.name, labels.SIGNIN_ENDED)
            return None
        if session.via == "oidc":
            user = access.from_claims(path, st.user.to_dict())
        else:
            user = users.usable(con, session.name)
        if user is None:  # disabled meanwhile, or its role taken away
            _close(con, sid, session.name, labels.SIGNIN_ERR_DISABLED)
            return None
    return user


def _provider_arrived(con) -> User | None:
    """A user back from the office's provider: a session of the dashboard's own, audited."""
    claims = st.user.to_dict()
    user = access.from_claims(cache.db_path(), claims)
    if user is None:
        who = access.identity(claims) or "?"
        audit.record(con, "sign_in_failed", user=None, detail=who, address=address())
        st.session_state[_SAID] = labels.SIGNIN_OIDC_NO_ROLE.format(who=who)
        st.logout()
        return None
    audit.record(con, "sign_in", user=user.name, detail="oidc", address=address())
    _begin(con, user.name, "oidc")
    return user


def _begin(con, name: str, via: str) -> None:
    """A new session for this tab, and the ticket the browser trades for its cookie."""
    sid, ticket = sessions.start(con, name, via, address())
    st.session_state[_SID] = sid
    st.session_state[_TICKET] = ticket


def _close(con, sid: str, name: str, why: str) -> None:
    sessions.close(con, sid)
    st.session_state.pop(_SID, None)
    st.session_state.pop(_USER, None)
    st.session_state[_SAID] = why
    audit.record(con, "sign_out", user=name, detail=why, address=address())
    _provider_sign_out()


def _provider_sign_out() -> None:
    if oidc_configured() and st.user.is_logged_in:
        st.logout()


def keep_signed_in() -> None:
    """Just signed in: the browser trades the one-time ticket for the session's cookie (HttpOnly,
    set by serve.py's route), so a reload or another tab stays signed in. Without that route
    (the dashboard run without serve.py) the session lasts as long as the tab."""
    ticket = st.session_state.pop(_TICKET, None)
    route = os.environ.get(sessions.ROUTE_ENV)
    if ticket and route:
        st.html(
            f"<script>fetch({json.dumps(route + '?ticket=' + ticket)}, "
            "{credentials: 'same-origin', cache: 'no-store'});</script>",
            unsafe_allow_javascript=True,
        )


def _form(path: str, oidc: bool) -> None:
    """The sign-in screen: the provider's button and/or the local accounts' form."""
    st.html(_FORM_CSS)
    _, middle, _ = st.columns([1, 2, 1])
    with middle:
        _form_body(path, oidc)


# Streamlit's "Press Enter to submit form" under the fields is English; Enter still signs in.
_FORM_CSS = '<style>[data-testid="InputInstructions"]{display:none}</style>'


def _form_body(path: str, oidc: bool) -> None:
    st.title(labels.APP_TITLE)
    st.subheader(labels.SIGNIN_TITLE)
    if said := st.session_state.pop(_SAID, None):
        st.warning(components.plain(said))
    if oidc:
        if st.button(labels.SIGNIN_OIDC_BUTTON, type="primary"):
            st.login()
        st.caption(labels.SIGNIN_OIDC_OR_LOCAL)
    with st.form("signin"):
        name = st.text_input(labels.SIGNIN_NAME, autocomplete="username")
        password = st.text_input(labels.SIGNIN_PASSWORD, type="password", autocomplete="current-password")
        sent = st.form_submit_button(labels.SIGNIN_BUTTON, type="secondary" if oidc else "primary")
    if not sent:
        return
    try:
        with db.connect(path) as con:
            user = users.sign_in(con, name.strip(), password, address=address())
            _begin(con, user.name, "local")
    except users.AccountError as exc:
        st.error(components.plain(exc))
        return
    st.rerun()


def sign_out() -> None:
    """End the session (the sidebar's button): this tab, the browser's other tabs, the cookie."""
    sid = st.session_state.get(_SID)
    user = current_user()
    if sid is not None:
        with db.connect(cache.db_path()) as con:
            _close(con, sid, user.name, labels.SIGNED_OUT)


def sidebar_account() -> None:
    """Who is signed in, and the sign-out button (nothing in the one-person mode)."""
    user = current_user()
    if user.via == "none":
        return
    with st.sidebar:
        st.caption(
            components.plain(
                labels.SIGNED_IN_AS.format(
                    name=user.name, role=labels.ROLE_NAME[user.role], scope=scope_name(user.scope)
                )
            )
        )
        st.button(labels.SIGNOUT_BUTTON, key="sign_out", on_click=sign_out)


def scope_name(scope: str | None) -> str:
    return access_scope.scope_name(cache.cursor(), scope)
