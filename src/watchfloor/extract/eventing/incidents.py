"""Incidents and weapons: events that tell the same incident share an incident id
(`_link_incidents`); a weapon named once is carried to the acts of that incident
(`_inherit_weapon`, `_inherit_story_weapon`).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.shared import _BACKGROUND_FACTUALITY, _INSTRUMENT_MODES, _UNREAL
from watchfloor.records import EventRecord

if TYPE_CHECKING:
    pass


def _inherit_weapon(events: list[EventRecord]) -> None:
    """ "A soldier was killed and three were wounded": a later sentence of one incident that
    names no weapon was done with the weapon the incident was first told with (guide §1.2
    modes; the same incident as `_link_incidents` groups it). An act of another party in the
    incident (the counter-attack, the rescue) keeps its own mode."""
    first: dict[str, EventRecord] = {}
    for e in events:
        incident = getattr(e, "incident", None)
        if e.type != "ASSAULT" or not incident:
            continue
        if e.mode:
            first.setdefault(incident, e)
            continue
        told = first.get(incident)
        if told is None or told.mode not in _INSTRUMENT_MODES:
            continue
        if e.factuality in _UNREAL or e.factuality in _BACKGROUND_FACTUALITY:
            continue
        if e.actor is not None and told.actor is not None and e.actor.id != told.actor.id:
            continue
        e.mode = told.mode
        e.notes.append(f"mode from the incident's first report ({e.mode})")
    _inherit_story_weapon(events)


def _inherit_story_weapon(events: list[EventRecord]) -> None:
    """A story about one attack told with one weapon ("a drone strike … killed eight militants";
    later "the military said the strike hit a hideout", "five of the dead were women"): the
    later mentions of the news incident that name no weapon keep it, even where their place or
    date is not restated (gold/fresh4 README: continuation sentences keep the established
    incident). Background, planned or denied attacks and another party's acts are left alone,
    and so is any story whose attacks are told with more than one weapon."""
    news = [
        e
        for e in events
        if e.type == "ASSAULT"
        and e.factuality not in _UNREAL
        and e.factuality not in _BACKGROUND_FACTUALITY
        and e.factuality != "negated"
    ]
    weapons = {e.mode for e in news if e.mode}
    if len(weapons) != 1:
        return
    lead = next(e for e in news if e.mode)
    weapon = lead.mode
    if weapon not in _INSTRUMENT_MODES:
        return
    after = False
    for e in news:
        after = after or e is lead
        if not after or e.mode:
            continue
        if e.actor is not None and lead.actor is not None and e.actor.id != lead.actor.id:
            continue
        if e.recipient is not None and lead.actor is not None and e.recipient.id == lead.actor.id:
            continue  # the attackers hit back: their own act
        e.mode = weapon
        e.notes.append(f"mode from the story's one weapon ({weapon})")


def _link_incidents(events: list[EventRecord]) -> None:
    """Group same-type events in one document that share place, date and an actor."""

    def key(e: EventRecord) -> tuple:
        return (e.type, e.place.id if e.place else None, e.date)

    buckets: dict[tuple, list[EventRecord]] = {}
    for e in events:
        if e.place is None and e.date is None:
            continue
        buckets.setdefault(key(e), []).append(e)
    for (etype, place, day), group in buckets.items():
        ids: list[set[str]] = []
        for e in group:
            ids.append({a.id for a in (e.actor, e.recipient) if a is not None and a.id})
        for i, e in enumerate(group):
            if getattr(e, "incident", None):
                continue
            members = [e]
            for j in range(i + 1, len(group)):
                if ids[i] & ids[j] or (not ids[i] and not ids[j]):
                    members.append(group[j])
            if len(members) < 2:
                continue
            digest = hashlib.sha1(f"{etype}|{place}|{day}|{members[0].span}".encode()).hexdigest()[
                :12
            ]
            for m in members:
                if getattr(m, "incident", None) is None:
                    m.incident = digest
