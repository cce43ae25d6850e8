"""`watchfloor token create|list|revoke`: bearer tokens for writing through the REST API."""

from __future__ import annotations

import json

import typer

from watchfloor.cli.app import app, console, err_console, print_table, ready_engine, run_guarded

token_app = typer.Typer(
    help="API tokens (POST /api/v1/documents, and reads when they are closed).",
    no_args_is_help=True,
)
app.add_typer(token_app, name="token")


@token_app.command("create")
def create(
    name: str = typer.Argument(..., help="Who or what will use the token, e.g. 'newsroom-feed'."),
) -> None:
    """Create a token; it is printed once and only its SHA-256 hash is stored."""

    def go() -> None:
        from watchfloor.api.auth import create_token
        from watchfloor.store.db import session_scope

        with session_scope(ready_engine()) as session:
            token = create_token(session, name)
        # the token alone on stdout, so `TOKEN=$(watchfloor token create x)` works
        print(token)
        err_console.print(
            f"token {name!r} created; store it now, it cannot be shown again", highlight=False
        )

    run_guarded(go)


@token_app.command("list")
def list_(as_json: bool = typer.Option(False, "--json", help="Machine-readable list.")) -> None:
    """Token names, when they were created and whether they are revoked (never the tokens)."""

    def go() -> None:
        from watchfloor.api.auth import list_tokens
        from watchfloor.store.db import session_scope

        with session_scope(ready_engine()) as session:
            rows = list_tokens(session)
        if as_json:
            print(json.dumps(rows))
            return
        if not rows:
            console.print("no tokens yet; create one with `watchfloor token create NAME`")
            return
        print_table(
            "API tokens",
            ["name", "created", "status"],
            ([r["name"], r["created_at"], "revoked" if r["revoked"] else "active"] for r in rows),
        )

    run_guarded(go)


@token_app.command("revoke")
def revoke(name: str = typer.Argument(..., help="Name of the token to revoke.")) -> None:
    """Revoke a token at once; requests that use it are refused from then on."""

    def go() -> None:
        from watchfloor.api.auth import revoke_token
        from watchfloor.store.db import session_scope

        with session_scope(ready_engine()) as session:
            count = revoke_token(session, name)
        console.print(
            f"revoked {count} token{'s' if count != 1 else ''} named {name!r}", highlight=False
        )

    run_guarded(go)
