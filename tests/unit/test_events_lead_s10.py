"""Lead's session-10 mends: one behaviour per test, sentences written for the test."""

from __future__ import annotations

from tests.unit._events_util import events_of_type as _of_text  # noqa: I001
from tests.unit._events_util import extractor
from tests.unit._events_util import linked_with as _linked
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_of_type as _of

from watchfloor.records import Actor, Place


def test_prisoners_freed_in_a_storming_are_the_assault_not_a_release():
    text = "Gunmen stormed the town jail on Friday night, freeing 40 inmates."
    assert _of_text(text, "ASSAULT")
    assert not _of_text(text, "RETREAT")


def test_raiders_freeing_inmates_from_a_prison_is_itself_an_assault():
    text = "Insurgents freed more than 200 inmates from the central prison on Monday."
    assaults = _of_text(text, "ASSAULT")
    assert assaults and assaults[0].mode is None
    assert not _of_text(text, "RETREAT")


def test_a_captor_releasing_hostages_stays_a_release():
    text = "The militia freed the two kidnapped engineers on Friday."
    assert _of_text(text, "RETREAT")
    assert not _of_text(text, "ASSAULT")


def test_a_figure_called_an_exaggeration_is_rejected():
    text = "Police officials called it an exaggeration."
    assert _of_text(text, "REJECT")


def test_a_rejection_with_a_calling_participle_is_one_rejection():
    text = "The ministry rejected the report, calling it an exaggeration."
    assert len(_of_text(text, "REJECT")) == 1


_POLICE = Actor("AAA-POL", "Atlantis Police", sector="COP", country="AAA")
_STATE = Actor("AAA", "Atlantis", kind="country", country="AAA")
_OTHER_STATE = Actor("BBB", "Borduria", kind="country", country="BBB")
_FRONT = Actor("front", "Liberation Front", sector="REB", country="AAA", kind="group")
_ZENTA = Place("p:zenta", "Zenta", kind="city", country="AAA", lat=None, lon=None)
_BOMBING = "A roadside bomb killed two health workers near Zenta on Monday. "


def _coded(text: str, mentions: dict[str, str], actors: list[Actor]) -> list:
    return extractor().extract(_linked(text, mentions, actors, {"Zenta": _ZENTA}))


def _charged(rows: list, kind: str = "ASSAULT") -> list:
    return [e for e in rows if e.type == kind and e.factuality == "alleged"]


def test_a_charge_naming_an_attacks_author_gives_that_partys_alleged_attack():
    text = _BOMBING + "Police blamed the Liberation Front for the attack on Tuesday."
    rows = _coded(text, {"Police": "AAA-POL", "Liberation Front": "front"}, [_POLICE, _FRONT])
    told = [e for e in rows if e.type == "ASSAULT" and e.factuality == "asserted"]
    charged = _charged(rows)
    assert told and len(charged) == 1
    assert _id(charged[0].actor) == "front"
    # the victims, weapon, place and day are those of the attack the charge is about
    assert charged[0].mode == told[0].mode
    assert charged[0].date == told[0].date
    assert _id(charged[0].recipient) == _id(told[0].recipient)


def test_the_speaker_accuses_the_party_said_to_be_behind_an_attack():
    text = _BOMBING + "Police said the Liberation Front was behind the attack."
    rows = _coded(text, {"Police": "AAA-POL", "Liberation Front": "front"}, [_POLICE, _FRONT])
    charges = _of(rows, "ACCUSE")
    assert charges and _id(charges[0].actor) == "AAA-POL"
    assert _id(charges[0].recipient) == "front"
    assert [_id(e.actor) for e in _charged(rows)] == ["front"]


def test_a_party_said_to_be_responsible_is_accused_by_the_speaker():
    text = _BOMBING + "Police said the Liberation Front was responsible for the attack."
    rows = _coded(text, {"Police": "AAA-POL", "Liberation Front": "front"}, [_POLICE, _FRONT])
    charges = _of(rows, "ACCUSE")
    assert charges and _id(charges[0].actor) == "AAA-POL"
    assert _id(charges[0].recipient) == "front"


def test_an_author_the_article_itself_names_is_no_accusation():
    text = _BOMBING + "The Liberation Front was behind the attack."
    rows = _coded(text, {"Liberation Front": "front"}, [_FRONT])
    assert not _of(rows, "ACCUSE")


def test_a_charge_of_planning_an_attack_is_support_not_the_attack():
    text = _BOMBING + "Atlantis accused Borduria of planning the attack."
    rows = _coded(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER_STATE])
    assert not _charged(rows)
    support = _charged(rows, "AID")
    assert support and _id(support[0].actor) == "BBB" and support[0].mode == "military"


def test_a_charge_without_an_earlier_attack_adds_no_act():
    text = "Police blamed the Liberation Front for the unrest."
    rows = _coded(text, {"Police": "AAA-POL", "Liberation Front": "front"}, [_POLICE, _FRONT])
    assert not _charged(rows)


def test_a_charge_made_after_an_attack_about_something_else_adds_no_attack():
    text = _BOMBING + "A day after the attack, Atlantis accused Borduria of interference."
    rows = _coded(text, {"Atlantis": "AAA", "Borduria": "BBB"}, [_STATE, _OTHER_STATE])
    assert not _charged(rows) and not _charged(rows, "AID")


def test_responsible_for_something_other_than_an_attack_is_no_charge():
    text = "Police said the Liberation Front was responsible for security in the area."
    rows = _coded(text, {"Police": "AAA-POL", "Liberation Front": "front"}, [_POLICE, _FRONT])
    assert not _of(rows, "ACCUSE")


def test_the_charge_takes_the_attack_its_noun_names():
    text = (
        "Gunmen shot dead four soldiers near Zenta on Monday. "
        "On Tuesday a bomb exploded in a market in Varo, killing six people. "
        "Police blamed the Liberation Front for the bombing."
    )
    varo = Place("p:varo", "Varo", kind="city", country="AAA", lat=None, lon=None)
    linked = _linked(
        text,
        {"Police": "AAA-POL", "Liberation Front": "front"},
        [_POLICE, _FRONT],
        {"Zenta": _ZENTA, "Varo": varo},
    )
    charged = _charged(extractor().extract(linked))
    assert len(charged) == 1
    assert charged[0].mode == "explosives"


def test_two_charges_against_one_party_give_one_alleged_attack():
    text = (
        _BOMBING
        + "Police blamed the Liberation Front for the attack. "
        + "The governor also blamed the Liberation Front for the attack."
    )
    rows = _coded(text, {"Police": "AAA-POL", "Liberation Front": "front"}, [_POLICE, _FRONT])
    assert len([e for e in _charged(rows) if _id(e.actor) == "front"]) == 1


def test_a_captor_releasing_its_own_prisoners_after_talks_stays_a_release():
    text = "Militants released 12 prisoners they had held for months after talks with elders."
    assert _of_text(text, "RETREAT")
    assert not _of_text(text, "ASSAULT")


def test_a_sentence_about_how_the_dead_are_counted_reports_no_attack():
    lead = "A suicide bomber killed 34 people at a mosque in Zenta on Friday. "
    for about_the_count in (
        "None of the casualty figures could be independently verified.",
        "The police figure counted only bodies identified at the scene.",
        "Officials said the toll could rise.",
    ):
        assert len(_of_text(lead + about_the_count, "ASSAULT")) == 1, about_the_count
    # a count of its own, or a description of the victims, is the attack told again
    assert len(_of_text(lead + "The death toll rose to 40 on Saturday.", "ASSAULT")) == 2
    assert len(_of_text(lead + "Most of the dead were day labourers.", "ASSAULT")) == 2
