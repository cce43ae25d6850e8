"""Charges: the parties of a charge and the act it answers (`_charge_parties`), and the
rows a charge of authorship adds (`_authorship_charges`, `_charged_perpetrators`,
`_charged_act`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.parties import _is_identified
from watchfloor.extract.triggers import lemma
from watchfloor.records import EventRecord

if TYPE_CHECKING:
    from spacy.tokens import Token

    from watchfloor.kb.linked import LinkedDoc


def _charge_parties(events: list[EventRecord]) -> None:
    """The ACCUSE row of a charge told inside its denial ("Kabul rejected Islamabad's charge
    that ...") belongs to the charge's owner and is aimed at the denier: the denial's own
    parties, the other way round. The denial is the nearest REJECT before the charge's noun in
    its sentence (the noun is that verb's object)."""
    for charge in events:
        if charge.type != "ACCUSE" or not any(n.startswith("the charge ") for n in charge.notes):
            continue
        denials = [
            e
            for e in events
            if e.type == "REJECT"
            and e.sentence_span == charge.sentence_span
            and e.span[0] < charge.span[0]
        ]
        if not denials:
            continue
        denial = max(denials, key=lambda e: e.span[0])
        # with no owner the denial names, the charge's author is unknown, never the denier
        charge.actor, charge.recipient = denial.recipient, denial.actor


# A charge that names who carried out an attack the article reports gives that party's alleged
# attack beside the accusation (guide §11, "Charges about who carried out …"): "ISPR blamed the
# TTP for the bombing" is ACCUSE ISPR → TTP and ASSAULT TTP → the bombing's victims, alleged.
_CHARGED_ACTS = frozenset(
    {"attack", "bombing", "blast", "explosion", "killing", "ambush", "raid", "abduction"}
    | {"kidnapping", "assassination", "murder", "massacre", "assault", "shooting", "strike"}
    | {"airstrike", "jailbreak", "bomb"}
)


_CHARGING_VERBS = frozenset({"blame", "accuse", "hold", "charge", "suspect"})
_ATTRIBUTION_NOUNS = frozenset({"hallmark", "signature", "work", "handiwork", "fingerprint"})
# "the attack bore the hallmarks of X": the lexicon makes these verbs a charge only with such a
# noun as object (events.yaml), so their subject is what is charged.
_ATTRIBUTION_VERBS = frozenset({"bear", "carry", "have", "show"})
_AUTHORSHIP_WORDS = frozenset({"responsible", "culpable", "behind"})
# A time or circumstance phrase is no part of what is charged ("a day after the attack, the
# army accused India of interference").
_SETTING_PREPS = frozenset({"after", "since", "before", "following", "during", "amid", "despite"})
_CHARGE_PREPS = frozenset({"for", "of", "over", "with", "behind"})


# "accused India of planning the attack": a sponsor's part, which is support (AID), never the
# attack itself (guide §11, "Sponsor"): money is economic support, the rest military.
_SPONSORING_VERBS = frozenset(
    {"plan", "direct", "fund", "finance", "back", "sponsor", "arm", "train", "mastermind"}
    | {"orchestrate", "support", "instigate", "order", "pay", "help", "aid", "facilitate"}
    | {"bankroll", "hire"}
)


_PAYING_VERBS = frozenset({"fund", "finance", "pay", "bankroll", "hire"})


_TOLD_FACTUALITY = frozenset({"asserted", "alleged"})


# Which weapon an attack noun names, to find the incident a charge is about among the
# article's attacks ("blamed the BLA for the bombing" after a shooting and a bombing).
_ACT_MODES = {
    "bombing": ("explosives", "suicide-attack"),
    "blast": ("explosives", "suicide-attack"),
    "explosion": ("explosives", "suicide-attack"),
    "bomb": ("explosives", "suicide-attack"),
    "shooting": ("firearms", "targeted"),
    "ambush": ("firearms",),
    "strike": ("aerial", "drone", "heavy-weapons"),
    "airstrike": ("aerial", "drone"),
    "abduction": ("abduct",),
    "kidnapping": ("abduct",),
    "assassination": ("targeted", "firearms"),
}


def _charge_arguments(trigger: Token) -> list[Token]:
    """The phrases that say what a charge is about: "blamed X for the attack", "blamed the
    attack on X" (its object), "accused X of carrying out the bombing", "was responsible for /
    behind the attack", and the subject of "the attack bore the hallmarks of X"."""
    word = lemma(trigger)
    if word in _ATTRIBUTION_VERBS:
        return [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word in _ATTRIBUTION_NOUNS:
        head = trigger.head
        return (
            [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if head.i != trigger.i
            else []
        )
    if word not in _CHARGING_VERBS | _AUTHORSHIP_WORDS | {"be"}:
        return []
    args = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS]
    if word in _CHARGING_VERBS:
        args += [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    return args


def _charged_act(trigger: Token) -> tuple[Token, Token | None] | None:
    """The attack noun a charge is about, found in the charge's own arguments
    (`_charge_arguments`), with the sponsoring verb when the charge names a sponsor's part
    ("of planning the attack"); None when it names no attack."""
    for arg in _charge_arguments(trigger):
        for tok in arg.subtree:
            if tok.pos_ != "NOUN" or lemma(tok) not in _CHARGED_ACTS:
                continue
            path = []
            up = tok
            while up.i != arg.i and up.head.i != up.i:
                up = up.head
                path.append(up)
            if any(
                p.dep_ == "prep" and p.lower_ in _SETTING_PREPS or p.dep_ == "advcl" for p in path
            ):
                continue
            return tok, next((v for v in path if lemma(v) in _SPONSORING_VERBS), None)
    return None


def _names_author(trigger: Token) -> bool:
    """ "the TTP was responsible for the attack", "khawarij were behind the blast": the
    accused is the clause's subject, not its speaker."""
    return lemma(trigger) in _AUTHORSHIP_WORDS or any(
        c.lower_ == "behind" for c in trigger.children
    )


def _authorship_charges(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """Charges told as "X was responsible for / behind the attack" come out of the argument
    stage with the subject as actor and the speaker as source; the speaker accuses the subject.
    With no speaker the article itself names an author, which is no one's accusation; and
    "responsible for the safety of its diplomats" names no attack at all."""
    kept = []
    for e in events:
        trigger = (
            linked.doc.char_span(*e.span, alignment_mode="expand")
            if e.type == "ACCUSE" and e.recipient is None
            else None
        )
        if trigger is not None and _names_author(trigger.root):
            if e.reported_by is None or _charged_act(trigger.root) is None:
                continue
            e.actor, e.recipient, e.reported_by = e.reported_by, e.actor, None
            e.notes.append("roles: the speaker accuses the author the clause names")
        kept.append(e)
    return kept


def _charged_incident(act: Token, earlier: list[EventRecord]) -> EventRecord | None:
    """The first row of the attack a charge's noun names: among the attacks told before the
    charge, the first whose weapon the noun names ("the bombing"), else the article's first."""
    modes = _ACT_MODES.get(lemma(act))
    if modes:
        named = [a for a in earlier if a.mode in modes]
        if named:
            return named[0]
    return earlier[0] if earlier else None


def _same_incident(row: EventRecord, first: EventRecord) -> bool:
    """The asserted attack `row` tells the incident whose first row is `first` (same sentence or
    same victims), unlike the party's other attacks the article recalls."""
    if row.sentence_span == first.sentence_span:
        return True
    return (
        row.recipient is not None
        and first.recipient is not None
        and row.recipient.id is not None
        and row.recipient.id == first.recipient.id
    )


def _charged_perpetrators(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """For each charge naming a known party as the author of an attack the article told
    earlier, that party's attack, alleged, with the victims, mode, place and date of that
    incident's first row; for a charge of sponsoring it ("of planning the attack"), the
    party's support of the attackers instead (guide §11, "Charges"). A descriptive or unknown
    accused ("militants operating from sanctuaries") adds nothing, nor does a party that
    already has an asserted row of that kind or whose charged row was already made."""
    attacks = sorted(
        (e for e in events if e.type == "ASSAULT" and e.factuality in _TOLD_FACTUALITY),
        key=lambda e: e.span[0],
    )
    derived: list[EventRecord] = []
    made: set[tuple[str | None, str, int]] = set()
    for charge in events:
        accused = charge.recipient
        if charge.type != "ACCUSE" or charge.mode != "allege" or not _is_identified(accused):
            continue
        trigger = linked.doc.char_span(*charge.span, alignment_mode="expand")
        found = _charged_act(trigger.root) if trigger is not None else None
        earlier = [a for a in attacks if a.sentence_span[0] < charge.sentence_span[0]]
        first = _charged_incident(found[0], earlier) if found is not None else None
        if found is None or first is None:
            continue
        act, sponsoring = found
        kind = "ASSAULT" if sponsoring is None else "AID"
        key = (accused.id, kind, id(first))
        if key in made or any(
            e.type == kind
            and e.actor is not None
            and e.actor.id == accused.id
            and (
                e.sentence_span == charge.sentence_span
                or e.factuality == "asserted"
                and _same_incident(e, first)
            )
            for e in events
        ):
            continue
        made.add(key)
        if sponsoring is None:
            told = next(
                (
                    e
                    for e in events
                    if e.type == "ASSAULT"
                    and e.span[0] <= act.idx < e.span[1]
                    and not _is_identified(e.actor)
                ),
                None,
            )
            if told is not None:
                # the charge's own noun already gave a row ("blamed X for the attack"):
                # its unknown author is the one the charge names
                told.actor, told.factuality, told.reported_by = accused, "alleged", None
                told.mode = told.mode or first.mode
                told.context = told.context or list(first.context)
                told.recipient = told.recipient or first.recipient
                told.place = told.place or first.place
                told.date, told.date_precision = first.date, first.date_precision
                told.notes.append("charged act: the author the charge names")
                continue
            row = dataclasses.replace(
                charge,
                type="ASSAULT",
                mode=first.mode,
                context=list(first.context),
                recipient=first.recipient,
                place=first.place,
                date=first.date,
                date_precision=first.date_precision,
                notes=[*charge.notes, "charged act: the attack told earlier, by the party named"],
            )
        else:
            # the attackers supported: the incident's claimant if one is named, else its author
            claimant = next(
                (a.actor for a in earlier if a.factuality == "alleged" and _is_identified(a.actor)),
                None,
            )
            row = dataclasses.replace(
                charge,
                type="AID",
                mode="economic" if lemma(sponsoring) in _PAYING_VERBS else "military",
                context=list(charge.context),
                recipient=claimant or first.actor,
                place=None,
                date=None,
                date_precision=None,
                notes=[*charge.notes, "charged act: support of the attackers told earlier"],
            )
        anchor = act if sponsoring is None else sponsoring
        row.trigger = anchor.text
        row.span = (anchor.idx, anchor.idx + len(anchor.text))
        row.actor = accused
        row.fatalities = row.injured = None
        row.factuality = "alleged"
        row.reported_by = None
        derived.append(row)
    return derived
