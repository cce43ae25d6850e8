"""The REST API (`/api/v1/…`) and the dashboard (`/`), over the one data layer in store.queries."""

from __future__ import annotations

import ipaddress
import os
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from watchfloor.api import auth
from watchfloor.api.errors import ERROR_RESPONSES, ApiError
from watchfloor.api.errors import install as install_error_handlers
from watchfloor.api.middleware import BodyLimit, SecurityHeaders
from watchfloor.store import queries
from watchfloor.store.db import ensure_schema, get_engine, session_scope

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"
DEFAULT_MAX_BODY = 10 * 1024 * 1024
MAX_LIMIT = 1000
# SQLite integers are 64-bit signed; larger ids or offsets would overflow inside the driver
MAX_INT = 2**62
MAX_DOCUMENTS_PER_POST = 1000


# ---------------------------------------------------------------- configuration


def _env_flag(name: str) -> bool | None:
    value = os.environ.get(name)
    if value is None or not value.strip():
        return None
    return value.strip().lower() not in ("0", "false", "no", "off")


def _is_loopback(host: str | None) -> bool:
    if not host:
        return False
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


class Settings:
    def __init__(self, engine: Engine, open_reads: bool | None, max_body: int) -> None:
        self.engine = engine
        # None means "open to clients on this machine only", which is what a server bound to
        # 127.0.0.1 gives; True/False force reads open or closed for every client.
        self.open_reads = open_reads
        self.max_body = max_body
        self.pipeline: Any = None
        self.pipeline_lock = threading.Lock()
        # one ingest at a time: SQLite has a single writer and near-duplicate state is shared
        self.ingest_lock = threading.Lock()

    def get_pipeline(self) -> Any:
        with self.pipeline_lock:
            if self.pipeline is None:
                from watchfloor.pipeline import Pipeline

                self.pipeline = Pipeline()
            return self.pipeline

    def get_knowledge_base(self) -> Any:
        """The curated knowledge base, shared with the exports and the ledger and read again
        only when a data file changes (`kb.actors.load_checked`); a broken data file raises
        W005, which `errors.install` answers with 503."""
        from watchfloor.export._common import load_knowledge_base

        return load_knowledge_base()


def settings(request: Request) -> Settings:
    return request.app.state.watchfloor


def get_session(request: Request) -> Iterator[Session]:
    with session_scope(settings(request).engine) as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


# ---------------------------------------------------------------- auth


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization") or ""
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return None
    return value.strip()


def _check_token(request: Request) -> str:
    token = _bearer(request)
    if token is None:
        raise ApiError(
            401,
            "this request needs an API token: send 'Authorization: Bearer <token>' "
            "(create one with `watchfloor token create NAME`)",
            headers={"WWW-Authenticate": "Bearer"},
        )
    with session_scope(settings(request).engine) as session:
        name = auth.token_name(session, token)
    if name is None:
        raise ApiError(
            401, "the API token is unknown or revoked", headers={"WWW-Authenticate": "Bearer"}
        )
    return name


def require_read(request: Request) -> None:
    s = settings(request)
    if s.open_reads is True:
        return
    if s.open_reads is None and _is_loopback(request.client.host if request.client else None):
        return
    _check_token(request)


def require_write(request: Request) -> str:
    return _check_token(request)


# ---------------------------------------------------------------- shared query parameters


class Page(BaseModel):
    model_config = ConfigDict(extra="allow")

    items: list[dict[str, Any]]
    total: int
    limit: int
    offset: int


class Quote(BaseModel):
    """One graded quote, as in a ledger's `quotes` lists (`rank` 1 is a side's strongest)."""

    model_config = ConfigDict(extra="allow")

    rank: int
    claim: str
    speaker: dict[str, Any] | None
    cue: str | None
    quote: str
    hedged: bool
    date: str | None
    source: str | None
    doc_id: int
    external_id: str | None
    admiralty: str


class MonthCount(BaseModel):
    month: str = Field(description="YYYY-MM, or 'unknown' for undated claims.")
    for_: int = Field(alias="for")
    against: int


class PropositionItem(BaseModel):
    """A proposition (exchange format) and, unless `summary=false`, what a claims-board card
    shows of its ledger."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    id: str
    text: str | None
    claims_for: list[str]
    claims_against: list[str]
    speakers_for: list[str]
    speakers_against: list[str]
    related_events: list[str]
    first_seen: str | None
    last_seen: str | None
    lead: str | None = Field(None, description="The ledger's lead paragraph.")
    state: str | None = Field(None, description="e.g. disputed, asserted, not denied.")
    n_claims_for: int | None = None
    n_claims_against: int | None = None
    reports_for: int | None = Field(
        None, description="Independent reports asserting it (syndicated copies count once)."
    )
    reports_against: int | None = None
    hedged_for: int | None = None
    hedged_against: int | None = None
    timeline: list[MonthCount] | None = Field(None, description="Claims per month for and against.")
    quote_for: Quote | None = Field(None, description="The strongest quote asserting it.")
    quote_against: Quote | None = Field(None, description="The strongest quote denying it.")
    incidents_for: int | None = None
    incidents_against: int | None = None
    events_corroborate: str | None = Field(
        None, description="Which side the bearing incidents favour (for|against), if either."
    )


class PropositionPage(Page):
    items: list[PropositionItem]  # type: ignore[assignment]


def _text_param(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if "\x00" in value:
        raise ApiError(422, f"{name}: NUL characters are not allowed")
    value = value.strip()
    return value or None


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if not value:
        return None
    try:
        return queries.parse_bbox(value)
    except ValueError as exc:
        raise ApiError(422, str(exc)) from exc


def filters(
    q: Annotated[
        str | None, Query(description="Text search (substring, case-insensitive).", max_length=500)
    ] = None,
    type: Annotated[
        str | None,
        Query(
            description="Event type(s), comma-separated (PLOVER); claim stance; actor sector; place kind.",
            max_length=200,
        ),
    ] = None,
    actor: Annotated[
        str | None, Query(description="Actor id, name or alias.", max_length=200)
    ] = None,
    country: Annotated[
        str | None, Query(description="ISO 3166-1 alpha-3 country code.", max_length=3)
    ] = None,
    since: Annotated[date | None, Query(description="First day (ISO date), inclusive.")] = None,
    until: Annotated[date | None, Query(description="Last day (ISO date), inclusive.")] = None,
    bbox: Annotated[
        str | None, Query(description="min_lon,min_lat,max_lon,max_lat", max_length=200)
    ] = None,
    factuality: Annotated[
        str | None, Query(description="Factuality value(s), comma-separated.", max_length=200)
    ] = None,
    proposition: Annotated[
        str | None, Query(description="Proposition id (claims).", max_length=200)
    ] = None,
    source: Annotated[str | None, Query(description="Source name, exact.", max_length=256)] = None,
    doc_id: Annotated[
        int | None, Query(ge=1, le=MAX_INT, description="Only records from this document.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
    offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
) -> queries.Filters:
    return queries.Filters(
        q=_text_param(q, "q"),
        type=_text_param(type, "type"),
        actor=_text_param(actor, "actor"),
        country=_text_param(country, "country"),
        since=since,
        until=until,
        bbox=_bbox(bbox),
        factuality=_text_param(factuality, "factuality"),
        proposition=_text_param(proposition, "proposition"),
        source=_text_param(source, "source"),
        doc_id=doc_id,
        limit=limit,
        offset=offset,
    )


FiltersDep = Annotated[queries.Filters, Depends(filters)]
IdParam = Annotated[str, PathParam(min_length=1, max_length=256)]


def _page(items: list[dict[str, Any]], total: int, f: queries.Filters) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": f.limit, "offset": f.offset}


def _page_of(everything: list[dict[str, Any]], f: queries.Filters) -> dict[str, Any]:
    """The page `f` asks for, cut from the whole matching list, whose length is the total."""
    return _page(everything[f.offset : f.offset + f.limit], len(everything), f)


def _found(record: dict[str, Any] | None, what: str, key: Any) -> dict[str, Any]:
    if record is None:
        raise ApiError(404, f"no {what} with id {key!r}")
    return record


def _with_kb_attributes(request: Request, actors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Adds `based_in`, `aims` and `opposes` to actor records, as the JSON Lines export does,
    so an API client sees the same actor object as the exchange format."""
    from watchfloor.export._common import actor_attributes

    kb = settings(request).get_knowledge_base()
    for actor in actors:
        actor.update(actor_attributes(kb, actor["id"]))
    return actors


# ---------------------------------------------------------------- ingestion body


class DocumentIn(BaseModel):
    """One document, with the fields of the JSON Lines input format (SPEC §3)."""

    model_config = ConfigDict(extra="allow")

    text: str = Field(min_length=1)
    id: str | int | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None


class IngestResult(BaseModel):
    model_config = ConfigDict(extra="allow")

    read: int
    stored: int
    duplicates: int
    near_duplicates: int
    errors: int
    error_messages: list[str]
    events: int
    claims: int
    documents: list[dict[str, Any]]


def _ingest(s: Settings, docs: list[DocumentIn], source: str | None) -> dict[str, Any]:
    import hashlib
    import json
    import tempfile

    from sqlalchemy import select

    from watchfloor.batch import ingest
    from watchfloor.ingest import clean_text, sha256_text
    from watchfloor.store import models as m

    rows = []
    for doc in docs:
        row = doc.model_dump(exclude_none=True)
        if "id" not in row:
            # a stable id of our own, so a repeated POST names the same document
            row["id"] = "api:" + hashlib.sha256(doc.text.encode("utf-8")).hexdigest()[:16]
        rows.append(row)
    pipeline = s.get_pipeline()
    with s.ingest_lock, tempfile.TemporaryDirectory(prefix="watchfloor-api-") as tmp:
        path = Path(tmp) / "api-request.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        summary = ingest([str(path)], s.engine, source=source, pipeline=pipeline)
    result = summary.as_dict()
    result["error_messages"] = [
        msg.replace(str(path), "request") for msg in result["error_messages"]
    ]
    digests = {sha256_text(clean_text(str(r["text"]))): str(r["id"]) for r in rows}
    with session_scope(s.engine) as session:
        found = dict(
            session.execute(
                select(m.Document.sha256, m.Document.id).where(m.Document.sha256.in_(list(digests)))
            ).all()
        )
    result["documents"] = [
        {"external_id": ext, "id": found.get(digest)} for digest, ext in digests.items()
    ]
    return result


# ---------------------------------------------------------------- routes


def _list_route(
    list_fn: Callable[[Session, queries.Filters], list[dict[str, Any]]],
    count_fn: Callable[[Session, queries.Filters], int] | None,
) -> Callable[[Session, queries.Filters], dict[str, Any]]:
    """A listing route's page and total: a page query and a count query where the store has a
    count; otherwise one pass over the whole matching list, the page cut from it (those
    listings sort in Python and slice, so the cut is the page they would return)."""

    def run(session: Session, f: queries.Filters) -> dict[str, Any]:
        if count_fn is None:
            return _page_of(list_fn(session, f.unpaged()), f)
        return _page(list_fn(session, f), count_fn(session, f), f)

    return run


_events_page = _list_route(queries.list_events, queries.count_events)
_claims_page = _list_route(queries.list_claims, queries.count_claims)
_actors_page = _list_route(queries.list_actors, None)
_places_page = _list_route(queries.list_places, None)

EXPORT_MEDIA_TYPES = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "plover": ("application/json", "json"),
    "acled-csv": ("text/csv; charset=utf-8", "csv"),
    "stix": ("application/json", "json"),
    "graphml": ("application/xml", "graphml"),
    "geojson": ("application/geo+json", "geojson"),
}


def build_router() -> APIRouter:
    api = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)
    read = [Depends(require_read)]

    @api.get("/documents", response_model=Page, dependencies=read, tags=["documents"])
    def list_documents(
        session: SessionDep,
        f: FiltersDep,
        with_text: Annotated[bool, Query(description="Include each document's text.")] = True,
    ) -> dict[str, Any]:
        items = queries.list_documents(session, f, with_text=with_text)
        return _page(items, queries.count_documents(session, f), f)

    @api.post("/documents", status_code=201, response_model=IngestResult, tags=["documents"])
    def post_documents(
        request: Request,
        body: DocumentIn | list[DocumentIn],
        token_name: Annotated[str, Depends(require_write)],
        source: Annotated[
            str | None,
            Query(max_length=256, description="Source name recorded for every document."),
        ] = None,
    ) -> dict[str, Any]:
        """Ingest one document or a list of them (needs `Authorization: Bearer <token>`)."""
        docs = body if isinstance(body, list) else [body]
        if not docs:
            raise ApiError(422, "the body is an empty list: send one document or a list of them")
        if len(docs) > MAX_DOCUMENTS_PER_POST:
            raise ApiError(413, f"at most {MAX_DOCUMENTS_PER_POST} documents per request")
        result = _ingest(settings(request), docs, _text_param(source, "source"))
        result["token"] = token_name
        return result

    @api.get("/documents/{doc_id}", dependencies=read, tags=["documents"])
    def get_document(
        session: SessionDep, doc_id: Annotated[int, PathParam(ge=1, le=MAX_INT)]
    ) -> dict[str, Any]:
        """One document with its text and the spans to highlight (`highlights`)."""
        return _found(queries.get_document(session, doc_id), "document", doc_id)

    @api.get("/events", response_model=Page, dependencies=read, tags=["events"])
    def list_events(session: SessionDep, f: FiltersDep) -> dict[str, Any]:
        return _events_page(session, f)

    @api.get("/events/{event_id}", dependencies=read, tags=["events"])
    def get_event(session: SessionDep, event_id: IdParam) -> dict[str, Any]:
        return _found(queries.get_event(session, event_id), "event", event_id)

    @api.get("/claims", response_model=Page, dependencies=read, tags=["claims"])
    def list_claims(session: SessionDep, f: FiltersDep) -> dict[str, Any]:
        return _claims_page(session, f)

    @api.get("/claims/{claim_id}", dependencies=read, tags=["claims"])
    def get_claim(session: SessionDep, claim_id: IdParam) -> dict[str, Any]:
        return _found(queries.get_claim(session, claim_id), "claim", claim_id)

    @api.get("/actors", response_model=Page, dependencies=read, tags=["actors"])
    def list_actors(request: Request, session: SessionDep, f: FiltersDep) -> dict[str, Any]:
        page = _actors_page(session, f)
        _with_kb_attributes(request, page["items"])
        return page

    @api.get("/actors/{actor_id}", dependencies=read, tags=["actors"])
    def get_actor(request: Request, session: SessionDep, actor_id: IdParam) -> dict[str, Any]:
        """An actor with its aliases, the knowledge base's `based_in`/`aims`/`opposes`, its
        events, claims made and claims about it."""
        actor = _found(queries.get_actor(session, actor_id), "actor", actor_id)
        return _with_kb_attributes(request, [actor])[0]

    @api.get("/places", response_model=Page, dependencies=read, tags=["places"])
    def list_places(session: SessionDep, f: FiltersDep) -> dict[str, Any]:
        return _places_page(session, f)

    @api.get("/places/{place_id}", dependencies=read, tags=["places"])
    def get_place(session: SessionDep, place_id: IdParam) -> dict[str, Any]:
        return _found(queries.get_place(session, place_id), "place", place_id)

    @api.get(
        "/propositions",
        response_model=PropositionPage,
        response_model_by_alias=True,
        response_model_exclude_unset=True,
        dependencies=read,
        tags=["propositions"],
    )
    def list_propositions(
        session: SessionDep,
        f: FiltersDep,
        summary: Annotated[
            bool,
            Query(
                description="Add what a claims-board card shows of each ledger (lead, state, "
                "counts, timeline, best quotes, incidents); false skips that work."
            ),
        ] = True,
    ) -> dict[str, Any]:
        """Propositions, most claimed first; with `summary` (the default) each item also carries
        the figures of its ledger, so a board need not fetch one ledger per proposition."""
        from watchfloor.analyze.ledger import board_summaries

        # one pass gives both the page and the total
        page = _page_of(queries.list_propositions(session, f.unpaged()), f)
        if summary:
            extra = board_summaries(session, page["items"])
            page["items"] = [{**p, **extra[p["id"]]} for p in page["items"]]
        return page

    @api.get("/propositions/{prop_id}", dependencies=read, tags=["propositions"])
    def get_proposition(session: SessionDep, prop_id: IdParam) -> dict[str, Any]:
        return _found(queries.get_proposition(session, prop_id), "proposition", prop_id)

    @api.get("/propositions/{prop_id}/ledger", dependencies=read, tags=["propositions"])
    def get_ledger(session: SessionDep, prop_id: IdParam) -> dict[str, Any]:
        """The claims ledger: who asserts and denies the proposition over time, and the evidence."""
        from watchfloor.analyze.ledger import build_ledger

        if queries.get_proposition(session, prop_id) is None:
            raise ApiError(404, f"no proposition with id {prop_id!r}")
        return build_ledger(session, prop_id)

    @api.get("/stats", dependencies=read, tags=["aggregates"])
    def get_stats(session: SessionDep) -> dict[str, int]:
        return queries.stats(session)

    @api.get("/aggregates/events-per-day", dependencies=read, tags=["aggregates"])
    def events_per_day(session: SessionDep, f: FiltersDep) -> dict[str, Any]:
        rows = sorted(queries.events_per_day(session, f), key=lambda r: (r["date"], r["type"]))
        return {"items": rows, "total": len(rows)}

    @api.get("/aggregates/actor-network", dependencies=read, tags=["aggregates"])
    def actor_network(session: SessionDep, f: FiltersDep) -> dict[str, Any]:
        return queries.actor_network(session, f.unpaged())

    @api.get("/alerts", dependencies=read, tags=["alerts"])
    def list_alerts(
        session: SessionDep,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 100,
        offset: Annotated[int, Query(ge=0, le=MAX_INT)] = 0,
    ) -> dict[str, Any]:
        """Alerts raised by the analysts' watchlists, newest first."""
        alerts = _optional("watchfloor.analyze.alerts", "alerts")
        if not hasattr(alerts, "list_alerts"):
            raise ApiError(
                501,
                "alerts are not available in this installation "
                "(watchfloor.analyze.alerts.list_alerts is missing)",
            )
        items = alerts.list_alerts(session, limit=limit, offset=offset)
        out: dict[str, Any] = {"items": items, "limit": limit, "offset": offset}
        count = getattr(alerts, "count_alerts", None)
        out["total"] = count(session) if callable(count) else None
        return out

    @api.get(
        "/export/{kind}",
        dependencies=read,
        tags=["export"],
        responses={200: {"content": {t: {} for t, _ in EXPORT_MEDIA_TYPES.values()}}},
    )
    def export(
        request: Request,
        kind: Annotated[
            str,
            PathParam(
                max_length=64,
                description="documents, events, claims, actors, places, propositions, commitments",
            ),
        ],
        f: FiltersDep,
        format: Annotated[
            str,
            Query(max_length=32, description="jsonl, plover, acled-csv, stix, graphml, geojson"),
        ] = "jsonl",
    ) -> Any:
        """Stream an export (the same as `watchfloor export KIND --format FORMAT`)."""
        from watchfloor.api.exports import stream_export

        module = _optional("watchfloor.export", "exports")
        if not hasattr(module, "write_export"):
            raise ApiError(
                501,
                "exports are not available in this installation (watchfloor.export.write_export is missing)",
            )
        check = getattr(module, "check", None)
        if callable(check):
            check(kind, format)  # an unknown kind or format is a 400 before any byte is sent
        media, ext = EXPORT_MEDIA_TYPES.get(format, ("application/octet-stream", "txt"))
        # filters narrow the export, but the whole matching set is wanted, not one page
        return stream_export(
            settings(request).engine,
            module.write_export,
            kind,
            format,
            f.unpaged(),
            media_type=media,
            filename=f"watchfloor-{kind}.{ext}",
        )

    return api


def _optional(module: str, feature: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise ApiError(
                501, f"{feature} are not available in this installation ({module} is missing)"
            ) from exc
        raise


# ---------------------------------------------------------------- the application


def create_app(
    db: str | None = None,
    *,
    open_reads: bool | None = None,
    max_body_bytes: int | None = None,
    pipeline: Any = None,
) -> FastAPI:
    """The API and dashboard over the database at `db` (SQLAlchemy URL; default as the CLI).

    `open_reads`: True lets anyone read, False requires a token for reads too, None (default)
    opens reads to clients on this machine only; env WATCHFLOOR_OPEN_READS=0/1 overrides None.
    `pipeline`: an already loaded analysis pipeline for POST /documents (else loaded on first use).
    """
    from watchfloor import __version__

    engine = get_engine(db)
    ensure_schema(engine)
    if open_reads is None:
        open_reads = _env_flag("WATCHFLOOR_OPEN_READS")
    if max_body_bytes is None:
        max_body_bytes = int(os.environ.get("WATCHFLOOR_MAX_BODY_BYTES") or DEFAULT_MAX_BODY)

    app = FastAPI(
        title="Watchfloor API",
        version=__version__,
        description="Evidence-backed events, claims, actors and places; every record points to its text span.",
        docs_url=None,  # Swagger UI loads its code from a CDN, which the offline dashboard cannot
        redoc_url=None,
    )
    app.state.watchfloor = Settings(engine, open_reads, max_body_bytes)
    app.state.watchfloor.pipeline = pipeline
    install_error_handlers(app)
    app.include_router(build_router())

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> RedirectResponse:
        return RedirectResponse("/#/api")

    @app.get("/healthz", include_in_schema=False)
    def health() -> JSONResponse:
        return JSONResponse({"ok": True})

    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app
