"""The router (served by `streamlit run serve.py`, which adds the server's own rules).

Sign-in first (ui/auth.py): until someone is signed in, only the form. Then the shared sidebar
filters (kept in the URL, limited to the user's locality scope) and the page chosen in the
navigation; a page the user's role may not use is not in the menu, and its URL says so instead of
running it. Every page is listed here explicitly (a test checks each file in app_pages/ is). `?present=1` (or the sidebar toggle) switches to
presentation mode: no sidebar or toolbars, large type, one 16:9 chart per screen. A session's
first run of a chart page leaves the filters out until its first chart is drawn (ui/components.py).
"""

import streamlit as st

from danvan import labels, warehouse
from danvan.accounts.roles import Action, User
from ui import auth, cache, components, filters, screen_words

# "auto": the filters open beside the page on a wide screen and stay folded away on a phone.
st.set_page_config(page_title=labels.APP_TITLE, layout="wide", initial_sidebar_state="auto")

# The root URL shows the overview through a hidden page of its own: the default page is served
# at the root only, and an overview page marked default answered its own path, /overview, with
# Streamlit's "Page not found" dialog before running it.
CHART_PAGES = ("", "overview", "members", "models", "loans", "localities")  # "": the root (home)
# What a page needs beyond seeing figures: a role without it does not see the page in the menu;
# the page itself says so in words if its URL is opened (auth.need), and the write path checks again.
NEEDS = {"import": Action.IMPORT, "extract": Action.REVIEW}


def pages(user: User | None) -> list[st.Page]:
    def page(file: str, url: str, **kw) -> st.Page:
        hidden = url == "home" or user is None or (url in NEEDS and not user.may(NEEDS[url]))
        title = labels.PAGE_TITLES["overview" if url == "home" else url]
        return st.Page(file, title=title, url_path=url, visibility="hidden" if hidden else "visible", **kw)

    return [
        page("app_pages/overview.py", "home", default=True),
        page("app_pages/overview.py", "overview"),
        page("app_pages/members.py", "members"),
        page("app_pages/models.py", "models"),
        page("app_pages/loans.py", "loans"),
        page("app_pages/localities.py", "localities"),
        page("app_pages/import_data.py", "import"),
        page("app_pages/extract.py", "extract"),
        page("app_pages/sources.py", "sources"),
    ]


def serve() -> None:
    screen_words.inject()  # Streamlit's and Plotly's own English words, in Vietnamese (sign-in too)
    user = auth.require()  # the sign-in form (and a stopped run) until someone is signed in
    if user is None:
        st.navigation(pages(None), position="hidden")
        auth.sign_in_screen()
        return
    auth.keep_signed_in()
    st.html(components.PAGE_CSS)  # the cards, the phone, print (ui/components.py)
    page = st.navigation(pages(user), position="hidden" if components.presenting() else "sidebar")
    # A session's first screen of a chart page is its header and first chart; the filters come
    # with the rest of the page once that chart is drawn (ui/components.py, "The first screen").
    st.session_state[components.PAGE_KEY] = page.url_path or "overview"
    first_screen = components.first_screen(page.url_path in CHART_PAGES)
    filters.sidebar(draw=not first_screen, within=user.scope)
    if not user.may(Action.DOWNLOAD):
        st.html(components.NO_DOWNLOAD_CSS)
    if components.presenting():
        st.html(components.PRESENT_CSS)
    elif not first_screen:
        auth.sidebar_account()
        if st.sidebar.button(labels.PRESENT_TOGGLE, key="present_on"):
            st.query_params["present"] = "1"
            st.rerun()
    page.run()


# The whole run reads the warehouse version published when it starts (ui/cache.py): a write
# publishing meanwhile shows on the next run, never half on this one.
try:
    with cache.pinned():
        serve()
except warehouse.WarehouseError as exc:  # missing, or built by an older version
    st.error(components.plain(exc))
