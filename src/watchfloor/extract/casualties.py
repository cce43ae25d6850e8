"""Fatality and injury counts from the words of a sentence.

Reads the dependency parse around death and injury words ("killing two and wounding three",
"at least 12 soldiers were martyred", "two policemen died", "the death toll rose to 30") and
turns number words into integers. Vague quantities ("dozens", "scores of", "several") give no
number but a note, so the analyst sees why the count is empty.
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
        if parts and any(
            c.lower_ in _RANGE_WORDS and c.dep_ in ("quantmod", "prep", "cc") for c in tok.children
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
    if tok.lower_ in ("dozens", "scores", "hundreds", "thousands"):
        return None, tok.lower_
    return None, None


def _with_conj(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_with_conj(c))
    return out


def _count(heads: list[Token]) -> tuple[int | None, str | None, set[int]]:
    total, vague, used = None, None, set()
    for h in heads:
        for t in _with_conj(h):
            value, v = _number_phrase(t)
            if value is not None:
                total = (total or 0) + value
                used.add(t.i)
            elif v:
                vague = v
    return total, vague, used


def _victims(tok: Token) -> list[Token]:
    """The noun phrases a death/injury word counts."""
    lem = tok.lemma_.lower()
    if tok.pos_ in ("VERB", "AUX"):
        passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if passive:
            return passive
        if lem in ("die", "perish", "martyr") or tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod"):
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            if tok.dep_ in ("acl", "amod") and not subj:
                return [tok.head]
            return subj
        if lem == "lose":
            return [c for c in tok.children if c.dep_ == "nsubj"]
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if objs:
            return objs
        if tok.dep_ in ("acl", "relcl", "amod"):
            return [tok.head]
        # Elided passive: "25 were killed and 40 injured".
        if tok.tag_ == "VBN":
            return [c for c in tok.children if c.dep_ == "nsubj" and c.like_num]
        return []
    if tok.pos_ == "ADJ" or tok.tag_ == "VBN":
        # "12 dead", "left 12 dead", "two others injured"
        if tok.dep_ in ("amod",) and tok.head.pos_ in ("NOUN", "NUM", "PROPN"):
            return [tok.head]
        if tok.dep_ in ("oprd", "xcomp", "acomp", "ccomp"):
            h = tok.head
            return [
                c for c in h.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.i != tok.i
            ]
        nums = [c for c in tok.children if c.dep_ in ("nummod", "npadvmod", "nsubj") or c.like_num]
        return nums
    if lem in ("toll",):
        return [
            p for c in tok.head.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ] + [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    if lem in ("death", "fatality", "casualty", "injury", "body"):
        return [tok]
    return []


def parse_casualties(span: Span, *, tokens: list[Token] | None = None) -> Casualties:
    """Fatalities and injured counted in `span` (a sentence or a clause).

    `tokens`, when given, limits the death/injury words looked at (e.g. to one event's clause).
    """
    out = Casualties()
    used: set[int] = set()
    words = tokens if tokens is not None else list(span)
    low = span.text.lower()
    for tok in words:
        lem = tok.lemma_.lower()
        low_tok = tok.lower_
        kind = None
        if lem in KILL_LEMMAS or low_tok in KILL_LEMMAS:
            if lem == "lose" and not any(c.lemma_.lower() in ("life",) for c in tok.children):
                continue
            if lem == "body" and not any(
                c.lemma_.lower() in ("recover", "find", "retrieve") for c in [tok.head]
            ):
                continue
            kind = "fatalities"
        elif lem in INJURE_LEMMAS or low_tok in INJURE_LEMMAS:
            kind = "injured"
        if kind is None:
            continue
        if lem == "casualty":
            continue
        heads = [h for h in _victims(tok) if h.i not in used]
        value, vague, got = _count(heads)
        used |= got
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
