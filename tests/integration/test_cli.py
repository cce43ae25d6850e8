"""The command line end to end: set-up, ingest with bad input, listings, curation, doctor."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from spec_fields import SPEC_FIELDS
from watchfloor.cli import app

DATA = Path(__file__).resolve().parents[1] / "data"
runner = CliRunner()

GOOD = [
    {
        "id": "g1",
        "title": "Bannu attack",
        "published": "2025-04-02T08:00:00+05:00",
        "source": "Test Wire",
        "text": "Militants stormed a police post in Bannu on Tuesday night, killing four policemen, officials said. "
        "Pakistan's Foreign Office said TTP militants operate from sanctuaries in Afghanistan.",
    },
    {
        "id": "g2",
        "title": "Kabul visit",
        "published": "2025-05-20T12:00:00+04:30",
        "source": "Test Wire",
        "text": "Iran's foreign minister met the Taliban's acting foreign minister Amir Khan Muttaqi in Kabul on Monday. "
        "Taliban spokesman Zabihullah Mujahid said no group is allowed to use Afghan soil against neighbours.",
    },
]

# one file per way an input can be unreadable (tests/data/bad)
BAD = (
    "invalid-utf8.txt",
    "empty.txt",
    "binary.txt",
    "broken.jsonl",
    "broken.csv",
    "only-script.html",
)


def invoke(db: str, *args: str, input: str | None = None):
    result = runner.invoke(app, ["--db", db, *args], input=input)
    assert "Traceback" not in (result.output or ""), result.output
    return result


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "good.jsonl").write_text(
        "\n".join(json.dumps(d) for d in GOOD) + "\n", encoding="utf-8"
    )
    for bad in BAD:
        shutil.copy(DATA / "bad" / bad, folder / bad)
    return folder


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


def test_init_creates_schema(db):
    result = invoke(db, "init")
    assert result.exit_code == 0
    assert "revision" in result.output


def test_mixed_batch_stores_the_good_and_names_each_bad(db, corpus):
    result = invoke(db, "ingest", str(corpus), "--json")
    assert result.exit_code == 1  # something failed, and the exit code says so
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    # good.jsonl (2) + the valid rows of broken.jsonl (1) and broken.csv (1)
    assert summary["stored"] == 4
    messages = "\n".join(summary["error_messages"])
    for name in BAD:
        assert name in messages, name
    assert all("\n" not in m for m in summary["error_messages"])
    again = invoke(db, "ingest", str(corpus), "--json")
    assert (
        json.loads(again.stdout.strip().splitlines()[-1])["stored"] == 0
    )  # re-ingest changes nothing

    events = invoke(db, "events", "--json")
    records = [json.loads(line) for line in events.stdout.splitlines() if line.strip()]
    assert any(r["type"] == "ASSAULT" for r in records)
    assert SPEC_FIELDS["events"] <= set(records[0]), SPEC_FIELDS["events"] - set(records[0])
    claims = [
        json.loads(line)
        for line in invoke(db, "claims", "--json").stdout.splitlines()
        if line.strip()
    ]
    assert claims
    assert SPEC_FIELDS["claims"] <= set(claims[0]), SPEC_FIELDS["claims"] - set(claims[0])
    for command in (
        "events",
        "claims",
        "actors",
        "places",
        "ledger",
        "commitments",
        "sources",
        "propositions",
    ):
        result = invoke(db, command)
        assert result.exit_code == 0, (command, result.output)


def test_export_documents_jsonl_follows_the_spec(db, corpus, tmp_path):
    invoke(db, "ingest", str(corpus / "good.jsonl"), "--no-analysis")
    out = tmp_path / "docs.jsonl"
    result = invoke(db, "export", "documents", "--format", "jsonl", "-o", str(out))
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert {d["external_id"] for d in docs} == {"g1", "g2"}
    assert SPEC_FIELDS["documents"] <= set(docs[0]), SPEC_FIELDS["documents"] - set(docs[0])
    assert docs[0]["language"] == "en"


def test_stdin_ingest(db):
    result = invoke(
        db,
        "ingest",
        "-",
        "--no-analysis",
        "--json",
        input="\n".join(json.dumps(d) for d in GOOD) + "\n",
    )
    assert json.loads(result.stdout.strip().splitlines()[-1])["stored"] == 2


def test_actor_curation_round_trip(db):
    invoke(db, "init")
    assert (
        invoke(
            db,
            "actors",
            "add",
            "jamaat-ul-ahrar",
            "--name",
            "Jamaat-ul-Ahrar",
            "--sector",
            "REB",
            "--country",
            "PAK",
            "--alias",
            "JuA",
        ).exit_code
        == 0
    )
    assert (
        invoke(db, "actors", "add", "jua2", "--name", "JuA splinter", "--sector", "REB").exit_code
        == 0
    )
    assert invoke(db, "actors", "alias", "jamaat-ul-ahrar", "Jamaat ul Ahrar").exit_code == 0
    bad = invoke(db, "actors", "add", "x", "--name", "X", "--sector", "NOPE")
    assert bad.exit_code != 0 and "unknown sector" in bad.output
    assert invoke(db, "actors", "merge", "jua2", "jamaat-ul-ahrar").exit_code == 0
    assert invoke(db, "actors", "unmerge", "jua2").exit_code == 0
    assert invoke(db, "actors", "unmerge", "jua2").exit_code != 0

    from watchfloor.batch import knowledge_of
    from watchfloor.store.db import get_engine

    actors, aliases = knowledge_of(get_engine(db))
    assert {a.id for a in actors} == {"jamaat-ul-ahrar", "jua2"}
    assert ("jamaat-ul-ahrar", "Jamaat ul Ahrar") in aliases


def test_source_grades(db):
    invoke(db, "init")
    assert (
        invoke(db, "sources", "grade", "Test Wire", "B", "--note", "staff reporters").exit_code == 0
    )
    assert invoke(db, "sources", "grade", "Test Wire", "Z").exit_code != 0


def test_user_errors_are_one_line_without_traceback(tmp_path):
    result = invoke(f"sqlite:///{tmp_path / 'x.db'}", "ingest", str(tmp_path / "missing.txt"))
    assert result.exit_code != 0
    result = runner.invoke(app, ["--db", "notaurl", "events"])
    assert result.exit_code == 2 and "not a database URL" in result.output
    result = invoke(f"sqlite:///{tmp_path / 'x.db'}", "events", "--since", "yesterday-ish")
    assert result.exit_code == 2 and "not a date" in result.output


def test_doctor_json_names_the_model(db):
    invoke(db, "init")
    result = invoke(db, "doctor", "--json")
    report = json.loads(result.stdout)
    assert report["spacy_model"].startswith("core_web_sm") or "core_web_sm" in report["spacy_model"]
    assert report["pipeline_version"]
    assert {c["name"] for c in report["checks"]} >= {"packages", "pipeline", "database"}


def test_killed_ingest_leaves_whole_documents_and_resumes(tmp_path):
    """A process killed mid-batch loses at most its open transaction; a re-run completes."""
    import time

    from sqlalchemy import func, select

    from watchfloor.store import models as m
    from watchfloor.store.db import get_engine, session_scope

    db = f"sqlite:///{tmp_path / 'kill.db'}"
    path = tmp_path / "many.jsonl"
    path.write_text(
        "\n".join(
            json.dumps(
                {
                    "id": f"k{i}",
                    "text": f"Item {i}: officials counted {i} families in district {i}.",
                }
            )
            for i in range(3000)
        )
        + "\n"
    )
    cmd = [
        sys.executable,
        "-m",
        "watchfloor",
        "--db",
        db,
        "ingest",
        str(path),
        "--no-analysis",
        "--batch-size",
        "50",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    engine = get_engine(db)
    deadline = time.time() + 60
    while time.time() < deadline:
        time.sleep(0.3)
        try:
            with session_scope(engine) as session:
                if (session.scalar(select(func.count(m.Document.id))) or 0) >= 100:
                    break
        except Exception:  # noqa: BLE001 - schema may not exist yet
            continue
    proc.kill()
    proc.wait()
    with session_scope(engine) as session:
        partial = session.scalar(select(func.count(m.Document.id)))
        empty = session.scalar(select(func.count(m.Document.id)).where(m.Document.text == ""))
    assert partial % 50 == 0 or partial == 3000  # whole batches only
    assert empty == 0
    subprocess.run(cmd, check=False, capture_output=True)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(m.Document.id))) == 3000
        assert session.scalar(select(func.count(func.distinct(m.Document.sha256)))) == 3000
