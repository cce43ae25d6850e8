"""Event arguments, round 5 (issue #5): forces moved are not recipients, what a statement is
about is not its addressee, envoys stand for their state, passive participles name victims,
raised subjects act, mediated agreements bind the two sides, and places for recalled,
conditional and back-referring acts."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_CARPATHIA = Actor("CCC", "Carpathia", sector="GOV", country="CCC", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_AAA_MOFA = Actor("AAA-MOFA", "Atlantis Foreign Ministry", sector="GOV", country="AAA")
_BBB_MOFA = Actor("BBB-MOFA", "Borduria Foreign Ministry", sector="GOV", country="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA")


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def _ids(evs, role):
    return [getattr(getattr(e, role), "id", None) for e in evs]


# ---------------------------------------------------------------- mobilisation


def test_units_deployed_are_the_movers_own_not_a_recipient():
    text = "The Atlantis army sent two armoured brigades and a drone unit to the frontier."
    linked = _linked(text, {"Atlantis army": "AAA-MIL"}, [_ATLANTIS, _ARMY])
    evs = _of(extractor().extract(linked), "MOBILIZE")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA-MIL"
    assert evs[0].recipient is None


def test_forces_put_on_alert_are_the_actor():
    text = "Borduria's border guards were put on high alert after the shooting."
    linked = _linked(text, {"Borduria": "BBB"}, [_BORDURIA])
    evs = _of(extractor().extract(linked), "MOBILIZE")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "BBB"
    assert evs[0].recipient is None


def test_troops_massed_against_a_party_keep_it_as_recipient():
    text = "Atlantis massed troops against Borduria on Friday."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    evs = _of(extractor().extract(linked), "MOBILIZE")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_forces_moved_are_placed_where_they_go_not_where_they_left():
    text = (
        "The Liberation Front has moved hundreds of fighters from Ostra to Velna, officials said."
    )
    ostra = Place("p:ostra", "Ostra", "admin1", "AAA", 33.0, 66.0)
    velna = Place("p:velna", "Velna", "admin1", "AAA", 33.5, 68.4)
    linked = _linked(
        text,
        {"Liberation Front": "front"},
        [_ATLANTIS, _FRONT],
        places={"Ostra": ostra, "Velna": velna},
    )
    evs = _of(extractor().extract(linked), "MOBILIZE")
    assert evs and evs[0].place is not None and evs[0].place.name == "Velna"


# ---------------------------------------------------------------- statements and demands


def test_a_demand_for_prisoners_release_is_not_addressed_to_the_prisoners():
    text = (
        "Atlantis police stormed a camp of the Liberation Front. The front demanded the release "
        "of its detained commanders within a week."
    )
    linked = _linked(
        text,
        {"Atlantis police": "AAA-POL", "Liberation Front": "front", "front": "front"},
        [_ATLANTIS, _POLICE, _FRONT],
    )
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs
    assert all(e.recipient is None or e.recipient.id != "front" for e in evs)
    assert "commanders" not in (evs[0].recipient.text if evs[0].recipient else "")


def test_dismissing_talk_of_a_group_addresses_no_one():
    text = (
        "Atlantis said Borduria was arming rebels. A Borduria minister dismissed talk of foreign "
        "mercenaries in the south as rumours."
    )
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is None


def test_rejected_accusations_of_sheltering_answer_the_accuser_not_the_group():
    text = (
        "The Atlantis foreign ministry accused Borduria of sheltering the Liberation Front. "
        "Borduria rejected accusations of harbouring the Liberation Front."
    )
    linked = _linked(
        text,
        {
            "Atlantis foreign ministry": "AAA-MOFA",
            "Borduria": "BBB",
            "Liberation Front": "front",
        },
        [_ATLANTIS, _BORDURIA, _AAA_MOFA, _FRONT],
    )
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None
    assert evs[0].recipient.id != "front"


def test_a_standing_denial_answers_no_particular_statement():
    text = (
        "The Atlantis foreign ministry said the attack was planned abroad. Borduria has long "
        "denied sheltering armed groups."
    )
    linked = _linked(
        text,
        {"Atlantis foreign ministry": "AAA-MOFA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _AAA_MOFA],
    )
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is None


def test_summoning_an_envoy_is_aimed_at_the_envoys_state():
    text = "Atlantis summoned Borduria's ambassador on Monday to protest against the shelling."
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria's ambassador": "BBB-MOFA"},
        [_ATLANTIS, _BORDURIA, _BBB_MOFA],
    )
    evs = _of(extractor().extract(linked), "ACCUSE")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_topics_discussed_are_not_the_other_side():
    text = "Atlantis and Borduria discussed refugees, water sharing and trade routes in Velna."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    evs = _of(extractor().extract(linked), "CONSULT")
    assert evs
    assert all(e.recipient is None or e.recipient.id in ("AAA", "BBB") for e in evs)


# ---------------------------------------------------------------- who acts


def test_soldiers_counted_as_killed_are_victims_not_the_actor():
    text = "The Liberation Front put the number of soldiers killed in the raid at 30."
    linked = _linked(text, {"Liberation Front": "front"}, [_ATLANTIS, _FRONT])
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs
    assert all(e.actor is None or "soldiers" not in (e.actor.text or "") for e in evs)


def test_subjects_expected_to_act_are_the_actors():
    text = "Borduria and Carpathia are expected to oppose any new sanctions on Atlantis."
    linked = _linked(
        text,
        {"Borduria": "BBB", "Carpathia": "CCC", "Atlantis": "AAA"},
        [_ATLANTIS, _BORDURIA, _CARPATHIA],
    )
    evs = _of(extractor().extract(linked), "REJECT")
    assert {"BBB", "CCC"} <= set(_ids(evs, "actor"))


def test_an_unresolved_it_after_a_statement_is_the_body_that_issued_it():
    text = (
        "According to the Atlantis foreign ministry, the gunmen who attacked a border post had come from Borduria. It "
        "called on Borduria to hand over the planners."
    )
    linked = _linked(
        text,
        {"Atlantis foreign ministry": "AAA-MOFA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _AAA_MOFA],
    )
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA-MOFA"


def test_assets_that_remain_frozen_do_not_freeze_anything():
    text = "Billions of dollars of Borduria's reserves remain frozen abroad."
    linked = _linked(text, {"Borduria": "BBB"}, [_BORDURIA])
    evs = extractor().extract(linked)
    assert all(e.actor is None or e.actor.id != "BBB" for e in evs)


def test_a_ceasefire_brokered_by_mediators_binds_the_two_sides_each_way():
    text = (
        "Atlantis and Borduria clashed along the border for a week. The fighting ended when "
        "Carpathia brokered a ceasefire."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Carpathia": "CCC"},
        [_ATLANTIS, _BORDURIA, _CARPATHIA],
    )
    linked.focus_countries = ["AAA", "BBB", "CCC"]
    evs = _of(extractor().extract(linked), "AGREE")
    assert evs
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs
    }
    assert ("AAA", "BBB") in pairs
    assert all("CCC" not in p for p in pairs)


def test_a_seizure_in_the_same_raid_is_against_the_raids_target():
    text = "Gunmen overran an Atlantis army post on Sunday and seized rifles and ammunition."
    linked = _linked(text, {"Atlantis army": "AAA-MIL"}, [_ATLANTIS, _ARMY])
    evs = _of(extractor().extract(linked), "COERCE")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "AAA-MIL"


# ---------------------------------------------------------------- places


def test_a_threatened_strike_does_not_take_the_place_of_the_last_attack():
    text = (
        "Gunmen attacked a police station in Ostra on Monday. The Atlantis defence minister "
        "warned that Atlantis would strike the group's hideouts."
    )
    ostra = Place("p:ostra", "Ostra", "city", "AAA", 33.0, 66.0)
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS], places={"Ostra": ostra})
    evs = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "strike"]
    assert evs and evs[0].place is None


def test_a_definite_district_refers_back_to_the_district_named():
    text = (
        "Kerva district lies on the border with Borduria. Three policemen were killed in a "
        "similar ambush in the district last year."
    )
    kerva = Place("p:kerva", "Kerva", "admin2", "AAA", 33.0, 70.0)
    linked = _linked(text, {}, [_ATLANTIS], places={"Kerva": kerva})
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].place is not None and evs[0].place.name == "Kerva"


def test_of_two_places_joined_by_between_the_first_named_wins():
    text = "Bus services between Ostra and Velna were suspended on Tuesday, officials said."
    ostra = Place("p:ostra", "Ostra", "city", "AAA", 33.0, 66.0)
    velna = Place("p:velna", "Velna", "city", "AAA", 33.5, 68.4)
    linked = _linked(text, {}, [_ATLANTIS], places={"Ostra": ostra, "Velna": velna})
    evs = [e for e in extractor().extract(linked) if e.place is not None]
    assert evs and evs[0].place is not None and evs[0].place.name == "Ostra"


def test_a_deed_a_victim_is_blamed_for_is_not_where_he_was_killed():
    text = (
        "Atlantis jets struck a compound in Velna, killing two commanders blamed for a bombing "
        "in Ostra last month."
    )
    ostra = Place("p:ostra", "Ostra", "city", "BBB", 33.0, 66.0)
    velna = Place("p:velna", "Velna", "city", "BBB", 33.5, 68.4)
    linked = _linked(
        text, {"Atlantis": "AAA"}, [_ATLANTIS], places={"Ostra": ostra, "Velna": velna}
    )
    evs = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger != "bombing"]
    assert evs and all(e.place is None or e.place.name != "Ostra" for e in evs)


def test_an_envoy_is_summoned_where_he_is_posted():
    text = "Borduria summoned the Atlantis envoy in Velna on Tuesday over the border shooting."
    velna = Place("p:velna", "Velna", "city", "BBB", 33.5, 68.4)
    linked = _linked(
        text,
        {"Borduria": "BBB", "Atlantis envoy": "AAA-MOFA"},
        [_ATLANTIS, _BORDURIA, _AAA_MOFA],
        places={"Velna": velna},
    )
    evs = _of(extractor().extract(linked), "ACCUSE")
    assert evs and evs[0].place is not None and evs[0].place.name == "Velna"
    assert evs[0].recipient is not None and evs[0].recipient.id == "AAA"


def test_an_appeal_after_reported_findings_is_the_speakers():
    text = (
        "The Carpathia mission said it had received reports that villagers were among the "
        "dead and urged Atlantis to exercise restraint."
    )
    linked = _linked(
        text,
        {"Carpathia mission": "CCC", "Atlantis": "AAA"},
        [_ATLANTIS, _CARPATHIA],
    )
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "CCC"


def test_refusing_to_recognise_a_government_is_aimed_at_it():
    text = (
        "Carpathia has refused to recognise the Borduria government and has hosted leaders of "
        "its armed opposition."
    )
    linked = _linked(text, {"Carpathia": "CCC", "Borduria": "BBB"}, [_BORDURIA, _CARPATHIA])
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_the_group_a_denial_says_was_not_sheltered_is_not_its_addressee():
    text = (
        "Atlantis accused Borduria of arming the Liberation Front. Borduria denied that its "
        "army had ever armed Atlantis rebels."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Liberation Front": "front"},
        [_ATLANTIS, _BORDURIA, _FRONT],
    )
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "AAA"


def test_a_threatened_act_is_aimed_at_the_threatened_party_not_the_last_target():
    text = (
        "Gunmen killed four Atlantis soldiers at a border post on Monday. The Atlantis defence "
        "minister warned Borduria that Atlantis would strike back."
    )
    linked = _linked(
        text,
        {"Atlantis soldiers": "AAA-MIL", "Atlantis": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, _ARMY],
    )
    evs = extractor().extract(linked)
    threats = _of(evs, "THREATEN")
    assert threats and threats[0].recipient is not None and threats[0].recipient.id == "BBB"
    for e in _of(evs, "ASSAULT"):
        if e.factuality in ("hypothetical", "future"):
            assert e.recipient is None or e.recipient.id != "AAA-MIL"
