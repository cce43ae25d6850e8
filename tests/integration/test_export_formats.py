"""Every export format on the fixed sample database, read back by an independent reader."""

from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
import stix2
from typer.testing import CliRunner

from spec_fields import SPEC_FIELDS
from watchfloor.export import FORMATS, write_export
from watchfloor.export._acled import COLUMNS
from watchfloor.kb.actors import KnowledgeBase
from watchfloor.store.db import get_engine, session_scope
from watchfloor.store.queries import Filters


@pytest.fixture(scope="module")
def engine(module_sample_db):
    return get_engine(module_sample_db)


def export(engine, kind: str, fmt: str, **filters) -> tuple[int, str]:
    buf = io.StringIO()
    with session_scope(engine) as session:
        n = write_export(session, kind, fmt, buf, Filters(**filters))
    return n, buf.getvalue()


@pytest.mark.parametrize("kind", sorted(SPEC_FIELDS))
def test_jsonl_has_spec_fields(engine, kind):
    n, text = export(engine, kind, "jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    assert n == len(rows) > 0
    for row in rows:
        assert SPEC_FIELDS[kind] <= set(row), SPEC_FIELDS[kind] - set(row)


def test_jsonl_spans_point_into_document_text(engine):
    docs = {
        d["id"]: d["text"]
        for d in map(json.loads, export(engine, "documents", "jsonl")[1].splitlines())
    }
    for ev in map(json.loads, export(engine, "events", "jsonl")[1].splitlines()):
        assert docs[ev["doc_id"]][ev["span"][0] : ev["span"][1]] == ev["trigger"]
    for cl in map(json.loads, export(engine, "claims", "jsonl")[1].splitlines()):
        assert docs[cl["doc_id"]][cl["content_span"][0] : cl["content_span"][1]] == cl["content"]


def test_jsonl_filters_apply(engine):
    n, text = export(engine, "events", "jsonl", type="CONSULT")
    assert n == 1 and json.loads(text)["type"] == "CONSULT"
    n, _ = export(engine, "events", "jsonl", actor="taliban")
    assert n == 1


def test_commitments_jsonl_empty_is_valid(engine):
    n, text = export(engine, "commitments", "jsonl")
    assert n == 0 and text == ""


def test_plover_records(engine):
    n, text = export(engine, "events", "plover")
    rows = [json.loads(line) for line in text.splitlines()]
    assert n == 3
    consult = next(r for r in rows if r["event_type"] == "CONSULT")
    assert consult["actor"]["country"] == "IRN" and consult["actor"]["sector"] == "GOV"
    assert consult["recipient"]["id"] == "taliban"
    assert (
        consult["location"]["geonames_id"] == 1138958
        and consult["location"]["country_code"] == "AFG"
    )
    assert consult["event_text"].startswith("Iran's foreign minister met")
    blast = next(r for r in rows if r["mode"] == "suicide-attack")
    assert blast["attribution"]["id"] == "PAK-POLICE" and blast["fatalities"] == 5


def test_acled_csv_columns_and_mapping(engine):
    n, text = export(engine, "events", "acled-csv")
    reader = csv.DictReader(io.StringIO(text))
    assert tuple(reader.fieldnames) == COLUMNS
    rows = list(reader)
    assert n == len(rows) == 3
    by_sub = {r["sub_event_type"]: r for r in rows}
    suicide = by_sub["Suicide bomb"]
    assert suicide["event_type"] == "Explosions/Remote violence" and suicide["fatalities"] == "5"
    assert (
        suicide["country"] == "Pakistan"
        and suicide["iso"] == "586"
        and suicide["region"] == "South Asia"
    )
    assert suicide["actor1"].startswith("Unidentified Armed Group")
    assert float(suicide["latitude"]) == pytest.approx(34.008) and float(
        suicide["longitude"]
    ) == pytest.approx(71.578)
    clash = by_sub["Armed clash"]  # militants vs police: two armed sides
    assert clash["inter2"] == "State forces" and clash["event_type"] == "Battles"
    other = by_sub["Other"]
    assert other["disorder_type"] == "Strategic developments" and "plover:CONSULT" in other["tags"]


def test_stix_bundle_parses_strictly_and_is_deterministic(engine):
    n, text = export(engine, "all", "stix")
    bundle = stix2.parse(text, allow_custom=False)
    types = {o.type for o in bundle.objects}
    assert {
        "identity",
        "threat-actor",
        "location",
        "report",
        "relationship",
        "note",
        "opinion",
    } <= types
    assert n == len(bundle.objects)
    ttp = next(o for o in bundle.objects if o.type == "threat-actor")
    assert ttp.name == "Tehreek-e-Taliban Pakistan"
    rels = [o for o in bundle.objects if o.type == "relationship"]
    consult = next(r for r in rels if "plover:CONSULT" in r.labels)
    assert consult.confidence == 90 and consult.start_time.year == 2025
    opinions = {o.authors[0]: o.opinion for o in bundle.objects if o.type == "opinion"}
    assert (
        opinions["Zabihullah Mujahid"] == "strongly-disagree"
        and opinions["Pakistan"] == "strongly-agree"
    )
    reports = [o for o in bundle.objects if o.type == "report"]
    assert len(reports) == 3 and all(r.object_refs for r in reports)
    ids = {o.id for o in bundle.objects}
    for o in bundle.objects:  # every reference resolves inside the bundle
        for ref in [
            *getattr(o, "object_refs", []),
            getattr(o, "source_ref", None),
            getattr(o, "target_ref", None),
        ]:
            assert ref is None or ref in ids
    assert export(engine, "all", "stix")[1] == text


def test_graphml_reads_back(engine, tmp_path):
    n, text = export(engine, "actors", "graphml")
    path = tmp_path / "net.graphml"
    path.write_text(text, encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert isinstance(graph, nx.MultiDiGraph)
    assert graph.nodes["IRN"]["sector"] == "GOV" and graph.nodes["taliban"]["country"] == "AFG"
    assert "ttp" in graph  # --kind actors keeps actors no event connects
    edges = list(graph.edges(data=True))
    assert n == len(edges)
    events = [e for e in edges if e[2]["type"] != "opposes"]
    assert len(events) == 1
    assert events[0][2]["type"] == "CONSULT" and events[0][2]["date"] == "2025-05-19"
    # the knowledge base's view of the TTP: node attributes, and its war on Pakistan's state
    ttp = KnowledgeBase.load().attributes_of("ttp")
    assert ttp.opposes == ("PAK",) and ttp.aims
    assert graph.nodes["ttp"]["opposes"] == "PAK"
    assert graph.nodes["ttp"]["based_in"] == ";".join(ttp.based_in)
    assert "opposes" not in graph.nodes["IRN"]
    opposes = [(u, v, d) for u, v, d in edges if d["type"] == "opposes"]
    assert opposes == [("ttp", "PAK", {"type": "opposes", "source": "knowledge-base"})]


def test_graphml_of_events_has_event_edges_only(engine):
    n, text = export(engine, "events", "graphml")
    graph = nx.parse_graphml(text, force_multigraph=True)
    assert n == graph.number_of_edges() == 1
    assert all(d["type"] != "opposes" for _, _, d in graph.edges(data=True))


def test_jsonl_actors_carry_knowledge_base_attributes(engine):
    rows = {r["id"]: r for r in map(json.loads, export(engine, "actors", "jsonl")[1].splitlines())}
    ttp = KnowledgeBase.load().attributes_of("ttp")
    assert rows["ttp"]["based_in"] == list(ttp.based_in) and rows["ttp"]["based_in"]
    assert rows["ttp"]["aims"] == list(ttp.aims)
    assert rows["ttp"]["opposes"] == ["PAK"]
    assert rows["IRN"]["based_in"] == rows["IRN"]["aims"] == rows["IRN"]["opposes"] == []


def test_stix_carries_knowledge_base_attributes(engine):
    bundle = stix2.parse(export(engine, "actors", "stix")[1], allow_custom=False)
    by_id = {o.id: o for o in bundle.objects}
    ttp_attributes = KnowledgeBase.load().attributes_of("ttp")
    ttp = next(o for o in bundle.objects if o.type == "threat-actor")
    assert ttp.goals == list(ttp_attributes.aims)
    assert {f"aim:{aim}" for aim in ttp_attributes.aims} <= set(ttp.labels)
    links = {
        (r.relationship_type, by_id[r.target_ref].country)
        for r in bundle.objects
        if r.type == "relationship" and r.source_ref == ttp.id
    }
    iso2 = {"PAK": "PK", "AFG": "AF"}
    assert links == {("located-at", iso2[c]) for c in ttp_attributes.based_in} | {("targets", "PK")}
    pakistan = [o for o in bundle.objects if o.type == "location" and o.country == "PK"]
    assert len(pakistan) == 1  # based-in and opposes share one location per country
    assert export(engine, "actors", "stix")[1] == export(engine, "actors", "stix")[1]


def test_geojson_points_are_lon_lat(engine):
    n, text = export(engine, "events", "geojson")
    data = json.loads(text)
    assert data["type"] == "FeatureCollection" and n == len(data["features"]) == 3
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert lon > lat  # the region sits at ~70°E, ~34°N: lon first
    peshawar = next(f for f in data["features"] if f["properties"]["place"] == "Peshawar")
    assert peshawar["geometry"]["coordinates"] == [71.578, 34.008]
    assert peshawar["properties"]["fatalities"] == 5
    n, text = export(engine, "places", "geojson")
    assert n == len(json.loads(text)["features"]) == 3


def test_cli_export_to_file_and_errors(engine, tmp_path):
    from watchfloor.cli import app

    url = str(engine.url)
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(
        app, ["--db", url, "export", "events", "--format", "acled-csv", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert next(csv.reader(out.open())) == list(COLUMNS)
    result = CliRunner().invoke(app, ["--db", url, "export", "events", "--format", "xml"])
    assert result.exit_code != 0 and "W004" in result.output and "acled-csv" in result.output
    assert "Traceback" not in result.output
    result = CliRunner().invoke(app, ["--db", url, "export", "claims", "--format", "geojson"])
    assert result.exit_code != 0 and "W004" in result.output
    for fmt, kinds in FORMATS.items():
        result = CliRunner().invoke(
            app,
            ["--db", url, "export", kinds[0], "--format", fmt, "-o", str(tmp_path / f"x.{fmt}")],
        )
        assert result.exit_code == 0, (fmt, result.output)
