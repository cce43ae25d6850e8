"""Session-16 lexicon and attribute rules: an offer to mediate is a pledge, objecting to a
plan is disapproval, a lifted ban is no second act, and an act done "increasingly" is a
pattern.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def test_offer_to_mediate_is_a_pledge():
    evs = events("Norway offered on Friday to mediate between the two governments.")
    offered = [e for e in evs if e.trigger.startswith("offer")]
    assert offered and all(e.type == "AGREE" for e in offered)


def test_offer_to_host_stays_a_request():
    evs = events("Norway offered to host a meeting of officials from both governments.")
    offered = [e for e in evs if e.trigger.startswith("offer")]
    assert offered and all(e.type == "REQUEST" for e in offered)


def test_objecting_to_a_plan_disapproves():
    evs = events("Iran objected to the pipeline plan.")
    objected = [e for e in evs if e.trigger.startswith("object")]
    assert objected and objected[0].type == "ACCUSE" and objected[0].mode == "disapprove"


def test_objecting_to_a_nomination_rejects():
    evs = events("Iran objected to the nomination.")
    objected = [e for e in evs if e.trigger.startswith("object")]
    assert objected and objected[0].type == "REJECT"


def test_lifted_ban_is_one_easing():
    types = [e.type for e in events("Uzbekistan lifted its ban in March 2024.")]
    assert "RETREAT" in types and "SANCTION" not in types


def test_imposed_ban_is_still_a_sanction():
    types = [e.type for e in events("Uzbekistan imposed a ban on the group in March 2024.")]
    assert "SANCTION" in types or "COERCE" in types


def test_increasingly_makes_a_pattern():
    evs = events_of_type("The group has increasingly attacked shrines in the province.", "ASSAULT")
    assert evs and evs[0].factuality == "generic"


def test_plain_perfect_attack_is_asserted():
    evs = events_of_type("The group has attacked a shrine in the province.", "ASSAULT")
    assert evs and evs[0].factuality != "generic"
