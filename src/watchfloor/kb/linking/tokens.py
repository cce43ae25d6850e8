"""Token tests shared by several stages of the linker: the dateline's end, a token's
article, modifiers and speech verb, how far back a few sentences start, and the like. Plain
functions over spaCy tokens and spans (no linker state), so every stage module can import
them without cycles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from watchfloor.kb.linking.lexicon import (
    DATELINE_DASHES,
    GENERIC_NOUNS,
    LOCATIVE_PREPS,
    MILITARY_HEADS,
    NAME_JOINERS,
    NEUTRAL_MODIFIERS,
    NON_PERSON_NOUNS,
    PERSON_ROLE_NOUNS,
    PLACE_KIND_WORDS,
    SECTOR_CUES,
    SERVICE_MEMBERS,
    SPEECH_VERBS,
    TERRITORY_NOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


def _military_head(tok: Token) -> bool:
    """A head noun of the armed forces' own things ("posts", "drones"), in either form."""
    return tok.lower_ in MILITARY_HEADS or tok.lemma_.lower() in MILITARY_HEADS


def _sentences_back(tok: Token, n: int) -> int:
    """Index of the first token of the sentence `n` sentences before `tok`'s (its own when 0)."""
    start = tok.sent.start
    doc = tok.doc
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return start


def _with_article(doc: Doc, start: int, articles: tuple[str, ...] = ("the",)) -> int:
    """Where a phrase beginning at ``start`` begins once the article right before it is
    taken in ("the" + "Foreign Ministry"); ``start`` when there is none."""
    return start - 1 if start > 0 and doc[start - 1].lower_ in articles else start


def _speech_verb_above(tok: Token) -> Token | None:
    """The speech verb whose reported clause holds ``tok`` ("X warned that ..."), looked for
    up to six heads above it; None when there is none that near."""
    h = tok
    for _ in range(6):
        if h.head.i == h.i:
            return None
        dep, h = h.dep_, h.head
        if dep in ("ccomp", "xcomp") and h.lemma_.lower() in SPEECH_VERBS:
            return h
    return None


def _dateline_end(doc: Doc) -> int:
    """Index of the dash closing the opening dateline ("PESHAWAR, Pakistan —", "UNITED NATIONS
    —"), 0 when the text opens without one."""
    k = 0
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or not doc[k].is_upper or len(doc[k].text) < 3:
        return 0
    for j in range(k + 1, min(k + 8, len(doc))):
        tok = doc[j]
        if tok.text in DATELINE_DASHES and (
            tok.text != "-" or doc[j - 1].whitespace_ or tok.whitespace_
        ):
            # a hyphen closes the dateline only when spaced: inside a name ("MAZAR-I-SHARIF")
            # it joins; em and en dashes close it spaced or not ("KABUL—The Taliban said")
            return j
        if not (
            tok.text in (",", "(", ")", ".", "-")  # "PUL-E-ALAM, Afghanistan —"
            or tok.text[:1].isupper()
            or tok.is_digit
            or tok.lower_ in NAME_JOINERS
        ):
            return 0
    return 0


def _unowned(tok: Token, allow: frozenset[str] = NEUTRAL_MODIFIERS) -> bool:
    """True when nothing but an article or a neutral adjective narrows the noun: "officials
    said", "the federal government" — not "hospital officials", "local officials", "officials
    of the ministry"."""
    for child in tok.children:
        if child.dep_ in ("det", "nummod", "quantmod", "punct", "cc", "conj", "relcl", "acl"):
            continue
        if child.dep_ == "amod" and child.lower_ in allow:
            continue
        if child.dep_ in ("compound", "amod", "poss", "nmod", "appos"):
            return False
        if child.dep_ == "prep" and child.lower_ in ("of", "from", "in"):
            return False
    # "hospital officials and staff" share the modifier; "two health workers and a constable"
    # do not: a conjunct with an article of its own is a phrase of its own
    shared = not any(c.dep_ == "det" for c in tok.children)
    return not (tok.dep_ == "conj" and shared and not _unowned(tok.head, allow))


def _names_people(tok: Token) -> bool:
    """True for a common noun naming a person or people ("soldier", "a shopkeeper"), not a
    body or a name ("the United States")."""
    if tok.pos_ != "NOUN" or tok.ent_type_:
        return False
    lemma = tok.lemma_.lower()
    if lemma in PERSON_ROLE_NOUNS or lemma in SERVICE_MEMBERS:
        return True
    return lemma in GENERIC_NOUNS and lemma not in NON_PERSON_NOUNS


def _located(tok: Token) -> bool:
    """True for the object of a locative preposition or of "the village of"."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in LOCATIVE_PREPS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in TERRITORY_NOUNS | {"area"}


def _strip_article(text: str) -> str:
    return text[4:] if text.lower().startswith("the ") else text


def _guess_sector(name: str, ent: Any) -> str | None:
    low = name.lower()
    for cue, sector in SECTOR_CUES:
        if cue in low:
            return sector
    return None


def _shared_subject(verb: Token, subj: Token | None) -> Token | None:
    """`subj`, or when a coordinated verb has none, the subject of the verb it is joined to
    ("condemned the attack and said it was ready")."""
    while subj is None and verb.dep_ == "conj" and verb.head.i < verb.i:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj


def _in_apposed_person_name(ent: Span) -> bool:
    """True for a place-tagged word inside a longer name apposed to a person's role ("one of
    its leaders, Allama Hassan Raza", "the envoy, Hassan Raza"): the name's last word is
    untagged and what it stands beside is a person."""
    root = ent.root
    head = root.head
    if (
        root.dep_ != "compound"
        or head.i < ent.end
        or head.tag_ != "NNP"
        or head.ent_type_ not in ("", "PERSON")
    ):
        return False
    if head.lower_ in PLACE_KIND_WORDS or not head.is_alpha:
        return False
    if any(t.tag_ != "NNP" for t in ent.doc[ent.end : head.i]):
        return False
    if head.dep_ != "appos":
        return False
    role = head.head
    if role.lower_ in ("one", "some") or role.lemma_.lower() in ("member",):
        role = next(
            (
                g
                for c in role.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            role,
        )
    return role.lemma_.lower() in PERSON_ROLE_NOUNS


def _within_quotes(text: str, idx: int) -> bool:
    """Whether position `idx` of `text` falls inside a quotation opened earlier in its own
    paragraph (straight or curly marks)."""
    before = text[text.rfind("\n", 0, idx) + 1 : idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
