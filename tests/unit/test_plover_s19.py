"""Session-19 PLOVER lexicon senses (events.yaml 2.40): diplomats ordered to leave, apologies
offered, defeat or mistakes admitted, intelligence sharing as a noun, shops kept shut in a
strike, a protest that takes to the streets to denounce, aid convoys arriving, and working
closely with a partner.

Each case is a fresh sentence for a construction, not one taken from the gold; each class has
a near miss that must not change."""

from tests.unit._events_util import events  # noqa: I001


def _types(text: str) -> set[str]:
    return {e.type for e in events(text)}


def _top(text: str) -> str | None:
    evs = sorted(events(text), key=lambda e: -e.confidence)
    return evs[0].type if evs else None


def test_diplomat_ordered_to_leave_is_a_sanction():
    text = "Baku told the Iranian envoy to leave the country within three days."
    assert _top(text) == "SANCTION"


def test_migrants_ordered_to_leave_stay_coerced():
    text = "The provincial government ordered undocumented migrants to leave the city by March."
    assert "SANCTION" not in _types(text)


def test_apology_offered_is_a_concession():
    text = "The airline's owner offered an apology to the families of the passengers."
    assert _top(text) == "CONCEDE"


def test_offer_to_mediate_stays_a_pledge_or_request():
    text = "Qatar offered to mediate between the two neighbours."
    assert "CONCEDE" not in _types(text)


def test_admitting_defeat_is_a_concession():
    assert _top("The incumbent governor conceded defeat on Sunday evening.") == "CONCEDE"


def test_acknowledging_a_letter_is_no_concession():
    assert "CONCEDE" not in _types("The ministry acknowledged receipt of the letter on Friday.")


def test_intelligence_sharing_stepped_up_is_cooperation():
    text = "Rabat and Madrid expanded intelligence sharing on smuggling networks this year."
    assert _top(text) == "COOPERATE"


def test_intelligence_sharing_as_a_topic_is_no_event():
    text = "The report said intelligence sharing was weak in the region."
    assert "COOPERATE" not in _types(text)


def test_shops_remaining_shut_is_a_strike():
    text = "Shops remained shut in Quetta on Monday as traders answered the strike call."
    assert _top(text) == "PROTEST"


def test_schools_remaining_shut_stay_a_restriction():
    text = "Schools remained shut across the district on Monday."
    assert "PROTEST" not in _types(text)


def test_taking_to_the_streets_to_denounce_is_one_protest():
    text = "Thousands took to the streets of Yerevan to denounce the border deal."
    assert _top(text) == "PROTEST"
    assert "ACCUSE" not in _types(text)


def test_denouncing_without_a_march_stays_an_accusation():
    assert _top("The opposition denounced the border deal as a betrayal.") == "ACCUSE"


def test_relief_convoy_arriving_is_aid():
    text = "Two UN aid convoys with flour and blankets reached the flooded villages on Thursday."
    assert _top(text) == "AID"


def test_relief_convoy_attacked_is_no_aid():
    assert _top("A relief convoy was ambushed on the highway near the town.") == "ASSAULT"


def test_working_closely_with_a_partner_is_cooperation():
    text = "The navy worked closely with coastguard units to intercept the smugglers."
    assert _top(text) == "COOPERATE"


def test_working_closely_on_a_report_is_no_cooperation():
    assert "COOPERATE" not in _types("Analysts are closely working on the annual budget.")
