"""Recipients, session 18 round 3 (guide §1.3: the target as described): a removal whose object
only counts people ("sent back 1.2 million people") is done to the group its sentence names."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _rec(row):
    return row.recipient.text if row.recipient is not None else None


def test_a_counted_removal_is_done_to_the_group_named(analyze):
    text = (
        "Iran began expelling undocumented Afghans in 2023 and has since sent back more than a "
        "million people, officials said."
    )
    rows = [r for r in _rows(analyze, text, "COERCE") if r.mode == "deport"]
    assert rows and all("Afghans" in (_rec(r) or "") for r in rows)


def test_a_removal_of_a_named_group_keeps_it(analyze):
    # near miss: the object is the group itself, not a count
    text = "Iran deported more than 9,000 women through the Islam Qala crossing on Sunday."
    rows = [r for r in _rows(analyze, text, "COERCE") if r.mode == "deport"]
    assert rows and _rec(rows[0]) == "women"


def _claim_rows(analyze, text):
    return [
        r for r in _rows(analyze, text, "ASSAULT") if r.actor is not None and r.actor.id == "iskp"
    ]


def test_an_attack_the_group_claimed_keeps_its_target(analyze):
    # guide §1.3: a claim restates the attack told, with its target
    text = (
        "A suicide bomber killed the refugees minister Khalil Haqqani inside his ministry in Kabul "
        "in December 2024, an attack IS-K claimed."
    )
    rows = _claim_rows(analyze, text)
    assert rows and all("Haqqani" in (_rec(r) or "") for r in rows)


def test_the_third_attack_claimed_names_no_target(analyze):
    # near miss: "the third attack claimed by" counts a series, not the attack told
    text = (
        "Gunmen killed two policemen in Kunduz on Monday. The bombing was the third attack "
        "claimed by IS-K in northern Afghanistan since September."
    )
    rows = [r for r in _claim_rows(analyze, text) if r.trigger == "attack"]
    assert all(_rec(r) is None or "policemen" not in _rec(r) for r in rows)


def _condemned(analyze, text):
    return [r for r in _rows(analyze, text, "ACCUSE") if r.trigger == "condemned"]


def test_what_he_called_a_crime_names_the_attack_told(analyze):
    # guide §11: a condemnation takes the claimant of the attack it names
    text = (
        "A suicide bomber killed 20 worshippers at a mosque in Mastung on Friday, and Islamic State "
        "Khorasan Province claimed the attack. Esmaeil Baghaei condemned what he called a "
        '"cowardly terrorist crime".'
    )
    rows = _condemned(analyze, text)
    assert rows and rows[0].recipient is not None and rows[0].recipient.id == "iskp"


def test_an_indefinite_crime_without_naming_is_no_reference(analyze):
    # near miss: "condemned a crime" with no "what he called" does not point back
    text = (
        "A suicide bomber killed 20 worshippers at a mosque in Mastung on Friday, and Islamic State "
        "Khorasan Province claimed the attack. Esmaeil Baghaei condemned any crime against "
        "civilians."
    )
    rows = _condemned(analyze, text)
    assert all(r.recipient is None or r.recipient.id != "iskp" for r in rows)
