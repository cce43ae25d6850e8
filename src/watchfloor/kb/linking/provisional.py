"""Provisional actors: names the knowledge base lacks become actors of their own, shared
across documents by name, country and sector; also the fuzzy match and former office
holders ("a former Chinese diplomat"). The last resort of the name rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from watchfloor.kb.actors import normalize, slugify
from watchfloor.kb.linking.countries import CountriesMixin
from watchfloor.kb.linking.lexicon import (
    FORMER_WORDS,
    OFFICE_HOLDER_NOUNS,
    ORGANISATION_WORDS,
    PERSON_TITLE_HEADS,
    PERSON_TITLE_WORDS,
    SECTOR_CUE_WORDS,
    SPEECH_VERBS,
)
from watchfloor.kb.linking.state import _State
from watchfloor.kb.linking.tokens import _guess_sector, _strip_article
from watchfloor.records import Actor

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _provisional_id(name: str, country: str | None, sector: str | None, taken: set[str]) -> str:
    """ "prov:<name>", or "prov:<name>--<country>-<sector>" when the document already gave that
    id to a namesake of another country or sector. Only the document's own ids count: a
    namesake some earlier article had named made the id depend on the order of the articles
    (a fresh process gives every article the plain id anyway)."""
    plain = "prov:" + slugify(name)
    if plain not in taken:
        return plain
    return f"{plain}--{(country or 'x').lower()}-{(sector or 'unk').lower()}"


class ProvisionalMixin(CountriesMixin):
    """Actors the knowledge base lacks, made up per document.

    Nothing about them outlives the document that names them: the id comes from the name (so
    two documents naming the same actor agree on it), and every property a
    document's linking and extraction read comes from the document's own view of the actor
    (`_State.provisional_views`), so a document links the same way whatever this linker
    analysed before it.
    """

    def _link_former_holder(
        self, state: _State, start: int, holder: Token, iso3: str | None
    ) -> bool:
        """Link "a former Chinese diplomat" (a demonym at `start`, the office noun `holder`) as
        a person of their own: someone who no longer holds the office speaks for themselves,
        not for the body (docs/annotation-guide.md). False when it is no such phrase."""
        former = self._former_start(state.doc, start, holder)
        if former is None or holder.lemma_.lower() not in OFFICE_HOLDER_NOUNS:
            return False
        span = state.doc[former : holder.i + 1]
        person = self._get_or_create(span.text, "person", None, iso3, state)
        state.add_actor(span, person.id, "demonym", 0.6)
        return True

    @staticmethod
    def _former_start(doc: Doc, start: int, head: Token) -> int | None:
        """Where "former"/"ex-"/"retired" starts when it modifies ``head`` ("a former Chinese
        diplomat", "an ex-Pakistani envoy", "retired Afghan general"), else None."""
        k = start - 1
        if k >= 0 and doc[k].text == "-":
            k -= 1  # "ex-Pakistani": the tokenizer splits off the hyphen
        if k >= 0 and doc[k].lower_ in FORMER_WORDS:
            return k
        if any(doc[j].lower_ in FORMER_WORDS for j in range(start, head.i)):
            return start
        return None

    def _fuzzy(self, text: str, label: str) -> str | None:
        want = {"PERSON": ("person",), "ORG": ("organization", "group")}.get(label, ())
        choices = {
            k: v
            for k, v in self._fuzzy_choices.items()
            if self._names[k.split("\t")[0]].kind in want
        }
        if not choices:
            return None
        best = process.extractOne(normalize(text), choices, scorer=fuzz.ratio, score_cutoff=90)
        return best[2].split("\t")[0] if best else None

    def _provisional_actor(self, text: str, ent: Span, state: _State) -> Actor:
        name = _strip_article(text)
        person = ent.label_ == "PERSON" or self._person_tagged_as_org(ent)
        kind = "person" if person else "organization"
        sector = _guess_sector(name, ent)
        titled = self._apposed_title_country(ent) if person else None
        by_name: dict[str, str] = getattr(state, "title_countries_by_name", {})
        titled_before = by_name.get(normalize(name)) if person and not titled else None
        # A person's country comes from the words he is named with ("Iran's X", "X, the
        # Kazakh envoy") or stays unknown: the article's main country is an organisation's
        # prior, not a passer-by's nationality.
        country = titled or titled_before or self._context_country(ent, state, focus=not person)
        actor = self._get_or_create(name, kind, sector, country, state)
        if titled and actor.country == titled:
            titles: dict[str, str] | None = getattr(state, "title_countries", None)
            if titles is not None:
                titles[actor.id] = titled
                by_name[normalize(name)] = titled
        return actor

    def _apposed_title_country(self, ent: Span) -> str | None:
        """The state of a title apposed to a person's name: "Kazakhstan's foreign minister,
        <Name>," or "<Name>, the Uzbek envoy," → KAZ, UZB. None without such a title (the
        article's country is then the person's, `_context_country`)."""
        doc = ent.doc
        root = ent.root
        titles = [c for c in root.children if c.dep_ == "appos" and c.i >= ent.end]
        if root.dep_ == "appos" and root.head.i < ent.start:
            titles.append(root.head)
        for title in titles:
            if title.lemma_.lower() not in PERSON_TITLE_HEADS:
                continue
            for mod in title.children:
                if mod.i > title.i or mod.dep_ not in ("poss", "amod", "compound", "nmod"):
                    continue
                for span in (doc[mod.left_edge.i : mod.i + 1], doc[mod.i : mod.i + 1]):
                    iso3 = self._named_country(span)
                    if iso3:
                        return iso3
        return None

    def _person_tagged_as_org(self, ent: Span) -> bool:
        """ "Saida Rakhimova, a senior aide, said": a short capitalised name that the tagger
        calls an organisation but that has no word of a body's name, stands without an article
        and is described by a title or speaks is a person, whom a later "she" can mean."""
        doc = ent.doc
        if ent.label_ != "ORG" or not 2 <= len(ent) <= 3:
            return False
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("the", "a", "an"):
            return False
        for tok in ent:
            word = tok.text.replace("-", "").replace("'", "")
            if not (word.isalpha() and tok.text[0].isupper() and not tok.text.isupper()):
                return False  # acronyms, digits, lower-case joiners: a body's name
            low = tok.lower_
            if low in ORGANISATION_WORDS or low in SECTOR_CUE_WORDS:
                return False
            if self.kb.country_of_demonym(tok.text) or self.kb.country_of_capital(tok.text):
                return False
            if any(a.kind != "person" for a in self.kb.lookup(tok.text)):
                return False
        root = ent.root
        for child in root.children:
            if child.dep_ == "appos" and any(
                t.lemma_.lower() in PERSON_TITLE_WORDS for t in child.subtree
            ):
                return True
        if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_TITLE_HEADS:
            return True  # "its spokesman, Ruslan Ermekov,"
        return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS

    def _generic_actor(
        self, text: str, lemma: str, sector: str, country: str | None, state: _State
    ) -> Actor:
        name = _strip_article(text)
        low = name.lower()
        if low.startswith(("a ", "an ")) and len(name.split()) > 1:
            name = name.split(" ", 1)[1]  # "A shopkeeper": the actor is "shopkeeper"
        return self._get_or_create(name, "group", sector, country, state)

    def _get_or_create(
        self, name: str, kind: str, sector: str | None, country: str | None, state: _State
    ) -> Actor:
        """The document's provisional actor for `name` (made on its first mention).

        The id depends on the document alone (see `_provisional_id`), so two documents naming
        an actor alike agree on it whatever this linker linked before or between them. The
        near-spelling merge ("vaccinator" after "vaccinators") looks only at the document's
        own names: across documents it made the id depend on which spelling an earlier
        article had used first.
        """
        key_name = normalize(name)
        key = f"{key_name}|{country}|{sector}"
        # (a test's stand-in state has no registry of its own: every call is then a document)
        ids_by_key: dict[str, str] = getattr(state, "provisional_ids_by_key", {})
        peers_by_bucket: dict[tuple[str | None, str | None, str], dict[str, str]] = getattr(
            state, "provisional_peers", {}
        )
        actor_id = ids_by_key.get(key)
        if actor_id is None:
            # Same country and sector only: a similar name alone never merges two actors.
            peers = peers_by_bucket.get((country, sector, kind), {})
            best = (
                process.extractOne(key_name, peers, scorer=fuzz.token_sort_ratio, score_cutoff=92)
                if peers
                else None
            )
            actor_id = (
                ids_by_key[best[2]]
                if best
                else _provisional_id(name, country, sector, set(ids_by_key.values()))
            )
            ids_by_key[key] = actor_id
            peers_by_bucket.setdefault((country, sector, kind), {})[key] = key_name
        # The document sees the actor as it named it itself: its own first name, kind, country
        # and sector, its other names as aliases.
        views: dict[str, Actor] | None = getattr(state, "provisional_views", None)
        view = views.get(actor_id) if views is not None else None
        if view is None:
            view = Actor(
                id=actor_id, name=name, sector=sector, country=country, kind=kind, provisional=True
            )
            if views is not None:
                views[actor_id] = view
        elif name != view.name and name not in view.aliases:
            view.aliases.append(name)
        if actor_id not in state.seen_new:
            # every provisional actor the document names, whatever other documents named
            state.seen_new.add(actor_id)
            state.new_actors.append(view)
        return view
