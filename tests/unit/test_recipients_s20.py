"""Recipients, session 20: an answer answers the statement addressed to its side (a condemnation
charges no one); "<body>'s account" is the account of the branch that gave it; a visit told only by
where it goes is to that place's state; a threatened strike is aimed at the armed group it names."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _rec(row):
    return row.recipient.id if row.recipient is not None else None


def _rejections(analyze, text):
    return [r for r in _rows(analyze, text, "REJECT") if r.trigger == "rejected"]


def test_a_rejected_accusation_is_the_charge_not_a_later_condemnation(analyze):
    # guide §12 rule 2: the accuser; the condemnation told after it charges no one
    text = (
        "A car bomb killed six engineers near Dasu on Monday. Interior Minister Mohsin Naqvi "
        "accused the Taliban of sheltering the bombers. In Beijing, China's foreign ministry "
        "strongly condemned the attack. Zabihullah Mujahid rejected the accusation on Tuesday."
    )
    rows = _rejections(analyze, text)
    assert rows and _rec(rows[0]) == "mohsin-naqvi"


def test_a_rejected_condemnation_keeps_the_condemner(analyze):
    # near miss: with no charge told, the statement answered is the condemnation itself
    text = (
        "A car bomb killed six engineers near Dasu on Monday. In Beijing, China's foreign "
        "ministry strongly condemned the attack. Zabihullah Mujahid rejected the accusation on "
        "Tuesday."
    )
    rows = _rejections(analyze, text)
    assert rows and _rec(rows[0]) != "mohsin-naqvi"


def test_a_dismissed_demand_is_the_latest_one(analyze):
    text = (
        "Tribal elders demanded compensation for the families of the dead on Monday. On "
        "Wednesday Mohsin Naqvi urged the Afghan authorities to hand over the commanders. A "
        "Taliban spokesman, Zabihullah Mujahid, dismissed the demand."
    )
    rows = [r for r in _rows(analyze, text, "REJECT") if r.trigger == "dismissed"]
    assert rows and _rec(rows[0]) == "mohsin-naqvi"


def test_the_military_s_account_is_its_media_wing_s(analyze):
    # guide §12 rule 2: ISPR → PAK-ISPR
    text = (
        "The military's media wing said in a statement that troops had killed four militants "
        "in North Waziristan. Residents rejected the military's account."
    )
    rows = _rejections(analyze, text)
    assert rows and _rec(rows[0]) == "PAK-ISPR"


def test_the_military_s_account_without_a_media_wing_keeps_the_military(analyze):
    # near miss: no branch of the military gave the account
    text = (
        "Troops killed four militants in North Waziristan, officials said. Residents rejected "
        "the military's account."
    )
    rows = _rejections(analyze, text)
    assert rows and _rec(rows[0]) != "PAK-ISPR"


def _visits(analyze, text):
    return [r for r in _rows(analyze, text, "CONSULT") if r.mode == "visit"]


def test_a_visit_told_by_its_destination_is_to_that_state(analyze):
    text = (
        "Iran's foreign minister, Abbas Araghchi, arrived in Kabul on Monday for two days of talks."
    )
    rows = _visits(analyze, text)
    assert rows and _rec(rows[0]) == "taliban"


def test_a_visit_at_home_has_no_host(analyze):
    # near miss: a minister travelling inside his own country visits no state
    text = "Pakistan's interior minister, Mohsin Naqvi, arrived in Peshawar on Monday for talks."
    rows = _visits(analyze, text)
    assert all(_rec(r) != "PAK" for r in rows)


def _threats(analyze, text):
    return _rows(analyze, text, "THREATEN")


def test_a_threatened_strike_is_aimed_at_the_group_it_names(analyze):
    text = (
        "Talks mediated by Turkey in Istanbul ended without agreement last month. Defence "
        "Minister Khawaja Asif told a television channel on Tuesday that Pakistan would strike "
        'again "wherever the khawarij are" if attacks from Afghan territory continued.'
    )
    rows = _threats(analyze, text) + [
        r for r in _rows(analyze, text, "ASSAULT") if r.trigger == "strike"
    ]
    assert len(rows) == 2 and all(_rec(r) == "ttp" for r in rows)


def test_a_threat_to_a_state_over_a_group_keeps_the_state(analyze):
    # near miss: the group is named only in the condition, and the warning is to Kabul
    text = (
        "Khawaja Asif warned the Taliban on Tuesday that Pakistan's patience was running out "
        "if the khawarij kept attacking its posts."
    )
    rows = _threats(analyze, text)
    assert rows and _rec(rows[0]) != "ttp"


def _bla_killings(analyze, text):
    return [r for r in _rows(analyze, text, "ASSAULT") if "BLA" in r.sentence]


def test_a_group_s_enemy_personnel_are_the_military(analyze):
    # guide §1.3: the target as described; a claimant's own word for the forces it fought
    text = (
        "Militants stormed an army post in Kech on Monday, killing four soldiers, the military "
        'said. The BLA said its fighters had killed "more than 40 enemy personnel".'
    )
    rows = _bla_killings(analyze, text)
    assert rows and _rec(rows[0]) == "PAK-MIL"


def test_other_personnel_are_not_the_military(analyze):
    # near miss: personnel of no force are not the military
    text = (
        "Militants stormed a hospital in Kech on Monday, killing four doctors, police said. "
        'The BLA said its fighters had killed "more than 40 medical personnel".'
    )
    rows = _bla_killings(analyze, text)
    assert rows and _rec(rows[0]) != "PAK-MIL"
