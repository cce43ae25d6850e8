"""Commitments across documents: mentions of one pledge grouped, with a dated status history.

Each stored commitment row is one mention (a pledge, a reaffirmation, a demand, an accusation
that it was broken). Mentions of the same commitment share a `group_id`; the group's status
history is derived from its mentions in date order, each step with its evidence (the claims and
events in the same sentence), then extended by `extend_histories` with the steps later events and
claims imply (broken, fulfilled, disputed; rules in `data/commitment_rules.yaml`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Engine, select
from sqlalchemy.orm import Session

from watchfloor.nlp.embeddings import embed
from watchfloor.store import models as m
from watchfloor.store.db import session_scope

OLD_MENTIONS_COMPARED = 500  # newest grouped mentions of the same actors a new one is compared with


def link_commitments(engine: Engine, *, min_similarity: float = 0.6) -> int:
    """Give new commitment mentions a group: the existing commitment whose content they restate
    most closely (same committing actor, or an unknown one; never two different known actors),
    else a group of their own. Existing groups are never reshuffled, so each call costs what it
    adds, not the size of the store; returns the number of mentions grouped."""
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
        compatible: ColumnElement[bool] = m.Commitment.actor_id.in_({a for a in actors if a})
        if None in actors:
            compatible = compatible | m.Commitment.actor_id.is_(None)
        pool = list(
            session.scalars(
                select(m.Commitment)
                .where(m.Commitment.group_id.is_not(None), compatible)
                .order_by(m.Commitment.doc_id.desc())
                .limit(OLD_MENTIONS_COMPARED)
            )
        )
        # the pool is read again at every batch; embed() caches its vectors for the process
        vectors = embed([r.content for r in pool + new])
        members = [(r.actor_id, r.group_id, vectors[j]) for j, r in enumerate(pool)]
        for i, row in enumerate(new):
            vector = vectors[len(pool) + i]
            best, best_sim = None, min_similarity
            for actor_id, group_id, other in members:
                if row.actor_id and actor_id and row.actor_id != actor_id:
                    continue
                sim = float(other @ vector)
                if sim >= best_sim:
                    best, best_sim = group_id, sim
            row.group_id = best or row.id
            members.append((row.actor_id, row.group_id, vector))
        return len(new)


STATE_SECTORS = frozenset({"GOV", "MIL"})  # organs that act for their country


def _lineages(session: Session) -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """Per actor id: the ids it stands for (itself, its parents and what it was merged into,
    and, for a state organ, its country's actor), and its sector (or its parent's)."""
    rows = {a.id: a for a in session.scalars(select(m.Actor))}
    lines: dict[str, frozenset[str]] = {}
    sectors: dict[str, str] = {}
    for actor_id in rows:
        seen: list[str] = []
        current: str | None = actor_id
        while current and current not in seen:
            seen.append(current)
            row = rows.get(current)
            if row is None:
                break
            current = row.merged_into or row.parent
        line = set(seen)
        for ancestor in seen:
            row = rows.get(ancestor)
            if row is not None and row.sector in STATE_SECTORS and row.country:
                line.add(row.country)
            if row is not None and row.sector and actor_id not in sectors:
                sectors[actor_id] = row.sector
        lines[actor_id] = frozenset(line)
    return lines, sectors


def _first_day_of(since: str) -> date | None:
    """The first day whose ISO date sorts at or after `since` (a day, a month "2025-03", a year,
    or a day with a time); None when `since` does not start with one."""
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", since)
    if match is None:
        return None
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        first = date(year, month, day)
    except ValueError:
        return None
    # "2025-03-01T08:00" sorts after the day "2025-03-01" itself
    return first + timedelta(days=1) if match.group(3) and len(since) > 10 else first


def _may_dispute(content: str, rules: Any, kinds: frozenset[str] | None = None) -> bool:
    """Whether a claim could dispute some commitment: it names a kind of pledge the claim rules
    weigh and says such a pledge is not kept. Checked once per claim here, so that matching
    every commitment against every claim only meets the few claims that pass. `kinds`: the
    content's `commitment_kinds`, when already worked out."""
    from watchfloor.analyze.commitments import commitment_kinds, says_not_kept

    if kinds is None:
        kinds = frozenset(commitment_kinds(content, rules))
    weighed = kinds & rules.claim_kinds
    return bool(weighed) and says_not_kept(content, weighed, rules)


def later_evidence(
    session: Session,
    since: str | None = None,
    lineages: tuple[dict[str, frozenset[str]], dict[str, str]] | None = None,
) -> tuple[list[Any], list[Any]]:
    """The events and claims the commitment status rules weigh (asserted events of the types
    the rules name; asserted, dated claims that say a kind of pledge is not kept), dated from
    `since` on, as the rules' plain records."""
    from watchfloor.analyze.commitments import (
        LaterClaim,
        LaterEvent,
        commitment_kinds,
        load_status_rules,
    )

    rules = load_status_rules()
    lines, sectors = lineages or _lineages(session)

    def line(actor_id: str | None) -> frozenset[str]:
        return lines.get(actor_id, frozenset({actor_id})) if actor_id else frozenset()

    types = {t for rule in rules.events for t in rule.types}
    stmt = select(m.Event).where(m.Event.type.in_(types), m.Event.factuality == "asserted")
    if since:
        stmt = stmt.where(m.Event.date >= since)
    events = [
        LaterEvent(
            id=e.id,
            date=e.date,
            type=e.type,
            actors=line(e.actor_id),
            recipients=line(e.recipient_id),
            recipient_sectors=frozenset(
                {s for s in (sectors.get(e.recipient_id or ""),) if s is not None}
            ),
            factuality=e.factuality,
        )
        for e in session.scalars(stmt)
    ]
    claims = []
    if rules.claim_kinds:
        claim_stmt = (
            select(m.Claim, m.Document.published_date)
            .join(m.Document, m.Document.id == m.Claim.doc_id)
            .where(m.Claim.stance == "assert")
        )
        first_day = _first_day_of(since) if since else None
        if first_day is not None:
            claim_stmt = claim_stmt.where(m.Document.published_date >= first_day)
        for c, published in session.execute(claim_stmt):
            if published is None:
                continue  # undated: never weighed
            kinds = frozenset(commitment_kinds(c.content, rules))
            if not _may_dispute(c.content, rules, kinds):
                continue  # disputing no kind of pledge: never weighed
            claims.append(
                LaterClaim(
                    id=c.id,
                    date=published.isoformat(),
                    speakers=line(c.speaker_id),
                    content=c.content,
                    stance=c.stance,
                    kinds=kinds,
                )
            )
    return events, claims


def _similarity(a: str, b: str) -> float:
    vectors = embed([a, b])
    return float(vectors[0] @ vectors[1])


def extend_histories(session: Session, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Exchange-format commitment records with the status steps that later events and claims
    imply (see `commitment_rules.yaml`), and `status` set to where the history now ends."""
    from watchfloor.analyze.commitments import apply_later_evidence, current_status

    if not records:
        return records
    dates = [str(r["date"]) for r in records if r.get("date")]
    lineages = _lineages(session)
    events, claims = later_evidence(session, min(dates) if dates else None, lineages)
    similarity: Any = _similarity
    try:
        embed(["commitment"])
    except Exception:  # no embedding model: disputes then rest on kind and wording alone
        similarity = None

    def party(obj: dict[str, Any] | None) -> frozenset[str] | None:
        actor_id = (obj or {}).get("id")
        return lineages[0].get(actor_id, frozenset({actor_id})) if actor_id else None

    for record in records:
        history = apply_later_evidence(
            record.get("history") or [],
            actor=party(record.get("actor")),
            beneficiary=party(record.get("beneficiary")),
            content=record["content"],
            events=events,
            claims=claims,
            similarity=similarity,
        )
        record["history"] = history
        record["status"] = current_status(history) or record.get("status")
    return records


def one_line(text: str | None) -> str:
    """`text` with every run of white space (line breaks included) as one space, trimmed."""
    return " ".join((text or "").split())


def statement_of(content: str, sentence: str | None, *, min_words: int = 5) -> str:
    """What a reader needs to see of a commitment: its content, or the whole sentence when the
    content is a bare noun ("a ceasefire", "the decree") that says nothing on its own."""
    if len(content.split()) >= min_words or not sentence:
        return content
    return one_line(sentence)


def record_statement(record: dict[str, Any], sentences: dict[Any, str]) -> str:
    """`statement_of` a commitment record, given the sentences of its mentions by mention id:
    the sentence is its first mention's."""
    first = record["mentions"][0] if record.get("mentions") else None
    return statement_of(record["content"], sentences.get(first))


def list_commitments(
    session: Session, *, actor: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """One record per commitment (exchange format, SPEC §2), newest first, optionally only
    those of one committing actor or in one current status."""
    from watchfloor.export.commitments import commitments_from_mentions
    from watchfloor.store.queries import Filters, list_commitment_mentions, resolve_actor_id

    actor_ids = set(resolve_actor_id(session, actor)) if actor else None
    mentions = list_commitment_mentions(session, Filters().unpaged())
    sentences = {r["id"]: r["sentence"] for r in mentions}
    out = [
        record
        for record in commitments_from_mentions(session, mentions)
        if (actor_ids is None or (record["actor"] or {}).get("id") in actor_ids)
        and (status is None or record["status"] == status)
    ]
    for record in out:
        record["statement"] = record_statement(record, sentences)
    out.sort(key=lambda r: str(r["date"] or ""), reverse=True)
    return out
