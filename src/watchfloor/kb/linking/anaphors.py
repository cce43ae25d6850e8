"""Anaphora without pronouns: a body's head noun ("the mission", "the council"), a role
noun ("the envoy", "the foreign minister"), a body's members ("the monitors") and a group's
people ("the sanctioned commanders", "the militants"), each resolved to what the article
named before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.bodies import BodiesMixin
from watchfloor.kb.linking.lexicon import (
    BODY_ANAPHORS,
    COLLECTIVE_MEMBERS,
    DIPLOMAT_NOUNS,
    DIPLOMATIC_POST_NOUNS,
    GOVERNMENT_ROLE_NOUNS,
    IGO_ANAPHORS,
    PERSON_ROLE_NOUNS,
    REPORT_ANAPHORS,
    ROLE_ANAPHORS,
    ROLE_NEUTRAL,
    SOURCE_ANAPHORS,
    SPOKES_NOUNS,
    STATE_BODY_WORDS,
    UNIT_ANAPHORS,
    WHOLE_BODY_MODIFIERS,
)
from watchfloor.kb.linking.speakers import SpeakersMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _sentences_back
from watchfloor.records import Actor, ActorMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# The level of an office ("the provincial governor", "the district chief") and the unit nouns by which a text names it ("Governor <Name> of Balkh
# province ... the provincial governor"); "local" names no unit, so it never picks a holder.
JURISDICTION_UNITS: dict[str, frozenset[str]] = {
    "provincial": frozenset({"province"}),
    "district": frozenset({"district"}),
    "regional": frozenset({"region"}),
    "municipal": frozenset({"municipality", "city"}),
    "local": frozenset(),
}
JURISDICTION_WORDS = frozenset(JURISDICTION_UNITS)


class AnaphorsMixin(BodiesMixin, SpeakersMixin):
    """Role anaphors and body anaphors: definite phrases that point back."""

    def _capitalised_anaphor(self, state: _State, ent: Span) -> bool:
        """ "told the Council for years" after "the Security Council": a body's head noun
        written with a capital, which the tagger takes for a name of its own."""
        root = ent.root
        if (
            len(ent) != 1
            or root.lemma_.lower() not in BODY_ANAPHORS
            or ent.start == 0
            or state.doc[ent.start - 1].lower_ != "the"
        ):
            return False
        target = self._named_body(state, root, root.lower_, igo=False)
        if target is None or state.covered(ent.start - 1, ent.end):
            return False
        state.add_actor(state.doc[ent.start - 1 : ent.end], target, "coref", 0.7)
        return True

    def _recent_group(self, state: _State, tok: Token, sents_back: int = 1) -> str | None:
        """ "the militants", "the attackers": the fighters the last sentences spoke of, when
        those were a named armed group ("TTP fighters crossed ... the militants")."""
        for m in self._before(state, tok, sents_back=sents_back):
            actor = self.kb.get(m.actor_id or "") or self._provisional_by_id(m.actor_id or "")
            if actor is None or actor.sector != "REB":
                continue
            return m.actor_id if self._is_armed_group(m.actor_id) else None
        return None

    def _link_body_anaphors(self, state: _State) -> None:
        """ "The mission said", "told the council": the last body named with that head noun;
        "the Russia-led bloc": the last intergovernmental body; "the provincial home
        department": an organ of the sentence's country."""
        doc = state.doc
        for tok in state.tokens:
            low = tok.lemma_.lower()
            if (
                low not in BODY_ANAPHORS and low not in IGO_ANAPHORS and low not in STATE_BODY_WORDS
            ) or (tok.ent_type_ or state.covered(tok.i, tok.i + 1) or tok.tag_ in ("NNS", "NNPS")):
                continue
            if (
                tok.dep_ == "compound"
                and (
                    tok.head.lemma_ in PERSON_ROLE_NOUNS
                    or tok.head.lemma_.lower() in SOURCE_ANAPHORS | REPORT_ANAPHORS
                )
                and not any(c.dep_ in ("amod", "compound", "poss") for c in tok.children)
            ):
                # "A ministry spokesman said", "a ministry statement": the ministry the article
                # just named
                hdet = [c for c in tok.head.children if c.dep_ == "det" and c.i < tok.i]
                if hdet and hdet[0].lower_ in ("a", "an", "the"):
                    target = self._named_body(state, tok, low, igo=False)
                    if target and not state.covered(hdet[0].i, tok.head.i + 1):
                        state.add_actor(doc[hdet[0].i : tok.head.i + 1], target, "coref", 0.6)
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or det[0].i > tok.i:
                continue
            others = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
            led = [c for c in others if c.dep_ == "amod" and c.lemma_ in ("lead", "back")]
            plain = [c for c in others if c not in led and c.lower_ not in WHOLE_BODY_MODIFIERS]
            start = det[0].i
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                start = tok.i
            if not plain:
                target = self._named_body(state, tok, low, igo=bool(led))
                if target:
                    state.add_actor(doc[start : tok.i + 1], target, "coref", 0.7)
                continue
            if low in BODY_ANAPHORS and all(c.is_lower and c.dep_ != "poss" for c in plain):
                # "the monitoring team" after "a UN monitoring team": every word must fit
                target = self._named_body(state, tok, low, igo=False)
                actor = self.kb.get(target or "")
                if actor is not None:
                    names = " ".join(normalize(n) for n in [actor.name, *actor.aliases]).split()
                    if all(normalize(c.text) in names for c in plain):
                        state.add_actor(doc[start : tok.i + 1], actor.id, "coref", 0.6)
                        continue
            if (
                low in STATE_BODY_WORDS
                and not led
                and all(c.is_lower and not c.ent_type_ and c.dep_ != "poss" for c in plain)
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)
            ):
                # an organ the article does not name, "according to the provincial home
                # department": the state of the sentence, or its organ when the words say which;
                # "the foreign ministry in Tehran": the state its seat names
                country = self._seat_country(state, tok) or self._country_for(state, tok)
                if not country:
                    continue
                phrase = " ".join(t.lower_ for t in doc[min(c.i for c in plain) : tok.i + 1])
                actor_id = self._organ_or_state(country, phrase)
                state.add_actor(doc[start : tok.i + 1], actor_id, "generic", 0.5)

    def _named_body(self, state: _State, tok: Token, low: str, *, igo: bool) -> str | None:
        """The body "the ministry", "the mission" points back to: the nearest one named with
        that word, else whose canonical name, else whose aliases have it (the Taliban's many
        ministry aliases must not capture every later "the ministry")."""
        bodies = []
        for m in self._before(state, tok):
            actor = self.kb.get(m.actor_id or "") or self._provisional_by_id(m.actor_id or "")
            if actor is None or actor.kind == "person":
                continue
            if actor.provisional and low not in normalize(m.text).split():
                continue  # a body the KB does not know counts only when named with the word
            if (
                actor.kind == "country"
                and m.rule == "name"
                and low not in normalize(m.text).split()
            ):
                # "Pakistan ... the ministry": a country's name is no body of that kind, but
                # "Iran's Interior Ministry", linked to the state the KB has no organ for, is
                continue
            bodies.append((m, actor))
        sent_start = tok.sent.start_char
        tests: list[Callable[[ActorMention, Actor], bool]] = [
            # "Dushanbe has refused ties with the Taliban and accused the movement of ...": a
            # body of the same sentence known as "the Taliban movement" beats an earlier name
            # (not for organs: the Taliban's ministry aliases must not capture "the ministry")
            lambda m, a: (
                m.start >= sent_start
                and low not in STATE_BODY_WORDS | {"office", "mission", "embassy"}
                and a.kind != "country"
                and low in " ".join(normalize(n) for n in [a.name, *a.aliases]).split()
            ),
            lambda m, a: low in normalize(m.text).split(),
            lambda m, a: a.kind != "country" and low in normalize(a.name).split(),
            # "China's ambassador in Kabul ... the embassy": a diplomat's foreign ministry
            lambda m, a: (
                low in DIPLOMATIC_POST_NOUNS
                and bool(DIPLOMAT_NOUNS & set(normalize(m.text).split()))
                and a.country is not None
                and self.kb.sub_actor(a.country, "foreign-ministry") == a.id
            ),
            # "Pakistan's Foreign Office ... a ministry statement": an organ of ministry rank
            lambda m, a: (
                low == "ministry"
                and m.rule in ("name", "alias", "title")
                and self._ministry_rank(a)
            ),
            lambda m, a: (
                a.kind != "country" and low in " ".join(normalize(n) for n in a.aliases).split()
            ),
        ]
        for test in tests:
            for m, actor in bodies:
                if test(m, actor):
                    return actor.id
        if igo or low in IGO_ANAPHORS:
            for _, actor in bodies:
                if actor.sector == "IGO":
                    return actor.id
        return None

    def _named_diplomats(self, state: _State) -> None:
        """ "Russia's envoy" after "Zamir Kabulov, Russia's special envoy": the person the
        article already named for that role, not the ministry unnamed envoys stand for."""
        doc = state.doc
        for m in state.actor_mentions:
            if m.rule not in ("name", "demonym", "metonymy"):
                continue
            body = self.kb.get(m.actor_id or "")
            if body is None or body.kind == "person" or not body.country:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span[-1].lemma_.lower() not in ROLE_ANAPHORS:
                continue
            head = span[-1]
            mods = {t.lower_ for t in span if t.i < head.i and t.is_lower} - ROLE_NEUTRAL
            holder = self.kb.get(self._named_role_holder(state, head, head.lemma_, mods) or "")
            if holder is not None and holder.kind == "person" and holder.country == body.country:
                m.actor_id = holder.id
                m.rule = "role"

    def _link_role_anaphors(self, state: _State) -> None:
        """Definite phrases without a name that point back: "the envoy", "the foreign minister"
        (the role holder named earlier, else the one body the knowledge base gives that title),
        "the statement" (whoever issued it), "the convoy" (the armed service shown acting)."""
        doc = state.doc
        for tok in state.tokens:
            low = tok.lemma_.lower()
            if (
                tok.pos_ not in ("NOUN", "PROPN")
                or tok.tag_ in ("NNS", "NNPS")
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            if (
                low not in ROLE_ANAPHORS
                and low not in SOURCE_ANAPHORS
                and low not in UNIT_ANAPHORS
                and low not in REPORT_ANAPHORS
            ):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or det[0].i > tok.i:
                continue
            mods = [c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
            if any(c.ent_type_ or c.dep_ == "poss" or not c.is_lower for c in mods):
                continue  # owned or named ("the Taliban's envoy"): the title rule's business
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue
            nxt = tok.i + 1
            if nxt < len(doc) and doc[nxt].text == ",":
                nxt += 1
            if nxt < len(doc) and doc[nxt].ent_type_ == "PERSON":
                continue  # "the foreign minister, Ishaq Dar": the name decides
            words = {c.lower_ for c in mods} - ROLE_NEUTRAL
            if "former" in words:
                continue
            start = min([det[0].i] + [c.i for c in mods])
            if any(state.covered(k, k + 1) for k in range(start, tok.i)):
                start = tok.i  # "the army chief" with "army" already the service
            target: str | None = None
            if low in SOURCE_ANAPHORS or low in REPORT_ANAPHORS:
                if not mods:
                    target = self._statement_source(state, tok)
            elif low in UNIT_ANAPHORS:
                if not mods:
                    target = self._acting_unit(state, tok)
            else:
                target = self._role_holder(state, tok, low, words)
            if target:
                state.add_actor(doc[start : tok.i + 1], target, "role", 0.6)

    def _role_words(self, state: _State, m: ActorMention) -> set[str]:
        """Words naming the function of whoever a mention stands for: the title around a name
        ("Foreign Minister Ishaq Dar", "Ishaq Dar, the foreign minister"), the role a body's
        name qualifies ("Pakistan's ambassador", "the head of UNAMA"), the person's KB titles."""
        words: set[str] = set()
        root = self._mention_root(state, m)
        actor = self.kb.get(m.actor_id) if m.actor_id else None
        if root is not None:
            words.update(
                t.lower_ for t in root.doc.char_span(m.start, m.end, alignment_mode="expand") or []
            )
            for child in root.children:
                if child.dep_ in ("compound", "amod", "appos"):
                    # "the supreme leader, Hibatullah Akhundzada, and the chief justice": a
                    # coordinated second person's title is not this one's
                    words.update(t.lower_ for t in _subtree_without_conj(child))
            head = root.head
            if root.dep_ == "appos" and head.i != root.i and head.pos_ == "NOUN":
                # "A senior cleric, Mufti Abdul Shakoor,": the person holds the noun's role
                words.add(head.lower_)
                words.update(c.lower_ for c in head.children if c.dep_ in ("amod", "compound"))
            elif (
                root.dep_ in ("poss", "compound", "nmod")
                and head.i != root.i
                and not _apposed_person(head)
            ):
                # "the TTP's envoy" names a role of the body; "The TTP commander, Qari Amjad,"
                # gives it to the person apposed (above)
                words.add(head.lower_)
                words.update(c.lower_ for c in head.children if c.dep_ in ("amod", "compound"))
            elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
                words.add(head.head.lower_)
                words.update(c.lower_ for c in head.head.children if c.dep_ in ("amod", "compound"))
        if actor is not None and actor.kind == "person":
            for t in self.kb.titles:
                if t.actor_id == actor.id:
                    words.update(t.title.split())
        return words

    def _role_holder(self, state: _State, tok: Token, low: str, words: set[str]) -> str | None:
        introduced = self._introduced_holder(state, tok, low)
        if introduced:
            return introduced
        found = self._named_role_holder(state, tok, low, words)
        if found is None and low in GOVERNMENT_ROLE_NOUNS:
            # "the deputy minister for refugees" nobody named: a member of the government of
            # the country the sentence is about
            country = self._country_for(state, tok)
            found = (self.kb.government_of(country) or country) if country else None
        return found

    def _introduced_holder(self, state: _State, tok: Token, low: str) -> str | None:
        """ "A senior counter-terrorism official told reporters ... Mujahid rejected the
        official's assertion": an unnamed holder introduced with "a" in this sentence or the
        two before is who "the official" is."""
        limit = state.doc[_sentences_back(tok, 2)].idx
        for m in sorted(state.actor_mentions, key=lambda m: -m.start):
            if m.start < limit:
                break  # newest first: the rest are older still
            if m.start >= tok.idx or not m.actor_id:
                continue
            root = self._mention_root(state, m)
            if (
                m.rule == "generic"
                and root is not None
                and root.lemma_.lower() == low
                and root.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
            ):
                named = _apposed_person(root)
                person = self._mention_at(state, named) if named is not None else None
                # "A senior cleric, Mufti Abdul Shakoor, ...": "the cleric" is the named man
                return person.actor_id if person is not None and person.actor_id else m.actor_id
            holder = root.head if root is not None else None
            if (
                holder is not None
                and root is not None
                and root.dep_ in ("compound", "amod", "nmod")
                and holder.i < tok.i
                and holder.lemma_.lower() == low
                and holder.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in holder.children)
                and _apposed_person(holder) is None
            ):
                # "A Taliban official who attended the talks said ... The official spoke on
                # condition of anonymity": the holder introduced by the body that names him
                return m.actor_id
        return None

    def _named_role_holder(
        self, state: _State, tok: Token, low: str, words: set[str]
    ) -> str | None:
        # the deputy is not the minister the article named, but "Deputy Prime Minister <Name>
        # ... the deputy prime minister" is that named deputy (the words must all fit, below)
        deputy = "deputy" in words and low not in SPOKES_NOUNS
        forms = {low, tok.lower_}
        before = list(self._before(state, tok))
        # names written out before the phrase (not other anaphors)
        named = [
            m
            for m in before
            if m.rule not in ("generic", "attributed", "coref", "role") and m.end <= tok.idx
        ]
        holders = []
        for m in named:
            have = self._role_words(state, m)
            if forms & have and words <= have:
                holders.append(m.actor_id)
        if len(set(holders)) > 1 and tok.dep_ in ("nsubj", "nsubjpass"):
            # "Dar rejected it. He said he would meet the Taliban's foreign minister, Muttaqi.
            # The minister did not say ...": a subject goes on about the last subject
            subjects = self._recent_subjects(state, tok)
            for actor_id in holders:
                if actor_id in subjects:
                    return actor_id
        if not holders and words and words <= JURISDICTION_WORDS:
            # "Governor <Name> of Balkh province ... the provincial governor": the level of an
            # office the text gave as "of <province>" is no other office
            holders = [
                m.actor_id
                for m in named
                if forms & self._role_words(state, m)
                and self._is_person(m.actor_id or "")
                and all(_names_unit(tok.doc.text, m.end, JURISDICTION_UNITS[w]) for w in words)
            ]
        if holders:
            return holders[0]
        ahead = self._named_holder_ahead(state, tok, forms, words)
        if ahead:
            return ahead
        if deputy:
            return None
        # Nobody named holds the role: the one body of this article the KB gives that title to
        # ("the envoy" after "the UN mission" → the mission).
        mentioned = {m.actor_id for m in before}
        exact: set[str] = set()
        loose: set[str] = set()
        for t in self.kb.titles:
            parts = t.title.split()
            if parts[-1] in forms and words <= set(parts) and t.of in mentioned:
                loose.add(t.of)
                if set(parts) - forms == words:
                    exact.add(t.of)  # "the envoy" is an envoy before a "special envoy"
        for owners in (exact, loose):
            if owners:
                return owners.pop() if len(owners) == 1 else None
        return None

    def _named_holder_ahead(
        self, state: _State, tok: Token, forms: set[str], words: set[str]
    ) -> str | None:
        """ "a spokesman saying the chief minister had zero tolerance ... Chief Minister Sohail
        Afridi announced relief": with nobody named before, the one person the next sentences
        name with that title is who the bare title was (a reporter's cataphora)."""
        doc = state.doc
        sent_end = tok.sent.end
        for _ in range(_AHEAD_SENTENCES):
            if sent_end >= len(doc):
                break
            sent_end = doc[sent_end].sent.end
        limit = doc[sent_end - 1].idx + len(doc[sent_end - 1].text)
        holders = set()
        for m in state.actor_mentions:
            if (
                m.start <= tok.idx
                or m.start >= limit
                or not m.actor_id
                or m.rule in ("generic", "attributed", "coref", "role")
                or not self._is_person(m.actor_id)
            ):
                continue
            root = self._mention_root(state, m)
            if root is None:
                continue
            # the title must be written with the name ("Chief Minister Sohail Afridi", "the
            # deputy commissioner, Hamidullah Khan"), not only known to the knowledge base
            written = {
                t.lower_ for t in root.doc.char_span(m.start, m.end, alignment_mode="expand") or []
            }
            for child in root.children:
                if child.dep_ in ("compound", "amod", "appos"):
                    written.update(t.lower_ for t in _subtree_without_conj(child))
            if root.dep_ == "appos" and root.head.i != root.i:
                written.add(root.head.lower_)
                written.update(
                    c.lower_ for c in root.head.children if c.dep_ in ("amod", "compound")
                )
            if forms & written and words <= written:
                holders.add(m.actor_id)
        return holders.pop() if len(holders) == 1 else None

    def _recent_subjects(self, state: _State, tok: Token) -> set[str]:
        """Actors that are subjects in this sentence (before ``tok``) or the three before it
        (pronouns are not resolved yet: "Dar rejected it. He said ... he said")."""
        out: set[str] = set()
        for m in self._before(state, tok, sents_back=3):
            root = self._mention_root(state, m)
            if root is not None and root.dep_ in ("nsubj", "nsubjpass") and m.actor_id:
                out.add(m.actor_id)
        return out

    def _link_persons_bodies(self, state: _State) -> None:
        """ "Khurasani's group", "his movement", "Afridi, whose party ...": the body a person
        leads or speaks for, as the knowledge base gives it (a person's parent) or as the text
        introduced him ("its spokesman Mohammad Khurasani" after the TTP)."""
        doc = state.doc
        for tok in state.tokens:
            if (
                tok.lemma_.lower() not in _OWN_BODY_NOUNS
                or tok.tag_ != "NN"
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            owner = next((c for c in tok.children if c.dep_ == "poss"), None)
            if owner is None or any(c.dep_ in ("amod", "compound") for c in tok.children):
                continue
            if owner.lower_ == "whose":
                # "Chief Minister Sohail Afridi, whose party ...": the relative clause's noun
                clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
                person = self._mention_at(state, clause.head) if clause is not None else None
            else:
                person = self._mention_at(state, owner)
            if person is None or not person.actor_id or not self._is_person(person.actor_id):
                continue
            body = self._body_of_person(state, person.actor_id)
            if body:
                start = owner.i if owner.lower_ == "whose" else tok.i
                state.add_actor(doc[start : tok.i + 1], body, "role", 0.5)

    def _body_of_person(self, state: _State, person_id: str) -> str | None:
        actor = self.kb.get(person_id)
        if actor is not None:
            parent = self.kb.get(actor.parent or "")
            if parent is not None and parent.kind not in ("person", "country"):
                return parent.id
            return None
        for m in state.actor_mentions:
            if m.actor_id != person_id or m.rule != "provisional":
                continue
            root = self._mention_root(state, m)
            if root is None:
                continue
            roles = [c for c in root.children if c.dep_ in ("compound", "appos")]
            if root.dep_ == "appos":
                roles.append(root.head)
            for role in roles:
                if role.lemma_.lower() not in SPOKES_NOUNS | _LEADER_NOUNS:
                    continue
                for c in role.children:
                    if c.dep_ != "poss":
                        continue
                    body = self._mention_at(state, c)
                    actor = self.kb.get(body.actor_id or "") if body is not None else None
                    if actor is not None and actor.kind not in ("person", "country"):
                        return actor.id
            return None
        return None

    def _link_body_members(self, state: _State) -> None:
        """ "The monitors write" after "a UN monitoring team": the people of a named body, by a
        word of its name."""
        doc = state.doc
        for tok in state.tagged("NNS"):
            if (
                tok.ent_type_
                or len(tok.lemma_) < 5
                or state.covered(tok.i, tok.i + 1)
                or tok.dep_ not in ("nsubj", "nsubjpass")
            ):
                continue
            det = [c for c in tok.children if c.dep_ == "det"]
            if not det or det[0].lower_ != "the" or len(list(tok.children)) != 1:
                continue
            stem = tok.lemma_.lower()
            found = None
            for m in self._before(state, tok, sents_back=3):
                actor = self.kb.get(m.actor_id or "")
                if actor is None or actor.kind in ("person", "country"):
                    continue
                words = normalize(m.text).split()
                if m.rule == "coref":
                    # "The monitors assess" after "the monitors write": the same people again
                    if tok.lower_ in words:
                        found = actor.id
                        break
                    continue
                if any(w.startswith(stem) and w != stem for w in words):
                    found = actor.id
                    break
            if found is None and stem.endswith(("or", "er")):
                # "The monitors do not visit" paragraphs after "the sanctions monitoring team":
                # people named by an agent noun whose activity ("monitoring") names one body,
                # however far back; "the attacks" after "TTP attackers" are not people
                activity = stem + "ing"
                derived = {
                    m.actor_id
                    for m in self._before(state, tok)
                    if (a := self.kb.get(m.actor_id or "")) is not None
                    and a.kind not in ("person", "country")
                    and activity in normalize(m.text).split()
                }
                found = derived.pop() if len(derived) == 1 else None
            if found is not None:
                state.add_actor(doc[det[0].i : tok.i + 1], found, "coref", 0.6)

    def _link_member_anaphors(self, state: _State) -> None:
        """ "the sanctioned commanders", "the designated individuals", "such fighters": people
        the last sentences counted as an armed group's, that group."""
        doc = state.doc
        for tok in state.tagged("NNS"):
            if (
                tok.lemma_.lower() not in COLLECTIVE_MEMBERS
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            start = None
            for child in tok.children:
                if child.dep_ == "det" and child.lower_ in ("the", "these", "those"):
                    start = child.i
                elif child.dep_ in ("amod", "predet") and child.lower_ == "such":
                    start = child.i if start is None else start
                elif child.dep_ in ("amod", "nummod") and child.is_lower:
                    continue
                elif child.dep_ in ("compound", "poss", "nmod", "amod", "prep", "appos"):
                    start = None
                    break
            if (
                start is None
                and tok.dep_ == "pobj"
                and tok.head.lower_ == "including"
                and not any(c.dep_ in ("det", "poss", "compound") for c in tok.children)
            ):
                # "dozens of khawarij had been killed, including two commanders": the group
                # the sentence counted them in
                sent_start = tok.sent.start_char
                group = next(
                    (
                        m.actor_id
                        for m in self._before(state, tok, sents_back=0)
                        if m.start >= sent_start and self._is_armed_group(m.actor_id)
                    ),
                    None,
                )
                if group:
                    state.add_actor(doc[tok.left_edge.i : tok.i + 1], group, "attributed", 0.6)
                continue
            if start is None or start > tok.i:
                continue
            group = self._recent_group(state, tok, sents_back=2)
            if group:
                state.add_actor(doc[start : tok.i + 1], group, "attributed", 0.6)

    def _acting_unit(self, state: _State, tok: Token) -> str | None:
        for m in self._before(state, tok, sents_back=2):
            actor = self.kb.get(m.actor_id or "")
            if actor is None or actor.kind != "organization" or actor.provisional:
                continue
            if actor.sector not in ("MIL", "COP") or self._is_speaker(self._mention_root(state, m)):
                continue
            return actor.id
        return None


# "his movement", "Khurasani's group": a person's own body
_OWN_BODY_NOUNS = frozenset(
    ["group", "movement", "party", "organisation", "organization", "faction"]
)
_LEADER_NOUNS = frozenset(["leader", "chief", "commander", "founder", "head", "emir", "chairman"])

# how many sentences after a bare title its holder may be named (cataphora)
_AHEAD_SENTENCES = 2


def _subtree_without_conj(tok: Token) -> list[Token]:
    out = [tok]
    for child in tok.children:
        if child.dep_ not in ("conj", "cc"):
            out.extend(_subtree_without_conj(child))
    return out


def _apposed_person(tok: Token) -> Token | None:
    """The name in apposition to a role noun, "the TTP commander, Qari Amjad," or "Qari Amjad,
    the TTP commander,": the person who holds that role."""
    if tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON":
        return tok.head
    return next((c for c in tok.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)


def _names_unit(text: str, end: int, units: frozenset[str]) -> bool:
    """Whether the words right after a holder's name give the unit of the office ("<Name> of
    Nangarhar province"): a district governor is not the province's governor named before."""
    following = text[end : end + 60].lower().replace(",", " ").replace(".", " ").split()
    return any(w in units for w in following[:5])
