"""Session-21 lexicon senses (events.yaml 2.45): a revoked sanctions waiver, forensic searches,
buildings that house people, "shown commitment", "threatened to target", proxy wars, fighting
terrorism, "went further", "pushed past", passive "which" clauses, evacuated diplomats, shops kept
shut, "gave no evidence" and "no diplomatic presence".

Each case is a fresh sentence for a construction, not one taken from the gold; every rule has a
near miss that must keep its old coding."""

from tests.unit._events_util import events, events_of_type  # noqa: I001


def _types(text: str) -> set[str]:
    return {e.type for e in events(text)}


def _modes(text: str, etype: str) -> list[str | None]:
    return [e.mode for e in events_of_type(text, etype)]


# SANCTION: revoking a waiver reimposes the sanctions


def test_revoked_waiver_is_sanction():
    text = "Last year the European Union revoked a sanctions exemption for the airline."
    types = _types(text)
    assert "SANCTION" in types and "RETREAT" not in types


def test_lifted_ban_stays_easing():
    types = _types("The government revoked the ban on night flights in March.")
    assert "SANCTION" not in types


# ACCUSE investigate: forensic teams searching a site


def test_forensic_search_investigates():
    text = "Forensic experts searched the burnt warehouse on Friday."
    assert _modes(text, "ACCUSE") == ["investigate"]


def test_troops_searching_homes_stay_coerce():
    types = _types("Soldiers searched homes in the village on Friday.")
    assert "COERCE" in types and "ACCUSE" not in types


# AID: a building that houses people gives no relief


def test_building_housing_officers_is_no_aid():
    assert "AID" not in _types("The new hostel houses sixty foreign students.")


def test_state_housing_refugees_is_aid():
    assert "AID" in _types("Iran housed thousands of displaced families after the earthquake.")


# AGREE: "shown commitment" is a reading, "expressed willingness" an offer


def test_shown_commitment_is_no_agreement():
    text = "The mediator said both delegations had shown commitment to a settlement."
    assert "AGREE" not in _types(text)


def test_expressed_willingness_stays_agreement():
    text = "The rebels expressed willingness to join a settlement."
    assert "AGREE" in _types(text)


# THREATEN: "threatened to target interests" is a threat, "threatens interests" endangers


def test_threatened_to_target_interests_is_threat():
    text = "The militant group has threatened to target Turkish interests across the region."
    assert "THREATEN" in _types(text)


def test_drought_endangering_interests_stays_none():
    assert "THREATEN" not in _types("The long drought threatens the interests of farmers.")


# AID military: waging a proxy war


def test_proxy_war_is_military_aid():
    text = 'The minister said Tehran was "waging a proxy war" against its neighbour.'
    assert _modes(text, "AID") == ["military"]


def test_declared_war_stays_threat():
    text = "The rebel commander declared war on the provincial government."
    types = _types(text)
    assert "THREATEN" in types and "AID" not in types


# ASSAULT: fighting terrorism is a policy aim


def test_fight_against_terrorism_is_no_attack():
    text = "The two ministers promised to fight terrorism and drug smuggling in the region."
    assert "ASSAULT" not in _types(text)


def test_fighting_rebels_stays_attack():
    assert "ASSAULT" in _types("Government troops fought the rebels near the dam on Sunday.")


# CONSULT: "went further" is no visit


def test_went_further_is_no_visit():
    text = "Pakistan went further in its statement, blaming India for the blast."
    types = _types(text)
    assert "CONSULT" not in types and "ACCUSE" in types


def test_minister_going_to_a_capital_stays_visit():
    text = "The foreign minister went to Tashkent for talks with his counterpart."
    assert "CONSULT" in _types(text)


# COERCE: pushing past someone expels nobody


def test_pushed_past_is_no_deportation():
    text = "A witness said a man in a black coat had pushed past him seconds before the blast."
    assert "COERCE" not in _types(text)


def test_pushing_migrants_out_stays_deportation():
    text = "Border guards pushed hundreds of migrants out of the country."
    assert _modes(text, "COERCE") == ["deport"]


# Passive "which" clauses: the noun undergoes the verb


def test_passive_which_clause_takes_its_noun_as_object():
    text = (
        "Hundreds of lorries waited at the border crossing, which had been closed by Uzbekistan"
        " on Monday."
    )
    assert "SANCTION" in _types(text)


def test_restrictive_that_clause_is_left_alone():
    text = "Engineers removed the explosives that had been planted under the bridge."
    assert "ASSAULT" not in _types(text)


# SANCTION: evacuating one's diplomats withdraws them


def test_evacuated_diplomats_are_withdrawn():
    text = "Last spring Turkey evacuated its diplomats from the capital within a week."
    types = _types(text)
    assert "SANCTION" in types and "RETREAT" not in types


def test_withdrawn_troops_stay_retreat():
    assert "RETREAT" in _types("Last spring Turkey withdrew its troops from the border town.")


# PROTEST: "they kept their shops shut" is a strike


def test_they_kept_shops_shut_is_strike():
    text = "The shopkeepers said they would keep their shops shut on Friday to mourn the victims."
    assert _modes(text, "PROTEST") == ["boycott"]


def test_schools_kept_shut_are_no_strike():
    assert "PROTEST" not in _types("They kept the schools shut for a week after the floods.")


# ACCUSE: evidence handed over charges, "gave no evidence" does not


def test_no_evidence_given_is_no_accusation():
    assert "ACCUSE" not in _types("The council gave no evidence for its claim.")


def test_evidence_shared_stays_accusation():
    assert "ACCUSE" in _types("The ministry shared evidence with the visiting envoy.")


# REJECT: "has no diplomatic presence" denies nothing


def test_no_diplomatic_presence_is_no_denial():
    assert "REJECT" not in _types("Canada has no diplomatic presence in the country.")


def test_no_presence_of_a_group_stays_denial():
    assert "REJECT" in _types("The spokesman said the group has no presence in the province.")
