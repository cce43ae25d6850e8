"""States and countries: the article's focus countries (pass 1), the country a modifier,
possessor, seat, dateline or speaker points to, whose "officials" or "police" a phrase means,
sets of states ("the two neighbours"), country styles ("the kingdom") and what only a state's
forces do ("Pakistan's strikes"). Kept apart because nearly every later rule needs "which
country is this?".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.lexicon import (
    BODY_ANAPHORS,
    COUNTRY_STYLES,
    DESCRIBED_GOVERNMENT_NOUNS,
    LOCAL_MODIFIERS,
    NEUTRAL_MODIFIERS,
    NUMBER_WORDS,
    PLACE_LABELS,
    PORTFOLIO_WORDS,
    POSSESSIVES,
    PUBLIC_TIERS,
    SERVICE_PORTFOLIOS,
    STATE_SECTORS,
    STATE_SET_NOUNS,
    SUBNATIONAL_TIERS,
    URGING_VERBS,
)
from watchfloor.kb.linking.mentions import MentionsMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import (
    _in_apposed_person_name,
    _military_head,
    _shared_subject,
    _speech_verb_above,
    _unowned,
)
from watchfloor.records import ActorMention, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class CountriesMixin(MentionsMixin):
    """Which country a phrase, a speaker or a sentence belongs to."""

    def _focus_countries(self, doc: Doc, counts: dict[str, float] | None = None) -> list[str]:
        counts = {} if counts is None else counts  # filled for the gazetteer's homonym choice
        for ent in doc.ents:
            iso3 = None
            if ent.ent_id_ and ent.ent_id_ != "place":
                actor = self.kb.get(ent.ent_id_)
                iso3 = actor.country if actor else None
                if iso3 is None and self.kb.countries.get(ent.ent_id_):
                    iso3 = ent.ent_id_
            elif ent.label_ == "NORP":
                iso3 = self.kb.country_of_demonym(ent.text)
            elif ent.label_ in PLACE_LABELS and not _in_apposed_person_name(ent):
                # a place name counts towards the focus only when all its homonyms lie in one
                # country: "Bara" exists in Pakistan, India, Nigeria… and proves nothing
                countries = {p.country for p in self.gazetteer.lookup(ent.text) if p.country}
                iso3 = countries.pop() if len(countries) == 1 else None
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
        return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    def _country_of_modifier(self, span: Span) -> tuple[str | None, str]:
        """ISO3 (or actor id) a modifier span names: demonym, country name, capital, actor."""
        text = span.text
        iso3 = self.kb.country_of_demonym(text)
        if iso3:
            return iso3, "demonym"
        for actor in self.kb.lookup(text):
            if actor.kind == "country":
                return actor.id, "name"
        iso3 = self.kb.country_of_capital(text)
        if iso3:
            return iso3, "metonymy"
        return None, ""

    def _named_country(self, span: Span) -> str | None:
        """ISO3 of a country name or demonym ("Iran", "Iranian"); a capital does not count."""
        iso3, how = self._country_of_modifier(span)
        return iso3 if how in ("name", "demonym") else None

    def _possessor_country(self, ent: Span) -> str | None:
        doc = ent.doc
        k = ent.start - 1
        if k < 1 or doc[k].text not in POSSESSIVES:
            return None
        start = k - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        iso3, _ = self._country_of_modifier(doc[start:k])
        if iso3 is None and doc[start].ent_id_:
            # "the Taliban's Ministry of Defence": a de-facto government's organ is the state's
            actor = self.kb.get(doc[start].ent_id_)
            if actor is not None and self.kb.is_government(actor):
                iso3 = actor.country
        return iso3

    def _context_country(self, ent: Span, state: _State, *, focus: bool = True) -> str | None:
        """The country of a demonym or place right before the name ("Iranian Ali Reza"),
        else (with ``focus``) the article's main country."""
        doc = ent.doc
        if ent.start > 0:
            prev = doc[ent.start - 1]
            if prev.ent_type_ in ("NORP", "GPE"):
                iso3, _ = self._country_of_modifier(doc[prev.i : prev.i + 1])
                if iso3:
                    return iso3
        return state.focus[0] if focus and state.focus else None

    def _country_for(self, state: _State, tok: Token, home: str | None = None) -> str | None:
        """The country a function word ("police", "the government") belongs to: the one the
        sentence names most (places, demonyms, state actors), else ``home`` when given, else
        the article's focus."""
        sent = tok.sent
        # The article's main country is only the prior: any state actor or place named in the
        # sentence outweighs it ("In Khost, ... the provincial police spokesman said").
        prior = home or (state.focus[0] if state.focus else None)
        votes: dict[str, float] = {prior: 0.6} if prior else {}
        # What the reader has seen before the phrase weighs more than what follows it, unless
        # it is part of the phrase ("the Foreign Ministry in Tehran").
        own_end = tok.doc[tok.right_edge.i].idx + len(tok.doc[tok.right_edge.i])

        def weight(start: int) -> float:
            return 1.0 if start < tok.idx or start < own_end else 0.35

        for m in state.actor_mentions:
            if sent.start_char <= m.start < sent.end_char and m.actor_id:
                actor = self.kb.get(m.actor_id)
                if actor is not None and actor.country and actor.kind != "person":
                    votes[actor.country] = votes.get(actor.country, 0) + weight(m.start)
        for pm in state.place_mentions:
            if sent.start_char <= pm.start < sent.end_char and pm.place_id:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.country:
                    votes[place.country] = votes.get(place.country, 0) + weight(pm.start)
        speaker = self._reporting_speaker_country(state, tok)
        if speaker:
            # "Baradar warned that the government would not help": a speaker's own government
            votes[speaker] = votes.get(speaker, 0) + 1.5
        if not votes:
            return None
        rank = {c: i for i, c in enumerate(state.focus)}
        return max(votes, key=lambda c: (votes[c], -rank.get(c, 99)))

    def _sentence_country(self, state: _State, tok: Token) -> bool:
        """True when the sentence of ``tok`` names a country's place or state body before it."""
        sent = tok.sent
        for m in state.actor_mentions:
            if sent.start_char <= m.start < tok.idx and m.actor_id:
                actor = self.kb.get(m.actor_id)
                if actor is not None and actor.country and actor.kind != "person":
                    return True
        for pm in state.place_mentions:
            if sent.start_char <= pm.start < tok.idx and pm.place_id:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.country:
                    return True
        return False

    def _reporting_speaker_country(self, state: _State, tok: Token) -> str | None:
        """Country of whoever says the clause containing ``tok`` ("X warned that ...")."""
        h = _speech_verb_above(tok)
        if h is None:
            return None
        # "X told ... and warned that": the shared subject
        subj = _shared_subject(h, next((c for c in h.children if c.dep_ == "nsubj"), None))
        m = self._mention_at(state, subj) if subj is not None else None
        if m is None and subj is not None:
            m = self._named_before(state, subj)
        actor = self.kb.get(m.actor_id) if m is not None and m.actor_id else None
        return actor.country if actor is not None else None

    def _named_before(self, state: _State, tok: Token) -> ActorMention | None:
        """ "the ministry" as a speaker before the body rules have run: the body named just
        before whose name has that word ("the Taliban's Ministry of Defence ... the ministry
        said")."""
        if tok.lemma_.lower() not in BODY_ANAPHORS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in tok.children
        ):
            return None
        for m in self._before(state, tok, sents_back=2):
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind in ("person", "country"):
                continue
            if tok.lower_ in normalize(m.text).split():
                return m
        return None

    def _government_country(self, state: _State, tok: Token) -> str | None:
        """Whose "officials", "the authorities", "the district administration" these are: the
        state of the place they sit in ("officials in Islamabad", "the authorities in
        Kandahar"), else of the sentence; None when something else owns them ("hospital
        officials", "officials of the ministry")."""
        if _unowned(tok):
            return self._country_for(state, tok)
        country = None
        # "a provincial health official": a department of the provincial government
        public = any(c.dep_ == "amod" and c.lower_ in PUBLIC_TIERS for c in tok.children)
        # "trade officials in Kabul": a ministry's portfolio narrows officials the capital
        # already makes the state's
        capital = any(
            c.dep_ == "prep"
            and c.lower_ == "in"
            and any(g.dep_ == "pobj" and self.kb.country_of_capital(g.text) for g in c.children)
            for c in tok.children
        )
        for child in tok.children:
            if (
                child.dep_ == "compound"
                and child.lower_ in PORTFOLIO_WORDS
                and (capital or child.lower_ not in SERVICE_PORTFOLIOS)
            ):
                # "health officials", "trade officials in Kabul": a ministry's portfolio
                # narrows the state's officials; "railway officials" speak for an
                # institution of their own unless a capital makes them the state's
                continue
            if child.dep_ in ("det", "nummod", "quantmod", "punct", "cc", "conj", "relcl", "acl"):
                continue
            if child.dep_ in ("amod", "compound") and (
                child.lower_ in LOCAL_MODIFIERS
                or child.lower_ in NEUTRAL_MODIFIERS
                or public
                and child.dep_ == "compound"
                and child.is_lower
            ):
                continue
            if child.dep_ == "prep" and child.lower_ == "in":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                country = self._place_country(state, pobj) if pobj is not None else None
                if country is None:
                    return None
                continue
            if (
                child.dep_ == "poss"
                and tok.lemma_.lower() in ("ruler", "rulers", "leadership")
                and (owner := self._named_country(tok.doc[child.i : child.i + 1]))
            ):
                # "Afghanistan's rulers": the government of the state named as possessor
                country = owner
                continue
            return None
        if tok.dep_ == "conj" and self._government_country(state, tok.head) is None:
            return None
        return country or self._country_for(state, tok)

    def _place_country(self, state: _State, tok: Token) -> str | None:
        pm = _place_mention_at(state, tok)
        if pm is not None:
            place = self.gazetteer.get(pm.place_id or "")
            return place.country if place is not None else None
        m = self._mention_at(state, tok)
        actor = self.kb.get(m.actor_id) if m is not None and m.actor_id else None
        if actor is not None and actor.kind == "country":
            return actor.id
        return self.kb.country_of_capital(tok.text)

    def _from_several_states(self, state: _State, tok: Token) -> bool:
        """True for "troops from Russia, Tajikistan and Kyrgyzstan": people of several states."""
        for prep in tok.children:
            if prep.dep_ != "prep" or prep.lower_ != "from":
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            states = {
                country
                for t in [pobj, *pobj.conjuncts]
                if (country := self._place_country(state, t))
            }
            if len(states) >= 2:
                return True
        return False

    def _seat_country(self, state: _State, tok: Token) -> str | None:
        """The country of the place an organ sits in: "the interior ministry in Kabul"."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "at"):
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self._place_country(state, pobj)
        return None

    def _subnational_owner(self, state: _State, tok: Token) -> int | None:
        """Where "the provincial government", "the Balochistan government" begins when a
        sub-national tier or place owns the noun; None for the state's own government."""
        owners = [
            c
            for c in tok.children
            if c.dep_ == "amod"
            and c.lower_ in SUBNATIONAL_TIERS
            or c.dep_ in ("poss", "compound")
            and c.i < tok.i
            and self._subnational_place(state, c)
        ]
        if not owners or tok.dep_ == "compound":
            return None
        return min(c.left_edge.i for c in owners)

    def _subnational_place(self, state: _State, tok: Token) -> bool:
        pm = _place_mention_at(state, tok)
        place = self.gazetteer.get(pm.place_id or "") if pm is not None else None
        return place is not None and place.kind != "country"

    def _link_state_sets(self, state: _State) -> None:
        """ "the two nuclear-armed neighbours", "the three sides": as many states as the number
        says, those the sentence names, else the last ones named before."""
        doc = state.doc
        mediators: set[str] = set()
        for tok in state.tagged("NNS"):
            if tok.lemma_.lower() not in STATE_SET_NOUNS or state.covered(tok.i, tok.i + 1):
                continue
            count = next(
                (NUMBER_WORDS[c.lower_] for c in tok.children if c.lower_ in NUMBER_WORDS), 0
            )
            det = [c for c in tok.children if c.dep_ in ("det", "predet")]
            if det and det[0].lower_ == "both":
                count = 2
            elif not det or det[0].lower_ != "the":
                continue
            if count < 2:
                continue
            if any(
                c.dep_ in ("poss", "compound") or c.ent_type_ and c.dep_ != "nummod"
                for c in tok.children
            ):
                continue
            sent = tok.sent
            # a state once shown urging the sides stays outside them ("China called on both
            # sides ... After talks between the two sides")
            mediators |= self._mediator_states(state, tok)
            mediator = frozenset(mediators)
            here = [
                s
                for s in self._states_in(state, sent.start_char, sent.end_char)
                if s not in mediator
            ]
            if len(here) != count and sent.start > 0:
                # "China urged both countries": the parties are those of the last sentence
                here = [
                    s
                    for s in self._states_in(
                        state, doc[sent.start - 1].sent.start_char, sent.start_char
                    )
                    if s not in mediator
                ]
            chosen = here
            # "residents on both sides of the border": sides of a place, not of a dispute, so
            # only states the text puts right there may fill it
            of_a_place = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children) or (
                tok.dep_ == "pobj" and tok.head.lower_ in ("on", "across", "from")
            )
            if len(chosen) != count and not of_a_place:
                chosen = self._main_states(state, sent.start_char, count, mediator)
            if len(chosen) != count:
                continue
            span = doc[min(c.i for c in det) : tok.i + 1]
            # "generic": the phrase names no one itself, so the event coder may still pair it
            # with the parties of an earlier event
            state.add_actor(span, chosen[0], "generic", 0.6)
            for other in chosen[1:]:
                state.actor_mentions.append(
                    ActorMention(span.start_char, span.end_char, span.text, other, "generic", 0.6)
                )

    def _link_the_state(self, state: _State) -> None:
        """ "Whether the state can protect its own facilities", "a message from the state":
        the state as a power is the government of the country the sentence (else the article)
        is about; not "the state of emergency", "state media" or "the Islamic State". So is
        "the national polio programme"."""
        doc = state.doc
        for tok in state.spelled(frozenset(["state"])):
            if tok.tag_ != "NN" or tok.ent_type_ or state.covered(tok.i, tok.i + 1):
                continue
            if tok.dep_ in ("compound", "amod", "nmod") or tok.i == 0:
                continue
            if doc[tok.i - 1].lower_ != "the" or any(
                c.dep_ in ("amod", "compound", "nmod", "poss", "prep") and c.i < tok.i
                for c in tok.children
            ):
                continue  # "the Rakhine state", "the Islamic state"
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of":
                continue  # "the state of emergency", "the state of Balochistan"
            country = self._country_for(state, tok)
            if country:
                gov = self.kb.government_of(country) or country
                state.add_actor(doc[tok.i - 1 : tok.i + 1], gov, "generic", 0.5)
        for tok in state.spelled(frozenset(["programme", "program"])):
            # "figures compiled by the national polio programme": a national programme is run
            # by the state
            mods = [c for c in tok.children if c.i < tok.i]
            if (
                tok.ent_type_
                or state.covered(tok.left_edge.i, tok.i + 1)
                or not any(t.lower_ == "national" for t in doc[tok.left_edge.i : tok.i])
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in mods)
                or any(c.dep_ == "poss" or c.ent_type_ for c in mods)
            ):
                continue
            country = self._country_for(state, tok)
            if country:
                gov = self.kb.government_of(country) or country
                state.add_actor(doc[tok.left_edge.i : tok.i + 1], gov, "generic", 0.5)

    def _link_described_government(self, state: _State) -> None:
        """ "Uzbekistan was signing deals with a government that bars girls from secondary
        school", "not to normalise a regime that tortures its own people": an indefinite
        government characterised by a relative clause is the article's de-facto government (one
        that is not the state itself, as the Taliban are for Afghanistan) when the article names
        exactly one."""
        doc = state.doc
        de_facto: set[str] = set()
        for _, gov in self._state_hits(state, 0, len(state.text)):
            actor = self.kb.get(gov)
            if actor is not None and actor.kind != "country":
                de_facto.add(gov)
        if len(de_facto) != 1:
            return
        target = de_facto.pop()
        for tok in state.spelled(DESCRIBED_GOVERNMENT_NOUNS):
            if tok.tag_ != "NN" or tok.ent_type_ or state.covered(tok.i, tok.i + 1):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if len(det) != 1 or det[0].lower_ not in ("a", "an") or det[0].i != tok.i - 1:
                continue  # "a government", not "a Taliban government" or "a new government"
            if not any(c.dep_ == "relcl" for c in tok.children):
                continue
            state.add_actor(doc[tok.i - 1 : tok.i + 1], target, "generic", 0.5)

    def _main_states(
        self, state: _State, end: int, count: int, exclude: frozenset[str] = frozenset()
    ) -> list[str]:
        """The `count` governments the text before `end` names most often, when they stand
        clearly above the rest: "the three sides" of a trilateral meeting, "both sides" of a
        bilateral dispute that a mediator's sentence talks about (the mediator, `exclude`,
        being no side)."""
        tally: dict[str, int] = {}
        for _, gov in self._state_hits(state, 0, end):
            if gov not in exclude:
                tally[gov] = tally.get(gov, 0) + 1
        ranked = sorted(tally.items(), key=lambda kv: -kv[1])
        if len(ranked) < count:
            return []
        if len(ranked) > count and ranked[count][1] * 2 > ranked[count - 1][1]:
            return []  # no clear set of parties: a third state is named nearly as often
        return [gov for gov, _ in ranked[:count]]

    def _mediator_states(self, state: _State, tok: Token) -> frozenset[str]:
        """ "China's spokeswoman called on both sides to exercise restraint": whoever urges
        a set of states is outside it, so the subject's state is no side."""
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return frozenset()
        verb = tok.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() not in URGING_VERBS:
            return frozenset()  # "Pakistan closed the crossing, leaving both sides ...": a party
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            start, end = subj.left_edge.idx, subj.right_edge.idx + len(subj.right_edge)
        elif verb.i < tok.i:
            # a sentence the parser ran on across a paragraph break has lost the subject:
            # what stands before the verb in the verb's own paragraph
            text = state.text
            start = max(tok.sent.start_char, text.rfind("\n", 0, verb.idx) + 1)
            end = verb.idx
        else:
            return frozenset()
        return frozenset(gov for _, gov in self._state_hits(state, start, end))

    def _states_in(self, state: _State, start: int, end: int) -> list[str]:
        """Governments in [start, end), named as themselves, by their organs and people or as
        the country a thing happens in ("missiles struck targets inside Pakistan"), in order."""
        found: list[str] = []
        for _, gov in self._state_hits(state, start, end):
            if gov not in found:
                found.append(gov)
        return found

    def _state_hits(self, state: _State, start: int, end: int) -> list[tuple[int, str]]:
        named: list[tuple[int, str]] = []
        for m in state.actor_mentions:
            if not start <= m.start < end or not m.actor_id or m.rule == "coref":
                continue
            actor = self.kb.get(m.actor_id)
            if actor is None:
                continue
            if actor.kind != "country" and (not actor.country or actor.sector not in STATE_SECTORS):
                continue
            named.append((m.start, actor.country or actor.id))
        for pm in state.place_mentions:
            place = self.gazetteer.get(pm.place_id) if pm.place_id else None
            if start <= pm.start < end and place is not None and place.kind == "country":
                named.append((pm.start, place.country or ""))
        for tok in state.doc.char_span(start, end, alignment_mode="expand") or []:
            # "Pakistani and Afghan officials": one mention, two states (and a tagger that may
            # read "Afghan officials" as a name)
            if tok.tag_ == "JJ" and tok.text[:1].isupper():
                iso3 = self.kb.country_of_demonym(tok.text)
                if iso3:
                    named.append((tok.idx, iso3))
        return [(pos, self.kb.government_of(iso3) or iso3) for pos, iso3 in sorted(named) if iso3]

    def _dateline_country(self, state: _State) -> str | None:
        end = state.dateline_end
        if not end:
            return None
        limit = state.doc[end].idx
        for pm in state.place_mentions:
            place = self.gazetteer.get(pm.place_id) if pm.place_id else None
            if pm.start < limit and place is not None and place.country:
                return place.country
        return None

    def _link_country_styles(self, state: _State) -> None:
        """ "the kingdom's mediators", "the sultanate": the last country named whose official
        name has that word (Kingdom of Saudi Arabia)."""
        doc = state.doc
        for tok in state.spelled(COUNTRY_STYLES):
            if tok.i == 0 or doc[tok.i - 1].lower_ != "the" or state.covered(tok.i - 1, tok.i + 1):
                continue
            if tok.text[0].isupper() and tok.i - 1 != tok.sent.start:
                continue  # "the Kingdom of ...": a name
            named = [(m.start, m.actor_id) for m in state.actor_mentions if m.start < tok.idx]
            named += [
                (pm.start, pm.place_id[len("country:") :])
                for pm in state.place_mentions
                if pm.start < tok.idx and pm.place_id and pm.place_id.startswith("country:")
            ]
            for _, actor_id in sorted(named, key=lambda x: x[0], reverse=True):
                actor = self.kb.get(actor_id or "")
                if actor is None or actor.kind != "country":
                    continue
                if any(tok.lower_ in n.lower().split() for n in [actor.name, *actor.aliases]):
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], actor.id, "coref", 0.6)
                    break

    def _military_possessions(self, state: _State) -> None:
        """ "Pakistan's strikes", "Iran's shelling": what only armed forces do, owned by a
        state, is its military's act (as "Pakistani strikes" is)."""
        doc = state.doc
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind != "country":
                continue
            span = doc.char_span(m.start, m.end)
            if span is None or span.end + 1 >= len(doc):
                continue
            if doc[span.end].text not in POSSESSIVES:
                continue
            head = span.root.head
            if span.root.dep_ != "poss" or not _military_head(head):
                continue
            organ = self.kb.named_organ(actor.id, "military")
            if organ:
                m.actor_id = organ
                m.rule = "demonym"


def _place_mention_at(state: _State, tok: Token) -> PlaceMention | None:
    """The first resolved place mention covering ``tok``."""
    for pm in state.place_mentions:
        if pm.start <= tok.idx < pm.end and pm.place_id:
            return pm
    return None
