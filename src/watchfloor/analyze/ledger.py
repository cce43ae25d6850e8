"""The claims ledger of a proposition: who asserts it, who denies it, over time, and which
extracted events bear on it.

Evidence rules (which events bear on which proposition) live in `data/evidence.yaml`, next to
the propositions themselves, so an analyst can extend them for a new region.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select
from sqlalchemy.orm import Session

from watchfloor.errors import UserError
from watchfloor.records import EVENT_TYPES, FACTUALITY_VALUES
from watchfloor.store import models as m

EVIDENCE_FILE = Path(__file__).parent / "data" / "evidence.yaml"
RULE_KEYS = {
    "types",
    "modes",
    "actors",
    "recipients",
    "place_countries",
    "actor_countries",
    "factuality",
    "supports",
}


@dataclass(frozen=True)
class EvidenceRule:
    supports: str
    types: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    place_countries: frozenset[str] = frozenset()
    actor_countries: frozenset[str] = frozenset()
    factuality: frozenset[str] = field(default_factory=lambda: frozenset({"asserted", "alleged"}))


def _load_rules_file(path: Path) -> dict[str, list[EvidenceRule]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UserError("W005", f"{path}: cannot read evidence rules ({exc})") from exc
    rules: dict[str, list[EvidenceRule]] = {}
    for prop_id, entries in (data.get("evidence") or {}).items():
        for i, entry in enumerate(entries or []):
            where = f"{path}: evidence.{prop_id}[{i}]"
            unknown = set(entry) - RULE_KEYS
            if unknown:
                raise UserError("W005", f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
            if entry.get("supports") not in ("for", "against"):
                raise UserError("W005", f"{where}: supports must be 'for' or 'against'")
            bad_types = set(entry.get("types", [])) - set(EVENT_TYPES)
            if bad_types:
                raise UserError(
                    "W005", f"{where}: unknown event type(s) {', '.join(sorted(bad_types))}"
                )
            bad_fact = set(entry.get("factuality", [])) - set(FACTUALITY_VALUES)
            if bad_fact:
                raise UserError(
                    "W005", f"{where}: unknown factuality value(s) {', '.join(sorted(bad_fact))}"
                )
            kwargs: dict[str, Any] = {k: frozenset(v) for k, v in entry.items() if k != "supports"}
            rules.setdefault(prop_id, []).append(EvidenceRule(supports=entry["supports"], **kwargs))
    return rules


@lru_cache(maxsize=4)
def load_evidence_rules(extra: str | None = None) -> dict[str, list[EvidenceRule]]:
    rules = _load_rules_file(EVIDENCE_FILE)
    extra = extra or os.environ.get("WATCHFLOOR_EVIDENCE")
    if extra:
        for prop_id, items in _load_rules_file(Path(extra)).items():
            rules.setdefault(prop_id, []).extend(items)
    return rules


def _family(session: Session, ids: frozenset[str]) -> set[str]:
    """An actor id together with every actor below it (parent links) or merged into it."""
    if not ids:
        return set()
    out = set(ids)
    frontier = set(ids)
    while frontier:
        children = set(
            session.scalars(
                select(m.Actor.id).where(
                    (m.Actor.parent.in_(frontier)) | (m.Actor.merged_into.in_(frontier))
                )
            )
        )
        frontier = children - out
        out |= children
    return out


def _matching_events(session: Session, rule: EvidenceRule) -> list[m.Event]:
    stmt = select(m.Event).where(m.Event.factuality.in_(rule.factuality))
    if rule.types:
        stmt = stmt.where(m.Event.type.in_(rule.types))
    if rule.modes:
        stmt = stmt.where(m.Event.mode.in_(rule.modes))
    if rule.actors:
        stmt = stmt.where(m.Event.actor_id.in_(_family(session, rule.actors)))
    if rule.recipients:
        stmt = stmt.where(m.Event.recipient_id.in_(_family(session, rule.recipients)))
    if rule.place_countries:
        stmt = stmt.join(m.Place, m.Place.id == m.Event.place_id).where(
            m.Place.country.in_(rule.place_countries)
        )
    if rule.actor_countries:
        stmt = stmt.join(m.Actor, m.Actor.id == m.Event.actor_id).where(
            m.Actor.country.in_(rule.actor_countries)
        )
    return list(session.scalars(stmt))


def events_bearing_on(session: Session, proposition_id: str) -> list[str]:
    return [e.id for e, _ in _bearing(session, proposition_id)]


def _bearing(session: Session, proposition_id: str) -> list[tuple[m.Event, str]]:
    seen: dict[str, tuple[m.Event, str]] = {}
    for rule in load_evidence_rules().get(proposition_id, []):
        for event in _matching_events(session, rule):
            seen.setdefault(event.id, (event, rule.supports))
    return sorted(seen.values(), key=lambda pair: (pair[0].date or "", pair[0].id))


def build_ledger(session: Session, proposition_id: str) -> dict[str, Any]:
    """Everything `watchfloor ledger` and the claims board show for one proposition."""
    from watchfloor.store import queries

    summary = queries.get_proposition(session, proposition_id)
    if summary is None:
        raise UserError(
            "W006", f"no proposition {proposition_id!r} (see `watchfloor ledger` for the list)"
        )
    claims = list(queries.iter_claims(session, queries.Filters(proposition=proposition_id)))
    claims.sort(key=lambda c: (c.get("published") or "", c["id"]))
    by_speaker: dict[str, dict[str, Any]] = {}
    timeline: dict[str, dict[str, int]] = defaultdict(lambda: {"for": 0, "against": 0})
    for claim in claims:
        speaker = claim["speaker"] or {}
        key = speaker.get("id") or speaker.get("text") or "unattributed"
        entry = by_speaker.setdefault(
            key,
            {
                "speaker": speaker,
                "for": 0,
                "against": 0,
                "hedged": 0,
                "firm": 0,
                "first_seen": claim.get("published"),
                "last_seen": claim.get("published"),
                "sources": set(),
            },
        )
        if claim["polarity"] in ("for", "against"):
            entry[claim["polarity"]] += 1
        entry["hedged" if claim["hedged"] else "firm"] += 1
        entry["last_seen"] = claim.get("published") or entry["last_seen"]
        if claim.get("source"):
            entry["sources"].add(claim["source"])
        month = (claim.get("published") or "unknown")[:7]
        if claim["polarity"] in ("for", "against"):
            timeline[month][claim["polarity"]] += 1
    speakers = []
    for entry in by_speaker.values():
        entry["sources"] = sorted(entry["sources"])
        entry["position"] = (
            "asserts"
            if entry["for"] and not entry["against"]
            else "denies"
            if entry["against"] and not entry["for"]
            else "mixed"
            if entry["for"] and entry["against"]
            else "unclear"
        )
        speakers.append(entry)
    speakers.sort(
        key=lambda e: (
            -(e["for"] + e["against"]),
            str(e["speaker"].get("name") or e["speaker"].get("text")),
        )
    )
    events = []
    bearing = _bearing(session, proposition_id)
    event_dicts = {e["id"]: e for e in queries._event_dicts(session, [ev for ev, _ in bearing])}
    for event, supports in bearing:
        record = event_dicts[event.id]
        record["supports"] = supports
        events.append(record)
    return {
        "proposition": summary,
        "speakers": speakers,
        "claims": claims,
        "timeline": [{"month": k, **v} for k, v in sorted(timeline.items())],
        "events": events,
    }
