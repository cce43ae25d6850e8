"""Engine, sessions and schema migrations for SQLite (default) and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker

from watchfloor.errors import UserError

DEFAULT_DB = "sqlite:///watchfloor.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def database_url(url: str | None = None) -> str:
    return url or os.environ.get("WATCHFLOOR_DB") or DEFAULT_DB


def display_url(url: str) -> str:
    """A database URL as it may be printed: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _set_sqlite_pragmas(dbapi_connection, _record) -> None:
    # The sqlite3 module's own transaction handling would turn each SAVEPOINT release into a
    # commit; hand transaction control to SQLAlchemy (BEGIN is emitted in `_begin`) so that a
    # batch is one real transaction and per-document savepoints nest inside it.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the dashboard read while an ingest writes; busy_timeout turns a brief lock
    # into a wait instead of an immediate "database is locked".
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


@lru_cache(maxsize=8)
def get_engine(url: str | None = None) -> Engine:
    url = database_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise UserError("W001", f"not a database URL: {url!r} ({exc})") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    else:
        if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
            url = str(parsed.set(drivername="postgresql+psycopg"))
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One transaction: committed when the block ends, rolled back on any error."""
    factory = sessionmaker(engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def _alembic_config(engine: Engine):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine) -> str:
    """Create or upgrade the schema to the newest migration; returns the revision."""
    from alembic import command

    command.upgrade(_alembic_config(engine), "head")
    return current_revision(engine) or "?"


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(cfg).get_current_head() or "?"


def ensure_schema(engine: Engine) -> None:
    """Upgrade when the schema is missing or behind; cheap when it is current."""
    if not inspect(engine).has_table("documents") or current_revision(engine) != head_revision():
        upgrade(engine)
