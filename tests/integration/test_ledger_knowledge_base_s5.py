"""A broken knowledge-base file reaches the ledger the way it reaches the exports: one line naming
the file from the CLI, a 503 from the API (a server data fault, not the client's request)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from watchfloor.api.app import create_app
from watchfloor.cli import app

# its evidence rules ask for the actors based in Afghanistan, which only the knowledge base knows
PROPOSITION = "afghan-soil-used-against-pakistan"


@pytest.fixture
def broken_kb(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    broken = tmp_path / "broken.yaml"
    broken.write_text("actors: [unclosed\n", encoding="utf-8")
    monkeypatch.setenv("WATCHFLOOR_KB_DIR", str(tmp_path))
    yield broken


def test_cli_ledger_names_the_broken_file_in_one_line(
    module_sample_db: str, broken_kb: Path
) -> None:
    result = CliRunner().invoke(app, ["--db", module_sample_db, "ledger", PROPOSITION])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if "broken.yaml" in line]
    assert len(lines) == 1 and "W005" in lines[0]


def test_api_ledger_is_a_server_error(module_sample_db: str, broken_kb: Path) -> None:
    with TestClient(create_app(module_sample_db, open_reads=True)) as client:
        response = client.get(f"/api/v1/propositions/{PROPOSITION}/ledger")
        other = client.get("/api/v1/documents")  # routes that need no knowledge base still work
    assert response.status_code == 503, response.text
    assert "broken.yaml" in response.json()["error"]["message"]
    assert other.status_code == 200


def test_ledger_reads_fine_with_a_sound_knowledge_base(module_sample_db: str) -> None:
    with TestClient(create_app(module_sample_db, open_reads=True)) as client:
        response = client.get(f"/api/v1/propositions/{PROPOSITION}/ledger")
    assert response.status_code == 200, response.text
    assert response.json()["proposition"]["id"] == PROPOSITION
