"""Exports: the exchange format (JSON Lines) and the formats other tools read.

`write_export(session, kind, fmt, out, filters)` writes one kind of record in one format and
returns how many records it wrote. Row formats (jsonl, plover, acled-csv, geojson) stream
through the `store.queries.iter_*` functions, so an export of any size runs in bounded memory;
graph formats (stix, graphml) need every node before they can be written and are built whole.
"""

from __future__ import annotations

from typing import IO, Any

from sqlalchemy.orm import Session

from watchfloor.errors import UserError
from watchfloor.store.queries import Filters

KINDS: tuple[str, ...] = (
    "documents",
    "actors",
    "places",
    "events",
    "claims",
    "propositions",
    "commitments",
    "all",
)
# which kinds each format can carry; "all" is a bundle of everything the format can hold
FORMATS: dict[str, tuple[str, ...]] = {
    "jsonl": ("documents", "actors", "places", "events", "claims", "propositions", "commitments"),
    "plover": ("events",),
    "acled-csv": ("events",),
    "stix": ("all", "documents", "actors", "places", "events", "claims"),
    "graphml": ("events", "actors"),
    "geojson": ("events", "places"),
}
BINARY_FORMATS: frozenset[str] = frozenset()


def check(kind: str, fmt: str) -> None:
    """Raise W004 naming the valid choices when a kind/format pair cannot be exported."""
    if fmt not in FORMATS:
        raise UserError(
            "W004", f"unknown export format {fmt!r}; valid formats: {', '.join(FORMATS)}"
        )
    if kind not in FORMATS[fmt]:
        valid = ", ".join(FORMATS[fmt])
        if kind not in KINDS:
            raise UserError("W004", f"unknown export kind {kind!r}; valid kinds for {fmt}: {valid}")
        raise UserError("W004", f"format {fmt} cannot carry {kind}; valid kinds for {fmt}: {valid}")


def write_export(session: Session, kind: str, fmt: str, out: IO[Any], filters: Filters) -> int:
    """Write `kind` records in format `fmt` to `out` (a text stream); returns the count written."""
    check(kind, fmt)
    if fmt == "jsonl":
        from watchfloor.export._jsonl import write_jsonl

        return write_jsonl(session, kind, out, filters)
    if fmt == "plover":
        from watchfloor.export._plover import write_plover

        return write_plover(session, out, filters)
    if fmt == "acled-csv":
        from watchfloor.export._acled import write_acled

        return write_acled(session, out, filters)
    if fmt == "stix":
        from watchfloor.export._stix import write_stix

        return write_stix(session, kind, out, filters)
    if fmt == "graphml":
        from watchfloor.export._graphml import write_graphml

        return write_graphml(session, kind, out, filters)
    from watchfloor.export._geojson import write_geojson

    return write_geojson(session, kind, out, filters)


__all__ = ["FORMATS", "KINDS", "check", "write_export"]
