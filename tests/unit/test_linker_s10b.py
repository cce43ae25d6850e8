"""Linking rules of session 10b: a minister's quoted "we" is his state, "his office said" after
a report is the reported subject's, a given name the tagger read as a town inside a name apposed
to a role, states named by demonyms before "mediators", a quotation's "no one" is nobody to refer
back to, "its neighbours" blamed in a state's rebuttal are that state, and local places named as
"of X village" or "through X, east of Y". One short text per rule, composed for the test; no
database."""

from __future__ import annotations

from tests.unit._events_util import covering


def _place_ids(linked, text: str) -> set[str | None]:
    start = linked.doc.text.index(text)
    end = start + len(text)
    return {m.place_id for m in linked.place_mentions if m.start < end and start < m.end}


def test_a_ministers_we_is_his_state(link):
    linked = link(
        '"We asked for guarantees that the border will be respected," Defence Minister '
        "Khawaja Asif told reporters."
    )
    assert covering(linked, "We") == {"PAK"}


def test_his_office_after_a_report_is_the_reported_subjects(link):
    linked = link(
        "President Kassym-Jomart Tokayev discussed the railway with Mirziyoyev by telephone, "
        "his office said."
    )
    assert covering(linked, "his") == {"kassym-jomart-tokayev"}


def test_a_given_name_in_a_name_apposed_to_a_role_is_no_town(link):
    linked = link(
        "Mourners gathered in Hangu, Pakistan. One of its leaders, Allama Hassan "
        "Bukhari, accused the authorities of ignoring warnings."
    )
    assert not _place_ids(linked, "Hassan")
    assert covering(linked, "authorities") == {"PAK"}
    person = covering(linked, "Allama Hassan Bukhari")
    assert len(person) == 1 and covering(linked, "One of its leaders") == person


def test_demonyms_before_mediators_are_the_states(link):
    linked = link(
        "The two delegations agreed to extend the ceasefire by a month, Turkish and Qatari "
        "mediators said."
    )
    assert covering(linked, "Turkish") == {"TUR"}
    assert covering(linked, "Qatari") == {"QAT"}


def test_no_one_in_a_quote_is_not_the_speakers_antecedent(link):
    linked = link(
        "Zabihullah Mujahid, the Taliban's chief spokesman, rejected the report. "
        '"No recruiter of any group is working from our soil," he said.'
    )
    assert covering(linked, "he said") == {"zabihullah-mujahid"}


def test_neighbours_blamed_in_a_rebuttal_are_the_speaking_state(link):
    linked = link(
        "Iran's foreign ministry rejected the charge, saying the Taliban should stop blaming "
        "their neighbours for their own failures."
    )
    assert covering(linked, "their neighbours") == {"IRN"}


def test_a_village_named_after_of_is_placed_by_the_district(link):
    linked = link(
        "KABUL — Pakistani jets struck homes in the Barmal district of Paktika on Wednesday, "
        "officials said. The Taliban condemned the strikes. A spokesman said rescue teams were "
        "searching the rubble. Officials said the toll could rise. Residents of Zarghun "
        "village said two houses were flattened."
    )
    assert _place_ids(linked, "Zarghun") == {"extra:barmal"}


def test_a_place_named_by_its_bearing_is_placed_by_the_town(link):
    linked = link(
        "GWADAR, Pakistan — Gunmen attacked a convoy near Gwadar on Monday. The attackers set "
        "off a bomb as the vehicles passed through Sarbanda, east of the port."
    )
    assert _place_ids(linked, "Sarbanda") == {"extra:gwadar"}
