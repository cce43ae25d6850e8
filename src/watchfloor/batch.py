"""The batch runner: read inputs → clean → dedup → analyse → store, in bounded batches.

Input is streamed and handled in batches of `batch_size` documents; each batch is analysed (in
this process, in local worker processes or on a Dask cluster) and then written in one
transaction, so a crash or Ctrl-C leaves every stored document whole and a re-run resumes
where it stopped (exact duplicates are recognised by the SHA-256 of the cleaned text).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
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


# An analyzer takes chunks of inputs, starts analysing them, and returns a function that waits
# for the results (in input order). Starting before waiting lets the runner store one batch
# while workers analyse the next.
Analyzer = Callable[[list[list[PipelineInput]]], Callable[[], list[list[DocumentAnalysis]]]]


def local_analyzer(pipeline: Pipeline) -> Analyzer:
    def submit(chunks: list[list[PipelineInput]]) -> Callable[[], list[list[DocumentAnalysis]]]:
        return lambda: [list(pipeline.analyze_many(chunk)) for chunk in chunks]

    return submit


def warm_up(knowledge: Knowledge = ((), ())) -> str:
    """Load the models on a worker (run on every worker as soon as the cluster is there)."""
    return _process_pipeline(knowledge).version


def dask_analyzer(client: Any, knowledge: Knowledge = ((), ())) -> Analyzer:
    """Runs `analyze_batch` on a Dask cluster; results come back in input order."""
    from dask.distributed import fire_and_forget

    # every worker starts loading its models now, while this process reads the first batch
    for worker in client.scheduler_info().get("workers", {}):
        fire_and_forget(client.submit(warm_up, knowledge, workers=[worker], pure=False))

    def submit(chunks: list[list[PipelineInput]]) -> Callable[[], list[list[DocumentAnalysis]]]:
        futures = client.map(analyze_batch, chunks, knowledge=knowledge, pure=False)
        return lambda: [future.result() for future in futures]

    return submit


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


@contextmanager
def dask_command_line_cluster(
    workers: int = 1, *, env: Mapping[str, str] | None = None, timeout: float = 60.0
) -> Iterator[str]:
    """A scheduler on a free 127.0.0.1 port and `workers` one-thread workers, started with
    Dask's own `dask scheduler` / `dask worker` commands as on a real cluster. Yields the
    scheduler address once every worker has joined; stops them all on exit. `env` is added
    to this process's environment for the started processes."""
    import os
    import socket
    import subprocess
    import sys
    from pathlib import Path

    from dask.distributed import Client

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    dask = str(Path(sys.executable).parent / "dask")
    child_env = {**os.environ, **(env or {})}

    def start(*args: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [dask, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env
        )

    procs = [
        start("scheduler", "--host", "127.0.0.1", "--port", str(port), "--dashboard-address", ":0")
    ]
    try:
        # the client retries until the scheduler listens, so workers never race its start
        with Client(address, timeout=f"{timeout}s") as client:
            for _ in range(workers):
                procs.append(
                    start("worker", address, "--nthreads", "1", "--nworkers", "1", "--no-dashboard")
                )
            client.wait_for_workers(workers, timeout=timeout)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=30)


# ---------------------------------------------------------------- the runner


def _chunks(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def _batches(stream: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(stream)
    while batch := list(islice(iterator, size)):
        yield batch


class NearDuplicateTracker:
    """The MinHash index of the stored stories (first copies), keyed by SHA-256.

    Loaded once per run from the database; a new original enters the index as soon as it is
    read, so a syndicated copy later in the same batch (or in the batch still being analysed)
    is linked to it.
    """

    def __init__(self, engine: Engine) -> None:
        from watchfloor.ingest import NearDuplicateIndex

        self.index = NearDuplicateIndex()
        self.doc_ids: dict[str, int] = {}
        with session_scope(engine) as session:
            rows = session.execute(
                select(
                    m.Document.id, m.Document.sha256, m.Document.minhash, m.Document.duplicate_of
                )
            )
            for doc_id, digest, signature, dup in rows:
                if signature and dup is None:
                    self.index.add(digest, signature)
                    self.doc_ids[digest] = doc_id

    def check(self, digest: str, text: str) -> tuple[list[int], str | None]:
        """The signature, and the SHA-256 of the story this text copies (None for an original,
        which joins the index)."""
        signature = self.index.signature(text)
        match = self.index.query(signature)
        if match is None:
            self.index.add(digest, signature)
        return signature, match


@dataclass
class _Prepared:
    raw: RawDocument
    digest: str
    signature: list[int]
    copy_of: str | None  # SHA-256 of the story it is a near-duplicate of


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
    submit = analyzer or local_analyzer(pipeline)
    version = pipeline.version if analyze else None
    neardup = NearDuplicateTracker(engine)
    seen: set[str] = set()  # SHA-256 of every text read in this run

    def report(message: str) -> None:
        summary.errors.append(message)
        if on_error:
            on_error(message)

    def prepare(batch: list[RawDocument | InputError]) -> list[_Prepared]:
        prepared: list[_Prepared] = []
        for item in batch:
            if isinstance(item, InputError):
                report(str(item))
                continue
            summary.read += 1
            if meta:
                item.meta = {**(item.meta or {}), **meta}
            item.text = clean_text(item.text)
            if not item.text.strip():
                report(str(InputError(item.origin, "empty document after cleaning")))
                continue
            digest = sha256_text(item.text)
            if digest in seen:
                summary.duplicates += 1
                continue
            seen.add(digest)
            prepared.append(_Prepared(item, digest, *neardup.check(digest, item.text)))
        with session_scope(engine) as session:
            known = set(
                session.scalars(
                    select(m.Document.sha256).where(
                        m.Document.sha256.in_([p.digest for p in prepared])
                    )
                )
            )
        summary.duplicates += len(known)
        return [p for p in prepared if p.digest not in known]

    def start(fresh: list[_Prepared]) -> Callable[[], list[DocumentAnalysis | None]]:
        if not analyze or not fresh:
            return lambda: [None] * len(fresh)
        inputs_ = [
            PipelineInput(p.raw.text, p.raw.published, p.raw.title, p.raw.language) for p in fresh
        ]
        wait = submit(_chunks(inputs_, max(1, min(16, len(inputs_)))))
        return lambda: [a for chunk in wait() for a in chunk]

    def store(fresh: list[_Prepared], wait: Callable[[], list[DocumentAnalysis | None]]) -> None:
        analyses = wait()
        stored_ids: list[int] = []
        # one transaction per batch: every document of the batch is stored whole, or none is
        with session_scope(engine) as session:
            for item, analysis in zip(fresh, analyses, strict=True):
                near = _story_id(session, neardup, item.copy_of) if item.copy_of else None
                doc = repository.add_document(
                    session, item.raw, sha256=item.digest, minhash=item.signature, duplicate_of=near
                )
                if doc is None:
                    summary.duplicates += 1
                    continue
                summary.stored += 1
                stored_ids.append(doc.id)
                if near is not None:
                    summary.near_duplicates += 1
                else:
                    neardup.doc_ids[item.digest] = doc.id
                if analysis is not None:
                    repository.save_analysis(session, doc, analysis, version=version or "")
                    summary.events += len(analysis.events)
                    summary.claims += len(analysis.claims)
        if analyze and stored_ids:
            from watchfloor.analyze.commitment_ledger import link_commitments

            link_commitments(engine)
            evaluate_watches(engine, stored_ids)
        if on_progress:
            on_progress(summary)

    stream = read_inputs(list(inputs), source=source, stdin=stdin)
    pending: tuple[list[_Prepared], Callable[[], list[DocumentAnalysis | None]]] | None = None
    for batch in _batches(stream, batch_size):
        fresh = prepare(batch)
        started = (fresh, start(fresh))  # workers start on this batch …
        if pending is not None:
            store(*pending)  # … while the previous one is written
        pending = started
    if pending is not None:
        store(*pending)

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


def _story_id(session: Any, neardup: NearDuplicateTracker, digest: str) -> int | None:
    """The document id of the story a copy points to (stored earlier in this run or before)."""
    if digest in neardup.doc_ids:
        return neardup.doc_ids[digest]
    found = session.scalar(select(m.Document.id).where(m.Document.sha256 == digest))
    if found is not None:
        neardup.doc_ids[digest] = found
    return found


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
    submit = analyzer or local_analyzer(pipeline)
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
            results = [a for chunk in submit(_chunks(inputs_, 16))() for a in chunk]
            for doc, analysis in zip(docs, results, strict=True):
                repository.save_analysis(session, doc, analysis, version=version)
        done += len(id_batch)
        if on_progress:
            on_progress(done, len(ids))
    link_across_documents(engine)
    return done
