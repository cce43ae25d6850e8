"""The attributes `Linker.__init__` sets, declared once so each stage mixin (and mypy)
knows them: the knowledge base, the gazetteer, the provisional actors and the lookup tables
built from the knowledge base's titles, cues and names. No behaviour lives here.
"""

from __future__ import annotations

from watchfloor.kb.actors import KnowledgeBase
from watchfloor.kb.gazetteer import Gazetteer
from watchfloor.records import Actor


class LinkerBase:
    """What every stage of the linker reads from the linker itself (set in `Linker.__init__`)."""

    kb: KnowledgeBase
    gazetteer: Gazetteer
    _provisional_views: dict[str, Actor] | None  # the document's own, while `link` runs
    _press_offices: dict[tuple[str, str, tuple[str, ...]], bool]
    _titles: list[str]
    _cues: list[tuple[str, str]]
    _titles_by_first: dict[str, list[tuple[str, list[str]]]]
    _titles_wordless: list[str]
    _cue_roles: dict[str, str]
    _cues_by_len: dict[int, dict[str, str]]
    _names: dict[str, Actor]
    _surnames: dict[str, set[str]]
    _titles_of: dict[str, list[str]]
    _fuzzy_choices: dict[str, str]
