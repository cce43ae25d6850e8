"""Event modes, factuality and casualties, session 12 (lexicon 2.19, factuality cues 1.16):
one class of news phrasing per test, each with sentences written for the test (not taken
from any gold batch)."""

from __future__ import annotations

from tests.unit._events_util import events_of_type as _of  # noqa: I001
from tests.unit._events_util import nlp

from watchfloor.extract.casualties import parse_casualties
from watchfloor.extract.factuality import cues_version
from watchfloor.extract.triggers import load_lexicon


def test_versions_are_bumped():
    major, minor = (int(x) for x in load_lexicon().version.split("."))
    assert (major, minor) >= (2, 19)
    major, minor = (int(x) for x in cues_version().split("."))
    assert (major, minor) >= (1, 16)


# ------------------------------------------------------------------ modes


def test_a_place_called_tank_is_no_heavy_weapon():
    rows = _of(
        "Militants ambushed a police patrol near Tank on Monday, killing three officers.", "ASSAULT"
    )
    assert rows and all(r.mode != "heavy-weapons" for r in rows)


def test_a_think_tank_is_no_heavy_weapon():
    text = "Gunmen killed two guards at a checkpoint, said a researcher at a Lahore think tank."
    rows = _of(text, "ASSAULT")
    assert rows and all(r.mode != "heavy-weapons" for r in rows)


def test_an_ambush_is_firearms():
    rows = _of("Insurgents ambushed a convoy in Zhob, killing four soldiers.", "ASSAULT")
    assert rows and rows[0].mode == "firearms"


def test_storming_a_post_is_firearms():
    rows = _of("Four militants stormed a checkpost in Khyber on Sunday.", "ASSAULT")
    assert rows and rows[0].mode == "firearms"


# ------------------------------------------------------------------ disputed accounts


def test_a_reported_attack_a_party_disputes_is_alleged():
    text = (
        "The rebels said their fighters had attacked two army posts in Kunar, killing nine "
        "soldiers, a claim the defence ministry dismissed as propaganda."
    )
    rows = _of(text, "ASSAULT")
    assert rows and rows[0].factuality == "alleged"


def test_an_allegation_denied_is_alleged_not_negated():
    text = "Villagers said several men had been beaten during the searches, an allegation police denied."
    rows = _of(text, "ASSAULT")
    assert rows and rows[0].factuality == "alleged"


def test_an_account_not_confirmed_is_alleged():
    text = (
        "Relatives said guards had detained the two brothers at a checkpoint, an account the "
        "authorities have not confirmed."
    )
    rows = _of(text, "COERCE")
    assert rows and rows[0].factuality == "alleged"


def test_an_undisputed_report_stays_asserted():
    rows = _of("The army said its troops had killed six militants in Tirah on Friday.", "ASSAULT")
    assert rows and rows[0].factuality == "asserted"


# ------------------------------------------------------------------ casualties


def test_people_treated_for_wounds_are_injured():
    doc = nlp()("Doctors said nine people were being treated for wounds at the district hospital.")
    assert parse_casualties(doc[:]).injured == 9


def test_treated_for_injuries_counts_the_patients():
    doc = nlp()("Doctors treated 14 people for injuries after the crash.")
    assert parse_casualties(doc[:]).injured == 14
