"""Commitments across documents: mentions of one pledge grouped, with a dated status history.

Each stored commitment row is one mention (a pledge, a reaffirmation, a demand, an accusation
that it was broken). Mentions of the same commitment share a `group_id`; the group's status
history is derived from its mentions in date order, each step with its evidence (the claims and
events in the same sentence).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from watchfloor.records import ActorRef
from watchfloor.store import models as m
from watchfloor.store.db import session_scope


def _records(session: Session, rows: list[m.Commitment]) -> list[Any]:
    from watchfloor.analyze.commitments import CommitmentRecord

    evidence: dict[str, list[str]] = defaultdict(list)
    by_doc: dict[int, list[m.Commitment]] = defaultdict(list)
    for row in rows:
        by_doc[row.doc_id].append(row)
    for doc_id, items in by_doc.items():
        claims = session.execute(
            select(m.Claim.id, m.Claim.sentence_start, m.Claim.sentence_end).where(
                m.Claim.doc_id == doc_id
            )
        ).all()
        events = session.execute(
            select(m.Event.id, m.Event.sentence_start, m.Event.sentence_end).where(
                m.Event.doc_id == doc_id
            )
        ).all()
        for row in items:
            for cid, start, end in [*claims, *events]:
                if start <= row.start < end:
                    evidence[row.id].append(cid)
    return [
        CommitmentRecord(
            actor=ActorRef(r.actor_id, None, r.actor_text or "")
            if (r.actor_id or r.actor_text)
            else None,
            beneficiary=ActorRef(r.beneficiary_id, None, r.beneficiary_text or "")
            if (r.beneficiary_id or r.beneficiary_text)
            else None,
            content=r.content,
            span=(r.start, r.end),
            sentence=r.sentence,
            date=r.date or None,
            status=r.status,
            confidence=r.confidence,
            extractor=r.extractor,
            evidence=[r.id, *evidence[r.id]],
        )
        for r in rows
    ]


def link_commitments(engine: Engine) -> int:
    """Recompute commitment groups over the whole store; returns the number of commitments."""
    from watchfloor.analyze.commitments import group_commitments

    with session_scope(engine) as session:
        rows = list(session.scalars(select(m.Commitment).order_by(m.Commitment.id)))
        if not rows:
            return 0
        groups = group_commitments(_records(session, rows))
        for members in groups:
            group_id = min(rows[i].id for i in members)
            ids = [rows[i].id for i in members]
            session.execute(
                update(m.Commitment).where(m.Commitment.id.in_(ids)).values(group_id=group_id)
            )
        return len(groups)


def list_commitments(
    session: Session, *, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """One record per commitment (exchange format, SPEC §2), newest first, optionally only
    those of one committing actor or in one current status."""
    from watchfloor.export.commitments import build_commitments
    from watchfloor.store.queries import Filters, resolve_actor_id

    actor_ids = set(resolve_actor_id(session, actor)) if actor else None
    out = [
        record
        for record in build_commitments(session, Filters(limit=10**9))
        if (actor_ids is None or (record["actor"] or {}).get("id") in actor_ids)
        and (status is None or record["status"] == status)
    ]
    out.sort(key=lambda r: str(r["date"] or ""), reverse=True)
    return out
