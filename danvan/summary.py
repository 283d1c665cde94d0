"""Summary sentences in Vietnamese, written from the numbers (pages, decks and PDF reports)."""

from __future__ import annotations

import pandas as pd

from danvan import formatting, labels, periods
from danvan.queries import Kpi


def overview(kpis: dict[str, Kpi], ranking: pd.DataFrame, area_name: str, bucket_id: str, base: str) -> str:
    """ "Quý III/2026, Toàn quốc: tổng số hội viên, đoàn viên đạt 58.861.091, tăng … so với cùng kỳ;
    cao nhất là …; kết nạp mới …; …"."""
    parts: list[str] = []
    m = kpis.get("members")
    if m and m.value is not None:
        change = formatting.change_phrase(m.change, m.change_pct, "người", "hội viên, đoàn viên", base)
        parts.append(labels.SUMMARY_MEMBERS.format(value=formatting.number(m.value), change=change))
        top = ranking.dropna(subset=["value"]) if not ranking.empty else ranking
        if not top.empty:
            first = top.iloc[0]
            parts.append(
                labels.SUMMARY_TOP.format(
                    name=first["locality_name"], value=formatting.number(first["value"])
                )
            )
    n = kpis.get("new_members")
    if n and n.value is not None:
        parts.append(labels.SUMMARY_NEW.format(value=formatting.number(n.value)))
    d = kpis.get("dvk_models")
    if d and d.value is not None:
        parts.append(labels.SUMMARY_DVK.format(value=formatting.number(d.value)))
    loan, ratio = kpis.get("loan_balance"), kpis.get("overdue_ratio")
    if loan and loan.value is not None:
        parts.append(
            labels.SUMMARY_LOANS.format(
                value=formatting.money(loan.value),
                ratio=formatting.percent(ratio.value if ratio else None, 2),
            )
        )
    if not parts:
        return ""
    return labels.SUMMARY_LEAD.format(
        period=periods.label(bucket_id), where=area_name, parts="; ".join(parts)
    )


def _total_by_bucket(df: pd.DataFrame, total_code: str | None) -> pd.Series:
    if total_code and (df["organization"] == total_code).any():
        df = df[df["organization"] == total_code]
    return df.groupby("bucket_id")["value"].sum(min_count=1)


def series(
    df: pd.DataFrame, unit: str, noun: str, name: str, base: str, total_code: str | None = None
) -> str:
    """ "Quý III/2026, số hội viên, đoàn viên đạt 58.861.091, tăng … (+1,1%) so với cùng kỳ; cao nhất là …".

    The total of the organizations shown (or the `total_code` row, for ratios) in the latest
    bucket, against the comparison bucket when the chart holds it.
    """
    if df.empty:
        return ""
    totals = _total_by_bucket(df, total_code)
    last = df.sort_values("bucket_end")["bucket_id"].iloc[-1]
    value = totals.get(last)
    if value is None or pd.isna(value):
        return ""
    prev_id = periods.shift(last, base)
    prev = totals.get(prev_id) if prev_id else None
    change = None if prev is None or pd.isna(prev) else value - prev
    pct = None if change is None or not prev else change / abs(prev)
    text = labels.SUMMARY_SERIES.format(
        period=periods.label(last),
        name=name[0].lower() + name[1:],
        value=formatting.value(value, unit),
        change=formatting.change_phrase(change, pct, unit, noun, base),
    )
    rows = df[(df["bucket_id"] == last) & (df["organization"] != "*")].dropna(subset=["value"])
    if len(rows) > 1 and unit != "%":
        top = rows.sort_values("value", ascending=False).iloc[0]
        text += labels.SUMMARY_SERIES_TOP.format(
            org=_org(top["organization"]), value=formatting.value(top["value"], unit)
        )
    return text + "."


def growth(df: pd.DataFrame, meta) -> str:
    rows = df.dropna(subset=["growth"])
    if rows.empty:
        return ""
    last = rows.sort_values("bucket_end")["bucket_id"].iloc[-1]
    top = rows[rows["bucket_id"] == last].sort_values("growth", ascending=False).iloc[0]
    return (
        labels.SUMMARY_GROWTH.format(
            period=periods.label(last),
            org=meta.org_name(top["organization"]),
            value=formatting.percent(top["growth"], 1, signed=True),
        )
        + "."
    )


def ranking(rank: pd.DataFrame, unit: str, bucket_id: str) -> str:
    rows = rank.dropna(subset=["value"])
    if rows.empty:
        return ""
    top, bottom = rows.iloc[0], rows.iloc[-1]
    return (
        labels.SUMMARY_RANKING.format(
            period=periods.label(bucket_id),
            top=top["locality_name"],
            top_value=formatting.value(top["value"], unit),
            bottom=bottom["locality_name"],
            bottom_value=formatting.value(bottom["value"], unit),
        )
        + "."
    )


def composition(comp: pd.DataFrame, meta, bucket_id: str) -> str:
    rows = comp.dropna(subset=["value"])
    total = rows["value"].sum()
    if rows.empty or not total:
        return ""
    top = rows.sort_values("value", ascending=False).iloc[0]
    return (
        labels.SUMMARY_COMPOSITION.format(
            period=periods.label(bucket_id),
            org=meta.org_name(top["organization"]),
            share=formatting.percent(top["value"] / total, 1),
        )
        + "."
    )


def fields(df: pd.DataFrame, names: dict[str, str], bucket_id: str) -> str:
    rows = df[df["bucket_id"] == bucket_id].dropna(subset=["value"])
    total = rows["value"].sum()
    if rows.empty or not total:
        return ""
    top = rows.sort_values("value", ascending=False).iloc[0]
    return (
        labels.SUMMARY_FIELDS.format(
            period=periods.label(bucket_id),
            field=names.get(top["breakdown"], top["breakdown"]).lower(),
            value=formatting.number(top["value"]),
            share=formatting.percent(top["value"] / total, 1),
        )
        + "."
    )


_ORG_NAMES: dict[str, str] = {}


def _org(code: str) -> str:
    """Short organization name from the registry file (summaries are written without a connection)."""
    if not _ORG_NAMES:
        import csv
        from pathlib import Path

        path = Path(__file__).resolve().parent.parent / "data" / "reference" / "organizations.csv"
        with open(path, encoding="utf-8") as fh:
            _ORG_NAMES.update({r["code"]: r["short_name"] for r in csv.DictReader(fh)})
        _ORG_NAMES["*"] = labels.ALL_ORGS
    return _ORG_NAMES.get(code, code)
