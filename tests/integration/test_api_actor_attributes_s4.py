"""The API's actor records carry the knowledge base's based_in/aims/opposes, as the export does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from watchfloor.api.app import create_app
from watchfloor.kb.actors import KnowledgeBase

ATTRIBUTES = ("based_in", "aims", "opposes")


@pytest.fixture(scope="module")
def client(module_sample_db: str) -> Iterator[TestClient]:
    with TestClient(
        create_app(module_sample_db, open_reads=True), raise_server_exceptions=False
    ) as c:
        yield c


def _actors(client: TestClient) -> dict[str, dict]:
    response = client.get("/api/v1/actors")
    assert response.status_code == 200, response.text
    return {a["id"]: a for a in response.json()["items"]}


def test_actor_list_and_detail_carry_knowledge_base_attributes(client: TestClient) -> None:
    ttp_kb = KnowledgeBase.load().attributes_of("ttp")
    listed = _actors(client)
    assert listed["ttp"]["opposes"] == ["PAK"]
    assert listed["ttp"]["based_in"] == list(ttp_kb.based_in) and listed["ttp"]["based_in"]
    assert listed["ttp"]["aims"] == list(ttp_kb.aims) and listed["ttp"]["aims"]
    # a state has none of them: the fields are present and empty, never missing
    assert all(listed["IRN"][name] == [] for name in ATTRIBUTES)
    detail = client.get("/api/v1/actors/ttp").json()
    assert {name: detail[name] for name in ATTRIBUTES} == {
        name: listed["ttp"][name] for name in ATTRIBUTES
    }
    assert "events" in detail and "claims_made" in detail


def test_actor_records_match_the_jsonl_export(client: TestClient) -> None:
    pytest.importorskip("watchfloor.export")
    response = client.get("/api/v1/export/actors?format=jsonl")
    assert response.status_code == 200, response.text
    exported = {r["id"]: r for r in map(json.loads, response.text.splitlines())}
    assert exported == _actors(client)


def _counting_loads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    loads: list[int] = []
    real_load = KnowledgeBase.load.__func__  # type: ignore[attr-defined]

    def counting_load(cls: type[KnowledgeBase], *args: object, **kwargs: object) -> KnowledgeBase:
        loads.append(1)
        return real_load(cls, *args, **kwargs)

    monkeypatch.setattr(KnowledgeBase, "load", classmethod(counting_load))
    return loads


def test_knowledge_base_is_read_once_while_its_files_are_unchanged(
    module_sample_db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # an extra data directory of our own gives a state no earlier test has cached
    (tmp_path / "extra.yaml").write_text("actors: []\n", encoding="utf-8")
    monkeypatch.setenv("WATCHFLOOR_KB_DIR", str(tmp_path))
    loads = _counting_loads(monkeypatch)
    app = create_app(module_sample_db, open_reads=True)
    with TestClient(app) as c:
        assert not loads  # nothing is read until an actor is asked for
        for path in ("/api/v1/actors", "/api/v1/actors/ttp", "/api/v1/actors?q=taliban"):
            assert c.get(path).status_code == 200
        assert len(loads) == 1
        assert c.get("/api/v1/actors/ttp").json()["id"] == "ttp"
    assert len(loads) == 1


def test_a_changed_data_file_is_read_again_by_a_running_server(
    module_sample_db: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text("actors: []\n", encoding="utf-8")
    monkeypatch.setenv("WATCHFLOOR_KB_DIR", str(tmp_path))
    loads = _counting_loads(monkeypatch)
    with TestClient(create_app(module_sample_db, open_reads=True)) as c:
        assert c.get("/api/v1/actors").status_code == 200
        extra.write_text("actors: [unclosed\n", encoding="utf-8")  # an analyst's bad edit
        response = c.get("/api/v1/actors")
        assert response.status_code == 503
        assert "extra.yaml" in response.json()["error"]["message"]
        extra.write_text("actors: []\n# fixed\n", encoding="utf-8")
        assert c.get("/api/v1/actors").status_code == 200
    assert len(loads) == 3


def test_broken_knowledge_base_is_a_server_error(
    module_sample_db: str, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    (tmp_path / "broken.yaml").write_text("actors: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("WATCHFLOOR_KB_DIR", str(tmp_path))
    with TestClient(create_app(module_sample_db, open_reads=True)) as c:
        response = c.get("/api/v1/actors")
        assert c.get("/api/v1/documents").status_code == 200  # other routes are unaffected
    assert response.status_code == 503
    assert "broken.yaml" in response.json()["error"]["message"]
