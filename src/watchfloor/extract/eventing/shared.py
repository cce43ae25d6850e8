"""Sentence and token helpers used by several stages of the event coder: the per-document
caches of sentence words, entities and the dateline end, token indexes of mentions, and small
parse-tree helpers. Kept apart so no stage has to import another one for them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING, TypeVar

from watchfloor.extract.factuality import _entities
from watchfloor.extract.recipients import load_cues
from watchfloor.extract.triggers import Candidate, lemma
from watchfloor.records import ActorMention, ActorRef, PlaceMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from watchfloor.kb.linked import LinkedDoc


_PRONOUNS = {
    "it",
    "they",
    "he",
    "she",
    "we",
    "i",
    "you",
    "them",
    "him",
    "her",
    "us",
    "who",
    "which",
    "that",
    "itself",
    "themselves",
}


def _sentence_entities(sent: Span) -> list[Span]:
    """`sent.ents` from the document's cached entities: `Span.ents` rebuilds every entity of
    the whole document on each read, and a sentence is asked once per event in it."""
    inside: list[Span] = []
    for ent in _entities(sent.doc)[0]:
        if ent.start >= sent.start:
            # the same cut as spaCy's: the first entity running past the sentence ends the list
            if ent.end > sent.end:
                break
            inside.append(ent)
    return inside


# The lemmas and lower-cased forms of the sentences of the last document asked about, by token
# range: the mode of every event in a sentence looks for its cue words in it while the groups
# are formed, and its contexts again when the records are written. Holding the document makes
# the `is` test exact; nothing changes a parsed document's tokens.
_sentence_words_of: tuple[Doc | None, dict[tuple[int, int], frozenset[str]]] = (None, {})


def _sentence_words(sent: Span) -> frozenset[str]:
    global _sentence_words_of
    if _sentence_words_of[0] is not sent.doc:
        _sentence_words_of = (sent.doc, {})
    known = _sentence_words_of[1]
    words = known.get((sent.start, sent.end))
    if words is None:
        found: set[str] = set()
        for t in sent:
            found.add(lemma(t))
            found.add(t.lower_)
        words = known[(sent.start, sent.end)] = frozenset(found)
    return words


_DEFINITE_DETS = {"the", "this", "that", "these", "those", "such"}


_POSSESSIVES = {"its", "their", "his", "her", "our", "your", "my"}


# Material events narrated over several sentences keep their target ("the attackers then...").
_CARRY_RECIPIENT = {"ASSAULT", "COERCE"}


# Verbs that name who did an act ("X carried out the attack"), unlike verbs of reacting to it.
_AUTHORSHIP_VERBS = {"carry", "conduct", "launch", "stage", "mount", "execute", "perpetrate"}


_INSTRUMENT_MODES = {"suicide-attack", "drone", "aerial", "explosives", "heavy-weapons", "firearms"}


_CASUALTY_VERBS = {
    "kill",
    "die",
    "wound",
    "injure",
    "martyr",
    "hurt",
    "perish",
    "lose",
    "destroy",
    "damage",
}


_Mention = TypeVar("_Mention", ActorMention, PlaceMention)


def _token_index(doc: Doc, mentions: list[_Mention]) -> dict[int, _Mention]:
    out: dict[int, _Mention] = {}
    for m in mentions:
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            out.setdefault(t.i, m)
    return out


def _subtree_words(tok: Token) -> set[str]:
    """The lemmas and lower-cased forms of the words of `tok`'s phrase, for cue look-ups."""
    words: set[str] = set()
    for t in tok.subtree:
        words.add(lemma(t))
        words.add(t.lower_)
    return words


# Auxiliaries of a future or of a promise ("will", "would", "won't" → "wo").
_FUTURE_MODALS = frozenset({"will", "would", "shall", "'ll", "wo"})


# Pursuits a vow promises ("will be hunted down", "will be brought to justice"): the threat is
# the event; the pursuit itself is not coded beside it.
_PURSUIT_VERBS = frozenset({"hunt", "track", "bring", "chase", "pursue"})


def _prospective_condition(tok: Token) -> bool:
    """ "before any reopening of the crossings", "until any easing of sanctions": an act still to
    come, set as a condition (gold/fresh3: RETREAT hypothetical), never a back-reference."""
    return (
        tok.pos_ in ("NOUN", "PROPN")
        and tok.dep_ == "pobj"
        and tok.head.lower_ in ("before", "until", "without")
        and any(d.dep_ == "det" and d.lower_ == "any" for d in tok.children)
    )


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


# Verbs whose subject suffers the act rather than does it.
_SUFFERED_VERBS = frozenset({"die", "perish", "succumb", "martyr", "drown", "survive"})


def _own_doer(tok: Token, by_tok: dict[int, Candidate]) -> set[str]:
    """The doer an act of force names for itself, as a one-word set (empty when it names
    none): a verb's nominal subject (a conjoined verb's is its first verb's), an act noun's
    "by" phrase ("an attack by the TTP"). Acts with different doers are not one happening."""
    subj: Token | None = None
    if tok.pos_ in ("VERB", "AUX"):
        verb = tok
        while True:
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
                break
            verb = verb.head
        if subj is not None and (
            # "two others injured", "60 people died": the subject is who suffered the act
            lemma(verb) in _SUFFERED_VERBS
            or verb.tag_ == "VBN"
            and not any(a.dep_ == "aux" and lemma(a) == "have" for a in verb.children)
        ):
            subj = None
    elif tok.pos_ == "NOUN":
        by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        subj = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if (
        subj is None
        or subj.lower_ in _PRONOUNS
        or subj.pos_ not in ("NOUN", "PROPN")
        or subj.i in by_tok  # "the blast killed…": the subject is the act itself
    ):
        return set()
    return {lemma(subj)}


# What a general appeal asks for (guide §1.2: REQUEST null for restraint, dialogue): its
# coordinated wishes are one appeal, not several demands.
_GENERAL_APPEAL_WORDS = {
    "restraint",
    "calm",
    "dialogue",
    "difference",
    "tension",
    "peace",
    "escalation",
}


def _prep_objects(
    tok: Token, preps: Collection[str] | None = None, deps: Collection[str] = ("prep",)
) -> list[Token]:
    """The objects of the prepositions hung on `tok` ("pobj" children of its "prep" children,
    or of `deps`), in order; only of the prepositions in `preps` when given."""
    return [
        p
        for c in tok.children
        if c.dep_ in deps and (preps is None or c.lower_ in preps)
        for p in c.children
        if p.dep_ == "pobj"
    ]


def _conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_conjuncts(c))
    return out


# Nouns of a meeting whose place is where what was agreed or said at it was made.
_MEETING_NOUNS = {"talk", "talks", "meeting", "negotiation", "summit", "conference", "round"}
# Prepositions that name what a meeting is about ("talks on water"), not a party or a place.
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})


# The answer for the last document asked about: every argument and place of every event asks.
_last_dateline_end: tuple[Doc | None, int] = (None, -1)


def _dateline_end(doc: Doc) -> int:
    """Index of the dash closing a dateline ("BANNU, Pakistan —"), else -1."""
    global _last_dateline_end
    if _last_dateline_end[0] is doc:
        return _last_dateline_end[1]
    end = -1
    for t in doc[:8]:
        if t.text in ("—", "–") and t.i > 0:
            first = doc[0].text
            end = t.i if len(first) >= 3 and first.isupper() else -1
            break
    _last_dateline_end = (doc, end)
    return end


_CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis"}


_FORCE_SECTORS = ("MIL",)


# verbs whose object names the act their subject does ("staged a sit-in", "held a protest");
# "staged" is listed as written, the tagger may lemmatise it as a noun's verb
_STAGING_VERBS = {
    "stage",
    "staged",
    "stages",
    "launch",
    "mount",
    "conduct",
    "hold",
    "organise",
    "organize",
    "observe",
    # "tribal elders began a sit-in", "started a hunger strike": who begins the act does it
    "begin",
    "start",
}


_PACT_NOUNS = {"contract", "deal", "agreement", "accord", "pact", "memorandum", "treaty"}


# What a party puts out in its own name, and the verbs that say whose it is ("a statement
# attributed to IS-K", "a video released by the group")
# (data/recipients.yaml: message_nouns, authoring_verbs)
_MESSAGE_NOUNS = load_cues().message_nouns


_PLACE_NOUNS = {"district", "province", "region", "area", "city", "town", "village", "valley"}


_QUANTITY_NOUNS = {"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "scores"}


_STATE_SECTORS = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}


_NON_STATE_SECTORS = {"REB", "UAF", "CRM"}


# Bodies whose appeals with no addressee are made to everyone ("called for restraint").
_GENERAL_APPEAL_SECTORS = {"IGO", "NGO"}


_THREAT_TYPES = {"THREATEN"}


def _in_dateline(doc: object, m: ActorMention) -> bool:
    """All-caps place name opening the text before a dash: a dateline, not an actor."""
    if m.start > 40:
        return False
    # the first tokens are enough: Doc.text would join every token of the document
    head = doc[:60].text_with_ws[:60]  # type: ignore[index]
    dash = min((head.find(d) for d in ("—", "–", " - ") if d in head), default=-1)
    if dash < 0 or m.end > dash:
        return False
    # "BANNU, Pakistan —": the line opens with an all-caps place name.
    first = head[:dash].split(",")[0].strip()
    return len(first) >= 3 and first.replace(" ", "").replace("/", "").isupper()


_UNREAL = {"hypothetical", "future"}


# Events the article recalls or generalises about, not the incidents it reports
_BACKGROUND_FACTUALITY = frozenset({"generic", "historical"})


_VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"}


_SPEECH_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT", "CONSULT"}


def _linked_ref_at(tok: Token, linked: LinkedDoc) -> ActorRef | None:
    """The linked actor whose mention covers `tok`, as an event argument."""
    m = linked.linked_mention_at(tok.idx)
    return linked.actor_ref(m) if m is not None else None
