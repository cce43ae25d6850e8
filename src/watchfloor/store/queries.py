"""Reads: the one data layer the CLI, the REST API, the exports and the dashboard call.

Every function returns plain dicts shaped exactly as the exchange format (SPEC §2), plus a few
additional fields; no caller writes SQL of its own.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from watchfloor.store import models as m

ALL = 10**9  # a limit that never cuts: the whole matching set
_Select = TypeVar("_Select", bound=Select[*tuple[Any, ...]])


@dataclass
class Filters:
    """Filters shared by every listing (CLI, API, exports)."""

    q: str | None = None
    type: str | None = None
    actor: str | None = None
    country: str | None = None
    since: date | None = None
    until: date | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lon, min_lat, max_lon, max_lat
    factuality: str | None = None
    proposition: str | None = None
    doc_id: int | None = None
    source: str | None = None
    limit: int = 100
    offset: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def unpaged(self) -> Filters:
        """The same filters over the whole matching set (exports, totals), not one page."""
        return replace(self, limit=ALL, offset=0)


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """`min_lon,min_lat,max_lon,max_lat` → four finite numbers, min ≤ max (else ValueError)."""
    try:
        parts = [float(x) for x in value.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4 or not all(math.isfinite(p) for p in parts):
        raise ValueError(
            f"bbox must be four numbers min_lon,min_lat,max_lon,max_lat, not {value!r}"
        )
    min_lon, min_lat, max_lon, max_lat = parts
    if min_lon > max_lon or min_lat > max_lat:
        raise ValueError("bbox must be min_lon,min_lat,max_lon,max_lat with min ≤ max")
    return min_lon, min_lat, max_lon, max_lat


def _values(value: str) -> list[str]:
    """The items of a comma-separated filter value."""
    return [x.strip() for x in value.split(",") if x.strip()]


def _published_in_period(stmt: _Select, f: Filters) -> _Select:
    if f.since:
        stmt = stmt.where(m.Document.published_date >= f.since)
    if f.until:
        stmt = stmt.where(m.Document.published_date <= f.until)
    return stmt


def _like(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def resolve_actor_id(session: Session, actor: str) -> list[str]:
    """An actor filter accepts an id, a name or an alias; merged actors count as their target."""
    ids = set(session.scalars(select(m.Actor.id).where(func.lower(m.Actor.id) == actor.lower())))
    if not ids:
        ids |= set(
            session.scalars(select(m.Actor.id).where(func.lower(m.Actor.name) == actor.lower()))
        )
        ids |= set(
            session.scalars(
                select(m.ActorAlias.actor_id).where(func.lower(m.ActorAlias.alias) == actor.lower())
            )
        )
    # merged-away actors are read as the actor they were merged into, and vice versa
    merged = (
        set(session.scalars(select(m.Actor.id).where(m.Actor.merged_into.in_(ids))))
        if ids
        else set()
    )
    return sorted(ids | merged) or [actor]


# ---------------------------------------------------------------- shared object builders


def actor_obj(
    actor_id: str | None, text: str | None, names: dict[str, m.Actor]
) -> dict[str, Any] | None:
    if actor_id is None and not text:
        return None
    actor = names.get(actor_id) if actor_id else None
    return {"id": actor_id, "name": actor.name if actor else None, "text": text}


def place_obj(place: m.Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "id": place.id,
        "name": place.name,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
    }


def _actors_by_id(session: Session, ids: set[str | None]) -> dict[str, m.Actor]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    rows = session.scalars(select(m.Actor).where(m.Actor.id.in_(ids)))
    return {a.id: a for a in rows}


def _places_by_id(session: Session, ids: set[str | None]) -> dict[str, m.Place]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(m.Place).where(m.Place.id.in_(ids)))}


def _docs_by_id(session: Session, ids: set[int]) -> dict[int, m.Document]:
    if not ids:
        return {}
    rows = session.execute(
        select(
            m.Document.id,
            m.Document.external_id,
            m.Document.source,
            m.Document.published,
            m.Document.title,
            m.Document.url,
            m.Document.duplicate_of,
        ).where(m.Document.id.in_(ids))
    )
    return {r.id: r for r in rows}  # type: ignore[misc]


# ---------------------------------------------------------------- documents


def _truthy(value: Any) -> bool:
    """Metadata flags arrive as booleans (front matter, JSON) or as strings (CSV, HTML meta)."""
    if isinstance(value, str):
        return value.strip().lower() in ("true", "yes", "1", "y")
    return bool(value)


def document_dict(doc: m.Document, *, with_text: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": doc.id,
        "external_id": doc.external_id,
        "title": doc.title,
        "url": doc.url,
        "source": doc.source,
        "published": doc.published,
        "language": doc.language,
        "sha256": doc.sha256,
        "duplicate_of": doc.duplicate_of,
        "illustrative": _truthy((doc.meta or {}).get("illustrative")),
        "analysis_version": doc.analysis_version,
    }
    if with_text:
        out["text"] = doc.text
    return out


def _document_query(f: Filters) -> Select[Any]:
    stmt = select(m.Document)
    if f.q:
        stmt = stmt.where(
            or_(m.Document.title.ilike(_like(f.q)), m.Document.text.ilike(_like(f.q)))
        )
    stmt = _published_in_period(stmt, f)
    if f.source:
        stmt = stmt.where(m.Document.source == f.source)
    return stmt


def list_documents(
    session: Session, f: Filters, *, with_text: bool = False
) -> list[dict[str, Any]]:
    stmt = _document_query(f).order_by(m.Document.published_date.desc().nulls_last(), m.Document.id)
    stmt = stmt.limit(f.limit).offset(f.offset)
    return [document_dict(d, with_text=with_text) for d in session.scalars(stmt)]


def count_documents(session: Session, f: Filters) -> int:
    return session.scalar(select(func.count()).select_from(_document_query(f).subquery())) or 0


def iter_documents(session: Session, f: Filters, *, batch: int = 500) -> Iterator[dict[str, Any]]:
    """Every matching document, streamed in id order (for exports of any size)."""
    last = 0
    while True:
        stmt = _document_query(f).where(m.Document.id > last).order_by(m.Document.id).limit(batch)
        rows = list(session.scalars(stmt))
        if not rows:
            return
        for d in rows:
            yield document_dict(d)
        last = rows[-1].id
        session.expunge_all()


def get_document(session: Session, doc_id: int) -> dict[str, Any] | None:
    doc = session.get(m.Document, doc_id)
    if doc is None:
        return None
    out = document_dict(doc)
    mentions = session.scalars(
        select(m.Mention).where(m.Mention.doc_id == doc_id).order_by(m.Mention.start)
    )
    highlights: list[dict[str, Any]] = []
    mention_rows = list(mentions)
    actors = _actors_by_id(session, {mm.actor_id for mm in mention_rows})
    places = _places_by_id(session, {mm.place_id for mm in mention_rows})
    for mm in mention_rows:
        target = actors.get(mm.actor_id) if mm.kind == "actor" and mm.actor_id else None
        place = places.get(mm.place_id) if mm.kind == "place" and mm.place_id else None
        highlights.append(
            {
                "kind": mm.kind,
                "span": [mm.start, mm.end],
                "text": mm.text,
                "id": mm.actor_id or mm.place_id,
                "label": (target.name if target else place.name if place else mm.text),
                "rule": mm.rule,
            }
        )
    f = Filters(doc_id=doc_id, limit=10_000)
    events = list_events(session, f)
    claims = list_claims(session, f)
    for ev in events:
        highlights.append(
            {
                "kind": "event",
                "span": ev["span"],
                "text": ev["trigger"],
                "id": ev["id"],
                "label": ev["type"] + (f"/{ev['mode']}" if ev["mode"] else ""),
            }
        )
    for cl in claims:
        highlights.append(
            {
                "kind": "claim",
                "span": cl["content_span"],
                "text": cl["content"],
                "id": cl["id"],
                "label": f"{cl['stance']} by {(cl['speaker'] or {}).get('name') or (cl['speaker'] or {}).get('text') or '?'}",
            }
        )
    highlights.sort(key=lambda h: (h["span"][0], -h["span"][1]))
    out["highlights"] = highlights
    out["events"] = events
    out["claims"] = claims
    if doc.duplicate_of:
        out["duplicate_of"] = doc.duplicate_of
    out["copies"] = list(
        session.scalars(select(m.Document.id).where(m.Document.duplicate_of == doc_id))
    )
    return out


# ---------------------------------------------------------------- events


def _event_query(session: Session, f: Filters) -> Select[Any]:
    stmt = select(m.Event).join(m.Document, m.Document.id == m.Event.doc_id)
    if f.doc_id is not None:
        stmt = stmt.where(m.Event.doc_id == f.doc_id)
    if f.type:
        stmt = stmt.where(m.Event.type.in_([t.upper() for t in _values(f.type)]))
    if f.factuality:
        stmt = stmt.where(m.Event.factuality.in_(_values(f.factuality)))
    if f.actor:
        ids = resolve_actor_id(session, f.actor)
        stmt = stmt.where(or_(m.Event.actor_id.in_(ids), m.Event.recipient_id.in_(ids)))
    if f.q:
        stmt = stmt.where(m.Event.sentence.ilike(_like(f.q)))
    event_day = func.coalesce(m.Event.date, func.substr(m.Document.published, 1, 10))
    if f.since:
        stmt = stmt.where(event_day >= f.since.isoformat())
    if f.until:
        stmt = stmt.where(event_day <= f.until.isoformat() + "~")
    if f.country or f.bbox:
        place = aliased(m.Place)
        stmt = stmt.outerjoin(place, place.id == m.Event.place_id)
        if f.country:
            code = f.country.upper()
            actor_a = aliased(m.Actor)
            actor_r = aliased(m.Actor)
            stmt = stmt.outerjoin(actor_a, actor_a.id == m.Event.actor_id).outerjoin(
                actor_r, actor_r.id == m.Event.recipient_id
            )
            stmt = stmt.where(
                or_(place.country == code, actor_a.country == code, actor_r.country == code)
            )
        if f.bbox:
            min_lon, min_lat, max_lon, max_lat = f.bbox
            stmt = stmt.where(
                and_(
                    place.lon >= min_lon,
                    place.lon <= max_lon,
                    place.lat >= min_lat,
                    place.lat <= max_lat,
                )
            )
    if f.source:
        stmt = stmt.where(m.Document.source == f.source)
    return stmt


def _evidence(row: m.Event | m.Claim, doc: Any) -> dict[str, Any]:
    """The fields that point an event or a claim at its text: document, sentence, span."""
    return {
        "id": row.id,
        "doc_id": row.doc_id,
        "external_id": doc.external_id if doc else None,
        "sentence": row.sentence,
        "sentence_span": [row.sentence_start, row.sentence_end],
        "span": [row.start, row.end],
    }


def _event_dicts(session: Session, rows: list[m.Event]) -> list[dict[str, Any]]:
    names = _actors_by_id(
        session,
        {e.actor_id for e in rows}
        | {e.recipient_id for e in rows}
        | {e.reported_by_id for e in rows},
    )
    places = _places_by_id(session, {e.place_id for e in rows})
    docs = _docs_by_id(session, {e.doc_id for e in rows})
    out = []
    for e in rows:
        doc = docs.get(e.doc_id)
        out.append(
            {
                **_evidence(e, doc),
                "trigger": e.trigger,
                "type": e.type,
                "mode": e.mode,
                "context": list(e.context or []),
                "actor": actor_obj(e.actor_id, e.actor_text, names),
                "recipient": actor_obj(e.recipient_id, e.recipient_text, names),
                "place": place_obj(places.get(e.place_id) if e.place_id else None),
                "date": e.date,
                "date_precision": e.date_precision,
                "fatalities": e.fatalities,
                "injured": e.injured,
                "factuality": e.factuality,
                "reported_by": actor_obj(e.reported_by_id, e.reported_by_text, names),
                "confidence": round(e.confidence, 3),
                "extractor": e.extractor,
                "incident": e.incident,
                "notes": list(e.notes or []),
                "source": doc.source if doc else None,
                "published": doc.published if doc else None,
                "duplicate_of": doc.duplicate_of if doc else None,
            }
        )
    return out


def list_events(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = _event_query(session, f).order_by(
        func.coalesce(m.Event.date, func.substr(m.Document.published, 1, 10)).desc(),
        m.Event.doc_id,
        m.Event.start,
    )
    rows = list(session.scalars(stmt.limit(f.limit).offset(f.offset)))
    return _event_dicts(session, rows)


def count_events(session: Session, f: Filters) -> int:
    return (
        session.scalar(select(func.count()).select_from(_event_query(session, f).subquery())) or 0
    )


def _iter_by_id(
    session: Session, stmt: Select[Any], id_col: Any, to_dicts: Any, batch: int
) -> Iterator[dict[str, Any]]:
    """Stream a query's rows in id order, a batch at a time (keyset pagination: each batch
    costs the same however deep into the table it is)."""
    last: str | None = None
    while True:
        page = stmt if last is None else stmt.where(id_col > last)
        rows = list(session.scalars(page.order_by(id_col).limit(batch)))
        if not rows:
            return
        yield from to_dicts(session, rows)
        last = rows[-1].id


def iter_events(session: Session, f: Filters, *, batch: int = 1000) -> Iterator[dict[str, Any]]:
    yield from _iter_by_id(session, _event_query(session, f), m.Event.id, _event_dicts, batch)


def get_event(session: Session, event_id: str) -> dict[str, Any] | None:
    row = session.get(m.Event, event_id)
    return _event_dicts(session, [row])[0] if row else None


# ---------------------------------------------------------------- claims


def _claim_query(session: Session, f: Filters) -> Select[Any]:
    stmt = select(m.Claim).join(m.Document, m.Document.id == m.Claim.doc_id)
    if f.doc_id is not None:
        stmt = stmt.where(m.Claim.doc_id == f.doc_id)
    if f.actor:
        stmt = stmt.where(m.Claim.speaker_id.in_(resolve_actor_id(session, f.actor)))
    if f.proposition:
        stmt = stmt.where(m.Claim.proposition_id == f.proposition)
    if f.type:  # for claims, `type` filters the stance (assert|deny)
        stmt = stmt.where(m.Claim.stance.in_(_values(f.type.lower())))
    if f.factuality:
        stmt = stmt.where(m.Claim.factuality.in_(_values(f.factuality)))
    if f.q:
        stmt = stmt.where(m.Claim.sentence.ilike(_like(f.q)))
    stmt = _published_in_period(stmt, f)
    if f.country:
        speaker = aliased(m.Actor)
        stmt = stmt.outerjoin(speaker, speaker.id == m.Claim.speaker_id).where(
            speaker.country == f.country.upper()
        )
    if f.source:
        stmt = stmt.where(m.Document.source == f.source)
    return stmt


def _claim_dicts(session: Session, rows: list[m.Claim]) -> list[dict[str, Any]]:
    from watchfloor.analyze import grading

    names = _actors_by_id(session, {c.speaker_id for c in rows})
    docs = _docs_by_id(session, {c.doc_id for c in rows})
    props = {
        p.id: p
        for p in session.scalars(
            select(m.Proposition).where(
                m.Proposition.id.in_({c.proposition_id for c in rows if c.proposition_id})
            )
        )
    }
    corroboration = _claim_corroboration(session, rows)
    grades = source_grades(session)
    out = []
    for c in rows:
        doc = docs.get(c.doc_id)
        prop = props.get(c.proposition_id) if c.proposition_id else None
        sources, contradicting = corroboration.get(c.id, (1, 0))
        source_grade = grades.get(doc.source) if doc and doc.source else None
        out.append(
            {
                **_evidence(c, doc),
                "speaker": actor_obj(c.speaker_id, c.speaker_text, names)
                or {"id": None, "name": None, "text": None},
                "cue": c.cue,
                "content": c.content,
                "content_span": [c.content_start, c.content_end],
                "stance": c.stance,
                "hedged": c.hedged,
                "factuality": c.factuality,
                "proposition": {"id": prop.id, "text": prop.text}
                if prop
                else ({"id": c.proposition_id, "text": None} if c.proposition_id else None),
                "polarity": c.polarity,
                "confidence": round(c.confidence, 3),
                "extractor": c.extractor,
                "source": doc.source if doc else None,
                "published": doc.published if doc else None,
                "independent_sources": sources,
                "contradicting_sources": contradicting,
                "source_reliability": grading.source_reliability(source_grade),
                "credibility": grading.information_credibility(
                    sources=sources,
                    hedged=c.hedged,
                    factuality=c.factuality,
                    contradicting_sources=contradicting,
                ),
            }
        )
    return out


def _claim_corroboration(session: Session, rows: list[m.Claim]) -> dict[str, tuple[int, int]]:
    """Independent sources per claim — stories (near-duplicate copies count once) in which the
    same speaker takes the same side of the same proposition — and stories where it takes the
    other side."""
    keys = {
        (c.speaker_id, c.proposition_id, c.polarity)
        for c in rows
        if c.proposition_id and c.speaker_id
    }
    if not keys:
        return {}
    props = {k[1] for k in keys}
    others = session.execute(
        select(
            m.Claim.speaker_id,
            m.Claim.proposition_id,
            m.Claim.polarity,
            m.Claim.doc_id,
            m.Document.duplicate_of,
        )
        .join(m.Document, m.Document.id == m.Claim.doc_id)
        .where(m.Claim.proposition_id.in_(props))
    )
    stories: dict[tuple[Any, ...], set[int]] = defaultdict(set)
    for speaker, prop, polarity, doc_id, dup in others:
        stories[(speaker, prop, polarity)].add(dup or doc_id)
    other = {"for": "against", "against": "for"}
    return {
        c.id: (
            max(1, len(stories.get((c.speaker_id, c.proposition_id, c.polarity), ()))),
            len(stories.get((c.speaker_id, c.proposition_id, other.get(c.polarity or "")), ())),
        )
        for c in rows
    }


def source_grades(session: Session) -> dict[str, str]:
    return {g.source: g.grade for g in session.scalars(select(m.SourceGrade))}


def list_claims(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = _claim_query(session, f).order_by(
        m.Document.published_date.desc().nulls_last(), m.Claim.doc_id, m.Claim.start
    )
    return _claim_dicts(session, list(session.scalars(stmt.limit(f.limit).offset(f.offset))))


def count_claims(session: Session, f: Filters) -> int:
    return (
        session.scalar(select(func.count()).select_from(_claim_query(session, f).subquery())) or 0
    )


def iter_claims(session: Session, f: Filters, *, batch: int = 1000) -> Iterator[dict[str, Any]]:
    yield from _iter_by_id(session, _claim_query(session, f), m.Claim.id, _claim_dicts, batch)


def get_claim(session: Session, claim_id: str) -> dict[str, Any] | None:
    row = session.get(m.Claim, claim_id)
    return _claim_dicts(session, [row])[0] if row else None


# ---------------------------------------------------------------- actors and places


def _mention_counts(session: Session, kind: str) -> dict[str, int]:
    col = m.Mention.actor_id if kind == "actor" else m.Mention.place_id
    rows = session.execute(
        select(col, func.count()).where(m.Mention.kind == kind, col.is_not(None)).group_by(col)
    )
    return {k: n for k, n in rows if k is not None}


def actor_dict(actor: m.Actor, count: int) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "sector": actor.sector,
        "country": actor.country,
        "aliases": sorted({a.alias for a in actor.aliases} - {actor.name}),
        "wikidata": actor.wikidata,
        "parent": actor.parent,
        "mention_count": count,
        "kind": actor.kind,
        "provisional": actor.provisional,
        "origin": actor.origin,
        "merged_into": actor.merged_into,
    }


def list_actors(
    session: Session, f: Filters, *, mentioned_only: bool = True
) -> list[dict[str, Any]]:
    counts = _mention_counts(session, "actor")
    stmt = select(m.Actor).where(m.Actor.merged_into.is_(None))
    if mentioned_only:
        stmt = stmt.where(m.Actor.id.in_(list(counts)))
    if f.q:
        alias_match = select(m.ActorAlias.actor_id).where(m.ActorAlias.alias.ilike(_like(f.q)))
        stmt = stmt.where(or_(m.Actor.name.ilike(_like(f.q)), m.Actor.id.in_(alias_match)))
    if f.country:
        stmt = stmt.where(m.Actor.country == f.country.upper())
    if f.type:  # sector filter
        stmt = stmt.where(m.Actor.sector.in_([s.upper() for s in _values(f.type)]))
    merged_counts = _merged_counts(session, counts)
    actors = list(session.scalars(stmt))
    actors.sort(key=lambda a: (-merged_counts.get(a.id, 0), a.name))
    return [
        actor_dict(a, merged_counts.get(a.id, 0)) for a in actors[f.offset : f.offset + f.limit]
    ]


def _merged_counts(session: Session, counts: dict[str, int]) -> dict[str, int]:
    out = Counter(counts)
    for from_id, into in session.execute(
        select(m.Actor.id, m.Actor.merged_into).where(m.Actor.merged_into.is_not(None))
    ):
        if into is not None:
            out[into] += counts.get(from_id, 0)
    return dict(out)


def get_actor(session: Session, actor_id: str) -> dict[str, Any] | None:
    actor = session.get(m.Actor, actor_id)
    if actor is None:
        return None
    counts = _merged_counts(session, _mention_counts(session, "actor"))
    out = actor_dict(actor, counts.get(actor.id, 0))
    out["events"] = list_events(session, Filters(actor=actor_id, limit=200))
    out["claims_made"] = list_claims(session, Filters(actor=actor_id, limit=200))
    out["claims_about"] = _claims_about(session, actor)
    children = session.scalars(select(m.Actor).where(m.Actor.parent == actor_id))
    out["children"] = [{"id": c.id, "name": c.name} for c in children]
    return out


def _claims_about(session: Session, actor: m.Actor) -> list[dict[str, Any]]:
    """Claims whose content mentions the actor (a name, an alias or a linked mention)."""
    mention_docs = select(m.Mention.doc_id, m.Mention.start).where(m.Mention.actor_id == actor.id)
    rows: list[m.Claim] = []
    for doc_id, start in session.execute(mention_docs):
        rows.extend(
            session.scalars(
                select(m.Claim).where(
                    m.Claim.doc_id == doc_id,
                    m.Claim.content_start <= start,
                    m.Claim.content_end > start,
                    or_(m.Claim.speaker_id.is_(None), m.Claim.speaker_id != actor.id),
                )
            )
        )
    unique = {c.id: c for c in rows}
    return _claim_dicts(session, list(unique.values())[:200])


def place_dict(place: m.Place, count: int) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "admin1": place.admin1,
        "mention_count": count,
    }


def list_places(session: Session, f: Filters) -> list[dict[str, Any]]:
    counts = _mention_counts(session, "place")
    event_places = dict(
        session.execute(
            select(m.Event.place_id, func.count())
            .where(m.Event.place_id.is_not(None))
            .group_by(m.Event.place_id)
        ).all()
    )
    stmt = select(m.Place)
    if f.q:
        stmt = stmt.where(m.Place.name.ilike(_like(f.q)))
    if f.country:
        stmt = stmt.where(m.Place.country == f.country.upper())
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        stmt = stmt.where(
            m.Place.lon >= min_lon,
            m.Place.lon <= max_lon,
            m.Place.lat >= min_lat,
            m.Place.lat <= max_lat,
        )
    if f.type:
        stmt = stmt.where(m.Place.kind.in_(_values(f.type)))
    places = [p for p in session.scalars(stmt) if counts.get(p.id) or event_places.get(p.id)]
    places.sort(key=lambda p: (-counts.get(p.id, 0), p.name))
    out = []
    for p in places[f.offset : f.offset + f.limit]:
        d = place_dict(p, counts.get(p.id, 0))
        d["event_count"] = event_places.get(p.id, 0)
        out.append(d)
    return out


def get_place(session: Session, place_id: str) -> dict[str, Any] | None:
    place = session.get(m.Place, place_id)
    if place is None:
        return None
    out = place_dict(place, _mention_counts(session, "place").get(place.id, 0))
    rows = list(session.scalars(select(m.Event).where(m.Event.place_id == place_id).limit(200)))
    out["events"] = _event_dicts(session, rows)
    return out


# ---------------------------------------------------------------- propositions and ledger


def _proposition_summary(session: Session, prop: m.Proposition) -> dict[str, Any]:
    claims = list(
        session.execute(
            select(
                m.Claim.id,
                m.Claim.polarity,
                m.Claim.speaker_id,
                m.Document.published,
                m.Claim.doc_id,
            )
            .join(m.Document, m.Document.id == m.Claim.doc_id)
            .where(m.Claim.proposition_id == prop.id)
        )
    )
    claims_for = [c.id for c in claims if c.polarity == "for"]
    claims_against = [c.id for c in claims if c.polarity == "against"]
    speakers_for = sorted({c.speaker_id for c in claims if c.polarity == "for" and c.speaker_id})
    speakers_against = sorted(
        {c.speaker_id for c in claims if c.polarity == "against" and c.speaker_id}
    )
    dates = sorted(c.published[:10] for c in claims if c.published)
    return {
        "id": prop.id,
        "text": prop.text,
        "claims_for": claims_for,
        "claims_against": claims_against,
        "speakers_for": speakers_for,
        "speakers_against": speakers_against,
        "related_events": related_events(session, prop.id),
        "first_seen": dates[0] if dates else None,
        "last_seen": dates[-1] if dates else None,
        "origin": prop.origin,
    }


def related_events(session: Session, proposition_id: str) -> list[str]:
    """Events that bear on a proposition, by the proposition's evidence rule (analyze.ledger)."""
    from watchfloor.analyze.ledger import events_bearing_on

    return events_bearing_on(session, proposition_id)


def list_propositions(session: Session, f: Filters) -> list[dict[str, Any]]:
    stmt = select(m.Proposition).where(m.Proposition.merged_into.is_(None))
    if f.q:
        stmt = stmt.where(m.Proposition.text.ilike(_like(f.q)))
    out = [
        _proposition_summary(session, p) for p in session.scalars(stmt.order_by(m.Proposition.id))
    ]
    out.sort(key=lambda p: -(len(p["claims_for"]) + len(p["claims_against"])))
    if f.actor:
        ids = set(resolve_actor_id(session, f.actor))
        out = [p for p in out if ids & (set(p["speakers_for"]) | set(p["speakers_against"]))]
    return out[f.offset : f.offset + f.limit]


def get_proposition(session: Session, prop_id: str) -> dict[str, Any] | None:
    prop = session.get(m.Proposition, prop_id)
    return _proposition_summary(session, prop) if prop else None


# ---------------------------------------------------------------- aggregates for the dashboard


def events_per_day(session: Session, f: Filters) -> list[dict[str, Any]]:
    sub = _event_query(session, f.unpaged()).subquery()
    day = func.coalesce(sub.c.date, None)
    rows = session.execute(select(day, sub.c.type, func.count()).group_by(day, sub.c.type))
    return [{"date": d, "type": t, "count": n} for d, t, n in rows if d]


def actor_network(session: Session, f: Filters) -> dict[str, Any]:
    events = list(
        session.scalars(
            _event_query(session, f).where(
                m.Event.actor_id.is_not(None), m.Event.recipient_id.is_not(None)
            )
        )
    )
    names = _actors_by_id(session, {e.actor_id for e in events} | {e.recipient_id for e in events})
    edges: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for e in events:
        if e.actor_id == e.recipient_id:
            continue
        edges[(e.actor_id, e.recipient_id, e.type)].append(e.id)
    nodes = {}
    for (a, r, _t), _ids in edges.items():
        for node in (a, r):
            actor = names.get(node)
            nodes[node] = {
                "id": node,
                "name": actor.name if actor else node,
                "sector": actor.sector if actor else None,
                "country": actor.country if actor else None,
            }
    return {
        "nodes": list(nodes.values()),
        "edges": [
            {"source": a, "target": r, "type": t, "count": len(ids), "events": ids[:50]}
            for (a, r, t), ids in edges.items()
        ],
    }


def stats(session: Session) -> dict[str, int]:
    return {
        "documents": session.scalar(select(func.count(m.Document.id))) or 0,
        "near_duplicates": session.scalar(
            select(func.count(m.Document.id)).where(m.Document.duplicate_of.is_not(None))
        )
        or 0,
        "events": session.scalar(select(func.count(m.Event.id))) or 0,
        "claims": session.scalar(select(func.count(m.Claim.id))) or 0,
        "actors": session.scalar(
            select(func.count(func.distinct(m.Mention.actor_id))).where(m.Mention.kind == "actor")
        )
        or 0,
        "places": session.scalar(
            select(func.count(func.distinct(m.Mention.place_id))).where(m.Mention.kind == "place")
        )
        or 0,
        "propositions": session.scalar(select(func.count(m.Proposition.id))) or 0,
        "commitments": session.scalar(select(func.count(m.Commitment.id))) or 0,
    }


# ---------------------------------------------------------------- lookups for exports, briefings, alerts
# (added for watchfloor.export / analyze.briefing / analyze.alerts: small batch lookups so those
# modules never write SQL of their own)


def actors_by_id(session: Session, ids: set[str | None]) -> dict[str, dict[str, Any]]:
    """Actor records (exchange format, mention_count 0) for the given ids."""
    return {k: actor_dict(a, 0) for k, a in _actors_by_id(session, ids).items()}


def places_by_id(session: Session, ids: set[str | None]) -> dict[str, dict[str, Any]]:
    return {k: place_dict(p, 0) for k, p in _places_by_id(session, ids).items()}


def documents_by_id(session: Session, ids: set[int]) -> dict[int, dict[str, Any]]:
    """Document metadata (no text) for citing sources."""
    if not ids:
        return {}
    rows = session.scalars(select(m.Document).where(m.Document.id.in_(ids)))
    return {d.id: document_dict(d, with_text=False) for d in rows}


def document_date_range(session: Session) -> tuple[date | None, date | None]:
    row = session.execute(
        select(func.min(m.Document.published_date), func.max(m.Document.published_date))
    ).one()
    return row[0], row[1]


def actors_first_seen(session: Session) -> dict[str, date]:
    """Each actor's earliest mention, by the publication date of the mentioning document."""
    rows = session.execute(
        select(m.Mention.actor_id, func.min(m.Document.published_date))
        .join(m.Document, m.Document.id == m.Mention.doc_id)
        .where(
            m.Mention.kind == "actor",
            m.Mention.actor_id.is_not(None),
            m.Document.published_date.is_not(None),
        )
        .group_by(m.Mention.actor_id)
    )
    return {
        actor_id: first for actor_id, first in rows if first is not None and actor_id is not None
    }


def list_commitment_mentions(session: Session, f: Filters) -> list[dict[str, Any]]:
    """Every stored commitment mention (one per sentence that makes, demands or breaks a pledge)."""
    stmt = select(m.Commitment, m.Document.published).join(
        m.Document, m.Document.id == m.Commitment.doc_id
    )
    if f.actor:
        ids = resolve_actor_id(session, f.actor)
        stmt = stmt.where(or_(m.Commitment.actor_id.in_(ids), m.Commitment.beneficiary_id.in_(ids)))
    stmt = _published_in_period(stmt, f)
    if f.q:
        stmt = stmt.where(m.Commitment.content.ilike(_like(f.q)))
    rows = session.execute(stmt.order_by(m.Commitment.doc_id, m.Commitment.start)).all()
    names = _actors_by_id(
        session, {c.actor_id for c, _ in rows} | {c.beneficiary_id for c, _ in rows}
    )
    return [
        {
            "id": c.id,
            "doc_id": c.doc_id,
            "span": [c.start, c.end],
            "sentence": c.sentence,
            "actor": actor_obj(c.actor_id, c.actor_text, names),
            "beneficiary": actor_obj(c.beneficiary_id, c.beneficiary_text, names),
            "content": c.content,
            "date": c.date or ((published or "")[:10] or None),
            "status": c.status,
            "group_id": c.group_id,
            "confidence": round(c.confidence, 3),
            "extractor": c.extractor,
            "published": published,
        }
        for c, published in rows
    ]


def evidence_in_sentence(session: Session, doc_id: int, sentence: str) -> list[str]:
    """Ids of the events and claims extracted from one sentence of a document."""
    events = session.scalars(
        select(m.Event.id).where(m.Event.doc_id == doc_id, m.Event.sentence == sentence)
    )
    claims = session.scalars(
        select(m.Claim.id).where(m.Claim.doc_id == doc_id, m.Claim.sentence == sentence)
    )
    return sorted(set(events)) + sorted(set(claims))
