"""Recipients, session 22: a counted group of victims is the recipient, not the part of it
singled out ("killing six people, including two children") nor the state where the strike
fell ("bombed villages in Khost, killing 14 civilians"); a bare count as an arrest's object
counts the people the act before it named ("killing two IS-K members and detaining six");
"the dead were X" and "X was among the dead" say who the victims were."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _rec(row):
    return row.recipient.id if row.recipient is not None else None


def _rec_text(row):
    return (row.recipient.text or "").lower() if row.recipient is not None else ""


def _by_trigger(analyze, text, etype, trigger):
    return [r for r in _rows(analyze, text, etype) if r.trigger == trigger]


def test_subset_of_counted_victims_gives_the_whole_group(analyze):
    # guide §18 rule 7: the victims are "six people", not the two children among them
    text = (
        "Residents of Kunar's Shigal district said a drone struck a compound there on "
        "October 21, killing six people, including two children."
    )
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _rec(rows[0]) is None and "people" in _rec_text(rows[0])


def test_party_singled_out_among_victims_keeps_its_id(analyze):
    # near miss: "including six soldiers" singles out a party, which the gold keeps
    text = (
        "A bomb tore through a crowd of soldiers waiting for a train at Quetta's railway "
        "station on Wednesday morning, killing nine people, including six soldiers, and "
        "wounding 27, officials said."
    )
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _rec(rows[0]) == "PAK-MIL"


def test_strike_on_villages_killing_civilians_is_on_the_civilians(analyze):
    # guide §1.3: one-sided violence is against the victims, not the state the villages are in
    text = (
        "KHOST, Afghanistan — Pakistani aircraft bombed several villages in Afghanistan's Khost "
        "and Paktika provinces late on Sunday, killing 14 civilians, among them six women and "
        "five children, the Taliban's Ministry of Defence said on Monday."
    )
    rows = _by_trigger(analyze, text, "ASSAULT", "bombed")
    assert rows and _rec(rows[0]) is None and "civilians" in _rec_text(rows[0])


def test_attack_on_a_facility_killing_people_keeps_its_holder(analyze):
    # near miss: the target is described as a facility (guide §18 rule 7), so the body holding
    # it stays the recipient
    text = (
        "KUNDUZ, Afghanistan — A suicide bomber blew himself up at the gate of the provincial "
        "police headquarters in the northern Afghan city of Kunduz on Monday morning, killing "
        "seven people and wounding 19, a local hospital official said."
    )
    rows = _rows(analyze, text, "ASSAULT")
    assert rows and _rec(rows[0]) == "taliban"


def test_bare_count_arrested_is_the_group_counted_before(analyze):
    text = (
        "Overnight, intelligence units raided houses in the Kampani and Qargha areas of western "
        "Kabul, killing two suspected IS-K members and detaining six, interior ministry "
        "spokesman Abdul Matin Qani said."
    )
    rows = _by_trigger(analyze, text, "COERCE", "detaining")
    assert rows and _rec(rows[0]) == "iskp"


def test_bare_count_without_a_counted_group_before_stays_open(analyze):
    # near miss: no counted object before the arrest, so the count names no known group
    text = "Militants attacked a police post, and police later arrested six."
    rows = _by_trigger(analyze, text, "COERCE", "arrested")
    assert rows and _rec(rows[0]) is None


_DEAD_STORY = (
    "MIR ALI, Pakistan — A drone strike hit a house near Mir Ali on Monday night, killing six "
    "people, officials said. "
)


def test_the_dead_were_names_the_victims(analyze):
    text = _DEAD_STORY + "Residents of the valley said the dead were local shepherds."
    rows = _by_trigger(analyze, text, "ASSAULT", "dead")
    assert rows and "shepherds" in _rec_text(rows[0])


def test_pronoun_among_the_dead_names_no_one_new(analyze):
    # near miss: "they were among the dead" names no one; the incident's victims stay
    text = _DEAD_STORY + "Residents said they were among the dead."
    rows = _by_trigger(analyze, text, "ASSAULT", "dead")
    assert rows and "people" in _rec_text(rows[0])


def test_member_among_the_dead_is_the_force(analyze):
    text = (
        "ISLAMABAD, Pakistan — A suicide bomber blew himself up outside the district court on "
        "Monday, killing 12 people, police said. The constable, Asad Mehmood, was among the dead."
    )
    rows = _by_trigger(analyze, text, "ASSAULT", "dead")
    assert rows and _rec(rows[0]) == "PAK-POLICE"


def test_aid_for_bereaved_families_is_for_them(analyze):
    text = (
        "The Khyber Pakhtunkhwa government later announced compensation of 10 million rupees "
        "for each of the bereaved families."
    )
    rows = _rows(analyze, text, "AID")
    assert rows and _rec(rows[0]) in (None, "prov:families") and "families" in _rec_text(rows[0])


def test_aid_for_projects_keeps_the_state(analyze):
    # near miss: "for road, rail and power projects" names no people; the state stays
    text = (
        "China's Foreign Minister Wang Yi said Beijing would provide an initial $2.5 billion for "
        "road, rail and power projects in Afghanistan."
    )
    rows = _rows(analyze, text, "AID")
    assert rows and _rec(rows[0]) == "taliban"


def test_appended_denial_of_an_account_answers_its_teller(analyze):
    # guide §18 rule 8: "..., an account the FC denied" answers those who gave the account
    text = (
        "Residents of Kardgap said troops had searched homes and beaten a shopkeeper who "
        "refused to open his store, an account the FC denied."
    )
    rows = _by_trigger(analyze, text, "REJECT", "denied")
    assert rows and "residents" in _rec_text(rows[0])


def test_denial_of_an_account_without_a_comma_is_left_alone(analyze):
    # near miss: no appended phrase; the denial's own object is not a claim told before it
    text = "The FC denied the account on Tuesday."
    rows = _by_trigger(analyze, text, "REJECT", "denied")
    assert all("residents" not in _rec_text(r) for r in rows)


def test_appended_claim_with_that_clause_answers_the_preachers(analyze):
    text = (
        "Some clerics in the tribal districts have long preached that the drops are a Western "
        "plot to sterilise Muslim children, a claim that doctors and religious scholars have "
        "repeatedly rejected."
    )
    rows = _by_trigger(analyze, text, "REJECT", "rejected")
    assert rows and all("clerics" in _rec_text(r) for r in rows)


def test_claim_that_clause_as_object_is_not_an_appended_denial(analyze):
    # near miss: "rejected the claim that ..." is the denial itself, not one appended to a claim
    text = (
        "Doctors and religious scholars have repeatedly rejected the claim that the drops are "
        "a Western plot."
    )
    rows = _by_trigger(analyze, text, "REJECT", "rejected")
    assert rows and all("doctors" not in _rec_text(r) for r in rows)
