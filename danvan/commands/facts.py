"""`facts`: stored figures, as stored (not aggregated), with their source."""

from __future__ import annotations

import argparse

from danvan import labels, periods, queries, warehouse
from danvan.cli import check_codes, emit, resolve_locality


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "facts",
        help=labels.CLI_HELP["facts"],
        description="Liệt kê số liệu đã lưu đúng như khi lưu (không cộng gộp).",
    )
    p.add_argument("--indicator", metavar="CODE")
    p.add_argument("--organization", metavar="CODE")
    p.add_argument("--locality", metavar="NAME_OR_CODE", help="đơn vị và các đơn vị bên trong")
    p.add_argument(
        "--period", metavar="P", help="kỳ chứa số liệu: 2024, 2024-Q1, 2024-H1, 2024-9M, 2011/2017 …"
    )
    p.add_argument("--source", choices=("document", "import", "demo"))
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    period = periods.parse(args.period) if args.period else None
    with warehouse.reading(args.db) as con:
        check_codes(con, "indicator", [args.indicator] if args.indicator else None)
        check_codes(con, "organization", [args.organization] if args.organization else None)
        locality = resolve_locality(con, args.locality).locality_id if args.locality else None
        rows = queries.run(
            con,
            "facts",
            {
                "indicator": args.indicator,
                "organization": args.organization,
                "locality": locality,
                "period_start": period.start if period else None,
                "period_end": period.end if period else None,
                "source_kind": args.source,
            },
        )
    emit(rows, args.format)
    return 0
