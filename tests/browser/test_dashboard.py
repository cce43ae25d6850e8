"""The dashboard in headless Chromium against a live server on the sample DB.

Every test also fails (in the `page` fixture) on a console error, an uncaught exception, a
dialog, or any request to a host other than the local server.
"""

from __future__ import annotations

import pytest
from tests.browser.conftest import Site, go, open_view

pytestmark = pytest.mark.browser


def test_loads_with_header_counts(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "")
    counts = page.locator("#counts").inner_text()
    assert "4 documents" in counts and "3 events" in counts and "3 claims" in counts
    assert page.locator(".tabs a.active").inner_text() == "Map"


def test_map_draws_country_outlines_and_event_markers(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "#/map")
    assert page.locator(".leaflet-overlay-pane path").count() > 100  # country polygons
    markers = page.locator("path.event-marker").count()
    clusters = page.locator(".cluster").all_inner_texts()
    assert markers + sum(int(c) for c in clusters) == 3
    page.locator("path.event-marker").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "open the sentence in its document" in popup.inner_text()
    popup.locator("a.doc-link").click()
    page.wait_for_selector(".doc-text .hl.active")
    assert "#/document/" in page.url


def test_filters_change_lists_and_url(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "#/timeline")
    assert page.locator(".event-row").count() == 3
    before = page.evaluate("document.body.dataset.ready")
    page.select_option("select[name=type]", "CONSULT")
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert "type=CONSULT" in page.url
    assert page.locator(".event-row").count() == 1
    assert "met" in page.locator(".event-row mark").inner_text()

    before = page.evaluate("document.body.dataset.ready")
    page.fill("input[name=q]", "")
    page.select_option("select[name=type]", "")
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    before = page.evaluate("document.body.dataset.ready")
    page.fill("input[name=q]", "police post")
    page.press("input[name=q]", "Enter")
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert "q=police+post" in page.url or "q=police%20post" in page.url
    assert page.locator(".event-row").count() == 1
    # the filter travels with the URL: a fresh load of the same address shows the same thing
    open_view(page, site, page.url.split("/", 3)[3])
    assert page.locator("input[name=q]").input_value() == "police post"
    assert page.locator(".event-row").count() == 1


def test_timeline_brush_sets_dates(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "#/timeline")
    box = page.locator("svg.timeline-chart").bounding_box()
    assert box is not None
    before = page.evaluate("document.body.dataset.ready")
    page.mouse.move(box["x"] + box["width"] * 0.02, box["y"] + box["height"] * 0.5)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.5, steps=5)
    page.mouse.up()
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert "since=2025-03-1" in page.url and "until=2025-04" in page.url
    assert page.locator(".event-row").count() == 2  # the March and April attacks
    assert page.locator("input[name=since]").input_value().startswith("2025-03")


def test_document_viewer_highlights_every_kind(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, f"#/document/{site.doc_ids['peshawar-blast.txt']}")
    text = page.locator("#doc-text")
    assert page.locator("#doc-text .hl-event").inner_text() == "struck"
    assert "Peshawar" in page.locator("#doc-text .hl-place").all_inner_texts()
    assert "Zabihullah Mujahid" in page.locator("#doc-text .hl-actor").all_inner_texts()
    claim_text = "".join(page.locator("#doc-text .hl-claim").all_inner_texts())
    assert "TTP militants operate from sanctuaries in Afghanistan" in claim_text
    assert page.locator(".hl-legend li").count() == 4
    # the text on screen is exactly the stored text, so offsets line up
    assert text.inner_text().startswith("A suicide bomber struck a crowded market")
    page.locator("#doc-text .hl-event").click()
    selected = page.locator(".selected-box").inner_text()
    assert "ASSAULT" in selected and "suicide-attack" in selected
    page.locator("#doc-text .hl-actor", has_text="Zabihullah Mujahid").click()
    page.locator(".selected-box a", has_text="actor page").click()
    page.wait_for_selector(".actor-head h1")
    assert "Zabihullah Mujahid" in page.locator(".actor-head h1").inner_text()


def test_hostile_document_is_shown_not_run(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, f"#/document/{site.doc_ids['peshawar-blast.txt']}")
    assert "<script>alert('x')</script>" in page.locator("#doc-text").inner_text()
    go(page, f"#/document/{site.hostile_id}")
    page.wait_for_timeout(300)
    shown = page.locator("#doc-text").inner_text()
    assert "<img src=x onerror=" in shown and "<script>" in shown
    assert page.locator("#doc-text img, #doc-text script, #doc-text svg, h1 b").count() == 0
    assert "<b onmouseover" in page.locator("h1.doc-heading").inner_text()
    assert page.evaluate("window.__pwned === undefined")
    assert page.locator("a", has_text="original").get_attribute("href") == "#"
    go(page, "#/documents")
    assert page.evaluate("window.__pwned === undefined")


def test_network_and_actor_page(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "#/network")
    assert page.locator("svg.network .node").count() == 2
    assert page.locator("svg.network path.edge").count() == 1
    before = page.evaluate("document.body.dataset.ready")
    page.locator("svg.network .node[data-id=IRN] circle").click()
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert "#/actor/IRN" in page.url
    assert page.locator(".actor-head h1").inner_text().startswith("Iran")
    assert page.locator(".event-row").count() == 1

    go(page, "#/actor/PAK")
    head = page.locator(".actor-head").inner_text()
    assert "Islamabad" in head and "Pakistan Army" in head
    assert "TTP militants operate from sanctuaries" in page.locator(".claim-row").first.inner_text()


def test_claims_board_and_ledger(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "#/claims")
    cards = page.locator(".prop-card")
    assert cards.count() == 2
    first = cards.first.inner_text()
    assert (
        "Afghan territory is used to attack Pakistan" in first
        and "1 asserting" in first
        and "1 denying" in first
    )
    before = page.evaluate("document.body.dataset.ready")
    cards.first.locator("a.prop-title").click()
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert page.locator("svg.ledger-chart circle.dot").count() == 2
    assert page.locator("svg.ledger-chart circle.pol-against").count() == 1
    quotes = page.locator(".quote").all_inner_texts()
    assert "no group is allowed to use Afghan soil against neighbours" in quotes
    assert page.locator("table.table tbody tr").count() == 2


def test_documents_list_and_api_page(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, site, "#/documents")
    assert page.locator("table.docs tbody tr").count() == 4
    go(page, "#/api")
    assert page.locator("code", has_text="/api/v1/events").count() >= 1
