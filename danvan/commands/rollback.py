"""`rollback BATCH_ID`: stop counting a batch's figures (its history is kept)."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import labels
from danvan.accounts import users
from danvan.cli import UserError
from danvan.intake import commit
from danvan.store import versions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("rollback", help=labels.CLI_HELP["rollback"], description=labels.IMP_CLI_ROLLBACK_HELP)
    p.add_argument("batch_id", metavar="BATCH_ID", help=labels.IMP_CLI_BATCH_ID_HELP)
    p.add_argument("--user", metavar="NAME", help=labels.IMP_CLI_USER_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from danvan.commands.import_file import impact_lines

    try:
        user = users.on_behalf_of(args.db, args.user) if args.user else None
        done, names = commit.rollback_batch(Path(args.db), args.batch_id, user=user)
    except (commit.CommitError, versions.StoreError, users.AccountError) as exc:
        raise UserError(str(exc)) from exc
    lines = impact_lines(names, done.impact)
    print(labels.IMP_MSG_ROLLED_BACK.format(batch_id=args.batch_id.removeprefix("batch:"), n=done.facts))
    for line in lines:
        print(line)
    return 0
