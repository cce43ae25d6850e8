"""Event types, sixth round (issue #5, lexicon 2.11): one class of news phrasing per test, each
with sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)

from watchfloor.extract.triggers import LexiconError, load_lexicon


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def _of(text: str, etype: str) -> list:
    return [e for e in events(text) if e.type == etype]


# ------------------------------------------------------------------ COERCE (guide §1.2)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers said they had seized 40 kilograms of heroin at the port.",
        "Turkey says it seized more than 12 tonnes of opiates on its southern border last year.",
        "The gunmen killed five guards and took away their rifles.",
    ],
)
def test_seizing_goods_is_coercion_not_assault(text):
    assert "seize" in [e.mode for e in _of(text, "COERCE")]
    assert "ASSAULT" not in [e.type for e in events(text) if e.trigger.startswith(("seiz", "took"))]


def test_the_noun_of_seizing_names_the_act():
    assert "seize" in [
        e.mode for e in _of("Customs reported a sharp rise in drug seizures at the port.", "COERCE")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police said two suspects had been taken in for questioning.",
        "The ministry said no one would be held without charge.",
        "Rights groups said mass detentions had fuelled anger in the valley.",
        "Relatives said the men had been dragged from their homes at night by police.",
    ],
)
def test_detention_phrasings_are_arrests(text):
    assert "arrest" in [e.mode for e in _of(text, "COERCE")]
    assert "AID" not in _types(text)  # "taken in" shelters refugees, not suspects


def test_a_passive_measure_announced_for_the_future_is_the_measure_not_a_threat():
    text = "Migrants without papers would be detained and deported after March 1, he said."
    types = _types(text)
    assert "THREATEN" not in types
    assert sorted(e.mode for e in _of(text, "COERCE")) == ["arrest", "deport"]


def test_a_vow_of_justice_is_a_threat_only():
    types = _types("The army said those responsible will be brought to justice.")
    assert types == ["THREATEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Tractors destroyed the poppy fields in the valley last week.",
        "The government says eradication will continue next year.",
    ],
)
def test_crop_eradication_is_coercion(text):
    assert _of(text, "COERCE")
    assert not [e for e in _of(text, "ASSAULT") if e.mode == "destroy"]


def test_implementing_a_ban_enforces_it():
    assert "ban" in [
        e.mode
        for e in _of(
            "Officials said the decree had been implemented across the province.", "COERCE"
        )
    ]


# ------------------------------------------------------------------ no event


@pytest.mark.parametrize(
    "text",
    [
        "Ministers defended the government's policy on refugees.",
        "No evidence was offered for the claim.",
        "The country does not seek a confrontation with its neighbour, he said.",
        "The region is remote and patrolled by border police.",
    ],
)
def test_arguments_reassurances_and_descriptions_are_no_events(text):
    assert _types(text) == []


# ------------------------------------------------------------------ talks and cooperation


def test_exchanging_views_is_talks():
    text = "The two delegations exchanged views on water sharing."
    assert _types(text) == ["CONSULT"]


def test_expecting_to_be_consulted_asks_for_a_say():
    text = "Dushanbe expected to be consulted before any decision on the dam."
    assert [(e.type, e.mode) for e in events(text)] == [("REQUEST", "meet")]


def test_expanding_trade_is_economic_cooperation():
    assert [(e.type, e.mode) for e in events("Tashkent has expanded trade with Kabul.")] == [
        ("COOPERATE", "economic")
    ]


# ------------------------------------------------------------------ denied harm


def test_a_denied_harm_beside_the_strike_is_its_own_row():
    text = "The spokesman said the strikes hit militant hideouts and that no civilians had been harmed."
    assault = _of(text, "ASSAULT")
    assert len(assault) == 2
    assert {e.trigger for e in assault} == {"hit", "harmed"}


# ------------------------------------------------------------------ lexicon: NONE senses


def test_a_none_entry_is_accepted_and_an_unknown_type_is_not(tmp_path):
    base = "version: '1'\nreporting_verbs: [say]\ntriggers:\n"
    good = tmp_path / "good.yaml"
    good.write_text(base + "  - {lemma: [defend], pos: VERB, type: NONE, obj: [policy]}\n")
    assert load_lexicon(good).entries
    bad = tmp_path / "bad.yaml"
    bad.write_text(base + "  - {lemma: [defend], pos: VERB, type: NOTHING}\n")
    with pytest.raises(LexiconError):
        load_lexicon(bad)


# ------------------------------------------------------------------ acts inside what is answered


def test_a_policy_pushing_people_towards_militancy_expels_no_one():
    assert _types("He said the policy was pushing young Afghans towards militant groups.") == []


# ------------------------------------------------------------------ sentences and paragraphs


def test_a_quote_closing_a_paragraph_does_not_merge_with_the_next_paragraph():
    text = (
        'The army described them as "terrorists" and said "they will be punished."\n\n'
        "The governor condemned the attack and announced compensation for the families."
    )
    accuse = _of(text, "ACCUSE")
    assert {e.trigger for e in accuse} >= {"described", "condemned"}


# ------------------------------------------------------------------ force and its build-up


@pytest.mark.parametrize(
    "text",
    [
        "Officials say hundreds of militants are massing near the border.",
        "A new estimate appears every month for the number of foreign fighters supposedly gathering in the north.",
    ],
)
def test_armed_men_massing_is_a_mobilisation(text):
    assert "troops" in [e.mode for e in _of(text, "MOBILIZE")]


def test_protesters_gathering_stay_a_protest():
    assert _types("Protesters gathered outside the parliament.") == ["PROTEST"]


def test_reopening_trade_with_a_neighbour_eases_a_restriction():
    assert [
        (e.type, e.mode) for e in events("Hardliners argued against reopening trade with Tehran.")
    ] == [("RETREAT", "ease")]


def test_a_label_is_no_phone_call_but_a_pejorative_label_still_accuses():
    assert "CONSULT" not in _types(
        "The council voted for more patrols, citing what it called a growing threat."
    )
    assert "ACCUSE" in _types(
        "The ministry condemned what it called a terrorist attack on the embassy."
    )


# ------------------------------------------------------------------ PLOVER classes


def test_arresting_at_another_states_request_is_cooperation():
    assert _types("Dutch police detained a suspect at the request of German prosecutors.") == [
        "COOPERATE"
    ]


def test_our_patience_is_not_unlimited_is_a_threat():
    evs = _of('"Our patience is not unlimited," the minister said.', "THREATEN")
    assert evs and evs[0].factuality == "asserted"


def test_returnees_going_home_in_a_drive_are_returns():
    assert "deport" in [
        e.mode
        for e in _of(
            "The ministry said more than 300,000 Afghans had gone home since January.", "COERCE"
        )
    ]


# ------------------------------------------------------------------ types coded beside others

# (text, types the sentence must be coded with, types it must not be coded with)
CODED = [
    # an act's result or report is no act of its own
    pytest.param(
        "The bomb exploded near the checkpoint, leaving three policemen dead.",
        {"ASSAULT"},
        {"RETREAT"},
        id="leaving_people_dead_is_a_result_not_a_withdrawal",
    ),
    pytest.param(
        "The group has stepped up attacks on police in the north.",
        {"ASSAULT"},
        {"MOBILIZE"},
        id="stepped_up_attacks_are_the_attacks",
    ),
    pytest.param(
        "The spokesman declined to say whether the army would launch strikes across the border.",
        {"ASSAULT"},
        {"REJECT", "PROTEST"},
        id="declining_to_say_is_reticence_and_the_act_asked_about_is_coded",
    ),
    pytest.param(
        "The governor announced compensation for the families of the soldiers who lost their "
        "lives.",
        set(),
        {"ASSAULT"},
        id="victims_named_in_a_relative_clause_are_no_new_attack",
    ),
    # expecting
    pytest.param(
        "Analysts expected the militants to strike again before winter.",
        {"ASSAULT"},
        {"REQUEST"},
        id="a_prediction_about_an_armed_group_is_no_demand",
    ),
    pytest.param(
        "Washington expects the Afghan government to act against the group.",
        {"REQUEST"},
        set(),
        id="expecting_a_government_to_act_is_still_a_demand",
    ),
    pytest.param(
        "The government expects the rebels to lay down their weapons.",
        {"REQUEST"},
        set(),
        id="a_government_expecting_rebels_to_disarm_still_demands_it",
    ),
    # talks and agreements
    pytest.param(
        "The ministers agreed to set up a joint commission after three days of talks in the "
        "capital.",
        {"AGREE", "CONSULT"},
        set(),
        id="talks_placed_beside_an_agreement_are_their_own_row",
    ),
    pytest.param(
        "A truce agreed at Qatari-mediated talks in Doha last month has largely held.",
        {"AGREE", "CONSULT"},
        set(),
        id="talks_placed_beside_a_truce_are_their_own_row",
    ),
    pytest.param(
        "The talks in Ankara ended without an agreement.",
        {"AGREE"},
        {"SANCTION"},
        id="talks_that_end_without_a_deal_are_a_failed_agreement_not_a_sanction",
    ),
    pytest.param(
        "Both sides pledged to set up a joint mechanism to examine complaints.",
        {"AGREE"},
        {"ACCUSE"},
        id="the_purpose_of_a_joint_body_is_no_investigation",
    ),
    pytest.param(
        "Syrian troops withdrew from positions in the valley on Saturday in line with the "
        "agreement.",
        {"RETREAT"},
        {"REJECT"},
        id="a_phrase_in_line_with_an_agreement_is_no_withdrawal_from_it",
    ),
    # acts inside what is answered
    pytest.param(
        "He rejected reports that registered refugees were being pushed out, calling them lies.",
        {"REJECT", "COERCE"},
        set(),
        id="a_denied_report_codes_the_coercion_it_reports",
    ),
    pytest.param(
        "The ministry dismissed claims that its troops had shelled border villages.",
        {"REJECT", "ASSAULT"},
        set(),
        id="a_denied_report_codes_the_assault_it_reports",
    ),
    # force, threats and forecasts
    pytest.param(
        "The army will respond to any attack with full force, the spokesman warned.",
        {"THREATEN", "ASSAULT"},
        set(),
        id="a_response_with_force_is_the_threatened_assault",
    ),
    pytest.param(
        'He warned that the armed forces "will respond to every attack with full force."',
        {"THREATEN", "ASSAULT"},
        set(),
        id="a_quoted_response_with_force_is_the_threatened_assault",
    ),
    pytest.param(
        "Uzbek and Kazakh experts have warned that it could take a third of the lake's water "
        "once it is built.",
        set(),
        {"THREATEN"},
        id="experts_warning_about_a_thing_is_a_forecast_not_a_threat",
    ),
    pytest.param(
        "The ministry warned that it would respond to any provocation.",
        {"THREATEN"},
        set(),
        id="a_state_warning_that_it_will_act_is_still_a_threat",
    ),
    # PLOVER classes
    pytest.param(
        "The senate adopted a resolution calling on Minsk to free detained protesters.",
        {"REQUEST"},
        {"AGREE"},
        id="a_resolution_is_coded_by_what_it_does",
    ),
    pytest.param(
        "Last month the Kyrgyz parliament approved a plan to send 800 more troops to the "
        "southern border.",
        {"MOBILIZE"},
        {"AGREE"},
        id="a_parliament_approving_a_deployment_plan_codes_the_deployment",
    ),
]


@pytest.mark.parametrize("text,coded,not_coded", CODED)
def test_types_coded_and_not_coded(text, coded, not_coded):
    types = set(_types(text))
    assert coded <= types and not (not_coded & types), types
