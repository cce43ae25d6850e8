"""The batch runner: read inputs → clean → dedup → analyse → store, in bounded batches.

Input is streamed and handled in batches of `batch_size` documents; each batch is analysed (in
this process, in local worker processes or on a Dask cluster) and then written in one
transaction, so a crash or Ctrl-C leaves every stored document whole and a re-run resumes
where it stopped (exact duplicates are recognised by the SHA-256 of the cleaned text).
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from sqlalchemy import Engine, select

from watchfloor.pipeline import Pipeline, PipelineInput
from watchfloor.records import Actor, DocumentAnalysis, RawDocument
from watchfloor.store import models as m
from watchfloor.store import repository
from watchfloor.store.db import ensure_schema, session_scope


@dataclass
class IngestSummary:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    events: int = 0
    claims: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "stored": self.stored,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "errors": len(self.errors),
            "error_messages": self.errors,
            "events": self.events,
            "claims": self.claims,
        }


# ---------------------------------------------------------------- analysis executors


Knowledge = tuple[tuple[Actor, ...], tuple[tuple[str, str], ...]]
_PIPELINES: dict[bytes, Pipeline] = {}


def _process_pipeline(knowledge: Knowledge = ((), ())) -> Pipeline:
    """One pipeline per process and knowledge state: worker processes and Dask workers load
    the models once, and again only when the analysts' KB edits change."""
    key = pickle.dumps(knowledge)
    if key not in _PIPELINES:
        _PIPELINES.clear()
        _PIPELINES[key] = Pipeline(extra_actors=knowledge[0], extra_aliases=knowledge[1])
    return _PIPELINES[key]


def analyze_batch(
    items: list[PipelineInput], knowledge: Knowledge = ((), ())
) -> list[DocumentAnalysis]:
    """The unit of work shipped to workers: plain inputs in, plain records out."""
    return list(_process_pipeline(knowledge).analyze_many(items))


def pipeline_for(engine: Engine) -> Pipeline:
    """The pipeline with the analysts' own actors and aliases from the database."""
    return _process_pipeline(knowledge_of(engine))


def knowledge_of(engine: Engine) -> Knowledge:
    from watchfloor.kb_edit import user_knowledge

    actors, aliases = user_knowledge(engine)
    return tuple(actors), tuple(aliases)


Analyzer = Callable[[list[list[PipelineInput]]], Iterator[list[DocumentAnalysis]]]


def local_analyzer(pipeline: Pipeline) -> Analyzer:
    def run(chunks: list[list[PipelineInput]]) -> Iterator[list[DocumentAnalysis]]:
        for chunk in chunks:
            yield list(pipeline.analyze_many(chunk))

    return run


def dask_analyzer(client: Any, knowledge: Knowledge = ((), ())) -> Analyzer:
    """Runs `analyze_batch` on a Dask cluster; results come back in input order."""

    def run(chunks: list[list[PipelineInput]]) -> Iterator[list[DocumentAnalysis]]:
        futures = client.map(analyze_batch, chunks, knowledge=knowledge, pure=False)
        for future in futures:
            yield future.result()

    return run


def dask_client(address: str | None, workers: int) -> Any:
    """A client for `--dask ADDRESS`, or a local cluster of `workers` processes."""
    from dask.distributed import Client, LocalCluster

    from watchfloor.errors import UserError

    if address:
        try:
            return Client(address, timeout="15s")
        except OSError as exc:
            raise UserError("W010", f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    cluster = LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=40,
    )
    return Client(cluster)


# ---------------------------------------------------------------- the runner


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _batches(stream: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(stream)
    while batch := list(islice(iterator, size)):
        yield batch


class NearDuplicateTracker:
    """Keeps the MinHash index of stored documents (loaded once per run from the database)."""

    def __init__(self, engine: Engine) -> None:
        from watchfloor.ingest import NearDuplicateIndex

        self.index = NearDuplicateIndex()
        with session_scope(engine) as session:
            rows = session.execute(
                select(m.Document.id, m.Document.minhash, m.Document.duplicate_of)
            )
            for doc_id, signature, dup in rows:
                if signature and dup is None:
                    self.index.add(str(doc_id), signature)

    def check(self, text: str) -> tuple[list[int], int | None]:
        signature = self.index.signature(text)
        match = self.index.query(signature)
        return signature, int(match) if match is not None else None

    def add(self, doc_id: int, signature: list[int]) -> None:
        self.index.add(str(doc_id), signature)


def ingest(
    inputs: Sequence[str],
    engine: Engine,
    *,
    source: str | None = None,
    pipeline: Pipeline | None = None,
    analyzer: Analyzer | None = None,
    batch_size: int = 64,
    analyze: bool = True,
    on_progress: Callable[[IngestSummary], None] | None = None,
    on_error: Callable[[str], None] | None = None,
    stdin: Any = None,
    meta: dict[str, Any] | None = None,
) -> IngestSummary:
    from watchfloor.ingest import InputError, clean_text, read_inputs, sha256_text

    ensure_schema(engine)
    summary = IngestSummary()
    pipeline = pipeline or pipeline_for(engine)
    if analyze:
        sync_reference_data(engine, pipeline)
    run_analysis = analyzer or local_analyzer(pipeline)
    version = pipeline.version if analyze else None
    neardup = NearDuplicateTracker(engine)

    stream = read_inputs(list(inputs), source=source, stdin=stdin)
    for batch in _batches(stream, batch_size):
        prepared: list[tuple[RawDocument, str, list[int], int | None]] = []
        batch_hashes: set[str] = set()
        for item in batch:
            if isinstance(item, InputError):
                summary.errors.append(str(item))
                if on_error:
                    on_error(str(item))
                continue
            summary.read += 1
            if meta:
                item.meta = {**(item.meta or {}), **meta}
            item.text = clean_text(item.text)
            if not item.text.strip():
                message = str(InputError(item.origin, "empty document after cleaning"))
                summary.errors.append(message)
                if on_error:
                    on_error(message)
                continue
            digest = sha256_text(item.text)
            if digest in batch_hashes:
                summary.duplicates += 1
                continue
            batch_hashes.add(digest)
            prepared.append((item, digest, *neardup.check(item.text)))

        with session_scope(engine) as session:
            known = set(
                session.scalars(
                    select(m.Document.sha256).where(m.Document.sha256.in_([p[1] for p in prepared]))
                )
            )
        fresh = [p for p in prepared if p[1] not in known]
        summary.duplicates += len(prepared) - len(fresh)

        analyses: list[DocumentAnalysis | None] = [None] * len(fresh)
        if analyze and fresh:
            inputs_ = [
                PipelineInput(raw.text, raw.published, raw.title, raw.language) for raw, *_ in fresh
            ]
            chunk_size = max(1, min(16, len(inputs_)))
            results = [a for chunk in run_analysis(_chunks(inputs_, chunk_size)) for a in chunk]
            analyses = list(results)

        stored_ids: list[int] = []
        # one transaction per batch: every document of the batch is stored whole, or none is
        with session_scope(engine) as session:
            for (raw, digest, signature, near), analysis in zip(fresh, analyses, strict=True):
                # a near-duplicate earlier in this same batch is not in the index yet
                doc = repository.add_document(
                    session, raw, sha256=digest, minhash=signature, duplicate_of=near
                )
                if doc is None:
                    summary.duplicates += 1
                    continue
                summary.stored += 1
                stored_ids.append(doc.id)
                if near is not None:
                    summary.near_duplicates += 1
                else:
                    neardup.add(doc.id, signature)
                if analysis is not None:
                    repository.save_analysis(session, doc, analysis, version=version or "")
                    summary.events += len(analysis.events)
                    summary.claims += len(analysis.claims)
        if analyze and stored_ids:
            evaluate_watches(engine, stored_ids)
        if on_progress:
            on_progress(summary)

    with session_scope(engine) as session:
        session.add(
            m.IngestRun(
                inputs=list(inputs),
                stored=summary.stored,
                duplicates=summary.duplicates,
                near_duplicates=summary.near_duplicates,
                errors=len(summary.errors),
            )
        )
    if analyze and summary.stored:
        link_across_documents(engine)
    return summary


def link_across_documents(engine: Engine) -> None:
    """Cross-document grouping: incidents (one event, many reports) and commitments."""
    from watchfloor.analyze.commitment_ledger import link_commitments
    from watchfloor.analyze.incidents import link_incidents

    link_incidents(engine)
    link_commitments(engine)


def evaluate_watches(engine: Engine, doc_ids: list[int]) -> None:
    """Match the analysts' watchlists against what was just stored (alerts)."""
    from watchfloor.analyze.alerts import evaluate_watches as run_watches

    with session_scope(engine) as session:
        run_watches(session, doc_ids)


def sync_reference_data(engine: Engine, pipeline: Pipeline) -> None:
    """Mirror the curated KB actors and the known propositions into the database."""
    with session_scope(engine) as session:
        repository.sync_knowledge_base(session, pipeline.kb.all())
        repository.sync_propositions(session, pipeline.proposition_matcher.propositions)


def reprocess(
    engine: Engine,
    *,
    everything: bool = False,
    pipeline: Pipeline | None = None,
    analyzer: Analyzer | None = None,
    batch_size: int = 64,
    on_progress: Callable[[int, int], None] | None = None,
) -> int:
    """Re-run extraction over stored documents whose analysis is stale (or all of them)."""
    ensure_schema(engine)
    pipeline = pipeline or pipeline_for(engine)
    sync_reference_data(engine, pipeline)
    version = pipeline.version
    run_analysis = analyzer or local_analyzer(pipeline)
    with session_scope(engine) as session:
        stmt = select(m.Document.id)
        if not everything:
            stmt = stmt.where(
                (m.Document.analysis_version.is_(None)) | (m.Document.analysis_version != version)
            )
        ids = list(session.scalars(stmt.order_by(m.Document.id)))
    done = 0
    for id_batch in _batches(ids, batch_size):
        with session_scope(engine) as session:
            docs = list(
                session.scalars(
                    select(m.Document).where(m.Document.id.in_(id_batch)).order_by(m.Document.id)
                )
            )
            inputs_ = [PipelineInput(d.text, d.published, d.title, d.language) for d in docs]
            results = [a for chunk in run_analysis(_chunks(inputs_, 16)) for a in chunk]
            for doc, analysis in zip(docs, results, strict=True):
                repository.save_analysis(session, doc, analysis, version=version)
        done += len(id_batch)
        if on_progress:
            on_progress(done, len(ids))
    link_across_documents(engine)
    return done


def default_workers() -> int:
    return max(1, (os.cpu_count() or 1))
