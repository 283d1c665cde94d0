"""The command line: `python -m danvan [--db PATH] COMMAND …`.

A stable contract other tools rely on. Each command lives in its own module under
danvan/commands/ with a `register(subparsers)` function that adds its parser and sets `run`;
this file only assembles them and turns a user error into a Vietnamese message and exit code 2.
Only the module of the command being run is imported (the others are listed by name and help):
a script calling `series` or `kpis` pays for the queries it runs, not for the whole product.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys

from danvan import labels
from danvan.paths import DEFAULT_DB

# One module per command, in the order `--help` lists them (their one-line help: labels.CLI_HELP).
COMMANDS = {
    "build": "danvan.commands.build",
    "localities": "danvan.commands.localities",
    "facts": "danvan.commands.facts",
    "series": "danvan.commands.series",
    "kpis": "danvan.commands.kpis",
    "import": "danvan.commands.import_file",
    "batches": "danvan.commands.batches",
    "rollback": "danvan.commands.rollback",
    "template": "danvan.commands.template",
    "extract": "danvan.commands.extract",
    "extract-model": "danvan.commands.extract_model",
    "deck": "danvan.commands.deck",
    "bench": "danvan.commands.bench",
    "loadtest": "danvan.commands.loadtest",
    "backup": "danvan.commands.backup",
    "restore": "danvan.commands.restore",
    "compact": "danvan.commands.compact",
    "maps": "danvan.commands.maps",
    "users": "danvan.commands.users",
    "audit": "danvan.commands.audit",
}


class UserError(Exception):
    """A mistake in the arguments or the input, reported in Vietnamese with exit code 2."""


def parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with `argv`, only the command named in it is registered in full."""
    p = argparse.ArgumentParser(prog="python -m danvan", description=labels.APP_TITLE)
    p.add_argument("--db", default=str(DEFAULT_DB), help="tệp kho dữ liệu DuckDB (mặc định: %(default)s)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    chosen = next((a for a in argv if a in COMMANDS), None) if argv is not None else None
    for name, module in COMMANDS.items():
        if argv is None or name == chosen:
            importlib.import_module(module).register(sub)
        else:
            sub.add_parser(name, help=labels.CLI_HELP[name])
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parser(argv).parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except (UserError, ValueError, RuntimeError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `… | head` closed the pipe: not an error
        return 0
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:
        # a bug, not a user's mistake: one Vietnamese line on screen, the traceback in a file
        import tempfile
        import traceback

        with tempfile.NamedTemporaryFile(
            "w", prefix="danvan-loi-", suffix=".txt", delete=False, encoding="utf-8"
        ) as log:
            traceback.print_exception(exc, file=log)
        said = labels.CLI_ERR_UNEXPECTED.format(kind=type(exc).__name__, log=log.name)
        print(said, file=sys.stderr)
        if getattr(args, "json", None) is True:  # `import --json`: the answer is still one JSON object
            import json

            print(json.dumps({"ok": False, "message": said}, ensure_ascii=False))
        return 3


def emit(frame, fmt: str, out=None) -> None:
    """Print rows as CSV (UTF-8, header) or JSON Lines (one object per line, numbers as numbers)."""
    import decimal
    import json
    import math

    out = out or sys.stdout
    if fmt == "csv":
        frame.to_csv(out, index=False, lineterminator="\n", float_format="%.15g")
        return
    for rec in frame.to_dict(orient="records"):
        for k, v in rec.items():
            if isinstance(v, decimal.Decimal):  # a sum of counts DuckDB widened
                v = float(v)
            if isinstance(v, float):
                rec[k] = None if math.isnan(v) else (int(v) if v.is_integer() else v)
            elif hasattr(v, "isoformat"):
                rec[k] = v.isoformat()
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def check_codes(con, table: str, codes: list[str] | None) -> None:
    """Refuse an unknown indicator or organization code, listing the valid ones."""
    message = {"indicator": labels.ERR_UNKNOWN_INDICATOR, "organization": labels.ERR_UNKNOWN_ORGANIZATION}[
        table
    ]
    query = {
        "indicator": "select code from indicator order by sort",
        "organization": "select code from organization order by sort",
    }[table]
    valid = [r[0] for r in con.execute(query).fetchall()]
    for code in codes or ():
        if code not in valid:
            raise UserError(message.format(value=code, valid=", ".join(valid)))


# The view a reading command looks at, with the dashboard's filters ----------------------------------
PERIOD_KINDS = {"quarter": "quarter", "half": "half", "9m": "nine_months", "year": "year"}


def add_view_arguments(p: argparse.ArgumentParser) -> None:
    """--organization, --locality, --period-kind, --from, --to, --boundary, --scope."""
    p.add_argument(
        "--organization", action="append", metavar="CODE", help="mã tổ chức; lặp lại để chọn nhiều (cộng lại)"
    )
    p.add_argument("--locality", metavar="NAME_OR_CODE", help="tỉnh, xã hoặc huyện cũ (mặc định: toàn quốc)")
    p.add_argument("--period-kind", choices=tuple(PERIOD_KINDS), default="quarter", help="loại kỳ")
    p.add_argument(
        "--from", dest="period_from", metavar="P", help="kỳ đầu (mặc định: kỳ đầu tiên có số liệu)"
    )
    p.add_argument("--to", dest="period_to", metavar="P", help="kỳ cuối (mặc định: kỳ mới nhất có số liệu)")
    p.add_argument("--boundary", choices=("current", "as_reported"), default="current", help="địa giới")
    p.add_argument(
        "--scope", choices=("all", "sourced"), default="all", help="all | sourced: chỉ số liệu có nguồn"
    )


@contextlib.contextmanager
def open_view(args: argparse.Namespace):
    """The warehouse, read-only, with the filters and buckets the view arguments select, as the
    dashboard's sidebar would: (connection, queries.Filters, bucket ids oldest first)."""
    from danvan import periods, queries, warehouse

    kind = PERIOD_KINDS[args.period_kind]
    with warehouse.reading(args.db) as con:
        check_codes(con, "organization", args.organization)
        horizon = queries.horizon(con, args.scope)
        if horizon is None:
            raise UserError(labels.ERR_EMPTY_WAREHOUSE)
        buckets = periods.choices(kind, queries.first_bucket_end(con, args.scope, kind), horizon)
        first, last = (_bucket_arg(x, kind, buckets) for x in (args.period_from, args.period_to))
        chosen = [b for b in buckets if (first is None or b >= first) and (last is None or b <= last)]
        chosen = sorted(chosen, key=lambda b: periods.parse(b).end)
        if not chosen:
            raise UserError(labels.ERR_NO_PERIODS.format(first=args.period_from, last=args.period_to))
        mode, area = args.boundary, "VN"
        if args.locality:
            unit = resolve_locality(con, args.locality)
            area = unit.locality_id
            if unit.era == "legacy":
                mode = "as_reported"  # a legacy unit exists only as reported
        f = queries.Filters(
            bucket_kind=kind,
            date_from=periods.parse(chosen[0]).end,
            date_to=periods.parse(chosen[-1]).end,
            area_id=area,
            organizations=tuple(args.organization or ()),
            mode=mode,
            scope=args.scope,
            horizon=horizon,
        )
        yield con, f, chosen


def _bucket_arg(text: str | None, kind: str, buckets: list[str]) -> str | None:
    from danvan import periods

    if text is None:
        return None
    p = periods.parse(text)
    if p.kind != kind:
        raise UserError(labels.ERR_PERIOD_KIND.format(value=text, kind=labels.PERIOD_KIND[kind]))
    return p.id


def resolve_locality(con, text: str):
    """Name or code → unit, or UserError with candidates/suggestions."""
    from danvan.localities import LocalityIndex

    res = LocalityIndex(con).resolve(text)
    if not res.ok:
        raise UserError(res.message)
    return res.unit
