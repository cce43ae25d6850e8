"""Recipients, session 17 (third arguments pass): a cordon or a closure restricts a place and
has no recipient unless the sentence names the people it is imposed on (guide §11); searching
people's homes is COERCE against the residents (guide §10); and an attack told as a reply
("returned fire", "in retaliation") is aimed at whoever fired first (guide §1.3)."""

from __future__ import annotations


def _rows(analyze, text: str, etype: str) -> list:
    return [e for e in analyze(text).events if e.type == etype]


def _text(ref) -> str | None:
    return ref.text if ref is not None else None


def _id(ref) -> str | None:
    return ref.id if ref is not None else None


def test_a_cordon_takes_no_recipient_from_the_attackers_found_there(analyze):
    rows = _rows(
        analyze,
        "Security forces cordoned off the area and recovered the bodies of four attackers after "
        "a clearance operation.",
        "COERCE",
    )
    assert rows and all(r.recipient is None for r in rows)


def test_a_closed_road_is_no_recipient(analyze):
    rows = _rows(
        analyze,
        "Hours after the attack, the provincial government closed the main road to all traffic.",
        "COERCE",
    )
    assert rows and all(r.recipient is None for r in rows)


def test_a_restriction_keeps_the_people_it_is_imposed_on(analyze):
    # near-miss: "barred Chinese workers" names whom the measure is imposed on
    rows = _rows(
        analyze,
        "The provincial government barred Chinese workers from leaving their camps after the "
        "attack.",
        "COERCE",
    )
    assert rows and "workers" in (_text(rows[0].recipient) or "")


def test_a_restriction_keeps_the_pronoun_for_the_people_moved(analyze):
    # near-miss: "moved them away" names the protesters through the pronoun
    rows = _rows(
        analyze,
        "About two dozen women staged a silent protest outside the press club until police moved "
        "them away.",
        "COERCE",
    )
    assert rows and rows[0].recipient is not None


def test_searched_homes_are_done_to_the_residents_who_tell_it(analyze):
    rows = _rows(
        analyze,
        "Residents of Kardgap said troops had searched homes and beaten a shopkeeper.",
        "COERCE",
    )
    searched = [r for r in rows if r.trigger.startswith("search")]
    assert searched and _text(searched[0].recipient) == "Residents of Kardgap"


def test_house_searches_without_a_teller_are_done_to_the_residents(analyze):
    rows = _rows(
        analyze,
        "Taliban forces sealed off several villages and detained at least 40 men during "
        "house-to-house searches.",
        "COERCE",
    )
    searched = [r for r in rows if "search" in r.trigger]
    assert searched and _text(searched[0].recipient) == "residents"


def test_a_detention_is_not_turned_into_a_search(analyze):
    # near-miss: the detained men stay the recipient of the detention
    rows = _rows(
        analyze,
        "Residents said Taliban forces detained at least 40 men during house-to-house searches.",
        "COERCE",
    )
    detained = [r for r in rows if r.trigger.startswith("detain")]
    assert detained and "men" in (_text(detained[0].recipient) or "")


def test_returned_fire_is_aimed_at_whoever_fired_first(analyze):
    rows = _rows(
        analyze,
        "Afghan border forces opened fire on Pakistani posts near the crossing, and Pakistani "
        "troops returned fire, officials said.",
        "ASSAULT",
    )
    reply = [r for r in rows if r.trigger.startswith("return")]
    assert reply and _id(reply[0].recipient) == "taliban"


def test_fire_told_as_no_reply_takes_no_recipient_from_the_other_side(analyze):
    # near-miss: the second side's fire is not told as answering the first
    rows = _rows(
        analyze,
        "Afghan border forces opened fire on Pakistani posts near the crossing, and Pakistani "
        "troops fired as well, officials said.",
        "ASSAULT",
    )
    second = [r for r in rows if r.trigger == "fired"]
    assert second and _id(second[0].recipient) != "taliban"
