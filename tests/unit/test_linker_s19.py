"""Places of session 19 (linker): villages a plural unit noun lists ("the villages of X and
Y") and names joined by a hyphenated linking vowel ("Dasht-e Rewat") are local places placed by
the story's town; districts GeoNames lists without towns lie in their province. Invented
village names; one text per rule with a near miss."""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")


def _places(linked) -> dict[str, str | None]:
    return {m.text: m.place_id for m in linked.place_mentions}


def _place(link, linked, text: str):
    pid = _places(linked).get(text)
    return link.linker.gazetteer.get(pid) if pid else None


def test_plural_unit_lists_each_village(link) -> None:
    linked = link(
        "QUETTA, Pakistan — Officials imposed a curfew on Mach and the nearby villages of "
        "Sarband-e-Kalan and Tor Ghundai on Thursday."
    )
    for name in ("Sarband-e-Kalan", "Tor Ghundai"):
        place = _place(link, linked, name)
        assert place is not None and place.country == "PAK", name
    assert "Sarband-e-Kalan and Tor Ghundai" not in _places(linked)


def test_singular_unit_keeps_a_known_town(link) -> None:
    linked = link("PESHAWAR, Pakistan — Police said the blast hit the town of Mardan on Friday.")
    place = _place(link, linked, "Mardan")
    assert place is not None and place.country == "PAK" and place.kind == "city"


def test_linking_vowel_joins_the_village_name(link) -> None:
    linked = link(
        "KABUL — The group said it attacked a checkpoint in Panjshir near the village of "
        "Qala-e Sangtar on Sunday."
    )
    place = _place(link, linked, "Qala-e Sangtar")
    assert place is not None and place.country == "AFG"
    assert "Qala" not in _places(linked)


def test_plain_hyphen_does_not_join_names(link) -> None:
    linked = link("The Pak-Afghan border near Torkham was closed on Monday.")
    assert not any(t.startswith("Pak-Afghan") for t in _places(linked))
    assert _places(linked).get("Torkham")


def test_district_without_towns_lies_in_its_province(pipeline) -> None:
    places = [p for p in pipeline.gazetteer.lookup("Panjwai") if p.country == "AFG"]
    assert places and places[0].lat is not None
    assert 30.5 < places[0].lat < 32.5 and 64.5 < places[0].lon < 67.5  # Kandahar province


def test_district_with_towns_keeps_its_own_centre(pipeline) -> None:
    kurram = [p for p in pipeline.gazetteer.lookup("Kurram") if p.country == "PAK"]
    assert kurram and all(p.lat is not None for p in kurram)
    assert any(abs(p.lat - 33.7) < 0.6 for p in kurram)
