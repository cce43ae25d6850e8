"""Place names and demonyms as actors: a capital or country acting as a speaker
("Islamabad said"), a place name that stays a place, and demonyms ("Afghan officials",
"a Chinese diplomat"). These rules call most of the lower stages, so the mixin sits near the
top of the stack.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.gazetteer import LOCAL_PLACE_KINDS
from watchfloor.kb.linking.generic import GenericNounsMixin
from watchfloor.kb.linking.lexicon import (
    ADDRESS_NOUNS,
    AIM_VERBS,
    APPEAL_VERBS,
    APPOSED_BODY_KINDS,
    COMPASS_POINTS,
    DELIVERY_VERBS,
    DIPLOMAT_NOUNS,
    ENVOY_NOUNS,
    FINITE_TAGS,
    GENERIC_NOUNS,
    GOVERNMENT_NOUNS,
    LOCATIVE_PREPS,
    MILITARY_HEADS,
    ORG_NAME_HEADS,
    ORGAN_WORDS,
    PARTNER_NOUNS,
    PARTY_NOUNS,
    PATRON_PARTICIPLES,
    PEOPLE_HEADS,
    PERSON_ROLE_NOUNS,
    PLACE_HEADS,
    PLACE_LABELS,
    PLACE_VERBS,
    PLURAL_DEMONYMS_WITHOUT_S,
    PRESS_NOUNS,
    PRESSURE_VERBS,
    RELATION_NOUNS,
    ROLE_ANAPHORS,
    ROLE_NEUTRAL,
    SEATED_BODY_NOUNS,
    SMALL_PLACE_POPULATION,
    SOURCE_ANAPHORS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    STAKE_NOUNS,
    STANCE_NOUNS,
    STATE_BODY_WORDS,
    STATE_PRESS_WORDS,
    STATIVE_VERBS,
    TERRAIN_HEADS,
    TERRITORY_NOUNS,
    WILLING_WORDS,
)
from watchfloor.kb.linking.names import NamesMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _located, _military_head, _strip_article, _with_article
from watchfloor.records import Place, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


class MetonymyMixin(GenericNounsMixin, NamesMixin):
    """Metonymy and demonyms: places and nationalities that act."""

    def _acts_as_agent(self, state: _State, span: Span) -> bool:
        """True when a place name is used as an actor: subject of a speech/political verb,
        possessor ("Islamabad's decision"), or agent of a passive."""
        root = span.root
        doc = span.doc
        if self._in_place_apposition(span):
            return False
        dateline = state.dateline_end
        if dateline and span.end <= dateline:
            return False  # "KABUL —", "DUSHANBE, Tajikistan —": where the story was filed
        if (
            dateline
            and span.start == dateline + 1
            and span.end < len(doc)
            and (doc[span.end].tag_ in FINITE_TAGS or root.head.i < dateline)
        ):
            # "PESHAWAR, Pakistan — Pakistan closed", "ASTANA — Kazakhstan and Afghanistan
            # signed": the lede's subject, which the parser hangs on the dateline
            return True
        head = root.head
        while root.dep_ == "conj" and head is not root:
            root, head = head, head.head
        if root.dep_ == "pobj" and head.lower_ in ("with", "between", "against"):
            # a party to talks, ties, deals and clashes, not to a border or a road; as a verb
            # ("states that trade with Kabul") only bordering and travel locate
            lemma = normalize(head.head.lemma_)
            if head.head.pos_ == "VERB":
                return lemma not in PLACE_VERBS
            return lemma not in PLACE_HEADS
        if (
            root.dep_ == "pobj"
            and head.lower_ == "from"
            and (
                head.head.lemma_ in PARTY_NOUNS
                or head.head.lemma_.lower() in SOURCE_NOUNS
                or head.head.pos_ == "VERB"
                and any(
                    c.dep_ == "dobj" and c.i < head.i and c.lemma_.lower() in SOURCE_NOUNS
                    for c in head.head.children
                )
            )
        ):
            return True  # "mediators from Turkey and Qatar", "protests from Kabul"
        if (
            root.dep_ == "pobj"
            and head.lower_ == "for"
            and head.head.pos_ == "VERB"
            and head.head.lemma_.lower() in ("spy", "work", "fight")
        ):
            return True  # "accused of spying for Israel": the state served, not a place
        if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
            return True  # "two children were killed, according to Islamabad": the source
        if root.dep_ == "pobj" and head.lower_ == "to" and self._addressee(head):
            return True  # "a message to Washington", "deliver helicopters to Dushanbe"
        if root.dep_ == "pobj" and self._party_concerned(head):
            return True  # "appealed to Islamabad", "aimed at Kabul", "a priority for Islamabad"
        if (
            root.dep_ == "pobj"
            and head.lower_ == "in"
            and head.head.lower_ in SEATED_BODY_NOUNS
            and not any(
                c.dep_ in ("amod", "compound", "nmod", "poss") and (c.ent_type_ or c.dep_ == "poss")
                for c in head.head.children
            )
            and self.kb.country_of_capital(span.text)
        ):
            # "officials in Kabul described": the government seated there ("Pakistani officials
            # in Kabul" are only posted there)
            return True
        if self._example_range(span):
            return True  # "neighbours, from Uzbekistan to China, could ...": states as examples
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in STANCE_NOUNS:
            return True  # "the hand of New Delhi", "the position of Beijing"
        if root.dep_ in ("compound", "nmod", "amod") and head.lemma_ in STANCE_NOUNS:
            return True  # "with US involvement", "Indian backing"
        if (
            root.dep_ == "pobj"
            and head.lower_ in ("on", "upon")
            and head.head.lemma_.lower() in SPEECH_VERBS
        ):
            return True  # "called on Islamabad to halt"
        if root.dep_ in ("compound", "nmod") and (
            head.lemma_ in PERSON_ROLE_NOUNS or head.lower_ in GOVERNMENT_NOUNS
        ):
            return True  # "US deputy ambassador", "China envoy"
        if span.start > 0 and doc[span.start - 1].lower_ in LOCATIVE_PREPS:
            return False
        if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            if head.pos_ == "AUX" and any(
                p.dep_ == "prep"
                and any(o.lemma_.lower() in RELATION_NOUNS for o in p.children)
                or p.dep_ == "acomp"
                and p.lower_ in WILLING_WORDS
                or p.dep_ == "attr"
                and p.lemma_.lower() in PARTNER_NOUNS
                for p in head.children
            ):
                # "Qatar has been in contact with", "Tehran was ready to offer", "Beijing has
                # been Kabul's main partner"
                return True
            return head.lemma_.lower() in SPEECH_VERBS or head.pos_ == "VERB"
        if root.dep_ == "poss":
            return True
        if root.dep_ == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
            return True
        if root.dep_ == "pobj" and head.lower_ == "by" and head.head.pos_ == "NOUN":
            return True  # "attempts by Pakistan to deflect attention", "strikes by Kabul"
        if self._relative_agent(root):
            return True  # "China, which has mediated between the two, called on ..."
        if _object_relative_subject(span):
            return True  # "the BLA, which Pakistan and the United States list as ..."
        if _rejects_the_charge(span):
            return True  # "..., a charge Islamabad rejects": the state that answers it
        if root.dep_ != "dobj":
            return False
        verb = head.lemma_.lower()
        if verb in SPEECH_VERBS or verb in PRESSURE_VERBS:
            return True  # "persuade Kabul", "dragging Kabul into its dispute"
        # object control: "allow Kabul to reopen" (the object does the infinitive), unlike
        # the purpose clause of a visit ("visited Kabul to meet")
        return verb not in PLACE_VERBS and any(
            c.dep_ == "xcomp" and c.i > root.i and any(a.lower_ == "to" for a in c.children)
            for c in head.children
        )

    @staticmethod
    def _addressee(to: Token) -> bool:
        """True when "to X" names who receives something from a party ("a warning to Kabul",
        "handed the suspects to Islamabad"), not where someone goes ("troops sent to Kabul")."""
        owner = to.head
        if owner.pos_ in ("NOUN", "PROPN"):
            if owner.lemma_.lower() in ADDRESS_NOUNS:
                return True
            if owner.dep_ in ("dobj", "nsubjpass"):
                owner = owner.head  # "deliver helicopters to Dushanbe": the verb decides
        if owner.pos_ == "VERB" and owner.lemma_.lower() == "make":
            # "made a commitment to Washington", "the pledge they made to Kabul": the light
            # verb's noun decides, as "a pledge to Kabul" does
            nouns = [c for c in owner.children if c.dep_ == "dobj"]
            if owner.dep_ == "relcl":
                nouns.append(owner.head)
            return any(n.lemma_.lower() in ADDRESS_NOUNS for n in nouns)
        return owner.pos_ == "VERB" and owner.lemma_.lower() in DELIVERY_VERBS

    @staticmethod
    def _party_concerned(prep: Token) -> bool:
        """True when the preposition's object is a party addressed, aimed at or concerned by
        what its head names, not where it happens: "appealed to Islamabad to halt", "a remark
        aimed at Islamabad", "a strategic priority for Islamabad" — but "returned to Kabul",
        "arrived at Kabul", "left for Kabul"."""
        owner = prep.head
        lemma = owner.lemma_.lower()
        if prep.lower_ == "to":
            return owner.pos_ == "VERB" and lemma in APPEAL_VERBS
        if prep.lower_ == "at":
            return owner.pos_ == "VERB" and lemma in AIM_VERBS
        if prep.lower_ == "for":
            return owner.pos_ == "NOUN" and lemma in STAKE_NOUNS
        return False

    @staticmethod
    def _example_range(span: Span) -> bool:
        """True for X and Y in a range of examples set off by commas or after a plural noun
        ("donors, from Japan to Germany,", "neighbours from Uzbekistan to China"), not in a
        journey ("travelled from Uzbekistan to China")."""
        doc = span.doc
        if span.start == 0:
            return False
        k = span.start - 1
        if doc[k].lower_ == "to":
            f = next((j for j in range(k - 1, max(k - 7, -1), -1) if doc[j].lower_ == "from"), None)
            end = span.end
        elif doc[k].lower_ == "from":
            f = k
            to = next(
                (j for j in range(span.end, min(span.end + 6, len(doc))) if doc[j].lower_ == "to"),
                None,
            )
            if to is None or to + 1 >= len(doc) or doc[to + 1].ent_type_ not in ("GPE", "LOC"):
                return False
            end = to + 2
            while end < len(doc) and doc[end].ent_iob_ == "I":
                end += 1
        else:
            return False
        if f is None or f == 0:
            return False
        if doc[f - 1].text == "," and (end >= len(doc) or doc[end].text in (",", ".", ";")):
            return True
        noun = doc[f - 1]
        return noun.tag_ == "NNS" and doc[f].head.i == noun.i and noun.lemma_ not in PLACE_HEADS

    @staticmethod
    def _relative_agent(root: Token) -> bool:
        """ "China, which has mediated ...": a state that is the subject of an active relative
        clause does something; "Kabul, which lies ..." or "where ..." only locate."""
        for rel in root.children:
            if rel.dep_ != "relcl" or rel.pos_ != "VERB" or rel.lemma_.lower() in STATIVE_VERBS:
                continue
            if any(c.dep_ == "nsubjpass" or c.dep_ == "auxpass" for c in rel.children):
                continue
            if any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in rel.children):
                return True
        return False

    @staticmethod
    def _also_located(root: Token) -> bool:
        """An acting state also named as a location: "a delegation from Kabul" (where they
        come from), "Tajikistan, where NRF figures have lived, did not comment", "Pakistan's
        ports"."""
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        if root.dep_ == "pobj" and root.head.lower_ in ("from", "in"):
            return True
        if root.dep_ == "poss" and root.head.pos_ in ("NOUN", "PROPN"):
            # "Iran's Chabahar port", "Pakistan's northwest": the owner of land is also where
            # it lies (docs/annotation-guide.md §4, "Afghanistan's Kunar province")
            # s21: and of a named place ("borders Afghanistan's Paktia, Khost and Nangarhar
            # provinces", "Iran's Mashhad"), not of a person ("Pakistan's Imran Khan")
            return root.head.lower_ in TERRAIN_HEADS or (
                root.head.pos_ == "PROPN" and root.head.ent_type_ in ("GPE", "LOC", "FAC")
            )
        return any(
            c.dep_ == "relcl" and any(a.lower_ == "where" for a in c.children)
            for c in root.children
        )

    def _in_place_apposition(self, span: Span) -> bool:
        """ "BANNU, Pakistan —", "Quetta, Balochistan": the country locates the place before it."""
        doc = span.doc
        if span.start < 2 or doc[span.start - 1].text != ",":
            return False
        prev = doc[span.start - 2]
        if not prev.ent_type_:
            return False
        start = prev.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        prev_text = doc[start : prev.i + 1].text
        if prev_text.isupper() and len(prev_text) > 3:
            return True  # a dateline
        if self.kb.country_of_capital(prev_text) or any(
            a.kind == "country" for a in self.kb.lookup(prev_text)
        ):
            return False  # "China, Pakistan and Afghanistan agreed": a list of states
        place = self.gazetteer.resolve(prev_text)
        return place is not None and place.kind != "country"

    def _link_place_like(self, state: _State, ent: Span) -> None:
        text = ent.text
        short = state.short_form(text) if len(ent) == 1 else None
        if short and self._is_person(short):
            state.add_actor(ent, short, "coref")  # "Wang said" after "Wang Yi"
            return
        if self._capitalised_anaphor(state, ent):
            return
        country_actor = next((a for a in self.kb.lookup(text) if a.kind == "country"), None)
        capital_of = self.kb.country_of_capital(text)
        # Capitals map to validated ISO3 codes, so "not None" here means "named a state".
        iso3 = country_actor.id if country_actor is not None else capital_of
        organ = self._envoys_organ(state, ent, iso3) if iso3 is not None else None
        if organ is not None:
            state.add_actor(ent, organ, "metonymy")
            return
        head = ent.root.head
        if (
            country_actor is not None
            and ent.root.dep_ in ("compound", "nmod")
            and head.i == ent.end
            and _military_head(head)
        ):
            # "a US drone killed", "US strikes": the state's armed forces, as "Pakistani
            # drones" are (demonym rule)
            forces = self.kb.named_organ(country_actor.id, "military")
            if forces:
                state.add_actor(state.doc[ent.start : head.i + 1], forces, "metonymy", 0.6)
                return
        body = self._metonym_body(state, ent, iso3) if country_actor is None else None
        if body is not None:
            state.add_actor(ent, body, "coref", 0.8)
            return
        if iso3 is not None and self._acts_as_agent(state, ent):
            gov = self.kb.government_of(iso3) or iso3
            rule = "name" if country_actor and gov == iso3 else "metonymy"
            state.add_actor(ent, gov, rule)
            if not self._also_located(ent.root):
                return
        if ent.ent_id_ and ent.ent_id_ != "place":
            actor = self.kb.get(ent.ent_id_)
            if actor is not None and actor.kind != "country":
                state.add_actor(ent, actor.id, self._name_rule(actor, text))
                return
        near = self.gazetteer.context_country(ent, self._named_country)
        if near is None and country_actor is None and capital_of is not None:
            # "talks in Doha" in a story about India: a national capital is that capital, not
            # a village namesake in the country the article is about
            near = capital_of
        unit = state.doc[ent.end].lower_ if ent.end < len(state.doc) else None
        named = self._sentence_countries(state, ent)
        nearby = self._paragraph_countries(state, ent)
        place = self.gazetteer.resolve(
            _strip_article(text),
            focus_countries=state.focus_counts or state.focus,
            near=near,
            unit=unit,
            named=named,
            nearby=nearby,
            anchors=self._anchors(state, ent),
            within=self._within(state, ent),
        )
        if place is not None and self._stray_namesake(state, ent, place, near):
            place = None  # unresolved: better no place than an event moved abroad
        if place is not None:
            state.place_mentions.append(
                PlaceMention(ent.start_char, ent.end_char, text, place.id, "gazetteer")
            )
        elif ent.label_ == "ORG" or ent.label_ == "FAC":
            return
        else:
            state.place_mentions.append(
                PlaceMention(ent.start_char, ent.end_char, text, None, "unresolved", 0.0)
            )

    def _sentence_countries(self, state: _State, ent: Span) -> set[str]:
        """The countries the sentence of ``ent`` names as a state or a country, or places
        other places in (not ``ent``)."""
        sent = ent.sent
        found = self._countries_placed(state, ent, sent.start_char, sent.end_char)
        for m in state.actor_mentions:
            if not sent.start_char <= m.start < sent.end_char or not m.actor_id:
                continue
            actor = self.kb.get(m.actor_id)
            if (
                actor is not None
                and actor.country
                and (actor.kind == "country" or self.kb.is_government(actor))
            ):
                found.add(actor.country)
        for pm in state.place_mentions:
            if sent.start_char <= pm.start < sent.end_char and pm.place_id:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.kind == "country" and place.country:
                    found.add(place.country)
        return found

    def _paragraph_countries(self, state: _State, ent: Span) -> set[str]:
        """The countries the paragraph of ``ent`` places its other towns and districts in.
        States it names do not count: a paragraph cites foreign capitals and governments as
        speakers ("the United States imposed sanctions ... In Geneva") far more often than it
        sets its places there."""
        text = state.text
        start = text.rfind("\n", 0, ent.start_char) + 1
        end = text.find("\n", ent.end_char)
        return self._countries_placed(state, ent, start, len(text) if end < 0 else end)

    def _countries_placed(self, state: _State, ent: Span, start: int, end: int) -> set[str]:
        """The countries of the places below country level named between `start` and `end`
        (not ``ent``): those linked already, and those not yet linked whose namesakes all lie
        in one country ("Gomal, near Tank in Khyber Pakhtunkhwa")."""
        found: set[str] = set()
        for pm in state.place_mentions:
            if start <= pm.start < end and pm.place_id and pm.start != ent.start_char:
                place = self.gazetteer.get(pm.place_id)
                if place is not None and place.kind != "country" and place.country:
                    found.add(place.country)
        own = normalize(ent.text)
        for other, key in state.ents:
            if not start <= other.start_char < end or other.label_ not in PLACE_LABELS:
                continue
            if key == own:
                continue
            here = self._namesakes(state, other.text)
            countries = {p.country for p in here if p.country}
            if len(countries) == 1 and all(p.kind != "country" for p in here):
                found |= countries
        return found

    def _namesakes(self, state: _State, name: str) -> list[Place]:
        """The gazetteer's places called `name`, looked up once per document."""
        found = state.namesakes.get(name)
        if found is None:
            found = state.namesakes[name] = self.gazetteer.lookup(name)
        return found

    def _anchors(self, state: _State, ent: Span) -> list[tuple[float, float]]:
        """Where the article's other towns, sites and districts lie: those linked already and
        those named later that have one place of that name only ("Bagh" before "the Tirah
        valley")."""
        own = normalize(ent.text)
        found: list[tuple[float, float]] = []
        for pm in state.place_mentions:
            place = self.gazetteer.get(pm.place_id) if pm.place_id else None
            if place is None or place.kind not in LOCAL_PLACE_KINDS or normalize(pm.text) == own:
                continue
            if place.lat is not None and place.lon is not None:
                found.append((place.lat, place.lon))
        for other, key in state.ents:
            if other.label_ not in PLACE_LABELS or key == own:
                continue
            here = self._namesakes(state, other.text)
            if len(here) == 1 and here[0].kind in LOCAL_PLACE_KINDS:
                only = here[0]
                if only.lat is not None and only.lon is not None:
                    found.append((only.lat, only.lon))
        return found

    def _within(self, state: _State, ent: Span) -> tuple[float, float] | None:
        """Where the place the name's own phrase puts it in lies: "Muqur district of Ghazni
        province", "Muqur, Ghazni", "Surobi district, east of Kabul". Namesake districts in
        two provinces are common in the region; the phrase says which one."""
        doc = state.doc
        k = ent.end
        if k < len(doc) and doc[k].lower_ in _WITHIN_UNITS:
            k += 1
            # "Ghazni's Muqur district": the province before the possessive
            if ent.start >= 2 and doc[ent.start - 1].text in ("'s", "\u2019s"):
                owner = next((e for e, _ in state.ents if e.end == ent.start - 1), None)
                if owner is not None and owner.label_ in PLACE_LABELS:
                    return self._position(state, owner)
        if k < len(doc) and doc[k].text == ",":
            k += 1
        if k + 1 < len(doc) and doc[k].lower_ in COMPASS_POINTS and doc[k + 1].lower_ == "of":
            k += 1
        if k >= len(doc) or doc[k].lower_ not in ("of", "in") and doc[k - 1].text != ",":
            return None
        if doc[k].lower_ in ("of", "in"):
            k += 1
        if k < len(doc) and doc[k].lower_ == "the":
            k += 1
        other = next((e for e, _ in state.ents if e.start == k), None)
        if other is None or other.label_ not in PLACE_LABELS:
            return None
        return self._position(state, other)

    def _position(self, state: _State, ent: Span) -> tuple[float, float] | None:
        """Where the province, district or town ``ent`` names lies; None for a country."""
        doc = state.doc
        unit = doc[ent.end].lower_ if ent.end < len(doc) else None
        place = self.gazetteer.resolve(
            _strip_article(ent.text), focus_countries=state.focus_counts or state.focus, unit=unit
        )
        if place is None or place.kind == "country" or place.lat is None or place.lon is None:
            return None
        return place.lat, place.lon

    def _stray_namesake(self, state: _State, ent: Span, place: Place, near: str | None) -> bool:
        """True when the best place for a name is a small town or hamlet in a country nothing
        else in the article names: a local village the gazetteer lacks, known to it only as a
        namesake abroad. A place whose own phrase or article names its country stays."""
        if place.kind != "city" or place.country is None or place.id.startswith("extra:"):
            return False
        if place.country == near or (place.population or 0) >= SMALL_PLACE_POPULATION:
            return False
        if not state.focus_counts:
            return False  # nothing says which countries the article is about
        support = state.focus_counts.get(place.country, 0.0)
        if {p.country for p in self._namesakes(state, ent.text) if p.country} == {place.country}:
            # the name's own mentions voted for its only country (`_focus_countries`)
            key = normalize(ent.text)
            support -= sum(1 for e, k in state.ents if e.label_ in PLACE_LABELS and k == key)
        return support <= 0

    def _metonym_body(self, state: _State, ent: Span, iso3: str | None) -> str | None:
        """ "Russia's Federal Security Service (FSB) said ... The FSB said": a state's metonym
        that is the name of one of its own bodies, or the initials the article gave that body,
        is the body (docs/annotation-guide.md §17 rule 2), not the state it otherwise speaks
        for. A capital ("Moscow") names no body and keeps the state."""
        if iso3 is None:
            return None
        text = _strip_article(ent.text)
        gov = self.kb.government_of(iso3) or iso3
        body = state.acronyms.get(text)
        if body is None:
            for tpl in self.kb.templates:
                if normalize(text) in tpl.own_body_cues:
                    body = self.kb.sub_actor(iso3, tpl.role)
                    break
        actor = self.kb.get(body) if body else None
        if actor is None or actor.id in (iso3, gov) or actor.country != iso3:
            return None
        return actor.id

    def _envoys_organ(self, state: _State, ent: Span, iso3: str) -> str | None:
        """ "Special envoys from Russia, China and Iran": each state's diplomat, unnamed, speaks
        for its foreign ministry, as "China's envoy" does; a state whose envoy the article names
        ("Zamir Kabulov, Russia's presidential envoy") keeps the state, the person being
        linked in their own right. States without a curated ministry keep the state too."""
        root = ent.root
        while root.dep_ == "conj" and root.head is not root:
            root = root.head
        head = root.head
        if not (
            root.dep_ == "pobj"
            and head.lower_ == "from"
            and head.head.lemma_.lower() in DIPLOMAT_NOUNS
        ):
            return None
        organ = self.kb.named_organ(iso3, "foreign-ministry")
        if organ is None or organ in (iso3, self.kb.government_of(iso3)):
            return None
        return None if self._envoy_named(state, iso3) else organ

    def _envoy_named(self, state: _State, iso3: str) -> bool:
        """True when the article gives a name to a diplomat of that state: "Russia's envoy,
        Zamir Kabulov", "Zamir Kabulov, Russia's presidential envoy"."""
        owners = {iso3, self.kb.government_of(iso3)}
        for tok in state.tokens:
            if tok.lemma_.lower() not in ENVOY_NOUNS:
                continue
            named = tok.dep_ == "appos" and tok.head.ent_type_ == "PERSON"
            named = named or any(
                c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in tok.children
            )
            if not named:
                continue
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod", "nmod"):
                    owner, _ = self._country_of_modifier(state.doc[c.left_edge.i : c.i + 1])
                    if owner in owners:
                        return True
        return False

    def _link_demonym(self, state: _State, ent: Span) -> None:
        iso3 = self.kb.country_of_demonym(ent.text)
        actor = self.kb.get(ent.ent_id_) if ent.ent_id_ and ent.ent_id_ != "place" else None
        if actor is not None:
            if actor.kind != "country":
                state.add_actor(ent, actor.id, self._name_rule(actor, ent.text))
                return
            iso3 = iso3 or actor.id
        if not iso3:
            found = self.kb.lookup(ent.text)
            if found:
                state.add_actor(ent, found[0].id, "alias")
            elif _located(ent.root) and self.gazetteer.lookup(ent.text):
                # "the village of Banu", "men from Banu": a place the tagger took for a people
                self._link_place_like(state, ent)
            return
        root = ent.root
        doc = state.doc
        if (
            ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and doc[ent.end + 1].lower_ in PATRON_PARTICIPLES
        ):
            # "Indian-sponsored terrorists", "Iranian-backed militias": the state behind them
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym")
            return
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "Pakistani and Afghan officials": share the first one's head
        head = root.head if root.dep_ in ("amod", "compound", "nmod", "npadvmod") else None
        if _names_a_people(root, head):
            return
        if head is not None and self._apposed_body_kind(state, ent, head):
            return
        if head is None and ent.end < len(doc) and doc[ent.end].lower_ in MILITARY_HEADS:
            head = doc[ent.end]  # "Afghan shelling hit ...": the parser took the noun for a verb
        if (
            head is not None
            and head.i > ent.end
            and head.lower_ in ORG_NAME_HEADS
            and all(t.text[:1].isupper() for t in doc[ent.start : head.i + 1] if t.is_alpha)
            and any(t.pos_ == "PROPN" for t in doc[ent.end : head.i])
        ):
            # "the Norwegian Helsinki Committee", "the Danish Refugee Council": a body whose
            # name starts with a demonym, not the state
            name = doc[ent.start : head.i + 1]
            found = [a for a in self.kb.lookup(name.text) if a.kind != "country"]
            if found:
                state.add_actor(name, found[0].id, "alias")
            else:
                body = self._provisional_actor(name.text, name, state)
                state.add_actor(name, body.id, "provisional", 0.5)
            return
        if head is not None and head.i >= ent.end and self._describes_known_person(doc, head.i):
            state.block(ent.start, head.i + 1)  # "Russian envoy Zamir Kabulov": the name decides
            return
        if head is not None and head.i >= ent.end:
            lemma = head.lemma_.lower()
            span = doc[ent.start : head.i + 1]
            if self._link_former_holder(state, ent.start, head, iso3):
                return
            if lemma in ROLE_ANAPHORS:
                # "the Russian envoy" after "Russian envoy Zamir Kabulov": that person again
                mods = {t.lower_ for t in doc[ent.end : head.i]} - ROLE_NEUTRAL
                holder = self._named_role_holder(state, head, lemma, mods)
                actor = self.kb.get(holder or "")
                owners = {iso3, self.kb.government_of(iso3)}
                if actor is not None and actor.kind == "person" and actor.country in owners:
                    state.add_actor(span, actor.id, "role", 0.6)
                    return
            if any(t.ent_type_ == "NORP" for t in doc[ent.end : head.i]) or any(
                c.dep_ == "conj" and ent.end <= c.i < head.i for c in ent.root.children
            ):
                span = ent  # coordinated demonyms each keep their own word
            if lemma == "minister" and not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children
            ):
                # "the Pakistani and Afghan foreign ministers", no names: the ministries speak
                # (docs/annotation-guide.md: an unnamed title resolves to the body); "an
                # Iranian foreign minister" is any holder, so the state
                organ = self._ministry_of(head, iso3)
                if organ:
                    state.add_actor(span, organ, "demonym", 0.8)
                    return
            modifier = doc[head.i - 1].lower_ if head.i - 1 >= ent.end else ""
            generic = GENERIC_NOUNS.get(f"{modifier} {lemma}")
            if generic is None and (head.lower_ in GOVERNMENT_NOUNS or lemma in GOVERNMENT_NOUNS):
                state.add_actor(span, self.kb.government_of(iso3) or iso3, "demonym")
                return
            generic = generic or GENERIC_NOUNS.get(lemma)
            if generic:
                sector, role = generic
                actor_id = self.kb.named_organ(iso3, role) if role else None
                if actor_id is None and sector == "REB":
                    actor_id = self._attributed_group(state, head, country=iso3)
                if actor_id is None and lemma == "fighter":
                    # s21: "six Afghan fighters had died" in a border clash: where the country's
                    # government is itself an armed movement, its fighters are that movement's
                    ruler = self.kb.get(self.kb.government_of(iso3) or "")
                    if ruler is not None and ruler.kind != "country":
                        actor_id = ruler.id
                if actor_id is None:
                    actor_id = self._generic_actor(span.text, lemma, sector, iso3, state).id
                state.add_actor(span, actor_id, "demonym")
                return
            if _military_head(head):
                # "Pakistani border posts", "Pakistani artillery": the armed forces' own
                actor_id = self.kb.named_organ(iso3, "military")
                if actor_id:
                    state.add_actor(span, actor_id, "demonym", 0.6)
                    return
            if lemma in TERRITORY_NOUNS:
                return  # "Afghan soil", "Pakistani territory": a place attribute, not an actor
            if lemma in PRESS_NOUNS and not any(
                t.lower_ in STATE_PRESS_WORDS for t in doc[ent.end : head.i]
            ):
                # "a Pakistani newspaper reported": a country's press is not the state
                # ("Iranian state television" is), and an unnamed outlet is no actor to track
                state.block(ent.start, head.i + 1)
                return
            if lemma in SOURCE_ANAPHORS:
                # "the Chinese statement said" after "a statement released by China's Foreign
                # Ministry": that statement's issuer, when it is of the same state
                source = self._statement_source(state, head)
                if source and self.kb.country_of(source) == iso3:
                    start = _with_article(doc, ent.start)
                    state.add_actor(doc[start : head.i + 1], source, "role", 0.6)
                    return
            if lemma in STATE_BODY_WORDS or lemma in ORGAN_WORDS:
                # "the Tajik defence ministry": a national body without an id of its own is the
                # state (docs/annotation-guide.md §0); the whole phrase, so "the ministry" later
                # finds it
                organ = self._organ_or_state(iso3, doc[ent.end : head.i + 1].text)
                state.add_actor(span, organ, "demonym", 0.6)
                return
            # "Indian-backed proxies", "Afghan officials' remarks": the state is still a party.
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym", 0.5)
            return
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and (
            ent.text.endswith("s") or _plural_without_s(ent)
        ):
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym", 0.6)

    def _apposed_body_kind(self, state: _State, ent: Span, head: Token) -> bool:
        """ "Jamaat Ansarullah, a Tajik militant group, ...": a demonym in a phrase that says
        what kind of body a name just linked is describes that body, whose nationality it
        gives; the state does not act. True when the phrase was linked to the named body."""
        if not (
            head.i >= ent.end
            and head.lemma_.lower() in APPOSED_BODY_KINDS
            and head.dep_ == "appos"
            and head.head.i < ent.start
        ):
            return False
        named = self._mention_at(state, head.head)
        actor = self.kb.get(named.actor_id) if named is not None and named.actor_id else None
        if actor is None or actor.kind not in ("group", "organization"):
            return False
        doc = state.doc
        start = min(head.left_edge.i, ent.start)
        if state.covered(start, head.i + 1):
            return False
        state.add_actor(doc[start : head.i + 1], actor.id, "apposition", 0.7)
        return True


def _plural_without_s(ent: Span) -> bool:
    """ "the Chinese may start bringing their own security", "the British left": a demonym
    whose plural takes no -s, used as a noun after "the" ("the Chinese engineers" has a head
    and is handled above; "Chinese" alone is a language or an adjective)."""
    if ent.start == 0 or ent.doc[ent.start - 1].lower_ != "the":
        return False
    word = ent.text
    return word.endswith("ese") or word in PLURAL_DEMONYMS_WITHOUT_S


def _object_relative_subject(span: Span) -> bool:
    """True for a state right after an object relative pronoun ("the group, which Pakistan
    bans", "which Pakistan and the United States list as"): the subject of the clause, which
    the small parser often hangs off a verb it reads as a noun. Other states of the same list
    may stand between."""
    doc = span.doc
    k = span.start - 1
    while k >= 0 and (doc[k].lower_ in ("and", ",", "the") or doc[k].ent_type_ == "GPE"):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("which", "whom"):
        return False
    if doc[k - 1].pos_ == "ADP":
        return False  # "in which Pakistan ...": where, not whom
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.tag_ != "POS" and after.text != "-"


# the unit words between a name and the phrase that places it ("Muqur district of Ghazni")
_WITHIN_UNITS = frozenset(["district", "province", "county", "tehsil", "valley"])
# "a charge Kabul rejects": what a state answers, and how it answers
_CHARGE_NOUNS = frozenset(
    ["charge", "accusation", "allegation", "claim", "characterisation", "characterization"]
    + ["assertion", "assessment", "description", "version", "account", "label", "suggestion"]
)
_ANSWER_VERBS = frozenset(["reject", "deny", "dispute", "dismiss", "contest", "refute"])


def _rejects_the_charge(span: Span) -> bool:
    """True for a state between a charge noun and a denial ("a charge Islamabad rejects", "an
    accusation Kabul has repeatedly denied"), which the small parser reads as a compound."""
    doc = span.doc
    k = span.start - 1
    if k < 1 or doc[k].lower_.rstrip("s") not in _CHARGE_NOUNS:
        return False
    j = span.end
    while j < len(doc) and (doc[j].pos_ in ("AUX", "ADV", "PART") or doc[j].lower_ == "has"):
        j += 1
    if j >= len(doc):
        return False
    word = doc[j].lower_
    # "rejects", "rejected", "denies", "denied": the tagger often calls the verb a noun, so its
    # lemma cannot be trusted
    stems = {word, word[:-1], word[:-2], word[:-3] + "y"}
    return bool(stems & _ANSWER_VERBS)


def _names_a_people(root: Token, head: Token | None) -> bool:
    """ "recruiting among Tajik and Uzbek speakers", "ethnic Uzbek commanders", "the Hazara
    community": the demonym names a people (Afghanistan's Tajiks and Uzbeks, Pakistan's Baloch),
    not the state of that name, which acts in "Tajik officials" or "Uzbek border guards"."""
    if head is not None and head.i > root.i and head.lower_ in PEOPLE_HEADS:
        return True
    doc = root.doc
    first = root.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1  # back to the entity's first word ("B"): "ethnic North Korean traders"
    return first > 0 and doc[first - 1].lower_ == "ethnic"
