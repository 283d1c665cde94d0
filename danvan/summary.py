"""Summary sentences in Vietnamese, written from the numbers (pages, decks and PDF reports).

Every sentence names the period as the data covers it ("Năm 2026 (đến Quý III)"), says how many of
the communes that should report did when some did not ("41/54 xã báo cáo"), and never calls a sum
of fewer than half of them the area's total.
"""

from __future__ import annotations

import pandas as pd

from danvan import formatting, labels
from danvan.queries import Kpi

units_note = formatting.units_note
is_minority = formatting.is_minority


def compared(k: Kpi, unit: str, noun: str, base: str) -> str:
    """The change phrase of a KPI, naming the base period when the KPI's own is partial."""
    phrase = formatting.change_phrase(k.change, k.change_pct, unit, noun, base)
    if not k.complete and k.base_label and k.change is not None:
        phrase += f" ({k.base_label})"
    return phrase


def kpi_value(k: Kpi, unit: str, area_name: str) -> tuple[str, str]:
    """(value, note) of a KPI as a sentence shows it: the note says how many communes reported,
    and that a minority's sum is not the area's total."""
    value = formatting.value(k.value, unit)
    if k.minority:
        note = labels.NOT_TOTAL.format(units=units_note(k.units_reporting, k.units_expected), area=area_name)
        return value, note
    return value, units_note(k.units_reporting, k.units_expected)


def overview(kpis: dict[str, Kpi], ranking: pd.DataFrame, area_name: str, base: str) -> str:
    """ "Quý III/2026, Toàn quốc: tổng số hội viên, đoàn viên đạt 58.861.091, tăng … so với cùng kỳ;
    cao nhất là …; kết nạp mới …; …"."""
    parts: list[str] = []
    m = kpis.get("members")
    if m and m.value is not None:
        value, note = kpi_value(m, "người", area_name)
        if m.minority:
            parts.append(labels.SUMMARY_MEMBERS_PARTIAL.format(value=value, note=note))
        else:
            change = compared(m, "người", "hội viên, đoàn viên", base)
            parts.append(labels.SUMMARY_MEMBERS.format(value=value + _paren(note), change=change))
            top = ranking.dropna(subset=["value"]) if not ranking.empty else ranking
            if not top.empty:
                first = top.iloc[0]
                parts.append(
                    labels.SUMMARY_TOP.format(
                        name=first["locality_name"], value=formatting.number(first["value"])
                    )
                )
    for code, template, unit in (
        ("new_members", labels.SUMMARY_NEW, "người"),
        ("dvk_models", labels.SUMMARY_DVK, "mô hình"),
    ):
        k = kpis.get(code)
        if k and k.value is not None:
            value, note = kpi_value(k, unit, area_name)
            parts.append(template.format(value=value + _paren(note)))
    loan, ratio = kpis.get("loan_balance"), kpis.get("overdue_ratio")
    if loan and loan.value is not None:
        value, note = kpi_value(loan, "đồng", area_name)
        parts.append(
            labels.SUMMARY_LOANS.format(
                value=value + _paren(note),
                ratio=formatting.percent(ratio.value if ratio else None, 2),
            )
        )
    if not parts:
        return ""
    first = next(iter(kpis.values()))
    return labels.SUMMARY_LEAD.format(period=first.label, where=area_name, parts="; ".join(parts))


def _paren(note: str) -> str:
    return f" ({note})" if note else ""


def _total_rows(df: pd.DataFrame, total_code: str | None) -> pd.DataFrame:
    if total_code and (df["organization"] == total_code).any():
        return df[df["organization"] == total_code]
    return df


def _total(rows: pd.DataFrame) -> tuple[float | None, int | None, int | None]:
    """The total of some organizations' rows, and how far it is reported (its least reported)."""
    values = rows["value"].dropna()
    if values.empty:
        return None, None, None
    reporting = rows["units_reporting"].dropna()
    expected = rows["units_expected"].dropna()
    return (
        float(values.sum()),
        int(reporting.min()) if not reporting.empty else None,
        int(expected.max()) if not expected.empty else None,
    )


def series(
    df: pd.DataFrame,
    unit: str,
    noun: str,
    name: str,
    base: str,
    area_name: str,
    base_rows: pd.DataFrame | None = None,
    total_code: str | None = None,
) -> str:
    """ "Quý III/2026, số hội viên, đoàn viên đạt 58.861.091, tăng … (+1,1%) so với cùng kỳ; cao nhất là …".

    The total of the organizations shown (or the `total_code` row, for ratios) in the latest
    bucket, against `base_rows` — the same organizations in the comparable bucket (queries:
    like for like, see periods.comparable) — when given.
    """
    if df.empty:
        return ""
    latest = df.sort_values("bucket_end").iloc[-1]
    rows = _total_rows(df[df["bucket_id"] == latest["bucket_id"]], total_code)
    value, reporting, expected = _total(rows)
    if value is None:
        return ""
    period = latest["period_label"]
    text_name = name[0].lower() + name[1:]
    if is_minority(reporting, expected):
        note = labels.NOT_TOTAL.format(units=units_note(reporting, expected), area=area_name)
        return (
            labels.SUMMARY_SERIES_PARTIAL.format(
                period=period, name=text_name, value=formatting.value(value, unit), note=note
            )
            + "."
        )
    prev, prev_reporting, prev_expected = (
        _total(_total_rows(base_rows, total_code))
        if base_rows is not None and not base_rows.empty
        else (None, None, None)
    )
    if is_minority(prev_reporting, prev_expected):
        prev = None
    change = None if prev is None else value - prev
    pct = None if change is None or not prev else change / abs(prev)
    phrase = formatting.change_phrase(change, pct, unit, noun, base)
    if change is not None and not latest["complete"]:
        phrase += f" ({base_rows['period_label'].iloc[0]})"
    text = labels.SUMMARY_SERIES.format(
        period=period,
        name=text_name,
        value=formatting.value(value, unit) + _paren(units_note(reporting, expected)),
        change=phrase,
    )
    shown = df[(df["bucket_id"] == latest["bucket_id"]) & (df["organization"] != "*")].dropna(
        subset=["value"]
    )
    if len(shown) > 1 and unit != "%":
        top = shown.sort_values("value", ascending=False).iloc[0]
        text += labels.SUMMARY_SERIES_TOP.format(
            org=_org(top["organization"]), value=formatting.value(top["value"], unit)
        )
    return text + "."


def growth(df: pd.DataFrame, meta) -> str:
    rows = df.dropna(subset=["growth"])
    if rows.empty:
        return ""
    latest = rows.sort_values("bucket_end").iloc[-1]
    top = rows[rows["bucket_id"] == latest["bucket_id"]].sort_values("growth", ascending=False).iloc[0]
    return (
        labels.SUMMARY_GROWTH.format(
            period=latest["period_label"],
            org=meta.org_name(top["organization"]),
            value=formatting.percent(top["growth"], 1, signed=True),
        )
        + "."
    )


def _ranked(rank: pd.DataFrame) -> pd.DataFrame:
    """A ranking's units with a figure, highest first (ties in the query's order, as the charts)."""
    return rank.dropna(subset=["value"]).sort_values("value", ascending=False, kind="stable")


def ranking(rank: pd.DataFrame, unit: str, period: str) -> str:
    rows = _ranked(rank)
    if rows.empty:
        return ""
    top, bottom = rows.iloc[0], rows.iloc[-1]
    return (
        labels.SUMMARY_RANKING.format(
            period=period,
            top=top["locality_name"],
            top_value=formatting.value(top["value"], unit),
            bottom=bottom["locality_name"],
            bottom_value=formatting.value(bottom["value"], unit),
        )
        + "."
    )


def bottom(rank: pd.DataFrame, unit: str, period: str, count: int = 5) -> str:
    """The lowest units of a ranking, lowest first, and how far the lowest is from the middle of
    all of them and from the highest: "Quý III/2026, 5 địa phương thấp nhất là Tỉnh A (100), …;
    trung vị của 34 địa phương là 400: Tỉnh A chỉ bằng 25,0% mức trung vị và 12,5% mức của
    Tỉnh B (800), địa phương cao nhất."."""
    rows = _ranked(rank)
    if rows.empty:
        return ""
    low = rows.tail(count).iloc[::-1]
    items = ", ".join(
        f"{name} ({formatting.value(v, unit)})"
        for name, v in zip(low["locality_name"], low["value"], strict=True)
    )
    text = labels.SUMMARY_BOTTOM.format(period=period, count=len(low), items=items)
    lowest, top = low.iloc[0], rows.iloc[0]
    median = float(rows["value"].median())
    if len(rows) > 1 and median > 0 and top["value"] > 0:
        text += labels.SUMMARY_BOTTOM_GAP.format(
            total=formatting.number(len(rows)),
            median=formatting.value(median, unit),
            name=lowest["locality_name"],
            share_median=formatting.percent(lowest["value"] / median, 1),
            share_top=formatting.percent(lowest["value"] / top["value"], 1),
            top=top["locality_name"],
            top_value=formatting.value(top["value"], unit),
        )
    return text + "."


def composition(comp: pd.DataFrame, meta, period: str) -> str:
    rows = comp.dropna(subset=["value"])
    total = rows["value"].sum()
    if rows.empty or not total:
        return ""
    top = rows.sort_values("value", ascending=False).iloc[0]
    return (
        labels.SUMMARY_COMPOSITION.format(
            period=period,
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
            period=top["period_label"],
            field=names.get(top["breakdown"], top["breakdown"]).lower(),
            value=formatting.number(top["value"]),
            share=formatting.percent(top["value"] / total, 1),
        )
        + "."
    )


def completeness(df: pd.DataFrame, area_name: str, names: dict[str, str], limit: int = 4) -> str:
    """The note under a chart whose figures some communes did not report: the latest periods
    short of reports, each with its least reported organization or breakdown ("Quý III/2026: Hội
    LHPN 1/54 xã báo cáo"), and what an open marker or a hatched bar means."""
    if df.empty or "units_expected" not in df:
        return ""
    rows = df.dropna(subset=["value", "units_expected"])
    rows = rows[rows["units_reporting"] < rows["units_expected"]]
    if rows.empty:
        return ""
    items = []
    for _, part in rows.sort_values("bucket_end", ascending=False).groupby("bucket_id", sort=False):
        worst = part.sort_values("units_reporting").iloc[0]
        who = names.get(
            worst["organization"]
            if "breakdown" not in part or not worst["breakdown"]
            else worst["breakdown"],
            "",
        )
        note = units_note(int(worst["units_reporting"]), int(worst["units_expected"]))
        items.append(
            labels.NOTE_UNITS_ITEM.format(
                period=worst["period_label"], who=f"{who} " if who else "", units=note
            )
        )
        if len(items) == limit:
            break
    more = rows["bucket_id"].nunique() - len(items)
    text = labels.NOTE_UNITS.format(
        items="; ".join(items) + (labels.NOTE_UNITS_MORE.format(n=more) if more > 0 else "")
    )
    if any(
        is_minority(int(r), int(e))
        for r, e in zip(rows["units_reporting"], rows["units_expected"], strict=True)
    ):
        text += " " + labels.NOTE_MINORITY.format(area=area_name)
    return text


def kpi_units(kpis: dict[str, Kpi], names: dict[str, str], area_name: str) -> str:
    """The note under the KPI table: each indicator some communes did not report, for its value
    or its base ("Kết nạp mới: 3.320/3.321 xã báo cáo")."""
    items = []
    for code, k in kpis.items():
        if k.value is None or not k.partial_units:
            continue
        notes = [units_note(k.units_reporting, k.units_expected)]
        base = units_note(k.base_units_reporting, k.base_units_expected) if k.base_value is not None else ""
        if base:
            notes.append(f"{k.base_label}: {base}")
        items.append(f"{names.get(code, code)}: " + "; ".join(n for n in notes if n))
    if not items:
        return ""
    text = labels.NOTE_UNITS.format(items=" · ".join(items))
    if any(k.minority for k in kpis.values() if k.value is not None):
        text += " " + labels.NOTE_MINORITY_KPI.format(area=area_name)
    return text


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
