"""The extractor measured on annotated documents (data/extract/), and the scorer's model.

Development sets (dev_*.py, the model learns from them): each must keep precision ≥ 0.95, recall ≥
0.90 and place+year ≥ 0.85 on (indicator, value). The blind set (blind*.py, written by a helper who
never saw the extractor) is only measured: its figures are the README's, and the test fails when
the README no longer says what the extractor does on it. Run with -s to see every line.
"""

from __future__ import annotations

import json
import re

import duckdb
import numpy as np
import pytest

from danvan.extract import scorer, training
from danvan.localities import LocalityIndex
from tests.conftest import ROOT

DEV = sorted(p.stem for p in training.SETS.glob("dev_*.py"))
BLIND = sorted(p.stem for p in training.SETS.glob("blind*.py"))


@pytest.fixture(scope="module")
def index(seeds_db):
    con = duckdb.connect(str(seeds_db), read_only=True)
    yield LocalityIndex(con)
    con.close()


@pytest.mark.parametrize("name", DEV)
def test_development_sets_keep_their_figures(index, name):
    m = training.measure(training.load_set(training.SETS / f"{name}.py"), index)
    print("\n" + m.line(name), m.misses)
    assert m.precision >= 0.95, m.misses
    assert m.recall >= 0.90, m.misses
    assert m.place_and_year >= 0.85


@pytest.mark.parametrize("name", BLIND)
def test_the_readme_says_what_the_extractor_does_on_the_blind_set(index, name):
    docs = training.load_set(training.SETS / f"{name}.py")
    m = training.measure(docs, index)
    print("\n" + m.line(name))  # never its misses: nobody fixes against this set
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    row = re.search(rf"\| `{name}` \| (\d+) \| (\d+) \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \|", readme)
    assert row, f"README has no row for {name}"
    said = [float(x.replace(",", ".")) for x in row.groups()]
    assert said == [
        len(docs),
        m.tp + m.fn,
        round(m.precision, 2),
        round(m.recall, 2),
        round(m.place_and_year, 2),
    ]


def test_the_committed_model_is_what_the_development_sets_train():
    """`python -m danvan extract-model train` rebuilds model.json byte for byte."""
    from danvan.commands.extract import locality_index
    from danvan.paths import DEFAULT_DB

    docs = [doc for docs in training.dev_sets().values() for doc in docs]
    model = training.train(docs, locality_index(str(DEFAULT_DB)))
    committed = json.loads(scorer.MODEL_PATH.read_text(encoding="utf-8"))
    assert model == committed


def test_labels_claim_each_expected_figure_once_taken_readings_first():
    from danvan.extract.extractor import Candidate

    def reading(value, start, verdict=""):
        return Candidate(
            "members",
            value,
            "",
            "",
            "",
            None,
            None,
            False,
            "",
            "",
            0,
            0,
            start,
            start,
            0.5,
            ("noun:member",),
            (),
            verdict,
        )

    readings = [reading(100, 5, "cue:cho"), reading(100, 9), reading(200, 20, "repeat"), reading(300, 30)]
    # the 100 taken at 9 claims the one expected 100 before the passed-over one at 5; a repeat never
    # claims; 300 is not expected
    assert training.label(readings, [("members", 100, None, 2024), ("members", 200, None, 2024)]) == [
        0,
        1,
        0,
        0,
    ]


def test_the_threshold_has_the_best_f_beta():
    p = np.array([0.95, 0.9, 0.8, 0.7, 0.6, 0.55])
    y = np.array([1, 1, 1, 0, 1, 0])
    # 4 figures. F0.5 = 1.25·P·R / (0.25·P + R): at 0.9 (P 1, R 0.5) 0.833; at 0.8 (1, 0.75) 0.9375;
    # at 0.7 (0.75, 0.75) 0.75; at 0.6 (0.8, 1) 0.833; at 0.55 (0.667, 1) 0.714
    assert training.threshold_for(p, y, beta=0.5) == 0.8
    # F1 at 0.8: 0.857; at 0.6: 0.889 — recall counts as much as precision
    assert training.threshold_for(p, y, beta=1.0) == 0.6


def test_the_regression_finds_a_hand_made_rule():
    """y = 1 exactly when the feature is on: a positive weight, a negative bias, symmetrical."""
    x = np.array([[1.0], [1.0], [0.0], [0.0]])
    y = np.array([1.0, 1.0, 0.0, 0.0])
    w, b = training.fit(x, y, l2=1.0)
    assert w[0] > 0 and b < 0
    assert w[0] + b == pytest.approx(-b)  # as sure of the ones as of the zeros


def test_a_model_turns_features_into_a_calibrated_probability():
    model = scorer.Model(weights={"a": 2.0, "b": -1.0}, bias=0.5, calibration=(1.0, 0.0), threshold=0.5)
    # z = 0.5 + 2·1 − 1·1 = 1.5 → σ(1.5) = 0.8176
    assert model.probability({"a": 1.0, "b": 1.0}) == pytest.approx(0.8176, abs=1e-4)
    halved = scorer.Model(weights={"a": 2.0, "b": -1.0}, bias=0.5, calibration=(0.5, -0.75), threshold=0.5)
    assert halved.probability({"a": 1.0, "b": 1.0}) == pytest.approx(0.5)  # 0.5·1.5 − 0.75 = 0


def test_documents_reviewed_on_the_page_become_a_development_set(writable_db, tmp_path):
    """The review page is where sets are annotated: what a reviewer accepted is the expectation."""
    from datetime import date

    from danvan import cli
    from danvan.extract import review

    text = "Năm 2023, Hội Nông dân tỉnh Lai Châu kết nạp 2.140 hội viên mới, tổng số hội viên 61.000."
    with duckdb.connect(str(writable_db)) as con:
        _, table, meta = review.review(text, LocalityIndex(con), date(2024, 1, 9))
        table.loc[table["indicator"] == "members", "decision"] = review.REJECT  # the reviewer says no
        review.save(con, meta, table)
    out = tmp_path / "dev_reviewed.py"
    assert cli.main(["--db", str(writable_db), "extract-model", "export-reviewed", "--out", str(out)]) == 0
    (doc,) = training.load_set(out)  # the seed reports are not reviews
    assert doc["text"] == text and doc["name"] == meta.source_id
    assert doc["expected"] == [("new_members", 2140.0, "L12", 2023)]  # Lai Châu before 2025: L12
