"""Anaphors: actor arguments that are anaphoric ("the group", "they", "the militants")
resolved against the events and mentions before them (`_resolve_anaphors`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.mutual import _setting_of_deal
from watchfloor.extract.eventing.parties import (
    _affiliated,
    _as_state,
    _country_of,
    _first_mention,
    _government,
    _is_identified,
    _non_state,
    _party_holding,
    _plain,
    _previous_sentence,
    _previous_speaker,
    _same_party,
    _sentences_apart,
    _trigger_head,
)
from watchfloor.extract.eventing.recipient_rules import _responsibility
from watchfloor.extract.eventing.shared import (
    _BACKGROUND_FACTUALITY,
    _FORCE_SECTORS,
    _GENERAL_APPEAL_SECTORS,
    _SPEECH_TYPES,
    _STATE_SECTORS,
    _UNREAL,
    _VERBAL_TYPES,
    _dateline_end,
)
from watchfloor.extract.triggers import Lexicon, lemma
from watchfloor.records import ActorRef, EventRecord

if TYPE_CHECKING:
    from watchfloor.kb.linked import LinkedDoc


def _unnamed_group(ref: ActorRef | None) -> bool:
    """A plural group the knowledge base does not know ("aid groups", "about 20 women"): what
    a "they" or "them" in the next breath most often means."""
    if ref is None or _is_identified(ref):
        return False
    words = (ref.text or "").lower().split()
    return bool(words) and (
        words[-1] in _IRREGULAR_PLURALS
        or (words[-1].endswith("men") and words[-1] not in _SINGULARS_IN_MEN)
        or (words[-1].endswith("s") and len(words[-1]) > 3)
    )


_IRREGULAR_PLURALS = {"women", "men", "people", "children", "police", "staff", "personnel"}
# "gunmen", "tribesmen", "policemen" are plural; these are not
_SINGULARS_IN_MEN = {"yemen", "specimen", "regimen", "abdomen", "omen", "amen", "acumen"}


def _claimed_only(p: EventRecord, linked: LinkedDoc) -> bool:
    """Whether attack row `p` is told only in a claim of responsibility ("claimed
    responsibility", "claimed both attacks"): the claimant is not who the attack was told by."""
    if p.trigger.lower().startswith("claim") or _responsibility(p, linked) is not None:
        return True
    head = _trigger_head(p, linked)
    return head is not None and lemma(head.head) == "claim"


def _resolve_anaphors(events: list[EventRecord], linked: LinkedDoc, lex: Lexicon) -> None:
    """Replace "the attackers", "they", "its fighters", "the two sides" with the parties named
    earlier in the document (the demo gold, like analysts, codes the named party)."""
    # "both sides agreed", "urged both countries": one event per party (mutual acts are
    # coded in each direction), added after the one the sentence yields
    mirrors: list[tuple[int, ActorRef | None, ActorRef | None]] = []
    for i, e in enumerate(events):
        kinds = getattr(e, "_anaphor", None) or {}
        earlier = events[:i][::-1]
        for role in ("actor", "recipient"):
            kind = kinds.get(role)
            if not kind:
                continue
            new: ActorRef | None = None
            if kind == "duo":
                # "Wang Yi met Ishaq Dar, and the two agreed": the two parties of the act told
                # just before, as named (persons stay persons); else the article's two sides
                met = next(
                    (
                        p
                        for p in earlier
                        if _is_identified(p.actor)
                        and _is_identified(p.recipient)
                        and _sentences_apart(p, e, linked) <= 1
                    ),
                    None,
                )
                if met is None:
                    # "Shoigu met Kazakhstan's Nurdauletov, and the two agreed": two officials
                    # the knowledge base does not know stand for their states
                    near = _nearby_sides(e, earlier, linked)
                    if near is not None and role == "actor":
                        new = near[0]
                        if e.recipient is None:
                            e.recipient = near[1]
                            if e.type != "CONSULT":
                                mirrors.append((i, near[1], near[0]))
                    elif near is not None:
                        new = (
                            near[1] if e.actor is not None and e.actor.id == near[0].id else near[0]
                        )
                    else:
                        kind = "pair"
                elif role == "actor":
                    assert met.actor is not None and met.recipient is not None
                    new = met.actor
                    if e.recipient is None:
                        e.recipient = met.recipient
                        if e.type != "CONSULT":
                            mirrors.append((i, met.recipient, met.actor))
                else:
                    new = met.recipient
            if kind == "duo":
                pass
            elif kind == "everyone":
                if role == "recipient":
                    e.recipient = None
                    e.notes.append("recipient: none, an appeal to all sides")
                continue
            trio = _three_parties(e, linked) if kind == "trio" and role == "actor" else None
            if trio is not None:
                # "the three governments will set up ...": one row per party, the host's
                # aimed at the first other party, each other party's at the host (guide §1.3)
                host, others = trio
                new = host
                e.recipient = others[0]
                for guest in others:
                    mirrors.append((i, guest, host))
            elif kind in ("pair", "trio"):
                # the parties of the story told, not of a meeting recalled from years ago
                dyads = [
                    p
                    for p in earlier
                    if _is_identified(p.actor)
                    and _is_identified(p.recipient)
                    and p.factuality not in _BACKGROUND_FACTUALITY
                ]
                speaker = linked.actors.get(e.actor.id or "") if e.actor else None
                # a UN mission "in Afghanistan" appeals as an outside body, not as one side
                outside = getattr(speaker, "sector", None) in _GENERAL_APPEAL_SECTORS
                here = (
                    _country_of(e.actor, linked)
                    if role == "recipient" and e.actor and not outside
                    else None
                )
                # "Qatar urged both governments": the two states the article is mostly about
                # (the pair of other countries that most often act on each other in it, the
                # earlier first), not whoever the mediator or host last dealt with
                between: dict[frozenset[str | None], list[EventRecord]] = {}
                for p in reversed(dyads):
                    assert p.actor is not None and p.recipient is not None
                    key = frozenset(
                        (_country_of(p.actor, linked), _country_of(p.recipient, linked))
                    )
                    if len(key) == 2 and None not in key and here not in key:
                        between.setdefault(key, []).append(p)
                        if getattr(p, "_joint", False):
                            # a joint meeting told as one row is an act of each side
                            between[key].append(p)
                # two sides are two countries: a UN mission's appeal to Kabul is no pair
                across = [
                    p
                    for p in dyads
                    if p.actor is not None
                    and p.recipient is not None
                    and _country_of(p.actor, linked) != _country_of(p.recipient, linked)
                ]
                pair = (
                    max(between.values(), key=len)[0]
                    if between
                    else (across[0] if across else None)
                )
                sides: tuple[ActorRef, ActorRef] | None = None
                # "Wang and Malik held talks ..., and the two sides agreed": the two states
                # that met or clashed just before, not the article's main pair
                near = _nearby_sides(e, earlier, linked) if role == "actor" else None
                if near is not None:
                    sides = near
                elif pair is not None and pair.actor is not None and pair.recipient is not None:
                    sides = (pair.actor, pair.recipient)
                else:
                    # no two parties have yet acted on each other (the article opens with the
                    # agreement): the two countries it is about
                    govs = [
                        g
                        for c in linked.focus_countries
                        if c != here
                        for g in [_government(linked, c)]
                        if g is not None
                    ]
                    if len(govs) >= 2:
                        sides = (govs[0], govs[1])
                if sides is not None:
                    # "both sides", "the two countries": the two states, in the order the
                    # article introduced them (the gold's convention, and stable across
                    # sentences whatever the last event's direction was)
                    speaker = linked.actors.get(e.reported_by.id or "") if e.reported_by else None
                    first, second = sorted(
                        (_as_state(sides[0], linked), _as_state(sides[1], linked)),
                        key=lambda r: (
                            # a party reporting its own agreement comes first
                            not (speaker is not None and _country_of(r, linked) == speaker.country),
                            _first_mention(r, linked),
                        ),
                    )
                    here_words = ((getattr(e, role).text or "") if getattr(e, role) else "").lower()
                    if here_words.split()[-1:] and here_words.split()[-1] in _FORCE_WORDS:
                        # "the two sides' border commanders": each side's armed force, where the
                        # article names it, not the state
                        first, second = (_side_force(r, e, linked) for r in (first, second))
                    if role == "actor":
                        new = first
                        if e.recipient is None:
                            e.recipient = second
                            if e.type != "CONSULT":
                                # a joint meeting is one row, the first party's (guide §1.3)
                                mirrors.append((i, second, first))
                    else:
                        new = first if first.id != (e.actor.id if e.actor else None) else second
                        if new is first and second.id != (e.actor.id if e.actor else None):
                            mirrors.append((i, e.actor, second))
            elif kind == "poss":
                if _is_identified(e.reported_by):
                    new = e.reported_by
                elif _is_identified(getattr(e, role)):
                    continue  # the linker already found the possessor and no speaker is named
                else:
                    new = next(
                        (
                            p.actor
                            for p in earlier
                            if _is_identified(p.actor) and _non_state(p.actor, linked)
                        ),
                        None,
                    )
            elif kind in ("def", "count"):
                new = next(
                    (
                        p.actor
                        for p in earlier
                        if p.type == "ASSAULT"
                        and p.actor is not None
                        and not (getattr(p, "_anaphor", None) or {}).get("actor")
                        and _non_state(p.actor, linked)
                        # the attackers are those the incident was told with, not the group
                        # claiming it, nor attacks it threatens (guide §0 and §8)
                        and not _claimed_only(p, linked)
                        and p.factuality not in _UNREAL
                        # an indefinite count names a new party unless the incident was told
                        # just before (another attack later in a story has its own attackers)
                        and (
                            kind == "def"
                            or (
                                p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                                and e.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                                and _sentences_apart(p, e, linked) <= 2
                            )
                        )
                    ),
                    None,
                )
                here_ref = getattr(e, role)
                if (
                    new is not None
                    and not _is_identified(new)
                    and _unnamed_group(here_ref)
                    and not _unnamed_group(new)
                ):
                    # "Three gunmen ... were killed by police" after "a suicide bomber rammed
                    # ...": a group is not the lone attacker told of before; its own words
                    new = None
            elif kind == "it":
                # "The ministry said it would ...", "According to the ISPR statement, ... It
                # called on Kabul to ...": the body speaking, in this sentence or the last
                if _is_identified(e.reported_by):
                    new = e.reported_by
                elif e.type in _SPEECH_TYPES:
                    new = next(
                        (
                            p.reported_by
                            for p in earlier
                            if _is_identified(p.reported_by)
                            and _previous_sentence(p, e, linked)
                            and getattr(linked.actors.get(p.reported_by.id or ""), "kind", None)
                            != "person"
                        ),
                        None,
                    )
                if new is None and e.reported_by is not None:
                    # "the ANP observed a day of mourning, and the party said it would hold a
                    # protest": the body speaking, named by what it is
                    new = _described_body(e.reported_by, e, linked)
                if new is None:
                    setattr(e, role, None)
                    continue
            elif kind == "we":
                # a quoted "we": the one quoted (told in this sentence or the one before), who
                # speaks for a state; the speaker's own warning or pledge is the speaker's, an
                # act "we" will do is the state's
                quoted = e.reported_by if _is_identified(e.reported_by) else None
                if quoted is None:
                    quoted = next(
                        (
                            p.reported_by
                            for p in earlier
                            if _is_identified(p.reported_by) and _previous_sentence(p, e, linked)
                        ),
                        None,
                    )
                if quoted is None:
                    quoted = _previous_speaker(e, linked, lex)
                if quoted is None:
                    setattr(e, role, None)
                    continue
                new = quoted if e.type in _VERBAL_TYPES else _as_state(quoted, linked)
            elif kind == "pron":
                # "Police said they had arrested ...": the pronoun is the speaker. "they" is
                # never one person: a spokesman's "they" is his organisation, else the party
                # last told acting
                said = e.reported_by if _is_identified(e.reported_by) else None
                teller = linked.actors.get(said.id or "") if said is not None else None
                if said is not None and teller is not None and teller.kind == "person":
                    boss = linked.actors.get(teller.parent or "")
                    said = (
                        ActorRef(id=boss.id, name=boss.name, text=said.text or "")
                        if boss is not None and boss.kind != "person"
                        else None
                    )
                if said is not None:
                    new = said
                elif role == "actor" and _unnamed_group(e.reported_by):
                    # "Aid groups say they are reluctant to ...": the unnamed group speaking,
                    # not a party the knowledge base knows from an earlier sentence
                    new = e.reported_by
                else:
                    new = next(
                        (
                            p.actor
                            for p in earlier
                            if _is_identified(p.actor)
                            and getattr(linked.actors.get(p.actor.id or ""), "kind", None)
                            != "person"
                            # "we will hit them": not the actor's own side
                            and not (
                                role == "recipient"
                                and (
                                    _same_party(p.actor, e.actor)
                                    or _affiliated(p.actor, e.actor, linked)
                                )
                            )
                        ),
                        None,
                    )
                    last = earlier[0] if earlier else None
                    if (
                        last is not None
                        and last.actor is not None
                        and not _is_identified(last.actor)
                        and _previous_sentence(last, e, linked)
                        and _unnamed_group(last.actor)
                    ):
                        # "Tribal elders appealed ... They plan to travel ...": the group
                        # just named, even though the knowledge base does not know it
                        new = last.actor
                if new is None:
                    setattr(e, role, None)
                    continue
            if new is not None:
                other = e.recipient if role == "actor" else e.actor
                if other is not None and other.id and other.id == new.id:
                    continue
                here = getattr(e, role)
                # An unnamed party is only recognisable by the words it was first named with.
                text = here.text if here is not None and _is_identified(new) else new.text
                setattr(e, role, ActorRef(id=new.id, name=new.name, text=text))
                e.notes.append(f"{role} resolved from earlier in the document ({kind})")
    for i, actor, recipient in reversed(mirrors):
        e = events[i]
        twin = dataclasses.replace(
            e,
            actor=actor,
            recipient=recipient,
            fatalities=None,
            injured=None,
            notes=[*e.notes, "the other party of a mutual act"],
        )
        events.insert(i + 1, twin)
    _partyless_talks(events, linked)


def _partyless_talks(events: list[EventRecord], linked: LinkedDoc) -> None:
    """s22: "The deal was signed by X and Y after two days of talks", "reopened the crossing
    following two days of talks between border officials from both sides": talks that name
    no party of their own were held by the two parties of the mutual act (one row in each
    direction, or one told as mutual that gets its twin later) they led to in the same
    sentence; the meeting is coded from the first party's side."""
    for e in events:
        if e.type != "CONSULT" or e.actor is not None or e.recipient is not None:
            continue
        if _hosted(e, linked):
            continue  # "talks mediated by Qatar": the go-between's rows are told later
        if _setting_of_deal(e, linked):
            continue  # "agreed ... at a meeting": one row per party of the deal, made later
        same = [p for p in events if p is not e and p.sentence_span == e.sentence_span]
        pair = next(
            (
                p
                for p in same
                if p.type != "CONSULT"
                and p.actor is not None
                and p.recipient is not None
                and (
                    getattr(p, "_mutual", None) is not None
                    or any(
                        q.type == p.type
                        and _same_party(q.actor, p.recipient)
                        and _same_party(q.recipient, p.actor)
                        for q in same
                    )
                )
            ),
            None,
        )
        if any(p.type == "CONSULT" for p in same):
            continue  # the meeting has its own rows in the sentence already
        sides: tuple[ActorRef, ActorRef] | None = _joint_doers(same)
        if pair is not None and pair.actor is not None and pair.recipient is not None:
            sides = (pair.actor, pair.recipient)
        if sides is None or len(_parties_of(same, sides)) != 2:
            continue  # "the three countries agreed ... at a meeting": more than a pair met
        e.actor = dataclasses.replace(sides[0])
        e.recipient = dataclasses.replace(sides[1])
        e.notes.append("parties: those of the mutual act the talks led to")


def _parties_of(same: list[EventRecord], sides: tuple[ActorRef, ActorRef]) -> set[str]:
    """Every party of the rows of the pair's type in the sentence, by id or words."""
    kind = next(
        (p.type for p in same if p.actor is sides[0] and p.type != "CONSULT"),
        None,
    )
    return {
        r.id or (r.text or "").lower()
        for p in same
        if p.type == kind
        for r in (p.actor, p.recipient)
        if r is not None
    }


def _joint_doers(same: list[EventRecord]) -> tuple[ActorRef, ActorRef] | None:
    """ "Pakistan and Afghanistan reopened the crossing": one act told of two conjoined doers
    (one row each, no recipient yet; each is aimed at the other later), as a pair."""
    for p in same:
        if p.type == "CONSULT" or p.actor is None or p.recipient is not None:
            continue
        for q in same:
            if (
                q is not p
                and q.type == p.type
                and q.span == p.span
                and q.actor is not None
                and q.recipient is None
                and not _same_party(q.actor, p.actor)
            ):
                return p.actor, q.actor
    return None


# acts whose two parties "the two sides" just after most often names: a meeting or a clash
_PAIRING_TYPES = frozenset({"CONSULT", "ASSAULT"})


def _nearby_sides(
    e: EventRecord, earlier: list[EventRecord], linked: LinkedDoc
) -> tuple[ActorRef, ActorRef] | None:
    """The two states whose officials or forces met or clashed in the act told last, in this
    sentence or the one before ("Wang and Malik held talks ..., and the two sides agreed"):
    the parties of the meetings and clashes of that sentence, as their states, when they are
    exactly two countries."""
    last = next(
        (
            p
            for p in earlier
            if p.type in _PAIRING_TYPES
            and p.factuality not in _BACKGROUND_FACTUALITY
            and _sentences_apart(p, e, linked) <= 1
            and not (getattr(p, "_anaphor", None) or {}).get("actor")
        ),
        None,
    )
    if last is None:
        return None
    if any(_hosted(p, linked) for p in earlier if p.sentence_span == last.sentence_span):
        return None  # "talks hosted by Saudi Arabia": the host is no side
    # every meeting or clash of that sentence: a third party that hosted or mediated the
    # talks makes three sides, and then the phrase is left to the article's main pair
    rows = [
        p for p in earlier if p.sentence_span == last.sentence_span and p.type in _PAIRING_TYPES
    ]
    states: dict[str, ActorRef] = {}
    for p in reversed(rows):
        refs = [p.actor, p.recipient]
        if p.recipient is None:
            # "officials from Tajikistan and the Taliban administration are due to meet": the
            # parties joined to the actor's name
            refs.extend(_joined_parties(p, linked))
        for ref in refs:
            found = _state_of_party(ref, linked)
            if found is not None:
                states.setdefault(found[0], found[1])
    if len(states) != 2:
        return None
    first, second = states.values()
    return first, second


# meetings told by their host or go-between, a third party to the two sides
_HOST_VERBS = frozenset({"host", "mediate", "broker", "convene", "chair", "facilitate"})


def _hosted(p: EventRecord, linked: LinkedDoc) -> bool:
    head = _trigger_head(p, linked)
    return p.type == "CONSULT" and head is not None and lemma(head) in _HOST_VERBS


def _joined_parties(p: EventRecord, linked: LinkedDoc) -> list[ActorRef]:
    """The parties named in coordination with the actor of row `p` in its sentence."""
    if p.actor is None or not p.actor.id:
        return []
    low, high = p.sentence_span
    doc = linked.doc
    at = {m.start: m for m in linked.actor_mentions if low <= m.start < high and m.actor_id}
    found: list[ActorRef] = []
    for m in at.values():
        if m.actor_id != p.actor.id:
            continue
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for conj in span.root.conjuncts:
            for t in conj.subtree:
                other = at.get(t.idx)
                actor = linked.actors.get(other.actor_id or "") if other is not None else None
                if actor is not None and actor.id != p.actor.id:
                    found.append(ActorRef(id=actor.id, name=actor.name, text=t.text))
                    break
    return found


def _state_of_party(ref: ActorRef | None, linked: LinkedDoc) -> tuple[str, ActorRef] | None:
    """A party's country and state: a state or state body as its state, an official the
    knowledge base does not know by the country his first naming gives ("Iran's Ali
    Larijani"); None for a group or a non-state party."""
    if ref is None or not ref.id:
        return None
    actor = linked.actors.get(ref.id)
    if actor is None:
        return None
    country: str | None = None
    if actor.provisional:
        if actor.kind == "person":
            country = _named_country(ref.id, linked)
    elif actor.country and (actor.kind == "country" or actor.sector in _STATE_SECTORS):
        country = actor.country
    elif actor.country:
        gov = _government(linked, actor.country)
        country = actor.country if gov is not None and gov.id == actor.id else None
    if country is None:
        return None
    state = _government(linked, country)
    return (country, state) if state is not None else None


_NAMING_DEPS = frozenset({"poss", "compound", "amod", "appos", "nmod"})


def _named_country(actor_id: str, linked: LinkedDoc) -> str | None:
    """The country a person is first named with ("China's minister Wang Xiaohong", "Ali
    Larijani, Iran's security chief"), from the words of the name's own phrase."""
    countries: list[tuple[int, int, str]] = []
    for m in linked.actor_mentions:
        other = linked.actors.get(m.actor_id or "")
        if other is not None and other.kind == "country" and other.country:
            countries.append((m.start, m.end, other.country))
    for pm in linked.place_mentions:
        place = linked.places.get(pm.place_id or "")
        if place is not None and place.kind == "country" and place.country:
            countries.append((pm.start, pm.end, place.country))
    doc = linked.doc
    actor = linked.actors.get(actor_id)
    surname = actor.name.split()[-1:] if actor is not None else []
    # every naming of the person, by the id's mentions or by the surname ("Russia's Sergei
    # Shoigu" before the linker's "Shoigu")
    starts = {m.start for m in linked.actor_mentions if m.actor_id == actor_id}
    for tok in doc:
        if not (tok.idx in starts or (surname and tok.text == surname[0])):
            continue
        head = tok
        while head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        words = {t.i for c in head.children if c.dep_ in _NAMING_DEPS for t in c.subtree}
        words |= {head.i, tok.i}
        for start, end, country in sorted(countries):
            if any(doc[i].idx < end and start < doc[i].idx + len(doc[i]) for i in words):
                return country
    return None


def _three_parties(e: EventRecord, linked: LinkedDoc) -> tuple[ActorRef, list[ActorRef]] | None:
    """The host and the two other governments of a three-party act: the article's first
    three countries in the order it names them; the host is the country where the act takes
    place, else where the story was filed, else the first named."""
    govs = [
        g for c in linked.focus_countries[:3] for g in [_government(linked, c)] if g is not None
    ]
    if len(govs) < 3:
        return None
    end = _dateline_end(linked.doc)
    dash = linked.doc[end].idx if end >= 0 else -1
    # "the foreign ministers of China, Pakistan and Afghanistan's Taliban administration": a
    # country the linker kept as a place is named there all the same, and the gold takes the
    # parties in that order (the dateline names where the story was filed, not a party)
    named_at: dict[str, int] = {}
    for m in linked.place_mentions:
        place = linked.places.get(m.place_id or "")
        if place is not None and place.kind == "country" and place.country and m.start > dash:
            named_at[place.country] = min(m.start, named_at.get(place.country, m.start))
    govs.sort(
        key=lambda r: min(
            _first_mention(r, linked), named_at.get(_country_of(r, linked) or "", len(linked.text))
        )
    )
    filed = next(
        (
            linked.places[m.place_id].country
            for m in linked.place_mentions
            if m.place_id in linked.places and m.end <= dash
        ),
        None,
    )
    where = e.place.country if e.place is not None else None
    host = next(
        (g for c in (where, filed) for g in govs if c and _country_of(g, linked) == c), govs[0]
    )
    return host, [g for g in govs if g.id != host.id]


def _described_body(ref: ActorRef, e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The organisation a description such as "the party" or "the group" refers back to: the
    last one named before the event whose name ends in that word ("Awami National Party")."""
    words = (ref.text or "").lower().split()
    if not words or words[-1] not in _BODY_WORDS:
        return None
    found: ActorRef | None = None
    for m in linked.actor_mentions:
        if m.start >= e.span[0] or not m.actor_id:
            continue
        actor = linked.actors.get(m.actor_id)
        if actor is not None and actor.name.lower().split()[-1:] == words[-1:]:
            found = ActorRef(id=actor.id, name=actor.name, text=ref.text)
    return found


_BODY_WORDS = {"party", "ministry", "movement", "front", "council", "committee", "department"}


# head words of a pair phrase that name the sides' armed forces ("the two sides' commanders")
_FORCE_WORDS = frozenset(
    {"commanders", "forces", "troops", "soldiers", "guards", "militaries", "armies"}
)


def _side_force(state: ActorRef, e: EventRecord, linked: LinkedDoc) -> ActorRef:
    """The armed force of a side's state as the document names it, else the state itself."""
    country = _country_of(state, linked)
    found = _party_holding(linked, _FORCE_SECTORS, e.span[0], None, country=country)
    body = linked.actors.get(found[0].id or "") if found is not None else None
    if found is None or body is None or body.kind == "person":
        return state  # a defence minister is not his side's force
    return _plain(found[0], linked) or state
