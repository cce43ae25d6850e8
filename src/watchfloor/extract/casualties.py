"""Fatality and injury counts from the words of a sentence.

Reads the dependency parse around death and injury words ("killing two and wounding three",
"at least 12 soldiers were martyred", "two policemen died", "the death toll rose to 30") and
turns number words into integers. Vague quantities ("dozens", "scores of", "several") give no
number but a note, so the analyst sees why the count is empty. A victim named in the singular
counts one ("killing a woman and two children" → 3); a figure for "killed or wounded" together
counts neither; a toll told in a "while"/"but" clause of another incident is left to that one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_UNITS = {
    "zero": 0,
    "no": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "couple": 2,
    "pair": 2,
    "both": 2,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_RANGE_WORDS = {"to", "-", "–", "or"}
_VAGUE = {
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "several",
    "many",
    "numerous",
    "some",
    "few",
    "multiple",
    "countless",
    "unknown",
    "unspecified",
    "undisclosed",
    "unconfirmed",
    "a number",
}
KILL_LEMMAS = {
    "kill",
    "die",
    "martyr",
    "slay",
    "perish",
    "massacre",
    "behead",
    "execute",
    "murder",
    "assassinate",
    "slaughter",
    "eliminate",
    "neutralise",
    "neutralize",
    "lose",
    "dead",
    "death",
    "fatality",
    "body",
    "toll",
    "martyred",
    "killed",
}
INJURE_LEMMAS = {"injure", "wound", "hurt", "maim", "injured", "wounded", "injury", "casualty"}
# Singular victim nouns that stand for a group of unstated size ("a family", "a convoy"):
# one such noun is not one person.
_COLLECTIVE = {
    "family",
    "household",
    "group",
    "team",
    "crew",
    "party",
    "unit",
    "convoy",
    "patrol",
    "crowd",
    "gathering",
    "village",
    "community",
    "force",
    "people",
    "contingent",
    "delegation",
    "squad",
    "number",
    "total",
}
# Nouns whose size is given by an of-phrase: "a family of five", "the bodies of four attackers".
_COUNTED_BY_OF = {"family", "household", "group", "body", "death", "crew", "team"}
# Verbs that, with "bodies", report a death count ("counted at least 12 bodies").
_BODY_VERBS = {
    "recover",
    "find",
    "retrieve",
    "count",
    "carry",
    "collect",
    "pull",
    "bring",
    "receive",
    "identify",
    "hand",
    "exhume",
    "discover",
}
_ONE_PERSON_PRONOUNS = {"he", "she", "him", "her"}
# Verbs whose object "lives" counts the dead: "claimed the lives of seven soldiers", "took
# the lives of two children", "cost 12 lives".
_LIFE_VERBS = {"claim", "take", "cost"}
# People a force or a family "loses" in a count ("had lost 38 personnel", "lost six soldiers"),
# as against losses of things ("lost two posts", "lost 40 percent of its trade").
_LOST_PEOPLE = {
    "soldier",
    "personnel",
    "man",
    "troop",
    "officer",
    "policeman",
    "fighter",
    "member",
    "civilian",
    "people",
    "person",
    "colleague",
    "guard",
    "commando",
    "comrade",
    "child",
    "son",
    "relative",
    "worker",
    "cadet",
    "recruit",
}
_ZERO_SUBJECTS = {
    "no one",
    "nobody",
    "none",
    "no casualties",
    "no injuries",
    "no deaths",
    "no loss",
}


@dataclass
class Casualties:
    fatalities: int | None = None
    injured: int | None = None
    notes: list[str] = field(default_factory=list)


def parse_number(text: str) -> int | None:
    """ "12" / "1,200" / "twenty-five" / "two dozen" / "a hundred" → int; None when not a number."""
    t = text.lower().strip().replace(",", "")
    if re.fullmatch(r"\d+", t):
        return int(t)
    words = re.split(r"[\s-]+", t)
    total, current, seen = 0, 0, False
    for w in words:
        if w in ("and",):
            continue
        if w in _UNITS:
            value = _UNITS[w]
            if w == "dozen":
                current = (current or 1) * 12
            else:
                current += value
            seen = True
        elif w in _SCALES:
            current = (current or 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total += current
                current = 0
            seen = True
        elif re.fullmatch(r"\d+", w):
            current += int(w)
            seen = True
        else:
            return None
    return total + current if seen else None


def _number_phrase(tok: Token) -> tuple[int | None, str | None]:
    """The number a noun phrase headed by `tok` counts, or a vague word, or nothing."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children) or tok.lower_ in (
        "nobody",
        "none",
    ):
        return 0, None
    if (
        tok.lower_ in _VAGUE
        or tok.lemma_.lower() in ("dozen", "score", "hundred", "thousand")
        and tok.tag_ == "NNS"
    ):
        return None, tok.lower_
    if tok.like_num or tok.lower_ in _UNITS:
        parts = [
            c
            for c in tok.children
            if c.dep_ in ("compound", "quantmod", "nummod") and (c.like_num or c.lower_ in _UNITS)
        ]
        # a dash joins a range only between figures ("15-20"), not inside "twenty-five"
        figures = all(t.text.replace(",", "").isdigit() for t in [*parts, tok])
        if parts and any(
            c.lower_ in _RANGE_WORDS
            and (c.dep_ in ("quantmod", "prep", "cc") or (c.dep_ == "punct" and figures))
            for c in tok.children
        ):
            # "15 to 20 fighters", "10-12 killed": a range counts its lower bound (guide §1.6)
            bounds = [parse_number(t.text) for t in [*parts, tok]]
            return min((b for b in bounds if b is not None), default=None), None
        words = " ".join(t.text for t in sorted([*parts, tok], key=lambda t: t.i))
        value = parse_number(words)
        if value is not None and tok.lower_ in ("a", "an"):
            return None, None
        return value, None
    for c in tok.children:
        if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and c.like_num):
            value, vague = _number_phrase(c)
            if value is not None or vague:
                return value, vague
        if c.dep_ in ("amod", "det") and c.lower_ in _VAGUE:
            return None, c.lower_
        if c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ in _VAGUE | {"dozens", "scores"}:
            return None, tok.lower_
        if c.dep_ == "prep" and c.lower_ == "of" and tok.lemma_.lower() in _COUNTED_BY_OF:
            for p in c.children:
                if p.dep_ == "pobj":
                    value, vague = _number_phrase(p)
                    if value is not None or vague:
                        return value, vague
    if tok.lower_ in ("dozens", "scores", "hundreds", "thousands"):
        return None, tok.lower_
    return None, None


def _with_conj(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_with_conj(c))
    return out


def _stray_article(tok: Token) -> bool:
    return tok.tag_ == "DT" and tok.lower_ in ("a", "an") and tok.dep_ == "conj"


def _numbered(tok: Token) -> bool:
    """Whether a subject carries a figure: "25 were killed", "two others injured"."""
    return tok.like_num or any(n.dep_ == "nummod" for n in tok.children)


def _one_victim(tok: Token) -> bool:
    """Whether a victim noun phrase without a number names one person: "a soldier was
    killed", "killing a woman and two children", "their driver", "he lost his life"."""
    if tok.lower_ in _ONE_PERSON_PRONOUNS or _stray_article(tok):
        return True
    if tok.pos_ == "PROPN":
        return tok.ent_type_ == "PERSON"
    if tok.tag_ != "NN" or tok.lemma_.lower() in _COLLECTIVE:
        return False
    if tok.lemma_.lower() in KILL_LEMMAS | INJURE_LEMMAS:
        return False  # "the death", "an injury": the event word, not who suffered it
    return not any(
        c.dep_ == "det" and c.lower_ in ("no", "any", "every", "each", "some") for c in tok.children
    )


def _own_casualty_word(tok: Token) -> str | None:
    """The kind of injury or death word a victim noun carries ("60 wounded people": injured,
    "two dead soldiers": fatalities), if any."""
    for c in tok.children:
        if c.dep_ not in ("amod", "compound", "acl"):
            continue
        if c.lemma_.lower() in INJURE_LEMMAS or c.lower_ in INJURE_LEMMAS:
            return "injured"
        if c.lower_ == "dead":
            return "fatalities"
    return None


def _count(heads: list[Token], *, singles: bool = True) -> tuple[int | None, str | None, set[int]]:
    """The number the victim phrases `heads` count; with `singles`, a phrase naming one person
    counts 1 (not for a toll's or a death noun's of-phrase: "the toll from the bombing")."""
    total, vague, used = None, None, set()
    for h in heads:
        for t in _with_conj(h):
            kind = _own_casualty_word(t) if t.i != h.i else None
            if kind is not None and kind != _own_casualty_word(h):
                # "31 bodies and more than 60 wounded people": a conjunct its own injury or
                # death word of the other kind counts, not summed with these
                continue
            value, v = _number_phrase(t)
            if value is None and not v and singles and _one_victim(t):
                value = 1
            if value is not None:
                total = (total or 0) + value
                used.add(t.i)
            elif v:
                vague = v
    return total, vague, used


# "put the number of soldiers killed at 17", "estimated the death toll at 31": a count a
# source gives for a toll or a number of dead or wounded
_COUNT_NOUNS = {"number", "toll", "figure", "count", "tally", "total"}
_ESTIMATE_VERBS = {"put", "place", "estimate", "set", "fix", "give", "peg"}


def _figure_put_at(tok: Token) -> list[Token]:
    """The figure a source puts a count of dead or wounded at, when `tok` is the death or
    injury word of that count ("put the number of soldiers killed at 17")."""
    count = next(
        (t for t in [tok, *list(tok.ancestors)[:3]] if t.lemma_.lower() in _COUNT_NOUNS), None
    )
    if count is None:
        return []
    holders = [tok, count]
    if count.dep_ == "dobj":
        verb = count.head
        holders.append(verb)
    elif count.dep_ == "conj":
        # "put the toll at 31 and the number of wounded at 40": a second count with its own
        # figure, joined to the first count or to the verb
        verb = count.head.head if count.head.dep_ == "dobj" else count.head
    else:
        return []
    if verb.lemma_.lower() not in _ESTIMATE_VERBS:
        return []
    for h in holders:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ == "at":
                figures = [p for p in c.children if p.dep_ == "pobj"]
                if figures:
                    return figures
    return []


def _victims(tok: Token) -> list[Token]:
    """The noun phrases a death/injury word counts."""
    put_at = _figure_put_at(tok)
    if put_at:
        return put_at
    lem = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
        if lem in ("die", "perish", "martyr") or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            if tok.dep_ in ("acl", "amod") and not subj:
                objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
                if objs:
                    # "A drone strike on a compound killed eight militants" parsed as a
                    # participle on "strike": the verb's object are the dead, not the strike
                    return objs
                return _counted_among(tok.head) or [tok.head]
            return subj
        lives = _lives(tok)
        if lives:
            # "claimed the lives of seven soldiers" counts the of-phrase, "cost 12 lives" the
            # lives themselves
            owners = [
                p
                for c in lives[0].children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            return owners or lives
        if lem == "lose":
            if _lost_people(tok):
                return [c for c in tok.children if c.dep_ == "dobj"]  # "lost six soldiers"
            return [c for c in tok.children if c.dep_ == "nsubj"]  # "he lost his life"
        # (the first object only: a second is the parser's reading of an appositive, "killing
        # nine militants, the term the state uses for ...", not more victims)
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")][:1]
        if objs:
            # "killing seven policemen and a passer-by": the parser may hang the article of a
            # hyphenated noun on the verb as a conjunct of its own
            stray = [c for c in tok.children if c.dep_ == "conj" and _stray_article(c)]
            # "killing the party's president and at least 22 other people": a second victim
            # phrase the parser joins to the verb rather than to the first object
            more = [
                c
                for c in tok.children
                if c.dep_ == "conj"
                and c.pos_ in ("NOUN", "PROPN")
                and c.i > objs[0].i
                and not any(g.dep_ in ("nsubj", "nsubjpass", "dobj") for g in c.children)
            ]
            return objs + stray + more
        if tok.dep_ in ("acl", "relcl", "amod"):
            return [tok.head]
        # Elided passive: "25 were killed and 40 injured", "two others injured".
        if tok.tag_ == "VBN":
            subj = [c for c in tok.children if c.dep_ == "nsubj" and _numbered(c)]
            return [_whole_toll(c, tok) for c in subj] or _gapped_count(tok)
        return []
    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
        among = _counted_among(tok)
        if among:
            return among
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            # "the dead were 11 civilians": the count is on what they are said to be
            return [c for c in tok.head.children if c.dep_ == "attr"]
        # "12 dead", "left 12 dead", "two others injured"
        if tok.dep_ in ("amod",) and tok.head.pos_ in ("NOUN", "NUM", "PROPN"):
            return [tok.head]
        if tok.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "advmod"):
            # "shot dead a member", "the bomber was shot dead", "two were left dead": who
            # ends up dead is the object or passive subject; the active subject only when
            # there is neither (it is the shooter otherwise)
            if any(c.dep_ == "nummod" for c in tok.children):
                return [tok]  # "left 12 dead"
            around = [c for c in tok.head.children if c.i != tok.i]
            # (the first object only: more are the parser's pieces of a name or appositive)
            undergoers = [c for c in around if c.dep_ in ("dobj", "nsubjpass")][:1]
            return undergoers or [c for c in around if c.dep_ == "nsubj" and _numbered(c)]
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects:
            # "shot dead a peace committee member" parsed around "dead"; only the first
            # object (with its conjuncts) is the victim: more "objects" are the parser's
            # pieces of a name or an appositive ("a cleric of the Jamiat Ulema-e-Islam ...,
            # the latest in a spate")
            return objects[:1]
        nums = [c for c in tok.children if c.dep_ in ("nummod", "npadvmod", "nsubj") or c.like_num]
        return nums
    if lem in ("toll",):
        return [
            p for c in tok.head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ] + [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if _treated_for(tok, _HARM_NOUNS | {"wound", "injury"}):
        # "32 people were being treated for wounds", "doctors treated 12 people for injuries":
        # the people treated are the wounded
        treated = tok.head.head
        return [c for c in treated.children if c.dep_ in ("nsubjpass", "dobj")]
    if lem in ("death", "fatality", "casualty", "injury", "body"):
        return [tok]
    return []


# Verbs whose patients "for wounds/injuries" are the injured.
_TREATED_VERBS = {"treat", "hospitalise", "hospitalize", "admit"}
# Harms that make the people treated for them injured, though no injury word is said ("four
# people were being treated for burns").
_HARM_NOUNS = frozenset({"burn", "burns", "fracture", "shrapnel"})


def _treated_for(tok: Token, nouns: frozenset[str] | set[str]) -> bool:
    """`tok` is the harm in "treated / admitted for <harm>"."""
    return (
        {tok.lemma_.lower(), tok.lower_} & set(nouns) != set()
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and tok.head.head.lemma_.lower() in _TREATED_VERBS
    )


def _whole_toll(part: Token, word: Token) -> Token:
    """The figure of the whole toll when a count names a part of it: "12 of the more than 50
    wounded were in critical condition" counts the 50 wounded (the parser makes "12" the
    subject of "wounded"). Only a figure just before the death or injury word is the toll's:
    "killed one of the two soldiers" counts one."""
    if not part.like_num:
        return part
    for c in part.children:
        if c.dep_ != "prep" or c.lower_ != "of":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and p.i + 1 == word.i and _numbered(p):
                return p
    return part


def _counted_among(dead: Token) -> list[Token]:
    """The figure a part of the dead or wounded is counted by: "five of the dead were women",
    "two of those killed were soldiers" (the number the of-phrase hangs on), and "two
    commanders were among those killed" (the subject of the clause "among" hangs on)."""
    if dead.dep_ != "pobj":
        return []
    prep = dead.head
    if _numbered(dead):
        # "11 of the 56 wounded were in critical condition": the whole toll has its own figure
        return []
    if prep.lower_ == "of" and (prep.head.like_num or prep.head.lower_ in _UNITS):
        return [prep.head]
    if prep.lower_ == "among" and prep.head.pos_ in ("VERB", "AUX"):
        # only a figure: "the driver was among the wounded" names one of a toll told elsewhere
        return [c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") and _numbered(c)]
    return []


def _gapped_count(tok: Token) -> list[Token]:
    """The figure of a participle left without its verb: "11 were killed and four wounded",
    "leaving three policemen wounded" (the parser hangs the figure elsewhere; it is the word
    just before the participle)."""
    if tok.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children):
        return []
    before = tok.doc[tok.i - 1]
    if before.like_num or (before.pos_ == "NOUN" and _numbered(before)):
        return [before]
    return []


def _lives(tok: Token) -> list[Token]:
    """The "lives" object of a verb that takes them ("claimed the lives of seven soldiers")."""
    if tok.lemma_.lower() not in _LIFE_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return []
    return [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "life"]


def _lost_people(tok: Token) -> bool:
    """Whether "lose" counts dead people: "had lost 38 personnel", "lost six soldiers"."""
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in _LOST_PEOPLE
        and any(n.dep_ == "nummod" for n in c.children)
        for c in tok.children
    )


def _wounded_who_died(tok: Token) -> bool:
    """Whether an injury word describes people a death word counts ("four wounded officers
    died in hospital", "two of the wounded later died"): they are dead, not also injured."""
    if tok.dep_ not in ("amod", "acl", "pobj", "nsubj", "nsubjpass", "dobj", "compound"):
        return False  # a predicate of its own: "three were killed and two others injured"
    below = tok
    for up in list(tok.ancestors)[:3]:
        if below.dep_ == "conj":
            return False  # "three were martyred and two others injured": a group of its own
        if up.lemma_.lower() in KILL_LEMMAS and up.pos_ in ("VERB", "AUX"):
            return True
        below = up
    return False


# Marks of a clause set against another: its toll is of the other incident
_CONTRAST_MARKS = {"while", "whereas", "whilst"}


# A year or a month name: the time of an incident of its own, not a weekday of the story's
_DATED_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|january|february|march|april|may|june|july|august|september"
    r"|october|november|december)\b",
    re.I,
)
_TIME_PREPS = {"in", "on", "during"}
# Subjects of a clause that updates the toll of the same incident ("and in March the toll
# rose to 30"), which is no incident of its own
_TOLL_SUBJECTS = {"toll", "number", "death", "figure", "count", "tally"}


def _dated(t: Token) -> bool:
    """Whether a time phrase hanging on `t` names a year or a month ("in 2024", "in August
    2024", "last March")."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in _TIME_PREPS:
            phrase = [d for d in c.subtree if d.i != c.i]
        elif c.dep_ in ("npadvmod", "tmod", "obl") and c.ent_type_ == "DATE":
            phrase = list(c.subtree)
        else:
            continue
        if any(d.ent_type_ == "DATE" for d in phrase) and _DATED_TIME.search(
            " ".join(d.text for d in phrase)
        ):
            return True
    return False


def _names_dated_time(clause: Token, other: Token) -> bool:
    """Whether the words of `clause` outside the clause `other` joined to it name a year or a
    month, wherever the parser hung them ("In 2021 suicide bombers killed ...", with the year
    read into the subject)."""
    inside = {d.i for d in other.subtree}
    return any(
        d.ent_type_ == "DATE" and _DATED_TIME.search(d.text)
        for d in clause.subtree
        if d.i not in inside
    )


def _dated_instance(t: Token) -> bool:
    """Whether `t` heads another dated incident inside an event's clause: a clause joined by
    "and" with a subject and a year or month of its own to a clause dated otherwise ("In 2021
    bombers killed dozens ..., and in 2024 a gunman killed six"; not "violence has risen over
    the past two years, and 700 people were killed in 2025", one trend and its toll), or an
    "including" phrase naming one dated instance of a pattern ("have been attacked repeatedly,
    including in March 2024, when a bomber killed five"). Its toll is that incident's (guide
    §1.6: counts of other incidents are not summed)."""
    if t.dep_ == "conj":
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        return (
            bool(subjects)
            and not any(s.lemma_.lower() in _TOLL_SUBJECTS for s in subjects)
            and _dated(t)
            and _names_dated_time(t.head, t)
        )
    if t.dep_ == "prep" and t.lower_ == "including":
        return any(d.ent_type_ == "DATE" and _DATED_TIME.search(d.text) for d in t.subtree)
    return False


def _separate_incident(tok: Token, region: set[int], roots: set[int]) -> bool:
    """Whether a death or injury word inside an event's clause belongs to another incident told
    beside it ("blew himself up ..., wounding five soldiers, while gunmen shot dead a member of
    a peace committee"; "the bomber was shot dead, but the blast damaged homes, injuring three
    civilians"): a clause set apart by "while"/"whereas", or a "but" clause with a subject of
    its own, below the event's own verb."""
    for t in [tok, *tok.ancestors]:
        if t.i not in region or t.i in roots:
            return False
        if any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in t.children):
            return True
        if (
            t.i != tok.i
            and t.dep_ == "conj"
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
            and any(c.dep_ == "cc" and c.lower_ == "but" for c in t.head.children)
        ):
            return True
    return False


def _in_dated_instance(tok: Token, region: set[int], roots: set[int]) -> bool:
    """Whether a death or injury word inside an event's clause lies in another dated incident
    (`_dated_instance`) below the event's own verb."""
    for t in [tok, *tok.ancestors]:
        if t.i not in region or t.i in roots:
            return False
        if _dated_instance(t):
            return True
    return False


def _earlier_time(tok: Token, region: set[int], roots: set[int]) -> bool:
    """Whether a death or injury word inside an event's clause tells the toll of the earlier
    time a "since" phrase points to ("the deadliest attack since January 2023, when a bomber
    killed 80 people"; "the worst since the 2019 bombing that killed 40")."""
    for t in [tok, *tok.ancestors]:
        if t.i not in region or t.i in roots:
            return False
        if (
            t.dep_ in ("relcl", "advcl")
            and t.head.dep_ == "pobj"
            and t.head.head.lower_ == "since"
            and t.head.head.i in region
        ):
            return True
    return False


def _killed_or_wounded(tok: Token) -> bool:
    """Whether a death or injury word is joined by "or" to one of the other kind."""
    kinds = (KILL_LEMMAS, INJURE_LEMMAS)

    def kind(t: Token) -> int | None:
        return next((k for k, words in enumerate(kinds) if t.lemma_.lower() in words), None)

    mine = kind(tok)
    pairs = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        pairs.append(tok.head)
    for other in pairs:
        first = min(tok, other, key=lambda t: t.i)
        joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" for c in first.children)
        if joined_by_or and kind(other) is not None and kind(other) != mine:
            return True
    return False


# Prepositions of a phrase telling an earlier or surrounding event ("following raids that
# killed nine militants, ...")
_EARLIER_PREPS = {"after", "following", "amid", "despite", "since", "before"}


# Victim nouns of the armed side an operation is against, and of the side it is done by or
# the people it hits: a sentence counting both tells two directed acts (guide §1.6)
_HOSTILE_VICTIMS = {
    "militant",
    "attacker",
    "insurgent",
    "terrorist",
    "gunman",
    "bomber",
    "assailant",
    "khawarij",
    "kharijite",
    "rebel",
}
_OWN_VICTIMS = {
    "soldier",
    "officer",
    "policeman",
    "personnel",
    "troop",
    "guard",
    "commando",
    "civilian",
    "worshipper",
    "passenger",
    "child",
    "woman",
}


def _side(heads: list[Token]) -> str | None:
    """Which side the victim phrases name: "hostile" (militants, attackers), "own" (soldiers,
    police, civilians), or None when they name neither or both."""
    sides = set()
    for h in heads:
        for t in _with_conj(h):
            lem = t.lemma_.lower()
            if lem in _HOSTILE_VICTIMS:
                sides.add("hostile")
            elif lem in _OWN_VICTIMS:
                sides.add("own")
    return sides.pop() if len(sides) == 1 else None


def _later_first(span: Span) -> list[Token]:
    """The words of `span`, those of a phrase telling an earlier event ("Following raids that
    killed nine militants, a bomber struck ..., leaving 17 dead") after the rest: read over a
    whole sentence, the toll of the sentence's own act comes first, the earlier one only when
    the sentence gives no other."""
    earlier: set[int] = set()
    for t in span:
        if t.dep_ == "prep" and t.lower_ in _EARLIER_PREPS and t.i not in earlier:
            earlier |= {d.i for d in t.subtree}
    return [t for t in span if t.i not in earlier] + [t for t in span if t.i in earlier]


def parse_casualties(span: Span, *, tokens: list[Token] | None = None) -> Casualties:
    """Fatalities and injured counted in `span` (a sentence or a clause).

    `tokens`, when given, limits the death/injury words looked at (e.g. to one event's clause).
    """
    out = Casualties()
    used: set[int] = set()
    words = tokens if tokens is not None else _later_first(span)
    region = {t.i for t in words}
    region_roots = {t.i for t in words if t.head.i not in region or t.head.i == t.i}
    low = span.text.lower()
    counted_side: tuple[str, str] | None = None  # (side, kind) of the first sided count
    for tok in words:
        lem = tok.lemma_.lower()
        low_tok = tok.lower_
        kind = None
        if lem in KILL_LEMMAS or low_tok in KILL_LEMMAS:
            if lem == "lose" and not (
                any(c.lemma_.lower() in ("life",) for c in tok.children) or _lost_people(tok)
            ):
                continue
            if lem == "body" and tok.head.lemma_.lower() not in _BODY_VERBS:
                continue
            kind = "fatalities"
        elif _lives(tok):
            kind = "fatalities"
        elif lem in INJURE_LEMMAS or low_tok in INJURE_LEMMAS or _treated_for(tok, _HARM_NOUNS):
            kind = "injured"
        if kind is None:
            continue
        if kind == "injured" and _wounded_who_died(tok):
            continue
        if tokens is not None and _earlier_time(tok, region, region_roots):
            # the clause's own act has no toll here, and the sentence's toll is the earlier
            # incident's, not one to fall back on
            note = (
                "a toll of the earlier incident a 'since' phrase points to, left to its own event"
            )
            if note not in out.notes:
                out.notes.append(note)
            continue
        if tokens is not None and _separate_incident(tok, region, region_roots):
            continue
        if tokens is not None and _in_dated_instance(tok, region, region_roots):
            # like the 'since' phrase above: the sentence's toll is that incident's, not one
            # for the clause's own act to fall back on
            note = "a toll of another dated incident in the clause, left to its own event"
            if note not in out.notes:
                out.notes.append(note)
            continue
        if lem == "casualty":
            continue
        if _killed_or_wounded(tok):
            # "40 people had been killed or wounded": one figure for both, neither count
            combined = "a combined count of dead and wounded, no number recorded"
            if combined not in out.notes:
                out.notes.append(combined)
            used |= {t.i for h in _victims(tok) for t in _with_conj(h)}
            continue
        heads = [h for h in _victims(tok) if h.i not in used]
        value, vague, got = _count(heads, singles=tok.pos_ in ("VERB", "AUX", "ADJ"))
        used |= got
        side = _side(heads)
        if value is not None and side is not None:
            if counted_side is not None and side != counted_side[0] and kind != counted_side[1]:
                # "three militants were killed in a gun battle and two intelligence officers
                # were wounded": the other side's losses of the other kind belong to the
                # reversed row (§1.6). Deaths on both sides ("two attackers were killed and
                # three worshippers died") stay one toll: which side the act hit is not known
                # here.
                out.notes.append(
                    f"{kind}: a further count ({value}), the other side's, left to its own event"
                )
                continue
            counted_side = (side, kind)
        if (
            value is None
            and not vague
            and (
                any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("no", "none", "nobody")
                    for c in tok.children
                )
                or any(z in low for z in _ZERO_SUBJECTS)
                and kind == "fatalities"
                and lem in ("kill", "die", "hurt", "injure")
            )
        ):
            value = 0
        if value is not None:
            current = getattr(out, kind)
            if current is None:
                setattr(out, kind, value)
            else:
                # "23 militants had been killed, and four soldiers had died", "six soldiers
                # were martyred ... troops killed 11 attackers": a second death word counts
                # another side's dead, which belong to their own directed event (guide §1.6)
                out.notes.append(f"{kind}: a further count ({value}) left to its own event")
        elif vague:
            out.notes.append(f"{kind}: vague count '{vague}', no number recorded")
    return out
