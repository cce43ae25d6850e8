"""Admiralty grading (NATO AJP-2.1 / STANAG 2511) of claims and reports.

Two independent letters/digits:

* **Source reliability** A–F: a judgement about the *source* (the outlet or the speaker) that
  only an analyst can make. Watchfloor never guesses it: the default is **F** ("reliability
  cannot be judged") until the user sets a grade for a source.
* **Information credibility** 1–6: how far the *information* is confirmed. Watchfloor proposes
  a default from what it can count: how many independent sources carry it (near-duplicate
  syndicated copies count once), whether it is hedged or only alleged, and whether other
  sources contradict it. The analyst can override it.

All functions here are pure (no database, no model) so the store, the API and the briefing
call them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

RELIABILITY: dict[str, str] = {
    "A": "Completely reliable",
    "B": "Usually reliable",
    "C": "Fairly reliable",
    "D": "Not usually reliable",
    "E": "Unreliable",
    "F": "Reliability cannot be judged",
}
CREDIBILITY: dict[int, str] = {
    1: "Confirmed by other sources",
    2: "Probably true",
    3: "Possibly true",
    4: "Doubtful",
    5: "Improbable",
    6: "Truth cannot be judged",
}
DEFAULT_RELIABILITY = "F"
# Factuality values that describe something not (yet) established as having happened.
_WEAK_FACTUALITY = {"alleged", "hypothetical"}
_WORD_RE = re.compile(r"\w+")


class GradingError(ValueError):
    """An invalid Admiralty grade was given."""


def source_reliability(user_grade: str | None = None) -> str:
    """The source grade: the analyst's `user_grade` if given, else F."""
    if user_grade is None or not str(user_grade).strip():
        return DEFAULT_RELIABILITY
    grade = str(user_grade).strip().upper()
    if grade not in RELIABILITY:
        raise GradingError(f"source reliability must be one of A–F, got {user_grade!r}")
    return grade


def _shingles(text: str, size: int = 3) -> set[tuple[str, ...]]:
    words = _WORD_RE.findall(text.lower())
    if len(words) < size:
        return {tuple(words)} if words else set()
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def text_similarity(a: str, b: str) -> float:
    """Word 3-gram Jaccard similarity of two texts (1.0 for copies, 0.0 for nothing shared)."""
    sa, sb = _shingles(a), _shingles(b)
    union = sa | sb
    return len(sa & sb) / len(union) if union else 0.0


def independent_sources(
    reports: Iterable[tuple[str | None, str]], *, near_duplicate: float = 0.8
) -> int:
    """How many independent sources carry a piece of information.

    `reports` are (source name, text) pairs — e.g. the outlet of each document in which the
    same claim was found, with the document or sentence text. The same source counts once;
    texts whose word 3-gram Jaccard similarity is at least `near_duplicate` are copies of one
    story (syndication) and count once whatever outlet ran them.
    """
    kept: list[tuple[str | None, set[tuple[str, ...]]]] = []
    for source, text in reports:
        shingles = _shingles(text)
        duplicate = False
        for other_source, other in kept:
            if source is not None and source == other_source:
                duplicate = True
                break
            union = shingles | other
            if union and len(shingles & other) / len(union) >= near_duplicate:
                duplicate = True
                break
        if not duplicate:
            kept.append((source, shingles))
    return len(kept)


def information_credibility(
    *,
    sources: int,
    hedged: bool = False,
    factuality: str = "asserted",
    contradicting_sources: int = 0,
    user_grade: int | None = None,
) -> int:
    """Default credibility 1–6 from corroboration and hedging.

    * no source at all → 6 (cannot be judged);
    * contradicted by more independent sources than support it → 5 (improbable);
    * hedged, only alleged, or contradicted at all → 4 (doubtful), or 3 when at least three
      independent sources still carry it;
    * otherwise by corroboration: one source → 3, two → 2, three or more → 1.
    """
    if user_grade is not None:
        if user_grade not in CREDIBILITY:
            raise GradingError(f"information credibility must be 1–6, got {user_grade!r}")
        return user_grade
    if sources <= 0:
        return 6
    if contradicting_sources > sources:
        return 5
    if hedged or factuality in _WEAK_FACTUALITY or contradicting_sources:
        return 3 if sources >= 3 else 4
    if sources >= 3:
        return 1
    if sources == 2:
        return 2
    return 3


def admiralty(reliability: str, credibility: int) -> str:
    """The combined code, e.g. ``"F3"``."""
    reliability = source_reliability(reliability)
    if credibility not in CREDIBILITY:
        raise GradingError(f"information credibility must be 1–6, got {credibility!r}")
    return f"{reliability}{credibility}"


def describe(code: str) -> str:
    """``"B2"`` → ``"Usually reliable; probably true"``."""
    if len(code) != 2 or not code[1].isdigit():
        raise GradingError(f"an Admiralty code is a letter and a digit, got {code!r}")
    letter, digit = source_reliability(code[0]), int(code[1])
    if digit not in CREDIBILITY:
        raise GradingError(f"information credibility must be 1–6, got {digit}")
    return f"{RELIABILITY[letter]}; {CREDIBILITY[digit].lower()}"


def grade_claim_group(
    reports: Sequence[tuple[str | None, str, bool, str]],
    *,
    contradicting: Sequence[tuple[str | None, str]] = (),
    reliability: str | None = None,
) -> str:
    """Admiralty code for one piece of information seen in several reports.

    `reports` are (source, text, hedged, factuality) for every claim carrying it;
    `contradicting` are (source, text) of claims that deny it. Hedging counts when every
    report is hedged (one firm report is enough to lift it).
    """
    supporting = independent_sources((s, t) for s, t, _, _ in reports)
    against = independent_sources(contradicting) if contradicting else 0
    hedged = bool(reports) and all(h for _, _, h, _ in reports)
    weak = bool(reports) and all(f in _WEAK_FACTUALITY for _, _, _, f in reports)
    credibility = information_credibility(
        sources=supporting,
        hedged=hedged,
        factuality="alleged" if weak else "asserted",
        contradicting_sources=against,
    )
    return admiralty(source_reliability(reliability), credibility)
