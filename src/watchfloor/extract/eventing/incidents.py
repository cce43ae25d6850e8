"""Incidents and weapons: events that tell the same incident share an incident id
(`_link_incidents`); a weapon named once is carried to the acts of that incident
(`_inherit_weapon`, `_inherit_story_weapon`).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.eventing.grouping import _HABITUAL_ADVERBS, _owned_charge
from watchfloor.extract.eventing.parties import _affiliated, _derived_row, _trigger_head
from watchfloor.extract.eventing.shared import (
    _BACKGROUND_FACTUALITY,
    _INSTRUMENT_MODES,
    _UNREAL,
    _linked_ref_at,
)
from watchfloor.extract.triggers import Lexicon, lemma
from watchfloor.records import ActorRef, EventRecord

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc


# Acts whose happening a denial of the account disputes (guide: "a charge the Taliban denied"
# adds a `negated` copy); a denied statement, pledge or meeting is the REJECT's content only.
_DENIABLE_ACTS = frozenset({"ASSAULT", "AID", "COERCE"})

# Nouns that name what was told as one side's version ("an account the FC denied").
_ACCOUNT_WORDS = frozenset({"account", "version"})


def _denied_account_copies(
    events: list[EventRecord], linked: LinkedDoc, lex: Lexicon
) -> list[EventRecord]:
    """ "accused the Taliban of detaining former officials, a charge the Taliban denied",
    "said troops had beaten a shopkeeper, an account the FC denied": the acts told before the
    appended denial happened in one side's account and did not in the other's, so each gets a
    `negated` copy beside its own row (fresh11 guide notes A-Z9, A-Z12)."""
    out: list[EventRecord] = []
    denials: list[tuple[EventRecord, int]] = []
    for e in events:
        out.append(e)
        if e.type != "REJECT" or e.factuality == "negated":
            continue
        head = _trigger_head(e, linked)
        end = _appended_denial_start(head, lex) if head is not None else None
        if end is None:
            continue
        charges = {
            h.i
            for a in events
            if a.type == "ACCUSE" and a.sentence_span == e.sentence_span
            for h in [_trigger_head(a, linked)]
            if h is not None
        }
        for o in events:
            if (
                o.type in _DENIABLE_ACTS
                and o.sentence_span == e.sentence_span
                and o.span[1] <= end
                and _told_by_one_side(_trigger_head(o, linked), charges, lex)
                and _denier_side(o, e, linked)
                and o.factuality not in _UNREAL | {"negated"}
                and not _copy_exists(o, [*events, *out], negated=True)
            ):
                out.append(
                    _derived_row(
                        o,
                        dict(getattr(o, "_anaphor", None) or {}),
                        factuality="negated",
                        fatalities=None,
                        injured=None,
                        notes=[*o.notes, f"denied by {e.trigger!r}: the act did not happen"],
                    )
                )
        denials.append((e, end))
    # a negated copy another reading made of an act the denier does not own goes too
    return [
        o
        for o in out
        if not (
            o.type in _DENIABLE_ACTS
            and o.factuality == "negated"
            and _copy_exists(o, out, negated=False)
            and any(
                o.sentence_span == d.sentence_span
                and o.span[1] <= end
                and not _denier_side(o, d, linked)
                for d, end in denials
            )
        )
    ]


def _denier_side(o: EventRecord, denial: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the denier is a party to `o`, its doer ("a charge the TTP has denied") or its
    target ("ambushed a Taliban convoy ..., a claim the Taliban denied"): "accused Kabul of
    allowing the TTP to attack Pakistani forces, a charge the Taliban deny" disputes the
    permission, not the TTP's attacks, and "said Baloch militants plan attacks ..., a charge
    Kabul denies" disputes where they plan them (guide §13 rule 1: a denied origin gets no
    copy). An act with no known doer, or a denial with no known denier, keeps its copy."""
    if o.actor is None or denial.actor is None or not o.actor.id or not denial.actor.id:
        return True
    return any(_affiliated(party, denial.actor, linked) for party in (o.actor, o.recipient))


def _copy_exists(o: EventRecord, rows: list[EventRecord], *, negated: bool) -> bool:
    """Whether `rows` already tell `o`'s act (same type, same trigger) with the other polarity
    (`negated` or not): a copy is made once, however many denials or charges tell the act."""
    return any(
        x is not o
        and x.type == o.type
        and x.span == o.span
        and (x.factuality == "negated") == negated
        for x in rows
    )


def _charged_act_copies(
    events: list[EventRecord], linked: LinkedDoc, lex: Lexicon
) -> list[EventRecord]:
    """ "rejected Pakistani allegations that it funds separatists": the act the denied charge
    tells is negated by the denial, yet the charge was made, so the act also stands as its
    owner tells it (`generic` for a standing charge, "has long rejected", else `alleged`), the
    mirror of `_denied_account_copies` for a charge told inside the denial."""
    rejections = {
        h.i
        for ev in events
        if ev.type == "REJECT"
        for h in [_trigger_head(ev, linked)]
        if h is not None
    }
    out: list[EventRecord] = []
    for o in events:
        out.append(o)
        if o.type not in _DENIABLE_ACTS or o.factuality != "negated":
            continue
        head = _trigger_head(o, linked)
        if head is None:
            continue
        charge = next(
            (
                a
                for a in head.ancestors
                if a.dep_ in ("dobj", "obj")
                and a.head.pos_ in ("VERB", "AUX")
                and _owned_charge(a, lex)
                and a.head.i in rejections
            ),
            None,
        )
        if charge is None or _copy_exists(o, events, negated=False):
            continue
        standing = any(
            d.dep_ == "advmod" and d.lower_ in _HABITUAL_ADVERBS for d in charge.head.children
        )
        out.append(
            _derived_row(
                o,
                dict(getattr(o, "_anaphor", None) or {}),
                factuality="generic" if standing else "alleged",
                notes=[*o.notes, f"charged by {charge.text!r}: the act as its owner tells it"],
            )
        )
    return out


def _told_by_one_side(tok: Token | None, charges: set[int], lex: Lexicon) -> bool:
    """Whether an act is what a charge or a report tells ("accused Kabul of sheltering the
    attackers", "said troops had beaten a shopkeeper") rather than the article's own news told
    beside it ("Militants killed three soldiers, and Pakistan accused Kabul of ..."): only the
    told act is what the appended denial disputes."""
    if tok is None:
        return False
    return any(
        a.i in charges or (lemma(a) in lex.reporting_verbs and a.pos_ in ("VERB", "AUX"))
        for a in tok.ancestors
    )


def _appended_denial_start(verb: Token, lex: Lexicon) -> int | None:
    """The character offset of the comma before a denial appended to what was told (", a charge
    Kabul denies", ", which the Taliban denied"), or None when the denial is a clause of its
    own ("Kabul rejected the charge")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if verb.dep_ == "relcl":
        objects.append(verb.head)
    words = lex.word_classes.get("accusation", frozenset()) | _ACCOUNT_WORDS
    for noun in objects:
        if not (lemma(noun) in words or noun.lower_ == "which"):
            continue
        before = noun.left_edge.i - 1
        if before >= 0 and noun.doc[before].text == ",":
            return noun.doc[before].idx
    # ", an allegation police denied" parsed with the noun as the subject's compound or
    # the subject itself: the charge word opens the clause the denial verb closes
    doc = verb.doc
    comma = next(
        (i for i in range(verb.i - 1, verb.left_edge.i - 1, -1) if doc[i].text == ","), None
    )
    if comma is None or comma + 2 >= verb.i:
        return None
    first = comma + 2 if doc[comma + 1].dep_ == "det" else comma + 1
    noun = doc[first]
    if (
        noun.i < verb.i
        and lemma(noun) in words
        and noun.head.i in (verb.i, *(c.i for c in verb.children))
    ):
        return doc[comma].idx
    return None


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
        doers: list[bool] = []
        for e in group:
            ids.append({a.id for a in (e.actor, e.recipient) if a is not None and a.id})
            doers.append(e.actor is not None and bool(e.actor.id))
        for i, e in enumerate(group):
            if getattr(e, "incident", None):
                continue
            members = [e]
            for j in range(i + 1, len(group)):
                # a mention with no known doer ("most of the dead were civil servants") is the
                # same-day, same-place act of its type however its victims are worded
                if ids[i] & ids[j] or not doers[i] or not doers[j]:
                    members.append(group[j])
            if len(members) < 2:
                continue
            digest = hashlib.sha1(f"{etype}|{place}|{day}|{members[0].span}".encode()).hexdigest()[
                :12
            ]
            for m in members:
                if getattr(m, "incident", None) is None:
                    m.incident = digest


def _appended_claim_rows(
    events: list[EventRecord], linked: LinkedDoc, lex: Lexicon
) -> list[EventRecord]:
    """ "gunmen shot dead two police officers, an attack later claimed by IS-K", "a suicide
    bomber killed the governor, an attack the Islamic State also claimed": a claim of
    responsibility is its own row with the claiming group as actor (guide §1.3 and §8), even
    when it is only a participle or relative clause on a noun that names the attack again. The
    row keeps the attack's recipient, place, date and factuality, without casualty figures."""
    out = list(events)
    for e in events:
        if e.type != "ASSAULT" or e.factuality in _UNREAL | {"negated"}:
            continue
        head = _trigger_head(e, linked)
        if head is None:
            continue
        for claim in head.sent:
            if not _claim_on_attack_noun(claim, head, lex):
                continue
            claimant = _claimant(claim, linked)
            if claimant is None or any(
                o.type == "ASSAULT"
                and o.sentence_span == e.sentence_span
                and o.actor is not None
                and o.actor.id == claimant.id
                for o in out
            ):
                continue
            out.append(
                _derived_row(
                    e,
                    {},
                    actor=claimant,
                    fatalities=None,
                    injured=None,
                    notes=[*e.notes, "actor: the group that claimed the attack, a row of its own"],
                )
            )
    return out


def _claim_on_attack_noun(claim: Token, head: Token, lex: Lexicon) -> bool:
    """A "claimed" that describes a noun naming an attack ("an attack later claimed by",
    "for which IS-K claimed responsibility"), other than the act's own trigger."""
    if lemma(claim) != "claim" or claim.pos_ != "VERB" or claim.dep_ not in ("acl", "relcl"):
        return False
    noun = claim.head
    return (
        noun.i != head.i
        and noun.pos_ == "NOUN"
        and any(x.type == "ASSAULT" for x in lex.entries.get((lemma(noun), "NOUN"), ()))
        and not any(c.dep_ == "neg" for c in claim.children)
        # "a week after a bombing claimed by X killed 12": another, earlier attack
        and not any(
            a.dep_ in ("prep", "mark") and a.lower_ in _OTHER_TIME_WORDS for a in noun.ancestors
        )
        and not any(
            c.dep_ in ("prep", "mark") and c.lower_ in _OTHER_TIME_WORDS
            for a in noun.ancestors
            if a.pos_ in ("VERB", "AUX") and a.i != head.i
            for c in a.children
        )
    )


# Words that set a clause or phrase at another time than the act's own
_OTHER_TIME_WORDS = frozenset({"after", "before", "since", "following", "until", "when"})


def _claimant(claim: Token, linked: LinkedDoc) -> ActorRef | None:
    """The named group that made the claim: the passive's agent ("claimed by X") or the
    relative clause's subject ("an attack X also claimed")."""
    doer = next((c for c in claim.children if c.dep_ == "nsubj"), None)
    if doer is None:
        agent = next((c for c in claim.children if c.dep_ == "agent"), None)
        doer = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return None if doer is None else _linked_ref_at(doer, linked)


# Verbs of a party's standing rule about whom it strikes ("the group does not attack courts").
_TARGETING_VERBS = frozenset({"target", "attack"})
_DO_AUX = frozenset({"do", "does", "did"})


def _class_of_targets(obj: Token) -> bool:
    """A bare plural ("civilians", "vaccination workers", "courts, mosques or public places"):
    a kind of target, not the victims of one attack ("the convoy", "14 soldiers", "anyone")."""
    return obj.tag_ in ("NNS", "NNPS") and not any(
        c.dep_ in ("det", "poss", "nummod", "predet") for c in obj.children
    )


def _habitual_class_denials(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "The TTP does not attack courts, mosques or public places", "its fighters do not target
    vaccinators": a habitual denial about a class of targets denies no particular act, so it
    is the claim (and the REJECT of a denial verb) only, with no `negated` or `generic` attack
    (guide §17 rule 5). "We did not attack anyone" or "did not target the convoy" keeps its
    row (§1.7 rule 1)."""
    out: list[EventRecord] = []
    for e in events:
        head = _trigger_head(e, linked) if e.type == "ASSAULT" else None
        if (
            head is not None
            and e.factuality in ("negated", "generic")
            and head.pos_ == "VERB"
            and lemma(head) in _TARGETING_VERBS
            and any(c.dep_ == "neg" for c in head.children)
            and any(c.dep_ == "aux" and c.lower_ in _DO_AUX for c in head.children)
            and any(c.dep_ == "dobj" and _class_of_targets(c) for c in head.children)
        ):
            continue
        out.append(e)
    return out


# Verbs that give one party's account of a toll ("said 41 bodies had been brought in", "put the
# toll at 31", "claimed its fighters had killed 100").
_TOLL_ACCOUNT_VERBS = frozenset({"say", "put", "tell", "report", "claim", "estimate"})


def _rival_toll_rows(events: list[EventRecord], linked: LinkedDoc) -> list[EventRecord]:
    """ "The administration put the toll at 31, while Shia leaders said 40 people had died",
    "Afghan officials said one man was wounded; Uzbek authorities said no one was hurt": two
    parties' accounts of one attack's toll in one sentence are a row each (guide §1.6, the
    figures stated for the event; §1.7 rule 1, an outcome denied is `negated`). The row already
    holding one account's figure is copied with the other's; a sentence whose rows already
    carry both figures adds nothing."""
    out = list(events)
    done: set[tuple[int, int]] = set()
    for e in events:
        if (
            e.type != "ASSAULT"
            or e.sentence_span in done
            or e.factuality in _UNREAL | {"negated"}
            or (e.fatalities is None and e.injured is None)
        ):
            continue
        head = _trigger_head(e, linked)
        if head is None:
            continue
        # the accounts are the sentence's: one reading serves every row in it
        done.add(e.sentence_span)
        accounts = _toll_accounts(head.sent)
        if accounts is None:
            continue
        held = (e.fatalities, e.injured)
        if held == accounts[0]:
            other = accounts[1]
        elif held == accounts[1]:
            other = accounts[0]
        else:
            continue
        if any(
            o.type == "ASSAULT"
            and o.sentence_span == e.sentence_span
            and (o.fatalities, o.injured) == other
            for o in out
        ):
            continue
        denied = other in ((0, None), (None, 0), (0, 0))
        out.append(
            _derived_row(
                e,
                {},
                fatalities=None if denied else other[0],
                injured=None if denied else other[1],
                factuality="negated" if denied else e.factuality,
                notes=[*e.notes, "toll: another party's account of the same attack"],
            )
        )
    return out


def _toll_accounts(sent: Span) -> tuple[tuple[int | None, int | None], ...] | None:
    """The tolls two accounts in a sentence give, when exactly two verbs of account each tell
    one and the figures differ; each account is its verb's clause without the other's."""
    verbs = [
        t
        for t in sent
        if t.pos_ == "VERB"
        and lemma(t) in _TOLL_ACCOUNT_VERBS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
        and not any(c.dep_ == "neg" for c in t.children)
    ]
    found: list[tuple[int | None, int | None]] = []
    for v in verbs:
        inner = {x.i for o in verbs if o.i != v.i and o in v.subtree for x in o.subtree}
        toks = [x for x in v.subtree if x.i not in inner]
        cas = parse_casualties(sent, tokens=toks)
        if cas.fatalities is not None or cas.injured is not None:
            found.append((cas.fatalities, cas.injured))
    if len(found) != 2 or found[0] == found[1]:
        return None
    return found[0], found[1]
