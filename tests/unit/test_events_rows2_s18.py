"""Event rows, session 18 round 2 (guide §17): a later sentence that only points back at a
charge makes no `negated` copy of the charged act (rule 1); a habitual "does not target
<class>" denial gives no attack row (rule 5); talks that ended without agreement give a
`negated` AGREE per direction (rule 7); and a clause closed by a semicolon before a denial keeps
its own factuality (§13)."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_in as _in

_SPONSORED = (
    "Gunmen killed nine passengers near Nushki on Tuesday. "
    "The Balochistan Liberation Army claimed responsibility for the attack. "
    'The interior ministry said the attack had been "planned and financed by India".'
)


def test_a_later_denial_by_reference_negates_no_support(analyze):
    rows = _rows(analyze, _SPONSORED + " India rejected the allegation as baseless.", "AID")
    assert not [e for e in rows if e.factuality == "negated"]
    assert _in(rows, "planned and financed")  # the charged support itself stays


def test_a_later_denial_that_the_act_happened_keeps_its_negated_row(analyze):
    # near-miss: the denial itself says the act did not happen (§1.7 rule 1)
    rows = _rows(
        analyze,
        "Officials said Taliban fighters detained two journalists in Kabul on Monday. "
        "The Taliban denied that anyone had been detained.",
        "COERCE",
    )
    assert [e.factuality for e in _in(rows, "denied that")] == ["negated"]


def test_habitual_denial_about_a_class_of_targets_gives_no_attack(analyze):
    text = 'The TTP "does not attack courts, mosques or public places," he said in a statement.'
    assert not _rows(analyze, text, "ASSAULT")


def test_habitual_denial_keeps_the_reject(analyze):
    text = (
        "The Taliban rejected the charge, saying its fighters "
        '"do not target vaccinators or their guards".'
    )
    assert not _rows(analyze, text, "ASSAULT")
    assert len(_rows(analyze, text, "REJECT")) == 1


def test_denial_of_a_particular_attack_keeps_its_negated_row(analyze):
    # near-miss: "anyone" is no class of targets, the act itself is denied
    rows = _rows(analyze, '"We did not attack anyone," the fisherman said.', "ASSAULT")
    assert [e.factuality for e in rows] == ["negated"]


def test_talks_ended_without_agreement_give_a_negated_agree_per_direction(analyze):
    rows = _rows(
        analyze,
        "Talks between Pakistan and the Taliban in Doha ended without a deal on Friday.",
        "AGREE",
    )
    assert {(_id(e.actor), _id(e.recipient), e.factuality) for e in rows} == {
        ("PAK", "taliban", "negated"),
        ("taliban", "PAK", "negated"),
    }


def test_talks_that_ended_with_a_deal_have_no_negated_agree(analyze):
    # near-miss: no "without"
    rows = _rows(
        analyze,
        "Talks between Pakistan and the Taliban in Doha ended on Friday.",
        "AGREE",
    )
    assert not [e for e in rows if e.factuality == "negated"]


def test_clause_closed_by_a_semicolon_keeps_its_factuality(analyze):
    rows = _rows(
        analyze,
        "Police accused the Taliban of detaining former officials; the Taliban rejected "
        "the charge.",
        "ACCUSE",
    )
    assert rows and all(e.factuality != "negated" for e in rows)


def test_content_of_the_denial_stays_negated(analyze):
    # near-miss: what the denying verb governs after it is what it denies
    rows = _rows(analyze, "The Taliban denied that its fighters had detained anyone.", "COERCE")
    assert [e.factuality for e in rows] == ["negated"]


def test_a_later_denial_saying_the_support_is_not_given_keeps_its_copy(analyze):
    # §17 rule 1: the denial sentence itself says the act does not happen
    text = (
        "Gunmen killed nine passengers near Nushki on Tuesday. The interior minister said the "
        "attack had been planned and financed by the Taliban. Taliban spokesman Zabihullah "
        "Mujahid rejected the minister's accusation, saying the Islamic Emirate "
        '"does not allow anyone to use Afghan soil against any country".'
    )
    rows = _in(_rows(analyze, text, "AID"), "rejected the minister")
    assert rows and all(e.factuality == "negated" for e in rows)


def test_victims_named_beside_other_acts_are_the_attack_again(analyze):
    text = (
        "A drone strike killed five people in Injil on Monday. "
        "Residents of Injil said two of the dead were local shepherds, a claim the Taliban denied."
    )
    rows = _in(_rows(analyze, text, "ASSAULT"), "local shepherds")
    assert sorted(e.factuality for e in rows) == ["alleged", "negated"]


def test_one_row_per_victim_group(analyze):
    text = (
        "A bomb tore through a bus in Turbat on Tuesday, killing 12 people. "
        '"Most of the dead were civilians," a spokesman told reporters in Quetta, adding that '
        "two of the victims were FC personnel."
    )
    assert len(_in(_rows(analyze, text, "ASSAULT"), "Most of the dead")) == 2


def test_what_befell_the_dead_is_no_attack(analyze):
    # near-miss: "the dead were buried" says nothing of who the victims were
    text = (
        "A drone strike killed five people in Injil on Monday. "
        "Relatives said the dead were buried on Tuesday and vowed revenge."
    )
    assert not _in(_rows(analyze, text, "ASSAULT"), "buried")


def test_charge_of_carrying_it_out_gives_the_accused_attack(analyze):
    text = (
        "Last month a drone strike on a house in Mir Ali killed three children, and villagers "
        "accused the military of carrying it out."
    )
    rows = _rows(analyze, text, "ASSAULT")
    assert len(rows) == 2
    assert any(e.actor is not None for e in rows)


def test_charge_of_covering_it_up_is_no_attack(analyze):
    # near-miss: "it" under another verb names no author of the attack
    text = (
        "Last month a drone strike on a house in Mir Ali killed three children, and villagers "
        "accused the military of covering it up."
    )
    assert len(_rows(analyze, text, "ASSAULT")) == 1
