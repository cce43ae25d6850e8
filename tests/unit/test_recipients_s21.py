"""Recipients, session 21: what the state owns stands for the state ("government targets", "the
railway"); a relative clause's object pronoun is the noun it describes; a capital a statement is
aimed at is its government; a meeting "attended" with no counterpart is a visit to its host; a
pledge is made to no armed group; a statement named beside a material act is not its party; a
"second" strike is another incident; a force noun keeps the non-state party that modifies it;
"a report by X" is X's; guests "received in <capital>" with no host named visit its state."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _rec(row):
    return row.recipient.id if row.recipient is not None else None


def _by_trigger(analyze, text, etype, trigger):
    return [r for r in _rows(analyze, text, etype) if r.trigger == trigger]


def test_government_targets_are_the_state(analyze):
    # guide §18 rule 6: a named target keeps its id ("government targets" → PAK)
    text = (
        "The Baloch Liberation Army, which has long attacked state targets in Kech, said on "
        "Monday that it had no part in the shooting of a lecturer in Turbat."
    )
    rows = _by_trigger(analyze, text, "ASSAULT", "attacked")
    assert rows and _rec(rows[0]) == "PAK"


def test_attacks_on_a_region_keep_no_target(analyze):
    # near miss: a region only places the attacks (guide §18 rule 6)
    text = "The BLA has carried out dozens of attacks in Balochistan in recent years."
    rows = _by_trigger(analyze, text, "ASSAULT", "attacks")
    assert rows and _rec(rows[0]) is None


def test_attacks_on_the_railway_are_on_the_state(analyze):
    text = "The BLA has mounted repeated attacks on the railway in Balochistan since 2023."
    rows = _by_trigger(analyze, text, "ASSAULT", "attacks")
    assert rows and _rec(rows[0]) == "PAK"


def test_relative_object_pronoun_is_its_antecedent(analyze):
    text = (
        "The analyst said the attack would add to the strain on Kabul, which Islamabad blames "
        "for hosting TTP commanders."
    )
    rows = _by_trigger(analyze, text, "ACCUSE", "blames")
    assert rows and _rec(rows[0]) == "taliban"


def test_relative_subject_pronoun_is_not_the_recipient(analyze):
    # near miss: "which" is the subject, the clause's own object is the recipient
    text = (
        "The analyst pointed to the Taliban, who accused Pakistan on Sunday of bombing "
        "villages in Khost."
    )
    rows = _by_trigger(analyze, text, "ACCUSE", "accused")
    assert rows and _rec(rows[0]) == "PAK"


def test_attending_a_meeting_is_a_visit_to_its_host(analyze):
    # guide §18 rule 10: each guest → the host
    text = (
        "Envoys from China and Iran met in Moscow on Tuesday for a new round of talks on "
        "Afghanistan. A Taliban delegation headed by Amir Khan Muttaqi also attended."
    )
    rows = _by_trigger(analyze, text, "CONSULT", "attended")
    assert rows and _rec(rows[0]) == "RUS"


def test_attending_named_talks_keeps_the_talks(analyze):
    # near miss: "attended the talks" names the meeting; not changed by the rule
    text = (
        "Envoys from China and Iran met in Moscow on Tuesday. A Taliban delegation attended "
        "the talks."
    )
    rows = _by_trigger(analyze, text, "CONSULT", "attended")
    assert rows and _rec(rows[0]) != "RUS"


def test_a_pledge_is_not_made_to_the_armed_group(analyze):
    text = (
        "Police killed four TTP fighters in a raid in Bannu on Sunday. The provincial police "
        "chief, Akhtar Hayat, pledged that the force would open two new training schools."
    )
    rows = _by_trigger(analyze, text, "AGREE", "pledged")
    assert rows and _rec(rows[0]) != "ttp"


def test_a_threat_may_still_be_aimed_at_the_armed_group(analyze):
    # near miss: the rule is for promises, not warnings
    text = (
        "Police killed four TTP fighters in a raid in Bannu on Sunday. Interior Minister "
        "Mohsin Naqvi vowed that Pakistan would respond with full force."
    )
    rows = _by_trigger(analyze, text, "THREATEN", "vowed")
    assert rows and _rec(rows[0]) == "ttp"


def test_a_warning_beside_strikes_is_not_their_party(analyze):
    text = (
        "Khawaja Asif warned the Taliban on Monday that Pakistan would act. The warning has "
        "come alongside air strikes that no one has claimed."
    )
    rows = [r for r in _rows(analyze, text, "ASSAULT") if "alongside" in r.sentence]
    assert rows and all(r.actor is None or r.actor.id != "khawaja-asif" for r in rows)
    assert all(r.recipient is None or r.recipient.id != "khawaja-asif" for r in rows)


def test_a_second_strike_is_another_incident(analyze):
    text = (
        "A drone struck a house in Kunar's Chawkay district on Friday, killing four "
        "villagers. A second drone strike was reported in Nuristan two days later."
    )
    rows = [r for r in _rows(analyze, text, "ASSAULT") if "second" in r.sentence]
    assert rows and _rec(rows[0]) is None


def test_the_same_strike_keeps_its_target(analyze):
    # near miss: a later sentence about the same strike keeps the target told before
    text = (
        "Gunmen attacked a police post in Tank on Friday. The attackers fled after a "
        "two-hour gunfight, officials said."
    )
    rows = [r for r in _rows(analyze, text, "ASSAULT") if "fled" in r.sentence]
    assert rows and _rec(rows[0]) == "PAK-POLICE"


def test_taliban_soldiers_are_the_taliban(analyze):
    text = (
        "Pakistani officials said on Monday that the NRF had ambushed a convoy in Panjshir. "
        "The NRF said its fighters had killed seven Taliban soldiers."
    )
    rows = _by_trigger(analyze, text, "ASSAULT", "killed")
    assert rows and _rec(rows[-1]) == "taliban"


def test_pakistani_soldiers_stay_the_army(analyze):
    # near miss: a country modifier is handled as the state's force
    text = "Militants killed three Pakistani soldiers in North Waziristan on Monday."
    rows = _by_trigger(analyze, text, "ASSAULT", "killed")
    assert rows and _rec(rows[0]) == "PAK-MIL"


def test_a_report_by_a_body_is_its_report(analyze):
    text = (
        "A report by the UN Security Council's monitoring team said in June that TTP fighters "
        "trained in Kunar. Zabihullah Mujahid rejected the report on Sunday."
    )
    rows = _by_trigger(analyze, text, "REJECT", "rejected")
    assert rows and _rec(rows[0]) == "unsc"


def test_a_report_with_no_author_phrase_keeps_the_earlier_source(analyze):
    # near miss: "a report on X" names no author; the rule for "by" does not apply
    text = (
        "Pakistani officials said in a report on Kunar that TTP fighters trained there. "
        "Zabihullah Mujahid rejected the report on Sunday."
    )
    rows = _by_trigger(analyze, text, "REJECT", "rejected")
    assert rows and _rec(rows[0]) != "unsc"


def test_guests_received_in_a_capital_visit_its_state(analyze):
    # guide §1.2: a visit is to the host; a passive "received in <capital>" names it by place
    text = "Uzbek ministers are now received in Islamabad with a full military guard."
    rows = _by_trigger(analyze, text, "CONSULT", "received")
    assert rows and rows[0].actor is not None and rows[0].actor.id == "UZB"
    assert _rec(rows[0]) == "PAK"


def test_a_named_host_keeps_the_host(analyze):
    # near miss: "received ... by X" names the host, who stays the recipient
    text = "The Uzbek foreign minister was received in Islamabad by Ishaq Dar on Monday."
    rows = _by_trigger(analyze, text, "CONSULT", "received")
    assert rows and _rec(rows[0]) == "ishaq-dar"
