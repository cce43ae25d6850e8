"""PLOVER/POLECAT-style event records, one JSON object per line.

Field names follow the PLOVER manual's event-record layout (event type, mode and context;
actor and recipient each with a country and a sector code; a GeoNames-style location; story
and event dates; the source sentence), so tools written for POLECAT read them without a
mapping step.
"""

from __future__ import annotations

import json
from typing import IO, Any

from sqlalchemy.orm import Session

from watchfloor.export._common import Lookups, event_day, iter_events_with_lookups
from watchfloor.store.queries import Filters


def _party(ref: dict[str, Any] | None, lookups: Lookups) -> dict[str, Any] | None:
    if not ref:
        return None
    actor = lookups.actor(ref) or {}
    return {
        "id": ref.get("id"),
        "name": ref.get("name") or ref.get("text"),
        "text": ref.get("text"),
        "country": actor.get("country"),
        "sector": actor.get("sector"),
        "wikidata": actor.get("wikidata"),
        "parent": actor.get("parent"),
    }


def _location(ref: dict[str, Any] | None, lookups: Lookups) -> dict[str, Any] | None:
    place = lookups.place(ref)
    if not place:
        return None
    return {
        "placename": place.get("name"),
        "feature_class": place.get("kind"),
        "country_code": place.get("country"),
        "admin1": place.get("admin1"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "geonames_id": place.get("geonames_id"),
        "id": place.get("id"),
    }


def plover_record(event: dict[str, Any], lookups: Lookups) -> dict[str, Any]:
    doc = lookups.documents.get(event["doc_id"], {})
    return {
        "event_id": event["id"],
        "event_date": event_day(event),
        "date_precision": event.get("date_precision"),
        "story_date": (event.get("published") or "")[:10] or None,
        "event_type": event["type"],
        "mode": event.get("mode"),
        "context": event.get("context") or [],
        "actor": _party(event.get("actor"), lookups),
        "recipient": _party(event.get("recipient"), lookups),
        "location": _location(event.get("place"), lookups),
        "fatalities": event.get("fatalities"),
        "injured": event.get("injured"),
        "factuality": event.get("factuality"),
        "attribution": _party(event.get("reported_by"), lookups),
        "event_text": event.get("sentence"),
        "trigger": event.get("trigger"),
        "span": event.get("span"),
        "incident_id": event.get("incident"),
        "source": {
            "doc_id": event["doc_id"],
            "external_id": event.get("external_id"),
            "outlet": doc.get("source"),
            "title": doc.get("title"),
            "url": doc.get("url"),
            "published": doc.get("published"),
        },
        "confidence": event.get("confidence"),
        "coder": event.get("extractor"),
    }


def write_plover(session: Session, out: IO[str], filters: Filters) -> int:
    n = 0
    for event, lookups in iter_events_with_lookups(session, filters):
        out.write(json.dumps(plover_record(event, lookups), ensure_ascii=False) + "\n")
        n += 1
    return n
