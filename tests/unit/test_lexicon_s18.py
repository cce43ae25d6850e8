"""Session-18 lexicon senses (events.yaml 2.35): things held that are no detention, places left
in a state, doubting "whether", signed joint texts, persons called
"bomber", and the month "March".

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def _types(text: str) -> set[str]:
    return {e.type for e in events(text)}


def test_funeral_or_jirga_held_is_no_arrest():
    assert "COERCE" not in _types("Funerals for the three soldiers were held in Swat on Monday.")
    assert "COERCE" not in _types("Elders held a jirga with the district officers in Tank.")


def test_people_held_by_police_stay_arrested():
    assert "COERCE" in _types("Police held two journalists for questioning in Quetta.")


def test_left_without_power_is_no_withdrawal():
    assert "RETREAT" not in _types("The flood left dozens of villages without power on Tuesday.")


def test_troops_leaving_a_town_still_withdraw():
    assert "RETREAT" in _types("The soldiers left the town on Sunday after a week of fighting.")


def test_questioned_whether_is_no_investigation():
    assert "ACCUSE" not in _types("Analysts questioned whether the new road could be protected.")


def test_investigating_whether_stays_an_investigation():
    text = "Police were investigating whether the blast was linked to a land dispute."
    evs = events_of_type(text, "ACCUSE")
    assert evs and evs[0].mode == "investigate"


def test_signing_a_joint_statement_is_agreement():
    assert "AGREE" in _types("The foreign ministers signed a joint declaration in Tashkent.")


def test_signing_a_bill_is_no_agreement():
    assert "AGREE" not in _types("The president signed the budget bill on Monday.")


def test_suicide_bomber_coming_from_abroad_is_no_deployment():
    assert "MOBILIZE" not in _types("Officials said the bomber had come from across the border.")


def test_troops_coming_to_the_border_still_mobilise():
    assert "MOBILIZE" in _types("Army reinforcements arrived at the border on Friday.")


def test_month_march_is_no_protest():
    text = "A former judge was taken from his house in Kunduz in March by armed men."
    assert "PROTEST" not in _types(text)


def test_taking_part_in_a_march_is_still_a_protest():
    assert "PROTEST" in _types("Hundreds of teachers took part in a march in Peshawar on Friday.")
