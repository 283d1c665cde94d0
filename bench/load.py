"""The load benchmark: the office's set-up, measured.

    python bench/load.py --db WAREHOUSE [--seconds S]   → {"load": [...], "nginx": bool}

Runs the load test (bench/loadtest.py) against one dashboard process, then against two behind
nginx configured as deploy/nginx/danvan.conf (affinity on Streamlit's cookie, the websocket
settings), each with 10 and 30 sessions reading 3-8 s between actions, plus one run per set-up
without think time to find the saturation point (runs per second once the processes are busy).
The processes share a cookie secret, as deploy/danvan.env has them. nginx runs as this user,
with its files in a temporary folder, on a free port of 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import loadtest
from bench.serve import ROOT, start_nginx, start_streamlit, stop
from danvan.accounts import db as accounts_db
from danvan.accounts import users

RUNS = (  # (processes, sessions, think)
    (1, 10, (3.0, 8.0)),
    (1, 30, (3.0, 8.0)),
    (1, 30, (0.0, 0.0)),
    (2, 10, (3.0, 8.0)),
    (2, 30, (3.0, 8.0)),
    (2, 30, (0.0, 0.0)),
)


def one_setup(
    db: Path, processes: int, runs: list[tuple[int, tuple[float, float]]], seconds: float
) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["STREAMLIT_SERVER_COOKIE_SECRET"] = secrets.token_hex(32)  # shared, as in deploy/
        # Signed in, as an office is (reached through the proxy, the dashboard shows nothing
        # otherwise): an account of the benchmark's own, kept out of the warehouse's folder.
        os.environ[accounts_db.ENV] = str(folder / "accounts.sqlite")
        with accounts_db.connect(db) as con:
            users.add(con, "do.tai", "analyst", password=secrets.token_urlsafe(16))
        tokens = loadtest.sign_in_tokens(db, "do.tai", max(n for n, _ in runs))
        servers = [start_streamlit(ROOT / "serve.py", db, folder / f"st{i}.log") for i in range(processes)]
        proxy = None
        try:
            if processes > 1:
                proxy, url = start_nginx(folder, [int(u.rsplit(":", 1)[1]) for _, u in servers])
            else:
                url = servers[0][1]
            pids = [p.pid for p, _ in servers]
            for _, direct in servers:  # every process imports its modules before the clock
                asyncio.run(loadtest.probe(direct, tokens[0]))
            for sessions, think in runs:
                out = asyncio.run(loadtest.load(url, sessions, seconds, think, 1, pids, tokens))
                out["processes"] = processes
                results.append(out)
                print(json.dumps(out, ensure_ascii=False), file=sys.stderr, flush=True)
        finally:
            if proxy is not None:
                stop(proxy)
            for p, _ in servers:
                stop(p)
            del os.environ[accounts_db.ENV]
    return results


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--seconds", type=float, default=60.0)
    args = p.parse_args()
    db = Path(args.db)
    results = []
    for processes in (1, 2):
        runs = [(s, t) for n, s, t in RUNS if n == processes]
        results += one_setup(db, processes, runs, args.seconds)
    print(json.dumps({"load": results}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
