"""Analyst curation: propositions, commitments and source grades."""

from __future__ import annotations

import typer

from watchfloor.cli.app import (
    app,
    console,
    name_of,
    print_json_lines,
    print_listing,
    ready_engine,
    run_guarded,
)
from watchfloor.errors import UserError
from watchfloor.store import models as m
from watchfloor.store.db import session_scope

propositions_app = typer.Typer(
    help="Contested propositions: list, suggest, add, merge, split.", invoke_without_command=True
)
app.add_typer(propositions_app, name="propositions")


@propositions_app.callback()
def propositions(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """List the propositions with their claim counts (see `watchfloor ledger ID` for one)."""
    if ctx.invoked_subcommand:
        return

    def go() -> None:
        from watchfloor.store import queries

        with session_scope(ready_engine()) as session:
            rows = queries.list_propositions(session, queries.Filters(limit=10_000))
        print_listing(
            rows,
            as_json,
            "Propositions",
            ["id", "text", "for", "against", "origin"],
            lambda r: [
                r["id"],
                r["text"],
                len(r["claims_for"]),
                len(r["claims_against"]),
                r["origin"],
            ],
        )

    run_guarded(go)


@propositions_app.command("suggest")
def propositions_suggest(
    min_size: int = typer.Option(
        2, "--min-size", help="Smallest group of similar claims to suggest."
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Suggest new propositions from recurring claims that match none yet."""

    def go() -> None:
        from sqlalchemy import select

        from watchfloor.analyze.propositions import PropositionMatcher

        with session_scope(ready_engine()) as session:
            rows = session.execute(
                select(m.Claim.id, m.Claim.content).where(m.Claim.proposition_id.is_(None))
            ).all()
        contents = {cid: content for cid, content in rows}
        groups = PropositionMatcher.load().propose_new(list(contents.items()), min_size=min_size)
        suggestions = [
            {"claims": group, "examples": [contents[c] for c in group[:4]]} for group in groups
        ]
        if as_json:
            print_json_lines(suggestions)
            return
        if not suggestions:
            console.print("no recurring unmatched claims")
        for n, s in enumerate(suggestions, 1):
            console.print(f"[bold]{n}.[/] {len(s['claims'])} claims, e.g.:", highlight=False)
            for example in s["examples"]:
                console.print(f"   “{example}”", highlight=False, markup=False)
            console.print(
                f'   name it: watchfloor propositions add NEW-ID "TEXT" --claims {",".join(s["claims"])}',
                highlight=False,
                markup=False,
            )

    run_guarded(go)


@propositions_app.command("add")
def propositions_add(
    prop_id: str,
    text: str,
    claims: str | None = typer.Option(
        None, "--claims", help="Comma-separated claim ids to put under it."
    ),
) -> None:
    """Name a new proposition (optionally with the claims that state it)."""

    def go() -> None:
        with session_scope(ready_engine()) as session:
            if session.get(m.Proposition, prop_id) is not None:
                raise UserError("W009", f"proposition {prop_id!r} exists already")
            session.add(m.Proposition(id=prop_id, text=text, origin="user"))
            moved = _assign_claims(session, prop_id, claims)
        console.print(
            f"added proposition {prop_id}" + (f" with {moved} claims" if moved else ""),
            highlight=False,
        )

    run_guarded(go)


def _assign_claims(session, prop_id: str, claim_ids: str | None) -> int:
    if not claim_ids:
        return 0
    moved = 0
    for cid in [c.strip() for c in claim_ids.split(",") if c.strip()]:
        claim = session.get(m.Claim, cid)
        if claim is None:
            raise UserError("W006", f"no claim {cid!r}")
        claim.proposition_id = prop_id
        claim.polarity = "against" if claim.stance == "deny" else "for"
        moved += 1
    return moved


@propositions_app.command("merge")
def propositions_merge(from_id: str, into_id: str) -> None:
    """Move every claim of FROM to INTO and retire FROM."""

    def go() -> None:
        from sqlalchemy import select, update

        with session_scope(ready_engine()) as session:
            source, target = (
                session.get(m.Proposition, from_id),
                session.get(m.Proposition, into_id),
            )
            if source is None or target is None:
                raise UserError(
                    "W006", f"no proposition {from_id if source is None else into_id!r}"
                )
            moved = len(
                list(session.scalars(select(m.Claim.id).where(m.Claim.proposition_id == from_id)))
            )
            session.execute(
                update(m.Claim)
                .where(m.Claim.proposition_id == from_id)
                .values(proposition_id=into_id)
            )
            source.merged_into = into_id
        console.print(f"merged {from_id} into {into_id} ({moved} claims moved)", highlight=False)

    run_guarded(go)


@propositions_app.command("split")
def propositions_split(
    prop_id: str,
    new_id: str,
    text: str,
    claims: str = typer.Option(
        ..., "--claims", help="Comma-separated claim ids that move to the new proposition."
    ),
) -> None:
    """Split claims out of PROP_ID into a new proposition NEW_ID."""

    def go() -> None:
        with session_scope(ready_engine()) as session:
            if session.get(m.Proposition, prop_id) is None:
                raise UserError("W006", f"no proposition {prop_id!r}")
            if session.get(m.Proposition, new_id) is not None:
                raise UserError("W009", f"proposition {new_id!r} exists already")
            for cid in claims.split(","):
                claim = session.get(m.Claim, cid.strip())
                if claim is None or claim.proposition_id != prop_id:
                    raise UserError("W006", f"claim {cid.strip()!r} is not under {prop_id}")
            session.add(m.Proposition(id=new_id, text=text, origin="user"))
            moved = _assign_claims(session, new_id, claims)
        console.print(
            f"moved {moved} claims from {prop_id} to new proposition {new_id}", highlight=False
        )

    run_guarded(go)


@app.command()
def commitments(
    actor: str | None = typer.Option(None, "--actor"),
    status: str | None = typer.Option(
        None, "--status", help="made | reaffirmed | demanded | disputed | broken | fulfilled"
    ),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Pledges and demands, with their status over time and its evidence."""

    def go() -> None:
        from watchfloor.analyze.commitment_ledger import list_commitments

        with session_scope(ready_engine()) as session:
            rows = list_commitments(session, actor=actor, status=status)
        print_listing(
            rows,
            as_json,
            "Commitments",
            [
                "date",
                "committed (or asked)",
                "to (or demanded by)",
                "status",
                "history (evidence)",
                "mentions",
                "content",
            ],
            lambda r: [
                r["date"],
                name_of(r["actor"]),
                name_of(r["beneficiary"]),
                r["status"],
                " → ".join(
                    f"{h['status']} {h['date'] or 'undated'} ({len(h['evidence'])})"
                    for h in r["history"]
                ),
                len(r.get("mentions") or []),
                (r.get("statement") or r["content"])[:200],
            ],
        )

    run_guarded(go)


sources_app = typer.Typer(
    help="Sources (outlets, feeds) and their Admiralty reliability grades.",
    invoke_without_command=True,
)
app.add_typer(sources_app, name="sources")


@sources_app.callback()
def sources(ctx: typer.Context, as_json: bool = typer.Option(False, "--json")) -> None:
    """List sources with document counts and reliability grades (A–F; F = cannot be judged)."""
    if ctx.invoked_subcommand:
        return

    def go() -> None:
        from sqlalchemy import func, select

        from watchfloor.analyze.grading import source_reliability

        with session_scope(ready_engine()) as session:
            counts = session.execute(
                select(m.Document.source, func.count()).group_by(m.Document.source)
            ).all()
            grades = {g.source: g for g in session.scalars(select(m.SourceGrade))}
        rows = [
            {
                "source": s,
                "documents": n,
                "reliability": source_reliability(grades[s].grade if s in grades else None),
                "note": grades[s].note if s in grades else None,
            }
            for s, n in counts
        ]
        print_listing(
            rows,
            as_json,
            "Sources",
            ["source", "documents", "reliability", "note"],
            lambda r: [r["source"], r["documents"], r["reliability"], r["note"]],
        )

    run_guarded(go)


@sources_app.command("grade")
def sources_grade(source: str, grade: str, note: str | None = typer.Option(None, "--note")) -> None:
    """Set a source's reliability grade: A (completely reliable) … E (unreliable), F (cannot be judged)."""

    def go() -> None:
        g = grade.upper()
        if g not in ("A", "B", "C", "D", "E", "F"):
            raise UserError("W009", f"grade must be one of A, B, C, D, E, F, not {grade!r}")
        with session_scope(ready_engine()) as session:
            row = session.get(m.SourceGrade, source)
            if row is None:
                session.add(m.SourceGrade(source=source, grade=g, note=note))
            else:
                row.grade, row.note = g, note
        console.print(f"{source}: reliability {g}", highlight=False)

    run_guarded(go)
