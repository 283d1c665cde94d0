"""Administrative units before and after the July 2025 reform, read from the pinned packages.

* Current units (valid from 2025-07-01): 34 provinces and 3,321 communes with their official codes
  and names from `vietnam-provinces`; `vietnamadminunits` lists the same communes (with centroids
  and the crosswalk) but numbers 114 of them differently, so its communes are matched to the
  official list by province and name (tone-mark placement and accents folded) and re-coded.
* Legacy units (valid until 2025-06-30): 63 provinces, 696 districts and 10,035 communes as they
  stood just before the reform, from `vietnamadminunits`; their earlier history (mergers of
  communes before 2025) is not modelled, so legacy units carry no start date.
* The crosswalk: every legacy province and district lies whole inside one current province; a
  legacy commune maps to one current commune (exact) or was split among several (not exact).

Nothing is downloaded: both packages carry their data in site-packages.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from importlib import resources

import pandas as pd

from danvan.text import ascii_key, fold_tones, name_key, strip_unit_prefix

REFORM_DATE = date(2025, 7, 1)
LEGACY_END = date(2025, 6, 30)

_PROVINCE_TYPE = {"Tỉnh": "tỉnh", "Thành phố": "thành phố trực thuộc trung ương"}
_DISTRICT_TYPE = {"Quận": "quận", "Huyện": "huyện", "Thị xã": "thị xã", "Thành phố": "thành phố thuộc tỉnh"}
_COMMUNE_TYPE = {"Xã": "xã", "Phường": "phường", "Thị trấn": "thị trấn", "Đặc khu": "đặc khu"}

# Names people still write that the packages do not list as aliases (accent-free keys).
_EXTRA_ALIASES = {
    "46": ["thuathienhue", "tthue", "hue"],
    "L46": ["thuathienhue", "tthue"],
    "79": ["tphcm", "saigon", "hcm", "hochiminh"],
    "L79": ["tphcm", "saigon", "hcm", "hochiminh"],
    "L77": ["brvt", "bariavungtau"],
    "01": ["hn", "hanoi"],
    "L01": ["hn", "hanoi"],
}


def _dataset() -> sqlite3.Connection:
    path = resources.files("vietnamadminunits") / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _converter() -> dict:
    path = resources.files("vietnamadminunits") / "data" / "converter_2025.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _official_communes() -> dict[tuple[str, str], tuple[str, str]]:
    """(province code, folded name) → (official commune code, official name), from vietnam-provinces."""
    path = resources.files("vietnam_provinces") / "data" / "nested-divisions.json"
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for prov in json.loads(path.read_text(encoding="utf-8")):
        for ward in prov["wards"]:
            out[(f"{prov['code']:02d}", fold_tones(ward["name"]))] = (f"{ward['code']:05d}", ward["name"])
    return out


def _recode_current(current: pd.DataFrame) -> pd.DataFrame:
    """Give the package's current communes their official codes and names (see the module doc)."""
    official = _official_communes()
    by_ascii: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for (prov, folded), value in official.items():
        by_ascii.setdefault((prov, ascii_key(folded)), []).append(value)
    codes, names = [], []
    for prov, ward in zip(current["provinceCode"], current["ward"], strict=True):
        hit = official.get((prov, fold_tones(ward)))
        if hit is None:
            candidates = by_ascii.get((prov, ascii_key(ward)), [])
            if len(candidates) != 1:
                raise ValueError(f"commune not in vietnam-provinces: {prov} {ward}")
            hit = candidates[0]
        codes.append(hit[0])
        names.append(hit[1])
    return current.assign(wardCode=codes, ward=names, wardShort=[strip_unit_prefix(n) for n in names])


def _keywords(raw: str | None) -> list[str]:
    return json.loads(raw) if raw else []


def load() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return (locality, crosswalk, alias) frames matching the warehouse tables."""
    with _dataset() as con:
        legacy = pd.read_sql("select * from admin_units_legacy", con)
        current = _recode_current(pd.read_sql("select * from admin_units", con))
    conv = _converter()

    # Legacy province key → current province code, through the package's 63 → 34 mapping.
    cur_prov_by_key = current.groupby("provinceKey")["provinceCode"].first().to_dict()
    legacy_prov_to_current = {
        old_key: cur_prov_by_key[new_key]
        for new_key, olds in conv["DICT_PROVINCE"].items()
        for old_key in olds
    }

    rows: list[dict] = []
    aliases: list[tuple[str, str]] = []

    # Current provinces and communes ------------------------------------------------------------
    for prov in current.drop_duplicates("provinceCode").itertuples():
        pid = prov.provinceCode
        kind = "Tỉnh" if prov.province.startswith("Tỉnh") else "Thành phố"
        rows.append(
            dict(
                locality_id=pid,
                code=pid,
                name=prov.province,
                short_name=prov.provinceShort,
                unit_type=_PROVINCE_TYPE[kind],
                level="province",
                era="current",
                parent_id=None,
                province_id=pid,
                district_id=None,
                current_province_id=pid,
                current_commune_id=None,
                valid_from=REFORM_DATE,
                valid_to=None,
                lat=prov.provinceLat,
                lon=prov.provinceLon,
            )
        )
        aliases += [(pid, k) for k in _keywords(prov.provinceKeywords)]
    for w in current.itertuples():
        rows.append(
            dict(
                locality_id=w.wardCode,
                code=w.wardCode,
                name=w.ward,
                short_name=w.wardShort,
                unit_type=_COMMUNE_TYPE[w.wardType],
                level="commune",
                era="current",
                parent_id=w.provinceCode,
                province_id=w.provinceCode,
                district_id=None,
                current_province_id=w.provinceCode,
                current_commune_id=w.wardCode,
                valid_from=REFORM_DATE,
                valid_to=None,
                lat=w.wardLat,
                lon=w.wardLon,
            )
        )
        aliases += [(w.wardCode, k) for k in _keywords(w.wardKeywords)]

    # Legacy provinces, districts and communes ---------------------------------------------------
    new_ward_code = {(r.provinceKey, r.wardKey): r.wardCode for r in current.itertuples()}
    crosswalk: list[tuple[str, str, bool, bool]] = []
    old_ward_to_new: dict[str, str] = {}  # "prov_dist_ward" key → current commune code (exact)
    for new_prov_key, wards in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward_key, old_keys in wards.items():
            for old in old_keys:
                old_ward_to_new[old] = new_ward_code[(new_prov_key, new_ward_key)]
    old_ward_split: dict[str, list[tuple[str, bool]]] = {}
    for new_prov_key, olds in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, parts in olds.items():
            old_ward_split[old] = [
                (new_ward_code[(new_prov_key, p["newWardKey"])], p["isDefaultNewWard"]) for p in parts
            ]

    for prov in legacy.drop_duplicates("provinceCode").itertuples():
        lid = "L" + prov.provinceCode
        cur = legacy_prov_to_current[prov.provinceKey]
        kind = "Tỉnh" if prov.province.startswith("Tỉnh") else "Thành phố"
        rows.append(
            dict(
                locality_id=lid,
                code=prov.provinceCode,
                name=prov.province,
                short_name=prov.provinceShort,
                unit_type=_PROVINCE_TYPE[kind],
                level="province",
                era="legacy",
                parent_id=None,
                province_id=lid,
                district_id=None,
                current_province_id=cur,
                current_commune_id=None,
                valid_from=None,
                valid_to=LEGACY_END,
                lat=prov.provinceLat,
                lon=prov.provinceLon,
            )
        )
        aliases += [(lid, k) for k in _keywords(prov.provinceKeywords)]
        crosswalk.append((lid, cur, True, True))
    for dist in legacy.drop_duplicates("districtCode").itertuples():
        lid = "L" + dist.districtCode
        cur = legacy_prov_to_current[dist.provinceKey]
        island_key = f"{dist.provinceKey}_{dist.districtKey}_"
        island_commune = old_ward_to_new.get(island_key)  # districts with no communes became special zones
        rows.append(
            dict(
                locality_id=lid,
                code=dist.districtCode,
                name=dist.district,
                short_name=dist.districtShort,
                unit_type=_DISTRICT_TYPE[dist.districtType],
                level="district",
                era="legacy",
                parent_id="L" + dist.provinceCode,
                province_id="L" + dist.provinceCode,
                district_id=lid,
                current_province_id=cur,
                current_commune_id=island_commune,
                valid_from=None,
                valid_to=LEGACY_END,
                lat=dist.districtLat,
                lon=dist.districtLon,
            )
        )
        aliases += [(lid, k) for k in _keywords(dist.districtKeywords)]
        crosswalk.append((lid, cur, True, True))
        if island_commune:
            crosswalk.append((lid, island_commune, True, True))
    for w in legacy[legacy["wardCode"].notna()].itertuples():
        lid = "L" + w.wardCode
        key = f"{w.provinceKey}_{w.districtKey}_{w.wardKey}"
        exact = old_ward_to_new.get(key)
        rows.append(
            dict(
                locality_id=lid,
                code=w.wardCode,
                name=w.ward,
                short_name=w.wardShort,
                unit_type=_COMMUNE_TYPE[w.wardType],
                level="commune",
                era="legacy",
                parent_id="L" + w.districtCode,
                province_id="L" + w.provinceCode,
                district_id="L" + w.districtCode,
                current_province_id=legacy_prov_to_current[w.provinceKey],
                current_commune_id=exact,
                valid_from=None,
                valid_to=LEGACY_END,
                lat=w.wardLat,
                lon=w.wardLon,
            )
        )
        aliases += [(lid, k) for k in _keywords(w.wardKeywords)]
        if exact:
            crosswalk.append((lid, exact, True, True))
        for code, is_default in old_ward_split.get(key, []):
            crosswalk.append((lid, code, False, is_default))

    for lid, extra in _EXTRA_ALIASES.items():
        aliases += [(lid, k) for k in extra]

    locality = pd.DataFrame(rows)
    locality["search_key"] = locality["short_name"].map(name_key)
    # Every unit is also found by its full name and its short name.
    aliases += list(zip(locality["locality_id"], locality["name"].map(ascii_key), strict=True))
    aliases += list(zip(locality["locality_id"], locality["search_key"], strict=True))
    alias = pd.DataFrame(aliases, columns=["locality_id", "alias_key"]).drop_duplicates()
    alias = alias[alias["alias_key"] != ""]
    cross = pd.DataFrame(crosswalk, columns=["legacy_id", "current_id", "exact", "is_default"])
    cross = cross.drop_duplicates(["legacy_id", "current_id"])
    return locality, cross, alias
