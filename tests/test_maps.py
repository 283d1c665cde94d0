"""Maps (danvan/maps/): the shipped outlines — 34 provinces with the official codes, 63 before the
reform, the archipelagos of Hoàng Sa and Trường Sa always there, communes' centroids inside their
own province — and the choropleth: the ranking's figures, classes by quantile, no data drawn as
no data, nothing fetched from the internet."""

from __future__ import annotations

import json

import duckdb
import numpy as np
import pandas as pd
import pytest

from danvan import labels, periods, queries, report
from danvan.maps import boundaries
from danvan.maps import figure as mapfig
from danvan.queries import Filters

SPECIAL_ZONES = {"48": (16.568, 112.135), "56": (9.71, 114.45)}  # Hoàng Sa, Trường Sa (lat, lon)


def inside(geometry: dict, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Even-odd ray casting over every ring of a (Multi)Polygon."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    hit = np.zeros(len(lon), dtype=bool)
    for polygon in polygons:
        for ring in polygon:
            xs, ys = np.array([p[0] for p in ring]), np.array([p[1] for p in ring])
            for x1, y1, x2, y2 in zip(xs[:-1], ys[:-1], xs[1:], ys[1:], strict=True):
                crosses = ((y1 > lat) != (y2 > lat)) & (
                    lon < (x2 - x1) * (lat - y1) / ((y2 - y1) or 1e-12) + x1
                )
                hit ^= crosses
    return hit


@pytest.fixture(scope="module")
def con(small_db):
    c = duckdb.connect(str(small_db), read_only=True)
    yield c
    c.close()


def test_the_outlines_are_the_34_provinces_and_the_63_before_the_reform(con):
    current = {f["id"] for f in boundaries.load("current")["features"]}
    legacy = {f["id"] for f in boundaries.load("legacy")["features"]}
    official = con.execute("select locality_id from locality where era = 'current' and level = 'province'")
    assert current == {r[0] for r in official.fetchall()} and len(current) == 34
    before = con.execute("select locality_id from locality where era = 'legacy' and level = 'province'")
    assert legacy == {r[0] for r in before.fetchall()} and len(legacy) == 63
    assert boundaries.FILE.stat().st_size < 400_000  # a browser draws it quickly


@pytest.mark.parametrize("era", ["current", "legacy"])
def test_hoang_sa_and_truong_sa_are_always_on_the_map(era):
    features = {f["id"]: f for f in boundaries.load(era)["features"]}
    for province, (lat, lon) in SPECIAL_ZONES.items():
        feature = features[province if era == "current" else "L" + province]
        assert feature["properties"]["islands"] in ("Quần đảo Hoàng Sa", "Quần đảo Trường Sa")
        assert inside(feature["geometry"], np.array([lon]), np.array([lat]))[0]


@pytest.mark.parametrize("era", ["legacy", "current"])
def test_at_least_99_percent_of_communes_centroids_fall_inside_their_own_province(con, era):
    communes = con.execute(
        "select province_id, lon, lat from locality where era = $era and level = 'commune' and lat is not null",
        {"era": era},
    ).df()
    assert len(communes) > (10_000 if era == "legacy" else 3_300)
    hits = 0
    for feature in boundaries.load(era)["features"]:
        mine = communes[communes["province_id"] == feature["id"]]
        hits += int(inside(feature["geometry"], mine["lon"].to_numpy(), mine["lat"].to_numpy()).sum())
    assert hits / len(communes) >= 0.99


def test_a_ring_is_decoded_as_echarts_encodes_it():
    # hand-computed: '@@' is no step from the offset, 'A' (65-64=1) is -1 and 'B' (2) is +1 in zigzag
    assert boundaries.decode_ring("@@AB", [1024, 2048]) == [(1.0, 2.0), (1023 / 1024, 2049 / 1024)]


def test_classes_hold_about_as_many_provinces_each():
    assert mapfig.classes(pd.Series([1.0, 2, 3, 4, 5, 6])) == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0]
    assert mapfig.classes(pd.Series([7.0, 7.0])) == [7.0, 7.0]


def test_the_map_shows_the_rankings_figures_and_no_data_as_no_data(con):
    f = Filters(
        bucket_kind="quarter",
        date_from=periods.parse("2026-Q3").start,
        date_to=periods.parse("2026-Q3").end,
        area_id="VN",
    )
    view = report.View(filters=f, buckets=("2026-Q3",), compare="yoy", area_name="Toàn quốc", org_names=())
    page = report.build(con, "members", view)
    shown = next(c for c in page.charts if c.key == "map_members")
    rank = queries.ranking(con, f, "members", "2026-Q3")
    assert shown.data.equals(rank)  # the map's data is the ranking's, for the same view
    dots = shown.figure.data[-1]
    with_figures = {
        d[0] for d, color in zip(dots.customdata, dots.marker.color, strict=True) if color != "#FFFFFF"
    }
    assert with_figures == set(rank.dropna(subset=["value"])["locality_id"]) and len(with_figures) == 4
    names = [t.name for t in shown.figure.data[:-1]]
    assert labels.MAP_NO_DATA in names  # 30 provinces without a figure, hatched grey, not zero
    text = json.dumps(shown.figure.to_plotly_json(), default=str)
    assert '"geo' not in text and "mapbox" not in text and "http" not in text.replace("http\\u2060", "")


def test_a_provinces_view_maps_its_communes_as_circles_sized_by_their_figures(con):
    f = Filters(
        bucket_kind="quarter",
        date_from=periods.parse("2026-Q3").start,
        date_to=periods.parse("2026-Q3").end,
        area_id="12",  # Lai Châu
    )
    view = report.View(filters=f, buckets=("2026-Q3",), compare="yoy", area_name="Lai Châu", org_names=())
    page = report.build(con, "members", view)
    shown = next(c for c in page.charts if c.key == "map_members")
    assert shown.title == labels.CHART_MAP_UNITS.format(name="Số hội viên, đoàn viên", area="Lai Châu")
    rank = queries.ranking(con, f, "members", "2026-Q3")
    circles = shown.figure.data[1]
    with_figures = rank.dropna(subset=["value"])
    assert sorted(d[0] for d in circles.customdata) == sorted(with_figures["locality_id"])
    by_id = dict(zip(with_figures["locality_id"], with_figures["value"], strict=True))
    assert list(circles.marker.size) == [by_id[d[0]] for d in circles.customdata]  # area ∝ figure
    where = con.execute(
        "select lon, lat from locality where locality_id = $id", {"id": circles.customdata[0][0]}
    )
    assert (circles.x[0], circles.y[0]) == where.fetchone()
