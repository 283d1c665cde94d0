"""`users add|list|disable|password`: the local accounts, beside the warehouse
(danvan/accounts/). Passwords come from standard input (--password-stdin) or are typed twice."""

from __future__ import annotations

import argparse
import getpass
import sys

from danvan import labels, warehouse
from danvan.accounts import db, users
from danvan.accounts.roles import ROLES
from danvan.cli import UserError, emit
from danvan.intake.commit import default_user


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("users", help=labels.CLI_HELP["users"], description=labels.CLI_HELP["users"])
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")
    add = verbs.add_parser("add", help=labels.USERS_HELP["add"])
    add.add_argument("name", metavar="NAME", help=labels.USERS_HELP["name"])
    add.add_argument("--role", required=True, choices=ROLES, help=labels.USERS_HELP["role"])
    add.add_argument("--scope", metavar="CODE", help=labels.USERS_HELP["scope"])
    add.add_argument("--password-stdin", action="store_true", help=labels.USERS_HELP["password_stdin"])
    add.set_defaults(run=run_add)
    listing = verbs.add_parser("list", help=labels.USERS_HELP["list"])
    listing.add_argument(
        "--format", choices=("csv", "jsonl"), default="csv", help=labels.USERS_HELP["format"]
    )
    listing.set_defaults(run=run_list)
    off = verbs.add_parser("disable", help=labels.USERS_HELP["disable"])
    off.add_argument("name", metavar="NAME", help=labels.USERS_HELP["name"])
    off.set_defaults(run=run_disable)
    pw = verbs.add_parser("password", help=labels.USERS_HELP["password"])
    pw.add_argument("name", metavar="NAME", help=labels.USERS_HELP["name"])
    pw.add_argument("--password-stdin", action="store_true", help=labels.USERS_HELP["password_stdin"])
    pw.set_defaults(run=run_password)


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UserError(labels.ACC_ERR_PASSWORD_EMPTY)
        return line
    if not sys.stdin.isatty():
        raise UserError(labels.ACC_ERR_PASSWORD_TTY)
    first = getpass.getpass(labels.ACC_PROMPT_PASSWORD.format(name=args.name))
    if getpass.getpass(labels.ACC_PROMPT_AGAIN) != first:
        raise UserError(labels.ACC_ERR_PASSWORD_MISMATCH)
    return first


def _scope(db_path: str, code: str | None) -> tuple[str | None, str]:
    """The locality_id of a current province or commune given by its code, and its name."""
    if code is None:
        return None, labels.ACC_SCOPE_ALL
    with warehouse.reading(db_path) as con:
        rows = con.execute(
            "select locality_id, name from locality where code = $code and era = 'current' "
            "and level in ('province', 'commune')",
            {"code": code.strip()},
        ).fetchall()
    if not rows:
        raise UserError(labels.ACC_ERR_SCOPE.format(code=code))
    return rows[0][0], rows[0][1]


def run_add(args: argparse.Namespace) -> int:
    scope, scope_name = _scope(args.db, args.scope)
    password = _password(args)
    try:
        with db.connect(args.db) as con:
            users.add(con, args.name, args.role, scope=scope, password=password, by=default_user())
    except users.AccountError as exc:
        raise UserError(str(exc)) from exc
    print(labels.ACC_ADDED.format(name=args.name, role=labels.ROLE_NAME[args.role], scope=scope_name))
    return 0


def run_list(args: argparse.Namespace) -> int:
    with db.connect(args.db) as con:
        frame = users.listing(con)
    frame.insert(2, "role_name", [labels.ROLE_NAME[r] for r in frame["role"]])
    emit(frame, args.format)
    return 0


def run_disable(args: argparse.Namespace) -> int:
    try:
        with db.connect(args.db) as con:
            users.disable(con, args.name, by=default_user())
    except users.AccountError as exc:
        raise UserError(str(exc)) from exc
    print(labels.ACC_DISABLED.format(name=args.name))
    return 0


def run_password(args: argparse.Namespace) -> int:
    password = _password(args)
    try:
        with db.connect(args.db) as con:
            users.set_password(con, args.name, password, by=default_user())
    except users.AccountError as exc:
        raise UserError(str(exc)) from exc
    print(labels.ACC_PASSWORD_SET.format(name=args.name))
    return 0
