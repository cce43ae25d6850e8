"""Entity linking: spaCy entities, ruler matches, titles, generic nouns and pronouns → actors and
places.

Two passes per document. The first collects the countries the text points to (its focus), the
second links each mention with the first rule that applies, in this order: sub-actor (a country
word followed by "army", "foreign ministry", ...), title ("the Taliban's foreign minister"),
metonymy (a capital or country name acting as a speaker), name/alias, demonym, short form of a
person named earlier, fuzzy match, and finally a provisional actor. Then the phrases without a
name: a subsidiary of a named body ("the Islamic State's Khorasan branch"), generic nouns
("police", "officials", "gunmen" — the service or government of the sentence's country, the
armed group the article attributes the attack to), a body's head noun ("the mission") and
pronouns ("He", "It" — the subject of the previous sentence when it agrees, else the last person
of the matching gender; "his" only within its own sentence). A place a body's name holds ("the UN
mission in Afghanistan") is also a place mention. Every mention records the rule that linked it
so an analyst can audit and correct the knowledge base.

The code is split by stage: this module keeps `Linker.__init__`, `link` (the passes in order)
and `_link_actor_like` (the rule cascade for a tagged name); the rules themselves are mixins in
`watchfloor.kb.linking` (see its docstring for the map). Every name this module defined before
the split (word lists such as GENERIC_NOUNS, `_State`, token helpers) is re-exported here.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from watchfloor.kb.actors import KnowledgeBase, normalize
from watchfloor.kb.gazetteer import Gazetteer
from watchfloor.kb.linked import LinkedDoc
from watchfloor.kb.linking.anaphors import AnaphorsMixin
from watchfloor.kb.linking.bodies import BodiesMixin
from watchfloor.kb.linking.countries import CountriesMixin
from watchfloor.kb.linking.generic import GenericNounsMixin
from watchfloor.kb.linking.lexicon import (
    _LEXICON_DIGEST,
    ACTOR_LABELS,
    BODY_ANAPHORS,
    ORG_NAME_HEADS,
    ORGAN_WORDS,
    PERSON_HONORIFICS,
    PLACE_KIND_WORDS,
    PLACE_LABELS,
    POSSESSIVES,
    PRONOUNS_PERSON,
    STATE_BODY_WORDS,
)
from watchfloor.kb.linking.mentions import MentionsMixin
from watchfloor.kb.linking.metonymy import MetonymyMixin
from watchfloor.kb.linking.names import NamesMixin
from watchfloor.kb.linking.places import PlacesMixin
from watchfloor.kb.linking.pronouns import PronounsMixin
from watchfloor.kb.linking.provisional import ProvisionalMixin
from watchfloor.kb.linking.speakers import SpeakersMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _in_apposed_person_name, _located, _strip_article
from watchfloor.records import Actor, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

# Everything linker.py defined before the split into `watchfloor.kb.linking` stays importable
# from here: the word lists (GENERIC_NOUNS, REPORT_ANAPHORS, ...) and the private helpers.
from watchfloor.kb.linking.anaphors import _subtree_without_conj as _subtree_without_conj
from watchfloor.kb.linking.bodies import _state_body_words as _state_body_words
from watchfloor.kb.linking.countries import _place_mention_at as _place_mention_at
from watchfloor.kb.linking.generic import _being_created as _being_created
from watchfloor.kb.linking.generic import _institution_modifier as _institution_modifier
from watchfloor.kb.linking.generic import _service_modifier as _service_modifier
from watchfloor.kb.linking.lexicon import *  # noqa: F403
from watchfloor.kb.linking.lexicon import _LEXICON as _LEXICON
from watchfloor.kb.linking.lexicon import _LEXICON_BYTES as _LEXICON_BYTES
from watchfloor.kb.linking.lexicon import _load_lexicon as _load_lexicon
from watchfloor.kb.linking.names import _apposed_to_name as _apposed_to_name
from watchfloor.kb.linking.names import _capitalised_name as _capitalised_name
from watchfloor.kb.linking.places import _SITE_WINDOW_SENTENCES as _SITE_WINDOW_SENTENCES
from watchfloor.kb.linking.pronouns import _PARTY_WINDOW_SENTENCES as _PARTY_WINDOW_SENTENCES
from watchfloor.kb.linking.pronouns import _according_to as _according_to
from watchfloor.kb.linking.pronouns import _reports as _reports
from watchfloor.kb.linking.tokens import _dateline_end as _dateline_end
from watchfloor.kb.linking.tokens import _guess_sector as _guess_sector
from watchfloor.kb.linking.tokens import _military_head as _military_head
from watchfloor.kb.linking.tokens import _names_people as _names_people
from watchfloor.kb.linking.tokens import _sentences_back as _sentences_back
from watchfloor.kb.linking.tokens import _shared_subject as _shared_subject
from watchfloor.kb.linking.tokens import _speech_verb_above as _speech_verb_above
from watchfloor.kb.linking.tokens import _unowned as _unowned
from watchfloor.kb.linking.tokens import _with_article as _with_article

# "UN", "U.N.", "United Nations": a text or a name that names the UN
_UN_WORD = re.compile(r"(?<!\w)(?:UN|U\.N\.|United Nations)(?!\w)")


# Every stage mixin, highest first (each also inherits the lower stages it calls; see
# `watchfloor.kb.linking`). No two mixins define the same name, so the order only has to be
# a valid method resolution order.
class Linker(
    MetonymyMixin,
    GenericNounsMixin,
    AnaphorsMixin,
    PronounsMixin,
    BodiesMixin,
    NamesMixin,
    ProvisionalMixin,
    CountriesMixin,
    SpeakersMixin,
    MentionsMixin,
    PlacesMixin,
):
    # 38: place lookups by the phrase that places a name ("Muqur district of Ghazni") and by
    # news spellings GeoNames lacks; stored links made by 37 may differ for such places
    # s21: 39: river courses, quarters a city owns ("Kabul's X district"), coordinated districts
    # after a possessive, a state owning a named place is a location, more curated places;
    # stored links made by 38 may differ for such places
    # s21: 40: "Afghan fighters" → the ruling movement, "his men" → the body "his" stands
    # for, "the federal interior ministry" → the ministry; 41 (review): a river's stretch is
    # named after its town and its id carries its position; s22: 42: a far-away small
    # namesake gives way to a regional city, a bare name keeps the local place the article
    # first put it in, "Its Foreign Office" is the organ of the state "its" stands for, "the
    # (same) faction" is the body the text last called a faction
    VERSION = f"wf-linker-42-{_LEXICON_DIGEST}"

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        # the document being linked's own view of its provisional actors (`_State`), set for
        # the length of one `link` call; None between documents
        self._provisional_views: dict[str, Actor] | None = None
        self._press_offices: dict[
            tuple[str, str, tuple[str, ...]], bool
        ] = {}  # see `_press_office`
        self._titles = sorted({t.title for t in kb.titles}, key=lambda s: -len(s.split()))
        self._cues = sorted(
            {normalize(c): tpl.role for tpl in kb.templates for c in tpl.cues}.items(),
            key=lambda kv: -len(kv[0].split()),
        )
        # Lookup forms of the two lists above, so scanning a document costs one dict probe per
        # token (or per cue length) instead of a pass over every title and cue.
        self._titles_by_first: dict[str, list[tuple[str, list[str]]]] = {}
        self._titles_wordless = [t for t in self._titles if not t.split()]
        for title in self._titles:
            words = title.split()
            if words:
                self._titles_by_first.setdefault(words[0], []).append((title, words))
        self._cue_roles = dict(self._cues)
        self._cues_by_len: dict[int, dict[str, str]] = {}
        for cue, role in self._cues:
            self._cues_by_len.setdefault(len(cue.split()), {}).setdefault(cue, role)
        self._names = {a.id: a for a in kb.curated()}
        # last word of each curated person's names → the people it may stand for, and each
        # person's titles (see `_surname_with_title`)
        self._surnames: dict[str, set[str]] = {}
        for a in self._names.values():
            if a.kind != "person":
                continue
            for full in (a.name, *a.aliases):
                words = normalize(full).split()
                if len(words) > 1:
                    self._surnames.setdefault(words[-1], set()).add(a.id)
        self._titles_of: dict[str, list[str]] = {}
        for t in kb.titles:
            self._titles_of.setdefault(t.actor_id, []).append(normalize(t.title))
        # long aliases too: "Ministry for the Propagation of Virtue and Prevention of Vice"
        self._fuzzy_choices = {aid: normalize(a.name) for aid, a in self._names.items()}
        for aid, a in self._names.items():
            for k, alias in enumerate(a.aliases):
                if len(alias) >= 16:
                    self._fuzzy_choices[f"{aid}\t{k}"] = normalize(alias)

    def link(
        self, doc: Doc, *, published: date | None = None, title: str | None = None
    ) -> LinkedDoc:
        """Link one document. Its mentions and ids resolve the same way whatever this linker
        linked before (see `_get_or_create`)."""
        state = _State(doc, redirect=self.kb.speaks_for)
        self._provisional_views = state.provisional_views
        try:
            return self._link(state, published=published, title=title)
        finally:
            self._provisional_views = None

    def _link(self, state: _State, *, published: date | None, title: str | None) -> LinkedDoc:
        doc = state.doc
        focus = self._focus_countries(doc, state.focus_counts)
        state.focus = focus
        self._link_subactors(state)
        self._link_titles(state)
        self._link_branches(state)
        for tagged in _joined_names(doc):
            ent = tagged
            if state.covered(tagged.start, tagged.end):
                rest = self._name_after_title(state, tagged)
                if rest is None:
                    continue
                ent = rest
            if ent.label_ == "ORG" and self._describes_known_person(doc, ent.end):
                state.block(ent.start, ent.end + 1)
                continue
            if (
                len(ent) == 1
                and not ent.ent_id_
                and ent.root.tag_ == "NNS"
                and not self.gazetteer.lookup(ent.text)
                and not self.kb.lookup(ent.text)
                and not self.kb.country_of_demonym(ent.text)
            ):
                # "Diplomats said", "Photographs released by the ministry": a capitalised
                # common noun the tagger took for a name; a participant noun is linked as one
                state.untagged.add(ent.start)
                continue
            if ent.label_ in PLACE_LABELS and _in_apposed_person_name(ent):
                # "One of its leaders, Allama Hassan Raza": a given name the tagger read as a
                # town; the whole name is a person's
                from spacy.tokens import Span  # already loaded: the caller holds one of its objects

                name = Span(doc, ent.start, ent.root.head.i + 1, label="PERSON")
                if not state.covered(name.start, name.end):
                    self._link_actor_like(state, name)
                    person = self._mention_at(state, name.root)
                    one = name.root.head
                    if (
                        person is not None
                        and person.actor_id
                        and one.lower_ == "one"
                        and one.i < name.start
                        and not state.covered(one.i, name.start - 1)
                    ):
                        # "One of its leaders, X, accused ...": the one is X
                        role_end = one.i + 1
                        while role_end < name.start and not doc[role_end].is_punct:
                            role_end += 1
                        state.add_actor(doc[one.i : role_end], person.actor_id, "role", 0.6)
                continue
            if ent.label_ in PLACE_LABELS or (ent.label_ == "ORG" and ent.ent_id_ == "place"):
                self._link_place_like(state, ent)
            elif ent.label_ in ACTOR_LABELS and not (
                ent.label_ == "ORG" and self._possessed_organ(state, ent)
            ):
                self._link_actor_like(state, ent)
        self._extend_possessed_names(state)
        self._link_untagged_names(state)
        self._link_acronyms(state)
        self._link_named_appositions(state)
        self._link_surnames(state)
        self._link_state_sets(state)
        self._link_seated_staff(state)
        self._link_the_state(state)
        self._link_described_government(state)
        self._link_paramilitary(state)
        self._self_styled_bodies(state)
        self._link_generic(state)
        self._link_those_responsible(state)
        self._link_owned_organs(state)
        self._link_body_anaphors(state)
        self._link_role_anaphors(state)
        self._un_report_author(state)
        self._link_documents(state)
        self._link_body_members(state)
        self._link_member_anaphors(state)
        self._named_diplomats(state)
        self._link_administrators(state)
        self._link_unnamed_roles(state)
        self._link_pronouns(state)
        self._possessed_fighters(state)
        self._link_persons_bodies(state)
        self._link_first_person(state)
        self._link_house(state)
        self._link_country_styles(state)
        self._military_possessions(state)
        self._link_body_staff(state)
        self._link_statement_adjuncts(state)
        self._link_apposed_roles(state)
        self._reinforcements_owner(state)
        self._prefer_branch(state)
        self._absorb_title_owners(state)
        self._relink_speakers_neighbours(state)
        self._places_in_names(state)
        self._named_sites(state)
        self._local_places(state)
        self._dateline_place(state)

        linked = LinkedDoc(doc=doc, published=published, title=title, focus_countries=focus)
        state.actor_mentions.sort(key=lambda m: m.start)
        state.place_mentions.sort(key=lambda m: m.start)
        linked.actor_mentions = state.actor_mentions
        linked.place_mentions = state.place_mentions
        for m in state.actor_mentions:
            if m.actor_id and m.actor_id not in linked.actors:
                actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
                if actor is not None:
                    linked.actors[m.actor_id] = actor
        for pm in state.place_mentions:
            if pm.place_id and pm.place_id not in linked.places:
                place = self.gazetteer.get(pm.place_id)
                if place is not None:
                    linked.places[pm.place_id] = place
        linked.new_actors = state.new_actors
        return linked

    def _former_post_of(self, state: _State, ent: Span, actor: Actor) -> bool:
        """ "a former UN education officer", "a former ISI officer": a body named only as
        someone's past post does not act; the person is linked as one of their own."""
        if actor.kind == "person" or ent.root.dep_ != "compound":
            return False
        return self._link_former_holder(state, ent.start, ent.root.head, actor.country)

    def _national_council(self, state: _State, ent: Span, actor: Actor) -> bool:
        """ "Kyrgyzstan's Security Council", "the Russian Security Council", "security council
        secretaries": a UN organ's bare name ("Security Council", "General Assembly") that a
        country qualifies, or written in lower case, is a country's own council, not the UN's.
        The qualifier links the country itself."""
        words = [t for t in ent if t.lower_ != "the"]
        if (
            actor.parent != "un"
            or _UN_WORD.search(ent.text)
            or not words
            or words[-1].lemma_.lower() not in ("council", "assembly")
            or any(t.is_upper for t in words)
        ):
            return False  # "UNAMA", "the World Health Organization" name the UN's own body
        doc = ent.doc
        k = ent.start - 1
        if k >= 0 and doc[k].lower_ == "the":
            k -= 1
        if k >= 0:
            if doc[k].text in POSSESSIVES and self._possessor_country(ent) is not None:
                return True
            if doc[k].ent_type_ in ("NORP", "GPE"):
                iso3, _ = self._country_of_modifier(doc[k : k + 1])
                if iso3 is not None and self.kb.get(iso3) is not None:
                    return True
        # "security council secretaries": the UN's organ is a proper name, always capitalised
        return words[-1].is_lower

    def _link_actor_like(self, state: _State, ent: Span) -> None:
        text = ent.text
        if ent.end <= state.dateline_end:
            # "UNITED NATIONS —", "ASTANA —": a dateline names where the story was filed
            if self.gazetteer.lookup(text):
                self._link_place_like(state, ent)
            return
        if ent.label_ == "NORP":
            self._link_demonym(state, ent)
            return
        # a span's id is its root token's: only a name the ruler tagged whole carries its actor
        ruled = ent.ent_id_ if all(t.ent_id_ == ent.ent_id_ for t in ent) else ""
        actor = self.kb.get(ruled) if ruled and ruled != "place" else None
        if actor is not None:
            if actor.kind == "country":
                self._link_place_like(state, ent)
                return
            if self._former_post_of(state, ent, actor):
                return
            if self._national_council(state, ent, actor):
                return
            state.add_actor(ent, actor.id, self._name_rule(actor, text))
            return
        if not _looks_like_name(text):
            if ent.label_ == "ORG":
                self._link_unnamed_organ(state, ent)
            return
        if self._capitalised_anaphor(state, ent):
            return
        seat = self.kb.country_of_capital(_strip_article(text))
        if seat is not None and not self.kb.lookup(text):
            if ent.label_ in ("ORG", "FAC"):
                # "The White House defended the deal": a seat of power tagged as a body speaks
                # for its state, as "Washington" does (`_link_place_like`)
                self._link_place_like(state, ent)
                return
            if (
                ent.label_ == "PERSON"
                and seat in (state.focus_counts or state.focus)
                and self._acts_as_agent(state, ent)
            ):
                # "blamed Ukraine, an accusation Kyiv rejected": the small model reads an
                # unfamiliar capital as a person; acting in a text about its state, it is the
                # state ("Victoria said" in a text that never names Seychelles is a person)
                self._link_place_like(state, ent)
                return
        if _pronoun_after_stop(ent):
            return  # "wrote on X. He added": a sentence break the tagger read as one name
        if _platform_break(ent):
            # "wrote on X. Trade officials said": the platform ends a sentence the tokenizer
            # read as an initial; what follows is linked on its own, if it is a name at all
            from spacy.tokens import Span  # already loaded: the caller holds one of its objects

            rest = ent.doc[ent.start + 1 : ent.end]
            actors = self.kb.lookup(rest.text)
            if (
                any(a.kind == "country" for a in actors)
                or not actors
                and (self.gazetteer.lookup(rest.text))
            ):
                self._link_place_like(state, Span(ent.doc, rest.start, rest.end, label="GPE"))
            elif actors:
                self._link_actor_like(state, Span(ent.doc, rest.start, rest.end, label=ent.label_))
            else:
                state.untagged.update(range(rest.start, rest.end))
            return
        if _before_place_kind(ent) and not self.kb.lookup(text):
            # "the Kant air base", "Shamsiddin Shohin district": a place the tagger took for
            # a person or a body; what follows the name says what it is
            self._link_place_like(state, ent)
            if not any(pm.start == ent.start_char for pm in state.place_mentions):
                state.place_mentions.append(
                    PlaceMention(ent.start_char, ent.end_char, text, None, "unresolved", 0.0)
                )
            return
        role = self._role_of_name(text)
        if role and ent.label_ in ("ORG", "FAC"):
            poss = ent.doc[ent.start - 1] if ent.start > 0 else None
            owner = (
                self._subject_state(state, poss)
                if poss is not None and poss.lower_ in ("its", "their") and poss.dep_ == "poss"
                else None
            )
            if owner:
                # "Kazakhstan ... has not recognised the Taliban government, and its Foreign
                # Ministry said": the owner of "its", not the last foreign ministry named
                organ = self.kb.named_organ(owner, role) or self.kb.government_of(owner) or owner
                state.add_actor(ent, organ, "title", 0.7)
                return
            # "the Foreign Office", "the National Assembly", "Makran division police": the organ
            # of the country the sentence (else the article) is about.
            named_owner = self._possessor_country(ent)
            if named_owner and role == "military":
                # "the Taliban's Ministry of Defence", "Tajikistan's Defence Ministry": the
                # named owner's forces, not those of the sentence's country
                forces = self.kb.cue_organ(named_owner, role, _strip_article(text))
                state.add_actor(ent, forces or named_owner, "title", 0.7)
                return
            country = self._country_for(state, ent.root)
            actor_id = self.kb.cue_organ(country, role, _strip_article(text)) if country else None
            if self._seat_country(state, ent.root) is None:
                earlier = self._organs_named_before(state, ent, role)
                if len(earlier) == 1:
                    # "Pakistan's Interior Ministry ordered ... Kabul accused Pakistani police,
                    # an allegation the Interior Ministry did not address": the ministry named
                    # before
                    actor_id = earlier[0]
            styled = self.kb.organ_styled(_strip_article(text), role)
            if styled and (actor_id is None or len(_strip_article(text).split()) > 1):
                actor_id = styled  # "Foreign Office": a name only one state uses for the organ
            elif (
                country
                and actor_id in (country, self.kb.government_of(country))
                and self._seat_country(state, ent.root) is None
            ):
                # "Speaking in the National Assembly" in a story about India: the sentence's
                # state has no such organ; a state the article is about that has one
                by_state = self.kb.organs_styled(_strip_article(text), role)
                named = [c for c in state.focus if c in by_state and c != country]
                if len(_strip_article(text).split()) > 1 and named:
                    actor_id = by_state[named[0]]
            if actor_id:
                state.add_actor(ent, actor_id, "title", 0.7)
                return
        found = [a for a in self.kb.lookup(text) if not a.provisional]
        words = _strip_article(text).split()
        if not found and len(words) >= 3 and normalize(words[0]) in PERSON_HONORIFICS:
            # "Maulana Fazlur Rahman" for a person the KB knows as "Fazlur Rahman"
            unprefixed = " ".join(words[1:])
            found = [
                a for a in self.kb.lookup(unprefixed) if not a.provisional and a.kind == "person"
            ]
        if found:
            actor = found[0]
            if actor.kind == "country":
                self._link_place_like(state, ent)
                return
            if self._former_post_of(state, ent, actor):
                return
            state.add_actor(ent, actor.id, self._name_rule(actor, text))
            return
        short = state.short_form(text)
        if short and (
            ent.label_ == "PERSON"
            or len(ent) == 1
            and (self._is_person(short) or text.isupper() or state.acronyms.get(text) == short)
        ):
            state.add_actor(ent, short, "coref")
            return
        if ent.label_ == "PERSON" and self._link_spokesperson(state, ent):
            return
        titled = self._surname_with_title(ent) if ent.label_ == "PERSON" else None
        if titled:
            state.add_actor(ent, titled, "alias", 0.8)
            return
        owner = self._possessor_country(ent)
        if owner and set(normalize(text).split()) & (STATE_BODY_WORDS | ORGAN_WORDS):
            # "Pakistan's Commerce Ministry": an organ the KB does not list speaks for the state
            state.add_actor(ent, self.kb.government_of(owner) or owner, "metonymy", 0.7)
            return
        if (
            ent.label_ == "ORG"
            and _located(ent.root)
            and normalize(_strip_article(text)) not in BODY_ANAPHORS | ORG_NAME_HEADS
            and self.gazetteer.lookup(text)
        ):
            # "men from Banu": a village the tagger took for an organisation
            self._link_place_like(state, ent)
            return
        if ent.label_ == "PERSON" and self._town_taken_for_person(state, ent):
            # "the main hospital in Khar": a town of the story's country the tagger took for
            # a person's name
            self._link_place_like(state, ent)
            return
        if self._link_state_body_name(state, ent):
            return
        fuzzy = self._fuzzy(text, ent.label_)
        if fuzzy:
            state.add_actor(ent, fuzzy, "fuzzy", 0.8)
            return
        actor = self._provisional_actor(text, ent, state)
        state.add_actor(ent, actor.id, "provisional", 0.5)


def _before_place_kind(ent: Span) -> bool:
    """True for a name followed by a word that says it is a place ("district", "air base")."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    nxt = doc[ent.end].lower_
    two = f"{nxt} {doc[ent.end + 1].lower_}" if ent.end + 1 < len(doc) else ""
    if two in PLACE_KIND_WORDS:
        kind = doc[ent.end + 1]
    elif nxt in PLACE_KIND_WORDS:
        kind = doc[ent.end]
    else:
        return False
    # the place word heads the phrase: not "the PPP district president"
    return kind.dep_ not in ("compound", "amod", "nmod")


def _pronoun_after_stop(ent: Span) -> bool:
    """ "X. He", "Kabul. She": a name ending in a sentence-initial pronoun after a full stop."""
    return (
        len(ent) >= 3
        and ent[-1].lower_ in PRONOUNS_PERSON | {"it", "they", "we"}
        and ent[-2].text == "."
    ) or (len(ent) == 2 and ent[-1].lower_ in PRONOUNS_PERSON and ent[0].text.endswith("."))


def _platform_break(ent: Span) -> bool:
    """ "posted on X. Officials said": the platform X read as an initial of the next name."""
    return (
        len(ent) >= 2
        and ent[0].text == "X."
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ in ("on", "via")
    )


def _looks_like_name(text: str) -> bool:
    stripped = _strip_article(text).strip()
    return (
        sum(c.isalpha() for c in stripped) >= 2
        and any(c.isupper() for c in stripped)
        and not any(c.isdigit() for c in stripped)
    )


def _joined_names(doc: Doc) -> list[Span]:
    """The document's entities, with a person's given names the tagger found joined to the
    surname the ruler tagged as a known person's alias: "Aslam Khan Gandapur" is not "Gandapur"
    (Ali Amin Gandapur). The whole name is then looked up as one."""
    from spacy.tokens import Span  # already loaded: the caller holds one of its objects

    ents = list(doc.ents)
    out: list[Span] = []
    absorbed_to = -1
    for ent in ents:
        if ent.start < absorbed_to:
            continue  # the surname joined to the given names before it
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and prev.label_ == "PERSON"
            and not prev.ent_id_
            and ent.label_ == "PERSON"
            and ent.ent_id_
            and ent.ent_id_ != "place"
            and all(t.is_title for t in prev)
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON")
            continue
        end = _unknown_surname_end(doc, ent)
        if end > ent.end:
            # "Zulfiqar Hamdani Baryal", "Talal Haroon Khokhar": the small model tags the given
            # names as a person and an unfamiliar surname as a body (or not at all); split,
            # the later "Baryal" would never be grouped with the full name
            ent = Span(doc, ent.start, end, label="PERSON")
            absorbed_to = end
        out.append(ent)
    return out


def _unknown_surname_end(doc: Doc, ent: Span) -> int:
    """Where a person's name the tagger cut short really ends: after the capitalised proper
    nouns that follow it untagged, and a one-word body or person tag right after them, when
    neither is a name the ruler knows (a known alias or place carries an id)."""
    if ent.label_ != "PERSON" or ent.ent_id_ or not all(t.is_title for t in ent):
        return ent.end
    if not any(t.is_alpha and t.is_lower and len(t) > 3 for t in ent.sent):
        # a title-case headline ("Zahid Akhtar Baryal Vows Action Against Terrorists"): every
        # word looks like a name there, while a sentence has lower-case words of its own
        return ent.end
    end = ent.end
    while end < len(doc) and end - ent.start < 5:
        tok = doc[end]
        if not (tok.is_title and tok.is_alpha and tok.tag_ == "NNP") or tok.ent_id_:
            break
        if tok.ent_type_:
            if tok.ent_type_ not in ("ORG", "PERSON") or tok.ent_iob_ != "B":
                break
            if end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                break  # a body of several words ("Interior Ministry") is a name of its own
            return end + 1
        end += 1
    return end
