"""Commitments as the exchange format carries them: one record per pledge, with its history.

The store keeps one row per sentence that makes, reaffirms, demands, disputes, breaks or
fulfils a pledge. Rows that the extractor already grouped (`group_id`) stay together; the rest
are grouped here by the claims stage's own grouping (content embeddings, never across two
different committing actors) or, when the embedding model cannot be loaded, by the same
committing actor plus fuzzy similarity of the content.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from typing import Any

from sqlalchemy.orm import Session

from watchfloor.store import queries
from watchfloor.store.queries import Filters

log = logging.getLogger(__name__)
FUZZY_THRESHOLD = 70.0


def _fuzzy_groups(rows: list[dict[str, Any]]) -> list[list[int]]:
    from rapidfuzz import fuzz

    groups: list[list[int]] = []
    for i, row in enumerate(rows):
        actor = (row["actor"] or {}).get("id")
        for group in groups:
            head = rows[group[0]]
            head_actor = (head["actor"] or {}).get("id")
            if actor and head_actor and actor != head_actor:
                continue
            if fuzz.token_set_ratio(row["content"], head["content"]) >= FUZZY_THRESHOLD:
                group.append(i)
                break
        else:
            groups.append([i])
    return groups


def _as_records(rows: list[dict[str, Any]]) -> list[Any]:
    from watchfloor.analyze.commitments import CommitmentRecord
    from watchfloor.records import ActorRef

    def ref(obj: dict[str, Any] | None) -> ActorRef | None:
        return ActorRef(obj.get("id"), obj.get("name"), obj.get("text") or "") if obj else None

    return [
        CommitmentRecord(
            actor=ref(r["actor"]),
            beneficiary=ref(r["beneficiary"]),
            content=r["content"],
            span=tuple(r["span"]),
            sentence=r["sentence"],
            date=r["date"],
            status=r["status"],
            confidence=r["confidence"],
            extractor=r["extractor"],
            evidence=list(r["evidence"]),
        )
        for r in rows
    ]


def _group(rows: list[dict[str, Any]]) -> list[list[int]]:
    try:
        from watchfloor.analyze.commitments import group_commitments

        return group_commitments(_as_records(rows))
    except Exception as exc:  # the embedding model is optional at export time
        log.info(
            "commitment grouping by embeddings unavailable (%s); using actor + fuzzy content", exc
        )
        return _fuzzy_groups(rows)


def _history(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    try:
        from watchfloor.analyze.commitments import derive_status_history

        return derive_status_history(_as_records(rows))
    except ImportError:
        ordered = sorted(rows, key=lambda r: (r["date"] is None, r["date"] or ""))
        return [
            {"status": r["status"], "date": r["date"], "evidence": list(r["evidence"])}
            for r in ordered
        ]


def build_commitments(session: Session, filters: Filters) -> list[dict[str, Any]]:
    return commitments_from_mentions(session, queries.list_commitment_mentions(session, filters))


def commitments_from_mentions(session: Session, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The commitment records of mentions already read by `queries.list_commitment_mentions`
    (for a caller that needs the mentions too, e.g. their sentences)."""
    for row in rows:
        # the mention itself is evidence, plus whatever was extracted from the same sentence
        row["evidence"] = [
            row["id"],
            *queries.evidence_in_sentence(session, row["doc_id"], row["sentence"]),
        ]
    grouped: dict[str, list[int]] = defaultdict(list)
    loose: list[int] = []
    for i, row in enumerate(rows):
        if row["group_id"]:
            grouped[row["group_id"]].append(i)
        else:
            loose.append(i)
    groups = list(grouped.values())
    if loose:
        sub = [rows[i] for i in loose]
        groups += [[loose[j] for j in g] for g in _group(sub)]
    out = []
    for group in groups:
        members = sorted(
            (rows[i] for i in group), key=lambda r: (r["date"] is None, r["date"] or "", r["id"])
        )
        history = _history(members)
        first = next((r for r in members if r["status"] != "demanded"), members[0])
        out.append(
            {
                "id": "cmt_" + min(r["id"] for r in members).split("_", 1)[-1],
                "actor": first["actor"],
                "beneficiary": first["beneficiary"]
                or next((r["beneficiary"] for r in members if r["beneficiary"]), None),
                "content": first["content"],
                "source": {"doc_id": first["doc_id"], "span": first["span"]},
                "date": first["date"],
                "status": history[-1]["status"] if history else first["status"],
                "history": history,
                "mentions": [r["id"] for r in members],
                "confidence": max(r["confidence"] for r in members),
            }
        )
    # Later events and claims extend each history (broken, fulfilled, disputed) and so set
    # where its status now stands.
    from watchfloor.analyze.commitment_ledger import extend_histories

    out = extend_histories(session, out)
    out.sort(key=lambda c: (c["date"] or "", c["id"]))
    return out
