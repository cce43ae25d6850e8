"""Event rows, session 16 (second round): a back-reference keeps its own words only (not a
conjoined noun's or a misattached complement clause's); two dated clauses stay two attacks
when the parser hangs the second on a verb inside the first; the end of a fight told before is
no new attack; an unnamed source described by the meeting he attended makes no meeting row;
guards named as an attack's victims are no deployment."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (unit-test helpers)

_OPENING = "Gunmen attacked a police post in Tank on Monday, killing four policemen. "


def _types(text: str, actors: dict[str, str] | None = None) -> list[str]:
    return sorted(r.type for r in extractor().extract(linked_doc(text, actors=actors or {})))


def _ner_types(text: str) -> list[str]:
    return sorted(r.type for r in extractor().extract(linked_doc(text)))


def test_a_complement_clause_hung_on_the_attack_does_not_make_it_new():
    text = (
        _OPENING + "Pakistan's defence minister, Khawaja Asif, said after the attack that the "
        'militants had been "sent from across the border" and that Pakistan would "not wait '
        'for Kabul to act".'
    )
    assert _ner_types(text).count("ASSAULT") == 1


def test_an_attack_dated_in_its_own_phrase_is_still_new():
    # near miss: "in Quetta on Friday" is the attack's own phrase, before the clause
    text = (
        _OPENING + "Pakistan's defence minister said after the attack in Quetta on Friday "
        'that the militants had been "sent from across the border".'
    )
    assert _ner_types(text).count("ASSAULT") == 2


def test_a_conjoined_demand_lends_the_attack_no_words():
    text = (
        _OPENING + "Their spokesman demanded the arrest of those who planned the attack and "
        "compensation of 5 million rupees for each bereaved family."
    )
    assert _types(text, {"bereaved family": "families"}).count("ASSAULT") == 1


def test_an_attack_whose_own_phrase_names_a_target_is_new():
    # near miss: the phrase before the conjunct is the attack's own, naming its target
    text = (
        _OPENING + "Their spokesman demanded the arrest of those who planned the attack on the "
        "bereaved family and compensation of 5 million rupees."
    )
    assert _types(text, {"bereaved family": "families"}).count("ASSAULT") == 2


def test_two_dated_clauses_are_two_attacks():
    text = (
        "In September 2023, a suicide bomber killed at least 50 worshippers gathered for a "
        "procession in the town, and in July 2018 a suicide attack on an election rally in the "
        "district killed 149 people."
    )
    assert _types(text).count("ASSAULT") == 2


def test_one_dated_attack_told_in_two_verbs_is_one():
    # near miss: a single date, the steps of one attack
    text = (
        "In September 2023, a suicide bomber killed at least 50 worshippers gathered for a "
        "procession in the town, and a second bomber wounded 20 people."
    )
    assert _types(text).count("ASSAULT") == 1


def test_an_unnamed_source_at_the_talks_holds_no_meeting():
    text = "A Kazakh diplomat attending the forum said Astana saw no contradiction in trade."
    assert "CONSULT" not in _types(text)


def test_a_named_attendee_is_coded():
    # near miss: the attendee is the subject; his attending is the sentence's own act
    text = "A Kazakh diplomat attended the forum in Tashkent on Monday."
    assert "CONSULT" in _types(text)


def test_guards_killed_in_an_attack_are_no_deployment():
    text = "Gunmen shot dead two police officers guarding a polio team in Lakki Marwat."
    assert _types(text) == ["ASSAULT"]


def test_guards_sent_to_a_site_are_a_deployment():
    # near miss: the guarding force is the subject of its own clause, nobody attacked it
    text = "The government deployed two hundred police officers guarding polio teams in Bannu."
    assert "MOBILIZE" in _types(text)


_CLASH = "Afghan border forces opened fire on Pakistani posts near Angoor Adda on Tuesday night. "


def _triggers(text: str) -> list[str]:
    return [r.trigger for r in extractor().extract(linked_doc(text)) if r.type == "ASSAULT"]


def test_the_end_of_the_firing_is_no_new_attack():
    text = _CLASH + "The firing stopped before dawn on Wednesday."
    assert "firing" not in _triggers(text)


def test_the_start_of_the_fighting_is_still_told():
    # near miss: "broke out on Thursday" places the fighting (guide §6), a row of its own
    text = _CLASH + "The fighting broke out again on Thursday afternoon near the gate."
    assert "fighting" in _triggers(text)
