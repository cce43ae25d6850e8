"""Roles, offices and bodies: state organs named by their function ("the Supreme Court",
"the interior ministry"), a state's owned organs, subsidiaries of named bodies ("the Islamic
State's Khorasan branch"), spokespersons, staff and administrators of bodies, unnamed office
holders ("a provincial governor"), the legislature ("the house") and press offices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.lexicon import (
    ADMINISTRATOR_NOUNS,
    BODY_ANAPHORS,
    BRANCH_NOUNS,
    LOCAL_MODIFIERS,
    ORGAN_WORDS,
    PERSON_ROLE_NOUNS,
    PORTFOLIO_WORDS,
    POSSESSIVES,
    PRESS_OFFICE_WORDS,
    SPEECH_VERBS,
    SPOKES_NOUNS,
    STAFF_NOUNS,
    STATE_BODY_NAMES,
    STATE_BODY_WORDS,
)
from watchfloor.kb.linking.provisional import ProvisionalMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _strip_article, _with_article
from watchfloor.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class BodiesMixin(ProvisionalMixin):
    """State organs, named bodies and the offices within them."""

    def _link_state_body_name(self, state: _State, ent: Span) -> bool:
        """ "The Supreme Court", "the Ministry of Commerce", "the State Bank of Pakistan": a
        national body named only by what it is, which the KB gives no id of its own, is the
        state (docs/annotation-guide.md §0): the one its name, else the sentence, names."""
        from spacy.tokens import Span  # already loaded: the caller holds one of its objects

        doc = ent.doc
        span, country = ent, None
        words = normalize(_strip_article(ent.text)).split()
        if words and words[-1] == "of" and ent.end < len(doc):
            # "the State Bank of" + "Pakistan": the tagger cut the country off the name
            nxt = next((e for e in doc.ents if e.start == ent.end), None)
            named = self._named_country(nxt) if nxt is not None else None
            if nxt is None or named is None:
                return False
            span, country, words = Span(doc, ent.start, nxt.end), named, words[:-1]
        elif len(words) >= 3 and words[-2] == "of":
            country = next((a.id for a in self.kb.lookup(words[-1]) if a.kind == "country"), None)
            if country:
                words = words[:-2]
        if not _state_body_words(words):
            return False
        if country is None and self._possessor_country(ent) is None:
            # "The US Congress passed a bill ... Congress also demanded": a body named again
            # without its country is the one named before
            key = normalize(_strip_article(ent.text))
            earlier = next(
                (
                    m.actor_id
                    for m in state.actor_mentions
                    if m.rule == "generic"
                    and m.start < ent.start_char
                    and normalize(_strip_article(m.text)) == key
                ),
                None,
            )
            if earlier:
                state.add_actor(span, earlier, "generic", 0.6)
                return True
        country = country or self._possessor_country(ent) or self._country_for(state, ent.root)
        if not country:
            return False
        gov = self.kb.government_of(country) or country
        state.add_actor(span, gov, "generic", 0.6)
        return True

    def _organs_named_before(self, state: _State, ent: Span, role: str) -> list[str]:
        """The state organs of ``role`` the article named before ``ent`` (a government standing
        in for its organs does not count)."""
        found: list[str] = []
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "") if m.start < ent.start_char else None
            if actor is None or not actor.country or actor.id in found:
                continue
            if self.kb.is_government(actor):
                continue
            if self.kb.sub_actor(actor.country, role) == actor.id:
                found.append(actor.id)
        return found

    def _link_unnamed_organ(self, state: _State, ent: Span) -> None:
        """ "a spokesman for the interior ministry" tagged as an organisation but not a name:
        that organ of the sentence's country, or the state when the KB has no such body."""
        words = [w for w in normalize(_strip_article(ent.text)).split() if w not in LOCAL_MODIFIERS]
        if not words or words[-1] not in STATE_BODY_WORDS:
            return
        if self._possessor_country(ent) is not None:
            return  # "Pakistan's commerce ministry": the possessor rule's business
        country = self._country_for(state, ent.root)
        if not country:
            return
        role = self._cue_roles.get(" ".join(words))
        actor_id = self.kb.named_organ(country, role) if role else None
        state.add_actor(ent, actor_id or self.kb.government_of(country) or country, "generic", 0.5)

    def _role_of_name(self, text: str) -> str | None:
        """Role of a body named only by its function: "Foreign Office", "District Police"."""
        key = normalize(text)
        cues = self._cue_roles
        if key in cues:
            return cues[key]
        words = key.split()
        for n in (2, 1):
            if len(words) > n and " ".join(words[-n:]) in cues:
                role = cues[" ".join(words[-n:])]
                # only units of a service, never a name of its own ("Frontier Corps")
                if role == "police":
                    return role
        return None

    def _link_spokesperson(self, state: _State, ent: Span) -> bool:
        """ "China's Foreign Ministry spokesperson Mao Ning", "..., spokesperson Randhir Jaiswal
        said" with no entry for the person: the words are the ministry's (docs/ids.md)."""
        doc = state.doc
        if any(not a.provisional for a in self.kb.lookup(ent.text)):
            return False
        k = ent.start - 1
        if k < 0 or doc[k].lower_ not in SPOKES_NOUNS:
            return False
        body = None
        # mentions are stored in the order the passes made them, not in text order: the title
        # pass links "NRF" in "NRF spokesman ..." before the names of earlier sentences
        before = sorted(
            (m for m in state.actor_mentions if m.end <= doc[k].idx), key=lambda m: m.end
        )
        if before and before[-1].end >= doc[k].idx - 2:
            body = before[-1].actor_id  # the body named right before the word
        else:
            sent_start = ent.sent.start
            window_start = doc[max(sent_start - 1, 0)].sent.start_char
            for m in reversed(before):
                if m.start < window_start:
                    break
                actor = self.kb.get(m.actor_id) if m.actor_id else None
                if actor is not None and actor.kind == "organization" and not actor.provisional:
                    body = actor.id
                    break
        actor = self.kb.get(body) if body else None
        if actor is None or actor.kind in ("person", "country"):
            return False
        start = ent.start if state.covered(k, k + 1) else k
        state.add_actor(doc[start : ent.end], actor.id, "title", 0.7)
        return True

    def _ministry_of(self, minister: Token, iso3: str) -> str | None:
        """The organ a "foreign minister" or "interior ministers" heads, when the KB lists the
        ministry's cue ("foreign ministry") for that country."""
        words = [
            c.lower_
            for c in minister.children
            if c.dep_ in ("amod", "compound") and c.is_lower and not c.ent_type_
        ]
        if not words:
            return None
        phrase = normalize(" ".join([*words, "ministry"]))
        role = self._cues_by_len.get(len(phrase.split()), {}).get(phrase)
        return self.kb.named_organ(iso3, role) if role else None

    def _press_office(self, unit: Actor) -> bool:
        """A service's press office ("Inter-Services Public Relations"), which speaks for it but
        has no soldiers of its own."""
        # asked once per unit named near each soldier: the names are joined once per actor
        # (and again for another set of names: a provisional actor's are its document's own)
        key = (unit.id, unit.name, tuple(unit.aliases))
        found = self._press_offices.get(key)
        if found is None:
            names = " ".join(normalize(n) for n in [unit.name, *unit.aliases])
            found = self._press_offices[key] = any(w in names for w in PRESS_OFFICE_WORDS)
        return found

    def _owner_mention(self, state: _State, tok: Token) -> str | None:
        """The named group or body a noun's compound, possessor or "of" phrase points to."""
        for child in tok.children:
            target = child
            if child.dep_ == "prep" and child.lower_ == "of":
                target = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ not in ("compound", "nmod", "poss"):
                continue
            m = self._mention_at(state, target)
            if m is None and target is not child and target.pos_ == "NOUN":
                # "members of an Islamic State cell": the cell is the named group's
                m = next(
                    (
                        found
                        for c in target.children
                        if c.dep_ in ("compound", "nmod", "poss")
                        and (found := self._mention_at(state, c)) is not None
                    ),
                    None,
                )
            actor = self.kb.get(m.actor_id) if m is not None and m.actor_id else None
            if actor is not None and actor.kind in ("group", "organization"):
                return actor.id
        return None

    def _link_seated_staff(self, state: _State) -> None:
        """ "A foreign ministry spokesman in Astana said": an organ's staff that no possessor
        places is the organ of the state whose capital the phrase names."""
        doc = state.doc
        for tok in state.spelled(STAFF_NOUNS):
            organ = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "compound" and c.lemma_.lower() in ORGAN_WORDS
                ),
                None,
            )
            if organ is None or any(c.dep_ == "poss" for c in tok.children):
                continue
            det = next((c for c in tok.children if c.dep_ == "det" and c.i < organ.i), None)
            start = det.i if det is not None else organ.left_edge.i
            if state.covered(start, tok.i + 1) or any(
                doc[k].ent_type_ for k in range(organ.left_edge.i, tok.i)
            ):
                continue
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            seat = next((g for g in prep.children if g.dep_ == "pobj"), None) if prep else None
            iso3 = self.kb.country_of_capital(seat.text) if seat is not None else None
            if iso3 is None:
                continue
            phrase = " ".join(t.lower_ for t in doc[organ.left_edge.i : organ.i + 1])
            state.add_actor(
                doc[start : tok.i + 1], self._organ_or_state(iso3, phrase), "generic", 0.6
            )

    def _igo_members(self, state: _State, tok: Token) -> str | None:
        """The intergovernmental body whose "ministers of" these are ("foreign ministers of
        the SCO"), or, for a bare "the ministers", the one such body named so before."""
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    m = self._mention_at(state, pobj) if pobj.dep_ == "pobj" else None
                    actor = self.kb.get(m.actor_id or "") if m is not None else None
                    if actor is not None and actor.sector == "IGO":
                        state.igo_ministers = actor.id
                        return actor.id
                return None
        bare = [c for c in tok.children if c.dep_ not in ("punct",)]
        if state.igo_ministers and [c.lower_ for c in bare] == ["the"]:
            return state.igo_ministers
        return None

    def _link_owned_organs(self, state: _State) -> None:
        """ "Kazakhstan's emergencies ministry", "Uzbekistan's transport ministry": a state's
        organ written in lower case, which the tagger leaves outside any name. The organ the
        words name when the KB has it, else the state (docs/annotation-guide.md §0); linked as
        a phrase of its own so that "the ministry" later finds it."""
        doc = state.doc
        for tok in state.tokens:
            if (
                tok.lemma_.lower() not in STATE_BODY_WORDS
                or tok.ent_type_ not in ("", "ORG")
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            poss = next((c for c in tok.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ in ("its", "their") and poss.i + 1 < tok.i:
                # "Kazakhstan has removed the Taliban from its list, its foreign ministry said"
                words = doc[poss.i + 1 : tok.i + 1]
                owner = self._subject_state(state, poss)
                if owner and all(t.is_lower for t in words):
                    state.add_actor(words, self._organ_or_state(owner, words.text), "coref", 0.6)
                continue
            if poss is None or poss.i + 2 > tok.i or doc[poss.i + 1].text not in POSSESSIVES:
                continue
            words = doc[poss.i + 2 : tok.i + 1]
            if not all(t.is_lower for t in words):
                continue
            m = self._mention_at(state, poss)
            actor = self.kb.get(m.actor_id or "") if m is not None else None
            if actor is None or not actor.country:
                continue
            iso3 = actor.country
            if actor.kind != "country" and self.kb.government_of(iso3) != actor.id:
                continue  # "the TTP's political department": not a state's
            state.add_actor(words, self._organ_or_state(iso3, words.text), "metonymy", 0.7)

    def _possessed_organ(self, state: _State, ent: Span) -> bool:
        """ "Pakistan is watching closely. Its Foreign Office said ...": a body's capitalised
        name the tagger took whole with the possessive before it is the organ of the state that
        possessive stands for, the subject state of its sentence or, for a sentence that opens
        with it, of the sentence before; True when linked."""
        if len(ent) < 2 or ent[0].lower_ not in ("its", "their") or ent[0].tag_ != "PRP$":
            return False
        rest = ent[1:]
        if normalize(rest.text) not in self._cue_roles:
            return False
        owner = self._subject_state(state, ent[0])
        if owner is None and ent[0].i == ent.sent.start and ent.sent.start > 0:
            owner = self._subject_state(state, state.doc[ent.sent.start - 1], whole=True)
        if owner is None:
            return False
        state.add_actor(ent, self._organ_or_state(owner, rest.text), "coref", 0.6)
        return True

    def _subject_state(self, state: _State, pron: Token, *, whole: bool = False) -> str | None:
        """The country a possessive "its"/"their" stands for: the one state named as a subject
        earlier in its sentence (`whole`: anywhere in the sentence of `pron`)."""
        sent = pron.sent
        end = sent.end_char if whole else pron.idx
        found: set[str] = set()
        loose: set[str] = set()
        for m in state.actor_mentions:
            if not sent.start_char <= m.start < end or not m.actor_id:
                continue
            root = self._mention_root(state, m)
            actor = self.kb.get(m.actor_id)
            if root is None or actor is None:
                continue
            if not (actor.kind == "country" or self.kb.is_government(actor)):
                continue
            if root.dep_ in ("nsubj", "nsubjpass") or whole and root.dep_ == "conj":
                # a sentence before: "Pakistan and India are watching" leaves "Its" unclear
                found.add(actor.country or actor.id)
            elif root.dep_ in ("appos", "conj", "ROOT"):
                loose.add(actor.country or actor.id)
        if not found and len(loose) == 1:
            # "ASTANA, Kazakhstan — Kazakhstan has removed ...": a subject the parser hung on the
            # dateline; any state it left as an object is not the owner
            return loose.pop()
        return found.pop() if len(found) == 1 else None

    def _organ_or_state(self, iso3: str, phrase: str) -> str:
        """The curated organ of `iso3` that `phrase` names ("defence ministry"), else the state
        itself (docs/annotation-guide.md §0)."""
        key = normalize(phrase)
        role = self._cue_roles.get(key)
        if role is None and key.split()[:1] in (["federal"], ["central"], ["union"]):
            # s21: "the federal interior ministry" is the national ministry itself
            role = self._cue_roles.get(key.split(" ", 1)[-1])
        organ = self.kb.named_organ(iso3, role) if role else None
        return organ or self.kb.government_of(iso3) or iso3

    def _link_branches(self, state: _State) -> None:
        """ "the Islamic State's Khorasan branch", "the UN mission": a body the knowledge base
        lists under the named parent, chosen by the head noun or a word of its name."""
        doc = state.doc
        for tok in state.tokens:
            low = tok.lemma_.lower()
            if low not in BRANCH_NOUNS and low not in BODY_ANAPHORS or tok.tag_ in ("NNS", "NNPS"):
                continue
            if tok.ent_type_ and tok.ent_id_ and tok.ent_id_ != "place":
                continue  # part of a name the ruler knows ("UN Security Council")
            owner = next(
                (c for c in tok.children if c.dep_ in ("poss", "compound") and c.ent_id_), None
            )
            if owner is None and low in BRANCH_NOUNS:
                self._link_branch_again(state, tok)
                continue
            if owner is None or owner.ent_id_ == "place" or not self.kb.get(owner.ent_id_):
                continue
            start = owner.i
            while start > 0 and doc[start].ent_iob_ == "I":
                start -= 1
            if state.covered(start, tok.i + 1):
                continue
            children = self.kb.children_of(owner.ent_id_)
            words = {normalize(t.text) for t in doc[owner.i + 1 : tok.i]} - {"", "s"}
            chosen = None
            earlier = normalize(state.text[: tok.idx])
            for child in children:
                names = " ".join(normalize(n) for n in [child.name, *child.aliases]).split()
                if words & set(names) or (low in BODY_ANAPHORS and low in names):
                    if any(
                        f" {normalize(n)} " in f" {earlier} "
                        for n in [child.name, *child.aliases]
                        if len(n) > 4
                    ):
                        # "the UN Office on Drugs and Crime ... the UN agency said": of the
                        # children that fit, the one the article has named
                        chosen = child.id
                        break
                    chosen = chosen or child.id
            if chosen is None and low in BRANCH_NOUNS and len(children) == 1:
                chosen = children[0].id
            if chosen:
                start = _with_article(doc, start)
                state.add_actor(doc[start : tok.i + 1], chosen, "alias", 0.8)

    def _link_branch_again(self, state: _State, tok: Token) -> None:
        """ "the Khorasan branch" after "the Islamic State's Khorasan branch": a branch named
        again by its own word, without its parent, is the KB branch (a body with a parent)
        that has a name with those words and that noun, when the article has named it."""
        doc = state.doc
        det = [c for c in tok.children if c.dep_ == "det"]
        words = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i]
        if not det or det[0].lower_ != "the" or not words:
            return
        start = min(c.i for c in [*det, *words])
        if state.covered(start, tok.i + 1):
            return
        wanted = {normalize(c.text) for c in words} | {normalize(tok.text)}
        earlier = f" {normalize(state.text[: doc[start].idx])} "
        found = set()
        for branch in self.kb.branches():
            names = [normalize(n) for n in [branch.name, *branch.aliases]]
            if any(wanted <= set(n.split()) for n in names) and any(
                f" {n} " in earlier for n in names if len(n) > 4
            ):
                found.add(branch.id)
        if len(found) == 1:
            state.add_actor(doc[start : tok.i + 1], found.pop(), "coref", 0.7)

    def _ministry_rank(self, actor: Actor) -> bool:
        """True for the curated organ of a ministry role ("Foreign Office" → foreign-ministry)."""
        iso3 = actor.country
        if not iso3 or self.kb.government_of(iso3) == actor.id:
            return False  # a government standing in for its organs is no ministry
        return any(
            tpl.role.endswith("ministry") and self.kb.sub_actor(iso3, tpl.role) == actor.id
            for tpl in self.kb.templates
        )

    def _prefer_branch(self, state: _State) -> None:
        """ "ISKP claimed the attack ... the Islamic State said": once an article has named one
        branch of a transnational group, the group's mentions mean that branch, unless the
        article named the group in its own right before the branch came up. A name used as a
        modifier ("an Islamic State cell", "IS fighters") is the branch's local people, and so
        are the phrases pointing back to it."""
        first: dict[str, int] = {}
        named_first: dict[str, int] = {}
        for m in state.actor_mentions:
            if not m.actor_id:
                continue
            # mentions are in the order the passes added them, not in text order
            first[m.actor_id] = min(first.get(m.actor_id, m.start), m.start)
            if m.rule not in ("name", "alias"):
                continue
            root = self._mention_root(state, m)
            if root is None or not (root.dep_ in ("compound", "nmod") and root.head.i > root.i):
                named_first[m.actor_id] = min(named_first.get(m.actor_id, m.start), m.start)
        focus = set(state.focus[:3])
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind != "group" or actor.country or actor.sector != "REB":
                continue
            kids = [c.id for c in self.kb.children_of(actor.id) if c.id in first]
            if not kids and not focus & set(self.kb.attributes_of(actor.id).based_in):
                # "the Taliban were fighting the Islamic State" in an article about Afghanistan:
                # the one branch based where the article is, when the group itself is not
                local = [
                    c.id
                    for c in self.kb.children_of(actor.id)
                    if focus & set(self.kb.attributes_of(c.id).based_in)
                ]
                if len(local) == 1:
                    m.actor_id = local[0]
                continue
            if len(kids) != 1:
                continue
            if actor.id in named_first and named_first[actor.id] < first[kids[0]]:
                continue
            m.actor_id = kids[0]

    def _link_administrators(self, state: _State) -> None:
        """ "The deputy commissioner of North Waziristan said": an unnamed officer of the
        state's civil administration of a district speaks for the state whose district it is."""
        doc = state.doc
        for tok in state.spelled(ADMINISTRATOR_NOUNS):
            if tok.tag_ != "NN" or tok.ent_type_ or state.covered(tok.i, tok.i + 1):
                continue
            if tok.dep_ in ("appos", "attr", "compound"):
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            if det is None or det.lower_ not in ("the", "a", "an"):
                continue
            if _named_holder(tok):
                continue  # "the deputy commissioner, Ahmed Khan": the name decides
            if any(state.covered(k, k + 1) for k in range(det.i, tok.i)):
                continue
            country = None
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "in")):
                pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    country = self._place_country(state, pobj)
            country = country or self._country_for(state, tok)
            gov = self.kb.government_of(country) if country else None
            if gov:
                state.add_actor(doc[det.i : tok.i + 1], gov, "generic", 0.5)

    def _link_unnamed_roles(self, state: _State) -> None:
        """ "a provincial governor", "a Western official in Kabul", "Sindh's home minister": a
        role holder the text never names is an actor of its own (guide §3), not the state's
        government."""
        doc = state.doc
        for tok in state.tokens:
            if (
                tok.tag_ != "NN"
                or tok.lemma_.lower() not in PERSON_ROLE_NOUNS
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
                or tok.dep_ in ("appos", "attr", "compound")
            ):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if det and det[0].lower_ in ("a", "an", "another"):
                start = det[0].i
            elif owner is not None and self._subnational_place(state, owner):
                start = owner.left_edge.i  # a province's or a city's office, not the state's
            else:
                continue
            if _named_holder(tok):
                continue  # "a spokesman, Tahir Andrabi": the name decides
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                continue
            span = doc[start : tok.i + 1]
            principal = self._channel_principal(state, tok) if owner is None else None
            if principal:
                state.add_actor(span, principal, "role", 0.5)
                continue
            name = doc[start + 1 : tok.i + 1].text if owner is None else span.text
            actor = self._generic_actor(name, tok.lemma_.lower(), "GOV", None, state)
            state.add_actor(span, actor.id, "generic", 0.4)

    def _channel_principal(self, state: _State, tok: Token) -> str | None:
        """ "Guterres condemned the attack through a spokesperson": a spokesperson the
        sentence makes its subject's channel speaks for that subject (the person apposed to a
        title, "The UN Secretary-General, Antonio Guterres", rather than the title's body)."""
        if tok.lemma_.lower() not in SPOKES_NOUNS or tok.dep_ != "pobj":
            return None
        if tok.head.lower_ not in ("through", "via") or any(c.dep_ == "prep" for c in tok.children):
            return None  # "through a spokesman for the traders": the traders' man
        subj = next((c for c in tok.head.head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            return None
        found = [m for t in subj.subtree if (m := self._mention_at(state, t)) and m.actor_id]
        people = [m.actor_id for m in found if m.actor_id and self._is_person(m.actor_id)]
        if people:
            return people[0]
        return found[0].actor_id if found else None

    def _link_house(self, state: _State) -> None:
        """ "told the house", "the lower house adopted": the legislature the article named."""
        doc = state.doc
        for tok in state.spelled(frozenset({"house"})):
            det = tok.i - 1
            while det >= 0 and doc[det].lower_ in ("lower", "upper"):
                det -= 1
            if det < 0 or doc[det].lower_ != "the" or state.covered(det, tok.i + 1):
                continue
            if any(c.dep_ in ("prep", "poss", "compound") for c in tok.children):
                continue  # "the house of a commander", "the family's house"
            for m in self._before(state, tok):
                actor = self.kb.get(m.actor_id or "")
                if actor is not None and actor.kind == "organization" and actor.sector == "LEG":
                    state.add_actor(doc[det : tok.i + 1], actor.id, "coref", 0.6)
                    break

    @staticmethod
    def _relink_staff(state: _State, m: ActorMention, root: Token, actor_id: str) -> None:
        """Give the staff mention ``m`` its principal, and with it the words that pointed to
        the placeholder it had: the provisional id's other mentions ("he") and, later in the
        sentence, "the <same noun>" ("and the spokesperson called for ...")."""
        old = m.actor_id
        m.actor_id = actor_id
        m.rule = "title"
        sent = root.sent
        again = f"the {root.lower_}"
        for other in sorted(state.actor_mentions, key=lambda x: x.start):
            if other is m or other.start < m.end:
                continue
            placeholder = bool(old and old.startswith("prov:") and other.actor_id == old)
            if placeholder and other.text.lower().startswith(("a ", "an ")):
                # every unnamed spokesman shares one placeholder id: "A spokesman for the prime
                # minister" later in the text is someone else's, and so is what follows it
                break
            repeated = (
                m.end <= other.start < sent.end_char
                and other.text.lower() == again
                and other.rule == "role"
            )
            if placeholder or repeated:
                other.actor_id = actor_id

    def _link_body_staff(self, state: _State) -> None:
        """ "an official of the Foreign Office", "a spokesman for the Ministry of External
        Affairs": one person speaking for a named body is that body."""
        doc = state.doc
        for m in state.actor_mentions:
            span = doc.char_span(m.start, m.end)
            if span is None:
                continue
            root = span.root
            if root.lemma_.lower() not in STAFF_NOUNS or root.tag_ != "NN":
                continue
            prep = next((c for c in root.children if c.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in ("of", "for", "at"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            body = next(
                (b for b in state.actor_mentions if b.start <= obj.idx < b.end and b is not m),
                None,
            )
            actor = self.kb.get(body.actor_id or "") if body is not None else None
            if (
                actor is not None
                and actor.kind == "person"
                and root.lemma_.lower() != "official"
                and not (m.actor_id and not m.actor_id.startswith("prov:"))
            ):
                # "a spokesman for UN Secretary-General Antonio Guterres": an unnamed
                # spokesperson speaks for the person (guide §15 rule 7), not the person's body
                self._relink_staff(state, m, root, actor.id)
                continue
            if actor is not None and actor.kind == "person" and actor.parent:
                # "an official of the prime minister's": the body the person heads or belongs
                # to speaks through its officials
                actor = self.kb.get(actor.parent)
            if actor is None or actor.kind != "organization":
                continue
            if m.actor_id and not m.actor_id.startswith("prov:") and m.actor_id != actor.id:
                continue  # a person the text names
            m.actor_id = actor.id
            m.rule = "title"

    def _reinforcements_owner(self, state: _State) -> None:
        """ "reinforcements from the Counter-Terrorism Department", "Police said reinforcements
        arrived": forces sent in are those of the body they come from, else of the security
        service that reports them, else the military (the generic rule)."""
        doc = state.doc
        for m in state.actor_mentions:
            span = doc.char_span(m.start, m.end)
            if span is None or span.root.lemma_.lower() not in ("reinforcement", "reinforcements"):
                continue
            root = span.root
            owner: ActorMention | None = None
            for prep in (
                c for c in root.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
            ):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                owner = self._mention_at(state, obj) if obj is not None else None
                if owner is not None:
                    break
            if owner is None:
                h = root
                for _ in range(4):
                    if h.head.i == h.i:
                        break
                    dep, h = h.dep_, h.head
                    if dep in ("nsubj", "ccomp") and h.lemma_.lower() in SPEECH_VERBS:
                        subj = next((c for c in h.children if c.dep_ == "nsubj"), None)
                        owner = self._mention_at(state, subj) if subj is not None else None
                        break
            actor = self.kb.get(owner.actor_id or "") if owner is not None else None
            if (
                actor is not None
                and actor.kind == "organization"
                and actor.sector in ("MIL", "COP")
                and not self._press_office(actor)
            ):
                m.actor_id = actor.id


def _state_body_words(words: list[str]) -> bool:
    """True for the words of a national body's generic name: "supreme court", "state bank",
    "ministry of commerce", "commerce ministry", "prosecutor-general's office"."""
    phrase = " ".join(words)
    if phrase in STATE_BODY_NAMES:
        return True
    if len(words) >= 3 and words[0] in ("ministry", "ministries") and words[1] == "of":
        # "the Ministry of Refugees and Repatriation": whatever its portfolio, a body styled
        # "Ministry of ..." is a state's (the portfolio list missed every unfamiliar one)
        return any(w not in ("and", "the", "&") for w in words[2:])
    if len(words) >= 2 and words[-1] == "ministry":
        return all(w in PORTFOLIO_WORDS for w in words[:-1])
    return False


def _named_holder(role: Token) -> bool:
    """ "the deputy commissioner, Ahmed Khan", "a spokesman Tahir Andrabi": a role word whose
    holder is named beside it (an apposition, a person among its dependents, or a person right
    after it), so that the name, not the role, decides who it is."""
    if any(c.dep_ == "appos" or c.ent_type_ == "PERSON" for c in role.children):
        return True
    doc = role.doc
    nxt = role.i + 1
    if nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1
    return nxt < len(doc) and doc[nxt].ent_type_ == "PERSON"
