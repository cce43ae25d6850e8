"""Alembic environment: the engine comes from Watchfloor (config attribute), never from an ini file."""

from __future__ import annotations

from alembic import context

from watchfloor.store.models import Base

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # `alembic` run by hand: fall back to the configured URL
    from watchfloor.store.db import get_engine

    engine = get_engine(config.get_main_option("sqlalchemy.url") or None)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
