"""Event arguments, session 21 round 2: "in the region" names the wider region, not a province
told before; aid announced takes no place its sentence names only for another clause; a purpose
infinitive of an act takes that act's day (and its future reading). Each rule has a near miss
that must not change."""

from __future__ import annotations

from tests.unit._events_util import analyzed_rows as _rows


def _place(analyze, text: str, etype: str, published: str = "2026-02-11"):
    rows = _rows(analyze, text, etype, published=published)
    assert rows, text
    return rows[-1].place


# ---------------------------------------------------------------- "in the region"


def test_fighters_in_the_region_take_no_earlier_province(analyze):
    text = (
        "Gunmen killed four policemen in Kunar province on Monday. "
        "Officials said the group had been recruiting young men in the region."
    )
    rows = [e for e in _rows(analyze, text, "MOBILIZE") if "region" in e.sentence]
    assert rows, text
    assert all(e.place is None for e in rows)


def test_fighters_in_the_province_refer_back(analyze):
    text = (
        "Gunmen killed four policemen in Kunar province on Monday. "
        "Officials said the group had been recruiting young men in the province."
    )
    rows = [e for e in _rows(analyze, text, "MOBILIZE") if "in the province" in e.sentence]
    assert rows, text
    assert any(e.place is not None and e.place.name == "Kunar" for e in rows)


# ---------------------------------------------------------------- aid announced


def test_aid_announced_after_a_visit_takes_no_visit_place(analyze):
    text = (
        "The governor toured the flooded villages in Swat on Monday and announced "
        "compensation of two million rupees for each family."
    )
    assert _place(analyze, text, "AID") is None


def test_aid_announced_for_a_named_place_keeps_it(analyze):
    text = "The governor announced relief grants for flood victims in Swat on Monday."
    place = _place(analyze, text, "AID")
    assert place is not None and place.name == "Swat"


# ---------------------------------------------------------------- purpose infinitive


def test_purpose_of_a_future_act_takes_its_day(analyze):
    text = (
        "Shopkeepers in Quetta said they would close their markets on Friday to protest "
        "the killings and to demand better security."
    )
    rows = _rows(analyze, text, "REQUEST", published="2026-02-24")
    assert rows and rows[-1].date == "2026-02-27"


def test_purpose_of_a_past_act_keeps_the_past_day(analyze):
    text = "Shopkeepers in Quetta closed their markets on Friday to demand better security."
    rows = _rows(analyze, text, "REQUEST", published="2026-02-24")
    assert rows and rows[-1].date == "2026-02-20"
