"""Helpers over actor references shared by the document-level passes (recipients,
anaphors, context, places, mutual rows): a country's government, an actor as its state,
affiliation, first mentions, the previous speaker. Plain functions, no extractor state.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, TypeGuard

from watchfloor.extract.eventing.shared import _NON_STATE_SECTORS, _STATE_SECTORS
from watchfloor.extract.recipients import RecipientCues
from watchfloor.extract.triggers import Lexicon, lemma
from watchfloor.records import Actor, ActorMention, ActorRef, EventRecord

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc


def _counted_people(ref: ActorRef | None, cues: RecipientCues) -> bool:
    """An unnamed count of people ("nine people") rather than a group or party."""
    if ref is None or _is_identified(ref) or not ref.text:
        return False
    return ref.text.split()[-1].lower() in cues.generic_people


def _is_identified(ref: ActorRef | None) -> TypeGuard[ActorRef]:
    return bool(ref is not None and ref.id and not ref.id.startswith("prov:"))


def _non_state(ref: ActorRef | None, linked: LinkedDoc) -> bool:
    """An unnamed or non-state party: what "the attackers" or "the militants" can refer to."""
    if ref is None:
        return False
    if not _is_identified(ref):
        return True
    actor = linked.actors.get(ref.id or "")
    return actor is not None and actor.sector in _NON_STATE_SECTORS


def _sentences_apart(a: EventRecord, b: EventRecord, linked: LinkedDoc) -> int:
    """How many sentence starts lie after event `a`'s sentence up to event `b`'s (0: same)."""
    low, high = sorted((a.sentence_span[0], b.sentence_span[0]))
    return sum(1 for s in linked.doc.sents if low < s.start_char <= high)


def _previous_sentence(a: EventRecord, b: EventRecord, linked: LinkedDoc) -> bool:
    """Whether event `a` stands in the sentence right before event `b`'s."""
    if a.sentence_span == b.sentence_span:
        return True
    gap = linked.text[a.sentence_span[1] : b.sentence_span[0]]
    return a.sentence_span[1] <= b.sentence_span[0] and not any(c in gap for c in ".!?")


def _government(linked: LinkedDoc, country: str | None) -> ActorRef | None:
    """The government of `country` as the document names it: the country actor ("Pakistan",
    "Islamabad"), else its top-level governing body ("the Taliban" for Afghanistan)."""
    if not country:
        return None
    best: Actor | None = None
    for actor in linked.actors.values():
        if actor.country != country or actor.parent:
            continue
        if actor.kind == "country":
            best = actor
            break
        if actor.sector == "GOV" and actor.kind != "person" and best is None:
            best = actor
    if best is None:
        return None
    return ActorRef(id=best.id, name=best.name, text=best.name)


def _as_state(ref: ActorRef, linked: LinkedDoc, *, persons: bool = True) -> ActorRef:
    """A state body ("the Pakistani military") or official as its state, for "both
    countries"."""
    actor = linked.actors.get(ref.id or "")
    if actor is None or actor.kind == "country" or actor.sector not in _STATE_SECTORS:
        return ref
    if actor.kind == "person" and not persons:
        return ref
    return _government(linked, actor.country) or ref


def _country_of(ref: ActorRef, linked: LinkedDoc) -> str | None:
    actor = linked.actors.get(ref.id or "")
    return actor.country if actor is not None else None


def _first_mention(ref: ActorRef, linked: LinkedDoc) -> int:
    """Where the article first brings in this party (for a state: any of its bodies)."""
    actor = linked.actors.get(ref.id or "")
    country = actor.country if actor is not None and actor.kind == "country" else None
    if actor is not None and actor.sector == "GOV" and not actor.parent:
        country = actor.country
    starts = [
        m.start
        for m in linked.actor_mentions
        if m.actor_id == ref.id
        or (
            country is not None
            and getattr(linked.actors.get(m.actor_id or ""), "country", None) == country
        )
    ]
    return min(starts) if starts else len(linked.text)


def _affiliated(a: ActorRef | None, b: ActorRef | None, linked: LinkedDoc) -> bool:
    """Same actor, one the parent of the other, or two state bodies of the same country."""
    if a is None or b is None or not a.id or not b.id:
        return False
    if a.id == b.id:
        return True
    x, y = linked.actors.get(a.id), linked.actors.get(b.id)
    if x is None or y is None:
        return False
    if x.parent in (y.id, y.parent) and x.parent or y.parent == x.id:
        return True

    def state(actor: object) -> bool:
        return (
            getattr(actor, "kind", None) == "country"
            or getattr(actor, "sector", None) in _STATE_SECTORS
        )

    return bool(x.country and x.country == y.country and state(x) and state(y))


def _same_party(a: ActorRef | None, b: ActorRef | None) -> bool:
    if a is None or b is None:
        return False
    if a.id or b.id:
        return a.id == b.id
    return (a.text or "").lower() == (b.text or "").lower()


def _party_holding(
    linked: LinkedDoc,
    sectors: tuple[str, ...],
    at: int,
    exclude: str | None,
    *,
    country: str | None = None,
) -> tuple[ActorRef, str] | None:
    """The actor of one of `sectors` mentioned nearest before character `at` (else after)."""
    best: tuple[tuple[int, int], ActorMention] | None = None
    for m in linked.actor_mentions:
        actor = linked.actors.get(m.actor_id) if m.actor_id else None
        if actor is None or actor.sector not in sectors or m.actor_id == exclude:
            continue
        if country is not None and (actor.country != country or actor.kind == "country"):
            continue
        key = (0, at - m.start) if m.start < at else (1, m.start - at)
        if best is None or key < best[0]:
            best = (key, m)
    if best is None:
        return None
    ref = linked.actor_ref(best[1])
    actor = linked.actors.get(best[1].actor_id or "")
    parent = linked.actors.get(actor.parent) if actor is not None and actor.parent else None
    if actor is not None and actor.parent and (parent is None or parent.sector == actor.sector):
        # "according to the ISPR, ... the post": the army holds posts, not its press wing
        ref = ActorRef(id=actor.parent, name=parent.name if parent else None, text=ref.text)
    return ref, f"held by {best[1].text!r} mentioned in the document"


def _plain(ref: ActorRef | None, linked: LinkedDoc | None = None) -> ActorRef | None:
    if ref is None:
        return None
    actor = linked.actors.get(ref.id) if linked is not None and ref.id else None
    return ActorRef(id=ref.id, name=actor.name if actor else ref.name, text=ref.text)


def _event_sentence(e: EventRecord, linked: LinkedDoc) -> Span | None:
    """The event's sentence in the linked document."""
    return linked.doc.char_span(*e.sentence_span, alignment_mode="expand")


def _trigger_head(e: EventRecord, linked: LinkedDoc) -> Token | None:
    if linked.doc is None:
        return None
    span = linked.doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
    return span.root if span is not None else None


def _previous_speaker(
    e: EventRecord, linked: LinkedDoc, lex: Lexicon, *, provisional: bool = False
) -> ActorRef | None:
    """The linked subject of a verb of saying in the sentence before event `e`'s ("'Our
    patience is not unlimited,' he said. 'If ..., we will hit them'"). `provisional`: an
    unnamed speaker the linker kept as a provisional actor ("a Western diplomat") counts too."""
    sent = _event_sentence(e, linked)
    if sent is None or sent.start == 0:
        return None
    before = linked.doc[sent.start - 1].sent
    for _ in range(2 if provisional else 1):
        same_speaker = False
        for tok in before:
            if lemma(tok) not in lex.reporting_verbs:
                continue
            # the parser may give a dateline ("KABUL — '...,' said a diplomat") as a subject too
            for subj in (
                # "One elder, Sher Zaman, said": the person the apposition names first
                w
                for c in tok.children
                if c.dep_ == "nsubj"
                for w in [*(a for a in c.children if a.dep_ == "appos"), c]
            ):
                mention = linked.linked_mention_at(subj.idx)
                if mention is not None and (
                    provisional or not (mention.actor_id or "").startswith("prov:")
                ):
                    return linked.actor_ref(mention)
                same_speaker = same_speaker or (mention is None and subj.lower_ in ("he", "she"))
        if not same_speaker or before.start == 0:
            break
        # "He said the group was recruiting. Officials disputed that account": the account
        # of the speaker the sentence before that named
        before = linked.doc[before.start - 1].sent
    return None


def _capital_country(name: str) -> str | None:
    """The country whose capital `name` is, from the curated knowledge base ("Kabul" → AFG),
    for a capital the document names only as a place."""
    from watchfloor.kb.actors import load_checked

    return load_checked().country_of_capital(name)


def _derived_row(e: EventRecord, anaphor: dict[str, str | None], **changes: object) -> EventRecord:
    """A second row made from `e` (the other direction of a mutual act, the other side's act
    on its losses): `e` with `changes`, sharing `e`'s working state (objects, source text),
    with its own anaphor roles and no pending mutual partner."""
    row = dataclasses.replace(e, **changes)  # type: ignore[arg-type]
    for k, v in e.__dict__.items():
        if k.startswith("_") and k not in row.__dict__:
            row.__dict__[k] = v
    row.__dict__["_anaphor"] = anaphor
    row.__dict__["_mutual"] = None
    return row
