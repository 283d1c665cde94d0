"""`import FILE [--dry-run] [--skip-invalid] [--json] [--user NAME]`: check a spreadsheet or CSV and
commit it as a batch (with --user, as that account: its role and scope apply, the audit names it).

Exit code 0 only when the file was accepted (with --dry-run: would be); 1 when it was rejected;
2 for a usage error (no such file, no warehouse). --json prints exactly one object (see README).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from danvan import labels
from danvan.accounts import users
from danvan.cli import UserError
from danvan.intake import worker
from danvan.store import impact as impacts

SHOWN_ISSUES = 50  # in the text output; --json has them all


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import", help=labels.CLI_HELP["import"], description=labels.IMP_CLI_IMPORT_DESCRIPTION
    )
    p.add_argument("file", metavar="FILE", help=labels.IMP_CLI_FILE_HELP)
    p.add_argument("--dry-run", action="store_true", help=labels.IMP_CLI_DRY_RUN_HELP)
    p.add_argument("--skip-invalid", action="store_true", help=labels.IMP_CLI_SKIP_INVALID_HELP)
    p.add_argument("--json", action="store_true", help=labels.IMP_CLI_JSON_HELP)
    p.add_argument("--by", metavar="NAME", help=labels.IMP_CLI_BY_HELP)
    p.add_argument("--user", metavar="NAME", help=labels.IMP_CLI_USER_HELP)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserError(labels.IMP_ERR_NO_FILE.format(path=path))
    user = None
    if args.user:
        try:
            user = users.on_behalf_of(args.db, args.user)
        except users.AccountError as exc:
            raise UserError(str(exc)) from exc
    data = path.read_bytes()
    # --dry-run too writes, to a draft of the next version that is thrown away: it writes the
    # batch, reads what would change on screen, and publishes nothing (commit.trial). All of it
    # runs in a worker process: a file that crashes a reader ends in a message (intake/worker.py).
    answer = worker.import_file(
        Path(args.db),
        data,
        path.name,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        imported_by=args.by,
        user={"name": user.name, "role": user.role, "scope": user.scope} if user else None,
    )
    if answer[0] == "error":
        raise UserError(answer[1])
    _, result, names, change = answer
    lines = impact_lines(names, change)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        _print_text(result)
        for line in lines:
            print(line)
    return 0 if result["ok"] else 1


SHOWN_IMPACT = 20  # provinces and the nation, in the text output; --json lists every figure


def impact_lines(names: dict, change) -> list[str]:
    """What the write changes on screen, for the text output: a heading and the provinces' and the
    nation's figures (the units themselves are in --json)."""
    if change is None:
        return []
    areas = change[change["area_level"] != "unit"]
    if areas.empty:
        return [labels.IMPACT_NONE_CHANGED]
    lines = [labels.IMPACT_TITLE + ":"] + [
        "  " + impacts.describe(r, names) for r in areas.head(SHOWN_IMPACT).itertuples()
    ]
    if len(areas) > SHOWN_IMPACT:
        lines.append(labels.IMP_CLI_MORE.format(n=len(areas) - SHOWN_IMPACT))
    return lines


def _print_text(result: dict) -> None:
    out = sys.stdout
    issues = [("error", i) for i in result["errors"]] + [("warning", i) for i in result["warnings"]]
    for severity, issue in issues[:SHOWN_ISSUES]:
        row = issue["row"] if issue["row"] is not None else "—"
        print(
            labels.IMP_CLI_ISSUE.format(
                severity=labels.IMP_SEVERITY[severity],
                sheet=issue["sheet"],
                row=row,
                column=issue["column"] or "—",
                message=issue["message"],
            ),
            file=out,
        )
        if issue["suggestion"]:
            print(labels.IMP_CLI_SUGGESTION.format(suggestion=issue["suggestion"]), file=out)
    if len(issues) > SHOWN_ISSUES:
        print(labels.IMP_CLI_MORE.format(n=len(issues) - SHOWN_ISSUES), file=out)
    print(
        labels.IMP_CLI_SUMMARY.format(
            file=result["file"],
            rows=result["rows"],
            accepted=result["accepted"],
            errors=len(result["errors"]),
            warnings=len(result["warnings"]),
        ),
        file=out,
    )
    print(result["message"], file=out)
