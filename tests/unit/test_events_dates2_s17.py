"""Session-17 off-by-one date rules in the carrying of dates between sentences (guide §1.5):

* an arrest, a curfew or a deployment told without a day after the incident, in a sentence that
  does not narrate the incident, is a response in the news window: the publication day (the
  gold's "later" arrests, curfews and checkpoints with no time word); told with the attack
  ("killed two and arrested a third") it keeps the incident's day;
* a speaker who goes on in the next sentence ("He demanded ...") after a statement with its
  own day keeps that day; another speaker does not;
* a statement "hours later" / "hours after" the incident takes the anchor's day.

Each case is a fresh sentence for a construction, not one taken from the gold."""

from tests.unit._events_util import events  # noqa: I001

# 2025-03-12 is a Wednesday: Monday is 03-10, Tuesday 03-11.
_PUBLISHED = "2025-03-12"
_INCIDENT = (
    "BANNU, Pakistan — Gunmen attacked a police post in the town on Tuesday, killing two "
    "policemen, officials said.\n\n"
)


def _by_trigger(text: str, word: str, published: str = _PUBLISHED) -> list:
    return [e for e in events(text, published) if e.trigger.lower().startswith(word)]


def test_follow_on_arrest_takes_the_publication_day():
    evs = _by_trigger(
        _INCIDENT + "Police said they had arrested three men suspected of helping the attackers.",
        "arrested",
    )
    assert evs and all(e.date == "2025-03-12" for e in evs)


def test_curfew_without_a_day_takes_the_publication_day():
    evs = _by_trigger(
        _INCIDENT + "A curfew was imposed on the town and the surrounding villages.", "curfew"
    )
    evs = evs or _by_trigger(
        _INCIDENT + "A curfew was imposed on the town and the surrounding villages.", "imposed"
    )
    assert evs and all(e.date == "2025-03-12" for e in evs)


def test_arrest_told_with_the_attack_keeps_the_incident_day():
    # near miss: the arrest is part of the incident's narration
    evs = _by_trigger(
        _INCIDENT + "Officers said two of the attackers were killed in the exchange of fire "
        "and a third was arrested.",
        "arrested",
    )
    assert evs and all(e.date == "2025-03-11" for e in evs)


def test_speaker_going_on_keeps_the_day_of_the_statement():
    text = (
        _INCIDENT + "Foreign ministry spokesman Lin Jian told a briefing on Tuesday that China "
        'condemned the attack.\n\nHe urged Kabul to "take effective measures" against the group.'
    )
    evs = _by_trigger(text, "urged")
    assert evs and all(e.date == "2025-03-11" for e in evs)


def test_statement_after_another_sentence_takes_the_publication_day():
    # near miss: a sentence between the dated statement and the pronoun
    text = (
        _INCIDENT + "Foreign ministry spokesman Lin Jian told a briefing on Tuesday that China "
        "condemned the attack.\n\nThe police post had been attacked twice before.\n\n"
        'He urged Kabul to "take effective measures" against the group.'
    )
    evs = _by_trigger(text, "urged")
    assert evs and all(e.date == "2025-03-12" for e in evs)


def test_statement_hours_later_takes_the_anchor_day():
    evs = _by_trigger(
        _INCIDENT + "Hours later, the group's spokesman denied that its fighters were involved.",
        "denied",
    )
    assert evs and all(e.date == "2025-03-11" for e in evs)


def test_statement_without_an_anchor_takes_the_publication_day():
    # near miss: no "hours later", the denial is of the news day
    evs = _by_trigger(
        _INCIDENT + "The group's spokesman denied that its fighters were involved.", "denied"
    )
    assert evs and all(e.date == "2025-03-12" for e in evs)
