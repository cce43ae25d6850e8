"""Lexicon breadth: common news phrasings per PLOVER type (CAMEO verb classes), one sentence each.

The sentences are generic news English written from the type definitions, not taken from any
gold set; each checks that the highest-confidence event has the expected type.
"""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)

CASES = [
    # ASSAULT (CAMEO 18-20)
    ("ASSAULT", "A patrol came under fire in the mountains."),
    ("ASSAULT", "Government forces retaliated with artillery fire."),
    ("ASSAULT", "The army inflicted heavy losses on the rebels."),
    ("ASSAULT", "The rebels are waging a guerrilla war against the government."),
    ("ASSAULT", "Troops surrounded the rebel-held town."),
    ("ASSAULT", "Militants planted a bomb under the bridge."),
    ("ASSAULT", "Militiamen went on a rampage in the village."),
    ("ASSAULT", "Rebels seized control of the district headquarters."),
    ("ASSAULT", "The police baton-charged the protesters."),
    # COERCE (CAMEO 17)
    ("COERCE", "The court handed down death sentences to three men."),
    ("COERCE", "The coast guard intercepted a boat carrying drugs."),
    ("COERCE", "Authorities placed the opposition leader under house arrest."),
    ("COERCE", "A judge issued an arrest warrant for the former president."),
    # MOBILIZE (CAMEO 15)
    ("MOBILIZE", "Iran test-fired a ballistic missile."),
    ("MOBILIZE", "The army called up 50,000 reservists."),
    ("MOBILIZE", "The navy put its fleet on standby."),
    # SANCTION (CAMEO 16)
    ("SANCTION", "The government banned imports of goods from its neighbour."),
    ("SANCTION", "Iraq ordered the expulsion of two British diplomats."),
    ("SANCTION", "The country withdrew its ambassador in protest."),
    ("SANCTION", "The bloc imposed travel bans on senior officials."),
    # REJECT (CAMEO 12)
    ("REJECT", "The opposition boycotted the parliamentary session."),
    ("REJECT", "Moscow voiced opposition to the plan."),
    # PROTEST (CAMEO 14)
    ("PROTEST", "Lawyers boycotted the courts in protest against the arrest."),
    ("PROTEST", "Crowds burned effigies of the president."),
    # ACCUSE (CAMEO 11)
    ("ACCUSE", "The opposition alleged massive fraud in the elections."),
    ("ACCUSE", "The former minister was put on trial for corruption."),
    ("ACCUSE", "The president insulted the opposition leader in a speech."),
    # REQUEST (CAMEO 02, 10)
    ("REQUEST", "The minister persuaded the rebels to release the hostages."),
    # AGREE (CAMEO 03)
    ("AGREE", "The government gave the green light to the peace talks."),
    ("AGREE", "The rebels put forward a proposal for a ceasefire."),
    # THREATEN (CAMEO 13)
    ("THREATEN", "The group declared war on the government."),
    # COOPERATE (CAMEO 06)
    ("COOPERATE", "Pakistan extradited the suspect to Saudi Arabia."),
    ("COOPERATE", "The two armies conducted joint patrols along the border."),
    ("COOPERATE", "The two intelligence services have exchanged information on the suspects."),
    ("COOPERATE", "Britain handed over the fugitive to the Spanish authorities."),
    # AID (CAMEO 07)
    ("AID", "Rescue teams evacuated hundreds of families from the flooded villages."),
    ("AID", "Turkey dispatched medical teams to the quake zone."),
    ("AID", "The UN lent $5 million to the relief agency."),
    # SUPPORT (CAMEO 05)
    ("SUPPORT", "The party threw its support behind the candidate."),
    ("SUPPORT", "The government sent a message of condolence to the victims' families."),
    # CONCEDE (CAMEO 08)
    ("RETREAT", "The kidnappers freed the engineer unharmed."),
    # RETREAT
    ("RETREAT", "The rebels pulled back from the outskirts of the city."),
    ("RETREAT", "Troops began pulling out of the southern region."),
    # Lexicon 2.2: constructions and argument structure rather than single verbs.
    ("COOPERATE", "Coast guards of the two states jointly intercepted a smuggling boat."),
    ("COOPERATE", "The two police forces worked together to find the missing girl."),
    ("RETREAT", "The navy returned the captured trawler and its fishermen to their port."),
    ("CONCEDE", "The council scrapped the planned tax hike after a week of anger."),
    ("COERCE", "Customs officers seized rifles and grenades from a lorry."),
    ("COERCE", "The regime stripped the exiled writer of his nationality."),
    ("CONSULT", "Union leaders sat down for negotiations with the mine owners."),
    ("PROTEST", "Bus drivers walked off the job over unpaid wages."),
    ("PROTEST", "Students set tyres ablaze on the ring road."),
    ("AID", "The small island nation has taken in thousands of refugees."),
    ("AID", "Local volunteers helped the villagers escape from the floods."),
    ("THREATEN", "The rebel leader vowed revenge for the death of his brother."),
    ("THREATEN", "The kidnappers gave the family three days to pay the ransom."),
    ("THREATEN", "The army said it would defend the country's borders at any cost."),
    ("SUPPORT", "The security council endorsed the truce deal unanimously."),
    ("SUPPORT", "Regional leaders rallied behind the embattled president."),
    ("SUPPORT", "The ruling coalition approved the nomination of the new army chief."),
    ("RETREAT", "Dozens of insurgents gave themselves up to the police."),
    ("RETREAT", "The militia handed over its rifles to the peacekeepers."),
    ("REJECT", "The senate voted against the proposed amendment."),
    ("ACCUSE", "Critics slammed the minister for his handling of the crisis."),
    ("SANCTION", "The island state withdrew from the regional trade bloc."),
    ("SANCTION", "The country pulled its election observers out of the neighbouring state."),
    ("MOBILIZE", "The navy staged drills near the disputed islands."),
    ("ASSAULT", "Riot police used tear gas on the marchers."),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_top_event_type(expected: str, text: str) -> None:
    evs = sorted(events(text), key=lambda e: -e.confidence)
    assert evs, f"no event in {text!r}"
    assert evs[0].type == expected, [(e.type, e.trigger, e.confidence) for e in evs]


def test_pulling_out_of_a_deal_is_not_a_retreat() -> None:
    assert "RETREAT" not in [e.type for e in events("The country pulled out of the nuclear deal.")]


def test_evacuating_troops_is_not_aid() -> None:
    types = [e.type for e in events("The army evacuated its troops from the besieged base.")]
    assert "AID" not in types


def test_according_to_is_not_an_argument() -> None:
    # "according" lemmatises to "accord"; the source phrase must not make "walked" a REJECT
    types = [e.type for e in events("The gunman walked into the hall, according to a witness.")]
    assert "REJECT" not in types


def test_adjunct_agreement_does_not_type_the_act() -> None:
    # "under a deal" sets the scene: the pull-out is still a military retreat
    evs = sorted(
        events("The fighters pulled out of the valley under a local deal."),
        key=lambda e: -e.confidence,
    )
    assert evs and evs[0].type == "RETREAT"


def test_ruling_party_is_not_a_rejection() -> None:
    types = [e.type for e in events("The ruling party praised the court.")]
    assert "REJECT" not in types


def test_protest_note_is_not_a_release() -> None:
    types = [e.type for e in events("Delhi summoned the envoy and handed him a protest note.")]
    assert "CONCEDE" not in types


def test_pledged_refusal_is_a_rejection() -> None:
    evs = events("The party vowed to resist any attempt to delay the vote.")
    assert [e.type for e in evs] == ["REJECT"]


def test_promised_sanction_is_a_threat() -> None:
    evs = events("The ministry said it would impose tariffs on imported cars if talks failed.")
    assert evs and evs[0].type == "THREATEN"


def test_forecast_warning_is_no_threat() -> None:
    assert not events("Economists warned that inflation was rising faster than wages.")


def test_warning_of_force_stays_a_threat() -> None:
    evs = events("The general warned that any incursion would be met with force.")
    assert evs and evs[0].type == "THREATEN"


def test_background_clause_ranks_below_main_event() -> None:
    evs = sorted(
        events(
            "The country announced a suspension of flights to its neighbour on Monday, "
            "two days after rebels shot down an airliner."
        ),
        key=lambda e: -e.confidence,
    )
    assert evs and evs[0].type == "SANCTION"


def test_call_for_clause_is_a_request() -> None:
    # "for" is parsed as the mark of the clause, not as a preposition of "called"
    evs = sorted(
        events("The bishops called for prisoners to be freed before the holiday."),
        key=lambda e: -e.confidence,
    )
    assert evs and evs[0].type == "REQUEST"


def test_distinct_coercive_acts_stay_separate() -> None:
    evs = events("Police imposed a curfew on the town and detained twelve youths.")
    assert [e.type for e in evs].count("COERCE") == 2


def test_expecting_another_party_to_act_is_a_request() -> None:
    # "expects X to V" is parsed with X as the subject of an infinitival clause
    evs = sorted(
        events("The government expects the rebels to lay down their weapons."),
        key=lambda e: -e.confidence,
    )
    assert evs and evs[0].type == "REQUEST"


def _top_type(text: str) -> str | None:
    evs = sorted(events(text), key=lambda e: -e.confidence)
    return evs[0].type if evs else None


def test_being_expected_to_meet_is_not_a_request() -> None:
    # the passive "is expected to" forecasts the meeting; nobody is asked to do anything
    types = [
        e.type
        for e in events("The Kremlin is expected to discuss the proposal at a meeting next week.")
    ]
    assert "REQUEST" not in types
    assert "CONSULT" in types


def test_offering_to_host_talks_is_a_request() -> None:
    assert (
        _top_type("Norway offered to host talks between the two governments in Oslo.") == "REQUEST"
    )
    # offering to mediate is a pledge of the offerer's own role (lexicon 2.29: gold fresh13,
    # fresh15 code it AGREE)
    assert _top_type("Turkey offered to mediate between the rivals.") == "AGREE"
    # an offer of goods is still not a request
    assert _top_type("The ministry offered 500 tonnes of flour to the province.") != "REQUEST"


def test_listing_by_a_sanctions_body_is_a_sanction() -> None:
    assert (
        _top_type("Two financiers of the group were added to the list of designated terrorists.")
        == "SANCTION"
    )


def test_suspending_a_licence_is_a_sanction() -> None:
    assert _top_type("The regulator suspended the licence of the trading firm.") == "SANCTION"


def test_branding_words_as_lies_or_interference_is_an_accusation() -> None:
    assert _top_type('"These people spread lies from abroad," the minister said.') == "ACCUSE"
    assert (
        _top_type('The spokesman said the sanctions were "interference in our internal affairs".')
        == "ACCUSE"
    )
    assert _top_type("The envoy said the report was propaganda of hostile services.") == "ACCUSE"


def test_frozen_assets_are_a_sanction() -> None:
    assert _top_type("The bank accounts of the charity were frozen last week.") == "SANCTION"
    assert _top_type("Any assets the two men hold in the country are frozen.") == "SANCTION"


def test_terms_of_an_accord_keep_their_type() -> None:
    # an agreement's term is the planned act itself; a bare "will" is still a pledge
    assert (
        _top_type(
            "Under the accord, the two states will set up a joint company to build the pipeline."
        )
        == "COOPERATE"
    )
    assert _top_type("The two states will set up a joint company to build the pipeline.") == "AGREE"


def test_pejorative_label_is_an_accusation_but_a_name_is_not() -> None:
    assert (
        _top_type(
            'The army described the slain men as "terrorists", a term it uses for the rebels.'
        )
        == "ACCUSE"
    )
    assert (
        _top_type('The ministry called the raids a "flagrant violation" of its sovereignty.')
        == "ACCUSE"
    )
    types = [
        e.type
        for e in events(
            "The army is fighting the TTP, which the government calls Fitna al-Khawarij."
        )
    ]
    assert "ACCUSE" not in types


def test_being_concerned_by_reports_is_disapproval() -> None:
    assert (
        _top_type('The UN mission said it was "deeply concerned" by reports of abuses.') == "ACCUSE"
    )
    assert _top_type("The US said Washington remained concerned about terrorist groups.") is None


def test_disputing_a_figure_is_a_rejection() -> None:
    assert _top_type("Villagers disputed the official toll.") == "REJECT"
    # criticising a decision remains disapproval
    assert _top_type("The minister questioned the decision to close the school.") == "ACCUSE"


def test_encouraging_a_course_is_support() -> None:
    assert _top_type("Japan has encouraged the shift.") == "SUPPORT"


def test_deepening_engagement_is_cooperation() -> None:
    assert _top_type("Beijing has deepened its engagement with the junta.") == "COOPERATE"


def test_blaming_a_neighbour_is_an_accusation() -> None:
    assert (
        _top_type("The premier blamed the neighbouring country for the floods of refugees.")
        == "ACCUSE"
    )


def test_offer_to_host_after_an_adjunct_is_a_request() -> None:
    # the parser hangs "to host" on the verb as an adverbial clause after "on Tuesday"
    assert (
        _top_type(
            "Chile's Foreign Ministry offered on Tuesday to host talks between the two sides in Santiago."
        )
        == "REQUEST"
    )


def test_arrest_warrant_is_also_a_charge() -> None:
    # issuing a warrant charges the person named: ACCUSE next to the (top) COERCE arrest
    evs = sorted(
        events("A tribunal issued an arrest warrant for the deposed governor."),
        key=lambda e: -e.confidence,
    )
    assert [e.type for e in evs][:2] == ["COERCE", "ACCUSE"], [(e.type, e.trigger) for e in evs]
    assert "ACCUSE" in [
        e.type for e in events("Prosecutors filed an indictment against the mayor.")
    ]


def test_blame_set_against_a_demand_is_an_accusation() -> None:
    # "X should … instead of blaming Y": the speaker says X blames Y, and advises X too; the
    # later gold codes the advice as a REQUEST beside the ACCUSE (gold/fresh11 README; the
    # demo/news gold of lexicon 2.7 coded the rebuke alone)
    for text in (
        "The minister said Chile should fix its own problems instead of blaming Peru.",
        "He added that Chile should look inward rather than blame its neighbours.",
    ):
        types = [e.type for e in events(text)]
        assert "ACCUSE" in types and "REQUEST" in types, (text, types)
    assert "REQUEST" in [
        e.type for e in events("He urged Chile to look inward rather than blame Peru.")
    ]
    assert "ACCUSE" not in [
        e.type for e in events("The minister said Chile should stop the raids.")
    ]
