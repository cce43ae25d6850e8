"""Watchlists and alerts: analysts' standing questions, answered on every ingest.

A watch is a named rule (`Watch.rule`, JSON): any of `actor` (ids), `place` (a name or id),
`country` (ISO3), `types` (PLOVER types), `min_fatalities`, `proposition`, plus where to send
matches (`jsonl` file, `webhook` on this machine). All given criteria must hold. Rules with
event criteria (type, place, fatalities) match events; rules with a proposition match claims
about it; a rule with only an actor and/or a country matches both.

`evaluate_watches(session, doc_ids)` runs after each stored batch. An alert row is unique per
(watch, object): re-ingesting or re-evaluating never alerts twice, and only new alerts are
sent out. A failing delivery is logged, never raised: an unreachable webhook must not lose the
batch that triggered it.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from watchfloor.errors import UserError
from watchfloor.records import EVENT_TYPES
from watchfloor.store import models as m
from watchfloor.store import queries
from watchfloor.store.repository import insert_ignore

log = logging.getLogger(__name__)
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
RULE_KEYS = frozenset(
    {"actor", "place", "country", "types", "min_fatalities", "proposition", "jsonl", "webhook"}
)
EVENT_KEYS = frozenset({"place", "types", "min_fatalities"})
HAPPENED = frozenset({"asserted", "alleged", "historical"})
WEBHOOK_TIMEOUT = 5.0


# ---------------------------------------------------------------- rules


def validate_rule(rule: dict[str, Any]) -> dict[str, Any]:
    """A clean copy of a watch rule, or W012 naming what is wrong."""
    unknown = set(rule) - RULE_KEYS
    if unknown:
        raise UserError(
            "W012", f"unknown watch rule keys {sorted(unknown)}; valid: {sorted(RULE_KEYS)}"
        )
    out: dict[str, Any] = {k: v for k, v in rule.items() if v not in (None, [], "")}
    if not set(out) - {"jsonl", "webhook"}:
        raise UserError(
            "W012",
            "a watch needs at least one of --actor, --place, --country, --type, "
            "--min-fatalities, --proposition",
        )
    if "actor" in out:
        out["actor"] = [out["actor"]] if isinstance(out["actor"], str) else list(out["actor"])
    if "types" in out:
        types = out["types"].split(",") if isinstance(out["types"], str) else list(out["types"])
        types = [t.strip().upper() for t in types if t.strip()]
        bad = [t for t in types if t not in EVENT_TYPES]
        if bad:
            raise UserError(
                "W012", f"unknown event type(s) {', '.join(bad)}; valid: {', '.join(EVENT_TYPES)}"
            )
        out["types"] = types
    if "country" in out:
        code = str(out["country"]).strip().upper()
        if len(code) != 3 or not code.isalpha():
            raise UserError(
                "W012", f"--country must be an ISO 3166-1 alpha-3 code, not {out['country']!r}"
            )
        out["country"] = code
    if "min_fatalities" in out:
        try:
            out["min_fatalities"] = int(out["min_fatalities"])
        except (TypeError, ValueError) as exc:
            raise UserError(
                "W012", f"--min-fatalities must be a whole number, not {out['min_fatalities']!r}"
            ) from exc
        if out["min_fatalities"] < 0:
            raise UserError("W012", "--min-fatalities must not be negative")
    if "webhook" in out:
        check_webhook(out["webhook"])
    if "jsonl" in out:
        out["jsonl"] = str(Path(out["jsonl"]).expanduser().resolve())
    return out


def check_webhook(url: str) -> None:
    """Alerts may carry unpublished analysis: they go only to a receiver on this machine."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or (parts.hostname or "").lower() not in LOCAL_HOSTS:
        raise UserError(
            "W012", f"webhook must be an http(s) URL on 127.0.0.1 or localhost, not {url!r}"
        )
    try:
        parts.port  # noqa: B018 - a malformed port raises here
    except ValueError as exc:
        raise UserError("W012", f"webhook URL has an invalid port: {url!r}") from exc


def add_watch(session: Session, name: str, rule: dict[str, Any]) -> dict[str, Any]:
    name = name.strip()
    if not name:
        raise UserError("W012", "a watch needs a name")
    clean = validate_rule(rule)
    if "actor" in clean:
        resolved = []
        for actor in clean["actor"]:
            ids = queries.resolve_actor_id(session, actor)
            resolved.extend(ids)
        clean["actor"] = sorted(set(resolved))
    if session.scalar(select(m.Watch).where(m.Watch.name == name)) is not None:
        raise UserError(
            "W012", f"a watch named {name!r} exists; remove it first or pick another name"
        )
    watch = m.Watch(name=name, rule=clean, active=True)
    session.add(watch)
    session.flush()
    return watch_dict(watch)


def remove_watch(session: Session, name: str) -> None:
    watch = session.scalar(select(m.Watch).where(m.Watch.name == name))
    if watch is None:
        raise UserError("W006", f"no watch named {name!r} (see `watchfloor watch list`)")
    session.query(m.Alert).filter(m.Alert.watch_id == watch.id).delete()
    session.delete(watch)


def watch_dict(watch: m.Watch) -> dict[str, Any]:
    return {
        "id": watch.id,
        "name": watch.name,
        "rule": dict(watch.rule or {}),
        "active": watch.active,
        "created_at": watch.created_at.isoformat() if watch.created_at else None,
    }


def list_watches(session: Session) -> list[dict[str, Any]]:
    counts = dict(
        session.execute(select(m.Alert.watch_id, func.count()).group_by(m.Alert.watch_id)).all()
    )
    out = []
    for watch in session.scalars(select(m.Watch).order_by(m.Watch.name)):
        d = watch_dict(watch)
        d["alerts"] = counts.get(watch.id, 0)
        out.append(d)
    return out


# ---------------------------------------------------------------- matching


def _ids(obj: dict[str, Any] | None) -> set[str]:
    return {obj["id"]} if obj and obj.get("id") else set()


def event_matches(
    rule: dict[str, Any], event: dict[str, Any], countries: dict[str, str | None]
) -> bool:
    if "proposition" in rule:
        return False
    if "types" in rule and event["type"] not in rule["types"]:
        return False
    if "min_fatalities" in rule and (event.get("fatalities") or 0) < rule["min_fatalities"]:
        return False
    if event.get("factuality") not in HAPPENED and EVENT_KEYS & set(rule):
        # "nothing happened" and "might happen" are not incidents to wake an analyst for
        return False
    parties = _ids(event.get("actor")) | _ids(event.get("recipient"))
    if "actor" in rule and not parties & set(rule["actor"]):
        return False
    place = event.get("place") or {}
    if "place" in rule:
        wanted = str(rule["place"]).lower()
        if wanted not in {str(place.get("id") or "").lower(), str(place.get("name") or "").lower()}:
            return False
    if "country" in rule:
        involved = {place.get("country")} | {countries.get(p) for p in parties}
        if rule["country"] not in involved:
            return False
    return True


def claim_matches(
    rule: dict[str, Any], claim: dict[str, Any], countries: dict[str, str | None]
) -> bool:
    if EVENT_KEYS & set(rule):
        return False
    if "proposition" in rule and (claim.get("proposition") or {}).get("id") != rule["proposition"]:
        return False
    speaker = _ids(claim.get("speaker"))
    if "actor" in rule and not speaker & set(rule["actor"]):
        return False
    return not ("country" in rule and rule["country"] not in {countries.get(s) for s in speaker})


def _name(obj: dict[str, Any] | None) -> str:
    return (obj or {}).get("name") or (obj or {}).get("text") or "?"


def event_summary(event: dict[str, Any]) -> str:
    bits = [event["type"] + (f"/{event['mode']}" if event.get("mode") else "")]
    bits.append(f"{_name(event.get('actor'))} → {_name(event.get('recipient'))}")
    if event.get("place"):
        bits.append(f"at {event['place']['name']}")
    if event.get("date"):
        bits.append(f"on {event['date']}")
    if event.get("fatalities"):
        bits.append(f"{event['fatalities']} killed")
    return " ".join(bits) + f": {event.get('sentence', '')[:200]}"


def claim_summary(claim: dict[str, Any]) -> str:
    verb = "asserts" if claim["stance"] == "assert" else "denies"
    prop = (claim.get("proposition") or {}).get("id")
    return (
        f"{_name(claim.get('speaker'))} {verb}"
        + (f" [{prop}]" if prop else "")
        + f": {claim['content'][:200]}"
    )


def evaluate_watches(session: Session, doc_ids: list[int]) -> list[dict[str, Any]]:
    """Match active watches against the events and claims of `doc_ids`; returns the new alerts."""
    watches = list(
        session.scalars(select(m.Watch).where(m.Watch.active.is_(True)).order_by(m.Watch.id))
    )
    if not watches or not doc_ids:
        return []
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for doc_id in doc_ids:
        f = queries.Filters(doc_id=doc_id, limit=10**6)
        events.extend(queries.list_events(session, f))
        claims.extend(queries.list_claims(session, f))
    party_ids: set[str | None] = set().union(
        *(_ids(e.get("actor")) | _ids(e.get("recipient")) for e in events),
        set(),
        *(_ids(c.get("speaker")) for c in claims),
    )
    countries = {k: v.get("country") for k, v in queries.actors_by_id(session, party_ids).items()}

    candidates: list[tuple[m.Watch, str, dict[str, Any], str]] = []
    for watch in watches:
        rule = watch.rule or {}
        candidates += [
            (watch, "event", e, event_summary(e))
            for e in events
            if event_matches(rule, e, countries)
        ]
        candidates += [
            (watch, "claim", c, claim_summary(c))
            for c in claims
            if claim_matches(rule, c, countries)
        ]
    if not candidates:
        return []
    existing = {
        tuple(row)
        for row in session.execute(
            select(m.Alert.watch_id, m.Alert.object_kind, m.Alert.object_id).where(
                m.Alert.watch_id.in_({w.id for w, *_ in candidates}),
                m.Alert.object_id.in_({o["id"] for _, _, o, _ in candidates}),
            )
        )
    }
    fresh = []
    for watch, kind, obj, summary in candidates:
        key = (watch.id, kind, obj["id"])
        if key in existing:
            continue
        existing.add(key)
        fresh.append((watch, kind, obj, summary))
    insert_ignore(
        session,
        m.Alert,
        [
            {
                "watch_id": w.id,
                "object_kind": k,
                "object_id": o["id"],
                "doc_id": o["doc_id"],
                "summary": s,
                "created_at": datetime.now(UTC).replace(tzinfo=None),
            }
            for w, k, o, s in fresh
        ],
    )
    out = []
    for watch, kind, obj, summary in fresh:
        alert = {
            "watch": watch.name,
            "object_kind": kind,
            "object_id": obj["id"],
            "doc_id": obj["doc_id"],
            "summary": summary,
            "record": obj,
        }
        deliver(watch.rule or {}, alert)
        out.append(alert)
    return out


# ---------------------------------------------------------------- delivery


def deliver(rule: dict[str, Any], alert: dict[str, Any]) -> None:
    line = json.dumps(alert, ensure_ascii=False, default=str)
    if rule.get("jsonl"):
        try:
            path = Path(rule["jsonl"])
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError as exc:
            log.warning("watch %s: cannot append to %s: %s", alert["watch"], rule["jsonl"], exc)
    if rule.get("webhook"):
        import httpx

        try:
            response = httpx.post(
                rule["webhook"],
                content=line.encode("utf-8"),
                headers={"content-type": "application/json"},
                timeout=WEBHOOK_TIMEOUT,
            )
            response.raise_for_status()
        except httpx.HTTPError as exc:
            log.warning("watch %s: webhook %s failed: %s", alert["watch"], rule["webhook"], exc)


# ---------------------------------------------------------------- reading alerts


def list_alerts(
    session: Session,
    limit: int = 100,
    offset: int = 0,
    *,
    since: date | None = None,
    watch: str | None = None,
) -> list[dict[str, Any]]:
    """Alerts, newest first, with their watch and source document (for the CLI and the API)."""
    stmt = select(m.Alert, m.Watch.name).join(m.Watch, m.Watch.id == m.Alert.watch_id)
    if since:
        stmt = stmt.where(m.Alert.created_at >= datetime.combine(since, datetime.min.time()))
    if watch:
        stmt = stmt.where(m.Watch.name == watch)
    rows = session.execute(
        stmt.order_by(m.Alert.created_at.desc(), m.Alert.id.desc()).limit(limit).offset(offset)
    ).all()
    docs = queries.documents_by_id(session, {a.doc_id for a, _ in rows if a.doc_id is not None})
    out = []
    for alert, watch_name in rows:
        doc = (docs.get(alert.doc_id) if alert.doc_id is not None else None) or {}
        out.append(
            {
                "id": alert.id,
                "watch": watch_name,
                "object_kind": alert.object_kind,
                "object_id": alert.object_id,
                "doc_id": alert.doc_id,
                "summary": alert.summary,
                "created_at": alert.created_at.isoformat() if alert.created_at else None,
                "document": {
                    "title": doc.get("title"),
                    "source": doc.get("source"),
                    "published": doc.get("published"),
                    "url": doc.get("url"),
                }
                if doc
                else None,
            }
        )
    return out
