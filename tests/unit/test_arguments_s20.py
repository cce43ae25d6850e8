"""Event arguments and casualty counts, session 20: a subject the parser strands on "have" when a
time phrase splits it from the participle ("have in the past accused"); a passive's subject,
however labelled, and the noun of a reduced relative ("300 people flogged") undergo the act;
"some of whom" stands for the noun before it; an act noun's owner ("Its bombing") and the party
"behind" an act do it; who "began a sit-in" holds it. Casualties: a second object of a killing
verb is an appositive, "12 of the 50 wounded" counts the 50, and people "treated for burns"
are injured. Each rule has a near miss that must not change."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import casualty_counts as _counts


def _actor(analyze, text: str, etype: str, trigger: str | None = None) -> str | None:
    rows = [e for e in _rows(analyze, text, etype) if trigger is None or e.trigger == trigger]
    assert rows, text
    actor = rows[-1].actor
    return (actor.text or actor.name or "").lower() if actor is not None else None


# ---------------------------------------------------------------- "have in the past <verb>"


def test_subject_left_on_have_before_a_time_phrase(analyze):
    text = "Iranian officials have in the past accused Pakistan of sheltering militants."
    assert "officials" in (_actor(analyze, text, "ACCUSE") or "")


def test_stranded_participle_keeps_what_its_object_is_about(analyze):
    text = "Uzbek officials have in the past voiced concern about militants in Afghanistan."
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and rows[0].recipient is not None
    assert "militants" in (rows[0].recipient.text or "").lower()


def test_has_in_the_past_read_as_a_modifier(analyze):
    text = "Turkey has in the past moved troops to the border during crises."
    assert _actor(analyze, text, "MOBILIZE") == "turkey"


def test_plain_perfect_keeps_its_subject(analyze):
    text = "Turkey has moved troops to the border during crises."
    assert _actor(analyze, text, "MOBILIZE") == "turkey"


# ---------------------------------------------------------------- passive subjects


def test_with_absolute_participle_subject_is_the_victim(analyze):
    text = (
        "Attacks rose after the militants ended a truce with the government, with more than 120 "
        "officers killed in the province last year."
    )
    assert "officers" not in (_actor(analyze, text, "ASSAULT", "killed") or "")


def test_active_killing_keeps_its_subject(analyze):
    text = "Militants killed more than 80 soldiers since January."
    assert _actor(analyze, text, "ASSAULT", "killed") == "militants"


def test_relative_pronoun_of_a_passive_is_no_doer(analyze):
    text = (
        "Officials said the commander, who they said had been killed in a raid in Kunar, led "
        "the cell."
    )
    assert "commander" not in (_actor(analyze, text, "ASSAULT", "killed") or "")


def test_reduced_relative_tagged_past_tense_is_a_participle(analyze):
    text = "The monitors recorded 300 people flogged in public in Kandahar."
    assert _actor(analyze, text, "ASSAULT", "flogged") is None


def test_finite_flogging_keeps_its_doer(analyze):
    text = "The monitors said Taliban courts flogged 300 people in public in Kandahar."
    assert "taliban" in (_actor(analyze, text, "ASSAULT", "flogged") or "")


# ---------------------------------------------------------------- "some of whom"


def test_some_of_whom_is_the_noun_before_it(analyze):
    text = (
        "Funerals for the two guards were held in Quetta, attended by officials and hundreds of "
        "residents, some of whom chanted slogans against the government."
    )
    assert _actor(analyze, text, "PROTEST") == "residents"


def test_plain_protesters_unchanged(analyze):
    text = "Hundreds of farmers chanted slogans against the governor."
    assert _actor(analyze, text, "PROTEST") == "farmers"


# ---------------------------------------------------------------- owners of acts


def test_possessive_of_an_act_noun_is_the_doer(analyze):
    # with no antecedent for "Its" the row has no doer, not the worshippers bombed
    text = "Its bombing of Shia worshippers at a mosque in Herat killed 14 people."
    assert "worshippers" not in (_actor(analyze, text, "ASSAULT", "killed") or "")


def test_named_possessive_unchanged(analyze):
    text = "The Taliban's bombing of the market killed 14 people."
    assert _actor(analyze, text, "ASSAULT", "killed") == "taliban"


def test_party_behind_an_act_did_it(analyze):
    text = "Police arrested three members of the IS-K cell behind the bombing of the shrine."
    assert _actor(analyze, text, "ASSAULT", "bombing") == "is-k"


def test_near_the_shrine_names_no_doer(analyze):
    text = "Police arrested three members of the IS-K cell near the shrine after the bombing."
    rows = [e for e in _rows(analyze, text, "ASSAULT") if e.trigger == "bombing"]
    assert all(e.actor is None for e in rows)


def test_who_begins_a_sit_in_holds_it(analyze):
    text = "Traders began a sit-in outside the governor's office in Quetta."
    assert _actor(analyze, text, "PROTEST") == "traders"


def test_a_sit_in_that_began_has_no_doer(analyze):
    text = "A sit-in began outside the governor's office in Quetta."
    assert _actor(analyze, text, "PROTEST") is None


def test_demand_of_a_staged_sit_in_is_its_stagers(analyze):
    text = "On Tuesday tribal elders began a sit-in demanding to know who had ordered the raid."
    assert _actor(analyze, text, "REQUEST") == "elders"


def test_demand_of_a_protest_broken_up_is_not_the_police(analyze):
    text = "Police broke up a protest demanding that the government reopen the crossing."
    assert _actor(analyze, text, "REQUEST") is None


# ---------------------------------------------------------------- casualties


def test_second_object_is_an_appositive_not_a_victim():
    text = (
        'Troops raided a compound, killing nine "khawarij", the term the army uses for militants.'
    )
    assert _counts(text) == (9, None)


def test_two_victim_groups_still_add_up():
    assert _counts("Troops raided a compound, killing nine militants and a policeman.") == (
        10,
        None,
    )


def test_part_of_the_wounded_counts_the_whole():
    text = (
        "Dr Khan, a hospital spokesman, said 19 bodies had been received by the evening and that "
        "nine of the more than 40 wounded were in critical condition."
    )
    assert _counts(text, region_from="wounded") == (None, 40)


def test_killing_one_of_two_guards_counts_one():
    assert _counts("The attackers killed one of the two guards at the gate.") == (1, None)


def test_treated_for_burns_are_injured():
    assert _counts("Five people were being treated for burns after the blast.") == (None, 5)


def test_treated_at_a_hospital_names_no_injury():
    assert _counts("Five people were treated at the hospital after the blast.") == (None, None)


# ---------------------------------------------------------------- speakers of coordinated acts


def test_chain_of_coordinated_verbs_ends_with_the_speakers_demand(analyze):
    text = (
        "The envoys said the Islamic State remained a threat and was recruiting fighters in the "
        "north, and called on the Taliban to act against the group."
    )
    assert _actor(analyze, text, "REQUEST") == "envoys"


def test_reported_recruiting_stays_the_groups(analyze):
    text = (
        "The envoys said the Islamic State remained a threat and was recruiting fighters in the "
        "north."
    )
    assert "islamic state" in (_actor(analyze, text, "MOBILIZE") or "")
