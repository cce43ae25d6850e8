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


OLD_MENTIONS_COMPARED = 500  # newest grouped mentions a new one is compared with


def link_commitments(engine: Engine) -> int:
    """Give new commitment mentions a group: an existing commitment of the same actor whose
    content they restate, or a new group. Existing groups are never reshuffled, so the cost of
    each ingest grows with what it adds, not with the size of the store."""
    from watchfloor.analyze.commitments import group_commitments

    with session_scope(engine) as session:
        new = list(
            session.scalars(
                select(m.Commitment)
                .where(m.Commitment.group_id.is_(None))
                .order_by(m.Commitment.id)
            )
        )
        if not new:
            return 0
        actors = {r.actor_id for r in new}
        compatible = m.Commitment.actor_id.in_({a for a in actors if a})
        if None in actors:
            compatible = compatible | m.Commitment.actor_id.is_(None)
        old = list(
            session.scalars(
                select(m.Commitment)
                .where(m.Commitment.group_id.is_not(None), compatible)
                .order_by(m.Commitment.doc_id.desc())
                .limit(OLD_MENTIONS_COMPARED)
            )
        )
        rows = old + new
        groups = group_commitments(_records(session, rows))
        for members in groups:
            existing = sorted({rows[i].group_id for i in members if rows[i].group_id})
            group_id = existing[0] if existing else min(rows[i].id for i in members)
            fresh = [rows[i].id for i in members if rows[i].group_id is None]
            if fresh:
                session.execute(
                    update(m.Commitment).where(m.Commitment.id.in_(fresh)).values(group_id=group_id)
                )
        return len(new)


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
