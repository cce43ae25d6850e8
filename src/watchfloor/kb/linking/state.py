"""The per-document working set of `Linker.link`: the mentions linked so far, the tokens
they cover, short forms of names seen ("Mujahid" after "Zabihullah Mujahid") and cached views
of the Doc (tokens by tag or spelling, sentences, the dateline). One `_State` lives for one
document; the `Linker` itself keeps only what spans documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from watchfloor.kb.actors import normalize
from watchfloor.kb.linking.lexicon import PERSON_HONORIFICS
from watchfloor.kb.linking.tokens import _dateline_end
from watchfloor.records import Actor, ActorMention, Place, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class _State:
    """Per-document working set: mentions so far and the token positions they cover."""

    def __init__(self, doc: Doc, redirect: Callable[[str], str | None] | None = None) -> None:
        self.doc = doc
        self.redirect = redirect
        self.groups: list[str] | None = None  # armed groups named, in order (computed lazily)
        self.claimers: list[str] = []  # armed groups claiming responsibility
        self.groups_seen = -1  # how many mentions ``groups`` was computed from
        self.sents: list[Span] | None = None
        self.segments: list[Span] | None = None  # sentences split at paragraph breaks
        self.focus: list[str] = []
        self.focus_counts: dict[str, float] = {}  # mentions per country behind `focus`
        self.igo_ministers: str | None = None  # "ministers of the SCO": that body
        self.actor_mentions: list[ActorMention] = []
        self.place_mentions: list[PlaceMention] = []
        self.new_actors: list[Actor] = []
        self.seen_new: set[str] = set()
        # provisional actor id → the actor as this document names it (first name, kind, country
        # and sector it asked for; its other names as aliases), see `_get_or_create`
        self.provisional_views: dict[str, Actor] = {}
        # name|country|sector → provisional id, and the names asked for per (country, sector,
        # kind): the near-spelling merge of `_get_or_create` looks only at this document's
        self.provisional_ids_by_key: dict[str, str] = {}
        self.provisional_peers: dict[tuple[str | None, str | None, str], dict[str, str]] = {}
        # provisional person id → the country of the title apposed to the name ("Kazakhstan's
        # foreign minister, <Name>"): the state "his government" then means
        self.title_countries: dict[str, str] = {}
        # the same, by the person's normalised name: the name said again without its title
        # keeps the title's country, so it stays one actor with one id
        self.title_countries_by_name: dict[str, str] = {}
        self._covered: set[int] = set()
        self.untagged: set[int] = set()  # tokens of entities that were common nouns after all
        self._surnames: dict[str, str] = {}
        # "(PATE)" after a body's full name → the body's id, keyed by the acronym as written
        self.acronyms: dict[str, str] = {}
        # every name of two words or more linked so far, for a later mention of the same name
        # with an honorific before it ("Fazlur Rahman" ... "Maulana Fazlur Rahman")
        self._full_names: dict[str, str] = {}
        self._tokens: list[Token] | None = None
        self._lowers: list[str] | None = None
        self._by_tag: dict[str, list[Token]] = {}
        self._dateline_end: int | None = None
        self._text: str | None = None
        self._ents: list[tuple[Span, str]] | None = None
        # place name → the gazetteer's places of that name: every place resolved asks about
        # the names around it again (see `MetonymyMixin._namesakes`)
        self.namesakes: dict[str, list[Place]] = {}

    @property
    def dateline_end(self) -> int:
        """The document's `_dateline_end`, found once."""
        if self._dateline_end is None:
            self._dateline_end = _dateline_end(self.doc)
        return self._dateline_end

    @property
    def text(self) -> str:
        """The document's text, built once: spaCy joins every token anew on each `Doc.text`."""
        if self._text is None:
            self._text = self.doc.text
        return self._text

    @property
    def ents(self) -> list[tuple[Span, str]]:
        """The Doc's entities with their `normalize`d text, built once: each `Doc.ents` makes
        every Span anew, and place resolution asks for them once per place name."""
        if self._ents is None:
            self._ents = [(e, normalize(e.text)) for e in self.doc.ents]
        return self._ents

    # Most passes look at a few kinds of token only; walking the Doc once per pass made a
    # Token object per word each time, a fifth of the linker's time.
    @property
    def tokens(self) -> list[Token]:
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    @property
    def lowers(self) -> list[str]:
        """Each token's `lower_`, by position."""
        if self._lowers is None:
            self._lowers = [t.lower_ for t in self.tokens]
        return self._lowers

    def tagged(self, tag: str) -> list[Token]:
        """The tokens with this fine-grained tag, in order."""
        found = self._by_tag.get(tag)
        if found is None:
            found = self._by_tag[tag] = [t for t in self.tokens if t.tag_ == tag]
        return found

    def spelled(self, words: frozenset[str]) -> list[Token]:
        """The tokens whose `lower_` is one of `words`, in order."""
        lowers = self.lowers
        return [t for t, low in zip(self.tokens, lowers, strict=True) if low in words]

    def block(self, start: int, end: int) -> None:
        self._covered.update(range(start, end))

    def covered(self, start: int, end: int) -> bool:
        return any(i in self._covered for i in range(start, end))

    def add_actor(self, span: Span | Token, actor_id: str, rule: str, score: float = 1.0) -> None:
        from spacy.tokens import Token  # already loaded: the caller holds one of its objects

        start, end = (span.i, span.i + 1) if isinstance(span, Token) else (span.start, span.end)
        if self.covered(start, end):
            return
        if self.redirect is not None:
            actor_id = self.redirect(actor_id) or actor_id
        sub = self.doc[start:end]
        self._covered.update(range(start, end))
        self.actor_mentions.append(
            ActorMention(sub.start_char, sub.end_char, sub.text, actor_id, rule, score)
        )
        words = sub.text.split()
        doc = self.doc
        if (
            len(words) >= 2
            and end + 2 < len(doc)
            and doc[end].text == "("
            and doc[end + 2].text == ")"
            and _acronym(doc[end + 1].text)
            # "Senator Kamran Murtaza (NDM)": initials after a person are his party's
            and not any(t.ent_type_ == "PERSON" for t in sub)
        ):
            # "Centre for Regional Security Studies (CRSS)": later "CRSS" is the same body
            self._surnames.setdefault(normalize(doc[end + 1].text), actor_id)
            self.acronyms.setdefault(doc[end + 1].text, actor_id)
        if len(words) >= 2 and rule in ("name", "alias", "provisional", "fuzzy"):
            # Later "Mujahid" or "Noor Wali" refers back to the full name.
            self._surnames.setdefault(normalize(words[-1]), actor_id)
            self._surnames.setdefault(normalize(" ".join(words[:-1])), actor_id)
            full = normalize(sub.text).split()
            self._full_names.setdefault(" ".join(full), actor_id)
            if len(full) >= 3 and full[0] in PERSON_HONORIFICS:
                # "Maulana Fazlur Rahman": later "Fazlur Rahman" and "Maulana Rahman" too
                self._surnames.setdefault(" ".join(full[1:]), actor_id)
                self._surnames.setdefault(f"{full[0]} {full[-1]}", actor_id)

    def short_form(self, text: str) -> str | None:
        key = normalize(text)
        found = self._surnames.get(key)
        words = key.split()
        if found is None and len(words) >= 2 and words[0] in PERSON_HONORIFICS:
            # "Maulana Rahman" or "Maulana Fazlur Rahman" after plain "Fazlur Rahman"
            rest = " ".join(words[1:])
            found = self._surnames.get(rest) or self._full_names.get(rest)
        return found


def _acronym(text: str) -> bool:
    """ "CRSS", "CoES", "PkMAP": a short word of letters with two capitals or more, as a
    body's initials are written (a capitalised word, "Pate", is not one)."""
    return 2 <= len(text) <= 10 and text.isalpha() and sum(c.isupper() for c in text) >= 2
