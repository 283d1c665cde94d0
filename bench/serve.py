"""Starting and stopping `streamlit run` on a free local port, nginx in front of several (as
deploy/ sets an office up), and Chromium's launch arguments: shared by the browser tests
(tests/e2e) and the benchmarks (bench/browser.py, bench/load.py)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"  # Debian's nginx-light (`make nginx`)
NGINX_SITE = ROOT / "deploy" / "nginx" / "danvan.conf"
CHROMIUM = "/usr/bin/chromium"  # Debian's package; never a browser download
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_streamlit(
    script: Path, db: Path, log: Path, port: int | None = None, options: tuple[str, ...] = ()
) -> tuple[subprocess.Popen, str]:
    """`streamlit run` on 127.0.0.1 and a free port (more `--section.option=value` in options);
    returns once /_stcore/health answers."""
    port = port or free_port()
    cmd = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(script),
        "--server.address=127.0.0.1",
        f"--server.port={port}",
        "--server.headless=true",
        "--browser.gatherUsageStats=false",
        # Others edit the tree meanwhile: no reloads in the middle of a test or a measurement.
        "--server.fileWatcherType=none",
        "--server.runOnSave=false",
        *options,
    ]
    env = os.environ | {"DANVAN_DB": str(db)}
    out = open(log, "wb")  # noqa: SIM115 (the process writes to it until it stops)
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    out.close()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited ({proc.returncode}):\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read().strip() == b"ok":
                    return proc, url
        except OSError:
            pass
        time.sleep(0.3)
    stop(proc)
    raise RuntimeError(f"streamlit did not answer on {url} within 90 s:\n{log.read_text(errors='replace')}")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def rss_mb(pid: int, field: str = "VmRSS") -> float:
    """A process's resident memory now (VmRSS) or at its peak (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise KeyError(field)


def nginx_conf(folder: Path, port: int, backends: list[int], log: bool = False) -> Path:
    """deploy/nginx/danvan.conf with this run's ports, inside a minimal main config; with `log`,
    each request's path, affinity cookie and the process it reached go to folder/access.log."""
    site = NGINX_SITE.read_text(encoding="utf-8")
    site = re.sub(r"listen 80;", f"listen 127.0.0.1:{port};", site)
    servers = "\n".join(f"    server 127.0.0.1:{p};" for p in backends)
    site = re.sub(r"(    server 127\.0\.0\.1:\d+;\n)+", servers + "\n", site)
    logging = (
        f" log_format route '$upstream_addr $cookie_danvan_route $uri';\n access_log {folder}/access.log route;"
        if log
        else " access_log off;"
    )
    conf = folder / "nginx.conf"
    conf.write_text(
        # Workers run as this user, as the master does: as root they would switch to `nobody`, who
        # cannot write the large answers (Plotly's script) into a private temporary folder.
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log;\nworker_processes 1;\n"
        "events { worker_connections 1024; }\n"
        f"http {{\n{logging}\n client_body_temp_path {folder}/body;\n proxy_temp_path {folder}/proxy;\n"
        f"{site}\n}}\n",
        encoding="utf-8",
    )
    return conf


def start_nginx(folder: Path, backends: list[int], log: bool = False) -> tuple[subprocess.Popen, str]:
    """nginx as deploy/ configures it, in front of `backends`, run as this user from `folder`."""
    port = free_port()
    conf = nginx_conf(folder, port, backends, log)
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
