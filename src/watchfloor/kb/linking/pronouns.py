"""Pronoun resolution: "he"/"she"/"it" (the subject of the previous sentence when it
agrees, else the last person of the matching gender), "his"/"her"/"its", "they"/"them"
antecedents and the speaking bodies behind them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.bodies import BodiesMixin
from watchfloor.kb.linking.lexicon import (
    ANAPHORIC_WORDS,
    BODY_PEOPLE,
    CIVIL_GROUP_SECTORS,
    COUNTRY_ANAPHORS,
    FEELING_PARTICIPLES,
    GENERIC_NOUNS,
    GROUP_ANAPHORS,
    IMPERSONAL_VERBS,
    NON_PERSON_NOUNS,
    OFFICE_HOLDER_NOUNS,
    ORGAN_WORDS,
    PERSON_ROLE_NOUNS,
    PLURAL_COLLECTIVES,
    PRONOUNS_PERSON,
    REPORTING_VERBS,
    RESPONSE_NOUNS,
    SERVICE_MEMBERS,
    SOURCE_ANAPHORS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
    STANCE_NOUNS,
    STATE_BODY_WORDS,
    STATE_SECTORS,
)
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import (
    _names_people,
    _sentences_back,
    _shared_subject,
    _speech_verb_above,
    _within_quotes,
)
from watchfloor.records import ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


_PARTY_WINDOW_SENTENCES = 3


class PronounsMixin(BodiesMixin):
    """Pronouns and their antecedents."""

    def _link_pronouns(self, state: _State) -> None:
        doc = state.doc
        for tok in state.spelled(ANAPHORIC_WORDS):
            low = tok.lower_
            target: str | None = None
            span_start, span_end = tok.i, tok.i + 1
            if low in PRONOUNS_PERSON and (
                tok.dep_ in ("nsubj", "nsubjpass") or tok.text[0].isupper()
            ):
                target = self._antecedent(state, tok, person=True)
            elif (
                low == "it"
                and tok.dep_ == "nsubj"
                and tok.head.lemma_.lower() in SPEECH_VERBS
                and tok.head.lemma_.lower() not in ("hope", "expect", "fear", "seem")
            ):
                target = self._antecedent(state, tok, person=False)
            elif low == "they" and tok.dep_ in ("nsubj", "nsubjpass"):
                target = (
                    self._they_antecedent(state, tok)
                    or self._adverbial_subject(state, tok, plural=True)
                    or self._earlier_they(state, tok)
                    or self._speaking_body(state, tok)
                    or self._object_they(state, tok)
                )
            elif (
                low in ("him", "her")
                and tok.dep_ in ("dobj", "dative", "pobj")
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "It quoted him as telling Tokayev": a person the passage named, never the
                # subject of the pronoun's own clause
                target = self._object_antecedent(state, tok, "she" if low == "her" else "he")
            elif low == "them" and tok.dep_ == "dobj" and not state.covered(tok.i, tok.i + 1):
                target = self._them_antecedent(state, tok) or self._plural_antecedent(state, tok)
            elif (
                low == "it"
                and (
                    tok.dep_ == "nsubj"
                    or tok.dep_ == "nsubjpass"
                    and tok.head.lower_ in FEELING_PARTICIPLES
                )
                and tok.head.dep_ == "ccomp"
            ):
                # "Kazakhstan said it would consider joining", "the mission said it was
                # appalled": the speaker speaks of itself
                speech = tok.head.head
                subj = _shared_subject(
                    speech, next((c for c in speech.children if c.dep_ == "nsubj"), None)
                )
                if (
                    speech.lemma_.lower() in SPEECH_VERBS
                    and subj is not None
                    and subj.i < tok.i
                    and (subj.tag_ not in ("NNS", "NNPS") or subj.lower_ in PLURAL_COLLECTIVES)
                ):
                    # (never plural speakers: "experts warned that it could take a fifth")
                    m = self._mention_at(state, subj)
                    if m is not None and m.actor_id and not self._is_person(m.actor_id):
                        target = m.actor_id
            elif (
                low == "it"
                and tok.dep_ == "nsubj"
                and tok.head.pos_ == "VERB"
                and tok.head.lemma_.lower() not in IMPERSONAL_VERBS
                and tok.i != tok.sent.start
            ):
                # "The ISPR said the strikes killed a commander it held responsible": deeper in
                # what a body says, "it" is still that body
                target = (
                    self._embedding_speaker(state, tok)
                    or self._colon_subject(state, tok)
                    or self._adverbial_subject(state, tok, plural=False)
                )
            elif (
                low == "it"
                and tok.dep_ == "nsubj"
                and tok.head.pos_ == "VERB"
                and tok.head.lemma_.lower() not in IMPERSONAL_VERBS
                and tok.i == tok.sent.start
            ):
                # "The group ... It has carried out attacks": the body the last sentence was about
                target = self._antecedent(state, tok, person=False)
            elif low == "its" and tok.dep_ == "poss" and not state.covered(tok.i, tok.i + 1):
                target = self._possessor_antecedent(state, tok)
                if target is None and tok.i == tok.sent.start:
                    # "India has rejected ... Its Ministry of External Affairs did not respond"
                    target = self._antecedent(state, tok, person=False)
                    head = tok.head
                    actor = self.kb.get(target or "")
                    if (
                        actor is not None
                        and actor.kind == "country"
                        and head.lemma_.lower() in STATE_BODY_WORDS | ORGAN_WORDS
                        and not state.covered(tok.i + 1, head.i + 1)
                    ):
                        # "China has been cautious. Its foreign ministry has urged": that
                        # state's organ, speaking for it
                        target = self._organ_or_state(
                            actor.id, state.doc[tok.i + 1 : head.i + 1].text
                        )
                        span_end = head.i + 1
            elif (
                low in ("his", "her")
                and tok.dep_ == "poss"
                and tok.head.lemma_.lower() in SPOKES_NOUNS
                and not state.covered(tok.i, tok.head.i + 1)
            ):
                # "..., his spokesperson said": the spokesperson's words are the principal's
                target = self._antecedent(
                    state, tok, person=True, pronoun="she" if low == "her" else "he"
                )
                span_end = tok.head.i + 1
            elif (
                low == "their"
                and tok.dep_ == "poss"
                and tok.head.dep_ in ("nsubj", "nsubjpass")
                and tok.head.lemma_.lower() not in STATE_BODY_WORDS | ORGAN_WORDS
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "After the Taliban banned poppy, their ban held": the plural body of the
                # adverbial clause opening the sentence
                target = self._adverbial_subject(state, tok.head, plural=True, bodies=True)
                if (
                    target is None
                    and tok.i == tok.sent.start
                    and tok.head.lemma_.lower() in PERSON_ROLE_NOUNS
                ):
                    # "The Taliban responded within hours. Their foreign ministry spokesman
                    # said": the body the last sentence was about, whose role holder speaks
                    found = self.kb.get(self._antecedent(state, tok, person=False) or "")
                    if found is not None and found.kind in ("organization", "group"):
                        target = found.id
            elif (
                low in ("his", "her") and tok.dep_ == "poss" and not state.covered(tok.i, tok.i + 1)
            ):
                target = self._reported_subject(
                    state, tok, "she" if low == "her" else "he"
                ) or self._possessive_person(state, tok, "she" if low == "her" else "he")
                head = tok.head
                if target is None and head.lemma_.lower() in SERVICE_MEMBERS | {"officer", "man"}:
                    # "The provincial police chief said rioters had attacked his officers": the
                    # service of the unnamed commander who speaks
                    target = self._commanders_service(state, tok)
                    if target and not state.covered(head.i, head.i + 1):
                        span_end = head.i + 1
                if (
                    target
                    and head.i == tok.i + 1
                    and head.lemma_.lower() in ("government", "administration")
                    and not state.covered(head.i, head.i + 1)
                ):
                    # "He said his government had set aside land": the state the person serves
                    actor = self.kb.get(target)
                    if actor is not None and actor.kind == "person":
                        iso3 = actor.country
                        target = (self.kb.government_of(iso3) or iso3) if iso3 else None
                    elif target in state.title_countries:
                        # a person the KB lacks, named with a state's title ("Kazakhstan's
                        # foreign minister, <Name>, said his government"): that state
                        iso3 = state.title_countries[target]
                        target = self.kb.government_of(iso3) or iso3
                    span_end = head.i + 1
                elif (
                    target in state.title_countries
                    and head.i == tok.i + 1
                    and head.lemma_.lower() in ("country", "ministry")
                    and not state.covered(head.i, head.i + 1)
                ):
                    # "<Name> said his country saw Afghanistan as a partner": the state of the
                    # title the person was named with
                    iso3 = state.title_countries[target]
                    target = self.kb.government_of(iso3) or iso3
                    span_end = head.i + 1
            elif (
                low == "their"
                and tok.dep_ == "poss"
                and tok.head.lemma_.lower() in STATE_BODY_WORDS | ORGAN_WORDS
                and not state.covered(tok.i, tok.head.i + 1)
            ):
                # "The Taliban tell a different story. Their defence ministry said": the organ
                # of the body the passage is about, which speaks for it
                target = self._antecedent(state, tok, person=False)
                actor = self.kb.get(target or "")
                if actor is None or actor.kind == "person":
                    target = None
                elif actor.kind == "country":
                    target = self.kb.government_of(actor.id) or actor.id
                span_end = tok.head.i + 1
            elif (
                low in COUNTRY_ANAPHORS
                and tok.dep_ in ("nsubj", "nsubjpass")
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and [c.dep_ for c in tok.children] == ["det"]
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "Pakistan's Foreign Office said the country would act": the speaker's state
                iso3 = self._reporting_speaker_country(state, tok)
                target = (self.kb.government_of(iso3) or iso3) if iso3 else None
                span_start = tok.i - 1
            elif (
                low in COUNTRY_ANAPHORS
                and tok.dep_ == "dobj"
                and tok.head.pos_ == "VERB"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and [c.dep_ for c in tok.children] == ["det"]
                and state.focus
                and not state.covered(tok.i - 1, tok.i + 1)
            ):
                # "accused them of dragging the country into a war": a country moved to act or
                # to suffer, where no other is in view, is the one the article is about (its
                # dateline's first)
                iso3 = self._dateline_country(state) or state.focus[0]
                target = self.kb.government_of(iso3) or iso3
                span_start = tok.i - 1
            elif (
                low == "party"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and not state.covered(tok.i, tok.i + 1)
            ):
                # "where the party also runs seminaries": the political party named last, within
                # the last few sentences and with no other kind of party ("a wedding party",
                # "the search party") told since
                window = _sentences_back(tok, _PARTY_WINDOW_SENTENCES)
                other_party = next(
                    (
                        t
                        for t in reversed(doc[window : tok.i])
                        if t.lemma_.lower() == "party"
                        and any(c.dep_ in ("compound", "amod") for c in t.children)
                    ),
                    None,
                )
                mentions = sorted(
                    (m for m in state.actor_mentions if m.start >= doc[window].idx),
                    key=lambda m: m.start,
                )
                target = self._last_actor(
                    mentions,
                    tok.idx,
                    kinds=("group", "organization"),
                    sectors=("PTY",),
                )
                if target and other_party is not None:
                    named = max((m.start for m in mentions if m.actor_id == target), default=-1)
                    if other_party.idx > named:
                        target = None
                span_start = tok.i - 1
            elif (
                low in GROUP_ANAPHORS
                and tok.i > 0
                and (
                    doc[tok.i - 1].lower_ == "the"
                    or tok.i > 1
                    and doc[tok.i - 1].lower_ == "same"
                    and doc[tok.i - 2].lower_ == "the"
                )
                and not state.covered(tok.i, tok.i + 1)
                # "the movement of trucks", "the movement for equal pay": a phrase of its own
                and not any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in tok.children)
            ):
                mentions = sorted(state.actor_mentions, key=lambda m: m.start)
                same = doc[tok.i - 1].lower_ == "same"
                target = (
                    self._body_called_so(tok, mentions, low, same=same)
                    or self._recent_civil_group(state, tok, mentions)
                    or self._last_actor(
                        mentions, tok.idx, kinds=("group", "organization"), sectors=("REB",)
                    )
                    or (low == "group" and self._governing_movement(tok, mentions))
                    or self._called_so_before(state, tok, mentions, low)
                    or None
                )
                span_start = tok.i - 2 if same else tok.i - 1
            if target:
                state.add_actor(doc[span_start:span_end], target, "coref", 0.7)
        for tok in state.spelled(frozenset({"our"})):
            # after "he"/"she" are resolved: '"Our forces are acting," he said' is the quoted
            # speaker's own service
            if (
                tok.lower_ == "our"
                and tok.dep_ == "poss"
                and tok.head.i > tok.i
                and not state.covered(tok.i, tok.head.i + 1)
            ):
                target = self._own_service(state, tok)
                if target:
                    state.add_actor(doc[tok.i : tok.head.i + 1], target, "coref", 0.6)

    def _commanders_service(self, state: _State, tok: Token) -> str | None:
        h = _speech_verb_above(tok)
        subj = next((c for c in h.children if c.dep_ == "nsubj"), None) if h is not None else None
        if subj is None or subj.lemma_.lower() not in PERSON_ROLE_NOUNS:
            return None
        for t in subj.subtree:
            m = self._mention_at(state, t) if t.i != subj.i else None
            actor = self.kb.get(m.actor_id or "") if m is not None else None
            if actor is not None and actor.kind != "person":
                return actor.id
        return None

    def _adverbial_subject(
        self, state: _State, tok: Token, *, plural: bool, bodies: bool = False
    ) -> str | None:
        """ "If the Taliban keep denying it, they will lose", "If Kabul wants the ban to last,
        it should pair it with aid": the subject of an adverbial clause opening the pronoun's
        own clause is who the pronoun is (a body, never a person)."""
        verb = tok.head
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i > tok.i:
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.pos_ == "PRON":
                continue
            if plural:
                found = self._plural_body(state, subj)
                if found:
                    return found
                m = self._mention_at(state, subj) if bodies else None
                actor = self.kb.get(m.actor_id or "") if m is not None else None
                if actor is not None and actor.kind in ("organization", "group"):
                    return actor.id  # "the Taliban banned": a body of many, whatever the tense
                continue
            if subj.tag_ in ("NNS", "NNPS"):
                continue
            m = self._mention_at(state, subj)
            if m is not None and m.actor_id and not self._is_person(m.actor_id):
                return m.actor_id
        return None

    def _plural_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "opposition lawmakers accused them of ...", '"... sanctuary to the khawarij, we
        will hit them"': the known body last named in the plural before an object "them", in
        its sentence or the one before, other than its own clause's subject."""
        doc = tok.doc
        subjects = {c.i for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")}
        for t in reversed(doc[_sentences_back(tok, 1) : tok.i]):
            if t.i in subjects or t.tag_ not in ("NNS", "NNPS") or t.i == tok.head.i - 1:
                continue  # right before the verb: its subject, however the parser hung it
            m = self._mention_at(state, t)
            if m is None or not m.actor_id or self._is_person(m.actor_id):
                continue
            if m.actor_id.startswith("prov:"):
                # "arrested five men and later released them": the nearest people belong to
                # no known body; left to the participle rule above
                return None
            return m.actor_id
        return None

    def _reported_subject(self, state: _State, tok: Token, pronoun: str) -> str | None:
        """ "Tokayev discussed the threat with Mirziyoyev, his office said": the "his" of a
        speaker who follows what he reports is the subject of the report, not its nearest
        person."""
        head = tok.head
        verb = head.head
        if head.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS or verb.i < tok.i:
            return None
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.i > tok.i:
                continue
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            m = self._mention_at(state, subj) if subj is not None else None
            if (
                m is not None
                and m.actor_id
                and self._is_person(m.actor_id)
                and self._gender_fits(m.actor_id, pronoun)
            ):
                return m.actor_id
        return None

    def _possessive_person(self, state: _State, tok: Token, pronoun: str) -> str | None:
        """Whom "his"/"her" belongs to: the person named nearest before it in the same
        sentence ("Wang Yi arrived for talks with his counterparts", "He said his government");
        None when that nearest person is someone the text does not link ("a TTP commander and
        eight of his fighters") or nobody precedes it."""
        for t in reversed(tok.sent[: tok.i - tok.sent.start]):
            if t.tag_ in ("NNS", "NNPS"):
                continue
            m = self._mention_at(state, t)
            if t.lower_ in PRONOUNS_PERSON:
                if t.lower_ != pronoun:
                    continue
                return m.actor_id if m is not None and m.actor_id else None
            person_word = t.ent_type_ == "PERSON" or _names_people(t)
            if m is not None and m.actor_id and self._is_person(m.actor_id):
                if not self._gender_fits(m.actor_id, pronoun):
                    continue
                return m.actor_id
            if person_word:
                return m.actor_id if m is not None and m.actor_id else None
        return None

    def _colon_subject(self, state: _State, tok: Token) -> str | None:
        """ "Beijing has been Kabul's partner: it accepted an ambassador": after a colon or
        semicolon, "it" goes on about the body the clause before it was about."""
        sent_start = tok.sent.start
        stop = next(
            (t.i for t in reversed(tok.doc[sent_start : tok.i]) if t.text in (":", ";")), None
        )
        if stop is None or any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[stop + 1 : tok.i]):
            return None
        for t in reversed(tok.doc[sent_start:stop]):
            if t.dep_ in ("nsubj", "nsubjpass"):
                m = self._mention_at(state, t)
                if m is None or not m.actor_id or self._is_person(m.actor_id):
                    return None
                return None if t.tag_ == "NNS" else m.actor_id
        return None

    def _embedding_speaker(self, state: _State, tok: Token) -> str | None:
        """The body whose reported speech contains ``tok``, when no other body or person is
        the subject of a clause in between."""
        h = tok.head
        for _ in range(6):
            if h.head.i == h.i:
                return None
            dep, h = h.dep_, h.head
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if dep in ("ccomp", "xcomp") and h.lemma_.lower() in SPEECH_VERBS:
                subj = _shared_subject(h, subj)
                m = self._mention_at(state, subj) if subj is not None else None
                if m is None or not m.actor_id or subj is None or subj.i > tok.i:
                    return None
                if subj.tag_ in ("NNS", "NNPS") and subj.lower_ not in PLURAL_COLLECTIVES:
                    return None  # "experts warned that it could take": "it" is never they
                return None if self._is_person(m.actor_id) else m.actor_id
            if subj is not None and self._mention_at(state, subj) is not None:
                return None  # "X said Y claimed it ...": Y is nearer
        return None

    def _own_service(self, state: _State, tok: Token) -> str | None:
        noun = tok.head
        lemma = noun.lemma_.lower()
        entry = GENERIC_NOUNS.get(lemma) or GENERIC_NOUNS.get(noun.lower_)
        role = entry[1] if entry else ("military" if lemma == "force" else None)
        iso3 = self._reporting_speaker_country(state, tok) if role else None
        if not role or not iso3:
            return None
        return self.kb.named_organ(iso3, role) or self.kb.government_of(iso3) or iso3

    def _self_styled_bodies(self, state: _State) -> None:
        """s21: "a TTP faction calling itself the Marwat Mujahideen Group", "a group that calls
        itself X": the noun is the body it names, so "its fighters" and "the faction" later are
        that body's, not the parent's the noun's modifier names."""
        doc = state.doc
        for tok in state.spelled(frozenset(["itself"])):
            verb = tok.head
            if tok.dep_ != "dobj" or verb.lemma_.lower() != "call":
                continue
            if verb.dep_ not in ("acl", "relcl"):
                continue
            noun = verb.head
            if noun.lemma_.lower() not in _SELF_STYLED_NOUNS or state.covered(noun.i, noun.i + 1):
                continue
            name = next((c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")), None)
            held = self._mention_at(state, name) if name is not None else None
            if held is None or not held.actor_id or self._is_person(held.actor_id):
                continue
            state.add_actor(doc[noun.i : noun.i + 1], held.actor_id, "coref", 0.6)

    def _possessed_fighters(self, state: _State) -> None:
        """s21: "the commander said his men had killed four guards", "its fighters", "a Taliban
        commander said his forces had fired": armed men a pronoun gives to a body (not to a
        person) are that body's, not a generic crowd nor the group the article blames."""
        doc = state.doc
        for tok in state.tagged("NNS"):
            if tok.lemma_.lower() not in _OWNED_FIGHTERS:
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or owner.lower_ not in ("his", "its", "their"):
                continue
            if any(c.dep_ in ("amod", "compound") for c in tok.children):
                continue
            owner_id = self._fighters_owner(state, owner)
            if not owner_id:
                continue
            m = self._mention_at(state, tok)
            if m is None:
                if not state.covered(tok.i, tok.i + 1):
                    state.add_actor(doc[tok.i : tok.i + 1], owner_id, "coref", 0.6)
                continue
            if m.actor_id == owner_id:
                continue
            if (m.actor_id or "").startswith("prov:") or m.rule == "attributed":
                # a group the article blames stands unless "its" names another body
                m.actor_id = owner_id
                m.rule = "coref"

    def _fighters_owner(self, state: _State, owner: Token) -> str | None:
        """The body "his"/"its" gives armed men to: the pronoun's own link when it is a body's,
        else for "his" a commander the clause's subject describes as a body's ("a Taliban
        commander said his men")."""
        doc = state.doc
        held = self._mention_at(state, owner)
        owner_id = held.actor_id if held is not None else None
        if owner_id is None and owner.lower_ == "his":
            h = owner.head
            for _ in range(6):
                if h.head.i == h.i:
                    break
                h = h.head
                subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < owner.i), None)
                if subj is None:
                    continue
                if subj.lemma_.lower() in _COMMANDER_NOUNS:
                    body = next(
                        (
                            held
                            for c in doc[subj.left_edge.i : subj.i]
                            if (held := self._mention_at(state, c)) is not None
                        ),
                        None,
                    )
                    owner_id = body.actor_id if body is not None else None
                break
        if not owner_id:
            return None
        actor = self.kb.get(owner_id) or self._provisional_by_id(owner_id)
        if actor is None or actor.kind in ("person", "country"):
            return None
        if actor.provisional and actor.sector not in ("CVL", "IGO"):
            return owner_id  # "a faction calling itself X ... its fighters"
        if actor.sector not in _ARMED_SECTORS:
            # "the villagers said their men were taken", "a UN team reported ... its
            # fighters" (a misread "its"): no body's fighters
            return None
        return owner_id

    def _possessor_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "ISKP claimed the attack on its channel", "China has poured money ..., but attacks
        on its workers": the body that is subject of a clause governing "its", nearest first.
        A person subject in between means "its" is about something else."""
        h = tok
        for _ in range(8):
            if h.head.i == h.i:
                break
            h = h.head
            for subj in (c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")):
                if subj.i >= tok.i or tok in subj.subtree:
                    continue
                if subj.tag_ == "NNS":
                    # "that Afghan forces had opened fire ... and that its men had responded":
                    # a plural is never "its", the body whose clause this is further up may be
                    continue
                m = self._mention_at(state, subj)
                if m is None or not m.actor_id:
                    if subj.pos_ == "PRON" and subj.lower_ != "it":
                        return None
                    continue
                if self._is_person(m.actor_id) or subj.lemma_.lower() in PERSON_ROLE_NOUNS:
                    return None  # "the minister said its economy": not the minister's
                return m.actor_id
        return None

    def _they_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "Officials confirmed strikes on what they described as hideouts", "The Taliban say
        they have won", "Police said ... They added": the plural body speaking."""
        h = tok.head
        for _ in range(4):
            if h.head.i == h.i:
                break
            h = h.head
            subj = next((c for c in h.children if c.dep_ == "nsubj" and c.i < tok.i), None)
            found = self._plural_body(state, subj) if subj is not None else None
            if found:
                return found
        quoted = tok.i > 0 and tok.doc[tok.i - 1].text in ('"', "\u201c")
        if tok.head.lemma_.lower() not in SPEECH_VERBS and not quoted:
            # a quote opening with "They" goes on about the people the speaker just named
            # ('... said the gunmen had checked cards. "They knew whom they wanted," he said')
            return None
        if any(t.is_alpha for t in tok.sent[: tok.i - tok.sent.start]):
            return None  # only a sentence-initial "They said" looks back a sentence
        sents = list(state.doc.sents) if state.sents is None else state.sents
        state.sents = sents
        idx = next(i for i, s in enumerate(sents) if s.start == tok.sent.start)
        if idx == 0:
            return None
        root = sents[idx - 1].root
        # the main clause's subject, else that of a quote it reports ('"Police came at night,"
        # said a mother. "They said ..."')
        for clause in [root, *(c for c in root.children if c.dep_ == "ccomp")]:
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            found = self._plural_body(state, subj) if subj is not None else None
            if found:
                return found
        return None

    def _object_they(self, state: _State, tok: Token) -> str | None:
        """ "urged the Taliban to hand over members of Jamaat Ansarullah and said they were
        living in Badakhshan": a group's people the same sentence named as an object, when
        "they" does not speak."""
        if tok.head.lemma_.lower() in SPEECH_VERBS or tok.i == tok.sent.start:
            return None
        for t in reversed(tok.doc[tok.sent.start : tok.i]):
            if t.tag_ != "NNS" or t.dep_ not in ("dobj", "pobj"):
                continue
            m = self._mention_at(state, t)
            if m is not None and m.actor_id and self._is_armed_group(m.actor_id):
                return m.actor_id
        return None

    def _object_antecedent(self, state: _State, tok: Token, pronoun: str) -> str | None:
        found = self._antecedent(state, tok, person=True, pronoun=pronoun)
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                m = self._mention_at(state, c)
                if m is not None and m.actor_id == found:
                    return None  # "Tokayev thanked him": not Tokayev
        return found if found and self._is_person(found) else None

    def _earlier_they(self, state: _State, tok: Token) -> str | None:
        """ "They said we had to go or they would take the children": a "they" the reader has
        already resolved in the same or the previous sentence is still the same people."""
        for t in reversed(tok.doc[_sentences_back(tok, 1) : tok.i]):
            if t.lower_ == "they":
                m = self._mention_at(state, t)
                return m.actor_id if m is not None and m.actor_id else None
        return None

    def _speaking_body(self, state: _State, tok: Token) -> str | None:
        """ "We went to every police station and they all said ...": a state body named earlier
        in the sentence, when "they" speaks and no people were named in between."""
        if tok.head.lemma_.lower() not in SPEECH_VERBS:
            return None
        sent_start = tok.sent.start_char
        for m in self._before(state, tok, sents_back=0):
            if m.start < sent_start:
                return None
            actor = self.kb.get(m.actor_id or "")
            if actor is None:
                return None  # people of their own ("the villagers") are the likelier "they"
            if actor.kind == "organization" and actor.sector in STATE_SECTORS:
                return actor.id
            if actor.kind in ("person", "group"):
                return None
        return None

    def _them_antecedent(self, state: _State, tok: Token) -> str | None:
        """ "sanctioned two officials of the ministry, accusing them of abuses", "killed five
        militants, describing them as ...": in a participle clause the subject is the main
        clause's, so "them" is the people the main clause acted on (its object), or the body
        they belong to ("officials of X" → X) when only that is an actor."""
        verb = tok.head
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
            return None
        main = verb.head
        for t in reversed(main.doc[main.sent.start : verb.i]):
            if t.tag_ not in ("NNS", "NNPS") or t.dep_ not in ("dobj", "pobj"):
                continue
            # the object itself, or a prepositional complement of the object or of the verb
            owner = t.head if t.dep_ == "dobj" else t.head.head
            if owner.i != main.i and not (owner.dep_ == "dobj" and owner.head.i == main.i):
                continue
            m = self._mention_at(state, t)
            if m is not None and m.actor_id:
                return None if self._is_person(m.actor_id) else m.actor_id
            found = self._owner_mention(state, t)
            if found:
                return found
        return None

    def _plural_body(self, state: _State, subj: Token) -> str | None:
        m = self._mention_at(state, subj)
        if m is None and subj.tag_ == "NNS" and subj.lemma_.lower() in BODY_PEOPLE:
            # "Taliban intelligence forces raided what they called hideouts": the forces of
            # the body that names them
            owner = next(
                (
                    c
                    for c in subj.children
                    if c.dep_ in ("compound", "poss") and self._mention_at(state, c)
                ),
                None,
            )
            m = self._mention_at(state, owner) if owner is not None else None
        if m is None or not m.actor_id or self._is_person(m.actor_id):
            return None
        if subj.tag_ in ("NNS", "NNPS") or subj.head.tag_ == "VBP":
            return m.actor_id
        if subj.lower_ in PLURAL_COLLECTIVES:
            return m.actor_id  # "the police" agree in the plural
        return None

    def _antecedent(
        self, state: _State, tok: Token, *, person: bool, pronoun: str | None = None
    ) -> str | None:
        """What "he"/"she"/"it" (as a subject) refers to: the subject of the previous sentence's
        main clause when it agrees ("Wang said ... He also announced"; "Pakistan's ambassador
        told the council ... He said"), else the last person named of the matching gender. A
        pronoun that speaks ("he said") looks first for who spoke before ("..., according to a
        police spokesman. ... he said"). A paragraph break the parser missed still ends a
        sentence."""
        doc = state.doc
        pronoun = pronoun or tok.lower_
        segments = self._segments(state)
        idx = next(i for i, s in enumerate(segments) if s.start <= tok.i < s.end)
        windows = [doc[segments[idx].start : tok.i]] + [
            segments[i] for i in range(idx - 1, max(idx - 3, -1), -1)
        ]
        speaking = _reports(tok) or (not person and tok.head.lemma_.lower() in SPEECH_VERBS)
        for window in windows:
            subjects = [
                t
                for t in window
                if t.dep_ in ("nsubj", "nsubjpass")
                and t.i != tok.i
                # "No recruiter of Daesh is operating ...," he said: nobody to refer back to
                and not any(c.dep_ == "det" and c.lower_ == "no" for c in t.children)
                and not (speaking and _quoted(state, t) and not _quoted(state, tok))
            ]
            if window is windows[0]:
                subjects.reverse()  # "X said it would": the nearest subject before the pronoun
                main = _conjoined_subject(tok)
                if main is not None and main in subjects:
                    # "Qatar has served as a channel since the group opened an office, and it
                    # hosted the talks": the subject of a coordinated verb is the first
                    # verb's, not a nearer subordinate clause's
                    subjects.remove(main)
                    subjects.insert(0, main)
            else:
                if speaking:
                    # "according to a police spokesman" (one person, as "he" is)
                    subjects += [t for t in window if _according_to(t) and t.tag_ in ("NN", "NNP")]
                subjects.sort(
                    key=lambda t: (
                        speaking and not (_according_to(t) or _reports(t)),
                        t.head.dep_ != "ROOT",
                        t.i,
                    )
                )
            for subj in subjects[:2]:
                found = self._subject_actor(state, subj, pronoun=pronoun, person=person)
                if found == "" and window is windows[0]:
                    # "Muttaqi said Afghanistan guarantees ... and rejected what he called":
                    # a nearer clause's subject does not rule out the main speaker
                    continue
                if found == "":
                    break  # the main subject disagrees: look no further back for this window
                if found:
                    return found
            if window is not windows[0] and subjects:
                break  # the previous sentence had a subject but it did not fit
        if not person:
            return None
        mentions = sorted(state.actor_mentions, key=lambda m: m.start)
        for m in reversed(mentions):
            if m.start >= tok.idx or not m.actor_id:
                continue
            if self._is_person(m.actor_id) and self._gender_fits(m.actor_id, pronoun):
                return m.actor_id
        return None

    def _segments(self, state: _State) -> list[Span]:
        """The document's sentences, split again at paragraph breaks inside them."""
        if state.segments is None:
            doc = state.doc
            state.segments = []
            for sent in doc.sents:
                start = sent.start
                for t in sent:
                    if t.is_space and "\n" in t.text and start < t.i < sent.end - 1:
                        state.segments.append(doc[start : t.i + 1])
                        start = t.i + 1
                state.segments.append(doc[start : sent.end])
        return state.segments

    def _subject_actor(
        self, state: _State, subj: Token, *, pronoun: str, person: bool
    ) -> str | None:
        """The actor a subject token stands for if it can be the pronoun's antecedent; "" when
        it is clearly something else, None when unknown."""
        m = self._mention_at(state, subj)
        if m is None and _according_to(subj) and subj.lemma_.lower() in SOURCE_ANAPHORS:
            # "According to the ISPR statement, ... It called on": the statement's issuer
            m = next(
                (
                    found
                    for c in subj.children
                    if c.dep_ in ("compound", "poss")
                    and (found := self._mention_at(state, c)) is not None
                ),
                None,
            )
        if m is not None and m.actor_id:
            is_person = self._is_person(m.actor_id)
            if (
                person
                and not is_person
                and (
                    m.rule == "role"
                    or subj.lemma_ in PERSON_ROLE_NOUNS
                    or self._spokesperson_named(m)
                    or m.rule == "generic"
                    and subj.tag_ == "NN"
                    and subj.lemma_.lower() in OFFICE_HOLDER_NOUNS
                )
            ):
                # "The envoy said ... she added", "Pakistan's army chief ... He": the body the
                # unnamed role holder stands for; "Esmaeil Baghaei said ... He added": the body
                # the spokesperson's words were given to
                return m.actor_id
            if person and is_person:
                fits = self._gender_fits(m.actor_id, pronoun) or self._unknown_gender(
                    state, m.actor_id, pronoun
                )
                return m.actor_id if fits else ""
            named = next(
                (
                    a
                    for c in subj.children
                    if c.dep_ == "appos"
                    and (a := self._mention_at(state, c)) is not None
                    and a.actor_id
                    and self._is_person(a.actor_id)
                ),
                None,
            )
            if person and named is not None and named.actor_id:
                # "A second witness, terrorism researcher Laura Chen, ... She said": the name
                # (a name the knowledge base does not know has no gender to disagree)
                name_id = named.actor_id
                fits = self.kb.gender_of(name_id) is None or self._gender_fits(name_id, pronoun)
                return name_id if fits else ""
            if (
                person
                and m.rule == "generic"
                and m.actor_id.startswith("prov:")
                and subj.tag_ == "NN"
                and subj.lemma_.lower() in GENERIC_NOUNS
                and subj.lemma_.lower() not in NON_PERSON_NOUNS
            ):
                # "A shopkeeper near the bank said he had counted 12 bodies": one unnamed person
                return m.actor_id
            if not person and not is_person:
                if subj.tag_ == "NNS" or _names_people(subj):
                    return ""  # "A soldier was killed ..., it said": not the soldier
                return m.actor_id
            return ""
        if not person and subj.lemma_.lower() in STANCE_NOUNS | RESPONSE_NOUNS:
            # "The Islamic Emirate's response was swift. Its directorate rejected": the body
            # whose response or stance the sentence was about
            for child in subj.children:
                if child.dep_ == "poss":
                    owner = self._mention_at(state, child)
                    if owner is not None and owner.actor_id and not self._is_person(owner.actor_id):
                        return owner.actor_id
        if person and subj.lemma_.lower() in PERSON_ROLE_NOUNS:
            for child in subj.children:
                named = self._mention_at(state, child) if child.dep_ == "appos" else None
                if named is not None and named.actor_id and self._is_person(named.actor_id):
                    # "Moscow's envoy, Zamir Kabulov, said ... he warned": the named envoy
                    return named.actor_id if self._gender_fits(named.actor_id, pronoun) else ""
            for child in subj.children:
                if child.dep_ in ("poss", "compound", "amod"):
                    owner = self._mention_at(state, child)
                    if owner is not None and owner.actor_id:
                        return owner.actor_id
        if subj.pos_ == "PRON":
            return None
        return "" if subj.pos_ in ("NOUN", "PROPN") else None

    def _spokesperson_named(self, m: ActorMention) -> bool:
        """True for a mention that names a spokesperson, linked to the body they speak for."""
        return m.rule in ("name", "alias") and any(
            a.kind == "person" and self.kb.speaks_for(a.id) == m.actor_id
            for a in self.kb.lookup(m.text)
        )

    def _unknown_gender(self, state: _State, actor_id: str, pronoun: str) -> bool:
        """ "Zarina Bekova, a teacher, said she had seen it": a person the knowledge base does
        not know has no gender to disagree with, unless the text has already used the other
        pronoun for them."""
        if not actor_id.startswith("prov:") or self.kb.gender_of(actor_id) is not None:
            return False
        other = {"she": ("he", "him", "his"), "he": ("she", "her", "hers")}.get(pronoun, ())
        return not any(
            m.actor_id == actor_id and m.text.lower() in other for m in state.actor_mentions
        )

    def _gender_fits(self, actor_id: str, pronoun: str) -> bool:
        gender = self.kb.gender_of(actor_id)
        if pronoun == "she":
            return gender == "female"
        return gender != "female"

    def _recent_civil_group(
        self, state: _State, tok: Token, mentions: list[ActorMention]
    ) -> str | None:
        """ "Amnesty International said ... The group said": a non-governmental body named last,
        in this sentence or the one before, is "the group"; further back, an armed group the
        article is about is the likelier referent."""
        window = state.doc[_sentences_back(tok, 1)].idx
        for m in reversed(mentions):
            if m.start >= tok.idx or not m.actor_id or m.rule == "coref":
                continue
            if m.start < window:
                return None
            actor = self.kb.get(m.actor_id)
            if actor is None or actor.kind not in ("group", "organization"):
                continue
            root = self._mention_root(state, m)
            if (
                root is not None
                and root.dep_ in ("compound", "dobj")
                and actor.sector not in CIVIL_GROUP_SECTORS
            ):
                # "HRW said detainees remained in Taliban custody and urged the authorities to
                # free them. The group also ...": a modifier or an object is not who "the
                # group" is; the body doing the saying is
                continue
            if actor.sector == "PTY" and any(
                (a := self.kb.get(n.actor_id or "")) is not None and a.sector == "REB"
                for n in mentions
                if window <= n.start < tok.idx
            ):
                # "IS-K had killed clerics linked to the JUI-F. He said the group was
                # recruiting": a party is "the party"; with an armed group in view, "the group"
                # is that group
                return None
            return actor.id if actor.sector in CIVIL_GROUP_SECTORS else None
        return None

    def _governing_movement(self, tok: Token, mentions: list[ActorMention]) -> str | None:
        """ "rejected reports that the group was holding ...", "since the group opened an
        office" with no armed group named before: a movement that rules a state (the Taliban)
        named earlier in the same sentence is still called "the group" (its people named between
        do not count). A state named as a country is never one. Only a bare "the group": "the
        group that attacked the mosque", "the group behind the attack" describe another."""
        if not _bare_noun(tok):
            return None
        sent = tok.sent
        for m in reversed(mentions):
            if m.start >= tok.idx or m.start < sent.start_char or not m.actor_id:
                continue
            actor = self.kb.get(m.actor_id)
            if m.rule == "coref" or actor is not None and actor.kind == "person":
                continue  # "the Taliban's spokesman, Abdul Qahar Balkhi, ... the group"
            if actor is None or actor.kind == "country" or not self.kb.is_government(actor):
                return None  # the nearest body is another: no guess past it
            return actor.id
        return None

    def _body_called_so(
        self, tok: Token, mentions: list[ActorMention], low: str, *, same: bool
    ) -> str | None:
        """s22: "a TTP faction calling itself the Marwat Mujahideen Group ... the faction's
        commanders": the body the text itself introduced with the bare noun, however far back,
        before any armed group in view; "the same faction": also a body named with the noun
        ("a TTP splinter faction"). A bare "the group" does not reach back to "a human rights
        group" that way: too many bodies are groups."""
        for m in reversed(mentions):
            if m.start >= tok.idx or not m.actor_id:
                continue
            # the noun itself, no article: not an earlier "the group" resolved by recency
            words = normalize(m.text).split()
            if m.text.lower() != low and not (same and words and words[-1] == low):
                continue
            actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
            if actor is not None and actor.kind != "person":
                return actor.id
        return None

    def _called_so_before(
        self, state: _State, tok: Token, mentions: list[ActorMention], low: str
    ) -> str | None:
        """ "A little-known militant group, the Baloch Sarmachar Front, claimed ... The group
        said": a body the KB lacks (so no sector says it is armed) that the text itself has
        called a group, in this sentence or the two before."""
        limit = state.doc[_sentences_back(tok, 2)].idx
        for m in reversed(mentions):
            if m.start >= tok.idx or m.start < limit or not m.actor_id:
                continue
            actor = self._provisional_by_id(m.actor_id)
            if actor is None or actor.kind == "person":
                continue
            if low in normalize(m.text).split():
                return actor.id
        return None

    def _last_actor(
        self,
        mentions: list[ActorMention],
        before: int,
        *,
        kinds: tuple[str, ...] = (),
        sectors: tuple[str, ...] = (),
    ) -> str | None:
        for m in reversed(mentions):
            if m.start >= before or not m.actor_id or m.rule == "coref":
                continue
            actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
            if actor is None:
                continue
            if kinds and actor.kind not in kinds:
                continue
            if sectors and (
                actor.sector not in sectors or actor.provisional and actor.kind != "group"
            ):
                continue
            if sectors and actor.provisional:
                continue
            return actor.id
        return None


def _bare_noun(tok: Token) -> bool:
    """True for a noun with nothing but its article: no modifier, relative clause or
    prepositional phrase ("the group that attacked", "the group behind the attack", "the group
    responsible for the bombing", which the parser may hang elsewhere)."""
    if any(c.dep_ not in ("det", "punct", "case") for c in tok.children):
        return False
    if tok.i + 1 >= len(tok.doc):
        return True
    after = tok.doc[tok.i + 1]
    return after.pos_ not in ("ADJ", "ADP") and after.tag_ not in ("WDT", "WP", "WP$")


def _reports(tok: Token) -> bool:
    """True for the subject of a verb of saying ("he said", "the ministry noted")."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in REPORTING_VERBS


def _according_to(tok: Token) -> bool:
    """True for X in "according to X"."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.head.head.lower_ == "according"


def _quoted(state: _State, tok: Token) -> bool:
    """True for a token inside quotation marks opened in its own paragraph."""
    return _within_quotes(state.text, tok.idx)


def _conjoined_subject(tok: Token) -> Token | None:
    """The subject of the verb that ``tok``'s verb is coordinated with ("X served ..., and it
    hosted"), when ``tok`` is a pronoun subject of a coordinated verb."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i >= verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


# Armed men a possessive gives to a body ("his men", "its fighters", "his forces").
_OWNED_FIGHTERS = frozenset(["man", "fighter", "force"])
# Sectors of bodies that have fighters of their own (a ruling movement is "GOV").
_ARMED_SECTORS = frozenset(["REB", "GOV", "MIL", "COP", "SPY"])
# Subjects whose "his men" are the body that modifies them ("a Taliban commander").
_COMMANDER_NOUNS = frozenset(["commander", "leader", "chief"])
# Nouns a body is introduced with before the name it gives itself ("a faction calling itself X").
_SELF_STYLED_NOUNS = frozenset(
    ["group", "faction", "outfit", "organisation", "organization", "movement", "militia", "network"]
)
