"""Session-17 lexicon (lex3): an agreement named by its year is a past AGREE (guide §1.7 rule 5);
a ceasefire a third party mediated was agreed by the sides (guide §8); fighting that "ended in
a ceasefire" withdrew from nothing; training received is AID even with no trainer named
(guide §11 rule 2).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events_of_type  # noqa: I001


def test_an_agreement_named_by_its_year_is_a_past_agreement():
    evs = events_of_type(
        "The group said the 2018 Kabul accord on prisoners was still in force.", "AGREE"
    )
    assert evs and evs[0].factuality == "historical"


def test_an_undated_agreement_only_refers():
    # near miss: no year, no act of agreeing
    assert not events_of_type(
        "The group said the Kabul accord on prisoners was still in force.", "AGREE"
    )


def test_a_mediated_ceasefire_is_an_agreement_and_a_mediation():
    evs = events_of_type("Oman mediated a truce between the two tribes last year.", "AGREE")
    assert evs
    assert events_of_type("Oman mediated a truce between the two tribes last year.", "CONSULT")


def test_mediated_talks_are_no_agreement():
    # near miss: talks mediated agree nothing
    assert not events_of_type("Oman mediated talks between the two tribes last year.", "AGREE")


def test_fighting_that_ended_in_a_truce_withdrew_from_nothing():
    assert not events_of_type(
        "The clashes, which ended in a truce brokered by elders, left ten dead.", "SANCTION"
    )


def test_a_party_ending_its_truce_still_withdraws():
    # near miss: the party ends the truce itself
    evs = events_of_type("The militants ended their truce in Swat on Monday.", "SANCTION")
    assert evs and evs[0].mode == "withdraw"


def test_training_received_is_military_aid():
    evs = events_of_type("The detainees said they had received training in camps abroad.", "AID")
    assert evs and evs[0].mode == "military"


def test_vocational_training_is_no_military_aid():
    # near miss: schooling for a trade is not military help
    evs = events_of_type("Each returnee will receive vocational training.", "AID")
    assert all(e.mode != "military" for e in evs)
