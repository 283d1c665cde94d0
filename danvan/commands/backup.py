"""`backup FILE`: what is not rebuilt from data/ — batches, reviewed documents, archive files — in one
file, read from the published version while the dashboard serves (danvan/backup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import backup, formatting, labels
from danvan.cli import UserError
from danvan.store import versions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help=labels.CLI_HELP["backup"], description=labels.CLI_HELP["backup"])
    p.add_argument("file", metavar="FILE", help="tệp sao lưu sẽ ghi (.zip)")
    p.set_defaults(run=run_backup)


def run_backup(args: argparse.Namespace) -> int:
    try:
        done = backup.backup(Path(args.db), Path(args.file))
    except (backup.BackupError, versions.StoreError) as exc:
        raise UserError(str(exc)) from exc
    print(said(labels.BACKUP_DONE, done, args.file))
    return 0


def said(template: str, done: backup.Summary, path: str) -> str:
    return template.format(
        accounts=labels.BACKUP_ACCOUNTS[done.accounts],
        version=done.version,
        sources=formatting.number(done.sources),
        facts=formatting.number(done.facts),
        files=formatting.number(done.archive_files),
        path=path,
    )
