"""The TopoJSON decoder behind the briefing map, and the map's framing and colours."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from watchfloor.analyze import geo
from watchfloor.analyze.briefing import TYPE_COLORS, map_view, marker_size, type_color

# A square split along its diagonal into two triangles that share arc 1, and a small triangle
# used as a hole. Arcs are quantized and delta-encoded; in quantized units:
#   arc 0: (0,0) → (4,0) → (4,4)           lower-right edges
#   arc 1: (4,4) → (0,0)                   the diagonal
#   arc 2: (4,4) → (0,4) → (0,0)           upper-left edges
#   arc 3: (1,2) → (1,3) → (2,3) → (1,2)   a small triangle, used as a hole
# scale 0.5 / translate (10, 20): quantized x, y map to lon = 10 + x/2, lat = 20 + y/2.
TINY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "objects": {
        "shapes": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "id": "001", "properties": {"name": "Lower"}, "arcs": [[0, 1]]},
                # the upper triangle walks the diagonal backwards (~1 = arc 1 reversed)
                {
                    "type": "Polygon",
                    "id": "002",
                    "properties": {"name": "Upper"},
                    "arcs": [[2, ~1]],
                },
                {
                    "type": "MultiPolygon",
                    "id": "003",
                    "properties": {"name": "Both"},
                    "arcs": [[[0, 1]], [[2, ~1], [3]]],
                },
                {"type": "Point", "coordinates": [0, 0]},  # no polygon: skipped
            ],
        }
    },
    "arcs": [
        [[0, 0], [8, 0], [0, 8]],
        [[8, 8], [-8, -8]],
        [[8, 8], [-8, 0], [0, -8]],
        [[2, 4], [0, 2], [2, 0], [-2, -2]],
    ],
}


def test_arcs_are_delta_decoded_with_the_transform():
    arcs = geo.decode_arcs(TINY)
    assert arcs[0] == [(10.0, 20.0), (14.0, 20.0), (14.0, 24.0)]
    assert arcs[1] == [(14.0, 24.0), (10.0, 20.0)]
    assert arcs[3] == [(11.0, 22.0), (11.0, 23.0), (12.0, 23.0), (11.0, 22.0)]


def test_arcs_without_a_transform_are_absolute():
    topo = {"type": "Topology", "arcs": [[[1.5, 2.5], [3.0, 4.0]]]}
    assert geo.decode_arcs(topo) == [[(1.5, 2.5), (3.0, 4.0)]]


def test_polygons_join_arcs_and_reverse_negative_indexes():
    arcs = geo.decode_arcs(TINY)
    lower = [(10.0, 20.0), (14.0, 20.0), (14.0, 24.0), (10.0, 20.0)]
    upper = [(14.0, 24.0), (10.0, 24.0), (10.0, 20.0), (14.0, 24.0)]
    assert geo.ring(arcs, [0, 1]) == lower  # shared end points appear once
    assert geo.ring(arcs, [2, ~1]) == upper  # ~1 runs (10,20) → (14,24)
    for r in (lower, upper):
        assert r[0] == r[-1]  # closed
        assert abs(geo.ring_area(r)) == pytest.approx(8.0)


def test_features_polygons_multipolygons_bboxes_and_centroids():
    lower, upper, both = geo.countries(TINY, "shapes", iso3={1: "LOW", 2: "UPP"})
    assert (lower.id, lower.name, lower.iso3) == ("001", "Lower", "LOW")
    assert both.iso3 is None and len(both.polygons) == 2
    assert len(both.polygons[1]) == 2  # the upper triangle with its hole
    assert lower.bbox == (10.0, 20.0, 14.0, 24.0) == both.bbox
    assert lower.label_point() == pytest.approx((14 - 4 / 3, 20 + 4 / 3))
    assert upper.label_point() == pytest.approx((10 + 4 / 3, 24 - 4 / 3))
    assert geo.countries_in((13.5, 20.5, 20.0, 21.0), [lower, upper, both]) == [
        lower,
        upper,
        both,
    ]  # bounding boxes, not shapes
    assert geo.countries_in((15.0, 20.0, 20.0, 30.0), [lower, upper, both]) == []


def test_bad_input_is_refused():
    with pytest.raises(geo.TopoJSONError):
        geo.countries({"type": "FeatureCollection", "features": []})
    with pytest.raises(geo.TopoJSONError):
        geo.countries(TINY, "land")


def test_the_vendored_atlas_has_pakistan_where_it_belongs():
    pakistan = geo.by_iso3("PAK")
    assert pakistan is not None and pakistan.name == "Pakistan" and pakistan.id == "586"
    lon0, lat0, lon1, lat1 = pakistan.bbox
    assert 60.5 < lon0 < 61.2 and 76.9 < lon1 < 78.0
    assert 23.5 < lat0 < 24.0 and 36.9 < lat1 < 37.2
    lon, lat = pakistan.label_point()
    assert lon0 < lon < lon1 and lat0 < lat < lat1
    france = geo.by_iso3("FRA")
    assert france is not None and 40 < france.label_point()[1] < 52  # mainland, not Guiana
    assert all(c.iso3 for c in geo.world() if c.name in ("Afghanistan", "India", "Kosovo"))


def test_the_atlas_is_decoded_once_and_filtered_to_the_view():
    assert geo.world() is geo.world()
    near = {c.iso3 for c in geo.countries_in((68.0, 30.0, 72.0, 35.0))}
    assert {"PAK", "AFG"} <= near and "USA" not in near and len(near) < 10
    # the Aleutians make the USA's box span the globe; its polygons are filtered one by one
    usa = geo.by_iso3("USA")
    assert usa is not None and usa.bbox[0] < -178 and usa.bbox[2] > 170
    lower48 = usa.polygons_in((-125.0, 25.0, -65.0, 50.0))
    assert 1 <= len(lower48) < len(usa.polygons)


def test_type_colours_match_the_dashboard_legend():
    js = (
        Path(geo.__file__).resolve().parent.parent / "web" / "static" / "js" / "colors.js"
    ).read_text(encoding="utf-8")
    block = js[js.index("TYPE_COLORS") : js.index("};", js.index("TYPE_COLORS"))]
    assert dict(re.findall(r'(\w+): "(#[0-9a-fA-F]{6})"', block)) == TYPE_COLORS
    assert type_color("UNKNOWN") != type_color("ASSAULT")


def test_map_view_frames_every_event_with_a_margin():
    lons, lats = [71.578, 70.604, 69.172], [34.008, 32.986, 34.528]
    x0, y0, x1, y1 = map_view(lons, lats)
    assert x0 < min(lons) - 1 and x1 > max(lons) + 1
    assert y0 < min(lats) - 1 and y1 > max(lats) + 1
    assert y1 - y0 >= 6.0  # a minimum extent around a few nearby towns
    world = map_view([-120.0, 10.0, 140.0], [-80.0, 0.0, 80.0])
    assert world[0] >= -180 and world[2] <= 180 and world[1] >= -85 and world[3] <= 85
    assert marker_size(None) < marker_size(5) < marker_size(50) == marker_size(10**6)


def test_rings_across_the_antimeridian_are_unwrapped():
    across = [(179.0, 0.0), (-179.0, 0.0), (-179.0, 1.0), (179.0, 1.0), (179.0, 0.0)]
    assert geo.unwrap(across) == [
        (179.0, 0.0),
        (181.0, 0.0),
        (181.0, 1.0),
        (179.0, 1.0),
        (179.0, 0.0),
    ]
    polar = [(-180.0, -80.0), (0.0, -70.0), (180.0, -80.0), (-180.0, -90.0)]
    assert geo.unwrap(polar) == polar  # round the pole: left alone
    fiji = geo.by_iso3("FJI")
    assert fiji is not None and all(b[2] - b[0] < 10 for b in fiji.boxes)  # no band
    russia = geo.by_iso3("RUS")
    assert russia is not None and 90 < russia.label_point()[0] < 120
    # Chukotka shows on a view west of the antimeridian, moved back into its longitudes
    east = geo.countries_in((-179.0, 60.0, -170.0, 70.0))
    assert "RUS" in {c.iso3 for c in east}
    drawn = russia.polygons_in((-179.0, 60.0, -170.0, 70.0))
    assert drawn and all(min(x for x, _ in p[0]) < -170 for p in drawn)


def test_map_view_crosses_the_antimeridian_when_that_is_narrower():
    x0, _, x1, _ = map_view([178.4, -175.2], [-18.1, -21.1])
    assert x0 < 178.4 and x1 > 184.8 and x1 - x0 < 40
