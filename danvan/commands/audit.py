"""`audit [--since DATE] [--format csv|jsonl]`: the audit trail, oldest first (danvan/accounts/audit.py)."""

from __future__ import annotations

import argparse

from danvan import labels
from danvan.accounts import audit, db
from danvan.cli import emit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("audit", help=labels.CLI_HELP["audit"], description=labels.CLI_HELP["audit"])
    p.add_argument("--since", metavar="DATE", help=labels.USERS_HELP["since"])
    p.add_argument("--format", choices=("csv", "jsonl"), default="csv", help=labels.USERS_HELP["format"])
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with db.connect(args.db) as con:
        emit(audit.read(con, args.since), args.format)
    return 0
