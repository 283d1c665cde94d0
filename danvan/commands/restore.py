"""`restore FILE`: a backup's batches, documents and archive files put back, as the next version
of the warehouse (built first if there is none; danvan/backup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import backup, labels
from danvan.accounts import audit
from danvan.cli import UserError
from danvan.commands.backup import said
from danvan.intake.commit import default_user
from danvan.store import versions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("restore", help=labels.CLI_HELP["restore"], description=labels.CLI_HELP["restore"])
    p.add_argument("file", metavar="FILE", help="tệp sao lưu (.zip) do lệnh backup ghi")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        done = backup.restore(Path(args.db), Path(args.file))
    except (backup.BackupError, versions.StoreError) as exc:
        raise UserError(str(exc)) from exc
    audit.append(
        args.db, "restore", user=default_user(), detail=Path(args.file).name, address=audit.COMMAND_LINE
    )
    print(said(labels.RESTORE_DONE, done, args.file))
    return 0
