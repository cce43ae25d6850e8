"""Session-17 lexicon (lex4): a monitoring report's "estimated" is its documenting verb
(ACCUSE/investigate, guide §10 publishing a report); a predicate "unacceptable" disapproves
(ACCUSE/disapprove); an authority ordering people to stay indoors imposes a curfew (COERCE).

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events_of_type  # noqa: I001


def test_a_monitoring_team_estimating_documents():
    evs = events_of_type(
        "A UN monitoring team estimated in 2023 that about 500 fighters were hiding in the hills.",
        "ACCUSE",
    )
    assert evs and evs[0].mode == "investigate"


def test_police_estimating_a_crowd_is_no_investigation():
    # near miss: an estimate by someone who is no monitoring body
    assert not events_of_type("Police estimated the crowd at 5,000 on Friday.", "ACCUSE")


def test_a_plan_called_unacceptable_is_disapproved():
    evs = events_of_type(
        "Delhi said any such road through the valley would be illegal and unacceptable.",
        "ACCUSE",
    )
    assert evs and evs[0].mode == "disapprove"


def test_not_unacceptable_is_no_disapproval():
    # near miss: the verdict is negated
    assert not events_of_type("The minister said the terms were not unacceptable.", "ACCUSE")


def test_residents_ordered_to_stay_indoors_are_under_curfew():
    evs = events_of_type(
        "The district administration ordered villagers to stay indoors on Sunday.", "COERCE"
    )
    assert evs and evs[0].mode == "curfew"


def test_troops_ordered_to_stay_in_barracks_are_no_curfew():
    # near miss: an order to one's own forces
    assert not events_of_type("The commander ordered troops to stay in their barracks.", "COERCE")
