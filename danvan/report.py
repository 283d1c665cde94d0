"""What each dashboard page shows, built without Streamlit.

A page is a list of charts (figure, the data behind it, a summary sentence, its sources). The
Streamlit pages render it, presentation mode steps through it, and the PowerPoint deck and PDF
report export it — so the three always show the same numbers. `build(con, page, view)` is the
one entry point; pages are identified by their URL path.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import duckdb
import pandas as pd
import plotly.graph_objects as go

from danvan import charts, formatting, labels, periods, profile, queries, sources, summary
from danvan.maps import boundaries as mapboundaries
from danvan.maps import figure as mapfig

PAGES = ("overview", "members", "models", "loans", "localities")
OVERVIEW_KPIS = queries.OVERVIEW_KPIS
LENDERS = ("hoi_nd", "hoi_lhpn", "hoi_ccb", "doan_tn")
FIELD_COLORS = ("#2E7D32", "#F9A825", "#C62828", "#1565C0")


@dataclass(frozen=True)
class View:
    """The current selection: filters plus what the screen says about them. Hashable (cache key)."""

    filters: queries.Filters
    buckets: tuple[str, ...]  # the chosen buckets, oldest first
    compare: str = "yoy"
    area_name: str = labels.NATIONAL
    org_names: tuple[str, ...] = ()  # short names of the chosen organizations; () = all

    @property
    def current(self) -> str:
        return self.buckets[-1]

    def shown(self, bucket_id: str) -> periods.Shown:
        """A bucket as far as the data covers it (a partial year: "Năm 2026 (đến Quý III)")."""
        return periods.shown(bucket_id, self.filters.horizon)

    def label(self, bucket_id: str) -> str:
        return self.shown(bucket_id).label

    @property
    def period_text(self) -> str:
        first, last = self.label(self.buckets[0]), self.label(self.buckets[-1])
        return first if first == last else f"{first} – {last}"

    @property
    def subtitle(self) -> str:
        """Period and filters, carried by every chart (what a pasted image must say)."""
        f = self.filters
        parts = [
            self.period_text,
            self.area_name,
            labels.BOUNDARY[f.mode],
            ", ".join(self.org_names) or labels.ALL_ORGS,
        ]
        if f.scope == "sourced":
            parts.append(labels.SCOPE["sourced"])
        return " · ".join(parts)

    @property
    def crosses_reform(self) -> bool:
        reform = periods.parse("2025-Q3").start
        return periods.parse(self.buckets[0]).start < reform <= periods.parse(self.buckets[-1]).end

    @property
    def reform_note(self) -> str:
        """Why a series crossing 1/7/2025 is not comparable as shown; '' when it is."""
        if not self.crosses_reform:
            return ""
        area = self.filters.area_id
        if self.filters.mode == "as_reported":
            return labels.REFORM_NOTE
        if area != "VN" and len(area.lstrip("L")) > 2:  # a commune or a legacy district
            return labels.REFORM_NOTE_COMMUNE
        return ""


@dataclass
class Chart:
    key: str  # file name stem for downloads, unique on its page
    title: str
    figure: go.Figure | None  # None: nothing to show (see empty)
    data: pd.DataFrame
    unit: str = ""
    summary: str = ""
    source_ids: tuple[str, ...] = ()
    source_text: str = ""
    is_demo: bool = False
    empty: str = ""  # the empty-state sentence when there is no data
    note: str = ""  # under the chart: communes short of reports, the sourced-over-demo rule
    selectable: bool = False  # bars carry locality ids (click to drill down)
    table: pd.DataFrame | None = None  # the chart's rows as a table (the coverage gaps, the KPIs)
    table_note: str = ""  # says when the table shows only part of its rows
    is_map: bool = False  # a map: on a first screen it comes with the chart before it


@dataclass
class PageReport:
    page: str
    title: str
    view: View
    charts: list[Chart] = field(default_factory=list)
    kpis: dict[str, queries.Kpi] = field(default_factory=dict)
    summary: str = ""
    profile: pd.DataFrame | None = None

    @property
    def is_demo(self) -> bool:
        return any(c.is_demo for c in self.charts) or any(k.is_demo for k in self.kpis.values())

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(sorted({s for c in self.charts for s in c.source_ids}))


class _Builder:
    """Shared steps: registry lookups, figure meta, sources, empty states."""

    def __init__(self, con: duckdb.DuckDBPyConnection, view: View):
        self.con = con
        self.view = view
        self.f = view.filters
        self.reg = queries.registry(con)
        self._source_texts: dict[tuple[str, ...], str] = {}

    def meta(self, indicator: str) -> charts.Meta:
        ind = self.reg["indicator"].loc[indicator]
        orgs = self.reg["organization"]
        return charts.Meta(
            indicator_name=ind["name"],
            unit=ind["unit"],
            org_names=orgs["short_name"].to_dict(),
            org_colors=orgs["color"].to_dict(),
        )

    def orgs(self, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        codes = [c for c in self.reg["organization"].index if c != "combined"]
        chosen = self.f.organizations or tuple(codes)
        return tuple(c for c in chosen if allowed is None or c in allowed)

    def chart(
        self, key: str, title: str, indicator: str, data: pd.DataFrame, make, sentence: str = "", **kw
    ) -> Chart:
        meta = self.meta(indicator)
        if data.empty or data["value"].isna().all():
            what = title[0].lower() + title[1:]
            empty = labels.EMPTY_STATE.format(
                what=what, where=self.view.area_name, when=self.view.period_text
            )
            return Chart(key, title, None, data, meta.unit, empty=empty)
        ids = tuple(sorted({s for ids in data["source_ids"] for s in ids}))
        demo = bool(data["is_demo"].any())
        fig = make(data, meta, title, self.view.subtitle, demo)
        text = self.source_text(ids)
        charts.add_source_line(fig, text)
        note = kw.pop("note", None)
        if note is None:
            note = self.note(data)
        return Chart(key, title, fig, data, meta.unit, sentence, ids, text, demo, note=note, **kw)

    def note(self, data: pd.DataFrame) -> str:
        """Under a chart: the periods some communes did not report, and the sourced-over-demo rule
        where it decided what the chart shows."""
        names = {
            **self.reg["organization"]["short_name"].to_dict(),
            **self.reg["breakdown"]["name"].to_dict(),
        }
        names["*"] = labels.ALL_ORGS
        if "period_label" not in data or "units_expected" not in data:
            return ""
        parts = [summary.completeness(data, self.view.area_name, names)]
        if self.f.scope == "all":
            sourced_short = data[
                ~data["is_demo"].astype(bool) & (data["units_reporting"] < data["units_expected"])
            ]
            if not sourced_short.empty:
                parts.append(labels.NOTE_RULE_SOURCED)
        return " ".join(p for p in parts if p)

    def base(
        self, indicator: str, rows: pd.DataFrame, organizations: list[str] | None = None
    ) -> pd.DataFrame:
        """The same organizations in the bucket the latest one is compared with (like for like)."""
        if rows.empty:
            return rows
        latest = rows.sort_values("bucket_end")["bucket_id"].iloc[-1]
        base_id = periods.comparable(self.view.shown(latest), self.view.compare)
        if base_id is None:
            return rows.iloc[0:0]
        return queries.series(self.con, self.f, indicator, organizations=organizations, bucket_ids=[base_id])

    def source_text(self, ids: tuple[str, ...]) -> str:
        """ "Nguồn: …" — the same line the sources page uses (danvan/sources.py); the charts of a
        page mostly share their sources, so each list is described once per page."""
        if not ids:
            return ""
        key = tuple(sorted(set(ids)))
        if key not in self._source_texts:
            self._source_texts[key] = sources.caption(sources.describe_sources(self.con, key))
        return self._source_texts[key]

    def name(self, indicator: str) -> str:
        return self.reg["indicator"].loc[indicator, "name"]

    def noun(self, indicator: str) -> str:
        return self.reg["indicator"].loc[indicator, "noun"]


def overview(b: _Builder) -> PageReport:
    v, f = b.view, b.f
    kpis = queries.kpis(b.con, f, list(OVERVIEW_KPIS), v.current, v.compare)
    rank = queries.ranking(b.con, f, "members", v.current)
    top, bottom = rank.head(5), rank.dropna(subset=["value"]).tail(5)
    ranking_sentence = summary.ranking(rank, b.meta("members").unit, v.label(v.current))
    reach = None if top["value"].isna().all() else float(top["value"].max())

    def five(data: pd.DataFrame, meta: charts.Meta, title: str, subtitle: str, demo: bool) -> go.Figure:
        # the highest and the lowest five on one value axis: the lowest's bars look as short as they are
        return charts.ranking(data, meta, title, subtitle, demo, x_max=reach)

    kpi_rows = profile.table(kpis, b.reg["indicator"], v.compare, v.area_name)
    kpi_chart = Chart(
        "kpis",
        labels.CHART_KPIS,
        None,
        pd.DataFrame(),
        empty=labels.EMPTY_STATE.format(
            what=labels.CHART_KPIS.lower(), where=v.area_name, when=v.period_text
        ),
    )
    if not kpi_rows.empty:
        ids = tuple(sorted({s for k in kpis.values() for s in k.source_ids}))
        demo = any(k.is_demo for k in kpis.values())
        fig = charts.table(kpi_rows, f"{labels.CHART_KPIS} — {v.label(v.current)}", v.subtitle, demo)
        text = b.source_text(ids)
        charts.add_source_line(fig, text)
        data = pd.DataFrame(
            [
                {
                    "indicator": c,
                    "bucket_id": k.bucket_id,
                    "period_label": k.label,
                    "value": k.value,
                    "units_reporting": k.units_reporting,
                    "units_expected": k.units_expected,
                    "is_demo": k.is_demo,
                }
                for c, k in kpis.items()
            ]
        )
        note = summary.kpi_units(kpis, b.reg["indicator"]["short_name"].to_dict(), v.area_name)
        kpi_chart = Chart(
            "kpis", labels.CHART_KPIS, fig, data, "", "", ids, text, demo, note=note, table=kpi_rows
        )
    return PageReport(
        "overview",
        labels.PAGE_TITLES["overview"],
        v,
        charts=_with_map(
            [
                kpi_chart,
                b.chart("top5", labels.TOP5, "members", top, five, ranking_sentence, selectable=True),
                b.chart(
                    "bottom5",
                    labels.BOTTOM5,
                    "members",
                    bottom,
                    five,
                    summary.bottom(rank, b.meta("members").unit, v.label(v.current)),
                    selectable=True,
                ),
            ],
            b,
            "members",
            rank,
            after="kpis",
        ),
        kpis=kpis,
        summary=summary.overview(kpis, rank, v.area_name, v.compare),
    )


def members(b: _Builder) -> PageReport:
    v, f = b.view, b.f
    orgs = b.orgs()
    series = queries.series(b.con, f, "members", organizations=list(orgs))
    growth = queries.comparable_growth(queries.growth(b.con, f, "members", list(orgs)))
    new = queries.series(b.con, f, "new_members", organizations=list(orgs))
    rank = queries.ranking(b.con, f, "members", v.current)
    comp = queries.composition(b.con, f, "members", v.current)
    comp = comp[comp["organization"].isin(orgs)]
    unit = "người"
    return PageReport(
        "members",
        labels.PAGE_TITLES["members"],
        v,
        charts=_with_map(
            [
                b.chart(
                    "members_by_org",
                    labels.CHART_MEMBERS_BY_ORG,
                    "members",
                    series,
                    charts.lines_by_org,
                    summary.series(
                        series,
                        unit,
                        b.noun("members"),
                        b.name("members"),
                        v.compare,
                        v.area_name,
                        b.base("members", series, list(orgs)),
                    ),
                ),
                b.chart(
                    "members_growth",
                    labels.CHART_MEMBERS_GROWTH,
                    "members",
                    growth,
                    charts.growth,
                    summary.growth(growth, b.meta("members")),
                ),
                b.chart(
                    "new_members",
                    labels.CHART_NEW_MEMBERS,
                    "new_members",
                    new,
                    charts.bars_by_period,
                    summary.series(
                        new,
                        unit,
                        b.noun("new_members"),
                        b.name("new_members"),
                        v.compare,
                        v.area_name,
                        b.base("new_members", new, list(orgs)),
                    ),
                ),
                ranked(
                    b, "members_ranking", labels.CHART_MEMBERS_RANKING, "members", rank, charts.ranking, rank
                ),
                b.chart(
                    "members_composition",
                    labels.CHART_MEMBERS_COMPOSITION,
                    "members",
                    comp,
                    charts.composition,
                    summary.composition(comp, b.meta("members"), v.label(v.current)),
                ),
            ],
            b,
            "members",
            rank,
            after="members_by_org",
        ),
    )


def models(b: _Builder) -> PageReport:
    v, f = b.view, b.f
    fields = tuple(c for c in b.reg["breakdown"].index if c.startswith("field:"))
    new = queries.series(b.con, f, "dvk_models")
    cumulative = queries.series(b.con, f, "dvk_models_cumulative")
    by_field = queries.series(b.con, f, "dvk_models", breakdowns=fields)
    rank = queries.ranking(b.con, f, "dvk_models", v.current)
    names = b.reg["breakdown"]["name"].to_dict()
    colors = dict(zip(fields, FIELD_COLORS, strict=True))

    def fields_chart(data, meta, title, subtitle, demo):
        return charts.bars_by_period(data, meta, title, subtitle, demo, "breakdown", names, colors)

    return PageReport(
        "models",
        labels.PAGE_TITLES["models"],
        v,
        charts=_with_map(
            [
                b.chart(
                    "dvk_new",
                    labels.CHART_DVK_NEW,
                    "dvk_models",
                    new,
                    charts.bars_by_period,
                    summary.series(
                        new,
                        "mô hình",
                        "mô hình",
                        b.name("dvk_models"),
                        v.compare,
                        v.area_name,
                        b.base("dvk_models", new),
                    ),
                ),
                b.chart(
                    "dvk_cumulative",
                    labels.CHART_DVK_CUMULATIVE,
                    "dvk_models_cumulative",
                    cumulative,
                    charts.lines_by_org,
                    summary.series(
                        cumulative,
                        "mô hình",
                        "mô hình",
                        b.name("dvk_models_cumulative"),
                        v.compare,
                        v.area_name,
                        b.base("dvk_models_cumulative", cumulative),
                    ),
                ),
                b.chart(
                    "dvk_fields",
                    labels.CHART_DVK_FIELDS,
                    "dvk_models",
                    by_field,
                    fields_chart,
                    summary.fields(by_field, names, v.current),
                ),
                ranked(b, "dvk_ranking", labels.CHART_DVK_RANKING, "dvk_models", rank, charts.ranking, rank),
            ],
            b,
            "dvk_models",
            rank,
            after="dvk_new",
        ),
    )


def loans(b: _Builder) -> PageReport:
    v, f = b.view, b.f
    orgs = list(b.orgs((*LENDERS, "combined")))
    if not f.organizations:
        orgs.append("combined")
    balance = queries.series(b.con, f, "loan_balance", organizations=orgs)
    households = queries.series(b.con, f, "borrowing_households", organizations=orgs)
    groups = queries.series(b.con, f, "savings_groups", organizations=orgs)
    overdue_orgs = [*orgs, "*"] if not f.organizations else orgs
    overdue = queries.series(b.con, f, "overdue_ratio", organizations=overdue_orgs)
    rank = queries.ranking(b.con, f, "loan_balance", v.current)
    # where the overdue ratio is high: its own map, after its chart (the ranking is the balance's)
    overdue_rank = queries.ranking(b.con, f, "overdue_ratio", v.current)
    charts_ = _with_map(
        [
            b.chart(
                "loans_by_org",
                labels.CHART_LOANS_BY_ORG,
                "loan_balance",
                balance,
                charts.bars_by_period,
                summary.series(
                    balance,
                    "đồng",
                    "",
                    b.name("loan_balance"),
                    v.compare,
                    v.area_name,
                    b.base("loan_balance", balance, orgs),
                ),
            ),
            b.chart(
                "households",
                labels.CHART_HOUSEHOLDS,
                "borrowing_households",
                households,
                charts.lines_by_org,
                summary.series(
                    households,
                    "hộ",
                    "hộ",
                    b.name("borrowing_households"),
                    v.compare,
                    v.area_name,
                    b.base("borrowing_households", households, orgs),
                ),
            ),
            b.chart(
                "savings_groups",
                labels.CHART_SAVINGS,
                "savings_groups",
                groups,
                charts.lines_by_org,
                summary.series(
                    groups,
                    "tổ",
                    "tổ",
                    b.name("savings_groups"),
                    v.compare,
                    v.area_name,
                    b.base("savings_groups", groups, orgs),
                ),
            ),
            b.chart(
                "overdue_ratio",
                labels.CHART_OVERDUE,
                "overdue_ratio",
                overdue,
                charts.lines_by_org,
                summary.series(
                    overdue,
                    "%",
                    "",
                    b.name("overdue_ratio"),
                    v.compare,
                    v.area_name,
                    b.base("overdue_ratio", overdue, overdue_orgs),
                    total_code="*",
                ),
            ),
            ranked(
                b, "loans_ranking", labels.CHART_LOANS_RANKING, "loan_balance", rank, charts.ranking, rank
            ),
        ],
        b,
        "loan_balance",
        rank,
        after="loans_by_org",
    )
    charts_ = _with_map(charts_, b, "overdue_ratio", overdue_rank, after="overdue_ratio")
    return PageReport("loans", labels.PAGE_TITLES["loans"], v, charts=charts_)


def localities(b: _Builder, indicator: str = "members") -> PageReport:
    v, f = b.view, b.f
    codes = list(b.reg["indicator"].index)
    kpis = queries.kpis(b.con, f, codes, v.current, v.compare)
    parts = queries.series(
        b.con, f, codes, breakdowns=("", *b.reg["breakdown"].index), bucket_ids=[v.current]
    )
    ids = {s for k in kpis.values() for s in k.source_ids} | {s for ids in parts["source_ids"] for s in ids}
    described = sources.describe_sources(b.con, ids)
    source_labels = dict(zip(described["source_id"], described["label"], strict=True))
    rank = queries.ranking(b.con, f, indicator, v.current)

    def ranking_chart(data, meta, title, subtitle, demo):
        return charts.ranking(data, meta, title, subtitle, demo, top=60)

    title = f"{labels.CHART_RANKING_TABLE}: {b.name(indicator)}"
    return PageReport(
        "localities",
        labels.PAGE_TITLES["localities"],
        v,
        charts=[
            ranked(b, f"ranking_{indicator}", title, indicator, rank, ranking_chart, rank),
            coverage_chart(b),
        ],
        kpis=kpis,
        profile=profile.table(
            kpis,
            b.reg["indicator"],
            v.compare,
            v.area_name,
            parts,
            b.reg["breakdown"]["name"].to_dict(),
            source_labels,
        ),
    )


def map_chart(b: _Builder, indicator: str, rank: pd.DataFrame) -> Chart | None:
    """The ranking's figures on a map. The nation's view: a map of the provinces, today's 34 or the
    63 before the reform when the figures are the legacy provinces' («Theo đơn vị báo cáo»). A
    province's view: its communes (or, before the reform, its districts) as circles over its
    outline. A commune's own view: None (nothing inside it to map)."""
    v = b.view
    worse = indicator == "overdue_ratio"  # more is worse: a scale that runs to red
    if v.filters.area_id == "VN":
        era = "legacy" if rank["locality_id"].str.startswith("L").any() else "current"

        def make(data, meta, title, subtitle, demo):
            return mapfig.provinces(data, meta, title, subtitle, demo, era=era, worse_when_higher=worse)

        title, data = labels.CHART_MAP.format(name=b.name(indicator)), rank
    else:
        outline = mapboundaries.feature(v.filters.area_id)
        if outline is None:
            return None

        def make(data, meta, title, subtitle, demo):
            return mapfig.units(data, meta, title, subtitle, demo, outline=outline, worse_when_higher=worse)

        title = labels.CHART_MAP_UNITS.format(name=b.name(indicator), area=v.area_name)
        data = rank.merge(queries.coordinates(b.con, list(rank["locality_id"])), on="locality_id")
    return replace(ranked(b, f"map_{indicator}", title, indicator, data, make, rank), is_map=True)


def ranked(
    b: _Builder, key: str, title: str, indicator: str, data: pd.DataFrame, make, rank: pd.DataFrame
) -> Chart:
    """A chart of the units inside the area (a ranking, a map): the ranking's sentence and note,
    and a click on a unit drills down."""
    v = b.view
    sentence = summary.ranking(rank, b.meta(indicator).unit, v.label(v.current))
    return b.chart(
        key, title, indicator, data, make, sentence, selectable=True, note=ranking_note(b, rank, indicator)
    )


def _with_map(charts_: list, b: _Builder, indicator: str, rank: pd.DataFrame, after: str) -> list:
    """The page's charts with the map of its ranking's figures right after the chart keyed `after`:
    the overview's first chart (after the KPIs), the indicator pages' second, so that it is on the
    first screen (ui/components.py) — leaders look at the map before the ranking."""
    drawn = map_chart(b, indicator, rank)
    if drawn is None:
        return charts_
    at = next(i for i, c in enumerate(charts_) if c.key == after) + 1
    return [*charts_[:at], drawn, *charts_[at:]]


def ranking_note(b: _Builder, rank: pd.DataFrame, indicator: str) -> str:
    """Under a ranking: how far the area's own figure is reported (the units ranked are what
    reported), and each province ranked with fewer communes reporting than expected."""
    v = b.view
    area = queries.series(b.con, b.f, indicator, bucket_ids=[v.current])
    note = summary.completeness(area, v.area_name, {"*": labels.ALL_ORGS})
    if "units_expected" in rank:
        short = rank.dropna(subset=["value", "units_expected"])
        short = short[short["units_reporting"] < short["units_expected"]]
        if not short.empty:
            items = [
                f"{r.short_name} {summary.units_note(int(r.units_reporting), int(r.units_expected))}"
                for r in short.sort_values("units_reporting").head(5).itertuples()
            ]
            more = len(short) - len(items)
            note = " ".join(
                x
                for x in (
                    note,
                    labels.NOTE_RANKING_UNITS.format(
                        items="; ".join(items),
                        more=labels.NOTE_UNITS_MORE_UNITS.format(n=more) if more > 0 else "",
                    ),
                )
                if x
            )
    return note


_BUILDERS = {
    "overview": overview,
    "members": members,
    "models": models,
    "loans": loans,
    "localities": localities,
}


def build(con: duckdb.DuckDBPyConnection, page: str, view: View, **options) -> PageReport:
    """The report of one page (its URL path) for a view."""
    if page not in _BUILDERS:
        raise ValueError(labels.ERR_UNKNOWN_PAGE.format(value=page, valid=", ".join(PAGES)))
    return _BUILDERS[page](_Builder(con, view), **options)


def with_filters(view: View, **changes) -> View:
    return replace(view, filters=replace(view.filters, **changes))


def default_buckets(kind: str, last: str, count: int | None = None) -> tuple[str, ...]:
    """The `count` buckets of a kind ending at `last` (12 quarters, otherwise 4), oldest first."""
    count = count or (12 if kind == "quarter" else 4)
    end = periods.parse(last)
    all_ids = [p.id for p in periods.buckets(2000, end.end.year) if p.kind == kind and p.end <= end.end]
    return tuple(all_ids[-count:])


def coverage_chart(b: _Builder) -> Chart:
    """How many units reported each quarter in the view (data quality), and the gaps listed."""
    v = b.view
    quarterly = replace(v.filters, bucket_kind="quarter", date_from=periods.parse(v.buckets[0]).start)
    rows = queries.coverage(b.con, quarterly)
    title = labels.CHART_COVERAGE
    if rows.empty:
        empty = labels.EMPTY_STATE.format(what=title.lower(), where=v.area_name, when=v.period_text)
        return Chart("coverage", title, None, rows, empty=empty)
    demo = bool(rows["is_demo"].any())
    fig = charts.coverage(rows, title, v.subtitle, demo)
    latest = rows.sort_values("end_date").iloc[-1]
    sentence = labels.COVERAGE_SUMMARY.format(
        period=periods.label(latest["period_id"]),
        reported=formatting.number(int(latest["reported"])),
        total=formatting.number(int(latest["units"])),
        late=formatting.number(int(rows["late"].sum())),
        limit=queries.LATE_DAYS,
    )
    data = rows.assign(
        value=rows["reported"], bucket_id=rows["period_id"], source_ids=[() for _ in range(len(rows))]
    )
    gaps = queries.coverage_gaps(b.con, quarterly, GAPS_SHOWN)
    return Chart(
        "coverage",
        title,
        fig,
        data,
        labels.COVERAGE_UNIT,
        sentence,
        is_demo=demo,
        table=coverage_gaps(gaps),
        table_note=_gaps_note(gaps),
    )


GAPS_SHOWN = 500  # the gaps table under the coverage chart lists the newest this many


def coverage_gaps(gaps: pd.DataFrame) -> pd.DataFrame:
    """The missing and late reports (from queries.coverage_gaps), for the table under the chart."""
    if gaps.empty:
        return pd.DataFrame()
    status = [
        labels.COVERAGE_ABSENT if n == 0 else labels.COVERAGE_LATE.format(days=int(d))
        for n, d in zip(gaps["n_facts"], gaps["days_late"].fillna(0), strict=True)
    ]
    return pd.DataFrame(
        {
            labels.COL_PERIOD: gaps["period_id"].map(periods.label),
            labels.COL_LOCALITY: gaps["name"],
            labels.COL_STATUS: status,
        }
    )


def _gaps_note(gaps: pd.DataFrame) -> str:
    total = int(gaps["total"].iloc[0]) if not gaps.empty else 0
    if total <= len(gaps):
        return ""
    return labels.COVERAGE_GAPS_SHOWN.format(
        shown=formatting.number(len(gaps)), total=formatting.number(total)
    )
