"""The tests and lookups `_implicit_recipients` uses: report authors, counterparts,
claimants, state forces, border fights, coordinated targets and the like. Plain functions,
kept apart from the pass itself to keep both modules readable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.dating import _same_period
from watchfloor.extract.eventing.parties import (
    _affiliated,
    _as_state,
    _capital_country,
    _country_of,
    _event_sentence,
    _government,
    _is_identified,
    _non_state,
    _party_holding,
    _plain,
    _previous_sentence,
    _same_party,
    _sentences_apart,
    _trigger_head,
)
from watchfloor.extract.eventing.phrases import CARRYING_VERBS, carried_loads
from watchfloor.extract.eventing.shared import (
    _BACKGROUND_FACTUALITY,
    _FORCE_SECTORS,
    _NON_STATE_SECTORS,
    _SPEECH_TYPES,
    _STATE_SECTORS,
    _UNREAL,
    _dateline_end,
    _linked_ref_at,
    _prep_objects,
)
from watchfloor.extract.recipients import RecipientCues
from watchfloor.extract.triggers import lemma, subject_of
from watchfloor.records import ActorRef, EventRecord, PlaceRef

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from watchfloor.kb.linked import LinkedDoc

_BOTH_SIDES = re.compile(r"\b(both|the two) (sides|countries|governments)\b", re.IGNORECASE)


# Bodies of a state that hold its government to account: their protests and demands go to it.
_OPPOSING_SECTORS = {"LEG", "OPP", "PTY"}


def _claimant(events: list[EventRecord], linked: LinkedDoc) -> ActorRef | None:
    """The named group whose claim of responsibility for the story's attack the events tell,
    if only one group claimed it."""
    claimed = {
        p.actor.id: p.actor
        for p in events
        if p.type == "ASSAULT"
        and _is_identified(p.actor)
        and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
        and _non_state(p.actor, linked)
        and (p.trigger.lower().startswith("claim") or _responsibility(p, linked) is not None)
    }
    return next(iter(claimed.values())) if len(claimed) == 1 else None


def _first_victims(
    events: list[EventRecord], i: int, cues: RecipientCues, linked: LinkedDoc
) -> str | None:
    """The words an unnamed group of victims was first named with in the incident event `i`
    continues, when event `i` names the same victims differently. Only the same incident
    counts: close by, of the same time and, where both are placed, of the same place ("In a
    separate attack on Tuesday, militants killed two farmers" keeps its farmers)."""
    e = events[i]

    def victims(ref: ActorRef | None) -> str | None:
        if ref is None or _is_identified(ref):
            return None
        # the name a group was given (by the linker, or as first named) before its words
        words = (ref.name or ref.text or "").lower().split()
        if not words:
            return None
        head = words[-1]
        single = head[:-1] if head.endswith("s") else head
        if head in ("men", "women"):
            single = head[:-2] + "an"
        return head if single in cues.people_nouns or head in cues.people_nouns else None

    own = victims(e.recipient)
    if e.type != "ASSAULT" or own is None or e.factuality in _BACKGROUND_FACTUALITY | _UNREAL:
        return None
    for p in events[max(0, i - 10) : i]:
        first = victims(p.recipient)
        if (
            p.type == "ASSAULT"
            and first is not None
            and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
            and not _same_party(p.recipient, e.actor)
        ):
            same_incident = (
                _same_period(p.date, e.date)
                and _sentences_apart(p, e, linked) <= _SAME_INCIDENT_SENTENCES
                and (p.place is None or e.place is None or p.place.name == e.place.name)
            )
            return first if same_incident and first != own else None
    return None


# How many sentences apart two mentions of unnamed victims may be to count as one incident's.
_SAME_INCIDENT_SENTENCES = 3


def _reporting_force(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The armed force (army, police) whose own body tells of the event, or None."""
    if not _is_identified(e.reported_by):
        return None
    body = linked.actors.get(e.reported_by.id or "")
    if body is None or body.sector not in ("MIL", "COP") or body.kind == "person":
        return None
    parent = linked.actors.get(body.parent or "")
    force = parent if parent is not None and parent.sector == body.sector else body
    return ActorRef(id=force.id, name=force.name, text=e.reported_by.text)


# closing a crossing, and reopening it, are measures a state takes towards its neighbour
_BORDER_MEASURES = {"SANCTION", "RETREAT"}


_BORDER_ACTS = _BORDER_MEASURES | {"COERCE"}


def _carry_actors(
    events: list[EventRecord], linked: LinkedDoc, anaphoric: frozenset[str] | set[str]
) -> None:
    """An attack or protest sentence that names no perpetrator continues the incident just
    told ("Three people died there", "Shops remained closed in protest"): its actor is that
    incident's actor, or, when its victims are that actor's own side, the other party."""
    for i, e in enumerate(events):
        if e.actor is None and e.type == "COERCE" and (e.mode or "arrest") == "arrest":
            # "several suspects were detained": by the security force that acted in the
            # incident just told (not an arrest dated elsewhere: "arrested last month"); a
            # road "remained closed" keeps no actor (guide §8: passive closures)
            by = next(
                (
                    p.actor
                    for p in reversed(events[max(0, i - 3) : i])
                    if p.type in ("ASSAULT", "COERCE")
                    and p.factuality not in _UNREAL
                    and _same_period(e.date, p.date)
                    and p.actor is not None
                    and _is_identified(p.actor)
                    and getattr(linked.actors.get(p.actor.id or ""), "sector", None)
                    in ("COP", "MIL", "SPY")
                ),
                None,
            )
            if by is not None:
                e.actor = by
                e.notes.append("actor: the security force of the same incident")
            continue
        if (
            e.actor is not None
            and not _is_identified(e.actor)
            and (getattr(e, "_anaphor", None) or {}).get("actor") == "def"
        ):
            # "the attackers had blown up the track", left unresolved because no earlier
            # attack row names its doer: the group the lead names (guide §0 coreference)
            lead = _lead_perpetrator(events, e, linked, anaphoric)
            if lead is not None:
                e.actor = lead
                e.notes.append("actor: the armed group the lead names as doer of the incident")
            continue
        if (
            e.actor is not None
            or e.type not in ("ASSAULT", "PROTEST")
            or e.factuality in _BACKGROUND_FACTUALITY
        ):
            continue  # a pattern or an earlier incident is not the one just told
        told = [
            p
            for p in reversed(events[max(0, i - 3) : i])
            if p.type == e.type
            and p.actor is not None
            and p.factuality not in _UNREAL
            # a pattern told in general is not an incident the sentence dates itself ("In
            # October 2025, an ambush near Buleda ...")
            and not (e.date is not None and p.factuality in _BACKGROUND_FACTUALITY)
            # a group's claim of responsibility is its own row: the toll told after it is
            # still the attack as first told (guide §1.3), unless the group tells it
            and not (
                p.sentence_span != e.sentence_span
                and (p.trigger.lower().startswith("claim") or _responsibility(p, linked))
                and not _same_party(e.reported_by, p.actor)
            )
            # nor one told only to describe another incident's target ("a strike on a
            # hideout the TTP used to plan attacks"): the strike is what goes on
            and not (
                p.factuality == "generic"
                and any(
                    q.type == p.type
                    and q.sentence_span == p.sentence_span
                    and q.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                    for q in events[max(0, i - 6) : i]
                )
            )
        ]
        prev = told[0] if told else None
        if prev is None or prev.actor is None:
            lead = _lead_perpetrator(events, e, linked, anaphoric)
            if lead is not None:
                e.actor = lead
                e.notes.append("actor: the armed group the lead names as doer of the incident")
            continue
        if not _same_period(e.date, prev.date):
            continue  # its own, different date: an earlier incident recalled
        victims = e.recipient
        if victims is not None and (
            # "reinforcements killed three of the attackers": the attackers told before
            (getattr(e, "_anaphor", None) or {}).get("recipient") == "def"
            or _same_party(victims, prev.actor)
            or _affiliated(victims, prev.actor, linked)
            or (
                # "two assailants were killed": unnamed attackers of the incident just told
                not _is_identified(victims)
                and not _is_identified(prev.actor)
                and bool(anaphoric & set((victims.text or "").lower().split()))
            )
        ):
            if prev.recipient is None or _same_party(prev.recipient, e.recipient):
                continue
            force = _reporting_force(e, linked)
            if force is not None and not _same_party(force, victims):
                # "The military's media wing said seven militants were killed in an exchange
                # of fire": the force whose media wing tells of its own operation
                e.actor = force
                e.notes.append("actor: the force whose own account tells of the act")
                continue
            e.actor = prev.recipient
            e.notes.append("actor: the other party of the incident its victims belong to")
        else:
            e.actor = prev.actor
            e.notes.append("actor from the same incident's earlier sentence")


def _lead_perpetrator(
    events: list[EventRecord],
    e: EventRecord,
    linked: LinkedDoc,
    anaphoric: frozenset[str] | set[str],
) -> ActorRef | None:
    """The one named armed group the article's lead sentence gives as doer of the incident it
    tells ("... after Balochistan Liberation Army fighters halted the train"), for a later
    attack sentence of that incident that names no doer of its own ("19 passengers had been
    killed", guide §0: descriptions and mentions resolve to the actor the passage introduced).
    None when the lead names no such group, or several, or tells only a claim of responsibility
    (guide §1.3: a claim is its own row), when the event is dated to another time than the
    lead's incident, when its victims are the attackers, or when the group denies a part."""
    if e.type != "ASSAULT" or e.factuality in _BACKGROUND_FACTUALITY | _UNREAL:
        return None
    lead = next(iter(linked.doc.sents), None)
    if lead is None or e.sentence_span[0] <= lead.start_char:
        return None
    told = [
        p
        for p in events
        if p.sentence_span[0] >= lead.start_char
        and p.sentence_span[1] <= lead.end_char
        and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
    ]
    if not told or not any(_same_period(e.date, p.date) for p in told):
        return None
    if any(lemma(t) in ("claim", "responsibility") for t in lead):
        return None
    groups = {
        m.actor_id: m
        for m in linked.actor_mentions_in(lead.start_char, lead.end_char)
        if m.actor_id
        and getattr(linked.actors.get(m.actor_id), "sector", None) in _NON_STATE_SECTORS
        and getattr(linked.actors.get(m.actor_id), "kind", None) != "person"
        # named by its name ("Balochistan Liberation Army fighters"), not "gunmen" the linker
        # gave the group a later sentence claims for: those stay as described (guide §1.3)
        and any(
            t.pos_ == "PROPN" and _doer_phrase(t)
            for t in lead
            if m.start <= t.idx < m.end and t.lower_ not in anaphoric
        )
    }
    if len(groups) != 1:
        return None
    ref = linked.actor_ref(next(iter(groups.values())))
    if _same_party(e.reported_by, ref):
        # "the group also said two detainees had died in custody": a toll the group itself
        # tells with no doer is not its own act
        return None
    victims = e.recipient
    if victims is not None and (
        _same_party(victims, ref)
        or _affiliated(victims, ref, linked)
        or bool(anaphoric & set((victims.text or "").lower().split()))
    ):
        return None
    if any(
        _same_party(p.actor, ref) and (p.factuality == "negated" or p.type == "REJECT")
        for p in events
    ):
        return None
    return ref


def _doer_phrase(tok: Token) -> bool:
    """Whether the name `tok` is part of the noun phrase that does a verb's act: its subject
    ("Balochistan Liberation Army fighters halted the train") or its passive agent ("stormed by
    TTP fighters"), not whom the act is done to ("raids on IS-K suspects")."""
    head = tok
    while head.dep_ in ("compound", "amod", "poss", "flat") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("nsubj", "csubj"):
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "by" and head.head.dep_ == "agent"


def _answered_party(
    events: list[EventRecord], i: int, linked: LinkedDoc, *, own_role: bool = False
) -> ActorRef | None:
    """Who made the statement a denial answers: the other side's nearest earlier accusation,
    else the source of the nearest earlier report (or statement) from another party. A denial
    of the denier's own role (`own_role`) answers only an account that has it doing the act."""
    e = events[i]
    earlier = [p for p in events[:i] if p.span[0] < e.span[0] and p.type != e.type]
    head = _trigger_head(e, linked)
    if e.factuality == "generic" and head is not None and head.dep_ != "relcl":
        # "has consistently denied hosting TTP leaders": a standing denial answers no one
        # statement of the story, only a charge its own sentence names; "a charge X denies",
        # "a view X rejects" answer the statement they are attached to
        earlier = [p for p in earlier if p.sentence_span == e.sentence_span]

    def other(ref: ActorRef | None) -> bool:
        return _is_identified(ref) and not (
            e.actor is not None and (_same_party(ref, e.actor) or _affiliated(ref, e.actor, linked))
        )

    def body(ref: ActorRef | None) -> ActorRef | None:
        # a spokesman's statement is his organisation's ("the military denied ...")
        actor = linked.actors.get(ref.id or "") if ref is not None else None
        if actor is not None and actor.kind == "person" and actor.parent in linked.actors:
            parent = linked.actors[actor.parent]
            return ActorRef(id=parent.id, name=parent.name, text=ref.text if ref else "")
        return _plain(ref, linked)

    for prev in reversed(earlier):
        if (
            prev.type == "ACCUSE"
            and other(prev.actor)
            and prev.recipient is not None
            and (
                _same_party(prev.recipient, e.actor) or _affiliated(prev.recipient, e.actor, linked)
            )
        ):
            return body(prev.actor)
    for prev in reversed(earlier):
        if own_role and not (
            e.actor is not None
            and (_same_party(prev.actor, e.actor) or _affiliated(prev.actor, e.actor, linked))
        ):
            continue  # "denied any role": not an answer to a report that blames no one
        for ref in (prev.reported_by, prev.actor if prev.type in _SPEECH_TYPES else None):
            if other(ref):
                return body(ref)
    return None


def _beneficiary_state(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The government of a country the act goes "to"/"for" ("sent aid to Afghanistan")."""
    trigger = linked.doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
    if trigger is None:
        return None
    heads = [trigger.root, *(c for c in trigger.root.children if c.dep_ in ("dobj", "nsubjpass"))]
    for head in heads:
        for pobj in _prep_objects(head, ("to", "for"), deps=("prep", "dative")):
            for pm in linked.place_mentions:
                place = linked.places.get(pm.place_id) if pm.place_id else None
                if place is None or place.kind != "country" or not (pm.start <= pobj.idx < pm.end):
                    continue
                if e.recipient is not None and e.recipient.text not in (None, "", pm.text):
                    return None  # the sentence names its own recipient
                return _government(linked, place.country)
    return None


def _sentence_partner(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The one foreign state an interstate dealing's sentence names, as a place, a state body
    or a nationality ("will finance the section through Afghanistan", "expanded trade with
    Kabul", "visited the Chinese embassy"), or None when the sentence names none or several."""
    if not _is_identified(e.actor) or e.factuality in ("alleged", "negated"):
        # a charge of backing ("accused India of funding the BLA") is aimed at the group
        # backed, which the charge rules find; a state is not its fallback
        return None
    own = linked.actors.get(e.actor.id or "")
    if own is None or not own.country:
        return None
    if own.kind != "country" and own.sector not in _STATE_SECTORS:
        return None  # a dealing between states: a company's or a group's is not one
    dateline = _dateline_end(linked.doc)
    # the dateline tells where the story was filed, not with whom the act is
    start = max(e.sentence_span[0], linked.doc[dateline].idx + 1 if dateline >= 0 else 0)
    end = e.sentence_span[1]
    countries: set[str] = set()
    bodies: dict[str, set[str]] = {}
    for pm in linked.place_mentions_in(start, end):
        place = linked.places.get(pm.place_id) if pm.place_id else None
        if place is not None and place.country:
            countries.add(place.country)
    for m in linked.actor_mentions_in(start, end):
        actor = linked.actors.get(m.actor_id) if m.actor_id else None
        if actor is None or not actor.country or actor.kind == "person":
            continue
        if actor.kind == "country" or actor.sector in _STATE_SECTORS or m.rule == "demonym":
            countries.add(actor.country)
            bodies.setdefault(actor.country, set()).add(actor.id)
    countries.discard(own.country)
    if len(countries) != 1:
        return None
    country = countries.pop()
    named = bodies.get(country, set())
    gov: ActorRef | None
    if len(named) == 1:
        # the one body of that state the sentence names ("the Chinese embassy")
        body = linked.actors[next(iter(named))]
        gov = ActorRef(id=body.id, name=body.name, text=body.name)
    else:
        gov = _kb_government(country)
    if gov is None or _affiliated(gov, e.actor, linked):
        return None
    return gov


def _kb_government(country: str) -> ActorRef | None:
    """The knowledge base's government of `country`, for a country the document names only
    as a place ("a railway line to Herat")."""
    from watchfloor.kb.actors import load_checked

    kb = load_checked()
    gov_id = kb.government_of(country)
    actor = kb.get(gov_id) if gov_id else None
    if actor is None:
        return None
    return ActorRef(id=actor.id, name=actor.name, text=actor.name)


def _state_government(linked: LinkedDoc, country: str) -> ActorRef | None:
    """The government of `country` as the document names it, else as the knowledge base has
    it (a state the document names only by a place)."""
    return _government(linked, country) or _kb_government(country)


# Verbs (lemmas) of the force a threat announces ("would strike wherever the khawarij hide").
_STRIKE_VERBS = frozenset({"strike", "hit", "target", "attack", "bomb", "pursue", "hunt"})
_ARMED_GROUP_SECTORS = frozenset({"REB"})


def _struck_group(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The armed group a threatened strike is aimed at, named in the strike's own object or
    in its "wherever" clause ("would strike khawarij hideouts", "would strike again 'wherever
    the khawarij are'"), or None. A condition ("if attacks continued") names no target."""
    if e.type not in ("THREATEN", "ASSAULT") or (
        e.type == "ASSAULT" and e.factuality not in ("future", "hypothetical")
    ):
        return None
    head = _trigger_head(e, linked)
    if head is None:
        return None
    verbs = [t for t in head.subtree if lemma(t) in _STRIKE_VERBS and t.pos_ == "VERB"]
    for verb in verbs:
        parts = [
            c
            for c in verb.children
            if c.dep_ in ("dobj", "obj")
            or (
                c.dep_ == "advcl"
                and any(k.lower_ == "wherever" for k in c.children if k.dep_ == "advmod")
            )
        ]
        for part in parts:
            for t in part.subtree:
                m = linked.linked_mention_at(t.idx)
                group = linked.actors.get(m.actor_id or "") if m is not None else None
                if (
                    m is not None
                    and group is not None
                    and group.sector in _ARMED_GROUP_SECTORS
                    and not _same_party(linked.actor_ref(m), e.actor)
                ):
                    return _plain(linked.actor_ref(m), linked)
    return None


# Verbs (lemmas) of sending someone on a visit: their object is the visitors, not the host.
_SENDING_VERBS = frozenset({"send", "dispatch"})


def _visit_host(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The host of a visit the sentence names only by where it goes ("Wang Yi arrived in
    Kabul", "Kazakhstan sent a trade mission to Kabul"): the government of the place's country
    when it is not the visitor's own; else None."""
    if e.type != "CONSULT" or e.mode != "visit" or not _is_identified(e.actor):
        return None
    head = _trigger_head(e, linked)
    if e.recipient is not None and (
        _is_identified(e.recipient) or head is None or lemma(head) not in _SENDING_VERBS
    ):
        return None
    place = e.place
    assert e.actor is not None
    actor = linked.actors.get(e.actor.id or "")
    if place is None or actor is None or not actor.country:
        return None
    return _host_state(place.country, e.actor, linked)


def _host_state(country: str | None, guest: ActorRef | None, linked: LinkedDoc) -> ActorRef | None:
    """The government of `country` as the host of `guest` (a visit, a meeting attended, a
    reception): None when the guest is unknown, of that country, or on the host's side."""
    actor = linked.actors.get(guest.id or "") if guest else None
    if not country or actor is None or actor.country == country:
        return None
    host = _state_government(linked, country)
    if host is None or _same_party(host, guest) or _affiliated(host, guest, linked):
        return None
    return host


# prepositions that put a place after what it locates ("members of parliament in Tashkent")
_LOCATING_PREPS = frozenset({"in", "near", "inside", "within", "outside", "around", "from"})


def _place_as_party(ref: ActorRef | None, e: EventRecord, linked: LinkedDoc) -> PlaceRef | None:
    """The place an unlinked argument phrase names ("Lakki Marwat has seen attacks", "fired
    rockets at Termez"), or None when the phrase is no bare place name."""
    if ref is None or ref.id or not ref.text:
        return None
    words = ref.text.strip()
    lo, hi = e.sentence_span
    if any(m.text.strip() == words for m in linked.actor_mentions_in(lo, hi)):
        return None
    text = linked.text
    for pm in linked.place_mentions_in(lo, hi):
        if pm.text.strip() != words:
            continue
        before = text[max(lo, pm.start - 12) : pm.start].split()
        if before and before[-1].lower() in _LOCATING_PREPS:
            # "members of parliament in Tashkent", "returned from Pakistan": the place
            # locates someone else the parser left out of the phrase
            return None
        place = linked.place_ref(pm)
        if place is not None and place.country:
            return place
    return None


def _counterpart(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The other party of the nearest event (earlier first, then later) between the actor's
    side and someone else, as a state when it is a state body or official."""
    e = events[i]

    def own(ref: ActorRef | None) -> bool:
        return _same_party(ref, e.actor) or _affiliated(ref, e.actor, linked)

    for other in [*reversed(events[:i]), *events[i + 1 :]]:
        a, r = other.actor, other.recipient
        if not (_is_identified(a) and _is_identified(r)):
            continue
        assert a is not None and r is not None
        if own(a) and not own(r):
            return _plain(_as_state(r, linked), linked)
        if own(r) and not own(a):
            return _plain(_as_state(a, linked), linked)
    return None


_CONTROL_DEPS = {"xcomp", "conj", "pcomp", "pobj", "prep", "relcl", "dobj"}


def _controlling_event(
    doc: Doc, e: EventRecord, by_start: dict[int, EventRecord]
) -> EventRecord | None:
    """The event of the verb whose subject an infinitive act shares ("agreed/committed to
    meet"), up a chain of infinitives and conjoined infinitives."""
    span = doc.char_span(e.span[0], e.span[1], alignment_mode="expand")
    if span is None:
        return None
    cur = span.root
    for _ in range(6):
        # the parser may hang the second infinitive on a noun of the first ("committed to
        # establishing mechanisms to consolidate peace and to meet"): subject-less links only
        if cur.dep_ not in _CONTROL_DEPS or cur.head.i == cur.i:
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return None
        cur = cur.head
        found = by_start.get(cur.idx)
        if found is not None and found.type in ("AGREE",) and found is not e:
            return found
    return None


def _report_author(
    events: list[EventRecord],
    i: int,
    obj: Token,
    linked: LinkedDoc,
    report_nouns: frozenset[str],
) -> ActorRef | None:
    """Who wrote the report `obj` names: a party its own phrase names ("the UN report",
    "media reports"), else the party an earlier sentence names as the author of a report
    ("the monitoring team publishes a report"), else the source of the latest account told
    before that is not the rejecting party's own side."""
    e = events[i]
    if _bare_plural(obj) and {lemma(obj), obj.lower_} & _NO_AUTHOR_REPORTS:
        return None  # "rejected reports that ...": hearsay no one party is named as telling
    own = _named_author(obj, linked, nouns_ok=True)
    if own is not None:
        return own
    if obj.i > 0 and not _bare_plural(obj):
        # "the report", "the findings": the report the article has named its author for, the
        # nearest one told before (not one of the reacting party's own side)
        for tok in reversed(linked.doc[: obj.sent.start]):
            if not {lemma(tok), tok.lower_} & report_nouns:
                continue
            if tok.pos_ == "VERB" and lemma(tok) == lemma(obj):
                # "Indian television channels reported that ...": the reports are theirs,
                # named or not
                author = _reporting_subject(tok, linked)
                if author is not None and not (
                    e.actor is not None
                    and (_same_party(author, e.actor) or _affiliated(author, e.actor, linked))
                ):
                    return author
                continue
            if tok.pos_ == "NOUN":
                author = _named_author(tok, linked, nouns_ok=False)
                if not _is_identified(author) and not _spoken_through(tok):
                    continue
            else:
                continue
            if author is not None and not (
                e.actor is not None
                and (_same_party(author, e.actor) or _affiliated(author, e.actor, linked))
            ):
                return author
    sources = [
        p.reported_by
        for p in reversed(events[:i])
        if p.reported_by is not None
        and p.span[0] < e.span[0]
        and not (
            e.actor is not None
            and (_same_party(p.reported_by, e.actor) or _affiliated(p.reported_by, e.actor, linked))
        )
    ]
    # a named party's account before unnamed witnesses' ("residents said"): what a party
    # rejects is its adversary's report
    return next((s for s in sources if _is_identified(s)), sources[0] if sources else None)


def _named_author(report: Token, linked: LinkedDoc, *, nouns_ok: bool) -> ActorRef | None:
    """The party a report noun's own phrase names as its author ("the UN report", "UNAMA's
    findings", "a report released by Amnesty"), or the subject of the verb that puts it out
    ("the monitoring team publishes a report"). `nouns_ok`: an unlinked noun modifier ("media
    reports") counts as an author too."""

    def mentioned(toks: list[Token]) -> ActorRef | None:
        for t in toks:
            m = linked.linked_mention_at(t.idx)
            if m is not None:
                return linked.actor_ref(m)
        return None

    for mod in report.children:
        if mod.dep_ not in ("poss", "compound", "amod", "nmod"):
            continue
        found = mentioned([mod])
        if found is not None:
            return found
        if nouns_ok and mod.dep_ == "compound" and mod.pos_ == "NOUN":
            return ActorRef(id=None, name=None, text=mod.text)
    for prep in report.children:
        # s21: "a report by the UN Security Council's monitoring team", "findings from UNAMA"
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from"):
            found = mentioned([t for c in prep.children if c.dep_ == "pobj" for t in c.subtree])
            if found is not None:
                return found
    for acl in report.children:
        # "a report released by UNAMA"
        if acl.dep_ == "acl" and lemma(acl) in _PUBLISHING_VERBS:
            agents = [t for c in acl.children if c.dep_ == "agent" for t in c.subtree]
            found = mentioned(agents)
            if found is not None:
                return found
    if report.dep_ in ("dobj", "obj") and lemma(report.head) in _PUBLISHING_VERBS:
        # "the monitoring team publishes a report": its writer is the one who puts it out
        subject = subject_of(report.head)
        if subject is not None:
            return mentioned(list(subject.subtree))
    if _spoken_through(report):
        # "Rawadari said in a report", "the ministers ended the meeting with a declaration":
        # the one who speaks or acts through the document is its author
        return _reporting_subject(report.head.head, linked)
    return None


def _spoken_through(report: Token) -> bool:
    """ "said in a report", "ended the meeting with a declaration": the verb's subject puts
    the document out."""
    return (
        report.dep_ == "pobj"
        and report.head.lower_ in ("in", "with")
        and report.head.head.pos_ == "VERB"
        and lemma(report.head.head) in _SPEAKING_VERBS
        and any(c.dep_ == "nsubj" for c in report.head.head.children)
        and not any(c.dep_ in ("poss", "compound") for c in report.children)
    )


# verbs that put out what a document says: "said in a report", "ended ... with a declaration"
_SPEAKING_VERBS = frozenset(
    {
        "say",
        "state",
        "warn",
        "allege",
        "write",
        "conclude",
        "find",
        "document",
        "accuse",
        "claim",
        "estimate",
        "note",
        "end",
        "close",
        "urge",
        "call",
    }
)


def _reporting_subject(verb: Token, linked: LinkedDoc) -> ActorRef | None:
    """The party that is the subject of a verb of putting something out ("Indian television
    channels reported", "the group said in a report"). A common-noun subject that only a
    nationality qualifies ("Indian television channels") is that group, not the state."""
    subject = subject_of(verb)
    dateline = _dateline_end(verb.doc)
    if subject is not None and subject.i < dateline < verb.i:
        # "BISHKEK, Kyrgyzstan — Security council secretaries ... ended": past the dateline,
        # while a dash inside the sentence ("The mission — which … — said") is no dateline
        subject = next(
            (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > dateline),
            None,
        )
    if subject is None or subject.pos_ == "PRON":
        return None
    # the head itself, then whose members it names ("secretaries of the SCO"), then the rest
    ofs = [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
    for t in [subject, *ofs]:
        m = linked.linked_mention_at(t.idx)
        if m is not None:
            return linked.actor_ref(m)
    left = [
        t
        for c in subject.children
        if c.i < subject.i and c.dep_ in ("amod", "compound")
        for t in c.subtree
    ]
    for t in left:
        m = linked.linked_mention_at(t.idx)
        if m is not None and not (t.dep_ == "amod" and t.pos_ == "ADJ"):
            return linked.actor_ref(m)  # "the UN team"
    if subject.pos_ in ("NOUN", "PROPN"):
        # "Rawadari", "Indian television channels": a party the knowledge base does not know,
        # by the words that name it
        start = min([subject.i, *(t.i for t in left)])
        return ActorRef(id=None, name=None, text=linked.doc[start : subject.i + 1].text)
    return None


# verbs of putting a document out: their subject (or agent) is its author
_PUBLISHING_VERBS = frozenset(
    {"publish", "release", "issue", "produce", "compile", "present", "submit", "prepare", "write"}
)


# COERCE modes that leave people in someone's custody (whose release can be demanded)
_CUSTODY_MODES = frozenset({("COERCE", "arrest"), ("ASSAULT", "abduct")})


# reports that come from nowhere in particular when no author is named ("rejected reports that")
_NO_AUTHOR_REPORTS = frozenset({"report", "reports"})


def _bare_plural(obj: Token) -> bool:
    """A plural noun with no determiner, possessor, modifier or author ("reports that ...",
    "claims of abuse"): said by no one in particular."""
    return obj.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "compound", "amod", "nmod", "nummod")
        or (c.dep_ == "prep" and c.lower_ == "by")
        for c in obj.children
    )


def _named_crossing(linked: LinkedDoc, before: int, cues: RecipientCues) -> PlaceRef | None:
    """The place last named as a border crossing ("the Chaman crossing", "the Ghulam Khan
    border crossing") before character `before`."""
    doc = linked.doc
    for m in sorted(linked.place_mentions, key=lambda m: -m.start):
        if m.start >= before or not m.place_id:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        words = [*span, *doc[span.end : span.end + 2]]
        if any(t.lower_ == "crossing" for t in words):
            return linked.place_ref(m)
    return None


def _victims_group(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> str | None:
    """The group the guide codes unnamed ordinary victims as ("killing a woman and two
    children" → civilians; "nine people" on a passenger bus → passengers), or None when the
    recipient is a party or a more precise group."""
    ref = e.recipient
    if e.type != "ASSAULT" or ref is None or _is_identified(ref) or not ref.text:
        return None
    sent = _event_sentence(e, linked)
    if sent is None:
        return None
    named = ref.text.split()
    if len(named) > 1 and named[-1][:1].isupper() and named[-1].lower() in cues.vehicle_name_words:
        # "opened fire on the Jaffar Express": a named passenger train, not a party
        return "passengers"
    last = ref.text.split()[-1].lower()
    head = next((t for t in sent if t.lower_ == last), None)
    words = {last, lemma(head) if head is not None else last}
    if head is not None and lemma(head) == "member":
        # "five members of one family": the members are what the family is
        words |= {lemma(o) for p in head.children if p.lower_ == "of" for o in p.children}
    if not words & cues.civilian_nouns:
        return None
    if any(cues.passenger_vehicle(t) for t in sent):
        return "passengers"
    return "civilians"


def _responsibility(e: EventRecord, linked: LinkedDoc) -> Token | None:
    """The "responsibility" of "claimed responsibility" in the event's sentence, or None."""
    sent = _event_sentence(e, linked)
    return next(
        (
            t
            for t in (sent if sent is not None else [])
            if lemma(t) == "responsibility" and lemma(t.head) == "claim"
        ),
        None,
    )


def _claims_told_attack(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the event's sentence claims responsibility for an attack already told ("claimed
    responsibility for the bombing": a definite noun)."""
    t = _responsibility(e, linked)
    if t is None:
        return False
    return any(
        p.lower_ == "for"
        and any(
            o.dep_ == "pobj" and any(d.lower_ in ("the", "this", "that") for d in o.children)
            for o in p.children
        )
        # the parser hangs "for ..." on the noun or on the verb
        for p in [*t.children, *t.head.children]
    )


def _quoted_label(ref: ActorRef | None, e: EventRecord) -> bool:
    """Whether the words naming `ref` stand inside quotation marks in the event's sentence."""
    if ref is None or not ref.text:
        return False
    at = e.sentence.find(ref.text)
    if at < 0:
        return False
    before = e.sentence[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _state_force(
    ref: ActorRef | None, e: EventRecord, linked: LinkedDoc, cues: RecipientCues
) -> tuple[ActorRef, str] | None:
    """For a country named as the modifier of a force noun it shares with another party
    ("Pakistani and Afghan forces"), that country's force as the document names it, else
    None."""
    state = linked.actors.get(ref.id) if ref is not None and ref.id else None
    if ref is None or state is None or state.kind != "country" or " " in ref.text.strip():
        return None
    sent = _event_sentence(e, linked)
    for tok in sent if sent is not None else []:
        if tok.text != ref.text or tok.dep_ not in ("amod", "compound"):
            continue
        found = (
            _party_holding(linked, _FORCE_SECTORS, tok.head.idx, None, country=state.country)
            if {lemma(tok.head), tok.head.lower_} & cues.force_nouns
            else None
        )
        if found is not None:
            # the words stay those of this sentence; only the party is the force
            force = ActorRef(id=found[0].id, name=found[0].name, text=ref.text)
            return force, f"the force of {ref.text!r} ({found[1]})"
    return None


def _coordinated_target(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The target of an assault whose verb is coordinated with event `i`'s ("stormed the
    post and seized weapons", "shot dead three men and seized their rifles"), by the same
    actor: a seizure or other measure in the same breath is against the same party."""
    e = events[i]
    head = _trigger_head(e, linked)
    if head is None:
        return None
    for other in events:
        if (
            other is e
            or other.type != "ASSAULT"
            or other.recipient is None
            or other.sentence_span != e.sentence_span
            or not (e.actor is None or _same_party(e.actor, other.actor))
        ):
            continue
        verb = _trigger_head(other, linked)
        if verb is None:
            continue
        if (head.dep_ == "conj" and head.head.i == verb.i) or (
            verb.dep_ == "conj" and verb.head.i == head.i
        ):
            return other.recipient
    return None


def _later_teller(
    events: list[EventRecord], i: int, accusation: EventRecord, linked: LinkedDoc
) -> ActorRef | None:
    """The source of an account told after `accusation` and before event `i`, in the sentence
    just before it, by a party other than event `i`'s actor ("He claimed that strikes had
    killed civilians. The minister rejected the allegation."), else None."""
    e = events[i]
    for prev in reversed(events[:i]):
        if prev.span[0] <= accusation.span[0] or prev.span[0] >= e.span[0]:
            continue
        src = prev.reported_by
        if (
            src is None
            or not src.id
            or prev.type in _SPEECH_TYPES
            or not _previous_sentence(prev, e, linked)
            or (
                e.actor is not None
                and (_same_party(src, e.actor) or _affiliated(src, e.actor, linked))
            )
        ):
            continue
        return _plain(src, linked)
    return None


# What a party has said, when its possessor names whose it is ("the military's account").
_ACCOUNT_NOUNS = frozenset(
    {"account", "statement", "version", "figure", "figures", "claim", "claims"}
)


def _speaking_body(
    events: list[EventRecord], i: int, linked: LinkedDoc, cues: RecipientCues
) -> ActorRef | None:
    """For an answer to "<body>'s account / statement", the body's own branch that gave the
    account earlier in the article (its media wing, spokes-office), when the recipient is the
    possessing body and that branch is the source of an earlier row; else None."""
    e = events[i]
    rec = e.recipient
    if e.type not in cues.answer_types or rec is None or not rec.id:
        return None
    owned = any(
        lemma(o) in _ACCOUNT_NOUNS
        and any(
            c.dep_ == "poss"
            and (m := linked.linked_mention_at(c.idx)) is not None
            and m.actor_id == rec.id
            for c in o.children
        )
        for o in getattr(e, "_objects", [])
    )
    if not owned:
        return None
    for prev in reversed(events[:i]):
        src = prev.reported_by
        if prev.span[0] >= e.span[0] or src is None or not src.id or src.id == rec.id:
            continue
        branch = linked.actors.get(src.id)
        if branch is not None and branch.parent == rec.id and branch.kind != "person":
            return _plain(src, linked)
    return None


def _border_fight(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> bool:
    """A mutual fight named with no party, at a border: "a border clash", "fighting along the
    frontier", "skirmishes on the border"."""
    head = _trigger_head(e, linked)
    if head is None or not {lemma(head), head.lower_} & cues.reciprocal:
        return False
    if any(c.dep_ in ("poss", "nsubj", "nsubjpass", "agent") for c in head.children):
        return False
    words = {lemma(t) for t in head.subtree} | {t.lower_ for t in head.subtree}
    words |= {lemma(t) for t in head.children if t.dep_ == "compound"}
    if head.dep_ == "compound":
        words |= {lemma(head.head), head.head.lower_}
    return bool(words & {"border", "frontier"})


def _points_back(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether an answer's object is a demonstrative ("disputed that", "rejected this
    account"): it answers what the sentence just before said."""
    head = _trigger_head(e, linked)
    if head is not None and head.i + 2 < len(head.doc):
        # "disputed that, saying ...": the parser may take the bare pronoun for the mark of
        # the clause after the comma
        nxt = head.doc[head.i + 1]
        if nxt.lower_ in _DEMONSTRATIVES and head.doc[nxt.i + 1].is_punct:
            return True
    return any(
        (o.lower_ in _DEMONSTRATIVES and o.dep_ in ("dobj", "obj"))
        or any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in o.children)
        for o in getattr(e, "_objects", [])
    )


def _other_state_named(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The first state (or state body) the event's sentence names that is not the actor's
    side, as its government's reference, or None."""
    start, end = e.sentence_span
    for m in linked.actor_mentions:
        if not (start <= m.start < end) or not m.actor_id:
            continue
        ref = linked.actor_ref(m)
        actor = linked.actors.get(m.actor_id)
        if (
            actor is None
            or not _is_identified(ref)
            or _same_party(ref, e.actor)
            or _affiliated(ref, e.actor, linked)
            or not (actor.kind == "country" or actor.sector in _STATE_SECTORS)
        ):
            continue
        return _as_state(ref, linked)
    return None


def _denies_clause(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether an answer denies a that-clause of its own and has no object ("denied that any
    request had been received"): what it denies is an account, not a named statement."""
    head = _trigger_head(e, linked)
    if head is None or head.pos_ not in ("VERB", "AUX") or getattr(e, "_objects", []):
        return False
    return any(
        c.dep_ == "ccomp" and c.i > head.i and any(k.lower_ == "that" for k in c.children)
        for c in head.children
    )


_DEMONSTRATIVES = frozenset({"that", "this"})


# Vehicles whose load stands for whom an attack on them hit ("a pickup carrying a polio team").
_CARRIERS = frozenset(
    {"bus", "minibus", "coach", "van", "vehicle", "pickup", "truck", "car", "convoy", "jeep"}
    | {"motorcycle", "motorbike", "rickshaw", "train", "boat", "wagon"}
)
_CARRIED_PEOPLE = frozenset({"team", "member", "crew", "delegation", "official", "staff"})


def _carried_group(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """The people a vehicle hit in the event's sentence was carrying, when the event names its
    victims only by a toll of ordinary people ("a bomb tore through a minibus carrying Hazara
    students, killing nine people" → the students, as the guide codes the target described)."""
    if e.type != "ASSAULT" or _is_identified(e.recipient):
        return None
    sent = _event_sentence(e, linked)
    if sent is None:
        return None
    counted = cues.generic_people | cues.civilian_nouns | {"worker", "man", "member"}
    ref = e.recipient
    if ref is not None:
        last = (ref.text or "").split()[-1:]
        if not last or not ({last[0].lower(), last[0].lower().rstrip("s")} & counted):
            return None  # a precise group of its own ("two Pakistani security guards")
    groups = [
        o
        for t in sent
        if lemma(t) in _CARRIERS and t.dep_ in ("pobj", "dobj", "nsubjpass")
        for o in carried_loads(t)
        if lemma(o) in cues.people_nouns or lemma(o) in _CARRIED_PEOPLE
    ]
    groups += [
        # "a minibus carrying students" parsed with the participle as the group's modifier
        c.head
        for c in sent
        if c.dep_ == "amod"
        and lemma(c) in CARRYING_VERBS
        and any(
            lemma(v) in _CARRIERS
            for v in [*c.children, *c.head.children]
            if v.dep_ in ("npadvmod", "compound", "nsubj")
        )
        and (lemma(c.head) in cues.people_nouns or lemma(c.head) in _CARRIED_PEOPLE)
    ]
    if len(groups) != 1:
        return None
    head = groups[0]
    toks = [
        t
        for t in head.lefts
        if t.dep_ not in ("det", "nummod", "predet", "amod", "npadvmod") or t.pos_ == "ADJ"
        if lemma(t) not in _CARRIERS
    ] + [head]
    for p in head.children:
        if p.dep_ == "prep" and p.lower_ == "of":
            # "members of a polio vaccination team"
            toks += [p, *[t for o in p.children for t in o.subtree if t.dep_ != "det"]]
    text = " ".join(t.text for t in sorted(toks, key=lambda t: t.i))
    if ref is not None and ref.text and text.lower() in ref.text.lower():
        return None
    # the group's words replace the toll's, so a later sentence of the same incident and the
    # "civilians"/"passengers" reading of ordinary people both see the group
    return ActorRef(id=ref.id if ref is not None else None, name=text, text=text)


def _national_statement_maker(
    events: list[EventRecord], i: int, linked: LinkedDoc, cues: RecipientCues
) -> ActorRef | None:
    """Who made the statement an answer names by its maker's nationality ("dismissed the
    Indian objection", "rejected the Russian minister's figures"): the latest earlier speaker
    of that country the article names by a more precise id (its foreign ministry, the
    minister), or None."""
    e = events[i]
    ref = e.recipient
    if e.type not in cues.answer_types or not _is_identified(ref):
        return None
    state = linked.actors.get(ref.id or "")
    sent = _event_sentence(e, linked)
    if state is None or state.kind != "country" or sent is None:
        return None
    mention = next(
        (
            m
            for m in linked.actor_mentions
            if m.actor_id == ref.id and m.text == ref.text and sent.start_char <= m.start
            if m.end <= sent.end_char
        ),
        None,
    )
    if mention is None:
        return None
    toks = [t for t in sent if mention.start <= t.idx < mention.end]
    root = next((t for t in toks if not (mention.start <= t.head.idx < mention.end)), None)
    # only a modifier of what was said: "rejected India's offer of talks" with "India" alone
    # as the object's owner is left to the rules for the state itself
    if (
        root is None
        # "rejected Pakistani allegations", "the Pakistani charge": an accusation is the
        # state's line, answered to the state (`source_nouns`, `content_nouns`)
        or {lemma(root.head), root.head.lower_} & (cues.source_nouns | cues.content_nouns)
        or root.dep_ not in ("amod", "poss", "compound", "nmod")
        or root.head.pos_ != "NOUN"
        or root.head.dep_ not in ("dobj", "obj", "pobj", "nsubjpass")
    ):
        return None
    for p in reversed(events[:i]):
        if (
            p.type in _SPEECH_TYPES
            and _is_identified(p.actor)
            and p.actor.id != state.id
            and _country_of(p.actor, linked) == state.country
        ):
            return _plain(p.actor, linked)
    return None


# Modes of a measure that restricts movement (guide §11: cordons, sealing off, curfews, roads
# closed by the authorities): its recipient is only the people it is imposed on.
_RESTRICTING_MODES = frozenset({"restrict", "curfew"})

# What a restriction names as the people it is imposed on ("barred Chinese workers", "moved
# them to a park"), rather than the area, road or service it closes.
_IMPOSED_ON_DEPS = frozenset({"dobj", "obj", "nsubjpass"})


def _restriction_without_people(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> bool:
    """Whether a cordon, curfew or closure row has a recipient its trigger does not impose the
    measure on: "cordoned off the area and recovered the bodies of four attackers", "closed the
    road", "Railway services were suspended" (guide §11: the place is not a recipient)."""
    if e.type != "COERCE" or e.mode not in _RESTRICTING_MODES or e.recipient is None:
        return False
    head = _trigger_head(e, linked)
    if head is None:
        return False
    words = (e.recipient.text or "").lower().split()
    for obj in head.children:
        if obj.dep_ not in _IMPOSED_ON_DEPS:
            continue
        if obj.tag_ == "PRP":
            # "moved them away": the pronoun's resolution names the people moved
            return False
        single = lemma(obj)
        if words and obj.lower_ == words[-1] and single in cues.people_nouns | cues.civilian_nouns:
            return False
    return True


# The verb and the nouns of searching people's homes (guide §10: COERCE against the residents).
_SEARCH_LEMMAS = frozenset({"search"})
_HOUSE_WORDS = frozenset({"house", "home", "houses", "homes", "house-to-house", "door-to-door"})


def _searched_residents(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """The residents whose homes a search is told of ("searched homes", "during house-to-house
    searches"): the speakers named by where they live when they tell it ("Residents of Kardgap
    said ..."), otherwise the residents as such. None when the homes are someone's named
    ("searched the homes of suspects"), whose owners the parse already gives."""
    if e.type != "COERCE":
        return None
    head = _trigger_head(e, linked)
    if head is None or lemma(head) not in _SEARCH_LEMMAS:
        return None
    if head.pos_ == "VERB":
        homes = [c for c in head.children if c.dep_ in ("dobj", "obj") and lemma(c) in _HOUSE_WORDS]
    else:
        homes = [head] if any(c.lower_ in _HOUSE_WORDS for c in head.children) else []
    if not homes or any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
        for h in homes
        for c in h.children
    ):
        return None
    sent = _event_sentence(e, linked)
    teller = next(
        (
            t
            for t in sent or []
            if lemma(t) in cues.resident_nouns
            and t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i != head.i
        ),
        None,
    )
    if teller is not None:
        # "Residents of Kardgap": the speakers' own description, with where they are of
        words = [teller] + [
            w for p in teller.children if p.dep_ == "prep" and p.lower_ == "of" for w in p.subtree
        ]
        words = sorted({w.i: w for w in words}.values(), key=lambda w: w.i)
        text = " ".join(w.text for w in words)
        return ActorRef(id=None, name=None, text=text)
    return ActorRef(id=None, name=None, text="residents")


# A reply in arms: "returned fire", "retaliated", "fired in retaliation".
_REPLY_LEMMAS = frozenset({"retaliate"})
_REPLY_WORDS = frozenset({"retaliation", "retaliatory", "self-defence", "self-defense"})
# Where "in retaliation" hangs on the verb; a clause ("after troops shelled ...") is another act.
_MANNER_DEPS = frozenset({"prep", "amod", "advmod", "npadvmod"})


def _replied_to(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """Whom an attack told as a reply was aimed at: the doer of the act of force it answers,
    told in the same sentence ("Afghan forces opened fire on Pakistani posts, and Pakistani
    troops returned fire") or the sentence before (guide §1.3: the recipient is the target)."""
    e = events[i]
    if e.type != "ASSAULT" or e.recipient is not None:
        return None
    head = _trigger_head(e, linked)
    if head is None:
        return None
    replies = (
        lemma(head) in _REPLY_LEMMAS
        or (lemma(head) == "return" and any(c.lower_ == "fire" for c in head.children))
        or any(
            t.lower_ in _REPLY_WORDS
            for c in head.children
            if c.dep_ in _MANNER_DEPS
            for t in c.subtree
        )
    )
    if not replies:
        return None
    same = [p for p in events if p is not e and p.sentence_span == e.sentence_span]
    before = [p for p in reversed(events[max(0, i - 6) : i]) if _sentences_apart(p, e, linked) == 1]
    for p in same + before:
        if (
            p.type == "ASSAULT"
            and _is_identified(p.actor)
            and not _same_party(p.actor, e.actor)
            and not (e.actor is not None and _affiliated(p.actor, e.actor, linked))
            and p.factuality not in _UNREAL
        ):
            return p.actor
    return None


def _deported_group(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """The group a deportation row is done to when its own object only counts people or is
    missing: "began expelling undocumented Afghans and has since sent back 1.7 million people"
    → the undocumented Afghans; else None."""
    if (e.type, e.mode) != ("COERCE", "deport"):
        return None
    ref = e.recipient
    if ref is not None and (
        _is_identified(ref) or not ref.text or ref.text.split()[-1].lower() not in cues.count_nouns
    ):
        return None
    sent = _event_sentence(e, linked)
    if sent is None:
        return None
    best: Token | None = None
    for t in sent:
        word = t.lower_[:-1] if t.lower_.endswith("s") else t.lower_
        if (
            t.pos_ in ("NOUN", "PROPN")
            and t.tag_ in ("NNS", "NNPS")
            and word in cues.deportee_nouns
            and t.dep_ != "compound"
            and (best is None or abs(t.idx - e.span[0]) < abs(best.idx - e.span[0]))
        ):
            best = t
    if best is None:
        return None
    # the group with its own modifiers ("undocumented Afghans", "card holders"), not a clause
    left = [c for c in best.lefts if c.dep_ in ("amod", "compound", "nmod")]
    start = min([c.left_edge.i for c in left] + [best.i])
    text = sent.doc[start : best.i + 1].text
    return ActorRef(id=None, name=None, text=text)


def _claimed_noun(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the event's trigger is a noun that a verb "claim" takes as its object ("IS-K
    claimed the attack", "an attack IS-K claimed", "the bombing was claimed by ...")."""
    head = _trigger_head(e, linked)
    if head is None or head.pos_ != "NOUN" or head.tag_ == "NNS":
        # "claimed both attacks": several incidents, not one target
        return False
    if head.dep_ in ("dobj", "obj", "nsubjpass") and lemma(head.head) == "claim":
        return True
    # "..., an attack IS-K claimed"; not "was the third attack claimed by IS-K", which counts
    # a series rather than naming the attack told
    return head.dep_ != "attr" and any(
        c.dep_ in ("relcl", "acl") and lemma(c) == "claim" for c in head.children
    )


def _named_by_what(obj: Token) -> bool:
    """Whether `obj` is the name a "what <he> called / described as" clause gives ("condemned
    what he called a cowardly terrorist crime"): such a name refers to an act already told,
    however indefinite its article."""
    verb = obj.head.head if obj.dep_ == "pobj" and obj.head.lower_ == "as" else obj.head
    if obj.dep_ not in ("oprd", "pobj", "dobj") or verb.i == obj.i:
        return False
    return lemma(verb) in ("call", "describe", "term", "label", "brand") and any(
        c.lower_ == "what" for c in verb.children
    )


# Verbs whose "with" names what is acted on or fought, not a party dealt with
_HANDLING_VERBS = frozenset(
    {"deal", "cope", "comply", "grapple", "contend", "tamper", "interfere", "fight", "clash"}
)


def _with_partner(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """s21 r2: the party a dealing's own "with" phrase names ("ended its ceasefire with the
    government", "taken part in talks with Kabul", "shared evidence of hideouts in Zabul with
    Kabul", "offered to share intelligence with Kabul"): the identified actor, or the
    government of the country or capital, that is the object of a "with" hung from the
    trigger or from its object, infinitive or prepositional phrases below it (the parser often
    hangs the "with" on the last noun). None when there is none, when it names several parties
    ("with his Afghan and Pakistani counterparts") or the actor's side; a border's "with"
    ("Afghanistan's border with Turkmenistan") only says where the border runs. Subjects,
    clauses and relative clauses are not gone into."""
    head = _trigger_head(e, linked)
    if head is None:
        return None
    queue: list[tuple[Token, int]] = [(head, 0)]
    while queue:
        tok, depth = queue.pop(0)
        if tok is not head and {lemma(tok), tok.lower_} & cues.border_nouns:
            continue
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "with" and lemma(tok) in _HANDLING_VERBS:
                continue  # "agreed to deal firmly with TTP militants": what is acted on
            if c.dep_ == "prep" and c.lower_ == "with":
                for pobj in (p for p in c.children if p.dep_ == "pobj"):
                    parties = [
                        p
                        for t in pobj.subtree
                        if t.dep_ in ("pobj", "conj", "amod", "poss", "compound", "nmod")
                        and (p := _party_at(t, linked)) is not None
                    ]
                    if len({p.id for p in parties}) != 1 or not _is_identified(parties[0]):
                        return None
                    if e.actor is not None and _affiliated(parties[0], e.actor, linked):
                        return None
                    return parties[0]
            elif depth < 5 and (
                c.dep_ in ("dobj", "obj", "nsubjpass", "xcomp", "prep", "pobj")
                or (
                    c.dep_ == "advcl"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                )
            ):
                queue.append((c, depth + 1))
    return None


def _party_at(tok: Token, linked: LinkedDoc) -> ActorRef | None:
    """The party a noun names: its linked actor mention, else the government of the country
    (or of the country whose capital) the place mention under it names."""
    linked_ref = _linked_ref_at(tok, linked)
    if linked_ref is not None:
        return linked_ref
    for pm in linked.place_mentions:
        if not (pm.start <= tok.idx < pm.end):
            continue
        place = linked.places.get(pm.place_id) if pm.place_id else None
        if place is None or not place.country:
            return None
        if place.kind == "country" or _capital_country(place.name):
            return _state_government(linked, place.country)
        return None
    return None


# Prepositions that single out some of a counted group ("killing six people, including two
# children", "14 people, among them two Afghan nationals").
_SUBSET_PREPS = frozenset({"including", "among"})
# Verbs (lemmas) whose object counts the casualties of the act they follow ("bombed villages,
# killing 14 civilians").
_CASUALTY_VERBS = frozenset({"kill", "wound", "injure"})


def _people_noun(tok: Token, cues: RecipientCues) -> bool:
    word = lemma(tok)
    return tok.pos_ == "NOUN" and (
        word in cues.people_nouns or word in cues.civilian_nouns or word in cues.generic_people
    )


def _counted_group(tok: Token, cues: RecipientCues) -> ActorRef | None:
    """`tok` with its own modifiers as an unnamed group ("14 Afghan civilians" → "Afghan
    civilians"), when it is a counted noun of ordinary people; else None."""
    if not _people_noun(tok, cues) or not any(c.dep_ == "nummod" for c in tok.children):
        return None
    left = [c for c in tok.lefts if c.dep_ in ("amod", "compound")]
    start = min([c.left_edge.i for c in left] + [tok.i])
    return ActorRef(id=None, name=None, text=tok.doc[start : tok.i + 1].text)


def _counted_victims(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """The counted group of ordinary people an act is told to have hit, where the recipient
    names only part of it or the state where it happened (guide §1.3, §18 rule 7):
    "killing six people, including two children" → the six people, not the children;
    "bombed villages in Khost, killing 14 civilians" → the civilians, not Afghanistan; else
    None. A party singled out ("including six soldiers"), a named person or a facility hit
    ("the gate of the police headquarters") keeps its row."""
    ref = e.recipient
    if e.type not in ("ASSAULT", "COERCE") or ref is None or not ref.text:
        return None
    sent = _event_sentence(e, linked)
    if sent is None:
        return None
    if not _is_identified(ref):
        last = ref.text.split()[-1].lower()
        for tok in sent:
            if tok.lower_ != last or tok.pos_ != "NOUN":
                continue
            prep = tok
            while prep.dep_ == "conj" and prep.head.i != prep.i:
                prep = prep.head
            prep = prep.head if prep.dep_ == "pobj" else prep
            if prep.lower_ not in _SUBSET_PREPS or prep.i == tok.i:
                continue
            whole = prep.head
            if whole.pos_ == "VERB":
                # "killing 14 civilians, among them six women": the verb's own object
                whole = next((c for c in whole.children if c.dep_ in ("dobj", "obj")), whole)
            group = _counted_group(whole, cues)
            if group is not None:
                return group
        return None
    if e.type != "ASSAULT" or e.factuality in _UNREAL:
        return None
    actor = linked.actors.get(ref.id or "")
    state = _government(linked, actor.country) if actor is not None else None
    head = _trigger_head(e, linked)
    if state is None or state.id != ref.id or head is None:
        return None
    clauses = [c for c in head.children if c.dep_ == "advcl"]
    in_clauses = {t.i for c in clauses for t in c.subtree}
    told = [t for t in head.subtree if t.i not in in_clauses]
    if any(cues.facility_sectors(t) for t in told):
        # "blew himself up at the gate of the police headquarters, killing seven people": the
        # target as described is the body holding the facility (guide §18 rule 7)
        return None
    for clause in clauses:
        if lemma(clause) not in _CASUALTY_VERBS:
            continue
        for obj in clause.children:
            if obj.dep_ in ("dobj", "obj"):
                group = _counted_group(obj, cues)
                if group is not None:
                    return group
    return None


# Object words that only count or add to a group named before ("arresting six others").
_ELIDED_HEADS = frozenset({"other", "others", "more"})


def _elided_object_group(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The recipient of the act just before in the same sentence, when event `i`'s own object
    is only a count of the same people ("killing two suspected IS-K members and detaining six",
    "killing two suspects and arresting six others"); else None."""
    e = events[i]
    if e.recipient is not None or e.type not in ("ASSAULT", "COERCE"):
        return None
    head = _trigger_head(e, linked)
    if head is None or head.pos_ != "VERB":
        return None
    obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None or not (
        obj.pos_ == "NUM"
        or (obj.lower_ in _ELIDED_HEADS and any(c.dep_ == "nummod" for c in obj.children))
    ):
        return None
    # the people counted before: a verb's counted object between the act before and this one
    counted = [
        t
        for t in head.doc[head.sent.start : head.i]
        if t.dep_ in ("dobj", "obj")
        and t.head.pos_ == "VERB"
        and t.pos_ in ("NOUN", "PROPN")
        and any(n.dep_ == "nummod" for n in t.children)
    ]
    for prev in reversed(events[:i]):
        if prev.sentence_span != e.sentence_span or prev.span[0] >= e.span[0]:
            continue
        if (
            prev.type in ("ASSAULT", "COERCE")
            and prev.recipient is not None
            and any(t.idx >= prev.span[0] for t in counted)
        ):
            return prev.recipient
    return None


# Nouns (and adjectives used as nouns) that stand for an act's casualties ("the dead").
_CASUALTY_NOUNS = frozenset({"dead", "wounded", "injured", "victim", "victims"})


def _casualties_named(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """Who the sentence says an act's casualties were: "the dead were 'ordinary villagers'",
    "two of the dead were local shepherds" → the attribute; "the constable was among the
    dead" → the subject (guide §1.3: the victims as described); else None. A pronoun ("they
    were among the dead") names no one new."""
    head = _trigger_head(e, linked)
    if e.type != "ASSAULT" or head is None or head.lower_ not in _CASUALTY_NOUNS:
        return None
    named: Token | None = None
    subj = head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        # "two of the dead were ..."
        subj = head.head.head
    if subj.dep_ in ("nsubj", "nsubjpass") and lemma(subj.head) == "be":
        named = next((c for c in subj.head.children if c.dep_ == "attr"), None)
    elif head.dep_ == "pobj" and head.head.lower_ == "among" and lemma(head.head.head) == "be":
        named = next((c for c in head.head.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if named is None or named.pos_ not in ("NOUN", "PROPN"):
        return None
    linked_ref = _linked_ref_at(named, linked)
    if linked_ref is not None:
        return linked_ref
    sectors = cues.facility_sectors(named)
    found = _party_holding(linked, sectors, named.idx, None) if sectors else None
    if found is not None:
        # "the constable was among the dead": the force the member belongs to
        return found[0]
    left = [c for c in named.lefts if c.dep_ in ("amod", "compound", "nmod")]
    start = min([c.left_edge.i for c in left] + [named.i])
    conj = [c.i for c in named.subtree if c.dep_ == "conj" and c.head.i == named.i]
    end = max([named.i, *conj])
    return ActorRef(id=None, name=None, text=named.doc[start : end + 1].text)


# Prepositions of an aid row that name whom it is for ("compensation for the families", "food
# to 300 households").
_BENEFICIARY_PREPS = frozenset({"for", "to"})


def _aid_beneficiaries(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """The people an aid row with no recipient is for, as its own "for"/"to" phrase names them
    ("announced compensation of 10 million rupees for each of the bereaved families" → the
    bereaved families; guide §1.3); else None. A phrase in another clause of the sentence
    ("and said it would pay for the treatment of the wounded") is another row's."""
    if e.type != "AID" or e.recipient is not None:
        return None
    head = _trigger_head(e, linked)
    if head is None:
        return None
    for prep in head.subtree:
        if prep.dep_ != "prep" or prep.lower_ not in _BENEFICIARY_PREPS:
            continue
        # only the trigger's own clause: no other verb between the phrase and the trigger
        path = list(prep.ancestors)
        upto = path[: next((k for k, t in enumerate(path) if t.i == head.i), len(path))]
        if any(t.pos_ in ("VERB", "AUX") for t in upto):
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lower_ == "each":
            # "for each of the bereaved families"
            of = next((c for c in obj.children if c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if obj is None or obj.pos_ != "NOUN":
            continue
        word = lemma(obj)
        if word not in cues.beneficiary_nouns and word not in cues.people_nouns:
            continue
        mention = linked.linked_mention_at(obj.idx)
        if mention is not None:
            ref = linked.actor_ref(mention)
            if _is_identified(ref):
                continue  # a party the argument pass already weighed
            return ref
        left = [c for c in obj.lefts if c.dep_ in ("amod", "compound", "nmod")]
        start = min([c.left_edge.i for c in left] + [obj.i])
        return ActorRef(id=None, name=None, text=obj.doc[start : obj.i + 1].text)
    return None
