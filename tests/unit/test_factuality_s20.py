"""Session-20 factuality and date rules.

* A whole organisation told beaten ("the Islamic State had been crushed", "have defeated the
  group") is `generic` (guide §16 rule 2); a count of people eliminated is one operation's toll.
* A report's documenting verb in the present ("the report estimates") is the statement of the
  day, and one under a dated "said" ("said on Monday it had recorded 210 arrests since
  January") gives the report's findings, not a record kept up.
* A date inside "since <event> in <date>" starts a span and does not date the act.
* A state's account of killing the attackers of the incident is routine sourcing (asserted).
* The release of a report's findings does not date the abuses the next sentences describe.
* "has in the past <done>" is an undated record: `generic` (guide §13 rule 3).
* "both attacks" are two particular events, not a sum of many.
* "added/pledged/predicted that X would <act>" is `future` like "said that X would".
* A pronoun speaker ("It urged ...") right after "X said in a statement on Tuesday" speaks on
  Tuesday; a future act takes no incident place; a declaration "adopted by" the members is of
  the meeting's day; plural restrictions/bans in force are `generic`.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events, events_only_pipeline  # noqa: I001


def _by_trigger(text: str, word: str, published: str = "2026-03-12") -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def _analyzed(text: str, word: str, sentence_word: str | None = None) -> list:
    analysis = events_only_pipeline().analyze(
        text, published="2026-03-12T08:00:00+05:00", title="x"
    )
    return [
        e
        for e in analysis.events
        if e.trigger.lower().startswith(word)
        and (sentence_word is None or sentence_word in e.sentence)
    ]


def test_group_crushed_is_generic():
    evs = _by_trigger(
        "A Taliban spokesman said the Islamic State had been crushed in Nangarhar.", "crushed"
    )
    assert evs and all(e.factuality == "generic" and e.date is None for e in evs)


def test_counted_militants_eliminated_not_generic():
    evs = _by_trigger(
        "The army said troops had eliminated 14 militants in Khyber on Monday.", "eliminated"
    )
    assert evs and all(e.factuality != "generic" for e in evs)


def test_report_estimates_in_present_is_asserted():
    evs = _by_trigger(
        "The panel's latest report estimates that the group has about 3,000 fighters in Kunar.",
        "estimates",
    )
    assert evs and all(e.type == "ACCUSE" and e.factuality == "asserted" for e in evs)


def test_material_act_in_present_stays_generic():
    evs = _by_trigger("The militia recruits fighters in the villages of Kunar.", "recruits")
    assert evs and all(e.factuality == "generic" for e in evs)


def test_findings_recorded_under_dated_say_are_asserted():
    evs = _by_trigger(
        "The UN mission said on Monday that it had recorded 210 arbitrary arrests of former "
        "officials since January.",
        "recorded",
    )
    assert evs and all(e.factuality == "asserted" and e.date == "2026-03-09" for e in evs)


def test_documented_record_without_statement_stays_generic():
    evs = _by_trigger(
        "Rights groups have documented hundreds of arbitrary arrests of former officials.",
        "documented",
    )
    assert evs and all(e.factuality == "generic" for e in evs)


def test_date_of_event_after_since_does_not_date_the_act():
    evs = _by_trigger(
        "The UN mission said on Tuesday that it had documented 152 killings of former soldiers "
        "since the takeover in August 2021.",
        "documented",
    )
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_since_day_of_a_state_still_dates_it():
    evs = _by_trigger(
        "Mobile phone service in the valley has been cut since Tuesday morning.",
        "cut",
        published="2026-03-13",
    )
    assert evs and all(e.date == "2026-03-10" for e in evs)


_ATTACK = (
    "TURBAT, Pakistan — Fighters of the Balochistan Liberation Army stormed a police post in "
    "Turbat late on Monday, killing three policemen, officials said.\n\n"
)


def test_state_killing_incident_attackers_is_asserted():
    text = _ATTACK + (
        "The Inter-Services Public Relations said troops had killed four of the attackers in "
        "the exchange of fire.\n"
    )
    evs = _analyzed(text, "killed", "Inter-Services")
    assert evs and all(e.factuality == "asserted" for e in evs)


def test_state_killing_named_group_stays_alleged():
    text = _ATTACK + (
        "The Inter-Services Public Relations said troops had killed four militants of the "
        "Balochistan Liberation Army in a raid in Kech.\n"
    )
    evs = _analyzed(text, "killed", "Inter-Services")
    assert evs and all(e.factuality == "alleged" for e in evs)


def test_report_release_does_not_date_its_findings():
    text = (
        "KABUL — The UN mission in Afghanistan said on Tuesday that it had documented 40 "
        "killings of former soldiers.\n\n"
        "Many of the men were killed after being taken from their homes at night, the "
        "report said.\n"
    )
    evs = _analyzed(text, "killed", "Many of the men")
    assert evs and all(e.date is None for e in evs)


def test_statement_of_an_incident_still_dates_what_follows():
    text = (
        "BANNU, Pakistan — Police said on Tuesday that gunmen had attacked a checkpoint in "
        "Bannu.\n\n"
        "Two policemen were killed in the attack.\n"
    )
    evs = _analyzed(text, "killed", "Two policemen")
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_in_the_past_with_perfect_is_generic():
    evs = _by_trigger("Tajikistan has in the past moved troops to the Afghan border.", "moved")
    assert evs and all(e.factuality == "generic" for e in evs)


def test_in_the_past_with_simple_past_stays_historical():
    evs = _by_trigger("In the past, Tajikistan moved troops to the Afghan border.", "moved")
    assert evs and all(e.factuality == "historical" for e in evs)


def test_both_attacks_are_particular():
    evs = _by_trigger(
        "The group claimed both attacks in a statement sent to journalists on Monday.", "claimed"
    )
    assert evs and all(e.factuality != "generic" for e in evs)


def test_bare_plural_attacks_stay_generic():
    evs = _by_trigger("The group has claimed attacks on police in the district.", "claimed")
    assert evs and all(e.factuality == "generic" for e in evs)


def test_added_that_would_is_future():
    evs = _by_trigger("He added that Kazakhstan would deploy border guards to Herat.", "deploy")
    # (the statement of intent itself is a separate asserted row)
    acts = [e for e in evs if e.type == "MOBILIZE"]
    assert acts and all(e.factuality == "future" for e in acts)


def test_vowed_that_would_stays_hypothetical():
    evs = _by_trigger(
        "He vowed that the attackers would be hunted down wherever they hide.", "hunted"
    )
    assert all(e.factuality == "hypothetical" for e in evs)


_STATEMENT = (
    "TURBAT, Pakistan — Fighters of the Balochistan Liberation Army stormed a naval base in "
    "Turbat late on Monday, killing four soldiers.\n\n"
    "Pakistan's Foreign Office said in a statement on Tuesday that the attack had been \"planned "
    'abroad". It urged the Afghan authorities to "take verifiable action" against the groups.\n'
)


def test_pronoun_speaker_goes_on_with_dated_statement():
    evs = _analyzed(_STATEMENT, "urged")
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_pronoun_speaker_after_undated_statement_keeps_news_day():
    evs = _analyzed(_STATEMENT.replace(" on Tuesday", ""), "urged")
    assert evs and all(e.date == "2026-03-12" for e in evs)


_INCIDENT = (
    "BANNU, Pakistan — Gunmen attacked a police checkpoint in Bannu late on Monday, killing "
    "two policemen, officials said.\n\n"
)


def test_future_act_takes_no_incident_place():
    text = _INCIDENT + (
        "A police official said that the group would attempt further assaults on the highway.\n"
    )
    evs = [e for e in _analyzed(text, "assaults") if e.type == "ASSAULT"]
    assert evs and all(e.factuality == "future" and e.place is None for e in evs)


def test_act_of_the_incident_takes_its_place():
    text = _INCIDENT + "Two other policemen were wounded in the attack.\n"
    evs = _analyzed(text, "wounded")
    assert evs and all(e.place is not None and e.place.name == "Bannu" for e in evs)


_DECLARATION = (
    "BISHKEK, Kyrgyzstan — Security chiefs of eight states ended a meeting in Bishkek on "
    "Tuesday with a declaration on militant groups in Afghanistan.\n\n"
)


def test_declaration_adopted_by_members_is_of_the_meeting_day():
    text = _DECLARATION + (
        'The declaration, adopted by all eight members, said the groups "continue to exploit '
        'ungoverned spaces".\n'
    )
    evs = [e for e in _analyzed(text, "adopted") if e.type == "AGREE"]
    assert evs and all(e.date == "2026-03-10" for e in evs)


def test_restrictions_in_force_are_generic():
    evs = _by_trigger(
        "Diplomats said aid would be hard to sustain while the Taliban maintain restrictions "
        "on women's work.",
        "restrictions",
    )
    assert evs and all(e.factuality == "generic" for e in evs)


def test_restrictions_imposed_on_a_day_not_generic():
    evs = events("The Taliban imposed new restrictions on women's travel in Herat on Monday.")
    assert evs and all(e.factuality != "generic" for e in evs)
