"""The benchmark behind `python -m danvan bench` (and `make bench`): one run measures

* every dashboard query (danvan.queries) at the views the pages open, p50/p95, against a pandas
  baseline doing the same filtering and grouping on a DataFrame loaded once (danvan.bench.queries);
* every page's server time in Streamlit's AppTest, cold and warm (bench/pages.py);
* the browser's time to first chart per page against a one-chart Streamlit page, and the server's
  peak memory while 10 sessions use it (bench/browser.py);
* importing a 1-million-row CSV through danvan.intake (danvan.intake.bench).

The Streamlit and browser parts live in the top-level bench/ folder and run as subprocesses: the
core package never imports Streamlit (tests/test_architecture.py), each measurement gets a fresh
process (so "cold" means cold), and only one process at a time opens the warehouse, as DuckDB
requires.
"""
