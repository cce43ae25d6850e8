"""SQLAlchemy 2 models: the one schema behind the CLI, the API and the exports.

Documents are immutable. Every derived row (mention, event, claim, commitment) carries the
document id, its character span, the extractor that produced it (name@version) and a
confidence, so `reprocess` can tell what is stale and every fact points back to its words.
Ids of derived rows are deterministic hashes of (document, span, kind), so the same input gives
the same ids on SQLite, on PostgreSQL, serially or on a Dask cluster.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    external_id: Mapped[str] = mapped_column(String(512), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(256), index=True)
    published: Mapped[str | None] = mapped_column(String(64))  # ISO 8601 as given
    published_date: Mapped[date | None] = mapped_column(Date, index=True)
    language: Mapped[str | None] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[str | None] = mapped_column(Text)
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    minhash: Mapped[list[Any] | None] = mapped_column(JSON)
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("documents.id"), index=True)
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    analysis_version: Mapped[str | None] = mapped_column(Text)
    analyzed_at: Mapped[datetime | None] = mapped_column(DateTime)


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(256), index=True)
    sector: Mapped[str | None] = mapped_column(String(8))
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    wikidata: Mapped[str | None] = mapped_column(String(32))
    parent: Mapped[str | None] = mapped_column(String(128))
    kind: Mapped[str] = mapped_column(String(32), default="organization")
    provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(32), default="kb")  # kb | user | extracted
    merged_into: Mapped[str | None] = mapped_column(String(128), index=True)

    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", lazy="selectin"
    )


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    __table_args__ = (UniqueConstraint("actor_id", "alias"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(256))
    source: Mapped[str] = mapped_column(String(256), default="kb")  # kb file, "user", doc id
    actor: Mapped[Actor] = relationship(back_populates="aliases")


class ActorMerge(Base):
    """A reversible merge: `from_id` reads as `into_id` until the merge is undone."""

    __tablename__ = "actor_merges"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    from_id: Mapped[str] = mapped_column(String(128), index=True)
    into_id: Mapped[str] = mapped_column(String(128), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)
    note: Mapped[str | None] = mapped_column(Text)


class Place(Base):
    __tablename__ = "places"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    name: Mapped[str] = mapped_column(String(256), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    admin1: Mapped[str | None] = mapped_column(String(256))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    geonames_id: Mapped[int | None] = mapped_column(Integer)


class Mention(Base):
    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_doc", "doc_id", "start"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))  # actor | place
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(String(128), index=True)
    place_id: Mapped[str | None] = mapped_column(String(128), index=True)
    rule: Mapped[str] = mapped_column(String(64))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)
    extractor: Mapped[str] = mapped_column(String(128))


class _SentenceSpan:
    """The columns an event and a claim share: a hashed id, the document, the sentence as
    read (with its offsets) and the span of the trigger or cue within the document. They
    sort first (`sort_order`), where each table declared them before this mixin existed."""

    id: Mapped[str] = mapped_column(String(40), primary_key=True, sort_order=-1)
    doc_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True, sort_order=-1
    )
    sentence: Mapped[str] = mapped_column(Text, sort_order=-1)
    sentence_start: Mapped[int] = mapped_column(Integer, sort_order=-1)
    sentence_end: Mapped[int] = mapped_column(Integer, sort_order=-1)
    start: Mapped[int] = mapped_column(Integer, sort_order=-1)
    end: Mapped[int] = mapped_column(Integer, sort_order=-1)


class Event(_SentenceSpan, Base):
    __tablename__ = "events"

    trigger: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str | None] = mapped_column(String(32))
    context: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actor_id: Mapped[str | None] = mapped_column(String(128), index=True)
    actor_text: Mapped[str | None] = mapped_column(Text)
    recipient_id: Mapped[str | None] = mapped_column(String(128), index=True)
    recipient_text: Mapped[str | None] = mapped_column(Text)
    place_id: Mapped[str | None] = mapped_column(String(128), index=True)
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(8))
    fatalities: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    factuality: Mapped[str] = mapped_column(String(16), index=True)
    reported_by_id: Mapped[str | None] = mapped_column(String(128))
    reported_by_text: Mapped[str | None] = mapped_column(Text)
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(String(128))
    incident: Mapped[str | None] = mapped_column(String(64), index=True)
    notes: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Proposition(Base):
    __tablename__ = "propositions"

    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    origin: Mapped[str] = mapped_column(String(16), default="file")  # file | user | suggested
    merged_into: Mapped[str | None] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Claim(_SentenceSpan, Base):
    __tablename__ = "claims"

    cue: Mapped[str] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    content_start: Mapped[int] = mapped_column(Integer)
    content_end: Mapped[int] = mapped_column(Integer)
    speaker_id: Mapped[str | None] = mapped_column(String(128), index=True)
    speaker_text: Mapped[str | None] = mapped_column(Text)
    stance: Mapped[str] = mapped_column(String(8))
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    factuality: Mapped[str] = mapped_column(String(16))
    proposition_id: Mapped[str | None] = mapped_column(String(128), index=True)
    polarity: Mapped[str | None] = mapped_column(String(8))
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(String(128))


class Commitment(Base):
    __tablename__ = "commitments"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    doc_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    sentence: Mapped[str] = mapped_column(Text)
    actor_id: Mapped[str | None] = mapped_column(String(128), index=True)
    actor_text: Mapped[str | None] = mapped_column(Text)
    beneficiary_id: Mapped[str | None] = mapped_column(String(128))
    beneficiary_text: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(16))
    group_id: Mapped[str | None] = mapped_column(String(40), index=True)
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(String(128))


class SourceGrade(Base):
    """An analyst's Admiralty reliability grade (A–F) for a source (outlet, feed, author)."""

    __tablename__ = "source_grades"

    source: Mapped[str] = mapped_column(String(256), primary_key=True)
    grade: Mapped[str] = mapped_column(String(1))
    note: Mapped[str | None] = mapped_column(Text)


class ApiToken(Base):
    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128))
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


class Watch(Base):
    __tablename__ = "watches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(128), unique=True)
    rule: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Alert(Base):
    __tablename__ = "alerts"
    __table_args__ = (UniqueConstraint("watch_id", "object_kind", "object_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    watch_id: Mapped[int] = mapped_column(ForeignKey("watches.id", ondelete="CASCADE"), index=True)
    object_kind: Mapped[str] = mapped_column(String(16))  # event | claim | document
    object_id: Mapped[str] = mapped_column(String(64))
    doc_id: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class IngestRun(Base):
    """One `ingest` invocation's counts, for `doctor` and the dashboard."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    inputs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    stored: Mapped[int] = mapped_column(Integer, default=0)
    duplicates: Mapped[int] = mapped_column(Integer, default=0)
    near_duplicates: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[int] = mapped_column(Integer, default=0)
