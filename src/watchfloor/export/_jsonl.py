"""The exchange format (SPEC §2): one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from sqlalchemy.orm import Session

from watchfloor.store import queries
from watchfloor.store.queries import Filters

ALL = 10**9


def iter_records(session: Session, kind: str, filters: Filters) -> Iterator[dict[str, Any]]:
    """The exchange-format records of one kind, streamed where the data layer streams."""
    f = Filters(**{**filters.__dict__, "limit": ALL, "offset": 0})
    if kind == "documents":
        yield from queries.iter_documents(session, f)
    elif kind == "events":
        yield from queries.iter_events(session, f)
    elif kind == "claims":
        yield from queries.iter_claims(session, f)
    elif kind == "actors":
        yield from queries.list_actors(session, f)
    elif kind == "places":
        yield from queries.list_places(session, f)
    elif kind == "propositions":
        yield from queries.list_propositions(session, f)
    elif kind == "commitments":
        from watchfloor.export.commitments import build_commitments

        yield from build_commitments(session, f)
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
