"""Storage on SQLite and on the real PostgreSQL server: same schema, same records."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from watchfloor.batch import ingest
from watchfloor.store import models as m
from watchfloor.store import queries
from watchfloor.store.db import current_revision, get_engine, head_revision, session_scope, upgrade


def _write_jsonl(path, docs):
    path.write_text("\n".join(json.dumps(d) for d in docs) + "\n", encoding="utf-8")
    return path


DOCS = [
    {
        "id": "a1",
        "title": "Blast in Quetta",
        "published": "2025-02-01T08:00:00Z",
        "source": "Wire",
        "text": "A bomb exploded near a bus stop in Quetta on Saturday, killing three people, officials said.",
    },
    {
        "id": "a2",
        "title": "Talks in Doha",
        "published": "2025-02-03",
        "source": "Wire",
        "text": "Delegations from Pakistan and Afghanistan met in Doha on Monday for a second round of talks.",
    },
]


def test_schema_upgrade_is_idempotent(db_url):
    engine = get_engine(db_url)
    assert upgrade(engine) == head_revision()
    assert upgrade(engine) == head_revision()
    assert current_revision(engine) == head_revision()


def test_reingest_changes_nothing(db_url, tmp_path):
    engine = get_engine(db_url)
    path = _write_jsonl(tmp_path / "docs.jsonl", DOCS)
    first = ingest([str(path)], engine, analyze=False)
    assert (first.stored, first.duplicates, len(first.errors)) == (2, 0, 0)
    second = ingest([str(path)], engine, analyze=False)
    assert (second.stored, second.duplicates) == (0, 2)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(m.Document.id))) == 2
        docs = queries.list_documents(session, queries.Filters(), with_text=True)
    assert {d["external_id"] for d in docs} == {"a1", "a2"}
    quetta = next(d for d in docs if d["external_id"] == "a1")
    assert quetta["published"].startswith("2025-02-01")
    assert len(quetta["sha256"]) == 64


def test_bad_rows_are_named_and_the_rest_is_stored(db_url, tmp_path):
    engine = get_engine(db_url)
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        json.dumps(DOCS[0])
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "x"})
        + "\n"
        + json.dumps(DOCS[1])
        + "\n",
        encoding="utf-8",
    )
    summary = ingest([str(path)], engine, analyze=False)
    assert summary.stored == 2
    assert len(summary.errors) == 2
    assert all("mixed.jsonl" in e for e in summary.errors)
    assert any(":2" in e for e in summary.errors) and any(":3" in e for e in summary.errors)


def test_sqlite_and_postgresql_store_the_same_records(tmp_path, empty_postgres_url):
    """The same input gives byte-identical exchange records on both databases."""
    from sample_data import populate

    results = []
    for url in (f"sqlite:///{tmp_path / 'a.db'}", empty_postgres_url):
        engine = get_engine(url)
        populate(engine)
        with session_scope(engine) as session:
            f = queries.Filters(limit=1000)
            results.append(
                {
                    "events": sorted(queries.list_events(session, f), key=lambda r: r["id"]),
                    "claims": sorted(queries.list_claims(session, f), key=lambda r: r["id"]),
                    "actors": sorted(queries.list_actors(session, f), key=lambda r: r["id"]),
                    "places": sorted(queries.list_places(session, f), key=lambda r: r["id"]),
                    "propositions": queries.list_propositions(session, f),
                }
            )
    assert results[0] == results[1]


@pytest.mark.parametrize(
    "flt, expected",
    [
        ({"type": "ASSAULT"}, 2),
        ({"type": "CONSULT"}, 1),
        ({"actor": "taliban"}, 1),
        ({"actor": "Islamic Emirate"}, 1),
        ({"country": "AFG"}, 1),
        ({"bbox": (70.0, 32.0, 72.0, 35.0)}, 2),
        ({"q": "Bannu"}, 1),
        ({"factuality": "negated"}, 0),
    ],
)
def test_event_filters(sample_db, flt, expected):
    engine = get_engine(sample_db)
    with session_scope(engine) as session:
        assert queries.count_events(session, queries.Filters(**flt)) == expected
        assert len(queries.list_events(session, queries.Filters(**flt))) == expected


def test_document_view_has_highlights(sample_db):
    engine = get_engine(sample_db)
    with session_scope(engine) as session:
        doc = queries.get_document(session, 1)
    kinds = {h["kind"] for h in doc["highlights"]}
    assert {"actor", "place", "event", "claim"} <= kinds
    for h in doc["highlights"]:
        start, end = h["span"]
        assert doc["text"][start:end] == h["text"]


def test_ledger_lists_both_sides(sample_db):
    from watchfloor.analyze.ledger import build_ledger
    from watchfloor.analyze.ledger_text import render_ledger_text

    engine = get_engine(sample_db)
    with session_scope(engine) as session:
        data = build_ledger(session, "afghan-soil-used-against-pakistan")
    positions = {s["speaker"]["id"]: s["position"] for s in data["speakers"]}
    assert positions == {"PAK": "asserts", "zabihullah-mujahid": "denies"}
    text = render_ledger_text(data)
    assert "Asserted by (1 report" in text and "\n  Pakistan: " in text
    assert "Denied by (1 report" in text and "\n  Zabihullah Mujahid: " in text
    # ASSAULT events in Pakistan by TTP-linked actors would bear on it; the sample has none linked
    assert isinstance(data["events"], list) and isinstance(data["incidents"], list)
    assert data["summary"]["state"] == "disputed"
    assert data["lead"].startswith("Disputed. Asserted in 1 report by 1 speaker (Pakistan)")
    assert [q["speaker"]["id"] for q in data["quotes"]["for"]] == ["PAK"]
    assert all(c["admiralty"][0] in "ABCDEF" for c in data["claims"])
