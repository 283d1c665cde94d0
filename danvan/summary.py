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
