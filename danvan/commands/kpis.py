"""`kpis`: the overview's cards — each indicator in the latest period against its base, like for
like — for scripts and scheduled reports.

One line per indicator: `indicator`, `period`, `period_label`, `value`, `base_period`, `base_label`,
`base_value`, `change`, `change_pct` (empty where either side is the sum of fewer than half of the
communes that should report), `units_reporting`, `units_expected`. The period is the last of the
range (`--to`, else the latest with figures).
"""

from __future__ import annotations

import argparse

from danvan import labels
from danvan.cli import add_view_arguments, check_codes, emit, open_view

BASES = {"same_period": "yoy", "previous": "previous", "year_start": "year_start"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("kpis", help=labels.CLI_HELP["kpis"], description=labels.CLI_KPIS_DESCRIPTION)
    p.add_argument("--indicator", action="append", metavar="CODE", help=labels.CLI_KPI_INDICATOR_HELP)
    add_view_arguments(p)
    p.add_argument("--base", choices=tuple(BASES), default="same_period", help=labels.CLI_BASE_HELP)
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    import pandas as pd

    from danvan import queries

    indicators = args.indicator or list(queries.OVERVIEW_KPIS)
    with open_view(args) as (con, f, buckets):
        check_codes(con, "indicator", indicators)
        cards = queries.kpis(con, f, indicators, buckets[-1], BASES[args.base])
    out = pd.DataFrame(
        [
            {
                "indicator": k.indicator,
                "period": k.bucket_id,
                "period_label": k.label,
                "value": k.value,
                "base_period": k.base_bucket_id,
                "base_label": k.base_label or None,
                "base_value": k.base_value,
                "change": k.change,
                "change_pct": k.change_pct,
                "units_reporting": k.units_reporting,
                "units_expected": k.units_expected,
            }
            for k in cards.values()
        ]
    )
    emit(out, args.format)
    return 0
