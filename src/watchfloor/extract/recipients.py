"""Implicit recipients: objects that belong to a party, nouns that name an earlier event.

The cues live in `data/recipients.yaml` (validated on load). The event coder uses them after a
document is coded: an event whose object is "a police post" or "the convoy" targets the party
that holds it, as named elsewhere in the document; a reaction to "the attack" or "the
allegation" targets the actor of that earlier event.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from watchfloor.records import EVENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

DATA_PATH = Path(__file__).parent / "data" / "recipients.yaml"
_MOD_DEPS = ("compound", "amod", "nmod", "poss")


class RecipientCueError(ValueError):
    """recipients.yaml is malformed."""


# The sector code of a facility entry whose holder is the state itself ("government targets",
# "the railway"): the government of the country where the attack is, not the nearest body.
STATE_SECTOR = "STATE"


@dataclass(frozen=True)
class Facility:
    nouns: frozenset[str]
    mod: frozenset[str]  # empty: no modifier required
    sectors: tuple[str, ...]


@dataclass(frozen=True)
class RecipientCues:
    version: str
    facilities: tuple[Facility, ...]
    event_nouns: dict[str, str]  # noun → PLOVER type
    # statements ("the accusation") whose maker is known by who said it even when the
    # statement was coded as the act it alleges
    source_nouns: frozenset[str] = frozenset()
    # verbs whose conjoined subjects act on each other ("A and B exchanged fire")
    reciprocal: frozenset[str] = frozenset()
    # objects that face a neighbour ("closed the border crossing"): the other country's
    # government is the target
    border_nouns: frozenset[str] = frozenset()
    # people named by nationality ("Afghan workers", "Afghans") who are not their state
    people_nouns: frozenset[str] = frozenset()
    # event types that answer an earlier statement of another party (REJECT)
    answer_types: frozenset[str] = frozenset()
    # event types aimed at the party the actor's side last dealt with (pledges, warnings)
    counterpart_types: frozenset[str] = frozenset()
    # event types whose beneficiary country ("aid to Afghanistan") means its government
    beneficiary_types: frozenset[str] = frozenset()
    # event modes only a state carries out: with no agent, the actor is the local government
    state_modes: frozenset[str] = frozenset()
    # head nouns that count victims without saying who they are ("nine people"): a group the
    # phrase or the incident names more precisely ("including six soldiers") is the recipient
    generic_people: frozenset[str] = frozenset()
    # nouns for whatever another party last did ("rejected the move", "welcomed the decision")
    act_nouns: frozenset[str] = frozenset()
    # event types that, with no addressee at all, are put to the authorities where they happen
    authority_types: frozenset[str] = frozenset()
    # documents one party writes about others ("rejected the report"): answered to its author
    report_nouns: frozenset[str] = frozenset()
    # trigger words of talks one party arranges between others ("mediated", "brokered")
    mediate_verbs: frozenset[str] = frozenset()
    # trigger words of a visit told from the host's side ("hosted X"): X meets the host
    host_verbs: frozenset[str] = frozenset()
    # head nouns of victims who are ordinary people ("a woman", "nine people"): `civilians`
    civilian_nouns: frozenset[str] = frozenset()
    # vehicles whose victims are their passengers ("tore through a passenger bus")
    passenger_vehicles: frozenset[str] = frozenset()
    # nouns for a state's armed forces ("Pakistani and Afghan forces")
    force_nouns: frozenset[str] = frozenset()
    # what a demand asks to be done to someone ("the release of prisoners"): not the addressee
    theme_nouns: frozenset[str] = frozenset()
    # what a statement is about ("talk of foreign fighters", "reports of abuses"): a party named
    # inside is the topic; only an author modifier ("Pakistan's claims") is a party to it
    content_nouns: frozenset[str] = frozenset()
    # verbs of acting on a diplomat ("summoned the charge d'affaires"): aimed at his state
    envoy_verbs: frozenset[str] = frozenset()
    # verbs whose object is the topic of talks ("discussed trade"), not the other side
    topic_verbs: frozenset[str] = frozenset()
    # event types that react to a report ("welcomed the report", "rejected the findings"):
    # the reaction is aimed at the report's author
    report_types: frozenset[str] = frozenset()
    # words of a stated feeling ("deeply concerned by", "alarmed at"): their subject feels it
    # and so makes the statement, unlike the addressee of a passive "was accused", "was urged"
    feeling_words: frozenset[str] = frozenset()
    # nouns of an act done to someone ("the killing of clerics"): the "of" phrase is its victim
    victim_genitive_nouns: frozenset[str] = frozenset()
    # what a party denies of itself ("denied any role"): answered only to whoever charged it
    involvement_nouns: frozenset[str] = frozenset()
    # what a party puts out in its own name ("a statement attributed to IS-K") and the verbs
    # that say whose it is; verbs of naming in "what he called the killing"
    message_nouns: frozenset[str] = frozenset()
    authoring_verbs: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    # prepositions of time ("killed after the blast"): an event named after one is when the
    # act happened, not the party it was aimed at
    time_preps: frozenset[str] = frozenset()
    # dealings between two states that, with no party named after the verb, are with the one
    # foreign state the sentence names ("help Afghanistan secure its borders")
    partner_types: frozenset[str] = frozenset()
    with_types: frozenset[str] = frozenset()
    # verbs of a vow to pursue or avenge ("will be hunted down", "vowed to avenge the deaths")
    # and the ends a pursuit is brought to ("brought to justice"): the vow is aimed at the doer
    # of the act it answers
    pursuit_verbs: frozenset[str] = frozenset()
    pursuit_ends: frozenset[str] = frozenset()
    # verbs of people moving back ("Afghans returned from Pakistan", "had gone home"): in a
    # coercive removal the movers are the ones it is done to, the state they leave the doer
    return_verbs: frozenset[str] = frozenset()
    # the groups a removal is told of ("expelling undocumented Afghans ... sent back 1.7
    # million people"): the count noun only sizes the group the sentence names
    deportee_nouns: frozenset[str] = frozenset()
    count_nouns: frozenset[str] = frozenset()
    # words of a KB title for an office below the state ("chief minister of ..."): such an
    # official's charge, answered by a foreign party, is answered to the state
    local_office_words: frozenset[str] = frozenset()
    # speakers named by where they live ("residents of X said ...") and what they call
    # themselves and their homes: what they tell of happening to these happened there
    resident_nouns: frozenset[str] = frozenset()
    home_nouns: frozenset[str] = frozenset()
    # last words of the names of passenger services ("the Jaffar Express"): one hit is an
    # attack on its passengers
    vehicle_name_words: frozenset[str] = frozenset()
    # what an attacker attacks with ("detonated his explosives", "fired their rifles"): with
    # the doer's own possessive it is the instrument, and its owner no target
    instrument_nouns: frozenset[str] = frozenset()
    # s22: people an aid row's "for"/"to" phrase names as its beneficiaries ("compensation for
    # the bereaved families", "tents to 300 displaced households"), beside `people_nouns`
    beneficiary_nouns: frozenset[str] = frozenset()
    # s22: what else a denial appended after a comma may call the claim it answers ("...,
    # an account the FC denied", "..., a figure the department disputed")
    appended_claim_nouns: frozenset[str] = frozenset()
    # what a call for an inquiry asks for ("demanded an independent inquiry"): with no
    # addressee it is put to no one (guide §18 rule 5), unlike a protest's demand
    inquiry_nouns: frozenset[str] = frozenset()

    def facility_sectors(self, tok: Token) -> tuple[str, ...]:
        """The sectors that hold the thing `tok` names ("police post" → COP), or ()."""
        word = tok.lemma_.lower()
        if self.carries_passengers(tok):
            # "a police-escorted convoy of passenger vehicles": what is hit is the passengers'
            # vehicles, whoever guards them (guide §1.3: the target as described)
            return ()
        mods = {c.lemma_.lower() for c in tok.children if c.dep_ in _MOD_DEPS}
        mods |= {c.lower_ for c in tok.children if c.dep_ in _MOD_DEPS}
        for f in self.facilities:
            if (word in f.nouns or tok.lower_ in f.nouns) and (not f.mod or mods & f.mod):
                return f.sectors
        return ()

    def passenger_vehicle(self, tok: Token) -> bool:
        """A vehicle that carries passengers: "a bus", "passenger vehicles", "a passenger
        coach" (not a modifier itself: "bus stop")."""
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ == "compound":
            return False
        if tok.lemma_.lower() in self.passenger_vehicles:
            return True
        return any(
            c.dep_ in ("compound", "amod", "nmod") and c.lower_ in ("passenger", "passengers")
            for c in tok.children
        )

    def carries_passengers(self, tok: Token) -> bool:
        """A group of vehicles made of passenger vehicles ("a convoy of passenger vehicles",
        "a convoy of buses")."""
        return any(
            c.dep_ == "prep"
            and c.lower_ == "of"
            and any(o.dep_ == "pobj" and self.passenger_vehicle(o) for o in c.children)
            for c in tok.children
        )


def _words(value: Any, where: str) -> frozenset[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecipientCueError(f"{where}: expected a list of words, got {value!r}")
    return frozenset(v.lower() for v in value)


def parse_cues(data: Any, where: str) -> RecipientCues:
    if not isinstance(data, dict):
        raise RecipientCueError(f"{where}: expected a mapping at the top level")
    unknown = set(data) - {
        "version",
        "facilities",
        "event_nouns",
        "source_nouns",
        "reciprocal",
        "border_nouns",
        "people_nouns",
        "answer_types",
        "counterpart_types",
        "beneficiary_types",
        "state_modes",
        "generic_people",
        "act_nouns",
        "authority_types",
        "report_nouns",
        "mediate_verbs",
        "host_verbs",
        "civilian_nouns",
        "passenger_vehicles",
        "force_nouns",
        "theme_nouns",
        "content_nouns",
        "envoy_verbs",
        "topic_verbs",
        "report_types",
        "feeling_words",
        "victim_genitive_nouns",
        "involvement_nouns",
        "message_nouns",
        "authoring_verbs",
        "naming_verbs",
        "time_preps",
        "partner_types",
        "with_types",
        "pursuit_verbs",
        "pursuit_ends",
        "return_verbs",
        "deportee_nouns",
        "count_nouns",
        "local_office_words",
        "resident_nouns",
        "home_nouns",
        "vehicle_name_words",
        "instrument_nouns",
        "inquiry_nouns",
        "beneficiary_nouns",
        "appended_claim_nouns",
    }
    if unknown:
        raise RecipientCueError(f"{where}: unknown keys {sorted(unknown)}")
    if not isinstance(data.get("version"), str):
        raise RecipientCueError(f"{where}: 'version' must be a quoted string")
    facilities = []
    for i, entry in enumerate(data.get("facilities") or []):
        at = f"{where}: facilities[{i}]"
        if not isinstance(entry, dict) or set(entry) - {"nouns", "mod", "sectors"}:
            raise RecipientCueError(f"{at}: expected keys nouns, sectors and optional mod")
        if "nouns" not in entry or "sectors" not in entry:
            raise RecipientCueError(f"{at}: 'nouns' and 'sectors' are required")
        sectors = entry["sectors"]
        if not isinstance(sectors, list) or not all(isinstance(s, str) for s in sectors):
            raise RecipientCueError(f"{at}: 'sectors' must be a list of sector codes")
        facilities.append(
            Facility(
                _words(entry["nouns"], at),
                _words(entry.get("mod", []), at),
                tuple(s.upper() for s in sectors),
            )
        )
    event_nouns: dict[str, str] = {}
    for etype, nouns in (data.get("event_nouns") or {}).items():
        if etype not in EVENT_TYPES:
            raise RecipientCueError(f"{where}: event_nouns: {etype!r} is not a PLOVER type")
        for noun in _words(nouns, f"{where}: event_nouns.{etype}"):
            if noun in event_nouns:
                raise RecipientCueError(
                    f"{where}: event_nouns: {noun!r} listed under both {event_nouns[noun]} and {etype}"
                )
            event_nouns[noun] = etype
    source_nouns = _words(data.get("source_nouns", []), f"{where}: source_nouns")
    reciprocal = _words(data.get("reciprocal", []), f"{where}: reciprocal")
    typed: dict[str, frozenset[str]] = {}
    for key in (
        "answer_types",
        "counterpart_types",
        "beneficiary_types",
        "authority_types",
        "report_types",
        "partner_types",
        "with_types",
    ):
        types = frozenset(t.upper() for t in _words(data.get(key, []), f"{where}: {key}"))
        if types - set(EVENT_TYPES):
            raise RecipientCueError(
                f"{where}: {key}: not PLOVER types {sorted(types - set(EVENT_TYPES))}"
            )
        typed[key] = types
    return RecipientCues(
        data["version"],
        tuple(facilities),
        event_nouns,
        source_nouns,
        reciprocal,
        _words(data.get("border_nouns", []), f"{where}: border_nouns"),
        _words(data.get("people_nouns", []), f"{where}: people_nouns"),
        typed["answer_types"],
        typed["counterpart_types"],
        typed["beneficiary_types"],
        _words(data.get("state_modes", []), f"{where}: state_modes"),
        _words(data.get("generic_people", []), f"{where}: generic_people"),
        _words(data.get("act_nouns", []), f"{where}: act_nouns"),
        typed["authority_types"],
        _words(data.get("report_nouns", []), f"{where}: report_nouns"),
        _words(data.get("mediate_verbs", []), f"{where}: mediate_verbs"),
        _words(data.get("host_verbs", []), f"{where}: host_verbs"),
        _words(data.get("civilian_nouns", []), f"{where}: civilian_nouns"),
        _words(data.get("passenger_vehicles", []), f"{where}: passenger_vehicles"),
        _words(data.get("force_nouns", []), f"{where}: force_nouns"),
        _words(data.get("theme_nouns", []), f"{where}: theme_nouns"),
        _words(data.get("content_nouns", []), f"{where}: content_nouns"),
        _words(data.get("envoy_verbs", []), f"{where}: envoy_verbs"),
        _words(data.get("topic_verbs", []), f"{where}: topic_verbs"),
        report_types=typed["report_types"],
        feeling_words=_words(data.get("feeling_words", []), f"{where}: feeling_words"),
        victim_genitive_nouns=_words(
            data.get("victim_genitive_nouns", []), f"{where}: victim_genitive_nouns"
        ),
        involvement_nouns=_words(data.get("involvement_nouns", []), f"{where}: involvement_nouns"),
        message_nouns=_words(data.get("message_nouns", []), f"{where}: message_nouns"),
        authoring_verbs=_words(data.get("authoring_verbs", []), f"{where}: authoring_verbs"),
        naming_verbs=_words(data.get("naming_verbs", []), f"{where}: naming_verbs"),
        time_preps=_words(data.get("time_preps", []), f"{where}: time_preps"),
        partner_types=typed["partner_types"],
        with_types=typed["with_types"],
        pursuit_verbs=_words(data.get("pursuit_verbs", []), f"{where}: pursuit_verbs"),
        pursuit_ends=_words(data.get("pursuit_ends", []), f"{where}: pursuit_ends"),
        return_verbs=_words(data.get("return_verbs", []), f"{where}: return_verbs"),
        deportee_nouns=_words(data.get("deportee_nouns", []), f"{where}: deportee_nouns"),
        count_nouns=_words(data.get("count_nouns", []), f"{where}: count_nouns"),
        local_office_words=_words(
            data.get("local_office_words", []), f"{where}: local_office_words"
        ),
        resident_nouns=_words(data.get("resident_nouns", []), f"{where}: resident_nouns"),
        home_nouns=_words(data.get("home_nouns", []), f"{where}: home_nouns"),
        vehicle_name_words=_words(
            data.get("vehicle_name_words", []), f"{where}: vehicle_name_words"
        ),
        instrument_nouns=_words(data.get("instrument_nouns", []), f"{where}: instrument_nouns"),
        inquiry_nouns=_words(data.get("inquiry_nouns", []), f"{where}: inquiry_nouns"),
        beneficiary_nouns=_words(data.get("beneficiary_nouns", []), f"{where}: beneficiary_nouns"),
        appended_claim_nouns=_words(
            data.get("appended_claim_nouns", []), f"{where}: appended_claim_nouns"
        ),
    )


@lru_cache(maxsize=4)
def load_cues(path: str | None = None) -> RecipientCues:
    target = Path(path) if path else DATA_PATH
    try:
        data = yaml.safe_load(target.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RecipientCueError(f"{target}: cannot read ({exc})") from exc
    return parse_cues(data, str(target))
