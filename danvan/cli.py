"""The command line: `python -m danvan [--db PATH] COMMAND …`.

A stable contract other tools rely on. Each command lives in its own module under
danvan/commands/ with a `register(subparsers)` function that adds its parser and sets `run`;
this file only assembles them and turns a user error into a Vietnamese message and exit code 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from danvan import labels
from danvan.warehouse import DEFAULT_DB

# One module per command, in the order `--help` lists them.
COMMANDS = (
    "danvan.commands.build",
    "danvan.commands.localities",
    "danvan.commands.facts",
    "danvan.commands.import_file",
    "danvan.commands.batches",
    "danvan.commands.rollback",
    "danvan.commands.template",
    "danvan.commands.extract",
    "danvan.commands.deck",
    "danvan.commands.bench",
)


class UserError(Exception):
    """A mistake in the arguments or the input, reported in Vietnamese with exit code 2."""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m danvan", description=labels.APP_TITLE)
    p.add_argument("--db", default=str(DEFAULT_DB), help="tệp kho dữ liệu DuckDB (mặc định: %(default)s)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except (UserError, ValueError, RuntimeError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `… | head` closed the pipe: not an error
        return 0


def emit(frame, fmt: str, out=None) -> None:
    """Print rows as CSV (UTF-8, header) or JSON Lines (one object per line, numbers as numbers)."""
    import json
    import math

    out = out or sys.stdout
    if fmt == "csv":
        frame.to_csv(out, index=False, lineterminator="\n", float_format="%.15g")
        return
    for rec in frame.to_dict(orient="records"):
        for k, v in rec.items():
            if isinstance(v, float):
                rec[k] = None if math.isnan(v) else (int(v) if v.is_integer() else v)
            elif hasattr(v, "isoformat"):
                rec[k] = v.isoformat()
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def resolve_locality(con, text: str):
    """Name or code → unit, or UserError with candidates/suggestions."""
    from danvan.localities import LocalityIndex

    res = LocalityIndex(con).resolve(text)
    if not res.ok:
        raise UserError(res.message)
    return res.unit
