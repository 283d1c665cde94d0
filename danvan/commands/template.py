"""`template OUT`: write the import form, as .xlsx (instructions, drop-down lists) or .csv."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import labels, warehouse
from danvan.intake import template


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("template", help=labels.CLI_HELP["template"], description=labels.IMP_CLI_TEMPLATE_HELP)
    p.add_argument("out", metavar="OUT", help=labels.IMP_CLI_TEMPLATE_OUT_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.suffix.lower() == ".csv":
        data = template.csv()
    else:
        with warehouse.reading(args.db) as con:
            data = template.xlsx(con)
    out.write_bytes(data)
    print(labels.IMP_MSG_TEMPLATE_WRITTEN.format(path=out))
    return 0
