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
from danvan.charts import Meta
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


def test_legend_limits_read_apart_or_the_classes_merge():
    members = [339935.0, 865492.0, 1556526.0, 1966309.0, 2290611.0, 3321257.0]
    assert mapfig.legend_breaks(members, 0) == (members, 0)
    # overdue ratios (percent) a ten-thousandth apart: «0,15 – 0,15 %» five times at two decimals,
    # still equal in pairs at three (0,146 0,146 0,147 …): one class, 0,146 – 0,147 %
    close = [0.146346, 0.146447, 0.146549, 0.14664, 0.14672, 0.1468]
    assert mapfig.legend_breaks(close, 2) == ([0.146, 0.147], 3)
    assert mapfig.legend_breaks([0.1, 0.25, 0.4], 2) == ([0.1, 0.25, 0.4], 2)


def test_the_province_with_the_lowest_figure_is_in_the_lowest_class_not_no_data():
    """The quantiles are rounded (6 decimals): the lowest value fell below its own class once and
    its province was drawn as «Không có số liệu»."""
    meta = Meta("Tỷ lệ nợ quá hạn", "%", {}, {})
    df = pd.DataFrame({"locality_id": ["01", "79", "12"], "value": [0.0014634567, 0.001466, 0.001468]})
    fig = mapfig.provinces(df, meta, "Bản đồ", worse_when_higher=True)
    dots = fig.data[-1]
    filled = {
        d[0] for d, color in zip(dots.customdata, dots.marker.color, strict=True) if color == mapfig.HANDLE
    }
    assert filled == {"01", "79", "12"}
    assert [t.name for t in fig.data[:-1]] == [labels.MAP_NO_DATA, "0,146 – 0,147 %"]


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
        d[0] for d, color in zip(dots.customdata, dots.marker.color, strict=True) if color == mapfig.HANDLE
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


def test_a_ratio_by_commune_is_coloured_by_class_not_sized():
    """A circle's area stands for a quantity; a ratio's circles are one size, in the classes'
    colours (hand-computed quantiles of 0,1 / 0,2 / 0,3 %: 0,10 0,14 0,18 0,22 0,26 0,30)."""
    meta = Meta("Tỷ lệ nợ quá hạn", "%", {}, {})
    df = pd.DataFrame(
        {
            "locality_id": ["a", "b", "c", "d"],
            "short_name": ["Xã A", "Xã B", "Xã C", "Xã D"],
            "value": [0.001, 0.002, 0.003, None],
            "lon": [105.1, 105.2, 105.3, 105.4],
            "lat": [21.1, 21.2, 21.3, 21.4],
        }
    )
    fig = mapfig.units(df, meta, "Bản đồ", worse_when_higher=True)
    classed = [t for t in fig.data if t.name and t.name.endswith("%")]
    assert [t.name for t in classed] == ["0,26 – 0,30 %", "0,18 – 0,22 %", "0,10 – 0,14 %"]
    assert [list(t.customdata[0]) for t in classed] == [["c", ""], ["b", ""], ["a", ""]]
    assert {t.marker.size for t in classed} == {11}
    assert [t.marker.color for t in classed] == [mapfig.ORRD[4], mapfig.ORRD[2], mapfig.ORRD[0]]
    assert fig.data[-1].name == labels.MAP_NO_DATA and list(fig.data[-1].customdata[0]) == ["d", ""]
