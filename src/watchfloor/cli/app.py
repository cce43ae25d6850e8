"""The Typer application, shared options and the error boundary of every command."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from watchfloor.errors import UserError

app = typer.Typer(
    name="watchfloor",
    help="Watchfloor: an evidence-backed knowledge base of actors, places, events and claims from news.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)


class State:
    db: str | None = None


state = State()


@app.callback()
def main_options(
    db: str | None = typer.Option(
        None,
        "--db",
        envvar="WATCHFLOOR_DB",
        help="SQLAlchemy database URL (default sqlite:///watchfloor.db; postgresql+psycopg://… for teams).",
    ),
) -> None:
    state.db = db


def engine():
    from watchfloor.store.db import get_engine

    return get_engine(state.db)


def ready_engine():
    """An engine whose schema exists and is current (`init` is implied for read commands)."""
    from watchfloor.store.db import ensure_schema

    eng = engine()
    ensure_schema(eng)
    return eng


def fail(message: str, code: int = 2) -> None:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def parse_since(value: str | None) -> date | None:
    """'7d', '2w', '3m', '1y' (relative to today) or an ISO date."""
    if not value:
        return None
    value = value.strip()
    units = {"d": 1, "w": 7, "m": 30, "y": 365}
    if value[:-1].isdigit() and value[-1:].lower() in units:
        return date.today() - timedelta(days=int(value[:-1]) * units[value[-1].lower()])
    try:
        return datetime.fromisoformat(value).date()
    except ValueError as exc:
        raise UserError(
            "W009", f"not a date or period: {value!r} (use 2025-03-01, 7d, 4w, 6m or 1y)"
        ) from exc


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    from watchfloor.store import queries

    if not value:
        return None
    try:
        return queries.parse_bbox(value)
    except ValueError as exc:
        raise UserError("W009", str(exc)) from exc


def print_json_lines(rows: Iterable[dict[str, Any]]) -> None:
    out = sys.stdout
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def print_table(
    title: str, columns: list[str], rows: Iterable[list[Any]], *, caption: str | None = None
) -> None:
    table = Table(title=title, caption=caption, show_lines=False, header_style="bold")
    for col in columns:
        table.add_column(col, overflow="fold")
    for row in rows:
        # untrusted text: rich markup in documents must be shown literally
        table.add_row(*[_cell(v) for v in row])
    console.print(table)


def print_listing(
    rows: list[dict[str, Any]],
    as_json: bool,
    title: str,
    columns: list[str],
    cells: Callable[[dict[str, Any]], list[Any]],
    *,
    caption: str | None = None,
) -> None:
    """A listing command's output: the records as JSON Lines (`--json`), else a table."""
    if as_json:
        print_json_lines(rows)
    else:
        print_table(title, columns, (cells(r) for r in rows), caption=caption)


def name_of(obj: dict[str, Any] | None) -> str | None:
    """How a listing shows an actor or place reference: its name, else the text it was read from."""
    if not obj:
        return None
    return obj.get("name") or obj.get("text")


def _cell(value: Any) -> Any:
    from rich.text import Text

    if value is None:
        return Text("—", style="dim")
    return Text(str(value))


def run_guarded(func: Callable[[], Any]) -> Any:
    """Turn user errors into one line on stderr and a non-zero exit; never a traceback."""
    from sqlalchemy.exc import OperationalError

    try:
        return func()
    except UserError as exc:
        fail(str(exc))
    except OperationalError as exc:
        if "database is locked" in str(exc):
            fail(
                "the SQLite database is busy with another writer and stayed locked for 30 s; "
                "run one ingest at a time on SQLite, or use PostgreSQL (--db postgresql+psycopg://…) "
                "for several writers [W007]"
            )
        fail(f"database error: {str(exc.orig).strip().splitlines()[0] if exc.orig else exc} [W002]")
    except KeyboardInterrupt:
        fail("interrupted; everything stored so far is whole, re-run to resume", code=130)
