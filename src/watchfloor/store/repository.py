"""Writes: documents, their analyses, actors and places.

All writes go through here so that ids, provenance and idempotence are decided in one place.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from watchfloor.pipeline import parse_published
from watchfloor.records import Actor as ActorRecord
from watchfloor.records import DocumentAnalysis, RawDocument
from watchfloor.records import Place as PlaceRecord
from watchfloor.store import models as m


def derived_id(prefix: str, *parts: object) -> str:
    """Deterministic id for a derived row: the same input gives the same id everywhere."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"


def table_of(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


def insert_ignore(session: Session, model: type[m.Base], rows: list[dict[str, Any]]) -> None:
    """INSERT … ON CONFLICT DO NOTHING, so concurrent writers never fail on shared rows."""
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    table = table_of(model)
    stmt: Any
    if dialect == "postgresql":
        stmt = postgresql.insert(table).on_conflict_do_nothing()
    elif dialect == "sqlite":
        stmt = sqlite.insert(table).on_conflict_do_nothing()
    else:  # pragma: no cover - other dialects: insert what is missing
        pk = next(iter(table.primary_key.columns)).name
        existing = set(
            session.scalars(select(table.c[pk]).where(table.c[pk].in_([r[pk] for r in rows])))
        )
        rows = [r for r in rows if r[pk] not in existing]
        if not rows:
            return
        stmt = table.insert()
    session.execute(stmt, rows)


def actor_row(actor: ActorRecord, origin: str) -> dict[str, Any]:
    return {
        "id": actor.id,
        "name": actor.name,
        "sector": actor.sector,
        "country": actor.country,
        "wikidata": actor.wikidata,
        "parent": actor.parent,
        "kind": actor.kind,
        "provisional": actor.provisional,
        "origin": origin,
    }


def upsert_actors(
    session: Session, actors: Iterable[ActorRecord], *, origin: str, alias_source: str
) -> None:
    actors = list(actors)
    insert_ignore(session, m.Actor, [actor_row(a, origin) for a in actors])
    alias_rows = [
        {"actor_id": a.id, "alias": alias[:256], "source": alias_source}
        for a in actors
        for alias in dict.fromkeys(a.aliases)
    ]
    insert_ignore(session, m.ActorAlias, alias_rows)


def sync_knowledge_base(session: Session, actors: Iterable[ActorRecord]) -> int:
    """Mirror the curated KB into the database so listings and exports can join on it.

    KB rows are refreshed (the files are the truth for them); user and extracted rows are
    never touched here.
    """
    actors = list(actors)
    existing = {a.id: a for a in session.scalars(select(m.Actor).where(m.Actor.origin == "kb"))}
    for actor in actors:
        row = existing.get(actor.id)
        if row is None:
            continue
        for key, value in actor_row(actor, "kb").items():
            setattr(row, key, value)
    session.flush()
    upsert_actors(session, actors, origin="kb", alias_source="kb")
    return len(actors)


def place_row(place: PlaceRecord) -> dict[str, Any]:
    return {
        "id": place.id,
        "name": place.name,
        "kind": place.kind,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
    }


def add_document(
    session: Session,
    raw: RawDocument,
    *,
    sha256: str,
    minhash: list[int] | None,
    duplicate_of: int | None,
) -> m.Document | None:
    """Insert one document unless its text is already stored; None when it was a duplicate.

    A savepoint isolates the insert so that a concurrent writer storing the same text first
    costs only this document, not the batch.
    """
    if session.scalar(select(m.Document.id).where(m.Document.sha256 == sha256)) is not None:
        return None
    doc = m.Document(
        external_id=raw.external_id,
        title=raw.title,
        url=raw.url,
        source=raw.source,
        published=raw.published,
        published_date=parse_published(raw.published),
        language=raw.language,
        text=raw.text,
        sha256=sha256,
        origin=raw.origin,
        meta=raw.meta or {},
        minhash=minhash,
        duplicate_of=duplicate_of,
    )
    from sqlalchemy.exc import IntegrityError

    try:
        with session.begin_nested():
            session.add(doc)
            session.flush()
    except IntegrityError:
        return None
    return doc


def clear_analysis(session: Session, doc_id: int) -> None:
    for model in (m.Mention, m.Event, m.Claim, m.Commitment):
        session.execute(delete(model).where(model.doc_id == doc_id))


def _located(row_id: str, doc_id: int, record: Any) -> dict[str, Any]:
    """The columns that tie an event or a claim to its document, sentence and span."""
    return {
        "id": row_id,
        "doc_id": doc_id,
        "sentence": record.sentence,
        "sentence_start": record.sentence_span[0],
        "sentence_end": record.sentence_span[1],
        "start": record.span[0],
        "end": record.span[1],
    }


def _ref(name: str, ref: Any) -> dict[str, Any]:
    """The `NAME_id` and `NAME_text` columns of an actor reference (None when absent)."""
    return {f"{name}_id": ref.id if ref else None, f"{name}_text": ref.text if ref else None}


def _insert_new(
    session: Session, model: type[m.Base], rows: list[dict[str, Any]], seen: set[str]
) -> None:
    """Insert the rows whose id is not in `seen` yet, and remember their ids."""
    fresh = []
    for row in rows:
        if row["id"] not in seen:
            seen.add(row["id"])
            fresh.append(row)
    if fresh:
        session.execute(table_of(model).insert(), fresh)


def save_analysis(
    session: Session, doc: m.Document, analysis: DocumentAnalysis, *, version: str
) -> None:
    """Replace a document's derived rows with a new analysis (idempotent, re-runnable)."""
    clear_analysis(session, doc.id)
    versions = analysis.versions
    linker = f"watchfloor.linker@{versions.get('linker', '?')}"
    upsert_actors(session, analysis.new_actors, origin="extracted", alias_source=f"doc:{doc.id}")
    insert_ignore(session, m.Place, [place_row(p) for p in analysis.places])

    mention_rows = [
        {
            "doc_id": doc.id,
            "kind": "actor",
            "start": am.start,
            "end": am.end,
            "text": am.text,
            "actor_id": am.actor_id,
            "place_id": None,
            "rule": am.rule,
            "confidence": am.score,
            "extractor": linker,
        }
        for am in analysis.actor_mentions
    ] + [
        {
            "doc_id": doc.id,
            "kind": "place",
            "start": pm.start,
            "end": pm.end,
            "text": pm.text,
            "actor_id": None,
            "place_id": pm.place_id,
            "rule": pm.rule,
            "confidence": pm.score,
            "extractor": linker,
        }
        for pm in analysis.place_mentions
    ]
    if mention_rows:
        session.execute(table_of(m.Mention).insert(), mention_rows)

    # ids derive from what a record says, so a record an analysis repeats is stored once
    seen: set[str] = set()
    event_rows = []
    for ev in analysis.events:
        eid = derived_id(
            "ev",
            doc.sha256,
            ev.span[0],
            ev.span[1],
            ev.type,
            ev.actor.id if ev.actor else "",
            ev.recipient.id if ev.recipient else "",
        )
        event_rows.append(
            {
                **_located(eid, doc.id, ev),
                "trigger": ev.trigger,
                "type": ev.type,
                "mode": ev.mode,
                "context": list(ev.context),
                **_ref("actor", ev.actor),
                **_ref("recipient", ev.recipient),
                "place_id": ev.place.id if ev.place else None,
                "date": ev.date,
                "date_precision": ev.date_precision,
                "fatalities": ev.fatalities,
                "injured": ev.injured,
                "factuality": ev.factuality,
                **_ref("reported_by", ev.reported_by),
                "confidence": ev.confidence,
                "extractor": ev.extractor,
                "incident": getattr(ev, "incident", None),
                "notes": list(ev.notes),
            }
        )
    _insert_new(session, m.Event, event_rows, seen)

    claim_rows = [
        {
            **_located(
                derived_id("cl", doc.sha256, cl.span[0], cl.content_span[0], cl.content_span[1]),
                doc.id,
                cl,
            ),
            "cue": cl.cue,
            "content": cl.content,
            "content_start": cl.content_span[0],
            "content_end": cl.content_span[1],
            **_ref("speaker", cl.speaker),
            "stance": cl.stance,
            "hedged": cl.hedged,
            "factuality": cl.factuality,
            "proposition_id": cl.proposition_id,
            "polarity": cl.polarity,
            "confidence": cl.confidence,
            "extractor": cl.extractor,
        }
        for cl in analysis.claims
    ]
    _insert_new(session, m.Claim, claim_rows, seen)

    commitment_rows = []
    for cm in analysis.commitments:
        span = tuple(getattr(cm, "span", (0, 0)))
        commitment_rows.append(
            {
                "id": derived_id("cm", doc.sha256, span[0], span[1], cm.status),
                "doc_id": doc.id,
                "start": span[0],
                "end": span[1],
                "sentence": getattr(cm, "sentence", "") or "",
                **_ref("actor", getattr(cm, "actor", None)),
                **_ref("beneficiary", getattr(cm, "beneficiary", None)),
                "content": cm.content,
                "date": getattr(cm, "date", None),
                "status": cm.status,
                "group_id": None,
                "confidence": getattr(cm, "confidence", 0.5),
                "extractor": getattr(cm, "extractor", "watchfloor.commitments"),
            }
        )
    _insert_new(session, m.Commitment, commitment_rows, seen)

    doc.analysis_version = version
    doc.analyzed_at = datetime.now()


def sync_propositions(session: Session, propositions: Iterable[Any]) -> None:
    """Known propositions (from the data file) become rows; analysts' edits are kept."""
    rows = [{"id": p.id, "text": p.text, "origin": "file"} for p in propositions]
    insert_ignore(session, m.Proposition, rows)
    for row in session.scalars(select(m.Proposition).where(m.Proposition.origin == "file")):
        for p in propositions:
            if p.id == row.id and p.text != row.text:
                row.text = p.text
