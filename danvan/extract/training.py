"""Building the scorer's model from the annotated development sets, and measuring the extractor.

Sets live in data/extract/ as Python files holding `DOCS`, a list of documents:
    {"name": …, "text": …, "url": … (optional), "published": "YYYY-MM-DD" (optional),
     "locality": … (optional), "expected": [(indicator, value, locality_code, year), …]}
Files named dev_*.py are development data (the model learns from them, and from the five seed
reports); blind*.py are written by someone who never sees the extractor and are only ever measured
(never read by `train`).

Training (`python -m danvan extract-model train`): every reading of every development document — taken
or passed over by the rules — is labelled by whether it matches an expected figure (indicator and
value, each expected figure matched once, taken readings first), turned into features
(scorer.features) and fitted by an L2-regularised logistic regression (Newton's method, numpy).
Confidence is calibrated (Platt) on out-of-fold predictions: five folds by document, each
predicted by a model that never saw it; the threshold is the one with the best F0.5 on those
predictions (precision weighed twice as much as recall). The file records the out-of-fold precision and recall.
Deterministic: the same sets give the same file, byte for byte.
"""

from __future__ import annotations

import json
import runpy
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np

from danvan import periods
from danvan.extract import scorer
from danvan.extract.extractor import Candidate, extract, indicator_kind, part_of_another_kind
from danvan.localities import LocalityIndex
from danvan.paths import ROOT

SETS = ROOT / "data" / "extract"
SEED_TABLES = ROOT / "data" / "seeds"
SEED_TEXTS = ROOT.parent / "shared" / "seeds"
L2 = 1.0
FOLDS = 5
BETA = 0.5  # the threshold weighs precision twice as much as recall


def load_set(path: Path) -> list[dict]:
    return list(runpy.run_path(str(path))["DOCS"])


def dev_sets(folder: Path = SETS) -> dict[str, list[dict]]:
    """The development sets, and the five seed reports the product was conceived from (their figures
    as the warehouse stores them, data/seeds/; their texts in ../shared/seeds/)."""
    sets = {p.stem: load_set(p) for p in sorted(folder.glob("dev_*.py"))}
    sets["seeds"] = seed_docs()
    return sets


def reviewed_docs(con) -> list[dict]:
    """The documents reviewed and saved on the page «Trích xuất báo cáo» (not the seed reports), as a
    set: their text and address, and the figures the reviewer accepted (the annotation is the review)."""
    rows = con.execute(
        "select source_id, title, url, doc_text from source where kind = 'document' and doc_text is not null "
        "and source_id not like 'doc:seed-%' order by source_id"
    ).fetchall()
    docs = []
    for source_id, title, url, text in rows:
        facts = con.execute(
            "select indicator, value, locality_id, period_id from fact where source_id = $s "
            "order by indicator, value",
            {"s": source_id},
        ).fetchall()
        expected = [
            (ind, float(value), loc, periods.parse(pid).end.year)
            for ind, value, loc, pid in facts
            if ind in scorer.MODELLED
        ]
        docs.append(
            {"name": source_id, "title": title, "url": url or None, "text": text, "expected": expected}
        )
    return docs


def write_set(docs: list[dict], path: Path, about: str) -> None:
    """A set as a Python file of DOCS (the form of data/extract/), readable and diffable."""
    lines = [f'"""{about}"""', "", "DOCS = ["]
    for doc in docs:
        lines.append("    {")
        for key in ("name", "url", "text"):
            lines.append(f"        {key!r}: {doc.get(key)!r},")
        lines.append("        'expected': [")
        lines += [f"            {tuple(e)!r}," for e in doc["expected"]]
        lines += ["        ],", "    },"]
    lines.append("]")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def seed_docs() -> list[dict]:
    import pandas as pd

    from danvan.extract.documents import read_path

    documents = pd.read_csv(SEED_TABLES / "documents.csv", dtype=str, keep_default_na=False)
    facts = pd.read_csv(SEED_TABLES / "facts.csv", dtype=str, keep_default_na=False)
    docs = []
    for row in documents.itertuples():
        rows = facts[facts["source_id"] == row.source_id]
        docs.append(
            {
                "name": row.seed_file,
                "text": read_path(SEED_TEXTS / row.seed_file),
                "expected": [
                    (r.indicator, float(r.value), r.locality_id, periods.parse(r.period_id).end.year)
                    for r in rows.itertuples()
                ],
            }
        )
    return docs


def run_doc(doc: dict, index: LocalityIndex | None, *, scored: bool = True):
    published = date.fromisoformat(doc["published"]) if doc.get("published") else None
    return extract(
        doc["text"],
        index,
        published=published,
        locality=doc.get("locality"),
        url=doc.get("url"),
        scored=scored,
    )


def _matches(c: Candidate, e: tuple) -> bool:
    return indicator_kind(e[0]) == indicator_kind(c.indicator) and abs(e[1] - c.value) <= 1e-6 * max(1, e[1])


def label(readings: list[Candidate], expected: list[tuple]) -> list[int]:
    """1 for a reading that is an expected figure (each figure once; taken readings claim first)."""
    left = list(expected)
    labels = [0] * len(readings)
    order = sorted(range(len(readings)), key=lambda i: (readings[i].verdict != "", readings[i].value_start))
    for i in order:
        hit = next((e for e in left if _matches(readings[i], e)), None)
        if hit is not None and readings[i].verdict != "repeat":
            left.remove(hit)
            labels[i] = 1
    return labels


@dataclass
class Examples:
    rows: list[dict[str, float]]
    y: list[int]
    doc: list[int]  # the document's number, for the folds


def examples(docs: list[dict], index: LocalityIndex | None) -> Examples:
    ex = Examples([], [], [])
    for n, doc in enumerate(docs):
        result = run_doc(doc, index, scored=False)
        readings = [c for c in [*result.candidates, *result.passed_over] if scorer.modelled(c)]
        folded = scorer.folded_text(result)
        for c, y in zip(readings, label(readings, doc["expected"]), strict=True):
            ex.rows.append(scorer.features(c, result, folded))
            ex.y.append(y)
            ex.doc.append(n)
    return ex


def _matrix(rows: list[dict[str, float]], names: list[str]) -> np.ndarray:
    col = {n: i for i, n in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for r, row in enumerate(rows):
        for k, v in row.items():
            if k in col:
                x[r, col[k]] = v
    return x


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Logistic regression, L2 on the weights (not the bias), by Newton's method."""
    n, k = x.shape
    xb = np.hstack([x, np.ones((n, 1))])
    w = np.zeros(k + 1)
    reg = np.full(k + 1, l2)
    reg[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(xb @ w, -40, 40)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w[:-1], float(w[-1])


def platt(z: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Calibration p = σ(a·z + b) fitted on scores the model did not train on."""
    w, b = fit(z[:, None], y, l2=1e-6)
    return float(w[0]), b


def threshold_for(p: np.ndarray, y: np.ndarray, beta: float = BETA) -> float:
    """The threshold with the best F-beta on predictions the model did not train on (beta < 1 weighs
    precision above recall; a tie goes to the higher threshold)."""
    best, best_f = 0.99, -1.0
    positives = max(1.0, float(y.sum()))
    for t in sorted({round(float(v), 2) for v in p}, reverse=True):
        taken = p >= t
        tp = float(y[taken].sum())
        if not tp:
            continue
        precision, recall = tp / taken.sum(), tp / positives
        f = (1 + beta**2) * precision * recall / (beta**2 * precision + recall)
        if f > best_f + 1e-12:
            best, best_f = t, f
    return best


def train(docs: list[dict], index: LocalityIndex | None) -> dict:
    ex = examples(docs, index)
    names = sorted({k for row in ex.rows for k in row})
    x, y, groups = _matrix(ex.rows, names), np.array(ex.y, float), np.array(ex.doc)
    oof = np.zeros(len(y))
    for fold in range(FOLDS):
        test = groups % FOLDS == fold
        if test.any() and (~test).any():
            w, b = fit(x[~test], y[~test])
            oof[test] = x[test] @ w + b
    a, b_cal = platt(oof, y)
    p = 1.0 / (1.0 + np.exp(-(a * oof + b_cal)))
    cut = threshold_for(np.round(p, 2), y)
    taken = np.round(p, 2) >= cut
    w, b = fit(x, y)
    return {
        "about": "danvan/extract/scorer.py; rebuilt by `python -m danvan extract-model train`",
        "trained_on": {
            "documents": len(docs),
            "readings": len(y),
            "figures": int(y.sum()),
        },
        "out_of_fold": {
            "precision": round(float(y[taken].mean()) if taken.any() else 1.0, 3),
            "recall_of_readings": round(float(y[taken].sum() / max(1, y.sum())), 3),
        },
        "threshold": cut,
        "calibration": [round(a, 6), round(b_cal, 6)],
        "bias": round(b, 6),
        "weights": {n: round(float(v), 6) for n, v in zip(names, w, strict=True) if abs(v) >= 1e-6},
    }


def write_model(model: dict, path: Path = scorer.MODEL_PATH) -> None:
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    scorer.load.cache_clear()


@dataclass
class Measure:
    tp: int
    fp: int
    fn: int
    placed: int
    misses: list[tuple]

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def place_and_year(self) -> float:
        return self.placed / self.tp if self.tp else 1.0

    def line(self, name: str) -> str:
        return (
            f"{name}: tp={self.tp} fp={self.fp} fn={self.fn} precision={self.precision:.3f} "
            f"recall={self.recall:.3f} place+year={self.place_and_year:.3f}"
        )


def measure(docs: list[dict], index: LocalityIndex | None, *, scored: bool = True) -> Measure:
    """Precision and recall on (indicator, value) of the modelled indicators (new and cumulative Dân
    vận khéo counted as one; a part by field, type or form never counted as wrong); of the figures
    found, the share with the right unit and year.
    scored=False: the rules alone."""
    m = Measure(0, 0, 0, 0, [])
    for doc in docs:
        result = run_doc(doc, index, scored=scored)
        expected = list(doc["expected"])
        for c in result.candidates:
            if c.indicator not in scorer.MODELLED:
                continue
            match = next((e for e in expected if _matches(c, e)), None)
            if match is None and part_of_another_kind(c):
                continue  # a part by field or type: a set that does not annotate those has no say
            if match is None:
                m.fp += 1
                m.misses.append(("FP", doc["name"], c.indicator, c.value))
                continue
            expected.remove(match)
            m.tp += 1
            year = periods.parse(c.period).end.year if c.period else None
            m.placed += c.locality_code == match[2] and year == match[3]
        m.fn += len(expected)
        m.misses += [("FN", doc["name"], *e[:2]) for e in expected]
    return m
