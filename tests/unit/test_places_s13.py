"""Session 13 place fallback: a village, site or crossing the gazetteer lacks takes the
position of the place its own phrase puts it in ("X, a village in Y district", "in X in Y
province", "the X area of Y", "X, east of Y"), else of the town the story is set in, with a
rule that says the position is approximate. Village names here are made up."""

from __future__ import annotations


def placed(linked, text):
    return {(m.place_id, m.rule) for m in linked.place_mentions if m.text == text}


def test_village_in_a_district_takes_the_districts_place(link):
    ld = link("A drone struck a house in Karzobi Kalay, a village in North Waziristan, on Sunday.")
    assert placed(ld, "Karzobi Kalay") == {("extra:north-waziristan", "approx-container")}


def test_village_in_a_province_takes_the_province_over_the_dateline(link):
    ld = link("KHOST, Afghanistan — Gunmen killed two men in Zarobikhel in Paktia province.")
    assert placed(ld, "Zarobikhel") == {("extra:paktia", "approx-container")}


def test_area_of_a_district(link):
    ld = link("PESHAWAR, Pakistan — Militants attacked a post in the Sarkhogai area of Bajaur.")
    assert placed(ld, "Sarkhogai") == {("extra:bajaur", "approx-container")}


def test_bearing_from_a_town(link):
    ld = link("Fighting broke out in Dargai Kalay, east of Jalalabad, on Friday.")
    assert placed(ld, "Dargai Kalay") == {("geonames:1139715", "approx-container")}


def test_unknown_place_falls_back_to_the_dateline_town(link):
    ld = link("QUETTA, Pakistan — Two soldiers were killed in Marzobai on Tuesday, officials said.")
    assert placed(ld, "Marzobai") == {("geonames:1167528", "approx-story")}


def test_crossing_with_no_town_named_stays_unplaced(link):
    # never a position from nothing
    ld = link("Traders waited at the Ghazgai Sar crossing for a third day.")
    assert all(m.place_id is None for m in ld.place_mentions if m.text == "Ghazgai Sar")


def test_known_town_in_its_own_province_keeps_its_place(link):
    ld = link("Police said two men were arrested in Peshawar in Khyber Pakhtunkhwa on Friday.")
    assert placed(ld, "Peshawar") == {("geonames:1168197", "gazetteer")}


def test_village_in_apposition_takes_the_story_town(link):
    ld = link(
        "BANNU, Pakistan — Residents of Warzobai, the village where the house stood, said "
        "the dead were farmers."
    )
    assert placed(ld, "Warzobai") == {("geonames:1183460", "approx-story")}


def test_a_town_in_a_compound_adjective_is_no_anchor(link):
    ld = link(
        "QUETTA, Pakistan — The Peshawar-bound train was forced to halt near Zarkhobi on Monday."
    )
    assert placed(ld, "Zarkhobi") == {("geonames:1167528", "approx-story")}


def test_the_evaluation_gazetteer_changes_the_pipeline_version(monkeypatch):
    from watchfloor.pipeline import Pipeline

    pipeline = Pipeline()
    normal = pipeline.versions()["kb"]
    monkeypatch.setenv("WATCHFLOOR_PLACES_EXTRA_SKIP_SMALL", "1")
    assert pipeline.versions()["kb"] == normal + "+places-skip-small"
