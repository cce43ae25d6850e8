"""Bugs a reviewer confirmed in session 18's changes, each pinned by the input that showed it.

Publication day throughout: Monday 2025-03-10."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")

PUBLISHED = "2025-03-10T12:00:00+05:00"


@pytest.fixture(scope="module")
def pipeline():
    from watchfloor.pipeline import Pipeline

    return Pipeline()


def _events(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.mode, e.date) for e in pipeline.analyze(text, published=PUBLISHED).events]


def test_a_strike_called_for_saturday_and_then_observed_is_the_past_saturday(pipeline) -> None:
    events = _events(pipeline, "Traders observed a strike called for Saturday in Peshawar.")
    assert [d for t, _, d in events if t == "PROTEST"] == ["2025-03-08"]


def test_a_strike_called_for_saturday_is_the_coming_saturday(pipeline) -> None:
    events = _events(pipeline, "Traders called a strike for Saturday in Peshawar.")
    assert [d for t, _, d in events if t == "PROTEST"] == ["2025-03-15"]


def test_a_day_after_counts_back_from_a_future_day(pipeline) -> None:
    text = "The delegation will arrive in Kabul on Thursday, a day after the talks open."
    dates = sorted(d for _, _, d in _events(pipeline, text) if d)
    assert dates == ["2025-03-12", "2025-03-13"]


def test_an_evening_on_the_saying_verb_is_not_the_evening_the_night_began(pipeline) -> None:
    text = "Police detained 11 people in Peshawar overnight, officials said on Tuesday evening."
    assert [d for t, _, d in _events(pipeline, text) if t == "COERCE"] == ["2025-03-03"]


def test_an_evening_of_the_acts_own_clause_still_starts_the_night(pipeline) -> None:
    text = "Police closed the highway on Tuesday evening, and detained six people overnight."
    assert ("COERCE", "arrest", "2025-03-04") in _events(pipeline, text)


def test_having_paid_dearly_is_no_threat(pipeline) -> None:
    text = "Pakistan has paid dearly for its support of the US war."
    assert all(t != "THREATEN" for t, _, _ in _events(pipeline, text))


def test_will_pay_dearly_is_a_threat(pipeline) -> None:
    text = "Those behind the attack will pay dearly, the minister said."
    assert ("THREATEN", "violence") in {(t, m) for t, m, _ in _events(pipeline, text)}


def test_a_named_march_followed_by_a_year_is_a_protest(pipeline) -> None:
    events = _events(pipeline, "Thousands joined the Aurat March 2025 in Karachi.")
    assert "PROTEST" in {t for t, _, _ in events}


def test_march_followed_by_a_year_is_still_a_month(pipeline) -> None:
    events = _events(pipeline, "The group was formed in March 2025 in Karachi.")
    assert "PROTEST" not in {t for t, _, _ in events}


def test_a_relative_clause_about_the_wounded_makes_no_visit_of_sympathy() -> None:
    from watchfloor.extract.eventing.context import _after_trigger
    from watchfloor.records import EventRecord

    text = (
        "Army officers met tribal elders to discuss the attack, which also wounded two civilians."
    )
    start = text.index("met")
    event = EventRecord.__new__(EventRecord)
    event.span = (start, start + 3)
    event.sentence_span = (0, len(text))
    assert "wounded" not in _after_trigger(text, event)
    visit = "The minister visited the wounded at the hospital."
    event.span = (visit.index("visited"), visit.index("visited") + 7)
    event.sentence_span = (0, len(visit))
    assert "wounded" in _after_trigger(visit, event)


def _factualities(pipeline, text: str) -> dict[str, str]:
    return {e.type: e.factuality for e in pipeline.analyze(text, published=PUBLISHED).events}


def test_an_arrest_after_a_report_said_something_is_the_reporters_fact(pipeline) -> None:
    text = (
        "Police arrested five men in Peshawar on Monday after a UN report said they had "
        "planned attacks."
    )
    assert _factualities(pipeline, text)["COERCE"] == "asserted"


def test_local_media_reports_relay_the_news_not_a_finding(pipeline) -> None:
    text = "Local media reports said militants attacked a police post in Bannu on Sunday."
    assert _factualities(pipeline, text)["ASSAULT"] == "asserted"


def test_a_reports_own_finding_stays_alleged(pipeline) -> None:
    for text in (
        "The report said at least 30 returnees had been detained on arrival.",
        "At least 30 returnees had been detained on arrival, the report said.",
    ):
        assert _factualities(pipeline, text)["COERCE"] == "alleged"


def _rows(pipeline, text: str) -> list[tuple[str, str | None]]:
    analysis = pipeline.analyze(text, published=PUBLISHED)
    return [(e.type, e.actor.id if e.actor else None) for e in analysis.events]


def test_a_participle_after_a_told_fact_is_not_the_speakers_accusation(pipeline) -> None:
    text = (
        "Amnesty International warned that Taliban forces were detaining women, accusing them "
        "of moral crimes."
    )
    assert ("ACCUSE", "amnesty") not in _rows(pipeline, text)


def test_a_participle_after_a_demand_is_the_speakers_own_threat(pipeline) -> None:
    text = "Elders demanded that the government restore security, threatening to block the road."
    assert "THREATEN" in {t for t, _ in _rows(pipeline, text)}


def _mentions(pipeline, text: str) -> list[tuple[str, str | None]]:
    analysis = pipeline.analyze(text, published=PUBLISHED)
    return [(m.text, m.actor_id) for m in analysis.actor_mentions]


def test_a_district_governor_is_not_the_provinces_governor_named_before(pipeline) -> None:
    text = (
        "Governor Mohammad Naeem of Nangarhar province visited Jalalabad on Monday. The district "
        "governor said three people were killed."
    )
    assert ("The district governor", "prov:mohammad-naeem") not in _mentions(pipeline, text)


def test_the_provincial_governor_is_the_one_named_of_the_province(pipeline) -> None:
    text = (
        "Governor Mohammad Naeem of Nangarhar province visited Jalalabad on Monday. The "
        "provincial governor said three people were killed."
    )
    assert ("The provincial governor", "prov:mohammad-naeem") in _mentions(pipeline, text)


def test_a_title_case_headline_is_not_swallowed_into_a_name(pipeline) -> None:
    text = (
        "Zahid Akhtar Baryal Vows Action Against Terrorists. Provincial police chief Zahid "
        "Akhtar said the attackers would be caught."
    )
    ids = {actor_id for _, actor_id in _mentions(pipeline, text)}
    assert not any(i and "vows" in i for i in ids)


def test_initials_after_a_person_are_not_the_person(pipeline) -> None:
    text = "Senator Kamran Murtaza (NDM) spoke in Quetta. NDM workers protested on Monday."
    assert ("NDM", "prov:kamran-murtaza") not in _mentions(pipeline, text)


def test_initials_after_a_body_still_stand_for_it(pipeline) -> None:
    text = (
        "The Pakistan Association of Tribal Elders (PATE) met on Monday. PATE said the talks "
        "failed."
    )
    mentions = _mentions(pipeline, text)
    body = mentions[0][1]
    assert [i for t, i in mentions if t == "PATE"] == [body, body]


def test_an_adjective_of_a_state_is_no_other_target() -> None:
    from watchfloor.analyze.propositions import _target_pattern

    aimed = _target_pattern(("china", "kazakh*", "iran", "india"))
    assert not aimed.search("kabul must act against indian-backed terrorists")
    assert not aimed.search("used against iranian or other interests")
    assert aimed.search("no threat against kazakhstan")
    assert aimed.search("would not be used against china's interests")
