"""Names, aliases and titles: sub-actors ("Pakistani army"), titles ("the Taliban's
foreign minister", "Foreign Minister Ishaq Dar"), names the tagger missed or split, named
appositions, surnames of people named earlier and roles apposed to a name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.lexicon import (
    APPOSED_KIND_NOUNS,
    DIPLOMAT_NOUNS,
    INHABITANT_NOUNS,
    MEDIA_NOUNS,
    NAME_JOINERS,
    NAMED_KIND_NOUNS,
    OFFICE_HOLDER_NOUNS,
    ORG_NAME_HEADS,
    PERSON_ROLE_NOUNS,
    POSSESSIVES,
    SPOKES_NOUNS,
    TITLE_HEADS,
)
from watchfloor.kb.linking.provisional import ProvisionalMixin
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _guess_sector, _strip_article, _with_article

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Titles a body can qualify ("China's foreign ministry spokesperson", "Chinese Ambassador").
TITLE_WORDS = DIPLOMAT_NOUNS | SPOKES_NOUNS
# What is done to an envoy or an embassy on its state's account: a protest is lodged with it or
# a note handed to it (docs/annotation-guide.md §14 rule 4, §7). A summoned envoy is left to the
# ministry: the gold keeps "summoned Pakistan's chargé d'affaires" as PAK-MOFA in most sets.
_PROTEST_DELIVERY_VERBS = frozenset(["lodge", "hand", "deliver", "register", "convey", "file"])
# What is delivered must be a protest: condolences or an invitation conveyed to an ambassador
# are the ministry's own business with the envoy.
_PROTEST_NOUNS = frozenset(
    ["protest", "note", "demarche", "démarche", "complaint", "objection", "concern"]
)


class NamesMixin(ProvisionalMixin):
    """Title, sub-actor and name rules."""

    def _extend_possessed_names(self, state: _State) -> None:
        """ "the UN Security Council's sanctions monitoring team": a body's unit written after
        the body's possessive is one mention of the body when its own names end with that
        phrase ("UN sanctions monitoring team"), so later "the monitors" can find it."""
        doc = state.doc
        for idx, m in enumerate(state.actor_mentions):
            actor = self.kb.get(m.actor_id or "")
            if m.rule not in ("name", "alias") or actor is None:
                continue
            if actor.kind in ("person", "country"):
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or span.end + 1 >= len(doc) or doc[span.end].text not in POSSESSIVES:
                continue
            names = [normalize(n) for n in (actor.name, *actor.aliases)]
            # the longest run of words after the possessive that ends one of the names (the
            # parser often misreads "sanctions monitoring team", so no tree is asked)
            for end in range(min(span.end + 5, len(doc)), span.end + 2, -1):
                run = doc[span.end + 1 : end]
                tail = normalize(run.text)
                if (
                    all(t.is_alpha for t in run)
                    and not state.covered(span.end, end)
                    and any(n.endswith(" " + tail) for n in names)
                ):
                    whole = doc[span.start : end]
                    state.actor_mentions[idx] = replace(m, end=whole.end_char, text=whole.text)
                    state.block(span.end, end)
                    break

    def _name_after_title(self, state: _State, ent: Span) -> Span | None:
        """ "Spokesperson Tahir Andrabi" tagged as one person: the title rule blocked its first
        word, the name itself is still to link."""
        if ent.label_ != "PERSON" or ent.ent_id_:
            return None
        k = ent.start
        while k < ent.end and state.covered(k, k + 1):
            k += 1
        if k == ent.start or ent.end - k < 2 or state.covered(k, ent.end):
            return None
        if any(m.start <= ent.start_char < m.end for m in state.actor_mentions):
            return None  # a mention, not a blocked title word, covers the start
        from spacy.tokens import Span  # already loaded: the caller holds one of its objects

        return Span(state.doc, k, ent.end, label=ent.label_)

    def _match_cue(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """Longest sub-actor cue starting at token i → (role, end token)."""
        # longest first, as the cue list is ordered; one normalisation per length
        for n, by_text in self._cues_by_len.items():
            if i + n <= len(doc):
                text = normalize(doc[i : i + n].text)
                if text in by_text:
                    return by_text[text], i + n
        return None

    def _link_subactors(self, state: _State) -> None:
        doc = state.doc
        for ent in doc.ents:
            if ent.label_ not in ("NORP", "GPE", "ORG"):
                continue
            if ent.ent_id_ and ent.ent_id_ != "place":
                actor = self.kb.get(ent.ent_id_)
                if actor is not None and actor.kind != "country":
                    continue
            iso3, how = self._country_of_modifier(ent)
            if not iso3:
                continue
            i = ent.end
            if i < len(doc) and doc[i].text in ("'s", "\u2019s", "'"):
                i += 1
            cue = self._match_cue(doc, i)
            if cue is None:
                self._link_coordinated_subactor(state, ent, iso3, how)
                continue
            role, end = cue
            if self._link_former_holder(state, ent.start, doc[end - 1], iso3):
                continue
            if self._describes_known_person(doc, end):
                state.block(ent.start, end + 1)
                continue
            if self._apposed_known_person(doc, end):
                continue  # "Moscow's envoy, Zamir Kabulov,": the person is linked by name
            holder = doc[end - 1].lemma_.lower()
            if holder in OFFICE_HOLDER_NOUNS | DIPLOMAT_NOUNS and self._apposed_known_person(
                doc, end, known_only=False
            ):
                # "China's envoy, Fu Cong,": a named diplomat the KB lacks is an actor of their
                # own (docs/annotation-guide.md §0, "?:Name"), not the ministry speaking
                continue
            if self._title_holder_at(doc, i, iso3):
                continue  # "Pakistan's army chief" is a person the KB knows: the title rule's
            actor_id = self.kb.cue_organ(iso3, role, doc[i:end].text)
            if role == "foreign-ministry" and _receives_for_state(doc[end - 1]):
                # "lodged a protest with the Iranian embassy": the embassy stands for its
                # government, not the ministry
                actor_id = self.kb.government_of(iso3) or actor_id
            if actor_id and not state.covered(ent.start, end):
                state.add_actor(doc[ent.start : end], actor_id, how)

    def _link_coordinated_subactor(self, state: _State, ent: Span, iso3: str, how: str) -> None:
        """ "Kazakh and Russian diplomats": the first demonym shares the body word of the
        second, so it is its own state's organ too; only the demonym word is linked, the
        second keeps the phrase."""
        doc = state.doc
        i = ent.end
        if i + 1 >= len(doc) or doc[i].lower_ not in ("and", "or"):
            return
        other = next((e for e in doc.ents if e.start == i + 1), None)
        if other is None or other.label_ not in ("NORP", "GPE"):
            return
        if other.label_ != ent.label_ or not self._country_of_modifier(other)[0]:
            return
        cue = self._match_cue(doc, other.end)
        if cue is None:
            return
        role, end = cue
        if self._describes_known_person(doc, end) or self._apposed_known_person(
            doc, end, known_only=False
        ):
            return
        actor_id = self.kb.cue_organ(iso3, role, doc[other.end : end].text)
        if actor_id and not state.covered(ent.start, ent.end):
            state.add_actor(ent, actor_id, how)

    def _title_holder_at(self, doc: Doc, i: int, owner: str) -> bool:
        """True when a title the KB gives one person of that owner starts at token i."""
        owners = {owner, self.kb.government_of(owner)}
        lowered = [t.lower_ for t in doc[i : i + 6]]
        for title in self._titles:
            words = title.split()
            if lowered[: len(words)] == words:
                holders = {t.actor_id for t in self.kb.titles_for(title) if t.of in owners}
                if len(holders) == 1:
                    return True
        return False

    def _describes_known_person(self, doc: Doc, i: int) -> bool:
        """ "Pakistan's Foreign Office spokesperson Shafqat Ali Khan": when the knowledge base
        knows the person in their own right, the body only describes them."""
        j, role = i, False
        while j < len(doc) and j - i < 6 and doc[j].ent_type_ != "PERSON":
            t = doc[j]  # the title words: "spokesperson", "Secretary-General", "Special Envoy"
            if t.text != "-" and not t.is_title and t.lower_ not in PERSON_ROLE_NOUNS:
                return False
            role = role or t.lemma_.lower() in PERSON_ROLE_NOUNS or t.lower_ in TITLE_HEADS
            j += 1
        if not role or j >= len(doc) or doc[j].ent_iob_ != "B":
            return False
        end = j + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        name = doc[j]
        ids = [name.ent_id_] if name.ent_id_ else []
        ids += [a.id for a in self.kb.lookup(doc[j:end].text) if not a.provisional]
        return any(
            (a := self.kb.get(x)) is not None and a.kind == "person" and not self.kb.speaks_for(x)
            for x in ids
        )

    def _apposed_known_person(self, doc: Doc, i: int, *, known_only: bool = True) -> bool:
        """True when a person the knowledge base knows in their own right (any person, unless
        `known_only`) follows token i in apposition: "Russia's envoy, Zamir Kabulov, said" names
        the envoy, so the phrase is not an unnamed diplomat speaking for the ministry."""
        if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].ent_iob_ != "B":
            return False
        if doc[i + 1].ent_type_ != "PERSON":
            return False
        if not known_only:
            return True
        end = i + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return any(
            a.kind == "person" and not a.provisional and not self.kb.speaks_for(a.id)
            for a in self.kb.lookup(doc[i + 1 : end].text)
        )

    def _link_titles(self, state: _State) -> None:
        doc = state.doc
        lowered = state.lowers
        wordless: list[tuple[str, list[str]]] = [(t, []) for t in self._titles_wordless]
        for i in range(len(doc)):
            # only titles whose first word is this token can match here (same order as before)
            candidates = self._titles_by_first.get(lowered[i], [])
            for title, words in candidates + wordless if wordless else candidates:
                if lowered[i : i + len(words)] != words:
                    continue
                end = i + len(words)
                if state.covered(i, end):
                    break
                owner, start = self._title_owner(doc, i, end)
                if end < len(doc) and doc[end].ent_type_ == "PERSON":
                    self._title_before_name(state, i, end, owner, start)
                    break
                if owner is None:
                    # "the chief minister of Khyber Pakhtunkhwa": a title that names its own
                    # territory and that one person holds needs no owner before it
                    sole = {t.actor_id for t in self.kb.titles_for(title)}
                    of = _own_territory_of(doc, i, end)
                    if len(sole) == 1 and of is not None:
                        # the territory stays a place of its own (a place in a description)
                        state.add_actor(doc[i:of], sole.pop(), "title")
                    break
                holders = [t.actor_id for t in self.kb.titles_for(title) if t.of == owner]
                if len(holders) == 1:
                    body = self.kb.get(doc[start].ent_id_) if start < i else None
                    if (
                        body is not None
                        and body.id == owner
                        and body.kind != "country"
                        and doc[i - 1].text in POSSESSIVES
                        and _apposed_to_name(doc, start, end)
                    ):
                        # "Zabihullah Mujahid, the Islamic Emirate's chief spokesman,": beside
                        # the name, the owner is a mention of the body, the title the person's
                        # ("the UN special rapporteur, Richard Bennett" only describes him)
                        owner_span = doc[start : i - 1]
                        state.add_actor(owner_span, owner, self._name_rule(body, owner_span.text))
                        state.add_actor(doc[i:end], holders[0], "title")
                    else:
                        state.add_actor(doc[start:end], holders[0], "title")
                break

    def _title_before_name(
        self, state: _State, i: int, end: int, owner: str | None, start: int
    ) -> None:
        """ "Foreign Minister Ishaq Dar": the name decides, not the title, and the title words
        must not become an actor of their own ("Interior" as an ORG). A body named inside the
        title ("Pakistan's Foreign Office spokesperson ...") stays linkable. When the knowledge
        base does not know the person, the title's owner is the only link to a known actor:
        "Uzbek Foreign Minister Bakhtiyor Saidov" → UZB."""
        doc = state.doc
        self._block_plain(state, i, end)
        name_end = end + 1
        while name_end < len(doc) and doc[name_end].ent_iob_ == "I":
            name_end += 1
        person = doc[end:name_end]
        known = bool(doc[end].ent_id_) or any(
            not a.provisional for a in self.kb.lookup(person.text)
        )
        if owner is None or start >= i:
            return
        owner_span = doc[start:i]
        if owner_span[-1].text in ("'s", "\u2019s", "'"):
            owner_span = doc[start : i - 1]
        if known:
            self._block_plain(state, start, i)  # "Pakistan's" only describes the person
            return
        actor = self.kb.get(owner)
        if actor is not None and actor.kind == "country":
            owner = self.kb.government_of(owner) or owner
        state.add_actor(owner_span, owner, "title", 0.7)

    def _block_plain(self, state: _State, start: int, end: int) -> None:
        """Block tokens that are not part of a named body ("Pakistan's Foreign Office")."""
        doc = state.doc
        for k in range(start, end):
            actor = self.kb.get(doc[k].ent_id_) if doc[k].ent_id_ else None
            if actor is None or actor.kind == "country":
                state.block(k, k + 1)

    def _title_owner(self, doc: Doc, i: int, end: int) -> tuple[str | None, int]:
        """Who the title belongs to: "Pakistan's", "the Taliban's", "Afghan", "... of Pakistan"."""
        j = i
        while j > 0 and doc[j - 1].lower_ in (
            "acting",
            "interim",
            "caretaker",
            "former",
            "current",
            "deputy",
        ):
            if doc[j - 1].lower_ in ("former", "deputy"):
                return None, i
            j -= 1
        k = j - 1
        if k >= 0 and doc[k].text in ("'s", "\u2019s", "'"):
            k -= 1
        if k >= 0 and doc[k].ent_type_:
            ent_start = k
            while ent_start > 0 and doc[ent_start].ent_iob_ == "I":
                ent_start -= 1
            if ent_start > 0 and doc[ent_start - 1].lower_ in ("former", "deputy", "a", "an"):
                return None, i  # "the deputy Taliban spokesman" is not the spokesman
            owner = self._owner_id(doc[ent_start : k + 1])
            if owner:
                return owner, ent_start
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].ent_type_:
            m = end + 1
            while m + 1 < len(doc) and doc[m + 1].ent_iob_ == "I":
                m += 1
            owner = self._owner_id(doc[end + 1 : m + 1])
            if owner:
                return owner, j
        return None, i

    def _owner_id(self, span: Span) -> str | None:
        actor_id: str | None
        if span.ent_id_ and span.ent_id_ != "place" and self.kb.get(span.ent_id_):
            actor_id = span.ent_id_
        else:
            iso3, _ = self._country_of_modifier(span)
            actor_id = iso3
        if actor_id is None:
            return None
        actor = self.kb.get(actor_id)
        if actor is not None and actor.kind == "country":
            # Titles are stored against the state; a non-state government stands in for it.
            gov = self.kb.government_of(actor_id)
            if gov and any(t.of == gov for t in self.kb.titles):
                return gov
        return actor_id

    def _town_taken_for_person(self, state: _State, ent: Span) -> bool:
        """True for a person-tagged name after "in", "near", "outside" or "at", or after
        "from" naming where someone lives ("a farmer from Deh Salah"), that the gazetteer knows
        as a place of the article's main country and nobody as a person."""
        root = ent.root
        if root.dep_ != "pobj":
            return False
        prep = root.head
        if prep.lower_ == "from":
            if prep.head.lemma_.lower() not in INHABITANT_NOUNS:
                return False  # "a letter from Imran Khan": who sent it
        elif prep.lower_ not in ("in", "near", "outside", "at"):
            return False
        if not state.focus or any(a.kind == "person" for a in self.kb.lookup(ent.text)):
            return False
        unsafe = self.gazetteer.config.ruler_unsafe_words
        if any(w.lower() in unsafe for w in ent.text.split()):
            return False  # "in Hussain": as often a man's name as a village's
        return any(p.country == state.focus[0] for p in self.gazetteer.lookup(ent.text))

    def _link_untagged_names(self, state: _State) -> None:
        """Names the tagger missed or split: "the Islamabad Institute of Strategic Studies" (a
        run of capitalised words with an organisation's head word; the place inside it is part
        of the name, not a location) and "the state news agency RIA" (a capitalised name in
        apposition to a noun that says what kind of body it is)."""
        doc = state.doc
        i = 0
        while i < len(doc):
            if not _capitalised_name(doc[i]):
                i += 1
                continue
            end = i
            while end < len(doc) and (
                _capitalised_name(doc[end])
                or doc[end].lower_ in NAME_JOINERS
                and end + 1 < len(doc)
                and _capitalised_name(doc[end + 1])
            ):
                end += 1
            start, i = i, end
            words = {t.lower_ for t in doc[start:end]}
            has_head = bool(words & ORG_NAME_HEADS)
            kind_noun = doc[start - 1] if start > 0 else None
            named_kind = (
                kind_noun is not None
                and kind_noun.lower_ in NAMED_KIND_NOUNS
                and kind_noun.tag_ == "NN"
            )
            if not has_head and not named_kind:
                continue
            if any(t.ent_type_ in ("ORG", "PERSON", "NORP") for t in doc[start:end]):
                continue
            if has_head and (end - start < 2 or doc[start].lower_ in ORG_NAME_HEADS):
                continue  # "Institute said": a head word alone names nothing
            if named_kind and kind_noun is not None:
                first = kind_noun.left_edge.i
            else:
                first = _with_article(doc, start)
            span = doc[first:end]
            if state.covered(first, end) or any(
                m.start < span.end_char and span.start_char < m.end for m in state.actor_mentions
            ):
                continue
            name_span = doc[start:end]
            # a place inside an organisation's name is no location (guide §4)
            state.place_mentions[:] = [
                pm
                for pm in state.place_mentions
                if not (span.start_char <= pm.start and pm.end <= span.end_char)
            ]
            actor = self._get_or_create(
                name_span.text,
                "organization",
                _guess_sector(name_span.text, None)
                or (
                    "JRN"
                    if named_kind and kind_noun is not None and kind_noun.lower_ in MEDIA_NOUNS
                    else None
                ),
                self._context_country(name_span, state),
                state,
            )
            state.add_actor(span, actor.id, "provisional", 0.5)

    def _link_acronyms(self, state: _State) -> None:
        """ "The Pakistan Association of Tribal Elders (PATE) ... PATE said": a body's initials
        given in brackets after its name stand for it wherever the tagger left them untagged,
        as an unfamiliar acronym mostly is."""
        if not state.acronyms:
            return
        # "The Sindh Traders Forum (STF)": the tagger may tag the initials but miss the name,
        # which is linked only after them; the initials' actor of their own is then the body
        replaced: set[str] = set()
        for k, m in enumerate(state.actor_mentions):
            body = state.acronyms.get(_strip_article(m.text))
            if m.rule == "provisional" and body is not None and m.actor_id != body:
                replaced.add(m.actor_id or "")
                state.actor_mentions[k] = replace(m, actor_id=body, rule="coref", score=0.8)
        still = {m.actor_id for m in state.actor_mentions}
        gone = replaced - still
        if gone:
            state.new_actors[:] = [a for a in state.new_actors if a.id not in gone]
        for tok in state.tokens:
            actor_id = state.acronyms.get(tok.text)
            if actor_id is not None and not state.covered(tok.i, tok.i + 1):
                state.add_actor(tok, actor_id, "coref", 0.8)

    def _link_named_appositions(self, state: _State) -> None:
        """ "A TTP-affiliated group, Ittehad-ul-Mujahideen Pakistan, claimed ...": the name in
        apposition says who the describing noun is; the body named inside the description
        ("TTP") is only its patron, so the noun itself carries the name's actor."""
        doc = state.doc
        for tok in state.tokens:
            if (
                tok.tag_ not in ("NN", "NNS")
                or tok.lemma_.lower() not in APPOSED_KIND_NOUNS
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            appos = next((c for c in tok.rights if c.dep_ == "appos"), None)
            m = self._mention_at(state, appos) if appos is not None else None
            if appos is None or m is None or not m.actor_id:
                continue
            span_start, span_end = doc[appos.left_edge.i], doc[appos.right_edge.i]
            if m.start > span_start.idx or m.end < span_end.idx + len(span_end):
                continue  # the mention is only part of the apposition
            actor = self.kb.get(m.actor_id) or self._provisional_by_id(m.actor_id)
            if actor is None or actor.kind in ("person", "country"):
                continue
            start = tok.left_edge.i
            if state.covered(start, tok.i):
                start = tok.i  # "TTP-affiliated" keeps its own link
            state.add_actor(doc[start : tok.i + 1], actor.id, "coref", 0.7)
        for m in list(state.actor_mentions):
            # "The National Resistance Front, the armed opposition led by Ahmad Massoud,": the
            # description apposed to a body's name is that body
            if m.rule not in ("name", "alias") or not m.actor_id:
                continue
            actor = self.kb.get(m.actor_id)
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if actor is None or actor.kind not in ("organization", "group") or span is None:
                continue
            appos = next((c for c in span.root.rights if c.dep_ == "appos"), None)
            if (
                appos is None
                or appos.tag_ != "NN"
                or appos.ent_type_
                or appos.left_edge.i != span.end + 1
                or doc[span.end].text != ","
            ):
                continue
            det = doc[appos.left_edge.i]
            if det.lower_ not in ("the", "a", "an") or state.covered(det.i, appos.i + 1):
                continue
            state.add_actor(doc[det.i : appos.i + 1], actor.id, "coref", 0.7)

    def _surname_with_title(self, ent: Span) -> str | None:
        """ "Mujahid, the chief spokesman, said", "spokesman Mujahid": a lone surname the article
        never gave in full is the one KB person of that surname who holds the title written
        beside it."""
        if len(ent) != 1:
            return None
        people = self._surnames.get(normalize(ent.text))
        if not people:
            return None
        doc = ent.doc
        beside = doc[max(ent.start - 4, 0) : ent.start].text
        if ent.end < len(doc) and doc[ent.end].text == ",":
            beside += " " + doc[ent.end + 1 : ent.end + 6].text
        words = f" {normalize(beside)} "
        fits = {p for p in people for title in self._titles_of.get(p, ()) if f" {title} " in words}
        return fits.pop() if len(fits) == 1 else None

    def _link_surnames(self, state: _State) -> None:
        """ "Dar said ..." after "Ishaq Dar": a surname the tagger left outside any entity."""
        for tok in state.tokens:
            if (
                tok.pos_ == "PROPN"
                and not tok.ent_type_
                and tok.text.istitle()
                and not state.covered(tok.i, tok.i + 1)
            ):
                short = state.short_form(tok.text)
                if short and self._is_person(short):
                    state.add_actor(tok, short, "coref", 0.8)

    def _link_apposed_roles(self, state: _State) -> None:
        """ "Zabihullah Mujahid, the government's chief spokesman, said": a role noun in
        apposition to a named person is that person, whoever its owner is."""
        doc = state.doc
        for m in list(state.actor_mentions):
            if not m.actor_id or not self._is_person(m.actor_id):
                continue
            span = doc.char_span(m.start, m.end)
            if span is None:
                continue
            titles = [c for c in span.root.children if c.dep_ == "appos"]
            root = span.root
            if (
                root.dep_ == "appos"
                and root.head.i < span.start
                and root.head.i + 2 >= span.start
                and doc[span.start - 1].text == ","
            ):
                # "Khyber Pakhtunkhwa's chief minister, Sohail Afridi,": the title before the
                # name is the person too (guide §3: names with their title or description)
                titles.append(root.head)
            for appos in titles:
                low = appos.lemma_.lower()
                if low not in PERSON_ROLE_NOUNS and low not in SPOKES_NOUNS:
                    continue
                if appos.tag_ != "NN" or state.covered(appos.i, appos.i + 1):
                    continue
                start = appos.i
                while (
                    start - 1 > (span.end if appos.i > span.start else -1)
                    and doc[start - 1].dep_ in ("amod", "compound")
                    and doc[start - 1].head.i == appos.i
                    and not state.covered(start - 1, start)
                ):
                    start -= 1
                state.add_actor(doc[start : appos.i + 1], m.actor_id, "role", 0.6)

    def _absorb_title_owners(self, state: _State) -> None:
        """ "China's foreign ministry spokesperson, Mao Ning", "Maria Zakharova, the Russian
        foreign ministry's spokeswoman", "Chinese Ambassador Jiang Zaidong": the body that
        qualifies a named person's title is part of that person's description (annotation
        guide §3: full names with their title), not a second actor of the sentence. Without a
        name ("a Foreign Office spokesman said") the body stays, and so does a government or
        armed group owning its staff ("the Islamic Emirate's spokesman, Zabihullah Mujahid")."""
        doc = state.doc
        people = {}
        for m in state.actor_mentions:
            if m.actor_id and self._is_person(m.actor_id):
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    for t in span:
                        people[t.i] = m.actor_id
        if not people:
            return
        for m in state.actor_mentions:
            actor = self.kb.get(m.actor_id or "")
            if (
                actor is None
                or actor.kind in ("person", "country", "group")
                or not actor.country
                or self.kb.is_government(actor)
                or m.rule not in ("name", "alias", "demonym", "title")
            ):
                continue  # a state organ named in the title; a group or government owns its staff
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            title = root if root.lemma_.lower() in TITLE_WORDS else None
            if title is None:
                if root.dep_ not in ("poss", "compound", "nmod", "amod"):
                    continue
                title = root.head
                if title.i in range(span.start, span.end):
                    continue
                if title.lemma_.lower() not in TITLE_WORDS or title.tag_ != "NN":
                    continue
            owner = people.get(title.i)
            if owner is None and title.dep_ in ("compound", "appos"):
                owner = people.get(title.head.i)  # "Ambassador Jiang Zaidong", "X, the spokesman"
            if owner is None:
                named = [c for c in title.children if c.dep_ == "appos"]
                owner = people.get(named[0].i) if named else None  # "..., Mao Ning,"
            if owner is not None:
                m.actor_id = owner
                m.rule = "role"


def _own_territory_of(doc: Doc, start: int, end: int) -> int | None:
    """The "of" of a title span ending in "of <Proper Name>" ("chief minister of Balochistan"),
    or None when the span names no territory of its own."""
    of = next((k for k in range(end - 1, start - 1, -1) if doc[k].lower_ == "of"), None)
    if of is None or not all(doc[k].text[:1].isupper() for k in range(of + 1, end)):
        return None
    return of


def _capitalised_name(tok: Token) -> bool:
    """A word of a proper name as written: tagged so and capitalised (the tagger also calls
    some lower-case nouns proper)."""
    return tok.tag_ in ("NNP", "NNPS") and tok.text[:1].isupper() and not tok.is_punct


def _apposed_to_name(doc: Doc, start: int, end: int) -> bool:
    """True when the phrase doc[start:end] stands in apposition to a person's name, after it
    ("Ali Khan, the party's leader") or before it ("the party's leader, Ali Khan")."""
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON":
        return True
    k = start - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 1 and doc[k].text == "," and doc[k - 1].ent_type_ == "PERSON"


def _receives_for_state(tok: Token) -> bool:
    """True for a diplomat or embassy on the receiving end of a state's business: the object
    of "with"/"to" after "lodge"/"hand"/"deliver" ("lodged a protest with the embassy",
    "handed a note to the envoy")."""
    head = tok.head
    if tok.dep_ != "pobj" or head.lower_ not in ("with", "to"):
        return False
    verb = head.head
    delivered = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        delivered = [verb]
        verb = verb.head  # "lodged a protest with": the preposition hangs on the protest
    return verb.lemma_.lower() in _PROTEST_DELIVERY_VERBS and any(
        d.lemma_.lower() in _PROTEST_NOUNS for d in delivered
    )
