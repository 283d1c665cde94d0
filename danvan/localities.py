"""Finding administrative units by name or code, before and after the 2025 reform.

Used by the command line, the import and the extractor, so that "TP. Hồ Chí Minh", "tp hcm",
"Thành phố Hồ Chí Minh" and "79" all mean the same unit everywhere. Matching ignores accents,
case, tone-mark placement and unit-type prefixes; the prefix, when given, narrows the level.
Where a name fits several units the caller gets all candidates and decides (an import reports it,
the extractor lowers its confidence) — nothing here guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import duckdb
from rapidfuzz import fuzz, process

from danvan import labels
from danvan.text import ascii_key, fold_tones, name_key, nfc, strip_accents, strip_unit_prefix

# A prefix tells the level: "Huyện Vĩnh Thạnh" is a district even if a commune shares the name.
_LEVEL_HINTS = [
    (re.compile(r"^(tinh)\b"), ("province",)),
    (re.compile(r"^(thanh pho truc thuoc trung uong)\b"), ("province",)),
    # Whole words only: "Quang Hán" is not "Quận …", "Xà Phiên" is not "Xã …".
    (re.compile(r"^((quan|huyen|thi xa|tx)\b|tx\.|q\.)"), ("district",)),
    (re.compile(r"^((thanh pho|tp)\b|tp\.)"), ("province", "district")),
    (re.compile(r"^((xa|phuong|thi tran|dac khu)\b|p\.|x\.)"), ("commune",)),
]
_ID = re.compile(r"^L?\d{2,5}$")


def _full_key(text: str) -> str:
    """A name with its type, accents, case and spacing aside: 'phuong ba dinh'."""
    return " ".join(strip_accents(fold_tones(nfc(text))).lower().split())


_LEVEL_ORDER = {"province": 0, "district": 1, "commune": 2}


@dataclass(frozen=True)
class Unit:
    locality_id: str
    code: str
    name: str
    short_name: str
    unit_type: str
    level: str
    era: str
    parent_id: str | None
    province_id: str
    current_province_id: str
    valid_from: date | None
    valid_to: date | None

    def valid_on(self, day: date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )

    def valid_over(self, start: date, end: date) -> bool:
        return self.valid_on(start) and self.valid_on(end)


@dataclass
class Resolution:
    text: str
    unit: Unit | None = None
    candidates: list[Unit] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.unit is not None

    @property
    def message(self) -> str:
        if self.unit:
            return ""
        if self.candidates:
            hints = ", ".join(f"{u.name} ({u.locality_id})" for u in self.candidates[:5])
            return labels.ERR_AMBIGUOUS_LOCALITY.format(value=self.text, hints=hints)
        if self.suggestions:
            return labels.ERR_UNKNOWN_LOCALITY_HINT.format(value=self.text, hints=", ".join(self.suggestions))
        return labels.ERR_UNKNOWN_LOCALITY.format(value=self.text)


# Prefix words with their accents: written with accents, "Tĩnh Gia" or "Quan Sơn" is a name, not
# "Tỉnh …" or "Quận …"; written without any, the prefix reading stands.
_ACCENTED_PREFIX = {
    "tinh": "tỉnh",
    "quan": "quận",
    "huyen": "huyện",
    "thi xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "dac khu": "đặc khu",
    "thanh pho": "thành phố",
    "thanh pho truc thuoc trung uong": "thành phố trực thuộc trung ương",
}


def level_hint(text: str) -> tuple[str, ...]:
    written = " ".join(nfc(text).split()).lower()
    plain = strip_accents(written)  # same length: NFC Vietnamese letters map one to one
    for pattern, levels in _LEVEL_HINTS:
        m = pattern.match(plain)
        if not m:
            continue
        word = written[: m.end()]
        accented = _ACCENTED_PREFIX.get(m.group(0))
        if accented and not written.isascii() and fold_tones(word) != fold_tones(accented):
            return ()
        return levels
    return ()


_UNIT_SQL = (
    "select locality_id, code, name, short_name, unit_type, level, era, parent_id, province_id, "
    "current_province_id, valid_from, valid_to from locality"
)


class LocalityIndex:
    """In-memory index of every unit and alias (about 14,000 units; built in well under a second)."""

    def __init__(self, con: duckdb.DuckDBPyConnection):
        rows = con.execute(_UNIT_SQL).fetchall()
        self.units: dict[str, Unit] = {r[0]: Unit(*r) for r in rows}
        self.by_key: dict[str, list[str]] = {}
        for lid, key in con.execute("select locality_id, alias_key from locality_alias").fetchall():
            self.by_key.setdefault(key, []).append(lid)
        self.children: dict[str, list[str]] = {}
        for unit in self.units.values():
            if unit.parent_id:
                self.children.setdefault(unit.parent_id, []).append(unit.locality_id)
        self._keys = list(self.by_key)

    def get(self, locality_id: str) -> Unit | None:
        return self.units.get(locality_id)

    def contains(self, outer: str, inner: str) -> bool:
        """Whether unit `inner` lies inside `outer` (or is it), across the reform for provinces."""
        if outer == inner:
            return True
        u = self.units.get(inner)
        if u is None:
            return False
        chain = {u.parent_id, u.province_id, u.current_province_id}
        parent = self.units.get(u.parent_id) if u.parent_id else None
        if parent is not None:
            chain.add(parent.parent_id)
        return outer in chain

    def resolve(
        self,
        text: str,
        on: date | None = None,
        until: date | None = None,
        within: str | None = None,
        levels: tuple[str, ...] = (),
        suggest: bool = True,
    ) -> Resolution:
        """Find the one unit meant by `text`.

        on/until: the unit must be valid over that span (a figure's period); within: the unit
        must lie inside that one (context such as the province an article is about); levels: only
        these levels. A unit-type prefix in the text narrows the level further. suggest=False
        skips the fuzzy search for close names (callers resolving thousands of names at once).
        """
        raw = " ".join(nfc(str(text)).split())
        res = Resolution(text=raw)
        if not raw:
            return res
        if _ID.match(raw.upper()):
            unit = self.units.get(raw.upper()) or self.units.get(raw.zfill(2))
            if unit and on is not None and not unit.valid_over(on, until or on) and unit.era == "current":
                # Official codes were reused: "79" in a 2024 figure is the TP.HCM of that time (L79).
                legacy = self.units.get("L" + unit.code)
                if legacy and legacy.valid_over(on, until or on):
                    unit = legacy
            if unit:
                res.unit = unit
                return res
        hinted = level_hint(raw) or levels
        ids: list[str] = []
        for key in (ascii_key(raw), name_key(raw)):
            for lid in self.by_key.get(key, []):
                if lid not in ids:
                    ids.append(lid)
        cands = [self.units[i] for i in ids]
        if hinted:
            cands = [u for u in cands if u.level in hinted]
        if levels:
            cands = [u for u in cands if u.level in levels]
        if within:
            cands = [u for u in cands if self.contains(within, u.locality_id)]
        if on is not None:
            end = until or on
            valid = [u for u in cands if u.valid_over(on, end)]
            cands = valid
        if len(cands) > 1:
            # Accents, when written, may settle it: "Văn Lang" is not "Văn Lăng".
            written = fold_tones(strip_unit_prefix(raw))
            exact = [u for u in cands if fold_tones(u.short_name) == written]
            if 0 < len(exact) < len(cands):
                cands = exact
        if len(cands) > 1:
            # The full name, type included, may settle it: "Phường Ba Đình" is not "Xã Ba Đình".
            full = _full_key(raw)
            named = [u for u in cands if _full_key(u.name) == full]
            if len(named) == 1:
                cands = named
        if len(cands) > 1:
            # Prefer the widest level (a province over a commune of the same name), then today's units.
            best = min(_LEVEL_ORDER[u.level] for u in cands)
            top = [u for u in cands if _LEVEL_ORDER[u.level] == best]
            if len(top) > 1 and len({u.current_province_id for u in top}) == 1 and best == 0:
                top = sorted(top, key=lambda u: u.era != "current")[:1]
            cands = top if len(top) == 1 else cands
        if len(cands) == 1:
            res.unit = cands[0]
        elif cands:
            res.candidates = sorted(cands, key=lambda u: (_LEVEL_ORDER[u.level], u.era != "current", u.name))
        elif suggest:
            res.suggestions = self.suggest(raw)
        return res

    def suggest(self, text: str, limit: int = 3) -> list[str]:
        """Names close to an unknown one (rapidfuzz on the accent-free keys)."""
        key = name_key(text)
        if not key:
            return []
        found = process.extract(key, self._keys, scorer=fuzz.ratio, limit=limit * 4, score_cutoff=70)
        names: list[str] = []
        for k, _, _ in found:
            for lid in self.by_key[k]:
                unit = self.units[lid]
                label = f"{unit.name}" + (
                    f" ({self.units[unit.province_id].short_name})" if unit.level != "province" else ""
                )
                if label not in names:
                    names.append(label)
        return names[:limit]
