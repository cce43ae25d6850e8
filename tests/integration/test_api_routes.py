"""REST API over the small sample DB: every route, filters, pagination, auth, errors, limits."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

from spec_fields import SPEC_FIELDS
from watchfloor.api.app import create_app
from watchfloor.api.auth import create_token, revoke_token
from watchfloor.records import DocumentAnalysis
from watchfloor.store.db import get_engine, session_scope

PROP = "afghan-soil-used-against-pakistan"


class StubPipeline:
    """Stands in for the NLP pipeline: POST tests are about the API, not extraction."""

    version = "stub-1"
    kb = SimpleNamespace(all=lambda: [])
    proposition_matcher = SimpleNamespace(propositions=[])

    def __init__(self) -> None:
        self.seen: list[str] = []

    def analyze_many(self, items):  # type: ignore[no-untyped-def]
        for item in items:
            self.seen.append(item.text)
            yield DocumentAnalysis(versions={"stub": "1"})


@pytest.fixture(scope="module")
def db_url(module_sample_db: str) -> str:
    return module_sample_db


@pytest.fixture(scope="module")
def doc_ids(db_url: str) -> dict[str, int]:
    from watchfloor.store import queries

    with session_scope(get_engine(db_url)) as session:
        return {
            d["external_id"]: d["id"] for d in queries.list_documents(session, queries.Filters())
        }


@pytest.fixture(scope="module")
def client(db_url: str) -> Iterator[TestClient]:
    with TestClient(create_app(db_url, open_reads=True), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def token(db_url: str) -> str:
    with session_scope(get_engine(db_url)) as session:
        return create_token(session, "tests")


def items(response) -> list[dict]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return response.json()["items"]


# ---------------------------------------------------------------- listings and records


@pytest.mark.parametrize(
    "resource", ["documents", "events", "claims", "actors", "places", "propositions"]
)
def test_list_envelope(client: TestClient, resource: str) -> None:
    body = client.get(f"/api/v1/{resource}").json()
    assert set(body) >= {"items", "total", "limit", "offset"}
    assert body["limit"] == 100 and body["offset"] == 0
    assert body["total"] == len(body["items"]) > 0


def test_exchange_format_fields(client: TestClient) -> None:
    for kind in ("documents", "actors", "places", "events", "claims", "propositions"):
        record = items(client.get(f"/api/v1/{kind}"))[0]
        assert SPEC_FIELDS[kind] <= set(record), (kind, SPEC_FIELDS[kind] - set(record))


def test_documents_without_text(client: TestClient) -> None:
    assert all("text" not in d for d in items(client.get("/api/v1/documents?with_text=false")))


def test_get_document_has_highlights(client: TestClient, doc_ids: dict[str, int]) -> None:
    doc = client.get(f"/api/v1/documents/{doc_ids['peshawar-blast.txt']}").json()
    kinds = {hl["kind"] for hl in doc["highlights"]}
    assert kinds == {"actor", "place", "event", "claim"}
    for hl in doc["highlights"]:
        start, end = hl["span"]
        assert 0 <= start < end <= len(doc["text"])
    event = next(hl for hl in doc["highlights"] if hl["kind"] == "event")
    assert doc["text"][event["span"][0] : event["span"][1]] == "struck"


def test_one_by_id(client: TestClient) -> None:
    event = items(client.get("/api/v1/events"))[0]
    assert client.get(f"/api/v1/events/{event['id']}").json()["id"] == event["id"]
    claim = items(client.get("/api/v1/claims"))[0]
    assert client.get(f"/api/v1/claims/{claim['id']}").json()["content"] == claim["content"]
    place = client.get("/api/v1/places/geonames:1168197").json()
    assert place["name"] == "Peshawar" and place["events"]
    assert client.get(f"/api/v1/propositions/{PROP}").json()["speakers_against"] == [
        "zabihullah-mujahid"
    ]


def test_actor_page_data(client: TestClient) -> None:
    actor = client.get("/api/v1/actors/PAK").json()
    assert actor["name"] == "Pakistan" and "Islamabad" in actor["aliases"]
    assert [c["cue"] for c in actor["claims_made"]] == ["said"]
    assert {c["id"] for c in actor["children"]} == {"PAK-MIL", "PAK-POLICE"}
    assert {"events", "claims_about"} <= set(actor)


def test_ledger(client: TestClient) -> None:
    ledger = client.get(f"/api/v1/propositions/{PROP}/ledger").json()
    positions = {s["speaker"]["id"]: s["position"] for s in ledger["speakers"]}
    assert positions == {"PAK": "asserts", "zabihullah-mujahid": "denies"}
    assert len(ledger["claims"]) == 2 and ledger["timeline"]
    assert all(isinstance(s["sources"], list) for s in ledger["speakers"])


def test_proposition_list_carries_the_board_summary_of_each_ledger(client: TestClient) -> None:
    page = client.get("/api/v1/propositions").json()
    item = next(p for p in page["items"] if p["id"] == PROP)
    ledger = client.get(f"/api/v1/propositions/{PROP}/ledger").json()
    summary = ledger["summary"]
    assert item["lead"] == ledger["lead"] and item["state"] == summary["state"] == "disputed"
    assert item["timeline"] == ledger["timeline"]
    assert (item["n_claims_for"], item["n_claims_against"]) == (
        len(item["claims_for"]),
        len(item["claims_against"]),
    )
    assert item["reports_for"] == summary["for"]["reports"]
    assert item["reports_against"] == summary["against"]["reports"]
    assert (item["incidents_for"], item["incidents_against"]) == (
        summary["incidents_for"],
        summary["incidents_against"],
    )
    assert (item["first_seen"], item["last_seen"]) == (summary["first_seen"], summary["last_seen"])
    for side in ("for", "against"):
        assert item[f"quote_{side}"] == ledger["quotes"][side][0]
        assert item[f"quote_{side}"]["rank"] == 1
    # the contract's fields are all still there
    assert {"claims_for", "speakers_for", "related_events", "first_seen"} <= set(item)


def test_proposition_list_without_summary_keeps_the_plain_records(client: TestClient) -> None:
    full = client.get("/api/v1/propositions").json()
    plain = client.get("/api/v1/propositions?summary=false").json()
    assert plain["total"] == full["total"]
    assert [p["id"] for p in plain["items"]] == [p["id"] for p in full["items"]]
    assert "lead" not in plain["items"][0] and "quote_for" not in plain["items"][0]
    assert plain["items"][0]["claims_for"] == full["items"][0]["claims_for"]
    paged = client.get("/api/v1/propositions?limit=1&offset=0").json()
    assert paged["total"] == full["total"] and len(paged["items"]) == 1


def test_ledger_quotes_come_in_rank_order(client: TestClient) -> None:
    ledger = client.get(f"/api/v1/propositions/{PROP}/ledger").json()
    for side in ("for", "against"):
        ranks = [q["rank"] for q in ledger["quotes"][side]]
        assert ranks == list(range(1, len(ranks) + 1))


def test_aggregates(client: TestClient) -> None:
    stats = client.get("/api/v1/stats").json()
    assert stats["documents"] == 3 and stats["events"] == 3 and stats["claims"] == 3
    per_day = client.get("/api/v1/aggregates/events-per-day").json()["items"]
    assert sum(r["count"] for r in per_day) == 3
    assert [r["date"] for r in per_day] == sorted(r["date"] for r in per_day)
    net = client.get("/api/v1/aggregates/actor-network").json()
    assert {n["id"] for n in net["nodes"]} == {"IRN", "taliban"}
    assert net["edges"] == [
        {
            "source": "IRN",
            "target": "taliban",
            "type": "CONSULT",
            "count": 1,
            "events": net["edges"][0]["events"],
        }
    ]


# ---------------------------------------------------------------- filters and pagination


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=ASSAULT", {"struck", "stormed"}),
        ("type=consult", {"met"}),
        ("type=ASSAULT,CONSULT", {"struck", "stormed", "met"}),
        ("actor=taliban", {"met"}),
        ("actor=Islamic Emirate", {"met"}),
        ("country=afg", {"met"}),
        ("since=2025-04-01", {"stormed", "met"}),
        ("until=2025-04-01", {"struck", "stormed"}),
        ("since=2025-04-01&until=2025-04-01", {"stormed"}),
        ("bbox=70,32,71,33.5", {"stormed"}),
        ("q=crowded market", {"struck"}),
        ("factuality=asserted", {"struck", "stormed", "met"}),
        ("factuality=negated", set()),
    ],
)
def test_event_filters(client: TestClient, query: str, expected: set[str]) -> None:
    body = client.get(f"/api/v1/events?{query}").json()
    assert {e["trigger"] for e in body["items"]} == expected
    assert body["total"] == len(expected)


def test_claim_document_and_place_filters(client: TestClient) -> None:
    assert {c["speaker"]["id"] for c in items(client.get("/api/v1/claims?factuality=alleged"))} == {
        "ttp"
    }
    assert {c["stance"] for c in items(client.get("/api/v1/claims?type=deny"))} == {"deny"}
    assert len(items(client.get(f"/api/v1/claims?proposition={PROP}"))) == 2
    assert [d["external_id"] for d in items(client.get("/api/v1/documents?q=Bannu"))] == [
        "bannu-post.txt"
    ]
    assert [d["external_id"] for d in items(client.get("/api/v1/documents?since=2025-05-01"))] == [
        "kabul-visit.txt"
    ]
    assert [p["name"] for p in items(client.get("/api/v1/places?country=AFG"))] == ["Kabul"]
    assert [a["id"] for a in items(client.get("/api/v1/actors?q=emirate"))] == ["taliban"]
    assert [p["id"] for p in items(client.get("/api/v1/propositions?actor=PAK"))] == [PROP]


def test_pagination(client: TestClient) -> None:
    everything = [e["id"] for e in items(client.get("/api/v1/events"))]
    pages = [client.get(f"/api/v1/events?limit=1&offset={i}").json() for i in range(4)]
    assert [p["items"][0]["id"] for p in pages[:3]] == everything
    assert pages[3]["items"] == [] and all(p["total"] == 3 for p in pages)
    actors = client.get("/api/v1/actors?limit=2&offset=1").json()
    assert len(actors["items"]) == 2 and actors["total"] == 6 and actors["offset"] == 1


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=1001",
        "offset=-1",
        "since=yesterday",
        "until=2025-13-01",
        "bbox=1,2,3",
        "bbox=a,b,c,d",
        "bbox=10,10,0,0",
        "doc_id=0",
    ],
)
def test_bad_parameters_are_json_422(client: TestClient, query: str) -> None:
    response = client.get(f"/api/v1/events?{query}")
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "invalid_request" and error["message"]


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/documents/99999",
        "/api/v1/events/nope",
        "/api/v1/claims/nope",
        "/api/v1/actors/nope",
        "/api/v1/places/nope",
        "/api/v1/propositions/nope",
        "/api/v1/propositions/nope/ledger",
        "/api/v1/nothing-here",
    ],
)
def test_not_found_is_json(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_server_error_is_json_without_trace(db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from watchfloor.store import queries

    def boom(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("secret internals")

    monkeypatch.setattr(queries, "stats", boom)
    with TestClient(create_app(db_url, open_reads=True), raise_server_exceptions=False) as c:
        response = c.get("/api/v1/stats")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "internal_error"
    assert "secret" not in response.text and "Traceback" not in response.text


def test_method_not_allowed_is_json(client: TestClient) -> None:
    response = client.delete("/api/v1/events")
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"


def test_body_size_limit(db_url: str, token: str) -> None:
    with TestClient(
        create_app(db_url, open_reads=True, max_body_bytes=1000, pipeline=StubPipeline()),
        raise_server_exceptions=False,
    ) as c:
        response = c.post(
            "/api/v1/documents",
            json={"text": "x" * 5000},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "payload_too_large"

        def chunks():  # no Content-Length: the limit must hold while streaming
            for _ in range(10):
                yield b"x" * 500

        response = c.post(
            "/api/v1/documents",
            content=chunks(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
        assert response.status_code == 413


# ---------------------------------------------------------------- exports and alerts


def test_export_streams_jsonl(client: TestClient) -> None:
    pytest.importorskip("watchfloor.export")
    response = client.get("/api/v1/export/events?format=jsonl&type=ASSAULT")
    if response.status_code == 501:
        pytest.skip(response.json()["error"]["message"])
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in response.headers["content-disposition"]
    lines = [line for line in response.text.splitlines() if line.strip()]
    assert len(lines) == 2


def test_export_unknown_format_is_json_error(client: TestClient) -> None:
    response = client.get("/api/v1/export/events?format=nope")
    assert response.status_code in (400, 501)
    assert "error" in response.json()


def test_alerts_route(client: TestClient) -> None:
    response = client.get("/api/v1/alerts")
    if response.status_code == 501:
        assert "alerts" in response.json()["error"]["message"]
    else:
        assert response.status_code == 200 and isinstance(response.json()["items"], list)


def test_missing_optional_module_is_501(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "watchfloor.analyze.alerts", None)  # makes the import fail
    response = client.get("/api/v1/alerts")
    assert response.status_code == 501
    assert response.json()["error"]["code"] == "not_implemented"


# ---------------------------------------------------------------- auth and ingestion


def test_post_needs_a_token(client: TestClient) -> None:
    response = client.post("/api/v1/documents", json={"text": "Some text."})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "watchfloor token create" in response.json()["error"]["message"]
    bad = client.post(
        "/api/v1/documents",
        json={"text": "Some text."},
        headers={"Authorization": "Bearer wf_wrong"},
    )
    assert bad.status_code == 401
    basic = client.post(
        "/api/v1/documents", json={"text": "Some text."}, headers={"Authorization": "Basic abc"}
    )
    assert basic.status_code == 401


def test_post_ingests_with_a_good_token(db_url: str, token: str) -> None:
    stub = StubPipeline()
    with TestClient(
        create_app(db_url, open_reads=True, pipeline=stub), raise_server_exceptions=False
    ) as c:
        auth = {"Authorization": f"Bearer {token}"}
        one = c.post(
            "/api/v1/documents?source=API Desk",
            headers=auth,
            json={
                "text": "Officials said talks would resume in Doha next week.",
                "title": "Talks to resume",
                "published": "2025-06-01",
            },
        )
        assert one.status_code == 201, one.text
        body = one.json()
        assert body["stored"] == 1 and body["token"] == "tests"
        doc_id = body["documents"][0]["id"]
        stored = c.get(f"/api/v1/documents/{doc_id}").json()
        assert stored["source"] == "API Desk" and stored["title"] == "Talks to resume"
        assert stored["external_id"].startswith("api:")

        many = c.post(
            "/api/v1/documents",
            headers=auth,
            json=[
                {"id": "a-1", "text": "First report about a border crossing closing."},
                {"id": "a-2", "text": "Second report about a ministerial visit to the capital."},
                {"id": "a-1-again", "text": "Officials said talks would resume in Doha next week."},
            ],
        )
        assert many.status_code == 201
        assert many.json()["stored"] == 2 and many.json()["duplicates"] == 1
        assert len(stub.seen) == 3

        assert c.post("/api/v1/documents", headers=auth, json=[]).status_code == 422
        assert (
            c.post("/api/v1/documents", headers=auth, json={"title": "no text"}).status_code == 422
        )
        broken = c.post(
            "/api/v1/documents",
            content=b"{not json",
            headers={**auth, "Content-Type": "application/json"},
        )
        assert broken.status_code == 422 and broken.json()["error"]["code"] == "invalid_request"


def test_revoked_token_is_refused(db_url: str) -> None:
    engine = get_engine(db_url)
    with session_scope(engine) as session:
        token = create_token(session, "short-lived")
    with session_scope(engine) as session:
        revoke_token(session, "short-lived")
    with TestClient(
        create_app(db_url, open_reads=True, pipeline=StubPipeline()), raise_server_exceptions=False
    ) as c:
        response = c.post(
            "/api/v1/documents", json={"text": "x"}, headers={"Authorization": f"Bearer {token}"}
        )
    assert response.status_code == 401 and "revoked" in response.json()["error"]["message"]


def test_closed_reads_need_a_token(
    db_url: str, token: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with TestClient(create_app(db_url, open_reads=False), raise_server_exceptions=False) as c:
        assert c.get("/api/v1/events").status_code == 401
        assert c.get("/api/v1/events", headers={"Authorization": "Bearer nope"}).status_code == 401
        assert (
            c.get("/api/v1/events", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        )
        assert c.get("/").status_code == 200  # the dashboard shell itself holds no data
    monkeypatch.setenv("WATCHFLOOR_OPEN_READS", "0")
    with TestClient(create_app(db_url), raise_server_exceptions=False) as c:
        assert c.get("/api/v1/stats").status_code == 401
    monkeypatch.setenv("WATCHFLOOR_OPEN_READS", "1")
    with TestClient(create_app(db_url), raise_server_exceptions=False) as c:
        assert c.get("/api/v1/stats").status_code == 200


def test_default_reads_open_to_this_machine_only(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WATCHFLOOR_OPEN_READS", raising=False)
    app = create_app(db_url)
    with TestClient(app, client=("127.0.0.1", 5555)) as local:
        assert local.get("/api/v1/stats").status_code == 200
    with TestClient(app, client=("203.0.113.9", 5555), raise_server_exceptions=False) as remote:
        assert remote.get("/api/v1/stats").status_code == 401


# ---------------------------------------------------------------- dashboard shell and headers


def test_dashboard_and_security_headers(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert client.get("/static/js/app.js").status_code == 200
    assert client.get("/static/vendor/leaflet/leaflet.js").status_code == 200
    assert client.get("/api/v1/stats").headers["content-security-policy"] == csp


def test_openapi_lists_the_routes(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in [
        "/api/v1/documents",
        "/api/v1/documents/{doc_id}",
        "/api/v1/events",
        "/api/v1/claims",
        "/api/v1/actors/{actor_id}",
        "/api/v1/places",
        "/api/v1/propositions/{prop_id}/ledger",
        "/api/v1/stats",
        "/api/v1/aggregates/events-per-day",
        "/api/v1/aggregates/actor-network",
        "/api/v1/export/{kind}",
        "/api/v1/alerts",
    ]:
        assert path in spec["paths"], path
    assert "post" in spec["paths"]["/api/v1/documents"]
