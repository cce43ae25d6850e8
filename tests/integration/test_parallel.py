"""Parallel and distributed analysis give the same records as a serial run; concurrent
writers on PostgreSQL lose nothing and duplicate nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from watchfloor.batch import dask_analyzer, dask_command_line_cluster, ingest
from watchfloor.store import models as m
from watchfloor.store import queries
from watchfloor.store.db import get_engine, session_scope, upgrade

pytestmark = pytest.mark.slow

ARTICLES = [
    (
        "p1",
        "2025-03-01",
        "Militants stormed a police post in Bannu on Friday, killing four policemen, officials said.",
    ),
    (
        "p2",
        "2025-03-02",
        "Iran's foreign minister met the Taliban's acting foreign minister Amir Khan Muttaqi in Kabul on Sunday.",
    ),
    (
        "p3",
        "2025-03-03",
        "A suicide bomber blew himself up at a market in Peshawar, killing seven people and wounding 20.",
    ),
    (
        "p4",
        "2025-03-04",
        "Pakistan's Foreign Office said TTP militants were using Afghan soil to plan attacks. "
        "Taliban spokesman Zabihullah Mujahid denied the claim.",
    ),
    (
        "p5",
        "2025-03-05",
        "Pakistani authorities deported 1,200 Afghan refugees through the Torkham crossing on Tuesday.",
    ),
    (
        "p6",
        "2025-03-06",
        "China and Pakistan signed an agreement in Beijing to extend the economic corridor to Afghanistan.",
    ),
]


def _jsonl(tmp_path, name="batch.jsonl", articles=ARTICLES):
    path = tmp_path / name
    path.write_text(
        "\n".join(
            json.dumps({"id": i, "published": d, "text": t, "source": "Test"})
            for i, d, t in articles
        )
        + "\n"
    )
    return path


def _records(url):
    with session_scope(get_engine(url)) as session:
        f = queries.Filters(limit=10_000)
        events = sorted(
            (
                {k: v for k, v in e.items() if k not in ("doc_id", "incident")}
                for e in queries.list_events(session, f)
            ),
            key=lambda e: e["id"],
        )
        claims = sorted(
            (
                {k: v for k, v in c.items() if k != "doc_id"}
                for c in queries.list_claims(session, f)
            ),
            key=lambda c: c["id"],
        )
    return events, claims


def _assert_dask_gives_the_same_records(tmp_path, pipeline, client) -> None:
    """A batch analysed on the cluster behind `client` is stored as a serial run stores it."""
    path = _jsonl(tmp_path)
    serial = f"sqlite:///{tmp_path / 'serial.db'}"
    ingest([str(path)], get_engine(serial), pipeline=pipeline)
    parallel = f"sqlite:///{tmp_path / 'parallel.db'}"
    ingest(
        [str(path)],
        get_engine(parallel),
        pipeline=pipeline,
        analyzer=dask_analyzer(client),
        batch_size=3,
    )
    serial_records = _records(serial)
    assert serial_records[0], "the serial run found no events"
    assert serial_records == _records(parallel)


def test_dask_local_cluster_gives_the_same_records_as_serial(tmp_path, pipeline):
    from dask.distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        _assert_dask_gives_the_same_records(tmp_path, pipeline, client)


def test_two_ingest_processes_on_postgresql(tmp_path, empty_postgres_url):
    engine = get_engine(empty_postgres_url)
    upgrade(engine)
    articles = [
        (
            f"c{i}",
            "2025-04-01",
            f"Report {i}: officials in district {i} counted {i * 7} displaced families after floods.",
        )
        for i in range(300)
    ]
    a = _jsonl(tmp_path, "a.jsonl", articles[:200])
    b = _jsonl(tmp_path, "b.jsonl", articles[100:])
    cmd = [
        sys.executable,
        "-m",
        "watchfloor",
        "--db",
        empty_postgres_url,
        "ingest",
        "--no-analysis",
        "--batch-size",
        "7",
    ]
    procs = [
        subprocess.Popen([*cmd, str(p)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for p in (a, b)
    ]
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    with session_scope(engine) as session:
        total = session.scalar(select(func.count(m.Document.id)))
        distinct = session.scalar(select(func.count(func.distinct(m.Document.sha256))))
    assert total == distinct == 300


def test_postgresql_stores_the_same_analysed_records_as_sqlite(
    tmp_path, pipeline, empty_postgres_url
):
    path = _jsonl(tmp_path)
    sqlite_url = f"sqlite:///{tmp_path / 'lite.db'}"
    ingest([str(path)], get_engine(sqlite_url), pipeline=pipeline)
    ingest([str(path)], get_engine(empty_postgres_url), pipeline=pipeline)
    lite, pg = _records(sqlite_url), _records(empty_postgres_url)
    assert lite[0] and lite[1]
    assert lite == pg, (sqlite_url, empty_postgres_url)


def test_dask_command_line_cluster_gives_the_same_records(tmp_path, pipeline):
    """A scheduler and a worker started with Dask's own command-line tools, as on a real
    cluster, process a batch to the same records as a local run."""
    from dask.distributed import Client

    with (
        dask_command_line_cluster(1, env={"PYTHONWARNINGS": "ignore"}) as address,
        Client(address, timeout="30s") as client,
    ):
        _assert_dask_gives_the_same_records(tmp_path, pipeline, client)
