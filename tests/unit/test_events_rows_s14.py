"""Event rows, session 14: an appended denial of a charge or account gives each act it disputes a
`negated` copy, a death told in a relative clause is no new casualty, and a conjunct of the first
target found from another head is still a further target."""

from __future__ import annotations

from tests.unit._events_util import extractor, linked_doc, nlp  # noqa: I001  (unit-test helpers)

from watchfloor.extract.eventing.candidates import _victim_died
from watchfloor.extract.eventing.records import _further_recipients
from watchfloor.records import ActorRef


def _rows(text: str, **kw: object) -> list[tuple[str, str | None]]:
    return sorted((r.type, r.factuality) for r in extractor().extract(linked_doc(text, **kw)))


def test_a_charge_the_accused_denies_negates_the_charged_act():
    text = (
        "Human Rights Watch accused the Taliban of detaining former government employees in "
        "northern provinces, a charge the Taliban denied."
    )
    rows = _rows(text)
    assert ("COERCE", "negated") in rows
    assert ("COERCE", "alleged") in rows
    assert ("REJECT", "asserted") in rows


def test_an_account_denied_negates_each_act_it_tells():
    text = "Residents said troops had searched homes and beaten a shopkeeper, an account the FC denied."
    rows = _rows(text)
    assert ("ASSAULT", "negated") in rows
    assert ("ASSAULT", "alleged") in rows


def test_the_articles_own_news_beside_a_denied_charge_is_not_negated():
    text = (
        "Militants killed three soldiers in Kurram on Monday, and Pakistan accused Kabul of "
        "sheltering the attackers, a charge the Taliban denied."
    )
    rows = _rows(text)
    # only the charged sheltering is disputed; the killing is told as fact
    assert ("ASSAULT", "negated") not in rows
    assert ("ASSAULT", "asserted") in rows


def test_a_denial_in_a_clause_of_its_own_adds_no_negated_act():
    text = "Kabul rejected the charge that it shelters militants."
    # the denied support is the REJECT's own negated content (rows2 s14), never a second copy
    assert _rows(text).count(("AID", "negated")) == 1


def test_a_death_in_a_relative_clause_is_no_casualty():
    doc = nlp()("He was the brother of Ahmad Shah, who died last year.")
    assert not any(_victim_died(t) for t in doc)


def test_a_death_in_its_own_clause_still_continues_the_attack():
    doc = nlp()("A porter had also died on Tuesday.")
    assert any(_victim_died(t) for t in doc)


def test_a_conjunct_of_the_first_target_is_a_further_target():
    doc = nlp()("Attacks on police and security forces rose.")
    police = ActorRef(id="PAK-POLICE", name=None, text="police")
    police._tokens = {2}  # type: ignore[attr-defined]
    police._coord = 0  # type: ignore[attr-defined]
    forces = ActorRef(id="PAK-MIL", name=None, text="security forces")
    forces._tokens = {4, 5}  # type: ignore[attr-defined]
    forces._coord = 2  # type: ignore[attr-defined]
    assert [doc[5].dep_, doc[5].head.i] == ["conj", 2]
    assert _further_recipients([police, forces], None, victims=True, doc=doc) == [forces]
    assert _further_recipients([police, forces], None, victims=True) == []
