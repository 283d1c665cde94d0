"""`rollback BATCH_ID`: stop counting a batch's figures (its history is kept)."""

from __future__ import annotations

import argparse

from danvan import labels, warehouse
from danvan.cli import UserError
from danvan.intake import commit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rollback", help=labels.CLI_HELP["rollback"], description=labels.IMP_CLI_ROLLBACK_HELP)
    p.add_argument("batch_id", metavar="BATCH_ID", help=labels.IMP_CLI_BATCH_ID_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from danvan.commands.import_file import impact_lines

    with warehouse.connect(args.db, read_only=False) as con:
        try:
            done = commit.rollback(con, args.batch_id)
        except commit.CommitError as exc:
            raise UserError(str(exc)) from exc
        lines = impact_lines(con, done.impact)
    print(labels.IMP_MSG_ROLLED_BACK.format(batch_id=args.batch_id.removeprefix("batch:"), n=done.facts))
    for line in lines:
        print(line)
    return 0
