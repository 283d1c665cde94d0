"""The shared sidebar filters, kept in the URL so a copied link opens exactly the same view.

URL keys: k (period kind), r (relative: range | last4 | this_year | last_year), from, to (bucket
ids), b (boundary mode), p (province or 'VN'), u (unit inside it), o (organizations, comma-
separated), c (comparison base), d (data scope). A value the data does not have is never fatal: the
nearest valid view opens and the page says what was asked and what is shown (`notice`).
"""

from __future__ import annotations

import contextlib
from datetime import date

import streamlit as st

from danvan import labels, periods, queries
from danvan.report import View
from ui import cache, components

DEFAULT_QUARTERS = 12


def _init_from_url(options: dict[str, list[str]], ss) -> None:
    """Seed the widgets from the URL once per session (the URL wins over defaults), and again
    when the browser brings back another URL: Back/Forward make Streamlit rerun with that entry's
    query string, which then differs from the one this session last wrote (`_url_written`).
    Without this the widgets keep their state and the next run writes it over the older URL."""
    qp = st.query_params
    seen = {k: v for k, v in qp.items() if k != "present"}
    ready = ss.get("_filters_ready")
    if ready and (not seen or seen == ss.get("_url_written")):
        st.session_state[NOTICE] = ""  # said once, for the link that asked
        return
    if ready:  # back/forward: keys absent from that URL go back to their defaults
        ss["f_o"] = []
        ss["url_u"] = ""
    for key, allowed in options.items():
        value = qp.get(key)
        if value is not None and value in allowed:
            ss[f"f_{key}"] = value
    if "o" in qp:
        orgs = [o for o in qp.get("o", "").split(",") if o in options["orgs"]]
        ss["f_o"] = orgs
    for key in ("from", "to", "p", "u"):
        if key in qp:
            ss[f"url_{key}"] = qp.get(key)
    st.session_state[NOTICE] = ""  # what this URL asked for that the data does not have
    ss["_filters_ready"] = True


NOTICE = components.URL_NOTICE


def notice() -> str:
    """What the link asked for that the data does not have, and what is shown instead ('' if none)."""
    return st.session_state.get(NOTICE, "")


def _say(text: str) -> None:
    st.session_state[NOTICE] = " ".join(x for x in (notice(), text) if x)


def _url_range(
    url_from, url_to, buckets: list[str], label, default: tuple[str, str]
) -> tuple[str, str] | None:
    """The range a link asks for, each end moved to the nearest period with figures (and said so);
    an end the link leaves out is the default's."""
    if url_from is None and url_to is None:
        return None
    ends = []
    for asked, fallback in zip((url_from, url_to), default, strict=True):
        if asked is None:
            ends.append(fallback)
            continue
        try:
            periods.parse(asked)
        except periods.PeriodError:
            _say(labels.URL_PERIOD_UNKNOWN.format(value=asked))
            return None
        got = asked if asked in buckets else periods.nearest(asked, buckets)
        if got != asked:
            _say(labels.URL_PERIOD_MOVED.format(asked=_asked_label(asked), shown=label(got)))
        ends.append(got)
    first, last = sorted(ends, key=buckets.index)
    return first, last


def _asked_label(asked: str) -> str:
    try:
        return periods.label(asked)
    except periods.PeriodError:
        return asked


def _clear_unit() -> None:
    st.session_state["f_u"] = ""


class _Unsent:
    """The sidebar's widgets, not sent: each returns what the widget would show in this run (its
    value in the session state, else its default), for a first screen drawn without them."""

    def __init__(self, ss: dict):
        self.ss = ss

    def _choice(self, label, options, *, key, **_):
        options = list(options)
        value = self.ss.get(key)
        self.ss[key] = value if value in options else options[0]
        return self.ss[key]

    selectbox = radio = _choice

    def select_slider(self, label, options, *, value, key, **_):
        self.ss[key] = tuple(self.ss.get(key, value))
        return self.ss[key]

    def multiselect(self, label, options, *, key, **_):
        self.ss[key] = list(self.ss.get(key) or [])
        return self.ss[key]


def sidebar(draw: bool = True, within: str | None = None) -> View:
    """The filters in the sidebar and the view they select. With draw=False nothing is sent (a
    session's first screen, see components.first_screen): the view is the one the widgets will
    show, worked out on a copy of the session state, so the run that draws them starts afresh.
    within: the user's locality scope — only its province (or the province a commune lies in) and
    the units inside the scope can be chosen, whatever a link asks for (it is told what is shown)."""
    ss = st.session_state if draw else st.session_state.to_dict()
    w = st if draw else _Unsent(ss)
    reg = cache.registry()
    org_codes = [c for c in reg["organization"].index if c != "combined"] + ["combined"]
    options = {
        "k": list(periods.BUCKET_KINDS),
        "r": list(labels.F_RELATIVE),
        "b": list(labels.BOUNDARY),
        "c": list(labels.COMPARE_OPTIONS),
        "d": list(labels.SCOPE),
        "orgs": org_codes,
    }
    _init_from_url(options, ss)
    with st.sidebar if draw else contextlib.nullcontext():
        if draw:
            st.header(labels.SIDEBAR_FILTERS)
        kind = w.selectbox(labels.F_PERIOD_KIND, options["k"], format_func=labels.PERIOD_KIND.get, key="f_k")
        scope = w.radio(
            labels.F_SCOPE, options["d"], format_func=labels.SCOPE.get, key="f_d", horizontal=True
        )
        last_end = cache.horizon(scope) or cache.horizon("all") or date.today()
        buckets = periods.choices(kind, cache.first_bucket_end(scope, kind), last_end)

        def label(b: str) -> str:
            return periods.shown(b, last_end).label

        rel = w.radio(
            labels.F_PERIOD_MODE, options["r"], format_func=labels.F_RELATIVE.get, key="f_r", horizontal=True
        )
        if rel == "range":
            key = f"f_range_{kind}"
            span = DEFAULT_QUARTERS if kind == "quarter" else 4
            initial = (buckets[max(0, len(buckets) - span)], buckets[-1])
            url_range = _url_range(ss.pop("url_from", None), ss.pop("url_to", None), buckets, label, initial)
            if url_range is not None:
                initial = url_range
                ss.pop(key, None)  # the URL wins over the slider's state
            elif key in ss and any(b not in buckets for b in ss[key]):
                ss.pop(key, None)
            # The range is passed as `value`, never written into session state: a select_slider
            # only reads the browser's two values back as a range when its `value` is a pair (set
            # through session state alone, the next rerun got one value and the range reset).
            start, end = w.select_slider(
                labels.F_PERIOD_RANGE, buckets, value=initial, format_func=label, key=key
            )
            chosen = buckets[buckets.index(start) : buckets.index(end) + 1]
        else:
            chosen = _relative(rel, kind, buckets, last_end)

        mode = w.radio(
            labels.F_BOUNDARY, options["b"], format_func=labels.BOUNDARY.get, key="f_b", on_change=_clear_unit
        )
        provinces = cache.units_in("VN", mode)
        prov_ids = ["VN", *provinces["locality_id"]]
        inside, around = cache.scope_units(within) if within else (None, None)
        if inside is not None:
            prov_ids = [p for p in prov_ids if p in inside or p == around]
        names = dict(zip(provinces["locality_id"], provinces["short_name"], strict=True))
        legacy = set(provinces.loc[provinces["era"] == "legacy", "locality_id"])
        url_p = ss.pop("url_p", None)
        if url_p in prov_ids:
            ss["f_p"] = url_p
        elif url_p is not None:
            _say(labels.URL_AREA_UNKNOWN.format(value=url_p, shown=_area_name(prov_ids[0], names)))
        if ss.get("f_p") not in prov_ids:
            ss["f_p"] = prov_ids[0]
        province = w.selectbox(
            labels.F_PROVINCE,
            prov_ids,
            key="f_p",
            on_change=_clear_unit,
            format_func=lambda i: _area_name(i, names) + (labels.F_LEGACY_SUFFIX if i in legacy else ""),
        )
        unit = ""
        unit_names: dict[str, str] = {}
        if province != "VN":
            units = cache.units_in(province, mode)
            unit_names = dict(zip(units["locality_id"], units["name"], strict=True))
            unit_ids = ["", *units["locality_id"]]
            if inside is not None and province not in inside:  # a commune's account
                unit_ids = ["", *(u for u in unit_ids[1:] if u in inside)]
            url_u = ss.pop("url_u", None)
            if url_u in unit_ids:
                ss["f_u"] = url_u
            elif url_u:
                _say(labels.URL_AREA_UNKNOWN.format(value=url_u, shown=names[province]))
            if ss.get("f_u") not in unit_ids:
                ss["f_u"] = ""
            unit = w.selectbox(
                labels.F_UNIT,
                unit_ids,
                key="f_u",
                format_func=lambda i: labels.F_ALL_UNITS if i == "" else unit_names[i],
            )
        orgs = w.multiselect(
            labels.F_ORGS,
            org_codes,
            key="f_o",
            help=labels.F_ORGS_HELP,
            placeholder=labels.ALL_ORGS,
            format_func=lambda c: reg["organization"].loc[c, "short_name"],
        )
        compare = w.selectbox(
            labels.F_COMPARE, options["c"], format_func=labels.COMPARE_OPTIONS.get, key="f_c"
        )

    area = unit or province
    area_name = labels.NATIONAL if area == "VN" else (unit_names.get(unit) if unit else names[province])
    p_first, p_last = periods.parse(chosen[0]), periods.parse(chosen[-1])
    f = queries.Filters(
        bucket_kind=kind,
        date_from=p_first.end,
        date_to=p_last.end,
        area_id=area,
        organizations=tuple(o for o in org_codes if o in orgs),
        mode=mode,
        scope=scope,
        horizon=last_end,
    )
    _write_url(kind, rel, chosen, mode, province, unit, orgs, compare, scope, ss)
    org_names = tuple(reg["organization"].loc[o, "short_name"] for o in f.organizations)
    view = View(filters=f, buckets=tuple(chosen), compare=compare, area_name=area_name, org_names=org_names)
    st.session_state["_view"] = view
    # The way back up after a drill-down: the wider areas this user may open (page_header).
    wider = [("VN", labels.NATIONAL)] if province != "VN" and "VN" in prov_ids else []
    if unit and (inside is None or province in inside):
        wider.append((province, names[province]))
    st.session_state[CRUMBS] = wider
    return view


CRUMBS = "_crumbs"  # session state: [(area id, name)] from the nation down to the shown area's parent


def go_up(area: str) -> None:
    """A breadcrumb's click: show the wider area `area` (the nation or the province), applied
    before the widgets on the run that follows."""
    st.session_state["url_p"], st.session_state["url_u"] = area, ""
    st.session_state["f_u"] = ""


def _area_name(area: str, names: dict[str, str]) -> str:
    return labels.NATIONAL if area == "VN" else names[area]


def current() -> View:
    """The view the router's sidebar computed in this run (pages call this)."""
    return st.session_state["_view"]


def _relative(rel: str, kind: str, buckets: list[str], last_end: date) -> list[str]:
    if rel == "last4":
        return buckets[-4:]
    year = last_end.year if rel == "this_year" else last_end.year - 1
    chosen = [b for b in buckets if periods.parse(b).end.year == year]
    return chosen or buckets[-1:]


def _write_url(kind, rel, chosen, mode, province, unit, orgs, compare, scope, ss) -> None:
    state = {"k": kind, "r": rel, "b": mode, "p": province, "c": compare, "d": scope}
    if rel == "range":
        state |= {"from": chosen[0], "to": chosen[-1]}
    if unit:
        state["u"] = unit
    if orgs:
        state["o"] = ",".join(orgs)
    ss["_url_written"] = state
    if {k: v for k, v in st.query_params.items() if k != "present"} != state:
        present = st.query_params.get("present")
        st.query_params.from_dict(state | ({"present": present} if present else {}))


def select_locality(locality_id: str) -> bool:
    """Drill down to a locality picked on a chart; applied on the next run (before the widgets)."""
    view = current()
    if locality_id == view.filters.area_id:
        return False
    if view.filters.area_id == "VN":
        st.session_state["url_p"], st.session_state["url_u"] = locality_id, ""
        st.session_state["f_u"] = ""
    else:
        st.session_state["url_p"], st.session_state["url_u"] = st.session_state.get("f_p"), locality_id
    return True
