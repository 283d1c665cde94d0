"""The learned scorer: scores every reading of a number and decides which of the rules' readings are figures.

The rules (extractor.py) read every number of a text and give each a reading — indicator,
organization, place, period, breakdown — and a verdict: taken as a figure, or passed over with a
reason. The scorer looks at each reading of an indicator it was trained on (`MODELLED`) through
features of the reading and of the words around it: the rules' tags and verdict (the head noun, the
governing cue, where the period, place and organization came from, list membership), markers of
change, plan, comparison, audience, sub-population, merger or another lender in the same clause,
the number's form, and its place in the page (title, lead, body). A logistic regression turns
them into a probability, calibrated (Platt) on predictions for documents it was not trained on; one
threshold, chosen on those predictions (the best F0.5: precision weighs twice as much as recall),
decides which of the rules' readings are taken. The probability is the reading's confidence; a
taken reading below the threshold is passed over with the verdict "score". A reading the rules
passed over keeps its verdict and gets its score too, so the review page can show the likeliest
misses first; the reviewer picks them in — the model never takes them alone (on the development
sets it would have taken 7, 2 of them wrong: too few examples to trust).

The model is a small JSON file (model.json beside this module), committed, rebuilt by
`python -m danvan extract-model train` (danvan/extract/training.py) from the development sets in
data/extract/. Without it the rules decide alone. Applying it needs no library beyond the standard
one.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from danvan.extract.extractor import Candidate, Extraction, indicator_kind, part_of_another_kind
from danvan.extract.fold import fold

MODEL_PATH = Path(__file__).with_name("model.json")
MODELLED = {
    "members",
    "new_members",
    "associations",
    "dvk_models",
    "dvk_models_cumulative",
    "loan_balance",
    "borrowing_households",
}

# Markers in the clause before the number (folded text): what the clause does to the figure.
_MARKERS = {
    "change": re.compile(r"\b(?:tăng|giảm|tăng thêm|so với|hơn so|cao hơn|thấp hơn)\b"),
    "plan": re.compile(r"\b(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|sẽ)\b"),
    "audience": re.compile(r"\b(?:cho|hỗ trợ|tập huấn|tuyên truyền|thăm|tặng|trao)\b"),
    "part": re.compile(r"\b(?:trong đó|gồm|bao gồm|cụ thể)\b"),
    "merger": re.compile(
        r"\b(?:trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất)|sau (?:khi )?(?:sắp xếp|sáp nhập))\b"
    ),
    "lender": re.compile(r"\b(?:agribank|quỹ hỗ trợ nông dân|ngân hàng nông nghiệp|quỹ tín dụng)\b"),
    "disburse": re.compile(r"\b(?:giải ngân|doanh số|cho vay mới|thu nợ)\b"),
    "group": re.compile(
        r"\b(?:người dân tộc|dân tộc thiểu số|nữ|thanh niên|người công giáo|tôn giáo|độ tuổi)\b"
    ),
    "now": re.compile(r"\b(?:hiện có|hiện nay|đến nay|tính đến|hiện quản lý|tổng số)\b"),
    "new": re.compile(r"\b(?:kết nạp|phát triển mới|thành lập mới|xây dựng mới)\b"),
}
_AFTER = {
    "after_pct": re.compile(r"^\s*(?:%|phần trăm)"),
    "after_compare": re.compile(r"^[^;.]{0,30}\b(?:so với|tăng|giảm)\b"),
    "after_target": re.compile(r"^[^;.]{0,30}\b(?:chỉ tiêu|kế hoạch)\b"),
}


@dataclass(frozen=True)
class Model:
    weights: dict[str, float]
    bias: float
    calibration: tuple[float, float]  # Platt: p = 1 / (1 + exp(-(a·z + b)))
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        a, b = self.calibration
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, a * z + b))))


@cache
def load(path: Path = MODEL_PATH) -> Model | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(
        weights=data["weights"],
        bias=data["bias"],
        calibration=tuple(data["calibration"]),
        threshold=data["threshold"],
    )


def folded_text(result: Extraction) -> str:
    return fold(result.text)


def modelled(c: Candidate) -> bool:
    """Whether the model decides this reading: an indicator it was trained on, a total or a part by
    unit, level or organization (parts by field, type or form are not annotated in the sets: the
    rules decide those), a reading with tags, not a repeat."""
    return c.indicator in MODELLED and not part_of_another_kind(c) and c.verdict != "repeat" and bool(c.why)


def features(c: Candidate, result: Extraction, folded: str) -> dict[str, float]:
    """The reading's features (names → values; absent means 0); folded: fold(result.text)."""
    out: dict[str, float] = {f"ind={indicator_kind(c.indicator)}": 1.0, "rule_conf": c.rule_confidence}
    for tag in c.why:
        head, _, value = tag.partition(":")
        out[f"tag={head}"] = 1.0
        if head in ("pass", "period", "place", "org", "list", "number", "slash", "dvk", "breakdown"):
            out[f"tag={tag}"] = 1.0
        elif head in ("noun", "label"):
            out[f"tag={head}:{value}"] = 1.0
        elif head == "cue":
            out["cue=" + ("none" if value in ("none", "") else "some")] = 1.0
    if c.verdict:
        out["passed"] = 1.0
        out[f"verdict={c.verdict.partition(':')[0]}"] = 1.0
    clause = folded[max(c.start, c.value_start - 80) : c.value_start]
    cut = max(clause.rfind(";"), clause.rfind(". "))
    clause = clause[cut + 1 :] if cut >= 0 else clause
    for name, pattern in _MARKERS.items():
        if pattern.search(clause):
            out[f"before={name}"] = 1.0
    after = folded[c.value_end : min(c.end, c.value_end + 50)]
    for name, pattern in _AFTER.items():
        if pattern.search(after):
            out[name] = 1.0
    a, b = result.header.title_span
    la, lb = result.header.lead_span
    if a <= c.value_start < b:
        out["in_title"] = 1.0
    elif la <= c.value_start < lb:
        out["in_lead"] = 1.0
    if c.approx:
        out["approx"] = 1.0
    if c.locality_code is None:
        out["no_place"] = 1.0
    if c.period is None:
        out["no_period"] = 1.0
    if c.breakdown:
        out["breakdown"] = 1.0
    return out


def apply(result: Extraction, model: Model | None = None, folded: str | None = None) -> Extraction:
    """The extraction with every modelled reading decided by the model (the rules alone without one)."""
    model = model or load()
    if model is None:
        return result
    folded = folded if folded is not None else folded_text(result)
    taken: list[Candidate] = []
    passed: list[Candidate] = []
    for c in [*result.candidates, *result.passed_over]:
        if not modelled(c):
            (passed if c.verdict else taken).append(c)
            continue
        p = round(min(0.99, max(0.01, model.probability(features(c, result, folded)))), 2)
        if c.verdict:  # passed over by the rules: scored for the reviewer, who may still pick it
            passed.append(replace(c, confidence=p))
        elif p >= model.threshold:
            taken.append(replace(c, confidence=p))
        else:
            passed.append(replace(c, confidence=p, verdict="score"))
    taken.sort(key=lambda c: c.value_start)
    passed.sort(key=lambda c: c.value_start)
    return replace(result, candidates=taken, passed_over=passed)
