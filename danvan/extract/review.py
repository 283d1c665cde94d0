"""Reviewing extracted figures and saving the accepted ones as facts (no Streamlit here).

The page «Trích xuất báo cáo» shows `highlight_html` and an editable `candidates_frame`; the
reviewer corrects, accepts or rejects each row; `save` stores the accepted rows, in one
transaction, as facts of a `source` row of kind 'document' whose id is derived from the text
('doc:' + the first 16 hex digits of its SHA-256), with the text itself and each fact's sentence as
evidence. Saving the same text again replaces that document's facts (the warehouse's loads are
idempotent per source).
"""

from __future__ import annotations

import hashlib
import html
import math
from dataclasses import dataclass
from datetime import date

import duckdb
import pandas as pd

from danvan import formatting, labels, periods
from danvan.accounts import scope
from danvan.accounts.roles import Action, User
from danvan.extract.extractor import Candidate, Extraction
from danvan.extract.fold import prepare
from danvan.store import write

ACCEPT, REJECT, PENDING = "accept", "reject", "pending"
DEFAULT_ACCEPT = 0.75  # rows at or above this confidence start as accepted …
# … unless their period, place or organization was taken from outside their own sentence (a
# reading the sentence does not say), or their organization is not the one the title names: those wait for the reviewer whatever their confidence, and
# the page says why (the rule tags' words, labels.EXT_WHY).
OUTSIDE_THE_SENTENCE = {
    "period": {"paragraph", "document", "publication", "undated"},
    "place": {"document", "generic_fallback", "ambiguous", "unresolved", "unknown", "no_index"},
    "org": {"paragraph", "document", "default", "not_the_titles"},
    "sum": {"exceeds"},
}


def held_back(why: tuple[str, ...]) -> list[str]:
    """Why a reading is not accepted in advance: each of its period, place and organization that
    came from outside its sentence, in the reviewer's words."""
    out = []
    for tag in why:
        head, _, value = tag.partition(":")
        if value in OUTSIDE_THE_SENTENCE.get(head, ()):
            out.append(labels.EXT_WHY.get(tag, tag))
    return out


COLUMNS = [
    "row",
    "decision",
    "indicator",
    "value",
    "approx",
    "organization",
    "locality_code",
    "locality",
    "period",
    "breakdown",
    "cumulative",
    "confidence",
    "sentence",
    "why",
    "held",
]
_KEY = ["locality_code", "organization", "indicator", "breakdown", "period"]


class ReviewError(ValueError):
    """Rows that cannot be saved; `messages` says which and why, in Vietnamese."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass(frozen=True)
class DocumentMeta:
    title: str
    text: str
    publisher: str | None = None
    published: date | None = None
    url: str | None = None
    about: str | None = None

    @property
    def source_id(self) -> str:
        return source_id_for(self.text)


def review(
    text: str, index, published: date | None = None, locality: str | None = None
) -> tuple[Extraction, pd.DataFrame, DocumentMeta]:
    """Extract, and lay out what the page shows: the result, the editable table, the form defaults."""
    from danvan.extract import extract

    result = extract(text, index, published=published, locality=(locality or "").strip() or None)
    return result, candidates_frame(result.candidates), meta_of(result)


def source_id_for(text: str) -> str:
    digest = hashlib.sha256(prepare(text).encode("utf-8")).hexdigest()
    return f"doc:{digest[:16]}"


def meta_of(result: Extraction, title: str | None = None) -> DocumentMeta:
    """What the extractor read about the document, as the defaults of the page's form."""
    h = result.header
    return DocumentMeta(
        title=title or h.title or result.text.strip().split("\n")[0][:200],
        text=result.text,
        publisher=h.publisher,
        published=h.published.day,
        url=h.url,
    )


def explain(why: tuple[str, ...] | list[str]) -> str:
    """The rule tags of a candidate in Vietnamese ("từ báo hiệu «kết nạp»; kỳ ghi trong câu; …")."""
    parts = []
    for tag in why:
        if tag in labels.EXT_WHY:
            parts.append(labels.EXT_WHY[tag])
            continue
        head, _, value = tag.partition(":")
        if head in ("noun", "label"):
            parts.append(labels.EXT_WHY[head])
        elif head in labels.EXT_WHY and value not in ("none", ""):
            parts.append(labels.EXT_WHY[head].format(value=value))
    return "; ".join(dict.fromkeys(parts))


def candidates_frame(candidates: list[Candidate]) -> pd.DataFrame:
    """One row per candidate, in the columns the page edits (codes; the page shows their names)."""
    rows = []
    for i, c in enumerate(candidates, start=1):
        held = held_back(c.why)
        rows.append(
            {
                "row": i,
                "decision": ACCEPT if c.confidence >= DEFAULT_ACCEPT and not held else PENDING,
                "indicator": c.indicator,
                "value": float(c.value),
                "approx": c.approx,
                "organization": c.organization,
                "locality_code": c.locality_code or "",
                "locality": c.locality,
                "period": c.period or "",
                "breakdown": c.breakdown,
                "cumulative": c.cumulative,
                "confidence": c.confidence,
                "sentence": c.sentence,
                "why": explain(c.why),
                "held": "; ".join(held),
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


PASSED_COLUMNS = ["pick", "value", "indicator", "verdict", "confidence", "sentence"]


def passed_frame(passed: list[Candidate], indicator_names: dict[str, str]) -> pd.DataFrame:
    """The numbers not read as figures, each with what it would have been and why it was not, the
    likeliest figures (the scorer's) first: the reviewer can still pick one into the review table
    (`with_picked`, by the column "at")."""
    rows = [
        {
            "pick": False,
            "value": formatting.number(c.value),
            "indicator": indicator_names.get(c.indicator, c.indicator) if c.indicator else "—",
            "verdict": verdict_text(c.verdict),
            "confidence": c.confidence,
            "sentence": c.sentence,
            "at": i,  # the reading's place in `passed` (the rows are shown likeliest first)
        }
        for i, c in enumerate(passed)
    ]
    frame = pd.DataFrame(rows, columns=[*PASSED_COLUMNS, "at"])
    return frame.sort_values(["confidence", "at"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def verdict_text(verdict: str) -> str:
    """Why a number was not read as a figure, in the reviewer's words."""
    head, _, value = verdict.partition(":")
    said = labels.EXT_PASSED_WHY.get(head, verdict)
    return said.format(value=value) if "{value}" in said else said


def with_picked(table: pd.DataFrame, passed: list[Candidate], picked: list[int]) -> pd.DataFrame:
    """The review table with the picked passed-over readings added at its end, pending (numbered on)."""
    chosen = [passed[i] for i in picked if passed[i].indicator]
    if not chosen:
        return table
    extra = candidates_frame(chosen)
    extra["decision"] = PENDING
    extra["row"] = range(len(table) + 1, len(table) + len(extra) + 1)
    extra["held"] = labels.EXT_PASSED_PICKED
    return pd.concat([table, extra], ignore_index=True)


def _color(confidence: float) -> str:
    if confidence >= 0.8:
        return "#c8e6c9"
    if confidence >= 0.6:
        return "#fff59d"
    return "#ffccbc"


def highlight_html(
    text: str, candidates: list[Candidate], indicator_names: dict[str, str] | None = None
) -> str:
    """The text with each candidate's number marked (colour by confidence) and its table row number."""
    names = indicator_names or {}
    marks = sorted(
        ((c.value_start, c.value_end, i, c) for i, c in enumerate(candidates, start=1)), key=lambda m: m[0]
    )
    out, pos = [], 0
    for start, end, row, c in marks:
        if start < pos:
            continue  # two readings of one number: the first is marked
        out.append(html.escape(text[pos:start]))
        period = formatting.period_name(c.period) or labels.EXT_PERIOD_NONE
        confidence = formatting.number(c.confidence, 2)
        tip = f"{names.get(c.indicator, c.indicator)} · {period} · {c.locality} · {confidence}"
        out.append(
            f'<mark style="background:{_color(c.confidence)};padding:0 2px;border-radius:3px" '
            f'title="{html.escape(tip)}">{html.escape(text[start:end])}</mark><sup>[{row}]</sup>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    body = "".join(out)
    return (
        '<div style="white-space:pre-wrap;line-height:1.6;max-height:32rem;overflow-y:auto;'
        'border:1px solid #ddd;border-radius:6px;padding:0.75rem">' + body + "</div>"
    )


# Saving ---------------------------------------------------------------------------------------------
_CODES = {
    "indicator": "select code from indicator",
    "organization": "select code from organization",
    "breakdown": "select code from breakdown",
}


def _codes(con: duckdb.DuckDBPyConnection, table: str) -> set[str]:
    return {r[0] for r in con.execute(_CODES[table]).fetchall()}


def accepted_rows(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame) -> pd.DataFrame:
    """The accepted rows, checked against the registry, the units and the period notation.

    Raises ReviewError listing every row that cannot be saved (row numbers as shown on the page).
    """
    if "decision" in rows:
        rows = rows[rows["decision"] == ACCEPT]
    if rows.empty:
        raise ReviewError([labels.EXT_ERR_NOTHING])
    indicators = _codes(con, "indicator")
    organizations = _codes(con, "organization")
    breakdowns = _codes(con, "breakdown") | {""}
    units = {
        r[0]: r[1:]
        for r in con.execute("select locality_id, name, valid_from, valid_to from locality").fetchall()
    }
    errors: list[str] = []
    clean = []
    for i, r in enumerate(rows.to_dict("records"), start=1):
        row_no = r.get("row", i)
        problems = []
        indicator = str(r.get("indicator") or "")
        if indicator not in indicators:
            problems.append(labels.EXT_ERR_INDICATOR.format(value=indicator))
        organization = str(r.get("organization") or "")
        if organization not in organizations:
            problems.append(labels.EXT_ERR_ORGANIZATION.format(value=organization))
        breakdown = str(r.get("breakdown") or "")
        if breakdown not in breakdowns:
            problems.append(labels.EXT_ERR_BREAKDOWN.format(value=breakdown))
        try:
            value = float(r.get("value"))
            if math.isnan(value) or value < 0:
                raise ValueError
        except (TypeError, ValueError):
            problems.append(labels.EXT_ERR_VALUE.format(value=r.get("value")))
            value = float("nan")
        period_text = str(r.get("period") or "")
        try:
            period = periods.parse(period_text)
        except periods.PeriodError:
            problems.append(labels.EXT_ERR_PERIOD.format(value=period_text))
            period = None
        code = str(r.get("locality_code") or "").strip()
        if code not in units:
            problems.append(labels.EXT_ERR_LOCALITY.format(value=code))
        elif period is not None:
            name, valid_from, valid_to = units[code]
            if (valid_from and period.start < valid_from) or (valid_to and period.end > valid_to):
                problems.append(labels.EXT_ERR_LOCALITY_PERIOD.format(name=name, period=period.label))
        if problems:
            errors += [labels.EXT_ERR_ROW.format(row=row_no, message=p) for p in problems]
            continue
        clean.append(
            {
                "row": row_no,
                "locality_code": code,
                "organization": organization,
                "indicator": indicator,
                "breakdown": breakdown,
                "period": period.id if period else period_text,
                "value": value,
                "approx": str(r.get("approx") or ""),
                "sentence": str(r.get("sentence") or ""),
            }
        )
    frame = pd.DataFrame(clean)
    if not frame.empty:
        for _, group in frame.groupby(_KEY):
            if group["value"].nunique() > 1:
                first = group["row"].iloc[0]
                errors += [
                    labels.EXT_ERR_ROW.format(row=r, message=labels.EXT_ERR_DUPLICATE.format(other=first))
                    for r in group["row"].iloc[1:]
                ]
        frame = frame.drop_duplicates(_KEY)
    if errors:
        raise ReviewError(errors)
    return frame


def save(
    con: duckdb.DuckDBPyConnection, doc: DocumentMeta, rows: pd.DataFrame, user: User | None = None
) -> tuple[str, int]:
    """Store the accepted rows as facts of the document, in one transaction through the one write
    path (on the draft of the next version: ui/writes.py); (source_id, n facts). On behalf of
    `user`: its role must allow reviews and every figure lie inside its scope."""
    if user is not None and not user.may(Action.REVIEW):
        raise ReviewError(
            [labels.ACC_ERR_MAY_NOT_REVIEW.format(name=user.name, role=labels.ROLE_NAME[user.role])]
        )
    if not doc.title.strip():
        raise ReviewError([labels.EXT_ERR_TITLE])
    facts = accepted_rows(con, rows)
    if user is not None and user.scope is not None:
        outside = sorted(set(facts["locality_code"]) - scope.inside(con, user.scope, facts["locality_code"]))
        if outside:
            raise ReviewError(
                [
                    labels.ACC_ERR_REVIEW_OUTSIDE.format(
                        name=user.name, scope=scope.scope_name(con, user.scope), codes=", ".join(outside)
                    )
                ]
            )
    source_id = doc.source_id
    incoming = pd.DataFrame(
        {
            "locality_id": facts["locality_code"],
            "organization": facts["organization"],
            "indicator": facts["indicator"],
            "breakdown": facts["breakdown"],
            "period_id": facts["period"],
            "value": facts["value"].astype(float),
            "approx": facts["approx"],
            "evidence": facts["sentence"],
        }
    )
    source = {
        "kind": "document",
        "title": doc.title.strip(),
        "publisher": (doc.publisher or "").strip() or None,
        "published": doc.published,
        "url": (doc.url or "").strip() or None,
        "about": doc.about,
        "doc_text": prepare(doc.text),
        "imported_by": user.name if user is not None and user.name else None,
    }
    # saved again: its row and facts are replaced; only what they touch (before or after) is re-derived
    write.write_source(con, source_id, source=source, facts=incoming, replace=True)
    return source_id, len(incoming)
