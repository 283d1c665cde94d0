"""Places named in a document, and the unit each figure is about.

A place is named with a unit-type word and a capitalized name ("huyện Vĩnh Thạnh", "Tỉnh ủy Lai
Châu", "TP. Hồ Chí Minh", "Quận 1"), as a capitalized name in parentheses ("Yên Thành (Nghệ An)"),
or as the name opening a title ("Cần Giờ: …"). A unit-type word without a name ("toàn tỉnh",
"Ban Dân vận Tỉnh ủy", "Hội LHPN xã") refers to the unit the document is about, at that level.

The document's province comes from --locality, the web address ("laichau.dcs.vn"), or the
provinces it names; the unit it is about from --locality, the title, or the lead. A figure is
about the nearest place named before it in its sentence, else the document's unit. Names are
resolved by `LocalityIndex.resolve` to a unit valid over the figure's period (legacy units before
July 2025, current ones after), inside the document's province; where a name still fits several
units the first is kept and the confidence lowered — the reviewer decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from danvan.localities import LocalityIndex, Resolution, Unit
from danvan.text import ascii_key

# (folded prefix, levels it names). Longest first.
_PREFIXES: list[tuple[str, tuple[str, ...]]] = [
    ("thành phố trực thuộc trung ương", ("province",)),
    ("đảng ủy xã", ("commune",)),
    ("đảng ủy phường", ("commune",)),
    ("đảng ủy thị trấn", ("commune",)),
    ("tỉnh ủy", ("province",)),
    ("thành ủy", ("province", "district")),
    ("huyện ủy", ("district",)),
    ("quận ủy", ("district",)),
    ("thị ủy", ("district",)),
    ("tỉnh đoàn", ("province",)),
    ("thành đoàn", ("province", "district")),
    ("huyện đoàn", ("district",)),
    ("quận đoàn", ("district",)),
    ("thành phố", ("province", "district")),
    ("thị xã", ("district",)),
    ("thị trấn", ("commune",)),
    ("đặc khu", ("commune",)),
    ("tỉnh", ("province",)),
    ("huyện", ("district",)),
    ("quận", ("district",)),
    ("xã", ("commune",)),
    ("phường", ("commune",)),
    ("tp.", ("province", "district")),
    ("tp", ("province", "district")),
    ("tx.", ("district",)),
    ("q.", ("district",)),
    ("p.", ("commune",)),
]
_PREFIX_RE = re.compile(
    r"(?<![\w.])(toàn\s+)?("
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p, _ in _PREFIXES)
    + r")(?=[\s.]|$|[A-ZĐ])",
    re.IGNORECASE,
)
_PREFIX_LEVELS = {" ".join(p.split()): levels for p, levels in _PREFIXES}
_RESOLVE_PREFIX = {
    "tỉnh ủy": "tỉnh",
    "tỉnh đoàn": "tỉnh",
    "huyện ủy": "huyện",
    "huyện đoàn": "huyện",
    "quận ủy": "quận",
    "quận đoàn": "quận",
    "thị ủy": "thị xã",
    "thành ủy": "",
    "thành đoàn": "",
    "đảng ủy xã": "xã",
    "đảng ủy phường": "phường",
    "đảng ủy thị trấn": "thị trấn",
}
_NOT_A_REFERENCE_BEFORE = re.compile(
    r"(?:cấp|các|liên|mỗi|từng|những|giữa|hai|ba|bốn|năm|nhiều|\d+|ngoài|ngoại|nội|tiểu|đô|kinh)\s+$"
)
_NOT_A_REFERENCE_AFTER = re.compile(r"^\s*(?:hội|viên|đội|trưởng|giao|lộ)(?!\w)")
_GENERIC_LEVEL = {
    "tỉnh": "province",
    "tỉnh ủy": "province",
    "tỉnh đoàn": "province",
    "thành phố": "city",
    "tp": "city",
    "tp.": "city",
    "thành ủy": "city",
    "thành đoàn": "city",
    "huyện": "district",
    "huyện ủy": "district",
    "huyện đoàn": "district",
    "quận": "district",
    "quận ủy": "district",
    "quận đoàn": "district",
    "thị xã": "district",
    "thị ủy": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đảng ủy xã": "commune",
    "đảng ủy phường": "commune",
    "đảng ủy thị trấn": "commune",
}
_JOIN = re.compile(r"[ \t\u00a0]*-[ \t\u00a0]*|[ \t\u00a0]+")
_TOKEN = re.compile(r"[^\W\d_][\w]*|\d{1,3}(?!\d)")
# Capitalized words that begin the name of an organization, not of a place.
_STOP = {
    # Never the first syllable of a unit's name (Hội An, Liên Chiểu, Hải Phòng, Thường Tín, Ngân Sơn
    # and Đoàn Kết are names, so those words are not here); a longer run-on capture is shortened
    # when it does not resolve.
    "ủy",
    "ubnd",
    "hđnd",
    "mttq",
    "đảng",
    "ban",
    "mặt",
    "chủ",
    "phó",
    "bí",
    "trưởng",
    "quỹ",
    "sở",
    "tổng",
    "cđt",
    "lđlđ",
    "hnd",
    "ccb",
    "theo",
    "trong",
    "năm",
    "ngày",
    "tháng",
    "quý",
}
# Unit-type words that start an organization ("Thành ủy", "Thành phố") end a name before them.
_TYPE_WORD = re.compile(
    r"(?:tỉnh|thành|thị|huyện|quận|xã|phường)\s+(?:ủy|phố|xã|trấn|đoàn)(?!\w)", re.IGNORECASE
)
# Common family names: "Trưởng Ban Dân vận Thành ủy Nguyễn Thị …" names a person, not a place.
_SURNAMES = {
    "nguyễn",
    "trần",
    "lê",
    "phạm",
    "huỳnh",
    "phan",
    "vũ",
    "võ",
    "đặng",
    "bùi",
    "đỗ",
    "ngô",
    "dương",
    "lý",
    "trịnh",
    "trương",
}
_PAREN = re.compile(r"\(([^()\n]{2,40})\)")
_TITLE_LEAD = re.compile(r"\s*([^\W\d_][\w]*(?:\s+[^\W\d_][\w]*){0,3})\s*:")
_VENUE_BEFORE = re.compile(r"(?:tại|ở|đến|về|thăm)\s+$")
# A name never starts with these: "huyện Hội …" is the district's association, not a unit "Hội".
_ORGANIZATION_WORDS = frozenset(["hội", "ủy", "ban", "mặt", "các", "đảng"])  # not "Đoàn Kết", "Chi Lăng"
_HOST_NOISE = ("www", "portal", "cong", "tintuc", "news")
_HOST_PREFIXES = (
    "bao",
    "dangbo",
    "tinhuy",
    "thanhuy",
    "huyenuy",
    "tuyengiao",
    "tgtu",
    "danvan",
    "bdv",
    "dv",
    "mattran",
    "mttq",
    "hoinongdan",
    "hoind",
    "hoilhpn",
    "phunu",
    "tinhdoan",
    "thanhdoan",
    "congdoan",
    "ldld",
    "ubnd",
    "sonoivu",
    "snv",
    "cand",
)
_HOST_SUFFIXES = ("moi", "online", "news", "tv", "dientu", "portal", "gov", "today", "24h", "plus", "xanh")
_HOST_TLDS = {"vn", "com", "net", "org", "gov", "edu", "info", "dcs", "io", "biz"}


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str  # the name as written ('' for a generic reference)
    prefix: str  # folded unit-type word ('' for a bare name)
    levels: tuple[str, ...]
    generic: str | None = None  # level of a generic reference: province, city, district, commune
    venue: bool = False  # "tại xã X": where something happened, not whose figures
    qualifier: bool = False  # "xã A (huyện B)": B only says where A is

    @property
    def text(self) -> str:
        """What to resolve: the unit-type word, when it is one the resolver reads, and the name."""
        word = _RESOLVE_PREFIX.get(self.prefix, self.prefix)
        return (
            f"{word} {self.name}".strip()
            if word not in ("tp.", "q.", "p.", "tx.")
            else f"{self.prefix}{self.name}"
        )


@dataclass(frozen=True)
class Place:
    """Where a figure is, as found: the unit (or None), the other candidates, and how sure."""

    unit: Unit | None
    as_written: str
    confidence: float
    note: str  # sentence, document, ambiguous, unresolved, …
    candidates: tuple[str, ...] = ()


def _name_tokens(text: str, pos: int, allow_digits: bool) -> tuple[str, int]:
    """The capitalized name starting at pos (after spaces and dots)."""
    m = re.compile(r"[\s.]*").match(text, pos)
    cur = m.end() if m else pos
    words: list[str] = []
    end = pos
    while len(words) < 5:
        t = _TOKEN.match(text, cur)
        if not t:
            break
        token = t.group(0)
        if token.isdigit():
            if words or not allow_digits:
                break
        elif (
            not token[0].isupper()
            or token.lower() in _STOP
            or _TYPE_WORD.match(text, t.start())
            or (not words and token.lower() in _SURNAMES)
        ):
            break
        words.append(token)
        end = t.end()
        nxt = _JOIN.match(text, end)  # spaces or a dash, never a line break
        if not nxt or token.isdigit():
            break
        cur = nxt.end()
    return " ".join(words), end


def find_mentions(text: str, folded: str) -> list[PlaceMention]:
    """Every place reference in the text, in order."""
    out: list[PlaceMention] = []
    for m in _PREFIX_RE.finditer(text):
        prefix = " ".join(folded[m.start(2) : m.end(2)].split())
        if prefix not in _PREFIX_LEVELS:
            continue
        before = folded[max(0, m.start() - 20) : m.start()]
        if not m.group(1) and _NOT_A_REFERENCE_BEFORE.search(before):
            continue
        allow_digits = prefix in ("quận", "phường", "q.", "p.")
        name, end = _name_tokens(text, m.end(2), allow_digits)
        if name and name.split()[0].lower() in _ORGANIZATION_WORDS:
            name, end = "", m.end(2)  # "… các đoàn thể huyện. Hội …": "huyện" alone, not a place named "Hội"
        venue = bool(_VENUE_BEFORE.search(before))
        if name:
            out.append(PlaceMention(m.start(), end, name, prefix, _PREFIX_LEVELS[prefix], venue=venue))
        else:
            if _NOT_A_REFERENCE_AFTER.match(folded[m.end(2) : m.end(2) + 12]):
                continue
            out.append(
                PlaceMention(
                    m.start(), m.end(2), "", prefix, _PREFIX_LEVELS[prefix], _GENERIC_LEVEL.get(prefix)
                )
            )
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        tokens = inner.split()
        named = 1 <= len(tokens) <= 4 and all(t[0].isupper() and any(c.islower() for c in t) for t in tokens)
        if named and not any(p.start <= m.start(1) < p.end for p in out):
            out.append(PlaceMention(m.start(1), m.end(1), inner, "", ()))
    out.sort(key=lambda p: p.start)
    # "xã A (huyện B)", "huyện A, tỉnh B", "huyện A - thành phố B": the second only says where the first is.
    for i, p in enumerate(out):
        if not i or not p.name:
            continue
        prev = out[i - 1]
        between = text[prev.end : p.start].strip()
        wider = p.levels in ((), ("province",), ("province", "district")) and prev.levels in (
            ("district",),
            ("commune",),
        )
        if prev.name and (between == "(" or (between in (",", "-") and wider)):
            out[i] = PlaceMention(p.start, p.end, p.name, p.prefix, p.levels, p.generic, p.venue, True)
    return out


def title_mention(text: str, start: int, end: int) -> PlaceMention | None:
    """A bare name opening a title: "Cần Giờ: Nâng cao chất lượng …"."""
    m = _TITLE_LEAD.match(text, start, end)
    if not m:
        return None
    tokens = m.group(1).split()
    if all(t[0].isupper() for t in tokens) and tokens[0].lower() not in _STOP:
        return PlaceMention(m.start(1), m.end(1), m.group(1), "", ())
    return None


_LEVEL_ORDER = {"province": 0, "district": 1, "commune": 2}


class Places:
    """The document's places and the resolution of each figure's place."""

    def __init__(
        self,
        index: LocalityIndex | None,
        mentions: list[PlaceMention],
        title_span: tuple[int, int],
        lead_span: tuple[int, int],
        given: str | None = None,
        host: str | None = None,
        title_extra: PlaceMention | None = None,
        issuer_span: tuple[int, int] = (0, 0),
    ):
        self.index = index
        self.mentions = mentions
        self._cache: dict[tuple, Resolution] = {}
        self.province_hint: str | None = None  # text that names the document's province
        self.province_ids: set[str] = set()  # current province ids (era-free containment)
        self.main: PlaceMention | None = None
        self.main_note = ""
        if index is None:
            return
        self._find_province(given, host)
        self.host = host
        self.issuer_span = issuer_span
        self._find_main(given, title_span, lead_span, title_extra)

    # -- the document -------------------------------------------------------------------------------
    def _find_province(self, given: str | None, host: str | None) -> None:
        index = self.index
        assert index is not None
        if given:
            res = index.resolve(given, suggest=False)
            units = [res.unit] if res.unit else res.candidates
            provinces = {u.current_province_id for u in units}
            if len(provinces) == 1:
                self.province_ids = provinces
                unit = units[0]
                province = unit if unit.level == "province" else index.units.get(unit.province_id, unit)
                self.province_hint = province.short_name
                return
        if host:
            found = self.province_of_host(host)
            if found:
                self.province_ids = {found[0]}
                self.province_hint = found[1]
                return
        counts: dict[str, int] = {}
        for m in self.mentions:
            if m.generic or not m.name:
                continue
            levels = ("province",) if m.levels in (("province",), ("province", "district"), ()) else m.levels
            res = self._resolve_text(m.text if m.prefix else m.name, None, None, None, levels)
            if res.unit:
                pid = res.unit.current_province_id
                counts[pid] = counts.get(pid, 0) + (2 if res.unit.level == "province" else 1)
        if counts:
            best = max(counts.items(), key=lambda kv: kv[1])[0]
            self.province_ids = {best}
            self.province_hint = index.units[best].short_name

    def province_of_host(self, host: str) -> tuple[str, str] | None:
        """Province named by a web address (laichau.dcs.vn, baobacgiang.vn, thanhuytphcm.vn):
        (today's province id, the name the address uses — "Sóc Trăng" before the reform)."""
        index = self.index
        assert index is not None
        keys: dict[str, set[tuple[str, str]]] = {}
        for key, ids in index.by_key.items():
            for lid in ids:
                u = index.units[lid]
                if u.level == "province":
                    keys.setdefault(key, set()).add((u.current_province_id, u.short_name))
        found: set[tuple[str, str]] = set()
        for label in host.lower().split("."):
            if label in _HOST_TLDS or label in _HOST_NOISE:
                continue
            forms = {label}
            for p in _HOST_PREFIXES:
                forms |= {f[len(p) :] for f in list(forms) if f.startswith(p) and len(f) > len(p)}
            forms |= {re.sub(r"\d+h?$", "", f) for f in list(forms)}  # "baotayninh24", "longan24h"
            for s in _HOST_SUFFIXES:
                forms |= {f[: -len(s)] for f in list(forms) if f.endswith(s) and len(f) > len(s)}
            for f in forms:
                if f in keys:
                    found |= keys[f]
            if not found:
                for key, pids in keys.items():
                    if len(key) >= 5 and any(f.endswith(key) or f.startswith(key) for f in forms):
                        found |= pids
        if len({pid for pid, _ in found}) != 1:
            return None
        return sorted(found)[0]

    def _find_main(
        self,
        given: str | None,
        title_span: tuple[int, int],
        lead_span: tuple[int, int],
        title_extra: PlaceMention | None,
    ) -> None:
        if given:
            levels = ()
            self.main = PlaceMention(0, 0, given, "", levels)
            self.main_note = "given"
            return
        for span, note in ((title_span, "title"), (lead_span, "lead"), (self.issuer_span, "issuer")):
            cands = [m for m in self.mentions if span[0] <= m.start < span[1] and m.name]
            if note == "lead" and any(not m.venue for m in cands):
                cands = [m for m in cands if not m.venue]  # "tại xã X, Huyện ủy Y tổ chức …": Y
            if note == "title" and title_extra:
                cands.append(title_extra)
            best: tuple[int, PlaceMention] | None = None
            for m in cands:
                res = self.resolve_mention(m, None, None)
                units = [res.unit] if res.unit else res.candidates
                if not units:
                    continue
                rank = max(_LEVEL_ORDER[u.level] for u in units)
                if best is None or rank > best[0]:
                    best = (rank, m)
            if best:
                self.main, self.main_note = best[1], note
                return
        below = self.unit_of_host(self.host) if self.host else None
        if below is not None:  # a district's or commune's own site: nongcong.thanhhoa.gov.vn
            self.main = PlaceMention(0, 0, below.name, "", (below.level,))
            self.main_note = "host"
            return
        if self.province_hint:
            self.main = PlaceMention(0, 0, self.province_hint, "tỉnh", ("province",))
            self.main_note = "province"

    def unit_of_host(self, host: str) -> Unit | None:
        """A district or commune named by a subdomain of its province's site ("nongcong" in
        nongcong.thanhhoa.gov.vn, "kienhung" in kienhung.haiphong.gov.vn): one unit of that name
        inside the document's province, else None."""
        index = self.index
        if index is None or not self.province_ids:
            return None
        labels = [x for x in host.lower().split(".") if x not in _HOST_TLDS and x not in _HOST_NOISE]
        for label in labels[:-1]:  # the last one names the province
            units = [
                index.units[lid]
                for lid in index.by_key.get(label, ())
                if index.units[lid].level in ("district", "commune")
                and index.units[lid].current_province_id in self.province_ids
            ]
            for level in ("district", "commune"):
                at = [u for u in units if u.level == level]
                if len({u.name for u in at}) == 1:
                    return at[0]
        return None

    # -- resolution ---------------------------------------------------------------------------------
    def _resolve_text(
        self, text: str, on: date | None, until: date | None, within: str | None, levels: tuple[str, ...] = ()
    ) -> Resolution:
        key = (text, on, until, within, levels)
        if key not in self._cache:
            assert self.index is not None
            self._cache[key] = self.index.resolve(
                text, on=on, until=until, within=within, levels=levels, suggest=False
            )
        return self._cache[key]

    def resolve_mention(self, m: PlaceMention, on: date | None, until: date | None) -> Resolution:
        """Resolve a named place over a period, inside the document's province where possible."""
        text = m.text if m.prefix else m.name
        levels = m.levels if m.prefix else ()
        attempts = [(on, until)] + ([(until, until), (None, None)] if on else [])
        for a, b in attempts:
            for within in [*sorted(self.province_ids), None]:
                res = self._resolve_text(text, a, b, within, levels)
                if res.unit or res.candidates:
                    if res.candidates and not res.unit:
                        res = self._narrow(res, a, b)
                    return self._successor(res, until)
        return self._shorter(m, on, until)

    def _successor(self, res: Resolution, until: date | None) -> Resolution:
        """A province named as before the reform, for a period after it: today's province (exact)."""
        u = res.unit
        if u is None or until is None or u.valid_to is None or until <= u.valid_to or u.level != "province":
            return res
        assert self.index is not None
        today = self.index.get(u.current_province_id)
        return Resolution(text=res.text, unit=today) if today else res

    def _shorter(self, m: PlaceMention, on: date | None, until: date | None) -> Resolution:
        # A longer capture than the real name ("Lai Châu Nguyễn …"): try its shorter beginnings.
        text = m.text if m.prefix else m.name
        tokens = m.name.split()
        for n in range(len(tokens) - 1, 0, -1):
            shorter = PlaceMention(m.start, m.end, " ".join(tokens[:n]), m.prefix, m.levels)
            res = self.resolve_mention(shorter, on, until)
            if res.unit or res.candidates:
                return res
        return Resolution(text=text)

    def _narrow(self, res: Resolution, on: date | None, until: date | None) -> Resolution:
        """Among several units of one name, keep those inside another place the document names."""
        assert self.index is not None
        outers: list[str] = []
        for m in self.mentions:
            if m.name and not m.generic:
                for within in [*sorted(self.province_ids), None]:
                    r = self._resolve_text(
                        m.text if m.prefix else m.name, on, until, within, m.levels if m.prefix else ()
                    )
                    if r.unit:
                        outers.append(r.unit.locality_id)
                        break
        inside = [
            u
            for u in res.candidates
            if any(o != u.locality_id and self.index.contains(o, u.locality_id) for o in outers)
        ]
        if len(inside) == 1:
            return Resolution(text=res.text, unit=inside[0])
        return res

    def _main_unit(self, on: date | None, until: date | None) -> tuple[Unit | None, Resolution | None]:
        if self.main is None:
            return None, None
        res = self.resolve_mention(self.main, on, until)
        return res.unit, res

    def place_for(self, sentence_mentions: list[PlaceMention], on: date | None, until: date | None) -> Place:
        """The place of a figure: nearest mention before it in its sentence, else the document's."""
        if self.index is None:
            name = sentence_mentions[-1].name if sentence_mentions else (self.main.name if self.main else "")
            return Place(None, name, 0.5, "no_index")
        mention = None
        for m in reversed(sentence_mentions):
            if m.qualifier:
                continue
            if m.generic:
                mention = m
                break
            res = self.resolve_mention(m, on, until)
            if res.unit or res.candidates:  # a name that is no place (a person's) is passed over
                return self._place(res, m.name, "sentence")
        unit, res = self._main_unit(on, until)
        if mention is not None and mention.generic:
            level = mention.generic
            if unit is not None:
                target = self._at_level(unit, level, on, until)
                if target is not None:
                    return Place(target, mention.text, 0.9, "generic")
                return Place(unit, mention.text, 0.75, "generic_fallback")
        if res is None:
            return Place(None, "", 0.3, "unknown")
        return self._place(res, self.main.name if self.main else "", "document")

    def _at_level(self, unit: Unit, level: str, on: date | None, until: date | None) -> Unit | None:
        assert self.index is not None
        if level == "city":
            level = "province" if "trung ương" in unit.unit_type or unit.level == "province" else unit.level
            if unit.level == "district" and unit.unit_type == "thành phố thuộc tỉnh":
                return unit
            if level != "province":
                level = "province"
        if unit.level == level:
            return unit
        if level == "province":
            province = self.index.get(unit.province_id)
            return province
        if level == "district" and unit.level == "commune" and unit.parent_id:
            parent = self.index.get(unit.parent_id)
            return parent if parent and parent.level == "district" else None
        return None

    def _place(self, res: Resolution, as_written: str, note: str) -> Place:
        base = 0.95 if note == "sentence" else 0.9
        if res.unit:
            return Place(res.unit, as_written, base, note)
        if res.candidates:
            return Place(
                res.candidates[0],
                as_written,
                0.45,
                "ambiguous",
                tuple(u.locality_id for u in res.candidates),
            )
        return Place(None, as_written, 0.3, "unresolved")


def host_key(host: str) -> str:
    return ascii_key(host)
