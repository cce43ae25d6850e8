"""Helpers shared by the event exports: streaming in chunks with actor/place/document lookups."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from watchfloor.store import queries
from watchfloor.store.queries import Filters

if TYPE_CHECKING:
    from watchfloor.kb.actors import KnowledgeBase

CHUNK = 500
# What the knowledge base says of a group beyond the SPEC's actor fields (kb/data/actors.yaml)
ATTRIBUTE_FIELDS = ("based_in", "aims", "opposes")


def chunked(items: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Lookups:
    """Actor, place and document details for a chunk of events, fetched once per id."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.actors: dict[str, dict[str, Any]] = {}
        self.places: dict[str, dict[str, Any]] = {}
        self.documents: dict[int, dict[str, Any]] = {}

    def load(self, events: list[dict[str, Any]]) -> None:
        actor_ids = {
            (e.get(k) or {}).get("id")
            for e in events
            for k in ("actor", "recipient", "reported_by")
        } - set(self.actors)
        self.actors.update(queries.actors_by_id(self.session, actor_ids))
        place_ids = {(e.get("place") or {}).get("id") for e in events} - set(self.places)
        self.places.update(queries.places_by_id(self.session, place_ids))
        doc_ids = {e["doc_id"] for e in events} - set(self.documents)
        self.documents.update(queries.documents_by_id(self.session, doc_ids))
        # bounded memory on huge exports: forget what earlier chunks needed
        for cache in (self.actors, self.places, self.documents):
            if len(cache) > 20 * CHUNK:
                cache.clear()
                self.load(events)
                return

    def actor(self, ref: dict[str, Any] | None) -> dict[str, Any] | None:
        if not ref or not ref.get("id"):
            return None
        return self.actors.get(ref["id"])

    def place(self, ref: dict[str, Any] | None) -> dict[str, Any] | None:
        if not ref or not ref.get("id"):
            return None
        return self.places.get(ref["id"]) or ref


def iter_events_with_lookups(
    session: Session, filters: Filters
) -> Iterator[tuple[dict[str, Any], Lookups]]:
    lookups = Lookups(session)
    f = filters.unpaged()
    for chunk in chunked(queries.iter_events(session, f)):
        lookups.load(chunk)
        for event in chunk:
            yield event, lookups


def event_day(event: dict[str, Any]) -> str | None:
    """The event's own date, else its document's publication day."""
    return event.get("date") or ((event.get("published") or "")[:10] or None)


def load_knowledge_base() -> KnowledgeBase:
    """The curated knowledge base as every reader shares it: read again when a data file changes,
    so a long-lived server exports the analysts' latest edits (a broken data file is W005)."""
    from watchfloor.kb.actors import load_checked

    return load_checked()


def actor_attributes(kb: KnowledgeBase, actor_id: str) -> dict[str, list[str]]:
    """`based_in`, `aims` and `opposes` of an actor (empty lists when the knowledge base gives
    none, as for provisional actors)."""
    attributes = kb.attributes_of(actor_id)
    return {name: list(getattr(attributes, name)) for name in ATTRIBUTE_FIELDS}
