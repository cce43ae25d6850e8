"""Two-sided violence and mutual acts, round 6 (issue #5): a mutual act told with a partner
("clashed with", "a firefight with", "agreed a truce") gives one row per direction, and acts of
force by opposite sides in one sentence ("killed the attackers after militants stormed a
post", "repelled an attack by the front") stay separate rows with their own parties."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_ARMY = Actor("AAA-MIL", "Atlantis Army", sector="MIL", country="AAA")
_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_GUARDS = Actor("BBB-MIL", "Bordurian Guards", sector="MIL", country="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA")
_ACTORS = [_ATLANTIS, _BORDURIA, _ARMY, _POLICE, _GUARDS, _FRONT]
_TOWN = Place("p:ostra", "Ostra", kind="city", country="AAA", lat=None, lon=None)


def _assaults(text, mentions, places=None):
    linked = _linked(text, mentions, _ACTORS, places or {}, published="2026-03-10")
    return [e for e in extractor().extract(linked) if e.type == "ASSAULT"]


def _pairs(evs):
    return {(getattr(e.actor, "id", None), getattr(e.recipient, "id", None)) for e in evs}


# ---------------------------------------------------------------- reciprocal predicates


def test_clashed_with_gives_a_row_each_way_with_place_and_date_kept():
    text = "Atlantis soldiers clashed with Bordurian guards near Ostra on Monday."
    evs = _assaults(
        text,
        {"Atlantis soldiers": "AAA-MIL", "Bordurian guards": "BBB-MIL"},
        {"Ostra": _TOWN},
    )
    assert _pairs(evs) == {("AAA-MIL", "BBB-MIL"), ("BBB-MIL", "AAA-MIL")}
    assert {e.place.name for e in evs if e.place} == {"Ostra"}
    assert len({e.date for e in evs}) == 1 and evs[0].date == "2026-03-09"


def test_firefight_with_a_partner_names_the_partner_and_reverses():
    text = "The Atlantis army engaged in a firefight with Front fighters in the hills."
    evs = _assaults(text, {"Atlantis army": "AAA-MIL", "Front fighters": "front"})
    assert _pairs(evs) == {("AAA-MIL", "front"), ("front", "AAA-MIL")}


def test_casualties_stay_on_the_row_the_sentence_tells_them_for():
    text = "Atlantis police killed two Front gunmen in a shootout on the highway."
    evs = _assaults(text, {"Atlantis police": "AAA-POL", "Front gunmen": "front"})
    by_pair = {(e.actor.id, e.recipient.id): e for e in evs if e.actor and e.recipient}
    assert set(by_pair) == {("AAA-POL", "front"), ("front", "AAA-POL")}
    assert by_pair[("AAA-POL", "front")].fatalities == 2
    assert by_pair[("front", "AAA-POL")].fatalities is None


def test_exchange_of_fire_keeps_the_weapon_on_both_rows():
    text = "Atlantis police traded fire with Front gunmen outside the market."
    evs = _assaults(text, {"Atlantis police": "AAA-POL", "Front gunmen": "front"})
    assert _pairs(evs) == {("AAA-POL", "front"), ("front", "AAA-POL")}
    assert len({e.mode for e in evs}) == 1


def test_conjoined_sides_are_not_doubled():
    text = "Atlantis soldiers and Bordurian guards exchanged fire across the river."
    evs = _assaults(text, {"Atlantis soldiers": "AAA-MIL", "Bordurian guards": "BBB-MIL"})
    assert sorted(_pairs(evs)) == [("AAA-MIL", "BBB-MIL"), ("BBB-MIL", "AAA-MIL")]
    assert len(evs) == 2


def test_fighting_someone_or_for_a_cause_is_one_sides_campaign():
    text = "The Liberation Front, which fought the Atlantis army for years, held no towns."
    evs = _assaults(text, {"Liberation Front": "front", "Atlantis army": "AAA-MIL"})
    assert ("AAA-MIL", "front") not in _pairs(evs)
    text = "The Liberation Front has fought for decades for a homeland of its own."
    evs = _assaults(text, {"Liberation Front": "front"})
    assert len(evs) <= 1


def test_truce_agreed_with_a_partner_binds_both_sides():
    text = "Atlantis agreed a truce with Borduria after a week of shelling."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, _ACTORS)
    evs = [e for e in extractor().extract(linked) if e.type == "AGREE"]
    assert _pairs(evs) == {("AAA", "BBB"), ("BBB", "AAA")}


# ---------------------------------------------------------------- fighting back


def test_killing_attackers_after_they_stormed_a_post_is_two_acts():
    text = "Atlantis police killed three Front gunmen after Front fighters stormed a checkpoint."
    evs = _assaults(
        text, {"Atlantis police": "AAA-POL", "Front gunmen": "front", "Front fighters": "front"}
    )
    assert len(evs) == 2
    assert {getattr(e.actor, "id", None) for e in evs} == {"AAA-POL", "front"}
    killing = next(e for e in evs if e.actor and e.actor.id == "AAA-POL")
    assert killing.fatalities == 3


def test_attack_by_one_side_repelled_by_the_other_keeps_its_own_parties():
    text = (
        "The Atlantis army said its troops had repelled an attack by the Liberation Front "
        "on a border post and killed five insurgents."
    )
    evs = _assaults(text, {"Atlantis army": "AAA-MIL", "Liberation Front": "front"})
    attack = next(e for e in evs if e.trigger == "attack")
    assert attack.actor is not None and attack.actor.id == "front"
    assert attack.fatalities is None
    assert any(e.fatalities == 5 and e.trigger != "attack" for e in evs)


def test_victims_as_subjects_do_not_split_one_ambush():
    text = "Four policemen were killed and two others injured when Front gunmen ambushed a van."
    evs = _assaults(text, {"Front gunmen": "front"})
    assert len(evs) == 1


def test_truce_told_without_parties_binds_the_articles_two_countries():
    text = (
        "Atlantis accused Borduria of shelling Ostra. "
        "A truce agreed in the capital last year has largely held."
    )
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, _ACTORS, {"Ostra": _TOWN})
    linked.focus_countries = ["AAA", "BBB"]
    second = text.index("A truce")
    evs = [
        e for e in extractor().extract(linked) if e.type == "AGREE" and e.sentence_span[0] >= second
    ]
    assert _pairs(evs) == {("AAA", "BBB"), ("BBB", "AAA")}


def test_the_actors_own_losses_go_on_the_reversed_row():
    # the toll counts the army's own soldiers: the guards' row against the army suffered it
    text = "Atlantis soldiers clashed with Bordurian guards near Ostra, leaving two soldiers dead."
    evs = _assaults(
        text,
        {"Atlantis soldiers": "AAA-MIL", "Bordurian guards": "BBB-MIL", "two soldiers": "AAA-MIL"},
        {"Ostra": _TOWN},
    )
    tolls = {(e.actor.id, e.recipient.id): e.fatalities for e in evs if e.actor and e.recipient}
    assert tolls == {("AAA-MIL", "BBB-MIL"): None, ("BBB-MIL", "AAA-MIL"): 2}


def test_the_other_sides_losses_stay_on_the_first_row():
    text = "Atlantis soldiers clashed with Bordurian guards near Ostra, killing five guards."
    evs = _assaults(
        text,
        {"Atlantis soldiers": "AAA-MIL", "Bordurian guards": "BBB-MIL", "five guards": "BBB-MIL"},
        {"Ostra": _TOWN},
    )
    tolls = {(e.actor.id, e.recipient.id): e.fatalities for e in evs if e.actor and e.recipient}
    assert tolls == {("AAA-MIL", "BBB-MIL"): 5, ("BBB-MIL", "AAA-MIL"): None}
