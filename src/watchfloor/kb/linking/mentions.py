"""Lookups over the mentions a document has so far: the mention at a token, the mentions
before one, whether an actor is a person or an armed group, and the provisional actors made
earlier. Every other stage of the linker asks these questions, so they sit at the bottom of
the mixin stack (`watchfloor.kb.linking`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.base import LinkerBase
from watchfloor.kb.linking.state import _State
from watchfloor.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Token


class MentionsMixin(LinkerBase):
    """Mentions linked so far and the actors they stand for."""

    def _name_rule(self, actor: Actor, text: str) -> str:
        return "name" if normalize(text) == normalize(actor.name) else "alias"

    def _is_person(self, actor_id: str) -> bool:
        actor = self.kb.get(actor_id) or self._provisional_by_id(actor_id)
        return actor is not None and actor.kind == "person"

    def _provisional_by_id(self, actor_id: str) -> Actor | None:
        """The provisional actor as the document being linked names it: None for an id this
        document has not linked, and outside `link` (a linker keeps no provisional actors
        between documents, so memory does not grow with the documents it has read)."""
        views = getattr(self, "_provisional_views", None)
        return views.get(actor_id) if views is not None else None

    def _mention_at(self, state: _State, tok: Token) -> ActorMention | None:
        for m in state.actor_mentions:
            if m.start <= tok.idx < m.end:
                return m
        return None

    def _is_armed_group(self, actor_id: str | None) -> bool:
        actor = self.kb.get(actor_id) if actor_id else None
        return (
            actor is not None
            and actor.sector == "REB"
            and actor.kind in ("group", "organization")
            and not actor.provisional
        )

    def _before(self, state: _State, tok: Token, sents_back: int | None = None):
        """Mentions before a token, nearest first, optionally within a few sentences."""
        limit = -1
        if sents_back is not None:
            sents = list(state.doc.sents) if state.sents is None else state.sents
            state.sents = sents
            idx = next(i for i, s in enumerate(sents) if s.start <= tok.i < s.end)
            limit = sents[max(idx - sents_back, 0)].start_char
        for m in sorted(state.actor_mentions, key=lambda m: -m.start):
            if m.start >= tok.idx or not m.actor_id:
                continue
            if m.start < limit:
                break
            yield m

    def _mention_root(self, state: _State, m: ActorMention) -> Token | None:
        span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span.root if span is not None else None
