"""Set-up and ingestion commands: init, ingest, reprocess, doctor, demo, serve, eval."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from watchfloor.cli.app import app, console, engine, err_console, ready_engine, run_guarded, state
from watchfloor.errors import UserError

DEMO_CORPUS = Path(__file__).resolve().parent.parent / "demo" / "corpus"


@app.command()
def init() -> None:
    """Create or upgrade the database schema (Alembic migrations)."""

    def go() -> None:
        from watchfloor.store.db import database_url, display_url, upgrade

        revision = upgrade(engine())
        console.print(
            f"schema at revision [bold]{revision}[/] in {display_url(database_url(state.db))}"
        )

    run_guarded(go)


def _analyzer_for(workers: int, dask: str | None):
    from watchfloor.batch import dask_analyzer, dask_client, knowledge_of

    if dask or workers > 1:
        from watchfloor.store.db import is_sqlite

        if dask and is_sqlite(engine()):
            err_console.print(
                "note: tasks run on the cluster but results are written by this process into SQLite; "
                "for several writers use PostgreSQL",
                highlight=False,
            )
        client = dask_client(dask, workers)
        return dask_analyzer(client, knowledge_of(engine())), client
    return None, None


@app.command()
def ingest(
    inputs: list[str] = typer.Argument(
        ..., help="Files, folders, '-' for stdin, or feed/page URLs."
    ),
    source: str | None = typer.Option(
        None, "--source", help="Source name to record for every document."
    ),
    workers: int = typer.Option(
        1, "--workers", min=1, help="Analyse in N local processes (Dask LocalCluster)."
    ),
    dask: str | None = typer.Option(
        None, "--dask", help="Dask scheduler address, e.g. tcp://scheduler:8786."
    ),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Documents per transaction."),
    no_analysis: bool = typer.Option(
        False, "--no-analysis", help="Store documents only; analyse later with `reprocess`."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
) -> None:
    """Read documents, analyse them and store everything in the database."""

    def go() -> int:
        from watchfloor.batch import ingest as run_ingest

        eng = ready_engine()
        analyzer, client = (None, None) if no_analysis else _analyzer_for(workers, dask)
        started = time.perf_counter()
        quiet = as_json or not sys.stderr.isatty()
        progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description}"),
            BarColumn(),
            TimeElapsedColumn(),
            console=err_console,
            disable=quiet,
            transient=True,
        )
        with progress:
            task = progress.add_task("ingesting", total=None)

            def on_progress(summary: Any) -> None:
                progress.update(
                    task,
                    description=f"stored {summary.stored}, duplicates {summary.duplicates}, "
                    f"errors {len(summary.errors)}",
                )

            def on_error(message: str) -> None:
                err_console.print(f"[yellow]skipped:[/] {message}", highlight=False, soft_wrap=True)

            try:
                summary = run_ingest(
                    inputs,
                    eng,
                    source=source,
                    analyzer=analyzer,
                    batch_size=batch_size,
                    analyze=not no_analysis,
                    on_progress=on_progress,
                    on_error=on_error,
                    stdin=sys.stdin if "-" in inputs else None,
                )
            finally:
                if client is not None:
                    client.close()
        elapsed = time.perf_counter() - started
        result = summary.as_dict() | {"seconds": round(elapsed, 2)}
        if as_json:
            print(json.dumps(result))
        else:
            console.print(
                f"stored [bold]{summary.stored}[/] documents "
                f"({summary.near_duplicates} near-duplicates linked), skipped {summary.duplicates} exact duplicates, "
                f"{len(summary.errors)} errors; {summary.events} events, {summary.claims} claims "
                f"in {elapsed:.1f}s",
                highlight=False,
            )
        return 1 if summary.errors else 0

    code = run_guarded(go)
    raise typer.Exit(code or 0)


@app.command()
def reprocess(
    all_: bool = typer.Option(False, "--all", help="Re-run every document, not only stale ones."),
    workers: int = typer.Option(1, "--workers", min=1),
    dask: str | None = typer.Option(None, "--dask"),
) -> None:
    """Re-run extraction over stored documents after a model, rule or knowledge-base change."""

    def go() -> None:
        from watchfloor.batch import reprocess as run_reprocess

        eng = ready_engine()
        analyzer, client = _analyzer_for(workers, dask)
        try:
            with Progress(
                TextColumn("reprocessing"),
                BarColumn(),
                TextColumn("{task.completed}/{task.total}"),
                console=err_console,
                disable=not sys.stderr.isatty(),
                transient=True,
            ) as progress:
                task = progress.add_task("reprocess", total=None)
                done = run_reprocess(
                    eng,
                    everything=all_,
                    analyzer=analyzer,
                    on_progress=lambda d, t: progress.update(task, completed=d, total=t),
                )
        finally:
            if client is not None:
                client.close()
        console.print(f"reprocessed {done} documents")

    run_guarded(go)


@app.command()
def doctor(as_json: bool = typer.Option(False, "--json", help="Machine-readable report.")) -> None:
    """Versions of models, data files and database; what is wrong and how to fix it."""
    from watchfloor.doctor import run_checks

    report = run_checks(state.db)
    if as_json:
        print(json.dumps(report, indent=2, default=str))
    else:
        for check in report["checks"]:
            mark = "[green]ok[/]" if check["ok"] else "[red]FAIL[/]"
            console.print(f"{mark}  {check['name']}: {check['detail']}", highlight=False)
            if not check["ok"] and check.get("fix"):
                console.print(f"      fix: {check['fix']}", highlight=False)
    raise typer.Exit(0 if report["ok"] else 1)


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(int(os.environ.get("PORT", "8000")), "--port"),
    monitor: Path | None = typer.Option(
        None, "--monitor", help="Also poll the feeds and folders of this SOURCES.yaml."
    ),
    open_reads: bool | None = typer.Option(
        None,
        "--open-reads/--closed-reads",
        help="Let anyone read without a token, or require one for reads too (default: open to this machine only).",
    ),
) -> None:
    """Serve the REST API (/api/v1, /openapi.json) and the dashboard (/)."""

    def go() -> None:
        import threading

        import uvicorn

        from watchfloor.api.app import create_app

        eng = ready_engine()
        stop = threading.Event()
        if monitor is not None:
            from watchfloor.monitor import load_config, run_monitor

            config = load_config(monitor)
            threading.Thread(
                target=run_monitor,
                args=(config, eng),
                kwargs={"stop_event": stop},
                name="watchfloor-monitor",
                daemon=True,
            ).start()
            console.print(f"monitoring the sources in {monitor}", highlight=False)
        console.print(
            f"Watchfloor dashboard: [bold]http://{host}:{port}/[/]  (API: http://{host}:{port}/api/v1/, "
            f"OpenAPI: http://{host}:{port}/openapi.json)"
        )
        try:
            uvicorn.run(
                create_app(db=state.db, open_reads=open_reads),
                host=host,
                port=port,
                log_level="warning",
            )
        finally:
            stop.set()

    run_guarded(go)


@app.command()
def demo(
    host: str = typer.Option("127.0.0.1", "--host"),
    port: int = typer.Option(int(os.environ.get("PORT", "8000")), "--port"),
    no_serve: bool = typer.Option(
        False, "--no-serve", help="Ingest only; do not start the server."
    ),
) -> None:
    """Ingest the bundled, illustrative demo corpus and serve the dashboard."""

    def go() -> None:
        from watchfloor.batch import ingest as run_ingest
        from watchfloor.store import queries
        from watchfloor.store.db import session_scope

        eng = ready_engine()
        console.print(
            f"ingesting the demo corpus from {DEMO_CORPUS} (illustrative articles written for Watchfloor)"
        )

        def on_progress(summary: Any) -> None:
            console.print(
                f"  … {summary.stored} documents stored, {summary.events} events, {summary.claims} claims",
                highlight=False,
            )

        summary = run_ingest(
            [str(DEMO_CORPUS)],
            eng,
            meta={"illustrative": True, "corpus": "watchfloor-demo"},
            batch_size=8,
            on_progress=on_progress,
            on_error=lambda msg: err_console.print(f"skipped: {msg}", highlight=False),
        )
        with session_scope(eng) as session:
            counts = queries.stats(session)
        console.print(
            f"stored {summary.stored} new documents ({summary.duplicates} already there); the database now holds "
            f"{counts['documents']} documents, {counts['events']} events, {counts['claims']} claims, "
            f"{counts['actors']} actors, {counts['places']} places, {counts['propositions']} propositions",
            highlight=False,
        )

    run_guarded(go)
    if not no_serve:
        serve(host=host, port=port, monitor=None, open_reads=None)


@app.command("eval")
def evaluate(
    kind: str = typer.Argument(..., help="events | claims | actors | places"),
    gold: Path = typer.Argument(..., help="Gold file or folder (see docs/gold-format.md)."),
    split: str | None = typer.Option(None, "--split", help="dev | heldout | tune (default: all)."),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Score the extractors against hand-made gold annotation."""

    def go() -> None:
        if not gold.exists():
            raise UserError("W003", f"gold not found: {gold}")
        result, format_report = _run_evaluation(kind, gold, split)
        if as_json:
            print(json.dumps(result, indent=2, default=str))
        else:
            print(format_report(result))

    run_guarded(go)


def _run_evaluation(kind: str, gold: Path, split: str | None) -> tuple[dict[str, Any], Any]:
    from watchfloor.pipeline import Pipeline

    if kind == "events":
        from watchfloor.evaluate import events

        return events.evaluate_events(gold, pipeline=Pipeline(), split=split), events.format_report
    if kind == "claims":
        from watchfloor.evaluate import claims

        return claims.evaluate_claims(gold, pipeline=Pipeline(), split=split), claims.format_report
    if kind in ("actors", "places"):
        from watchfloor.evaluate import actors

        run = actors.evaluate_actors if kind == "actors" else actors.evaluate_places
        return run(gold, split=split), actors.format_report
    raise UserError(
        "W009", f"unknown evaluation kind {kind!r}: use events, claims, actors or places"
    )
