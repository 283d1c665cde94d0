"""Dư nợ ủy thác: balance by the four entrusted organizations, households, savings groups,
overdue ratio, by locality."""

import streamlit as st

from danvan import charts, labels
from ui import cache, components, filters

view = filters.current()
f = view.filters
st.title(labels.PAGE_TITLES["loans"])
st.caption(view.subtitle)
reg = cache.registry()
lenders = tuple(
    c for c in ("hoi_nd", "hoi_lhpn", "hoi_ccb", "doan_tn") if not f.organizations or c in f.organizations
)
extra = ("combined",) if not f.organizations or "combined" in f.organizations else ()
orgs = lenders + extra

meta = components.meta("loan_balance")
balance = cache.series(f, ("loan_balance",), orgs)
if balance.empty:
    components.empty_state(view, meta.indicator_name.lower())
    st.stop()
components.demo_notice(balance)
demo = bool(balance["is_demo"].any())
components.chart(
    charts.bars_by_period(balance, meta, labels.CHART_LOANS_BY_ORG, view.subtitle, demo),
    balance,
    "loans_by_org",
    meta,
)

left, right = st.columns(2)
with left:
    hmeta = components.meta("borrowing_households")
    households = cache.series(f, ("borrowing_households",), orgs)
    if not households.empty:
        components.chart(
            charts.lines_by_org(households, hmeta, labels.CHART_HOUSEHOLDS, view.subtitle, demo),
            households,
            "households",
            hmeta,
        )
with right:
    smeta = components.meta("savings_groups")
    groups = cache.series(f, ("savings_groups",), orgs)
    if not groups.empty:
        components.chart(
            charts.lines_by_org(groups, smeta, labels.CHART_SAVINGS, view.subtitle, demo),
            groups,
            "savings_groups",
            smeta,
        )

ometa = components.meta("overdue_ratio")
overdue = cache.series(f, ("overdue_ratio",), (*orgs, "*") if not f.organizations else orgs)
if not overdue.empty:
    components.chart(
        charts.lines_by_org(overdue, ometa, labels.CHART_OVERDUE, view.subtitle, demo),
        overdue,
        "overdue_ratio",
        ometa,
    )

rank = cache.ranking(f, "loan_balance", view.current)
if rank.empty:
    components.empty_state(view, labels.CHART_LOANS_RANKING.lower())
else:
    components.chart(
        charts.ranking(rank, meta, labels.CHART_LOANS_RANKING, view.subtitle, demo),
        rank,
        "loans_ranking",
        meta,
    )
components.reform_note(view)
