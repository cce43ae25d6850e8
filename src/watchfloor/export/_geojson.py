"""GeoJSON (RFC 7946): events (or places) as Point features, coordinates in lon, lat order.

Written feature by feature so an export of any size streams; records without coordinates are
left out (a FeatureCollection cannot place them).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy.orm import Session

from watchfloor.export._common import event_day, iter_events_with_lookups
from watchfloor.store import queries
from watchfloor.store.queries import Filters


def _point(lat: Any, lon: Any) -> dict[str, Any] | None:
    if lat is None or lon is None:
        return None
    lat, lon = float(lat), float(lon)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def _event_features(session: Session, filters: Filters) -> Iterator[dict[str, Any]]:
    for event, lookups in iter_events_with_lookups(session, filters):
        place = lookups.place(event.get("place"))
        geometry = _point(place.get("lat"), place.get("lon")) if place else None
        if place is None or geometry is None:
            continue
        doc = lookups.documents.get(event["doc_id"], {})
        yield {
            "type": "Feature",
            "id": event["id"],
            "geometry": geometry,
            "properties": {
                "type": event["type"],
                "mode": event.get("mode"),
                "context": event.get("context") or [],
                "date": event_day(event),
                "date_precision": event.get("date_precision"),
                "actor": event.get("actor"),
                "recipient": event.get("recipient"),
                "place": place.get("name"),
                "place_id": place.get("id"),
                "country": place.get("country"),
                "place_kind": place.get("kind"),
                "fatalities": event.get("fatalities"),
                "injured": event.get("injured"),
                "factuality": event.get("factuality"),
                "confidence": event.get("confidence"),
                "incident": event.get("incident"),
                "sentence": event.get("sentence"),
                "doc_id": event["doc_id"],
                "source": doc.get("source"),
                "title": doc.get("title"),
                "url": doc.get("url"),
                "published": doc.get("published"),
            },
        }


def _place_features(session: Session, filters: Filters) -> Iterator[dict[str, Any]]:
    f = filters.unpaged()
    for place in queries.list_places(session, f):
        geometry = _point(place.get("lat"), place.get("lon"))
        if geometry is None:
            continue
        props = {k: v for k, v in place.items() if k not in ("lat", "lon")}
        yield {"type": "Feature", "id": place["id"], "geometry": geometry, "properties": props}


def write_geojson(session: Session, kind: str, out: IO[str], filters: Filters) -> int:
    features = (
        _event_features(session, filters) if kind == "events" else _place_features(session, filters)
    )
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for feature in features:
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n
