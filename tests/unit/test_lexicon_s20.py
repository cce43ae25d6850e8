"""Session-20 lexicon senses (events.yaml 2.43): the default mode of a demand, accusations
traded, suspended services, "has not allowed and will not allow", commentators' readings of a
party's stance, opposing a project, holding a status and bare "unrest".

Each case is a fresh sentence for a construction, not one taken from the gold; every rule has a
near miss that must keep its old coding."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def _types(text: str) -> set[str]:
    return {e.type for e in events(text)}


def _modes(text: str, etype: str) -> list[str | None]:
    return [e.mode for e in events_of_type(text, etype)]


# REQUEST: a demand naming no cue asks for a change of behaviour


def test_demand_without_cue_asks_for_change():
    assert _modes(
        "The minister urged Kabul to follow the example of its neighbours.", "REQUEST"
    ) == ["change"]


def test_appeal_for_restraint_keeps_no_mode():
    assert _modes("The envoy urged both sides to show restraint.", "REQUEST") == [None]


def test_demand_for_an_explanation_keeps_no_mode():
    text = "The governor asked the federal government to explain why the camp was closed."
    assert _modes(text, "REQUEST") == [None]


def test_demand_for_a_release_stays_yield():
    assert _modes("The family urged the kidnappers to release the engineer.", "REQUEST") == [
        "yield"
    ]


# ACCUSE: accusations traded allege, criticism drawn disapproves


def test_traded_accusations_allege():
    text = "The two governments traded accusations over the shelling of border villages."
    modes = _modes(text, "ACCUSE")
    assert modes and set(modes) == {"allege"}


def test_criticism_drawn_still_disapproves():
    assert _modes("The new decree drew sharp criticism from rights groups.", "ACCUSE") == [
        "disapprove"
    ]


# COERCE: suspended services are restrictions, a closed newspaper is censorship


def test_suspended_services_restrict():
    text = "All services on the northern line have been suspended until further notice."
    assert _modes(text, "COERCE") == ["restrict"]


def test_suspended_newspaper_is_censored():
    assert _modes("The authorities suspended the weekly newspaper for a month.", "COERCE") == [
        "censor"
    ]


# AGREE: a denial covering past and future is no assurance


def test_past_and_future_denial_is_no_assurance():
    text = '"We have not allowed and will not allow any group to train on our soil," he said.'
    assert "AGREE" not in _types(text)


def test_plain_future_refusal_stays_an_assurance():
    text = '"We will not allow any group to train on our soil," he said.'
    assert "AGREE" in _types(text)


# Commentators: an analyst's reading of a party's stance is no act of that party


def test_analyst_reading_of_patience_is_no_threat():
    text = (
        '"Moscow\'s patience with the new government is wearing thin," said Ivan Petrov, '
        "an analyst at a Kazan institute."
    )
    assert "THREATEN" not in _types(text)


def test_officials_patience_stays_a_threat():
    text = '"Our patience with the new government is wearing thin," the defence minister said.'
    assert "THREATEN" in _types(text)


def test_researcher_reading_of_agreement_is_no_agreement():
    text = "A researcher in Almaty said the two governments could agree on a new pipeline route."
    assert "AGREE" not in _types(text)


def test_analyst_reported_attack_stays_an_event():
    text = "Analysts said the rebels attacked a police post near the border last week."
    assert "ASSAULT" in _types(text)


# Opposing a project disapproves of it, opposing a proposal rejects it


def test_opposing_a_project_disapproves():
    text = "Kabul has long opposed the dam project on the upper river."
    assert "ACCUSE" in _types(text) and "REJECT" not in _types(text)


def test_opposing_a_proposal_still_rejects():
    text = "The opposition opposed the proposal to extend the emergency."
    assert "REJECT" in _types(text)


# Holding a status or office is no detention


def test_holding_observer_status_is_no_detention():
    assert "COERCE" not in _types("Iran has held observer status in the bloc since 2005.")


def test_holding_people_without_charge_stays_detention():
    assert "COERCE" in _types("Police held four traders without charge for a week.")


# Bare "unrest" names a state, a staged protest stays a protest


def test_bare_unrest_is_no_protest():
    assert "PROTEST" not in _types("The province has seen repeated unrest since the election.")


def test_staged_protest_stays_a_protest():
    assert "PROTEST" in _types(
        "Hundreds of farmers staged a protest outside the governor's office."
    )


# MOBILIZE: troops combing open ground run a search operation; searching homes stays COERCE


def test_troops_combing_hills_mobilize():
    text = "Soldiers combed the hills around the camp for the attackers on Tuesday."
    assert "MOBILIZE" in _types(text)


def test_troops_searching_homes_stay_coerce():
    text = "Soldiers searched homes in the village on Tuesday."
    assert "COERCE" in _types(text) and "MOBILIZE" not in _types(text)


# SANCTION: a named crossing closed; a road closed stays a restriction at home


def test_named_crossing_closed_is_sanction():
    assert "SANCTION" in _types("Pakistan closed Torkham for three days last week.")


def test_closed_road_stays_coerce():
    text = "Police closed the main road to traffic on Monday."
    assert "COERCE" in _types(text) and "SANCTION" not in _types(text)
