"""Generic nouns: "police", "officials", "gunmen", "the authorities" — the service or
government of the sentence's country, or the armed group the article attributes an attack
to. The largest single rule (`_link_generic`) with the helpers only it needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.anaphors import AnaphorsMixin
from watchfloor.kb.linking.lexicon import (
    BARE_GOVERNMENT,
    BARE_ONLY,
    COMPOUND_FIRST_WORDS,
    CREATION_VERBS,
    FORMER_WORDS,
    GENERIC_NOUNS,
    GROUP_ANAPHORS,
    LISTED_STATUS,
    MEMBER_NOUNS,
    MILITARY_ACTS,
    NOMINAL_ADJECTIVES,
    OFFICE_HOLDER_NOUNS,
    PARAMILITARY_HEADS,
    PARAMILITARY_WORDS,
    PAST_MODIFIERS,
    PEOPLE_ANAPHORS,
    PLIGHT_MODIFIERS,
    RESPONSIBILITY_VERBS,
    SEATED_BODY_WORDS,
    SECURITY_POSTS,
    SERVICE_MEMBERS,
    SERVICE_MODIFIERS,
    SOURCE_ANAPHORS,
    SPEECH_VERBS,
    STATE_BODY_PHRASES,
    STATE_TASKS,
    STATE_WORDS_FOR_OFFICIALS,
    TEAM_NOUNS,
)
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import (
    _located,
    _names_people,
    _sentences_back,
    _unowned,
    _with_article,
)
from watchfloor.records import Actor, ActorMention

# nouns for people who serve a state, a group of their own once "former" (guide §0), besides
# the office holders and the nouns GENERIC_NOUNS already types ("soldier", "employee")
FORMER_SERVANTS = frozenset(["personnel", "captain"])

if TYPE_CHECKING:
    from spacy.tokens import Token


class GenericNounsMixin(AnaphorsMixin):
    """Common nouns that name a participant without naming anyone."""

    def _post_police(self, state: _State, tok: Token) -> str | None:
        """s21: "the assault on the police station ... militants attacked a checkpost",
        "constables posted at the checkpost": a post is the police's when the service this or the
        last sentence names before it is the police, not the army."""
        country = self._country_for(state, tok)
        police = self.kb.named_organ(country, "police") if country else None
        army = self.kb.named_organ(country, "military") if country else None
        if not police or not army:
            return None
        first = tok.doc[_sentences_back(tok, 1)].idx
        for m in sorted(state.actor_mentions, key=lambda m: -m.start):
            if m.start >= tok.idx or m.start < first:
                continue
            if m.actor_id == police:
                return police
            if m.actor_id == army:
                return None
        return None

    def _role_actor(self, state: _State, tok: Token, role: str) -> str | None:
        """ "jets", "the police": the one state body of that role the article already named
        ("Pakistani aircraft ... jets bombed"), else that of the sentence's country."""
        sent = tok.sent
        members = SERVICE_MEMBERS if tok.lemma_.lower() in SERVICE_MEMBERS else ()
        # "a Frontier Corps vehicle was hit, killing five soldiers", "The Frontier Corps said
        # its troops came under fire. A soldier was killed, the FC said": the soldiers are the
        # unit's that this or the last sentence names (a press office is nobody's unit)
        prev = tok.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        near = [
            m
            for m in state.actor_mentions
            if m.actor_id and prev <= m.start < sent.end_char and m.start != tok.idx
        ]
        near.sort(key=lambda m: (m.start > tok.idx, abs(m.start - tok.idx)))
        for m in near if members else ():
            unit = self.kb.get(m.actor_id or "")
            if (
                unit is not None
                and self._unit_of(unit, role)
                and (m.start >= sent.start_char or not self._other_service(state, prev, tok, m))
                # a unit named after the soldiers only as the one reporting ("..., the FC said")
                and (m.start < tok.idx or self._is_speaker(self._mention_root(state, m)))
            ):
                return unit.id
        if members and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            # "six paramilitary soldiers [FC] were killed ... compensation for the families of
            # the soldiers": "the soldiers" are the ones named before, and so their unit's
            for m in sorted(state.actor_mentions, key=lambda m: -m.start):
                if m.start >= tok.idx or not m.actor_id:
                    continue
                root = self._mention_root(state, m)
                if root is None or root.lemma_.lower() != tok.lemma_.lower():
                    continue
                unit = self.kb.get(m.actor_id)
                if unit is None or not unit.country:
                    break
                service = self.kb.sub_actor(unit.country, role)
                if unit.parent and unit.parent == service:
                    return unit.id
                if unit.id != service:
                    break  # the last soldiers named were someone else's
                # soldiers the generic rule gave the whole service say nothing: look further
        seen: list[str] = []
        for m in state.actor_mentions:
            if m.start >= tok.idx or not m.actor_id or m.actor_id in seen:
                continue
            actor = self.kb.get(m.actor_id)
            if actor is None or actor.kind != "organization" or not actor.country:
                continue
            if self.kb.is_government(actor):
                continue  # a government standing in for its organs says nothing about the role
            if self.kb.sub_actor(actor.country, role) == actor.id:
                seen.append(actor.id)
        # only a bare phrase: "the jets" points back to the jets named before, "operations
        # in Pakistan's North Waziristan" says where it belongs; an act ("military operations")
        # is as often the other side's as the speaker's
        bare = tok.lemma_.lower() not in MILITARY_ACTS and not any(
            c.dep_ in ("det", "poss", "prep") or c.ent_type_ for c in tok.children
        )
        speaker = self._reporting_speaker_country(state, tok) if bare else None
        if speaker and (not seen or self.kb.country_of(seen[0]) != speaker):
            # "the ministry said border forces were on alert": the speaker's own service, not
            # the other side's named earlier
            own = self.kb.named_organ(speaker, role)
            if own:
                return own
        if len(seen) == 1 and (role != "intelligence" or not self._sentence_country(state, tok)):
            # (an intelligence service named before is as often the other side's: "Indian
            # agents ... In Kabul, two intelligence officers were detained")
            return seen[0]
        # "Police moved the protesters" under a BISHKEK dateline: a domestic force, the
        # dateline state's unless the sentence names another
        home = self._dateline_country(state) if role == "police" else None
        country = self._country_for(state, tok, home)
        return self.kb.named_organ(country, role) if country else None

    def _unit_of(self, unit: Actor, role: str) -> bool:
        """Whether `unit` is a body of its state's `role` service (the Frontier Corps of the
        military), not that service's press office."""
        return bool(
            unit.kind == "organization"
            and unit.country
            and unit.parent
            and unit.parent == self.kb.sub_actor(unit.country, role)
            and not self._press_office(unit)
        )

    def _other_service(self, state: _State, start: int, tok: Token, unit: ActorMention) -> bool:
        """True when another armed body is named between a unit named in the last sentence and
        the soldiers: they may be that body's."""
        for m in state.actor_mentions:
            if unit.start < m.start < tok.idx and m.actor_id and m.actor_id != unit.actor_id:
                actor = self.kb.get(m.actor_id)
                if actor is not None and actor.sector in ("MIL", "COP") and m.rule != "generic":
                    return True
        return False

    def _attributed_group(
        self, state: _State, tok: Token, *, country: str | None = None
    ) -> str | None:
        """The armed group "militants", "gunmen", "a suicide bomber" belong to: the one the
        phrase names ("TTP fighters", "fighters of ETIM"), else the only group claiming
        responsibility in the article, else the only armed group it names at all."""
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                target = pobj
            elif child.dep_ not in ("compound", "nmod", "poss"):
                continue
            else:
                target = child
            m = self._mention_at(state, target)
            if m is not None and self._is_armed_group(m.actor_id):
                return m.actor_id
            if m is None and child.dep_ == "poss" and child.lemma_.lower() in GROUP_ANAPHORS:
                # "the group's fighters" (the anaphor is not linked yet): the armed group the
                # last sentences named, not the article's most salient one
                recent = self._recent_group(state, tok)
                if recent:
                    return recent
        if state.groups is None or state.groups_seen != len(state.actor_mentions):
            # recomputed when mentions were added since: a demonym phrase ("Pakistani
            # militants") is linked while the names after it are still being read
            state.groups, state.claimers = [], []
            state.groups_seen = len(state.actor_mentions)
            doc = state.doc
            for m in state.actor_mentions:
                group = m.actor_id
                if group is None or not self._is_armed_group(group):
                    continue
                if group not in state.groups:
                    state.groups.append(group)
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                root = span.root if span is not None else None
                if (
                    root is not None
                    and root.dep_ == "nsubj"
                    and root.head.lemma_.lower() in RESPONSIBILITY_VERBS
                    and any(t.lower_ == "responsibility" for t in root.sent)
                    and group not in state.claimers
                ):
                    state.claimers.append(group)
        for pool in (state.claimers, state.groups):
            fitting = [g for g in pool if country is None or self.kb.country_of(g) == country]
            if len(fitting) == 1:
                return fitting[0]
            if pool:
                return self._salient_group(state, tok, fitting)
        return None

    def _salient_group(self, state: _State, tok: Token, groups: list[str]) -> str | None:
        """Several armed groups named: the one named earlier in the same sentence ("strikes on
        TTP hideouts, killing 20 militants"), else the one the article names at least twice as
        often as any other (its subject); otherwise no guess."""
        sent = tok.sent
        here = {
            m.actor_id
            for m in state.actor_mentions
            if sent.start_char <= m.start < tok.idx and m.actor_id in groups
        }
        if len(here) == 1:
            return here.pop()
        if here:
            return None
        counts = {g: 0 for g in groups}
        for m in state.actor_mentions:
            if m.actor_id in counts and m.rule not in ("coref", "attributed"):
                counts[m.actor_id] += 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) >= 2 and ranked[0][1] >= 2 * ranked[1][1] and ranked[0][1] >= 2:
            return ranked[0][0]
        return None

    def _seated_body(self, state: _State, tok: Token) -> str | None:
        """ "urged members not to ...", some sentences after "the council" or "the committee":
        a bare plural "members" are that body's seats (the story is about the body)."""
        if tok.tag_ != "NNS" or any(
            c.dep_ not in ("det", "punct", "cc", "conj", "relcl", "acl") for c in tok.children
        ):
            return None
        for m in self._before(state, tok, sents_back=6):
            words = set(normalize(m.text).split())
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind == "person":
                continue
            names = words | set(normalize(actor.name).split())
            if names & SEATED_BODY_WORDS:
                return actor.id
        return None

    def _recent_members(self, state: _State, tok: Token, sents_back: int = 1) -> str | None:
        """The armed group whose people the last sentences counted ("members of the TTP",
        "ISKP fighters"), unless other unnamed people were named after them."""
        for m in self._before(state, tok, sents_back=sents_back):
            if m.rule == "attributed" and self._is_armed_group(m.actor_id):
                return m.actor_id
            if m.rule == "generic" and (m.actor_id or "").startswith("prov:"):
                span = state.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and span.root.tag_ == "NNS" and _names_people(span.root):
                    return None  # "... and freed two hostages. The men": not the group's
        return None

    def _link_those_responsible(self, state: _State) -> None:
        """ "Troops were deployed to hunt down those responsible": the perpetrators, the armed
        group the article attributes the attack to, when it attributes it to one."""
        doc = state.doc
        for tok in state.spelled(frozenset(["those"])):
            nxt = tok.i + 1
            if nxt >= len(doc) or doc[nxt].lower_ != "responsible":
                continue
            if state.covered(tok.i, nxt + 1):
                continue
            group = self._attributed_group(state, doc[nxt])
            if group:
                state.add_actor(doc[tok.i : nxt + 1], group, "attributed", 0.5)

    def _speakers_neighbours(self, state: _State, tok: Token) -> bool:
        """ "India said Pakistan should stop blaming its neighbours": the neighbours blamed
        are the state that speaks, when it is not the owner of "its"."""
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or state.covered(poss.i, tok.i + 1):
            return False
        gov = self._neighbours_meant(state, tok)
        if gov is None:
            return False
        state.add_actor(state.doc[poss.i : tok.i + 1], gov, "generic", 0.5)
        return True

    def _relink_speakers_neighbours(self, state: _State) -> None:
        """The same once pronouns and apposed names are linked: "He added that Pakistan should
        look inward instead of blaming its neighbours" after the Taliban's spokesman; the
        pronoun "its" and the generic "neighbours" become one mention of the speaker's state."""
        doc = state.doc
        for tok in state.spelled(frozenset(["neighbours", "neighbors"])):
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is None or poss.i != tok.i - 1:
                continue
            own = self._mention_at(state, poss)
            head = self._mention_at(state, tok)
            if own is None or head is None or own is head or head.rule != "generic":
                continue
            if self.kb.get(head.actor_id or "") is not None:
                continue  # already a curated state
            gov = self._neighbours_meant(state, tok)
            if gov is None:
                continue
            state.actor_mentions.remove(own)
            head.start, head.text = own.start, doc[poss.i : tok.i + 1].text
            head.actor_id = gov

    def _neighbours_meant(self, state: _State, tok: Token) -> str | None:
        """The state meant by "its neighbours" when another state reports the blame."""
        if tok.lemma_.lower() not in ("neighbour", "neighbor") or tok.tag_ != "NNS":
            return None
        poss = next((c for c in tok.children if c.dep_ == "poss"), None)
        if poss is None or poss.lower_ not in ("its", "their"):
            return None
        speaker = None
        for h in tok.ancestors:
            if h.lemma_.lower() not in SPEECH_VERBS or h.i == tok.head.i:
                continue  # not "blaming" itself: whoever reports the blame
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if subj is None and h.dep_ in ("advcl", "xcomp", "conj"):
                # "..., saying Pakistan should look inward": the subject of the main verb
                subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            m = self._mention_at(state, subj) if subj is not None else None
            if m is None and subj is not None:
                # "Its deputy spokesman, Hamdullah Fitrat, said": the name apposed to the subject
                named = next((c for c in subj.children if c.dep_ == "appos"), None)
                m = self._mention_at(state, named) if named is not None else None
            if m is not None and m.actor_id:
                speaker = self.kb.country_of(m.actor_id) or m.actor_id
            break
        if speaker is None:
            return None
        # whose neighbours: the subject of the nearest clause above them that has one
        owner = None
        for h in tok.ancestors:
            subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
            if subj is None:
                continue
            m = self._mention_at(state, subj)
            if m is not None and m.actor_id:
                owner = self.kb.country_of(m.actor_id) or m.actor_id
            break
        if owner is None or owner == speaker:
            return None
        return self.kb.government_of(speaker) or speaker

    def _link_paramilitary(self, state: _State) -> None:
        """ "Paramilitary forces on Tuesday cleared a protest camp ... the Frontier Corps said":
        forces described as paramilitary are the one unit of a state's armed forces (a KB body
        whose parent is the military) that the article names, before or after them."""
        doc = state.doc
        units: set[str] = set()
        for m in state.actor_mentions:
            unit = self.kb.get(m.actor_id or "")
            if unit is not None and self._unit_of(unit, "military"):
                units.add(unit.id)
        if len(units) != 1:
            return
        unit_id = units.pop()
        for tok in state.spelled(PARAMILITARY_HEADS):
            if tok.tag_ not in ("NNS", "NNPS") or state.covered(tok.i, tok.i + 1):
                continue
            mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("amod", "compound")]
            if not any(c.lower_ in PARAMILITARY_WORDS for c in mods):
                continue
            start = min(c.i for c in mods)
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                continue
            state.add_actor(doc[_with_article(doc, start) : tok.i + 1], unit_id, "generic", 0.5)

    def _link_generic(self, state: _State) -> None:
        doc = state.doc
        for tok in state.tokens:
            if self._speakers_neighbours(state, tok):
                continue
            if (
                tok.lower_ == "military"
                and tok.dep_ == "amod"
                and tok.head.lemma_.lower() in MILITARY_ACTS | SOURCE_ANAPHORS
                and tok.head.i == tok.i + 1
                and not state.covered(tok.i, tok.i + 2)
            ):
                # "fled military operations in North Waziristan": the armed forces acting; "a
                # second military statement said": the armed forces speaking
                actor_id = self._role_actor(state, tok.head, "military")
                if actor_id:
                    state.add_actor(doc[tok.i : tok.i + 2], actor_id, "generic", 0.5)
                continue
            if (
                tok.lower_ in NOMINAL_ADJECTIVES
                and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj")
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and not state.covered(tok.i - 1, tok.i + 1)
            ):
                # "the dead", "the accused", "the displaced": people named by what befell them
                span = doc[tok.i - 1 : tok.i + 1]
                actor = self._generic_actor(span.text, tok.lower_, "CVL", None, state)
                state.add_actor(span, actor.id, "generic", 0.5)
                continue
            if (
                tok.i >= 2
                and doc[tok.i - 1].text == "-"
                and not state.covered(tok.i - 2, tok.i + 1)
            ):
                hyphenated = f"{doc[tok.i - 2].lower_}-{tok.lower_}"
                entry = GENERIC_NOUNS.get(hyphenated)
                if entry is not None and entry[1] == "state" and doc[tok.i - 2].is_lower:
                    # "the prosecutor-general's office said": the state's office (guide §0)
                    country = self._country_for(state, tok)
                    gov = self.kb.government_of(country) if country else None
                    start = _with_article(doc, tok.i - 2, ("a", "an", "the"))
                    if gov:
                        state.add_actor(doc[start : tok.i + 1], gov, "generic", 0.5)
                    continue
                if entry is not None and entry[1] is None:
                    # "a passer-by": a word the tokenizer splits at its hyphens
                    start = _with_article(doc, tok.i - 2, ("a", "an", "the"))
                    span = doc[start : tok.i + 1]
                    actor = self._generic_actor(span.text, hyphenated, entry[0], None, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                    continue
            # a noun the tagger took for a verb still heads a subject or object ("that
            # militants crossing from Afghanistan had been hiding")
            nominal = tok.pos_ in ("NOUN", "PROPN") or (
                tok.pos_ == "VERB" and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            )
            if (
                not nominal
                or tok.ent_type_
                and tok.i not in state.untagged
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            lemma = tok.lemma_.lower()
            if (
                tok.tag_ == "NN"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and doc[tok.i - 1].head.i == tok.i
                and (lemma in GENERIC_NOUNS or lemma in BARE_GOVERNMENT)
                and (introduced := self._introduced_holder(state, tok, lemma))
            ):
                # "a senior official told reporters ... rejected the official's assertion"
                state.add_actor(doc[tok.i - 1 : tok.i + 1], introduced, "role", 0.6)
                continue
            compound = None
            if tok.i > 0 and doc[tok.i - 1].lower_ in COMPOUND_FIRST_WORDS:
                compound = f"{doc[tok.i - 1].lower_} {lemma}"
                if compound not in GENERIC_NOUNS:
                    compound = f"{doc[tok.i - 1].lower_} {tok.lower_}"
            if lemma in TEAM_NOUNS and any(
                c.dep_ == "compound" and c.lower_ in STATE_TASKS for c in tok.children
            ):
                # "an eradication team", "the demining squad": a body named by a task only the
                # state carries out here, so that state's (the sentence's country's) government
                country = self._country_for(state, tok)
                gov = self.kb.government_of(country) if country else None
                if gov:
                    state.add_actor(doc[tok.left_edge.i : tok.i + 1], gov, "generic", 0.5)
                continue
            if (
                tok.i > 0
                and f"{doc[tok.i - 1].lower_} {lemma}" in STATE_BODY_PHRASES
                and tok.dep_ != "compound"
            ):
                # "the central bank in Kabul": a national body without an id of its own is the
                # state (docs/annotation-guide.md §0), the one its seat or the sentence names
                country = self._government_country(state, tok)
                gov = self.kb.government_of(country) if country else None
                if gov:
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], gov, "generic", 0.5)
                continue
            if (
                lemma in SECURITY_POSTS
                and tok.tag_ in ("NN", "NNS")
                or lemma == "post"
                and any(c.lower_ == "security" and c.dep_ == "compound" for c in tok.children)
            ):
                # "Militants stormed a security checkpoint": the service that mans it is the
                # party attacked; "a police checkpoint" is the police's (its modifier is linked
                # already); "stopped at a checkpoint" only says where
                located = _located(tok) and tok.head.lower_ not in ("on", "upon")
                owned = any(
                    c.dep_ in ("compound", "amod", "poss") and state.covered(c.i, c.i + 1)
                    for c in tok.children
                )
                if not located and not owned:
                    actor_id = self._post_police(state, tok) or self._role_actor(
                        state, tok, "military"
                    )
                    start = (
                        tok.left_edge.i
                        if doc[tok.left_edge.i].lower_ in ("a", "an", "the")
                        else tok.i
                    )
                    if actor_id and not state.covered(start, tok.i + 1):
                        state.add_actor(doc[start : tok.i + 1], actor_id, "generic", 0.5)
                continue
            entry = (
                GENERIC_NOUNS.get(compound or "")
                or GENERIC_NOUNS.get(lemma)
                or GENERIC_NOUNS.get(tok.lower_)
            )
            if entry is not None and entry[1] and tok.dep_ != "compound" and _former(tok):
                # "a former security official", "former government officials and security
                # personnel": people who served a state (often a fallen one) no longer speak or
                # act for its present government or forces
                start = _with_article(doc, tok.left_edge.i, ("a", "an", "the"))
                if not state.covered(start, tok.i + 1):
                    span = doc[start : tok.i + 1]
                    actor = self._generic_actor(span.text, lemma, entry[0], None, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                continue
            if entry is None:
                if (
                    lemma in ("government", "administration")
                    and tok.dep_ != "compound"
                    and any(c.dep_ == "amod" and c.lower_ in PAST_MODIFIERS for c in tok.children)
                ):
                    # "the previous administration": not the state's present government
                    span = doc[tok.left_edge.i : tok.i + 1]
                    actor = self._generic_actor(span.text, lemma, "GOV", None, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                elif lemma in ("government", "administration") and (
                    local := self._subnational_owner(state, tok)
                ):
                    # "the provincial government", "Khyber Pakhtunkhwa's provincial government":
                    # a province's or district's government is a body of its own, not the
                    # state (docs/annotation-guide.md §0)
                    span = doc[local : tok.i + 1]
                    country = self._country_for(state, tok)
                    actor = self._generic_actor(span.text, lemma, "GOV", country, state)
                    state.add_actor(span, actor.id, "generic", 0.5)
                elif (
                    tok.lower_ in BARE_GOVERNMENT
                    or lemma in BARE_GOVERNMENT
                    or lemma in FORMER_SERVANTS
                    or lemma in OFFICE_HOLDER_NOUNS
                ) and (
                    tok.dep_ not in ("compound", "appos")
                    and _former(tok)
                    and not any(c.dep_ == "appos" for c in tok.children)
                ):
                    # "former government officials", "30 former personnel", "a former army
                    # captain": people who served a state (often a fallen one) are a group of
                    # their own, not its present government (guide §0), yet still an actor;
                    # "the former official, Mark Reilly," is the person the name gives
                    mods = [
                        c.i
                        for c in tok.children
                        if c.dep_ in ("det", "amod", "compound") and c.i < tok.i
                    ]
                    start = _with_article(doc, min(mods, default=tok.i), ("a", "an", "the"))
                    if not state.covered(start, tok.i + 1):
                        span = doc[start : tok.i + 1]
                        actor = self._generic_actor(span.text, lemma, "GOV", None, state)
                        state.add_actor(span, actor.id, "generic", 0.5)
                elif tok.lower_ in ("ministers", "delegates") and (
                    igo := self._igo_members(state, tok)
                ):
                    # "Foreign ministers of the SCO met ... The ministers also endorsed": the
                    # ministers meeting as the bloc speak for it
                    start = _with_article(doc, tok.left_edge.i)
                    end = tok.i + 1
                    state.add_actor(doc[min(start, tok.i) : end], igo, "generic", 0.5)
                elif (
                    (tok.lower_ in BARE_GOVERNMENT or lemma in BARE_GOVERNMENT)
                    and tok.dep_ != "compound"
                    and tok.lower_ != "governments"  # several states, never one
                ):
                    country = self._government_country(state, tok)
                    gov = self.kb.government_of(country) if country else None
                    if gov:
                        start = tok.i - 1 if tok.i > 0 and doc[tok.i - 1].dep_ == "amod" else tok.i
                        state.add_actor(doc[start : tok.i + 1], gov, "generic", 0.5)
                    elif (institution := _institution_modifier(tok)) is not None:
                        # "railway officials", "hospital officials": people speaking for an
                        # institution of their own, an actor of their own (guide §0)
                        span = doc[institution.i : tok.i + 1]
                        actor = self._generic_actor(
                            span.text, span.text.lower(), "UNK", None, state
                        )
                        state.add_actor(span, actor.id, "generic", 0.5)
                continue
            sector, role = entry
            if role in ("state", "state-police"):
                # "Prosecutors said", "investigators seized": officers of a state's own
                # organs the KB has no id for speak for the state (guide §0), unless something
                # else owns them ("UN investigators", "defence lawyers")
                country = self._government_country(state, tok) if tok.dep_ != "compound" else None
                gov = self.kb.named_organ(country, role) if country else None
                start = _with_article(doc, tok.i, ("a", "an", "the"))
                if gov and not state.covered(start, tok.i + 1):
                    state.add_actor(doc[start : tok.i + 1], gov, "generic", 0.5)
                    continue
                role = None
            if not role and _being_created(tok):
                continue
            if (
                not role
                and tok.i + 1 < len(doc)
                and doc[tok.i + 1].ent_type_ in ("ORG", "PERSON")
                and doc[tok.i + 1].ent_iob_ == "B"
            ):
                continue  # "the think tank Tabadlab", "the journalist Bilal Sarwary": the name

            if tok.dep_ == "compound" and tok.head.i != tok.i:
                after = tok.head.i + 1
                if (
                    after == tok.i + 2
                    and (
                        f"{tok.lower_} {tok.head.lemma_.lower()}" in GENERIC_NOUNS
                        or f"{tok.lower_} {tok.head.lower_}" in GENERIC_NOUNS
                    )
                    and not state.covered(tok.head.i, after)
                    and not (after < len(doc) and doc[after].ent_type_ == "PERSON")
                ):
                    # "a senior police officer": the head links the whole phrase (not before
                    # a name: "police officer Nazir Khan" is the person's title)
                    continue
                # "police post", "army posts": the service is still a party to what happens there
                # ("a retired army officer" served it once: no party)
                if (
                    role
                    and doc[tok.i - 1].lower_ not in ("suicide", "security")
                    and not _former(tok.head)
                ):
                    actor_id = self._role_actor(state, tok, role)
                    if actor_id:
                        state.add_actor(tok, actor_id, "generic", 0.4)
                continue
            if lemma in MEMBER_NOUNS:
                owner = self._owner_mention(state, tok) or self._seated_body(state, tok)
                if owner is not None:
                    # "al-Qaeda members", "members of the TTP": the body they belong to
                    state.add_actor(tok, owner, "attributed", 0.6)
                    continue
            if (
                lemma in PEOPLE_ANAPHORS
                and tok.tag_ == "NNS"
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and doc[tok.i - 1].head.i == tok.i
            ):
                group = self._recent_members(state, tok)
                if group:
                    # "arrested five members of an IS cell ... the men had been planning"
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], group, "attributed", 0.6)
                    continue
            if (
                lemma in PEOPLE_ANAPHORS
                and tok.i > 0
                and doc[tok.i - 1].dep_ == "nummod"
                and doc[tok.i - 1].head.i == tok.i
                and len(list(tok.children)) == 1
            ):
                group = self._recent_members(state, tok, sents_back=3)
                if group:
                    # "arrested five suspected members of the BLA. One suspect was wounded":
                    # one of the people just counted
                    state.add_actor(doc[tok.i - 1 : tok.i + 1], group, "attributed", 0.6)
                    continue
            uses_compound = bool(compound and GENERIC_NOUNS.get(compound))
            bare_only = lemma in BARE_ONLY or tok.lower_ in BARE_ONLY
            if bare_only and not uses_compound and not _unowned(tok, allow=PLIGHT_MODIFIERS):
                continue
            start = tok.i - 1 if uses_compound else tok.i
            if (
                start > 0
                and doc[start - 1].lower_ in ("a", "an", "the")
                and (doc[start - 1].head.i == tok.i)
            ):
                start -= 1  # "A security official said": the phrase as the reader sees it
            span = doc[start : tok.i + 1]
            if role and self._from_several_states(state, tok):
                # "troops from Russia, Tajikistan and Kyrgyzstan began an exercise of the
                # CSTO": no one state's; the alliance the sentence names, if any
                sent = tok.sent
                igo = next(
                    (
                        m.actor_id
                        for m in state.actor_mentions
                        if sent.start_char <= m.start < sent.end_char
                        and (a := self.kb.get(m.actor_id or "")) is not None
                        and a.sector == "IGO"
                    ),
                    None,
                )
                if igo:
                    state.add_actor(span, igo, "generic", 0.5)
                continue
            if role:
                role = _service_modifier(tok) or role
                actor_id = self._role_actor(state, tok, role)
                if actor_id:
                    state.add_actor(span, actor_id, "generic", 0.6)
                    continue
            if not role and any(
                c.dep_ in ("amod", "compound") and c.lower_ in LISTED_STATUS for c in tok.children
            ):
                # "the wanted men", "the designated financiers": people a state has listed as
                # a group's, after the passage named the group
                group = self._recent_group(state, tok, sents_back=2)
                if group:
                    state.add_actor(span, group, "attributed", 0.6)
                    continue
            if sector == "REB":
                group = self._attributed_group(state, tok)
                owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
                pointing = any(
                    c.lower_ in ("these", "those", "such") and c.dep_ in ("det", "amod", "predet")
                    for c in tok.children
                )
                if group is None and (
                    owned or pointing or doc[start].lower_ == "the" and len(span) == 2
                ):
                    group = self._recent_group(state, tok)
                if group:
                    state.add_actor(span, group, "attributed", 0.6)
                    continue
            country = state.focus[0] if state.focus and sector == "REB" else None
            actor = self._generic_actor(span.text, lemma, sector, country, state)
            state.add_actor(span, actor.id, "generic", 0.5)


def _institution_modifier(tok: Token) -> Token | None:
    """The common noun that makes "officials" an institution's ("railway officials"), when it
    is the only thing narrowing them."""
    mods = [c for c in tok.children if c.dep_ not in ("det", "nummod", "quantmod", "punct")]
    if len(mods) != 1 or tok.lemma_.lower() != "official":
        return None
    mod = mods[0]
    if (
        mod.dep_ != "compound"
        or mod.tag_ != "NN"
        or mod.ent_type_
        or mod.lower_ in STATE_WORDS_FOR_OFFICIALS
        or mod.i != tok.i - 1
    ):
        return None
    return mod


def _being_created(tok: Token) -> bool:
    """True for the object of a verb that makes it ("set up a joint company", "founded a
    school"): what is being made is no participant yet."""
    if tok.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = tok.head
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in CREATION_VERBS


def _service_modifier(tok: Token) -> str | None:
    """The service a modifier names over the noun's usual one: "under military escort"."""
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and c.i < tok.i:
            service = SERVICE_MODIFIERS.get(c.lower_)
            if service:
                return service
    return None


def _former(tok: Token) -> bool:
    """True for a noun "former" (or "ex-", "retired") modifies, itself or as the first of a
    coordination ("former officials and soldiers")."""
    for noun in (tok, tok.head) if tok.dep_ == "conj" else (tok,):
        if any(c.dep_ == "amod" and c.lower_ in FORMER_WORDS for c in noun.children):
            return True
    return False
