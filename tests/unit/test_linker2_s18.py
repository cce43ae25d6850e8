"""Linking of session 18, second helper: names the knowledge base has never seen. A person's
full name the tagger splits ("Zulfiqar Hamdani" + "Baryal") is one name, so the later surname
groups with it; a body's bracketed initials of any case stand for it where the tagger leaves
them untagged; "the association", "the federation" point back to the body named with the word;
"the senator" and "the deputy prime minister" point back to the person the text named with that
title. One short text per rule with near misses; invented names, no database."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _by_text(linked) -> dict[str, str | None]:
    return {m.text: m.actor_id for m in linked.actor_mentions}


def _ids(linked, text: str) -> set[str | None]:
    return {m.actor_id for m in linked.actor_mentions if m.text == text}


def test_split_full_name_groups_the_later_surname(link) -> None:
    linked = link(
        "PESHAWAR, Pakistan — Gunmen killed four policemen in Lakki Marwat on Tuesday. "
        "Provincial police chief Zulfiqar Hamdani Baryal said the attackers fled. Baryal told "
        "reporters that a search was under way."
    )
    full = _ids(linked, "Zulfiqar Hamdani Baryal")
    assert len(full) == 1 and None not in full
    assert _ids(linked, "Baryal") == full


def test_untagged_middle_name_joins_the_full_name(link) -> None:
    linked = link(
        "ISLAMABAD — Interior Minister Talal Haroon Khokhar said on Monday that 40 militants "
        "were killed. Khokhar said the operation would continue."
    )
    full = _ids(linked, "Talal Haroon Khokhar")
    assert len(full) == 1 and None not in full
    assert _ids(linked, "Khokhar") == full


def test_known_name_after_a_person_is_not_joined(link) -> None:
    # near miss: a place the ruler knows after a name stays a place of its own
    linked = link("KABUL — Mawlawi Zarghun Peshtarai Taliban officials said the talks had stalled.")
    got = _by_text(linked)
    assert got.get("Taliban officials") == "taliban"
    assert "Mawlawi Zarghun Peshtarai" in got


def test_bracketed_acronym_stands_for_the_body_where_untagged(link) -> None:
    linked = link(
        "ISLAMABAD — The Pakistan Association of Tribal Elders (PATE) demanded the reopening "
        "of the Torkham crossing. PATE said traders had lost millions."
    )
    body = _ids(linked, "The Pakistan Association of Tribal Elders")
    assert len(body) == 1 and None not in body
    assert _ids(linked, "PATE") == body


def test_mixed_case_acronym_is_grouped(link) -> None:
    linked = link(
        "KARACHI — The Sindh Traders Welfare Forum (StWF) called a strike on Monday. "
        "The StWF said shops would stay shut."
    )
    body = _ids(linked, "The Sindh Traders Welfare Forum")
    assert len(body) == 1 and None not in body
    assert _ids(linked, "StWF") == body


def test_capitalised_word_in_brackets_is_no_acronym(link) -> None:
    # near miss: "(Pate)" has one capital only; a later "Pate" is not the body
    linked = link(
        "ISLAMABAD — The Tribal Elders Association of Kohat (Pate) met on Monday. "
        "Pate said the talks had failed."
    )
    body = _ids(linked, "The Tribal Elders Association of Kohat")
    assert not (body & _ids(linked, "Pate"))


def test_body_head_word_points_back_to_the_named_body(link) -> None:
    linked = link(
        "PESHAWAR — The Khyber Traders Federation called a strike on Monday. The federation "
        "said the closure had cost traders millions."
    )
    body = _ids(linked, "The Khyber Traders Federation")
    assert len(body) == 1 and None not in body
    assert _ids(linked, "The federation") == body


def test_body_head_word_needs_a_body_named_with_it(link) -> None:
    # near miss: no body named with "union" before; "the union" is no earlier body
    linked = link(
        "PESHAWAR — The Khyber Traders Federation called a strike on Monday. The union said "
        "wages were unpaid."
    )
    body = _ids(linked, "The Khyber Traders Federation")
    assert not (body & _ids(linked, "The union"))


def test_the_senator_is_the_senator_named_before(link) -> None:
    linked = link(
        "ISLAMABAD — Senator Farhatullah Nadeem Gichki criticised the ban on Monday. Gichki "
        "said officials would be summoned. The senator said the law was misused."
    )
    person = _ids(linked, "Farhatullah Nadeem Gichki")
    assert len(person) == 1 and None not in person
    assert _ids(linked, "The senator") == person


def test_the_deputy_prime_minister_is_the_deputy_named_before(link) -> None:
    linked = link(
        "KABUL — Deputy Prime Minister Mullah Zarifullah Tormal visited Herat on Monday. The "
        "deputy prime minister promised electricity."
    )
    person = _ids(linked, "Mullah Zarifullah Tormal")
    assert len(person) == 1 and None not in person
    assert _ids(linked, "The deputy prime minister") == person


def test_the_deputy_is_not_the_minister_named_before(link) -> None:
    # near miss: a deputy is never the minister the article named
    linked = link(
        "KABUL — Commerce Minister Zarifullah Tormal opened the fair on Monday. The deputy "
        "commerce minister said exports had grown."
    )
    person = _ids(linked, "Zarifullah Tormal")
    assert not (person & _ids(linked, "The deputy commerce minister"))


def test_the_group_is_the_unknown_body_the_text_called_a_group(link) -> None:
    linked = link(
        "QUETTA, Pakistan — A little-known militant group, the Baloch Zarmandi Front, claimed "
        "the attack in Turbat. The group said it had targeted a convoy."
    )
    body = _ids(linked, "the Baloch Zarmandi Front")
    assert len(body) == 1 and None not in body
    assert _ids(linked, "The group") == body


def test_the_group_needs_a_body_called_a_group(link) -> None:
    # near miss: a body the text never called a group is not "the group"
    linked = link(
        "PESHAWAR — The Khyber Zarmandi Federation called a strike on Monday. The group said "
        "shops would stay shut."
    )
    body = _ids(linked, "The Khyber Zarmandi Federation")
    assert not (body & _ids(linked, "The group"))


def test_the_provincial_governor_is_the_governor_named_before(link) -> None:
    linked = link(
        "KABUL — Governor Mawlawi Zarifullah Tormal of Balkh province said the canal would "
        "open. The provincial governor said farmers would benefit."
    )
    person = _ids(linked, "Mawlawi Zarifullah Tormal")
    assert len(person) == 1 and None not in person
    assert _ids(linked, "The provincial governor") == person


def test_the_provincial_governor_is_not_a_named_minister(link) -> None:
    # near miss: a named person of another office is not the governor
    linked = link(
        "KABUL — Minister Mawlawi Zarifullah Tormal said the canal would open. The provincial "
        "governor said farmers would benefit."
    )
    person = _ids(linked, "Mawlawi Zarifullah Tormal")
    assert not (person & _ids(linked, "The provincial governor"))


def _place_countries(linked, text: str) -> set[str | None]:
    return {
        (linked.places.get(pm.place_id).country if pm.place_id in linked.places else None)
        for pm in linked.place_mentions
        if pm.text == text
    }


def test_demonym_before_a_divided_region_picks_its_side(link) -> None:
    linked = link(
        "LAHORE — Floods hit Punjab province on Monday. Indian Punjab also saw rain, officials "
        "in Amritsar said."
    )
    assert _place_countries(linked, "Indian Punjab") | _place_countries(linked, "Punjab") == {"IND"}
    assert _place_countries(linked, "Punjab province") == {"PAK"}


def test_punjab_and_chagai_take_their_usual_points(link) -> None:
    # data (places_extra 1.6): Pakistan's Punjab at its usual centre, Chagai the town
    linked = link("QUETTA — Floods hit Punjab on Monday. In Chagai, a bus was attacked.")
    got = {pm.text: linked.places.get(pm.place_id) for pm in linked.place_mentions}
    assert abs(got["Punjab"].lat - 31.17) < 0.1 and abs(got["Punjab"].lon - 72.70) < 0.1
    assert abs(got["Chagai"].lat - 29.30) < 0.1 and abs(got["Chagai"].lon - 64.72) < 0.1


def test_unfamiliar_ministry_of_is_the_state_of_its_sentence(link) -> None:
    got = _by_text(
        link(
            "KABUL — A suicide bomber struck outside the Ministry of Zarmandi Resettlement in "
            "Kabul on Monday."
        )
    )
    assert got.get("the Ministry of Zarmandi Resettlement") == "taliban"


def test_a_ministry_word_inside_another_name_is_no_ministry(link) -> None:
    # near miss: "Ministry" not leading the name ("... Ministry of Zarmandi Watch" is the
    # first word's) leaves a body of its own
    got = _by_text(
        link(
            "KABUL — The Zarmandi Watch Ministry of Truth Project said on Monday that "
            "reporters in Kabul were detained."
        )
    )
    assert got.get("The Zarmandi Watch Ministry of Truth Project") != "taliban"
