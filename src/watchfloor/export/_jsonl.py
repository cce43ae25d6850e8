"""The exchange format (SPEC §2): one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any

from sqlalchemy.orm import Session

from watchfloor.export._common import actor_attributes, load_knowledge_base
from watchfloor.store import queries
from watchfloor.store.queries import Filters

_READERS: dict[str, Callable[[Session, Filters], Iterable[dict[str, Any]]]] = {
    "documents": queries.iter_documents,
    "events": queries.iter_events,
    "claims": queries.iter_claims,
    "places": queries.list_places,
    "propositions": queries.list_propositions,
}


def iter_records(session: Session, kind: str, filters: Filters) -> Iterator[dict[str, Any]]:
    """The exchange-format records of one kind, streamed where the data layer streams."""
    f = filters.unpaged()
    if kind == "commitments":
        from watchfloor.export.commitments import build_commitments

        yield from build_commitments(session, f)
    elif kind == "actors":
        kb = load_knowledge_base()
        for actor in queries.list_actors(session, f):
            yield {**actor, **actor_attributes(kb, actor["id"])}
    elif kind in _READERS:
        yield from _READERS[kind](session, f)
    else:  # pragma: no cover - check() guards the kinds
        raise ValueError(kind)


def dump_lines(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def write_jsonl(session: Session, kind: str, out: IO[str], filters: Filters) -> int:
    return dump_lines(iter_records(session, kind, filters), out)
