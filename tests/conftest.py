"""Shared fixtures. The analysis pipeline is loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def pipeline():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def analyze(pipeline):
    """analyze("one sentence", published="2025-03-01") → DocumentAnalysis."""

    def _analyze(text: str, published: str | None = "2025-03-01", title: str | None = None):
        return pipeline.analyze(text, published=published, title=title)

    return _analyze


# ---------------------------------------------------------------- databases

PG_ADMIN_URL = "postgresql+psycopg://127.0.0.1:5432/test"


def _postgres_available() -> bool:
    try:
        import psycopg

        with psycopg.connect("host=127.0.0.1 port=5432 dbname=test connect_timeout=3"):
            return True
    except Exception:  # noqa: BLE001 - any failure means "no server to test against"
        return False


@pytest.fixture(scope="session")
def postgres_url():
    """A fresh PostgreSQL database for this test run (dropped afterwards)."""
    if not _postgres_available():
        pytest.skip("no PostgreSQL server answers at 127.0.0.1:5432")
    import os
    import uuid

    import psycopg

    name = f"watchfloor_test_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"postgresql+psycopg://127.0.0.1:5432/{name}"
    from watchfloor.store.db import get_engine

    get_engine.cache_clear()
    with psycopg.connect("host=127.0.0.1 port=5432 dbname=test", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def empty_postgres_url(postgres_url):
    """The run's PostgreSQL database with an empty schema: every test starts from nothing."""
    from sqlalchemy import text

    from watchfloor.store.db import get_engine

    with get_engine(postgres_url).begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    return postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Each storage test runs against SQLite and against the real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.db'}"
    return request.getfixturevalue("empty_postgres_url")


def _sample_db(folder) -> str:
    from sample_data import populate
    from watchfloor.store.db import get_engine

    url = f"sqlite:///{folder / 'sample.db'}"
    populate(get_engine(url))
    return url


@pytest.fixture
def sample_db(tmp_path):
    """A small SQLite knowledge base written without NLP (tests/sample_data.py): its URL."""
    return _sample_db(tmp_path)


@pytest.fixture(scope="module")
def module_sample_db(tmp_path_factory):
    """The same knowledge base, built once and shared by the tests of one module."""
    return _sample_db(tmp_path_factory.mktemp("sample"))


def pytest_configure(config):
    import os
    import sys
    from pathlib import Path

    # tests import helpers such as sample_data directly
    sys.path.insert(0, str(Path(__file__).parent))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
