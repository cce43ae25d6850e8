"""The actor page shows the knowledge base's based_in/aims/opposes as plain text."""

from __future__ import annotations

import pytest
from tests.browser.conftest import Site, open_view

from watchfloor.kb.actors import KnowledgeBase

pytestmark = pytest.mark.browser


def test_actor_page_lists_knowledge_base_attributes(page, site: Site) -> None:  # type: ignore[no-untyped-def]
    ttp = KnowledgeBase.load().attributes_of("ttp")
    open_view(page, site, "#/actor/ttp")
    facts = dict(
        zip(
            page.locator(".actor-head dt").all_inner_texts(),
            page.locator(".actor-head dd").all_inner_texts(),
            strict=True,
        )
    )
    assert facts["Opposes"] == "PAK"
    assert facts["Based in"] == ", ".join(ttp.based_in)
    assert facts["Aims"] == ", ".join(ttp.aims)
    open_view(page, site, "#/actor/IRN")
    assert "Opposes" not in page.locator(".actor-head").inner_text()
