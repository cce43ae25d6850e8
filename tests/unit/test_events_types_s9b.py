"""Event types and modes, session 9 round 2 (lexicon 2.15): one class of news phrasing per test,
each with sentences written for the test (not taken from any gold batch)."""

from __future__ import annotations

from tests.unit._events_util import event_types as _types
from tests.unit._events_util import events_of_type as _of  # noqa: I001

from watchfloor.extract.triggers import load_lexicon


def test_lexicon_version_is_bumped():
    major, minor = (int(x) for x in load_lexicon().version.split("."))
    assert (major, minor) >= (2, 15)


# ------------------------------------------------------------------ courts


def test_a_verdict_of_guilt_is_coercion_not_an_allegation():
    text = "A military tribunal found the three officers guilty of treason on Sunday."
    rows = _of(text, "COERCE")
    assert rows and rows[0].mode == "arrest"
    assert "ACCUSE" not in _types(text)


def test_convicted_is_coercion():
    rows = _of("Four smugglers were convicted in Herat last year.", "COERCE")
    assert rows and rows[0].mode == "arrest"


def test_an_inquiry_finding_blame_stays_an_allegation():
    assert "ACCUSE" in _types("An inquiry found the border guards responsible for the deaths.")


# ------------------------------------------------------------------ refusals and offers


def test_objecting_to_a_proposal_rejects_it():
    text = "Uzbekistan objected to the proposal to move the summit to Kabul."
    types = _types(text)
    assert "REJECT" in types and "ACCUSE" not in types


def test_objecting_to_remarks_is_still_disapproval():
    assert "ACCUSE" in _types("The ministry objected to the remarks made by the consul.")


def test_an_open_crossing_is_no_offer():
    assert "AGREE" not in _types("The Ghulam Khan crossing is open again.")


# ------------------------------------------------------------------ no meeting, no attack


def test_met_with_force_promised_is_a_threat_not_a_meeting():
    text = 'The minister said any raid on the camps would be met with "overwhelming force".'
    types = _types(text)
    assert "THREATEN" in types and "CONSULT" not in types


def test_met_with_criticism_is_no_meeting():
    assert "CONSULT" not in _types("The new tariff was met with criticism from exporters.")


def test_leaving_a_building_is_no_visit():
    text = "The judge was leaving the court complex in Quetta when a bomb went off."
    assert "CONSULT" not in _types(text)


def test_leaving_for_a_capital_is_a_visit():
    assert "CONSULT" in _types("The foreign minister left for Tashkent on Monday.")


def test_choosing_violence_is_no_attack():
    text = "He said men who chose violence had no place in the tribe."
    assert "ASSAULT" not in _types(text)


def test_examining_a_crater_is_no_investigation():
    text = (
        "Forensic experts who examined the wreckage said the car had been packed with explosives."
    )
    assert "ACCUSE" not in _types(text)


# ------------------------------------------------------------------ modes


def test_shooting_a_public_figure_dead_is_a_target_killing():
    rows = _of("Gunmen shot dead a senior tribal elder outside his home in Bajaur.", "ASSAULT")
    assert rows and rows[0].mode == "targeted"


def test_shooting_several_men_dead_is_firearms():
    rows = _of("Border guards shot dead four armed smugglers near the river.", "ASSAULT")
    assert rows and rows[0].mode == "firearms"


def test_a_bomb_killing_an_official_keeps_its_instrument():
    rows = _of("A roadside bomb killed a district judge in Tank on Friday.", "ASSAULT")
    assert rows and rows[0].mode == "explosives"


def test_sheltering_militants_is_military_aid():
    rows = _of("Officials accused the province of sheltering foreign militants.", "AID")
    assert rows and rows[0].mode == "military"


def test_mediation_told_of_the_speaker_does_not_mode_the_contact():
    text = (
        "Oman, which brokered a prisoner swap between the two sides in 2024, said it was in "
        "touch with both capitals."
    )
    rows = _of(text, "CONSULT")
    assert any(r.mode is None for r in rows)


# ------------------------------------------------------------------ acts set in another's


def test_house_searches_during_detentions_are_coercion():
    text = "Troops detained nine men during house-to-house searches in the village."
    rows = _of(text, "COERCE")
    assert {r.mode for r in rows} >= {"arrest", None}


def test_a_search_operation_after_during_gets_no_row():
    text = "Police said six suspects were detained during a search operation near the camp."
    assert len(_of(text, "COERCE")) == 1


def test_sealing_off_a_village_is_a_restriction():
    rows = _of("Soldiers cordoned off the village and detained four men.", "COERCE")
    assert "restrict" in {r.mode for r in rows}


def test_a_charge_with_its_owner_is_coded_beside_its_denial():
    text = "Tehran has long rejected Afghan allegations that it mistreats migrant workers."
    types = _types(text)
    assert "REJECT" in types and "ACCUSE" in types


def test_a_bare_charge_denied_is_only_the_denial():
    assert "ACCUSE" not in _types("The ministry rejected the charge on Tuesday.")


def test_letting_a_militant_group_operate_is_military_aid():
    text = "Islamabad accused Kabul of allowing the group to regroup in Kunar."
    rows = _of(text, "AID")
    assert rows and rows[0].mode == "military"


def test_letting_a_relief_agency_operate_is_no_aid():
    assert "AID" not in _types("The council allowed the WFP to operate in the district.")


def test_calling_an_act_a_failure_is_disapproval():
    assert "ACCUSE" in _types('The senator called the jailbreak "a failure of the police".')


def test_striking_a_tone_is_no_attack():
    assert "ASSAULT" not in _types("The envoy struck a conciliatory tone in Kabul on Monday.")
