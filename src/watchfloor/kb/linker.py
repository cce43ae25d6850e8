"""Entity linking: spaCy entities, ruler matches, titles, generic nouns and pronouns → actors and
places.

Two passes per document. The first collects the countries the text points to (its focus), the
second links each mention with the first rule that applies, in this order: sub-actor (a country
word followed by "army", "foreign ministry", ...), title ("the Taliban's foreign minister"),
metonymy (a capital or country name acting as a speaker), name/alias, demonym, short form of a
person named earlier, fuzzy match, and finally a provisional actor. Every mention records the
rule that linked it so an analyst can audit and correct the knowledge base.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz, process

from watchfloor.kb.actors import KnowledgeBase, normalize, slugify
from watchfloor.kb.gazetteer import Gazetteer
from watchfloor.kb.linked import LinkedDoc
from watchfloor.records import Actor, ActorMention, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words that make a place name act as a government ("Islamabad said", "Kabul rejected").
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "state",
        "announce",
        "claim",
        "deny",
        "reject",
        "accuse",
        "blame",
        "warn",
        "urge",
        "demand",
        "insist",
        "condemn",
        "welcome",
        "call",
        "ask",
        "vow",
        "threaten",
        "respond",
        "reply",
        "protest",
        "summon",
        "agree",
        "refuse",
        "decide",
        "want",
        "criticise",
        "criticize",
        "dismiss",
        "allege",
        "confirm",
        "acknowledge",
        "add",
        "note",
        "stress",
        "reiterate",
        "assert",
        "express",
        "push",
        "seek",
        "sign",
        "offer",
        "propose",
        "hit",
        "strike",
        "retaliate",
        "expel",
        "deport",
        "close",
        "reopen",
        "invite",
        "host",
        "send",
        "appoint",
        "recognize",
        "recognise",
        "oppose",
        "support",
        "back",
        "pledge",
        "promise",
        "maintain",
        "argue",
        "suggest",
        "hope",
        "expect",
        "fear",
        "believe",
        "plan",
    ]
)
LOCATIVE_PREPS = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "into",
        "inside",
        "within",
        "across",
        "outside",
        "around",
        "toward",
        "towards",
        "through",
        "to",
        "along",
        "between",
        "on",
        "off",
        "via",
        "over",
    ]
)
# Head nouns after a demonym that mean the state itself ("Pakistani officials").
GOVERNMENT_NOUNS = frozenset(
    [
        "official",
        "officials",
        "government",
        "authorities",
        "authority",
        "administration",
        "diplomat",
        "diplomats",
        "delegation",
        "leaders",
        "leadership",
        "state",
        "regime",
        "envoy",
        "ambassador",
        "embassy",
        "negotiators",
        "side",
        "counterpart",
        "counterparts",
        "minister",
        "ministers",
        "cabinet",
    ]
)
# Generic nouns events need as participants even without a name: lemma → (sector, role).
# A role maps to the focus country's state body; otherwise a provisional generic actor.
GENERIC_NOUNS: dict[str, tuple[str, str | None]] = {
    "militant": ("REB", None),
    "gunman": ("REB", None),
    "attacker": ("REB", None),
    "insurgent": ("REB", None),
    "terrorist": ("REB", None),
    "bomber": ("REB", None),
    "suicide bomber": ("REB", None),
    "assailant": ("REB", None),
    "fighter": ("REB", None),
    "rebel": ("REB", None),
    "jihadist": ("REB", None),
    "police": ("COP", "police"),
    "policeman": ("COP", "police"),
    "police officer": ("COP", "police"),
    "soldier": ("MIL", "military"),
    "troops": ("MIL", "military"),
    "troop": ("MIL", "military"),
    "security forces": ("MIL", "military"),
    "security force": ("MIL", "military"),
    "security personnel": ("MIL", "military"),
    "army": ("MIL", "military"),
    "military": ("MIL", "military"),
    "civilian": ("CVL", None),
    "worshipper": ("CVL", None),
    "resident": ("CVL", None),
    "villager": ("CVL", None),
    "passenger": ("CVL", None),
    "protester": ("CVL", None),
    "refugee": ("REF", None),
    "migrant": ("REF", None),
    "returnee": ("REF", None),
    "student": ("EDU", None),
    "journalist": ("JRN", None),
}
TERRITORY_NOUNS = frozenset(
    [
        "soil",
        "territory",
        "land",
        "border",
        "borders",
        "side",
        "city",
        "town",
        "village",
        "province",
        "district",
        "region",
        "airspace",
        "nationals",
        "national",
        "citizen",
        "citizens",
        "capital",
        "currency",
        "language",
        "origin",
    ]
)
PRONOUNS_PERSON = frozenset({"he", "she"})
GROUP_ANAPHORS = frozenset({"group", "outfit", "organisation", "organization", "militant group"})
SECTOR_CUES: list[tuple[str, str]] = [
    ("police", "COP"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("force", "MIL"),
    ("corps", "MIL"),
    ("brigade", "REB"),
    ("militant", "REB"),
    ("lashkar", "REB"),
    ("jaish", "REB"),
    ("tehreek", "REB"),
    ("tehrik", "REB"),
    ("liberation", "REB"),
    ("front", "REB"),
    ("movement", "REB"),
    ("group", "REB"),
    ("ministry", "GOV"),
    ("government", "GOV"),
    ("council", "GOV"),
    ("department", "GOV"),
    ("commission", "GOV"),
    ("party", "PTY"),
    ("league", "PTY"),
    ("university", "EDU"),
    ("school", "EDU"),
    ("hospital", "MED"),
    ("court", "JUD"),
    ("bank", "BUS"),
    ("company", "BUS"),
    ("news", "JRN"),
    ("television", "JRN"),
    ("red crescent", "NGO"),
    ("foundation", "NGO"),
]
ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


class Linker:
    VERSION = "wf-linker-1"

    def __init__(self, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        self.kb = kb
        self.gazetteer = gazetteer
        self._provisional: dict[str, Actor] = {}  # normalised name|country|sector → actor
        self._titles = sorted({t.title for t in kb.titles}, key=lambda s: -len(s.split()))
        self._cues = sorted(
            {normalize(c): tpl.role for tpl in kb.templates for c in tpl.cues}.items(),
            key=lambda kv: -len(kv[0].split()),
        )
        self._names = {a.id: a for a in kb.curated()}
        self._fuzzy_choices = {aid: normalize(a.name) for aid, a in self._names.items()}

    # ---- entry point ----------------------------------------------------------------------
    def link(
        self, doc: Doc, *, published: date | None = None, title: str | None = None
    ) -> LinkedDoc:
        state = _State(doc)
        focus = self._focus_countries(doc)
        state.focus = focus
        self._link_subactors(state)
        self._link_titles(state)
        for ent in doc.ents:
            if state.covered(ent.start, ent.end):
                continue
            if ent.label_ in PLACE_LABELS or (ent.label_ == "ORG" and ent.ent_id_ == "place"):
                self._link_place_like(state, ent)
            elif ent.label_ in ACTOR_LABELS:
                self._link_actor_like(state, ent)
        self._link_generic(state)
        self._link_pronouns(state)

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
        for m in state.place_mentions:
            if m.place_id and m.place_id not in linked.places:
                place = self.gazetteer.get(m.place_id)
                if place is not None:
                    linked.places[m.place_id] = place
        linked.new_actors = state.new_actors
        return linked

    # ---- pass 1: focus ---------------------------------------------------------------------
    def _focus_countries(self, doc: Doc) -> list[str]:
        counts: dict[str, float] = {}
        for ent in doc.ents:
            iso3 = None
            if ent.ent_id_ and ent.ent_id_ != "place":
                actor = self.kb.get(ent.ent_id_)
                iso3 = actor.country if actor else None
                if iso3 is None and self.kb.countries.get(ent.ent_id_):
                    iso3 = ent.ent_id_
            elif ent.label_ == "NORP":
                iso3 = self.kb.country_of_demonym(ent.text)
            elif ent.label_ in PLACE_LABELS:
                place = self.gazetteer.resolve(ent.text)
                iso3 = place.country if place else None
            if iso3:
                counts[iso3] = counts.get(iso3, 0) + 1
        return [c for c, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

    # ---- rules -------------------------------------------------------------------------------
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

    def _match_cue(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """Longest sub-actor cue starting at token i → (role, end token)."""
        for cue, role in self._cues:
            n = len(cue.split())
            if i + n <= len(doc) and normalize(doc[i : i + n].text) == cue:
                return role, i + n
        return None

    def _link_subactors(self, state: _State) -> None:
        doc = state.doc
        for ent in doc.ents:
            if ent.label_ not in ("NORP", "GPE", "ORG"):
                continue
            if ent.ent_id_ and ent.ent_id_ != "place" and self.kb.get(ent.ent_id_) is not None:
                actor = self.kb.get(ent.ent_id_)
                if actor.kind != "country":
                    continue
            iso3, how = self._country_of_modifier(ent)
            if not iso3:
                continue
            i = ent.end
            if i < len(doc) and doc[i].text in ("'s", "\u2019s", "'"):
                i += 1
            cue = self._match_cue(doc, i)
            if cue is None:
                continue
            role, end = cue
            actor_id = self.kb.sub_actor(iso3, role)
            if actor_id and not state.covered(ent.start, end):
                state.add_actor(doc[ent.start : end], actor_id, how)

    def _link_titles(self, state: _State) -> None:
        doc = state.doc
        lowered = [t.lower_ for t in doc]
        for i in range(len(doc)):
            for title in self._titles:
                words = title.split()
                if lowered[i : i + len(words)] != words:
                    continue
                end = i + len(words)
                if state.covered(i, end):
                    break
                owner, start = self._title_owner(doc, i, end)
                if end < len(doc) and doc[end].ent_type_ == "PERSON":
                    # "Foreign Minister Ishaq Dar": the name decides, not the title; the title
                    # words must not become an actor of their own ("Interior" as an ORG).
                    state.block(i, end)
                    break
                if owner is None:
                    break
                holders = [t.actor_id for t in self.kb.titles_for(title) if t.of == owner]
                if len(holders) == 1:
                    state.add_actor(doc[start:end], holders[0], "title")
                break

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

    def _acts_as_agent(self, span: Span) -> bool:
        """True when a place name is used as an actor: subject of a speech/political verb,
        possessor ("Islamabad's decision"), or agent of a passive."""
        root = span.root
        if span.start > 0 and span.doc[span.start - 1].lower_ in LOCATIVE_PREPS:
            return False
        head = root.head
        while root.dep_ == "conj" and head is not root:
            root, head = head, head.head
        if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            return head.lemma_.lower() in SPEECH_VERBS or head.pos_ == "VERB"
        if root.dep_ == "poss":
            return True
        if root.dep_ == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
            return True
        if root.dep_ == "pobj" and head.lower_ in ("with", "between", "against"):
            return True  # a party to talks, deals and clashes
        return root.dep_ == "dobj" and head.lemma_.lower() in SPEECH_VERBS

    def _link_place_like(self, state: _State, ent: Span) -> None:
        text = ent.text
        country_actor = next((a for a in self.kb.lookup(text) if a.kind == "country"), None)
        capital_of = self.kb.country_of_capital(text)
        if (country_actor or capital_of) and self._acts_as_agent(ent):
            iso3 = country_actor.id if country_actor else capital_of
            gov = self.kb.government_of(iso3) or iso3
            rule = "name" if country_actor and gov == iso3 else "metonymy"
            state.add_actor(ent, gov, rule)
            return
        if ent.ent_id_ and ent.ent_id_ != "place":
            actor = self.kb.get(ent.ent_id_)
            if actor is not None and actor.kind != "country":
                state.add_actor(ent, actor.id, self._name_rule(actor, text))
                return
        place = self.gazetteer.resolve(_strip_article(text), focus_countries=state.focus)
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

    def _name_rule(self, actor: Actor, text: str) -> str:
        return "name" if normalize(text) == normalize(actor.name) else "alias"

    def _link_actor_like(self, state: _State, ent: Span) -> None:
        text = ent.text
        if ent.label_ == "NORP":
            self._link_demonym(state, ent)
            return
        if ent.ent_id_ and ent.ent_id_ != "place" and self.kb.get(ent.ent_id_):
            actor = self.kb.get(ent.ent_id_)
            if actor.kind == "country":
                self._link_place_like(state, ent)
                return
            state.add_actor(ent, actor.id, self._name_rule(actor, text))
            return
        if not _looks_like_name(text):
            return
        role = dict(self._cues).get(normalize(text))
        if role and ent.label_ == "ORG" and state.focus:
            # "the Foreign Office", "the Interior Ministry": the organ of the country in focus.
            actor_id = self.kb.sub_actor(state.focus[0], role)
            if actor_id:
                state.add_actor(ent, actor_id, "title", 0.7)
                return
        found = [a for a in self.kb.lookup(text) if not a.provisional]
        if found:
            actor = found[0]
            if actor.kind == "country":
                self._link_place_like(state, ent)
                return
            state.add_actor(ent, actor.id, self._name_rule(actor, text))
            return
        if ent.label_ == "PERSON":
            short = state.short_form(text)
            if short:
                state.add_actor(ent, short, "coref")
                return
        fuzzy = self._fuzzy(text, ent.label_)
        if fuzzy:
            state.add_actor(ent, fuzzy, "fuzzy", 0.8)
            return
        actor = self._provisional_actor(text, ent, state)
        state.add_actor(ent, actor.id, "provisional", 0.5)

    def _link_demonym(self, state: _State, ent: Span) -> None:
        iso3 = self.kb.country_of_demonym(ent.text)
        if ent.ent_id_ and ent.ent_id_ not in ("place",) and self.kb.get(ent.ent_id_):
            actor = self.kb.get(ent.ent_id_)
            if actor.kind != "country":
                state.add_actor(ent, actor.id, self._name_rule(actor, ent.text))
                return
            iso3 = iso3 or actor.id
        if not iso3:
            found = self.kb.lookup(ent.text)
            if found:
                state.add_actor(ent, found[0].id, "alias")
            return
        root = ent.root
        head = root.head if root.dep_ in ("amod", "compound", "nmod", "npadvmod") else None
        if head is not None and head.i >= ent.end:
            lemma = head.lemma_.lower()
            span = state.doc[ent.start : head.i + 1]
            if head.lower_ in GOVERNMENT_NOUNS or lemma in GOVERNMENT_NOUNS:
                state.add_actor(span, self.kb.government_of(iso3) or iso3, "demonym")
                return
            generic = GENERIC_NOUNS.get(lemma)
            if generic:
                sector, role = generic
                actor_id = self.kb.sub_actor(iso3, role) if role else None
                if actor_id is None:
                    actor_id = self._generic_actor(span.text, lemma, sector, iso3, state).id
                state.add_actor(span, actor_id, "demonym")
                return
            if lemma in TERRITORY_NOUNS:
                return  # "Afghan soil", "Pakistani territory": a place attribute, not an actor
            # "Indian-backed proxies", "Afghan officials' remarks": the state is still a party.
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym", 0.5)
            return
        if root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj") and ent.text.endswith("s"):
            state.add_actor(ent, self.kb.government_of(iso3) or iso3, "demonym", 0.6)

    def _fuzzy(self, text: str, label: str) -> str | None:
        want = {"PERSON": ("person",), "ORG": ("organization", "group")}.get(label, ())
        choices = {k: v for k, v in self._fuzzy_choices.items() if self._names[k].kind in want}
        if not choices:
            return None
        best = process.extractOne(normalize(text), choices, scorer=fuzz.ratio, score_cutoff=90)
        return best[2] if best else None

    # ---- provisional actors -----------------------------------------------------------------
    def _provisional_by_id(self, actor_id: str) -> Actor | None:
        for actor in self._provisional.values():
            if actor.id == actor_id:
                return actor
        return None

    def _provisional_actor(self, text: str, ent: Span, state: _State) -> Actor:
        name = _strip_article(text)
        kind = "person" if ent.label_ == "PERSON" else "organization"
        sector = _guess_sector(name, ent)
        country = self._context_country(ent, state)
        return self._get_or_create(name, kind, sector, country, state)

    def _generic_actor(
        self, text: str, lemma: str, sector: str, country: str | None, state: _State
    ) -> Actor:
        return self._get_or_create(_strip_article(text), "group", sector, country, state)

    def _get_or_create(
        self, name: str, kind: str, sector: str | None, country: str | None, state: _State
    ) -> Actor:
        key_name = normalize(name)
        key = f"{key_name}|{country}|{sector}"
        actor = self._provisional.get(key)
        if actor is None:
            # Same country and sector only: a similar name alone never merges two actors.
            peers = {
                k: k.split("|")[0]
                for k, a in self._provisional.items()
                if a.country == country and a.sector == sector and a.kind == kind
            }
            best = (
                process.extractOne(key_name, peers, scorer=fuzz.token_sort_ratio, score_cutoff=92)
                if peers
                else None
            )
            if best:
                actor = self._provisional[best[2]]
                if name not in actor.aliases and name != actor.name:
                    actor.aliases.append(name)
        if actor is None:
            base = "prov:" + slugify(name)
            ident = base
            taken = {a.id for a in self._provisional.values()}
            if ident in taken:
                ident = f"{base}--{(country or 'x').lower()}-{(sector or 'unk').lower()}"
            actor = Actor(
                id=ident, name=name, sector=sector, country=country, kind=kind, provisional=True
            )
            self._provisional[key] = actor
        if actor.id not in state.seen_new and actor.id not in state.doc_seen_before:
            state.seen_new.add(actor.id)
            if actor.id not in self._announced:
                self._announced.add(actor.id)
                state.new_actors.append(replace(actor, aliases=list(actor.aliases)))
        return actor

    @property
    def _announced(self) -> set[str]:
        if not hasattr(self, "_announced_ids"):
            self._announced_ids: set[str] = set()
        return self._announced_ids

    def _context_country(self, ent: Span, state: _State) -> str | None:
        doc = ent.doc
        if ent.start > 0:
            prev = doc[ent.start - 1]
            if prev.ent_type_ in ("NORP", "GPE"):
                iso3, _ = self._country_of_modifier(doc[prev.i : prev.i + 1])
                if iso3:
                    return iso3
        return state.focus[0] if state.focus else None

    # ---- generic nouns and pronouns ----------------------------------------------------------
    def _link_generic(self, state: _State) -> None:
        doc = state.doc
        for tok in doc:
            if (
                tok.pos_ not in ("NOUN", "PROPN")
                or tok.ent_type_
                or state.covered(tok.i, tok.i + 1)
            ):
                continue
            lemma = tok.lemma_.lower()
            compound = None
            if tok.i > 0 and doc[tok.i - 1].lower_ in ("suicide", "security", "police"):
                compound = f"{doc[tok.i - 1].lower_} {lemma}"
            entry = (
                GENERIC_NOUNS.get(compound or "")
                or GENERIC_NOUNS.get(lemma)
                or GENERIC_NOUNS.get(tok.lower_)
            )
            if entry is None:
                continue
            if tok.dep_ == "compound" and tok.head.i != tok.i:
                continue  # "police station": a modifier, not a participant
            start = tok.i - 1 if compound and GENERIC_NOUNS.get(compound) else tok.i
            sector, role = entry
            span = doc[start : tok.i + 1]
            if role and state.focus:
                actor_id = self.kb.sub_actor(state.focus[0], role)
                if actor_id:
                    state.add_actor(span, actor_id, "generic", 0.6)
                    continue
            actor = self._generic_actor(span.text, lemma, sector, None, state)
            state.add_actor(span, actor.id, "generic", 0.5)

    def _link_pronouns(self, state: _State) -> None:
        doc = state.doc
        mentions = sorted(state.actor_mentions, key=lambda m: m.start)
        for tok in doc:
            low = tok.lower_
            target: str | None = None
            span_start, span_end = tok.i, tok.i + 1
            if low in PRONOUNS_PERSON and tok.dep_ in ("nsubj", "nsubjpass"):
                target = self._last_actor(mentions, tok.idx, kinds=("person",))
            elif (
                low in GROUP_ANAPHORS
                and tok.i > 0
                and doc[tok.i - 1].lower_ == "the"
                and not state.covered(tok.i, tok.i + 1)
            ):
                target = self._last_actor(mentions, tok.idx, sectors=("REB",))
                span_start = tok.i - 1
            if target:
                state.add_actor(doc[span_start:span_end], target, "coref", 0.7)

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


class _State:
    """Per-document working set: mentions so far and the token positions they cover."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.focus: list[str] = []
        self.actor_mentions: list[ActorMention] = []
        self.place_mentions: list[PlaceMention] = []
        self.new_actors: list[Actor] = []
        self.seen_new: set[str] = set()
        self.doc_seen_before: set[str] = set()
        self._covered: set[int] = set()
        self._surnames: dict[str, str] = {}

    def block(self, start: int, end: int) -> None:
        self._covered.update(range(start, end))

    def covered(self, start: int, end: int) -> bool:
        return any(i in self._covered for i in range(start, end))

    def add_actor(self, span: Span | Token, actor_id: str, rule: str, score: float = 1.0) -> None:
        start, end = (span.i, span.i + 1) if not hasattr(span, "start") else (span.start, span.end)
        if self.covered(start, end):
            return
        sub = self.doc[start:end]
        self._covered.update(range(start, end))
        self.actor_mentions.append(
            ActorMention(sub.start_char, sub.end_char, sub.text, actor_id, rule, score)
        )
        words = sub.text.split()
        if len(words) >= 2 and rule in ("name", "alias", "provisional", "fuzzy"):
            # Later "Mujahid" or "Noor Wali" refers back to the full name.
            self._surnames.setdefault(normalize(words[-1]), actor_id)
            self._surnames.setdefault(normalize(" ".join(words[:-1])), actor_id)

    def short_form(self, text: str) -> str | None:
        return self._surnames.get(normalize(text))


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _looks_like_name(text: str) -> bool:
    stripped = _strip_article(text).strip()
    return (
        len(stripped) >= 2
        and any(c.isupper() for c in stripped)
        and not any(c.isdigit() for c in stripped)
    )


def _guess_sector(name: str, ent: Any) -> str | None:
    low = name.lower()
    for cue, sector in SECTOR_CUES:
        if cue in low:
            return sector
    return None
