"""One sentence in → PLOVER events out, per type/mode family."""

from __future__ import annotations

import pytest
from tests.unit._events_util import events  # noqa: I001  (test helper on the unit-test path)


def _types(text: str) -> list[str]:
    return [e.type for e in events(text)]


def test_suicide_bombing_at_market():
    evs = events(
        "A suicide bomber blew himself up at a crowded market in Peshawar on Friday, "
        "killing 12 people and wounding 30 others, police said."
    )
    assault = [e for e in evs if e.type == "ASSAULT"]
    assert len(assault) == 1
    e = assault[0]
    assert e.mode == "suicide-attack"
    assert (e.fatalities, e.injured) == (12, 30)
    assert e.place is not None and e.place.name == "Peshawar"
    assert (e.date, e.date_precision) == ("2025-02-28", "day")
    assert e.reported_by is not None and e.reported_by.text == "police"
    assert e.factuality == "asserted"
    assert "terrorism" in e.context


def test_militants_storm_police_post():
    evs = events("Militants stormed a police post in Bannu, killing four policemen.")
    assert [e.type for e in evs] == ["ASSAULT"]
    e = evs[0]
    assert e.actor is not None and e.actor.text == "Militants"
    assert e.recipient is not None and "policemen" in e.recipient.text
    assert e.fatalities == 4
    assert e.place is not None and e.place.name == "Bannu"


def test_foreign_ministers_meet_in_kabul():
    evs = events(
        "Iran's Foreign Minister Abbas Araghchi met the Taliban's acting foreign minister "
        "Amir Khan Muttaqi in Kabul on Sunday."
    )
    assert [e.type for e in evs] == ["CONSULT"]
    e = evs[0]
    assert e.mode == "meet"
    assert e.actor.text == "Abbas Araghchi"
    assert e.recipient.text == "Amir Khan Muttaqi"
    assert e.place.name == "Kabul"
    assert "diplomatic" in e.context


def test_passive_killed_by():
    evs = events("Three soldiers were killed by militants in North Waziristan.")
    e = next(e for e in evs if e.type == "ASSAULT")
    assert e.actor.text == "militants"
    assert "soldiers" in e.recipient.text
    assert e.fatalities == 3


def test_threatened_to_attack_is_threaten_not_assault():
    assert _types("The TTP threatened to attack government offices in Peshawar.") == ["THREATEN"]


def test_pledge_of_hostile_act_is_threaten():
    assert _types("The group vowed to avenge the killing of its commander.") == ["THREATEN"]


def test_will_support_is_agree():
    assert _types(
        "China will support Pakistan's efforts to stabilise the border, Wang Yi said."
    ) == ["AGREE"]


def test_will_not_accept_is_reject():
    assert _types("Iran says it will not accept any more refugees from Afghanistan.") == ["REJECT"]


def test_statement_that_another_party_must_act_is_request():
    assert _types(
        "Pakistan said the Taliban must act against militants sheltering in Afghanistan."
    ) == ["REQUEST"]


def test_said_alone_is_not_an_event():
    assert _types("The spokesman said the situation in the province was calm.") == []


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Police arrested five suspects in Quetta on Monday.", "COERCE", "arrest"),
        ("Authorities imposed a curfew in Chaman after the clashes.", "COERCE", "curfew"),
        ("Pakistan deported hundreds of Afghan refugees through Torkham.", "COERCE", "deport"),
        ("The Taliban banned women from attending medical institutes.", "COERCE", "ban"),
        ("Gunmen kidnapped two engineers in Khyber district.", "ASSAULT", "abduct"),
        ("A drone strike hit a compound in North Waziristan.", "ASSAULT", "drone"),
        ("Pakistani jets carried out airstrikes in Paktika province.", "ASSAULT", "aerial"),
        ("Pakistan condemned the attack on its embassy in Kabul.", "ACCUSE", "disapprove"),
        ("Islamabad accused Kabul of sheltering TTP militants.", "ACCUSE", "allege"),
        ("Police opened an investigation into the killing.", "ACCUSE", "investigate"),
        ("The foreign minister telephoned his Iranian counterpart on Tuesday.", "CONSULT", "phone"),
        ("Abbas Araghchi visited Kabul on Sunday.", "CONSULT", "visit"),
    ],
)
def test_modes(text, etype, mode):
    evs = [e for e in events(text) if e.type == etype]
    assert evs, f"no {etype} in {[e.type for e in events(text)]}"
    assert evs[0].mode == mode


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Pakistan and Afghanistan agreed to a ceasefire in Doha.", "AGREE"),
        ("The Taliban released 20 Pakistani prisoners.", "CONCEDE"),
        ("Pakistan reopened the Torkham crossing after three weeks.", "CONCEDE"),
        ("Hundreds of traders protested in Chaman against the border closure.", "PROTEST"),
        ("Islamabad recalled its ambassador from Kabul.", "SANCTION"),
        ("The army deployed additional troops along the border.", "MOBILIZE"),
        ("The UN called for an immediate ceasefire.", "REQUEST"),
        ("Kabul rejected the accusations as baseless.", "REJECT"),
        ("China provided humanitarian aid to earthquake victims in Herat.", "AID"),
        ("Russia formally recognised the Taliban government.", "SUPPORT"),
        ("The two countries agreed to share intelligence on militant groups.", "AGREE"),
        ("Iran and Pakistan will cooperate against smugglers, officials said.", "AGREE"),
        ("The militants withdrew from the border posts.", "RETREAT"),
        ("Pakistan warned of a strong response to any further attacks.", "THREATEN"),
    ],
)
def test_types(text, etype):
    assert etype in _types(text)


def test_joint_actors_give_one_event_each():
    evs = events("Iran and Pakistan, in a joint statement, condemned the attack in Zahedan.")
    accuse = [e for e in evs if e.type == "ACCUSE"]
    assert sorted(e.actor.text for e in accuse) == ["Iran", "Pakistan"]


def test_no_one_killed_is_negated():
    evs = events("No one was killed in the blast, officials said.")
    assert evs and all(e.factuality == "negated" for e in evs)
    assert evs[0].fatalities == 0


def test_records_carry_extractor_and_spans():
    text = "Militants attacked a checkpoint in Bannu."
    e = events(text)[0]
    assert text[e.span[0] : e.span[1]] == e.trigger == "attacked"
    assert e.extractor.startswith("watchfloor.events@")
    assert 0 < e.confidence <= 1


def test_event_records_are_plain_picklable_data(analyze):
    import pickle

    analysis = analyze(
        "Militants stormed a police post in Bannu on Tuesday, killing four policemen."
    )
    assert analysis.events
    restored = pickle.loads(pickle.dumps(analysis))
    assert restored.events[0].type == analysis.events[0].type
    assert not [k for k in vars(analysis.events[0]) if k.startswith("_")]
