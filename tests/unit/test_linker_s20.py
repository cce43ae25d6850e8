"""Linking of session 20: a named intelligence service is the state's own service
(docs/annotation-guide.md §17 rule 2), also where the article later uses its initials or a
metonym that names it; a state's combat aircraft are its forces (§17 rule 3); unnamed
investigators are the police where the KB curates one, else the state; Pakistan's Kohistan
district and GeoNames' "-ayi" endings written "-ai". One short text per rule with near misses;
invented people."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _ids(linked, text: str) -> set[str | None]:
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


# --- named intelligence services --------------------------------------------------------------


def test_named_security_service_and_its_initials_are_the_service(link) -> None:
    linked = link(
        "MOSCOW — Russia's Federal Security Service (FSB) said on Friday it had detained four "
        "men planning an attack on a railway station. The FSB said the men had been trained abroad."
    )
    assert _ids(linked, "Russia's Federal Security Service") == {"RUS-INTEL"}
    assert _ids(linked, "FSB") == {"RUS-INTEL"}


def test_other_states_named_service_takes_its_own_intel_id(link) -> None:
    linked = link(
        "TASHKENT — Uzbekistan's State Security Service said on Monday it had arrested nine "
        "suspected recruiters in the Fergana valley."
    )
    assert _ids(linked, "Uzbekistan's State Security Service") == {"UZB-INTEL"}


def test_unnamed_security_services_and_capital_keep_the_state(link) -> None:
    # near miss: no service is named, and a capital names no body
    linked = link(
        "ASTANA — Kazakhstan's security service said nothing about the arrests. Moscow said "
        "it would send investigators, and Russian intelligence agencies were said to be involved."
    )
    assert "KAZ-INTEL" not in {m.actor_id for m in linked.actor_mentions}
    assert _ids(linked, "Moscow") == {"RUS"}
    assert "RUS-INTEL" not in {m.actor_id for m in linked.actor_mentions}


# --- combat aircraft --------------------------------------------------------------------------


def test_a_states_warplanes_are_its_forces(link) -> None:
    linked = link(
        "DUSHANBE — Russian warplanes flew over the border district on Tuesday during a "
        "joint exercise with Tajik troops."
    )
    assert _ids(linked, "Russian warplanes") == {"RUS-MIL"}


def test_border_guards_keep_the_state(link) -> None:
    # near miss: border guards stay with the state (fresh15 A-B2)
    linked = link(
        "DUSHANBE — Russian border guards were deployed along the river on Tuesday after "
        "a clash with smugglers."
    )
    assert _ids(linked, "Russian border guards") == {"RUS"}


# --- investigators --------------------------------------------------------------------------


def test_investigators_are_the_police_of_a_state_with_a_curated_police(link) -> None:
    linked = link(
        "QUETTA, Pakistan — A bomb killed six people at a bus stand in Quetta on Monday. "
        "Police said investigators were examining the remains of the device."
    )
    assert _ids(linked, "investigators") == {"PAK-POLICE"}


def test_investigators_of_a_state_without_police_or_owned_by_a_body_are_not_police(link) -> None:
    # near miss: Tajikistan has no police curated (the state), and UN investigators are the UN's
    linked = link(
        "DUSHANBE — Tajik investigators said the men had crossed the river at night. "
        "UN investigators said the report was incomplete."
    )
    assert _ids(linked, "Tajik investigators") == {"TJK"}
    assert not {a for a in _ids(linked, "investigators") if a and a.endswith("POLICE")}


# --- gazetteer ---------------------------------------------------------------------------------


def test_kohistan_in_a_pakistani_story_is_the_kp_district(pipeline) -> None:
    gaz = pipeline.gazetteer
    place = gaz.resolve("Kohistan", focus_countries=["PAK"])
    assert place is not None and place.country == "PAK"


def test_kohistan_in_an_afghan_story_stays_afghan(pipeline) -> None:
    # near miss: the Afghan districts of that name keep an Afghan story
    place = pipeline.gazetteer.resolve("Kohistan", focus_countries=["AFG"])
    assert place is not None and place.country == "AFG"


def test_geonames_ayi_ending_is_found_as_news_writes_it(pipeline) -> None:
    found = pipeline.gazetteer.lookup("Mandozai")
    assert any(p.country == "AFG" and p.kind == "admin2" for p in found)


def test_ayi_variant_does_not_invent_names(pipeline) -> None:
    # near miss: a word that merely ends in "ai" finds nothing through the variant
    assert not pipeline.gazetteer.lookup("Zorbaxai")


# --- a national capital against a village namesake ----------------------------------------------


def test_national_capital_beats_a_namesake_in_the_storys_country(link) -> None:
    linked = link(
        "NEW DELHI — Indian officials met Taliban envoys in Doha on Monday, India's foreign "
        "ministry said."
    )
    doha = [m for m in linked.place_mentions if m.text == "Doha"]
    assert doha and linked.places[doha[0].place_id].country == "QAT"


def test_capital_with_its_country_named_elsewhere_keeps_context(link) -> None:
    # near miss: a town that is no capital still follows the story's country
    linked = link("PESHAWAR — Gunmen attacked a police post in Bannu on Monday, police said.")
    bannu = [m for m in linked.place_mentions if m.text == "Bannu"]
    assert bannu and linked.places[bannu[0].place_id].country == "PAK"


# --- envoys and embassies on the receiving end ---------------------------------------------------


def test_embassy_given_a_protest_stands_for_the_state(link) -> None:
    linked = link(
        "KABUL — The Taliban's refugee ministry lodged a protest with the Iranian embassy in "
        "Kabul on Monday. India handed a protest note to the Chinese ambassador on Tuesday."
    )
    assert _ids(linked, "Iranian embassy") == {"IRN"}
    assert _ids(linked, "Chinese ambassador") == {"CHN"}


def test_acting_met_or_summoned_envoys_are_the_ministry(link) -> None:
    # near miss: an embassy that speaks, an envoy who meets and a summoned envoy stay the
    # ministry's (the gold's majority for summons)
    linked = link(
        "ISLAMABAD — The Chinese embassy in Islamabad asked Chinese companies to suspend travel. "
        "Muttaqi met the Iranian ambassador in Kabul. The Taliban summoned Pakistan's chargé "
        "d'affaires."
    )
    assert _ids(linked, "Chinese embassy") == {"CHN-MOFA"}
    assert _ids(linked, "Iranian ambassador") == {"IRN-MOFA"}
    assert _ids(linked, "Pakistan's chargé d'affaires") == {"PAK-MOFA"}
