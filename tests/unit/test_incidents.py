"""Incident linking: one real event reported several times is one incident."""

from __future__ import annotations

from datetime import date

from watchfloor.analyze.incidents import EventKey, group_incidents


def key(
    id_,
    doc,
    *,
    type_="ASSAULT",
    day=date(2025, 3, 11),
    place="geonames:1",
    kind="city",
    name="Mastung",
    admin1="Balochistan",
    country="PAK",
    lat=29.8,
    lon=66.8,
    actors=("bla",),
    story=None,
):
    return EventKey(
        id=id_,
        doc_id=doc,
        type=type_,
        day=day,
        place_id=place,
        place_country=country,
        actors=frozenset(actors),
        story=story or doc,
        place_kind=kind,
        place_name=name,
        place_admin1=admin1,
        lat=lat,
        lon=lon,
    )


def test_same_attack_in_two_outlets_is_one_incident():
    groups = group_incidents([key("ev_a", 1), key("ev_b", 2)])
    assert groups["ev_a"] == groups["ev_b"]


def test_province_report_and_town_report_join():
    province = key(
        "ev_a",
        1,
        place="geonames:2",
        kind="admin1",
        name="Balochistan",
        admin1=None,
        lat=28.5,
        lon=65.0,
    )
    assert len(set(group_incidents([province, key("ev_b", 2)]).values())) == 1


def test_nearby_sites_join_but_distant_towns_do_not():
    near = key("ev_b", 2, place="extra:mastung-station", kind="site", lat=29.82, lon=66.85)
    far = key("ev_c", 3, place="geonames:3", name="Quetta", lat=30.18, lon=67.0)
    groups = group_incidents([key("ev_a", 1), near, far])
    assert groups["ev_a"] == groups["ev_b"] != groups["ev_c"]


def test_different_groups_or_days_or_types_stay_apart():
    keys = [
        key("ev_a", 1),
        key("ev_b", 2, actors=("ttp",)),
        key("ev_c", 3, day=date(2025, 3, 20)),
        key("ev_d", 4, type_="PROTEST"),
    ]
    assert len(set(group_incidents(keys).values())) == 4
