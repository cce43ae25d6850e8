"""The actor network as GraphML (networkx MultiDiGraph): actors are nodes, events are edges.

Every event with two known parties is one typed, dated edge (parallel edges kept), so tools
such as Gephi or networkx can weight, filter or animate the network by type and date. Actor
nodes carry the knowledge base's `based_in`, `aims` and `opposes`; the whole-cast network
(`export actors`) also draws each `opposes` as an edge of type "opposes" (source
"knowledge-base", no date) from the group to the opposed state's actor when both are in it.
GraphML attributes cannot be null or lists: missing values are left out, lists joined with ";".
"""

from __future__ import annotations

from typing import IO, TYPE_CHECKING, Any

import networkx as nx
from sqlalchemy.orm import Session

from watchfloor.export._common import (
    actor_attributes,
    event_day,
    iter_events_with_lookups,
    load_knowledge_base,
)
from watchfloor.store import queries
from watchfloor.store.queries import Filters

if TYPE_CHECKING:
    from watchfloor.kb.actors import KnowledgeBase


def _clean(attrs: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in attrs.items():
        if value is None or value == []:
            continue
        out[key] = ";".join(str(v) for v in value) if isinstance(value, list | tuple) else value
    return out


def build_graph(session: Session, filters: Filters, kb: KnowledgeBase) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(name="Watchfloor actor network")
    for event, lookups in iter_events_with_lookups(session, filters):
        ends = []
        for role in ("actor", "recipient"):
            ref = event.get(role) or {}
            actor = lookups.actor(ref)
            if not actor:
                break
            if actor["id"] not in graph:
                _add_actor_node(graph, actor, kb)
            ends.append(actor["id"])
        if len(ends) != 2 or ends[0] == ends[1]:
            continue
        place = event.get("place") or {}
        graph.add_edge(
            ends[0],
            ends[1],
            key=event["id"],
            **_clean(
                {
                    "type": event["type"],
                    "mode": event.get("mode"),
                    "context": event.get("context") or None,
                    "date": event_day(event),
                    "factuality": event.get("factuality"),
                    "fatalities": event.get("fatalities"),
                    "injured": event.get("injured"),
                    "place": place.get("name"),
                    "place_id": place.get("id"),
                    "confidence": event.get("confidence"),
                    "doc_id": event["doc_id"],
                    "sentence": event.get("sentence"),
                    "incident": event.get("incident"),
                }
            ),
        )
    return graph


def _add_actor_node(graph: nx.MultiDiGraph, actor: dict[str, Any], kb: KnowledgeBase) -> None:
    attributes = {
        "label": actor["name"],
        "sector": actor.get("sector"),
        "country": actor.get("country"),
        "kind": actor.get("kind"),
        "parent": actor.get("parent"),
        "wikidata": actor.get("wikidata"),
        **actor_attributes(kb, actor["id"]),
    }
    graph.add_node(actor["id"], **_clean(attributes))


def _add_opposition_edges(graph: nx.MultiDiGraph, kb: KnowledgeBase) -> None:
    for actor_id in list(graph.nodes):
        for iso3 in kb.attributes_of(actor_id).opposes:
            state = kb.government_of(iso3)
            if state in graph and state != actor_id:
                graph.add_edge(
                    actor_id,
                    state,
                    key=f"opposes:{iso3}",
                    type="opposes",
                    source="knowledge-base",
                )


def write_graphml(session: Session, kind: str, out: IO[str], filters: Filters) -> int:
    kb = load_knowledge_base()
    graph = build_graph(session, filters, kb)
    if kind == "actors":
        # the whole cast, including actors no event connects yet
        for actor in queries.list_actors(session, filters.unpaged()):
            if actor["id"] not in graph:
                _add_actor_node(graph, actor, kb)
        _add_opposition_edges(graph, kb)
    for line in nx.generate_graphml(graph, named_key_ids=True):
        out.write(line + "\n")
    return graph.number_of_edges()
