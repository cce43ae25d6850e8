"""`watchfloor watch add|list|remove`, `watchfloor alerts` and `watchfloor monitor`."""

from __future__ import annotations

import typer

from watchfloor.cli.app import (
    app,
    console,
    err_console,
    parse_since,
    print_listing,
    ready_engine,
    run_guarded,
)
from watchfloor.store.db import session_scope

watch_app = typer.Typer(
    help="Watchlists: standing rules checked on every ingest.", no_args_is_help=True
)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def watch_add(
    name: str = typer.Argument(..., help="A name for the watch."),
    actor: list[str] = typer.Option([], "--actor", help="Actor id, name or alias (repeatable)."),
    place: str | None = typer.Option(None, "--place", help="Place name or id."),
    country: str | None = typer.Option(None, "--country", help="ISO3 country code."),
    type: str | None = typer.Option(None, "--type", help="PLOVER type(s), comma-separated."),
    min_fatalities: int | None = typer.Option(None, "--min-fatalities", min=0),
    proposition: str | None = typer.Option(
        None, "--proposition", help="Proposition id (claims about it)."
    ),
    jsonl: str | None = typer.Option(
        None, "--jsonl", help="Append each alert as a JSON line to this file."
    ),
    webhook: str | None = typer.Option(
        None, "--webhook", help="POST each alert to this URL on 127.0.0.1/localhost."
    ),
) -> None:
    """Add a watch; it fires for every newly ingested event or claim that matches all its criteria."""
    from watchfloor.analyze.alerts import add_watch

    def go() -> None:
        rule = {
            "actor": actor,
            "place": place,
            "country": country,
            "types": type,
            "min_fatalities": min_fatalities,
            "proposition": proposition,
            "jsonl": jsonl,
            "webhook": webhook,
        }
        with session_scope(ready_engine()) as session:
            watch = add_watch(session, name, rule)
        console.print(
            f"watch {watch['name']!r} added: {watch['rule']}", highlight=False, markup=False
        )

    run_guarded(go)


@watch_app.command("list")
def watch_list(as_json: bool = typer.Option(False, "--json")) -> None:
    """The watches and how many alerts each has raised."""
    from watchfloor.analyze.alerts import list_watches

    def go() -> None:
        with session_scope(ready_engine()) as session:
            rows = list_watches(session)
        print_listing(
            rows,
            as_json,
            "Watches",
            ["name", "rule", "alerts", "active"],
            lambda r: [
                r["name"],
                ", ".join(f"{k}={v}" for k, v in r["rule"].items()),
                r["alerts"],
                "yes" if r["active"] else "no",
            ],
        )

    run_guarded(go)


@watch_app.command("remove")
def watch_remove(name: str) -> None:
    """Remove a watch and its alerts."""
    from watchfloor.analyze.alerts import remove_watch

    def go() -> None:
        with session_scope(ready_engine()) as session:
            remove_watch(session, name)
        console.print(f"watch {name!r} removed", highlight=False, markup=False)

    run_guarded(go)


@app.command()
def alerts(
    since: str | None = typer.Option(
        None, "--since", help="Raised since: ISO date or period (7d)."
    ),
    watch: str | None = typer.Option(None, "--watch", help="Only this watch."),
    limit: int = typer.Option(100, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Alerts raised by the watches, newest first."""
    from watchfloor.analyze.alerts import list_alerts

    def go() -> None:
        with session_scope(ready_engine()) as session:
            rows = list_alerts(
                session, limit=limit, offset=offset, since=parse_since(since), watch=watch
            )
        print_listing(
            rows,
            as_json,
            "Alerts",
            ["raised", "watch", "kind", "summary", "source"],
            lambda r: [
                (r["created_at"] or "")[:16],
                r["watch"],
                r["object_kind"],
                r["summary"][:160],
                ((r["document"] or {}).get("source") or "") + f" doc {r['doc_id']}",
            ],
            caption=f"{len(rows)} alerts",
        )

    run_guarded(go)


@app.command()
def monitor(
    sources: str = typer.Argument(..., help="YAML file listing feeds and folders to poll."),
    once: bool = typer.Option(False, "--once", help="Poll every source once and stop."),
) -> None:
    """Keep a watch floor running: poll feeds and folders, ingest what is new, raise alerts."""
    import logging
    import threading

    from watchfloor.monitor import load_config, run_monitor

    def go() -> None:
        config = load_config(sources)
        logging.basicConfig(
            level=logging.INFO, format="%(asctime)s %(message)s", datefmt="%H:%M:%S"
        )
        stop = threading.Event()
        err_console.print(
            f"monitoring {len(config.feeds)} feed(s) and {len(config.folders)} folder(s)"
            + (" once" if once else "; Ctrl-C stops"),
            highlight=False,
        )
        try:
            stats = run_monitor(config, ready_engine(), stop_event=stop, once=once)
        except KeyboardInterrupt:
            stop.set()
            err_console.print("stopped", highlight=False)
            return
        err_console.print(
            f"stored {stats['stored']} new document(s), {stats['alerts']} alert(s)", highlight=False
        )

    run_guarded(go)
