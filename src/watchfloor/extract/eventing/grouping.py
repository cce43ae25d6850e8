"""Grouping and typing: `_groups` merges a sentence's candidates into events (one happening
told by several triggers), lets embedding verbs absorb their complements and recodes intent
("will support" → AGREE, "threatened to attack" → THREATEN); `_mode` picks the mode; the
trigger model types silent sentences (`_type_unknown`) and ranks competing types
(`_rank_competing`). The intent tests these rules call are in `intent`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from typing import TYPE_CHECKING

from watchfloor.extract.eventing.base import _Group
from watchfloor.extract.eventing.candidates import (
    _JOURNEY_VERBS,
    CandidatesMixin,
    _for_talks_on_a_journey,
)
from watchfloor.extract.eventing.intent import (
    _after_that_clause,
    _announced_by,
    _announced_copy,
    _announced_decision,
    _announced_measure,
    _announced_plan,
    _awaited_condition,
    _complement_region,
    _connected,
    _failed_to_agree,
    _general_appeal,
    _is_forecast,
    _other_party_pronoun,
    _participle_reports,
    _planned_not_pledged,
    _reported_acl,
    _self_offered,
    _threat_mode,
    _xcomp_chain,
)
from watchfloor.extract.eventing.parties import _trigger_head
from watchfloor.extract.eventing.shared import (
    _AUTHORSHIP_VERBS,
    _CASUALTY_VERBS,
    _FUTURE_MODALS,
    _GENERAL_APPEAL_WORDS,
    _INSTRUMENT_MODES,
    _MEETING_NOUNS,
    _PRONOUNS,
    _PURSUIT_VERBS,
    _SPEECH_TYPES,
    _conjuncts,
    _depth,
    _own_doer,
    _prospective_condition,
    _sentence_words,
    _subtree_words,
)
from watchfloor.extract.trigger_model import NONE, predicate_phrase
from watchfloor.extract.triggers import (
    Candidate,
    Lexicon,
    has_to_marker,
    is_negated,
    lemma,
    passive_subject,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from watchfloor.kb.linked import LinkedDoc
    from watchfloor.records import EventRecord


# A model-typed event ranks below any lexicon event of the same sentence.
_MODEL_CONF = 0.6


class GroupingMixin(CandidatesMixin):
    """Candidates → event groups, their mode, and the trigger model's typing."""

    def _rank_competing(self, planned: list[tuple[Span, list[_Group]]]) -> None:
        """Where one sentence yields events of different types, let the trigger model's view
        of each trigger phrase shift their confidence (which one a consumer sees first)."""
        assert self.trigger_model is not None
        contested = [
            g for _, groups in planned if len({g.type for g in groups}) > 1 for g in groups
        ]
        if not contested:
            return
        probs = self.trigger_model.type_probabilities(
            [predicate_phrase(g.main.token) for g in contested]
        )
        for g, p in zip(contested, probs, strict=True):
            g.conf += self.trigger_model.rank_weight * p.get(g.type, 0.0)

    def _type_unknown(
        self,
        planned: list[tuple[Span, list[_Group]]],
        unknown: list[tuple[int, Token]],
        *,
        second: bool = False,
    ) -> None:
        """Type predicates of lexicon-silent sentences with the statistical trigger model; with
        `second`, untyped predicates of sentences the lexicon coded, at the model's stricter
        `second_threshold`, adding only a type the sentence does not hold yet."""
        assert self.trigger_model is not None
        typed = self.trigger_model.classify(
            [predicate_phrase(t) for _, t in unknown],
            self.trigger_model.second_threshold if second else None,
        )
        best: dict[int, Candidate] = {}
        for (k, tok), (etype, p) in zip(unknown, typed, strict=True):
            if etype == NONE or k in best:
                continue  # predicates come main clause first: the first typed one wins
            if second and any(g.type == etype for g in planned[k][1]):
                continue
            cand = Candidate(
                token=tok,
                type=etype,
                mode=None,
                conf=round(_MODEL_CONF * p, 3),
                entry_index=-2000,
            )
            cand.notes.append(
                f"typed by the trigger model {self.trigger_model.version} "
                f"({predicate_phrase(tok)!r}, p={p:.2f})"
            )
            best[k] = cand
        for k, cand in best.items():
            sent, groups = planned[k]
            if second:
                held = {g.type for g in groups}
                groups.extend(g for g in self._groups(sent, [cand]) if g.type not in held)
            else:
                planned[k] = (sent, self._groups(sent, [cand]))

    def _groups(self, sent: Span, cands: list[Candidate]) -> list[_Group]:
        if not cands:
            cands = []
        lex = self.lexicon
        cands = [
            c
            for c in cands
            if not self._is_backreference(c)
            and not _awaited_condition(c.token)
            and not _open_condition(c.token)
            and not (c.type == "CONSULT" and _setting_of_speech(c.token, lex))
        ]
        by_tok = {c.token.i: c for c in cands}
        for c in cands:
            if c.type == "REQUEST" and _courtesy_call(c.token):
                # "called on the Prime Minister at his office": a call paid, not an appeal
                c.type, c.mode = "CONSULT", "visit"
                c.notes.append("a call paid on someone: a visit")
            if c.type == "SUPPORT" and _backs_armed_group(c.token):
                # guide §11 rule 2: "groups it says are backed by India" charges the sponsor's
                # support of fighters, AID/military, not political backing
                c.type, c.mode = "AID", "military"
                c.notes.append("backing of an armed group: support, not endorsement")
            if c.type == "ACCUSE" and _is_contrasted_alternative(c.token):
                # "should look inward instead of blaming its neighbours" rebukes the blame
                # (guide §1.2: criticism is ACCUSE disapprove, not the allegation it names)
                c.mode = "disapprove"

        # Absorption: complements of embedding verbs are not separate events.
        absorbed: set[int] = set()
        inner_of: dict[int, list[Candidate]] = {}
        forecasts: set[int] = set()
        for c in cands:
            if not (c.absorbs or c.commit):
                continue
            region = _complement_region(c.token)
            # "accused X of planning the attack, saying the gunmen had been in contact with
            # handlers": what a participle of saying reports is told, not charged or asked for
            # (guide §1.1: events inside reported speech are coded)
            told = _participle_reports(c.token, region, lex)
            inner = [
                by_tok[i]
                for i in sorted(region)
                if i in by_tok
                and i != c.token.i
                and not (i in told and by_tok[i].type in _TOLD_ACTS and by_tok[i].type != c.type)
            ]
            inner_of[c.token.i] = inner
            if _is_forecast(c, inner, lex):
                forecasts.add(c.token.i)  # a forecast absorbs nothing: its clause is reported
                continue
            if c.type not in _SPEECH_TYPES and any(
                x.type == c.type and x.token.pos_ in ("VERB", "AUX") for x in inner
            ):
                # "claimed responsibility, saying its fighters had targeted the post": the act
                # told in full (with its target) stands for the claim
                forecasts.add(c.token.i)
                continue
            absorbed |= {
                x.token.i
                for x in inner
                if (
                    x.type != c.type
                    or x.token.pos_ == "NOUN"
                    # "pledged that it would not allow anyone to…": one pledge, told twice
                    or c.commit
                    and x.absorbs
                )
                # "agreed to form a commission after two days of talks in Termez": the talks
                # are placed or dated for themselves, not part of what was agreed
                and not (x.fresh and x.type == "CONSULT")
                # "agreed to a ceasefire in talks mediated by Qatar": the talks the deal was
                # reached in are held for themselves (guide §8, mediated talks are CONSULT)
                and not (c.type == "AGREE" and _talks_setting(x))
                # "wanted the rebels to disarm … before any easing of sanctions": the act
                # set as the condition is not what is asked for
                and not _prospective_condition(x.token)
                and not _standing_measure(x)
                # "ordered traders to stop imports, accusing suppliers of fraud": a participle
                # beside the verb is the speaker's second speech act, not what was ordered (the
                # parser may hang it on the infinitive: it still follows the speaker's clause)
                and not (
                    x.type in _SPEECH_TYPES
                    and x.type != c.type
                    and x.token.dep_ == "advcl"
                    and x.token.tag_ == "VBG"
                    and (
                        x.token.head.i == c.token.i
                        or x.token.head.dep_ == "xcomp"
                        and x.token.head.head.i == c.token.i
                        or _after_that_clause(x.token, c.token)
                    )
                )
            }
        # An absorbing trigger inside another absorbing trigger's complement stays absorbed.
        cands = [c for c in cands if c.token.i not in absorbed and c.token.i not in forecasts]

        # "rejected Pakistani allegations that it funds separatists", "rejected Islamabad's charge
        # that they shelter the TTP": the charge the denial answers, with its owner and content
        # told here, is that party's own ACCUSE row beside the REJECT
        charges: list[Candidate] = []
        charge_fact: dict[int, str] = {}
        for c in cands:
            if c.type != "REJECT" or c.token.pos_ not in ("VERB", "AUX"):
                continue
            for noun in (x for x in c.token.children if x.dep_ == "dobj"):
                if _owned_charge(noun, lex) and noun.i not in by_tok:
                    charge = Candidate(
                        token=noun, type="ACCUSE", mode="allege", conf=0.55, entry_index=-1000
                    )
                    charge.notes.append(_CHARGE_NOTE.format(c.token.text))
                    charges.append(charge)
                    # the charge was made (not negated by its denial); "has long rejected"
                    # tells a standing charge
                    habitual = any(
                        d.dep_ == "advmod" and d.lower_ in _HABITUAL_ADVERBS
                        for d in c.token.children
                    )
                    charge_fact[id(charge)] = "generic" if habitual else "asserted"
        cands.extend(charges)

        # Pledges: a hostile complement makes a THREATEN, a refusal a REJECT.
        intent = lex.intent
        unagreed: set[int] = set()
        protective: list[Candidate] = []
        for c in cands:
            if not c.commit:
                continue
            chain = _xcomp_chain(c.token)
            inner = [by_tok[t.i] for t in chain if t.i in by_tok]
            xneg = any(ch.dep_ == "neg" for x in chain for ch in x.children)
            selfneg = any(ch.dep_ == "neg" for ch in c.token.children)
            if selfneg and c.type == "AGREE" and _failed_to_agree(c.token):
                c.notes.append("no agreement reached: neither side refused")
                unagreed.add(c.token.i)
            elif selfneg and c.type == "AGREE":
                c.type, c.mode = intent.get("refused_as", "REJECT"), None
                c.notes.append("negated agreement: coded as refusal")
            elif xneg and c.type == "AGREE":
                # "agreed not to attack each other" is a commitment to restraint: still AGREE.
                c.notes.append("pledge to refrain from acting")
            elif inner and inner[0].type == "REJECT" and c.type == "AGREE":
                # "vowed to resist any change" pledges a refusal
                c.type, c.mode = "REJECT", None
                c.notes.append("pledge to refuse: coded as rejection")
            elif (
                inner and inner[0].type == "MOBILIZE" and _protective(inner[0].token, self.lexicon)
            ):
                # "pledged to deploy a force to protect the crews": a promise of protection
                # (AGREE) and the deployment it announces, not a threat
                c.notes.append("pledge of a protective deployment: agreement")
                protective.append(inner[0])
            elif inner and inner[0].type in intent.get("hostile", []):
                c.type = intent.get("hostile_as", "THREATEN")
                c.mode = _threat_mode(intent, inner[0])
                c.notes.append(
                    f"pledge of a hostile act ({inner[0].type.lower()}): coded as threat"
                )

        cands = [c for c in cands if c.token.i not in unagreed]

        # The act a threat or pledge announces is coded beside it, ranked below the speech act
        # PLOVER codes (annotation guide §1.2: "a threat with a conditional action gives
        # THREATEN plus the threatened act"); a demand's act is only asked for and stays absorbed.
        kept = {c.token.i for c in cands}
        solo: set[int] = set()
        for x in protective:
            if x.token.i not in kept:
                x.notes.append("deployment a pledge announces: coded beside the AGREE")
                cands.append(x)
                solo.add(id(x))
                kept.add(x.token.i)
        for c in list(cands):
            allowed = _ANNOUNCED_ACTS.get(c.type, ()) if c.absorbs or c.commit else ()
            if c.type == "REQUEST" and c.absorbs:
                allowed = _SELF_OFFERED_ACTS
            if not allowed or any(ch.dep_ == "neg" for ch in c.token.children):
                continue
            for x in inner_of.get(c.token.i, []):
                if _charged_permission(x, c):
                    # guide §11 rule 3: letting a group operate from one's soil, or
                    # facilitating its fighters, is the accused's AID/military to the group
                    x.type, x.mode = "AID", "military"
                    x.notes.append("charged permission or facilitation: support to the group")
                if c.type == "REQUEST" and not _self_offered(x.token, c.token):
                    continue
                # a noun counts as the object of its light verb ("of carrying out the strike")
                verb = x.token if x.token.dep_ != "dobj" else x.token.head
                charged = (  # "blamed for a bombing in Bannu": the act charged, by its noun
                    c.type == "ACCUSE"
                    and x.token.dep_ == "pobj"
                    and x.token.head.lower_ in ("of", "for")
                    and x.token.head.head.i == c.token.i
                    # one event ("a bombing", "the attack"), not a kind ("blamed for attacks")
                    and any(d.dep_ in ("det", "nummod", "poss") for d in x.token.children)
                )
                # "threatened more killings": the act threatened, named by the threat's object
                threatened = (
                    c.type == "THREATEN"
                    and lemma(c.token) == "threaten"  # not an announcement recoded as a threat
                    and x.token.pos_ == "NOUN"
                    and x.token.dep_ == "dobj"
                    and x.token.head.i == c.token.i
                )
                if threatened:
                    x.notes.append(_THREATENED_ACT)
                charged = charged or threatened
                if charged:
                    verb = c.token
                elif x.token.pos_ == "NOUN" and (
                    lemma(verb) not in _AUTHORSHIP_VERBS
                    or not any(d.dep_ == "det" for d in x.token.children)
                ):
                    continue  # "to avenge the killing", "to spread violence": no act announced
                if (
                    x.token.i in kept
                    or x.type not in allowed
                    or verb.pos_ not in ("VERB", "AUX")
                    or verb.i != x.token.i
                    and verb.i in by_tok
                    and not charged
                    or x.absorbs
                    or x.commit
                    # "vowed they would be hunted down" is the threat alone (gold/fresh3 README)
                    or c.type == "THREATEN"
                    and lemma(verb) in _PURSUIT_VERBS
                    # s21 r2: "was ready / offered to host talks" is the offer alone (guide
                    # §18 rule 11): no row for talks nobody has agreed to
                    or x.type == "CONSULT"
                    and lemma(verb) in _HOSTING_VERBS
                    and lemma(c.token) in _OFFER_WORDS
                    or any(ch.dep_ == "neg" for ch in verb.children)
                    and not charged
                    or not (
                        charged
                        or _announced_by(verb, c.token, by_tok, lex)
                        or c.type == "REQUEST"
                        or _charged_purpose(verb, c, by_tok, lex)
                    )
                ):
                    continue
                x.conf = round(min(x.conf, c.conf) - 0.15, 3)
                solo.add(id(x))
                x.notes.append(f"act announced by {c.token.text!r}: coded beside the {c.type}")
                cands.append(x)
                kept.add(x.token.i)

        # Each demand joined by "and" is its own REQUEST row (annotation guide §8): "urged
        # Pakistan to halt deportations and to give families time" asks for two things.
        table = lex.modes.get("REQUEST") or []

        def add_second_demand(c: Candidate, second: Token) -> None:
            # s22 (rowsE): the second demand asks for its own kind of thing ("to stop
            # engaging with X and to arm its fighters": yield, then assist)
            words = {lemma(t) for t in second.subtree}
            cue = next((m for m, cues in table if cues & words), None)
            twin = dataclasses.replace(
                c,
                mode=(None if cue == _NULL_MODE else cue) if cue else c.mode,
                notes=[*c.notes, f"second demand ({second.text!r})"],
            )
            cands.append(twin)
            solo.add(id(twin))

        for c in list(cands):
            if c.type != "REQUEST" or not c.absorbs or c.token.pos_ not in ("VERB", "AUX"):
                continue
            for second in _further_acts(c.token, lex):
                add_second_demand(c, second)
            # "demanded a judicial inquiry and compensation for the families", "called for an
            # apology and compensation": each thing demanded is its own demand
            if lemma(c.token) not in _THING_DEMAND_VERBS or any(
                x.dep_ in ("xcomp", "ccomp") for x in c.token.children
            ):
                continue  # "told nurses and pharmacists to go home": whom it asks, not what
            asked = [x for x in c.token.children if x.dep_ == "dobj" and x.pos_ == "NOUN"]
            asked += [
                o
                for p in c.token.children
                if p.dep_ == "prep" and p.lower_ == "for"
                for o in p.children
                if o.dep_ == "pobj" and o.pos_ == "NOUN"
            ]
            people = lex.word_classes.get("person", frozenset())
            for first in asked:
                if lemma(first) in _GENERAL_APPEAL_WORDS or lemma(first) in people:
                    continue
                for second in _conjuncts(first)[1:]:
                    if second.pos_ != "NOUN" or lemma(second) in _GENERAL_APPEAL_WORDS | people:
                        continue
                    add_second_demand(c, second)

        groups: list[_Group] = []
        # Statements: reporting verbs whose complement is a demand or an intention.
        for tok in sent:
            if (
                lemma(tok) not in lex.reporting_verbs
                or tok.pos_ not in ("VERB", "AUX")
                or tok.i in by_tok
                and by_tok[tok.i] in cands
            ):
                continue
            comps = [c for c in tok.children if c.dep_ in ("ccomp", "parataxis")]
            # '"…, and Kabul must act against them," Naqvi said': the demand is the second of
            # two coordinated clauses of what was said
            comps += [
                v
                for c in comps
                for v in c.children
                if v.dep_ == "conj" and v.pos_ in ("VERB", "AUX") and v.i > c.i
            ]
            # "said X does not allow anyone to use its soil and that Pakistan should look
            # inward": a clause with its own "that" is the speaker's, wherever the parser hangs it
            comps += [
                v
                for c in list(comps)
                for v in c.subtree
                if v.dep_ == "conj"
                and v.pos_ in ("VERB", "AUX")
                and v.head.i != c.i
                and v not in comps
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in v.children)
            ]
            for comp in comps:
                aux = {c.lower_ for c in comp.children if c.dep_ in ("aux", "auxpass")}
                if aux & lex.demand_modals:
                    comp_tokens = {t.i for t in comp.subtree}
                    inner = [c for c in cands if c.token.i in comp_tokens]
                    speaker = subject_of(tok)
                    target = subject_of(comp)
                    if target is None and inner:
                        # "argued that sanctions should be eased": a demand on whoever holds
                        # them, when what should be done is an act
                        target = passive_subject(comp)
                        if target is not None and (
                            target.pos_ not in ("NOUN", "PROPN")
                            or target.lower_ == "one"
                            or any(d.lower_ in ("no", "any", "every") for d in target.children)
                        ):
                            target = None  # "no one should be forced back": a principle
                    if target is not None and (
                        speaker is None
                        or target.lower_ not in _PRONOUNS
                        or _other_party_pronoun(speaker, target)
                    ):
                        for x in inner:
                            if not (
                                x.type == "ACCUSE"
                                and _rebuked_blame(x.token)
                                or _standing_measure(x)
                            ):
                                cands.remove(x)
                        cand = Candidate(
                            token=tok, type="REQUEST", mode=None, conf=0.7, entry_index=-1000
                        )
                        cand.notes.append(
                            f"statement that another party {', '.join(sorted(aux & lex.demand_modals))} act"
                        )
                        g = _Group(members=[cand], main=cand, type="REQUEST", conf=0.7)
                        g.trigger_tokens = [tok, *[c for c in comp.children if c.lower_ in aux]]
                        g.mode = self._mode(sent, g)
                        groups.append(g)
                        break  # one demand per statement

        # "would not rest until the last terrorist is eliminated", "the operation will continue
        # until…": a resolve to keep using force is a threat, the force only its condition.
        for c in cands:
            tok = c.token
            if c.type not in ("ASSAULT", "COERCE") or tok.dep_ != "advcl" or c.commit:
                continue
            if not any(m.dep_ == "mark" and m.lower_ == "until" for m in tok.children):
                continue
            aux = {x.lower_ for x in tok.head.children if x.dep_ == "aux"}
            if aux & _FUTURE_MODALS:
                c.notes.append(f"force promised until an end ({c.type.lower()}): coded as threat")
                c.mode = _threat_mode(intent, c)
                c.type = intent.get("hostile_as", "THREATEN")

        # Statements of intent: future-marked main clauses recode to AGREE/THREATEN/REJECT.
        announced: list[Candidate] = []
        for c in cands:
            tok = c.token
            if tok.pos_ not in ("VERB", "AUX") or c.commit or c.absorbs:
                continue
            told_to = _reported_acl(tok, lex)
            if tok.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") and not told_to:
                continue
            if tok.dep_ == "ccomp" and lemma(tok.head) not in lex.reporting_verbs:
                continue
            if lemma(tok) in ("remain", "stay", "keep", "continue"):
                continue  # "trade would remain suspended" forecasts a state, it pledges no act
            aux = {x.lower_ for x in tok.children if x.dep_ in ("aux", "auxpass")}
            if tok.dep_ == "conj" and lemma(tok) in _PURSUIT_VERBS and not (aux - {"be", "been"}):
                # "would be hunted down and brought to justice": the second pursuit verb shares
                # the first one's modal, and is the same vow (no arrest coded beside it)
                aux |= {x.lower_ for x in tok.head.children if x.dep_ in ("aux", "auxpass")}
            clause = tok
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # "said X wanted peace but would defend its borders"
            reported = (
                clause.dep_ == "ccomp" and lemma(clause.head) in lex.reporting_verbs or told_to
            )
            future = bool(aux & {"will", "shall", "'ll", "wo"}) or (reported and "would" in aux)
            negated = any(x.dep_ == "neg" for x in tok.children)
            # "signalled it could impose sanctions if the attacks continue": a reported act
            # made conditional on the other side's conduct is a threat (guide §1.2, §1.7)
            doer = subject_of(tok)
            conditional = (
                reported
                and not negated
                # the speaker's own act ("said it could impose sanctions"), not an analyst's
                # forecast of a third party's ("said the Taliban could attack")
                and doer is not None
                and (
                    doer.pos_ == "PRON"
                    or (
                        (said_by := subject_of(clause.head)) is not None
                        and said_by.lower_ == doer.lower_
                    )
                )
                and bool(aux & {"could", "may", "might"})
                and c.type in intent.get("hostile", [])
                and any(
                    x.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in x.children)
                    for x in tok.children
                )
            )
            if conditional:
                future = True
            if not future or c.type in ("THREATEN", "REQUEST", "ACCUSE", "PROTEST"):
                continue
            if c.type == "CONSULT" and not negated:
                continue  # a meeting announced is the meeting, planned; one refused is REJECT
            if negated and c.type in intent.get("cooperative", []):
                c.notes.append(
                    f"stated refusal ({c.type.lower()} will not happen): coded as rejection"
                )
                c.type, c.mode = intent.get("refused_as", "REJECT"), None
            elif negated:
                continue
            elif c.type in intent.get("cooperative", []) and c.type != "AGREE":
                if _planned_not_pledged(clause):
                    c.notes.append("term of a concluded agreement: type kept")
                    continue
                if reported and _announced_plan(c, clause, told_to, lex):
                    c.notes.append("announced plan: the act itself, planned (guide §18.20)")
                    continue
                subj = subject_of(tok) or passive_subject(tok)
                if subj is not None and lemma(subj) in lex.word_classes.get("territory", ()):
                    # "said the crossing would reopen": a place's announced change, not a pledge
                    c.notes.append("announced change of a place: type kept")
                    continue
                if c.type not in ("SUPPORT", "CONSULT"):  # verbal support is only the pledge
                    announced.append(_announced_copy(c))
                c.notes.append(f"stated intention ({c.type.lower()}): coded as agreement")
                c.type, c.mode = intent.get("cooperative_as", "AGREE"), None
            elif c.type in intent.get("hostile", []) and c.type != "THREATEN":
                if (
                    _announced_decision(clause)
                    or c.type == "COERCE"
                    and (c.mode in _POLICY_MODES or _announced_measure(tok))
                    # "a battalion will be deployed around the deposit": forces put in place
                    # are the deployment, planned (as "escorts would be doubled", gold/fresh)
                    or c.type == "MOBILIZE"
                    and any(x.dep_ == "nsubjpass" for x in tok.children)
                ):
                    # "said those who fail to leave would be deported", "no one would be held
                    # without evidence" (guide §1.7: future)
                    c.notes.append("decision announced: the act itself, planned")
                    continue
                if lemma(tok) not in _PURSUIT_VERBS and not any(
                    # "would impose sanctions": the object noun already stands for the act
                    o is not c
                    and o.type == c.type
                    and o.token.dep_ == "dobj"
                    and o.token.head.i == tok.i
                    for o in cands
                ):
                    # "will be hunted down", "will be brought to justice" are the threat
                    # alone (gold/fresh3 README, vows): no pursuit is coded beside them
                    announced.append(_announced_copy(c))
                c.notes.append(f"stated intention ({c.type.lower()}): coded as threat")
                c.mode = _threat_mode(intent, c)
                c.type = intent.get("hostile_as", "THREATEN")
            else:
                continue
            c.conf = max(c.conf, 0.7)
            c.notes.append("intent")
        cands.extend(announced)
        solo |= {id(x) for x in announced}

        # Merge same-type candidates that are syntactically one happening.
        parent = list(range(len(cands)))
        trigger_at = {c.token.i for c in cands}

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        # "imposed a curfew and detained 11 suspects", "condemned the bombing and blamed X" are
        # two acts: clusters whose entries name different modes are not merged
        # (`_MODE_SPLIT_TYPES`).
        modes_of = {i: {c.mode} if c.mode else set() for i, c in enumerate(cands)}
        for i, c in enumerate(cands):
            if not c.mode and c.type == "PROTEST" and _demonstration(c.token):
                modes_of[i] = {"demo"}  # "protests and road blockades": demo + obstruct
        # "talks ended without agreement on X, although the two sides agreed to Y": a failure
        # to agree is a denied agreement beside the one reached
        # "warned that Pakistan would not hesitate to strike": a threat's negation is its form
        # ("will not tolerate"), so a negated threat is no denied one beside the warning
        polarity_of = {
            i: {is_negated(c.token) or c.type == "AGREE" and _without_agreement(c.token, lex)}
            if c.token.pos_ in ("VERB", "AUX") and c.type != "THREATEN"
            else set()
            for i, c in enumerate(cands)
        }
        doers_of = {i: _own_doer(c.token, by_tok) for i, c in enumerate(cands)}
        # "detonated a roadside bomb and then opened fire on the convoy": each means a verb of
        # its own names is its own attack row (guide §1.2 table, one mode per row)
        means_of = {i: _verb_means(c) for i, c in enumerate(cands)}
        # "has carried out several attacks on foreigners, including a 2022 bombing outside the
        # embassy": the instance named as an example is an event of its own beside the pattern
        example_of = {i: _named_example(c.token) for i, c in enumerate(cands)}
        # "a roadside bomb tore through a patrol, and gunmen then opened fire": a weapon
        # introduced as the subject of its own clause is a blast of its own (guide §1.2, one
        # mode per row)
        means_clause_of = {i: _means_clause(c, by_tok) for i, c in enumerate(cands)}
        claimed: set[int] = set()
        for i, a in enumerate(cands):
            for j in range(i + 1, len(cands)):
                b = cands[j]
                if a.type != b.type:
                    continue
                ri, rj = find(i), find(j)
                if ri == rj:
                    continue
                if a.type in _MODE_SPLIT_TYPES and len(modes_of[ri] | modes_of[rj]) > 1:
                    continue
                if (
                    a.type == "AID"
                    and lemma(a.token) in _SPONSOR_VERBS
                    and lemma(b.token) in _SPONSOR_VERBS
                    and len(modes_of[ri] | modes_of[rj]) > 1
                ):
                    continue
                if id(a) in solo or id(b) in solo:
                    continue  # an announced act is its own event, not part of what was done
                if _coordinated_speech_acts(a, b) or _coordinated_acts(a, b):
                    continue
                if any(
                    _separately_dated(cands[m].token, cands[n].token)
                    for m in range(len(cands))
                    if find(m) == ri
                    for n in range(len(cands))
                    if find(n) == rj
                ):
                    continue  # (checked across the clusters: a shared "bombers" links both)
                if example_of[i] != example_of[j]:
                    continue
                if a.type == "CONSULT" and (_talks_on_a_visit(a, b) or _talks_on_a_visit(b, a)):
                    continue
                if a.type == "ASSAULT" and (
                    _claim_told(a.token, b.token, lex)
                    or _claim_told(b.token, a.token, lex)
                    or _toll_told_of(a.token, b.token, lex, trigger_at)
                    or _toll_told_of(b.token, a.token, lex, trigger_at)
                ):
                    # "claimed the bombing, saying its fighter had killed 70": the claimant's
                    # account of the attack it claims is that attack, one row (guide §1.3);
                    # "strikes in Paktika province, which the Taliban said killed 10 civilians":
                    # the toll told in a relative clause is the strikes' own (the parser hangs
                    # the clause on the nearest noun of the strikes' phrase); the noun keeps
                    # the incident's place and parties
                    parent[rj] = ri
                    modes_of[ri] |= modes_of[rj]
                    polarity_of[ri] |= polarity_of[rj]
                    doers_of[ri] |= doers_of[rj]
                    means_of[ri] |= means_of[rj]
                    claimed |= {id(x) for x in (a, b) if x.token.pos_ == "NOUN"}
                    continue
                if a.type == "ASSAULT" and (
                    _apart_from_means_clause(means_clause_of[i], b.token, by_tok)
                    or _apart_from_means_clause(means_clause_of[j], a.token, by_tok)
                ):
                    continue
                if a.type == "ASSAULT" and len(means_of[ri] | means_of[rj]) > 1:
                    continue
                if a.type == "ASSAULT" and len(doers_of[ri] | doers_of[rj]) > 1:
                    # "killed three attackers after militants stormed a post", "repelled an
                    # attack by the TTP": each side's act is its own row (guide §1.3,
                    # fighting back)
                    continue
                if len(polarity_of[ri] | polarity_of[rj]) > 1:
                    # "the strikes hit only hideouts and not a single civilian was harmed":
                    # an act told and one denied are two rows (the denied one negated)
                    continue
                if _connected(a.token, b.token, lex):
                    parent[rj] = ri
                    modes_of[ri] |= modes_of[rj]
                    polarity_of[ri] |= polarity_of[rj]
                    doers_of[ri] |= doers_of[rj]
                    means_of[ri] |= means_of[rj]
        clusters: dict[int, list[Candidate]] = {}
        for i, c in enumerate(cands):
            clusters.setdefault(find(i), []).append(c)
        for members in clusters.values():
            main = max(
                members,
                key=lambda c: (
                    # the attack a claim names keeps the incident's parties and place
                    id(c) in claimed,
                    c.token.pos_ in ("VERB", "AUX", "ADJ"),
                    -_depth(c.token),
                    c.conf,
                ),
            )
            conf = max(c.conf for c in members)
            notes = [n for c in members for n in c.notes if n != "intent"]
            g = _Group(members=members, main=main, type=main.type, conf=conf, notes=notes)
            verb = main.token if main.token.pos_ != "NOUN" else main.token.head
            if main.type == "AGREE" and _without_agreement(main.token, lex):
                # "talks ended without agreement": the agreement did not happen (guide §1.7)
                g.factuality = "negated"
            elif _THREATENED_ACT in main.notes:
                g.factuality = "hypothetical"  # guide §1.2: the threatened act, beside the threat
            elif id(main) in charge_fact:
                g.factuality = charge_fact[id(main)]
            elif "intent" in main.notes or (
                main.type == "THREATEN" and any(ch.dep_ == "neg" for ch in verb.children)
            ):
                # "will not tolerate", "will not be spared", "our patience is not unlimited":
                # the negation is the threat's form
                g.factuality = "asserted"
            g.mode = self._mode(sent, g)
            if (
                g.type == "PROTEST"
                and not any(c.mode for c in members)
                and _demonstration(main.token)
                and any(c.type == "PROTEST" and c.mode for c in cands)
            ):
                g.mode = "demo"  # kept apart from a blockade or strike beside it
            groups.append(g)
        return _operations_told_by_acts(groups, lex)

    def _mode(self, sent: Span, g: _Group) -> str | None:
        # "gunmen shot dead a senior cleric", "killed a provincial governor": a killing aimed at
        # a particular person is a target killing (guide §1.2 table), unless a bomb or strike did it
        targeted = g.type == "ASSAULT" and any(_targeted_victim(c.token) for c in g.members)
        for c in g.members:
            if c.from_pattern and c.mode:
                return "targeted" if targeted and c.mode == "firearms" else c.mode
        member_modes = [c.mode for c in g.members if c.mode]
        table = self.lexicon.modes.get(g.type)
        if table:
            near: set[str] = set()
            for c in g.members:
                near |= _own_phrase_words(c.token)
            ranked = [m for m, _ in table]
            cue_modes = [m for m, cues in table if cues & near]
            if not cue_modes and g.type not in _OWN_PHRASE_MODE_TYPES:
                words = _sentence_words(sent)
                if g.type == "CONSULT":
                    # "Qatar, which mediated a ceasefire last year, said it was in contact with
                    # both", "elders who brokered the surrenders said talks were under way": a
                    # relative clause describes a party, not how this meeting is held
                    words = _words_outside_relatives(sent, {c.token.i for c in g.members})
                cue_modes = [m for m, cues in table if cues & words]
            # How it was done (abduction, torture...) beats what the sentence says was used.
            method = [m for m in member_modes if m not in _INSTRUMENT_MODES]
            if method:
                return None if method[0] == _NULL_MODE else method[0]
            choices = set(member_modes) | set(cue_modes[:1])
            if targeted and not choices & _HEAVY_INSTRUMENT_MODES:
                return "targeted"
            if g.type != "ASSAULT" and member_modes:
                return g.main.mode or member_modes[0]
            for m in ranked:
                if m in choices:
                    return None if m == _NULL_MODE else m
        return g.main.mode or (member_modes[0] if member_modes else None)


# Heads whose "if" clause sets a condition on an act not yet done: a modal ("would strike … if
# attacks continued") or a threat ("threatened with closure if they did not comply").
_CONDITIONED_MODALS = frozenset({"would", "will", "'ll", "wo", "could", "may", "might", "shall"})
_CONDITIONING_VERBS = frozenset({"threaten", "warn"})


def _talks_setting(x: Candidate) -> bool:
    """A meeting noun told as the setting of what is agreed ("a ceasefire in talks")."""
    tok = x.token
    return (
        x.type == "CONSULT"
        and tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("in", "during")
        and tok.head.head.pos_ == "NOUN"
    )


def _claim_told(noun: Token, verb: Token, lex: Lexicon) -> bool:
    """Whether `noun` is the attack a claim of responsibility names ("claimed the bombing",
    "claimed responsibility for the attack") and `verb` an act the claimant tells in the
    participle of saying hung on that claim ("…, saying its fighters had killed 20")."""
    if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if noun.tag_ == "NNS" or any(
        o.dep_ in ("dobj", "nsubjpass") and any(c.dep_ == "conj" for c in o.children)
        for o in verb.children
    ):
        # "claimed both attacks", "saying it had killed 12 soldiers and Chinese occupiers":
        # several attacks, or one row per victim group the account names (guide §6)
        return False
    claim = noun.head
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lower_ == "responsibility"
    ):
        claim = noun.head.head.head
    elif noun.dep_ != "dobj":
        return False
    if lemma(claim) != "claim":
        return False
    for anc in verb.ancestors:
        if anc.i == claim.i:
            return False  # the act is what is claimed, not told in a participle beside it
        if anc.tag_ == "VBG" and anc.head.i == claim.i and lemma(anc) in lex.reporting_verbs:
            return True
    return False


# Prepositions by which an attack only dates another act ("after strikes in Paktika, …").
_SEQUENCE_PREPS = frozenset({"after", "before", "since", "following", "amid", "until"})


def _toll_told_of(noun: Token, verb: Token, lex: Lexicon, trigger_at: Collection[int]) -> bool:
    """Whether `verb` tells the toll of the attack `noun` names in a relative clause ("strikes
    in Paktika province, which the Taliban said killed 10 civilians", "a drone strike in Barmal
    last week, which they said killed three"): its subject is the relative pronoun, and the
    clause, or the reporting verb that carries it, hangs on the noun or on a noun of its phrase."""
    if noun.pos_ != "NOUN" or verb.pos_ not in ("VERB", "AUX") or verb.i < noun.i:
        return False
    if lemma(verb) not in _CASUALTY_VERBS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _SEQUENCE_PREPS:
        return False  # "after strikes …, which killed 46, forces attacked": a time, kept apart
    if not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in verb.children):
        return False
    clause = verb
    if verb.dep_ == "ccomp" and lemma(verb.head) in lex.reporting_verbs:
        clause = verb.head
    if clause.dep_ != "relcl":
        return False
    owner = clause.head
    if owner.i == noun.i:
        return clause.i != verb.i  # ("the blast, which killed nine": joined as it is)
    if owner.i < noun.i or owner.pos_ not in ("NOUN", "PROPN", "NUM"):
        return False
    # the place or time of the attack's phrase ("on Friday in Paktika province"), which the
    # parser may hang on the attack noun or on the verb that governs it
    cur = owner
    while cur.dep_ in ("pobj", "prep", "compound", "appos", "npadvmod", "conj"):
        cur = cur.head
        if cur.i == noun.i:
            return True
        if cur.i in trigger_at:
            # "airstrikes … in retaliation for a militant attack in Bannu, which killed 12":
            # the clause tells the toll of the nearer event, not the strikes'
            return False
    return cur.i == noun.head.i and noun.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj")


def _setting_of_speech(tok: Token, lex: Lexicon) -> bool:
    """ "Opening the meeting, Lavrov said ...", "Addressing the session, he urged ...": a
    participle before the speaker's verb, about a meeting already told of, sets the scene of
    the statement; it is no meeting of its own."""
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":
        tok = tok.head  # the trigger may be the meeting noun of "opening the meeting"
    head = tok.head
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.i < head.i
        and head.pos_ in ("VERB", "AUX")
        and (lemma(head) in lex.reporting_verbs or lemma(head) in _APPEAL_VERBS)
        and any(
            d.dep_ == "dobj"
            and {lemma(d), d.lower_} & _SCENE_NOUNS
            and any(k.dep_ == "det" and k.lower_ == "the" for k in d.children)
            for d in tok.children
        )
    )


# What a scene-setting participle opens or addresses; "Meeting the Afghan delegation, Dar
# said …" names a party met, so it stays a meeting of its own.
_SCENE_NOUNS = _MEETING_NOUNS | {"session", "jirga", "forum", "gathering", "assembly", "ceremony"}
_APPEAL_VERBS = frozenset({"urge", "call", "ask", "appeal", "warn", "tell", "demand"})


def _courtesy_call(tok: Token) -> bool:
    """ "Wang Yi later called on Prime Minister Shehbaz Sharif at his office": "call on" a person
    with nothing asked of them (no "to …" and no "for …") is a visit paid."""
    if lemma(tok) != "call" or tok.pos_ != "VERB":
        return False
    on = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    if on is None:
        return False
    whom = next((c for c in on.children if c.dep_ == "pobj"), None)
    if whom is None or whom.ent_type_ in ("DATE", "TIME") or whom.pos_ not in ("PROPN", "NOUN"):
        return False
    asks = any(
        c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ == "prep" and c.lower_ == "for"
        for c in tok.children
    ) or any(c.dep_ in ("acl", "relcl") and has_to_marker(c) for c in whom.children)
    return not asks


# Nouns for fighters or their outfits, whose "backing" is material support, not endorsement.
_ARMED_GROUP_NOUNS = frozenset(
    {
        "group",
        "militant",
        "separatist",
        "fighter",
        "terrorist",
        "insurgent",
        "rebel",
        "proxy",
        "outfit",
        "militia",
        "cell",
        "attacker",
        "gunman",
        "network",
    }
)


def _backs_armed_group(tok: Token) -> bool:
    """ "separatist groups it says are backed by India", "militants backed by Kabul": a passive
    "backed by" told of the nearest noun before it (the parser often hangs such a gloss on
    another noun), when that noun is an armed group."""
    if tok.lower_ != "backed" or not any(
        c.dep_ == "agent" and c.lower_ == "by" for c in tok.children
    ):
        return False
    doc = tok.doc
    noun = next(
        (
            t
            for t in reversed(doc[max(tok.sent.start, tok.i - 5) : tok.i])
            if t.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )
    return noun is not None and lemma(noun) in _ARMED_GROUP_NOUNS


# Charged words that hand a group room to act ("accused Kabul of allowing the TTP to operate",
# "of facilitating the infiltration"); the lexicon reads them as a concession or a mediation.
_PERMITTING_WORDS = frozenset({"allow", "permit", "let", "facilitate"})
_MEETING_OBJECTS = frozenset({"talk", "talks", "meeting", "dialogue", "negotiation", "contact"})


def _charged_permission(x: Candidate, charge: Candidate) -> bool:
    """The permission or facilitation an accusation's "of" clause charges."""
    tok = x.token
    if (
        charge.type != "ACCUSE"
        or x.type not in ("CONCEDE", "CONSULT")
        or lemma(tok) not in _PERMITTING_WORDS
        or tok.dep_ != "pcomp"
        or tok.head.lower_ != "of"
        or tok.head.head.i != charge.token.i
    ):
        return False
    return not any(d.dep_ == "dobj" and lemma(d) in _MEETING_OBJECTS for d in tok.children)


def _open_condition(tok: Token) -> bool:
    """ "Pakistan would strike any hideout if attacks continued", "would lead a march if the road
    was not reopened": a kind of act, or an act whose absence is the condition, only sets the
    terms of the threatened or forecast act (guide §1.2 codes the threat and the threatened act,
    §1.7 rule 2). A party's own act in the condition ("if the Afghan regime keeps offering
    sanctuary", "unless the government dismantled the bunkers") is still its hypothetical row."""
    if tok.pos_ in ("VERB", "AUX") and not any(c.dep_ == "neg" for c in tok.children):
        return False
    for node in (tok, *tok.ancestors):
        if node.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in node.children
        ):
            continue
        head = node.head
        return lemma(head) in _CONDITIONING_VERBS or any(
            a.dep_ == "aux" and a.lower_ in _CONDITIONED_MODALS for a in head.children
        )
    return False


def _verb_means(c: Candidate) -> set[str]:
    """The weapon an attack verb names by its own words ("detonated" a bomb, "opened" fire), as
    opposed to one the sentence mentions elsewhere or a noun beside the verb."""
    if (
        c.type != "ASSAULT"
        or c.token.pos_ not in ("VERB", "AUX")
        or c.mode not in _INSTRUMENT_MODES
    ):
        return set()
    return {c.mode}


def _means_clause(c: Candidate, by_tok: dict[int, Candidate]) -> Token | None:
    """The untyped verb of which a weapon named with "a"/"an" is the subject ("a roadside bomb
    tore through", "a blast ... tore through a gas pipeline"), or None: an indefinite weapon
    brings in a happening of its own, a definite one ("the blast killed") refers back."""
    tok = c.token
    if (
        c.type != "ASSAULT"
        or c.mode not in _INSTRUMENT_MODES
        or tok.pos_ != "NOUN"
        or tok.dep_ != "nsubj"
        or tok.head.pos_ != "VERB"
        or tok.head.i in by_tok
        or not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.children)
    ):
        return None
    return tok.head


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause an act verb belongs to: its own, else that of the verb its
    participle or conjunct hangs on ("stormed the post, killing four" → the stormers)."""
    verb = tok
    while verb.pos_ in ("VERB", "AUX"):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return subj
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _apart_from_means_clause(
    clause: Token | None, other: Token, by_tok: dict[int, Candidate]
) -> bool:
    """Whether `other` is an attack verb of another clause, with a doer of its own, than the
    clause a weapon is the subject of."""
    if clause is None or other.pos_ != "VERB" or other.i == clause.i:
        return False
    subj = _clause_subject(other)
    return (
        subj is not None
        and subj.i not in by_tok  # "the blast killed …" is the weapon's act itself
        and subj.head.i != clause.i
    )


def _is_contrasted_alternative(tok: Token) -> bool:
    """The act in "X should look inward instead of blaming Y" is reported as happening (the
    speaker says X IS blaming Y), not demanded along with the rest of the clause."""
    before = [t.lower_ for t in tok.doc[max(tok.i - 2, 0) : tok.i]]
    return before in (["instead", "of"], ["rather", "than"])


# Verbs that end or keep a measure already in force ("should lift the sanctions", "to keep
# sanctions on Taliban leaders in place"): the measure they take as object stands.
_MEASURE_KEEPING_VERBS = frozenset(
    {"lift", "ease", "remove", "keep", "maintain", "retain", "relax"}
)


def _standing_measure(c: Candidate) -> bool:
    """A sanction named as the object of a demand to lift or keep it: the measure is in force
    (the gold codes it beside the demand), not part of what is asked for."""
    tok = c.token
    return (
        c.type == "SANCTION"
        and tok.pos_ == "NOUN"
        and tok.dep_ == "dobj"
        and lemma(tok.head) in _MEASURE_KEEPING_VERBS
        and any(d.dep_ == "det" and d.lower_ == "the" or d.dep_ == "prep" for d in tok.children)
    )


def _held_by_addressee(events: list[EventRecord], linked: LinkedDoc) -> None:
    """A measure in force that a demand names ("urged Washington to lift the sanctions on
    Afghan banks") is held by the party asked to lift or keep it, not imposed by the party
    asking: the row takes the demand's addressee as actor, or none when the demand names
    nobody."""
    for e in events:
        head = _trigger_head(e, linked) if e.type == "SANCTION" else None
        if head is None or not (head.dep_ == "dobj" and lemma(head.head) in _MEASURE_KEEPING_VERBS):
            continue
        demand = next(
            (
                r
                for r in events
                if r.type == "REQUEST"
                and r.sentence_span == e.sentence_span
                and r.span[0] < e.span[0]
            ),
            None,
        )
        if demand is None:
            continue
        e.actor = demand.recipient
        e.notes.append("actor: the party the demand asks to lift or keep the measure")


def _rebuked_blame(tok: Token) -> bool:
    """The blame in "X should look inward instead of blaming Y" or "should look at its own
    failures before blaming Y": the speaker says X is blaming Y, so the accusation stays beside
    the advice rather than being part of what X should do."""
    return _is_contrasted_alternative(tok) or (
        tok.tag_ == "VBG" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "before"
    )


# Note on an act noun that a threat names as its object ("threatened more killings").
_THREATENED_ACT = "act threatened by its noun"


# A demand's or a threat's mode is what it asks for or threatens, so only the trigger's own
# phrase is read: another clause of the sentence ("…, killing four") says nothing about it.
_OWN_PHRASE_MODE_TYPES = frozenset({"REQUEST", "THREATEN"})


# The mode name in events.yaml `modes:` that stands for the guide's empty mode.
_NULL_MODE = "null"


# Clauses hanging on a trigger that tell acts of their own ("opened fire on the posts, and the
# exchange of mortar fire lasted until dawn"): their words say nothing of the trigger's mode.
_OTHER_CLAUSE_DEPS = frozenset({"conj", "advcl", "parataxis", "relcl"})


def _own_phrase_words(tok: Token) -> set[str]:
    """`_subtree_words` without the verb clauses coordinated with or subordinate to `tok`
    (those inside its own complement stay: "urged X to treat … and to allow …")."""
    words = {lemma(tok), tok.lower_}
    for c in tok.children:
        if not (c.dep_ in _OTHER_CLAUSE_DEPS and c.pos_ in ("VERB", "AUX")) or (
            # "called on Wednesday for the Taliban to form …": the parser hangs the demanded
            # infinitive as an adverbial clause, but it is the trigger's own complement
            c.dep_ == "advcl"
            and c.i > tok.i
            and has_to_marker(c)
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        ):
            words |= _subtree_words(c)
    return words


# Acts a speech act of this type announces and that are coded beside it (see `_groups`).
# Not pursuits ("would be hunted down" is the threat itself, guide §1.2) nor joint bodies
# ("agreed to set up a joint committee" is the agreement's content): the gold codes neither.
_ANNOUNCED_ACTS = {
    # "warns that facilities which mix staff will be sealed": the closure threatened, like
    # a threatened strike (gold/fresh5 README, threats: a hypothetical COERCE)
    "THREATEN": ("ASSAULT", "SANCTION", "COERCE"),
    # (s21: no CONCEDE: "agreed to restore flights / to let traders use the port" is the
    # agreement alone; the gold never codes a planned concession beside it)
    "AGREE": ("AID", "RETREAT", "CONSULT"),
    # "accused X of shelling villages" (alleged), "denied that anyone had been detained"
    # (negated): the guide codes the act the accusation or denial is about; also the support
    # an accusation charges ("accused India of financing the group").
    "ACCUSE": ("ASSAULT", "COERCE", "AID", "REJECT"),
    "REJECT": ("ASSAULT", "COERCE", "AID"),
}


# "offered to host talks", "proposed to mediate": a request-type offer whose act is the
# speaker's own (subject control) announces that act as AGREE announces a promised meeting;
# "urged X to hold talks" (object control) only asks for it and keeps it absorbed.
_SELF_OFFERED_ACTS = ("CONSULT",)

# Hosting or mediating talks, and the words that only offer it ("ready to host talks",
# "offered to mediate"): the offer is the row, the talks get none (guide §18 rule 11).
_HOSTING_VERBS = frozenset({"host", "mediate", "convene", "facilitate", "hold"})
_OFFER_WORDS = frozenset({"offer", "ready", "willing", "prepared", "open", "propose"})


# Acts a participle of saying may report beside an accusation, demand or denial; its
# pledges and concessions ("saying the government had honoured its commitments") only argue
# the case.
_TOLD_ACTS = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "AID", "PROTEST", "CONSULT"})


# Coercive measures of policy, announced as what will be done, not threatened as force.
_POLICY_MODES = {"deport", "ban", "restrict", "curfew"}


# Types whose modes name different acts ("imposed a curfew and detained…"); an assault's modes
# are the weapons of one attack and a meeting's (visit, talks, mediation) facets of one meeting.
_MODE_SPLIT_TYPES = {"COERCE", "ACCUSE", "PROTEST", "SANCTION", "RETREAT"}


# Verbs of backing armed men ("financing and arming the BLA", "trained and financed by"): a
# charge of sponsoring or sheltering them, one AID row per mode named (guide §8 "Sponsor");
# aid handed out stays one row whatever it holds.
_SPONSOR_VERBS = frozenset(
    {
        "finance",
        "fund",
        "pay",
        "hire",
        "arm",
        "train",
        "back",
        "sponsor",
        "plan",
        "direct",
        "shelter",
        "harbour",
        "harbor",
        "host",
    }
)


# Words of a plain demonstration: a PROTEST mode of its own (guide §1.2 "protest, rally, march,
# sit-in → demo") when they stand beside a blockade or a strike.
_DEMO_WORDS = frozenset({"protest", "demonstration", "rally", "march", "demonstrate", "vigil"})


# Verbs that name the thing demanded as their object ("demanded an inquiry and compensation",
# "called for an apology and compensation"): each coordinated thing is a demand of its own.
_THING_DEMAND_VERBS = frozenset({"demand", "seek", "request", "call", "ask", "press", "want"})


def _demonstration(tok: Token) -> bool:
    """A protest word naming a demonstration of its own; "in protest at" gives the purpose of
    another act (a strike, a blockade) and stays part of it."""
    return lemma(tok) in _DEMO_WORDS and not (tok.dep_ == "pobj" and tok.head.lower_ == "in")


def _coordinated_speech_acts(a: Candidate, b: Candidate) -> bool:
    """ "condemned the bombing and blamed X", "pledged $200 million and offered to train…": two
    verbal acts joined by "and" are two statements (guide §0: several events, several rows),
    unlike the physical acts of one happening ("stormed the post and killed four")."""
    if not (a.absorbs or a.commit) or not (b.absorbs or b.commit):
        return False
    x, y = a.token, b.token
    return (
        x.pos_ in ("VERB", "AUX")
        and y.pos_ in ("VERB", "AUX")
        and lemma(x) != lemma(y)
        and (y.dep_ == "conj" and y.head.i == x.i or x.dep_ == "conj" and x.head.i == y.i)
    )


# Types whose coordinated verbs are one happening told in steps ("stormed the post and
# killed four", "deployed troops and sent reinforcements", "summoned the envoy and lodged a
# protest": guide §7, one ACCUSE), not several acts.
_ONE_HAPPENING_TYPES = frozenset({"ASSAULT", "MOBILIZE", "ACCUSE"})


def _coordinated_acts(a: Candidate, b: Candidate) -> bool:
    """ "closed the crossings and suspended transit trade", "signed a memorandum and agreed to
    open a trade house": two verbs of one type joined by "and", each with its own object, are
    two acts (guide §1.2: one row per act), unlike two verbs for one act ("closed and sealed
    the border") or the steps of an attack."""
    if a.type in _ONE_HAPPENING_TYPES:
        return False
    x, y = sorted((a.token, b.token), key=lambda t: t.i)
    if (
        x.pos_ != "VERB"
        or y.pos_ != "VERB"
        or y.dep_ != "conj"
        or y.head.i != x.i
        or lemma(x) == lemma(y)
    ):
        return False
    return all(any(c.dep_ in _OWN_OBJECT_DEPS for c in v.children) for v in (x, y))


_OWN_OBJECT_DEPS = frozenset({"dobj", "xcomp", "ccomp"})


def _separately_dated(a: Token, b: Token) -> bool:
    """ "In 2021 suicide bombers killed dozens …, and in 2024 a gunman killed six": clauses
    joined by "and", each with its own subject and its own date, tell two events (guide §0),
    however alike their verbs. The parser may hang the second clause on a verb inside the
    first ("a suicide bomber killed 50 worshippers gathered for a procession, and in July 2018
    a suicide attack killed 149 people", with "gathered" read as a clause): a conjunct of a
    verb within the first clause is still its own clause."""
    x, y = sorted((a, b), key=lambda t: t.i)
    if y.dep_ != "conj" or x.pos_ != "VERB" or y.pos_ != "VERB":
        return False
    if y.head.i != x.i and not (
        y.head.pos_ == "VERB" and any(h.i == x.i for h in y.head.ancestors)
    ):
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in y.children):
        return False
    later = {t.i for t in y.subtree}
    first = {t.text for t in x.subtree if t.ent_type_ == "DATE" and t.i not in later}
    second = {t.text for t in y.subtree if t.ent_type_ == "DATE"}
    return bool(first) and bool(second) and not first & second


def _words_outside_relatives(sent: Span, triggers: set[int]) -> frozenset[str]:
    """The sentence's words without relative clauses that hold none of `triggers`."""
    skip: set[int] = set()
    for t in sent:
        if t.dep_ == "relcl":
            sub = {x.i for x in t.subtree}
            if not sub & triggers:
                skip |= sub
    return frozenset(w for t in sent if t.i not in skip for w in (lemma(t), t.lower_))


_CHARGE_NOTE = "the charge {!r} answers, told with its owner"


def _owned_charge(noun: Token, lex: Lexicon) -> bool:
    """ "Pakistani allegations that it funds X", "Islamabad's charge that they shelter Y": an
    accusation noun with its owner (a possessive or a national adjective) and its content (a
    that-clause or "of"-phrase)."""
    if lemma(noun) not in lex.word_classes.get("accusation", frozenset()) or lemma(noun) in (
        "report",
        "statement",
        "remark",
        "speculation",
        "rumour",
        "rumor",
        "suggestion",
    ):
        return False
    owned = any(
        d.dep_ == "poss"
        and d.pos_ in ("PROPN", "NOUN")
        or d.dep_ in ("amod", "compound")
        and d.ent_type_ in ("NORP", "GPE", "ORG")
        for d in noun.children
    )
    told = any(
        d.dep_ in ("acl", "ccomp", "relcl")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in d.children)
        or d.dep_ == "prep"
        and d.lower_ == "of"
        and any(o.tag_ == "VBG" for o in d.children)
        for d in noun.children
    )
    return owned and told


_HABITUAL_ADVERBS = frozenset(
    {"repeatedly", "long", "always", "consistently", "routinely", "often"}
)


# Instruments that make a killing an attack on whoever is near, not on one person.
_HEAVY_INSTRUMENT_MODES = frozenset(
    {"suicide-attack", "drone", "aerial", "explosives", "heavy-weapons"}
)


# Public figures whose killing is aimed at the person, singly or as a class ("killed 11 clerics").
_TARGET_ROLES = frozenset(
    {
        "cleric", "scholar", "leader", "governor", "judge", "journalist", "politician",
        "lawmaker", "legislator", "elder", "mayor", "activist", "minister", "candidate",
        "mullah", "imam", "maulana", "maulvi", "lawyer", "councillor", "councilor", "senator",
    }
)  # fmt: skip


_KILLING_VERBS = frozenset({"kill", "shoot", "gun", "murder", "slay", "stab"})


def _targeted_victim(tok: Token) -> bool:
    """The act kills or shoots one particular person (a named one, or a public figure)."""
    doc = tok.doc
    heads = [tok]
    if tok.lower_ == "shot" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "dead":
        heads.append(doc[tok.i + 1])  # "shot dead a cleric" parsed with "dead" as the verb
    verbs = [
        h
        for h in heads
        if h.pos_ in ("VERB", "AUX")
        and lemma(h) in _KILLING_VERBS
        or h.lower_ == "dead"
        and h.i > 0
        and doc[h.i - 1].lower_ == "shot"
    ]
    victims = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "nsubjpass")]
    for v in victims:
        if v.pos_ == "PRON" or v.lower_ in ("who", "which", "that"):
            continue
        if any(c.dep_ == "nummod" for c in v.children) and lemma(v) not in _TARGET_ROLES:
            return False  # "shot dead three armed men"
        if lemma(v) in _TARGET_ROLES and v.tag_ in ("NN", "NNP"):
            # one public figure; "killed three TTP leaders in an operation" is no
            # targeted killing
            return True
        named = v.ent_type_ == "PERSON" or any(
            c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in v.children
        )
        if named and v.tag_ in ("NN", "NNP"):
            return True
    return False


def _further_acts(verb: Token, lex: Lexicon) -> list[Token]:
    """The second and later acts a demand names: a to-infinitive coordinated with the one
    asked for ("urged Pakistan to halt deportations and to give families time"), a verb
    coordinated in a that-clause ("demanded that Kabul arrest them and hand them over"), a
    second "for" phrase ("asked for X and for Y"). What a general appeal wishes ("to exercise
    restraint and to resolve differences") is one appeal; an alternative set against the
    demand ("to look inward rather than blame others") is no second demand."""
    out: list[Token] = []
    for comp in verb.children:
        if comp.dep_ == "prep" and comp.lower_ == "for":
            out.extend(c for c in comp.children if c.dep_ == "conj" and c.lower_ == "for")
            continue
        # s22 (rowsE): "called for the Taliban to form X and to act Y" hangs the demand as a
        # "for"-marked adverbial clause
        for_clause = (
            comp.dep_ == "advcl"
            and has_to_marker(comp)
            and any(m.dep_ == "mark" and m.lower_ == "for" for m in comp.children)
        )
        if comp.pos_ not in ("VERB", "AUX"):
            continue
        if comp.dep_ not in ("xcomp", "ccomp") and not for_clause:
            continue
        if lemma(comp) in lex.reporting_verbs or _general_appeal(comp):
            continue
        # an infinitive's second verb repeats "to" ("to stop X and to free Y"); a bare second
        # verb may share the first one's act ("to fulfil its obligations and deny …")
        finite = comp.dep_ == "ccomp" and not has_to_marker(comp)
        seconds = _conjuncts(comp)[1:]
        if has_to_marker(comp):
            # s22 (rowsE): "to stop engaging with X and to arm its fighters": the parser hangs
            # the repeated "to" on the bare verb the demanded one governs; the repeated "to"
            # makes it a sibling of the demanded verb
            node = comp
            while True:
                inner = [
                    x
                    for x in node.children
                    if x.dep_ == "xcomp" and x.pos_ == "VERB" and not has_to_marker(x)
                ]
                if not inner:
                    break
                node = inner[0]
                seconds += [x for x in node.children if x.dep_ == "conj" and has_to_marker(x)]
        for second in seconds:
            if second.pos_ != "VERB" or not (finite or has_to_marker(second)):
                continue
            if any(
                c.dep_ == "cc" and c.lower_ != "and" or c.dep_ == "preconj"
                for c in second.head.children
            ):
                continue
            out.append(second)
    return out[:2]


# Prepositions that introduce an instance of a pattern ("attacks on foreigners, including a
# 2022 bombing").
_EXAMPLE_PREPS = frozenset({"including"})


def _named_example(tok: Token) -> int | None:
    """The noun introduced by "including" that `tok` is, or lies under, if any."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "pobj" and node.head.lower_ in _EXAMPLE_PREPS:
            return node.i
    return None


def _without_agreement(tok: Token, lex: Lexicon) -> bool:
    """ "The talks ended / broke up without a deal": the talks' end, not an agreement."""
    outcomes = lex.word_classes.get("agreement_outcome", frozenset())
    return lemma(tok) in lex.word_classes.get("talks_ending", ()) and any(
        p.dep_ == "prep"
        and p.lower_ == "without"
        and any(o.dep_ == "pobj" and lemma(o) in outcomes for o in p.children)
        for p in tok.children
    )


def _talks_on_a_visit(visit: Candidate, talks: Candidate) -> bool:
    """ "Arrived in Kabul for talks with his counterparts", "travelled to Kabul for talks
    mediated by Qatar": the journey is a visit to the host and the talks (with what their phrase
    says of them) a meeting with whoever they are held with, two CONSULT rows (guide §1.2:
    visit and meet)."""
    if lemma(visit.token) not in _JOURNEY_VERBS:
        return False
    for node in (talks.token, *talks.token.ancestors):
        if node.i == visit.token.i:
            return False
        if _for_talks_on_a_journey(node) and node.head.head.i == visit.token.i:
            return True
    return False


def _protective(verb: Token, lex: Lexicon) -> bool:
    """A deployment whose purpose is protection (the lexicon's `protective_purpose`: "to
    protect the crews", "to guard the route")."""
    purposes = lex.word_classes.get("protective_purpose", frozenset())
    return any(
        c.dep_ in ("advcl", "xcomp", "relcl", "acl") and lemma(c) in purposes
        for t in (verb, *(o for o in verb.children if o.dep_ == "dobj"))
        for c in t.children
    )


# What an operation does that stands for it: detentions, a gunfight, bodies recovered.
_OPERATION_ACTS = frozenset({"ASSAULT", "COERCE"})


def _operations_told_by_acts(groups: list[_Group], lex: Lexicon) -> list[_Group]:
    """A search, clearance or combing operation is MOBILIZE only when its sentence tells nothing
    of what it did: "launched a search operation and detained 14 suspects" is the detentions
    alone (guide §10). What it sets out to do ("a clearance operation was under way to
    eliminate any other terrorists") is its aim, no act of its own."""
    ops = [
        g
        for g in groups
        if g.type == "MOBILIZE"
        and g.main.token.pos_ == "NOUN"
        and lemma(g.main.token) in lex.word_classes.get("operation_noun", ())
    ]
    if not ops:
        return groups
    aims = [
        g
        for g in groups
        if g.type in _OPERATION_ACTS
        and any(_operation_aim(c.token, op.main.token) for op in ops for c in g.members)
    ]
    acts = [g for g in groups if g.type in _OPERATION_ACTS and not any(g is a for a in aims)]
    if not any(g.type == "ASSAULT" for g in acts) and _bodies_recovered(ops[0].main.token, lex):
        # "cordoned off the area and recovered the bodies of four attackers after a clearance
        # operation": the dead it left are its act, an ASSAULT the operation's noun carries
        for g in ops:
            g.type, g.mode = "ASSAULT", None
        acts = []
    drop = ops + aims if acts else aims
    return [g for g in groups if not any(g is d for d in drop)]


def _bodies_recovered(tok: Token, lex: Lexicon) -> bool:
    """Whether the sentence tells of bodies recovered ("recovered the bodies of four attackers")."""
    verbs = lex.word_classes.get("body_recovery", frozenset())
    return any(
        lemma(t) == "body" and t.dep_ in ("dobj", "nsubjpass") and lemma(t.head) in verbs
        for t in tok.sent
    )


def _operation_aim(tok: Token, op: Token) -> bool:
    """ "launched a search operation to arrest the killers", "an operation was under way to
    eliminate the terrorists": an infinitive of purpose on the operation or on its verb."""
    if not has_to_marker(tok) or tok.dep_ not in ("xcomp", "advcl", "acl"):
        return False
    head = tok.head
    return head.i == op.i or (op.head.i == head.i and op.dep_ in ("nsubj", "nsubjpass", "dobj"))


def _charged_purpose(verb: Token, c: Candidate, by_tok: dict[int, Candidate], lex: Lexicon) -> bool:
    """ "accused India of using its presence in Kabul to 'sponsor terrorism'": the end a charged
    means serves is charged too (guide §11, "Sponsor"), though the parser may hang the
    infinitive on the gerund as an adverbial clause rather than its complement."""
    means = verb.head
    return (
        c.type == "ACCUSE"
        and verb.dep_ == "advcl"
        and has_to_marker(verb)
        and means.tag_ == "VBG"
        and means.i not in by_tok
        and _announced_by(means, c.token, by_tok, lex)
    )
