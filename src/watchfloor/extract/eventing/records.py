"""Records: `_records` turns one event group into `EventRecord`s (arguments, place, date,
casualties, factuality, confidence, reporting source), with mutual and reciprocal acts,
contexts and the report-depth penalty.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.eventing.arguments import ArgumentsMixin
from watchfloor.extract.eventing.base import ExtractorBase, _Group
from watchfloor.extract.eventing.candidates import _for_talks_on_a_journey
from watchfloor.extract.eventing.context import _one_sides_account
from watchfloor.extract.eventing.dating import DatingMixin, _future_form
from watchfloor.extract.eventing.grouping import _without_agreement
from watchfloor.extract.eventing.intent import _after_that_clause
from watchfloor.extract.eventing.mutual import _two_sides
from watchfloor.extract.eventing.parties import (
    _affiliated,
    _as_state,
    _counted_people,
    _country_of,
    _derived_row,
    _government,
    _is_identified,
    _plain,
    _same_party,
)
from watchfloor.extract.eventing.phrases import _ref_for
from watchfloor.extract.eventing.places import PlacesMixin
from watchfloor.extract.eventing.shared import (
    _CASUALTY_VERBS,
    _SPEECH_TYPES,
    _THREAT_TYPES,
    _TOPIC_PREPS,
    _VERBAL_TYPES,
    _conjuncts,
    _dateline_end,
    _own_doer,
    _prep_objects,
    _sentence_words,
)
from watchfloor.extract.factuality import classify_factuality
from watchfloor.extract.triggers import (
    Candidate,
    Lexicon,
    TriggerMatcher,
    has_to_marker,
    lemma,
    subject_of,
)
from watchfloor.nlp.pipeline import sentence_extent
from watchfloor.records import ActorMention, ActorRef, EventRecord, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from watchfloor.kb.linked import LinkedDoc

_SYMMETRIC = {"CONSULT", "COOPERATE", "AGREE", "SUPPORT"}

# Speech acts that bind or clear the speaker ("guarantees", "pledged", "had no role"): the
# words are the speaker's own act even when they name the state (guide §15 rule 3).
_OWN_COMMITMENT_TYPES = frozenset({"AGREE", "REJECT"})


# Spans of time that count an act ("days of fighting", "weeks of clashes").
_SPAN_NOUNS = frozenset({"day", "week", "month", "year", "hour", "night", "round"})


# Confidence lost per subordinate reporting/demand clause a trigger depends on.
_SIDE_REPORT_PENALTY = 0.1


class RecordsMixin(ArgumentsMixin, PlacesMixin, DatingMixin):
    """One event group → EventRecords; inherits the argument, place and date stages."""

    def _offers_good_offices(self, anchor: Token) -> bool:
        """Whether the act is an offer or readiness to mediate or to host talks: an infinitive
        of the trigger whose verb is a mediating or hosting one (the parser hangs "offered on
        Tuesday to mediate" as an adverbial clause)."""
        cues = self.recipient_cues
        return any(
            (c.dep_ == "xcomp" or c.dep_ == "advcl" and has_to_marker(c))
            and (c.lower_ in cues.mediate_verbs or lemma(c) in cues.host_verbs)
            for c in anchor.children
        )

    def _records(
        self,
        linked: LinkedDoc,
        sent: Span,
        g: _Group,
        tok_actor: dict[int, ActorMention],
        tok_place: dict[int, PlaceMention],
        extractor: str,
    ) -> list[EventRecord]:
        doc = linked.doc
        main = g.main
        tok = main.token
        lex = self.lexicon
        # The token whose syntax carries the arguments: a noun hanging on a light verb uses it.
        anchor = _anchor(tok, lex)
        if anchor.i != tok.i and g.type == "ASSAULT":
            doer = _own_doer(tok, {})
            by_doer = tok.pos_ == "NOUN" and any(
                c.i in tok_actor for c in _prep_objects(tok, ("by",))
            )
            if by_doer and doer != _own_doer(anchor, {}):
                # "repelled an attack by the TTP on a post": the attack's own parties, not
                # the repelling side's
                anchor = tok
                g.own_noun = True
        actors, recipients, objects = self._arguments(g, anchor, tok_actor, lex)
        if g.type == "CONSULT" and _for_talks_on_a_journey(tok):
            # "arrived in Kabul for talks with his counterparts": the talks are the visitor's,
            # held with whom they name (the journey itself is the visit's own row)
            g.mode = None
            if not actors:
                traveller = subject_of(tok.head.head)
                if traveller is not None:
                    actors = self._refs([traveller], tok_actor, lex, require_actor=True)[:1]
        if (
            g.type in _SPEECH_TYPES
            and tok.tag_ == "VBG"
            and _after_that_clause(tok, tok.head.head)
            and lemma(tok.head.head) not in lex.reporting_verbs
        ):
            # "elders demanded that the government restore security, threatening to block the
            # road": the participle is the demanding side's act, not the that-clause subject's
            speaker = subject_of(tok.head.head)
            if speaker is not None:
                actors = self._refs([speaker], tok_actor, lex, require_actor=True)[:1] or actors
        charged = _charged_with_means(anchor)
        if charged is not None:
            # "accused India of using its presence in Kabul to sponsor terrorism": the party
            # charged with the means pursues its end, not the accuser (guide §11, "Sponsor")
            actors = self._refs([charged], tok_actor, lex, require_actor=True)[:1] or actors
        if len(actors) == 1:
            actors = actors + self._more_subjects(
                anchor, actors[0], tok_actor, lex, joint=g.type in _SYMMETRIC
            )
        if len(actors) > 1 and len({getattr(a, "_coord", None) for a in actors}) == 1:
            # "Kazakhstan and Afghanistan's Taliban administration signed": one row per party,
            # the first-named first (guide §1.3), however the parser nested the names
            actors.sort(key=lambda a: min(getattr(a, "_tokens", None) or {len(doc)}))
        if g.type == "AGREE" and actors and _three_countries_office(anchor):
            # "the foreign ministers of China, Pakistan and Afghanistan's Taliban
            # administration agreed": the states the office holders stand for, one row per
            # party aimed at the host (guide §1.3, three or more parties; §8, the agreement
            # of a trilateral meeting uses the governments)
            actors = [dataclasses.replace(actors[0])]
            actors[0]._anaphor = "trio"  # type: ignore[attr-defined]
        losses: list[tuple[Token, ActorRef]] = []
        for c in g.members:
            if c.token.i == main.token.i:
                continue
            act, rec, more = self._arguments(
                _Group([c], c, c.type), _anchor(c.token, lex), tok_actor, lex
            )
            objects = objects + more
            if g.type in self.recipient_cues.answer_types and any(
                a.dep_ == "ccomp" and anchor.is_ancestor(a) for a in [c.token, *c.token.ancestors]
            ):
                # "denied that the group had sheltered militants": the parties of what is
                # denied are not whom the denial answers
                rec = []
            if g.type in _VERBAL_TYPES and recipients and anchor.is_ancestor(c.token):
                # "accused 'hostile agencies' of funding the insurgents": the parties of what
                # is said do not displace whom the statement is addressed to
                rec = []
            participle = c.token
            while participle.dep_ == "conj" and participle.head.tag_ == "VBG":
                participle = participle.head  # "killing two guards and wounding an engineer"
            resulting = (
                c.token.tag_ == "VBG"
                and participle.dep_ == "advcl"
                and participle.head.i == anchor.i
                and g.type == "ASSAULT"
            )
            own_losses = bool(
                rec
                and actors
                and (_same_party(rec[0], actors[0]) or _affiliated(rec[0], actors[0], linked))
            )
            if (
                g.type == "ASSAULT"
                and rec
                and recipients
                # the actor's own losses, or with no actor named, losses in a fight
                and (own_losses or not actors and self._mutual(sent, g, anchor) is not None)
                and _other_sides_toll(c.token, main.token)
                and not _same_party(rec[0], recipients[0])
            ):
                # "troops killed 41 militants, and six soldiers died": the other side's losses
                # are that side's act on them (guide §1.3, fighting back), a row of their own
                losses.append((c.token, rec[0]))
                rec = []
            if own_losses and recipients:
                # "troops killed three militants ..., and one soldier had been wounded": the
                # actor's own losses do not displace whom it acted on
                rec = []
            if rec and (
                not recipients
                # "fired on a vehicle carrying a survey team, killing two guards": the target
                # fired on, as described, not whoever the toll names
                or (rec[0].id and not recipients[0].id and not resulting)
                # "two people were killed when forces opened fire on farmers": the group fired
                # on says who the counted victims were
                or (
                    _counted_people(recipients[0], self.recipient_cues)
                    and not _counted_people(rec[0], self.recipient_cues)
                )
            ):
                recipients = rec
            if act and (not actors or (act[0].id and not actors[0].id)):
                actors = act

        # A party named only by a place the linker kept as a place ("thanked Kazakhstan",
        # "visited Kabul"): a country stands for its government; a city is where a visit
        # goes, and its host is the government of that country (guide §1.2, visit)
        destination: PlaceMention | None = None
        destinations: list[PlaceMention] = []
        visited_at: dict[str, PlaceMention] = {}
        for refs in (actors, recipients):
            kept: list[ActorRef] = []
            for ref in refs:
                pm = _place_named(ref, tok_place, linked)
                named = linked.places[pm.place_id or ""] if pm is not None else None
                gov = (
                    _government(linked, named.country)
                    if named and named.kind == "country"
                    else None
                )
                if gov is not None:
                    kept.append(gov)
                elif pm is not None and refs is recipients and g.type == "CONSULT":
                    # "travel to Islamabad and Kabul": the place is the first destination
                    # named; each host is a party visited (guide §6, one row per recipient)
                    destination = destination or pm
                    destinations.append(pm)
                else:
                    kept.append(ref)
            refs[:] = kept
        if lemma(tok) in self.recipient_cues.envoy_verbs:
            # "summoned Pakistan's charge d'affaires": the envoy stands for his government
            recipients = [_as_state(r, linked) for r in recipients]
        if g.type in self.recipient_cues.counterpart_types and recipients:
            toks: set[int] = getattr(recipients[0], "_tokens", set())
            head = next((doc[i] for i in sorted(toks) if doc[i].head.i not in toks), None)
            if head is not None and any(
                c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in head.children
            ):
                # "would protect its citizens": a warning or pledge is not addressed to the
                # speaker's own people; the other side is found later
                recipients = recipients[1:]
        if destination is not None:
            visitor = _country_of(actors[0], linked) if actors else None
            hosts: list[ActorRef] = []
            for pm in destinations:
                visited_place = linked.places[pm.place_id or ""]
                country = visited_place.country
                host = _government(linked, country) if country != visitor else None
                if (
                    host is None
                    and visited_place.kind == "country"
                    and country
                    and country != visitor
                ):
                    # "travelled to India" in a story that names India nowhere else: the
                    # country's own id (a country's actor id is its ISO3 code)
                    host = ActorRef(id=country, name=visited_place.name, text=pm.text)
                if host is not None and all(h.id != host.id for h in hosts):
                    host._coord = destination.start  # type: ignore[attr-defined]
                    hosts.append(host)
                    # "travel to Kabul and Islamabad": each visit is to its own city
                    visited_at.setdefault(host.id or "", pm)
            if hosts and actors:
                # "Muttaqi travelled to India, the first such visit by a Taliban minister": a
                # visitor's own side, named again, is not whom the visit is to
                recipients = [r for r in recipients if not _affiliated(r, actors[0], linked)]
            if hosts and not recipients:
                recipients = hosts

        clause_parties = (
            self._refs(_clause_party_heads(anchor), tok_actor, lex, require_actor=True)
            if g.type in _CLAUSE_TARGET_TYPES and not recipients
            else []
        )

        trig_tokens = g.trigger_tokens or _trigger_tokens(main, doc)
        first_t = min(trig_tokens, key=lambda t: t.i)
        last_t = max(trig_tokens, key=lambda t: t.i)
        t_start = first_t.idx
        t_end = last_t.idx + len(last_t.text)
        # a span's text is the same slice of the document, without rebuilding the whole text
        # of the document (Doc.text joins every token) once per event
        trigger_text = doc[first_t.i : last_t.i + 1].text

        reported_by, report_tok = self._reported_by(sent, tok, tok_actor)
        if (
            g.type in _SPEECH_TYPES - {"CONSULT"}  # a meeting or visit is not done by saying
            and _is_identified(reported_by)
        ):
            first = actors[0] if actors else None
            speaker_actor = linked.actors.get(reported_by.id or "")
            if first is None and not any(c.dep_ == "agent" for c in anchor.children):
                # "said the attackers would be hunted down": a warning, pledge or demand in
                # what someone says is that speaker's own act
                actors = [reported_by]
            elif (
                first is not None
                and _is_identified(first)
                and first.id != reported_by.id
                and getattr(linked.actors.get(first.id or ""), "kind", None) != "person"
                # "said the two sides agreed": both parties, not the speaker alone
                and getattr(first, "_anaphor", None) != "pair"
                and speaker_actor is not None
                and _affiliated(first, reported_by, linked)
                and not any(
                    c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in anchor.children
                )
                # "Baghaei said Tehran was ready to send supplies": a readiness told as the
                # state's own disposition is the state's offer (most dev gold codes the state)
                and not (g.type == "AGREE" and _predicate_adjective(anchor))
                # "Lin Jian said China 'strongly condemns' the attack", "he added that Moscow
                # expected …": a person's account of the state's stance, told in the plain
                # present or past, is the state's own position (guide §15 rule 3, §16 rule 5);
                # a pledge, assurance or denial, or a "would/will" threat, is the speaker's own
                # speech act, and a body speaking for itself keeps its id
                and not (
                    g.type not in _OWN_COMMITMENT_TYPES
                    and getattr(speaker_actor, "kind", None) == "person"
                    and _stated_position(anchor)
                )
            ):
                # "Asif told parliament that Pakistan would strike ...", "the ISPR said Pakistan
                # expects ...": the official speaks for the state, and the threat or demand is
                # the official's act (an earlier act it reports, "had lodged", stays the state's)
                actors = [reported_by, *actors[1:]]
        if g.type == "ACCUSE" and reported_by is not None:
            reproached = _reproached_blamer(tok)
            if reproached is not None:
                # "X said Pakistan should look inward instead of blaming its neighbours": the
                # speaker reproaches the blamer; the blame itself is only what is reproached
                blamer = self._refs([reproached], tok_actor, lex, require_actor=True)
                if blamer:
                    actors, recipients = [reported_by], blamer[:1]
        if (
            g.type == "ACCUSE"
            and _is_identified(reported_by)
            and tok.dep_ in ("attr", "oprd")
            and lemma(tok.head) == "be"
            and not (actors and _is_identified(actors[0]))
        ):
            # "said the attackers were proxies of ...", "the dead men were Indian-sponsored
            # terrorists": the speaker characterises the subject; a party the label names is
            # the one accused, else the subject itself
            labelled = self._refs(
                [t for t in tok.subtree if t.i != tok.i and t.i in tok_actor],
                tok_actor,
                lex,
                require_actor=True,
            )
            subject = [a for a in actors if not _same_party(a, reported_by)]
            actors, recipients = [reported_by], (labelled or subject or recipients)[:1]
        labelled_people = [
            c
            for c in anchor.children
            if c.dep_ in ("dobj", "obj")
            and (c.pos_ == "PRON" or c.i in tok_actor or lemma(c) in lex.anaphoric_nouns)
        ]
        if g.type == "ACCUSE" and anchor.pos_ == "VERB" and labelled_people:
            # "described them as 'Indian-sponsored terrorists'", "branded the group a proxy of
            # Kabul": a party the label names is the one accused, not the people labelled
            # (a label for an act, "condemned the strikes as a violation of Afghanistan's
            # sovereignty", names the wronged party instead)
            label = [
                t
                for c in anchor.children
                if c.dep_ in ("prep", "oprd") and (c.lower_ == "as" or c.dep_ == "oprd")
                for t in c.subtree
                if t.i in tok_actor
            ]
            sponsors = [
                r
                for r in self._refs(label, tok_actor, lex, require_actor=True)
                if _is_identified(r)
                and not (actors and _same_party(r, actors[0]))
                and not (actors and _affiliated(r, actors[0], linked))
            ]
            if sponsors:
                recipients = sponsors[:1]
        source_text = ""
        if report_tok is not None:
            # the whole source phrase ("local officials and relatives"), not just its head
            src = report_tok if report_tok.lower_ == "according" else subject_of(report_tok)
            source_text = " ".join(t.text for t in src.subtree) if src is not None else ""
        used_tokens: set[int] = set()
        for ref_list in (actors, recipients):
            for ref in ref_list:
                used_tokens |= getattr(ref, "_tokens", set())
        place = self._place(linked, sent, g, anchor, tok_place, report_tok, used_tokens)
        own_place = place is not None
        visited = {r.name for pm in visited_at.values() if (r := linked.place_ref(pm)) is not None}
        if destination is not None and place is None:
            place = linked.place_ref(destination)
        date_value, precision, date_attached = self._date(sent, g, anchor, linked.published)

        fatalities = injured = None
        notes = list(dict.fromkeys(g.notes))
        if g.type == "ASSAULT":
            region = _group_region(g, sent)
            cas = parse_casualties(sent, tokens=region)
            if (
                cas.fatalities is None
                and cas.injured is None
                and not cas.notes
                and _count_assault_groups(sent, self) <= 1
            ):
                cas = parse_casualties(sent)
            elif (cas.fatalities is None) != (cas.injured is None) and (
                _count_assault_groups(sent, self) <= 1
            ):
                # "said 23 bodies had been received and that 12 of the more than 50 wounded
                # were in critical condition": with one attack in the sentence, the other half
                # of its toll may sit in a clause of its own (guide §1.6: the numbers stated
                # in this sentence for this event). The sentence's toll is this act's only
                # when it agrees on the half already found: "a doctor said 41 bodies …, while
                # an elder said 50 had died" holds two accounts, each a toll of its own
                whole = parse_casualties(sent)
                if (whole.fatalities, whole.injured) != (cas.fatalities, cas.injured) and (
                    whole.fatalities == cas.fatalities or whole.injured == cas.injured
                ):
                    cas = dataclasses.replace(
                        cas,
                        fatalities=cas.fatalities
                        if cas.fatalities is not None
                        else whole.fatalities,
                        injured=cas.injured if cas.injured is not None else whole.injured,
                    )
            fatalities, injured = cas.fatalities, cas.injured
            notes.extend(cas.notes)

        event_year = int(date_value[:4]) if date_value else None
        factuality = g.factuality or classify_factuality(
            sent,
            tok,
            published=linked.published,
            event_year=event_year,
            # only a date the trigger's own clause gives says when this event happened
            event_date=date_value if date_attached else None,
            event_type=g.type,
        )
        actor0 = actors[0] if actors else None
        if getattr(actor0, "_anaphor", None) in ("poss", "pron") and _is_identified(reported_by):
            # "the TTP said its fighters ...": the speaker's own act (resolved after the
            # document is coded, but its account is already one side's here)
            actor0 = reported_by
        if (
            factuality == "asserted"
            and reported_by is not None
            and _one_sides_account(
                reported_by,
                actor0,
                recipients[0] if recipients else None,
                g.type,
                linked,
                place.country if place is not None else None,
            )
        ):
            factuality = "alleged"
            notes.append("one party's account of an act involving a named adversary: alleged")
        if (
            g.type in _SPEECH_TYPES
            and factuality == "alleged"
            and not (
                # "Dar said Muttaqi had promised to ...": what one of the article's two sides
                # says the other side said stays that side's account
                reported_by is not None
                and actor0 is not None
                and {_country_of(reported_by, linked), _country_of(actor0, linked)}
                == set(linked.focus_countries[:2])
                and len(linked.focus_countries) >= 2
            )
        ):
            # the statement itself was made; doubt about what it says is the claim's (guide
            # §1.7: alleged events are known only through a party's contested account)
            factuality = "asserted"
            notes.append("a statement reported as made: asserted")
        if g.type in _THREAT_TYPES and factuality in ("future", "hypothetical"):
            # "warned Pakistan would respond if ...": the warning is made now; only the act
            # it announces is future or conditional (coded as its own event)
            factuality = "asserted"
            notes.append("a threat made now: asserted")
        if factuality == "future" and date_value is not None and _future_form(anchor):
            # "agreed to meet again in January": the coming January, not the last one
            date_value, precision, _ = self._date(sent, g, anchor, linked.published, future=True)
        if factuality in _UNDATED_FACTUALITY:
            # a pattern or a conditional has no single day on which it happened (guide §1.5:
            # "generic → null"), whatever span the sentence names ("since 2021")
            date_value = precision = None

        contexts = self._contexts(sent, g, actors + recipients, linked)
        conf = g.conf
        if actors:
            conf += 0.08
        if recipients:
            conf += 0.04
        if anchor.dep_ == "ROOT" or (
            anchor.dep_ in ("ccomp", "parataxis")
            and lemma(anchor.head) in lex.reporting_verbs
            and _subordination(anchor.head, lex) == 0
        ):
            conf += 0.06
        conf -= 0.08 * _subordination(anchor, lex)
        # A reason given in a side clause ("staged rallies, saying he must resign") is the
        # motive of the main act, not what the sentence reports happened.
        conf -= _SIDE_REPORT_PENALTY * _side_report_depth(anchor, self._speech_verbs, lex)
        if len(g.members) > 1:
            conf += 0.03
        if factuality in ("negated", "hypothetical"):
            # What did not (or may) happen is rarely what the sentence reports.
            conf -= 0.1
        conf = round(min(conf, 0.99), 3)

        out: list[EventRecord] = []
        mutual = self._mutual(sent, g, anchor)
        # "Badakhshan has seen repeated clashes between farmers and eradication teams": a
        # place that has seen the fighting does nothing (guide §0), so the sides are free
        seen = (
            bool(actors)
            and not recipients
            and lemma(anchor) in ("see", "witness")
            and all(not a.id for a in actors)
        )
        if mutual is not None and (seen or not actors) and not recipients:
            # "repeated fighting between the military and militants", "clashes between farmers
            # and eradication teams": the two sides the noun names each act on the other
            # (guide §1.3, joint / mutual acts); the reversed row follows in `_mutual_rows`
            sides = self._sides_between(g, anchor, tok_actor)
            if sides is not None:
                actors, recipients = [sides[0]], [sides[1]]
        if mutual is not None and not recipients:
            # "engaged in a firefight with TTP militants", "a clash with border guards": the
            # partner of a mutual act is the one it is done with
            partner = self._mutual_partner(g, anchor, tok_actor)
            if partner is not None and not _same_party(partner, actors[0] if actors else None):
                recipients = [partner]
        if recipients and g.type in _SYMMETRIC:
            # "held talks with the prime minister, and with the foreign minister": the party
            # of a repeated "with" phrase is a further partner, one row each
            for ref in self._repeated_with(g, anchor, recipients[0], tok_actor):
                if not any(_same_party(ref, r) for r in [*recipients, *actors]):
                    ref._coord = getattr(recipients[0], "_coord", None)  # type: ignore[attr-defined]
                    recipients = [*recipients, ref]
        if g.type in _SYMMETRIC and len(actors) > 1 and recipients:
            # "A and B held talks on the safety of Chinese workers": what the talks are about
            # is no party to them; the coordinated parties are each other's partners (a real
            # "with" partner named besides the topic stays)
            recipients = [r for r in recipients if not _topic_of_talks(r, anchor, doc)]
        actor_list: list[ActorRef | None] = list(actors) or [None]
        brokered: tuple[ActorRef, ActorRef] | None = None
        if g.type == "AGREE" and actors and not recipients and self._offers_good_offices(anchor):
            # "Qatar and Turkey offered to mediate", "Doha was ready to host talks": each
            # offer is made to the two sides it would bring together, not to a co-mediator
            brokered = _two_sides(
                linked, {h for a in actors if (h := _country_of(a, linked)) is not None}
            )
        # "sanctioned two TTP commanders and an exchange business", "23 militants of HGB and
        # the TTP were killed": one row per named recipient, the casualty figure on the first
        # only (guide §6)
        rows: list[tuple[int, ActorRef | None, ActorRef | None]] = []
        if (
            len(recipients) > 1
            and recipients[0].id is None
            and _proper_name(recipients[1])
            and getattr(recipients[1], "_coord", None) == getattr(recipients[0], "_coord", None)
        ):
            # "freed two Americans, Ryan Corbett and William McKenty": the people named, one
            # row each, not the count before them
            recipients = recipients[1:]
        for i, actor in enumerate(actor_list):
            if brokered is not None:
                rows.extend((i, actor, side) for side in brokered)
                continue
            rows.append((i, actor, recipients[0] if recipients else None))
            if len(actor_list) == 1:
                rows.extend(
                    (i, actor, r)
                    for r in _further_recipients(
                        recipients, actor, victims=g.type == "ASSAULT", doc=doc
                    )
                )
        joint = False
        if (
            g.type == "CONSULT"
            and len(actor_list) == 2
            and not recipients
            and all(a is not None for a in actor_list)
            and not self._reciprocal(sent, main.token)
        ):
            # "A and B held talks": a single joint meeting is one row, the first-named party
            # acting on the other (guide §1.3, joint acts)
            rows = rows[:1]
            joint = True
        for n, (i, actor, target) in enumerate(rows):
            recipient = target
            if (
                recipient is None
                and len(actor_list) > 1
                and (g.type in _SYMMETRIC or self._reciprocal(sent, main.token))
            ):
                others = [a for j, a in enumerate(actor_list) if j != i and a is not None]
                recipient = others[0] if others else None
            # "its fighters" is the speaker's own side, not the party the linker guessed
            own = (
                reported_by
                if getattr(actor, "_anaphor", None) in ("poss", "pron")
                and _is_identified(reported_by)
                else actor
            )
            if (
                recipient is not None
                and own is not None
                and recipient.id
                and recipient.id == own.id
            ):
                recipient = recipients[1] if len(recipients) > 1 else None
            sentence_text, sentence_span = sentence_extent(sent)
            record = EventRecord(
                sentence=sentence_text,
                sentence_span=sentence_span,
                span=(t_start, t_end),
                trigger=trigger_text,
                type=g.type,
                mode=(
                    _party_force_mode(actor, g.mode, lex)
                    if g.type == "MOBILIZE" and len(actor_list) > 1
                    else g.mode
                ),
                context=contexts,
                actor=_plain(actor, linked),
                recipient=_plain(recipient, linked),
                place=(
                    linked.place_ref(visited_at[recipient.id or ""])
                    if recipient is not None
                    and recipient.id in visited_at
                    # a place of its own that is not one of the cities visited stands
                    and not (own_place and place is not None and place.name not in visited)
                    else place
                ),
                date=date_value,
                date_precision=precision,
                fatalities=fatalities if n == 0 else None,
                injured=injured if n == 0 else None,
                factuality=factuality,
                reported_by=_plain(reported_by, linked),
                confidence=conf,
                extractor=extractor,
                notes=list(notes),
            )
            record._objects = objects  # type: ignore[attr-defined]
            record._clause_parties = clause_parties  # type: ignore[attr-defined]
            record._source_text = source_text  # type: ignore[attr-defined]
            record._subject = None if actors else subject_of(anchor)  # type: ignore[attr-defined]
            record._mutual = mutual  # type: ignore[attr-defined]
            record._anaphor = {  # type: ignore[attr-defined]
                "actor": getattr(actor, "_anaphor", None),
                "recipient": getattr(recipient, "_anaphor", None),
            }
            if joint:
                record._joint = True  # type: ignore[attr-defined]
            out.append(record)
        if g.type == "ASSAULT" and len(out) == 1 and not losses:
            for ref in self._other_victims(g, out[0], actor_list[0], recipients, tok_actor, linked):
                out.append(
                    _derived_row(
                        out[0],
                        {"actor": out[0]._anaphor["actor"], "recipient": None},  # type: ignore[attr-defined]
                        recipient=_plain(ref, linked),
                        fatalities=None,
                        injured=None,
                        notes=[*notes, "a second group of victims: a row of its own (guide §6)"],
                    )
                )
        for verb, victims in losses[:1] if out else []:
            cas = parse_casualties(sent, tokens=list(verb.subtree))
            back = _derived_row(
                out[0],
                {"actor": out[0]._anaphor["recipient"], "recipient": None},  # type: ignore[attr-defined]
                span=(verb.idx, verb.idx + len(verb.text)),
                trigger=verb.text,
                actor=out[0].recipient,
                recipient=_plain(victims, linked),
                fatalities=cas.fatalities,
                injured=cas.injured,
                notes=[*notes, "the other side's losses: its act on them"],
            )
            out.append(back)
        return out

    def _other_victims(
        self,
        g: _Group,
        row: EventRecord,
        actor: ActorRef | None,
        recipients: list[ActorRef],
        tok_actor: dict[int, ActorMention],
        linked: LinkedDoc,
    ) -> list[ActorRef]:
        """ "ambushed a convoy carrying Chinese engineers, killing two soldiers escorting it",
        "one of his students was killed and two worshippers were wounded": the people the
        attack's own casualty verbs name, when they are another group than the target, are
        victims of their own, a row each (guide §6, one row per recipient). Counted people in
        general ("17 people", "three others"), the attackers and the actor's own side are not."""
        lex = self.lexicon
        known = [r for r in (*recipients, row.recipient) if r is not None]
        taken: set[int] = set()
        for r in known:
            taken |= getattr(r, "_tokens", None) or set()
        out: list[ActorRef] = []
        for c in g.members:
            verb = c.token
            if lemma(verb) not in _VICTIM_VERBS or verb.pos_ not in ("VERB", "AUX"):
                continue
            # only a clause of its own ("… and two worshippers were wounded"): the objects of
            # "killing X and wounding Y" are, in the gold, as often the target's own people
            # ("a convoy carrying Chinese engineers, killing five Chinese nationals")
            for head in (x for x in verb.children if x.dep_ == "nsubjpass"):
                for h in _conjuncts(head):
                    if (
                        h.i in taken
                        or h.i < _dateline_end(h.doc)  # "MIR ALI, …" parsed as a subject
                        or h.pos_ not in ("NOUN", "PROPN", "NUM")
                        or h.lower_ in _GENERAL_VICTIMS
                        or any(m.lower_ in ("other", "others") for m in h.children)
                    ):
                        continue  # "five other people", "four other guards": the same victims
                    ref = _ref_for(
                        h,
                        tok_actor,
                        lex,
                        require_actor=False,
                        people=self.recipient_cues.people_nouns,
                    )
                    if ref is None:
                        continue
                    words = (ref.text or "").lower().split()
                    toks = getattr(ref, "_tokens", None) or {h.i}
                    if (
                        not words
                        or words[-1] in _GENERAL_VICTIMS
                        or any(w in _ATTACKING_WORDS for w in words)
                        or toks & taken
                        or any(_same_party(ref, k) for k in (*known, *out))
                        # "a camp of Chinese engineers … wounding two of the engineers"
                        or any((k.text or "").lower().split()[-1:] == words[-1:] for k in known)
                        or actor is not None
                        and (_same_party(ref, actor) or _affiliated(ref, actor, linked))
                    ):
                        continue
                    taken |= toks
                    out.append(ref)
        return out

    def _mutual(self, sent: Span, g: _Group, anchor: Token) -> str | None:
        """Whether each side performs the act ("clashed with", "in the gunfight that
        followed", "agreed to a ceasefire"): how the reversed row's mode is taken ("same" or
        "null", with " named" when a noun names the mutual act), or None."""
        if g.type == "ASSAULT":
            words = self.recipient_cues.reciprocal
        elif g.type == "AGREE":
            if _without_agreement(g.main.token, self.lexicon):
                # "talks ended without agreement": neither side bound itself, one negated
                # row per direction (guide §17 rule 7)
                return "null"
            words = self.lexicon.word_classes.get("mutual_agreement", frozenset())
            if any(
                c.token.i == anchor.i and self.lexicon.entry_types.get(c.entry_index) == "AGREE"
                for c in g.members
            ) and _signed_with(anchor):
                # "the Taliban signed the Doha agreement with the United States": a deal made
                # with a partner binds each side to the other (guide §1.3, joint acts)
                return "null"
        else:
            return None
        toks = [c.token for c in g.members] + [anchor]
        # "engaged in a firefight with", "agreed to a ceasefire", "a truce agreed in Doha",
        # "killed three attackers in the gunfight that followed"
        toks += [
            t
            for x in list(toks)
            for t in (*x.children, *(p for c in x.children if c.dep_ == "prep" for p in c.children))
            if t.dep_ in ("dobj", "pobj", "nsubjpass", "nsubj")
        ]
        toks += [x.head for x in list(toks) if x.dep_ in ("acl", "relcl")]
        # "days of fighting along the border killed dozens": the span counts the mutual act
        counted = [
            p
            for x in list(toks)
            if x.dep_ in ("nsubj", "nsubjpass", "pobj") and lemma(x) in _SPAN_NOUNS
            for p in _prep_objects(x, ("of",))
        ]
        toks += counted
        for t in toks:
            if (
                t.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "dobj" for c in t.children)
                and lemma(t) not in ("exchange", "trade")
            ):
                # "fought the Taliban", "were fighting the Islamic State": one side's campaign
                # against the other (a mutual act takes its partner with "with")
                continue
            if (
                t.i != anchor.i
                and not t.is_ancestor(anchor)
                and t not in counted
                and _depth_below(t, anchor) > 3
            ):
                # "civilians from families displaced by earlier fighting had died": a mutual
                # act that only describes a participant is not what this act is
                continue
            # "there had been no fighting of any kind": a denied mutual act is denied for
            # each side, one negated row per direction like an asserted one
            if {lemma(t), t.lower_} & words:
                # "exchanged fire": the fire is each side's; a clash tells no weapon for the other
                how = "same" if lemma(t) in ("exchange", "trade") else "null"
                # a noun ("in the gunfight that followed") names a mutual act even with one
                # side told; a verb with one side ("fought for decades", "fought alongside
                # them") may be that side's own fight
                return how + (" named" if t.pos_ in ("NOUN", "PROPN") else "")
        return None

    def _more_subjects(
        self,
        anchor: Token,
        first: ActorRef,
        tok_actor: dict[int, ActorMention],
        lex: Lexicon,
        *,
        joint: bool = False,
    ) -> list[ActorRef]:
        """The other parties of a coordinated subject the arguments missed: of an antecedent a
        relative clause's subject stands for ("Pakistan and Qatar, which have both pressed
        Kabul"), or coordinated inside the first party's apposition. Each does the act, one row
        per party."""
        clause = anchor
        while clause.dep_ in ("xcomp", "conj") and clause.head.i != clause.i:
            clause = clause.head
        taken: set[int] = getattr(first, "_tokens", set())
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if clause.dep_ == "relcl" and any(c.lower_ in ("which", "who", "that") for c in subjects):
            antecedent = clause.head
            conjuncts = [c for c in antecedent.children if c.dep_ == "conj" and c.i < clause.i]
        elif (
            joint
            and all(c.dep_ == "nsubjpass" for c in subjects)
            and any(c.dep_ == "agent" for c in clause.children)
        ):
            # "was signed by Uzbekistan's transport minister, Ilkhom Makhkamov, Pakistan's
            # railways minister, Hanif Abbasi, and ...": the parser chains the signers'
            # names through appositions; each name it hangs there is another party
            agent = next((c for c in clause.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if pobj is None:
                return []
            antecedent = pobj
            aside = {
                t.i for c in pobj.subtree if c.dep_ in ("relcl", "acl", "prep") for t in c.subtree
            }
            # (a list has its "and": "represented by its mission, UNAMA" is one party twice)
            listed = any(t.dep_ == "cc" and t.i not in aside for t in pobj.subtree)
            conjuncts = [
                t
                for t in pobj.subtree
                if listed
                and t.pos_ == "PROPN"
                and t.dep_ in ("appos", "conj", "nmod")
                and t.i not in aside
                and t.i not in taken
            ]
        elif len(subjects) == 1:
            # "Kazakhstan's deputy prime minister, Serik Zhumangarin, and Uzbekistan's
            # transport minister, Ilkhom Makhkamov, signed": the parser hangs the second
            # party on the first one's apposition
            antecedent = subjects[0]
            conjuncts = [
                c
                for a in antecedent.children
                if a.dep_ == "appos"
                for c in a.children
                if c.dep_ == "conj" and c.i < clause.i
            ]
        else:
            return []
        if not conjuncts or not any(t.i in taken for t in antecedent.subtree):
            return []
        out: list[ActorRef] = []
        for ref in self._refs(conjuncts, tok_actor, lex, require_actor=True):
            if (_is_identified(ref) or _proper_name(ref)) and not _same_party(ref, first):
                ref._coord = getattr(first, "_coord", None)  # type: ignore[attr-defined]
                out.append(ref)
        return out

    def _repeated_with(
        self, g: _Group, anchor: Token, first: ActorRef, tok_actor: dict[int, ActorMention]
    ) -> list[ActorRef]:
        """The parties of "with" phrases coordinated with the one that gave the first
        recipient ("talks with A, and with B"): the parser hangs the second "with" on the first
        or on the verb as a conjunct."""
        heads = [anchor, *(c.token for c in g.members)]
        heads += [c for h in list(heads) for c in h.children if c.dep_ in ("dobj", "nsubjpass")]
        firsts = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"]
        taken: set[int] = getattr(first, "_tokens", set())
        if not any(
            t.i in taken for w in firsts for p in w.children if p.dep_ == "pobj" for t in p.subtree
        ):
            return []
        seconds = [
            c
            for x in [*firsts, *heads]
            for c in x.children
            if c.dep_ == "conj" and c.lower_ == "with" and c.i > firsts[0].i
        ]
        out: list[ActorRef] = []
        for w in dict.fromkeys(seconds):
            for pobj in (p for p in w.children if p.dep_ == "pobj"):
                ref = _ref_for(pobj, tok_actor, self.lexicon, require_actor=True)
                if ref is not None:
                    out.append(ref)
        return out

    def _sides_between(
        self, g: _Group, anchor: Token, tok_actor: dict[int, ActorMention]
    ) -> tuple[ActorRef, ActorRef] | None:
        """The two parties of "between A and B" hung on a mutual act's noun, first-named
        first, or None unless both are actors."""
        heads = [anchor, *(c.token for c in g.members)]
        for h in heads:
            if h.pos_ not in ("NOUN", "PROPN"):
                continue
            for first in _prep_objects(h, ("between",)):
                second = next((c for c in first.children if c.dep_ == "conj"), None)
                if second is None:
                    joined = _joined_modifier_sides(first, tok_actor)
                    if joined is not None:
                        return joined
                    continue
                refs = [
                    _ref_for(t, tok_actor, self.lexicon, require_actor=True)
                    for t in (first, second)
                ]
                if any(r is None for r in refs) and all(
                    t.tag_ in ("NNS", "NNPS") for t in (first, second)
                ):
                    # "clashes between farmers and eradication teams": two groups of people
                    # named by plural nouns are the sides even when neither is a known actor
                    refs = [
                        r or _ref_for(t, tok_actor, self.lexicon, require_actor=False)
                        for r, t in zip(refs, (first, second), strict=True)
                    ]
                a, b = refs
                if a is not None and b is not None and not _same_party(a, b):
                    return a, b
        return None

    def _mutual_partner(
        self, g: _Group, anchor: Token, tok_actor: dict[int, ActorMention]
    ) -> ActorRef | None:
        heads = [anchor, *(c.token for c in g.members)]
        heads += [p for h in list(heads) for p in _prep_objects(h)]
        for h in heads:
            for pobj in _prep_objects(h, ("with", "against")):
                ref = _ref_for(pobj, tok_actor, self.lexicon, require_actor=True)
                if ref is not None:
                    return ref
        return None

    def _reciprocal(self, sent: Span, tok: Token) -> bool:
        """ "A and B exchanged fire", "blamed each other": each acts on the other."""
        low = sent.text.lower()
        return (
            lemma(tok) in self.recipient_cues.reciprocal
            # "A and B traded accusations": the verb that governs the act makes it mutual
            or (tok.dep_ == "dobj" and lemma(tok.head) in self.recipient_cues.reciprocal)
            or "each other" in low
            or "one another" in low
        )

    def _reported_by(
        self, sent: Span, tok: Token, tok_actor: dict[int, ActorMention]
    ) -> tuple[ActorRef | None, Token | None]:
        lex = self.lexicon
        cur = tok
        for _ in range(8):
            if cur.head.i == cur.i:
                break
            dep = cur.dep_
            cur = cur.head
            # A verb coordinated with "said" ("said ... and urged") is the narrator's report of
            # a second act by the speaker, not part of what the speaker said.
            if lemma(cur) in lex.reporting_verbs and dep in (
                "ccomp",
                "parataxis",
                "advcl",
                "xcomp",
                "dobj",
            ):
                subj = subject_of(cur)
                if subj is not None and subj.i <= _dateline_end(sent.doc):
                    # "KABUL — The front said ...": the parser made the dateline a subject too
                    subj = next(
                        (
                            c
                            for c in cur.children
                            if c.dep_ == "nsubj" and c.i > _dateline_end(sent.doc)
                        ),
                        None,
                    )
                if subj is not None and subj.i != tok.i and not subj.is_ancestor(tok):
                    ref = _ref_for(subj, tok_actor, lex, require_actor=False)
                    if ref is not None:
                        return ref, cur
        for t in sent:
            if t.lower_ == "according" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "to":
                to = t.doc[t.i + 1]
                pobj = next((p for p in to.children if p.dep_ == "pobj"), None)
                if pobj is None:
                    pobj = next((p for p in t.children if p.dep_ == "pobj"), None)
                if pobj is not None:
                    ref = _ref_for(pobj, tok_actor, lex, require_actor=False)
                    if ref is not None:
                        return ref, t
        return None, None

    def _contexts(
        self, sent: Span, g: _Group, refs: list[ActorRef], linked: LinkedDoc
    ) -> list[str]:
        words = _sentence_words(sent)
        out: list[str] = []
        for c in g.members:
            out.extend(c.context)
        out.extend(self.lexicon.contexts_by_type.get(g.type, ()))
        for name, cues in self.lexicon.contexts.items():
            if cues & words:
                out.append(name)
        for ref in refs:
            actor = linked.actors.get(ref.id) if ref and ref.id else None
            if actor is None:
                continue
            if actor.sector in ("REB", "UAF") and g.type in ("ASSAULT", "THREATEN"):
                out.append("terrorism")
            if actor.sector == "MIL":
                out.append("military")
        return list(dict.fromkeys(out))


def _depth_below(tok: Token, top: Token) -> int:
    """How many heads up from `tok` `top` is (a large number when it is not above it)."""
    cur, n = tok, 0
    while cur.i != top.i:
        if cur.head.i == cur.i:
            return len(tok.doc)
        cur, n = cur.head, n + 1
    return n


_BACKGROUND_MARKERS = {
    "after",
    "before",
    "since",
    "following",
    "until",
    "because",
    "amid",
    "despite",
}


def _subordination(tok: Token, lex: Lexicon) -> int:
    """How many subordinate clauses (purpose, relative, adverbial) separate a trigger from the
    main clause; a reporting verb's complement is the main assertion, not subordinate."""
    n = 0
    cur = tok
    for _ in range(12):
        if cur.head.i == cur.i:
            break
        if cur.dep_ in ("relcl", "acl", "advcl", "pcomp", "csubj") or (
            cur.dep_ == "ccomp" and lemma(cur.head) not in lex.reporting_verbs
        ):
            n += 1
            # "…, a day after a jet shot down a helicopter": a clause of time or cause is the
            # background of the main event, a step further from what the sentence reports.
            markers = {c.lower_ for c in cur.children if c.dep_ == "mark"}
            if cur.dep_ == "pcomp":
                markers.add(cur.head.lower_)
            if markers & _BACKGROUND_MARKERS:
                n += 2
        if cur.dep_ == "pobj" and cur.head.lower_ in lex.backreference_preps:
            n += 1
        cur = cur.head
    return min(n, 3)


def _joined_modifier_sides(
    noun: Token, tok_actor: dict[int, ActorMention]
) -> tuple[ActorRef, ActorRef] | None:
    """ "fighting between Turi and Mangal tribesmen", "between Sunni and Shia tribes": one plural
    noun with two joined modifiers names two groups, each the modifier with the noun; None when
    a modifier is a linked actor ("between Pakistani and Afghan forces" is read elsewhere)."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return None
    for m in noun.children:
        if m.dep_ not in ("nmod", "amod", "compound") or m.i > noun.i:
            continue
        other = next((c for c in m.children if c.dep_ == "conj" and c.i < noun.i), None)
        if other is None or other.pos_ not in ("PROPN", "ADJ"):
            continue
        if any(
            t.i in tok_actor and tok_actor[t.i].actor_id and tok_actor[t.i].rule != "generic"
            for t in (m, other)
        ):
            return None
        return (
            ActorRef(id=None, name=None, text=f"{m.text} {noun.text}"),
            ActorRef(id=None, name=None, text=f"{other.text} {noun.text}"),
        )
    return None


def _side_report_depth(tok: Token, speech_verbs: frozenset[str], lex: Lexicon) -> int:
    """How many reporting or demand verbs standing in a subordinate clause ("…, saying",
    "…, demanding", "after he said") the token is, or sits in the complement of."""
    n = 0
    cur = tok
    for _ in range(12):
        if (
            lemma(cur) in speech_verbs
            and cur.pos_ in ("VERB", "AUX")
            and _subordination(cur, lex) > 0
        ):
            n += 1
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return min(n, 2)


def _anchor(tok: Token, lex: Lexicon) -> Token:
    """The verb a nominal trigger's arguments hang on ("launched an attack" → launched)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in ("of", "in")
        and lemma(tok.head.head) in lex.series_nouns
    ):
        # "carried out a string of attacks": the arguments hang on the verb of "string".
        tok = tok.head.head
    if tok.dep_ in ("dobj", "nsubjpass", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ in ("VERB", "AUX")
        and tok.head.lower_ in ("to", "in", "into")
    ):
        head = tok.head.head
        if lemma(head) not in lex.reporting_verbs and lemma(head) in {
            "go",
            "hold",
            "stage",
            "take",
            "resort",
            "launch",
            "engage",
            "be",
            "remain",
            "stay",
            "keep",
        }:
            return head
    return tok


def _trigger_tokens(c: Candidate, doc: object) -> list[Token]:
    tok = c.token
    if c.span:
        return list(doc[c.span[0] : c.span[1]])  # type: ignore[index]
    out = [tok]
    for ch in tok.children:
        if ch.dep_ == "prt":
            out.append(ch)
    if tok.pos_ in ("NOUN", "PROPN"):
        out.extend(ch for ch in tok.children if ch.dep_ == "compound" and ch.i == tok.i - 1)
    return sorted(out, key=lambda t: t.i)


def _group_region(g: _Group, sent: Span) -> list[Token]:
    """The tokens whose casualty words count for the group's act: its clause, and a participle
    the parser hung on the attribution after it ("Gunmen attacked a post, officials said,
    killing three"), which tells that act's toll."""
    seen: dict[int, Token] = {}
    members = {c.token.i for c in g.members}
    for c in g.members:
        root = c.token
        if c is not g.main and root.dep_ == "pobj" and root.head.lower_ in _EARLIER_EVENT_PREPS:
            # "following raids that killed nine, rebels attacked ...": the earlier raids'
            # toll is not the attack's
            seen[root.i] = root
            continue
        if (
            root.pos_ in ("NOUN", "PROPN")
            and root.head.pos_ in ("VERB", "AUX")
            and not (g.own_noun and c is g.main)
        ):
            root = root.head
        # "After strikes in Paktika, which killed 46 people, Afghan forces attacked posts":
        # the toll of the event a time phrase points back to is that event's
        earlier = {
            t.i
            for p in root.children
            if p.dep_ == "prep" and p.lower_ in _EARLIER_EVENT_PREPS and p.i not in members
            for t in p.subtree
        }
        # "The group, which killed more than 60 people in 2023, has attacked politicians":
        # a relative clause on the doer tells another of its acts, with its own toll
        earlier |= {
            t.i
            for s in root.children
            if s.dep_ in ("nsubj", "nsubjpass")
            for r in s.children
            if r.dep_ == "relcl" and r.i not in members
            for t in r.subtree
        }
        if _bare_count(root):
            # "gave a lower toll of 17 dead and 41 wounded", "11 of the 56 wounded": a count
            # of victims with no clause of its own; the sentence's figures are its toll, save
            # an earlier event's a time phrase points back to
            for t in sent:
                if t.i not in earlier:
                    seen[t.i] = t
            continue
        for t in root.subtree:
            if t.i not in earlier or t.i in members:
                seen[t.i] = t
        report = root.head
        charged = (
            # "accused the forces of firing mortars at civilians, wounding three children":
            # the toll hung on the charge is the charged act's
            root.dep_ == "pcomp"
            and report.lower_ in ("of", "for")
            and report.head.lemma_.lower() in _CHARGE_VERBS
        )
        if charged:
            report = report.head
        if charged or (
            root.dep_ in ("ccomp", "parataxis") and report.lemma_.lower() in _ATTRIBUTION_VERBS
        ):
            for p in report.children:
                if (
                    p.dep_ == "advcl"
                    and p.tag_ == "VBG"
                    and p.i > root.i
                    and p.lemma_.lower() not in _ATTRIBUTION_VERBS
                    and not any(s.dep_.startswith("nsubj") for s in p.children)
                ):
                    for t in p.subtree:
                        seen[t.i] = t
    return [seen[i] for i in sorted(seen)]


def _bare_count(tok: Token) -> bool:
    """Whether a death or injury participle only counts victims ("41 wounded", "the 56
    wounded"): nothing below it but figures and determiners, and no verb of its own above."""
    if lemma(tok) not in _CASUALTY_VERBS | {"wounded", "injured", "dead"} or tok.tag_ not in (
        "VBN",
        "JJ",
    ):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    if tok.dep_ == "conj" and lemma(tok.head) in _CASUALTY_VERBS:
        return False  # "seven were killed and 12 wounded": the pair is one clause's toll
    below = [t for t in tok.subtree if t.i != tok.i]
    figures_only = bool(below) and all(
        t.like_num or t.pos_ in ("DET", "ADP", "ADV", "PUNCT", "SPACE") for t in below
    )
    # "the 56 wounded": the participle hangs on the figure itself
    on_figure = tok.dep_ == "acl" and tok.head.like_num
    return (figures_only or on_figure) and tok.dep_ in ("conj", "acl", "amod")


# Verbs charging a party with an act ("accused X of firing ...", "blamed X for shelling ...")
_CHARGE_VERBS = {"accuse", "blame", "charge", "condemn", "criticise", "criticize"}


# Prepositions of a phrase telling an earlier or surrounding event ("after strikes that killed
# 46", "amid clashes that left ten dead"): its casualty words are that event's.
_EARLIER_EVENT_PREPS = {"after", "following", "amid", "despite", "since", "before"}


# Verbs attributing a report ("..., officials said, killing three"): what hangs on them after
# the report may belong to the act reported.
_ATTRIBUTION_VERBS = {"say", "tell", "add", "report", "confirm", "state", "announce"}


# The count for the last sentence asked about: each attack in a sentence without its own
# casualty figure asks it again, and matching the sentence's triggers anew is the costly part.
_last_assault_count: tuple[Doc | None, int, int, TriggerMatcher | None, int] = (
    None,
    -1,
    -1,
    None,
    0,
)


def _count_assault_groups(sent: Span, ex: ExtractorBase) -> int:
    global _last_assault_count
    matcher = ex._matcher_for(sent.doc.vocab)
    doc, start, end, counted_by, count = _last_assault_count
    if doc is sent.doc and start == sent.start and end == sent.end and counted_by is matcher:
        return count
    count = sum(
        1
        for c in matcher.candidates(sent, set())
        if c.type == "ASSAULT" and c.token.pos_ in ("VERB", "AUX")
    )
    _last_assault_count = (sent.doc, sent.start, sent.end, matcher, count)
    return count


def _reproached_blamer(tok: Token) -> Token | None:
    """The subject told to stop blaming: "Pakistan should look inward instead of blaming X",
    "... rather than blame X", "Pakistan should stop blaming X" (else None)."""
    head = tok.head
    if (
        tok.dep_ == "pcomp"
        and head.lower_ == "of"
        and any(c.lower_ == "instead" for c in head.children)
    ):
        clause = head.head
    elif (
        tok.dep_ == "conj"
        and any(
            c.lower_ == "than" and any(r.lower_ == "rather" for r in c.children)
            for c in head.children
        )
        or tok.dep_ in ("xcomp", "pcomp", "dobj")
        and lemma(head) in ("stop", "quit", "cease")
    ):
        clause = head
    else:
        return None
    return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _place_named(
    ref: ActorRef, tok_place: dict[int, PlaceMention], linked: LinkedDoc
) -> PlaceMention | None:
    """The place mention an argument with no actor id consists of ("Kazakhstan", "Kabul")."""
    if ref.id:
        return None
    for i in sorted(getattr(ref, "_tokens", set())):
        pm = tok_place.get(i)
        if (
            pm is not None
            and pm.place_id in linked.places
            and pm.text.strip() == (ref.text or "").strip()
        ):
            tok = linked.doc[i]
            while tok.head.i in getattr(ref, "_tokens", set()) and tok.head.i != tok.i:
                tok = tok.head
            if tok.dep_ == "pobj" and tok.head.lower_ in _WHERE_PREPS:
                return None  # "infiltrated from Afghanistan": where, not a party
            return pm
    return None


_OWN_POSSESSIVES = {"its", "their", "our", "his", "her"}


# Prepositions whose object is where an act happens or comes from, not a party to it.
_WHERE_PREPS = {"from", "in", "into", "inside", "across", "through", "near", "at", "along", "over"}


_CLAUSE_TARGET_TYPES = {"REQUEST", "THREATEN", "ACCUSE"}


# Factuality values whose events have no date of their own, even when the sentence names a
# span ("since 2021", "for years"): the guide codes them with a null date.
_UNDATED_FACTUALITY = {"generic", "hypothetical"}


def _clause_party_heads(anchor: Token) -> list[Token]:
    """Subjects, then objects, of the clause a speech verb governs ("demanded that Kabul
    take action", "warned that if Kabul did not act, Pakistan would strike its hideouts")."""
    subjects: list[Token] = []
    objects: list[Token] = []
    for comp in anchor.children:
        if comp.dep_ != "ccomp":
            continue
        for clause in [comp, *(c for c in comp.children if c.dep_ == "advcl")]:
            for c in clause.children:
                if c.dep_ in ("nsubj", "nsubjpass"):
                    subjects.append(c)
                elif c.dep_ in ("dobj", "dative"):
                    objects.append(c)
    # the conditional's subject ("if Kabul did not ...") is who the warning is for
    subjects.sort(key=lambda t: t.head.dep_ != "advcl")
    return subjects + objects


# Casualty verbs whose victims may be another group than the attack's target.
_VICTIM_VERBS = frozenset({"kill", "wound", "injure", "die", "martyr", "hurt"})
# Counted people in general: the target's own victims, not a group of their own.
_GENERAL_VICTIMS = frozenset(
    {"people", "person", "persons", "other", "others", "one", "victim", "victims", "dead"}
    | {"body", "bodies", "individual", "individuals", "all", "many", "some", "several"}
)
# Words naming the attacking side, whose losses are the other side's act (`losses`).
_ATTACKING_WORDS = frozenset(
    {"attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "bomber"}
    | {"militant", "militants", "kidnapper", "kidnappers", "fighter", "fighters", "terrorist"}
    | {"terrorists", "insurgent", "insurgents", "khawarij", "raider", "raiders", "abductors"}
)


def _further_recipients(
    recipients: list[ActorRef],
    actor: ActorRef | None,
    *,
    victims: bool = False,
    doc: Doc | None = None,
) -> list[ActorRef]:
    """The named parties coordinated with the first recipient ("urged Islamabad and Kabul"):
    distinct identified parties other than the actor itself; unnamed people counted with them
    ("five Chinese nationals and their driver") stay one group of victims. A party named elsewhere in the
    clause ("detained men on suspicion of helping the resistance") is no second target."""
    if not recipients:
        return []
    group = getattr(recipients[0], "_coord", None)
    seen = {recipients[0].id}
    if actor is not None and actor.id:
        seen.add(actor.id)
    out: list[ActorRef] = []
    # beside a named force, unnamed people are victims of another kind ("killing soldiers
    # and civilians", "attacks on police and on labourers"): a row each
    beside_named = victims and _is_identified(recipients[0])
    first_tokens: set[int] = getattr(recipients[0], "_tokens", None) or set()
    for r in recipients[1:]:
        # the parties may have been found from different heads ("a rise in attacks on police
        # and security forces"): a conjunct of the first recipient is coordinated all the same
        conjoined = doc is not None and any(
            doc[i].dep_ == "conj" and doc[i].head.i in first_tokens
            for i in getattr(r, "_tokens", None) or ()
        )
        if (
            (group is not None and getattr(r, "_coord", None) == group or conjoined)
            and (
                _is_identified(r)
                or beside_named
                and r.id is not None
                and not _same_phrase(recipients[0], r)
                or _proper_name(r)
            )
            and r.id not in seen
        ):
            seen.add(r.id)
            out.append(r)

    return out


def _proper_name(ref: ActorRef) -> bool:
    """A party the linker kept as provisional but the text names ("Ryan Corbett")."""
    words = (ref.text or "").split()
    return bool(
        ref.id
        and ref.id.startswith("prov:")
        and len(words) >= 2
        and all(w[:1].isupper() for w in words)
    )


def _other_sides_toll(verb: Token, main: Token) -> bool:
    """A casualty verb in a clause of its own beside the main act ("…, and that four soldiers
    had died", "… and six soldiers were killed"), not a participle of the act's result
    ("killing two guards") nor the same clause's count."""
    if lemma(verb) not in _CASUALTY_VERBS or verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VBG":
        return False
    if verb.dep_ != "conj" and not (verb.dep_ == "ccomp" and verb.head.i != main.i):
        return False
    if lemma(verb) == "lose" and verb.dep_ == "conj" and verb.head.i == main.i:
        # "had killed 41 militants and lost six soldiers": the losing side shares the main
        # act's subject, and its dead are the object of "lost"
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _same_phrase(named: ActorRef, people: ActorRef) -> bool:
    """ "Chinese infidels": the people a named party's adjective qualifies, one group."""
    a: set[int] = getattr(named, "_tokens", set())
    b: set[int] = getattr(people, "_tokens", set())
    return bool(a and b and (a & b or min(b) == max(a) + 1))


def _signed_with(verb: Token) -> bool:
    """An agreement verb with its partner in a "with" phrase hung on the verb, on the deal it
    names or on a phrase of the verb's place or occasion ("signed the agreement with", "signed
    a contract with a consortium", "signed the accord at a ceremony in Kabul with executives
    of ..."): not a "with" inside a further clause ("agreed to discuss financing with the
    bank"), nor a with-phrase without a party ("agreed with reluctance")."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    heads = [verb]
    n = 0
    while n < len(heads) and n < 8:
        h, n = heads[n], n + 1
        for c in h.children:
            # the deal ("signed the agreement with"), and the place or occasion phrases
            # ("at a ceremony in Kabul with"), whose "with" still tells the partner
            if (
                c.dep_ in ("dobj", "nsubjpass")
                or (c.dep_ == "prep" and c.lower_ != "with")
                or (c.dep_ == "pobj" and h.dep_ == "prep")
            ):
                heads.append(c)
    # the party itself must still be found as the row's recipient for a second row
    return any(
        p.pos_ in ("PROPN", "NOUN")
        and p.ent_type_ not in ("DATE", "TIME", "CARDINAL", "PERCENT", "MONEY")
        for h in heads
        for p in _prep_objects(h, ("with",))
    )


_FORCE_MODES = ("police", "troops")


def _party_force_mode(actor: ActorRef | None, mode: str | None, lex: Lexicon) -> str | None:
    """ "troops and police launched a clearance operation": each body's row takes the force it
    names (guide §10: `troops` for the army or FC, `police` for police and CTD)."""
    if actor is None or mode not in _FORCE_MODES:
        return mode
    words = {w.lower() for w in f"{actor.text} {actor.name or ''}".split()}
    words |= {w[:-1] for w in words if w.endswith("s")}
    for m, cues in lex.modes.get("MOBILIZE", []):
        if m in _FORCE_MODES and cues & words:
            return m
    return mode


def _stated_position(tok: Token) -> bool:
    """A finite verb in the plain present or past with no modal ("condemns", "welcomed",
    "expected"): what its subject holds or did, not what the speaker vows it will do."""
    return tok.tag_ in ("VBZ", "VBP", "VBD") and not any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children
    )


def _predicate_adjective(tok: Token) -> bool:
    """ "was ready to", "is prepared to": a word that says what its subject is, on a copula
    (a participle the parser reads as passive, "was prepared to", too), with an infinitive
    for what it is ready for; not a verb of saying or doing."""
    if tok.pos_ == "ADJ":
        return tok.dep_ in ("acomp", "ROOT", "ccomp", "conj")
    return (
        tok.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and lemma(c) == "be" for c in tok.children)
        and any(c.dep_ == "xcomp" for c in tok.children)
        and not any(c.dep_ == "agent" for c in tok.children)
    )


def _three_countries_office(anchor: Token) -> bool:
    """Whether the act's subject is a plural office told of three or more named parties ("the
    foreign ministers of China, Pakistan and Afghanistan"), also beside a dateline the parser
    took for a second subject ("ISLAMABAD, Pakistan — The foreign ministers of ...")."""
    subj = subject_of(anchor)
    subjects = [c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")]
    for office in [*([subj] if subj is not None else []), *subjects]:
        if office.tag_ != "NNS":
            continue
        for prep in office.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    named = [t for t in obj.subtree if t.i == obj.i or t.dep_ == "conj"]
                    if len(named) >= 3:
                        return True
    return False


def _charged_with_means(anchor: Token) -> Token | None:
    """The party an "accused X of using Y to <act>" charges, when the parser hung the infinitive
    of purpose on the gerund as an adverbial clause: X, the object of the charge."""
    means = anchor.head
    if not (
        anchor.dep_ == "advcl"
        and has_to_marker(anchor)
        and means.tag_ == "VBG"
        and means.dep_ == "pcomp"
        and means.head.lower_ == "of"
    ):
        return None
    charge = means.head.head
    if lemma(charge) not in ("accuse", "charge"):
        return None
    return next((c for c in charge.children if c.dep_ in ("dobj", "obj")), None)


# Prepositions that tell what talks or an agreement are about ("talks on border security").


def _topic_of_talks(ref: ActorRef, anchor: Token, doc: object) -> bool:
    """Whether a party is named only inside the topic of the act ("held talks on the
    protection of Chinese workers"): a phrase under "on", "about", "over" hung on the trigger
    or on its object."""
    toks: set[int] = getattr(ref, "_tokens", None) or set()
    if not toks:
        return False
    heads = {anchor.i} | {c.i for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")}
    first = doc[min(toks)]  # type: ignore[index]
    return any(
        a.dep_ == "prep" and a.lower_ in _TOPIC_PREPS and a.head.i in heads for a in first.ancestors
    )
