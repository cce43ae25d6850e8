"""Event rows, session 14 (second round): a denial codes the support it denies as a `negated`
AID, an act told inside a denied charge with its owner also stands as the charge tells it,
advice that a party "should" act is a REQUEST beside the blame it rebukes, an agreement
reached beside a failed one is its own row, and a sanction a demand would lift stands."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc  # noqa: I001  (unit-test helpers)


def _rows(text: str, **kw: object) -> list[tuple[str, str | None]]:
    return sorted((r.type, r.factuality) for r in extractor().extract(linked_doc(text, **kw)))


def test_denied_support_is_a_negated_aid():
    rows = _rows("India denied funding the BLA.")
    assert ("REJECT", "asserted") in rows
    assert ("AID", "negated") in rows


def test_support_in_a_denied_standing_charge_is_also_generic():
    rows = _rows(
        "New Delhi has repeatedly rejected Pakistani allegations that it funds Baloch separatists."
    )
    assert ("AID", "negated") in rows
    assert ("AID", "generic") in rows
    assert ("ACCUSE", "generic") in rows


def test_an_attack_in_a_denied_charge_is_also_alleged():
    rows = _rows(
        "Kabul rejected Islamabad's charge that its forces had shelled villages in Kurram."
    )
    assert ("ASSAULT", "negated") in rows
    assert ("ASSAULT", "alleged") in rows


def test_a_plain_denial_of_an_attack_has_no_alleged_copy():
    rows = _rows("The army denied that its aircraft had bombed the village.")
    assert ("ASSAULT", "alleged") not in rows
    assert ("ASSAULT", "generic") not in rows


def test_advice_to_look_inward_is_a_request_beside_the_blame():
    rows = _rows(
        'Its spokesman, Randhir Jaiswal, said Pakistan "should look inward instead of blaming '
        'its neighbours for every failure of its own making".'
    )
    assert ("REQUEST", "asserted") in {(t, f) for t, f in rows}
    assert "ACCUSE" in {t for t, _ in rows}


def test_a_second_that_clause_of_saying_can_hold_the_demand():
    rows = _rows(
        'Its deputy spokesman, Hamdullah Fitrat, said the Islamic Emirate "does not allow anyone '
        'to use Afghan soil against any country" and that Pakistan should "look at its own '
        'security failures" before blaming its neighbours.'
    )
    types = {t for t, _ in rows}
    assert "REQUEST" in types
    assert "ACCUSE" in types


def test_an_agreement_reached_beside_a_failed_one_is_its_own_row():
    rows = _rows(
        "A third round of talks between Pakistan and Afghanistan's Taliban government ended in "
        "Istanbul on Wednesday without agreement on a monitoring mechanism, although the two "
        "sides agreed to extend their border ceasefire by 30 days, mediators said."
    )
    assert ("AGREE", "negated") in rows
    assert ("AGREE", "asserted") in rows


def test_a_sanction_a_demand_would_lift_is_in_force():
    types = {
        t
        for t, _ in _rows(
            "He called on the administration to keep sanctions on Taliban leaders in place."
        )
    }
    assert {"REQUEST", "SANCTION"} <= types


def test_sanctions_asked_for_are_not_in_force():
    types = {
        t for t, _ in _rows("The Taliban urged the United Nations to impose sanctions on Pakistan.")
    }
    assert "SANCTION" not in types


def test_a_sanction_in_force_is_held_by_the_party_asked_to_lift_it():
    rows = extractor().extract(
        linked_doc("The Taliban urged Washington to lift the sanctions on Afghan banks.")
    )
    sanction = next(r for r in rows if r.type == "SANCTION")
    # the party asked, not the Taliban who ask
    assert sanction.actor is not None and sanction.actor.text == "Washington"


def test_sanctions_a_demand_would_extend_are_asked_for_not_in_force():
    types = {
        t for t, _ in _rows("Russia urged the United Nations to extend the sanctions on Iran.")
    }
    assert "SANCTION" not in types
