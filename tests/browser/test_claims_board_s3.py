"""The claims board and ledger in headless Chromium: lead paragraph, the two sides, graded quotes
that open their sentence in the document viewer, the monthly chart, incidents, and hostile
claim text shown as text.

These tests run against their own database (the sample KB plus a few stories on one
proposition over several months, one of them hostile), so the shared `site` keeps the counts
the other dashboard tests expect. As there, every test fails on a console error, an uncaught
exception, a dialog or a request to another host.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlparse

import pytest
from tests.browser.conftest import Site, Watch, go, open_view, watched_page

pytestmark = pytest.mark.browser

PROP = "afghan-soil-used-against-pakistan"
NO_CLAIMS_PROP = "taliban-shelter-ttp"

RAID = (
    "A military spokesman said militants had reportedly crossed from Afghanistan before the raid.\n\n"
    "Tehreek-e-Taliban Pakistan fighters attacked a checkpoint in Bannu, killing three soldiers."
)
DENIAL = "The Taliban said Afghan territory is not used against any country."
HOSTILE_QUOTE = (
    "<img src=x onerror=\"window.__pwned='quote'\"><script>window.__pwned='script'</script> "
    "fighters came from across the border"
)
HOSTILE_CLAIM_TEXT = f"An unnamed <b>official</b> said {HOSTILE_QUOTE}."
HOSTILE_SPEAKER = "<svg onload=\"window.__pwned='speaker'\"></svg>An unnamed <b>official</b>"


def _span(text: str, needle: str) -> tuple[int, int]:
    i = text.index(needle)
    return i, i + len(needle)


def add_board_documents(url: str) -> dict[str, int]:
    """Three more stories on PROP: a hedged military claim with a TTP attack (an incident that
    bears on it) in April, a Taliban denial in June, and a hostile page in June."""
    from tests.sample_data import PLACES, store_document

    from watchfloor.records import (
        ActorRef,
        ClaimRecord,
        DocumentAnalysis,
        EventRecord,
        PlaceRef,
        RawDocument,
    )
    from watchfloor.store.db import get_engine, session_scope

    def raw(name: str, text: str, published: str, source: str, title: str) -> RawDocument:
        return RawDocument(
            text=text,
            external_id=name,
            origin=f"tests/{name}",
            title=title,
            url=None,
            source=source,
            published=published,
            language="en",
            meta={"illustrative": True},
        )

    raid = DocumentAnalysis(versions={"linker": "test"}, places=list(PLACES.values()))
    first = RAID.split("\n\n")[0]
    raid.claims.append(
        ClaimRecord(
            sentence=first,
            sentence_span=(0, len(first)),
            span=_span(RAID, "said"),
            cue="said",
            content="militants had reportedly crossed from Afghanistan before the raid",
            content_span=_span(
                RAID, "militants had reportedly crossed from Afghanistan before the raid"
            ),
            speaker=ActorRef("PAK-MIL", "Pakistan Army", "A military spokesman"),
            stance="assert",
            hedged=True,
            proposition_id=PROP,
            polarity="for",
            confidence=0.7,
            extractor="test@1",
        )
    )
    second_start = RAID.index("Tehreek")
    raid.events.append(
        EventRecord(
            sentence=RAID[second_start:],
            sentence_span=(second_start, len(RAID)),
            span=_span(RAID, "attacked"),
            trigger="attacked",
            type="ASSAULT",
            mode="firearms",
            actor=ActorRef(
                "ttp", "Tehreek-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan fighters"
            ),
            recipient=ActorRef("PAK-MIL", "Pakistan Army", "a checkpoint"),
            place=PlaceRef(PLACES["bannu"].id, "Bannu", "PAK", 32.986, 70.604),
            date="2025-04-19",
            date_precision="day",
            fatalities=3,
            factuality="asserted",
            confidence=0.9,
            extractor="test@1",
        )
    )

    denial = DocumentAnalysis(versions={"linker": "test"})
    denial.claims.append(
        ClaimRecord(
            sentence=DENIAL,
            sentence_span=(0, len(DENIAL)),
            span=_span(DENIAL, "said"),
            cue="said",
            content="Afghan territory is not used against any country",
            content_span=_span(DENIAL, "Afghan territory is not used against any country"),
            speaker=ActorRef("taliban", "Taliban", "The Taliban"),
            stance="deny",
            proposition_id=PROP,
            polarity="against",
            confidence=0.8,
            extractor="test@1",
        )
    )

    hostile = DocumentAnalysis(versions={"linker": "test"})
    hostile.claims.append(
        ClaimRecord(
            sentence=HOSTILE_CLAIM_TEXT,
            sentence_span=(0, len(HOSTILE_CLAIM_TEXT)),
            span=_span(HOSTILE_CLAIM_TEXT, "said"),
            cue="said",
            content=HOSTILE_QUOTE,
            content_span=_span(HOSTILE_CLAIM_TEXT, HOSTILE_QUOTE),
            speaker=ActorRef(None, None, HOSTILE_SPEAKER),
            stance="assert",
            proposition_id=PROP,
            polarity="for",
            confidence=0.6,
            extractor="test@1",
        )
    )

    ids: dict[str, int] = {}
    with session_scope(get_engine(url)) as session:
        ids["raid"] = store_document(
            session,
            raw(
                "frontier-raid.txt",
                RAID,
                "2025-04-20T09:00:00+05:00",
                "Frontier Daily",
                "Raid in Bannu",
            ),
            raid,
        )
        ids["denial"] = store_document(
            session,
            raw(
                "kabul-denial.txt",
                DENIAL,
                "2025-06-05T09:00:00+04:30",
                "Kabul Times",
                "Kabul denies",
            ),
            denial,
        )
        ids["hostile"] = store_document(
            session,
            raw(
                "hostile-claim.html",
                HOSTILE_CLAIM_TEXT,
                "2025-06-20T09:00:00+00:00",
                "<b onmouseover=\"window.__pwned='source'\">Evil Wire</b>",
                "<i>hostile</i>",
            ),
            hostile,
        )
    return ids


@pytest.fixture(scope="module")
def board_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    from tests.sample_data import populate

    from watchfloor.api.app import create_app
    from watchfloor.api.background import serve_in_thread
    from watchfloor.store.db import get_engine

    url = f"sqlite:///{tmp_path_factory.mktemp('claims-board')}/board.db"
    doc_ids = populate(get_engine(url))
    doc_ids.update(add_board_documents(url))
    with serve_in_thread(create_app(url)) as base:
        yield Site(base, doc_ids, hostile_id=doc_ids["hostile"])


@pytest.fixture
def page(browser, board_site: Site, watch: Watch):  # type: ignore[no-untyped-def]
    """As conftest's `page`, but on this module's server."""
    with watched_page(browser, board_site.base, watch) as pg:
        yield pg


def _text(locator) -> str:  # type: ignore[no-untyped-def]
    """Text as read aloud: flex layout puts line breaks into inner_text."""
    return " ".join((locator.text_content() or "").split())


def _ledger(page, board_site: Site) -> dict:  # type: ignore[no-untyped-def,type-arg]
    response = page.request.get(f"{board_site.base}/api/v1/propositions/{PROP}/ledger")
    assert response.ok
    return response.json()  # type: ignore[no-any-return]


def test_board_cards_show_lead_and_monthly_chart(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, "#/claims")
    card = page.locator(f".prop-card[data-id={PROP}]")
    lead = card.locator(".lead").inner_text()
    assert lead == _ledger(page, board_site)["lead"]
    assert lead.startswith("Disputed.") and "Taliban" in lead
    text = card.inner_text()
    assert "3 asserting" in text and "2 denying" in text and "1 incident" in text
    # Mar, Apr, (May: none), Jun: bars where there were claims, on a shared zero line
    chart = card.locator("svg.month-chart.compact")
    assert chart.locator("g.month").count() == 4
    assert chart.locator("rect.bar-for").count() == 3
    assert chart.locator("rect.bar-against").count() == 2
    # one graded quote a side, each opening its sentence in the document viewer
    quotes = card.locator(".card-quote")
    assert [quotes.nth(i).get_attribute("class") for i in range(quotes.count())] == [
        "card-quote side-for",
        "card-quote side-against",
    ]
    for i in range(2):
        assert re.fullmatch(r"[A-F][1-6]", quotes.nth(i).locator(".grade").inner_text())
        href = quotes.nth(i).locator("a.doc-link").get_attribute("href") or ""
        assert href.startswith("#/document/") and href.endswith(
            f"hl={quotes.nth(i).get_attribute('data-claim')}"
        )
    # a proposition nobody has spoken on has no ledger to summarise
    quiet = page.locator(f".prop-card[data-id={NO_CLAIMS_PROP}]")
    assert "no claims yet" in quiet.inner_text()
    assert quiet.locator(".lead").count() == 0
    # the card leads on to the full ledger
    before = page.evaluate("document.body.dataset.ready")
    card.locator("a.prop-title").click()
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert page.url.endswith(f"#/claims/{PROP}")
    assert (
        page.locator("h1#ledger-title").inner_text()
        == "Afghan territory is used to attack Pakistan"
    )


def test_board_reads_the_list_alone_and_shows_each_sides_strongest_quote(
    page, board_site: Site
) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, "#/claims")
    # the list carries what a card shows: no ledger is fetched per proposition
    assert not [u for u in page.requested if "/ledger" in u]
    assert any("/api/v1/propositions?" in u for u in page.requested)
    ledger = _ledger(page, board_site)
    card = page.locator(f".prop-card[data-id={PROP}]")
    assert card.locator(".chip.state").inner_text().lower() == ledger["summary"]["state"]
    for side in ("for", "against"):
        strongest = ledger["quotes"][side][0]
        assert strongest["rank"] == 1
        shown = card.locator(f".card-quote.side-{side}")
        assert shown.get_attribute("data-claim") == strongest["claim"]


def test_ledger_shows_lead_sides_and_graded_quotes(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, f"#/claims/{PROP}")
    ledger = _ledger(page, board_site)
    assert page.locator(".ledger-head .lead").inner_text() == ledger["lead"]
    assert page.locator(".ledger-head .chip.state").inner_text().lower() == "disputed"

    asserts = page.locator("section.side-for")
    denies = page.locator("section.side-against")
    assert _text(asserts.locator("h3")) == "Asserts 3 claims"
    assert _text(denies.locator("h3")) == "Denies 2 claims"
    assert "1 hedged" in asserts.locator(".side-stats").inner_text()
    for_speakers = [
        " ".join(t.split()) for t in asserts.locator(".speakers .chip").all_text_contents()
    ]
    assert any(t.startswith("Pakistan Army") for t in for_speakers)
    assert any(t.startswith("Pakistan ") and t.endswith("1") for t in for_speakers)
    against = denies.locator(".speakers a.chip")
    assert sorted(" ".join(t.split()) for t in against.all_text_contents()) == [
        "Taliban 1",
        "Zabihullah Mujahid 1",
    ]
    assert against.first.get_attribute("href", timeout=1000).startswith("#/actor/")  # type: ignore[union-attr]

    quotes = page.locator(".graded-quote")
    assert quotes.count() == 3 + 2
    for i in range(quotes.count()):
        grade = quotes.nth(i).locator(".grade")
        assert re.fullmatch(r"[A-F][1-6]", grade.inner_text())
        assert (grade.get_attribute("title") or "").startswith("Admiralty grade")
        assert quotes.nth(i).locator("a.doc-link").get_attribute("href").startswith("#/document/")  # type: ignore[union-attr]
    hedged = asserts.locator(".graded-quote", has=page.locator(".chip.hedged"))
    assert hedged.count() == 1
    assert "reportedly crossed from Afghanistan" in hedged.locator(".quote").inner_text()
    foot = denies.locator(".graded-quote", has_text="not used against any country").inner_text()
    assert "Kabul Times" in foot and "2025-06-05" in foot and "Taliban" in foot


def test_quote_opens_its_sentence_in_the_document(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, f"#/claims/{PROP}")
    quote = page.locator(
        "section.side-against .graded-quote", has_text="not used against any country"
    )
    claim_id = quote.get_attribute("data-claim")
    before = page.evaluate("document.body.dataset.ready")
    quote.locator("a.doc-link").click()
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert f"#/document/{board_site.doc_ids['denial']}" in page.url and f"hl={claim_id}" in page.url
    page.wait_for_selector(".doc-text .hl.active")
    active = "".join(page.locator(".doc-text .hl.active").all_inner_texts())
    assert "Afghan territory is not used against any country" in active
    assert "Taliban" in page.locator(".selected-box").inner_text()


def test_month_chart_draws_offline_with_gaps(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, f"#/claims/{PROP}")
    chart = page.locator(".month-panel svg.month-chart")
    months = chart.locator("g.month")
    assert [months.nth(i).get_attribute("data-month") for i in range(months.count())] == [
        "2025-03",
        "2025-04",
        "2025-05",
        "2025-06",
    ]
    assert (
        chart.locator(
            "g.month[data-month='2025-05'] rect.bar-for, g.month[data-month='2025-05'] rect.bar-against"
        ).count()
        == 0
    )
    june = chart.locator("g.month[data-month='2025-06']")
    assert (
        june.locator("rect.bar-for").count() == 1 and june.locator("rect.bar-against").count() == 1
    )
    assert june.locator("title").text_content() == "Jun 2025: 1 asserting, 1 denying"
    label = chart.get_attribute("aria-label") or ""
    assert "Mar 2025: 1 for, 1 against" in label and "May" not in label
    # the bars have height: the chart really rendered, from files this server serves
    box = june.locator("rect.bar-for").bounding_box()
    assert box is not None and box["height"] > 5
    host = urlparse(board_site.base).netloc
    assert all(urlparse(u).netloc == host for u in page.requested if u.startswith("http"))
    assert any(u.endswith("/static/css/claims.css") for u in page.requested)


def test_incidents_bearing_on_it_open_their_event(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, f"#/claims/{PROP}")
    rows = page.locator(".incidents .incident-row")
    assert rows.count() == 1
    row = rows.first.inner_text()
    assert "bears for" in row and "ASSAULT" in row and "Bannu" in row and "3 killed" in row
    assert "Tehreek-e-Taliban Pakistan" in row and "Frontier Daily" in row
    assert "1 for" in page.locator(".panel-head", has_text="Incidents").inner_text()
    before = page.evaluate("document.body.dataset.ready")
    rows.first.locator("a.doc-link").click()
    page.wait_for_function("(b) => document.body.dataset.ready !== b", arg=before)
    assert f"#/document/{board_site.doc_ids['raid']}" in page.url
    page.wait_for_selector(".doc-text .hl-event.active")
    assert page.locator(".doc-text .hl-event.active").inner_text() == "attacked"


def test_hostile_claim_text_is_shown_not_run(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, f"#/claims/{PROP}")
    hostile = page.locator(".graded-quote", has_text="fighters came from across the border")
    assert hostile.count() == 1
    assert hostile.locator(".quote").inner_text() == HOSTILE_QUOTE
    foot = hostile.locator(".quote-foot").inner_text()
    assert "<svg onload=" in foot and "<b onmouseover=" in foot
    assert "<svg onload=" in page.locator("section.side-for .speakers").inner_text()
    # the lead names whoever spoke last: here, the hostile speaker
    assert "<svg onload=" in page.locator(".ledger-head .lead").inner_text()
    assert "<img src=x onerror=" in page.locator(".rows.claims").inner_text()
    injected = "main img, main script, main i, main [onerror], main [onload], main [onmouseover]"
    assert page.locator(injected).count() == 0
    assert page.locator("main b", has_text="official").count() == 0
    # the only svg elements are the two charts, with no markup smuggled into them
    assert page.locator("main svg").count() == 2
    assert page.locator("main svg svg").count() == 0
    assert page.evaluate("window.__pwned === undefined")
    go(page, "#/claims")
    assert "<svg onload=" in page.locator(f".prop-card[data-id={PROP}] .lead").inner_text()
    assert page.locator(injected).count() == 0
    assert page.locator("main b", has_text="official").count() == 0
    assert page.evaluate("window.__pwned === undefined")


def test_month_series_spans_years_and_skips_undated(page, board_site: Site) -> None:  # type: ignore[no-untyped-def]
    open_view(page, board_site, "#/claims")
    result = page.evaluate(
        """async () => {
          const view = await import("/static/js/views/claims.js");
          const rows = view.monthSeries([
            { month: "2025-02", for: 0, against: 2 },
            { month: "unknown", for: 3, against: 0 },
            { month: "2024-11", for: 1, against: 0 },
          ]);
          const badge = view.gradeBadge("B2");
          return { months: rows.map((r) => `${r.month}:${r.for}/${r.against}`),
                   badge: [badge.textContent, badge.title], none: view.monthSeries([]).length };
        }"""
    )
    assert result["months"] == ["2024-11:1/0", "2024-12:0/0", "2025-01:0/0", "2025-02:0/2"]
    assert result["badge"] == [
        "B2",
        "Admiralty grade B2: source usually reliable; information probably true",
    ]
    assert result["none"] == 0
