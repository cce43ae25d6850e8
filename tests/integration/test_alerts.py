"""Watchlists and alerts on the sample database (no NLP), plus one real ingest (slow)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from tests.sample_data import populate
from typer.testing import CliRunner

from watchfloor.analyze.alerts import (
    add_watch,
    evaluate_watches,
    list_alerts,
    list_watches,
    remove_watch,
)
from watchfloor.errors import UserError
from watchfloor.store.db import get_engine, session_scope


@pytest.fixture()
def sample(tmp_path):
    engine = get_engine(f"sqlite:///{tmp_path}/alerts.db")
    ids = populate(engine)
    return engine, ids


class _Receiver(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.rfile.read(int(self.headers["content-length"]))
        type(self).received.append(json.loads(body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture()
def receiver():
    _Receiver.received = []
    server = HTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hook", _Receiver.received
    server.shutdown()
    server.server_close()


def test_fatalities_watch_fires_once_and_writes_jsonl(sample, tmp_path):
    engine, ids = sample
    sink = tmp_path / "alerts.jsonl"
    with session_scope(engine) as s:
        add_watch(s, "mass-casualty", {"types": "ASSAULT", "min_fatalities": 5, "jsonl": str(sink)})
    with session_scope(engine) as s:
        fired = evaluate_watches(s, list(ids.values()))
    assert [a["record"]["fatalities"] for a in fired] == [5]
    assert "Peshawar" in fired[0]["summary"]
    with session_scope(engine) as s:  # re-evaluating the same documents never alerts twice
        assert evaluate_watches(s, list(ids.values())) == []
        rows = list_alerts(s)
    assert (
        len(rows) == 1
        and rows[0]["watch"] == "mass-casualty"
        and rows[0]["document"]["source"] == "Test Wire"
    )
    lines = [json.loads(x) for x in sink.read_text().splitlines()]
    assert len(lines) == 1 and lines[0]["object_kind"] == "event"


def test_actor_country_place_and_proposition_rules(sample):
    engine, ids = sample
    with session_scope(engine) as s:
        add_watch(s, "taliban", {"actor": ["Islamic Emirate"]})  # an alias resolves to the id
        add_watch(s, "afghanistan", {"country": "afg", "types": ["CONSULT"]})
        add_watch(s, "bannu", {"place": "bannu"})
        add_watch(s, "soil", {"proposition": "afghan-soil-used-against-pakistan"})
        fired = evaluate_watches(s, list(ids.values()))
    by_watch: dict[str, list] = {}
    for a in fired:
        by_watch.setdefault(a["watch"], []).append(a)
    assert {a["object_kind"] for a in by_watch["taliban"]} == {"event"}
    assert by_watch["afghanistan"][0]["record"]["type"] == "CONSULT"
    assert by_watch["bannu"][0]["record"]["place"]["name"] == "Bannu"
    soil = by_watch["soil"]
    assert {a["object_kind"] for a in soil} == {"claim"} and len(soil) == 2
    with session_scope(engine) as s:
        counts = {w["name"]: w["alerts"] for w in list_watches(s)}
        assert counts == {"afghanistan": 1, "bannu": 1, "soil": 2, "taliban": 1}
        remove_watch(s, "soil")
        assert {w["name"] for w in list_watches(s)} == {"afghanistan", "bannu", "taliban"}


def test_webhook_posts_to_local_receiver(sample, receiver):
    engine, ids = sample
    url, received = receiver
    with session_scope(engine) as s:
        add_watch(s, "hook", {"types": ["ASSAULT"], "webhook": url})
        evaluate_watches(s, list(ids.values()))
    assert sorted(r["record"]["fatalities"] for r in received) == [4, 5]
    assert all(r["watch"] == "hook" for r in received)


def test_unreachable_webhook_is_logged_not_raised(sample, caplog):
    engine, ids = sample
    with session_scope(engine) as s:
        add_watch(s, "dead", {"types": ["CONSULT"], "webhook": "http://127.0.0.1:9/nothing"})
        fired = evaluate_watches(s, list(ids.values()))
    assert len(fired) == 1
    assert any("webhook" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(
    "rule,message",
    [
        ({"webhook": "http://example.com/x", "types": ["ASSAULT"]}, "127.0.0.1"),
        ({"types": ["BOMBING"]}, "unknown event type"),
        ({"country": "Pakistan"}, "alpha-3"),
        ({"jsonl": "/tmp/x.jsonl"}, "at least one"),
        ({"colour": "red"}, "unknown watch rule keys"),
    ],
)
def test_invalid_rules_are_user_errors(sample, rule, message):
    engine, _ = sample
    with session_scope(engine) as s, pytest.raises(UserError) as err:
        add_watch(s, "bad", rule)
    assert err.value.code == "W012" and message in str(err.value)


def test_cli_watch_and_alerts(sample, tmp_path):
    from watchfloor.cli import app

    engine, ids = sample
    url = str(engine.url)
    runner = CliRunner()
    result = runner.invoke(
        app, ["--db", url, "watch", "add", "kabul", "--place", "Kabul", "--type", "CONSULT"]
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["--db", url, "watch", "add", "kabul", "--place", "Kabul"])
    assert result.exit_code != 0 and "W012" in result.output
    result = runner.invoke(
        app,
        ["--db", url, "watch", "add", "x", "--actor", "taliban", "--webhook", "ftp://127.0.0.1/"],
    )
    assert result.exit_code != 0 and "W012" in result.output
    with session_scope(engine) as s:
        evaluate_watches(s, list(ids.values()))
    result = runner.invoke(app, ["--db", url, "alerts", "--json"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert len(rows) == 1 and rows[0]["watch"] == "kabul"
    result = runner.invoke(app, ["--db", url, "watch", "list"])
    assert "kabul" in result.output
    assert runner.invoke(app, ["--db", url, "watch", "remove", "kabul"]).exit_code == 0
    result = runner.invoke(app, ["--db", url, "watch", "remove", "kabul"])
    assert result.exit_code != 0 and "W006" in result.output


@pytest.mark.slow
def test_alert_fires_on_real_ingest(tmp_path, pipeline):
    from watchfloor.batch import ingest

    engine = get_engine(f"sqlite:///{tmp_path}/ingest.db")
    sink = tmp_path / "alerts.jsonl"
    from watchfloor.store.db import ensure_schema

    ensure_schema(engine)
    with session_scope(engine) as s:
        add_watch(s, "assaults", {"types": ["ASSAULT"], "jsonl": str(sink)})
    src = tmp_path / "wire.jsonl"
    src.write_text(
        json.dumps(
            {
                "id": "w1",
                "title": "Attack in Bannu",
                "published": "2025-03-04",
                "text": "Militants attacked a police checkpoint in Bannu on Monday, killing three policemen, officials said.",
            }
        )
        + "\n"
    )
    summary = ingest([str(src)], engine, pipeline=pipeline)
    assert summary.stored == 1
    if summary.events == 0:
        pytest.skip("the event extractor found no event in the test sentence")
    lines = [json.loads(x) for x in sink.read_text().splitlines()]
    assert lines and lines[0]["record"]["type"] == "ASSAULT"
