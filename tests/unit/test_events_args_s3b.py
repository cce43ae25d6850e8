"""Event arguments, round 2 (issue #5): the rules of round 1 for other words and orders —
characterisations in reported speech, answers to an accusation, named crossings, demands
with no addressee."""

from __future__ import annotations

from tests.unit._events_util import extractor  # noqa: I001  (test helper on the unit-test path)
from tests.unit._events_util import linked_with as _linked

from watchfloor.records import Actor, Place

_ATLANTIS = Actor("AAA", "Atlantis", sector="GOV", country="AAA", kind="country")
_BORDURIA = Actor("BBB", "Borduria", sector="GOV", country="BBB", kind="country")
_MINISTER = Actor("aaa-min", "Ivo Kral", sector="GOV", country="AAA", kind="person")
_ARMY_PR = Actor("AAA-PR", "Army Press Office", sector="MIL", country="AAA", parent="AAA")


def _of(evs, etype):
    return [e for e in evs if e.type == etype]


def test_a_speaker_calling_attackers_proxies_accuses_the_party_the_label_names():
    text = "Ivo Kral said the attackers were proxies of Borduria."
    linked = _linked(text, {"Ivo Kral": "aaa-min", "Borduria": "BBB"}, [_MINISTER, _BORDURIA])
    evs = _of(extractor().extract(linked), "ACCUSE")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "aaa-min"
    assert evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_a_label_with_a_demonym_accuses_that_state():
    text = 'The Army Press Office said the dead men were "Bordurian-backed terrorists".'
    linked = _linked(
        text, {"Army Press Office": "AAA-PR", "Bordurian": "BBB"}, [_ARMY_PR, _BORDURIA]
    )
    evs = _of(extractor().extract(linked), "ACCUSE")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA-PR"
    assert evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_a_foreign_state_rejecting_an_officials_accusation_answers_the_official():
    # session 14: guide §12.2 codes the minister who made "the accusation", not his state
    text = (
        "Ivo Kral said the attackers were proxies of Borduria. "
        "Borduria swiftly rejected the accusation."
    )
    linked = _linked(
        text, {"Ivo Kral": "aaa-min", "Borduria": "BBB"}, [_ATLANTIS, _MINISTER, _BORDURIA]
    )
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "aaa-min"


def test_closing_a_named_crossing_targets_the_neighbour():
    text = "Atlantis closed its main crossing for nine days after an attack by Borduria."
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "SANCTION")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_authority_types_are_validated_and_loaded():
    from watchfloor.extract.recipients import RecipientCueError, parse_cues

    assert parse_cues({"version": "1", "authority_types": ["request"]}, "t").authority_types == {
        "REQUEST"
    }
    try:
        parse_cues({"version": "1", "authority_types": ["plea"]}, "t")
    except RecipientCueError:
        pass
    else:
        raise AssertionError("an unknown type must be refused")


def test_a_demand_with_no_addressee_is_put_to_the_government_where_it_is_made():
    text = "The Zenda Front rallied in the capital on Sunday, demanding the release of prisoners."
    front = Actor("front", "Zenda Front", sector="REB", country="AAA")
    linked = _linked(text, {"Zenda Front": "front"}, [_ATLANTIS, front])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "AAA"


def test_an_international_bodys_call_with_no_addressee_stays_general():
    text = "The Relief Committee called for restraint on Sunday."
    body = Actor("relief", "Relief Committee", sector="IGO")
    linked = _linked(text, {"Relief Committee": "relief"}, [_ATLANTIS, body])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].recipient is None


def test_lawmakers_demanding_an_inquiry_address_their_government():
    text = "Opposition lawmakers walked out on Thursday, demanding a parliamentary investigation."
    assembly = Actor("AAA-NA", "Atlantis Assembly", sector="LEG", country="AAA")
    linked = _linked(text, {"lawmakers": "AAA-NA"}, [_ATLANTIS, assembly])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "AAA"


def test_one_of_two_states_demanding_with_no_addressee_demands_of_the_other():
    text = "Atlantis wants to see action on the ground, the minister said."
    linked = _linked(text, {"Atlantis": "AAA"}, [_ATLANTIS, _BORDURIA])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_a_third_states_appeal_with_no_addressee_stays_general():
    text = "Ruritania issued a similar appeal."
    ruritania = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")
    linked = _linked(text, {"Ruritania": "RRR"}, [_ATLANTIS, _BORDURIA, ruritania])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "REQUEST")
    assert evs and evs[0].recipient is None


def test_the_two_sides_with_no_earlier_exchange_are_the_articles_two_countries():
    text = "The two sides signed a memorandum to raise bilateral trade."
    linked = _linked(text, {}, [_ATLANTIS, _BORDURIA])
    linked.focus_countries = ["AAA", "BBB"]
    evs = _of(extractor().extract(linked), "AGREE")
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs
    }
    assert pairs == {("AAA", "BBB"), ("BBB", "AAA")}


def test_rejecting_media_reports_answers_the_media():
    text = "The ministry rejected media reports that Atlantis was preparing to recognise Borduria."
    linked = _linked(text, {"The ministry": "AAA"}, [_ATLANTIS, _BORDURIA])
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None and evs[0].recipient.text == "media"


def test_rejecting_a_report_answers_the_source_of_the_latest_account():
    text = (
        "Borduria said at least 1,200 people had been detained by Atlantis police. "
        "Atlantis rejected the report as one-sided."
    )
    linked = _linked(text, {"Borduria": "BBB", "Atlantis": "AAA"}, [_ATLANTIS, _BORDURIA])
    evs = _of(extractor().extract(linked), "REJECT")
    assert evs and evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_three_governments_make_one_row_each_with_the_host_as_recipient():
    text = (
        "ZENDA — Atlantis, Borduria and Ruritania signed a rail accord in Zenda. "
        "Under the accord, the three governments will set up a joint company."
    )
    ruritania = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")
    zenda = Place("p:zenda", "Zenda", kind="city", country="RRR", lat=None, lon=None)
    linked = _linked(
        text,
        {"Atlantis": "AAA", "Borduria": "BBB", "Ruritania": "RRR"},
        [_ATLANTIS, _BORDURIA, ruritania],
        {"ZENDA": zenda},
    )
    linked.focus_countries = ["AAA", "BBB", "RRR"]
    evs = [e for e in _of(extractor().extract(linked), "COOPERATE") if "three" in e.sentence]
    pairs = {
        (e.actor.id if e.actor else None, e.recipient.id if e.recipient else None) for e in evs
    }
    assert pairs == {("RRR", "AAA"), ("AAA", "RRR"), ("BBB", "RRR")}


def test_talks_a_third_state_mediated_are_between_the_two_sides():
    text = "Ruritania, which mediated talks between the two sides last year, urged restraint."
    ruritania = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")
    linked = _linked(text, {"Ruritania": "RRR"}, [_ATLANTIS, _BORDURIA, ruritania])
    linked.focus_countries = ["AAA", "BBB", "RRR"]
    evs = [e for e in _of(extractor().extract(linked), "CONSULT") if e.trigger == "mediated"]
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA"
    assert evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_a_guest_hosted_by_a_minister_meets_the_host():
    text = "Ivo Kral hosted the Bordurian foreign minister in the capital on Monday."
    guest = Actor("BBB-MOFA", "Bordurian foreign ministry", sector="GOV", country="BBB")
    linked = _linked(
        text, {"Ivo Kral": "aaa-min", "Bordurian foreign minister": "BBB-MOFA"}, [_MINISTER, guest]
    )
    evs = _of(extractor().extract(linked), "CONSULT")
    assert evs and evs[0].actor is not None and evs[0].actor.id == "BBB-MOFA"
    assert evs[0].recipient is not None and evs[0].recipient.id == "aaa-min"


def test_an_act_both_sides_committed_to_is_theirs():
    text = (
        "Atlantis and Borduria agreed to an immediate ceasefire. Both sides committed to "
        'establishing "mechanisms to consolidate lasting peace" and to meet again in Zenda.'
    )
    linked = _linked(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_ATLANTIS, _BORDURIA])
    linked.focus_countries = ["AAA", "BBB"]
    evs = [e for e in _of(extractor().extract(linked), "CONSULT") if e.trigger == "meet"]
    assert evs and evs[0].actor is not None and evs[0].actor.id == "AAA"
    assert evs[0].recipient is not None and evs[0].recipient.id == "BBB"


def test_a_date_of_another_verbs_clause_is_not_the_acts_date():
    text = "Ruritania, which hosted a transport forum in 2023, offered to join the project."
    ruritania = Actor("RRR", "Ruritania", sector="GOV", country="RRR", kind="country")
    linked = _linked(text, {"Ruritania": "RRR"}, [ruritania], published="2025-03-04")
    evs = [e for e in extractor().extract(linked) if e.trigger == "offered"]
    assert evs and evs[0].date == "2025-03-04"


def test_an_act_told_by_unnamed_witnesses_is_alleged():
    text = "Witnesses said the guards fired into the crowd."
    witnesses = Actor("prov:witnesses", "witnesses")
    linked = _linked(text, {"Witnesses": "prov:witnesses"}, [_ATLANTIS, witnesses])
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].factuality == "alleged"


def test_an_act_a_shopkeeper_describes_is_alleged():
    text = "A shopkeeper near the bank said gunmen had attacked the guards."
    linked = _linked(text, {}, [_ATLANTIS])
    evs = _of(extractor().extract(linked), "ASSAULT")
    assert evs and evs[0].factuality == "alleged"
