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
from sqlalchemy.orm import Session, aliased

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
    "recipient_sectors",
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
    recipient_sectors: frozenset[str] = frozenset()
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
    if rule.recipient_sectors:
        recipient = aliased(m.Actor)
        stmt = stmt.join(recipient, recipient.id == m.Event.recipient_id).where(
            recipient.sector.in_(rule.recipient_sectors)
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


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def _words(text: str | None) -> int:
    return len((text or "").split())


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())


def story_of(claim: dict[str, Any]) -> Any:
    """The story a claim was reported in: near-duplicate (syndicated) copies share one."""
    return claim.get("story") or claim.get("duplicate_of") or claim["doc_id"]


def admiralty_code(claim: dict[str, Any]) -> str:
    """The claim's Admiralty code (source reliability letter + information credibility digit)."""
    from watchfloor.analyze import grading

    reliability = grading.source_reliability(claim.get("source_reliability"))
    credibility = claim.get("credibility")
    return f"{reliability}{credibility if credibility in grading.CREDIBILITY else 6}"


def quote_text(claim: dict[str, Any], *, min_words: int = 5) -> str:
    """What to quote for a claim: its content, or the whole sentence when the content is only a
    pointer ("rejected the accusation") that means nothing without the rest of the sentence."""
    content = _one_line(claim.get("content"))
    if _words(content) >= min_words or not claim.get("sentence"):
        return content
    return _one_line(claim["sentence"])


def summarise_speakers(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per speaker: how often they take each side, counted in mentions and in independent
    reports (a story and its syndicated copies count once), hedged vs firm, first/last seen,
    their latest side and the outlets that carried them. `claims` must be in date order."""
    by_speaker: dict[str, dict[str, Any]] = {}
    stories: dict[str, dict[str, set[Any]]] = defaultdict(lambda: {"for": set(), "against": set()})
    for claim in claims:
        speaker = claim["speaker"] or {}
        key = speaker.get("id") or speaker.get("text") or "unattributed"
        day = _day(claim.get("published"))
        entry = by_speaker.setdefault(
            key,
            {
                "speaker": speaker,
                "for": 0,
                "against": 0,
                "hedged": 0,
                "firm": 0,
                "first_seen": day,
                "last_seen": day,
                "latest": None,
                "latest_date": None,
                "seen": {"for": [None, None], "against": [None, None]},
                "hedged_by_side": {"for": 0, "against": 0},
                "sources": set(),
            },
        )
        polarity = claim["polarity"]
        if polarity in ("for", "against"):
            entry[polarity] += 1
            stories[key][polarity].add(story_of(claim))
            entry["latest"] = polarity
            entry["latest_date"] = day or entry["latest_date"]
            entry["hedged_by_side"][polarity] += bool(claim["hedged"])
            seen = entry["seen"][polarity]
            seen[0] = seen[0] or day
            seen[1] = day or seen[1]
        entry["hedged" if claim["hedged"] else "firm"] += 1
        entry["first_seen"] = entry["first_seen"] or day
        entry["last_seen"] = day or entry["last_seen"]
        if claim.get("source"):
            entry["sources"].add(claim["source"])
    speakers = []
    for key, entry in by_speaker.items():
        entry["sources"] = sorted(entry["sources"])
        entry["reports_for"] = len(stories[key]["for"])
        entry["reports_against"] = len(stories[key]["against"])
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
            -(e["reports_for"] + e["reports_against"]),
            -(e["for"] + e["against"]),
            not e["speaker"].get("id"),
            str(e["speaker"].get("name") or e["speaker"].get("text")),
        )
    )
    return speakers


def sides_speakers(speakers: list[dict[str, Any]], side: str) -> list[dict[str, Any]]:
    """The speakers who took `side`, chiefly those who took it most often (not those who spoke
    most overall: a speaker heard mostly on the other side should not lead this one)."""
    return sorted(
        (s for s in speakers if s[side]),
        key=lambda s: (-s[f"reports_{side}"], -s[side], not s["speaker"].get("id")),
    )


def _quote_rank(claim: dict[str, Any]) -> tuple[Any, ...]:
    # A firm, well-corroborated statement by a known speaker that says something on its own
    # is the one an analyst quotes (ties keep the most recent first: see pick_quotes).
    return (
        bool(claim["hedged"]),
        claim.get("factuality") in ("hypothetical", "alleged"),
        claim.get("credibility") or 6,
        not (claim["speaker"] or {}).get("id"),
        _words(claim.get("content")) < 5,
        -(claim.get("confidence") or 0.0),
    )


def pick_quotes(
    claims: list[dict[str, Any]], *, per_side: int = 3, near_duplicate: float = 0.6
) -> dict[str, list[dict[str, Any]]]:
    """The strongest quotes on each side: best-ranked first, one per speaker before a second
    from anyone, and never two that are near-copies of each other (syndication, or the same
    line repeated by several outlets)."""
    from watchfloor.analyze.grading import text_similarity

    out: dict[str, list[dict[str, Any]]] = {}
    for side in ("for", "against"):
        ranked = sorted(
            (c for c in claims if c["polarity"] == side),
            key=lambda c: (c.get("published") or "", c["id"]),
            reverse=True,
        )
        ranked.sort(key=_quote_rank)
        chosen: list[dict[str, Any]] = []
        texts: list[str] = []
        speakers_done: set[str] = set()
        for second_round in (False, True):
            for claim in ranked:
                if len(chosen) >= per_side:
                    break
                if any(claim is c for c in chosen):
                    continue
                speaker = claim["speaker"] or {}
                who = speaker.get("id") or speaker.get("text") or ""
                if not second_round and who in speakers_done:
                    continue
                text = quote_text(claim)
                if any(text_similarity(text, other) >= near_duplicate for other in texts):
                    continue
                chosen.append(claim)
                texts.append(text)
                speakers_done.add(who)
        out[side] = [
            {
                "claim": c["id"],
                "speaker": c["speaker"],
                "cue": c["cue"],
                "quote": quote_text(c),
                "hedged": c["hedged"],
                "date": _day(c.get("published")),
                "source": c.get("source"),
                "doc_id": c["doc_id"],
                "external_id": c.get("external_id"),
                "admiralty": admiralty_code(c),
            }
            for c in sorted(chosen, key=lambda c: (c.get("published") or "", c["id"]))
        ]
    return out


def group_incidents(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Event mentions that report one occurrence (same incident id) shown once, with the
    highest toll any report gives, every document that reported it, and whether it bears for
    or against the proposition."""
    # Mentions the incident linker left apart but that one story reports as the same kind of
    # event at the same place on the same (possibly vague) date are one occurrence retold.
    same_story: dict[tuple[Any, ...], str] = {}
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for ev in events:
        key = ev.get("incident") or ev["id"]
        place_id = (ev.get("place") or {}).get("id")
        if place_id:
            story = (ev.get("duplicate_of") or ev["doc_id"], ev["type"], place_id, ev.get("date"))
            key = same_story.setdefault(story, key)
        groups[(key, ev["supports"])].append(ev)
    out = []
    for (key, supports), members in groups.items():
        members.sort(key=lambda e: (-(e.get("confidence") or 0.0), e["id"]))
        lead = members[0]
        known_actor = next((e["actor"] for e in members if (e.get("actor") or {}).get("id")), None)
        known_recipient = next(
            (e["recipient"] for e in members if (e.get("recipient") or {}).get("id")), None
        )
        place = next((e["place"] for e in members if e.get("place")), None)
        tolls = [e["fatalities"] for e in members if e.get("fatalities") is not None]
        injured = [e["injured"] for e in members if e.get("injured") is not None]
        dates = [e.get("date") or _day(e.get("published")) for e in members]
        out.append(
            {
                "incident": key,
                "supports": supports,
                "date": min((d for d in dates if d), default=None),
                "type": lead["type"],
                "mode": lead.get("mode"),
                "actor": known_actor or lead.get("actor"),
                "recipient": known_recipient or lead.get("recipient"),
                "place": place,
                "fatalities": max(tolls) if tolls else None,
                "injured": max(injured) if injured else None,
                "factuality": "asserted"
                if any(e["factuality"] == "asserted" for e in members)
                else lead["factuality"],
                "sentence": _one_line(lead.get("sentence")),
                "events": [e["id"] for e in members],
                "doc_ids": sorted({e["doc_id"] for e in members}),
                "sources": sorted({e["source"] for e in members if e.get("source")}),
            }
        )
    out.sort(key=lambda i: (i["date"] or "", i["incident"]))
    return out


def _name(obj: dict[str, Any] | None) -> str:
    obj = obj or {}
    return obj.get("name") or obj.get("text") or "unattributed"


def ledger_summary(
    speakers: list[dict[str, Any]],
    claims: list[dict[str, Any]],
    incidents: list[dict[str, Any]],
) -> dict[str, Any]:
    """The state of the dispute in numbers: each side's reports and speakers, who spoke last on
    each side, and which side the events bear out. `claims` must be in date order."""
    sides: dict[str, Any] = {}
    for side in ("for", "against"):
        mine = [c for c in claims if c["polarity"] == side]
        on_side = sides_speakers(speakers, side)
        latest = mine[-1] if mine else None
        sides[side] = {
            "claims": len(mine),
            "reports": sum(s[f"reports_{side}"] for s in speakers),
            "hedged": sum(1 for c in mine if c["hedged"]),
            "speakers": [_name(s["speaker"]) for s in on_side],
            "latest": {
                "speaker": _name(latest["speaker"]),
                "date": _day(latest.get("published")),
                "quote": quote_text(latest),
                "source": latest.get("source"),
                "hedged": latest["hedged"],
            }
            if latest
            else None,
        }
    n_for, n_against = sides["for"]["reports"], sides["against"]["reports"]
    state = (
        "disputed"
        if n_for and n_against
        else "asserted, not denied"
        if n_for
        else "denied, not asserted"
        if n_against
        else "no stated position"
    )
    shifts = [
        {"speaker": _name(s["speaker"]), "latest": s["latest"], "date": s["latest_date"]}
        for s in speakers
        if s["position"] == "mixed"
    ]
    ev_for = [i for i in incidents if i["supports"] == "for"]
    ev_against = [i for i in incidents if i["supports"] == "against"]
    corroborates = (
        "for"
        if len(ev_for) > len(ev_against)
        else "against"
        if len(ev_against) > len(ev_for)
        else None
    )
    dated = [c for c in claims if c.get("published")]
    return {
        "state": state,
        "first_seen": _day(dated[0]["published"]) if dated else None,
        "last_seen": _day(dated[-1]["published"]) if dated else None,
        "for": sides["for"],
        "against": sides["against"],
        "mixed_speakers": shifts,
        "incidents_for": len(ev_for),
        "incidents_against": len(ev_against),
        "fatalities_in_incidents": sum(i["fatalities"] or 0 for i in incidents),
        "latest_incident": incidents[-1] if incidents else None,
        "events_corroborate": corroborates,
    }


def build_ledger(session: Session, proposition_id: str) -> dict[str, Any]:
    """Everything `watchfloor ledger` and the claims board show for one proposition."""
    from watchfloor.analyze.ledger_text import lead_paragraph
    from watchfloor.store import queries

    summary = queries.get_proposition(session, proposition_id)
    if summary is None:
        raise UserError(
            "W006", f"no proposition {proposition_id!r} (see `watchfloor ledger` for the list)"
        )
    claims = list(
        queries.iter_claims(session, queries.Filters(proposition=proposition_id).unpaged())
    )
    claims.sort(key=lambda c: (c.get("published") or "", c["id"]))
    copies = dict(
        session.execute(
            select(m.Document.id, m.Document.duplicate_of).where(
                m.Document.id.in_({c["doc_id"] for c in claims})
            )
        ).all()
    )
    timeline: dict[str, dict[str, int]] = defaultdict(lambda: {"for": 0, "against": 0})
    for claim in claims:
        claim["story"] = copies.get(claim["doc_id"]) or claim["doc_id"]
        claim["admiralty"] = admiralty_code(claim)
        month = (claim.get("published") or "unknown")[:7]
        if claim["polarity"] in ("for", "against"):
            timeline[month][claim["polarity"]] += 1
    speakers = summarise_speakers(claims)
    events = []
    bearing = _bearing(session, proposition_id)
    event_dicts = {e["id"]: e for e in queries._event_dicts(session, [ev for ev, _ in bearing])}
    for event, supports in bearing:
        record = event_dicts[event.id]
        record["supports"] = supports
        events.append(record)
    incidents = group_incidents(events)
    data: dict[str, Any] = {
        "proposition": summary,
        "summary": ledger_summary(speakers, claims, incidents),
        "speakers": speakers,
        "quotes": pick_quotes(claims),
        "claims": claims,
        "timeline": [{"month": k, **v} for k, v in sorted(timeline.items())],
        "incidents": incidents,
        "events": events,
    }
    data["lead"] = lead_paragraph(data)
    return data
