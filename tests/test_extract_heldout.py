"""Precision and recall on the held-out passages (tests/data/extract_heldout*.py).

Measured on (indicator, value) for members, new_members, associations, Dân vận khéo models (new and
cumulative counted as one), loan_balance and borrowing_households; of the figures found, the share
with the right unit and year. Run this file with -s to see the numbers.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import duckdb
import pytest

from danvan import periods
from danvan.extract import extract
from danvan.localities import LocalityIndex

DATA = Path(__file__).resolve().parent / "data"
MEASURED = {
    "members",
    "new_members",
    "associations",
    "dvk_models",
    "dvk_models_cumulative",
    "loan_balance",
    "borrowing_households",
}


def _docs(name: str) -> list[dict]:
    spec = importlib.util.spec_from_file_location(name, DATA / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.DOCS


def _kind(indicator: str) -> str:
    return "dvk" if indicator.startswith("dvk_models") else indicator


@pytest.fixture(scope="module")
def index(seeds_db):
    con = duckdb.connect(str(seeds_db), read_only=True)
    yield LocalityIndex(con)
    con.close()


def measure(index, docs) -> dict:
    tp = fp = fn = placed = 0
    misses = []
    for doc in docs:
        result = extract(
            doc["text"], index, published=date.fromisoformat(doc["published"]), locality=doc.get("locality")
        )
        expected = list(doc["expected"])
        for c in result.candidates:
            if c.indicator not in MEASURED:
                continue
            match = next(
                (
                    e
                    for e in expected
                    if _kind(e[0]) == _kind(c.indicator) and abs(e[1] - c.value) <= 1e-6 * max(1, e[1])
                ),
                None,
            )
            if match is None:
                fp += 1
                misses.append(("FP", doc["name"], c.indicator, c.value))
                continue
            expected.remove(match)
            tp += 1
            year = periods.parse(c.period).end.year if c.period else None
            placed += c.locality_code == match[2] and year == match[3]
        fn += len(expected)
        misses += [("FN", doc["name"], *e[:2]) for e in expected]
    return {
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "place_and_year": placed / tp if tp else 1.0,
        "misses": misses,
    }


@pytest.mark.parametrize("name", ["extract_heldout", "extract_heldout2", "extract_blind3"])
def test_precision_recall_on_held_out_passages(index, name):
    m = measure(index, _docs(name))
    print(
        f"\n{name}: tp={m['tp']} fp={m['fp']} fn={m['fn']} precision={m['precision']:.3f} "
        f"recall={m['recall']:.3f} place+year={m['place_and_year']:.3f} {m['misses']}"
    )
    assert m["precision"] >= 0.95, m["misses"]
    assert m["recall"] >= 0.90, m["misses"]
    assert m["place_and_year"] >= 0.85
