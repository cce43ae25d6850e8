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
from typing import TYPE_CHECKING, Any

import yaml
from sqlalchemy import ColumnElement, and_, not_, or_, select
from sqlalchemy.orm import Session

from watchfloor.analyze.commitment_ledger import one_line, statement_of
from watchfloor.errors import UserError
from watchfloor.records import EVENT_TYPES, FACTUALITY_VALUES
from watchfloor.store import models as m

if TYPE_CHECKING:
    pass

EVIDENCE_FILE = Path(__file__).parent / "data" / "evidence.yaml"
# Fields that select events; each also works inside `unless`.
_SET_KEYS = (
    "types",
    "modes",
    "place_countries",
    "actors",
    "recipients",
    "actor_countries",
    "recipient_countries",
    "actor_sectors",
    "recipient_sectors",
    "actor_based_in",
    "recipient_based_in",
    "actor_aims",
    "recipient_aims",
    "actor_opposes",
    "recipient_opposes",
)
_ISO3_KEYS = {
    "place_countries",
    "actor_countries",
    "recipient_countries",
    "actor_based_in",
    "recipient_based_in",
    "actor_opposes",
    "recipient_opposes",
}
RULE_KEYS = {*_SET_KEYS, "factuality", "supports", "unless"}


@dataclass(frozen=True)
class EvidenceRule:
    """Events that bear on a proposition: every field set must match, and no field of `unless`.

    Actor fields speak of the event's actor, recipient fields of its recipient; `*_based_in`,
    `*_aims` and `*_opposes` are the knowledge base's group attributes, so a rule can name a
    class ("armed groups based in AFG") instead of listing its members.
    """

    supports: str
    types: frozenset[str] = frozenset()
    modes: frozenset[str] = frozenset()
    place_countries: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    recipients: frozenset[str] = frozenset()
    actor_countries: frozenset[str] = frozenset()
    recipient_countries: frozenset[str] = frozenset()
    actor_sectors: frozenset[str] = frozenset()
    recipient_sectors: frozenset[str] = frozenset()
    actor_based_in: frozenset[str] = frozenset()
    recipient_based_in: frozenset[str] = frozenset()
    actor_aims: frozenset[str] = frozenset()
    recipient_aims: frozenset[str] = frozenset()
    actor_opposes: frozenset[str] = frozenset()
    recipient_opposes: frozenset[str] = frozenset()
    factuality: frozenset[str] = field(default_factory=lambda: frozenset({"asserted", "alleged"}))
    unless: tuple[tuple[str, frozenset[str]], ...] = ()

    def conditions(self) -> list[tuple[str, frozenset[str]]]:
        return [(key, getattr(self, key)) for key in _SET_KEYS if getattr(self, key)]


def _check_values(where: str, entry: dict[str, Any]) -> dict[str, frozenset[str]]:
    from watchfloor.kb.actors import AIMS
    from watchfloor.records import SECTOR_CODES

    out: dict[str, frozenset[str]] = {}
    for key, value in entry.items():
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise UserError("W005", f"{where}: {key} must be a list of strings")
        values = frozenset(value)
        bad: set[str] = set()
        if key == "types":
            bad = set(values - set(EVENT_TYPES))
        elif key == "factuality":
            bad = set(values - set(FACTUALITY_VALUES))
        elif key.endswith("_sectors"):
            bad = set(values - set(SECTOR_CODES))
        elif key.endswith("_aims"):
            bad = set(values - set(AIMS))
        elif key in _ISO3_KEYS:
            bad = {v for v in values if not (len(v) == 3 and v.isalpha() and v.isupper())}
        if bad:
            raise UserError("W005", f"{where}: {key}: unknown value(s) {', '.join(sorted(bad))}")
        out[key] = values
    return out


def _load_rules_file(path: Path) -> dict[str, list[EvidenceRule]]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise UserError("W005", f"{path}: cannot read evidence rules ({exc})") from exc
    rules: dict[str, list[EvidenceRule]] = {}
    for prop_id, entries in (data.get("evidence") or {}).items():
        for i, entry in enumerate(entries or []):
            where = f"{path}: evidence.{prop_id}[{i}]"
            if not isinstance(entry, dict):
                raise UserError("W005", f"{where}: must be a mapping")
            unknown = set(entry) - RULE_KEYS
            if unknown:
                raise UserError("W005", f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
            if entry.get("supports") not in ("for", "against"):
                raise UserError("W005", f"{where}: supports must be 'for' or 'against'")
            unless = entry.get("unless") or {}
            if not isinstance(unless, dict) or set(unless) - set(_SET_KEYS):
                raise UserError(
                    "W005", f"{where}: unless must map fields among {', '.join(_SET_KEYS)}"
                )
            kwargs: dict[str, Any] = _check_values(
                where, {k: v for k, v in entry.items() if k not in ("supports", "unless")}
            )
            kwargs["unless"] = tuple(sorted(_check_values(f"{where}.unless", unless).items()))
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


def _condition(session: Session, key: str, values: frozenset[str]) -> ColumnElement[bool]:
    """One rule field as a test on an event; never NULL, so it can be negated for `unless`."""
    if key == "types":
        return m.Event.type.in_(values)
    if key == "modes":
        return and_(m.Event.mode.is_not(None), m.Event.mode.in_(values))
    if key == "place_countries":
        places = select(m.Place.id).where(m.Place.country.in_(values))
        return and_(m.Event.place_id.is_not(None), m.Event.place_id.in_(places))
    role, _, attribute = key.partition("_")
    column = m.Event.actor_id if role in ("actor", "actors") else m.Event.recipient_id
    ids: Any
    if not attribute:
        ids = _family(session, values)
    elif attribute == "countries":
        ids = select(m.Actor.id).where(m.Actor.country.in_(values))
    elif attribute == "sectors":
        ids = select(m.Actor.id).where(m.Actor.sector.in_(values))
    else:
        # A group's children (its leaders, factions) and actors merged into it share its
        # attributes, as they share its id in `actors`.
        from watchfloor.kb.actors import load_checked

        members = load_checked().actors_with(**{attribute: values})
        ids = _family(session, frozenset(members))
    return and_(column.is_not(None), column.in_(ids))


def _matching_events(session: Session, rule: EvidenceRule) -> list[m.Event]:
    stmt = select(m.Event).where(m.Event.factuality.in_(rule.factuality))
    for key, values in rule.conditions():
        stmt = stmt.where(_condition(session, key, values))
    if rule.unless:
        stmt = stmt.where(not_(or_(*(_condition(session, k, v) for k, v in rule.unless))))
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
    return statement_of(one_line(claim.get("content")), claim.get("sentence"), min_words=min_words)


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
    """The strongest quotes on each side, in rank order (`rank` 1 is the strongest): one per
    speaker before a second from anyone, and never two that are near-copies of each other
    (syndication, or the same line repeated by several outlets). A client that wants them in
    date order sorts them by `date` itself."""
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
        # `chosen` is already in rank order: the first round takes each speaker's best quote
        # by rank, the second adds further quotes by rank.
        out[side] = [
            {
                "rank": rank,
                "claim": c["id"],
                "speaker": c["speaker"],
                "cue": c["cue"],
                "quote": text,
                "hedged": c["hedged"],
                "date": _day(c.get("published")),
                "source": c.get("source"),
                "doc_id": c["doc_id"],
                "external_id": c.get("external_id"),
                "admiralty": admiralty_code(c),
            }
            for rank, (c, text) in enumerate(zip(chosen, texts, strict=True), start=1)
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
                "sentence": one_line(lead.get("sentence")),
                "events": [e["id"] for e in members],
                "doc_ids": sorted({e["doc_id"] for e in members}),
                "sources": sorted({e["source"] for e in members if e.get("source")}),
            }
        )
    out.sort(key=lambda i: (i["date"] or "", i["incident"]))
    return out


def display_name(obj: dict[str, Any] | None) -> str:
    """How a speaker or party reads in a summary: its name, else its words, else unattributed."""
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
            "speakers": [display_name(s["speaker"]) for s in on_side],
            "latest": {
                "speaker": display_name(latest["speaker"]),
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
        {"speaker": display_name(s["speaker"]), "latest": s["latest"], "date": s["latest_date"]}
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


def _copies_of(session: Session, claims: list[dict[str, Any]]) -> dict[int, int | None]:
    """Which document each claim's document is a near-duplicate copy of (None: an original)."""
    return dict(
        session.execute(
            select(m.Document.id, m.Document.duplicate_of).where(
                m.Document.id.in_({c["doc_id"] for c in claims})
            )
        ).all()
    )


def _prepare_claims(
    claims: list[dict[str, Any]], copies: dict[int, int | None]
) -> list[dict[str, int | str]]:
    """Sort `claims` by date, mark each with its story (syndicated copies share one) and its
    Admiralty code, and count them by month and side for the timeline."""
    claims.sort(key=lambda c: (c.get("published") or "", c["id"]))
    timeline: dict[str, dict[str, int]] = defaultdict(lambda: {"for": 0, "against": 0})
    for claim in claims:
        claim["story"] = copies.get(claim["doc_id"]) or claim["doc_id"]
        claim["admiralty"] = admiralty_code(claim)
        month = (claim.get("published") or "unknown")[:7]
        if claim["polarity"] in ("for", "against"):
            timeline[month][claim["polarity"]] += 1
    return [{"month": k, **v} for k, v in sorted(timeline.items())]


def _assemble(
    proposition: dict[str, Any],
    claims: list[dict[str, Any]],
    timeline: list[dict[str, int | str]],
    events: list[dict[str, Any]],
) -> dict[str, Any]:
    from watchfloor.analyze.ledger_text import lead_paragraph

    speakers = summarise_speakers(claims)
    incidents = group_incidents(events)
    data: dict[str, Any] = {
        "proposition": proposition,
        "summary": ledger_summary(speakers, claims, incidents),
        "speakers": speakers,
        "quotes": pick_quotes(claims),
        "claims": claims,
        "timeline": timeline,
        "incidents": incidents,
        "events": events,
    }
    data["lead"] = lead_paragraph(data)
    return data


def _bearing_events(
    session: Session, proposition_ids: list[str]
) -> dict[str, list[dict[str, Any]]]:
    """The events bearing on each proposition, each marked with the side it supports; the
    event records of all of them are built together (one set of look-ups, not one per
    proposition)."""
    from watchfloor.store import queries

    bearing = {pid: _bearing(session, pid) for pid in proposition_ids}
    rows = {ev.id: ev for pairs in bearing.values() for ev, _ in pairs}
    records = {e["id"]: e for e in queries._event_dicts(session, list(rows.values()))}
    # an event bearing on two propositions gets its own copy per proposition: `supports` differs
    return {
        pid: [{**records[ev.id], "supports": supports} for ev, supports in pairs]
        for pid, pairs in bearing.items()
    }


def build_ledger(session: Session, proposition_id: str) -> dict[str, Any]:
    """Everything `watchfloor ledger` and the claims board show for one proposition."""
    from watchfloor.store import queries

    summary = queries.get_proposition(session, proposition_id)
    if summary is None:
        raise UserError(
            "W006", f"no proposition {proposition_id!r} (see `watchfloor ledger` for the list)"
        )
    claims = list(
        queries.iter_claims(session, queries.Filters(proposition=proposition_id).unpaged())
    )
    timeline = _prepare_claims(claims, _copies_of(session, claims))
    events = _bearing_events(session, [proposition_id])[proposition_id]
    return _assemble(summary, claims, timeline, events)


def board_summaries(
    session: Session, propositions: list[dict[str, Any]]
) -> dict[str, dict[str, Any]]:
    """What a claims-board card shows for each proposition (the ledger's lead, state, counts,
    monthly timeline, best quote per side, incident counts), for many propositions at once:
    their claims and events are read in a few queries for the lot, and each proposition's
    figures are the ones its full ledger gives."""
    from watchfloor.store import queries

    ids = [p["id"] for p in propositions]
    if not ids:
        return {}
    by_prop: dict[str, list[dict[str, Any]]] = {pid: [] for pid in ids}
    stmt = (
        select(m.Claim)
        .join(m.Document, m.Document.id == m.Claim.doc_id)
        .where(m.Claim.proposition_id.in_(ids))
    )
    for claim in queries._iter_by_id(session, stmt, m.Claim.id, queries._claim_dicts, 1000):
        by_prop[(claim.get("proposition") or {})["id"]].append(claim)
    events = _bearing_events(session, ids)
    copies = _copies_of(session, [c for claims in by_prop.values() for c in claims])
    out = {}
    for prop in propositions:
        claims = by_prop[prop["id"]]
        timeline = _prepare_claims(claims, copies)
        data = _assemble(prop, claims, timeline, events[prop["id"]])
        s = data["summary"]
        best = {side: (data["quotes"][side] or [None])[0] for side in ("for", "against")}
        out[prop["id"]] = {
            "lead": data["lead"],
            "state": s["state"],
            "n_claims_for": s["for"]["claims"],
            "n_claims_against": s["against"]["claims"],
            "reports_for": s["for"]["reports"],
            "reports_against": s["against"]["reports"],
            "hedged_for": s["for"]["hedged"],
            "hedged_against": s["against"]["hedged"],
            "timeline": timeline,
            "quote_for": best["for"],
            "quote_against": best["against"],
            "incidents_for": s["incidents_for"],
            "incidents_against": s["incidents_against"],
            "events_corroborate": s["events_corroborate"],
        }
    return out
