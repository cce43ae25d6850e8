"""Event types, third round: announced acts beside threats and pledges, filters for acts that
did not happen or are only described, and the lexicon constraints `not_xcomp`, `not_head` and
`polarity`. One invented sentence per rule; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def _top(text: str) -> str | None:
    evs = events(text)
    return max(evs, key=lambda e: e.confidence).type if evs else None


# ------------------------------------------------------------ acts announced beside speech acts


def test_threatened_strike_is_coded_beside_the_threat_and_ranked_below_it():
    evs = events(
        "The defence minister warned that the army would strike rebel camps across the river."
    )
    assert [e.type for e in evs] == ["THREATEN", "ASSAULT"]
    threat, strike = evs
    assert threat.confidence > strike.confidence
    assert strike.factuality != "asserted"


def test_pledged_aid_is_coded_beside_the_pledge():
    evs = events("Norway pledged to send medicine and tents to the flooded provinces.")
    assert _top("Norway pledged to send medicine and tents to the flooded provinces.") == "AGREE"
    assert "AID" in [e.type for e in evs]


def test_agreed_meeting_is_coded_beside_the_agreement():
    types = _types("The two delegations agreed to meet again in Geneva next month.")
    assert types[0] == "AGREE"
    assert "CONSULT" in types


def test_stated_intention_keeps_the_material_act_as_a_second_event():
    # A promise is an AGREE plus the promised act (guide §15 rule 4); an announced plan ("said
    # it would pay compensation") is the future act alone (guide §18 rule 20).
    evs = events("The provincial government promised to pay compensation to the victims' families.")
    assert evs[0].type == "AGREE"
    aid = [e for e in evs if e.type == "AID"]
    assert aid and aid[0].confidence < evs[0].confidence
    announced = events(
        "The provincial government said it would pay compensation to the victims' families."
    )
    assert [e.type for e in announced] == ["AID"]


def test_stated_verbal_support_gives_no_second_event():
    assert _types("Brazil will support the resolution, the foreign minister said.") == ["AGREE"]


def test_accused_shelling_is_coded_beside_the_accusation():
    types = _types("Armenia accused Azerbaijani troops of shelling villages along the border.")
    assert types == ["ACCUSE", "ASSAULT"]


def test_denied_detentions_are_coded_negated():
    evs = events("The police chief denied that any students had been detained.")
    assert [e.type for e in evs] == ["REJECT", "COERCE"]
    assert evs[1].factuality == "negated"


def test_demanded_act_stays_absorbed():
    # the lifting asked for stays absorbed; the sanctions in force are coded beside the demand
    # (rows2 s14: news and fresh6 gold code the standing SANCTION)
    assert _types("The council urged the government to lift the sanctions on fuel imports.") == [
        "REQUEST",
        "SANCTION",
    ]


def test_pledge_to_refrain_has_no_second_event():
    assert _types("The two armies agreed not to attack each other's positions.") == ["AGREE"]


def test_joint_body_agreed_is_only_the_agreement():
    assert _types("The two sides agreed to set up a joint committee on water sharing.") == ["AGREE"]


def test_avenged_killing_is_no_announced_act():
    assert _types("The clan vowed to avenge the killing of its elder.") == ["THREATEN"]


def test_promised_pursuit_is_only_a_threat():
    assert _types("The governor vowed that the kidnappers would be hunted down.") == ["THREATEN"]


def test_resolve_to_fight_until_the_end_is_a_threat():
    assert _top(
        "The general said the army would not rest until the last insurgent is eliminated."
    ) == ("THREATEN")


def test_reprisal_promised_by_negation_is_a_threat():
    assert "THREATEN" in _types('"This crime will not go unanswered," the president said.')


def test_unanswered_without_negation_is_no_threat():
    assert "THREATEN" not in _types("Her letters to the ministry went unanswered for months.")


# ------------------------------------------------------------ decisions, forecasts, failures


def test_announced_unconditional_measure_is_the_sanction():
    assert _top("The European Union announced it would suspend all aid to the junta.") == "SANCTION"


def test_conditional_measure_stays_a_threat():
    assert _top(
        "Washington said it would impose tariffs on steel imports if the talks failed."
    ) == ("THREATEN")


def test_warning_of_a_possibility_is_no_threat():
    # the risk it names is reported, not absorbed into a threat
    types = _types("The agency warned that returnees could face arrest and deportation.")
    assert "THREATEN" not in types and "COERCE" in types


def test_warning_of_force_by_the_speaker_stays_a_threat():
    assert _top("The army warned that it would use force against anyone blocking the highway.") == (
        "THREATEN"
    )


def test_failed_act_is_not_coded_and_the_complaint_wins():
    assert (
        _top(
            "The authorities are failing to protect the rights of returning refugees, "
            "a rights group complained on Monday."
        )
        == "ACCUSE"
    )


def test_demand_in_the_second_quoted_clause_is_a_request():
    types = _types(
        '"Smugglers are using the river to move arms, and Freedonia must stop them," '
        "the minister said."
    )
    assert "REQUEST" in types


# ------------------------------------------------------------ description, not report


def test_present_tense_relative_clause_describes_people():
    assert "ASSAULT" not in _types('"Those who attack hospitals are criminals," he said.')


def test_past_relative_clause_is_still_an_event():
    assert "ASSAULT" in _types("Gunmen who attacked a checkpoint on Monday were arrested.")


def test_stance_in_a_present_relative_clause_is_kept():
    assert "REJECT" in _types(
        "Officials say the rebels receive money from abroad, a charge the rebel leaders deny."
    )


def test_participle_of_alliance_is_no_cooperation():
    assert "COOPERATE" not in _types("A militia allied with the army was blamed for the killings.")


def test_the_wounded_tagged_as_a_verb_are_people():
    assert not events("Ambulances ferried the wounded through the city.")


def test_posing_a_threat_is_no_threat():
    assert "THREATEN" not in _types(
        "Officials said the group no longer posed a threat to the region."
    )


def test_circumstances_that_threaten_are_no_threat():
    assert "THREATEN" not in _types("Analysts said the drought could threaten the harvest.")


# ------------------------------------------------------------ claims and attributions


def test_claim_of_responsibility_is_a_mention_of_the_attack():
    evs = events("The Liberation Front claimed responsibility for the ambush.")
    assert [e.type for e in evs] == ["ASSAULT"]


def test_claim_with_a_saying_clause_is_one_event():
    evs = events(
        "The Liberation Front claimed responsibility, saying its fighters had targeted the convoy."
    )
    assert [e.type for e in evs] == ["ASSAULT"]


def test_no_claim_is_no_claim():
    assert "ASSAULT" not in [e.type for e in events("No group has claimed responsibility so far.")]


@pytest.mark.parametrize(
    "text",
    [
        "Police said the bombing bore the hallmarks of the Liberation Front.",
        "The governor described the massacre as the work of foreign mercenaries.",
        "The ministry called the raid a cowardly act.",
    ],
)
def test_attribution_is_an_accusation(text: str) -> None:
    assert "ACCUSE" in _types(text)


def test_calling_strikes_a_violation_is_no_labour_strike():
    types = _types("The government called the air strikes a flagrant violation of its sovereignty.")
    assert "PROTEST" not in types and "ACCUSE" in types


def test_given_until_a_date_to_leave_is_expulsion():
    assert _top("The authorities gave the migrants until Friday to leave the country.") == "COERCE"


def test_sending_scholars_to_argue_is_a_visit():
    assert _top("Qatar sent religious scholars to the capital to argue for girls' education.") == (
        "CONSULT"
    )


# ------------------------------------------------------------ lexicon constraints


def test_negated_permission_is_no_concession():
    assert not events('"Nobody is permitted to use our territory against a neighbour," he said.')
    assert "CONCEDE" not in _types("The government has not allowed any group to open camps.")


def test_granted_permission_is_a_concession():
    assert _top("The government allowed United Nations inspectors access to the site.") == "CONCEDE"


def test_circumstance_that_allows_is_no_concession():
    assert "CONCEDE" not in _types("Flights will resume when the weather allows, the airline said.")


def test_seeking_to_do_is_no_request():
    assert "REQUEST" not in _types("The commission is seeking to verify the casualty figures.")


def test_seeking_talks_is_a_request():
    assert _top("The opposition sought talks with the government.") == "REQUEST"


def test_asking_why_is_no_request():
    assert "REQUEST" not in _types("Critics asked why the army had not intervened earlier.")


def test_appearing_ready_is_no_pledge():
    assert "AGREE" not in _types("Neither side appears ready to compromise.")


def test_ready_to_negotiate_is_a_pledge():
    assert _top("The rebels said they were ready to negotiate with the government.") == "AGREE"


def test_seizing_power_is_no_seizure_of_goods():
    assert "COERCE" not in _types("The army seized power in a bloodless coup in 1999.")


def test_taking_place_is_no_capture():
    assert "ASSAULT" not in _types("The ceremony took place at the presidential palace.")


def test_prohibited_aid_is_a_sanction():
    assert _top("The United States prohibited all aid to the rebel movement.") == "SANCTION"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The rebels called for a general strike to force the president out.", "REQUEST"),
        ("The union called a general strike for Monday.", "PROTEST"),
        ("Riot police broke up a sit-in by workers outside the factory.", "ASSAULT"),
        ("Seven parties signed on to a declaration committing them to peaceful change.", "AGREE"),
        ("Sweden offered asylum to 200 refugees stranded at sea.", "AID"),
        ("The World Bank suspended disbursements to the government.", "SANCTION"),
        ("Beijing has poured billions of dollars into ports and power plants.", "AID"),
        ("The militia receives weapons and training from a neighbouring state.", "AID"),
        ("The envoy said the killings may amount to crimes against humanity.", "ACCUSE"),
        ('"These are fabricated claims meant to mislead," the spokesman said.', "REJECT"),
        ("The ministry said the allegations were baseless.", "REJECT"),
        ("He said his country had no role in the coup.", "REJECT"),
        ("The minister stepped down on Friday.", "RETREAT"),
    ],
)
def test_third_round_senses(text: str, etype: str) -> None:
    assert _top(text) == etype


def test_playing_a_role_is_no_denial():
    assert "REJECT" not in _types("The army plays a key role in politics.")


def test_stepping_up_cooperation_is_no_resignation():
    assert "RETREAT" not in _types("The interior ministers agreed to step up police cooperation.")


def test_protest_that_began_in_a_named_place_is_a_new_mention():
    evs = events(
        "Farmers protested against the eradication of their fields. "
        "The protest began in Faizabad on Monday after police ploughed up the crops."
    )
    assert [e.type for e in evs].count("PROTEST") == 2
