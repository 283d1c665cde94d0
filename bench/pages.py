"""Each page's server time in Streamlit's AppTest: cold and warm, at the default view.

    python bench/pages.py --db WAREHOUSE        → {"pages": [{"name", "cold_ms", "warm_ms"}, …]}

Every page gets a fresh process (run as `--page NAME`): "cold" is its first run there, with the
Python modules already imported but every cache empty and the warehouse not yet open — a page
opened on a freshly started server, whose first run sends the header and the first chart
(ui/components.py). "Rest" is the next run, once the browser has drawn that chart: the full page,
the rest of its data not yet cached. "Warm" is the median of the next runs of the full page in the
same session: the cached data, the figures and the rendering, what each rerun costs.
`members-province` is the members page for one province (its map: the communes' circles).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# name → (page file, query string): the pages at their default view, and a province's view.
VIEWS = {
    "overview": (None, {}),
    "members": ("members", {}),
    "models": ("models", {}),
    "loans": ("loans", {}),
    "localities": ("localities", {}),
    "members-province": ("members", {"p": "79"}),
}
PAGES = tuple(VIEWS)
WARM_RUNS = 7


def one_page(name: str) -> dict:
    import plotly.graph_objects  # noqa: F401  (imported before timing: not a page's cost)
    from streamlit.testing.v1 import AppTest

    import danvan.report  # noqa: F401
    from ui.components import FIRST_SCREEN_DONE

    page, params = VIEWS[name]
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=900)
    for key, value in params.items():
        at.query_params[key] = value
    if page:
        at.switch_page(f"app_pages/{page}.py")
    started = time.perf_counter()
    at.run()  # a new session's first screen: the header and the first chart
    cold = (time.perf_counter() - started) * 1000
    if at.exception:
        raise RuntimeError(f"{name}: {at.exception}")
    # The browser's report that the first chart is drawn: the full page, the rest of its data cold.
    at.session_state[FIRST_SCREEN_DONE] = True
    started = time.perf_counter()
    at.run()
    rest = (time.perf_counter() - started) * 1000
    if at.exception:
        raise RuntimeError(f"{name}: {at.exception}")
    charts = at.get("plotly_chart")
    maps = sum("OpenStreetMap" in chart.proto.spec for chart in charts)
    warm = []
    for _ in range(WARM_RUNS):
        started = time.perf_counter()
        at.run()
        warm.append((time.perf_counter() - started) * 1000)
    return {
        "name": name,
        "cold_ms": round(cold, 1),
        "rest_ms": round(rest, 1),
        "warm_ms": round(statistics.median(warm), 1),
        "warm_max_ms": round(max(warm), 1),
        "charts": len(charts),
        "maps": maps,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--page", choices=PAGES)
    args = p.parse_args(argv)
    os.environ["DANVAN_DB"] = args.db
    # The pages as the one-person default serves them: accounts beside a shared warehouse would
    # put the sign-in form in front (its ~1 ms a run is in the load test, signed in).
    sys.path.insert(0, str(ROOT))
    from danvan.accounts import db as accounts_db

    os.environ[accounts_db.ENV] = os.path.join(tempfile.mkdtemp(), "accounts.sqlite")
    if args.page:
        print(json.dumps(one_page(args.page)))
        return 0
    rows = []
    for page in PAGES:
        out = subprocess.run(
            [sys.executable, __file__, "--db", args.db, "--page", page],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
        ).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        print(f"  {rows[-1]}", file=sys.stderr, flush=True)
    print(json.dumps({"pages": rows}))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
