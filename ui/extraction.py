"""Streamlit helpers of the pages «Trích xuất báo cáo» and «Nguồn số liệu».

The locality index is built once per warehouse version (it only reads the units); the source
listings are cached like every other data function, keyed by the version (`at`) a run reads.
`sources_caption` is the line a chart can put under itself to say whose figures it shows.

The review table: a selectbox cell cannot hold '' (the table draws an empty choice as "None"), so
`editable` puts BLANK where the extractor left a note, a breakdown or a period empty and
`from_editor` takes it out again before saving; periods are chosen by name («9 tháng năm 2025»).
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from danvan import formatting, labels, periods, queries, sources
from danvan.extract import review
from danvan.localities import LocalityIndex
from ui import cache, components

_DATA = {"max_entries": 64, "ttl": 3600, "show_spinner": False}


@st.cache_resource(max_entries=2, show_spinner=False)
def _index(at: str) -> LocalityIndex:
    return LocalityIndex(cache.cursor())


def locality_index() -> LocalityIndex:
    return _index(cache.version())


@st.cache_data(**_DATA)
def _names(at: str) -> dict[str, dict[str, str]]:
    return {kind: frame["name"].to_dict() for kind, frame in queries.registry(cache.cursor()).items()}


def names() -> dict[str, dict[str, str]]:
    """code → name of organizations, indicators and breakdowns."""
    return _names(cache.version())


@st.cache_data(**_DATA)
def _overview(at: str, kinds: tuple[str, ...]) -> pd.DataFrame:
    return sources.overview(cache.cursor(), kinds)


def overview(kinds: tuple[str, ...]) -> pd.DataFrame:
    return _overview(cache.version(), kinds)


@st.cache_data(**_DATA)
def _facts_of(at: str, source_id: str) -> pd.DataFrame:
    return sources.facts_of(cache.cursor(), source_id)


def facts_of(source_id: str) -> pd.DataFrame:
    return _facts_of(cache.version(), source_id)


@st.cache_data(**_DATA)
def _conflicts(at: str, include_demo: bool) -> pd.DataFrame:
    return sources.conflicts(cache.cursor(), include_demo)


def conflicts(include_demo: bool) -> pd.DataFrame:
    return _conflicts(cache.version(), include_demo)


@st.cache_data(**_DATA)
def _document_text(at: str, source_id: str) -> str | None:
    return sources.document_text(cache.cursor(), source_id)


def document_text(source_id: str) -> str | None:
    return _document_text(cache.version(), source_id)


@st.cache_data(**_DATA)
def _described(at: str, source_ids: tuple[str, ...]) -> pd.DataFrame:
    return sources.describe_sources(cache.cursor(), source_ids)


def sources_caption(source_ids) -> None:
    """Under a chart: "Nguồn: …" for the sources of what it shows (nothing when there are none)."""
    text = sources.caption(_described(cache.version(), tuple(sorted(set(source_ids)))))
    if text:
        st.caption(components.plain(text))


def decision_label(code: str) -> str:
    return labels.EXT_DECISION.get(code, code)


BLANK = "-"  # what stands for '' in the review table's selectbox columns (never a code or a period)
_BLANKABLE = ("approx", "breakdown", "period")


def editable(table: pd.DataFrame) -> pd.DataFrame:
    """The review table as the editor gets it: BLANK instead of '' (or None) in the choice columns."""
    out = table.copy()
    for column in _BLANKABLE:
        if column in out:
            out[column] = [formatting.cell(v) or BLANK for v in out[column]]
    return out


def from_editor(edited: pd.DataFrame) -> pd.DataFrame:
    """The edited table as review.save takes it: '' again where the editor showed BLANK."""
    out = edited.copy()
    for column in _BLANKABLE:
        if column in out:
            out[column] = ["" if v == BLANK else formatting.cell(v) for v in out[column]]
    return out


def period_options(table: pd.DataFrame, published: date | None = None) -> list[str]:
    """The periods a reviewer can choose: BLANK, then every quarter, half-year, nine months and year
    of the years the figures (or the publication date) fall in and of the year before each, with the
    periods read from the text (a month, a date, a range), oldest first; anything else the table
    holds at the end, so that no row loses its value."""
    read = [p for p in (formatting.cell(v) for v in table.get("period", [])) if p and p != BLANK]
    known: dict[str, periods.Period] = {}
    other: list[str] = []
    for text in read:
        try:
            known[text] = periods.parse(text)
        except periods.PeriodError:
            other.append(text)
    years = {p.end.year for p in known.values()} | {p.start.year for p in known.values()}
    if published is not None:
        years.add(published.year)
    years = years or {date.today().year}
    for year in sorted(years | {y - 1 for y in years}):
        known.update({p.id: p for p in periods.buckets(year, year)})
    ordered = sorted(known, key=lambda i: (known[i].end, -known[i].start.toordinal(), i))
    return [BLANK, *ordered, *dict.fromkeys(other)]


def period_label(period_id: str) -> str:
    return labels.EXT_PERIOD_NONE if period_id == BLANK else formatting.period_name(period_id)


def approx_label(word: str) -> str:
    return "—" if word == BLANK else word


def breakdown_label(code: str, breakdown_names: dict[str, str]) -> str:
    return labels.EXT_BREAKDOWN_TOTAL if code == BLANK else breakdown_names.get(code, code)


def passed_over(result, table: pd.DataFrame, meta, indicator_names: dict[str, str], key: str) -> None:
    """The numbers not read as figures (folded), each with why; the picked ones join the review table."""
    if not result.passed_over:
        return
    with st.expander(labels.EXT_PASSED_HEADER.format(n=formatting.number(len(result.passed_over)))):
        st.caption(labels.EXT_PASSED_HELP)
        pc = labels.EXT_PASSED_COLUMNS
        picked = st.data_editor(
            review.passed_frame(result.passed_over, indicator_names),
            key=f"passed_{key}",
            hide_index=True,
            column_order=review.PASSED_COLUMNS,
            disabled=[col for col in review.PASSED_COLUMNS if col != "pick"],
            column_config={
                "pick": st.column_config.CheckboxColumn(pc["pick"], width="small"),
                "value": st.column_config.TextColumn(pc["value"]),
                "indicator": st.column_config.TextColumn(pc["indicator"]),
                "verdict": st.column_config.TextColumn(pc["verdict"], width="medium"),
                "confidence": st.column_config.ProgressColumn(
                    pc["confidence"], min_value=0.0, max_value=1.0, format="%.2f"
                ),
                "sentence": st.column_config.TextColumn(pc["sentence"], width="large"),
            },
        )
        if st.button(labels.EXT_PASSED_ADD, key=f"passed_add_{key}"):
            rows = [int(at) for at, on in zip(picked["at"], picked["pick"], strict=True) if on]
            st.session_state["ext_review"] = (
                result,
                review.with_picked(table, result.passed_over, rows),
                meta,
            )
            st.session_state.pop(f"editor_{key}", None)
            st.rerun()
