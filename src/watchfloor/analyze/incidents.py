"""Incidents: the same real-world event reported in several sentences or documents.

Each event row stays a mention (its own id, sentence and span); mentions that describe one
occurrence share an `incident` id, so counts and maps do not multiply one bombing by the number
of outlets that reported it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, select, update

from watchfloor.kb.gazetteer import haversine_km
from watchfloor.store import models as m
from watchfloor.store.db import session_scope
from watchfloor.unionfind import UnionFind


@dataclass(frozen=True)
class EventKey:
    id: str
    doc_id: int
    type: str
    day: date | None
    place_id: str | None
    place_country: str | None
    actors: frozenset[str]
    story: int  # the document, or the first copy of a near-duplicate story
    place_kind: str | None = None
    place_name: str | None = None
    place_admin1: str | None = None
    lat: float | None = None
    lon: float | None = None


NEAR_KM = 30.0


def _km(a: EventKey, b: EventKey) -> float:
    return haversine_km(a.lat or 0.0, a.lon or 0.0, b.lat or 0.0, b.lon or 0.0)


def _contains(outer: EventKey, inner: EventKey) -> bool:
    """A province or country report and a town report can describe the same attack."""
    if outer.place_kind == "country":
        return outer.place_country == inner.place_country
    if outer.place_kind == "admin1" and inner.place_admin1 and outer.place_name:
        return inner.place_admin1.casefold() == outer.place_name.casefold()
    return False


def same_place(a: EventKey, b: EventKey) -> bool:
    if a.place_id == b.place_id:
        return True
    if _contains(a, b) or _contains(b, a):
        return True
    if (
        None not in (a.lat, a.lon, b.lat, b.lon)
        and a.place_kind in ("city", "site")
        and b.place_kind in ("city", "site")
    ):
        return _km(a, b) <= NEAR_KM
    return False


def _same_incident(a: EventKey, b: EventKey, *, days: int) -> bool:
    if a.type != b.type:
        return False
    if a.story == b.story and a.doc_id != b.doc_id:
        # copies of one story: the same sentence-level event is the same incident
        return a.place_id == b.place_id and a.day == b.day
    if a.day is None or b.day is None or abs((a.day - b.day).days) > days:
        return False
    if a.place_id and b.place_id:
        if not same_place(a, b):
            return False
    elif not (a.place_country and a.place_country == b.place_country and a.actors & b.actors):
        return False
    # two attacks in one town on one day by different named groups are different incidents
    return not (a.actors and b.actors and not a.actors & b.actors)


def group_incidents(keys: list[EventKey], *, days: int = 1) -> dict[str, str]:
    """Union-find over compatible pairs; returns event id → incident id (the group's smallest id)."""
    sets = UnionFind(k.id for k in keys)
    buckets: dict[tuple[str, str | None], list[EventKey]] = defaultdict(list)
    for k in keys:
        buckets[(k.type, k.place_country)].append(k)
    for bucket in buckets.values():
        bucket.sort(key=lambda k: k.day or date.min)
        for i, a in enumerate(bucket):
            for b in bucket[i + 1 :]:
                if a.day and b.day and b.day - a.day > timedelta(days=days):
                    break
                if _same_incident(a, b, days=days):
                    sets.union(a.id, b.id)
    return {k.id: "in_" + sets.find(k.id)[3:] for k in keys}


def link_incidents(engine: Engine) -> int:
    """Recompute incident ids for all asserted/alleged events; returns the number of incidents."""
    with session_scope(engine) as session:
        rows = session.execute(
            select(
                m.Event.id,
                m.Event.doc_id,
                m.Event.type,
                m.Event.date,
                m.Event.place_id,
                m.Place.country,
                m.Event.actor_id,
                m.Event.recipient_id,
                m.Document.duplicate_of,
                m.Document.published,
                m.Place.kind,
                m.Place.name,
                m.Place.admin1,
                m.Place.lat,
                m.Place.lon,
            )
            .join(m.Document, m.Document.id == m.Event.doc_id)
            .outerjoin(m.Place, m.Place.id == m.Event.place_id)
            .where(m.Event.factuality.in_(["asserted", "alleged"]))
        ).all()
        keys = []
        for (
            eid,
            doc_id,
            etype,
            day,
            place_id,
            country,
            actor,
            recipient,
            dup,
            published,
            kind,
            name,
            admin1,
            lat,
            lon,
        ) in rows:
            when = day or (published or "")[:10]
            try:
                parsed = date.fromisoformat(when) if len(when) == 10 else None
            except ValueError:
                parsed = None
            keys.append(
                EventKey(
                    id=eid,
                    doc_id=doc_id,
                    type=etype,
                    day=parsed,
                    place_id=place_id,
                    place_country=country,
                    actors=frozenset(
                        a for a in (actor, recipient) if a and not a.startswith("prov:")
                    ),
                    story=dup or doc_id,
                    place_kind=kind,
                    place_name=name,
                    place_admin1=admin1,
                    lat=lat,
                    lon=lon,
                )
            )
        groups = group_incidents(keys)
        incidents = len(set(groups.values()))
        # only rows whose incident changed are written: re-linking after each batch stays cheap
        current = dict(session.execute(select(m.Event.id, m.Event.incident)).all())
        groups = {eid: inc for eid, inc in groups.items() if current.get(eid) != inc}
        by_incident: dict[str, list[str]] = defaultdict(list)
        for eid, incident in groups.items():
            by_incident[incident].append(eid)
        for incident, ids in by_incident.items():
            for start in range(0, len(ids), 500):
                session.execute(
                    update(m.Event)
                    .where(m.Event.id.in_(ids[start : start + 500]))
                    .values(incident=incident)
                )
        return incidents
