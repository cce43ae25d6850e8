"""Charges, session 17 (guide §11 "Charges about who carried out, sponsored or sheltered an
attack", §13): "allowing X to operate" supports X; a passive sponsoring charge ("the attack had
been planned and financed by India") gives one AID row per mode, aimed at the attackers as a
condemnation would name them; "the attackers had been trained in ..." supports the claimant; a
later denial by reference negates nothing (guide §17 rule 1); "condemned the killings as the work of X"
charges X with the attack; and a bare blame its accused denies gives the alleged and the
`negated` attack."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_id as _id
from tests.unit._events_util import rows_in as _in

_ATTACK = (
    "Gunmen killed nine passengers near Nushki on Tuesday. "
    "The Balochistan Liberation Army claimed responsibility for the attack. "
)
_SPONSORED = (
    _ATTACK + 'The interior ministry said the attack had been "planned and financed by India".'
)


def test_allowing_a_group_to_operate_supports_that_group(analyze):
    rows = _rows(
        analyze,
        "Taliban officials have accused Pakistan of allowing IS-K to train on its territory.",
        "AID",
    )
    assert [(_id(e.actor), _id(e.recipient)) for e in rows] == [("PAK", "iskp")]


def test_allowing_no_one_is_no_support(analyze):
    # near-miss: a pledge that no one may use the soil supports nobody
    rows = _rows(
        analyze,
        "Mujahid said Kabul does not allow anyone to use its territory against Iran.",
        "AID",
    )
    assert not [e for e in rows if e.factuality != "negated"]


def test_planned_and_financed_by_a_state_gives_one_row_per_mode(analyze):
    rows = _in(_rows(analyze, _SPONSORED, "AID"), "planned and financed")
    assert sorted(e.mode for e in rows) == ["economic", "military"]
    assert {(_id(e.actor), _id(e.recipient), e.factuality) for e in rows} == {
        ("IND", "bla", "alleged")
    }
    assert all(e.place is None for e in rows)


def test_attacks_in_general_planned_abroad_are_no_sponsor_charge(analyze):
    # near-miss: no attack in particular is charged
    rows = _rows(
        analyze,
        _ATTACK + "Officials say attacks on their soil are planned from Afghanistan.",
        "AID",
    )
    assert not _in(rows, "planned from")


def test_the_charged_state_denying_later_negates_nothing(analyze):
    # guide §17 rule 1 (session 18): a later denial by reference gets its REJECT only, no
    # `negated` copy of the support charged in an earlier sentence
    rows = _rows(analyze, _SPONSORED + " India rejected the allegation as baseless.", "AID")
    assert not _in(rows, "India rejected")
    assert not [e for e in rows if e.factuality == "negated"]


def test_a_denial_by_another_party_negates_nothing(analyze):
    # near-miss: the group said to be backed is not the side the support charge accuses
    rows = _rows(analyze, _SPONSORED + " The BLA rejected the allegation as baseless.", "AID")
    assert not [e for e in rows if e.factuality == "negated"]


def test_the_attackers_trained_abroad_are_the_claimant(analyze):
    rows = _rows(
        analyze,
        "Militants stormed a police station in Bannu on Monday, killing four policemen. "
        "The Tehreek-e-Taliban Pakistan claimed responsibility for the attack. "
        "Naqvi said the attackers had been trained in Afghanistan.",
        "AID",
    )
    trained = _in(rows, "trained")
    assert trained and _id(trained[0].recipient) == "ttp"


def test_the_attackers_of_an_unclaimed_attack_stay_unnamed(analyze):
    # near-miss: with no claimant and no named doer the attackers keep their description
    rows = _rows(
        analyze,
        "Militants stormed a police station in Bannu on Monday, killing four policemen. "
        "Naqvi said the attackers had been trained in Afghanistan.",
        "AID",
    )
    trained = _in(rows, "trained")
    assert trained and trained[0].recipient is not None
    assert trained[0].recipient.text == "Militants"


_WORK_OF = (
    "Gunmen killed nine passengers near Nushki on Tuesday. "
    'The chief minister condemned the killings as the work of "Fitna al-Hindustan" and vowed '
    "that those responsible would be hunted down."
)


def test_condemned_as_the_work_of_a_group_charges_it_with_the_attack(analyze):
    result = analyze(_WORK_OF, published="2026-02-11")
    charges = [e for e in result.events if e.type == "ACCUSE" and e.mode == "allege"]
    assert [_id(e.recipient) for e in charges] == ["bla"]
    alleged = [e for e in result.events if e.type == "ASSAULT" and e.factuality == "alleged"]
    assert [_id(e.actor) for e in alleged] == ["bla"]
    vows = [e for e in result.events if e.type == "THREATEN"]
    assert vows and _id(vows[0].recipient) == "bla"


def test_condemned_as_a_cowardly_act_charges_no_one(analyze):
    # near-miss: "as" names what the act was, not who did it
    result = analyze(
        "Gunmen killed nine passengers near Nushki on Tuesday. "
        "The chief minister condemned the killings as a cowardly act.",
        published="2026-02-11",
    )
    assert not [e for e in result.events if e.type == "ACCUSE" and e.mode == "allege"]
    assert not [e for e in result.events if e.type == "ASSAULT" and e.factuality == "alleged"]


_BLAME = (
    "A roadside bomb struck a convoy of travellers near Bagan on Thursday, killing 19 people. "
    "Many residents blamed Lashkar-e-Jhangvi, a banned sectarian group, which denied any "
    "involvement."
)


def test_a_bare_blame_its_accused_denies_gives_the_alleged_and_the_negated_attack(analyze):
    rows = _in(_rows(analyze, _BLAME, "ASSAULT", published="2026-01-24"), "blamed")
    assert sorted(e.factuality for e in rows) == ["alleged", "negated"]
    assert {_id(e.actor) for e in rows} == {"lashkar-e-jhangvi"}
    denials = _rows(analyze, _BLAME, "REJECT", published="2026-01-24")
    assert denials and denials[0].recipient is not None


def test_blaming_in_a_gerund_charges_no_attack(analyze):
    # near-miss: "by blaming Afghanistan" is a retort, not a charge of the attack
    rows = _rows(
        analyze,
        "A roadside bomb struck a convoy near Bagan on Thursday, killing 19 people. "
        'Mujahid said Pakistan\'s failures "cannot be hidden by blaming Afghanistan".',
        "ASSAULT",
        published="2026-01-24",
    )
    assert not _in(rows, "blaming")
