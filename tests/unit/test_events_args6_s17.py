"""Denials appended to a charge, session 17 (guide §12 rule 2, §13): ", a charge Kabul rejects"
is the denier's REJECT aimed at the accuser, `generic` in the present tense, and the acts the
charge told before the comma get `negated` copies, even where the tagger reads the denying verb
as a noun ("the military denies", "a charge Islamabad rejects"); a clause that opens with
"that" or "which" is left to the parser, and a charge with no denier named gives no row."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows
from tests.unit._events_util import ref_id as _id

_CHARGE = (
    "Tajik officials have accused the Taliban of allowing Jamaat Ansarullah, a Tajik militant "
    "group, to operate in Badakhshan, a charge Kabul rejects."
)


def test_an_appended_denial_read_as_a_noun_is_a_reject_at_the_accuser(analyze):
    rows = _rows(analyze, _CHARGE, "REJECT")
    assert [(_id(e.actor), _id(e.recipient), e.factuality) for e in rows] == [
        ("taliban", "TJK", "generic")
    ]


def test_the_charged_support_gets_a_negated_copy(analyze):
    rows = _rows(analyze, _CHARGE, "AID")
    # s22: allowing a group to operate is an ongoing situation, `generic` (guide §11 sheltering;
    # gold fresh7/fresh15 code this very charge so)
    assert sorted(e.factuality for e in rows) == ["generic", "negated"]
    assert {_id(e.actor) for e in rows} == {"taliban"}


def test_no_denier_named_gives_no_reject(analyze):
    text = (
        "Tajik officials have accused the Taliban of allowing Jamaat Ansarullah, a Tajik militant "
        "group, to operate in Badakhshan, a charge that is widely repeated."
    )
    assert _rows(analyze, text, "REJECT") == []
    assert [e for e in _rows(analyze, text, "AID") if e.factuality == "negated"] == []


def test_a_denial_the_lexicon_read_is_not_doubled(analyze):
    text = 'The ISPR accused the Taliban of "facilitating" the infiltration, a charge Kabul denies.'
    rows = _rows(analyze, text, "REJECT")
    assert len(rows) == 1
    assert "read off the words" not in " ".join(rows[0].notes)
