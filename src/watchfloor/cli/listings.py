"""Readable listings in the terminal: events, claims, actors, places, ledger, commitments."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import typer
from sqlalchemy.orm import Session

from watchfloor.cli.app import (
    app,
    console,
    name_of,
    parse_bbox,
    parse_since,
    print_json_lines,
    print_listing,
    print_table,
    ready_engine,
    run_guarded,
)
from watchfloor.errors import UserError
from watchfloor.store import queries
from watchfloor.store.db import session_scope


def _filters(**kwargs: Any) -> queries.Filters:
    kwargs["since"] = parse_since(kwargs.get("since"))
    kwargs["until"] = parse_since(kwargs.get("until"))
    kwargs["bbox"] = parse_bbox(kwargs.get("bbox"))
    return queries.Filters(
        **{k: v for k, v in kwargs.items() if k in queries.Filters.__dataclass_fields__}
    )


def _counted_listing(
    f: queries.Filters,
    list_fn: Callable[[Session, queries.Filters], list[dict[str, Any]]],
    count_fn: Callable[[Session, queries.Filters], int],
    as_json: bool,
    title: str,
    columns: list[str],
    cells: Callable[[dict[str, Any]], list[Any]],
) -> None:
    """A page of a listing with a count query, captioned "N of TOTAL <title in lower case>"."""
    with session_scope(ready_engine()) as session:
        rows = list_fn(session, f)
        total = count_fn(session, f)
    caption = f"{len(rows)} of {total} {title.lower()}"
    print_listing(rows, as_json, title, columns, cells, caption=caption)


Q = typer.Option(None, "--q", "-q", help="Text search.")
ACTOR = typer.Option(None, "--actor", help="Actor id, name or alias.")
COUNTRY = typer.Option(None, "--country", help="ISO3 country code.")
SINCE = typer.Option(None, "--since", help="ISO date or period (7d, 4w, 6m).")
UNTIL = typer.Option(None, "--until", help="ISO date or period.")
LIMIT = typer.Option(50, "--limit", min=1)
OFFSET = typer.Option(0, "--offset", min=0)
JSON = typer.Option(False, "--json", help="JSON Lines in the exchange format.")


@app.command()
def events(
    q: str | None = Q,
    type: str | None = typer.Option(None, "--type", help="PLOVER type(s), comma-separated."),
    actor: str | None = ACTOR,
    country: str | None = COUNTRY,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    factuality: str | None = typer.Option(None, "--factuality"),
    bbox: str | None = typer.Option(None, "--bbox"),
    limit: int = LIMIT,
    offset: int = OFFSET,
    as_json: bool = JSON,
) -> None:
    """List extracted events (PLOVER) with filters."""

    def go() -> None:
        f = _filters(
            q=q,
            type=type,
            actor=actor,
            country=country,
            since=since,
            until=until,
            factuality=factuality,
            bbox=bbox,
            limit=limit,
            offset=offset,
        )
        _counted_listing(
            f,
            queries.list_events,
            queries.count_events,
            as_json,
            "Events",
            [
                "date",
                "type",
                "mode",
                "actor",
                "recipient",
                "place",
                "killed",
                "injured",
                "factuality",
                "sentence",
            ],
            lambda r: [
                r["date"],
                r["type"],
                r["mode"],
                name_of(r["actor"]),
                name_of(r["recipient"]),
                name_of(r["place"]),
                r["fatalities"],
                r["injured"],
                r["factuality"],
                r["sentence"][:160],
            ],
        )

    run_guarded(go)


@app.command()
def claims(
    q: str | None = Q,
    actor: str | None = ACTOR,
    country: str | None = COUNTRY,
    since: str | None = SINCE,
    until: str | None = UNTIL,
    proposition: str | None = typer.Option(None, "--proposition"),
    stance: str | None = typer.Option(None, "--stance", help="assert | deny"),
    limit: int = LIMIT,
    offset: int = OFFSET,
    as_json: bool = JSON,
) -> None:
    """List attributed claims (who asserts or denies what)."""

    def go() -> None:
        f = _filters(
            q=q,
            actor=actor,
            country=country,
            since=since,
            until=until,
            proposition=proposition,
            type=stance,
            limit=limit,
            offset=offset,
        )
        _counted_listing(
            f,
            queries.list_claims,
            queries.count_claims,
            as_json,
            "Claims",
            [
                "published",
                "speaker",
                "cue",
                "stance",
                "hedged",
                "proposition",
                "credibility",
                "content",
            ],
            lambda r: [
                (r["published"] or "")[:10],
                name_of(r["speaker"]),
                r["cue"],
                r["stance"],
                "yes" if r["hedged"] else "",
                (r["proposition"] or {}).get("id"),
                r["credibility"],
                r["content"][:160],
            ],
        )

    run_guarded(go)


actors_app = typer.Typer(
    help="List actors, or extend and correct the knowledge base.", invoke_without_command=True
)
app.add_typer(actors_app, name="actors")


@actors_app.callback()
def actors(
    ctx: typer.Context,
    q: str | None = Q,
    country: str | None = COUNTRY,
    sector: str | None = typer.Option(None, "--sector"),
    limit: int = LIMIT,
    offset: int = OFFSET,
    as_json: bool = JSON,
) -> None:
    """Actors mentioned in the documents, with mention counts."""
    if ctx.invoked_subcommand:
        return

    def go() -> None:
        f = _filters(q=q, country=country, type=sector, limit=limit, offset=offset)
        with session_scope(ready_engine()) as session:
            rows = queries.list_actors(session, f)
        print_listing(
            rows,
            as_json,
            "Actors",
            ["id", "name", "sector", "country", "mentions", "aliases"],
            lambda r: [
                r["id"],
                r["name"],
                r["sector"],
                r["country"],
                r["mention_count"],
                ", ".join(r["aliases"][:6]),
            ],
        )

    run_guarded(go)


@actors_app.command("show")
def actor_show(actor_id: str, as_json: bool = JSON) -> None:
    """One actor: aliases, events, claims made and claims about it."""

    def go() -> None:
        with session_scope(ready_engine()) as session:
            ids = queries.resolve_actor_id(session, actor_id)
            row = queries.get_actor(session, ids[0])
        if row is None:
            raise UserError("W006", f"no actor {actor_id!r}")
        if as_json:
            print_json_lines([row])
            return
        console.print(
            f"[bold]{row['name']}[/] ({row['id']}) sector {row['sector']} country {row['country']} "
            f"— {row['mention_count']} mentions",
            highlight=False,
            markup=True,
        )
        console.print("aliases: " + ", ".join(row["aliases"]), highlight=False, markup=False)
        print_table(
            "Events",
            ["date", "type", "actor", "recipient", "sentence"],
            (
                [
                    e["date"],
                    e["type"],
                    name_of(e["actor"]),
                    name_of(e["recipient"]),
                    e["sentence"][:140],
                ]
                for e in row["events"][:20]
            ),
        )
        print_table(
            "Claims made",
            ["published", "stance", "content"],
            (
                [(c["published"] or "")[:10], c["stance"], c["content"][:140]]
                for c in row["claims_made"][:20]
            ),
        )

    run_guarded(go)


@actors_app.command("add")
def actor_add(
    actor_id: str = typer.Argument(
        ..., help="New stable id, e.g. 'prov:jamaat-ul-ahrar' or 'jamaat-ul-ahrar'."
    ),
    name: str = typer.Option(..., "--name"),
    sector: str = typer.Option("UNK", "--sector"),
    country: str | None = typer.Option(None, "--country"),
    alias: list[str] = typer.Option([], "--alias"),
    parent: str | None = typer.Option(None, "--parent"),
    wikidata: str | None = typer.Option(None, "--wikidata"),
) -> None:
    """Add an actor to the knowledge base (stored in the database; used by `reprocess`)."""
    from watchfloor.kb_edit import add_actor

    run_guarded(
        lambda: console.print(
            add_actor(
                ready_engine(),
                actor_id,
                name=name,
                sector=sector,
                country=country,
                aliases=alias,
                parent=parent,
                wikidata=wikidata,
            ),
            highlight=False,
        )
    )


@actors_app.command("alias")
def actor_alias(actor_id: str, alias: list[str] = typer.Argument(...)) -> None:
    """Add aliases to an actor; each alias records that a user added it."""
    from watchfloor.kb_edit import add_aliases

    run_guarded(
        lambda: console.print(add_aliases(ready_engine(), actor_id, alias), highlight=False)
    )


@actors_app.command("merge")
def actor_merge(
    from_id: str, into_id: str, note: str | None = typer.Option(None, "--note")
) -> None:
    """Merge FROM into INTO (reversible with `actors unmerge FROM`)."""
    from watchfloor.kb_edit import merge_actors

    run_guarded(
        lambda: console.print(
            merge_actors(ready_engine(), from_id, into_id, note=note), highlight=False
        )
    )


@actors_app.command("unmerge")
def actor_unmerge(from_id: str) -> None:
    """Undo the merge of FROM."""
    from watchfloor.kb_edit import unmerge_actor

    run_guarded(lambda: console.print(unmerge_actor(ready_engine(), from_id), highlight=False))


@app.command()
def places(
    q: str | None = Q,
    country: str | None = COUNTRY,
    kind: str | None = typer.Option(None, "--kind"),
    bbox: str | None = typer.Option(None, "--bbox"),
    limit: int = LIMIT,
    offset: int = OFFSET,
    as_json: bool = JSON,
) -> None:
    """Places mentioned in the documents (geocoded), with counts."""

    def go() -> None:
        f = _filters(q=q, country=country, type=kind, bbox=bbox, limit=limit, offset=offset)
        with session_scope(ready_engine()) as session:
            rows = queries.list_places(session, f)
        print_listing(
            rows,
            as_json,
            "Places",
            ["id", "name", "kind", "country", "lat", "lon", "mentions", "events"],
            lambda r: [
                r["id"],
                r["name"],
                r["kind"],
                r["country"],
                r["lat"],
                r["lon"],
                r["mention_count"],
                r["event_count"],
            ],
        )

    run_guarded(go)


@app.command()
def ledger(
    proposition: str | None = typer.Argument(
        None, help="Proposition id; omit to list propositions."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The claims ledger: who asserts and who denies each proposition, over time, with evidence."""

    def go() -> None:
        from watchfloor.analyze.ledger import build_ledger

        with session_scope(ready_engine()) as session:
            if proposition is None:
                rows = queries.list_propositions(session, queries.Filters(limit=1000))
                print_listing(
                    rows,
                    as_json,
                    "Propositions (`watchfloor ledger ID` shows one ledger)",
                    [
                        "id",
                        "proposition",
                        "claims for/against",
                        "speakers for/against",
                        "events",
                        "first seen",
                        "last seen",
                    ],
                    lambda r: [
                        r["id"],
                        r["text"],
                        f"{len(r['claims_for'])}/{len(r['claims_against'])}",
                        f"{len(r['speakers_for'])}/{len(r['speakers_against'])}",
                        len(r["related_events"]),
                        r["first_seen"],
                        r["last_seen"],
                    ],
                )
                return
            data = build_ledger(session, proposition)
        if as_json:
            print_json_lines([data])
            return
        from watchfloor.analyze.ledger_text import render_ledger_text

        width = console.width if console.is_terminal else None
        console.print(
            render_ledger_text(data, width=width), highlight=False, markup=False, soft_wrap=True
        )

    run_guarded(go)
