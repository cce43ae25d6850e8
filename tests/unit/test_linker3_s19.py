"""Linking of session 19, round 3: unnamed groups named by a human noun are actors
(docs/annotation-guide.md §3, gold `?:` ids), people who formerly served a state are a group of
their own, a provisional person's country comes only from the words naming him, a title placed
before a known person's name is that person, and an unnamed spokesperson for a named person
speaks for the person (§15 rule 7). One short text per rule with near misses; no database."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _by_text(linked) -> dict[str, str | None]:
    return {m.text: m.actor_id for m in linked.actor_mentions}


def test_human_group_nouns_become_provisional_actors(link) -> None:
    got = _by_text(
        link(
            "Commuters waited for hours as visitors left the bazaar. Three teenagers were "
            "wounded, and rival militias blamed each other."
        )
    )
    assert got.get("Commuters", "").startswith("prov:")
    assert got.get("visitors", "").startswith("prov:")
    assert got.get("teenagers", "").startswith("prov:")
    assert got.get("militias", "").startswith("prov:")


def test_singular_militia_is_not_a_new_group(link) -> None:
    # near miss: "the militia" points back to a named group; only the plural was added
    got = _by_text(link("The Taliban said the militia had left the valley."))
    assert "prov:militia" not in got.values()


def test_former_officials_are_a_group_of_their_own(link) -> None:
    got = _by_text(
        link("The Taliban arrested former government officials and 12 former personnel in Herat.")
    )
    assert got.get("former government officials", "").startswith("prov:")
    assert got.get("former personnel", "").startswith("prov:")


def test_present_officials_stay_with_the_state(link) -> None:
    # near miss: without "former" officials in Herat are the state's (the Taliban's)
    got = _by_text(link("Government officials in Herat said the road had reopened."))
    assert got.get("officials") == "taliban"


def test_provisional_person_has_no_country_from_the_article(link) -> None:
    linked = link(
        "Pakistani police said the checkpoint in Quetta was attacked. Gul Zaman, a "
        "shopkeeper, said the shooting lasted an hour."
    )
    person = next(a for a in linked.actors.values() if a.name == "Gul Zaman")
    assert person.country is None


def test_provisional_person_named_with_a_title_keeps_its_country(link) -> None:
    # near miss: "Kazakhstan's foreign minister, <Name>" still gives KAZ
    linked = link("Kazakhstan's deputy foreign minister, Yerlan Bekmuratov, visited Kabul.")
    person = next(a for a in linked.actors.values() if a.name == "Yerlan Bekmuratov")
    assert person.country == "KAZ"


def test_title_before_a_known_name_is_the_person(link) -> None:
    got = _by_text(link("Khyber Pakhtunkhwa's chief minister, Sohail Afridi, visited the wounded."))
    assert got.get("chief minister") == "sohail-afridi"


def test_title_without_a_name_is_not_a_person(link) -> None:
    # near miss: no name in apposition, no person
    got = _by_text(link("The province's chief minister visited the wounded on Monday."))
    assert "sohail-afridi" not in got.values()


def test_spokesperson_for_a_person_speaks_for_the_person(link) -> None:
    got = _by_text(
        link(
            "Taliban spokesman Zabihullah Mujahid denied the report. A spokesman for UN "
            "Secretary-General Antonio Guterres urged calm, and the spokesman asked for an "
            "inquiry."
        )
    )
    assert got.get("A spokesman") == "antonio-guterres"
    assert got.get("the spokesman") == "antonio-guterres"


def test_spokesperson_for_a_body_keeps_the_body(link) -> None:
    # near miss: a spokesman for a ministry is the ministry
    got = _by_text(link("A spokesman for the Ministry of External Affairs said India objected."))
    assert got.get("A spokesman") == "IND-MEA"
