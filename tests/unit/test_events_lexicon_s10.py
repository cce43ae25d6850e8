"""Session-10 lexicon senses: border closures, new forces, promised responses, concessions.

Each case is a construction the guide settles (§1.2 type table), written as a fresh sentence
rather than copied from a gold set."""

from tests.unit._events_util import event_types, events_of_type  # noqa: I001


def test_sealed_crossing_is_sanction_not_siege():
    types = event_types("The border crossing was sealed after the clash on Friday.")
    assert "SANCTION" in types
    assert not events_of_type("Officials said the Chaman gates were shut on Sunday.", "ASSAULT")


def test_sealing_off_an_area_stays_coerce():
    assert "COERCE" in event_types("Police sealed off the area after the blast.")


def test_raising_a_force_is_mobilize():
    evs = events_of_type("The province has raised a new police force of 5,000 men.", "MOBILIZE")
    assert evs and evs[0].mode == "troops"


def test_raising_concerns_is_no_mobilize():
    assert not events_of_type("The delegation raised concerns about the new rules.", "MOBILIZE")


def test_distancing_from_an_attack_is_reject():
    assert "REJECT" in event_types("The group distanced itself from the bombing in Quetta.")


def test_promised_response_is_a_threat():
    evs = events_of_type(
        "The spokesman said Kabul would respond at a time of its choosing.", "THREATEN"
    )
    assert evs and evs[0].mode == "violence"


def test_answering_a_letter_is_no_threat():
    assert not events_of_type("The ministry said it would respond to the letter soon.", "THREATEN")


def test_not_hesitating_to_act_is_a_threat():
    text = "Islamabad said it would not hesitate to act against the militants' handlers."
    assert "THREATEN" in event_types(text)


def test_accepting_rules_is_concede():
    types = event_types("Border officials accepted the new visa rules on Monday.")
    assert "CONCEDE" in types and "AGREE" not in types


def test_expecting_results_is_a_request():
    assert "REQUEST" in event_types("Beijing expects concrete results from the inquiry.")


def test_unhelpful_label_is_accuse():
    assert "ACCUSE" in event_types('The spokesman called the remark "unhelpful" on Tuesday.')


def test_scores_of_attacks_reports_the_attacks():
    assert "ASSAULT" in event_types("Since then the group has carried out scores of attacks.")


def test_passive_permission_is_no_concession():
    text = "The statement said travellers would be allowed to cross only with a passport."
    types = event_types(text)
    assert "CONCEDE" not in types and "AGREE" not in types
    assert "CONCEDE" in event_types("The Taliban allowed girls to return to primary school.")
