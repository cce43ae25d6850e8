"""Session-18 lexicon senses, second round (events.yaml 2.36): heavy weapons "used against" a
target, defeating an armed group, "will pay a heavy price", "will be punished", a suspended
vaccination drive, and "troubling" as a condemning label.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def _types(text: str) -> set[str]:
    return {e.type for e in events(text)}


def test_weapons_used_against_a_post_are_an_attack():
    assert "ASSAULT" in _types("The rebels used mortars against a police post in Zhob on Sunday.")


def test_using_soil_against_a_neighbour_is_no_attack():
    text = "Officials said the group used Afghan territory against Pakistan for years."
    assert "ASSAULT" not in _types(text)


def test_defeating_an_armed_group_is_an_attack():
    assert "ASSAULT" in _types("The army says it has defeated the group in the northern valleys.")


def test_defeating_a_motion_is_no_attack():
    assert "ASSAULT" not in _types("The assembly defeated the motion by twelve votes on Monday.")


def test_will_pay_a_heavy_price_threatens():
    evs = events_of_type("The governor said the attackers would pay a heavy price.", "THREATEN")
    assert evs


def test_paying_a_price_for_fuel_is_no_threat():
    text = "Farmers paid a higher price for diesel this spring, traders said."
    assert "THREATEN" not in _types(text)


def test_will_be_punished_threatens():
    text = "The minister said those responsible would be punished under the law."
    assert "THREATEN" in _types(text)


def test_past_punishment_is_no_threat():
    text = "The spokesman said the two guards had been punished last year."
    assert "THREATEN" not in _types(text)


def test_suspended_vaccination_drive_is_a_restriction():
    text = "The health department suspended the vaccination campaign in Khyber on Monday."
    evs = events_of_type(text, "COERCE")
    assert evs and evs[0].mode == "restrict"


def test_army_suspending_its_campaign_stays_a_retreat():
    text = "The army suspended its campaign in the valley on Monday."
    assert "COERCE" not in _types(text)
    assert "RETREAT" in _types(text)


def test_called_the_findings_troubling_condemns():
    text = "The State Department called the findings deeply troubling on Tuesday."
    evs = events_of_type(text, "ACCUSE")
    assert evs and evs[0].mode == "disapprove"


def test_called_the_talks_useful_is_no_accusation():
    assert "ACCUSE" not in _types("The ministry called the talks useful on Tuesday.")


def test_hoping_a_party_takes_measures_asks_it_to():
    text = "China hoped Kabul would take effective measures against the group."
    evs = events_of_type(text, "REQUEST")
    assert evs and evs[0].mode == "change"


def test_hoping_talks_succeed_is_no_request():
    assert "REQUEST" not in _types("The ministry hoped the talks in Doha would succeed.")


def test_journalists_not_allowed_in_are_restricted():
    text = "Journalists were not allowed into the district after the raid."
    evs = events_of_type(text, "COERCE")
    assert evs and evs[0].mode == "restrict"


def test_not_allowing_anyone_to_use_soil_is_no_restriction():
    text = "The Taliban do not allow anyone to use Afghan soil against any country."
    assert "COERCE" not in _types(text)


def test_routing_trade_is_no_attack():
    text = "The two sides agreed to open talks on routing Afghan trade through Chabahar."
    assert "ASSAULT" not in _types(text)


def test_council_concerned_that_a_group_acts_disapproves():
    text = "The council was deeply concerned that the group continues to use Afghan territory."
    evs = events_of_type(text, "ACCUSE")
    assert evs and evs[0].mode == "disapprove"


def test_farmers_concerned_that_prices_fall_is_no_accusation():
    assert "ACCUSE" not in _types("Farmers were concerned that wheat prices would fall this year.")
