"""The rules that turn a number in a sentence into a candidate fact.

For every number in every sentence (numbers inside dates, document numbers, period phrases and
place names are never considered):

1. What is counted — the words right after the number ("180.455 hội viên", "688 mô hình",
   "13.200 hộ còn dư nợ"), or a label before it ("tổng số đoàn viên … là 98.540", "hội đặc thù: 18");
   an amount of money counts only when the nearest money word before it is "dư nợ" / "ủy thác"
   (a loan balance) or "nợ quá hạn". A number inside a breakdown ("trong đó cấp tỉnh: 24 tổ chức",
   "(cấp huyện 01, cấp xã 10)") takes its parent figure's indicator.
2. Whether it is a stock or a flow — the nearest cue word before it: "kết nạp", "phát triển mới",
   "… hội viên mới" (new members); "có", "với", "hiện có", "tổng số", "nâng … lên" (members);
   "thành lập" (new associations); and what Dân vận khéo figures count from their period
   ("từ năm 2011 đến nay", "lũy kế" → cumulative; "năm 2024" → new in the year).
3. Traps — dropped: an activity's audience ("cho 12.000 lượt hội viên", "hỗ trợ 45 hội viên nghèo"),
   changes ("tăng 215 tỷ đồng"), targets and plans ("phấn đấu", "chỉ tiêu", "kế hoạch", a period
   after publication), loans of other lenders (Agribank, quỹ hỗ trợ nông dân), disbursements and
   turns ("giải ngân", "lượt vay"), prices ("15.000 đồng/kg"), percentages.
4. Organization, place and period — from the sentence when it names them, else carried from the
   paragraph, else the document's (title, lead, web address, publication date), each step lowering
   the confidence.

Every candidate keeps the rule tags that produced it (`why`), so a reviewer can see how it was read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from danvan import periods as notation
from danvan.extract import lexicon as lx
from danvan.extract.fold import fold, prepare
from danvan.extract.header import Header, _host, read
from danvan.extract.numbers import Quantity, find_quantities
from danvan.extract.periods import PeriodMention, Published, find, ytd_period
from danvan.extract.places import Place, PlaceMention, Places, find_mentions, title_mention
from danvan.extract.segment import Sentence, sentences
from danvan.extract.tables import Table, TableFigure, find_tables
from danvan.localities import LocalityIndex

STOCKS = {
    "overdue_ratio",
    "members",
    "associations",
    "special_associations",
    "loan_balance",
    "borrowing_households",
    "savings_groups",
    "overdue_loans",
    "dvk_models_cumulative",
}
FLOWS = {"new_members", "new_associations", "dvk_models"}
BOUNDED = {"year", "quarter", "half", "nine_months", "month", "months", "ytd"}


@dataclass(frozen=True)
class Candidate:
    """One figure read from the text, with everything a reviewer needs to accept or correct it."""

    indicator: str
    value: float
    approx: str
    organization: str
    locality: str  # the unit's name, or the name as written when it could not be resolved
    locality_code: str | None
    period: str | None
    cumulative: bool
    breakdown: str
    sentence: str
    start: int  # the sentence's span in the prepared text
    end: int
    value_start: int  # the number's span (with its magnitude and currency words)
    value_end: int
    confidence: float
    why: tuple[str, ...] = ()
    locality_candidates: tuple[str, ...] = ()
    verdict: str = ""  # '' read as a figure; else why not (a rule's reason, "score", "repeat")
    rule_confidence: float = 0.0  # the rules' own confidence, before the scorer

    def record(self, file: str | None = None) -> dict:
        """The command line's JSON object (fixed keys, in order)."""
        value = int(self.value) if float(self.value).is_integer() else self.value
        return {
            "file": file,
            "indicator": self.indicator,
            "value": value,
            "approx": self.approx,
            "organization": self.organization,
            "locality": self.locality,
            "locality_code": self.locality_code,
            "period": self.period,
            "cumulative": self.cumulative,
            "breakdown": self.breakdown,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
        }


@dataclass
class Extraction:
    text: str  # the prepared text all spans refer to
    header: Header
    candidates: list[Candidate] = field(default_factory=list)  # the figures read
    main_locality: str | None = None
    # Every other number of the text that names something counted, with the reading it would have
    # had and why it was not taken (candidate.verdict): nothing is dropped silently.
    passed_over: list[Candidate] = field(default_factory=list)


@dataclass
class _Figure:
    """A figure while its sentence is being read (before period, place and organization)."""

    q: Quantity
    family: str  # member, assoc, special, new_assoc, dvk, household, savings, money
    indicator: str
    conf: float
    why: list[str]
    noun_org: str | None = None
    noun_org_strong: bool = False
    breakdown: str = ""
    org_override: str | None = None
    parent: _Figure | None = None
    period: PeriodMention | None = None
    period_note: str = ""
    cue_end: int = 0


def extract(
    text: str,
    index: LocalityIndex | None = None,
    *,
    published: date | None = None,
    locality: str | None = None,
    url: str | None = None,
    scored: bool = True,
) -> Extraction:
    """Candidate facts in a document's text.

    index: resolves place names (None: places are reported as written, without codes).
    published: the publication date when known (else read from the text).
    locality: the unit the document is about, when known (a name or code).
    url: the document's web address (else read from its first lines).
    scored: readings decided by the learned scorer (scorer.py); False: by the rules alone.
    """
    text = prepare(text)
    folded = fold(text)
    header = read(text, folded, published, url)
    if url:
        header = replace(header, url=url, host=_host(url))
    result = _Reader(text, folded, header, index, locality).run()
    if not scored:
        return result
    from danvan.extract import scorer  # the scorer reads Candidates: imported here, not at the top

    return scorer.apply(result, folded=folded)


class _Reader:
    def __init__(
        self, text: str, folded: str, header: Header, index: LocalityIndex | None, locality: str | None
    ):
        self.text, self.folded, self.header = text, folded, header
        self.pub: Published = header.published
        self.periods = find(folded, self.pub)
        self.tables = find_tables(text, folded)
        self.place_mentions = _with_row_labels(find_mentions(text, folded), self.tables, folded)
        extra = title_mention(text, *header.title_span) if header.title_span[1] else None
        self.places = Places(
            index,
            self.place_mentions,
            header.title_span,
            header.lead_span,
            locality,
            header.host,
            extra,
            header.issuer_span,
        )
        self.orgs = _find_orgs(folded)
        self.sentences = sentences(text)
        self.doc_org = self._topic_org()
        self.doc_period = self._doc_period()
        if self.pub.day is None and self.doc_period is not None and self.doc_period.kind in BOUNDED:
            # An undated page about a bounded period ("sơ kết quý I/2026"): written as it ended.
            end = notation.parse(self.doc_period.period).end
            self.pub = Published(end, False)
            self.periods = find(folded, self.pub)
            self.doc_period = self._doc_period()
        self.plan_spans = _plan_sections(text, folded)
        self.masked = (
            _related_news(folded, header.title_span[1])  # "Tin liên quan": other articles' titles
            + [(t.start, t.end) for t in self.tables]
            + [(m.start, m.end) for m in self.periods]
            + [(m.start, m.end) for m in self.place_mentions if m.name]
            + [(a, b) for a, b, _ in self.orgs]
        )
        self.qc_context = bool(re.search(r"hội quần chúng|tổ chức hội|hội đặc thù", folded))
        self._passed: dict[int, tuple[str | None, str]] = {}  # number's start → (family, reason)

    # -- document context ---------------------------------------------------------------------------
    def _topic_org(self) -> str | None:
        for a, b in (self.header.title_span, self.header.lead_span):
            codes = {code for s, e, code in self.orgs if a <= s < b}
            if len(codes) > 1:
                return "combined"
            if codes:
                return codes.pop()
        return None

    def _title_org(self) -> str | None:
        """The one organization the title names (None: none, or several)."""
        a, b = self.header.title_span
        codes = {code for s, e, code in self.orgs if a <= s < b}
        return codes.pop() if len(codes) == 1 else None

    def _doc_period(self) -> PeriodMention | None:
        """The period the document reports on, as its title or first sentence names it."""
        lead_first = next((t for t in self.sentences if t.start >= self.header.lead_span[0]), None)
        spans = [self.header.title_span] + ([(lead_first.start, lead_first.end)] if lead_first else [])
        for a, b in spans:
            for m in self.periods:
                if a <= m.start < b and m.period and m.kind != "comparison" and m.explicit_year:
                    return m
        return None

    def _is_masked(self, q: Quantity) -> bool:
        return any(a <= q.num_start < b for a, b in self.masked)

    # -- reading ------------------------------------------------------------------------------------
    def run(self) -> Extraction:
        quantities = find_quantities(self.folded)
        out: list[Candidate] = []
        passed: list[Candidate] = []
        for s in self.sentences:
            qs = [q for q in quantities if s.start <= q.num_start < s.end and not self._is_masked(q)]
            if qs:
                read, other = self._sentence(s, qs)
                out += read
                passed += other
        for table in self.tables:
            read = [self._table_figure(table, fig) for fig in table.figures]
            passed += [c for c in read if c.verdict]
            rows = [c for c in read if not c.verdict]
            groups = []
            for column in {c.why[1] for c in rows}:  # a column's total row and its other rows
                cells = [c for c in rows if c.why[1] == column and c.indicator != "overdue_ratio"]
                totals = [c for c in cells if "table:total" in c.why]
                if len(totals) == 1:
                    groups.append(
                        (totals[0].value_start, [c.value_start for c in cells if c is not totals[0]])
                    )
            out += _check_parts(rows, groups)
        seen: dict[tuple, Candidate] = {}
        for c in out:
            key = (c.indicator, c.value, c.organization, c.locality_code, c.period, c.breakdown)
            if key not in seen or seen[key].confidence < c.confidence:
                seen[key] = c
        kept = []
        for c in out:
            if seen[(c.indicator, c.value, c.organization, c.locality_code, c.period, c.breakdown)] is c:
                kept.append(c)
            else:  # the same figure again (a headline, a caption and the body): one figure
                passed.append(replace(c, verdict="repeat"))
        # The same figure again with a period guessed from outside its sentence (a headline without
        # its year, "kết nạp 120 hội viên mới", over the body's "Năm 2019, … kết nạp 120 …"): one figure.
        dated = {
            (c.indicator, c.value, c.organization, c.locality_code, c.breakdown)
            for c in kept
            if "period:sentence" in c.why
        }
        again = [
            c
            for c in kept
            if "period:sentence" not in c.why
            and (c.indicator, c.value, c.organization, c.locality_code, c.breakdown) in dated
        ]
        kept = [c for c in kept if c not in again]
        passed += [replace(c, verdict="repeat") for c in again]
        # The same figure in a headline or a caption and in the body, with a place or period read
        # differently: one figure (the one its own sentence dates and places best). Table cells are
        # left alone: two units may well have the same count.
        best: dict[tuple, Candidate] = {}
        for c in kept:
            if "table:row" in c.why:
                continue
            k = (c.indicator, c.value, c.organization, c.breakdown)
            if k not in best or _sentence_score(c) > _sentence_score(best[k]):
                best[k] = c
        twice = [
            c
            for c in kept
            if "table:row" not in c.why and best[(c.indicator, c.value, c.organization, c.breakdown)] is not c
        ]
        # a table's total row that the text already states ("… 10.487 hội viên", then «Cộng 10.487»)
        stated = {(c.indicator, c.value) for c in kept if "table:row" not in c.why}
        twice += [c for c in kept if "table:total" in c.why and (c.indicator, c.value) in stated]
        kept = [c for c in kept if c not in twice]
        passed += [replace(c, verdict="repeat") for c in twice]
        rounded = [c for c in kept if _rounds(c, kept)]
        kept = [c for c in kept if c not in rounded]
        passed += [replace(c, verdict="repeat") for c in rounded]
        main = self.places.main.name if self.places.main else None
        passed.sort(key=lambda c: c.value_start)
        return Extraction(self.text, self.header, kept, main, passed)

    def _sentence(self, s: Sentence, qs: list[Quantity]) -> tuple[list[Candidate], list[Candidate]]:
        figures: list[_Figure] = []
        prev_end = s.start
        for q in qs:
            fig = self._read(s, q, figures, prev_end)
            prev_end = q.end
            if fig is not None:
                figures.append(fig)
        out, passed = [], []
        for fig in figures:
            if self._is_target(s, fig):
                passed.append(self._passed_reading(s, fig.q, fig.family, "target", fig))
                continue
            cand = self._complete(s, fig)
            if cand is not None:
                out.append(cand)
            else:
                passed.append(self._passed_reading(s, fig.q, fig.family, "plan", fig))
        taken = {fig.q.num_start for fig in figures}
        for q in qs:
            if q.num_start not in taken:
                family, reason = self._passed.get(q.num_start, (None, "no_indicator"))
                passed.append(self._passed_reading(s, q, family, reason))
        wholes = {id(f.parent): f.parent for f in figures if f.parent is not None}
        groups = [
            (
                whole.q.num_start,
                [f.q.num_start for f in figures if f.parent is whole and not f.breakdown.startswith("form:")],
            )
            for whole in wholes.values()
        ]
        return _check_parts(out, groups + self._part_groups(out)), passed

    def _part_groups(self, cands: list[Candidate]) -> list[tuple[int, list[int]]]:
        """A figure and the parts that follow it in its sentence after «trong đó», «gồm», ":" — the
        same indicator, each with a breakdown of its own ("trong đó 9 mô hình trên lĩnh vực kinh tế")."""
        groups = []
        for i, whole in enumerate(cands):
            if whole.breakdown:
                continue
            parts = []
            for c in cands[i + 1 :]:
                if c.indicator != whole.indicator or not c.breakdown:
                    break
                if not c.breakdown.startswith("form:"):
                    parts.append(c.value_start)
            if parts and lx.CHILD_ZONE.search(self.folded[whole.value_end : parts[0]]):
                groups.append((whole.value_start, parts))
        return groups

    def _table_figure(self, table: Table, tf: TableFigure) -> Candidate:
        """A table cell's figure, read as if its row followed the sentence that introduces the table:
        the row's unit or organization, else that sentence's, else the document's; its period
        likewise (the column header's first: "Kết nạp mới năm 2019")."""
        before = [t for t in self.sentences if t.end <= table.start]
        lead = before[-1] if before else None
        a, b = tf.header_span
        if any(a <= m.start < b and m.period for m in self.periods):
            start, end = a, b  # the column says its period: "Kết nạp mới năm 2019"
        else:  # the sentence introducing the table says it (never another column's "Chỉ tiêu năm 2026")
            start, end = (lead.start, lead.end) if lead is not None else (table.start, table.start)
        s = Sentence(start, end, lead.paragraph if lead else -1, (lead.index + 1) if lead else 0)
        q = Quantity(
            start=tf.value_start,
            end=tf.value_end,
            num_start=tf.value_start,
            num_end=tf.value_end,
            value=tf.value,
            raw=self.text[tf.value_start : tf.value_end],
            unit="vnd" if tf.indicator in ("loan_balance", "overdue_loans") else "",
            magnitude=1.0,
            per=False,
            note="",
        )
        family = next((f for f, ind in lx.FAMILY_INDICATOR.items() if ind == tf.indicator), "table")
        why = ["table:row", f"table:column:{tf.header}"] + (["table:total"] if tf.total else [])
        org = self._table_org(table, tf, start)
        fig = _Figure(q, family, tf.indicator, 0.85, why, org_override=org)
        if lx.REMAINDER_ROW.match(self.folded, tf.row_label.start, tf.row_label.end):
            cand = self._passed_reading(s, q, family, "part", fig)  # "Các xã còn lại": no unit's own
        else:
            cand = self._complete(s, fig) or self._passed_reading(s, q, family, "plan", fig)
        return replace(
            cand, sentence=self.text[tf.line_start : tf.line_end], start=tf.line_start, end=tf.line_end
        )

    def _table_org(self, table: Table, tf: TableFigure, lead_start: int) -> str | None:
        """The organization of a table's row: the one its label names; for the total row of a table
        by organization, all of them; else the last one the introducing sentence names (None: the
        paragraph's or the document's, as for any figure)."""
        label = tf.row_label
        named = [code for a, _, code in self.orgs if label.start <= a < label.end]
        if named:
            return named[0]
        if tf.total and any(
            any(a >= f.row_label.start and a < f.row_label.end for a, _, _ in self.orgs)
            for f in table.figures
        ):
            return "combined"
        before = [code for a, _, code in self.orgs if lead_start <= a < table.start]
        return before[-1] if before else None

    def _details_of_loans(self, s: Sentence) -> tuple[int, int] | None:
        """The span of the sentence this one details, when it opens so ("Cụ thể, …", "Trong đó, …")
        and that one speaks of the entrusted loans; else None."""
        f = self.folded
        if not (lx.DETAILS_START.match(f, s.start) or lx.BULLET.match(f, s.start)):
            return None
        before = [t for t in self.sentences if t.end <= s.start]  # even the paragraph before
        while (
            before
            and lx.BULLET.match(f, before[-1].start)
            and not re.search(r"dư\s+nợ|ủy\s+thác", f[before[-1].start : before[-1].end])
        ):
            before.pop()  # the list's earlier items, up to its lead-in ("… như sau:")
        if before and len(f[before[-1].start : before[-1].end].split()) <= 4 and len(before) > 1:
            before.pop()  # a bare lead-in ("Cụ thể:"): the sentence before it says what is detailed
        if before and re.search(r"dư\s+nợ|ủy\s+thác", f[before[-1].start : before[-1].end]):
            return before[-1].start, before[-1].end
        return None

    def _pass(self, q: Quantity, family: str | None, reason: str) -> None:
        """A number the rules do not read as a figure: remembered with why, never dropped silently."""
        self._passed[q.num_start] = (family, reason)
        return None

    def _passed_reading(
        self, s: Sentence, q: Quantity, family: str | None, reason: str, fig: _Figure | None = None
    ) -> Candidate:
        """The reading a passed-over number would have had (its indicator from what it counts), with
        the reason it was not taken as its verdict."""
        indicator = lx.FAMILY_INDICATOR.get(family or "", "") if fig is None else fig.indicator
        cand = None
        if indicator and fig is None:
            fig = _Figure(q, family or "", indicator, 0.3, [f"noun:{family}"])
        if fig is not None:
            cand = self._complete(s, replace(fig, why=list(fig.why)), plans=True)
        if cand is None:
            cand = Candidate(
                indicator=indicator,
                value=q.value,
                approx="",
                organization="",
                locality="",
                locality_code=None,
                period=None,
                cumulative=False,
                breakdown="",
                sentence=self.text[s.start : s.end],
                start=s.start,
                end=s.end,
                value_start=q.start,
                value_end=q.end,
                confidence=0.05,
            )
        return replace(cand, verdict=reason, why=(*cand.why, f"pass:{reason}"))

    def _read(self, s: Sentence, q: Quantity, figures: list[_Figure], gap_start: int) -> _Figure | None:
        f = self.folded
        if q.unit == "%" and not q.per:
            ratio = self._overdue_ratio(s, q)
            if ratio is not None or q.num_start in self._passed:  # the ratio, or a change of it
                return ratio
        if q.unit == "%" or q.per:
            return self._pass(q, None, "percent" if q.unit == "%" else "rate")
        if q.slash == "numerator":  # "412/530 chi hội đạt …": the part that meets a criterion
            return self._pass(q, None, "share_part")
        if q.slash == "denominator" and lx.NEW_CUE.search(f[max(s.start, q.num_start - 40) : q.num_start]):
            return self._pass(q, None, "target")  # "kết nạp 124/150 hội viên": achieved / planned
        if re.match(
            r"\s*(?:chị|anh|người|cụ|ông|bà|em|đồng chí)\s+là\s+(?!hội viên|đoàn viên)", f[q.end : q.end + 30]
        ):
            return self._pass(q, None, "sub_population")  # "… có 634 chị là người dân tộc thiểu số"
        clause = f[_clause_start(f, s, q) : q.num_start]
        if lx.ONE_GROUP.search(clause):
            return self._pass(q, None, "one_group")
        merger = lx.BEFORE_MERGER.search(re.sub(r"\([^()]*\)", lambda m: " " * len(m.group(0)), clause))
        if merger and not lx.AFTER_MERGER.search(clause, merger.end()):
            return self._pass(q, None, "merger")  # "trước sắp xếp có 27 cơ sở hội": no longer so
        before = f[max(s.start, q.num_start - 30) : q.num_start]
        if lx.DOCUMENT_WORD.search(before) and not re.search(r"tổng\s+số\s*$", before):
            return self._pass(q, None, "document_number")
        # What follows the number.
        pos = q.end
        while pos < s.end and f[pos] in " \"'":
            pos += 1
        family, noun_org, noun_end = None, None, pos
        for fam, org, pattern in lx.NOUNS:
            m = pattern.match(f, pos)
            if m:
                family, noun_org, noun_end = fam, org, m.end()
                break
        if q.unit == "vnd" or (q.magnitude >= 1e6 and family in (None, "people")):
            family = "money"
        gap = f[gap_start : q.num_start]
        after = f[noun_end : min(s.end, noun_end + 80)]

        # A label before the number names the indicator ("hội đặc thù: 18 Hội", "tổng số hội viên … là").
        if family in (None, "people", "unit", "assoc_bare"):
            label = _label(gap[-90:])
            fits = label is not None and (label not in ("member", "new_member") or family in (None, "people"))
            if fits and (label == "special" or family != "assoc_bare"):
                return self._by_family(s, q, label, None, gap, after, figures, labelled=True)

        if family == "turns":
            return self._pass(q, family, "turns")
        if family in ("form_clb", "form_bdd"):
            parent = _last(figures, ("assoc", "assoc_bare"))
            if parent is None:
                return self._pass(q, family, "form_alone")
            code = "form:cau_lac_bo" if family == "form_clb" else "form:ban_dai_dien"
            return replace(
                parent,
                q=q,
                breakdown=code,
                conf=parent.conf - 0.05,
                why=[*parent.why, f"form:{code}"],
                parent=parent,
            )

        # Inside a breakdown of an earlier figure: "trong đó cấp tỉnh: 24 tổ chức", "(cấp xã 10)".
        if (
            figures
            and family is not None
            and family == figures[-1].family
            and re.fullmatch(r"[^()]{0,25}\([^()]{0,60}", f[figures[-1].q.end : q.num_start])
            and "cấp" not in f[figures[-1].q.end : q.num_start]  # "(cấp xã 10)": a part by level
            and not any(figures[-1].q.end <= a < q.num_start for a, _, _ in self.orgs)  # by organization
        ):
            return self._pass(q, family, "part")  # "56 chi hội (38 chi hội thôn và 18 …)": parts of it
        child = self._child(s, q, family, figures, gap)
        if child is not None:
            return child
        if family in (None, "people", "unit"):
            item = self._list_item(s, q, figures, gap)
            if item is not None:
                return item
            return self._pass(q, family, "no_indicator")
        self._name_before(s, q)
        return self._by_family(s, q, family, noun_org, gap, after, figures)

    def _list_item(self, s: Sentence, q: Quantity, figures: list[_Figure], gap: str) -> _Figure | None:
        """An item of a list of units that names its noun once: "Thạch Đài 1.210 hội viên, Việt Tiến
        986, Nam Điền 1.054" — a bare number after a unit's name takes the previous figure's reading."""
        if not figures or q.unit or figures[-1].q.unit:
            return None
        prev = figures[-1]
        if prev.family not in ("member", "assoc", "dvk", "household", "new_assoc") or prev.parent is not None:
            return None
        if not re.fullmatch(r"[^\d;.]{1,60}", gap) or not re.search(
            r",|\svà\s|kế đến|tiếp đến|tiếp theo là|sau đó là|rồi đến", gap
        ):
            return None
        org = next((code for a, b, code in self.orgs if s.start <= a and 0 <= q.num_start - b <= 3), None)
        if org is not None:  # "Hội Nông dân xã có 1.245 hội viên, Hội Liên hiệp Phụ nữ 1.118, …"
            return replace(
                prev,
                q=q,
                conf=prev.conf - 0.1,
                why=["list:carried", *prev.why],
                parent=None,
                org_override=org,
            )
        if self._name_before(s, q) is None:
            return None
        return replace(prev, q=q, conf=prev.conf - 0.1, why=["list:carried", *prev.why], parent=None)

    def _name_before(self, s: Sentence, q: Quantity) -> PlaceMention | None:
        """A unit's bare name right before a number ("…, Việt Tiến 986", "Thạch Đài 1.210 hội viên"),
        kept as a place mention of the sentence (resolved later inside the document's province; a
        name that is no unit is passed over then)."""
        if any(
            m.end <= q.num_start and q.num_start - m.end < 12
            for m in self.place_mentions
            if m.start >= s.start
        ):
            return None  # a place is already named there
        tail = self.text[s.start : q.num_start]
        m = _BARE_NAME.search(tail)
        if m is None:
            return None
        a, b = s.start + m.start("name"), s.start + m.end("name")
        if any(x < b and a < y for x, y, _ in self.orgs):
            return None  # an organization's name
        if self.folded[a:b].split()[0] in lx.NOT_A_NAME:
            return None  # "Hội có 19 chi hội", "Hiện toàn huyện có …": a capitalized word, no place
        mention = PlaceMention(a, b, m.group("name"), "", ())
        self.place_mentions = sorted([*self.place_mentions, mention], key=lambda x: x.start)
        return mention

    def _overdue_ratio(self, s: Sentence, q: Quantity) -> _Figure | None:
        """ "tỷ lệ nợ quá hạn 0,12%", "nợ quá hạn 1,2 tỷ đồng, chiếm 0,12% tổng dư nợ" — not a change
        ("tỷ lệ nợ quá hạn giảm 0,05%", though "giảm xuống 0,12%" is the level)."""
        region = self.folded[max(s.start, q.num_start - 90) : q.num_start]
        region = region[region.rfind(";") + 1 :]
        label = next(iter(reversed(list(lx.OVERDUE_RATIO.finditer(region)))), None)
        if label is None:
            return None
        between = region[label.end() :]
        if label.group("share") is None and re.search(r"\d", between):
            return None  # another number is what the label names
        said = region[label.start() :]
        change = re.search(r"\b(?:tăng|giảm)\b", said)
        if change and not re.search(r"\b(?:xuống|còn|lên|ở mức)\b", said):
            return self._pass(q, None, f"cue:{change.group(0)}")
        return _Figure(q, "ratio", "overdue_ratio", 0.85, ["label:overdue_ratio"])

    def _child(
        self, s: Sentence, q: Quantity, family: str | None, figures: list[_Figure], gap: str
    ) -> _Figure | None:
        parent = _last(figures, lx.CHILD_OF.get(family, ()))
        if parent is None:
            return None
        between = self.folded[parent.q.end : q.num_start]
        if not lx.CHILD_ZONE.search(between):
            return None
        if family == "member" and lx.SUBPOPULATION.match(self.folded, _noun_end(self.folded, q)):
            return self._pass(q, family, "sub_population")  # "trong đó 2.030 đoàn viên là người dân tộc"
        tail = gap[-70:]
        breakdown = ""
        best = -1
        for code, pattern in lx.BREAKDOWNS:
            for m in pattern.finditer(tail):
                if m.end() > best:
                    best, breakdown = m.end(), code
        org = None
        base = q.num_start - len(tail)
        org_hits = [(a, code) for a, b, code in self.orgs if base <= a < q.num_start]
        if org_hits:
            org = org_hits[-1][1]
        if not breakdown and not org:
            return None
        if breakdown.startswith("form:"):
            return None
        why = [*parent.why, f"child_of:{parent.indicator}"] + (
            [f"breakdown:{breakdown}"] if breakdown else [f"org:{org}"]
        )
        root = parent.parent or parent
        return _Figure(
            q=q,
            family=root.family,
            indicator=root.indicator,
            conf=root.conf - 0.05,
            why=why,
            noun_org=root.noun_org,
            noun_org_strong=root.noun_org_strong,
            breakdown=breakdown or root.breakdown if not org else breakdown,
            org_override=org,
            parent=root,
            cue_end=root.cue_end,
        )

    def _cue(self, window: str, patterns: dict[str, re.Pattern]) -> tuple[str | None, str, int]:
        """The nearest cue in the window: (kind, text, end offset in window)."""
        best: tuple[str | None, str, int] = (None, "", -1)
        for kind, pattern in patterns.items():
            for m in pattern.finditer(window):
                if m.end() > best[2] or (m.end() == best[2] and len(m.group(0)) > len(best[1])):
                    best = (kind, m.group(0), m.end())
        return best

    def _window(self, s: Sentence, q: Quantity, gap_start: int) -> str:
        start = max(s.start, q.num_start - 70)
        window = self.folded[start : q.num_start]
        cut = max(window.rfind(";"), window.rfind("."), window.rfind("("))
        return window[cut + 1 :] if cut >= 0 else window

    def _by_family(
        self,
        s: Sentence,
        q: Quantity,
        family: str,
        noun_org: str | None,
        gap: str,
        after: str,
        figures: list[_Figure],
        labelled: bool = False,
    ) -> _Figure | None:
        f = self.folded
        window = self._window(s, q, 0)
        why = [f"noun:{family}"] if not labelled else [f"label:{family}"]
        strong_org = noun_org is not None and family in ("member", "assoc", "special")
        if family == "new_member":  # a label: "Kết nạp mới: 1.020"
            return _Figure(q, "member", "new_members", 0.85, why, noun_org, False)
        if family == "member":
            if re.search(
                r"trong\s+(?:đó|số\s+(?:đó|này))\W*(?:có\s+)?(?:hơn|trên|gần|khoảng)?\s*$", gap
            ) and (lx.SUBPOPULATION.match(f, _noun_end(f, q))):
                return self._pass(q, family, "sub_population")  # "trong đó 52.400 hội viên từ 80 tuổi"
            if not labelled and lx.MEMBER_BORROWING.match(after) and lx.NHCSXH.search(f[s.start : s.end]):
                # "…, với 26.306 hội viên đang vay vốn": the borrowers of the entrusted loans
                return _Figure(q, "household", "borrowing_households", 0.7, [*why, "cue:hội viên vay vốn"])
            if (
                not labelled
                and q.slash != "denominator"  # "46/118 CĐCS đạt …": the quality is the part's
                and lx.MEMBER_AFTER_REJECT.match(after)
                and not lx.AFTER_ACHIEVED.match(after)  # "486 hội viên, đạt 108% kế hoạch"
            ):
                return self._pass(q, family, "member_after")
            kind, cue, _ = self._cue(
                window,
                {"new": lx.NEW_CUE, "grow": lx.GROW_CUE, "stock": lx.STOCK_CUE, "reject": lx.REJECT_CUE},
            )
            if kind == "reject":
                return self._pass(q, family, f"cue:{cue}")
            if lx.MEMBER_AFTER_NEW.match(after) or kind == "new":
                return _Figure(
                    q, family, "new_members", 0.9, [*why, f"cue:{cue or 'mới'}"], noun_org, strong_org
                )
            if kind == "grow":
                if re.search(r"thu hút|tập hợp", window):
                    return _Figure(
                        q, family, "members", 0.75, [*why, "cue:thu hút, phát triển"], noun_org, strong_org
                    )
                flows = [
                    m
                    for m in self._sentence_periods(s)
                    if (
                        m.kind in BOUNDED
                        or (
                            m.kind in ("range", "now")
                            and m.start < q.num_start
                            and "từ" in f[m.start : m.end]
                        )
                    )
                    and (m.start < q.num_start or not re.search(r"[;,.]", f[q.end : m.start]))
                ]
                if flows:
                    return _Figure(
                        q, family, "new_members", 0.75, [*why, "cue:phát triển+kỳ"], noun_org, strong_org
                    )
                return _Figure(q, family, "members", 0.65, [*why, "cue:phát triển"], noun_org, strong_org)
            if kind == "stock":
                return _Figure(q, family, "members", 0.9, [*why, f"cue:{cue}"], noun_org, strong_org)
            if labelled or window.rstrip().endswith(":"):  # "Hội viên: 12.400", "tổng số hội viên là"
                return _Figure(q, family, "members", 0.8, [*why, "cue::"], noun_org, strong_org)
            return _Figure(q, family, "members", 0.6, [*why, "cue:none"], noun_org, strong_org)

        if family in ("assoc", "assoc_bare", "special"):
            if not labelled and q.slash != "denominator" and lx.ASSOC_AFTER_REJECT.match(after):
                return self._pass(q, family, "assoc_after")
            kind, cue, _ = self._cue(
                window, {"new": lx.NEW_ASSOC_CUE, "stock": lx.STOCK_CUE, "reject": lx.REJECT_CUE}
            )
            if kind == "reject":
                return self._pass(q, family, f"cue:{cue}")
            level = re.match(r"\s*(cấp\s+(?:tỉnh|huyện|xã|cơ sở|quận|phường))(?!\w)", after)
            breakdown = ""
            if level:
                for code, pattern in lx.BREAKDOWNS:
                    if code.startswith("level:") and pattern.fullmatch(level.group(1)):
                        breakdown = code
            new = kind == "new" or (not labelled and lx.ASSOC_AFTER_NEW.match(after))
            indicator = (
                "special_associations"
                if family == "special"
                else ("new_associations" if new else "associations")
            )
            fam = "new_assoc" if new and family != "special" else family
            conf = 0.85 if kind in ("stock", "new") or labelled or window.rstrip().endswith(":") else 0.6
            if family == "assoc_bare":
                if kind is None and not _continues(figures, gap):
                    return self._pass(q, family, "bare_hoi")
                conf = 0.8 if self.qc_context else 0.65
                noun_org = noun_org or ("hoi_qc" if self.qc_context else None)
            elif kind is None and _continues(figures, gap):
                conf = 0.8
            return _Figure(
                q, fam, indicator, conf, [*why, f"cue:{cue or 'none'}"], noun_org, strong_org, breakdown
            )

        if family == "dvk":
            sent = f[s.start : s.end]
            if lx.DVK.search(sent):
                conf = 0.9
                why.append("dvk:sentence")
            elif self._dvk_nearby(s) and not lx.DVK_NOT.match(after):
                conf = 0.7
                why.append("dvk:paragraph")
            else:
                return self._pass(q, family, "dvk_context")
            kind, cue, _ = self._cue(window, {"reject": lx.REJECT_CUE, "stock": lx.STOCK_CUE})
            if kind == "reject":
                return self._pass(q, family, f"cue:{cue}")
            breakdown = ""
            tail = re.sub(r"^\s*,?\s*(?:\"?\s*dân vận khéo\s*\"?|dvk)?\s*", "", after)[:45]
            post = re.match(r"(?:trên\s+|thuộc\s+|về\s+)?(?:lĩnh\s+vực\s+)?", tail)
            rest = tail[post.end() :] if post else tail
            for code, pattern in lx.BREAKDOWNS:
                wanted = (code.startswith("field:") and post and post.group(0)) or code.startswith("type:")
                if wanted and pattern.match(rest):
                    breakdown = code
                    break
            cumul = bool(lx.CUMULATIVE_CUE.search(window))
            new = bool(re.match(r"\s*(?:\"?\s*dân vận khéo\s*\"?\s*)?mới", after)) or bool(
                re.search(r"xây dựng mới|mới", window)
            )
            fig = _Figure(q, family, "dvk_models", conf, why, breakdown=breakdown)
            fig.why.append("dvk:cumulative" if cumul else ("dvk:new" if new else "dvk:?"))
            return fig

        if family == "household":
            if lx.HOUSEHOLD_REJECT_AFTER.match(after):
                return self._pass(q, family, "household_after")
            kind, cue, _ = self._cue(window, {"reject": lx.HOUSEHOLD_REJECT_BEFORE})
            clause = _clause(f, s, q)
            if kind == "reject" or re.search(r"giải\s+ngân|doanh\s+số|cho\s+vay\s+mới", clause):
                return self._pass(q, family, "disbursement")
            generic, gcue, _ = self._cue(window, {"reject": lx.REJECT_CUE, "stock": lx.STOCK_CUE})
            # "giúp 1.538 hộ còn dư nợ phát triển sản xuất": who still owes is a stock, whoever helped
            still_owing = re.match(
                r"\s*(?:hội\s+viên\s+)?(?:đang\s+)?(?:(?:còn|có)\s+dư\s+nợ|vay(?:\s+vốn)?\b)", after
            )
            if generic == "reject" and gcue != "cho" and not (still_owing and gcue in ("giúp", "giúp đỡ")):
                return self._pass(q, family, f"cue:{gcue}")
            if self._other_lender(s, q):
                return self._pass(q, family, "other_lender")
            if re.match(r"\s*khách\s+hàng", f[q.end : q.end + 12]) and lx.BANK_WIDE.search(
                f, s.start, q.num_start
            ):
                return self._pass(q, family, "bank_total")  # the bank's customers, every channel
            if labelled or _label(gap[-90:]) == "household":  # "Số hộ còn dư nợ: 118.260 hộ"
                return _Figure(q, family, "borrowing_households", 0.9, [*why, "cue:số hộ còn dư nợ"])
            loan = lx.HOUSEHOLD_LOAN_AFTER.match(after)
            if loan:
                strong = bool(lx.HOUSEHOLD_STRONG.search(loan.group(0)))
                return _Figure(q, family, "borrowing_households", 0.9 if strong else 0.8, [*why, "cue:vay"])
            loans_here = re.search(r"dư\s+nợ|ủy\s+thác", f[s.start : q.num_start]) or self._details_of_loans(
                s
            )
            if loans_here and re.search(
                r"(?:với|,|có|/|(?:tỷ|triệu)\s+đồng,?\s+cho)\s*(?:hơn|trên|gần|khoảng)?\s*$",
                f[s.start : q.num_start],
            ):
                return _Figure(q, family, "borrowing_households", 0.75, [*why, "cue:dư nợ trong câu"])
            return self._pass(q, family, "household_loan")

        if family == "savings":
            kind, cue, _ = self._cue(window, {"reject": lx.REJECT_CUE})
            if kind == "reject":
                return self._pass(q, family, f"cue:{cue}")
            return _Figure(q, family, "savings_groups", 0.8, why)

        if family == "money":
            if q.value < 1e6 or q.per:
                return self._pass(q, family, "rate")
            start = max(s.start, q.num_start - 160)
            cut = f.rfind(";", start, q.num_start)
            base = cut + 1 if cut >= 0 else start
            best = _nearest_money_key(f, base, q.num_start)
            colon = f.rfind(":", base, q.num_start)
            if best is not None and not best[0] and colon > best[1]:
                # "Dư nợ ủy thác qua 4 tổ chức … chiếm 99,6%: Hội Nông dân tỉnh 4.018,6 tỷ đồng; …"
                best = _nearest_money_key(f, s.start, colon, balance_only=True) or best
            listed = False
            head = lx.MONEY_HEAD_AFTER.match(f, q.end)
            if head:  # the head noun after the amount: "có 412 tỷ đồng dư nợ ủy thác"
                best = (head.lastgroup or "", q.end, head.group(0).strip())
            if best is None:
                # A list that does not repeat its keyword ("dư nợ ủy thác qua Hội Nông dân 1.205 tỷ
                # đồng; Hội Phụ nữ 987,5 tỷ đồng"; "… tổng dư nợ 3.126 tỷ đồng. Cụ thể, qua Hội Phụ nữ
                # 902,4 tỷ đồng"): an item with no money word of its own takes the last one before
                # it in its sentence — or in the sentence before, when this one details it.
                best = _nearest_money_key(f, s.start, base) if cut >= 0 else None
                detailed = self._details_of_loans(s) if best is None else None
                if detailed:
                    best = _nearest_money_key(f, *detailed, balance_only=True)
                listed = best is not None and bool(best[0])
            elif best[0] and lx.MONEY_KEY_SPOILED.search(
                f, max(s.start, best[1] - len(best[2]) - 30), best[1] - len(best[2])
            ):
                # "tăng trưởng dư nợ 20 tỷ đồng", "bình quân mỗi tổ quản lý dư nợ 1,64 tỷ đồng"
                return self._pass(q, family, "money_word")
            if best is None or not best[0]:
                return self._pass(q, family, "money_word")
            key_at = best[1]
            if (
                lx.BANK_AFTER_KEY.match(f, key_at, q.num_start)
                or lx.BANK_BEFORE_KEY.search(
                    f, max(s.start, key_at - len(best[2]) - 40), key_at - len(best[2])
                )
            ) and not re.search(r"ủy\s+thác|\bqua\b", f[key_at : q.num_start]):
                # "tổng dư nợ của Chi nhánh Ngân hàng CSXH tỉnh đạt 20.115 tỷ": the bank's, all channels
                return self._pass(q, family, "bank_total")
            if lx.PROGRAMME.search(f, max(s.start, key_at - 60), q.num_start):
                return self._pass(q, family, "programme")  # "riêng chương trình cho vay hộ nghèo có dư nợ …"
            if self._other_lender(s, q):
                return self._pass(q, family, "other_lender")
            conf = 0.9 if lx.NHCSXH.search(f[s.start : s.end]) or self._nhcsxh_nearby(s) else 0.75
            if listed:
                return _Figure(q, family, best[0], conf - 0.1, [*why, f"key:{best[2]}", "list:carried"])
            return _Figure(q, family, best[0], conf, [*why, f"key:{best[2]}"])
        return None

    def _other_lender(self, s: Sentence, q: Quantity) -> bool:
        """A loan of another lender (Agribank, quỹ hỗ trợ nông dân) in the same part of the sentence."""
        clause = _clause(self.folded, s, q, both_sides=True)
        lender = list(lx.OTHER_LENDER.finditer(clause))
        if not lender:
            return False
        ours = list(lx.NHCSXH.finditer(clause))
        if not ours:
            return True
        offset = q.num_start - _clause_start(self.folded, s, q)
        return min(abs(m.start() - offset) for m in lender) < min(abs(m.start() - offset) for m in ours)

    def _paragraph_sentences(self, s: Sentence) -> list[Sentence]:
        return [t for t in self.sentences if t.paragraph == s.paragraph and t.index < s.index]

    def _dvk_nearby(self, s: Sentence) -> bool:
        prev = self._paragraph_sentences(s)[-2:]
        if any(lx.DVK.search(self.folded[t.start : t.end]) for t in prev):
            return True
        a, b = self.header.title_span
        return bool(lx.DVK.search(self.folded[a:b]))

    def _nhcsxh_nearby(self, s: Sentence) -> bool:
        return any(lx.NHCSXH.search(self.folded[t.start : t.end]) for t in self._paragraph_sentences(s)[-2:])

    def _sentence_periods(self, s: Sentence) -> list[PeriodMention]:
        return [m for m in self.periods if s.start <= m.start < s.end and m.kind != "comparison"]

    # -- traps --------------------------------------------------------------------------------------
    def _is_target(self, s: Sentence, fig: _Figure) -> bool:
        f = self.folded
        before = f[s.start : fig.q.num_start]
        if any(a <= fig.q.num_start < b for a, b in self.plan_spans):
            return True  # under a heading "Phương hướng, nhiệm vụ năm 2025"
        if lx.TARGET_VALUE.search(before[-60:]):
            return (
                True  # the plan itself inside an achievement: "… so với chỉ tiêu là 2.000", "(kế hoạch 600)"
            )
        for m in lx.PLAN_SENTENCE.finditer(before):
            if not lx.PLAN_EXCUSED.search(before[: m.start()]):
                return True
        clause_start = max((m.end() for m in lx.CLAUSE_BREAK.finditer(before)), default=0)
        for m in lx.PLAN_CLAUSE.finditer(before, clause_start):
            if not lx.PLAN_EXCUSED.search(before[: m.start()]):
                return True
        return False

    # -- period, organization, place ----------------------------------------------------------------
    def _period_for(self, s: Sentence, fig: _Figure) -> tuple[PeriodMention | None, str]:
        if fig.parent is not None and fig.parent.period is not None:
            return fig.parent.period, fig.parent.period_note
        q = fig.q
        mentions = self._sentence_periods(s)
        before = [m for m in mentions if m.end <= q.num_start]
        if before:
            return before[-1], "sentence"
        after = [
            m for m in mentions if m.start >= q.end and not re.search(r"[;,.]", self.folded[q.end : m.start])
        ]
        if after:
            return after[0], "sentence"
        for t in reversed(self._paragraph_sentences(s)):
            carried = [m for m in self._sentence_periods(t) if m.period]
            if carried:
                return carried[-1], "paragraph"
        if self.doc_period is not None:
            return self.doc_period, "document"
        return None, "publication"

    def _org_for(self, s: Sentence, fig: _Figure) -> tuple[str, str]:
        if fig.org_override:
            return fig.org_override, "table" if "table:row" in fig.why else "breakdown"
        if fig.noun_org and fig.noun_org_strong:
            return fig.noun_org, "noun"
        q = fig.q
        in_sentence = [(a, code) for a, b, code in self.orgs if s.start <= a and b <= q.num_start]
        if in_sentence:
            since = [code for a, code in in_sentence if a >= max(s.start, q.num_start - 120)]
            if len({c for c in since if c != "combined"}) > 1 and "combined" not in since[-1:]:
                recent = since[-3:]
                if len(set(recent)) > 1 and _joined(
                    self.folded, [a for a, _ in in_sentence[-3:]], q.num_start
                ):
                    return "combined", "sentence_several"
            return in_sentence[-1][1], "sentence"
        if fig.noun_org:
            return fig.noun_org, "noun"
        if fig.indicator.startswith("dvk_models"):
            # "Dân vận khéo" is a movement of the whole political system: unless the sentence names
            # an organization, a count belongs to all of them together, not to one named earlier.
            return "combined", "dvk_system"
        for t in reversed(self._paragraph_sentences(s)):
            hits = [code for a, b, code in self.orgs if t.start <= a < t.end]
            if hits:
                return hits[-1], "paragraph"
        if self.doc_org:
            return self.doc_org, "document"
        return "combined", "default"

    def _complete(self, s: Sentence, fig: _Figure, plans: bool = False) -> Candidate | None:
        q = fig.q
        mention, note = self._period_for(s, fig)
        fig.period, fig.period_note = mention, note
        indicator = fig.indicator
        period = mention.period if mention else None
        p_conf = mention.confidence if mention else 0.0
        cumulative_hint = bool(mention and mention.cumulative)
        # Dân vận khéo: cumulative for ranges and "đến nay"/"lũy kế", new in a bounded period.
        if fig.family == "dvk":
            cue = fig.why[-1]
            bounded = mention is not None and mention.kind in BOUNDED and note in ("sentence", "paragraph")
            if (
                cue == "dvk:cumulative"
                or cumulative_hint
                or (mention is not None and mention.kind in ("now", "date", "range"))
            ):
                indicator = "dvk_models_cumulative"
            elif bounded or cue == "dvk:new":
                indicator = "dvk_models"
            else:
                indicator = "dvk_models_cumulative"
                fig.conf -= 0.1
            if fig.parent is not None:
                indicator = fig.parent.indicator if fig.parent.indicator != "dvk_models" else indicator
        fig.indicator = indicator
        if period is None or note == "publication":
            period, p_conf = self._fallback_period(indicator)
        elif mention is not None and (term := self._opening_term(mention)) is not None:
            # A congress opening the term 2023–2028 reports on the term just ended: a flow is the
            # previous term's, a stock is the congress's (the page's) year.
            start, end = term
            period = str(start) if indicator in STOCKS else f"{2 * start - end}/{start}"
            fig.why.append("period:term_opening")
        elif mention is not None:
            period = self._shape_period(indicator, mention)
        # No period in the text and no date to infer one from: the figure is kept for the reviewer to
        # date (the page holds it back, its confidence lowered), never dropped on that doubt.
        p = notation.parse(period) if period is not None else None
        if p is not None and self.pub.day is not None and p.start > self.pub.day and not plans:
            return None  # a period that has not begun: a plan
        # A flow summed over several years ("giai đoạn 2021–2023") is cumulative; a year to date is not.
        cumulative = indicator == "dvk_models_cumulative" or (
            p is not None and indicator in FLOWS and p.kind == "range" and p.start.year < p.end.year
        )
        place: Place = self.places.place_for(
            [m for m in self.place_mentions if s.start <= m.start and m.end <= q.num_start],
            p.start if p else None,
            p.end if p else None,
        )
        org, org_note = self._org_for(s, fig)
        approx = ""
        qual = lx.QUALIFIER.search(self.folded[max(s.start, q.num_start - 20) : q.num_start])
        if qual:
            approx = lx.QUALIFIER_CANON[" ".join(qual.group(1).split())]
        conf = fig.conf
        conf -= (0.95 - min(p_conf, 0.95)) * 0.5
        conf -= {"sentence": 0.0, "paragraph": 0.08, "document": 0.12, "publication": 0.1}.get(note, 0.2)
        if period is None:
            conf -= 0.3
            note = "undated"
        conf -= {"sentence": 0.0, "document": 0.03, "generic": 0.0, "given": 0.0}.get(place.note, 0.0)
        conf -= {
            "ambiguous": 0.25,
            "unresolved": 0.35,
            "unknown": 0.4,
            "generic_fallback": 0.1,
            "no_index": 0.1,
        }.get(place.note, 0.0)
        conf -= {"paragraph": 0.03, "document": 0.05, "default": 0.15}.get(org_note, 0.0)
        conf -= {"typo": 0.3, "dot_decimal": 0.15, "comma_thousands": 0.05, "space_groups": 0.03}.get(
            q.note, 0.0
        )
        why = (
            [*fig.why, f"period:{note}", f"place:{place.note}", f"org:{org_note}"]
            + ([f"number:{q.note}"] if q.note else [])
            + ([f"slash:{q.slash}"] if q.slash else [])
        )
        title_org = self._title_org()
        if title_org and org not in (title_org, "combined") and org_note in ("sentence", "noun", "paragraph"):
            # the title is about one organization, the sentence names another: a reviewer decides
            why.append("org:not_the_titles")
            conf -= 0.1
        unit = place.unit
        return Candidate(
            indicator=indicator,
            value=q.value,
            approx=approx,
            organization=org,
            locality=unit.name if unit else place.as_written,
            locality_code=unit.locality_id if unit else None,
            period=period,
            cumulative=cumulative,
            breakdown=fig.breakdown,
            sentence=self.text[s.start : s.end],
            start=s.start,
            end=s.end,
            value_start=q.start,
            value_end=q.end,
            confidence=round(min(0.99, max(0.05, conf)), 2),
            why=tuple(why),
            locality_candidates=place.candidates,
            rule_confidence=round(min(0.99, max(0.05, conf)), 2),
        )

    def _opening_term(self, mention: PeriodMention) -> tuple[int, int] | None:
        """(start, end) years of "nhiệm kỳ X–Y" when the page is written as the term opens."""
        if mention.kind != "range" or mention.period is None:
            return None
        a, b = self.header.title_span
        congress = bool(re.search(r"đại\s+hội", self.folded[a:b]))
        if self.pub.day is None and not congress:
            return None
        before = self.folded[max(0, mention.start - 20) : mention.start]
        if not re.search(r"nhiệm\s+kỳ[\s(]*(?:mới\s*)?$", before) and not re.search(
            r"nhiệm\s+kỳ", self.folded[mention.start : mention.end]
        ):
            return None
        p = notation.parse(mention.period)
        # an undated congress page is written as its term opens
        now = self.pub.day.year if self.pub.day is not None else p.start.year
        if not (p.start.year < p.end.year and p.start.year <= now < p.end.year) or now - p.start.year > 1:
            return None
        return p.start.year, p.end.year

    def _fallback_period(self, indicator: str) -> tuple[str | None, float]:
        """No period in the text: the publication's year (a stock) or its year so far (a flow)."""
        if self.pub.day is None:
            return None, 0.0
        return str(self.pub.day.year), 0.75

    def _shape_period(self, indicator: str, mention: PeriodMention) -> str | None:
        """The period as the indicator needs it: a stock is read at the end of a range."""
        period = mention.period
        if period is None:
            return None
        p = notation.parse(period)
        day = self.pub.day
        if (
            indicator in STOCKS
            and mention.kind == "now"
            and day is not None
            and day.month <= 2
            and self.doc_period is not None
            and self.doc_period.period == str(day.year - 1)
        ):
            # "hiện có" in the review of last year, written in January or February: the year's end
            return str(day.year - 1)
        if indicator in STOCKS and indicator != "dvk_models_cumulative" and p.kind == "range":
            if p.start.year < p.end.year:
                return str(p.end.year)  # a stock "giai đoạn 2018–2022": its level at the end
            # A stock in a year-to-date sentence: its level when the report was written.
            day = self.pub.day
            if self.pub.exact and day and p.end <= day <= p.end + timedelta(days=45):
                return day.isoformat()
            return period.split("/")[1]
        if indicator in FLOWS and mention.kind in ("now", "date"):
            # A flow "so far" ("đến nay đã kết nạp …"): the year to date.
            day = p.end
            last = day.month if day.day >= 25 or mention.kind == "date" else day.month - 1
            return ytd_period(day.year, last)
        if indicator == "dvk_models_cumulative" and p.kind in (
            "year",
            "quarter",
            "half",
            "nine_months",
            "month",
        ):
            return period
        return period


# A capitalized name of one to four words right before a number, after a separator or a linking
# word (the number may follow "có", "với", "đạt" and a qualifier).
_BARE_NAME = re.compile(
    r"(?:^|[,;:]\s*|\s(?:và|như|là|đến|gồm)\s+)"
    r"(?P<name>[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ]\w*"
    r"(?:\s+[A-ZĐÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ]\w*){0,3})"
    r"\s*(?:có|với|đạt|là|:)?\s*(?:hơn|trên|gần|khoảng)?\s*$"
)


def _with_row_labels(mentions: list[PlaceMention], tables: list[Table], folded: str) -> list[PlaceMention]:
    """The place mentions, with each table row's bare unit name ("Thạch Đài") as one more (a row of
    an organization or a total names no place)."""
    extra = []
    for table in tables:
        for fig in table.figures:
            label = fig.row_label
            if fig.total or any(label.start <= m.start < label.end for m in [*mentions, *extra]):
                continue
            if any(p.search(folded, label.start, label.end) for _, p in lx.ORGANIZATIONS):
                continue
            words = folded[label.start : label.end].split()
            if not words or (words[0] in lx.NOT_A_NAME and words[0] not in lx.UNIT_WORDS):
                continue  # "Hội LHPN", "Các đơn vị khác": no unit's name ("Xã Biên Sơn" is one)
            extra.append(PlaceMention(label.start, label.end, label.text, "", ()))
    return sorted([*mentions, *extra], key=lambda m: m.start)


def _check_parts(cands: list[Candidate], groups: list[tuple[int, list[int]]]) -> list[Candidate]:
    """Parts against their whole where the text gives both (a figure and its «trong đó» parts, a
    table's total row and its rows), by the numbers' positions: parts that add up to the whole are
    tagged "sum:matches"; parts that add up to more than the whole are tagged "sum:exceeds" on every
    one of them and the whole, which waits for the reviewer (a misread number or a part that is not
    one). Parts adding up to less are left alone: a text often names only some."""
    at = {c.value_start: c for c in cands}
    tags: dict[int, str] = {}
    for whole_at, part_ats in groups:
        whole, parts = at.get(whole_at), [at[p] for p in part_ats if p in at]
        if whole is None or len(parts) < 2 or any(p.indicator != whole.indicator for p in parts):
            continue
        total = sum(p.value for p in parts)
        if abs(total - whole.value) <= 0.005 * whole.value:
            tag = "sum:matches"
        elif total > whole.value * 1.005:
            tag = "sum:exceeds"
        else:
            continue
        for c in (whole, *parts):
            tags[c.value_start] = tag
    return [replace(c, why=(*c.why, tags[c.value_start])) if c.value_start in tags else c for c in cands]


def _related_news(folded: str, body_start: int) -> list[tuple[int, int]]:
    """The spans of the link lists a page ends with ("Tin liên quan", "Tin cũ hơn", "Xem thêm"): from
    the heading to the next paragraph long enough to be an article's body again (30 words), or the end."""
    out = []
    for m in lx.RELATED_NEWS.finditer(folded, body_start):
        end = len(folded)
        pos = m.end()
        for line in folded[m.end() :].split("\n"):
            if len(line.split()) >= 30:
                end = pos
                break
            pos += len(line) + 1
        out.append((m.start(), end))
    return out


def _plan_sections(text: str, folded: str) -> list[tuple[int, int]]:
    """The spans of a report's plan sections: from a heading line "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
    2025" (or "Phương hướng, nhiệm vụ …" alone on its line) to the next heading of results, or the end."""
    out: list[tuple[int, int]] = []
    start = None
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        low = folded[a:b].strip()
        if len(low.split()) > 16:
            continue
        if lx.PLAN_HEADING.match(low):
            if start is None:
                start = a
        elif start is not None and lx.RESULTS_HEADING.match(low):
            out.append((start, a))
            start = None
    if start is not None:
        out.append((start, len(text)))
    return out


def _noun_end(folded: str, q: Quantity) -> int:
    """Where the counted noun after a number ends (or the number's end when none is named)."""
    pos = q.end
    for _, _, pattern in lx.NOUNS:
        m = pattern.match(folded, pos + (len(folded[pos:]) - len(folded[pos:].lstrip())))
        if m:
            return m.end()
    return pos


def _sentence_score(c: Candidate) -> tuple[int, float]:
    """How much of a reading its own sentence gives (period and place from it), then its confidence."""
    return (("period:sentence" in c.why) + ("place:sentence" in c.why), c.rule_confidence)


def indicator_kind(indicator: str) -> str:
    """What the sets compare: new and cumulative Dân vận khéo counts are one kind of figure."""
    return "dvk" if indicator.startswith("dvk_models") else indicator


def part_of_another_kind(c: Candidate) -> bool:
    """A part by field, type or form (not by unit, level or organization): the sets do not annotate
    those, so the scorer does not decide them and the measure does not hold them against a set."""
    return bool(c.breakdown) and not c.breakdown.startswith("level:")


def _rounds(c: Candidate, others: list[Candidate]) -> bool:
    """A rounded mention of a figure stated exactly elsewhere in the page: the headline's "hơn 3.400
    hội viên mới" for the body's 3.412, "gần 3 triệu hội viên" for 2.987.530."""
    if not c.approx or c.value <= 0:
        return False
    kind = indicator_kind(c.indicator)
    for d in others:
        if d is c or indicator_kind(d.indicator) != kind or d.value == c.value or d.breakdown != c.breakdown:
            continue
        if abs(d.value - c.value) <= 0.05 * d.value and _significant(d.value) > _significant(c.value):
            return True
    return False


def _significant(value: float) -> int:
    digits = f"{value:.6f}".replace(".", "").strip("0")
    return len(digits)


def _nearest_money_key(
    folded: str, start: int, end: int, balance_only: bool = False
) -> tuple[str, int, str] | None:
    """The money word nearest before `end` (indicator, its end, its text): a balance key wins a tie;
    balance_only: the nearest that names an indicator."""
    best: tuple[str, int, str] | None = None
    for indicator, pattern in lx.MONEY_KEYS:
        if balance_only and not indicator:
            continue
        for m in pattern.finditer(folded, start, end):
            if best is None or m.end() > best[1] or (m.end() == best[1] and indicator):
                best = (indicator, m.end(), m.group(0))
    return best


def _label(gap: str) -> str | None:
    best: tuple[int, str] | None = None
    for family, pattern in lx.LABELS:
        for m in pattern.finditer(gap):
            if best is None or m.end() > best[0]:
                best = (m.end(), family)
    if best is None:
        return None
    # Between the label and the number only linking words, no other quantity or clause.
    between = gap[best[0] :]
    if re.search(r"[;(]|\d", between) or len(between.split()) > 9:
        return None
    return best[1]


def _last(figures: list[_Figure], families) -> _Figure | None:
    for fig in reversed(figures):
        if (fig.parent or fig).family in families:
            return fig.parent or fig
    return None


def _continues(figures: list[_Figure], gap: str) -> bool:
    """A list after a figure: "hiện có 2.106 hội viên, 12 hội cơ sở"."""
    if not figures:
        return False
    return bool(re.fullmatch(r"\s*[^\d;.]{0,25}?(?:,|và)\s*", gap))


def _joined(folded: str, starts: list[int], end: int) -> bool:
    """Organizations named one after another ("Hội Nông dân, Hội Phụ nữ và Đoàn Thanh niên")."""
    text = folded[starts[0] : end]
    return (
        len(starts) > 1
        and bool(re.search(r",|\svà\s|\scùng\s", folded[starts[-2] : starts[-1]]))
        and ";" not in text
    )


def _clause_start(folded: str, s: Sentence, q: Quantity) -> int:
    cut = folded.rfind(";", s.start, q.num_start)
    return cut + 1 if cut >= 0 else s.start


def _clause(folded: str, s: Sentence, q: Quantity, both_sides: bool = False) -> str:
    start = _clause_start(folded, s, q)
    end = q.num_start
    if both_sides:
        nxt = folded.find(";", q.end, s.end)
        end = nxt if nxt >= 0 else s.end
    return folded[start:end]


def _find_orgs(folded: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for code, pattern in lx.ORGANIZATIONS:
        for m in pattern.finditer(folded):
            if any(a < m.end() and m.start() < b for a, b, _ in found):
                continue
            found.append((m.start(), m.end(), code))
    found.sort()
    return found
