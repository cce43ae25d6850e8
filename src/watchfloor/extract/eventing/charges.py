"""Charges: the parties of a charge and the act it answers (`_charge_parties`), and the
rows a charge of authorship adds (`_authorship_charges`, `_charged_perpetrators`,
`_charged_act`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

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


_CHARGING_WORDS = frozenset(
    {"blame", "accuse", "hold", "charge", "suspect", "hallmark", "signature", "work"}
    | {"handiwork", "fingerprint", "bear", "responsible", "culpable", "be"}
)


_AUTHORSHIP_WORDS = frozenset({"responsible", "culpable", "behind"})


# "accused India of planning the attack": a sponsor's part, which is support (AID), never the
# attack itself (guide §11, "Sponsor"): money is economic support, the rest military.
_SPONSORING_VERBS = frozenset(
    {"plan", "direct", "fund", "finance", "back", "sponsor", "arm", "train", "mastermind"}
    | {"orchestrate", "support", "instigate", "order", "pay", "help", "aid", "facilitate"}
    | {"bankroll", "hire"}
)


_PAYING_VERBS = frozenset({"fund", "finance", "pay", "bankroll", "hire"})


_TOLD_FACTUALITY = frozenset({"asserted", "alleged"})


def _charged_act(trigger: Token) -> tuple[Token, Token | None] | None:
    """The attack noun a charge is about ("blamed X for the attack", "accused X of carrying
    out the bombing", "the attack bore the hallmarks of X"), with the sponsoring verb when the
    charge names a sponsor's part ("of planning the attack"); None when it names no attack."""
    if lemma(trigger) not in _CHARGING_WORDS:
        return None
    scopes = [trigger]
    if trigger.pos_ == "NOUN" and trigger.head.i != trigger.i:
        scopes.append(trigger.head)  # "the attack bore the hallmarks of X"
    for scope in scopes:
        for tok in scope.subtree:
            if tok.pos_ != "NOUN" or lemma(tok) not in _CHARGED_ACTS:
                continue
            path = []
            up = tok
            while up.i != scope.i and up.head.i != up.i:
                up = up.head
                path.append(up)
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
    With no speaker the article itself names an author, which is no one's accusation."""
    kept = []
    for e in events:
        trigger = linked.doc.char_span(*e.span, alignment_mode="expand")
        if (
            e.type == "ACCUSE"
            and e.recipient is None
            and trigger is not None
            and (_names_author(trigger.root))
        ):
            if e.reported_by is None:
                continue
            e.actor, e.recipient, e.reported_by = e.reported_by, e.actor, None
            e.notes.append("roles: the speaker accuses the author the clause names")
        kept.append(e)
    return kept


def _charged_perpetrators(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """For each charge naming a known party as the author of an attack the article told
    earlier, that party's attack, alleged, with the victims, mode, place and date of the
    attack's first row; for a charge of sponsoring it ("of planning the attack"), the party's
    support of the attackers instead. A descriptive or unknown accused ("militants operating
    from sanctuaries") adds nothing, nor does a charge whose sentence already has that party's
    act."""
    attacks = sorted(
        (e for e in events if e.type == "ASSAULT" and e.factuality in _TOLD_FACTUALITY),
        key=lambda e: e.span[0],
    )
    derived: list[EventRecord] = []
    for charge in events:
        accused = charge.recipient
        if (
            charge.type != "ACCUSE"
            or charge.mode != "allege"
            or accused is None
            or not accused.id
            or accused.id.startswith("prov:")
        ):
            continue
        trigger = linked.doc.char_span(*charge.span, alignment_mode="expand")
        found = _charged_act(trigger.root) if trigger is not None else None
        first = next((a for a in attacks if a.sentence_span[0] < charge.sentence_span[0]), None)
        if found is None or first is None:
            continue
        act, sponsoring = found
        kind = "ASSAULT" if sponsoring is None else "AID"
        if any(
            e.type == kind
            and e.sentence_span == charge.sentence_span
            and e.actor is not None
            and e.actor.id == accused.id
            for e in events
        ):
            continue
        if sponsoring is None:
            told = next(
                (
                    e
                    for e in events
                    if e.type == "ASSAULT"
                    and e.span[0] <= act.idx < e.span[1]
                    and (e.actor is None or not e.actor.id or e.actor.id.startswith("prov:"))
                ),
                None,
            )
            if told is not None:
                # the charge's own noun already gave a row ("blamed X for the attack"):
                # its unknown author is the one the charge names
                told.actor, told.factuality = accused, "alleged"
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
            row = dataclasses.replace(
                charge,
                type="AID",
                mode="economic" if lemma(sponsoring) in _PAYING_VERBS else "military",
                recipient=first.actor,
                place=None,
                date=None,
                date_precision=None,
                notes=[*charge.notes, "charged act: support of the attackers told earlier"],
            )
        row.trigger = act.text if sponsoring is None else sponsoring.text
        anchor = act if sponsoring is None else sponsoring
        row.span = (anchor.idx, anchor.idx + len(anchor.text))
        row.actor = accused
        row.fatalities = row.injured = None
        row.factuality = "alleged"
        row.reported_by = None
        derived.append(row)
    return derived
