"""`watchfloor export` (exchange format and other tools' formats) and `watchfloor brief`."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import typer

from watchfloor.cli.app import app, err_console, parse_bbox, parse_since, ready_engine, run_guarded
from watchfloor.errors import UserError
from watchfloor.store import queries
from watchfloor.store.db import session_scope


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """stdout, or a file that appears only once it is complete (never a half-written export)."""
    if not path or path == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    if target.is_dir():
        raise UserError("W009", f"-o {path}: is a directory; give a file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@app.command()
def export(
    kind: str = typer.Argument(
        ..., help="documents | actors | places | events | claims | propositions | commitments | all"
    ),
    fmt: str = typer.Option(
        "jsonl", "--format", "-f", help="jsonl | plover | acled-csv | stix | graphml | geojson"
    ),
    output: str | None = typer.Option(
        None, "-o", "--output", help="Output file (default: stdout)."
    ),
    type: str | None = typer.Option(
        None, "--type", help="PLOVER type(s) for events; sector for actors."
    ),
    actor: str | None = typer.Option(None, "--actor", help="Actor id, name or alias."),
    country: str | None = typer.Option(None, "--country", help="ISO3 country code."),
    since: str | None = typer.Option(None, "--since", help="ISO date or period (7d, 4w, 6m)."),
    until: str | None = typer.Option(None, "--until", help="ISO date or period."),
    q: str | None = typer.Option(None, "--q", "-q", help="Text search."),
    bbox: str | None = typer.Option(None, "--bbox", help="min_lon,min_lat,max_lon,max_lat"),
) -> None:
    """Export records in the exchange format (jsonl) or for other tools (PLOVER, ACLED, STIX, GraphML, GeoJSON)."""

    def go() -> None:
        from watchfloor.export import check, write_export

        check(kind, fmt)
        f = queries.Filters(
            type=type,
            actor=actor,
            country=country,
            since=parse_since(since),
            until=parse_since(until),
            q=q,
            bbox=parse_bbox(bbox),
            limit=queries.ALL,
        )
        with session_scope(ready_engine()) as session, _output(output) as out:
            n = write_export(session, kind, fmt, out, f)
        err_console.print(
            f"exported {n} {kind} as {fmt}" + (f" to {output}" if output else ""), highlight=False
        )

    run_guarded(go)


@app.command()
def brief(
    since: str = typer.Option(
        "7d", "--since", help="Period start: ISO date or period (7d, 4w, 6m)."
    ),
    until: str | None = typer.Option(
        None, "--until", help="Period end: ISO date (default: the newest document)."
    ),
    fmt: str = typer.Option("md", "--format", "-f", help="md | html"),
    output: str | None = typer.Option(
        None, "-o", "--output", help="Output file (default: stdout)."
    ),
) -> None:
    """An analyst's briefing for a period: events, casualties, new actors, claims, commitments."""

    def go() -> None:
        from watchfloor.analyze.briefing import build_briefing, render

        if fmt not in ("md", "html"):
            raise UserError("W004", f"unknown briefing format {fmt!r}; valid formats: md, html")
        with session_scope(ready_engine()) as session:
            data = build_briefing(session, since=since, until=until)
        text = render(data, fmt)
        err_console.print(
            f"briefing period: {data['period']['start']} to {data['period']['end']}"
            + (f" ({data['period']['note']})" if data["period"].get("note") else ""),
            highlight=False,
        )
        with _output(output) as out:
            out.write(text)

    run_guarded(go)
