"""The server: `streamlit run serve.py` serves dashboard.py (the router) with what an office's
server needs around it: the pages may not be framed by another site; a server bound to an address
other machines reach refuses to start while nobody has to sign in (danvan/accounts/access.py); an
error nothing caught is logged and told in Vietnamese, without details.
"""

import contextlib
import os
import sys

import streamlit as st
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from streamlit import config

from danvan import labels
from danvan.accounts import access, db, sessions
from ui import auth, cache

# Sent with every page, file and response: no framing by another site, no type sniffing, no
# address of the dashboard leaked to the sites its links open.
SECURITY_HEADERS = [
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]


class SecurityHeaders:
    """ASGI middleware adding SECURITY_HEADERS to every HTTP response."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in names]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def session_cookie(request: Request) -> Response:
    """Trade a one-time ticket (handed to the page just signed in) for the session's cookie:
    HttpOnly, so no script reads it; SameSite=Strict; Secure when the office serves HTTPS."""
    with db.connect(cache.db_path()) as con:
        token = sessions.redeem(con, request.query_params.get("ticket", ""))
    if token is None:
        return Response(status_code=403)
    response = Response(status_code=204, headers={"Cache-Control": "no-store"})
    https = request.url.scheme == "https" or request.headers.get("x-forwarded-proto") == "https"
    response.set_cookie(
        sessions.COOKIE,
        token,
        max_age=access.MAX_HOURS * 3600,
        path="/",
        httponly=True,
        samesite="strict",
        secure=https,
    )
    return response


SESSION_ROUTE = "/_danvan/session"
os.environ[sessions.ROUTE_ENV] = SESSION_ROUTE  # the pages run in this process


@contextlib.asynccontextmanager
async def refuse_open_to_others(_app):
    """Stop before serving when bound beyond this machine with nobody to sign in."""
    refusal = access.open_refusal(
        config.get_option("server.address"), cache.db_path(), auth.oidc_configured()
    )
    if refusal:
        print(refusal, file=sys.stderr, flush=True)
        os._exit(2)  # uvicorn would log a lifespan traceback in English for an exception
    yield


def unexpected_error(exc: Exception) -> bool:
    """An error nothing on the page caught: Streamlit writes its traceback to the server's log; the
    user reads what to do in Vietnamese (never server paths, code, or links out)."""
    st.error(labels.ERR_UNEXPECTED)
    return True


app = st.App(
    "dashboard.py",
    routes=[Route(SESSION_ROUTE, session_cookie)],
    middleware=[Middleware(SecurityHeaders)],
    lifespan=refuse_open_to_others,
    on_script_error=unexpected_error,
)
