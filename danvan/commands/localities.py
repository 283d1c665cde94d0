"""`localities`: administrative units valid on a date."""

from __future__ import annotations

import argparse
from datetime import date

from danvan import labels, queries, warehouse
from danvan.cli import UserError, emit, resolve_locality


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "localities",
        help=labels.CLI_HELP["localities"],
        description="Liệt kê đơn vị hành chính còn hiệu lực vào một ngày (mặc định hôm nay).",
    )
    p.add_argument("--as-of", help="ngày YYYY-MM-DD (mặc định: hôm nay)")
    p.add_argument("--level", choices=("province", "district", "commune"))
    p.add_argument("--within", metavar="CODE", help="mã hoặc tên đơn vị chứa (vd. 79, L79, 'Lai Châu')")
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError as exc:
        raise UserError(labels.ERR_DATE.format(value=args.as_of)) from exc
    with warehouse.reading(args.db) as con:
        within = resolve_locality(con, args.within).locality_id if args.within else None
        rows = queries.run(con, "localities", {"as_of": as_of, "level": args.level, "within": within})
    emit(rows, args.format)
    return 0
