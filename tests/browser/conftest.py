"""A real server on a free 127.0.0.1 port over the sample DB, driven by Debian's Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import pytest

from watchfloor.api.background import CHROMIUM, CHROMIUM_ARGS  # noqa: E402

# Markup that would set a flag if the dashboard ever parsed document text as HTML.
HOSTILE_TEXT = (
    "A hostile page tried to inject code.\n\n"
    "<img src=x onerror=\"window.__pwned='img'\"><script>window.__pwned='script'</script> "
    "<svg onload=\"window.__pwned='svg'\"></svg> Pakistan denied it."
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(
        reason=f"{CHROMIUM} is absent (apt-get install chromium); browser tests need it"
    )
    for item in items:
        if "tests/browser" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(skip)


def add_hostile_document(url: str) -> int:
    from tests.sample_data import store_document

    from watchfloor.records import ActorMention, DocumentAnalysis, RawDocument
    from watchfloor.store.db import get_engine, session_scope

    start = HOSTILE_TEXT.index("<img")
    end = HOSTILE_TEXT.index("</svg>") + len("</svg>")
    pak = HOSTILE_TEXT.index("Pakistan denied")
    analysis = DocumentAnalysis(versions={"linker": "test"})
    # highlights over the markup itself: the riskiest place for a renderer to slip
    analysis.actor_mentions.append(ActorMention(start, end, HOSTILE_TEXT[start:end], None, "test"))
    analysis.actor_mentions.append(ActorMention(pak, pak + 8, "Pakistan", "PAK", "name"))
    raw = RawDocument(
        text=HOSTILE_TEXT,
        external_id="hostile.html",
        origin="tests/hostile.html",
        title="<b onmouseover=\"window.__pwned='title'\">Hostile</b> title",
        url="javascript:window.__pwned='url'",
        source="Test Wire",
        published="2025-05-25T09:00:00+00:00",
        language="en",
        meta={},
    )
    with session_scope(get_engine(url)) as session:
        return store_document(session, raw, analysis)


@dataclass
class Site:
    base: str
    doc_ids: dict[str, int]
    hostile_id: int


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    from tests.sample_data import populate

    from watchfloor.api.app import create_app
    from watchfloor.api.background import serve_in_thread
    from watchfloor.store.db import get_engine

    url = f"sqlite:///{tmp_path_factory.mktemp('browser')}/sample.db"
    doc_ids = populate(get_engine(url))
    hostile = add_hostile_document(url)
    # open_reads=None: the default, open because the browser connects from 127.0.0.1
    with serve_in_thread(create_app(url)) as base:
        yield Site(base, doc_ids, hostile)


@pytest.fixture(scope="session")
def browser(site: Site):  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@dataclass
class Watch:
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    offsite: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture
def watch() -> Watch:
    return Watch()


@contextmanager
def watched_page(browser, base: str, watch: Watch):  # type: ignore[no-untyped-def]
    """A page on the server at `base` that may not reach any other host, with every request
    it makes in `page.requested`; after use, no off-site request, dialog or page error."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    host = urlparse(base).netloc
    requested: list[str] = []

    def guard(route) -> None:  # type: ignore[no-untyped-def]
        requested.append(route.request.url)
        target = urlparse(route.request.url)
        if target.scheme in ("http", "https", "ws", "wss") and target.netloc != host:
            watch.offsite.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    pg.on(
        "console",
        lambda msg: watch.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    pg.on("pageerror", lambda exc: watch.page_errors.append(str(exc)))

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.requested = requested
    try:
        yield pg
    finally:
        context.close()
    assert watch.offsite == [], f"requests to other hosts: {watch.offsite}"
    assert watch.dialogs == [], f"a dialog opened: {watch.dialogs}"
    assert watch.page_errors == [], f"uncaught errors: {watch.page_errors}"
    assert watch.console_errors == [], f"console errors: {watch.console_errors}"


@pytest.fixture
def page(browser, site: Site, watch: Watch):  # type: ignore[no-untyped-def]
    with watched_page(browser, site.base, watch) as pg:
        yield pg


def open_view(page, site: Site, fragment: str) -> None:  # type: ignore[no-untyped-def]
    """Load the dashboard at a view and wait until that view has rendered."""
    page.goto(f"{site.base}/{fragment}")
    page.wait_for_selector("body[data-ready]")
    page.wait_for_load_state("networkidle")


def go(page, fragment: str) -> None:  # type: ignore[no-untyped-def]
    """Navigate inside the single-page app and wait for the new view."""
    before = page.evaluate("document.body.dataset.ready || ''")
    page.evaluate("(f) => { window.location.hash = f; }", fragment)
    page.wait_for_function(
        "(b) => document.body.dataset.ready && document.body.dataset.ready !== b", arg=before
    )
