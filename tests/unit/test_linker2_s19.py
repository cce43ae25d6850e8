"""Linking of session 19, second helper: a bare title named before its holder ("the chief
minister ... Chief Minister <Name>") is that holder; a UN organ's bare name that a country
qualifies ("the Russian Security Council", "Kyrgyzstan's Security Council") or that is written
in lower case ("security council secretaries") is no UN organ; "a United Nations sanctions
monitoring team" is the Security Council's team as the "UN" spelling is; "the commitment they
made to <country>" makes the country a party; "the report" of a story led by one body's
findings is that body's; "Khurasani's group", "his movement" are the person's own body. One
short text per rule with near misses; invented names."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _ids(linked, text: str) -> set[str | None]:
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def _by_start(linked, text: str, nth: int = 0) -> str | None:
    ms = sorted((m for m in linked.actor_mentions if m.text == text), key=lambda m: m.start)
    return ms[nth].actor_id if len(ms) > nth else None


# --- a bare title before the name (cataphora) ------------------------------------------------


def test_bare_title_before_the_named_holder_is_that_person(link) -> None:
    linked = link(
        "PESHAWAR, Pakistan — The provincial government ordered an inquiry into the shooting, "
        "with a spokesman saying the chief minister wanted answers within a week. "
        "Chief Minister Tariq Zarbaf announced compensation for the families on Thursday."
    )
    person = _ids(linked, "Tariq Zarbaf")
    assert len(person) == 1 and None not in person
    assert _ids(linked, "the chief minister") == person


def test_bare_title_is_not_a_person_named_with_another_title_later(link) -> None:
    # near miss: the later name carries a different title, so the chief minister stays unnamed
    linked = link(
        "PESHAWAR, Pakistan — The provincial government ordered an inquiry into the shooting, "
        "with a spokesman saying the chief minister wanted answers within a week. "
        "Interior Minister Tariq Zarbaf announced compensation for the families on Thursday."
    )
    person = _ids(linked, "Tariq Zarbaf")
    assert not (_ids(linked, "the chief minister") & person)


# --- a national security council ------------------------------------------------------------


def test_country_qualified_security_council_is_not_the_un_organ(link) -> None:
    linked = link(
        "BISHKEK, Kyrgyzstan — The meeting was chaired by Almaz Sadykov, secretary of "
        "Kyrgyzstan's Security Council. The two sides agreed to share intelligence, the Russian "
        "Security Council said in a statement."
    )
    assert "unsc" not in {m.actor_id for m in linked.actor_mentions}


def test_security_council_in_a_un_text_is_still_the_un_organ(link) -> None:
    # near miss: the UN named in the text, the bare "Security Council" is the UN's
    linked = link(
        "UNITED NATIONS — A United Nations envoy briefed the Security Council on Afghanistan on "
        "Monday. The Security Council is expected to renew the mission's mandate next month."
    )
    assert "unsc" in {m.actor_id for m in linked.actor_mentions}


def test_a_un_agency_in_a_text_without_the_un_keeps_its_id(link) -> None:
    # near miss: only a bare council or assembly can be national, not a named agency
    linked = link(
        "PESHAWAR, Pakistan — Gunmen shot dead a vaccinator in Bannu on Monday. The World Health "
        "Organization and UNICEF condemned the attack."
    )
    ids = {m.actor_id for m in linked.actor_mentions}
    assert "who" in ids and "unicef" in ids


# --- the UN monitoring team spelled out -------------------------------------------------------


def test_united_nations_monitoring_team_spelled_out_is_the_councils_team(link) -> None:
    linked = link(
        "ISLAMABAD, Pakistan — A United Nations sanctions monitoring team says militant groups "
        "run four camps in eastern Afghanistan, according to a report released on Tuesday."
    )
    assert _ids(linked, "United Nations sanctions monitoring team") == {"unsc"}


def test_united_nations_alone_stays_the_un(link) -> None:
    # near miss: "the United Nations" itself is the organisation, not its council's team
    linked = link(
        "ISLAMABAD, Pakistan — The United Nations called on both sides to reopen the border "
        "crossing at Torkham on Tuesday."
    )
    assert _ids(linked, "United Nations") == {"un"}


# --- "the commitment they made to <country>" --------------------------------------------------


def test_country_receiving_a_commitment_made_is_a_party(link) -> None:
    linked = link(
        "WASHINGTON — A State Department official urged the Taliban to honour the commitment "
        "they made to the United States not to shelter foreign fighters."
    )
    assert _ids(linked, "United States") == {"USA"}


def test_country_a_thing_is_made_for_is_no_party(link) -> None:
    # near miss: "made ... to" with no commitment noun is a journey, not an addressee
    linked = link(
        "KARACHI, Pakistan — The trader said he made two trips to the United States last year "
        "to buy machinery."
    )
    assert "USA" not in _ids(linked, "United States")


# --- "the report" of a story led by one body's findings ------------------------------------


def test_the_report_in_a_story_led_by_a_bodys_findings_is_that_body(link) -> None:
    linked = link(
        "KABUL — The UN mission in Afghanistan said on Tuesday that it had recorded 90 civilian "
        "casualties in the south since March.\n\nMost of the victims were children playing near "
        "old firing ranges, the report said."
    )
    assert _ids(linked, "the report") == {"unama"}


def test_the_report_after_a_state_speaking_first_is_not_the_state(link) -> None:
    # near miss: a state leading the story does not write the report
    linked = link(
        "ISLAMABAD, Pakistan — Pakistan said on Tuesday that it had arrested 12 suspects in "
        "Quetta.\n\nMost of the suspects were students, the report said."
    )
    assert "PAK" not in _ids(linked, "the report")


def test_an_assessment_quoted_by_a_report_does_not_take_the_report(link) -> None:
    linked = link(
        "ISLAMABAD, Pakistan — A UN monitoring team says militants run four camps in eastern "
        "Afghanistan, according to a report released on Tuesday.\n\nThe report cites one "
        "neighbouring government's assessment that the camps trained 300 fighters.\n\nThe "
        "Taliban rejected the report."
    )
    assert _by_start(linked, "the report") == "unsc"


def test_a_second_report_by_another_body_takes_the_report(link) -> None:
    # near miss: another report named with its author is what "the report" means afterwards
    linked = link(
        "ISLAMABAD, Pakistan — A UN monitoring team says militants run four camps in eastern "
        "Afghanistan.\n\nAmnesty International's report, published a week earlier, described "
        "arrests in Kunar.\n\nThe Taliban rejected the report."
    )
    assert _by_start(linked, "the report") == "amnesty"


# --- "Khurasani's group", "his movement": a person's own body --------------------------------


def test_a_spokesmans_group_is_the_body_he_speaks_for(link) -> None:
    linked = link(
        "PESHAWAR, Pakistan — The TTP said its spokesman Qari Zarif Daudzai had issued the "
        "warning. Daudzai's group has attacked police posts in Bannu for months."
    )
    assert _ids(linked, "group") == {"ttp"}


def test_a_leaders_movement_is_the_body_the_knowledge_base_gives_him(link) -> None:
    linked = link(
        "KABUL — Ahmad Massoud said on Monday that his movement would keep fighting in the north."
    )
    assert _ids(linked, "movement") == {"nrf"}


def test_a_group_of_a_person_with_no_known_body_stays_unlinked(link) -> None:
    # near miss: a villager's group is nobody's body the text or the KB names
    linked = link(
        "PESHAWAR, Pakistan — A farmer, Gul Zaman Afridi, said militants had taken his sons. "
        "Afridi's group of neighbours searched the hills for two days."
    )
    assert not any(m.actor_id for m in linked.actor_mentions if m.text == "group")
