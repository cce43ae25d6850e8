"""Session-19 trigger rules (lexicon 2.41, rules 46): a named place or "it" seized or retaken
is an armed takeover (ASSAULT), while a place that only tells where something was seized is no
object; a declaration "adopted by" its members is an AGREE; "is due to be held" is a meeting.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events_of_type  # noqa: I001


def test_seizing_a_named_town_is_an_assault():
    assert events_of_type("Rebel fighters seized Kunduz after two days of clashes.", "ASSAULT")


def test_seizing_it_is_an_assault():
    assert events_of_type("The insurgents captured it in May after a long siege.", "ASSAULT")


def test_seizing_power_is_no_takeover_of_a_place():
    # near miss: power is no place
    assert not events_of_type("The generals seized power in Dhaka in 1982.", "ASSAULT")


def test_a_place_of_seizure_is_no_object():
    # near miss: the town tells where the drugs were seized
    assert not events_of_type("Customs officers seized hashish near Torkham.", "ASSAULT")
    assert events_of_type("Customs officers seized hashish near Torkham.", "COERCE")


def test_a_declaration_adopted_by_members_agrees():
    text = "The communique, adopted by all six ministers, urged restraint in the region."
    assert events_of_type(text, "AGREE")


def test_a_statement_issued_by_a_ministry_agrees_nothing():
    # near miss: issuing a statement is no agreement
    text = "The statement, issued by the ministry, urged restraint in the region."
    assert not events_of_type(text, "AGREE")


def test_due_to_be_held_is_a_meeting():
    assert events_of_type("The next session of talks is due to be held in Doha in May.", "CONSULT")


def test_due_to_be_announced_is_no_meeting():
    # near miss: a verdict announced is no meeting
    assert not events_of_type("The verdict is due to be announced in Doha in May.", "CONSULT")
