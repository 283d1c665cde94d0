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
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import loadtest
from bench.serve import ROOT, free_port, start_streamlit, stop

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
TEMPLATE = ROOT / "deploy" / "nginx" / "danvan.conf"
RUNS = (  # (processes, sessions, think)
    (1, 10, (3.0, 8.0)),
    (1, 30, (3.0, 8.0)),
    (1, 30, (0.0, 0.0)),
    (2, 10, (3.0, 8.0)),
    (2, 30, (3.0, 8.0)),
    (2, 30, (0.0, 0.0)),
)


def nginx_conf(folder: Path, port: int, backends: list[int]) -> Path:
    """deploy/nginx/danvan.conf with this run's ports, inside a minimal main config."""
    site = TEMPLATE.read_text(encoding="utf-8")
    site = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", site)
    servers = "\n".join(f"    server 127.0.0.1:{p};" for p in backends)
    site = re.sub(r"(    server 127\.0\.0\.1:\d+;\n)+", servers + "\n", site)
    conf = folder / "nginx.conf"
    conf.write_text(
        f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nworker_processes 1;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n access_log off;\n client_body_temp_path {folder}/body;\n proxy_temp_path {folder}/proxy;\n"
        f"{site}\n}}\n",
        encoding="utf-8",
    )
    return conf


def start_nginx(folder: Path, backends: list[int]) -> tuple[subprocess.Popen, str]:
    port = free_port()
    conf = nginx_conf(folder, port, backends)
    proc = subprocess.Popen([NGINX, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc, url
        except OSError:
            time.sleep(0.2)
    stop(proc)
    raise RuntimeError(f"nginx did not answer on {url}: {(folder / 'error.log').read_text(errors='replace')}")


def one_setup(
    db: Path, processes: int, runs: list[tuple[int, tuple[float, float]]], seconds: float
) -> list[dict]:
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["STREAMLIT_SERVER_COOKIE_SECRET"] = secrets.token_hex(32)  # shared, as in deploy/
        servers = [
            start_streamlit(ROOT / "dashboard.py", db, folder / f"st{i}.log") for i in range(processes)
        ]
        proxy = None
        try:
            if processes > 1:
                proxy, url = start_nginx(folder, [int(u.rsplit(":", 1)[1]) for _, u in servers])
            else:
                url = servers[0][1]
            pids = [p.pid for p, _ in servers]
            for _, direct in servers:  # every process imports its modules before the clock
                asyncio.run(loadtest.probe(direct))
            for sessions, think in runs:
                out = asyncio.run(loadtest.load(url, sessions, seconds, think, 1, pids))
                out["processes"] = processes
                results.append(out)
                print(json.dumps(out, ensure_ascii=False), file=sys.stderr, flush=True)
        finally:
            if proxy is not None:
                stop(proxy)
            for p, _ in servers:
                stop(p)
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
