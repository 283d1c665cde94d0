"""`loadtest --url URL [--sessions N] [--seconds S] [--think MIN,MAX] [--json FILE]`: concurrent
dashboard sessions over Streamlit's websocket protocol (bench/loadtest.py, run as its own process:
it imports streamlit's protobuf messages, which danvan/ never imports)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

from danvan import labels
from danvan.paths import ROOT


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("loadtest", help=labels.CLI_HELP["loadtest"], description=labels.LOADTEST_DESCRIPTION)
    p.add_argument("--url", required=True, help=labels.LOADTEST_HELP["url"])
    p.add_argument("--sessions", type=int, default=10, help=labels.LOADTEST_HELP["sessions"])
    p.add_argument("--seconds", type=float, default=60.0, help=labels.LOADTEST_HELP["seconds"])
    p.add_argument("--think", default="3,8", metavar="MIN,MAX", help=labels.LOADTEST_HELP["think"])
    p.add_argument("--seed", type=int, default=1, help=labels.LOADTEST_HELP["seed"])
    p.add_argument("--pid", type=int, action="append", help=labels.LOADTEST_HELP["pid"])
    p.add_argument("--json", metavar="FILE", help=labels.LOADTEST_HELP["json"])
    p.add_argument("--probe", action="store_true", help=labels.LOADTEST_HELP["probe"])
    p.add_argument("--user", metavar="NAME", help=labels.LOADTEST_HELP["user"])
    p.set_defaults(run=run)


def arguments(args: argparse.Namespace) -> list[str]:
    out = ["--url", args.url, "--sessions", str(args.sessions), "--seconds", str(args.seconds)]
    out += ["--think", args.think, "--seed", str(args.seed)]
    for pid in args.pid or []:
        out += ["--pid", str(pid)]
    if args.json:
        out += ["--json", args.json]
    if args.probe:
        out.append("--probe")
    if args.user:
        out += ["--user", args.user, "--db", str(args.db)]
    return out


def run(args: argparse.Namespace) -> int:
    low_high = args.think.split(",")
    if len(low_high) != 2 or not all(x.replace(".", "", 1).isdigit() for x in low_high):
        raise ValueError(labels.LOADTEST_BAD_THINK.format(value=args.think))
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, str(ROOT / "bench" / "loadtest.py"), *arguments(args)]
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode
