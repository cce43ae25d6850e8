"""Session 14, place resolution round three: a name with namesakes in several countries takes
the one in the country its sentence or paragraph places its other places in."""

from __future__ import annotations


def places_of(linked, text):
    return {m.place_id for m in linked.place_mentions if m.text == text}


def countries_of(link, text, name):
    ld = link(text)
    gaz = link.linker.gazetteer
    return {gaz.get(pid).country for pid in places_of(ld, name) if pid}


# an article whose attention lies mostly on one country, then a paragraph set in its neighbour
_AFGHAN_LEAD = (
    "Afghanistan's Taliban government said Afghanistan would not accept the claims. "
    "Afghan officials in Kabul and Kandahar met Afghan elders.\n"
)


def test_namesake_in_the_country_the_sentence_places_its_neighbours_in(link):
    text = _AFGHAN_LEAD + (
        "Militants attacked a police post in Gomal near Dera Ismail Khan in Khyber "
        "Pakhtunkhwa on Sunday."
    )
    assert countries_of(link, text, "Gomal") == {"PAK"}


def test_namesake_in_the_country_the_paragraph_names(link):
    text = "Afghanistan's Taliban government rejected the claims.\n" + (
        "Police in Khyber Pakhtunkhwa said two officers were wounded. "
        "The attack took place in Gomal late on Sunday."
    )
    assert countries_of(link, text, "Gomal") == {"PAK"}


def test_lone_namesake_in_the_article_country_stays(link):
    text = _AFGHAN_LEAD + "Fighting was reported in Gomal district of Paktika."
    assert countries_of(link, text, "Gomal") == {"AFG"}


def test_district_unit_keeps_every_country_s_district(link):
    # GeoNames writes "Musa Khel District" in one country, "Musa Khel" in the other
    text = "Gunmen attacked a bus in Musa Khel district of Khost province, Afghanistan."
    assert countries_of(link, text, "Musa Khel") == {"AFG"}


def test_border_crossings_the_gazetteer_lacked(link):
    text = (
        "Trade through the Khunjerab Pass resumed on Monday, while trucks queued at Aqina and Gabd."
    )
    assert countries_of(link, text, "Khunjerab Pass") == {"PAK"}
    assert countries_of(link, text, "Aqina") == {"AFG"}
    assert countries_of(link, text, "Gabd") == {"PAK"}
