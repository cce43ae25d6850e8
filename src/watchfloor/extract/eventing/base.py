"""The attributes `EventExtractor.__init__` sets, declared once so each stage mixin (and mypy)
knows them, and `_Group`, the candidates one event is built from. No behaviour lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from watchfloor.extract.recipients import RecipientCues
from watchfloor.extract.trigger_model import TriggerModel
from watchfloor.extract.triggers import Candidate, Lexicon, TriggerMatcher

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass
class _Group:
    members: list[Candidate]
    main: Candidate
    type: str
    mode: str | None = None
    conf: float = 0.5
    notes: list[str] = field(default_factory=list)
    factuality: str | None = None  # forced by an intent rule
    trigger_tokens: list[Token] | None = None  # overrides the main token (demand-by-statement)
    # an act noun with its own doer under another side's verb ("repelled an attack by the
    # TTP"): its arguments and casualties are the noun's own
    own_noun: bool = False


class ExtractorBase:
    """What every stage of the event coder reads from the extractor itself (set in
    `EventExtractor.__init__`)."""

    lexicon: Lexicon
    trigger_model: TriggerModel | None
    recipient_cues: RecipientCues
    _matcher: TriggerMatcher | None
    _vocab: object | None
    _speech_verbs: frozenset[str]
    # a method of `EventExtractor` (the shared trigger matcher for a vocabulary); declared so
    # helpers typed with `ExtractorBase` may call it
    _matcher_for: Callable[[object], TriggerMatcher]
