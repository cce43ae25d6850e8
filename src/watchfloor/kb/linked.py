"""The linking stage's output inside one process: a parsed document with resolved mentions.

`LinkedDoc` is what the extractors (`watchfloor.extract`) read. It holds the spaCy `Doc`, so it
never leaves the process: extractors turn it into plain records (`watchfloor.records`).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from watchfloor.records import Actor, ActorMention, ActorRef, Place, PlaceMention, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class LinkedDoc:
    doc: Doc
    published: date | None = None
    actor_mentions: list[ActorMention] = field(default_factory=list)
    place_mentions: list[PlaceMention] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)  # every actor mentioned, by id
    places: dict[str, Place] = field(default_factory=dict)  # every place mentioned, by id
    new_actors: list[Actor] = field(default_factory=list)  # provisional actors created here
    focus_countries: list[str] = field(default_factory=list)
    title: str | None = None

    @functools.cached_property
    def text(self) -> str:
        # built once: spaCy joins every token anew on each `Doc.text`
        return self.doc.text

    def actor_mentions_in(self, start: int, end: int) -> list[ActorMention]:
        return [m for m in self.actor_mentions if m.start >= start and m.end <= end]

    def linked_mention_at(self, offset: int) -> ActorMention | None:
        """The first actor mention linked to an actor that covers character `offset` (a
        token's `idx`)."""
        return next(
            (m for m in self.actor_mentions if m.start <= offset < m.end and m.actor_id), None
        )

    def place_mentions_in(self, start: int, end: int) -> list[PlaceMention]:
        return [m for m in self.place_mentions if m.start >= start and m.end <= end]

    def actor_ref(self, mention: ActorMention) -> ActorRef:
        actor = self.actors.get(mention.actor_id) if mention.actor_id else None
        return ActorRef(id=mention.actor_id, name=actor.name if actor else None, text=mention.text)

    def place_ref(self, mention: PlaceMention) -> PlaceRef | None:
        place = self.places.get(mention.place_id) if mention.place_id else None
        if place is None:
            return None
        return PlaceRef(
            id=place.id, name=place.name, country=place.country, lat=place.lat, lon=place.lon
        )
