"""Analysts' corrections to the knowledge base, kept in the database.

Curated actors come from data files; what a user adds (actors, aliases) and merges live in the
database with their provenance, are loaded into the pipeline on the next ingest or `reprocess`,
and merges can be undone.
"""

from __future__ import annotations

from sqlalchemy import Engine, select

from watchfloor.errors import UserError
from watchfloor.records import SECTOR_CODES
from watchfloor.records import Actor as ActorRecord
from watchfloor.store import models as m
from watchfloor.store import repository
from watchfloor.store.db import session_scope


def add_actor(
    engine: Engine,
    actor_id: str,
    *,
    name: str,
    sector: str,
    country: str | None,
    aliases: list[str],
    parent: str | None = None,
    wikidata: str | None = None,
) -> str:
    sector = sector.upper()
    if sector not in SECTOR_CODES:
        raise UserError("W009", f"unknown sector {sector!r}; use one of {', '.join(SECTOR_CODES)}")
    if country and (len(country) != 3 or not country.isalpha()):
        raise UserError("W009", f"country must be an ISO 3166-1 alpha-3 code, not {country!r}")
    with session_scope(engine) as session:
        if session.get(m.Actor, actor_id) is not None:
            raise UserError(
                "W009", f"actor {actor_id!r} exists already; use `actors alias` to extend it"
            )
        if parent and session.get(m.Actor, parent) is None:
            raise UserError("W006", f"no parent actor {parent!r}")
        record = ActorRecord(
            id=actor_id,
            name=name,
            sector=sector,
            country=country.upper() if country else None,
            aliases=[name, *aliases],
            parent=parent,
            wikidata=wikidata,
        )
        repository.upsert_actors(session, [record], origin="user", alias_source="user")
    return f"added {actor_id} ({name}); run `watchfloor reprocess --all` to link it in stored documents"


def add_aliases(engine: Engine, actor_id: str, aliases: list[str]) -> str:
    with session_scope(engine) as session:
        if session.get(m.Actor, actor_id) is None:
            raise UserError("W006", f"no actor {actor_id!r}")
        repository.insert_ignore(
            session,
            m.ActorAlias,
            [{"actor_id": actor_id, "alias": a, "source": "user"} for a in aliases],
        )
    return f"{actor_id}: added {len(aliases)} alias(es); run `watchfloor reprocess --all` to apply them"


def merge_actors(engine: Engine, from_id: str, into_id: str, *, note: str | None = None) -> str:
    if from_id == into_id:
        raise UserError("W009", "cannot merge an actor into itself")
    with session_scope(engine) as session:
        source, target = session.get(m.Actor, from_id), session.get(m.Actor, into_id)
        if source is None or target is None:
            raise UserError("W006", f"no actor {from_id if source is None else into_id!r}")
        if target.merged_into:
            raise UserError(
                "W009",
                f"{into_id} is itself merged into {target.merged_into}; merge into that instead",
            )
        source.merged_into = into_id
        session.add(m.ActorMerge(from_id=from_id, into_id=into_id, note=note))
    return f"merged {from_id} into {into_id} (undo with `watchfloor actors unmerge {from_id}`)"


def unmerge_actor(engine: Engine, from_id: str) -> str:
    from datetime import datetime

    with session_scope(engine) as session:
        actor = session.get(m.Actor, from_id)
        if actor is None or not actor.merged_into:
            raise UserError("W006", f"{from_id!r} is not merged")
        merge = session.scalars(
            select(m.ActorMerge)
            .where(m.ActorMerge.from_id == from_id, m.ActorMerge.undone_at.is_(None))
            .order_by(m.ActorMerge.id.desc())
        ).first()
        if merge:
            merge.undone_at = datetime.now()
        into, actor.merged_into = actor.merged_into, None
    return f"{from_id} is no longer merged into {into}"


def user_knowledge(engine: Engine) -> tuple[list[ActorRecord], list[tuple[str, str]]]:
    """User-added actors and aliases, for the pipeline's knowledge base."""
    with session_scope(engine) as session:
        actors = [
            ActorRecord(
                id=a.id,
                name=a.name,
                sector=a.sector,
                country=a.country,
                wikidata=a.wikidata,
                parent=a.parent,
                aliases=[x.alias for x in a.aliases],
                kind=a.kind,
            )
            for a in session.scalars(select(m.Actor).where(m.Actor.origin == "user"))
        ]
        aliases = [
            (row.actor_id, row.alias)
            for row in session.scalars(select(m.ActorAlias).where(m.ActorAlias.source == "user"))
        ]
    return actors, aliases
