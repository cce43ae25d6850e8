"""Event arguments, session 21: who gives a toll ("put the death toll at five") tells of the
attack and does not do it; a perfect coordinated inside what was said ("said X condemns ... and
had asked ...") is the reported clause's act, not the speaker's; "his men" / "his forces" are the
side of the commander named before them; a passive with its own auxiliary coordinated with an
active verb ("had heard ... and had been told by X") undergoes the act; a speaker "in <Place>'s
<part>" is located in that place (also when the parser splits a hyphenated name); casualties
told for the earlier time a "since" phrase points to are not the act's. Each rule has a near
miss that must not change."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _actor(analyze, text: str, etype: str, trigger: str | None = None):
    rows = [e for e in _rows(analyze, text, etype) if trigger is None or e.trigger == trigger]
    assert rows, text
    return rows[-1].actor


# ---------------------------------------------------------------- who gives a toll


def test_giver_of_a_death_toll_is_not_the_attacker(analyze):
    text = "Hospital officials in Kunduz put the death toll at twelve."
    for e in _rows(analyze, text, "ASSAULT"):
        assert e.actor is None or "officials" not in (e.actor.text or "").lower()


def test_attackers_who_raise_their_own_attacks_keep_the_act(analyze):
    text = "The insurgents killed twelve soldiers near Kunduz."
    actor = _actor(analyze, text, "ASSAULT")
    assert actor is not None and "insurgents" in (actor.text or "").lower()


# ---------------------------------------------------------------- perfect inside a report


def test_perfect_after_reported_clause_is_the_states_act(analyze):
    text = (
        "Spokeswoman Mao Ning said China firmly opposes the bombing and had urged Pakistan to "
        "protect its workers."
    )
    actor = _actor(analyze, text, "REQUEST")
    assert actor is not None and actor.id == "CHN"


def test_simple_past_after_reported_clause_stays_the_speakers(analyze):
    text = "UNAMA said it had received reports of civilian deaths and called for an inquiry."
    actor = _actor(analyze, text, "REQUEST")
    assert actor is not None and actor.id == "unama"


# ---------------------------------------------------------------- a coordinated passive


def test_coordinated_passive_with_its_own_auxiliary_undergoes_the_act(analyze):
    text = "The shopkeeper said he had closed early and had been ordered by militants to stay home."
    rows = _rows(analyze, text, "REQUEST")
    assert rows and rows[0].actor is not None and "militants" in (rows[0].actor.text or "")


def test_coordinated_active_verb_keeps_the_shared_subject(analyze):
    text = "The envoy said Iran had reopened the crossing and had urged Kabul to free the traders."
    rows = _rows(analyze, text, "REQUEST")
    assert rows and rows[0].actor is not None and rows[0].actor.id == "IRN"
    assert rows[0].recipient is not None and rows[0].recipient.id == "taliban"


# ---------------------------------------------------------------- "his men"


def test_commanders_men_are_his_side(analyze):
    text = "A TTP commander in Bajaur said his men had ambushed a police convoy."
    actor = _actor(analyze, text, "ASSAULT")
    assert actor is not None and actor.id == "ttp"


def test_his_men_without_a_commander_are_unchanged(analyze):
    # a politician is no commander: his supporters are not given a party of the sentence
    text = "Imran Khan said his supporters would march on Islamabad."
    for e in _rows(analyze, text, "PROTEST"):
        assert e.actor is None or not e.actor.id or str(e.actor.id).startswith("prov")


# ---------------------------------------------------------------- located speakers


def test_speaker_in_a_part_of_a_city_is_in_that_city(analyze):
    text = "Shopkeepers in Quetta's Hazara Town condemned the killing."
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and rows[0].place is not None and rows[0].place.name == "Quetta"


def test_speaker_of_a_city_stays_unplaced(analyze):
    text = "Shopkeepers of Quetta condemned the killing."
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and rows[0].place is None


def test_speaker_in_a_hyphenated_place_the_parser_splits(analyze):
    text = "Community elders in Dasht-e-Barchi accused the Taliban of neglect."
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and rows[0].place is not None and rows[0].place.name == "Dasht-e-Barchi"


def test_speaker_of_a_hyphenated_place_stays_unplaced(analyze):
    text = "Community elders of Dasht-e-Barchi accused the Taliban of neglect."
    rows = _rows(analyze, text, "ACCUSE")
    assert rows and rows[0].place is None


# ---------------------------------------------------------------- casualties: "since X, when"


def test_toll_of_the_time_since_points_to_is_not_this_acts():
    from tests.unit._events_util import casualty_counts

    text = (
        "The bombing was the worst in Quetta since March 2019, when a suicide bomber killed 40 "
        "people at a market."
    )
    assert casualty_counts(text, region_from="was") == (None, None)
    assert casualty_counts(text, region_from="killed") == (40, None)


def test_toll_of_an_act_in_its_own_when_clause_is_kept():
    from tests.unit._events_util import casualty_counts

    text = "The blast came on Monday, when a suicide bomber killed 40 people at a market."
    assert casualty_counts(text, region_from="came") == (40, None)
