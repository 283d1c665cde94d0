"""`compact [--force] [--wait S]`: rewrite the derived tables that writes have left with many
deleted rows (danvan/store/compact.py); nightly from the deployment's timer, and after a write."""

from __future__ import annotations

import argparse
from pathlib import Path

from danvan import formatting, labels
from danvan.cli import UserError
from danvan.store import compact, versions


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("compact", help=labels.CLI_HELP["compact"], description=labels.CLI_HELP["compact"])
    p.add_argument("--force", action="store_true", help=labels.COMPACT_HELP["force"])
    p.add_argument("--wait", type=float, default=0.0, metavar="S", help=labels.COMPACT_HELP["wait"])
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.db)
    try:
        tables = compact.compact(path, force=args.force, wait=args.wait)
        snap = versions.open_snapshot(path)
        try:
            states = compact.state(snap.con)
            version = snap.version
        finally:
            snap.close()
    except versions.StoreError as exc:
        raise UserError(str(exc)) from exc
    if tables:
        names = "; ".join(labels.DERIVED_TABLE[t] for t in tables)
        print(labels.COMPACT_DONE.format(version=version, tables=names))
    else:
        print(labels.COMPACT_NOTHING.format(share=formatting.percent(compact.SHARE, 0)))
    for s in states:
        print(
            labels.COMPACT_TABLE.format(
                table=labels.DERIVED_TABLE[s.table],
                live=formatting.number(s.live),
                dead=formatting.number(s.stored - s.live),
                dead_share=formatting.percent(s.dead_share),
                appended=formatting.number(max(0, s.stored - s.laid_out)),
                appended_share=formatting.percent(s.appended_share),
            )
        )
    return 0
