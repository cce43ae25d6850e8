"""Implicit recipients and actors: after the records are built, fill in the recipient or
actor a sentence leaves out from the events around it (`_implicit_recipients`) and the actor
of an earlier event a clause points back to (`_earlier_event_actor`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.base import ExtractorBase
from watchfloor.extract.eventing.context import _documents_findings, _one_sides_event
from watchfloor.extract.eventing.dating import _same_period
from watchfloor.extract.eventing.mutual import _mediators, _two_sides
from watchfloor.extract.eventing.parties import (
    _affiliated,
    _as_state,
    _capital_country,
    _counted_people,
    _country_of,
    _event_sentence,
    _government,
    _is_identified,
    _non_state,
    _party_holding,
    _plain,
    _previous_sentence,
    _previous_speaker,
    _same_party,
    _trigger_head,
)
from watchfloor.extract.eventing.recipient_rules import (
    _BORDER_ACTS,
    _BORDER_MEASURES,
    _BOTH_SIDES,
    _CUSTODY_MODES,
    _OPPOSING_SECTORS,
    _aid_beneficiaries,
    _answered_party,
    _bare_plural,
    _beneficiary_state,
    _border_fight,
    _carried_group,
    _carry_actors,
    _casualties_named,
    _claimant,
    _claimed_noun,
    _claims_told_attack,
    _controlling_event,
    _coordinated_target,
    _counted_victims,
    _counterpart,
    _denies_clause,
    _deported_group,
    _elided_object_group,
    _first_victims,
    _host_state,
    _later_teller,
    _named_by_what,
    _named_crossing,
    _national_statement_maker,
    _other_state_named,
    _place_as_party,
    _points_back,
    _quoted_label,
    _replied_to,
    _report_author,
    _reporting_force,
    _responsibility,
    _restriction_without_people,
    _searched_residents,
    _sentence_partner,
    _speaking_body,
    _state_force,
    _state_government,
    _struck_group,
    _victims_group,
    _visit_host,
    _with_partner,
)
from watchfloor.extract.eventing.shared import (
    _BACKGROUND_FACTUALITY,
    _CARRY_RECIPIENT,
    _DEFINITE_DETS,
    _GENERAL_APPEAL_SECTORS,
    _MEETING_NOUNS,
    _NON_STATE_SECTORS,
    _POSSESSIVES,
    _SPEECH_TYPES,
    _STATE_SECTORS,
    _THREAT_TYPES,
    _UNREAL,
    _conjuncts,
    _prep_objects,
)
from watchfloor.extract.factuality import denial_verbs, is_witness_source
from watchfloor.extract.recipients import STATE_SECTOR, RecipientCues
from watchfloor.extract.triggers import TriggerMatcher, lemma
from watchfloor.records import ActorRef, EventRecord

if TYPE_CHECKING:
    from spacy.tokens import Token

    from watchfloor.kb.linked import LinkedDoc


class RecipientsMixin(ExtractorBase):
    """Implicit recipients and actors across a document's events."""

    def _implicit_recipients(
        self, events: list[EventRecord], linked: LinkedDoc, matcher: TriggerMatcher
    ) -> None:
        """Recipients named through an object: "a police post", "the convoy" → the party that
        holds it; "condemned the attack", "rejected the allegation" → that earlier event's
        actor; a later sentence about the same attack with no target of its own → the target
        of the attack it continues."""
        cues = self.recipient_cues
        for e in events:
            carried = _carried_group(e, linked, cues)
            if carried is not None:
                # the target as described (guide §1.3): the people on the vehicle hit, not
                # the toll's "nine people"
                e.recipient = carried
                e.notes.append("recipient: the people the vehicle hit was carrying")
        for e in events:
            moved = _returned_people(e, linked, cues) if e.type == "COERCE" else None
            if moved is not None:
                # "More than 9,000 Afghans returned from Pakistan": the people returned are
                # whom the removal is done to, the state they come from its doer
                e.actor, e.recipient = moved
                e.notes.append("recipient: the people returned; actor: the state they left")
            group = _deported_group(e, linked, cues)
            if group is not None:
                # "has since sent back 1.7 million people": the count sizes the group its
                # sentence names, which is whom the removal is done to
                e.recipient = group
                e.notes.append("recipient: the group a counted removal is done to")
        for e in events:
            if e.recipient is None and e.type in _SPEECH_TYPES:
                antecedent = _relative_object(e, linked)
                if antecedent is not None:
                    # "Kabul, which Pakistan accuses of sheltering the TTP": the relative
                    # pronoun the verb takes as its object is the noun the clause describes
                    e.recipient = antecedent
                    e.notes.append("recipient: the noun a relative clause's object stands for")
        for e in events:
            for role in ("actor", "recipient"):
                person = _counterpart_named(getattr(e, role), e, linked)
                if person is not None:
                    # "talks with his Afghan and Pakistani counterparts": the ministers holding
                    # the same post the article names (guide §0: the most specific id)
                    setattr(e, role, person)
                    e.notes.append(f"{role}: the counterpart the article names")
        for e in events:
            # A place is no party (guide §0): a capital stands for its government; a place an
            # act is aimed at, for the state that holds it; a place that "has seen" attacks
            # does nothing.
            place = _place_as_party(e.actor, e, linked)
            if place is not None:
                capital = _capital_country(place.name)
                e.actor = _state_government(linked, capital) if capital else None
                e.notes.append("actor: a place named as the doer")
                if e.place is None and not capital:
                    # "Lakki Marwat has seen a rise in attacks": where the pattern is
                    e.place = place
            place = _place_as_party(e.recipient, e, linked)
            if place is not None and place.country:
                # an attack on a town is one on the state that holds it; a cordon, a closure
                # or a blockade names only where it is (guide §11: the place is no recipient)
                # "Mastung has been hit repeatedly by militant violence": a pattern of attacks
                # told of a region only says where they happen (guide §18 rule 6)
                pattern = e.factuality == "generic" and not _capital_country(place.name)
                # s21: "Kabul, which Pakistan accuses of ...": a capital a statement is aimed
                # at stands for its government (guide §0)
                spoken_to = e.type in _SPEECH_TYPES and bool(_capital_country(place.name))
                e.recipient = (
                    _state_government(linked, place.country)
                    if (e.type == "ASSAULT" and not pattern) or spoken_to
                    else None
                )
                e.notes.append("recipient: a place named as the target")
        for e in events:
            # "Pakistani and Afghan forces exchanged fire": the state's force, not the state
            for role in ("actor", "recipient"):
                force = _state_force(getattr(e, role), e, linked, cues)
                if force is not None:
                    setattr(e, role, force[0])
                    e.notes.append(f"{role}: {force[1]}")
        for e in events:
            group = _modified_force(e, linked, cues)
            if group is not None:
                # s21: "killed nine Taliban soldiers": the party named as the force's own
                # modifier, not another force the bare noun was linked to
                e.recipient = group
                e.notes.append("recipient: the party named as the force's modifier")
        for i, e in enumerate(events):
            state = linked.actors.get(e.recipient.id) if e.recipient and e.recipient.id else None
            if state is not None and state.kind == "country":
                # "Pakistani posts": the country's body that holds them, if the text names it.
                for obj in getattr(e, "_objects", []):
                    sectors = cues.facility_sectors(obj)
                    found = (
                        _party_holding(linked, sectors, obj.idx, None, country=state.country)
                        if sectors
                        else None
                    )
                    if found is not None:
                        e.recipient, why = found
                        e.notes.append(f"recipient from {obj.text!r}: {why}")
                        break
            # "claimed responsibility, saying its fighters had targeted 'the guards of an
            # un-Islamic system'": the claimant's own label for the target gives way to the
            # party the attack was told against
            label = (
                e.type == "ASSAULT"
                and _quoted_label(e.recipient, e)
                and _responsibility(e, linked) is not None
            )
            if label or (
                e.type == "ASSAULT"
                and not _is_identified(e.recipient)
                and (
                    e.trigger.lower().startswith("claim")
                    # "claimed responsibility, saying one of its members had targeted an
                    # 'apostate' gathering": the claimant's words for the attack told before
                    or (e.recipient is None and _responsibility(e, linked) is not None)
                    # "IS-K claimed the attack / the bombing": the claim names the attack
                    # told before, not a new target
                    or (e.recipient is None and _claimed_noun(e, linked))
                )
            ):
                # "the BLA claimed responsibility (in a message to journalists)": the claim
                # restates the attack told before, and with it the attack's target
                told = next(
                    (
                        p
                        for p in reversed(events[max(0, i - 8) : i])
                        if p.type == "ASSAULT"
                        and p.recipient is not None
                        and not p.trigger.lower().startswith("claim")
                        # "Last month, gunmen stormed a police station ..., an attack the group
                        # claimed": a recalled attack is the one its own sentence says was claimed
                        and (
                            p.factuality not in _BACKGROUND_FACTUALITY
                            or p.sentence_span == e.sentence_span
                        )
                        and not _same_party(p.recipient, e.actor)
                        # the attack by the claimant or by attackers not yet named, not the
                        # security forces' response ("police killed three of the assailants")
                        and (not _is_identified(p.actor) or _same_party(p.actor, e.actor))
                        # a label is more telling than a mere count ("nine people")
                        and (not label or _is_identified(p.recipient))
                    ),
                    None,
                )
                if told is not None:
                    e.recipient = told.recipient
                    e.notes.append("recipient: the target of the attack claimed")
            if e.type == "ASSAULT" and e.place is None and _claims_told_attack(e, linked):
                # "claimed responsibility for the bombing" after the story has moved on to
                # another incident: the claim is for the article's own attack, told first
                lead = next(
                    (
                        p
                        for p in events[:i]
                        if p.type == "ASSAULT"
                        and p.place is not None
                        and p.factuality in ("asserted", "alleged")
                    ),
                    None,
                )
                if lead is not None:
                    e.place = lead.place
                    e.notes.append("place: where the attack claimed took place")
            if _counted_people(e.recipient, cues) and e.factuality not in _BACKGROUND_FACTUALITY:
                # "two people were killed when forces opened fire on farmers", "Three people
                # died there": the victims are the target of the same incident, as named
                same = [
                    p
                    for p in events
                    if p is not e and p.type == e.type and p.sentence_span == e.sentence_span
                ]
                before = [p for p in reversed(events[max(0, i - 3) : i]) if p.type == e.type]
                prev = next(
                    (
                        p
                        for p in same + before
                        if p.recipient is not None
                        and not _counted_people(p.recipient, cues)
                        and not _same_party(p.recipient, e.actor)
                        and p.factuality not in _BACKGROUND_FACTUALITY
                        # "attacks on our soldiers" that a party says it forestalled are not
                        # the incident whose dead are counted
                        and (p.factuality not in _UNREAL or e.factuality in _UNREAL)
                        # "ISPR said it killed four commanders ... Residents said nine people
                        # were killed": whom one side says it hit is not the others' count
                        and not (
                            p.factuality == "alleged"
                            and _is_identified(p.reported_by)
                            and _affiliated(p.reported_by, p.actor, linked)
                            and not _same_party(p.reported_by, e.reported_by)
                        )
                        and _same_period(e.date, p.date)
                        and (e.actor is None or p.actor is None or _same_party(e.actor, p.actor))
                    ),
                    None,
                )
                if prev is not None and prev.recipient is not None:
                    e.recipient = prev.recipient
                    e.notes.append("recipient: the victims' group the same incident names")
            if e.recipient is not None and not _is_identified(e.recipient):
                # "fought the outnumbered constables": members of a force the document names
                # (the knowledge base need not know every word for them)
                words = (e.recipient.text or "").lower().split()
                member = next(
                    (
                        o
                        for o in getattr(e, "_objects", [])
                        if words and o.lower_ == words[-1] and o.tag_ in ("NNS", "NNPS")
                    ),
                    None,
                )
                sectors = cues.facility_sectors(member) if member is not None else ()
                held = (
                    _party_holding(linked, sectors, member.idx, e.actor.id if e.actor else None)
                    if member is not None and sectors
                    else None
                )
                if held is not None and member is not None:
                    e.recipient, why = held
                    e.notes.append(f"recipient from {member.text!r}: {why}")
            voice = _speaking_body(events, i, linked, cues) if e.recipient is not None else None
            if voice is not None:
                # "rejected the military's account" after "the military's media wing said":
                # the account is the body's that gave it (guide §12 rule 2: ISPR → PAK-ISPR)
                e.recipient = voice
                e.notes.append("recipient: the body that gave the account answered")
            if e.recipient is not None:
                words = (e.recipient.text or "").lower().split()
                own = (
                    getattr(linked.actors.get(e.actor.id or ""), "country", None)
                    if e.actor
                    else None
                )
                if (
                    e.type in _BORDER_ACTS
                    and own is not None
                    and not _is_identified(e.recipient)
                    and words
                    and words[-1] in cues.border_nouns
                ):
                    # "the authorities closed the nearby Gawal crossing": a crossing kept as
                    # the recipient's words stands for the neighbour across it, as when the
                    # crossing is only the verb's object
                    gov = _neighbour_across(e, own, linked)
                    if gov is not None:
                        e.recipient = gov
                        e.notes.append("recipient: the neighbour across the border closed")
                continue
            actor_id = e.actor.id if e.actor else None
            for obj in getattr(e, "_objects", []):
                if (e.type in cues.answer_types or e.type in cues.report_types) and {
                    lemma(obj),
                    obj.lower_,
                } & cues.report_nouns:
                    # "rejected the report", "dismissed media reports that ...", "welcomed the
                    # findings": the report's author, not whoever last made a statement
                    author = _report_author(events, i, obj, linked, cues.report_nouns)
                    if author is not None:
                        e.recipient = author
                        e.notes.append(f"recipient: the author of {obj.text!r}")
                        break
                if e.type in cues.answer_types and _denied_part_in_act(obj, matcher, cues):
                    # "distanced itself from the attack", "had no connection with the blast":
                    # a denial of any part in an act names the act, not whom the denial
                    # answers (guide §10: the accuser, if the passage names one)
                    continue
                if (
                    e.type not in _SPEECH_TYPES
                    and obj.dep_ == "pobj"
                    and obj.head.lower_ in cues.time_preps
                ):
                    # "three gunmen were killed after the blast": when, not against whom
                    continue
                found = self._earlier_event_actor(events, i, obj, matcher, cues, linked)
                if (
                    found is not None
                    and e.type in _SPEECH_TYPES
                    # "rejected the accusation": a statement answers whoever made it
                    and (cues.event_nouns.get(lemma(obj)) or "") not in _SPEECH_TYPES
                    and e.actor is not None
                    and _is_identified(e.actor)
                    and _country_of(found[0], linked) != _country_of(e.actor, linked)
                ):
                    # "Kabul condemned the strikes" told of the Pakistani air force: a foreign
                    # party's reaction addresses the state behind its body's act
                    found = (_as_state(found[0], linked, persons=False), found[1])
                if (
                    found is not None
                    and e.type in cues.answer_types
                    and {lemma(obj), obj.lower_} & cues.source_nouns
                    and e.actor is not None
                    and _is_identified(e.actor)
                    and _country_of(_as_state(found[0], linked), linked)
                    not in (None, _country_of(e.actor, linked))
                ):
                    # "New Delhi rejected the accusation" a Pakistani minister made: a foreign
                    # state answers the state its official spoke for; an accusing body (the
                    # Foreign Office, the military's media wing) is answered as itself. Whoever
                    # rejects "the accusation" answers the minister who made it ("Kabul
                    # rejected the accusation" Naqvi made: guide §12.2, the most specific id);
                    # "such accusations" are the state's line, not one man's statement.
                    accuser = linked.actors.get(found[0].id or "")
                    one_statement = obj.tag_ in ("NN", "NNP") and any(
                        c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                        for c in obj.children
                    )
                    if getattr(accuser, "kind", None) == "person" and (
                        not one_statement or _local_official(found[0], cues)
                    ):
                        found = (_as_state(found[0], linked, persons=True), found[1])
                if found is None:
                    sectors = cues.facility_sectors(obj)
                    if sectors == (STATE_SECTOR,):
                        # "attacked government targets", "attacks on the railway": what the
                        # state owns stands for the state (guide §18 rule 6: a named target)
                        found = _state_target(e, linked) if e.type == "ASSAULT" else None
                    elif sectors:
                        found = _party_holding(linked, sectors, obj.idx, actor_id)
                if found is not None:
                    e.recipient, why = found
                    e.notes.append(f"recipient from {obj.text!r}: {why}")
                    break
            if e.recipient is None and e.type in _CARRY_RECIPIENT:
                joint = _coordinated_target(events, i, linked)
                if joint is not None:
                    # "overran the post and seized weapons": what was seized was the target's
                    e.recipient = joint
                    e.notes.append("recipient: the target of the act it is coordinated with")
            if e.recipient is None and (e.type, e.mode) == ("COERCE", "seize"):
                taken_from = _seized_from(events, i, linked)
                if taken_from is not None:
                    # "arrested two suspects and recovered a pistol", "... weapons had been
                    # seized": what is seized in a raid is taken from those it caught or hit
                    e.recipient = taken_from
                    e.notes.append("recipient: the people the raid caught or hit")
            if (
                e.recipient is None
                and e.type in _CARRY_RECIPIENT
                # a conditional or promised act is not the incident told before, nor is a
                # pattern ("drone strikes have repeatedly set off protests") told after one
                and e.factuality not in _UNREAL | {"generic"}
                # s21: "a second drone strike was reported": another incident, not the one
                # told before
                and not _another_incident(e, linked)
            ):
                same_kind = [
                    p
                    for p in reversed(events[max(0, i - 3) : i])
                    if p.type == e.type
                    and p.factuality not in _UNREAL
                    # "Officials gave a toll of 17 dead. The bomber struck as ...": a toll
                    # with no doer does not say whose target the named attacker's was
                    and not (e.actor is not None and p.actor is None)
                ]
                # "has repeatedly attacked politicians": a pattern recalled after the incident
                # is not what a later toll continues, if the incident is at hand
                prev = next(
                    (
                        p
                        for p in same_kind
                        if p.factuality not in _BACKGROUND_FACTUALITY
                        or e.factuality in _BACKGROUND_FACTUALITY
                    ),
                    same_kind[0] if same_kind else None,
                )
                if (
                    prev is not None
                    and prev.recipient is not None
                    and (e.actor is None or _same_party(e.actor, prev.actor))
                    # detainees are not whom a later curfew or shutdown is imposed on
                    and (e.type != "COERCE" or prev.mode == e.mode)
                ):
                    e.recipient = prev.recipient
                    e.notes.append("recipient from the same incident's earlier sentence")
            border_words = [*getattr(e, "_objects", [])]
            subject = getattr(e, "_subject", None)
            if subject is not None:
                border_words.append(subject)
            if (
                e.actor is None
                and e.type in _BORDER_MEASURES
                and _is_identified(e.reported_by)
                and getattr(linked.actors.get(e.reported_by.id or ""), "sector", None)
                in _STATE_SECTORS
                and any({lemma(o), o.lower_} & cues.border_nouns for o in border_words)
            ):
                # "the Foreign Office spokesman said the crossing would remain closed (would
                # reopen)": only a state closes or opens its border, and the one speaking does
                e.actor = _as_state(e.reported_by, linked)
                e.notes.append("actor: the state whose official announces the closure")
            if e.place is None and e.type in _BORDER_MEASURES:
                # "the crossing would remain closed": the one crossing the story has named
                crossing = next(
                    (
                        o
                        for o in border_words
                        if o.lower_ == "crossing" and o.tag_ != "NNS" and not _conjuncts(o)[1:]
                    ),
                    None,
                )
                named = _named_crossing(linked, e.span[1], cues) if crossing is not None else None
                if named is not None:
                    e.place = named
                    e.notes.append("place: the crossing named earlier")
            if e.recipient is None and e.type in _BORDER_ACTS and e.actor is not None:
                # "Pakistan closed the Torkham crossing": against the neighbour across it
                own = getattr(linked.actors.get(e.actor.id or ""), "country", None)
                if own is not None and any(
                    # the surface word too: the tagger lemmatises "crossing" to "cross"
                    {lemma(o), o.lower_} & cues.border_nouns
                    or any(
                        c.dep_ == "compound" and {lemma(c), c.lower_} & cues.border_nouns
                        for c in o.children
                    )
                    for o in border_words
                ):
                    gov = _neighbour_across(e, own, linked)
                    if gov is not None:
                        e.recipient = gov
                        e.notes.append("recipient: the neighbour across the border closed")
            demand = _protest_demand(e, events) if e.type == "PROTEST" else None
            if e.recipient is None and demand is not None:
                # "staged a sit-in to demand that the army leave the district": a protest is
                # aimed at the party its demand is put to (guide §10), before the government
                # where it takes place
                e.recipient = demand.recipient
                e.notes.append("recipient: the party the protest's demand is put to")
            if (
                e.recipient is None
                and e.type == "PROTEST"
                # "drone strikes have repeatedly set off protests", "led to a week-long sit-in":
                # a recalled or general protest by no one in particular is aimed at no one
                and not (e.actor is None and e.factuality in _BACKGROUND_FACTUALITY)
            ):
                # A protest with no named target addresses the authorities where it happens.
                country = e.place.country if e.place is not None else None
                gov = _government(linked, country or next(iter(linked.focus_countries), None))
                sector = getattr(
                    linked.actors.get(e.actor.id or "") if e.actor else None, "sector", None
                )
                if (
                    gov is not None
                    and (sector in _OPPOSING_SECTORS or not _affiliated(gov, e.actor, linked))
                    and not _untargeted_protest(e, linked, sector)
                ):
                    e.recipient = gov
                    e.notes.append("recipient: the government where the protest takes place")
        for e in events:
            if (
                e.type == "ASSAULT"
                and e.actor is None
                and e.recipient is None
                and e.factuality not in _UNREAL
                and _border_fight(e, linked, cues)
            ):
                fighters = _two_sides(linked, None)
                if fighters is not None:
                    # "since a border clash in April", "to halt fighting along the frontier":
                    # the two countries the article is about, each on the other
                    e.actor, e.recipient = fighters
                    e.notes.append("parties: a border fight between the article's two countries")
        for i, e in enumerate(events):
            subj = getattr(e, "_subject", None)
            if e.actor is None and subj is not None:
                # "the strikes hit houses": the actor of the strikes told earlier
                found = self._earlier_event_actor(events, i, subj, matcher, cues, linked)
                if found is not None:
                    e.actor = _plain(found[0], linked)
                    e.notes.append(f"actor from {subj.text!r}: {found[1]}")
        nouns = self.lexicon.anaphoric_nouns
        _carry_actors(events, linked, set(nouns) | {n + "s" for n in nouns})
        for e in events:
            if e.recipient is not None:
                continue
            # "demanded that Kabul act", "warned that if Kabul did not ..., Pakistan would":
            # the first party of the complement clause that is not the speaker's own side
            for ref in getattr(e, "_clause_parties", []):
                if _is_identified(ref) and not (
                    _same_party(ref, e.actor) or _affiliated(ref, e.actor, linked)
                ):
                    e.recipient = _plain(ref, linked)
                    e.notes.append("recipient: the party the complement clause is about")
                    break
        for e in events:
            if (
                e.type == "ACCUSE"
                and _is_identified(e.actor)
                and _is_identified(e.recipient)
                and _affiliated(e.recipient, e.actor, linked)
            ):
                # "Mujahid said Pakistan's failures 'cannot be hidden by blaming Afghanistan'":
                # a retort quoting the blame on the speaker's own side is aimed at the party
                # said to be blaming (guide §9: a retort answers whose blame it is)
                retorted = _other_state_named(e, linked)
                if retorted is not None:
                    e.recipient = retorted
                    e.notes.append("recipient: the party a retort about the blame is aimed at")
            words = (e.recipient.text or "").lower().split() if e.recipient is not None else []
            own_country = _country_of(e.actor, linked) if _is_identified(e.actor) else None
            if (
                words
                and words[-1] in ("neighbour", "neighbours", "neighbor", "neighbors")
                and not _is_identified(e.recipient)
                and own_country in linked.focus_countries
                and len(linked.focus_countries) == 2
            ):
                # "Pakistan should stop blaming its neighbours": the other country the article
                # is about
                other = next(c for c in linked.focus_countries if c != own_country)
                gov = _government(linked, other)
                if gov is not None:
                    e.recipient = gov
                    e.notes.append("recipient: the neighbour the article is about")
        for i, e in enumerate(events):
            own = e.recipient is not None and _affiliated(e.recipient, e.actor, linked)
            if e.recipient is not None and not (
                (e.type in cues.beneficiary_types and not e.recipient.id)
                # "would protect its citizens": a warning is not addressed to one's own side
                or (e.type in cues.counterpart_types and own)
            ):
                continue
            party: ActorRef | None = None
            pursued = (
                _pursued_party(events, i, linked)
                if e.type in _THREAT_TYPES
                and e.recipient is None
                and _vows_pursuit(e, linked, cues)
                else None
            )
            partner = (
                _with_partner(e, linked, cues)
                if e.recipient is None and e.type in cues.with_types
                else None
            )
            if partner is not None:
                # s21 r2: "ended its ceasefire with the government", "taken part in talks with
                # Kabul": the dealing's own "with" phrase names the other party
                party = partner
                why = "the party the dealing's 'with' phrase names"
            elif pursued is not None:
                # "vowed that they would be hunted down", "vowed to avenge the deaths": aimed at
                # the doer of the attack the vow answers (guide §10), not at the party the
                # actor's side last dealt with
                party = pursued
                why = "the doer of the attack a vow of pursuit or revenge answers"
            elif e.type in cues.answer_types:
                hearsay = any(
                    {lemma(o), o.lower_} & cues.content_nouns
                    and (
                        # "rejected reports that ...": nobody's report in particular
                        ({lemma(o), o.lower_} & cues.report_nouns and _bare_plural(o))
                        or (
                            # "the suggestion that ...", "these claims": a statement made before
                            not any(
                                c.dep_ in ("det", "poss")
                                and c.lower_ in _DEFINITE_DETS | _POSSESSIVES
                                for c in o.children
                            )
                            and not {lemma(o), o.lower_} & (cues.source_nouns | cues.report_nouns)
                            and not (
                                cues.event_nouns.get(lemma(o)) or cues.event_nouns.get(o.lower_)
                            )
                        )
                    )
                    for o in getattr(e, "_objects", [])
                )
                if not hearsay and (_points_back(e, linked) or _denies_clause(e, linked)):
                    # "Local officials disputed that account", "Aid workers disputed that": the
                    # account the sentence before gave, whoever gave it; so does "denied that
                    # any request had been received" after it (guide §10: the party whose
                    # account is denied)
                    party = _previous_speaker(e, linked, self.lexicon, provisional=True)
                    why = "the speaker of the account just told"
                if not hearsay and party is None:
                    # "dismissed talk of foreign fighters": no one party's statement
                    own_role = any(
                        {lemma(o), o.lower_} & cues.involvement_nouns
                        # "distanced itself from the bombing": a denial of its own part too
                        or _denied_part_in_act(o, matcher, cues)
                        for o in getattr(e, "_objects", [])
                    )
                    party = _answered_party(events, i, linked, own_role=own_role)
                    why = "the party whose earlier statement it answers"
            elif e.type in cues.beneficiary_types:
                party = _beneficiary_state(e, linked)
                why = "the government of the country it goes to"
            elif e.type in cues.counterpart_types and _is_identified(e.actor):
                party = _counterpart(events, i, linked)
                why = "the party the actor's side last dealt with"
                if (
                    party is not None
                    and e.type == "AGREE"
                    and getattr(linked.actors.get(party.id or ""), "sector", None)
                    in _ARMED_GROUP_SECTORS
                ):
                    # s21: "Qani pledged that the ministry would set up a protection unit" after
                    # fighting IS-K: a promise is made to a partner, not to the armed group the
                    # actor's side last fought (no dev gold AGREE row is aimed at one)
                    party = None
            elif (
                e.type == "CONSULT"
                and e.recipient is None
                and _is_identified(e.actor)
                and any(
                    {lemma(o), o.lower_} & _MEETING_NOUNS and o.dep_ in ("dobj", "obj")
                    for o in getattr(e, "_objects", [])
                )
            ):
                # "would attend the next round of talks": talks with the other side
                party = _counterpart(events, i, linked)
                why = "the other side of the talks attended"
            if party is None and e.recipient is None and e.type in cues.partner_types:
                # "will finance the section through Afghanistan", "trade talks due to open in
                # Kabul": with no addressee found, the one foreign state the sentence names
                party = _sentence_partner(e, linked)
                why = "the one foreign state its sentence names"
            if own and party is None:
                e.recipient = None
                e.notes.append("recipient dropped: the actor's own side")
            elif party is not None and not _affiliated(party, e.actor, linked):
                e.recipient = party
                e.notes.append(f"recipient: {why}")
        for e in events:
            if e.recipient is not None or e.factuality not in _UNREAL:
                continue
            # "warned that Pakistan reserves the right to respond": the act a threat announces
            # is aimed at whom the threat is
            threat = next(
                (
                    t
                    for t in events
                    if t.type in _THREAT_TYPES
                    and t.sentence_span == e.sentence_span
                    and _is_identified(t.recipient)
                    and not _affiliated(t.recipient, e.actor, linked)
                ),
                None,
            )
            if threat is not None and e.type not in _SPEECH_TYPES:
                e.recipient = threat.recipient
                e.notes.append("recipient: the party the threat announcing it is aimed at")
        for i, e in enumerate(events):
            if e.recipient is not None or e.type not in cues.authority_types:
                continue
            # "demanded their immediate release", "called for the return of the detainees": put
            # to whoever holds them, the party that detained them in the incident told
            if any(
                {lemma(o), o.lower_} & cues.theme_nouns and o.dep_ in ("dobj", "obj", "pobj")
                for o in getattr(e, "_objects", [])
            ):
                holder = next(
                    (
                        p.actor
                        for p in reversed(events[max(0, i - 6) : i])
                        if (p.type, p.mode) in _CUSTODY_MODES
                        and _is_identified(p.actor)
                        and p.factuality not in _UNREAL | _BACKGROUND_FACTUALITY
                        and not _affiliated(p.actor, e.actor, linked)
                    ),
                    None,
                )
                if holder is not None and any(
                    p.type == "PROTEST" and p.sentence_span == e.sentence_span for p in events
                ):
                    # "staged a sit-in to demand the men's release": a protest's demand is put
                    # to the state, as the protest is (guide §11), not to the force holding them
                    holder = _as_state(holder, linked)
                if holder is not None:
                    e.recipient = _plain(holder, linked)
                    e.notes.append("recipient: the party holding those whose release is demanded")
        for e in events:
            if e.recipient is not None or e.type not in cues.authority_types or e.actor is None:
                continue
            # "lawmakers walked out, demanding an inquiry", "UNAMA called for the perpetrators
            # to be brought to justice": a demand with no addressee (none in its clause, no
            # counterpart) is put to the authorities where it is made
            if _asks_inquiry(e, linked, cues) and not any(
                p.sentence_span == e.sentence_span
                and (
                    p.type == "PROTEST"
                    or (
                        p is not e and _same_party(p.actor, e.actor) and _is_identified(p.recipient)
                    )
                )
                for p in events
            ):
                # "the family has asked for a judicial inquiry": a call for an investigation
                # names no one to hold it (guide §18 rule 5); a demand made with a protest
                # ("lodged a protest with the embassy and demanded an investigation") is still
                # put to the party the protest is aimed at (guide §11)
                continue
            known = linked.actors.get(e.actor.id or "")
            sector = getattr(known, "sector", None)
            if sector in _GENERAL_APPEAL_SECTORS:
                continue  # an international body's appeal with no addressee is a general one
            country = e.place.country if e.place is not None else None
            country = country or next(iter(linked.focus_countries), None)
            if (
                known is not None
                and sector not in _OPPOSING_SECTORS
                and (known.kind == "country" or sector in _STATE_SECTORS)
            ):
                # "we want to see action", "Pakistan should stop blaming": one of the article's
                # two states demands of the other; a third state's appeal is a general one
                sides = linked.focus_countries[:2]
                if known.country not in sides or len(sides) < 2:
                    continue
                country = next(c for c in sides if c != known.country)
            gov = _government(linked, country)
            if gov is not None and (
                sector in _OPPOSING_SECTORS or not _affiliated(gov, e.actor, linked)
            ):
                e.recipient = gov
                e.notes.append("recipient: the authorities where the demand is made")
        by_start: dict[int, EventRecord] = {}
        for e in events:
            if _is_identified(e.actor):
                by_start.setdefault(e.span[0], e)  # of a mutual act, the first direction
        for e in events:
            if e.actor is not None or e.type in cues.answer_types:
                continue
            controller = _controlling_event(linked.doc, e, by_start)
            if controller is not None:
                # "both sides committed to establishing ... and to meet again": the act the
                # parties committed to is theirs (one row, as the first of the pair)
                e.actor = controller.actor
                if e.recipient is None:
                    e.recipient = controller.recipient
                e.notes.append("actor: the party committing to it in the same sentence")
        mediated: dict[tuple[int, int], tuple[ActorRef, ActorRef]] = {}
        mediated_talks: set[tuple[tuple[int, int], str | None, str | None]] = set()
        repeated: list[EventRecord] = []
        for e in events:
            if e.type not in ("CONSULT", "AGREE"):
                continue
            word = e.trigger.lower()
            if e.actor is None and e.recipient is None:
                # "a ceasefire agreed in Doha under Qatari and Turkish mediation": the two sides
                # agreed, each to the other; the mediators have no row
                brokers = _mediators(e, linked, cues)
                if brokers is not None:
                    bound = _two_sides(linked, brokers)
                    if bound is not None:
                        e.actor, e.recipient = bound
                        e.notes.append("parties: the two sides of a mediated agreement")
                        continue
            if e.type == "AGREE" and word in cues.mediate_verbs and e.actor is not None:
                # "Qatar and Turkey brokered a ceasefire": the two sides agreed, each to the
                # other (guide §1.3), and the mediators have no row
                if e.span in mediated:
                    e.recipient, e.actor = mediated[e.span]
                else:
                    agreed = _two_sides(linked, _country_of(e.actor, linked))
                    if agreed is None:
                        continue
                    e.actor, e.recipient = agreed
                    mediated[e.span] = agreed
                e.notes.append("parties: the two sides of a mediated agreement")
                continue
            if e.type != "CONSULT":
                continue
            if word in cues.mediate_verbs or (
                # "Qatar ... hosted the talks that produced the agreement": talks a third
                # party hosts are between the sides, as if it had mediated them
                word in cues.host_verbs
                # a state as the venue ("Qatar hosted the talks"), not a minister hosting
                # talks he takes part in ("Muttaqi, who hosted the meeting")
                and e.actor is not None
                and getattr(linked.actors.get(e.actor.id or ""), "kind", None) == "country"
                and any(
                    lemma(o) in _MEETING_NOUNS
                    and o.dep_ in ("dobj", "obj")
                    # "hosted a meeting with the Pakistani and Afghan ministers": guests named
                    and not _prep_objects(o, ("with", "between"))
                    and not _prep_objects(o.head, ("with", "between"))
                    for o in getattr(e, "_objects", [])
                )
            ):
                # "Qatar, which mediated talks between the two sides": the talks are between
                # the two parties; the mediator has no row of its own (guide §8)
                mediator = _country_of(e.actor, linked) if e.actor is not None else None
                talkers = _two_sides(linked, mediator)
                if talkers is not None:
                    e.actor, e.recipient = talkers
                    e.notes.append("parties: the two sides of mediated talks")
                    key = (e.sentence_span, talkers[0].id, talkers[1].id)
                    if key in mediated_talks:
                        # "Qatar and Turkey ... offered to mediate": each mediator's row
                        # becomes the same talks between the two sides, one act (guide §8)
                        repeated.append(e)
                    mediated_talks.add(key)
            elif word in cues.host_verbs and e.actor is not None and e.recipient is not None:
                # "Wang Yi hosted his Pakistani counterpart": the guest meets the host
                e.actor, e.recipient = e.recipient, e.actor
                e.notes.append("the guest meets the host")
            elif word in cues.host_verbs and e.actor is None and _is_identified(e.recipient):
                host = _unnamed_host(e, linked)
                if host is not None:
                    # s21: "Taliban ministers are received in New Delhi": with no host named,
                    # the guests visit the state where they are received (guide §1.2)
                    e.actor, e.recipient = e.recipient, host
                    e.notes.append("the guest meets the state where it is received")
        if repeated:
            events[:] = [e for e in events if not any(e is r for r in repeated)]
        last_country: str | None = None
        for i, e in enumerate(events):
            if e.place is not None and e.place.country and e.factuality != "generic":
                last_country = e.place.country
            if (
                e.actor is not None
                or (e.mode or "") not in cues.state_modes
                # "mass detentions will only feed the anger": a pattern has no one author
                or e.factuality == "generic"
            ):
                continue
            doer = (
                next(
                    (
                        p.actor
                        # a campaign is told over a whole article, with much else between
                        for p in reversed(events[max(0, i - 12) : i])
                        if p.type == e.type
                        and p.mode == e.mode
                        and p.factuality not in _UNREAL
                        and p.actor is not None
                        # a state's own campaign ("Iran deported ..."), not one body's
                        # operation ("detained by police"), is what goes on being told
                        and getattr(linked.actors.get(p.actor.id or ""), "kind", None) == "country"
                        and not _affiliated(p.actor, e.recipient, linked)
                    ),
                    None,
                )
                if e.place is None
                else None
            )
            if doer is not None:
                # "Iran deported 9,000 Afghans through Islam Qala ... a large majority had been
                # deported": the state that took the same measure just told; where it is seen
                # (the receiving side of a crossing) need not be the state that takes it
                e.actor = doer
                e.notes.append("actor: the state that took the same measure just told")
                continue
            # "a curfew was imposed", "were deported": only a state does this; the one where
            # it happens (its own sentence's place, else the incident's told earlier)
            where = e.place.country if e.place is not None else last_country
            arresting = _reporting_force(e, linked) if e.mode == "arrest" else None
            home = _country_of(arresting, linked) if arresting is not None else None
            if arresting is not None and (where is None or home in (None, where)):
                # "a senior police officer said two suspects had been arrested": the force
                # that tells of its own arrests made them
                e.actor = arresting
                e.notes.append("actor: the force whose own account tells of the arrests")
                continue
            gov = _government(linked, where)
            if gov is not None and not _affiliated(gov, e.recipient, linked):
                e.actor = gov
                e.notes.append("actor: the government where the state measure is taken")
        for i, e in enumerate(events):
            claimant = _appositive_claimant(events, i, linked, cues, self.lexicon.reporting_verbs)
            if claimant is not None:
                # "its fighters killed 11 Taliban, a claim the Taliban dismissed": the denial
                # answers whoever made the claim the clause before the comma tells (guide §10)
                e.recipient = claimant
                e.notes.append("recipient: the maker of the claim the denial is appended to")
        for i, e in enumerate(events):
            if _restriction_without_people(e, linked, cues):
                # a cordon or a closed road restricts an area, not the attackers found in it
                # (guide §11: null unless the people it is imposed on are named)
                e.recipient = None
                e.notes.append("recipient: none for a restriction on a place")
            residents = _searched_residents(e, linked, cues)
            if residents is not None:
                # guide §10: searching people's houses is done to those who live there, not to
                # whoever the same sentence says was beaten or detained
                e.recipient = residents
                e.notes.append("recipient: the residents whose homes were searched")
            fired_first = _replied_to(events, i, linked)
            if fired_first is not None:
                # "returned fire": aimed at whoever fired first
                e.recipient = fired_first
                e.notes.append("recipient: the party whose attack the reply answers")
        sites = self.lexicon.word_classes.get("protest_site", frozenset())
        for i, e in enumerate(events):
            occupants = _camp_occupants(events, i, linked, sites) if e.type == "COERCE" else None
            if occupants is not None:
                # "cleared a protest camp", "the sit-in was removed": the measure falls on the
                # people who held the protest, not on the place or the force nearby
                e.recipient = occupants
                e.notes.append("recipient: the protesters whose camp or sit-in was cleared")
        for i, e in enumerate(events):
            first = _first_victims(events, i, cues, linked)
            if first is not None and e.recipient is not None:
                # "held travellers hostage ... marched men from Punjab ...": the unnamed
                # victims of one incident keep the words they were first named with (guide §0)
                e.recipient = dataclasses.replace(e.recipient, name=first)
                e.notes.append(f"recipient: the incident's victims as first named ({first})")
        for i, e in enumerate(events):
            maker = _national_statement_maker(events, i, linked, cues)
            if maker is not None:
                # "dismissed the Indian objection": the objection was made by a body of the
                # state, named earlier (guide §0: the most specific id)
                e.recipient = maker
                e.notes.append("recipient: the earlier speaker of the nationality named")
        # s22, each a pass over all rows in this order: "announced compensation for each of
        # the bereaved families": the aid's own "for"/"to" phrase names whom it is for (guide
        # §1.3); "the dead were 'ordinary villagers'", "the constable was among the dead": the
        # sentence itself says who the victims were (§1.3); "killing six people, including two
        # children", "bombed villages in Khost, killing 14 civilians": the victims are the
        # counted group (§1.3, §18 rule 7), not the part singled out or the state where it
        # happened
        for named_by, note in (
            (_aid_beneficiaries, "recipient: the people the aid is for"),
            (_casualties_named, "recipient: the casualties as the sentence names them"),
            (_counted_victims, "recipient: the counted group of people the act hit"),
        ):
            for e in events:
                new_recipient = named_by(e, linked, cues)
                if new_recipient is not None:
                    e.recipient = new_recipient
                    e.notes.append(note)
        for i, e in enumerate(events):
            counted_before = _elided_object_group(events, i, linked)
            if counted_before is not None:
                # s22: "killing two suspected IS-K members and detaining six": a bare count
                # as the object counts the same people the act before it named
                e.recipient = counted_before
                e.notes.append("recipient: the people the count before it named")
        named_as: dict[int, str | None] = {}
        for e in events:
            # a target carried from the incident's earlier sentence keeps the group it was
            # read as there ("a convoy of passenger vehicles ... The attackers opened fire")
            shared = id(e.recipient)
            victims = named_as[shared] if shared in named_as else _victims_group(e, linked, cues)
            if e.recipient is not None and shared not in named_as:
                named_as[shared] = victims
            if victims is not None and e.recipient is not None:
                # a fresh reference: one recipient object may be shared by several rows
                e.recipient = dataclasses.replace(e.recipient, name=victims)
                e.notes.append(f"recipient: ordinary people as victims are {victims}")
        for e in events:
            for demand in _unplaced_demands(e, events) if e.type == "PROTEST" else []:
                # "blocked the main road in Miranshah to demand the reopening", "marched to
                # the press club demanding the judge's recovery": a demand made by protesting
                # is made where the protest is (guide §1.4: the sentence says where)
                demand.place = e.place
                demand.notes.append("place: where the protest it is made with took place")
        for e in events:
            struck = _struck_group(e, linked)
            if struck is not None and not _same_party(struck, e.recipient):
                # "Pakistan would strike 'wherever the khawarij are'": a threat of force is
                # aimed at the group its strike names, not at the state it is said to
                e.recipient = struck
                e.notes.append("recipient: the armed group the threatened strike names")
        for i, e in enumerate(events):
            attended = _attended_host(events, i, linked)
            if attended is not None:
                # s21: "a Taliban delegation attended as a full participant": a meeting joined
                # with no counterpart named is a visit to the state hosting it (guide §18.10)
                e.recipient = attended
                e.notes.append("recipient: the state hosting the meeting attended")
        for e in events:
            host = _visit_host(e, linked)
            if host is not None:
                # "arrived in Kabul for talks", "sent a trade mission to Kabul": a visit is
                # to the host (guide §1.2), the state whose capital or town is visited
                e.recipient = host
                e.notes.append("recipient: the state the visit goes to")
        for e in events:
            if (
                e.recipient is not None
                and len(e.trigger.split()) == 1
                and _documents_findings(e, linked)
            ):
                # "the report estimates that the TTP has 5,000 fighters", "recorded 1,140 people
                # flogged": a report's documenting verb has no recipient (guide §10)
                e.recipient = None
                e.notes.append("recipient: none for a report's documenting verb")
        for e in events:
            # parse-bound working state: records leave the stage as plain data
            e.__dict__.pop("_clause_parties", None)
            e.__dict__.pop("_subject", None)
            source_text = e.__dict__.pop("_source_text", "")
            if e.factuality != "asserted" or e.type in _SPEECH_TYPES or e.type == "SANCTION":
                # a state's own closure or sanction is on record as soon as it announces it
                continue
            if is_witness_source(source_text) and not _is_identified(e.reported_by):
                # "Witnesses said ...": the source need not be a linked actor to be a witness
                e.factuality = "alleged"
                e.notes.append("known only from eyewitnesses' account: alleged")
            elif e.reported_by is None or _BOTH_SIDES.search(source_text):
                # "officials on both sides said": the parties agree on what happened
                continue
            elif _affiliated(e.reported_by, e.actor, linked) and _one_sides_event(
                e, e.reported_by, linked
            ):
                # its own act against an adversary known only now (from earlier sentences)
                e.factuality = "alleged"
                e.notes.append("one party's account of an act involving a named adversary: alleged")

    def _earlier_event_actor(
        self,
        events: list[EventRecord],
        i: int,
        obj: Token,
        matcher: TriggerMatcher,
        cues: RecipientCues,
        linked: LinkedDoc,
    ) -> tuple[ActorRef, str] | None:
        if obj.pos_ not in ("NOUN", "PROPN") or not (
            any(
                # "such accusations": the parser may take "such" for an adjective
                c.dep_ in ("det", "poss", "amod") and c.lower_ in _DEFINITE_DETS | _POSSESSIVES
                for c in obj.children
            )
            # "condemned what he called a cowardly crime": the teller's name for the act told
            or _named_by_what(obj)
        ):
            return None
        etype = cues.event_nouns.get(lemma(obj)) or cues.event_nouns.get(obj.lower_)
        if etype is None:
            cand = matcher.match_token(obj, set())
            etype = cand.type if cand is not None else None
        if etype is None and (lemma(obj) in cues.act_nouns or obj.lower_ in cues.act_nouns):
            # "welcomed the decision", "rejected the move": the latest act of another party
            e = events[i]
            for prev in reversed(events[:i]):
                if (
                    prev.span[0] < e.span[0]
                    and _is_identified(prev.actor)
                    and prev.type not in _SPEECH_TYPES
                    and prev.factuality not in _BACKGROUND_FACTUALITY
                    and not (e.actor is not None and _same_party(e.actor, prev.actor))
                    and not _affiliated(e.actor, prev.actor, linked)
                ):
                    return prev.actor, "actor of the latest act of another party it refers to"
            return None
        if etype is None:
            return None
        e = events[i]
        head = _trigger_head(e, linked)
        if (
            e.type not in _SPEECH_TYPES
            and etype in _SPEECH_TYPES
            and head is not None
            and not any(t.i == head.i for t in obj.subtree)
        ):
            # s21: "the warning has come alongside strikes": a statement named beside a
            # material act is neither its doer nor its target (unlike "the right to respond",
            # the act the statement itself announces)
            return None
        fitting = [
            prev
            for prev in events[:i]
            if prev.type == etype
            and prev.actor is not None
            and prev.span[0] < e.span[0]
            and not (e.actor is not None and _same_party(e.actor, prev.actor))
            # "the group said it did not target health workers": a denied act names no doer
            and prev.factuality != "negated"
        ]
        # "condemned the attack", "the strikes hit ...": the article's own incident, as first
        # told (a later claim of responsibility or a recalled earlier attack is not it)
        lead = [p for p in fitting if p.factuality in ("asserted", "alleged")][:1]
        source = lemma(obj) in cues.source_nouns or obj.lower_ in cues.source_nouns
        if etype in _STATEMENT_TYPES:
            # "rejected the allegation", "dismissed the demand": the statement made last, not
            # the first of the story (an attack or a deal is the article's own, as first told)
            lead = fitting[-1:]
            if source:
                # "Naqvi blamed the TTP ... Beijing condemned the attack ... Mujahid rejected
                # the accusation": a condemnation charges no one, so the charge rejected is
                # the last real accusation
                charges = [p for p in fitting if p.mode != "disapprove"]
                lead = charges[-1:] or lead
        if e.type in cues.answer_types and e.actor is not None:
            # "X accused Kabul of ..., Beijing asked Islamabad to ...; the Taliban rejected the
            # charge": an answer answers what was addressed to its own side
            addressed = [
                p
                for p in fitting
                if p.factuality not in _BACKGROUND_FACTUALITY
                and _is_identified(p.recipient)
                and (_same_party(p.recipient, e.actor) or _affiliated(p.recipient, e.actor, linked))
                and (etype != "ACCUSE" or not source or p.mode != "disapprove")
            ]
            if addressed and etype in _STATEMENT_TYPES:
                lead = addressed[-1:]
        for prev in lead or fitting[-1:]:
            assert prev.actor is not None
            teller = _later_teller(events, i, prev, linked) if source else None
            if teller is not None:
                # "He claimed that air strikes had killed women and children ... Dar rejected
                # the allegation": the allegation told after the last accusation coded
                return teller, "source of the latest account it refers to"
            if (
                etype == "ASSAULT"
                and (e.type not in _SPEECH_TYPES or e.type == "ACCUSE")
                and not _is_identified(prev.actor)
            ):
                # "The bombing was the third attack claimed by IS-K", "the group said the
                # attack killed 30": the attack's doer is the group that claimed it; so is
                # whom a condemnation is aimed at, wherever the article tells the claim (guide
                # §10: the perpetrator as the article presents it). Other reactions ("vowed
                # the killers would be brought to justice") are aimed at the attacker as told.
                claimant = _claimant(events if e.type == "ACCUSE" else events[: i + 1], linked)
                if claimant is not None and not _same_party(e.actor, claimant):
                    return claimant, "the group that claimed the attack it refers to"
                named = _named_doer(events, prev, linked) if e.type in ("ACCUSE", "AID") else None
                if named is not None and not _same_party(e.actor, named):
                    # "Militants stormed a checkpoint ... the military said the khawarij
                    # attacked the post ... Sharif condemned the attack": no group claimed it,
                    # but the article names one doer of the same incident (guide §10); the
                    # attackers a sponsor is charged with backing are resolved the same way
                    # (guide §11 "Sponsor")
                    return named, "the group the article names as the attack's doer"
            denier = prev.reported_by if etype in cues.answer_types else None
            if denier is not None and denier.id and not _same_party(denier, e.actor):
                # "X, a spokesman for the group, said it had no link ... An officer dismissed
                # the denial": whoever voiced the denial is the one answered (guide §10)
                return _plain(denier, linked) or denier, "the speaker of the denial it refers to"
            speaker = _state_official(prev, linked) if etype == "ACCUSE" else None
            if speaker is not None and not _same_party(speaker, e.actor):
                # "We have shared evidence with Kabul," Naqvi said ... "The Taliban rejected
                # the charge": the charge is the official's who voiced it (guide §12.2)
                return speaker, "the official who voiced the accusation it refers to"
            return prev.actor, f"actor of the earlier {etype.lower()} it refers to"
        if source:
            # "rejected the accusation" where the accusation itself was not coded as one (it
            # was reported as the act alleged: "said India was arming the BLA"): the state
            # whose official made it
            for prev in reversed(events[:i]):
                src = prev.reported_by
                if prev.span[0] >= e.span[0] or src is None or not _is_identified(src):
                    continue
                actor = linked.actors.get(src.id or "")
                if actor is None or actor.sector in _NON_STATE_SECTORS:
                    continue  # a group's claim of responsibility is not what was rejected
                state = _as_state(src, linked, persons=True)
                if e.actor is not None and (
                    _same_party(e.actor, state) or _affiliated(e.actor, state, linked)
                ):
                    continue
                return state, "state whose official made the earlier statement it refers to"
        return None


# Words of mourning: a funeral or a day of mourning is aimed at no one (guide §10).
_MOURNING = frozenset({"mourning", "funeral", "funerals"})
# Armed men's blockades have no target (guide §11: PROTEST/obstruct with recipient null).
_ARMED_GROUP_SECTORS = frozenset({"REB"})
_ARMED_WORDS = ("militant", "gunm", "fighter", "attacker", "insurgent", "armed ")


# Statements an answer refers back to: the latest one made, preferably the one addressed to the
# answering side.
_STATEMENT_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


_RELATIVE_PRONOUNS = frozenset({"which", "who", "whom"})


def _unnamed_host(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The state a guest is received in when a passive host verb names no host ("Taliban
    ministers are received in New Delhi"): the government of the place's country, when it is
    not the guest's own."""
    head = _trigger_head(e, linked)
    if head is None or not any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return None
    if any(c.dep_ == "agent" for c in head.children) or e.place is None:
        return None
    return _host_state(e.place.country, e.recipient, linked)


def _modified_force(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> ActorRef | None:
    """For an assault's target told as a force noun ("soldiers", "troops") that was linked to
    one party while a modifier of the noun names another, non-state party ("nine Taliban
    soldiers"), that party; else None."""
    ref = e.recipient
    if e.type != "ASSAULT" or ref is None or not ref.id or not ref.text:
        return None
    words = ref.text.split()
    if words[-1].lower() not in cues.force_nouns or len(words) > 1:
        return None
    sent = _event_sentence(e, linked)
    for tok in sent if sent is not None else []:
        if tok.text != words[-1]:
            continue
        for mod in tok.children:
            if mod.dep_ not in ("amod", "compound"):
                continue
            for m in linked.actor_mentions_in(mod.idx, mod.idx + len(mod.text)):
                actor = linked.actors.get(m.actor_id or "")
                if actor is None or actor.kind == "country" or m.actor_id == ref.id:
                    continue
                if e.actor is not None and _same_party(e.actor, linked.actor_ref(m)):
                    continue
                return ActorRef(id=m.actor_id, name=actor.name, text=ref.text)
    return None


# modifiers that make an act's noun a new incident ("a second drone strike", "another attack")
_ANOTHER_WORDS = frozenset({"second", "third", "fourth", "another", "separate"})


def _another_incident(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the act's noun is told as one more incident ("a second strike", "another
    bombing", "in a separate attack")."""
    head = _trigger_head(e, linked)
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(
        c.dep_ in ("amod", "det", "nummod") and c.lower_ in _ANOTHER_WORDS for c in head.children
    )


# verbs (lemmas) of joining a meeting as one of its guests
_ATTEND_VERBS = frozenset({"attend"})


def _attended_host(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The state hosting a meeting a party "attended" with no object: the country of the
    meeting's place, or of the latest meeting told before with a place, when not the party's
    own."""
    e = events[i]
    if e.type != "CONSULT" or e.recipient is not None or not _is_identified(e.actor):
        return None
    head = _trigger_head(e, linked)
    if head is None or lemma(head) not in _ATTEND_VERBS:
        return None
    if any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in head.children):
        return None  # "attended the talks", "the talks were attended by": the meeting is named
    place = e.place or next(
        (p.place for p in reversed(events[:i]) if p.type == "CONSULT" and p.place is not None),
        None,
    )
    return _host_state(place.country, e.actor, linked) if place is not None else None


def _relative_object(e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The party a relative clause's verb acts on through its pronoun ("Kabul, which Pakistan
    accuses of ...", "the Taliban, whom Islamabad blames for ..."): the clause's antecedent."""
    head = _trigger_head(e, linked)
    if head is None or head.dep_ != "relcl" or head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ in ("dobj", "obj") and c.lower_ in _RELATIVE_PRONOUNS for c in head.children):
        return None
    noun = head.head
    start, end = noun.idx, noun.idx + len(noun.text)
    for m in linked.actor_mentions_in(noun.left_edge.idx, end):
        if m.start <= start < m.end or m.start < end <= m.end:
            ref = linked.actor_ref(m)
            return ref if _is_identified(ref) else None
    for pm in linked.place_mentions_in(noun.left_edge.idx, end):
        if pm.start <= start < pm.end:
            capital = _capital_country(pm.text.strip())
            return _state_government(linked, capital) if capital else None
    return None


def _state_target(e: EventRecord, linked: LinkedDoc) -> tuple[ActorRef, str] | None:
    """The state whose property an attack hits: the country where the attack is placed, else
    the armed group's own country, else the article's first country."""
    country = e.place.country if e.place is not None else None
    if not country and e.actor is not None:
        actor = linked.actors.get(e.actor.id or "")
        if actor is not None and actor.kind != "country" and actor.sector in _ARMED_GROUP_SECTORS:
            country = actor.country
    country = country or next(iter(linked.focus_countries), None)
    gov = _state_government(linked, country) if country else None
    return (gov, "the state that owns what was attacked") if gov is not None else None


def _neighbour_across(e: EventRecord, own: str, linked: LinkedDoc) -> ActorRef | None:
    """The government across a border `own`'s side closes: the neighbour the sentence names
    ("closed the crossings during border clashes with Taliban forces"), else the other country
    the article is about."""
    neighbours = [
        c
        for m in linked.actor_mentions
        if e.sentence_span[0] <= m.start < e.sentence_span[1] and m.actor_id
        for c in [getattr(linked.actors.get(m.actor_id), "country", None)]
        if c is not None and c != own
    ]
    other = next(
        (c for c in neighbours if c in linked.focus_countries),
        next((c for c in linked.focus_countries if c != own), None),
    )
    return _government(linked, other)


def _protest_demand(e: EventRecord, events: list[EventRecord]) -> EventRecord | None:
    """The demand a protest is made with: a REQUEST of the same sentence and doer, after the
    protest's trigger, with an addressee of its own ("blocked the highway, demanding that the
    army leave" → the army)."""
    if e.actor is None:
        return None
    return next(
        (
            p
            for p in events
            if p.type == "REQUEST"
            and p.sentence_span == e.sentence_span
            and p.span[0] > e.span[0]
            and p.recipient is not None
            and p.actor is not None
            and (p.actor.id, p.actor.text) == (e.actor.id, e.actor.text)
        ),
        None,
    )


def _unplaced_demands(e: EventRecord, events: list[EventRecord]) -> list[EventRecord]:
    """The unplaced demands a placed protest is made with: the REQUESTs of the same sentence
    and doer after the protest's trigger ("staged a sit-in in Wana to demand ...")."""
    if e.place is None or e.actor is None:
        return []
    return [
        p
        for p in events
        if p.type == "REQUEST"
        and p.place is None
        and p.sentence_span == e.sentence_span
        and p.span[0] > e.span[0]
        and p.actor is not None
        and (p.actor.id, p.actor.text) == (e.actor.id, e.actor.text)
    ]


def _untargeted_protest(e: EventRecord, linked: LinkedDoc, sector: str | None) -> bool:
    """A protest the guide gives no target: mourning, or a blockade by armed men."""
    if sector in _NON_STATE_SECTORS:
        return True
    said = (e.actor.text or "").lower() + " " if e.actor is not None else ""
    if any(w in said for w in _ARMED_WORDS):
        return True
    head = _trigger_head(e, linked)
    if head is None:
        return False
    # "observed a day of mourning", "announced three days of mourning"
    words = {head.lower_} | {
        t.lower_ for p in head.children if p.lower_ == "of" for t in p.children
    }
    if words & _MOURNING:
        return True
    # "kept their shutters down to mourn the dead", "... in mourning": a shutdown held only as
    # mourning (not "to mourn the dead and to demand better security")
    for c in head.children:
        if (
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(t.lower_ == "mourning" for t in c.children)
        ):
            return True
        if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() == "mourn":
            return not any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") for t in c.children)
    return False


def _seized_from(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The people an arrest or a fight just told caught or hit, by the same force, when event
    `i` (a seizure of things) follows it in the same or the next sentence."""
    e = events[i]
    if e.factuality in _UNREAL or e.factuality == "generic":
        return None  # "seized 60 tonnes of opiates in the past year": no one raid
    for prev in reversed(events[max(0, i - 4) : i]):
        if prev.span[0] >= e.span[0] or prev.factuality in _UNREAL:
            continue
        if prev.type not in ("COERCE", "ASSAULT") or prev.recipient is None:
            continue
        if prev.type == "COERCE" and prev.mode != "arrest":
            continue
        if e.actor is not None and not (
            _same_party(e.actor, prev.actor) or _affiliated(e.actor, prev.actor, linked)
        ):
            continue
        if prev.sentence_span != e.sentence_span and not _previous_sentence(prev, e, linked):
            return None
        return prev.recipient
    return None


def _local_official(ref: ActorRef, cues: RecipientCues) -> bool:
    """Whether every office the knowledge base gives `ref` lies below the state (a chief
    minister, a governor)."""
    from watchfloor.kb.actors import load_checked

    posts = [t.title for t in load_checked().titles if t.actor_id == ref.id]
    return bool(posts) and all(
        any(f" {w} " in f" {p} " for w in cues.local_office_words) for p in posts
    )


def _state_official(prev: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The named official of the state an accusation is coded to, when he is the one who told
    it ("We have shared the evidence," Naqvi said → the row is `PAK`, the speaker Naqvi)."""
    state = linked.actors.get(prev.actor.id or "") if prev.actor is not None else None
    src = prev.reported_by
    person = linked.actors.get(src.id or "") if src is not None else None
    if state is None or person is None or src is None:
        return None
    if state.kind != "country" or person.kind != "person" or person.country != state.country:
        return None
    return _plain(src, linked)


def _named_doer(events: list[EventRecord], lead: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The one named non-state group the events give as doer of the same incident as `lead`
    (an attack first told with unnamed attackers): same time and, where both are placed, the
    same place; None when none or several are named. A group that denies a part ("the TTP
    rejected the charge", "its fighters do not target vaccinators") is not named by the blame
    it denies (guide §11)."""
    denying = {
        p.actor.id
        for p in events
        if _is_identified(p.actor)
        and (
            (
                p.type == "REJECT"
                and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
                # "the BLA, which opposes Chinese projects", not a denial of a part
                and _denial_head(p, linked)
            )
            or (p.type == "ASSAULT" and p.factuality == "negated")
        )
    }
    named = {
        p.actor.id: p.actor
        for p in events
        if p.type == "ASSAULT"
        and _is_identified(p.actor)
        and _non_state(p.actor, linked)
        and p.factuality not in _BACKGROUND_FACTUALITY | _UNREAL
        and _same_period(p.date, lead.date)
        and (p.place is None or lead.place is None or p.place.name == lead.place.name)
        and p.actor.id not in denying
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _asks_inquiry(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> bool:
    """Whether a demand asks for an investigation: "demanded an inquiry", "called for an
    independent investigation", "asked for a judicial probe"."""
    head = _trigger_head(e, linked)
    asked = [*getattr(e, "_objects", [])]
    if head is not None:
        asked += [c for c in head.children if c.dep_ in ("dobj", "obj")]
        asked += [
            g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"
        ]
    # "demanded a judicial inquiry and compensation for the families": a demand that also asks
    # for something else is still put to whoever would grant it
    asked += [c for o in asked for c in o.conjuncts]
    if any(
        c.dep_ == "prep"
        and c.lower_ in ("by", "from")
        and any(g.dep_ == "pobj" for g in c.children)
        for o in asked
        for c in o.children
    ):
        return False  # "an inquiry by Pakistan": the sentence names who is to hold it
    return bool(asked) and all({lemma(o), o.lower_} & cues.inquiry_nouns for o in asked)


def _denial_head(e: EventRecord, linked: LinkedDoc) -> bool:
    """Whether the event's trigger is a verb of denial ("rejected the charge", "denied")."""
    head = _trigger_head(e, linked)
    return head is not None and lemma(head) in denial_verbs()


def _appositive_claimant(
    events: list[EventRecord],
    i: int,
    linked: LinkedDoc,
    cues: RecipientCues,
    saying: frozenset[str] | set[str],
) -> ActorRef | None:
    """The party whose claim a denial is appended to ("X said ..., a claim the Taliban
    dismissed", "officials say ..., a charge Kabul denies"): the accuser, else the source, of
    the nearest act the same sentence tells before the comma."""
    e = events[i]
    if e.type not in cues.answer_types:
        return None
    verb = _trigger_head(e, linked)
    if verb is None:
        return None
    # "..., a claim the Taliban dismissed"; the parser may also read "..., a charge Kabul
    # denies" as the verb's fronted object
    fronted = [c for c in verb.children if c.dep_ == "dobj" and c.i < verb.i]
    if verb.dep_ == "relcl":
        noun = verb.head
    elif fronted:
        noun = fronted[0]
    elif verb.dep_ == "acl":
        # s22: "..., a claim that doctors have rejected": the parser may read the relative
        # clause introduced by "that" as the noun's clausal modifier
        noun = verb.head
    else:
        return None
    if not {lemma(noun), noun.lower_} & (
        cues.content_nouns | cues.report_nouns | cues.appended_claim_nouns
    ):
        return None
    start = noun.left_edge.i
    if start == 0 or noun.doc[start - 1].text not in (",", "—", "-", "--"):
        return None
    edge = noun.doc[start - 1].idx
    for p in reversed(events[:i]):
        if p.sentence_span != e.sentence_span or p.span[0] >= edge:
            continue
        # "His spokesman said the cleric had declined ..., a claim the family disputed": the
        # one who told of the act made the claim; an accusation told as such is its maker's
        teller = p.reported_by or (p.actor if p.type in _SPEECH_TYPES else None)
        if p.type == "ACCUSE" and _is_identified(p.actor):
            # s21 r2: "He said ..., Kabul, which Pakistan accuses of ..., a charge the Taliban
            # deny": a charge told as such is its accuser's, not the reporter's (guide §18.8)
            teller = p.actor
        if teller is None:
            continue
        if teller is p.actor and (getattr(p, "_anaphor", None) or {}).get("actor"):
            # "The group also accused ..., a charge Mujahid rejected": the accuser is known
            # only once "the group" is resolved; the rules for an answered accusation do that
            return None
        if e.actor is not None and _same_party(e.actor, teller):
            return None
        return _plain(teller, linked) or teller
    # no act was coded before the comma ("officials have long said militants plan attacks"):
    # the linked subject of the verb of saying that introduces the claim
    for tok in reversed(noun.doc[noun.sent.start : start]):
        if lemma(tok) not in saying or tok.pos_ not in ("VERB", "AUX"):
            # "reads the same UN reports as proof": a noun of saying has no speaker
            continue
        return _first_claimant(
            (
                # "KABUL, Afghanistan — The National Resistance Front said": the parser may take
                # the dateline for the subject and the speaker for its apposition
                w
                for c in tok.children
                if c.dep_ == "nsubj"
                for w in [c, *(a for a in c.children if a.dep_ == "appos")]
            ),
            e,
            linked,
        )
    # "Pakistan reads the reports as proof that the Taliban host the TTP, a charge Kabul
    # denies": with no verb of saying, the claim is the main clause's, and so is its subject's
    root = noun.sent.root
    if root.i < start:
        return _first_claimant((c for c in root.children if c.dep_ == "nsubj"), e, linked)
    return None


def _first_claimant(
    subjects: Iterable[Token], e: EventRecord, linked: LinkedDoc
) -> ActorRef | None:
    """The first linked subject as the party a denial answers; none when it is the denier's
    own side."""
    for subj in subjects:
        mention = linked.linked_mention_at(subj.idx)
        if mention is None:
            if subj.pos_ == "NOUN" and subj.tag_ == "NNS":
                # s22: "Some clerics have long preached that ..., a claim doctors reject": an
                # unnamed group of speakers is still the one accuser the sentence identifies
                # (guide §18 rule 8)
                left = [c for c in subj.lefts if c.dep_ in ("amod", "compound")]
                start = min([c.left_edge.i for c in left] + [subj.i])
                return ActorRef(id=None, name=None, text=subj.doc[start : subj.i + 1].text)
            continue
        ref = linked.actor_ref(mention)
        if e.actor is not None and _same_party(e.actor, ref):
            return None
        return _plain(ref, linked) or ref
    return None


def _denied_part_in_act(obj: Token, matcher: TriggerMatcher, cues: RecipientCues) -> bool:
    """Whether `obj` is an act other than a statement, named after a preposition of a denial
    ("distanced itself from the attack", "no link to the bombing"): the act the denier says it
    had no part in."""
    if obj.dep_ != "pobj" or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    etype = cues.event_nouns.get(lemma(obj)) or cues.event_nouns.get(obj.lower_)
    if etype is None:
        cand = matcher.match_token(obj, set())
        etype = cand.type if cand is not None else None
    return etype is not None and etype not in _SPEECH_TYPES


def _vows_pursuit(e: EventRecord, linked: LinkedDoc, cues: RecipientCues) -> bool:
    """Whether the threat's clause promises to pursue or avenge ("they would be hunted down",
    "the perpetrators will be brought to justice", "vowed to avenge him")."""
    head = _trigger_head(e, linked)
    if head is None:
        return False
    for tok in head.subtree:
        if lemma(tok) in cues.pursuit_verbs:
            return True
        if lemma(tok) == "bring" and any(
            lemma(o) in cues.pursuit_ends for o in _prep_objects(tok, ("to",))
        ):
            return True
    return False


def _pursued_party(events: list[EventRecord], i: int, linked: LinkedDoc) -> ActorRef | None:
    """The doer of the latest attack told before threat `i` by another side: the group that
    claimed it when the attackers are not named."""
    e = events[i]
    for prev in reversed(events[:i]):
        if (
            prev.type != "ASSAULT"
            or prev.span[0] >= e.span[0]
            or prev.factuality in _UNREAL | {"negated"}
            # "In November 2024 a suicide bomber struck ...": a recalled attack is not the one
            # a vow of pursuit answers ("those who carried out this massacre")
            or (
                prev.factuality in _BACKGROUND_FACTUALITY
                and e.factuality not in _BACKGROUND_FACTUALITY
            )
        ):
            continue
        doer: ActorRef | None = prev.actor
        if doer is not None and not _is_identified(doer):
            doer = _claimant(events, linked) or doer
        if (
            doer is not None
            and e.actor is not None
            and (_same_party(doer, e.actor) or _affiliated(doer, e.actor, linked))
        ):
            continue  # the threatener's own attack is not what it vows to avenge
        return doer  # an attack with no doer told: none to name
    return None


_HOME_WORDS = frozenset({"home", "back"})


def _returned_people(
    e: EventRecord, linked: LinkedDoc, cues: RecipientCues
) -> tuple[ActorRef | None, ActorRef] | None:
    """(the state left, the movers) of a removal told as people moving back: "Afghans returned
    from Pakistan", "had gone home", "women deported from Pakistan"; else None."""
    head = _trigger_head(e, linked)
    if head is None or lemma(head) not in cues.return_verbs or e.actor is None:
        return None
    if _is_identified(e.recipient) or (e.actor.id and not e.actor.id.startswith("prov:")):
        return None
    mover: Token | None
    if head.tag_ == "VBN" and head.dep_ == "acl":
        mover = head.head  # "women deported from Pakistan"
    else:
        if any(c.dep_ in ("dobj", "obj", "nsubjpass", "auxpass") for c in head.children):
            return None  # "Pakistan sent back 1.7 million people": the doer is the subject
        # the subject nearest the verb (a dateline may hang on it as a subject too)
        mover = next((c for c in reversed(list(head.lefts)) if c.dep_ == "nsubj"), None)
    if mover is None or mover.pos_ not in ("NOUN", "PROPN"):
        return None
    lo = min(t.idx for t in mover.subtree)
    hi = max(t.idx + len(t.text) for t in mover.subtree)
    if e.actor.text and e.actor.text not in linked.text[lo:hi]:
        return None
    sources = _prep_objects(head, ("from",))
    if not sources and not any(c.lower_ in _HOME_WORDS for c in head.children):
        return None  # "eradication teams returned to Argo": no removal told
    state: ActorRef | None = None
    for src in sources:
        for pm in linked.place_mentions_in(src.idx, src.idx + len(src.text)):
            place = linked.place_ref(pm)
            if place is not None and place.country:
                state = _state_government(linked, place.country)
                break
    return state, e.actor


def _counterpart_named(ref: ActorRef | None, e: EventRecord, linked: LinkedDoc) -> ActorRef | None:
    """The person a state's "counterpart(s)" stands for ("his Afghan counterpart" beside
    Foreign Minister Wang Yi → the Taliban's foreign minister), when exactly one person the
    document names holds, for that state, a post someone named in the sentence holds."""
    if ref is None or not ref.id or not ref.text or linked.doc is None:
        return None
    lo, hi = e.sentence_span
    span = linked.doc.char_span(lo, hi, alignment_mode="expand")
    if span is None:
        return None
    last = ref.text.split()[-1]

    def counterpart_of(tok: Token) -> bool:
        # "his Pakistani counterpart", "his Afghan and Pakistani counterparts"
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return lemma(tok) == "counterpart" or (
            tok.dep_ in ("amod", "compound", "nmod") and lemma(tok.head) == "counterpart"
        )

    if not any(t.text == last and counterpart_of(t) for t in span):
        return None
    from watchfloor.kb.actors import load_checked

    titles = load_checked().titles
    named = {m.actor_id for m in linked.actor_mentions_in(lo, hi) if m.actor_id}
    posts = {t.title for t in titles if t.actor_id in named}
    holders = {
        t.actor_id
        for t in titles
        if t.title in posts and t.of == ref.id and t.actor_id in linked.actors
    }
    if len(holders) != 1:
        return None
    actor = linked.actors[next(iter(holders))]
    return ActorRef(id=actor.id, name=actor.name, text=ref.text)


def _camp_occupants(
    events: list[EventRecord], i: int, linked: LinkedDoc, sites: frozenset[str]
) -> ActorRef | None:
    """The protesters a camp or sit-in cleared by a COERCE event belongs to: the actor of the
    protest told in the same sentence, else of the latest one told before it."""
    e = events[i]
    tok = _trigger_head(e, linked)
    if tok is None:
        return None
    # the site must be what the act is done to ("cleared the protest camp", "the sit-in was
    # removed"), not a place named beside it ("arrested 40 refugees in a camp")
    objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(lemma(w) in sites or w.lower_ in sites for o in objects for w in (o, *o.lefts)):
        return None
    best: ActorRef | None = None
    for j, p in enumerate(events):
        if p.type != "PROTEST" or p.actor is None or j == i:
            continue
        if p.sentence_span == e.sentence_span:
            return p.actor
        if p.sentence_span[0] < e.sentence_span[0]:
            best = p.actor
    return best
