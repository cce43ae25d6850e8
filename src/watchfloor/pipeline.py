"""The analysis pipeline: text → spaCy parse → actor/place linking → events and claims.

The pipeline is a list of named, versioned components (spaCy style). Its only input is plain
text with a little metadata and its only output is a `DocumentAnalysis` of plain records, so the
same object runs in-process, in worker processes and inside Dask tasks.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache, cached_property
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from watchfloor.records import Actor, DocumentAnalysis

if TYPE_CHECKING:
    from watchfloor.kb.actors import KnowledgeBase
    from watchfloor.kb.gazetteer import Gazetteer


@dataclass
class PipelineInput:
    text: str
    published: str | None = None  # ISO 8601
    title: str | None = None
    language: str | None = None


def parse_published(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None


# Thread-count controls of the OpenBLAS builds numpy ships with (scipy-openblas, 64- and
# 32-bit integer builds) and of a system OpenBLAS numpy may be linked against.
_OPENBLAS_SYMBOLS = (
    ("scipy_openblas_get_num_threads64_", "scipy_openblas_set_num_threads64_"),
    ("scipy_openblas_get_num_threads", "scipy_openblas_set_num_threads"),
    ("openblas_get_num_threads64_", "openblas_set_num_threads64_"),
    ("openblas_get_num_threads", "openblas_set_num_threads"),
)


@cache
def _openblas_threads() -> tuple[Callable[[], int], Callable[[int], None]] | None:
    """(get, set) of numpy's OpenBLAS thread count, or None when it cannot be found (another
    BLAS, another platform's layout): then nothing is changed."""
    import numpy

    site = Path(numpy.__file__).parent
    for path in sorted(
        [*site.parent.glob("numpy.libs/*openblas*"), *site.glob(".dylibs/*openblas*")]
    ):
        try:
            lib = ctypes.CDLL(str(path))
        except OSError:
            continue
        for get_name, set_name in _OPENBLAS_SYMBOLS:
            get, set_ = getattr(lib, get_name, None), getattr(lib, set_name, None)
            if get is not None and set_ is not None:
                get.restype, set_.argtypes = ctypes.c_int, [ctypes.c_int]
                return get, set_
    return None


@contextmanager
def single_threaded_blas() -> Iterator[None]:
    """Run numpy's matrix products on one thread inside the block.

    The analysis of one document is single-threaded by design (parallelism comes from
    worker processes, and the ONNX session runs on one thread), but OpenBLAS starts a
    thread per core for the proposition matcher's small (claims × exemplars) products, and
    its idle threads spin: on a busy machine that cost more CPU time than the products
    themselves. Products may differ in the last bit of a float, no more (the
    matcher's decisions did not change on the bench corpus or the dev sets). A user's own
    OPENBLAS_NUM_THREADS or OMP_NUM_THREADS is left alone.
    """
    control = None
    if not (os.environ.get("OPENBLAS_NUM_THREADS") or os.environ.get("OMP_NUM_THREADS")):
        control = _openblas_threads()
    before = control[0]() if control is not None else 1
    if control is None or before <= 1:
        yield
        return
    control[1](1)
    try:
        yield
    finally:
        control[1](before)


class Pipeline:
    """Loads the models and rule files once; analyses many documents.

    Construction is cheap; the spaCy model, knowledge base, gazetteer and embedding model load
    lazily on first use, so a CLI command that never analyses text never pays for them.
    """

    def __init__(
        self,
        *,
        model: str | None = None,
        extra_actors: Iterable[Actor] = (),
        extra_aliases: Iterable[tuple[str, str]] = (),
        batch_size: int = 16,
    ) -> None:
        self.model_name = model
        self.extra_actors = list(extra_actors)
        self.extra_aliases = list(extra_aliases)
        self.batch_size = batch_size

    @cached_property
    def kb(self) -> KnowledgeBase:
        from watchfloor.kb.actors import KnowledgeBase

        kb = KnowledgeBase.load()
        kb.add_actors(self.extra_actors)
        for actor_id, alias in self.extra_aliases:
            kb.add_alias(actor_id, alias)
        return kb

    @cached_property
    def gazetteer(self) -> Gazetteer:
        from watchfloor.kb.gazetteer import Gazetteer

        return Gazetteer.load()

    @cached_property
    def nlp(self) -> Any:
        from watchfloor.nlp.pipeline import load_nlp

        return load_nlp(self.kb, self.gazetteer, model=self.model_name)

    @cached_property
    def linker(self) -> Any:
        from watchfloor.kb.linker import Linker

        return Linker(self.kb, self.gazetteer)

    @cached_property
    def event_extractor(self) -> Any:
        from watchfloor.extract.events import EventExtractor

        return EventExtractor()

    @cached_property
    def claim_extractor(self) -> Any:
        from watchfloor.extract.claims import ClaimExtractor

        # The pipeline's knowledge base (with the analysts' extra actors), instead of a
        # second copy loaded mid-run.
        return ClaimExtractor(kb=self.kb)

    @cached_property
    def proposition_matcher(self) -> Any:
        from watchfloor.analyze.propositions import PropositionMatcher

        return PropositionMatcher.load()

    def _commitments(self, linked: Any, claims: list[Any], events: list[Any]) -> list[Any]:
        from watchfloor.analyze.commitments import extract_commitments

        return extract_commitments(linked, claims, events)

    def versions(self) -> dict[str, str]:
        from watchfloor.extract.claims import ClaimExtractor
        from watchfloor.extract.events import EventExtractor
        from watchfloor.kb.linker import Linker
        from watchfloor.nlp.pipeline import NLP_VERSION

        kb = self.kb.version
        if os.environ.get("WATCHFLOOR_PLACES_EXTRA_SKIP_SMALL") == "1":
            # the evaluation-only gazetteer without its curated towns links places differently:
            # what it stores must not pass for the normal pipeline's output (`reprocess`)
            kb += "+places-skip-small"
        return {
            "nlp": NLP_VERSION,
            "spacy_model": self.nlp.meta.get("name", "?") + "-" + self.nlp.meta.get("version", "?"),
            "kb": kb,
            "linker": Linker.VERSION,
            "events": EventExtractor.NAME + "@" + EventExtractor.VERSION,
            # the instance's version carries its cue files (claims.yaml, factuality.yaml), not
            # only the code's; the matcher's carries the proposition catalogue and its model:
            # an edit to any of them changes what is stored, so it must trigger `reprocess`
            "claims": ClaimExtractor.NAME + "@" + self.claim_extractor.version,
            "propositions": self.proposition_matcher.version,
        }

    @property
    def version(self) -> str:
        """One string that changes whenever any component's version does (drives `reprocess`)."""
        parts = self.versions()
        return ";".join(f"{k}={parts[k]}" for k in sorted(parts))

    def analyze(
        self, text: str, *, published: str | None = None, title: str | None = None
    ) -> DocumentAnalysis:
        return next(iter(self.analyze_many([PipelineInput(text, published, title)])))

    def analyze_many(self, items: Iterable[PipelineInput]) -> Iterator[DocumentAnalysis]:
        """Analyse documents in chunks of `batch_size`: spaCy parses a chunk at once and the
        claims of the whole chunk are embedded in one call (the embedding model is the most
        expensive step after parsing, and it is far cheaper per sentence in large batches)."""
        versions = self.versions()
        iterator = iter(items)
        while chunk := list(islice(iterator, self.batch_size)):
            # The block ends before the first `yield`: the caller's own work between chunks
            # keeps its thread settings.
            with single_threaded_blas():
                analyses = list(self._analyze_chunk(chunk, versions))
            yield from analyses

    def _analyze_chunk(
        self, chunk: list[PipelineInput], versions: dict[str, str]
    ) -> Iterator[DocumentAnalysis]:
        docs = self.nlp.pipe((item.text for item in chunk), batch_size=self.batch_size)
        staged = []
        for item, doc in zip(chunk, docs, strict=True):
            linked = self.linker.link(
                doc, published=parse_published(item.published), title=item.title
            )
            staged.append(
                (
                    item,
                    linked,
                    self.event_extractor.extract(linked),
                    self.claim_extractor.extract(linked),
                )
            )
        # Decided per document: a claim that only points back ("rejected the accusation") may
        # take the proposition of an earlier claim of its own article, never of the article
        # before it in the chunk. The chunk's sentences are embedded together (fuller, less
        # padded batches); embeddings do not depend on the batch, so nothing else moves.
        self.proposition_matcher.assign_many([claims for *_, claims in staged])
        for item, linked, events, claims in staged:
            yield DocumentAnalysis(
                actor_mentions=linked.actor_mentions,
                place_mentions=linked.place_mentions,
                events=events,
                claims=claims,
                # every provisional actor the document refers to, not only those first seen in
                # it: a long-lived pipeline may write to several databases
                new_actors=[a for a in linked.actors.values() if a.provisional],
                places=list(linked.places.values()),
                commitments=self._commitments(linked, claims, events),
                focus_countries=linked.focus_countries,
                versions=versions,
                language=item.language,
            )
