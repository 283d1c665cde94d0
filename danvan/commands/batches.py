"""`batches`: the import batches, newest first (active and rolled back)."""

from __future__ import annotations

import argparse

from danvan import labels, warehouse
from danvan.cli import emit
from danvan.intake import commit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("batches", help=labels.CLI_HELP["batches"], description=labels.IMP_CLI_BATCHES_HELP)
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv", help=labels.IMP_CLI_FORMAT_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with warehouse.reading(args.db) as con:
        rows = commit.batches(con)
    emit(rows, args.format)
    return 0
