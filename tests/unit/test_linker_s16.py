"""Linking rule of session 16: a demonym in a phrase that says what kind of body a name is
("Jamaat Ansarullah, a Tajik militant group") describes that body, not its state. One short
text per rule with near misses where it must not fire; no database."""

from __future__ import annotations

from tests.unit._events_util import covering


def test_a_demonym_describing_a_named_group_is_the_group(link):
    linked = link(
        "Tajik officials accused the Taliban of allowing Jamaat Ansarullah, a Tajik militant "
        "group, to operate in Badakhshan."
    )
    assert covering(linked, "a Tajik militant group") == {"jamaat-ansarullah"}


def test_a_demonym_describing_a_person_is_not_a_group(link):
    linked = link("Tajik officials met Shavkat Mirziyoyev, the Uzbek president, in Termez.")
    assert "jamaat-ansarullah" not in covering(linked, "Uzbek")
    linked = link("Tajik militants attacked a border post, officials said.")
    assert not covering(linked, "Tajik") & {"jamaat-ansarullah", "ttp"}
