"""Where figures come from: documents, import batches and the demo set (no Streamlit here).

`describe_sources(con, source_ids)` is what a chart calls to say, under itself, whose figures it
shows; the rest feeds the page «Nguồn số liệu»: every source with what it contributed, one source's
figures with their evidence, and conflicts (two sources, two values, one key) side by side.
Display frames carry Vietnamese column names and registry names, so pages only render them.
"""

from __future__ import annotations

import pandas as pd

from danvan import labels, periods, queries

KINDS = ("document", "import", "demo")


def describe_sources(con, source_ids) -> pd.DataFrame:
    """One row per source id: source_id, kind, kind_label, title, publisher, published, url, label.

    `label` is the one-line description used under charts ("Tiêu đề (Nơi ban hành, 12/09/2017)").
    Unknown ids are left out; documents come first, then import batches, then the demo set.
    """
    ids = sorted({str(s) for s in source_ids if s})
    frame = (
        queries.run(con, "sources", {"source_ids": ids})
        if ids
        else pd.DataFrame(columns=["source_id", "kind", "title", "publisher", "published", "url"])
    )
    frame = frame.copy()
    frame["kind_label"] = frame["kind"].map(lambda k: labels.SOURCE_KIND.get(k, k))
    frame["label"] = [_label(r) for r in frame.itertuples()]
    return frame[["source_id", "kind", "kind_label", "title", "publisher", "published", "url", "label"]]


def _date(value) -> str:
    return value.strftime("%d/%m/%Y") if value is not None and not pd.isna(value) else ""


def _label(r) -> str:
    if r.kind == "demo":
        return labels.SRC_CAPTION_DEMO
    when = _date(r.published)
    if r.kind == "import":
        return labels.SRC_ITEM_BATCH.format(title=r.title, date=when).replace(" ()", "")
    publisher = r.publisher if isinstance(r.publisher, str) and r.publisher else ""
    if publisher or when:
        detail = ", ".join(p for p in (publisher, when) if p)
        return f"{r.title} ({detail})"
    return labels.SRC_ITEM.format(title=r.title)


def caption(described: pd.DataFrame, limit: int = 3) -> str:
    """ "Nguồn: A; B; C và 2 nguồn khác" from `describe_sources`; '' when there is no source."""
    items = list(dict.fromkeys(described["label"]))
    if not items:
        return ""
    shown = "; ".join(items[:limit])
    if len(items) > limit:
        shown = labels.SRC_CAPTION_MORE.format(items=shown, n=len(items) - limit)
    return labels.SRC_CAPTION.format(items=shown)


# The page «Nguồn số liệu» ---------------------------------------------------------------------------
def _names(con) -> dict[str, dict[str, str]]:
    reg = queries.registry(con)
    return {kind: frame["name"].to_dict() for kind, frame in reg.items()}


def _period_span(start, end) -> str:
    """ "2020", "2011–2017", or the dates when the span is not whole years."""
    if start is None or pd.isna(start):
        return ""
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"
    a, b = _date(start), _date(end)
    return a if a == b else f"{a} – {b}"


def overview(con, kinds: tuple[str, ...] = ("document", "import")) -> pd.DataFrame:
    """Every source of the given kinds with what it contributed, for display."""
    raw = queries.run(con, "source_overview", {"kinds": [k for k in kinds if k in KINDS]})
    names = _names(con)
    indicator = names.get("indicator", {})
    c = labels.SRC_COLUMNS
    out = pd.DataFrame(
        {
            c["source_id"]: raw["source_id"],
            c["kind"]: raw["kind"].map(lambda k: labels.SOURCE_KIND.get(k, k)),
            c["title"]: raw["title"],
            c["publisher"]: raw["publisher"].fillna(""),
            c["published"]: raw["published"].map(_date) if len(raw) else [],
            c["n_facts"]: raw["n_facts"],
            c["indicators"]: raw["indicators"].map(
                lambda xs: ", ".join(indicator.get(x, x) for x in xs) if xs is not None else ""
            ),
            c["periods"]: [
                _period_span(a, b) for a, b in zip(raw["period_start"], raw["period_end"], strict=True)
            ],
            c["localities"]: [
                ", ".join(names_) + (f" (+{n - len(names_)})" if n > len(names_) else "")
                if names_ is not None
                else ""
                for names_, n in zip(raw["localities"], raw["n_localities"], strict=True)
            ],
            c["status"]: raw["status"].map(lambda s: labels.SRC_STATUS.get(s, s)),
        }
    )
    return out


def choices(overview_frame: pd.DataFrame) -> dict[str, str]:
    """source id → title, from `overview`, for a picker."""
    c = labels.SRC_COLUMNS
    return dict(zip(overview_frame[c["source_id"]], overview_frame[c["title"]], strict=True))


def _key_columns(raw: pd.DataFrame, names: dict, c: dict) -> dict:
    """The fact key as a reader sees it: locality, organization, indicator, breakdown, period."""
    return {
        c["locality"]: raw["locality_name"],
        c["organization"]: raw["organization"].map(lambda x: names.get("organization", {}).get(x, x)),
        c["indicator"]: raw["indicator"].map(lambda x: names.get("indicator", {}).get(x, x)),
        c["breakdown"]: raw["breakdown"].map(lambda x: names.get("breakdown", {}).get(x, x) if x else ""),
        c["period"]: raw["period_id"].map(periods.label),
    }


def facts_of(con, source_id: str) -> pd.DataFrame:
    """One source's figures, as stored, with evidence and a link to the dashboard view that
    shows each of them (its unit's profile on «Địa phương», sourced figures only), for display."""
    raw = queries.run(con, "source_facts", {"source_id": source_id})
    names = _names(con)
    c = labels.SRC_COLUMNS
    return pd.DataFrame(
        {
            **_key_columns(raw, names, c),
            c["value"]: raw["value"],
            c["approx"]: raw["approx"],
            c["evidence"]: raw["evidence"],
            c["winner"]: raw["in_use"],
            c["view"]: [view_link(r) for r in raw.itertuples()],
        }
    )


VIEW_PAGE = "localities"  # a unit's profile lists every indicator and breakdown it has


def view_query(fact) -> dict[str, str]:
    """The dashboard's URL keys (ui/filters.py) of the view showing a stored figure: its unit, and
    the smallest bucket holding it — the period itself when it is a bucket; the quarter of an
    as-of date or a month; the year a range ends in (a stock's or cumulative count's range is the
    position at its end, see fact_unit_bucket). Legacy units are shown as reported; a legacy commune
    through its district (the sidebar's two levels: province, then the unit inside it)."""
    p = periods.parse(fact.period_id)
    if p.kind in periods.BUCKET_KINDS:
        kind, bucket = p.kind, p.id
    elif p.kind == "range":
        kind, bucket = "year", str(p.end.year)
    else:
        kind, bucket = "quarter", periods.bucket_of("quarter", p.end)
    query = {"k": kind, "r": "range", "from": bucket, "to": bucket, "d": "sourced"}
    query["b"] = "as_reported" if fact.locality_era == "legacy" else "current"
    if fact.locality_level == "province":
        query["p"] = fact.locality_id
    else:
        query["p"] = fact.province_id
        unit = fact.district_id if fact.locality_era == "legacy" else fact.locality_id
        query["u"] = unit or fact.locality_id
    return query


def view_link(fact) -> str:
    from urllib.parse import urlencode

    return f"{VIEW_PAGE}?{urlencode(view_query(fact))}"


def conflicts(con, include_demo: bool = False) -> pd.DataFrame:
    """Pairs of sources disagreeing on one locality/organization/indicator/breakdown/period."""
    raw = queries.run(con, "source_conflicts", {"include_demo": include_demo})
    names = _names(con)
    c = labels.SRC_COLUMNS
    return pd.DataFrame(
        {
            **_key_columns(raw, names, c),
            c["value_a"]: raw["value_a"],
            c["source_a"]: raw["title_a"],
            c["value_b"]: raw["value_b"],
            c["source_b"]: raw["title_b"],
            c["winner"]: raw["winner_value"],
            c["difference_pct"]: raw["difference_pct"],
        }
    )


def document_text(con, source_id: str) -> str | None:
    """The text stored with a document extracted in the app (None for seeds and batches)."""
    rows = queries.run(con, "source_text", {"source_id": source_id})
    if rows.empty:
        return None
    text = rows["doc_text"].iloc[0]
    return text if isinstance(text, str) and text else None
