"""`series`: one indicator over time as the dashboard adds it up, for scripts and scheduled reports.

One line per period: `period`, `period_label`, `complete` (false for a period the data has not
fully covered: "Năm 2026 (đến Quý III)"), `through` (its last quarter), `value` (base units; the
chosen organizations added up, or the all-organizations total), `units_reporting` and
`units_expected` (communes), `is_demo`. Read through danvan.queries, the dashboard's own queries.
"""

from __future__ import annotations

import argparse

from danvan import labels
from danvan.cli import add_view_arguments, check_codes, emit, open_view


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("series", help=labels.CLI_HELP["series"], description=labels.CLI_SERIES_DESCRIPTION)
    p.add_argument("--indicator", required=True, metavar="CODE", help=labels.CLI_INDICATOR_HELP)
    add_view_arguments(p)
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.set_defaults(run=run)


COLUMNS = (
    "period",
    "period_label",
    "complete",
    "through",
    "value",
    "units_reporting",
    "units_expected",
    "is_demo",
)


def run(args: argparse.Namespace) -> int:
    from danvan import queries

    with open_view(args) as (con, f, buckets):
        check_codes(con, "indicator", [args.indicator])
        rows = queries.series(con, f, args.indicator, bucket_ids=buckets)
    out = queries.totals(rows).rename(columns={"bucket_id": "period"})
    emit(out[list(COLUMNS)], args.format)
    return 0
