"""Session-13 lexicon and attribute senses: suicide bombers setting off their own charge,
jirgas sitting between two sides, and drives or activities told as kept up (generic).

Each case is a fresh sentence for a construction the guide settles (§1.2, §1.7)."""

from tests.unit._events_util import events_of_type  # noqa: I001


def test_bomber_detonating_his_charge_is_a_suicide_attack():
    evs = events_of_type(
        "Witnesses said the bomber slipped past the guards and detonated his explosives.",
        "ASSAULT",
    )
    assert evs and evs[0].mode == "suicide-attack"


def test_attacker_blowing_himself_up_is_a_suicide_attack():
    evs = events_of_type("An attacker blew himself up outside the district office.", "ASSAULT")
    assert evs and evs[0].mode == "suicide-attack"


def test_bomb_set_off_by_militants_stays_explosives():
    evs = events_of_type("Militants detonated a roadside bomb near a police van.", "ASSAULT")
    assert evs and evs[0].mode == "explosives"


def test_jirga_meeting_is_third_party():
    evs = events_of_type(
        "A jirga of tribal elders met representatives of the two clans on Sunday.", "CONSULT"
    )
    assert evs and evs[0].mode == "third-party"


def test_campaign_to_expel_is_generic():
    evs = events_of_type(
        "The city was tense as the government pressed on with a campaign to expel migrants.",
        "COERCE",
    )
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_reported_past_progressive_is_generic():
    evs = events_of_type(
        "The envoy said the group was recruiting among young refugees in the north.",
        "MOBILIZE",
    )
    assert evs and evs[0].factuality == "generic"


def test_past_progressive_outside_a_report_stays_an_instance():
    evs = events_of_type(
        "Militants were attacking a checkpoint in Bannu when troops arrived.", "ASSAULT"
    )
    assert evs and evs[0].factuality != "generic"


def test_reported_simple_past_stays_asserted():
    evs = events_of_type("Police said gunmen attacked a checkpoint in Bannu.", "ASSAULT")
    assert evs and evs[0].factuality == "asserted"


def test_bare_act_noun_of_a_habit_is_generic():
    evs = events_of_type(
        '"Local gangs use kidnapping to raise money," said a researcher in Peshawar.', "ASSAULT"
    )
    assert evs and evs[0].factuality == "generic"


def test_statement_in_the_progressive_stays_asserted():
    evs = events_of_type("Officials said they were examining the complaint.", "ACCUSE")
    assert evs and evs[0].factuality == "asserted"


def test_speakers_own_ongoing_aid_stays_asserted():
    evs = events_of_type("The ministry said it was providing cash to returnees.", "AID")
    assert evs and evs[0].factuality == "asserted"


def test_hedge_in_a_relative_clause_does_not_doubt_the_arrest():
    evs = events_of_type(
        "Police detained three men who were allegedly planning an attack on a market.", "COERCE"
    )
    assert evs and evs[0].factuality == "asserted"


def test_urging_recognition_is_a_change_of_policy():
    evs = events_of_type(
        "The governor urged other countries to follow Russia in recognising the government.",
        "REQUEST",
    )
    assert evs and evs[0].mode == "change"


def test_accelerating_expulsions_is_coerce():
    evs = events_of_type("Iran accelerated the expulsions of undocumented migrants.", "COERCE")
    assert evs and evs[0].mode == "deport"


def test_hyphenated_mid_year_resolves_to_the_year():
    from datetime import date

    from watchfloor.extract.dates import resolve_date

    assert resolve_date("in mid-2025", date(2026, 5, 1)) == ("2025", "year")
    assert resolve_date("late-2024", date(2026, 5, 1)) == ("2024", "year")
