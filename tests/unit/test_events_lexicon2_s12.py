"""Session-12 lexicon senses (events_lexicon2): warning shots, demolitions
that enforce a rule, cleared protest camps and matters raised at a meeting.

Each case is a fresh sentence for a construction the guide settles (§1.2, §10, §11)."""

from tests.unit._events_util import event_types, events_of_type  # noqa: I001


def test_military_operation_stays_assault():
    assert "ASSAULT" in event_types("The army launched a military operation against militants.")


def test_warning_shots_are_a_threat():
    evs = events_of_type("Border guards fired warning shots at a group of smugglers.", "THREATEN")
    assert evs and evs[0].mode == "violence"
    assert not events_of_type(
        "Border guards fired warning shots at a group of smugglers.", "ASSAULT"
    )


def test_shots_into_the_air_are_a_threat():
    assert "THREATEN" in event_types(
        "Soldiers fired into the air as the crowd approached the gate."
    )


def test_firing_at_people_stays_assault():
    assert "ASSAULT" in event_types("Gunmen fired at a police patrol in the city.")
    assert "THREATEN" not in event_types("Gunmen fired at a police patrol in the city.")


def test_demolishing_illegal_structures_is_coerce():
    assert "COERCE" in event_types("The district administration bulldozed illegal shops.")
    assert not events_of_type("The district administration bulldozed illegal shops.", "ASSAULT")


def test_attackers_razing_houses_stays_assault():
    assert "ASSAULT" in event_types("Militants torched and razed several houses in the village.")


def test_clearing_a_protest_camp_is_coerce():
    assert "COERCE" in event_types("Police cleared the protest camp outside the press club.")
    assert "COERCE" in event_types("The sit-in was removed by the police on Sunday.")


def test_dismantling_a_training_camp_is_no_coerce():
    assert not events_of_type("The army dismantled a militant training camp.", "COERCE")


def test_raising_a_matter_at_a_meeting_is_consult():
    assert "CONSULT" in event_types("India raised the issue at a meeting of the council.")


def test_raising_a_matter_at_a_press_briefing_is_no_consult():
    assert "CONSULT" not in event_types("The spokesman raised the matter at a press briefing.")


def test_cleared_camp_recipient_is_the_protesters():
    from tests.unit._events_util import events

    evs = events(
        "Traders staged a sit-in at the crossing for weeks. "
        "On Tuesday police cleared the protest camp near the crossing."
    )
    coerce = [e for e in evs if e.type == "COERCE"]
    assert coerce and coerce[0].recipient is not None
    assert "Traders" in (coerce[0].recipient.name or coerce[0].recipient.text or "")


def test_protesters_moved_away_are_coerced():
    evs = events_of_type("About fifty women held a vigil until police moved them away.", "COERCE")
    assert evs and evs[0].mode == "restrict"


def test_troops_moved_stay_mobilize():
    assert "COERCE" not in event_types("The army moved troops away from the border.")


def test_relaxed_curfew_is_retreat_ease():
    evs = events_of_type("The curfew was relaxed for two hours on Tuesday.", "RETREAT")
    assert evs and evs[0].mode == "ease"


def test_traded_prisoners_is_release():
    evs = events_of_type("The two governments traded prisoners in Doha.", "RETREAT")
    assert evs and evs[0].mode == "release"


def test_restored_ambassadors_is_retreat():
    assert "RETREAT" in event_types("Iran and Pakistan restored their ambassadors last week.")


def test_recaptured_escapees_are_arrested():
    evs = events_of_type("Police said nine of the escapees had been recaptured.", "COERCE")
    assert evs and evs[0].mode == "arrest"
    assert not events_of_type("Police said nine of the escapees had been recaptured.", "ASSAULT")
