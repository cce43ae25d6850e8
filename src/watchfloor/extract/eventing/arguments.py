"""Arguments: the actor and recipient of one event group from the dependency parse and the
linker's mentions (`_arguments`, `_refs`), addressees and victims, with the party-slot,
summing-noun and speaker helpers they use (phrase → reference lookups are in `phrases`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.extract.eventing.base import ExtractorBase, _Group
from watchfloor.extract.eventing.phrases import (
    _anaphor_kind,
    _conjoined_modifiers,
    _is_actorish,
    _mention_in_phrase,
    _named_members,
    _np_text,
    _ref_for,
)
from watchfloor.extract.eventing.shared import (
    _CARRY_RECIPIENT,
    _CASUALTY_VERBS,
    _MESSAGE_NOUNS,
    _PACT_NOUNS,
    _POSSESSIVES,
    _QUANTITY_NOUNS,
    _SPEECH_TYPES,
    _STAGING_VERBS,
    _VERBAL_TYPES,
    _conjuncts,
    _dateline_end,
    _prep_objects,
)
from watchfloor.extract.recipients import RecipientCues, load_cues
from watchfloor.extract.triggers import Lexicon, has_to_marker, lemma, passive_subject, subject_of
from watchfloor.records import ActorMention, ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token


_RECIPIENT_PREPS = {
    "on",
    "against",
    "at",
    "with",
    "to",
    "into",
    "upon",
    "toward",
    "towards",
    "targeting",
    "from",
    "of",
}


# "most of them policemen", "many of them women": quantifiers that say what a count is made of
_MOST_WORDS = frozenset({"most", "many", "all", "mostly", "majority"})


class ArgumentsMixin(ExtractorBase):
    """Actor and recipient arguments of one event group."""

    def _arguments(
        self, g: _Group, anchor: Token, tok_actor: dict[int, ActorMention], lex: Lexicon
    ) -> tuple[list[ActorRef], list[ActorRef], list[Token]]:
        tok = g.main.token
        anchor, rider = _misparsed_shot_dead(anchor)
        actor_heads: list[Token] = []
        recipient_heads: list[Token] = []
        between: list[ActorRef] = []
        by_hand: list[Token] = []  # "at the hands of X"
        among: list[Token] = []  # "among shoppers": the crowd an attack hit
        passive = passive_subject(anchor)
        agent = next(iter(_prep_objects(anchor, deps=("agent",))), None)
        if tok.pos_ in ("NOUN", "PROPN") and anchor.i == tok.i:
            # A bare nominal event: "a Pakistani airstrike on ...", "the TTP's attack", "attack by X".
            for c in tok.children:
                if c.dep_ == "poss" or (
                    c.dep_ in ("compound", "amod") and _is_actorish(c, tok_actor, lex)
                ):
                    actor_heads.append(c)
                if c.dep_ == "prep" and c.lower_ == "by":
                    actor_heads.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ == "prep" and c.lower_ in ("on", "against", "targeting", "with"):
                    recipient_heads.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ == "prep" and self._victim_genitive(tok, g.type, c):
                    # "the killing of religious scholars": whom the act was done to
                    recipient_heads.extend(p for p in c.children if p.dep_ == "pobj")
                if c.dep_ == "prep" and c.lower_ == "between" and not actor_heads:
                    # "talks between Pakistani and Afghan officials", "clashes between farmers
                    # and eradication teams": the first party named acts on the other
                    pobjs = [p for p in c.children if p.dep_ == "pobj"]
                    parties = self._refs(pobjs, tok_actor, lex, require_actor=True)
                    if len(parties) > 1:
                        between = parties
            if tok.dep_ in ("nsubj",) and tok.head.pos_ in ("VERB",):
                recipient_heads.extend(c for c in tok.head.children if c.dep_ == "dobj")
            if not actor_heads and tok.dep_ == "pobj" and tok.head.lower_ == "behind":
                # "the IS-K cell behind the bombing", "the group behind the attack": who is
                # behind an act did it (the parser may hang "behind" on the clause's verb)
                behind = tok.head
                holder = behind.head
                if holder.pos_ == "VERB":
                    # the word before "behind", within the sentence ("Behind the attack, …"
                    # has no holder)
                    start = behind.sent.start
                    holder = tok.doc[behind.i - 1] if behind.i > start else behind
                if holder.pos_ in ("NOUN", "PROPN"):
                    actor_heads.append(holder)
            noun = tok.head if tok.dep_ == "compound" else tok
            if (
                not actor_heads
                and noun.dep_ in ("dobj", "obj")
                and {lemma(noun.head), noun.head.lower_} & _STAGING_VERBS
            ):
                # "Relatives of the missing staged a sit-in", "launched an offensive": who
                # stages the act does it
                doer = subject_of(noun.head)
                if doer is not None:
                    actor_heads.append(doer)
            if (
                not actor_heads
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "in"
                and tok.head.head.pos_ == "VERB"
                and g.type == "PROTEST"
                and lemma(tok) == "protest"
            ):
                # "they are reluctant to shut clinics in protest": who does it in protest
                verb = tok.head.head
                doer = subject_of(verb)
                if doer is None and verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
                    doer = subject_of(verb.head.head)
                if doer is not None:
                    actor_heads.append(doer)
        else:
            reduced = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
            if (
                passive is None
                and reduced is not None
                and anchor.tag_ == "VBN"
                and anchor.dep_ == "conj"
                and lemma(anchor) in _CASUALTY_VERBS
                and not any(c.dep_ in ("aux", "auxpass") for c in anchor.children)
            ):
                # "Four children were killed and five other people wounded": the elided
                # passive's subject is a victim
                passive = reduced
            if (
                passive is None
                and reduced is not None
                and anchor.tag_ == "VBN"
                and (
                    any(c.dep_ == "auxpass" for c in anchor.children)
                    or (
                        anchor.dep_ == "pcomp"
                        and anchor.head.lower_ in ("with", "without")
                        and not any(c.dep_ == "aux" for c in anchor.children)
                    )
                )
            ):
                # "Daesh, which he said had been eliminated" (the parser's "nsubj" beside a
                # passive auxiliary), "with 120 officers killed last year": the subject of a
                # passive undergoes the act whatever label it was given
                passive = reduced
            if (
                passive is None
                and reduced is None
                and anchor.tag_ == "VBN"
                and anchor.dep_ == "conj"
                and anchor.head.tag_ == "VBN"
                and passive_subject(anchor.head) is not None
                # "could not be verified, and rights groups have accused ...": a perfect with
                # no passive auxiliary of its own is active, its subject on the "have"
                and not (
                    any(c.dep_ == "aux" for c in anchor.children)
                    and not any(c.dep_ == "auxpass" for c in anchor.children)
                )
            ):
                # "was detained by the intelligence service in March and accused of espionage":
                # the second passive shares the first one's subject (and, with none of its
                # own, its agent)
                passive = passive_subject(anchor.head)
                if agent is None:
                    agent = next(iter(_prep_objects(anchor.head, deps=("agent",))), None)
            if (
                passive is None
                and reduced is None
                and anchor.tag_ == "VBN"
                and anchor.dep_ == "conj"
                and any(c.dep_ == "auxpass" for c in anchor.children)
                and anchor.head.pos_ in ("VERB", "AUX")
            ):
                # "he had heard gunfire and had been told by his company to stay indoors": a
                # passive of its own coordinated with an active verb undergoes the act with
                # the subject they share
                passive = subject_of(anchor)
            if passive is not None and passive.i <= _dateline_end(anchor.doc):
                # "TORKHAM, Pakistan — More than 9,000 Afghans were deported": the parser made
                # the dateline the subject and hung the real one on it
                passive = next(
                    (
                        c
                        for c in [*anchor.children, *passive.children]
                        if c.dep_ in ("nsubjpass", "appos") and c.i > _dateline_end(anchor.doc)
                    ),
                    passive,
                )
            if passive is not None and anchor.tag_ == "VBN":
                recipient_heads.append(passive)
                if agent is not None:
                    actor_heads.append(agent)
                elif lemma(anchor) in _CASUALTY_VERBS:
                    # "12 civilians were killed in Pakistani air strikes": the author of the
                    # act they died in
                    actor_heads.extend(_cause_authors(anchor, tok_actor, lex))
            else:
                subj = subject_of(anchor)
                if subj is not None and subj.i <= _dateline_end(anchor.doc):
                    # "CHAMAN, Pakistan — Pakistani troops and Afghan forces exchanged fire":
                    # the parser may hang the real subject on the dateline as its apposition
                    subj = next(
                        (
                            c
                            for c in [*subj.head.children, *subj.children]
                            if (
                                (c.dep_ == "nsubj" and c.head.i == subj.head.i)
                                or (c.dep_ in ("appos", "conj") and c.head.i == subj.i)
                            )
                            and c.i > _dateline_end(anchor.doc)
                        ),
                        subj,
                    )
                if (
                    subj is not None
                    and subj.head.i == anchor.i
                    and subj.lower_ == "that"
                    and anchor.dep_ == "ccomp"
                ):
                    # "told reporters that IS-K had killed 11 clerics": the parser may take
                    # the complementiser for a subject beside the real one
                    subj = next(
                        (c for c in anchor.children if c.dep_ == "nsubj" and c.i > subj.i), None
                    )
                if (
                    subj is None
                    and anchor.dep_ == "dep"
                    and anchor.tag_ in ("VBD", "VBZ", "VBP")
                    and anchor.head.tag_ in ("VBD", "VBZ", "VBP")
                    and anchor.head.i < anchor.i
                ):
                    # "X called the killing a failure, demanded an inquiry and said ...": a
                    # verb of a series the parser left unattached shares the first one's subject
                    subj = subject_of(anchor.head)
                if subj is None:
                    subj = _raised_subject(anchor)
                if (
                    subj is not None
                    and anchor.dep_ == "acl"
                    and anchor.tag_ == "VBG"
                    and subj.i == anchor.head.i
                    and subj.dep_ in ("dobj", "obj")
                    and {lemma(subj.head), subj.head.lower_} & _STAGING_VERBS
                ):
                    # "tribal elders began a sit-in demanding to know ...": what the act staged
                    # does, its stagers do
                    subj = subject_of(subj.head) or subj
                stranded = _stranded_subject(anchor)
                if stranded is not None and (subj is None or subj.head.i != anchor.i):
                    # (the subject on the verb's own "have" before one found by climbing to a
                    # coordinated verb: "He did not name a country, but officials have ...")
                    subj = stranded
                    if anchor.dep_ == "amod":
                        # "have in the past voiced concern about militants": the noun the
                        # participle was hung on is its object, and whom that is about is told
                        # on the noun
                        recipient_heads.extend(_prep_objects(anchor.head, _STRANDED_PREPS))
                if subj is not None:
                    subj = _partitive_antecedent(subj)
                if anchor.pos_ == "VERB" and anchor.dep_ == "relcl":
                    # "..., a charge the Taliban deny": the parser may take the relative
                    # clause's subject for a compound of its verb (and the noun the clause
                    # describes for its subject)
                    subj = next(
                        (
                            c
                            for c in anchor.lefts
                            if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in tok_actor
                        ),
                        subj,
                    )
                if (
                    subj is not None
                    and subj.dep_ in ("attr", "oprd")
                    and _role_noun(subj, tok_actor)
                ):
                    # "Russia became the first country to recognise the Taliban": the
                    # subject the role is said of does the act
                    subj = subject_of(subj.head) or subj
                kept = _kept_object(anchor)
                if subj is None and kept is not None:
                    # "Pakistan has kept its crossings shut": whoever keeps a thing in the
                    # state the verb tells does the act on it
                    subj = subject_of(anchor.head)
                    recipient_heads.append(kept)
                owner = (
                    next((c for c in subj.children if c.dep_ == "poss"), None)
                    if subj is not None
                    and subj.pos_ == "NOUN"
                    and {lemma(subj), subj.lower_} & set(self.recipient_cues.event_nouns)
                    else None
                )
                if owner is not None:
                    # "Its bombing of Shia worshippers killed 14 people": the act's owner did
                    # what the act did, not a party its of-phrase names
                    subj = owner
                if subj is not None and any(
                    self._victim_genitive(subj, g.type, c, any_type=True) for c in subj.children
                ):
                    # "The murder of X follows the killing of Y": an act named by whom it was
                    # done to is not a doer of anything
                    subj = None
                if (
                    subj is not None
                    and anchor.dep_ == "acl"
                    and subj.i == anchor.head.i
                    and has_to_marker(anchor)
                    and subj.dep_ in ("dobj", "obj")
                    and subj.i not in tok_actor
                    and _mention_in_phrase(subj, tok_actor) is None
                    and lemma(subj) not in lex.actor_nouns
                ):
                    # "the parliament approved a plan to deploy 1,500 troops": whoever adopts
                    # the plan (decision, order) is who means to do it
                    subj = subject_of(subj.head) or subj
                doer = _gerund_doer(anchor)
                if doer is not None:
                    # "accused Pakistani forces of firing mortars", "blamed the group for
                    # attacking": the object of the verb does what the gerund tells
                    subj = doer
                if (
                    tok.i != anchor.i
                    and lemma(anchor) in lex.reporting_verbs
                    and tok.dep_ not in ("dobj", "pobj", "nsubjpass")
                ):
                    subj = None  # "..., Taliban officials said, the second such raid": the source
                if (
                    tok.i != anchor.i
                    and tok.dep_ in ("dobj", "obj")
                    and lemma(anchor) in _NOTING_VERBS
                    # "the ANP observed a day of mourning": who keeps a strike or a day of
                    # protest does it
                    and not (g.type == "PROTEST" and lemma(anchor) == "observe")
                ):
                    # "border guards have not reported a single incursion", "monitors recorded
                    # 40 attacks": who notes an act is not who carried it out
                    subj = None
                if tok.i != anchor.i and _told_toll(tok, anchor):
                    # "the ministry put the death toll at five", "put the number of dead at
                    # 27": who gives a count of the dead tells of the act, not who did it
                    subj = None
                if (
                    tok.i != anchor.i
                    and g.type == "AGREE"
                    and tok.dep_ in ("dobj", "obj", "nsubjpass")
                    and anchor.lower_ in self.recipient_cues.mediate_verbs
                ):
                    # "Qatar, which mediated a ceasefire between the two sides": the mediator
                    # of an agreement is not one of its parties (guide §8)
                    subj = None
                speaker = (
                    _speaker_of_coordinated(anchor, lex)
                    # "said Pakistan remained committed ... and would attend the talks": a
                    # meeting, or an act the modal puts in what was said, is not the speaker's
                    if g.type in _VERBAL_TYPES
                    and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in anchor.children)
                    else None
                )
                if speaker is not None:
                    # "UNAMA said it had received reports ... and called for an inquiry": the
                    # parser hangs the second verb on the reported clause, but it is the
                    # speaker's own act
                    subj = speaker
                # "labourers picked up by security forces": a participle with an agent, even
                # one the tagger took for a past tense
                # ("recorded 1,140 people flogged in public": a reduced relative the tagger read
                # as a past tense is a participle too, when it follows an object noun at once;
                # "Muttaqi, the envoy pressed for" is a finite verb the parser hung on a noun)
                participle = anchor.tag_ == "VBN" or (
                    anchor.dep_ == "acl"
                    and (
                        agent is not None
                        or (
                            anchor.tag_ == "VBD"
                            and anchor.i == anchor.head.i + 1
                            and anchor.head.dep_ in ("dobj", "obj", "pobj")
                        )
                    )
                )
                if (
                    subj is not None
                    and subj.i == anchor.head.i
                    and anchor.dep_ == "acl"
                    and participle
                    and not any(c.dep_ in ("dobj", "nsubj") for c in anchor.children)
                    # a noun left as the root is the subject of a finite verb the parser
                    # misread as a participle ("China, which ..., called on both sides")
                    and anchor.head.dep_ != "ROOT"
                ):
                    # "the number of soldiers killed", "a commander blamed for the bombing":
                    # a passive participle's noun is what the act is done to, not its doer
                    subj = None
                if subj is not None:
                    actor_heads.append(subj)
                elif anchor.dep_ in ("acl", "amod") and participle:
                    recipient_heads.append(anchor.head)
                    if agent is not None:
                        actor_heads.append(agent)
                elif (
                    anchor.tag_ == "VBN"
                    and anchor.dep_ == "ccomp"
                    and anchor.head.dep_ == "relcl"
                    and any(c.dep_ == "auxpass" for c in anchor.children)
                ):
                    # "separatist groups it says are funded by India": the relative clause's
                    # noun is what the passive act is done to, its agent the doer
                    recipient_heads.append(anchor.head.head)
                    if agent is not None:
                        actor_heads.append(agent)
                for c in anchor.children:
                    if c.dep_ in ("dobj", "dative", "obj"):
                        recipient_heads.append(c)
                    if c.dep_ == "ccomp" and lemma(anchor) in _LETTING_VERBS:
                        # "should let UN monitors verify ...": whom the act lets do something
                        recipient_heads.extend(k for k in c.children if k.dep_ == "nsubj")
                if g.type in self.recipient_cues.answer_types:
                    # "refused to recognise the Taliban government": the party refused
                    recipient_heads.extend(
                        o
                        for x in anchor.children
                        # not a gerund: "denied hosting TTP leaders" is what is denied
                        if x.dep_ == "xcomp" and has_to_marker(x)
                        for o in x.children
                        if o.dep_ in ("dobj", "obj")
                    )
                if not any(
                    # "refused to recognise X and hosted Y": a verb with a clause of its own
                    # has its object there
                    c.dep_ in ("dobj", "dative", "obj", "xcomp", "ccomp")
                    for c in anchor.children
                ):
                    # "deported or pressured a million Afghans": an object the coordinated verb
                    # shares
                    recipient_heads.extend(
                        o
                        for v in anchor.children
                        if v.dep_ == "conj"
                        and v.pos_ == "VERB"
                        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in v.children)
                        for o in v.children
                        if o.dep_ in ("dobj", "obj")
                    )
                if tok.i != anchor.i:
                    recipient_heads.extend(
                        _prep_objects(tok, ("on", "against", "with", "to", "targeting"))
                    )
                    # "carried out the killing of two elders"
                    recipient_heads.extend(
                        p
                        for c in tok.children
                        if self._victim_genitive(tok, g.type, c)
                        for p in c.children
                        if p.dep_ == "pobj"
                    )
                    recipient_heads = [r for r in recipient_heads if r.i != tok.i]
                # "demanded an inquiry into the strike": what a statement looks into is its
                # topic, not whom it is put to
                preps = _RECIPIENT_PREPS - ({"of", "into"} if g.type in _SPEECH_TYPES else {"of"})
                if g.type == "PROTEST":
                    # "blocked the road with the bodies of the dead", "with burning tyres": what
                    # a protest is made with, not whom it is aimed at
                    preps -= {"with"}
                recipient_heads.extend(_prep_objects(anchor, preps))
                if g.type == "ASSAULT":
                    # "blew himself up among worshippers at a mosque": the people among whom
                    # an attack is set off are its target, before the building they are in
                    among = _prep_objects(anchor, ("among",))
                    recipient_heads[:0] = among
                hands = [r for r in recipient_heads if r.dep_ == "pobj" and lemma(r) == "hand"]
                for r in hands:
                    # "died at the hands of the Taliban", "had died at its hands": who did it
                    recipient_heads.remove(r)
                    by_hand.extend(
                        [c for c in r.children if c.dep_ == "poss"] or _prep_objects(r, ("of",))
                    )
                if lemma(anchor) in _HANDING_VERBS:
                    # "handed Kalashnikovs and rocket launchers to the chief minister": the
                    # one handed to receives the act, the things handed do not
                    taker = [
                        r for r in recipient_heads if r.dep_ == "pobj" and r.head.lower_ == "to"
                    ]
                    if taker:
                        recipient_heads = taker + [
                            r for r in recipient_heads if r not in taker and r.dep_ != "dobj"
                        ]
        if rider is not None and not actor_heads:
            actor_heads.append(rider)
        demanded = _demanded_party(g, lex)
        if demanded is not None:
            # "told reporters that Kabul must act", "'Pakistan should look inward,' he wrote":
            # a demand made as a statement of what another party must do is put to that party,
            # not to whom the statement was told nor to a party its clause mentions
            recipient_heads = [demanded] + [r for r in recipient_heads if r.i != demanded.i]
        if lemma(anchor) in lex.victim_verbs and anchor.pos_ in ("VERB", "AUX"):
            recipient_heads = actor_heads + recipient_heads
            actor_heads = []
        if by_hand and not actor_heads:
            actor_heads = by_hand
        if g.type == "MOBILIZE":
            # "troops were deployed", "moved fighters to Ghazni": the forces moved are the
            # mobilising side's own, and where they go is a place; only a party the move is
            # aimed at ("massed troops against X") is a recipient
            moved = [r for r in recipient_heads if r.dep_ in ("nsubjpass", "dobj", "obj")]
            if not actor_heads and agent is None:
                actor_heads = [r for r in moved if r.dep_ == "nsubjpass"][:1]
            aimed = ("against", "toward", "towards", "targeting")
            recipient_heads = [
                r
                for r in recipient_heads
                if r not in moved and r.dep_ == "pobj" and r.head.lower_ in aimed
            ] + [
                # "massed troops against X": the aim may hang on the forces' noun
                p
                for r in moved
                for p in _prep_objects(r, aimed)
            ]
        if g.type == "PROTEST":
            # "traders kept their shops shut": the protesters' own premises are how they
            # protest, not whom at (guide §10: the authority the protest is aimed at)
            recipient_heads = [
                r
                for r in recipient_heads
                if not any(c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in r.children)
            ]
        if g.type == "ASSAULT":
            # "ambushed a police-escorted convoy of passenger vehicles": what was hit is the
            # passengers' vehicles (guide §1.3), not the party whose words modify the convoy
            recipient_heads = [
                next(
                    (
                        o
                        for c in r.children
                        if c.dep_ == "prep" and c.lower_ == "of"
                        for o in c.children
                        if o.dep_ == "pobj" and self.recipient_cues.passenger_vehicle(o)
                    ),
                    r,
                )
                if self.recipient_cues.carries_passengers(r)
                else r
                for r in recipient_heads
            ]
            # "detonated his explosives", "fired their rifles": the doer's own instrument, whose
            # owner is the doer, names no target (the people hit are told elsewhere)
            recipient_heads = [
                r
                for r in recipient_heads
                if not (
                    r.dep_ in ("dobj", "obj")
                    and {lemma(r), r.lower_} & self.recipient_cues.instrument_nouns
                    and any(
                        c.dep_ == "poss" and c.lower_ in _POSSESSIVES - {"my", "your"}
                        for c in r.children
                    )
                )
            ]
        if g.type in self.recipient_cues.beneficiary_types:
            # "announced compensation of 1 million rupees for each family of the dead": who
            # the aid is for, inside the phrase of what is given, stands in for that phrase
            # (whose nearest party would be "the victims" of "the victims' families")
            recipient_heads = [
                p
                for r in recipient_heads
                for p in (
                    (
                        _beneficiaries(r, self.recipient_cues.people_nouns)
                        if r.dep_ in ("dobj", "obj")
                        else []
                    )
                    or [r]
                )
            ]
        if g.type == "AGREE":
            # "signed a contract with X": the party is the pact's other side, not the pact
            recipient_heads = [
                p
                for r in recipient_heads
                for p in (
                    [
                        w
                        # "signed a package of trade agreements with X": the pact may be
                        # named inside a measure of them
                        for pact in [r, *_prep_objects(r, ("of",))]
                        if r.dep_ in ("dobj", "obj") and lemma(pact) in _PACT_NOUNS
                        for w in _prep_objects(pact, ("with",))
                    ]
                    or [r]
                )
            ]
        # "condemned what he called the killing of civilians", "welcomed what she described
        # as India's friendship", "raided what they described as IS-K hideouts": the
        # teller's own words name the object acted on
        recipient_heads += [
            n
            for v in anchor.children
            if v.dep_ in ("ccomp", "dobj", "obj")
            and lemma(v) in _NAMING_VERBS
            and any(c.lower_ == "what" for c in v.children)
            for n in [
                *(c for c in v.children if c.dep_ == "oprd"),
                *_prep_objects(v, ("as",)),
            ]
        ]
        summed = _summing_noun(anchor, self.recipient_cues) if g.type in _SPEECH_TYPES else None
        if summed is not None:
            # "Residents said fighters had detained young men, a claim the ministry denied",
            # "..., a demand Washington has refused": the noun sums up what the sentence's
            # main clause tells, so the answer is to that clause's subject
            subj = next(
                (c for c in anchor.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            if (
                subj is not None
                and subj.i not in {a.i for a in actor_heads}
                # "The report alleges that ..., a charge the TTP has denied": a document's
                # contents are not one party's charge
                and not {lemma(subj), subj.lower_}
                & (self.recipient_cues.report_nouns | _MESSAGE_NOUNS)
            ):
                recipient_heads = [subj] + [r for r in recipient_heads if r.i != summed.i]
        if g.type == "CONSULT" and lemma(anchor) in self.recipient_cues.topic_verbs:
            # "the two sides discussed water use": what was talked about, not with whom
            recipient_heads = [r for r in recipient_heads if r.dep_ not in ("dobj", "obj")]
        feeler = (
            next((c for c in anchor.children if c.dep_ == "nsubjpass"), None)
            if anchor.tag_ == "VBN"
            else next((c for c in anchor.head.children if c.dep_ == "nsubj"), None)
            if anchor.dep_ == "acomp"
            else None
        )
        if not {lemma(anchor), anchor.lower_} & self.recipient_cues.feeling_words:
            feeler = None
        if g.type in _SPEECH_TYPES and feeler is not None:
            # "UNAMA was deeply concerned by the killing", "said it was alarmed at the attack"
            # (an adjective or a passive, whose "by" the parser may take for an agent): the
            # one who feels it makes the statement, and what the feeling is about names the
            # act reacted to (its doer is whom the reaction is aimed at), as the object of
            # "condemned the killing" does
            recipient_heads = [r for r in recipient_heads if r.i != feeler.i]
            if not actor_heads:
                actor_heads = [feeler]
        objects = list(recipient_heads)
        if g.type in _SPEECH_TYPES and feeler is not None:
            objects += _prep_objects(anchor, _CAUSE_PREPS, deps=("prep", "agent"))
        if g.type in _SPEECH_TYPES:
            recipient_heads = self._addressed(g.type, recipient_heads, tok_actor, lex)
        actors = self._refs(actor_heads, tok_actor, lex, require_actor=False)
        # "would cooperate with any country that brings proof": no party in particular ("resist
        # any move in the Council" still names the Council)
        recipient_heads = [
            r
            for r in recipient_heads
            # (people are still whom an act is done to: "denied that any passengers died")
            if not (any(c.lower_ == "any" for c in r.children) and lemma(r) in _ANY_PARTY)
        ]
        recipients = self._refs(recipient_heads, tok_actor, lex, require_actor=True)
        crowd = [
            r
            for r in among
            if lemma(r) in self.recipient_cues.people_nouns
            and lemma(r) not in self.recipient_cues.generic_people
            and not any(r.i in getattr(x, "_tokens", ()) for x in recipients)
        ]
        if crowd:
            # "blew himself up among shoppers": the crowd the bomb went off in is the target as
            # the article describes it (guide §1.3), even in words the lexicon has no party for,
            # before the "people" a count of the dead names
            text, toks = _np_text(crowd[0])
            ref = ActorRef(id=None, name=None, text=text)
            ref._tokens = toks  # type: ignore[attr-defined]
            ref._head = crowd[0]  # type: ignore[attr-defined]
            recipients = [ref, *recipients]
        if between and not actors:
            actors, recipients = between[:1], between[1:2] + recipients
        if actors and recipients:
            ids = {a.id for a in actors if a.id}
            recipients = [r for r in recipients if not (r.id and r.id in ids)] or recipients
        return actors, recipients, objects

    def _most_of_them(
        self, head: Token, tok_actor: dict[int, ActorMention], lex: Lexicon
    ) -> ActorRef | None:
        """ "killed more than 80 people, most of them policemen": the group a count of people
        is said to be mostly made of names the victims (the parser hangs that phrase on the
        verb, outside the count's own phrase)."""
        doc = head.doc
        end = min(head.i + 6, head.sent.end)
        them = next((t for t in doc[head.i + 1 : end] if t.lower_ == "them"), None)
        if them is None or them.head.lower_ != "of" or them.head.head.lower_ not in _MOST_WORDS:
            return None
        group = them.head.head.head
        if group.i <= them.i or group.pos_ not in ("NOUN", "PROPN"):
            return None
        if lemma(group) in self.recipient_cues.civilian_nouns:
            # "most of them women and children": ordinary victims stay the count's own group
            return None
        ref = _ref_for(
            group, tok_actor, lex, require_actor=True, people=self.recipient_cues.people_nouns
        )
        if ref is None and lemma(group) in self.recipient_cues.people_nouns:
            text, toks = _np_text(group)
            ref = ActorRef(id=None, name=None, text=text)
            ref._tokens = toks  # type: ignore[attr-defined]
            ref._head = group  # type: ignore[attr-defined]
        if ref is None or lemma(getattr(ref, "_head", group)) in self.recipient_cues.generic_people:
            return None
        if group.i not in getattr(ref, "_tokens", {group.i}):
            return None  # a party found elsewhere in the phrase, not the group named
        return ref

    def _victim_genitive(
        self, noun: Token, etype: str, prep: Token, *, any_type: bool = False
    ) -> bool:
        """`prep` is the "of" of an act noun naming whom the act was done to ("the killing of
        clerics", "the abduction of two engineers")."""
        return (
            prep.dep_ == "prep"
            and prep.lower_ == "of"
            and (any_type or etype in _CARRY_RECIPIENT)
            and noun.pos_ == "NOUN"
            and {lemma(noun), noun.lower_} & self.recipient_cues.victim_genitive_nouns != set()
            and any(p.dep_ == "pobj" for p in prep.children)
        )

    def _addressed(
        self, etype: str, heads: list[Token], tok_actor: dict[int, ActorMention], lex: Lexicon
    ) -> list[Token]:
        """The object phrases of a statement that name whom it is addressed to. What is said
        about a party ("dismissed talk of foreign fighters", "rejected accusations of
        harbouring the TTP") names the party only as its author ("Pakistan's allegations");
        a demand for what is to be done to someone ("demanded the release of prisoners")
        is put to whoever holds them, not to them."""
        cues = self.recipient_cues
        kept: list[Token] = []
        for r in heads:
            words = {lemma(r), r.lower_}
            if (
                etype == "REQUEST"
                and r.dep_ in ("dobj", "obj")
                # "demanding compensation and the withdrawal of troops": the troops inside a
                # joined demand are no more the addressee than in a demand of its own
                and any({lemma(c), c.lower_} & cues.theme_nouns for c in _conjuncts(r))
            ):
                continue
            if (
                etype in ("ACCUSE", "REJECT", "SUPPORT")
                and (r.dep_ in ("dobj", "obj", "oprd") or _named_as(r))
                and r.i not in tok_actor
                and any(cues.event_nouns.get(w) == "ASSAULT" for w in words)
            ):
                # "condemned the killing of civilians": aimed at who killed them, named as
                # the author of the act ("the Pakistani strikes", "attacks by the TTP") or
                # found from the attack told before, not at its victims
                kept.extend(
                    c
                    for c in r.children
                    if c.dep_ in ("poss", "compound", "amod", "nmod")
                    and _is_actorish(c, tok_actor, lex)
                )
                # "blamed the attack on handlers across the border", parsed with "on" on the
                # noun: whom it is blamed on
                kept.extend(_prep_objects(r, ("by", "on") if lemma(r.head) == "blame" else ("by",)))
                continue
            if any(
                c.dep_ == "amod" and any(k.dep_ == "nsubj" for k in c.children) for c in r.children
            ):
                # "denied that the Emirate had sheltered Pakistani militants", parsed with the
                # clause's verb as a modifier of its object: the object is what is said
                continue
            if words & cues.content_nouns:
                if r.i in tok_actor and etype not in cues.answer_types:
                    # "welcomed the report" the linker took for its author's: kept (a denial
                    # answers the report's author, found from the document)
                    kept.append(r)
                    continue
                kept.extend(
                    c
                    for c in r.children
                    if c.dep_ in ("poss", "compound", "amod", "nmod")
                    and _is_actorish(c, tok_actor, lex)
                )
                continue
            kept.append(r)
        return kept

    def _refs(
        self,
        heads: list[Token],
        tok_actor: dict[int, ActorMention],
        lex: Lexicon,
        *,
        require_actor: bool,
    ) -> list[ActorRef]:
        refs: list[ActorRef] = []
        seen: set[tuple[str | None, str]] = set()
        for head in heads:
            split = _conjoined_modifiers(head, tok_actor)
            if split:
                # "Afghan and Pakistani forces": two parties sharing one head noun
                for m in split:
                    if (m.actor_id, "") not in seen:
                        seen.add((m.actor_id, ""))
                        joint = ActorRef(id=m.actor_id, name=None, text=m.text)
                        joint._coord = head.i  # type: ignore[attr-defined]
                        refs.append(joint)
                continue
            for h in _conjuncts(head):
                ref = _ref_for(
                    h,
                    tok_actor,
                    lex,
                    require_actor=require_actor,
                    people=self.recipient_cues.people_nouns,
                )
                if ref is not None and all(
                    i < _dateline_end(h.doc) for i in getattr(ref, "_tokens", {h.i})
                ):
                    continue  # the dateline's place names where the story was filed
                kind = _anaphor_kind(getattr(ref, "_head", h), ref, lex)
                owner = _commanders_side(
                    h.head.head if h.tag_ in ("WP", "WDT") and h.head.dep_ == "relcl" else h,
                    tok_actor,
                    lex,
                )
                if owner is not None and (ref is None or not _curated(ref)):
                    # "a Taliban commander said his forces had fired": the men of a commander
                    # are his side's
                    ref = ActorRef(id=owner.actor_id, name=None, text=h.text)
                    ref._tokens = {h.i}  # type: ignore[attr-defined]
                    kind = None
                if ref is None and h.lower_ == "we" and not require_actor and _quoted(h):
                    # "'... we will hit them wherever they hide'": the side quoted speaking
                    kind = "we"
                if kind in ("pron", "it", "we", "duo"):
                    ref = ActorRef(id=None, name=None, text=h.text)
                    ref._tokens = {h.i}  # type: ignore[attr-defined]
                if ref is None:
                    continue
                if lemma(h) in self.recipient_cues.generic_people:
                    named = _named_members(h, tok_actor, lex, self.recipient_cues)
                    if named is None:
                        named = self._most_of_them(h, tok_actor, lex)
                    if named is not None:
                        ref, kind = named, None
                ref._anaphor = kind  # type: ignore[attr-defined]
                # parties coordinated under one head ("Islamabad and Kabul") share it
                ref._coord = head.i  # type: ignore[attr-defined]
                key = (ref.id, ref.text if ref.id is None else "")
                if key in seen:
                    continue
                seen.add(key)
                refs.append(ref)
                for other in _conjoined_owners(h, ref, tok_actor):
                    if (other.actor_id, "") not in seen:
                        seen.add((other.actor_id, ""))
                        extra = ActorRef(id=other.actor_id, name=None, text=other.text)
                        extra._coord = head.i  # type: ignore[attr-defined]
                        refs.append(extra)
        return refs


# title nouns of one who leads armed men ("a Taliban commander", "the TTP chief")
_COMMANDER_NOUNS = frozenset({"commander", "leader", "chief", "head"})


def _curated(ref: ActorRef) -> bool:
    return bool(ref.id) and not str(ref.id).startswith(("prov", "new", "?"))


def _commanders_side(
    head: Token, tok_actor: dict[int, ActorMention], lex: Lexicon
) -> ActorMention | None:
    """ "his forces", "his men": the party of the nearest commander named before them in the
    sentence ("A Taliban border commander said his forces had fired" → the Taliban), or None."""
    if not any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children):
        return None
    if lemma(head) not in lex.actor_nouns | lex.anaphoric_nouns and lemma(head) != "force":
        return None
    for j in range(head.i - 1, head.sent.start - 1, -1):
        t = head.doc[j]
        m = tok_actor.get(j)
        if (
            m is not None
            and m.actor_id
            and t.dep_ in ("compound", "amod", "nmod")
            and lemma(t.head) in _COMMANDER_NOUNS
        ):
            return m
    return None


def _misparsed_shot_dead(anchor: Token) -> tuple[Token, Token | None]:
    """ "Gunmen on a motorcycle shot dead a cleric": the parser may read "motorcycle shot" as a
    noun and make "dead" the clause's head, with the cleric its object; the arguments of "shot
    dead" are then those of "dead", and the riders the phrase "on a motorcycle" hangs on are
    the doers when "dead" has no subject of its own. Returns the anchor and those riders."""
    doc = anchor.doc
    if anchor.lower_ != "shot" or anchor.pos_ not in ("NOUN", "PROPN") or anchor.i + 1 >= len(doc):
        return anchor, None
    dead = doc[anchor.i + 1]
    if dead.lower_ != "dead" or not any(c.dep_ in ("dobj", "obj") for c in dead.children):
        return anchor, None
    rider = None
    if anchor.dep_ == "pobj" and anchor.head.dep_ == "prep" and anchor.head.lower_ in ("on", "in"):
        rider = anchor.head.head if anchor.head.head.pos_ in ("NOUN", "PROPN") else None
    return dead, rider


def _cause_authors(verb: Token, tok_actor: dict[int, ActorMention], lex: Lexicon) -> list[Token]:
    """Who carried out the act named in "killed in Pakistani air strikes" / "wounded in an
    attack by militants": the event noun's actor-like modifier or its "by" object."""
    # "12 were killed and 100 wounded in ... strikes": the phrase may hang on the second verb
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    objects = (obj for v in verbs for obj in _prep_objects(v, ("in",)))
    for noun in (p for obj in objects for p in _conjuncts(obj)):
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                return [p for p in c.children if p.dep_ == "pobj"]
            if c.dep_ in ("amod", "compound", "poss"):
                # "fighting and Pakistani air strikes": the parser may conjoin the modifiers
                named = [m for m in _conjuncts(c) if m.i in tok_actor]
                if named:
                    return named[:1]
                if c.dep_ in ("amod", "compound") and lemma(c) in _ARMED_GROUP_WORDS:
                    # "killed in militant attacks": the unnamed group the attacks are told of
                    return [c]
    return []


# Words for an unnamed armed group used as a modifier of its acts ("militant attacks",
# "insurgent raids"): the attacks' doer, as the guide codes it (`?:militants`)
_ARMED_GROUP_WORDS = frozenset(
    {"militant", "terrorist", "insurgent", "rebel", "separatist", "jihadist", "extremist"}
)


# nouns of a party that "any" leaves unnamed ("any country", "any agency")
_ANY_PARTY = frozenset({"country", "nation", "state", "government", "agency", "group", "party"})


# verbs of handing things over, whose "to" names who receives them
_HANDING_VERBS = frozenset({"hand", "give", "deliver", "surrender", "present", "donate"})


def _named_as(tok: Token) -> bool:
    """`tok` names what "what" stands for: "condemned what she described as an attack"."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and lemma(tok.head.head) in _NAMING_VERBS
        and any(c.lower_ == "what" for c in tok.head.head.children)
    )


def _summing_noun(anchor: Token, cues: RecipientCues) -> Token | None:
    """The noun a relative clause trigger hangs on when that noun sums up the sentence's main
    clause ("..., a claim the ministry denied", "..., a request Pakistan has resisted"), or
    None. The trigger has no object of its own: the noun is what it answers."""
    noun = anchor.head
    misread = _summing_compound(anchor)
    if misread is not None:
        noun = misread
    # set off by a comma after the clause it sums up ("rejected a claim he had made" has the
    # noun as the main verb's own object: not this)
    elif anchor.dep_ != "relcl" or noun.dep_ not in ("npadvmod", "appos"):
        return None
    words = {lemma(noun), noun.lower_}
    if not (
        words & cues.content_nouns
        or any(cues.event_nouns.get(w) in ("ACCUSE", "REQUEST", "AGREE") for w in words)
    ):
        return None
    if any(
        c.dep_ in ("dobj", "obj", "ccomp") and not (misread is not None and c.i < noun.i)
        for c in anchor.children
    ):
        return None
    return noun


def _summing_compound(anchor: Token) -> Token | None:
    """The summing noun of "..., an allegation police denied" where the parser read "an
    allegation police" as one noun phrase, the subject of the trigger, and hung the clause
    summed up on the trigger: the noun as the subject's leading compound, or None."""
    subj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    noun = next((c for c in subj.children if c.dep_ == "compound" and c.i < subj.i), None)
    det = next((c for c in subj.children if c.dep_ == "det" and c.i < subj.i), None)
    if noun is None or det is None or det.lower_ not in ("a", "an") or det.i == 0:
        return None
    # set off by a comma after the clause it sums up
    return noun if anchor.doc[det.i - 1].lower_ == "," else None


# Verbs of naming in "what he called the killing", "what she described as an attack"
_NAMING_VERBS = load_cues().naming_verbs


def _beneficiaries(given: Token, people: frozenset[str]) -> list[Token]:
    """The people a "for"/"to" phrase inside the object of an aid act names ("compensation
    of 1 million rupees for each family of the dead")."""
    found: list[Token] = []
    stack = [given]
    for _ in range(4):
        if not stack:
            break
        cur = stack.pop()
        for c in cur.children:
            if c.dep_ != "prep":
                continue
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if c.lower_ in ("for", "to") and (lemma(p) in people or p.lower_ in people):
                    found.append(p)
                elif c.lower_ == "of":
                    stack.append(p)
    return found


def _speaker_of_coordinated(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of "said" when `verb` is a speech act coordinated inside what was said
    without a subject of its own ("X said Y had ... and urged Z")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have") for c in verb.children):
        # "said China condemns the attack and had asked Kabul to act": a perfect, shifted back
        # into what was said, is the reported clause's own act
        return None
    first = verb.head
    for _ in range(3):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        # "said IS-K remained a threat and was recruiting fighters, and called on Kabul to
        # act": a chain of coordinated verbs hangs on the first of the reported clause
        first = first.head
    if first.dep_ == "acl" and lemma(first) not in lex.reporting_verbs:
        # "X said it had received reports that civilians were among the dead and urged ...":
        # the parser hangs the speaker's second act on the content clause of a noun, which
        # is what was reported, not someone's act; climb to the verb of saying
        cur = first.head
        for _ in range(4):
            if cur.dep_ == "ccomp" and lemma(cur.head) in lex.reporting_verbs:
                first = cur
                break
            if cur.dep_ not in ("dobj", "pobj", "prep", "ccomp") or cur.head.i == cur.i:
                return None
            cur = cur.head
        else:
            return None
    if first.dep_ != "ccomp" or lemma(first.head) not in lex.reporting_verbs:
        return None
    if first.head.i > first.i:
        return None  # "X condemned ... and called for ..., his spokesman said": X's own acts
    if lemma(first) in lex.reporting_verbs:
        return None
    return next((c for c in first.head.children if c.dep_ == "nsubj"), None)


# prepositions that give what a stated feeling is about ("concerned by", "alarmed at")
_CAUSE_PREPS = frozenset({"by", "about", "over", "at"})


# verbs of noting an act someone else did ("reported an incursion", "recorded 40 attacks")
_NOTING_VERBS = frozenset(
    {"report", "record", "document", "detect", "observe", "witness", "notice", "register", "log"}
)


# nouns that give a count ("the death toll", "the number of dead") and the words of the dead and
# hurt they count
_TOLL_NOUNS = frozenset({"toll", "tally", "count", "number", "figure"})
_HURT_WORDS = frozenset(
    {"dead", "death", "wounded", "injured", "casualty", "fatality", "killed", "victim", "toll"}
)


def _told_toll(tok: Token, anchor: Token) -> bool:
    """ "put the death toll at five", "raised the number of dead to 27": the trigger is, or is
    counted by, a toll noun that is the object of `anchor` (the verb of whoever gives it)."""
    if not ({lemma(tok), tok.lower_} & _HURT_WORDS):
        return False
    cur = tok
    for _ in range(3):
        if cur.dep_ in ("dobj", "obj") and cur.head.i == anchor.i:
            return lemma(cur) in _TOLL_NOUNS
        if cur.dep_ not in ("pobj", "prep", "compound") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# verbs whose bare-infinitive clause's subject is whom the act is for ("let monitors verify")
_LETTING_VERBS = frozenset({"let", "help", "make", "allow", "permit"})


def _demanded_party(g: _Group, lex: Lexicon) -> Token | None:
    """The active subject of the modal clause a demand-by-statement is made of ("said that the
    Taliban must act": the Taliban), or None for any other group, a passive clause or a
    first-person subject ("we must act" is the speaker's own resolve)."""
    if g.type != "REQUEST":
        return None
    if not g.trigger_tokens:
        return _subjunctive_party(g.main.token)
    modal = next((t for t in g.trigger_tokens if t.lower_ in lex.demand_modals), None)
    if modal is None:
        return None
    # only an active subject: what "should be investigated" is the demand's matter, and the
    # one to act on it is whoever holds it
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in modal.head.children):
        return None
    subj = subject_of(modal.head)
    if subj is None or subj.lower_ in ("we", "i", "us", "one"):
        return None
    return subj


# verbs of demanding whose "that" clause, in the bare (subjunctive) form, says what another party
# is to do ("demanding that the army leave", "insisted that Kabul hand them over")
_DEMANDING_VERBS = frozenset({"demand", "insist", "request", "ask", "urge"})


def _subjunctive_party(verb: Token) -> Token | None:
    """The active subject of the subjunctive "that" clause a demand verb takes ("to demand that
    the army leave the district": the army), or None. An indicative clause ("insisted that the
    army was leaving") is a claim, and a passive one ("demanded that the men be freed") names
    what is demanded, not who is to do it."""
    if lemma(verb) not in _DEMANDING_VERBS:
        return None
    for clause in verb.children:
        # the tagger gives a bare verb after a plural-looking subject as VBP
        if (
            clause.dep_ != "ccomp"
            or clause.tag_ not in ("VB", "VBP")
            or not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in clause.children)
        ):
            continue
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in ("we", "i", "us", "one", "they"):
            return subj
    return None


# verbs that hold their object in the state a complement tells ("kept the crossings shut")
_KEEPING_VERBS = frozenset({"keep", "leave", "hold"})


def _kept_object(verb: Token) -> Token | None:
    """The object a keeping verb holds in the state `verb` tells: "kept its crossings shut",
    "left the road closed" (else None). A complement with a subject of its own ("kept saying
    the road was shut") is a clause, not a state of the object."""
    head = verb.head
    if (
        verb.dep_ not in ("ccomp", "oprd", "xcomp", "acomp", "dep")
        or head.i == verb.i
        or lemma(head) not in _KEEPING_VERBS
        or verb.tag_ not in ("VBN", "VBD", "JJ")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    return next((c for c in head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)


def _conjoined_owners(
    head: Token, ref: ActorRef, tok_actor: dict[int, ActorMention]
) -> list[ActorMention]:
    """Further groups after the one a head noun is "of": "23 militants of the HGB and the TTP"
    names fighters of both groups, so both are parties to the act."""
    mention = getattr(ref, "_mention", None)
    toks: set[int] = getattr(ref, "_tokens", set())
    if mention is None or head.i in toks or head.like_num or lemma(head) in _QUANTITY_NOUNS:
        # "hundreds of traders and labourers" is one crowd, not members of two groups
        return []
    doc = head.doc
    root = next((doc[i] for i in sorted(toks) if doc[i].head.i not in toks), None)
    if root is None or root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head != head:
        return []
    out: list[ActorMention] = []
    for c in _conjuncts(root)[1:]:
        m = tok_actor.get(c.i)
        if (
            m is not None
            and m.actor_id
            and not m.actor_id.startswith("prov:")
            and m.actor_id != mention.actor_id
        ):
            out.append(m)
    return out


def _gerund_doer(verb: Token) -> Token | None:
    """The doer of a gerund hanging on "of"/"for" after a verb and its object: "accused
    Pakistani forces of firing mortars", "blamed the group for attacking", "thanked Qatar for
    hosting the talks" (the object, not the verb's subject, does the act the gerund tells)."""
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in ("of", "for"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in verb.children):
        return None  # "accused Kabul of its fighters' attacking": the gerund has its own doer
    prep = verb.head
    owner = prep.head
    if owner.dep_ in ("dobj", "obj") and owner.head.pos_ == "VERB":
        return owner  # the parser may hang "of" on the object itself
    if owner.pos_ == "VERB":
        return next((c for c in owner.children if c.dep_ in ("dobj", "obj") and c.i < prep.i), None)
    return None


def _role_noun(tok: Token, tok_actor: dict[int, ActorMention]) -> bool:
    """A bare noun naming a role among states ("the first country", "the only state"), not a
    party of its own."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in _ROLE_NOUNS
        and tok.i not in tok_actor
        and any(c.dep_ == "amod" and c.lower_ in _RANK_WORDS for c in tok.children)
    )


_ROLE_NOUNS = frozenset({"country", "state", "nation", "government"})
_RANK_WORDS = frozenset({"first", "only", "last", "second", "third", "latest", "sole"})


def _raised_subject(verb: Token) -> Token | None:
    """The subject an infinitive or adjective shares with the passive or copula it hangs on:
    "China and Russia were expected to resist", "Kazakhstan was ready to increase exports",
    "the group is likely to attack" (the plain subject is found by `subject_of`)."""
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        if cur.dep_ == "acomp":
            if (
                cur.i == verb.i
                and (cur.tag_ == "VBN" or cur.lower_.endswith(("ed", "en")))
                # "Iran was prepared to help": a readiness for an act of the subject's own
                and not any(c.dep_ == "xcomp" and has_to_marker(c) for c in cur.children)
            ):
                # "assets remain frozen", "schools stay closed": a state the subject
                # undergoes ("was determined to strike" keeps its subject)
                return None
            return subject_of(cur.head) or passive_subject(cur.head)
        if cur.dep_ != "xcomp":
            return None
        cur = cur.head
        found = passive_subject(cur)
        if found is not None:
            return found
    return None


# words of a span of time set between an auxiliary "have" and its participle ("have in the past
# accused", "has over the past month arrested")
_TIME_WORDS = frozenset({"past", "recent", "last", "year", "month", "week", "decade", "time"})


def _stranded_subject(verb: Token) -> Token | None:
    """The subject the parser left on the auxiliary "have" when a time phrase stands between it
    and the participle: "rights groups have in the past accused ..." (the subject hangs on
    "have"), or "Russia has in the past moved troops" read as "has [in the past moved troops]"
    (the participle a modifier of its own object inside the time phrase)."""
    for c in verb.children:
        if c.dep_ == "aux" and lemma(c) == "have":
            found = next((k for k in c.children if k.dep_ == "nsubj"), None)
            if found is not None:
                return found
    if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    noun = verb.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or lemma(prep.head) != "have":
        return None
    if not any(lemma(t) in _TIME_WORDS for t in verb.doc[prep.i + 1 : verb.i]):
        return None
    have = prep.head
    # (an auxiliary "has" may leave its subject on the word the parser made the root)
    holders = [have, have.head] if have.dep_ == "aux" else [have]
    return next((k for h in holders for k in h.children if k.dep_ == "nsubj"), None)


# what the object of a stranded participle is aimed at or about
_STRANDED_PREPS = ("about", "over", "against", "on", "with", "to", "into")


# quantifiers of a group a relative pronoun stands for ("some of whom", "many of which")
_PART_WORDS = frozenset({"some", "many", "most", "several", "all", "few", "one", "two", "none"})


def _partitive_antecedent(subj: Token) -> Token:
    """The group "some of whom" is part of: the noun just before the comma ("hundreds of
    residents, some of whom chanted slogans"), which the parser may not give as the relative
    clause's head. Any other subject is returned as it is."""
    if subj.lower_ not in _PART_WORDS or subj.i < 2:
        return subj
    if not any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.lower_ in ("whom", "which") for p in c.children)
        for c in subj.children
    ):
        return subj
    before = subj.doc[subj.i - 1]
    noun = subj.doc[subj.i - 2]
    # ("…, killing dozens on Monday, some of whom …": a date is no group)
    if (
        before.text != ","
        or noun.pos_ not in ("NOUN", "PROPN")
        or noun.ent_type_ in ("DATE", "TIME")
    ):
        return subj
    return noun


def _quoted(tok: Token) -> bool:
    """Whether `tok` stands inside quotation marks in its sentence."""
    marks = [t for t in tok.sent if t.i < tok.i and t.text in ('"', "“", "”", "``", "''")]
    return len(marks) % 2 == 1
