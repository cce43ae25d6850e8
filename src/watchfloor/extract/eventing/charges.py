"""Charges: the parties of a charge and the act it answers (`_charge_parties`), the rows a
charge of authorship or sponsorship adds (`_authorship_charges`, `_charged_perpetrators`,
`_charged_act`, `_passively_sponsored_attacks`), and the `negated` copies its denial adds
(`_denied_by_the_accused`, `_support_denied_later`).

s22 (rowsA): the kind of attack a charge names (`_charged_general_attacks`), each side's attack
in a traded charge (`_mutual_blame_attacks`), one AID row per coordinated support mode
(`_coordinated_support_modes`) and the `negated` attack of a later denial of an account
(`_account_denied_later`).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from watchfloor.extract.eventing.incidents import _DENIABLE_ACTS, _copy_exists, _denier_side
from watchfloor.extract.eventing.parties import (
    _affiliated,
    _country_of,
    _is_identified,
    _same_party,
    _trigger_head,
)
from watchfloor.extract.eventing.recipient_rules import _claimant
from watchfloor.extract.eventing.recipients import _named_doer
from watchfloor.extract.eventing.shared import _DEFINITE_DETS, _POSSESSIVES, _linked_ref_at
from watchfloor.extract.triggers import lemma
from watchfloor.nlp.pipeline import sentence_extent
from watchfloor.records import ActorRef, EventRecord, PlaceRef

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

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
# charging verbs whose object alone is the doer charged, with no act named ("blamed the TTP")
_BARE_BLAME_VERBS = frozenset({"blame", "suspect"})
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
    if _attribution_phrase(trigger) is not None:
        # "described / condemned the assault as the work of X": the act is the verb's object
        return [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    if word not in _CHARGING_VERBS | _AUTHORSHIP_WORDS | {"be"}:
        return []
    args = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in _CHARGE_PREPS]
    if word in _CHARGING_VERBS:
        args += [c for c in trigger.children if c.dep_ in ("dobj", "obj")]
    return args


def _attribution_phrase(verb: Token) -> Token | None:
    """The author a verb's "as the work / hallmark of X" phrase names (X), if it has one."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lemma(noun) not in _ATTRIBUTION_NOUNS:
                continue
            for of in noun.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    return next((c for c in of.children if c.dep_ == "pobj"), None)
    return None


def _described_authorship(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "condemned the killings as the work of Fitna al-Hindustan": besides its disapproval,
    the verb charges the party it names with the attack (guide §11 "Perpetrator", "the work
    of X"), an ACCUSE/allege row aimed at that party."""
    charges = []
    for e in events:
        if e.type != "ACCUSE" or e.mode == "allege":
            continue
        head = _trigger_head(e, linked)
        author = _attribution_phrase(head) if head is not None else None
        accused = _linked_ref_at(author, linked) if author is not None else None
        if not _is_identified(accused) or any(
            a.type == "ACCUSE" and a.mode == "allege" and a.span == e.span for a in events
        ):
            continue
        charges.append(
            dataclasses.replace(
                e,
                mode="allege",
                recipient=accused,
                notes=[*e.notes, "charge: the author its 'as the work of' phrase names"],
            )
        )
    return charges


def _vows_at_the_accused(events: list[EventRecord]) -> None:
    """ "condemned the killings as the work of X and vowed that those responsible would be
    hunted down": a speaker who names the doer in their own charge aims the vow at that doer,
    not at the attackers as first described (guide §11, vows, first exception)."""
    for vow in events:
        if vow.type != "THREATEN" or _is_identified(vow.recipient):
            continue
        accused = next(
            (
                c.recipient
                for c in events
                if c.type == "ACCUSE"
                and c.mode == "allege"
                and c.sentence_span == vow.sentence_span
                and c.span[0] < vow.span[0]
                and _same_party(c.actor, vow.actor)
                and _is_identified(c.recipient)
            ),
            None,
        )
        if vow.recipient is not None and accused is not None:
            vow.recipient = accused
            vow.notes.append("recipient: the doer the speaker's own charge names")


def _charged_act(trigger: Token) -> tuple[Token, Token | None] | None:
    """The attack noun a charge is about, found in the charge's own arguments
    (`_charge_arguments`), with the sponsoring verb when the charge names a sponsor's part
    ("of planning the attack"); None when it names no attack."""
    for arg in _charge_arguments(trigger):
        for tok in arg.subtree:
            if _carried_out_pronoun(tok):
                return tok, None
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
    if (
        lemma(trigger) in _BARE_BLAME_VERBS
        and trigger.tag_ in ("VBD", "VBZ", "VBP")
        and not any(c.dep_ in ("prep", "xcomp", "ccomp", "advcl") for c in trigger.children)
    ):
        # "residents blamed Lashkar-e-Jhangvi": a bare blame in an article about an attack
        # names who did that attack (guide §11 "Perpetrator", "blamed X for the attack")
        return trigger, None
    return None


# "accused the military of carrying it out": verbs whose object "it" is the attack just told
_CARRY_OUT_VERBS = frozenset({"carry", "conduct", "stage", "perpetrate", "mount", "launch"})


def _carried_out_pronoun(tok: Token) -> bool:
    """ "a drone strike killed three children, and villagers accused the military of carrying it
    out": the pronoun names the attack the sentence told before the charge."""
    return (
        tok.lower_ == "it"
        and tok.dep_ in ("dobj", "obj")
        and lemma(tok.head) in _CARRY_OUT_VERBS
        and tok.head.tag_ == "VBG"
    )


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
    "responsible for the safety of its diplomats" names no attack at all. The attack a
    sponsoring charge points back at ("the attack had been planned by India") is no new
    attack."""
    kept = []
    for e in events:
        trigger = _trigger_head(e, linked) if e.type == "ACCUSE" and e.recipient is None else None
        if _charged_reference(e, linked) and any(
            a.type == "ASSAULT" and a.sentence_span[0] < e.sentence_span[0] for a in events
        ):
            continue
        if trigger is not None and _names_author(trigger):
            if e.reported_by is None or _charged_act(trigger) is None:
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
    already has an asserted row of that kind or whose charged row was already made. Also the
    charges "as the work of X" makes, the support a passive sponsoring charge tells ("had been
    planned and financed by India"), and the `negated` copies of charged acts their accused
    deny."""
    attacks = sorted(
        (e for e in events if e.type == "ASSAULT" and e.factuality in _TOLD_FACTUALITY),
        key=lambda e: e.span[0],
    )
    _name_supported_attackers(events, linked)
    described = _described_authorship(events, linked)
    events = [*events, *described]
    _vows_at_the_accused(events)
    derived = [
        *described,
        *_passively_sponsored_attacks(events, linked),
        *_sponsored_label_support(events, linked),
    ]
    made: set[tuple[str | None, str, int]] = set()
    for charge in events:
        accused = charge.recipient
        if charge.type != "ACCUSE" or charge.mode != "allege" or not _is_identified(accused):
            continue
        trigger = _trigger_head(charge, linked)
        found = _charged_act(trigger) if trigger is not None else None
        earlier = [a for a in attacks if a.sentence_span[0] < charge.sentence_span[0]]
        if found is not None and _carried_out_pronoun(found[0]):
            # "it" points back at an attack of the charge's own sentence too
            earlier = [
                a
                for a in events
                if a.type == "ASSAULT"
                and a.factuality in _TOLD_FACTUALITY | {"historical"}
                and a.span[0] < charge.span[0]
            ]
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
        # an attack told as long past stays so in the charge (guide §1.7 `historical`)
        row.factuality = "historical" if first.factuality == "historical" else "alleged"
        row.reported_by = None
        derived.append(row)
        derived.extend(_denied_by_the_accused(row, charge, events, linked))
    derived.extend(_sponsoring_accusations([*events, *derived], linked))
    derived.extend(_charged_general_attacks([*events, *derived], linked))
    derived.extend(_mutual_blame_attacks([*events, *derived], linked))
    derived.extend(_misread_appended_denials([*events, *derived], linked))
    derived.extend(_charged_sponsoring_words([*events, *derived], linked))
    derived.extend(_participial_sponsors([*events, *derived], linked))
    derived.extend(_coordinated_support_modes([*events, *derived], linked))
    derived.extend(_support_denied_later([*events, *derived], linked))
    return [*derived, *_account_denied_later([*events, *derived], linked)]


def _sponsoring_accusations(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "the interior ministry said the attack had been planned and financed by India": a
    party's charge that a named rival funds, arms, trains, plans or directs attackers is itself
    an accusation (guide §11 "Charges", rule 2: the AID rows beside ACCUSE/`allege`), speaker →
    sponsor, asserted, even with no accusing word. None when the sentence already has an
    ACCUSE at the sponsor, when the speaker is the sponsor, or when the support is denied."""
    derived: list[EventRecord] = []
    for aid in events:
        if (
            aid.type != "AID"
            or aid.factuality not in ("alleged", "generic")
            or not _is_identified(aid.actor)
        ):
            continue
        trigger = _trigger_head(aid, linked)
        if trigger is None or lemma(trigger) not in _SPONSORING_VERBS:
            continue
        same = [e for e in [*events, *derived] if e.sentence_span == aid.sentence_span]
        speaker: ActorRef | None = aid.reported_by or next(
            (e.reported_by for e in same if _is_identified(e.reported_by)), None
        )
        if not _is_identified(speaker) or _same_party(speaker, aid.actor):
            continue
        if any(
            e.type == "ACCUSE"
            and (_same_party(e.recipient, aid.actor) or _same_party(e.actor, speaker))
            for e in same
        ):
            # "blamed the attack on X, saying the gunmen had been financed by India": one
            # accusation per speaker and sentence
            continue
        if _in_gloss(trigger):
            continue
        derived.append(
            dataclasses.replace(
                aid,
                type="ACCUSE",
                mode="allege",
                context=[],
                actor=speaker,
                recipient=aid.actor,
                place=_statement_place(aid, trigger, linked),
                date=_statement_date(aid, events),
                date_precision=None,
                fatalities=None,
                injured=None,
                factuality="asserted",
                reported_by=None,
                notes=["charge: a sponsoring charge is the speaker's accusation"],
            )
        )
    return derived


# Participles of a hyphenated label that charge its sponsor ("Indian-sponsored terrorists",
# "Kabul-backed militants"), with the AID mode each gives (guide §11 rule 2).
_LABEL_SPONSORING = {
    **dict.fromkeys(("funded", "financed", "paid", "bankrolled"), "economic"),
    **dict.fromkeys(("sponsored", "backed", "trained", "armed", "supported"), "military"),
}


def _label_sponsoring_word(noun: Token) -> Token | None:
    """The participle of "<party>-sponsored" among the words before `noun`."""
    doc = noun.doc
    for t in doc[max(noun.left_edge.i, noun.i - 4) : noun.i]:
        if (
            t.lower_ in _LABEL_SPONSORING
            and t.i >= 2
            and doc[t.i - 1].text == "-"
            and not doc[t.i - 1].whitespace_
        ):
            return t
    return None


def _labelled_people(noun: Token) -> Token | None:
    """Who the label describes: the subject of "were …" or the object of "described … as"."""
    head = noun.head
    if noun.dep_ in ("attr", "oprd") and lemma(head) == "be":
        return next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if noun.dep_ == "pobj" and head.lower_ == "as":
        return next((c for c in head.head.children if c.dep_ in ("dobj", "obj")), None)
    return None


def _charges_at_a_party(
    events: list[EventRecord], doc: Doc, *, provisional: bool = False
) -> Iterator[tuple[EventRecord, Span]]:
    """The accusations that stand (not denied) against an identified party, with the words of
    their trigger: where the support a charge names is read off. `provisional` also takes a
    party the linker only named ("blamed foreign intelligence services for hiring …")."""
    for charge in events:
        named = (
            provisional and charge.recipient is not None and bool(charge.recipient.id)
        ) or _is_identified(charge.recipient)
        if charge.type != "ACCUSE" or charge.factuality == "negated" or not named:
            continue
        span = doc.char_span(*charge.span, alignment_mode="expand")
        if span is not None:
            yield charge, span


def _sponsored_label_support(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "the dead men were 'Indian-sponsored terrorists'": the label is an accusation (its row
    comes from the lexicon) and also charges the sponsor's support of the people labelled, an
    AID row, alleged (particular people), one per mode (guide §11 "Sponsor")."""
    derived: list[EventRecord] = []
    for charge, span in _charges_at_a_party(events, linked.doc):
        label = span.root
        if label.pos_ == "VERB":
            # "described them as 'Indian-sponsored terrorists'": the label is the "as" noun
            label = next(
                (
                    o
                    for p in label.children
                    if p.dep_ == "prep" and p.lower_ == "as"
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                label,
            )
        if label.pos_ not in ("NOUN", "PROPN"):
            continue
        noun = label
        word = _label_sponsoring_word(noun)
        if word is None:
            continue
        mode = _LABEL_SPONSORING[word.lower_]
        if any(
            e.type == "AID"
            and e.sentence_span == charge.sentence_span
            and _same_party(e.actor, charge.recipient)
            for e in events
        ):
            continue
        people = _labelled_people(noun)
        recipient = _linked_ref_at(people, linked) if people is not None else None
        if recipient is None and people is not None and people.pos_ == "NOUN":
            recipient = ActorRef(id=None, name=None, text=people.text)
        derived.append(
            _record_on(
                word,
                type="AID",
                mode=mode,
                actor=charge.recipient,
                recipient=recipient,
                factuality="alleged",
                extractor=charge.extractor,
                notes=["charge: a sponsored label names the sponsor's support"],
            )
        )
    return derived


# s22 (rowsE): what a participle glossing the people charged says their backer gives them
# (guide §11 rules 2-3: paying is economic; arms, training, backing and shelter military).
_PARTICIPIAL_SUPPORT = {
    **_LABEL_SPONSORING,
    "hired": "economic",
    **dict.fromkeys(("sheltered", "harboured", "harbored", "hosted", "protected"), "military"),
}


# s22 (fixB): entity kinds an unlinked "by" agent may have to be named a backer.
_BACKER_ENTS = frozenset({"ORG", "NORP", "PERSON", "GPE"})


def _participial_sponsors(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """'blamed "militants sheltered by Sunni tribes" for the attack': the people a charge
    names are glossed by a participle whose agent backs them, an AID row of the backer to
    them, alleged (guide §11 "Sponsor", "Sheltering"). A participle with no "by" agent
    ("trained militants") names no backer and gives none."""
    derived: list[EventRecord] = []
    doc = linked.doc
    for charge in events:
        if charge.type != "ACCUSE" or charge.factuality == "negated":
            continue
        span = doc.char_span(*charge.span, alignment_mode="expand")
        if span is None or span.root.pos_ != "VERB":
            continue
        people = [c for c in span.root.children if c.dep_ in ("dobj", "obj")]
        for noun in people:
            for part in noun.children:
                mode = _PARTICIPIAL_SUPPORT.get(part.lower_)
                if part.dep_ != "acl" or part.tag_ != "VBN" or mode is None:
                    continue
                agent = next(
                    (
                        o
                        for a in part.children
                        if a.dep_ == "agent"
                        for o in a.children
                        if o.dep_ == "pobj"
                    ),
                    None,
                )
                if agent is None or any(
                    e.type == "AID" and e.span[0] <= part.idx < e.span[1] for e in events
                ):
                    continue
                # "protected by the rugged terrain": a backer is a party or people, not a thing
                backer = _linked_ref_at(agent, linked)
                if backer is None:
                    if agent.pos_ != "PROPN" and agent.ent_type_ not in _BACKER_ENTS:
                        continue
                    backer = ActorRef(
                        id=None, name=None, text=doc[agent.left_edge.i : agent.i + 1].text
                    )
                backed = _linked_ref_at(noun, linked) or ActorRef(
                    id=None, name=None, text=noun.text
                )
                derived.append(
                    _record_on(
                        part,
                        type="AID",
                        mode=mode,
                        actor=backer,
                        recipient=backed,
                        factuality="alleged",
                        extractor=charge.extractor,
                        notes=["charge: a participle glossing the people charged names a backer"],
                    )
                )
    return derived


def _in_gloss(verb: Token) -> bool:
    """Whether a sponsoring verb is told in a relative clause that glosses a noun ("a term
    Islamabad uses for groups it says are funded by India"): the article's gloss of a standing
    charge, no accusation made in the sentence."""
    tok = verb
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "ccomp" and tok.head.dep_ == "relcl"


def _statement_place(aid: EventRecord, verb: Token, linked: LinkedDoc) -> PlaceRef | None:
    """Where a charge is made: a place the sentence names before the charged clause ("In
    Islamabad, the interior ministry said ..."), else none."""
    clause = verb
    while clause.dep_ in ("conj", "xcomp", "advcl", "amod", "acl") and clause.head.i != clause.i:
        clause = clause.head
    start = min(t.idx for t in clause.subtree)
    for m in linked.place_mentions_in(aid.sentence_span[0], start):
        if m.place_id:
            return linked.place_ref(m)
    return None


def _statement_date(aid: EventRecord, events: list[EventRecord]) -> str | None:
    """The day a charge is made: that of an asserted row of its sentence, else of the last
    asserted statement told before it."""
    told = [
        e
        for e in events
        if e.date and e.factuality == "asserted" and e.sentence_span[0] <= aid.sentence_span[0]
    ]
    same = [e for e in told if e.sentence_span == aid.sentence_span]
    if same:
        return same[0].date
    spoken = [e for e in told if e.type in ("ACCUSE", "REJECT", "REQUEST", "THREATEN")]
    return max(spoken, key=lambda e: e.span[0]).date if spoken else None


def _attack_charged_passively(verb: Token) -> Token | None:
    """The attack noun a passive sponsoring verb is told of ("the attack had been planned and
    financed by India", "the attacks were planned in Afghanistan"): the passive subject of the
    verb or of the first verb it is coordinated with."""
    if verb.tag_ != "VBN" or lemma(verb) not in _SPONSORING_VERBS:
        return None
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    return next(
        (
            c
            for c in first.children
            if c.dep_ == "nsubjpass"
            and c.pos_ == "NOUN"
            and lemma(c) in _CHARGED_ACTS
            # "attacks on their soil are planned from Afghanistan": no attack in particular
            and any(
                d.dep_ in ("det", "poss") and d.lower_ in _DEFINITE_DETS | _POSSESSIVES
                for d in c.children
            )
        ),
        None,
    )


def _sponsoring_chain(first: Token) -> list[Token]:
    """ "planned and financed": the sponsoring verbs coordinated from `first`, which share
    its passive subject and the agent the last of them carries."""
    chain = [first]
    for tok in first.subtree:
        if tok.dep_ == "conj" and tok.head in chain and lemma(tok) in _SPONSORING_VERBS:
            chain.append(tok)
    return chain


def _sponsor(chain: list[Token], linked: LinkedDoc) -> ActorRef | None:
    """The agent of the sponsoring verbs ("by India", "by handlers sitting across the border"),
    the linked party or the words that describe it; None for a passive with no agent."""
    for verb in chain:
        for agent in (c for c in verb.children if c.dep_ == "agent"):
            for who in (c for c in agent.children if c.dep_ == "pobj"):
                if who.pos_ not in ("NOUN", "PROPN"):
                    continue
                return _linked_ref_at(who, linked) or ActorRef(id=None, name=None, text=who.text)
    return None


def _sponsoring_place(chain: list[Token], linked: LinkedDoc) -> PlaceRef | None:
    """Where the planning or funding was done, named in the verbs' own phrases ("planned in
    Afghanistan", "directed by handlers sitting across the border in Afghanistan"); the place
    of the attack or of the statement is not it (guide §11 "Sponsor": otherwise null)."""
    phrases = [c for v in chain for c in v.children if c.dep_ in ("prep", "agent")]
    spans = [
        (min(t.idx for t in p.subtree), max(t.idx + len(t) for t in p.subtree)) for p in phrases
    ]
    for m in linked.place_mentions:
        if m.place_id and any(a <= m.start and m.end <= b for a, b in spans):
            return linked.place_ref(m)
    return None


def _incident_attackers(
    events: list[EventRecord], before: int, linked: LinkedDoc
) -> ActorRef | None:
    """The attackers a sponsor is charged with backing, resolved as a condemnation of the
    attack told before offset `before` would be (guide §11): the claimant, else the one group
    the article names as its doer, else the attackers as its first row describes them."""
    earlier = sorted(
        (
            e
            for e in events
            if e.type == "ASSAULT"
            and e.factuality in _TOLD_FACTUALITY
            and e.sentence_span[0] < before
        ),
        key=lambda e: e.span[0],
    )
    if not earlier:
        return None
    return _claimant(earlier, linked) or _named_doer(events, earlier[0], linked) or earlier[0].actor


def _passively_sponsored_attacks(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "the attack had been planned and financed by India": a charge of sponsoring an attack
    the article told before is the sponsor's support of the attackers, one AID row per mode
    named (money economic, planning and direction military), alleged, placed only where the
    sponsoring was done (guide §11 "Sponsor"). A row the lexicon already made for one of the
    verbs is given the same attackers and place."""
    if not events:
        return []
    derived: list[EventRecord] = []
    for sent in linked.doc.sents:
        for first in sent:
            attack = _attack_charged_passively(first)
            if attack is None or first.dep_ == "conj" and _attack_charged_passively(first.head):
                continue
            attackers = _incident_attackers(events, sent.start_char, linked)
            if attackers is None:
                continue
            chain = _sponsoring_chain(first)
            sponsor = _sponsor(chain, linked)
            place = _sponsoring_place(chain, linked)
            modes_told: set[str] = set()
            for verb in chain:
                mode = "economic" if lemma(verb) in _PAYING_VERBS else "military"
                told = next(
                    (e for e in events if e.type == "AID" and e.span[0] <= verb.idx < e.span[1]),
                    None,
                )
                if told is not None:
                    told.recipient, told.place = attackers, place
                    told.notes.append("charged support: the attackers of the attack told earlier")
                    modes_told.add(told.mode or mode)
                    continue
                if mode in modes_told:
                    continue
                modes_told.add(mode)
                derived.append(
                    _record_on(
                        verb,
                        type="AID",
                        mode=mode,
                        actor=sponsor,
                        recipient=attackers,
                        place=place,
                        factuality="alleged",
                        extractor=events[0].extractor,
                        notes=["charged support: the attackers of the attack told earlier"],
                    )
                )
    return derived


# Words for the people who carried out an attack ("the attackers had been trained in
# Afghanistan"), whom a support charge names by their part, not by their group.
_ATTACKER_NOUNS = frozenset(
    {"attacker", "bomber", "gunman", "gunmen", "assailant", "perpetrator", "killer", "raider"}
)


def _name_supported_attackers(events: list[EventRecord], linked: LinkedDoc) -> None:
    """ "the attackers had been trained and equipped in Afghanistan": the attackers a support
    charge is about are the group a condemnation of their attack would name (guide §11
    "Sponsor"), the claimant or the one doer the article names, not their description."""
    for e in events:
        if e.type != "AID" or e.factuality != "alleged" or _is_identified(e.recipient):
            continue
        verb = _trigger_head(e, linked)
        if verb is None or verb.tag_ != "VBN" or lemma(verb) not in _SPONSORING_VERBS:
            continue
        first = verb
        while first.dep_ == "conj" and first.head.pos_ == "VERB":
            first = first.head
        if not any(
            c.dep_ == "nsubjpass"
            and (lemma(c) in _ATTACKER_NOUNS or c.lower_ in _ATTACKER_NOUNS)
            and any(d.lower_ in _DEFINITE_DETS for d in c.children if d.dep_ == "det")
            for c in first.children
        ):
            continue
        attackers = _incident_attackers(events, e.sentence_span[0], linked)
        if _is_identified(attackers):
            e.recipient = attackers
            e.notes.append("recipient: the group the attackers supported belong to")


def _denied_by_the_accused(
    act: EventRecord, charge: EventRecord, events: list[EventRecord], linked: LinkedDoc
) -> list[EventRecord]:
    """ "residents blamed Lashkar-e-Jhangvi, which denied any involvement": the act charged is
    denied by its accused in the charge's own sentence, so it also gets a `negated` copy
    (guide §13), and the denial answers the accuser (guide §10)."""
    denial = next(
        (
            e
            for e in events
            if e.type == "REJECT"
            and e.factuality == "asserted"
            and e.sentence_span == charge.sentence_span
            and e.span[0] > charge.span[0]
            and (_same_party(e.actor, act.actor) or _affiliated(e.actor, act.actor, linked))
        ),
        None,
    )
    if denial is None:
        return []
    if denial.recipient is None:
        denial.recipient = charge.actor
        denial.notes.append("recipient: the accuser whose charge it denies")
    return [
        dataclasses.replace(
            act,
            factuality="negated",
            notes=[*act.notes, f"denied by {denial.trigger!r}: the act did not happen"],
        )
    ]


def _charged_reference(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether an ASSAULT row is only the passive subject of a sponsoring charge ("the attack
    had been planned by India"), which names the attack told before, not a new one."""
    if e.type != "ASSAULT":
        return False
    noun = _trigger_head(e, linked)
    return (
        noun is not None
        and noun.dep_ == "nsubjpass"
        and _attack_charged_passively(noun.head) is noun
    )


# Nouns a denial names an earlier charge by ("rejected the allegation", "dismissed Naqvi's
# remarks"), when it points back at it with a definite or possessive word.
_CHARGE_NOUNS = frozenset({"allegation", "accusation", "charge", "claim", "remark", "assertion"})


def _points_back_at_charge(denial: Token) -> bool:
    return any(
        o.dep_ in ("dobj", "obj")
        and lemma(o) in _CHARGE_NOUNS
        and any(
            c.dep_ in ("det", "poss")
            and (c.lower_ in _DEFINITE_DETS | _POSSESSIVES or c.pos_ in ("PROPN", "NOUN"))
            for c in o.children
        )
        for o in denial.children
    )


_NEGATING_WORDS = frozenset({"no", "never", "nobody", "none", "nothing"})


def _says_not_done(denial: Token) -> bool:
    """Whether the denial goes on to say the charged act is not done ("rejected the charge,
    saying Kabul does not allow anyone to use its soil"), beyond naming the charge."""
    return bool(_denied_clauses(denial))


def _denied_clauses(denial: Token) -> list[Token]:
    """The clauses under a denial that say something was not done."""
    return [
        c
        for c in denial.children
        if (
            c.dep_ in ("advcl", "ccomp", "xcomp")
            # "… and said …" goes on in the denier's voice; "… and the Taliban insist" does not
            or c.dep_ == "conj"
            and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        )
        and any(t.dep_ == "neg" or t.lower_ in _NEGATING_WORDS for t in c.subtree)
    ]


def _charged_side(denier: ActorRef | None, act: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the denier is the side a support charge accuses: the sponsor itself or its
    state, or the state where an unnamed sponsor is said to have done it."""
    if not _is_identified(denier):
        return False
    country = _country_of(denier, linked)
    if _is_identified(act.actor):
        return (
            _same_party(denier, act.actor)
            or _affiliated(denier, act.actor, linked)
            or country is not None
            and country == _country_of(act.actor, linked)
        )
    return act.place is not None and country is not None and act.place.country == country


def _support_denied_later(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "… accused Kabul of letting the attackers use its soil. Mujahid rejected the accusation,
    saying the Islamic Emirate "does not allow anyone to use Afghan soil"": a denial that points
    back at a support charge of the sentences just before, by the side it accuses, and itself
    says the support is not given, gives each charged AID row a `negated` copy in the denial's
    sentence (guide §17 rule 1, §1.7 rule 1). The copy keeps the act's own date (guide §10
    "Dates of denials")."""
    sentences = list(linked.doc.sents)
    starts = [sentence_extent(s)[1][0] for s in sentences]
    copies: list[EventRecord] = []
    for denial in events:
        if denial.type != "REJECT" or denial.factuality != "asserted":
            continue
        head = _trigger_head(denial, linked)
        if head is None or not _points_back_at_charge(head) or not _says_not_done(head):
            # a denial by reference alone gets its REJECT only (guide §17 rule 1)
            continue
        if any(e.type == "AID" and e.sentence_span == denial.sentence_span for e in events):
            continue  # a charge told in the denial's own sentence is denied there
        at = starts.index(denial.sentence_span[0]) if denial.sentence_span[0] in starts else -1
        charged: list[EventRecord] = []
        for back in range(at - 1, max(at - 3, -1), -1):
            span = sentence_extent(sentences[back])[1]
            charged = [
                e
                for e in events
                if e.type == "AID"
                and e.sentence_span == span
                and e.mode in ("military", "economic")
                and e.factuality in ("alleged", "generic")
            ]
            if charged:
                break
        seen: set[tuple[str | None, str | None, str | None]] = set()
        for act in charged:
            key = (
                act.mode,
                act.actor.id or act.actor.text if act.actor else None,
                act.recipient.id or act.recipient.text if act.recipient else None,
            )
            if key in seen or not _charged_side(denial.actor, act, linked):
                continue
            seen.add(key)
            copies.append(_denied_in(act, denial, "the support did not happen"))
    return copies


# ", a charge the Taliban reject": the nouns that name what the appended denial answers, and the
# present-tense denying verbs the tagger often reads as nouns ("the military denies" as a plural
# noun, "a charge Islamabad rejects" as one compound noun).
_APPENDED_CHARGE_NOUNS = frozenset(
    {"charge", "accusation", "allegation", "claim", "assertion", "characterisation"}
    | {"characterization", "account", "version", "finding"}
)
_PRESENT_DENIALS = frozenset(
    {"reject", "rejects", "deny", "denies", "dismiss", "dismisses", "dispute", "disputes"}
    | {"refute", "refutes"}
)


def _appended_denier(noun: Token) -> tuple[list[Token], Token] | None:
    """The words naming the denier and the denying verb of ", a <charge noun> <denier>
    <denies>" (auxiliaries and adverbs allowed between them), read off the words; None when
    another clause opens first ("a charge that ...")."""
    sent = noun.sent
    words: list[Token] = []
    for t in noun.doc[noun.i + 1 : min(noun.i + 9, sent.end)]:
        if t.lower_ in _PRESENT_DENIALS:
            return (words, t) if words else None
        if t.lower_ in ("that", "which", "who") or t.is_punct:
            return None
        words.append(t)
    return None


def _record_on(verb: Token, **fields: Any) -> EventRecord:
    """A derived row whose trigger is `verb`, in the verb's own sentence."""
    text, extent = sentence_extent(verb.sent)
    return EventRecord(
        sentence=text,
        sentence_span=extent,
        span=(verb.idx, verb.idx + len(verb)),
        trigger=verb.text,
        **fields,
    )


def _misread_appended_denials(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "accused the Taliban of failing to protect the community, a charge the Taliban
    reject": a denial appended to a charge is a REJECT row of the denier aimed at the accuser
    (guide §12 rule 2), `generic` in the present tense, even where the tagger took the verb for
    a noun and no trigger was read; the acts the charge told before the comma get `negated`
    copies (guide §13, ", a charge the Taliban deny")."""
    if not events:
        return []
    derived: list[EventRecord] = []
    doc = linked.doc
    for det in doc:
        if det.lower_ not in ("a", "an") or det.i == 0 or det.i + 1 >= len(doc):
            continue
        noun = doc[det.i + 1]
        if doc[det.i - 1].text != "," or noun.lower_ not in _APPENDED_CHARGE_NOUNS:
            continue
        found = _appended_denier(noun)
        if found is None:
            continue
        words, verb = found
        _, extent = sentence_extent(noun.sent)
        same = [e for e in events if e.sentence_span == extent]
        if any(e.type == "REJECT" and e.span[0] <= verb.idx < e.span[1] for e in same):
            continue  # the lexicon read the verb
        comma = doc[det.i - 1].idx
        told = [e for e in same if e.span[1] <= comma]
        charge = next((e for e in reversed(told) if e.type == "ACCUSE"), None)
        if charge is None:
            continue
        denier = next(
            (
                ref
                for t in reversed(words)
                if t.pos_ in ("NOUN", "PROPN")
                for ref in [_linked_ref_at(t, linked)]
                if ref is not None
            ),
            None,
        )
        if not _is_identified(denier) or charge.actor and _same_party(denier, charge.actor):
            continue
        denial = _record_on(
            verb,
            type="REJECT",
            actor=denier,
            recipient=charge.actor,
            factuality="generic",
            extractor=charge.extractor,
            notes=["denial: appended to a charge, read off the words"],
        )
        derived.append(denial)
        for act in told:
            # s22 (rowsE): the denier disputes only acts it is a party to (guide §13 rule 1),
            # as the incident reading does
            if not _denier_side(act, denial, linked):
                continue
            if act.type not in _DENIABLE_ACTS or act.factuality not in _TOLD_FACTUALITY | {
                "generic"
            }:
                continue
            if act.factuality == "asserted" and act.reported_by is None:
                continue  # the article's own news, not what the charge tells
            if _copy_exists(act, [*events, *derived], negated=True):
                continue
            derived.append(
                dataclasses.replace(
                    act,
                    factuality="negated",
                    fatalities=None,
                    injured=None,
                    notes=[*act.notes, f"denied by {verb.text!r}: the act did not happen"],
                )
            )
    return derived


# The sponsoring words of a charge's "of" clause, read as words (the tagger often takes "train",
# "fund" or "financing" for nouns there), and the AID mode each gives (guide §11 rule 2).
_CHARGED_SPONSORING_WORDS = {
    **dict.fromkeys(("fund", "funding", "funded", "finance", "financing", "financed"), "economic"),
    **dict.fromkeys(("bankroll", "bankrolling", "pay", "paying"), "economic"),
    # s22 (rowsE): hiring the attackers is paying them (guide §11 rule 2)
    **dict.fromkeys(("hire", "hiring"), "economic"),
    **dict.fromkeys(("train", "training", "arm", "arming", "direct", "directing"), "military"),
}

# Words that hand the act to someone else ("of allowing IS-K to train fighters").
_CHARGE_PERMITTING = frozenset({"allow", "allowing", "let", "letting", "permit", "permitting"})

# Nouns that name acts or a run of them, not the people supported.
_CHARGED_ACT_NOUNS = frozenset(
    {"wave", "series", "spate", "string", "campaign", "attack", "attacks"}
)


# "of giving TTP leaders sanctuary", "of offering safe haven to the group": a refuge given is
# sheltering (guide §11 rule 3), which the lexicon has no verb trigger for.
_GIVING_VERBS = frozenset({"give", "offer", "provide", "grant", "extend"})
_REFUGE_NOUNS = frozenset({"sanctuary", "haven", "refuge", "shelter"})


def _charged_sanctuary(
    of: Token, charge: EventRecord, same: list[EventRecord], linked: LinkedDoc
) -> EventRecord | None:
    """The accused's AID/military to the group a charge says it gives refuge to, read off the
    words of the "of" clause (the parser often hangs "sanctuary" on the accusing verb)."""
    doc = of.doc
    verb = doc[of.i + 1] if of.i + 1 < of.sent.end else None
    if verb is None or lemma(verb) not in _GIVING_VERBS:
        return None
    clause = []
    for t in doc[verb.i + 1 : min(verb.i + 7, of.sent.end)]:
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
            break
        clause.append(t)
    refuge = next((t for t in clause if lemma(t) in _REFUGE_NOUNS), None)
    if refuge is None or any(
        e.type == "AID" and _same_party(e.actor, charge.recipient) for e in same if e.actor
    ):
        return None
    # "giving TTP leaders sanctuary" names the group before the refuge, "safe haven to the
    # TTP" after it
    given = [t for t in clause if t.i < refuge.i] + [
        t for t in clause if t.i > refuge.i and doc[refuge.i + 1].lower_ == "to"
    ]
    recipient = next((r for t in given if (r := _linked_ref_at(t, linked)) is not None), None)
    return _record_on(
        refuge,
        type="AID",
        mode="military",
        actor=charge.recipient,
        recipient=recipient,
        factuality="generic" if charge.factuality == "generic" else "alleged",
        extractor=charge.extractor,
        notes=["charged act: the refuge the charge says is given"],
    )


def _charged_sponsoring_words(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "accused India of using Afghan soil to train and fund militants", "accused India of
    financing and directing a wave of attacks": the support a charge's "of" clause names is an
    AID row of the accused, one per mode (guide §11 rule 2, "Financing and arming"), read off
    the words where the parser gave no trigger; `generic` for a bare plural or a run of attacks
    (§1.7 rule 4), else `alleged`. None when the clause hands the act to someone else or the
    charge itself is denied ("has not accused Kabul of arming the group")."""
    derived: list[EventRecord] = []
    doc = linked.doc
    for charge, verb in _charges_at_a_party(events, doc, provisional=True):
        sent = verb.sent
        # s22 (rowsE): "blamed foreign intelligence services for hiring the gunmen": a blame
        # names the act with "for" where an accusation uses "of"
        heads = ("of", "for") if lemma(verb.root) == "blame" else ("of",)
        of = next(
            (t for t in doc[verb.end : min(verb.end + 4, sent.end)] if t.lower_ in heads), None
        )
        if of is None:
            # s22: "accusing India's Research and Analysis Wing of financing …": a long object
            # puts the "of" past the window, but the parse still hangs it on the verb or object
            of = next(
                (c for c in _charge_clauses(verb.root) if c.lower_ in heads and c.i > verb.root.i),
                None,
            )
        if of is None:
            continue
        same = [e for e in events if e.sentence_span == charge.sentence_span]
        shelter = _charged_sanctuary(of, charge, same, linked)
        if shelter is not None:
            derived.append(shelter)
            continue
        words: list[Token] = []
        last = of.i
        for t in doc[of.i + 1 : sent.end]:
            if t.text in (",", ";", ":") or lemma(t) == "say" or t.lower_ in _CHARGE_PERMITTING:
                break
            if t.lower_ in _CHARGED_SPONSORING_WORDS:
                words.append(t)
                last = t.i
            elif words and t.pos_ in ("NOUN", "PROPN", "PRON"):
                break
        if not words or any(t.lower_ in _CHARGE_PERMITTING for t in doc[of.i : last]):
            continue
        same = [e for e in events if e.sentence_span == charge.sentence_span]
        obj = next((t for t in doc[last + 1 : sent.end] if t.pos_ in ("NOUN", "PROPN")), None)
        recipient: ActorRef | None = None
        generic = False
        if obj is not None:
            if obj.lower_ in _CHARGED_ACT_NOUNS:
                generic = True
            else:
                recipient = _linked_ref_at(obj, linked)
                generic = obj.tag_ in ("NNS", "NNPS") and not any(
                    c.dep_ == "det" for c in obj.children
                )
                if recipient is None and obj.tag_ == "NNS":
                    recipient = ActorRef(id=None, name=None, text=obj.text)
        made: set[str] = set()
        for word in words:
            mode = _CHARGED_SPONSORING_WORDS[word.lower_]
            if mode in made or any(
                e.type == "AID" and e.mode == mode and _same_party(e.actor, charge.recipient)
                for e in same
                if e.actor
            ):
                continue
            made.add(mode)
            derived.append(
                _record_on(
                    word,
                    type="AID",
                    mode=mode,
                    actor=charge.recipient,
                    recipient=recipient,
                    factuality="generic" if generic else "alleged",
                    extractor=charge.extractor,
                    notes=["charged act: the support the charge names, read off the words"],
                )
            )
    return derived


# s22 (rowsA): attacks a charge names as a kind of act, not an incident the article told.
# "blames ETIM for violence in Xinjiang", "accused X of involvement in suicide attacks",
# "accused X of allowing fighters to use its territory to attack Y": the charged attack is its
# own row beside the ACCUSE (guide §11 "Charges", §1.3), `generic` like the charge or
# `alleged`. A definite "the attack" recalls an incident and is `_charged_perpetrators`'s.
_GENERAL_ATTACK_NOUNS = frozenset(
    {"attack", "violence", "bombing", "killing", "assassination", "abduction", "kidnapping"}
    | {"ambush", "massacre", "shelling", "airstrike"}
)
_GENERAL_ATTACK_VERBS = frozenset({"attack", "bomb", "target", "ambush", "assassinate"})
_PLANNING_VERBS = frozenset({"plan", "plot", "prepare", "mastermind", "orchestrate"})
_RECALLING_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his"})


def _charge_clauses(trigger: Token) -> list[Token]:
    """The "of"/"for" phrases that say what a charge is about, on the charging verb or its
    object ("accusing India's spy agency of financing …", "which Beijing blames for …")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "obj"))]
    return [
        c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "in")
    ]


def _charged_general_act(clause: Token) -> tuple[Token, list[Token]] | None:
    """The first attack word in a charge's phrase that names a kind of act (a bare plural, a
    mass noun or a verb), with the words between it and the phrase."""
    for tok in clause.subtree:
        is_noun = tok.pos_ == "NOUN" and lemma(tok) in _GENERAL_ATTACK_NOUNS
        is_verb = tok.pos_ == "VERB" and lemma(tok) in _GENERAL_ATTACK_VERBS
        if not (is_noun or is_verb):
            continue
        if is_noun and (
            tok.tag_ == "NN"
            and lemma(tok) != "violence"
            or any(c.dep_ in ("det", "poss") and c.lower_ in _RECALLING_DETS for c in tok.children)
        ):
            return None  # "for the attack", "of its killing": an incident, told elsewhere
        path = []
        up = tok
        while up.i != clause.i and up.head.i != up.i:
            up = up.head
            path.append(up)
        if any(p.dep_ == "prep" and p.lower_ in _SETTING_PREPS for p in path):
            continue
        return tok, path
    return None


def _permitted_doer(path: list[Token], linked: LinkedDoc) -> ActorRef | None:
    """ "of allowing TTP fighters to use its soil to attack …": the party let to attack (the
    permitting verb's object, or the subject the parser gave the clause under it)."""
    below: list[Token] = []
    for v in path:
        if lemma(v) in _CHARGE_PERMITTING or v.lower_ in _CHARGE_PERMITTING:
            for w in [v, *below]:
                deps = ("dobj", "obj") if w is v else ("nsubj",)
                for obj in w.children:
                    if obj.dep_ not in deps:
                        continue
                    for t in obj.subtree:
                        ref = _linked_ref_at(t, linked)
                        if ref is not None:
                            return ref
            return None
        below.append(v)
    return None


# s22 (fixB): words on the way from a charge to its attack that say the accused did not do it
# ("of failing to prevent attacks", "for not curbing attacks"), and sheltering words that make
# the accused a backer (AID), not the attacker ("of harbouring militants who carry out attacks").
_CHARGE_PREVENTING = frozenset(
    {"fail", "failure", "prevent", "prevention", "stop", "curb", "halt", "rein", "restrain"}
    | {"tackle", "combat", "counter", "crack", "contain", "control", "thwart", "deter", "check"}
)
_CHARGE_SHELTERING = frozenset(
    {"harbour", "harbor", "harbouring", "harboring", "shelter", "sheltering", "host", "hosting"}
    | {"protect", "protecting"}
)
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def _not_the_accused_s(path: list[Token]) -> bool:
    """Whether the path from a charge's phrase to its attack word says the accused failed to
    stop the attacks rather than made them (a negation or a preventing verb on the way)."""
    return any(
        lemma(v) in _CHARGE_PREVENTING
        or v.lower_ in _CHARGE_PREVENTING
        or any(c.dep_ == "neg" for c in v.children)
        for v in path
    )


def _named_attacker(act: Token, path: list[Token], linked: LinkedDoc) -> ActorRef | None:
    """The doer the charge's own words give its attack: the "by" agent of the attack word
    ("attacks by militants") or the subject of the relative clause it is told in ("militants
    who carry out attacks"), as the linked party or the noun's words."""
    who = next(
        (
            o
            for p in act.children
            if p.dep_ in ("prep", "agent") and p.lower_ == "by"
            for o in p.children
            if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    if who is None:
        for v in [act, *path]:
            if v.pos_ not in ("VERB", "AUX"):
                continue
            subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
            if subj is not None and v.dep_ == "relcl" and subj.lower_ in _RELATIVE_PRONOUNS:
                who = v.head
            break
    if who is None or who.pos_ not in ("NOUN", "PROPN"):
        return None
    return _linked_ref_at(who, linked) or ActorRef(
        id=None, name=None, text=linked.doc[who.left_edge.i : who.i + 1].text
    )


def _charged_general_attacks(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """The attack of a charge that names a kind of act rather than a told incident: ASSAULT by
    the accused (or by the party it is said to let attack; with no known doer when the charge
    is of sponsoring it), at the noun's "on/against" target. Nothing when the sentence already
    has an attack row at that word or by that doer."""
    derived: list[EventRecord] = []
    for charge in events:
        if (
            charge.type != "ACCUSE"
            or charge.mode != "allege"
            or charge.factuality == "negated"
            or not _is_identified(charge.recipient)
        ):
            continue
        trigger = _trigger_head(charge, linked)
        if trigger is None or lemma(trigger) not in _CHARGING_VERBS:
            continue
        found = next(
            (f for c in _charge_clauses(trigger) if (f := _charged_general_act(c)) is not None),
            None,
        )
        if found is None:
            continue
        act, path = found
        if any(lemma(v) in _PLANNING_VERBS for v in [*path, *act.lefts]):
            continue  # "to plan attacks": a planned attack need not have happened (§11 rule 2)
        same = [e for e in [*events, *derived] if e.sentence_span == charge.sentence_span]
        if any(e.type == "ASSAULT" and e.span[0] <= act.idx < e.span[1] for e in same):
            continue
        # "of financing attacks" (the tagger may make "financing" the noun's modifier)
        sponsored = any(
            lemma(v) in _SPONSORING_VERBS
            or v.lower_ in _CHARGED_SPONSORING_WORDS
            or lemma(v) in _CHARGE_SHELTERING
            or v.lower_ in _CHARGE_SHELTERING
            for v in [*path, *act.lefts]
        )
        named = _named_attacker(act, path, linked)
        if named is None and _not_the_accused_s(path):
            continue  # "of failing to prevent attacks": no attack by the accused
        if named is not None:
            doer: ActorRef | None = named
        else:
            doer = None if sponsored else (_permitted_doer(path, linked) or charge.recipient)
        if doer is not None and any(
            e.type == "ASSAULT" and _same_party(e.actor, doer) for e in same if e.actor
        ):
            continue
        target = None
        if act.pos_ == "VERB":
            obj = next((c for c in act.children if c.dep_ in ("dobj", "obj")), None)
        else:
            obj = next(
                (
                    o
                    for p in act.children
                    if p.dep_ == "prep" and p.lower_ in ("on", "against")
                    for o in p.children
                    if o.dep_ == "pobj"
                ),
                None,
            )
        if obj is not None:
            target = _linked_ref_at(obj, linked) or ActorRef(id=None, name=None, text=obj.text)
        derived.append(
            _record_on(
                act,
                type="ASSAULT",
                mode=None,
                actor=doer,
                recipient=target,
                factuality="generic" if charge.factuality == "generic" else "alleged",
                extractor=charge.extractor,
                notes=["charged act: the kind of attack the charge names"],
            )
        )
    return derived


# s22 (rowsA): the words a later denial names the other side's version of an incident by
# ("rejected the military's account", "dismissed the report").
_ACCOUNT_NOUNS = _CHARGE_NOUNS | {"account", "report", "version", "statement", "accusation"}
# (a detention or deportation denial is mostly about the state's own lawful acts, which the
# gold leaves as the REJECT alone)
_DENIED_INCIDENT_TYPES = ("ASSAULT",)
# Words of a denial about shelter, presence or involvement rather than about the incident
# ("saying no foreign group was present", "does not allow anyone to use Afghan soil"): those
# answer a support or soil charge (§11 rules 2-3, §17), not the account of an attack.
_NOT_THE_INCIDENT = frozenset(
    {"allow", "let", "permit", "soil", "territory", "present", "presence", "evidence"}
    | {"involve", "involvement", "involved", "role", "link", "shelter", "harbour", "harbor"}
)


def _says_who_they_were(tok: Token) -> bool:
    """ "saying the men were not militants": a copular "be" with a predicate denies who the
    victims were, not that the incident happened (a passive or progressive "be" is an
    auxiliary and does not count)."""
    return (
        lemma(tok) == "be"
        and tok.dep_ not in ("aux", "auxpass")
        and any(c.dep_ in ("attr", "acomp") for c in tok.children)
    )


def _only_who_they_were(clauses: list[Token]) -> bool:
    """Whether every negation in a denial's clauses falls on a copular "be" ("saying the men
    were not militants"); one on another verb ("and that no one had died") still denies it."""
    verbs = []
    for c in clauses:
        for t in c.subtree:
            if t.dep_ != "neg" and t.lower_ not in _NEGATING_WORDS:
                continue
            up = t.head
            while up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
                up = up.head
            verbs.append(up)
    return bool(verbs) and all(_says_who_they_were(v) for v in verbs)


def _points_back_at_account(denial: Token) -> bool:
    return any(
        o.dep_ in ("dobj", "obj")
        and lemma(o) in _ACCOUNT_NOUNS
        and any(
            c.dep_ in ("det", "poss", "amod")
            and (c.lower_ in _DEFINITE_DETS | _POSSESSIVES or c.pos_ in ("PROPN", "NOUN", "ADJ"))
            for c in o.children
        )
        for o in denial.children
    )


def _account_denied_later(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "Residents rejected the military's account, saying no militants had been staying in the
    house": a denial that points back at the other side's account of an incident told in the
    sentences just before, and itself says it did not happen so, gives that incident's attack
    a `negated` copy in the denial's sentence (guide §17 rule 1: such a denial
    keeps its `negated` row wherever the charge was made; §10 "Dates of denials"). One copy per
    type, of the nearest sentence's first row (one with a known actor first); nothing when
    the denial's own sentence already tells an act of that type."""
    sentences = list(linked.doc.sents)
    starts = [sentence_extent(s)[1][0] for s in sentences]
    copies: list[EventRecord] = []
    for denial in events:
        if denial.type != "REJECT" or denial.factuality != "asserted":
            continue
        head = _trigger_head(denial, linked)
        if head is None or not _points_back_at_account(head):
            continue
        clauses = _denied_clauses(head)
        if not clauses:
            continue  # names the account without saying it did not happen
        if any(
            lemma(t) in _NOT_THE_INCIDENT or t.lower_ in _NOT_THE_INCIDENT
            for c in clauses
            for t in c.subtree
        ):
            continue
        if _only_who_they_were(clauses):
            continue
        if denial.sentence_span[0] not in starts:
            continue
        at = starts.index(denial.sentence_span[0])
        for kind in _DENIED_INCIDENT_TYPES:
            if any(
                e.type == kind and e.sentence_span == denial.sentence_span
                for e in [*events, *copies]
            ):
                continue
            act = None
            for back in range(at - 1, max(at - 4, -1), -1):
                span = sentence_extent(sentences[back])[1]
                told = [
                    e
                    for e in events
                    if e.type == kind
                    and e.sentence_span == span
                    and e.factuality in _TOLD_FACTUALITY
                ]
                if told:
                    act = next((e for e in told if _is_identified(e.actor)), told[0])
                    break
            if act is None:
                continue
            copies.append(_denied_in(act, denial, "the account is disputed"))
    return copies


def _denied_in(act: EventRecord, denial: EventRecord, why: str) -> EventRecord:
    """The negated copy of `act` told where `denial` denies it (its sentence and trigger): the
    toll and the reporter belong to the account denied, not to the denial."""
    return dataclasses.replace(
        act,
        sentence=denial.sentence,
        sentence_span=denial.sentence_span,
        span=denial.span,
        trigger=denial.trigger,
        factuality="negated",
        fatalities=None,
        injured=None,
        reported_by=None,
        context=list(denial.context),
        notes=[*act.notes, f"denied by {denial.trigger!r}: {why}"],
    )


def _own_object(verb: Token) -> bool:
    # a complementizer "that" misparsed as the object ("told a briefing that India was
    # financing and arming the BLA") is no object of the verb's own
    return any(
        c.dep_ in ("dobj", "obj") and c.lower_ not in ("that", "which", "who", "whom")
        for c in verb.children
    )


def _coordinated_support_modes(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "India was financing and arming the BLA": support verbs coordinated on one object are
    one AID row per mode named (guide §11 rule 2, "financing and arming gives two rows"); the
    grouping keeps one row for the clause, so the other conjunct's mode is added beside it
    with the same parties."""
    derived: list[EventRecord] = []
    for aid in events:
        if aid.type != "AID" or aid.mode not in ("economic", "military"):
            continue
        head = _trigger_head(aid, linked)
        if head is None or head.pos_ != "VERB":
            continue
        conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
        if head.dep_ == "conj" and head.head.pos_ == "VERB":
            conjuncts.append(head.head)
        for verb in conjuncts:
            mode = _CHARGED_SPONSORING_WORDS.get(verb.lower_)
            if mode is None or mode == aid.mode:
                continue
            if all(_own_object(v) for v in (head, verb)):
                continue  # "to train technicians and to fund a school": two acts, own objects
            if any(
                e.type == "AID" and e.mode == mode and e.sentence_span == aid.sentence_span
                for e in [*events, *derived]
            ):
                continue
            row = dataclasses.replace(
                aid,
                mode=mode,
                context=list(aid.context),
                notes=[*aid.notes, f"mode: the coordinated {verb.text!r} is support of its own"],
            )
            row.trigger = verb.text
            row.span = (verb.idx, verb.idx + len(verb.text))
            derived.append(row)
    return derived


# Nouns of a fight one side may start ("accused the other of starting the fighting").
_FIGHT_NOUNS = _CHARGED_ACTS | {"fighting", "firing", "clash", "shelling", "violence", "exchange"}


def _mutual_blame_attacks(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "Each side accused the other of starting the fighting", "each side blamed the other for
    the shooting": a traded charge over one fight gives each accused its alleged attack on its
    accuser (guide §11 "Perpetrator", one row per named perpetrator), unless the sentence
    already has an attack by that side. Only the two swapped ACCUSE rows of one trigger count."""
    derived: list[EventRecord] = []
    for charge in events:
        if (
            charge.type != "ACCUSE"
            or charge.mode != "allege"
            or charge.factuality == "negated"
            or not _is_identified(charge.recipient)
            or not _is_identified(charge.actor)
        ):
            continue
        traded = any(
            e is not charge
            and e.type == "ACCUSE"
            and e.span == charge.span
            and _same_party(e.actor, charge.recipient)
            and _same_party(e.recipient, charge.actor)
            for e in events
        )
        trigger = _trigger_head(charge, linked) if traded else None
        if trigger is None or lemma(trigger) not in _CHARGING_VERBS:
            continue
        fight = next(
            (
                t
                for c in _charge_clauses(trigger)
                for t in c.subtree
                if t.pos_ == "NOUN" and lemma(t) in _FIGHT_NOUNS
            ),
            None,
        )
        if fight is None:
            continue
        same = [e for e in [*events, *derived] if e.sentence_span == charge.sentence_span]
        if any(e.type == "ASSAULT" and _same_party(e.actor, charge.recipient) for e in same):
            continue
        # the fight told before, by the same side, gives its weapon, place and day
        told = [
            e
            for e in events
            if e.type == "ASSAULT"
            and e.span[0] < charge.span[0]
            and e.factuality in _TOLD_FACTUALITY
            and _same_party(e.actor, charge.recipient)
        ]
        first = told[-1] if told else None
        derived.append(
            _record_on(
                fight,
                type="ASSAULT",
                mode=first.mode if first else None,
                actor=charge.recipient,
                recipient=charge.actor,
                factuality="alleged",
                place=first.place if first else None,
                date=first.date if first else None,
                date_precision=first.date_precision if first else None,
                extractor=charge.extractor,
                notes=["charged act: each side's attack in a traded charge"],
            )
        )
    return derived
