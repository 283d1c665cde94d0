"""Load test: concurrent dashboard sessions speaking Streamlit's own websocket protocol.

    python -m danvan loadtest --url URL [--sessions N] [--seconds S] [--think MIN,MAX] [--json FILE]

Each session does what a browser does: it fetches the page, /_stcore/health and
/_stcore/host-config (taking the cookies a proxy's session affinity and Streamlit set), opens
/_stcore/stream, asks for a run (BackMsg.rerun_script with the URL's query string, the page and the
widgets' values) and reads ForwardMsgs until the run's
`script_finished`; on a session's first screen it reports the first chart drawn, as the page's
script does, and waits for the full page. Then it reads for a while (the think time, 3-8 s by
default) and acts: most sessions stay on the national view or one province, some drill down to
communes; they open another page, change the period kind, the comparison or the province. The
time of an action is from sending it to the end of the run it starts, the follow-up run of a
first screen included.

It reports errors (exceptions and error alerts on screen, dropped connections), p50/p95/max of
those times, runs per second, the server processes' CPU per run (from /proc, so the servers must
run on this machine: 127.0.0.1) and their peak memory. The protobuf messages come with the
streamlit package; nothing is downloaded. This file imports streamlit, so it lives outside
danvan/ and the command runs it as its own process (danvan/commands/loadtest.py).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import statistics
import sys
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import WebSocketException

from danvan.accounts import sessions

CHART_PAGES = ("overview", "members", "models", "loans")
# What sessions do, by kind: (share of sessions, what they do after the first page)
PROFILES = {"national": 0.45, "province": 0.40, "commune": 0.15}
INTERNAL_KEY = "$$STREAMLIT_INTERNAL_KEY"  # Streamlit's prefix of a component's trigger widget
RUN_TIMEOUT = 180.0  # seconds a run may take before it counts as an error


class RunError(RuntimeError):
    pass


@dataclass
class Widget:
    id: str
    kind: str
    options: list[str]


@dataclass
class Session:
    base: str
    rng: random.Random
    profile: str
    ws: ClientConnection | None = None
    page: str = ""
    query: str = ""
    widgets: dict[str, Widget] = field(default_factory=dict)  # by user key (f_p, f_u, f_k, f_c)
    states: dict[str, WidgetState] = field(default_factory=dict)  # what this session has set
    drawn_signal: str | None = None
    errors: list[str] = field(default_factory=list)
    signed_in: str | None = None  # a session cookie's token (danvan/accounts/sessions.py)

    async def connect(self) -> None:
        cookie = SimpleCookie()
        for pair in await asyncio.to_thread(_page_cookies, self.base):
            cookie.load(pair)
        if self.signed_in:
            cookie[sessions.COOKIE] = self.signed_in
        parts = urlsplit(self.base)
        scheme = "wss" if parts.scheme == "https" else "ws"
        url = f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"
        headers = {"Cookie": "; ".join(f"{k}={m.value}" for k, m in cookie.items())} if cookie else {}
        self.ws = await connect(
            url, additional_headers=headers, subprotocols=["streamlit"], max_size=None, open_timeout=60
        )

    async def rerun(self, page: str | None = None) -> float:
        """One user action: a run, and the first screen's follow-up run if one is due."""
        started = time.perf_counter()
        if page is not None:
            self.page = page
        await self._run()
        if self.drawn_signal:  # a first screen: the browser reports the chart drawn
            signal = WidgetState(
                id=self.drawn_signal, json_trigger_value=json.dumps([{"event": "drawn", "value": True}])
            )
            self.drawn_signal = None
            await self._run(extra=[signal])
        return time.perf_counter() - started

    async def _run(self, extra: list[WidgetState] = ()) -> None:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.page_name = self.page
        state.widget_states.widgets.extend([*self.states.values(), *extra])
        await self.ws.send(msg.SerializeToString())
        deadline = time.monotonic() + RUN_TIMEOUT
        while True:
            data = await asyncio.wait_for(self.ws.recv(), timeout=max(1.0, deadline - time.monotonic()))
            fm = ForwardMsg.FromString(data)
            kind = fm.WhichOneof("type")
            if kind == "delta":
                self._read_delta(fm)
            elif kind == "page_info_changed":
                self.query = fm.page_info_changed.query_string
            elif kind == "script_finished" and fm.script_finished in (
                ForwardMsg.FINISHED_SUCCESSFULLY,
                ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
            ):
                if fm.script_finished == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    self.errors.append("lỗi biên dịch")
                return

    def _read_delta(self, fm: ForwardMsg) -> None:
        if fm.delta.WhichOneof("type") != "new_element":
            return
        el = fm.delta.new_element
        kind = el.WhichOneof("type")
        if kind == "exception":
            self.errors.append(f"{el.exception.type}: {el.exception.message}"[:300])
        elif kind == "alert" and el.alert.format == el.alert.ERROR:
            self.errors.append(el.alert.body[:300])
        elif kind == "selectbox":
            key = el.selectbox.id.rsplit("-", 1)[-1]
            self.widgets[key] = Widget(el.selectbox.id, kind, list(el.selectbox.options))
        elif kind == "bidi_component" and "first_chart_drawn" in el.bidi_component.id:
            self.drawn_signal = f"{INTERNAL_KEY}_{el.bidi_component.id}__events"

    def _choose(self, key: str, avoid_first: bool = False) -> bool:
        w = self.widgets.get(key)
        if w is None or len(w.options) < 2:
            return False
        options = w.options[1:] if avoid_first else w.options
        self.states[key] = WidgetState(id=w.id, string_value=self.rng.choice(options))
        if key == "f_p":
            self.states.pop("f_u", None)  # the unit is cleared with the province
        return True

    def next_action(self) -> str | None:
        """Change something the way this session's user would; the page to open, if any."""
        r = self.rng.random()
        if self.profile != "national" and "f_p" not in self.states and self._choose("f_p", avoid_first=True):
            return None
        if self.profile == "commune" and "f_u" not in self.states and self._choose("f_u", avoid_first=True):
            return None
        if r < 0.45:
            return self.rng.choice([p for p in (*CHART_PAGES, "localities") if p != self.page])
        if r < 0.70 and self._choose("f_k"):
            return None
        if r < 0.85 and self._choose("f_c"):
            return None
        if self.profile != "national" and self._choose("f_p", avoid_first=True):
            return None
        return self.rng.choice(CHART_PAGES)


def _page_cookies(base: str) -> list[str]:
    """The cookies a browser holds when it opens the websocket.

    It loads the page, then asks /_stcore/health and /_stcore/host-config (Streamlit sets its XSRF
    cookie there, not on the page), sending back what it was given; a proxy's affinity hashes that
    cookie, so a client that skipped these requests would land every session on one process.
    """
    import urllib.request
    from http.cookies import SimpleCookie

    jar = SimpleCookie()
    for path in ("/", "/_stcore/health", "/_stcore/host-config"):
        request = urllib.request.Request(base.rstrip("/") + path)
        if jar:
            request.add_header("Cookie", "; ".join(f"{k}={m.value}" for k, m in jar.items()))
        with urllib.request.urlopen(request, timeout=60) as response:
            for header in response.headers.get_all("Set-Cookie") or []:
                jar.load(header)
    return [f"{k}={m.value}" for k, m in jar.items()]


@dataclass
class Results:
    times: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


async def _session(
    base: str,
    seed: int,
    profile: str,
    until: float,
    think: tuple[float, float],
    out: Results,
    signed_in: str | None = None,
) -> None:
    rng = random.Random(seed)
    s = Session(base, rng, profile, signed_in=signed_in)
    try:
        await s.connect()
        out.times.append(await s.rerun(rng.choice(["", *CHART_PAGES])))
        while True:
            pause = rng.uniform(*think)
            if time.monotonic() + pause >= until:
                break
            await asyncio.sleep(pause)
            page = s.next_action()
            out.times.append(await s.rerun(page))
    except (TimeoutError, RunError, OSError, WebSocketException) as exc:
        out.errors.append(f"{type(exc).__name__}: {exc}"[:300])
    finally:
        out.errors.extend(s.errors)
        if s.ws is not None:
            await s.ws.close()


def _server_pids() -> list[int]:
    """The dashboard servers on this machine: `streamlit run … serve.py` processes."""
    pids = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmd = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"streamlit" in b" ".join(cmd) and any(c.endswith((b"serve.py", b"dashboard.py")) for c in cmd):
            pids.append(int(entry.name))
    return pids


def _cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / os.sysconf("SC_CLK_TCK")


def _rss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


async def _sample_memory(pids: list[int], peak: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak[0] = max(peak[0], _rss_mb(pids))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), timeout=0.5)


async def load(
    url: str,
    sessions: int,
    seconds: float,
    think: tuple[float, float],
    seed: int,
    pids: list[int],
    signed_in: list[str] | None = None,
) -> dict:
    """`sessions` simulated people for `seconds`; signed_in: session cookies' tokens, one per
    person in turn (a dashboard with accounts shows nothing before sign-in)."""
    rng = random.Random(seed)
    kinds = rng.choices(list(PROFILES), weights=list(PROFILES.values()), k=sessions)
    out = Results()
    peak = [0.0]
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_memory(pids, peak, stop))
    cpu0, t0 = [_cpu_seconds([pid]) for pid in pids], time.perf_counter()
    until = time.monotonic() + seconds
    tasks = []
    for i, kind in enumerate(kinds):
        token = signed_in[i % len(signed_in)] if signed_in else None
        tasks.append(asyncio.create_task(_session(url, seed * 1000 + i, kind, until, think, out, token)))
        await asyncio.sleep(min(0.2, seconds / max(sessions, 1) / 4))  # people arrive, not all at once
    await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - t0
    by_process = [_cpu_seconds([pid]) - before for pid, before in zip(pids, cpu0, strict=True)]
    cpu = sum(by_process)
    stop.set()
    await sampler
    times = sorted(out.times)

    def pct(q: float) -> float | None:
        return round(times[min(len(times) - 1, int(q * len(times)))], 3) if times else None

    return {
        "url": url,
        "sessions": sessions,
        "seconds": round(elapsed, 1),
        "think": list(think),
        "actions": len(times),
        "errors": len(out.errors),
        "error_samples": sorted(set(out.errors))[:10],
        "p50_s": round(statistics.median(times), 3) if times else None,
        "p95_s": pct(0.95),
        "max_s": round(times[-1], 3) if times else None,
        "runs_per_s": round(len(times) / elapsed, 2) if elapsed else None,
        "server_pids": pids,
        "server_cpu_s": round(cpu, 2),
        "server_cpu_s_by_process": [round(c, 2) for c in by_process],  # a proxy's balance
        "server_cpu_ms_per_action": round(1000 * cpu / len(times), 1) if times else None,
        "peak_rss_mb": round(peak[0], 1),
        "load_before": os.getloadavg(),
    }


def sign_in_tokens(warehouse: str | Path, name: str, n: int) -> list[str]:
    """n session cookies' tokens of an account, as n browsers signed in hold them."""
    from danvan.accounts import db

    tokens = []
    with db.connect(warehouse) as con:
        for _ in range(n):
            _sid, ticket = sessions.start(con, name, "local", "loadtest")
            tokens.append(sessions.redeem(con, ticket))
    return tokens


async def probe(url: str, signed_in: str | None = None) -> dict:
    """One session, one page: for tests and for an administrator checking a deployment."""
    s = Session(url, random.Random(0), "national", signed_in=signed_in)
    await s.connect()
    seconds = await s.rerun("")
    await s.ws.close()
    return {"url": url, "seconds": round(seconds, 3), "errors": s.errors}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m danvan loadtest")
    p.add_argument("--url", required=True)
    p.add_argument("--sessions", type=int, default=10)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--think", default="3,8", help="MIN,MAX seconds between actions")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--pid", type=int, action="append", help="server process (default: every dashboard server here)"
    )
    p.add_argument("--json", metavar="FILE")
    p.add_argument("--probe", action="store_true", help="one session, one page")
    p.add_argument("--user", help="sign every session in as this account (its sessions, made here)")
    p.add_argument("--db", help="the warehouse whose accounts database holds --user")
    args = p.parse_args(argv)
    url = args.url.rstrip("/")
    tokens = sign_in_tokens(args.db, args.user, max(args.sessions, 1)) if args.user else None
    if args.probe:
        result = asyncio.run(probe(url, tokens[0] if tokens else None))
        print(json.dumps(result, ensure_ascii=False))
        return 1 if result["errors"] else 0
    low, high = (float(x) for x in args.think.split(","))
    result = asyncio.run(
        load(url, args.sessions, args.seconds, (low, high), args.seed, args.pid or _server_pids(), tokens)
    )
    text = json.dumps(result, ensure_ascii=False)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
