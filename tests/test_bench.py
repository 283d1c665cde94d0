"""The benchmark's own promises: its pandas baseline does the same work as the queries (same
answers), and its summary prints every part, including an import that has not landed."""

from __future__ import annotations

from danvan.bench import queries as bench_queries
from danvan.bench import run as bench_run


def test_the_pandas_baseline_answers_what_each_query_answers(small_con):
    rows = bench_queries.measure(small_con, repeats=1, pandas_repeats=1)
    names = {r["name"] for r in rows}
    for query in ("series", "ranking", "composition", "kpis", "growth", "coverage"):
        assert any(n.startswith(query) for n in names), query
    assert [r["name"] for r in rows if not r["same_result"]] == []
    # speedup is rounded to one decimal: on the small warehouse a busy machine can make it 0.0
    assert all(r["p50_ms"] > 0 and r["pandas_p50_ms"] > 0 and r["speedup"] >= 0 for r in rows)


def test_the_summary_names_every_part():
    result = {
        "scale": "national",
        "facts": 15_000_000,
        "queries": [
            {
                "name": "series (national)",
                "p50_ms": 9.0,
                "p95_ms": 12.0,
                "pandas_p50_ms": 400.0,
                "speedup": 44.4,
            }
        ],
        "pages": [{"name": "members", "cold_ms": 2500.0, "warm_ms": 120.0}],
        "browser": [{"page": "members", "first_chart_ms": 900.0, "baseline_ms": 800.0, "ratio": 1.12}],
        "peak_rss_mb": 700.0,
        "import": None,
    }
    text = bench_run.table(result)
    for part in ("series (national)", "44.4×", "members", "1.12×", "700 MB", "chưa có"):
        assert part in text, part


def test_the_warehouse_fingerprint_follows_its_sources():
    assert bench_run.fingerprint("national") == bench_run.fingerprint("national")
    assert bench_run.fingerprint("national") != bench_run.fingerprint("default")


def test_the_summary_gives_both_imports():
    xlsx = {"rows": 100_000, "seconds": 2.9, "accepted": 100_000}
    result = {"scale": "national", "facts": 1, "import": {"rows": 1_000_000, "seconds": 13.8, "xlsx": xlsx}}
    text = bench_run.table(result)
    assert "Nhập CSV 1,000,000 dòng: 13.8 s" in text and "Nhập XLSX 100,000 dòng: 2.9 s" in text
