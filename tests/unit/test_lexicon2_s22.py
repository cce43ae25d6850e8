"""Session-22 lexicon senses, second pass (events.yaml 2.48): a protest noun naming the body
that runs it, an ordeal "described", "no longer has any base" as a denial, material support and
financed attacks as AID, one REJECT for a rejection and the presence it denies, recruits joining
a force and crowds joining a sit-in.

Each case is a fresh sentence for a construction, not one taken from the gold; every rule has a
near miss that must keep its old coding."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def _types(text: str) -> set[str]:
    return {e.type for e in events(text)}


# PROTEST: "the sit-in committee", "protest leaders" name people, not a protest held


def test_sit_in_committee_is_no_protest():
    text = "Officials met members of the sit-in committee in Quetta on Monday."
    assert "PROTEST" not in _types(text)


def test_sit_in_staged_stays_protest():
    text = "Shopkeepers staged a sit-in outside the district office on Monday."
    assert "PROTEST" in _types(text)


def test_protest_leader_is_no_protest():
    text = "The rally organiser said the governor had ignored their letters for months."
    assert "PROTEST" not in _types(text)


def test_protest_of_farmers_stays_protest():
    text = "A protest by farmers blocked the highway near Zaranj on Tuesday."
    assert "PROTEST" in _types(text)


# ACCUSE: "describe" condemns only as "described X as Y"


def test_described_hours_of_terror_is_no_accusation():
    text = "Villagers who reached the town on Friday described nights of terror in the hills."
    assert "ACCUSE" not in _types(text)


def test_described_as_aggression_stays_accusation():
    text = "The foreign ministry described the shelling as an act of aggression."
    assert [e.mode for e in events_of_type(text, "ACCUSE")] == ["disapprove"]


def test_branded_without_as_stays_accusation():
    text = "The minister branded the attackers terrorists."
    assert "ACCUSE" in _types(text)


# REJECT: "no longer has any base" denies a presence


def test_no_longer_has_any_base_is_denial():
    text = "A spokesman for the movement said the group no longer has any base in the province."
    assert "REJECT" in _types(text)


def test_has_a_base_is_no_denial():
    text = "A spokesman for the movement said the group has a base in the province."
    assert "REJECT" not in _types(text)


# AID: logistical, operational or financial support is material help, not political backing


def test_logistical_support_is_military_aid():
    text = "The report said the rebels received logistical and operational support from the regime."
    assert [e.mode for e in events_of_type(text, "AID")] == ["military"]
    assert "SUPPORT" not in _types(text)


def test_political_support_stays_support():
    text = "The minister expressed his support for the peace process."
    assert "SUPPORT" in _types(text)
    assert "AID" not in _types(text)


def test_support_for_militants_is_military_aid():
    text = (
        "The general said the neighbouring state's support for the militants had grown since 2021."
    )
    assert [e.mode for e in events_of_type(text, "AID")] == ["military"]


def test_support_for_peace_process_is_no_aid():
    text = "The general said the neighbouring state's support for the peace process had grown."
    assert "AID" not in _types(text)


def test_financing_attacks_is_economic_aid():
    text = "The Foreign Office accused India of financing attacks on the pipeline."
    assert "economic" in [e.mode for e in events_of_type(text, "AID")]


def test_financing_a_railway_is_no_aid():
    text = "The ministry said the bank was financing a railway to the port."
    assert "AID" not in _types(text)


# REJECT: a denied presence that a rejection in the same sentence says is one REJECT, not two


def test_rejection_and_denied_presence_is_one_reject():
    text = (
        "The spokesman rejected the report as biased and said the movement had no presence "
        "in the province."
    )
    assert len(events_of_type(text, "REJECT")) == 1


def test_denied_presence_alone_stays_reject():
    text = "The spokesman said the movement had no presence in the province."
    assert len(events_of_type(text, "REJECT")) == 1


def test_recounted_night_of_panic_is_no_accusation():
    text = "Survivors recounted a night of panic and fear in the camp."
    assert "ACCUSE" not in _types(text)


# COOPERATE / PROTEST: "joined the force" enlists; "joined the sit-in" protests


def test_recruits_joining_the_force_is_no_cooperation():
    text = "Two of the dead were recruits who joined the force in January, the officer said."
    assert "COOPERATE" not in _types(text)


def test_joined_forces_stays_cooperation():
    text = "Pakistan joined forces with China to secure the corridor, officials said."
    assert "COOPERATE" in _types(text)


def test_joining_a_sit_in_is_protest():
    text = (
        "Hundreds of villagers joined the sit-in on Wednesday, chanting slogans against the army."
    )
    assert "PROTEST" in _types(text)
    assert "COOPERATE" not in _types(text)


def test_joining_talks_is_no_protest():
    text = "Hundreds of delegates joined the talks on Wednesday in Tashkent."
    assert "PROTEST" not in _types(text)
