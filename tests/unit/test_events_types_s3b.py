"""Event types, round 2 of the third pass (lexicon 2.7): round-1 rules generalised to other verbs,
nominalisations and parses of the same class. One invented sentence per rule; no database."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def _top(text: str) -> str | None:
    evs = events(text)
    return max(evs, key=lambda e: e.confidence).type if evs else None


# ------------------------------------------------------------ signing is agreeing (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed a trade agreement in Beijing on Tuesday.",
        "The ministers signed a memorandum of understanding on energy cooperation.",
        "A cooperation accord was signed by the two prime ministers.",
        "Both sides concluded a non-aggression pact.",
    ],
)
def test_signing_an_agreement_is_agree(text: str) -> None:
    assert _top(text) == "AGREE"
    assert "SUPPORT" not in _types(text)


# ------------------------------------------------------------ attributions and labels


@pytest.mark.parametrize(
    "text",
    [
        'He said the attack was the work of "a defeated group".',
        "Officials said the blast was the work of separatist rebels.",
    ],
)
def test_copular_attribution_of_an_act_is_an_accusation(text: str) -> None:
    assert _top(text) == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        'Bugti said the attackers were "proxies of a hostile neighbour".',
        'The ISPR said the dead men were "Indian-sponsored terrorists".',
    ],
)
def test_labelling_the_perpetrators_is_an_accusation(text: str) -> None:
    assert _top(text) == "ACCUSE"


def test_labels_of_other_subjects_are_no_accusation() -> None:
    assert "ACCUSE" not in _types("The work of the commission was completed on Monday.")


def test_described_as_an_act_of_aggression_is_an_accusation() -> None:
    assert _top("Syria described the Israeli raid as an act of aggression.") == "ACCUSE"


@pytest.mark.parametrize(
    "text",
    [
        'India\'s foreign ministry called the allegation "baseless".',
        "The ministry dismissed the reports as fabricated.",
    ],
)
def test_calling_a_charge_false_rejects_it(text: str) -> None:
    assert _top(text) == "REJECT"


def test_attacking_a_policy_is_criticism() -> None:
    assert _top("The opposition newspaper attacked the government's economic policy.") == "ACCUSE"
    assert _top("The minister attacked the opposition for its lack of patriotism.") == "ACCUSE"


# ------------------------------------------------------------ other senses of the same classes


def test_voting_down_a_proposal_is_a_rejection() -> None:
    assert _top("The parliament voted down the peace proposal.") == "REJECT"


def test_refused_meeting_stated_in_the_future_is_a_rejection() -> None:
    assert _top("The government said it would not negotiate with terrorists.") == "REJECT"
    assert _top("The envoy will meet the rebel leaders next week.") == "CONSULT"


def test_dissolving_parliament_is_repression() -> None:
    assert _top("The junta dissolved parliament and suspended the constitution.") == "COERCE"


def test_placing_under_curfew_is_coercion() -> None:
    assert _top("Authorities placed the city under curfew.") == "COERCE"


def test_forcible_return_is_deportation() -> None:
    assert _top("Thousands of refugees were forcibly returned to their country.") == "COERCE"


def test_taking_part_in_a_protest_is_the_protest() -> None:
    assert _top("More than 10,000 people took part in an anti-government demonstration.") == (
        "PROTEST"
    )


def test_being_on_strike_is_a_strike() -> None:
    assert _top("Teachers have been on strike for two weeks.") == "PROTEST"


def test_held_consultations_is_a_meeting_not_a_detention() -> None:
    assert _top("The envoy held consultations with Arab leaders.") == "CONSULT"


def test_granting_an_audience_is_a_meeting() -> None:
    assert _top("The king granted an audience to the visiting minister.") == "CONSULT"


def test_suspension_from_an_organisation_is_a_sanction() -> None:
    assert _top("The Commonwealth suspended Fiji from the organization.") == "SANCTION"


def test_power_handed_back_is_a_concession() -> None:
    assert _top("The military junta handed power back to civilians.") == "CONCEDE"


def test_troops_leaving_a_country_retreat() -> None:
    assert _top("The last Soviet soldiers left Afghanistan on Wednesday.") == "RETREAT"


def test_recognising_a_republic_is_support() -> None:
    assert _top("Nigeria recognized the breakaway republic.") == "SUPPORT"


def test_announced_acceptance_is_agreement() -> None:
    assert _top("Syria announced its acceptance of the UN resolution.") == "AGREE"


def test_declared_mobilisation() -> None:
    assert _top("The government declared a general mobilization.") == "MOBILIZE"


def test_spraying_with_bullets_is_an_attack() -> None:
    assert _top("Gunmen sprayed the bus with bullets.") == "ASSAULT"


def test_arms_sales_ban_is_a_sanction() -> None:
    assert _top("Canada imposed a ban on arms sales to the country.") == "SANCTION"


def test_perfect_tense_read_as_have_plus_noun_phrase_is_the_act() -> None:
    assert "ASSAULT" in _types("Human rights groups said the police had tortured suspects.")


# ------------------------------------------------------------ dev-error classes (lexicon 2.7)


def test_should_instead_of_blaming_is_a_rebuke_and_a_demand() -> None:
    types = _types(
        "He added that Chile should resolve its own security problems instead of blaming Peru."
    )
    # the later gold codes the advice beside the rebuke (gold/fresh11 README; rows2 s14)
    assert "ACCUSE" in types and "REQUEST" in types
    assert _types("He added that Peru should hand over the militants.") == ["REQUEST"]


def test_first_half_of_a_hyphenated_modifier_is_no_event() -> None:
    assert "ASSAULT" not in _types("The network ran bomb-making workshops for new recruits.")
    assert _top("Opposition supporters staged a sit-in outside the election commission.") == (
        "PROTEST"
    )


def test_capability_is_no_event() -> None:
    assert _types("The group remains capable of striking at the heart of the capital.") == []


def test_calling_for_dialogue_is_no_cut_in_ties() -> None:
    assert _types("Beijing would continue to call for dialogue.") == ["REQUEST"]


def test_evidence_handed_to_the_other_side_is_an_accusation() -> None:
    assert _top('Chile had shared "irrefutable evidence" with the Peruvian side.') == "ACCUSE"
    assert _top("The two countries will share intelligence on the group.") != "ACCUSE"


def test_questioning_a_report_rejects_it() -> None:
    assert _top("The deputy envoy questioned parts of the report.") == "REJECT"


def test_detained_for_questioning_is_no_inquiry() -> None:
    assert _types("Several suspects were detained for questioning.") == ["COERCE"]


def test_verifying_reports_is_an_inquiry_but_an_unverified_claim_is_not() -> None:
    assert _top('The mission said it was "seeking to verify credible reports" of deaths.') == (
        "ACCUSE"
    )
    assert _types("The claim could not be independently verified.") == []


def test_deployed_checkpoints_and_arriving_reinforcements_are_mobilisation() -> None:
    assert _top("Police deployed additional checkpoints across the city.") == "MOBILIZE"
    assert _top("Army reinforcements arrived in pickup trucks the next morning.") == "MOBILIZE"
    assert _top("The army chief arrived in Dhaka on a three-day official visit.") == "CONSULT"


def test_shops_shut_in_solidarity_are_a_strike() -> None:
    assert _top("Shops in the provincial capital closed on Tuesday in solidarity.") == "PROTEST"


def test_honoured_commitments_are_no_praise() -> None:
    assert "SUPPORT" not in _types("The government has fully honoured its commitments.")


def test_passive_demand_on_an_act_is_a_request() -> None:
    assert _top("The envoy argued that sanctions against the leaders should be eased.") == (
        "REQUEST"
    )
    assert _types("The report said the figures should be treated with caution.") == []
    assert "REQUEST" not in _types(
        '"No one should be forced back to a country at war," the agency said.'
    )
