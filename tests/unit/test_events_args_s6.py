"""Event arguments, round 6 (issue #5): the doer of a gerund after "accused X of", a mention
inside a clause is not the phrase's own, spokesmen stand for their body, relative "some of
whom", plans adopted by someone, "let X do", a release demanded of the detaining party,
labels naming a sponsor, hearsay reports, places of coordinated clauses, "there", nested
places, "this city", per-destination visits, border fights and mediated agreements."""

from __future__ import annotations

from tests.unit._events_util import extractor, mention_every  # noqa: I001  (unit-test helpers)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, ActorMention, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_CARPATHIA = Actor("CCC", "Carpathia", sector="GOV", country="CCC", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_BBB_MOFA = Actor("BBB-MOFA", "Borduria Foreign Ministry", sector="GOV", country="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA")


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def _id(ref):
    return getattr(ref, "id", None)


def _generic(linked, surface, aid):
    """A common noun the linker made a provisional actor of ("a spokesman")."""
    start = linked.doc.text.index(surface)
    linked.actor_mentions.append(ActorMention(start, start + len(surface), surface, aid, "generic"))
    linked.actor_mentions.sort(key=lambda m: m.start)
    linked.actors[aid] = Actor(aid, surface, provisional=True)


# ---------------------------------------------------------------- who does the act


def test_the_accused_object_does_what_the_gerund_tells():
    text = "The Bordurian minister accused the Atlantis army of shelling farms near the border."
    linked = _linked(
        text, {"Bordurian minister": "BBB", "Atlantis army": "AAA-MIL"}, [_BORDURIA, _ARMY]
    )
    evs = extractor().extract(linked)
    assert [_id(e.recipient) for e in _of(evs, "ACCUSE")] == ["AAA-MIL"]
    assaults = _of(evs, "ASSAULT")
    assert assaults and _id(assaults[0].actor) == "AAA-MIL"


def test_an_unlinked_accused_group_keeps_its_own_words_not_a_mention_in_its_clause():
    text = 'The governor accused "foreign networks" of arming the Liberation Front.'
    linked = _linked(text, {"Liberation Front": "front"}, [_FRONT])
    accuse = _of(extractor().extract(linked), "ACCUSE")
    assert accuse and accuse[0].recipient is not None
    assert accuse[0].recipient.id is None and "networks" in (accuse[0].recipient.text or "")


def test_a_spokesman_for_a_ministry_acts_for_the_ministry():
    text = "A spokesman for the Bordurian Foreign Ministry dismissed the report as baseless."
    linked = _linked(text, {"Bordurian Foreign Ministry": "BBB-MOFA"}, [_BORDURIA, _BBB_MOFA])
    _generic(linked, "A spokesman", "prov:spokesman")
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].actor) == "BBB-MOFA"


def test_some_of_whom_is_the_antecedent():
    text = (
        "The valley is held by Liberation Front units, some of whom fought the Atlantis army "
        "for a decade."
    )
    linked = _linked(
        text, {"Liberation Front units": "front", "Atlantis army": "AAA-MIL"}, [_FRONT, _ARMY]
    )
    assaults = _of(extractor().extract(linked), "ASSAULT")
    assert assaults and _id(assaults[0].actor) == "front"


def test_a_plan_to_deploy_is_the_adopters_act():
    text = "On Monday the Atlantis cabinet approved a plan to deploy 2,000 troops to the north."
    linked = _linked(text, {"Atlantis cabinet": "AAA"}, [_ATLANTIS])
    moves = _of(extractor().extract(linked), "MOBILIZE")
    assert moves and _id(moves[0].actor) == "AAA"


def test_who_reports_an_incursion_did_not_carry_it_out():
    text = "Bordurian border guards have not recorded a single armed incursion this year."
    linked = _linked(text, {"Bordurian border guards": "BBB"}, [_BORDURIA])
    assaults = _of(extractor().extract(linked), "ASSAULT")
    assert assaults and assaults[0].actor is None


def test_a_modal_act_coordinated_in_what_was_said_is_not_the_speakers():
    text = (
        "Atlantis accused Borduria of shelling. The envoy said Atlantis remained committed to the "
        "truce and would attend the next round of talks."
    )
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    meets = _of(extractor().extract(linked), "CONSULT")
    assert meets and _id(meets[0].actor) == "AAA"


def test_the_attackers_killed_in_a_response_are_not_the_responders():
    text = (
        "Liberation Front fighters ambushed an Atlantis army convoy on Monday. Reinforcements "
        "later killed three of the attackers in a gunfight, the army said."
    )
    linked = _linked(
        text,
        {"Liberation Front fighters": "front", "Atlantis army": "AAA-MIL", "the army": "AAA-MIL"},
        [_FRONT, _ARMY],
    )
    killed = [e for e in _of(extractor().extract(linked), "ASSAULT") if e.trigger == "killed"]
    assert killed and _id(killed[0].actor) != "front"


# ---------------------------------------------------------------- whom it is aimed at


def test_letting_monitors_verify_is_aimed_at_the_monitors():
    text = "Atlantis should let Carpathian inspectors verify the camps."
    linked = _linked(
        text, {"Atlantis": "AAA", "Carpathian inspectors": "CCC"}, [_ATLANTIS, _CARPATHIA]
    )
    concede = _of(extractor().extract(linked), "CONCEDE")
    assert concede and _id(concede[0].recipient) == "CCC"


def test_a_release_is_demanded_of_whoever_detained_them():
    text = (
        "Atlantis police detained nine students in the capital on Monday. A tribal elder said "
        "the students were innocent and demanded their immediate release."
    )
    linked = _linked(text, {"Atlantis police": "AAA-POL"}, [_ATLANTIS, _POLICE])
    linked.focus_countries = ["AAA"]
    demands = _of(extractor().extract(linked), "REQUEST")
    assert demands and _id(demands[0].recipient) == "AAA-POL"


def test_a_label_naming_a_sponsor_accuses_the_sponsor():
    text = "The Atlantis army described the gunmen as Bordurian-backed proxies."
    linked = _linked(
        text,
        {"Atlantis army": "AAA-MIL", "the gunmen": "prov:gunmen", "Bordurian": "BBB"},
        [_ARMY, _BORDURIA],
    )
    accuse = _of(extractor().extract(linked), "ACCUSE")
    assert accuse and _id(accuse[0].recipient) == "BBB"


def test_a_label_for_an_act_naming_the_wronged_party_accuses_no_one_new():
    text = (
        "Bordurian jets struck a village. The Atlantis minister condemned the strikes as a "
        "violation of Atlantis sovereignty."
    )
    linked = _linked(
        text,
        {"Bordurian jets": "BBB", "Atlantis minister": "AAA", "Atlantis sovereignty": "AAA"},
        [_ATLANTIS, _BORDURIA],
    )
    accuse = _of(extractor().extract(linked), "ACCUSE")
    assert accuse and _id(accuse[0].recipient) != "AAA"


def test_rejecting_unattributed_reports_answers_no_one():
    text = (
        "A Carpathian envoy urged calm on Monday. Atlantis rejected reports that refugees were "
        "being mistreated."
    )
    linked = _linked(text, {"Carpathian envoy": "CCC", "Atlantis": "AAA"}, [_ATLANTIS, _CARPATHIA])
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and rejects[0].recipient is None


def test_a_border_clash_with_no_party_is_between_the_two_countries():
    text = "Atlantis blamed Borduria for the crisis. Trade has stalled since a border clash in May."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    linked.focus_countries = ["AAA", "BBB"]
    clashes = [e for e in _of(extractor().extract(linked), "ASSAULT") if "clash" in e.trigger]
    assert clashes and {_id(clashes[0].actor), _id(clashes[0].recipient)} == {"AAA", "BBB"}


def test_a_ceasefire_agreed_under_mediation_binds_the_two_sides():
    text = (
        "Atlantis accused Borduria of shelling. A truce agreed in Velna under Carpathian "
        "mediation collapsed within weeks."
    )
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Carpathian": "CCC"},
        [_ATLANTIS, _BORDURIA, _CARPATHIA],
    )
    linked.focus_countries = ["AAA", "BBB", "CCC"]
    agreed = _of(extractor().extract(linked), "AGREE")
    assert agreed and {_id(agreed[0].actor), _id(agreed[0].recipient)} == {"AAA", "BBB"}


# ---------------------------------------------------------------- where


def test_a_coordinated_act_with_its_own_place_does_not_place_a_meeting():
    text = (
        "Atlantis has courted Borduria, hosting Bordurian ministers, expanding trade through "
        "the Velna crossing and funding a railway."
    )
    velna = Place("p:velna", "Velna", "site", "AAA", 33.0, 66.0)
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Bordurian ministers": "BBB"},
        [_ATLANTIS, _BORDURIA],
        places={"Velna": velna},
    )
    meets = _of(extractor().extract(linked), "CONSULT")
    assert meets and all(e.place is None for e in meets)


def test_there_refers_to_the_place_just_named():
    text = (
        "Poppy is grown in the Ostra district. Residents there say Atlantis police fired on "
        "farmers in June."
    )
    ostra = Place("p:ostra", "Ostra", "admin2", "AAA", 33.0, 66.0)
    linked = _linked(
        text, {"Atlantis police": "AAA-POL"}, [_ATLANTIS, _POLICE], places={"Ostra": ostra}
    )
    assaults = _of(extractor().extract(linked), "ASSAULT")
    assert assaults and assaults[0].place is not None and assaults[0].place.name == "Ostra"


def test_the_area_after_a_village_in_a_district_is_the_village():
    text = (
        "Gunmen attacked a post near Kerva in Ostra district on Monday. Residents of Kerva said "
        "police detained ten men across the area."
    )
    kerva = Place("p:kerva", "Kerva", "city", "AAA", 33.0, 66.0)
    ostra = Place("p:ostra", "Ostra", "admin2", "AAA", 33.5, 66.5)
    linked = _linked(
        text,
        {"police": "AAA-POL"},
        [_ATLANTIS, _POLICE],
        places={"Kerva": kerva, "Ostra": ostra},
    )
    detained = _of(extractor().extract(linked), "COERCE")
    assert detained and detained[0].place is not None and detained[0].place.name == "Kerva"


def test_talks_in_this_city_happened_at_the_dateline():
    text = (
        "VELNA, Atlantis — Atlantis and Borduria agreed on Tuesday to form a joint commission "
        "after two days of talks in this border city."
    )
    velna = Place("p:velna", "Velna", "city", "AAA", 33.0, 66.0)
    linked = _linked(
        text,
        {"Atlantis and": "AAA", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA],
        places={"VELNA": velna},
    )
    agreed = _of(extractor().extract(linked), "AGREE")
    assert agreed and all(e.place is not None and e.place.name == "Velna" for e in agreed)


def test_each_city_visited_is_the_place_of_its_own_visit():
    text = (
        "Atlantis accused Borduria of shelling. The Carpathian mediators would travel to Kerva "
        "and Ostra next week, the Carpathian minister said."
    )
    kerva = Place("p:kerva", "Kerva", "city", "AAA", 33.0, 66.0)
    ostra = Place("p:ostra", "Ostra", "city", "BBB", 35.0, 68.0)
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Carpathian mediators": "CCC"},
        [_ATLANTIS, _BORDURIA, _CARPATHIA],
        places={"Kerva": kerva, "Ostra": ostra},
    )
    visits = _of(extractor().extract(linked), "CONSULT")
    where = {_id(e.recipient): getattr(e.place, "name", None) for e in visits}
    assert where == {"AAA": "Kerva", "BBB": "Ostra"}


def test_a_fight_told_after_the_scene_is_set_takes_the_scenes_place():
    text = (
        "Heavy rain flooded the road near Kerva on Monday, and gunmen then opened fire on an "
        "Atlantis army convoy, officials said."
    )
    kerva = Place("p:kerva", "Kerva", "city", "AAA", 33.0, 66.0)
    linked = _linked(
        text,
        {"Atlantis army": "AAA-MIL", "officials": "AAA"},
        [_ATLANTIS, _ARMY],
        places={"Kerva": kerva},
    )
    fire = [e for e in _of(extractor().extract(linked), "ASSAULT") if "opened" in e.trigger]
    assert fire and fire[0].place is not None and fire[0].place.name == "Kerva"


def test_holders_of_national_cards_are_people_not_their_state():
    text = "Holders of Bordurian identity cards would be detained, the Atlantis minister said."
    linked = _linked(text, {"Atlantis minister": "AAA"}, [_ATLANTIS, _BORDURIA])
    mention_every(linked, "Bordurian", "BBB", "demonym")
    linked.actor_mentions.sort(key=lambda m: m.start)
    detained = _of(extractor().extract(linked), "COERCE")
    assert detained and _id(detained[0].recipient) != "BBB"


def test_attending_talks_is_meeting_the_other_side():
    text = (
        "Atlantis accused Borduria of shelling its villages. The envoy said Atlantis would "
        "attend the next round of talks."
    )
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    meets = _of(extractor().extract(linked), "CONSULT")
    assert meets and _id(meets[0].recipient) == "BBB"


def test_the_two_sides_commanders_are_each_sides_force():
    text = (
        "The Atlantis army accused Borduria of shelling. Officials said the two sides' border "
        "commanders would meet on Saturday."
    )
    linked = _linked(
        text, {"Atlantis army": "AAA-MIL", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA, _ARMY]
    )
    linked.focus_countries = ["AAA", "BBB"]
    meets = _of(extractor().extract(linked), "CONSULT")
    assert meets and _id(meets[0].actor) == "AAA-MIL" and _id(meets[0].recipient) == "BBB"


def test_an_allegation_rejected_answers_whoever_just_made_it():
    text = (
        "Atlantis accused Borduria of shelling. The Carpathian envoy claimed that Atlantis "
        "strikes had killed civilians. The Atlantis minister rejected the allegation."
    )
    linked = _linked(
        text,
        {
            "Atlantis": "AAA",
            "Borduria": "BBB",
            "Carpathian envoy": "CCC",
            "Atlantis minister": "AAA",
        },
        [_ATLANTIS, _BORDURIA, _CARPATHIA],
    )
    rejects = _of(extractor().extract(linked), "REJECT")
    assert rejects and _id(rejects[0].recipient) == "CCC"


def test_a_quoted_we_is_the_speaker_and_what_we_will_do_is_his_states():
    text = (
        'The Atlantis defence minister spoke in parliament. "Our patience has limits," he said. '
        '"If Borduria keeps sheltering the rebels, we will strike them wherever they hide."'
    )
    minister = Actor(
        "amin", "Atlantis defence minister", sector="GOV", country="AAA", kind="person"
    )
    linked = _linked(
        text,
        {"Atlantis defence minister": "amin", "Borduria": "BBB"},
        [_ATLANTIS, _BORDURIA, minister],
    )
    he = text.index(" he said") + 1
    linked.actor_mentions.append(ActorMention(he, he + 2, "he", "amin", "coref"))
    linked.actor_mentions.sort(key=lambda m: m.start)
    evs = extractor().extract(linked)
    threats = _of(evs, "THREATEN")
    strikes = [e for e in _of(evs, "ASSAULT") if "strike" in e.trigger]
    assert threats and _id(threats[0].actor) == "amin"
    assert strikes and _id(strikes[0].actor) == "AAA"
    assert _id(strikes[0].recipient) != "AAA"


def test_people_counted_by_nationality_inside_a_phrase_are_not_their_state():
    text = "A group of Bordurians attacked an Atlantis police post on Monday."
    linked = _linked(text, {"Atlantis police": "AAA-POL"}, [_ATLANTIS, _BORDURIA, _POLICE])
    mention_every(linked, "Bordurians", "BBB", "demonym")
    linked.actor_mentions.sort(key=lambda m: m.start)
    attacks = _of(extractor().extract(linked), "ASSAULT")
    assert attacks and attacks[0].actor is not None
    assert attacks[0].actor.id is None and attacks[0].actor.text == "Bordurians"
